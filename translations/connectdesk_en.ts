<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>Rate limited (HTTP 429).%1 Try again in %n second(s).</source>
        <translation>
            <numerusform>Rate limited (HTTP 429).%1 Try again in %n second.</numerusform>
            <numerusform>Rate limited (HTTP 429).%1 Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkDialogText</name>
    <message numerus="yes">
        <source>%1 of %Ln rows</source>
        <translation>
            <numerusform>%1 of %Ln row</numerusform>
            <numerusform>%1 of %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::LinkFollowUp</name>
    <message numerus="yes">
        <source>%1: could not check for a connection (%2); trying again in %Ln second(s).</source>
        <translation>
            <numerusform>%1: could not check for a connection (%2); trying again in %Ln second.</numerusform>
            <numerusform>%1: could not check for a connection (%2); trying again in %Ln seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::TokenBulk</name>
    <message numerus="yes">
        <source>%1 of %Ln rows</source>
        <translation>
            <numerusform>%1 of %Ln row</numerusform>
            <numerusform>%1 of %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows: %1 ok, %2 failed, in %3. Written to %4.</source>
        <translation>
            <numerusform>%Ln row: %1 ok, %2 failed, in %3. Written to %4.</numerusform>
            <numerusform>%Ln rows: %1 ok, %2 failed, in %3. Written to %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %Ln rows failed; see the status and error columns in %3.</source>
        <translation>
            <numerusform>%1: %2 of %Ln row failed; see the status and error columns in %3.</numerusform>
            <numerusform>%1: %2 of %Ln rows failed; see the status and error columns in %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln link(s) were created in this run; the rows written before the failure are in %2</source>
        <translation>
            <numerusform>%1: %Ln link was created in this run; the rows written before the failure are in %2</numerusform>
            <numerusform>%1: %Ln links were created in this run; the rows written before the failure are in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln that could not be written were printed on stdout.</source>
        <translation>
            <numerusform>; %Ln that could not be written was printed on stdout.</numerusform>
            <numerusform>; %Ln that could not be written were printed on stdout.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::TokenCreate</name>
    <message numerus="yes">
        <source>%1: %2 Trying again in %Ln second(s).</source>
        <translation>
            <numerusform>%1: %2 Trying again in %Ln second.</numerusform>
            <numerusform>%1: %2 Trying again in %Ln seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDesk::HistoryStore</name>
    <message numerus="yes">
        <source>The history database is busy: another program kept it locked for more than %n second(s) (%1).</source>
        <translation>
            <numerusform>The history database is busy: another program kept it locked for more than %n second (%1).</numerusform>
            <numerusform>The history database is busy: another program kept it locked for more than %n seconds (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDesk::ProfileStore</name>
    <message numerus="yes">
        <source>%n profile(s) imported</source>
        <translation>
            <numerusform>%n profile imported</numerusform>
            <numerusform>%n profiles imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n skipped</source>
        <translation>
            <numerusform>; %n skipped</numerusform>
            <numerusform>; %n skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::AuditLogDialog</name>
    <message numerus="yes">
        <source>%n deletion(s) recorded.</source>
        <translation>
            <numerusform>%n deletion recorded.</numerusform>
            <numerusform>%n deletions recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read and are left as they are.</source>
        <translation>
            <numerusform>%n line could not be read and is left as it is.</numerusform>
            <numerusform>%n lines could not be read and are left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deletion(s) to %1.</source>
        <translation>
            <numerusform>Exported %n deletion to %1.</numerusform>
            <numerusform>Exported %n deletions to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::BulkDialog</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n with a problem, marked below: it will not be sent and is reported as an error in the results.</source>
        <translation>
            <numerusform>; %n with a problem, marked below: it will not be sent and is reported as an error in the results.</numerusform>
            <numerusform>; %n with a problem, marked below: they will not be sent and are reported as errors in the results.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::BulkRowActions</name>
    <message numerus="yes">
        <source>%n Connect Link(s) copied, one per line.</source>
        <translation>
            <numerusform>%n Connect Link copied, one per line.</numerusform>
            <numerusform>%n Connect Links copied, one per line.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::CallLogView</name>
    <message numerus="yes">
        <source>%n call(s) this session</source>
        <translation>
            <numerusform>%n call this session</numerusform>
            <numerusform>%n calls this session</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n call(s) shown</source>
        <translation>
            <numerusform>%1 of %n call shown</numerusform>
            <numerusform>%1 of %n calls shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::CustomerDetail</name>
    <message numerus="yes">
        <source>Showing the %n account(s) loaded; the rest could not be loaded: %1</source>
        <translation>
            <numerusform>Showing the %n account loaded; the rest could not be loaded: %1</numerusform>
            <numerusform>Showing the %n accounts loaded; the rest could not be loaded: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::CustomerFinder</name>
    <message numerus="yes">
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>%n customer found.</numerusform>
            <numerusform>%n customers found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::DeletionConfirmDialog</name>
    <message numerus="yes">
        <source>Delete the external user %1 and their %n connected account(s)?</source>
        <translation>
            <numerusform>Delete the external user %1 and their %n connected account?</numerusform>
            <numerusform>Delete the external user %1 and their %n connected accounts?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::HistoryView</name>
    <message numerus="yes">
        <source>Exported %n link(s) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>Exported %n link to &quot;%1&quot;.</numerusform>
            <numerusform>Exported %n links to &quot;%1&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::MainWindow</name>
    <message numerus="yes">
        <source>Creating the token… %n s</source>
        <translation>
            <numerusform>Creating the token… %n s</numerusform>
            <numerusform>Creating the token… %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Before you can generate, fix %n things. First: %1</source>
        <translation>
            <numerusform>Before you can generate, fix %n thing. First: %1</numerusform>
            <numerusform>Before you can generate, fix %n things. First: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::OriginsEditor</name>
    <message numerus="yes">
        <source>Added %n origin(s).</source>
        <translation>
            <numerusform>Added %n origin.</numerusform>
            <numerusform>Added %n origins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n duplicate(s) already in the list: %1.</source>
        <translation>
            <numerusform>Dropped %n duplicate already in the list: %1.</numerusform>
            <numerusform>Dropped %n duplicates already in the list: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n origin(s): %1.</source>
        <translation>
            <numerusform>Removed %n origin: %1.</numerusform>
            <numerusform>Removed %n origins: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n origin(s) need fixing before a token can be created; the reason is shown beside each.</source>
        <translation>
            <numerusform>%n origin needs fixing before a token can be created; the reason is shown beside it.</numerusform>
            <numerusform>%n origins need fixing before a token can be created; the reason is shown beside each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put back %n origin(s).</source>
        <translation>
            <numerusform>Put back %n origin.</numerusform>
            <numerusform>Put back %n origins.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::ProfileDialog</name>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1. Client secrets are never exported.</source>
        <translation>
            <numerusform>Exported %n profile to %1. Client secrets are never exported.</numerusform>
            <numerusform>Exported %n profiles to %1. Client secrets are never exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::ResponseView</name>
    <message numerus="yes">
        <source>%n retries</source>
        <translation>
            <numerusform>%n retry</numerusform>
            <numerusform>%n retries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln calls left</source>
        <translation>
            <numerusform>%1 of %Ln call left</numerusform>
            <numerusform>%1 of %Ln calls left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::ScopePicker</name>
    <message numerus="yes">
        <source>The token is limited to %n scope(s).</source>
        <translation>
            <numerusform>The token is limited to %n scope.</numerusform>
            <numerusform>The token is limited to %n scopes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message numerus="yes">
        <source>%n h</source>
        <comment>hours, abbreviated</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes, abbreviated</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds, abbreviated</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n minute(s).</source>
        <translation>
            <numerusform>Expires in %n minute.</numerusform>
            <numerusform>Expires in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n hour(s).</source>
        <translation>
            <numerusform>Expires in %n hour.</numerusform>
            <numerusform>Expires in %n hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageTemplates</name>
    <message numerus="yes">
        <source>%Ln hour</source>
        <comment>singular</comment>
        <translation>
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hours</source>
        <comment>plural</comment>
        <translation>
            <numerusform>%Ln hours</numerusform>
            <numerusform>%Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute</source>
        <comment>singular</comment>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <comment>plural</comment>
        <translation>
            <numerusform>%Ln minutes</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message numerus="yes">
        <source>The text is too long for a QR code (%n bytes).</source>
        <translation>
            <numerusform>The text is too long for a QR code (%n byte).</numerusform>
            <numerusform>The text is too long for a QR code (%n bytes).</numerusform>
        </translation>
    </message>
</context>
</TS>
