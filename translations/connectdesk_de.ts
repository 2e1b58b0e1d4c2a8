<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source> The server said: &quot;%1&quot;.</source>
        <translation> Der Server meldete: „%1“.</translation>
    </message>
    <message>
        <source>Client ID or secret rejected (HTTP %1).%2 Check the OAuth client in Pipedream&apos;s API settings; if the secret was rotated, enter the new one.</source>
        <translation>Client-ID oder Secret abgelehnt (HTTP %1).%2 Prüfen Sie den OAuth-Client in den API-Einstellungen von Pipedream; wurde das Secret erneuert, geben Sie das neue ein.</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not match the Connect API: %1. Nothing was created that you can use; try again, and report it if it persists.</source>
        <translation>Die Antwort des Servers passt nicht zur Connect API: %1. Es wurde nichts Verwendbares erstellt; versuchen Sie es erneut und melden Sie es, wenn es weiter auftritt.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2. Check the internet connection, VPN or proxy.</source>
        <translation>%1 ist nicht erreichbar: %2. Prüfen Sie Internetverbindung, VPN oder Proxy.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the connection and try again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. ConnectDesk never ignores certificate errors; check the system clock, proxy or corporate TLS inspection.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2. ConnectDesk ignoriert Zertifikatsfehler nie; prüfen Sie Systemuhr, Proxy oder die TLS-Prüfung Ihres Unternehmens.</translation>
    </message>
    <message>
        <source>The proxy failed: %1. Check the system proxy settings.</source>
        <translation>Der Proxy ist fehlgeschlagen: %1. Prüfen Sie die Proxy-Einstellungen des Systems.</translation>
    </message>
    <message>
        <source>The answer from %1 was larger than 1 MiB and was cut off.</source>
        <translation>Die Antwort von %1 war größer als 1 MiB und wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>The server rejected the request (HTTP %1).%2 Check the fields and try again.</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).%2 Prüfen Sie die Felder und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Not authorised (HTTP 401).%1 The access token was refused even after a fresh one was fetched; check the client ID and secret.</source>
        <translation>Nicht autorisiert (HTTP 401).%1 Das Zugriffstoken wurde auch nach dem Abruf eines neuen abgelehnt; prüfen Sie Client-ID und Secret.</translation>
    </message>
    <message>
        <source>Not found (HTTP 404).%1 Check the project ID and the environment.</source>
        <translation>Nicht gefunden (HTTP 404).%1 Prüfen Sie Projekt-ID und Umgebung.</translation>
    </message>
    <message>
        <source>The server timed out (HTTP 408).%1 Try again.</source>
        <translation>Zeitüberschreitung beim Server (HTTP 408).%1 Versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited (HTTP 429).%1 Try again in %n second(s).</source>
        <translation>
            <numerusform>Ratenlimit erreicht (HTTP 429).%1 Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Ratenlimit erreicht (HTTP 429).%1 Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate limited (HTTP 429).%1 Wait a minute and try again.</source>
        <translation>Ratenlimit erreicht (HTTP 429).%1 Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Pipedream had a problem (HTTP %1).%2 Try again in a moment.</source>
        <translation>Bei Pipedream ist ein Problem aufgetreten (HTTP %1).%2 Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).%2</source>
        <translation>Die Anfrage ist fehlgeschlagen (HTTP %1).%2</translation>
    </message>
    <message>
        <source>Forbidden (HTTP 403).%1</source>
        <translation>Verboten (HTTP 403).%1</translation>
    </message>
    <message>
        <source>Forbidden (HTTP 403). The OAuth client may not have access to this project or environment, or its access-token scope is too narrow.</source>
        <translation>Verboten (HTTP 403). Der OAuth-Client hat womöglich keinen Zugriff auf dieses Projekt oder diese Umgebung, oder der Scope seines Zugriffstokens ist zu eng.</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1).%2 ConnectDesk never follows redirects (they could carry the credentials elsewhere); check the API base URL.</source>
        <translation>Der Server hat mit einer Weiterleitung geantwortet (HTTP %1).%2 ConnectDesk folgt nie Weiterleitungen (sie könnten die Zugangsdaten woandershin tragen); prüfen Sie die API-Basis-URL.</translation>
    </message>
</context>
<context>
    <name>AuditEntry</name>
    <message>
        <source>Delete external user</source>
        <translation>Externen Benutzer löschen</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Konto löschen</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Already gone</source>
        <translation>Bereits entfernt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown: the answer was lost</source>
        <translation>Unbekannt: Die Antwort ging verloren</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log %1 could not be written: %2</source>
        <translation>Das Audit-Protokoll %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>its folder could not be created</source>
        <translation>sein Ordner konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>the disk did not confirm the write</source>
        <translation>der Datenträger hat das Schreiben nicht bestätigt</translation>
    </message>
</context>
<context>
    <name>BandContent</name>
    <message>
        <source>Development — for testing only</source>
        <translation>Entwicklung – nur zum Testen</translation>
    </message>
    <message>
        <source>Development links do not work for customers: a project allows at most 10 external users, and the person connecting must be signed in to pipedream.com in the same browser. Use production for customers.</source>
        <translation>Entwicklungslinks funktionieren nicht für Kunden: Ein Projekt erlaubt höchstens 10 externe Benutzer, und wer sich verbindet, muss im selben Browser bei pipedream.com angemeldet sein. Verwenden Sie für Kunden die Produktion.</translation>
    </message>
    <message>
        <source>Production — live customer links</source>
        <translation>Produktion – echte Kundenlinks</translation>
    </message>
    <message>
        <source>Links work for any customer. Accounts they connect are real and live only in production.</source>
        <translation>Links funktionieren für jeden Kunden. Die verbundenen Konten sind echt und existieren nur in der Produktion.</translation>
    </message>
    <message>
        <source>Sandbox — links are not real</source>
        <translation>Sandbox – Links sind nicht echt</translation>
    </message>
    <message>
        <source>ConnectDesk is talking to its built-in simulator. Tokens and Connect Links created here work only on this computer; never send them to a customer.</source>
        <translation>ConnectDesk spricht mit seinem eingebauten Simulator. Hier erstellte Tokens und Connect Links funktionieren nur auf diesem Computer; senden Sie sie nie an Kunden.</translation>
    </message>
    <message>
        <source>The sandbox imitates production with the same rules; nothing created here is live.</source>
        <translation>Die Sandbox ahmt die Produktion mit denselben Regeln nach; nichts, was hier erstellt wird, ist echt.</translation>
    </message>
    <message>
        <source>The sandbox imitates development: %1</source>
        <translation>Die Sandbox ahmt die Entwicklung nach: %1</translation>
    </message>
    <message>
        <source>Production — simulated</source>
        <translation>Produktion – simuliert</translation>
    </message>
    <message>
        <source>Development — simulated</source>
        <translation>Entwicklung – simuliert</translation>
    </message>
    <message>
        <source>Development — not set up yet</source>
        <translation>Entwicklung – noch nicht eingerichtet</translation>
    </message>
    <message>
        <source>Production — not set up yet</source>
        <translation>Produktion – noch nicht eingerichtet</translation>
    </message>
    <message>
        <source>This project has no OAuth client yet, so no link can be made here. Add one under Tools &gt; Projects and credentials, or try the sandbox.</source>
        <translation>Dieses Projekt hat noch keinen OAuth-Client, daher kann hier kein Link erzeugt werden. Fügen Sie einen unter Werkzeuge &gt; Projekte und Zugangsdaten hinzu, oder probieren Sie die Sandbox aus.</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <source>Bulk Connect Links</source>
        <translation>Connect Links in Serie</translation>
    </message>
    <message>
        <source>&amp;Open CSV…</source>
        <translation>CSV &amp;öffnen…</translation>
    </message>
    <message>
        <source>Open a CSV file</source>
        <translation>Eine CSV-Datei öffnen</translation>
    </message>
    <message>
        <source>No file opened. The file needs a header row with an external_user_id column and, optionally, an app column.</source>
        <translation>Keine Datei geöffnet. Die Datei braucht eine Kopfzeile mit einer Spalte external_user_id und optional einer Spalte app.</translation>
    </message>
    <message>
        <source>Opened file</source>
        <translation>Geöffnete Datei</translation>
    </message>
    <message>
        <source>Settings used for every row</source>
        <translation>Einstellungen für jede Zeile</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Rows summary</source>
        <translation>Zeilenübersicht</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Throughput and time left</source>
        <translation>Durchsatz und Restzeit</translation>
    </message>
    <message>
        <source>How many links are requested at the same time</source>
        <translation>Wie viele Links gleichzeitig angefordert werden</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>Lauf &amp;abbrechen</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Den Lauf abbrechen</translation>
    </message>
    <message>
        <source>&amp;Save Results…</source>
        <translation>Ergebnisse &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the results as CSV</source>
        <translation>Die Ergebnisse als CSV speichern</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Sch&amp;ließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Open a CSV file with an external_user_id column and, optionally, an app column</source>
        <translation>Eine CSV-Datei mit einer Spalte external_user_id und optional einer Spalte app öffnen</translation>
    </message>
    <message>
        <source>One row per customer in the file, with its status and, once created, its Connect Link or the problem</source>
        <translation>Eine Zeile pro Kunde in der Datei, mit Status und – sobald erstellt – Connect Link oder Problem</translation>
    </message>
    <message>
        <source>Create a Connect Link for every row that has no problem</source>
        <translation>Für jede Zeile ohne Problem einen Connect Link erstellen</translation>
    </message>
    <message>
        <source>Pause or resume sending; calls already sent still finish</source>
        <translation>Senden pausieren oder fortsetzen; bereits gesendete Aufrufe werden noch abgeschlossen</translation>
    </message>
    <message>
        <source>Stop the run; rows not yet sent are marked Not sent</source>
        <translation>Den Lauf anhalten; noch nicht gesendete Zeilen werden als „Nicht gesendet“ markiert</translation>
    </message>
    <message>
        <source>Save every row with its Connect Link, status and error as a CSV file</source>
        <translation>Jede Zeile mit Connect Link, Status und Fehler als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Close the bulk window; it asks first when results are not saved</source>
        <translation>Das Serienfenster schließen; bei nicht gespeicherten Ergebnissen wird vorher gefragt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Parallel re&amp;quests:</source>
        <translation>Parallele &amp;Anfragen:</translation>
    </message>
    <message>
        <source>Requests sent at the same time</source>
        <translation>Gleichzeitig gesendete Anfragen</translation>
    </message>
    <message>
        <source>Send the rows that failed again; created links stay as they are</source>
        <translation>Die fehlgeschlagenen Zeilen erneut senden; erstellte Links bleiben, wie sie sind</translation>
    </message>
    <message>
        <source>Retry &amp;Failed Rows</source>
        <translation>&amp;Fehlgeschlagene Zeilen wiederholen</translation>
    </message>
    <message>
        <source>Retry failed rows</source>
        <translation>Fehlgeschlagene Zeilen wiederholen</translation>
    </message>
    <message>
        <source>En&amp;vironment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>The environment of every link in this run; the main window keeps its own</source>
        <translation>Die Umgebung aller Links dieses Laufs; das Hauptfenster behält seine eigene</translation>
    </message>
    <message>
        <source>Environment for this run</source>
        <translation>Umgebung für diesen Lauf</translation>
    </message>
</context>
<context>
    <name>BulkDialogText</name>
    <message>
        <source>no project</source>
        <translation>kein Projekt</translation>
    </message>
    <message>
        <source>rows without an app: the customer picks one</source>
        <translation>Zeilen ohne App: Der Kunde wählt eine</translation>
    </message>
    <message>
        <source>rows without an app: %1</source>
        <translation>Zeilen ohne App: %1</translation>
    </message>
    <message>
        <source>expires in %1 s</source>
        <translation>läuft in %1 s ab</translation>
    </message>
    <message>
        <source>For every row: %1</source>
        <translation>Für jede Zeile: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fix the form before running:</source>
        <translation>Korrigieren Sie vor dem Start das Formular:</translation>
    </message>
    <message>
        <source>Development: at most %1 external users (checked before the run), and the links only work for people signed in to pipedream.com. Use production for customers.</source>
        <translation>Entwicklung: höchstens %1 externe Benutzer (vor dem Lauf geprüft), und die Links funktionieren nur für Personen, die bei pipedream.com angemeldet sind. Für Kunden Produktion verwenden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln rows</source>
        <translation>
            <numerusform>%1 von %Ln Zeile</numerusform>
            <numerusform>%1 von %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 Zeilen/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <source>took less than a second</source>
        <translation>dauerte weniger als eine Sekunde</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source> (paused: calls already sent still finish)</source>
        <translation> (pausiert: bereits gesendete Aufrufe werden noch abgeschlossen)</translation>
    </message>
    <message>
        <source> (stopping: waiting for the calls already sent)</source>
        <translation> (wird beendet: wartet auf bereits gesendete Aufrufe)</translation>
    </message>
    <message>
        <source> (rate limited: waiting)</source>
        <translation> (Ratenlimit: wartet)</translation>
    </message>
</context>
<context>
    <name>BulkQuestions</name>
    <message>
        <source>The Connect Links created in this run stay in History (View &gt; History), but only Save Results… writes the file you send them from.</source>
        <translation>Die in diesem Lauf erstellten Connect Links bleiben im Verlauf (Ansicht &gt; Verlauf), aber nur „Ergebnisse speichern…“ schreibt die Datei, aus der Sie sie versenden.</translation>
    </message>
    <message>
        <source>The Connect Links created in this run are not kept anywhere else. Save the results first to send them to your customers.</source>
        <translation>Die in diesem Lauf erstellten Connect Links werden nirgendwo sonst aufbewahrt. Speichern Sie zuerst die Ergebnisse, um sie an Ihre Kunden zu senden.</translation>
    </message>
    <message>
        <source>Stop the run and close?</source>
        <translation>Lauf anhalten und schließen?</translation>
    </message>
    <message>
        <source>Close without saving the results?</source>
        <translation>Ohne Speichern der Ergebnisse schließen?</translation>
    </message>
    <message>
        <source>Stop and Close</source>
        <translation>Anhalten und schließen</translation>
    </message>
    <message>
        <source>Close Without Saving</source>
        <translation>Ohne Speichern schließen</translation>
    </message>
    <message>
        <source>Open CSV File</source>
        <translation>CSV-Datei öffnen</translation>
    </message>
    <message>
        <source>Open another file without saving the results?</source>
        <translation>Eine andere Datei öffnen, ohne die Ergebnisse zu speichern?</translation>
    </message>
    <message>
        <source>The table will show the new file.</source>
        <translation>Die Tabelle zeigt dann die neue Datei.</translation>
    </message>
    <message>
        <source>Open Another File</source>
        <translation>Andere Datei öffnen</translation>
    </message>
    <message>
        <source>Development Limit</source>
        <translation>Entwicklungs-Grenze</translation>
    </message>
    <message>
        <source>This file has %1 different external users; development allows %2.</source>
        <translation>Diese Datei enthält %1 verschiedene externe Benutzer; die Entwicklung erlaubt %2.</translation>
    </message>
    <message>
        <source>In development, the rows of every user after the first %1 fail with &quot;Forbidden (HTTP 403)&quot;, and the links only work for people signed in to pipedream.com. For customers, run in production.</source>
        <translation>In der Entwicklung scheitern die Zeilen aller Benutzer nach den ersten %1 mit „Forbidden (HTTP 403)“, und die Links funktionieren nur für Personen, die bei pipedream.com angemeldet sind. Für Kunden führen Sie den Lauf in der Produktion aus.</translation>
    </message>
    <message>
        <source>Run in Production</source>
        <translation>In der Produktion ausführen</translation>
    </message>
    <message>
        <source>Run the First %1 Users Only</source>
        <translation>Nur die ersten %1 Benutzer ausführen</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::AccessTokenProvider</name>
    <message>
        <source>No client ID or client secret is set for this project.</source>
        <translation>Für dieses Projekt sind keine Client-ID und kein Client-Secret festgelegt.</translation>
    </message>
    <message>
        <source>the OAuth answer has no access_token or expires_in</source>
        <translation>die OAuth-Antwort enthält kein access_token oder expires_in</translation>
    </message>
    <message>
        <source>the OAuth answer&apos;s access_token contains characters that are not allowed in an HTTP header (such as a line break); it was not used and nothing was sent</source>
        <translation>das access_token der OAuth-Antwort enthält Zeichen, die in einem HTTP-Header nicht erlaubt sind (etwa einen Zeilenumbruch); es wurde nicht verwendet und nichts gesendet</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::AccountLabel</name>
    <message>
        <source>%1 — %2</source>
        <comment>app — account name that has parentheses</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>app (account name)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::ApiReply</name>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the OAuth server&apos;s access token contains characters that are not allowed in an HTTP header; nothing was sent</source>
        <translation>das Zugriffstoken des OAuth-Servers enthält Zeichen, die in einem HTTP-Header nicht erlaubt sind; es wurde nichts gesendet</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::BulkPreviousResults</name>
    <message>
        <source>It is not a results file of connectdesk token bulk (the first row must be %1).</source>
        <translation>Das ist keine Ergebnisdatei von connectdesk token bulk (die erste Zeile muss %1 sein).</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::BulkResultFile</name>
    <message>
        <source>could not rename %1 to %2</source>
        <translation>%1 konnte nicht in %2 umbenannt werden</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::CallLogModel</name>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::CommandContext</name>
    <message>
        <source>Project ID (proj_...). Default: $PIPEDREAM_PROJECT_ID.</source>
        <translation>Projekt-ID (proj_...). Standard: $PIPEDREAM_PROJECT_ID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>development or production. Default: $PIPEDREAM_PROJECT_ENVIRONMENT, else production.</source>
        <translation>development oder production. Standard: $PIPEDREAM_PROJECT_ENVIRONMENT, sonst production.</translation>
    </message>
    <message>
        <source>ENV</source>
        <translation>UMGEBUNG</translation>
    </message>
    <message>
        <source>API base URL. Default: $PIPEDREAM_BASE_URL, else https://api.pipedream.com.</source>
        <translation>API-Basis-URL. Standard: $PIPEDREAM_BASE_URL, sonst https://api.pipedream.com.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>An origin (scheme://host[:port]) allowed to use the token from a browser. Repeat for several.</source>
        <translation>Ein Ursprung (schema://host[:port]), der das Token im Browser verwenden darf. Für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>URSPRUNG</translation>
    </message>
    <message>
        <source>Where the Connect Link sends the customer on success.</source>
        <translation>Wohin der Connect Link den Kunden bei Erfolg schickt.</translation>
    </message>
    <message>
        <source>Where the Connect Link sends the customer on error.</source>
        <translation>Wohin der Connect Link den Kunden bei einem Fehler schickt.</translation>
    </message>
    <message>
        <source>Receives CONNECTION_SUCCESS / CONNECTION_ERROR events.</source>
        <translation>Empfängt die Ereignisse CONNECTION_SUCCESS / CONNECTION_ERROR.</translation>
    </message>
    <message>
        <source>Token lifetime in seconds, 1 to 14400. Default: 14400 (4 hours).</source>
        <translation>Gültigkeit des Tokens in Sekunden, 1 bis 14400. Standard: 14400 (4 Stunden).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>A Connect scope (connect:accounts:read, ...). Repeat or separate with spaces. Default: connect:*.</source>
        <translation>Ein Connect-Scope (connect:accounts:read, ...). Wiederholen oder durch Leerzeichen trennen. Standard: connect:*.</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>SCOPE</translation>
    </message>
    <message>
        <source>Let the customer grant a subset of the app&apos;s OAuth scopes.</source>
        <translation>Den Kunden nur einen Teil der OAuth-Scopes der App gewähren lassen.</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>SLUG</translation>
    </message>
    <message>
        <source>%1: the value is empty.</source>
        <translation>%1: Der Wert ist leer.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 Nr. %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>PIPEDREAM_CLIENT_ID is not set: export the OAuth client ID (Pipedream workspace settings, API).</source>
        <translation>PIPEDREAM_CLIENT_ID ist nicht gesetzt: Exportieren Sie die OAuth-Client-ID (Pipedream-Workspace-Einstellungen, API).</translation>
    </message>
    <message>
        <source>PIPEDREAM_CLIENT_SECRET is not set: export the OAuth client secret. It is read only from the environment, never from the command line.</source>
        <translation>PIPEDREAM_CLIENT_SECRET ist nicht gesetzt: Exportieren Sie das OAuth-Client-Secret. Es wird nur aus der Umgebung gelesen, nie von der Befehlszeile.</translation>
    </message>
    <message>
        <source>A saved profile (connectdesk profile list): its project, environment, client ID and keychain secret. Flags still win over it.</source>
        <translation>Ein gespeichertes Profil (connectdesk profile list): Projekt, Umgebung, Client-ID und Secret aus dem Schlüsselbund. Flags haben weiterhin Vorrang.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>App slug (slack, google_sheets, ...): sent as app_id and added to the Connect Link as app=.</source>
        <translation>App-Slug (slack, google_sheets, ...): wird als app_id gesendet und dem Connect Link als app= angehängt.</translation>
    </message>
    <message>
        <source>The project&apos;s custom OAuth client for the app (oa_...). Default: Pipedream&apos;s.</source>
        <translation>Der eigene OAuth-Client des Projekts für die App (oa_...). Standard: der von Pipedream.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; names no scope; give scopes such as connect:accounts:read, separated by spaces or commas.</source>
        <translation>%1: „%2“ nennt keinen Scope; geben Sie Scopes wie connect:accounts:read an, getrennt durch Leerzeichen oder Kommas.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::CommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3</source>
        <translation>Aufruf: %1 %2 %3</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Run &quot;%1 %2 --help&quot; for usage.</source>
        <translation>„%1 %2 --help“ zeigt die Verwendung.</translation>
    </message>
    <message>
        <source>the client secret is never accepted on the command line (other users of this computer could read it there); set PIPEDREAM_CLIENT_SECRET in the environment.</source>
        <translation>das Client-Secret wird nie auf der Befehlszeile angenommen (andere Benutzer dieses Computers könnten es dort lesen); setzen Sie PIPEDREAM_CLIENT_SECRET in der Umgebung.</translation>
    </message>
    <message>
        <source>set the OAuth client ID in PIPEDREAM_CLIENT_ID.</source>
        <translation>setzen Sie die OAuth-Client-ID in PIPEDREAM_CLIENT_ID.</translation>
    </message>
    <message>
        <source>(redacted)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>unexpected argument %1.</source>
        <translation>unerwartetes Argument %1.</translation>
    </message>
    <message>
        <source>missing %1.</source>
        <translation>%1 fehlt.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::CustomerCommands</name>
    <message>
        <source>set the project with --project-id or PIPEDREAM_PROJECT_ID.</source>
        <translation>das Projekt mit --project-id oder PIPEDREAM_PROJECT_ID angeben.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>[--query TEXT] [--limit N] [--json]</source>
        <translation>[--query TEXT] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Lists the project&apos;s external users (customers), newest first, one ID per line;
with --query, those whose ID contains the text.</source>
        <translation>Listet die externen Benutzer (Kunden) des Projekts auf, neueste zuerst, eine ID pro Zeile;
mit --query nur die, deren ID den Text enthält.</translation>
    </message>
    <message>
        <source>Only IDs containing this text (any case).</source>
        <translation>Nur IDs, die diesen Text enthalten (Groß-/Kleinschreibung egal).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>At most N users (1 to %1, default 25).</source>
        <translation>Höchstens N Benutzer (1 bis %1, Standard 25).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print one JSON object: {&quot;users&quot;: [...], &quot;has_more&quot;}.</source>
        <translation>Ein JSON-Objekt ausgeben: {&quot;users&quot;: [...], &quot;has_more&quot;}.</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to %1.</source>
        <translation>--limit muss eine Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <source>--query: %1</source>
        <translation>--query: %1</translation>
    </message>
    <message>
        <source>%1: more users match; raise --limit or narrow --query.</source>
        <translation>%1: Es passen weitere Benutzer; --limit erhöhen oder --query eingrenzen.</translation>
    </message>
    <message>
        <source>--external-user-id ID [--app SLUG] [--unhealthy] [--json]</source>
        <translation>--external-user-id ID [--app SLUG] [--unhealthy] [--json]</translation>
    </message>
    <message>
        <source>Lists a customer&apos;s connected accounts, one per line: account ID, app, name, health
(healthy, unhealthy or dead) and the server&apos;s error.</source>
        <translation>Listet die verbundenen Konten eines Kunden auf, eines pro Zeile: Konto-ID, App, Name,
Zustand (healthy, unhealthy oder dead) und der Fehler des Servers.</translation>
    </message>
    <message>
        <source>The customer&apos;s external user ID (required).</source>
        <translation>Die externe Benutzer-ID des Kunden (erforderlich).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only this app&apos;s accounts.</source>
        <translation>Nur die Konten dieser App.</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>SLUG</translation>
    </message>
    <message>
        <source>Only accounts that are unhealthy or dead.</source>
        <translation>Nur gestörte oder tote Konten.</translation>
    </message>
    <message>
        <source>Print one JSON object: {&quot;external_user_id&quot;, &quot;accounts&quot;: [...]}.</source>
        <translation>Ein JSON-Objekt ausgeben: {&quot;external_user_id&quot;, &quot;accounts&quot;: [...]}.</translation>
    </message>
    <message>
        <source>--external-user-id is required.</source>
        <translation>--external-user-id ist erforderlich.</translation>
    </message>
    <message>
        <source>--external-user-id: %1</source>
        <translation>--external-user-id: %1</translation>
    </message>
    <message>
        <source>--app: %1</source>
        <translation>--app: %1</translation>
    </message>
    <message>
        <source>%1: no unhealthy or dead accounts.</source>
        <translation>%1: keine gestörten oder toten Konten.</translation>
    </message>
    <message>
        <source>%1: no accounts.</source>
        <translation>%1: keine Konten.</translation>
    </message>
    <message>
        <source>EXTERNAL_USER_ID --yes</source>
        <translation>EXTERNAL_USER_ID --yes</translation>
    </message>
    <message>
        <source>ACCOUNT_ID --yes</source>
        <translation>ACCOUNT_ID --yes</translation>
    </message>
    <message>
        <source>Deletes an external user and all their connected accounts. Needs --yes;
written to the audit log.</source>
        <translation>Löscht einen externen Benutzer und alle seine verbundenen Konten. Braucht --yes;
wird im Audit-Protokoll vermerkt.</translation>
    </message>
    <message>
        <source>Deletes one connected account. Needs --yes; written to the audit log.</source>
        <translation>Löscht ein verbundenes Konto. Braucht --yes; wird im Audit-Protokoll vermerkt.</translation>
    </message>
    <message>
        <source>The customer&apos;s external user ID.</source>
        <translation>Die externe Benutzer-ID des Kunden.</translation>
    </message>
    <message>
        <source>The account ID (apn_...).</source>
        <translation>Die Konto-ID (apn_...).</translation>
    </message>
    <message>
        <source>Really delete (without it, nothing is sent).</source>
        <translation>Wirklich löschen (ohne diese Option wird nichts gesendet).</translation>
    </message>
    <message>
        <source>the account ID is empty.</source>
        <translation>die Konto-ID ist leer.</translation>
    </message>
    <message>
        <source>deleting %1 and all their accounts cannot be undone: add --yes to confirm. Nothing was sent.</source>
        <translation>das Löschen von %1 und allen seinen Konten lässt sich nicht rückgängig machen: zum Bestätigen --yes angeben. Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>deleting %1 cannot be undone: add --yes to confirm. Nothing was sent.</source>
        <translation>das Löschen von %1 lässt sich nicht rückgängig machen: zum Bestätigen --yes angeben. Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>URL_OR_TOKEN [--json]</source>
        <translation>URL_OR_TOKEN [--json]</translation>
    </message>
    <message>
        <source>Says whether a Connect Link (or ctok_ token) can still be used and, if not, why and
what to do. Exit code 0: usable; 4: not usable (the reason on stderr, or in --json).</source>
        <translation>Sagt, ob ein Connect Link (oder ctok_-Token) noch verwendbar ist und, falls nicht, warum
und was zu tun ist. Exit-Code 0: verwendbar; 4: nicht verwendbar (der Grund auf stderr oder in --json).</translation>
    </message>
    <message>
        <source>The Connect Link as the customer got it, or its ctok_ token.</source>
        <translation>Der Connect Link, wie der Kunde ihn bekam, oder sein ctok_-Token.</translation>
    </message>
    <message>
        <source>Print the diagnosis as one JSON object (docs/cli.md).</source>
        <translation>Die Diagnose als ein JSON-Objekt ausgeben (docs/cli.md).</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::Dispatch</name>
    <message>
        <source>Usage:
  connectdesk token create --external-user-id ID [options]
  connectdesk token bulk --input users.csv --output links.csv [options]
Run &quot;connectdesk token create --help&quot; or &quot;connectdesk token bulk --help&quot; for the options.</source>
        <translation>Aufruf:
  connectdesk token create --external-user-id ID [Optionen]
  connectdesk token bulk --input users.csv --output links.csv [Optionen]
„connectdesk token create --help“ oder „connectdesk token bulk --help“ zeigt die Optionen.</translation>
    </message>
    <message>
        <source>connectdesk token: missing command (create or bulk).</source>
        <translation>connectdesk token: Befehl fehlt (create oder bulk).</translation>
    </message>
    <message>
        <source>%1: unknown option &quot;%2&quot;</source>
        <translation>%1: unbekannte Option „%2“</translation>
    </message>
    <message>
        <source>%1: unknown command &quot;%2&quot;</source>
        <translation>%1: unbekannter Befehl „%2“</translation>
    </message>
    <message>
        <source>, did you mean &quot;%1&quot;?</source>
        <translation>, meinten Sie „%1“?</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the commands and options.</source>
        <translation>„%1 --help“ zeigt die Befehle und Optionen.</translation>
    </message>
    <message>
        <source>Usage: connectdesk %1 %2 ...
Run &quot;connectdesk %1 &lt;command&gt; --help&quot; for the options.</source>
        <translation>Aufruf: connectdesk %1 %2 ...
„connectdesk %1 &lt;Befehl&gt; --help“ zeigt die Optionen.</translation>
    </message>
    <message>
        <source>connectdesk %1: missing command (%2).</source>
        <translation>connectdesk %1: Befehl fehlt (%2).</translation>
    </message>
    <message>
        <source>Usage:
  connectdesk                      Open the window
  connectdesk token create --external-user-id ID [options]
  connectdesk token bulk --input users.csv --output links.csv [--resume] [options]
  connectdesk sandbox [--port N] [--tls-cert FILE --tls-key FILE] [--no-seed]
  connectdesk profile add|list|test|remove ...
  connectdesk history list [--json] [--search TEXT] [--state S] [--limit N]
  connectdesk users list [--query TEXT] [--limit N] [--json]
  connectdesk users delete EXTERNAL_USER_ID --yes
  connectdesk accounts list --external-user-id ID [--app SLUG] [--unhealthy] [--json]
  connectdesk accounts delete ACCOUNT_ID --yes
  connectdesk link check URL_OR_TOKEN [--json]
  connectdesk --version | --help

Commands:
  token create    Create a Connect token and print its Connect Link
  token bulk      Create Connect Links for every row of a CSV file
  sandbox         Run a local Connect API simulator (no Pipedream account needed)
  profile         Manage profiles (projects; client secrets in the keychain)
  history list    List the generated links and whether customers connected
  users           Find customers (external users); delete one with their accounts
  accounts        A customer&apos;s connected accounts and their health; delete one
  link check      Why a Connect Link does not work, and what to do
Run &quot;connectdesk &lt;command&gt; --help&quot; for a command&apos;s options.

Window options:
  --sandbox       Open the window against a built-in sandbox (links are not real)
  --self-test     Check the installation and exit
  --lang CODE     Use this language (for example de)

Environment:
  PIPEDREAM_CLIENT_ID            OAuth client ID
  PIPEDREAM_CLIENT_SECRET        OAuth client secret (never accepted as a flag)
  PIPEDREAM_PROJECT_ID           Default for --project-id
  PIPEDREAM_PROJECT_ENVIRONMENT  Default for --environment (else production)
  PIPEDREAM_BASE_URL             Default for --api-base-url
Flags win over the environment.

Exit codes:
  0  success
  2  invalid input or usage (nothing was sent)
  3  client ID or secret rejected
  4  the API answered with an error; link check: the link is not usable
  5  network failure or timeout
  6  token create --wait: the link expired without a connection
  7  results could not be written (disk full); links created are reported
  130  interrupted (Ctrl+C, SIGTERM)</source>
        <translation>Aufruf:
  connectdesk                      Fenster öffnen
  connectdesk token create --external-user-id ID [Optionen]
  connectdesk token bulk --input users.csv --output links.csv [--resume] [Optionen]
  connectdesk sandbox [--port N] [--tls-cert FILE --tls-key FILE] [--no-seed]
  connectdesk profile add|list|test|remove ...
  connectdesk history list [--json] [--search TEXT] [--state S] [--limit N]
  connectdesk users list [--query TEXT] [--limit N] [--json]
  connectdesk users delete EXTERNAL_USER_ID --yes
  connectdesk accounts list --external-user-id ID [--app SLUG] [--unhealthy] [--json]
  connectdesk accounts delete ACCOUNT_ID --yes
  connectdesk link check URL_OR_TOKEN [--json]
  connectdesk --version | --help

Befehle:
  token create    Ein Connect-Token erstellen und seinen Connect Link ausgeben
  token bulk      Connect Links für jede Zeile einer CSV-Datei erstellen
  sandbox         Einen lokalen Simulator der Connect API starten (kein Pipedream-Konto nötig)
  profile         Profile verwalten (Projekte; Client-Secrets im Schlüsselbund)
  history list    Die erzeugten Links auflisten und ob Kunden sich verbunden haben
  users           Kunden (externe Benutzer) finden; einen samt seinen Konten löschen
  accounts        Die verbundenen Konten eines Kunden und ihr Zustand; eines löschen
  link check      Warum ein Connect Link nicht funktioniert und was zu tun ist
„connectdesk &lt;Befehl&gt; --help“ zeigt die Optionen eines Befehls.

Fensteroptionen:
  --sandbox       Das Fenster mit einer eingebauten Sandbox öffnen (Links sind nicht echt)
  --self-test     Die Installation prüfen und beenden
  --lang CODE     Diese Sprache verwenden (zum Beispiel de)

Umgebung:
  PIPEDREAM_CLIENT_ID            OAuth-Client-ID
  PIPEDREAM_CLIENT_SECRET        OAuth-Client-Secret (nie als Option angenommen)
  PIPEDREAM_PROJECT_ID           Standard für --project-id
  PIPEDREAM_PROJECT_ENVIRONMENT  Standard für --environment (sonst production)
  PIPEDREAM_BASE_URL             Standard für --api-base-url
Optionen haben Vorrang vor der Umgebung.

Exit-Codes:
  0  Erfolg
  2  ungültige Eingabe oder falscher Aufruf (nichts wurde gesendet)
  3  Client-ID oder Secret abgelehnt
  4  die API hat mit einem Fehler geantwortet; link check: Der Link ist nicht verwendbar
  5  Netzwerkfehler oder Zeitüberschreitung
  6  token create --wait: Der Link ist ohne Verbindung abgelaufen
  7  Ergebnisse konnten nicht geschrieben werden (Datenträger voll); erstellte Links werden gemeldet
  130  abgebrochen (Strg+C, SIGTERM)</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::HistoryCommand</name>
    <message>
        <source>Usage:
  connectdesk history list [--json] [--search TEXT] [--state STATE] [--limit N]
Run &quot;connectdesk history list --help&quot; for the options.</source>
        <translation>Aufruf:
  connectdesk history list [--json] [--search TEXT] [--state ZUSTAND] [--limit N]
„connectdesk history list --help“ zeigt die Optionen.</translation>
    </message>
    <message>
        <source>connectdesk history: missing command (list).</source>
        <translation>connectdesk history: Befehl fehlt (list).</translation>
    </message>
    <message>
        <source>connectdesk history: unknown command &quot;%1&quot;.</source>
        <translation>connectdesk history: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft ab %1</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>abgelaufen %1</translation>
    </message>
    <message>
        <source>connected %1 at %2</source>
        <translation>%1 verbunden um %2</translation>
    </message>
    <message>
        <source>connected %1 (%2) at %3</source>
        <translation>%1 (%2) verbunden um %3</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[Optionen]</translation>
    </message>
    <message>
        <source>Lists the Connect Links this computer generated (window and command line), newest
first: one tab-separated line each (time, state, external user, app, environment,
outcome), or a JSON array with --json. Links are shown only while they can still
be used; tokens never.</source>
        <translation>Listet die Connect Links auf, die dieser Computer erzeugt hat (Fenster und Befehlszeile),
neueste zuerst: je eine durch Tabulatoren getrennte Zeile (Zeit, Zustand, externer
Benutzer, App, Umgebung, Ergebnis) oder mit --json ein JSON-Array. Links werden nur
angezeigt, solange sie noch verwendbar sind; Tokens nie.</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>Only entries whose external user ID or app contains TEXT (any case).</source>
        <translation>Nur Einträge, deren externe Benutzer-ID oder App TEXT enthält (Groß-/Kleinschreibung egal).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Only entries in STATE: active, connected, expired or failed.</source>
        <translation>Nur Einträge im ZUSTAND: active, connected, expired oder failed.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>At most N entries.</source>
        <translation>Höchstens N Einträge.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--state must be active, connected, expired or failed, not &quot;%1&quot;.</source>
        <translation>--state muss active, connected, expired oder failed sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--limit must be a positive whole number, not &quot;%1&quot;.</source>
        <translation>--limit muss eine positive ganze Zahl sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message>
        <source>%1: could not read the history: %2</source>
        <translation>%1: Der Verlauf konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The history is empty.</source>
        <translation>Der Verlauf ist leer.</translation>
    </message>
    <message>
        <source>No history entries match.</source>
        <translation>Keine Verlaufseinträge passen.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::LinkFollowUp</name>
    <message>
        <source>%1: stopped waiting; the link stays valid until it expires.</source>
        <translation>%1: Warten beendet; der Link bleibt bis zu seinem Ablauf gültig.</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message>
        <source>%1: warning: the failure was not recorded in the history: %2</source>
        <translation>%1: Warnung: Der Fehlschlag wurde nicht im Verlauf festgehalten: %2</translation>
    </message>
    <message>
        <source>%1: warning: the link was not recorded in the history: %2</source>
        <translation>%1: Warnung: Der Link wurde nicht im Verlauf festgehalten: %2</translation>
    </message>
    <message>
        <source>Waiting for the customer to connect… (Ctrl+C to stop)</source>
        <translation>Warten, bis der Kunde sich verbindet… (Strg+C zum Beenden)</translation>
    </message>
    <message>
        <source>Connected: %1, account %2, at %3</source>
        <translation>Verbunden: %1, Konto %2, um %3</translation>
    </message>
    <message>
        <source>%1: the link expired without a connection.</source>
        <translation>%1: Der Link ist ohne Verbindung abgelaufen.</translation>
    </message>
    <message>
        <source>%1: cannot tell whether the customer connected: %2</source>
        <translation>%1: Unklar, ob der Kunde sich verbunden hat: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: could not check for a connection (%2); trying again in %Ln second(s).</source>
        <translation>
            <numerusform>%1: Verbindung konnte nicht geprüft werden (%2); neuer Versuch in %Ln Sekunde.</numerusform>
            <numerusform>%1: Verbindung konnte nicht geprüft werden (%2); neuer Versuch in %Ln Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the link has expired, and whether the customer connected is unknown: could not reach the server: %2</source>
        <translation>%1: Der Link ist abgelaufen, und ob sich der Kunde verbunden hat, ist unbekannt: Der Server war nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::ProfileCommands</name>
    <message>
        <source>%1 profile: unknown command &quot;%2&quot;.</source>
        <translation>%1 profile: unbekannter Befehl „%2“.</translation>
    </message>
    <message>
        <source>Client secret (input hidden): </source>
        <translation>Client-Secret (Eingabe verborgen): </translation>
    </message>
    <message>
        <source>could not read standard input.</source>
        <translation>die Standardeingabe konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>no client secret on standard input; pipe it in, e.g. `secret-tool lookup ... | connectdesk profile add ... --client-secret-stdin`.</source>
        <translation>kein Client-Secret auf der Standardeingabe; leiten Sie es weiter, z. B. `secret-tool lookup ... | connectdesk profile add ... --client-secret-stdin`.</translation>
    </message>
    <message>
        <source>the client secret on standard input spans several lines; give only the secret.</source>
        <translation>das Client-Secret auf der Standardeingabe umfasst mehrere Zeilen; geben Sie nur das Secret an.</translation>
    </message>
    <message>
        <source>--name NAME --project-id proj_... --client-id ID [options] --client-secret-stdin</source>
        <translation>--name NAME --project-id proj_... --client-id ID [Optionen] --client-secret-stdin</translation>
    </message>
    <message>
        <source>Adds a profile. The client secret is read from standard input (never from the command line, where other users could see it) and stored in the system keychain.</source>
        <translation>Fügt ein Profil hinzu. Das Client-Secret wird von der Standardeingabe gelesen (nie von der Befehlszeile, wo andere Benutzer es sehen könnten) und im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>A unique name.</source>
        <translation>Ein eindeutiger Name.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The project (proj_...).</source>
        <translation>Das Projekt (proj_...).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The OAuth client ID.</source>
        <translation>Die OAuth-Client-ID.</translation>
    </message>
    <message>
        <source>The default environment: development or production (default).</source>
        <translation>Die Standardumgebung: development oder production (Standard).</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Scopes for the access token, space-separated (least privilege), e.g. &quot;connect:tokens:create connect:users:read&quot;.</source>
        <translation>Scopes für das Zugriffstoken, durch Leerzeichen getrennt (minimale Rechte), z. B. „connect:tokens:create connect:users:read“.</translation>
    </message>
    <message>
        <source>SCOPES</source>
        <translation>SCOPES</translation>
    </message>
    <message>
        <source>Another API address (advanced).</source>
        <translation>Eine andere API-Adresse (für Fortgeschrittene).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read the client secret from standard input.</source>
        <translation>Das Client-Secret von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>--client-secret-stdin is required: pipe the client secret in on standard input.</source>
        <translation>--client-secret-stdin ist erforderlich: Leiten Sie das Client-Secret über die Standardeingabe weiter.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; added; its client secret is in the system keychain.</source>
        <translation>Profil „%1“ hinzugefügt; sein Client-Secret liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <source>Lists the profiles. Secrets are never shown; &quot;stored&quot; means the keychain holds one.</source>
        <translation>Listet die Profile auf. Secrets werden nie angezeigt; „gespeichert“ heißt, der Schlüsselbund enthält eines.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with &quot;%1 profile add --help&quot;.</source>
        <translation>Noch keine Profile. Fügen Sie eines mit „%1 profile add --help“ hinzu.</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>PROJEKT</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>UMGEBUNG</translation>
    </message>
    <message>
        <source>CLIENT ID</source>
        <translation>CLIENT-ID</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>SECRET</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>IT (read-only)</source>
        <translation>IT (schreibgeschützt)</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot;; see &quot;%2 profile list&quot;.</source>
        <translation>es gibt kein Profil namens „%1“; siehe „%2 profile list“.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>Profil „%1“: %2</translation>
    </message>
    <message>
        <source>Fetches an access token with the profile&apos;s client ID and secret and says whether they work.</source>
        <translation>Ruft mit Client-ID und Secret des Profils ein Zugriffstoken ab und meldet, ob sie funktionieren.</translation>
    </message>
    <message>
        <source>name the profile to test.</source>
        <translation>nennen Sie das zu testende Profil.</translation>
    </message>
    <message>
        <source>NAME [--force]</source>
        <translation>NAME [--force]</translation>
    </message>
    <message>
        <source>Removes the profile and deletes its client secret from the keychain.</source>
        <translation>Entfernt das Profil und löscht sein Client-Secret aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Remove the profile even when its secret cannot be deleted from the keychain.</source>
        <translation>Das Profil auch dann entfernen, wenn sein Secret nicht aus dem Schlüsselbund gelöscht werden kann.</translation>
    </message>
    <message>
        <source>name the profile to remove.</source>
        <translation>nennen Sie das zu entfernende Profil.</translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot;.</source>
        <translation>es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is provided by your IT department and cannot be removed.</source>
        <translation>„%1“ wird von Ihrer IT-Abteilung bereitgestellt und kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The profile was kept. Use --force to remove it anyway (its secret may then stay in the keychain).</source>
        <translation>Das Profil wurde behalten. Mit --force wird es trotzdem entfernt (sein Secret bleibt dann eventuell im Schlüsselbund).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation>Profil „%1“ entfernt.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). The command line keeps client secrets only in the system keychain: start your desktop&apos;s keyring (GNOME Keyring, KWallet or another Secret Service), or set PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET instead.</source>
        <translation>Kein Schlüsselbund verfügbar (%1). Die Befehlszeile bewahrt Client-Secrets nur im Schlüsselbund des Systems auf: Starten Sie den Schlüsselbund Ihres Desktops (GNOME Keyring, KWallet oder einen anderen Secret Service), oder setzen Sie stattdessen PIPEDREAM_CLIENT_ID und PIPEDREAM_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>no Secret Service answered</source>
        <translation>kein Secret Service hat geantwortet</translation>
    </message>
    <message>
        <source>The profile was not added.</source>
        <translation>Das Profil wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>Usage: %1 profile &lt;command&gt; ...

Profiles name a project and its OAuth client; client secrets live in the system keychain.

Commands:
  add --name NAME --project-id proj_... --client-id ID [--environment E]
      [--access-scope &quot;S S&quot;] [--api-base-url URL] [--no-deletes] --client-secret-stdin
                       Add a profile; the client secret is read from standard input.
  list [--json]        List the profiles (never their secrets).
  test NAME            Fetch an access token with the profile&apos;s credentials.
  remove NAME          Remove the profile and its keychain secret.
</source>
        <translation>Aufruf: %1 profile &lt;Befehl&gt; ...

Profile benennen ein Projekt und seinen OAuth-Client; Client-Secrets liegen im Schlüsselbund des Systems.

Befehle:
  add --name NAME --project-id proj_... --client-id ID [--environment E]
      [--access-scope &quot;S S&quot;] [--api-base-url URL] [--no-deletes] --client-secret-stdin
                       Ein Profil hinzufügen; das Client-Secret wird von der Standardeingabe gelesen.
  list [--json]        Die Profile auflisten (nie ihre Secrets).
  test NAME            Mit den Zugangsdaten des Profils ein Zugriffstoken abrufen.
  remove NAME          Das Profil und sein Secret im Schlüsselbund entfernen.
</translation>
    </message>
    <message>
        <source>A support profile: it creates links but never deletes accounts or users.</source>
        <translation>Ein Support-Profil: Es erstellt Links, löscht aber nie Konten oder Benutzer.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::Sandbox</name>
    <message>
        <source>Runs a local stand-in for the Connect API on 127.0.0.1 and prints the settings
that point connectdesk (or the Pipedream SDKs) at it. Links it creates are not
real. Stops on Ctrl+C or SIGTERM.</source>
        <translation>Startet einen lokalen Ersatz für die Connect API auf 127.0.0.1 und gibt die
Einstellungen aus, mit denen connectdesk (oder die Pipedream-SDKs) ihn verwenden.
Die erstellten Links sind nicht echt. Endet mit Strg+C oder SIGTERM.</translation>
    </message>
    <message>
        <source>TCP port to listen on. Default: 0, a free port.</source>
        <translation>TCP-Port, auf dem gelauscht wird. Standard: 0, ein freier Port.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--port: use a whole number from 0 to 65535.</source>
        <translation>--port: Verwenden Sie eine ganze Zahl von 0 bis 65535.</translation>
    </message>
    <message>
        <source>%1 sandbox: cannot listen on 127.0.0.1:%2 (is the port in use?).</source>
        <translation>%1 sandbox: Kann nicht auf 127.0.0.1:%2 lauschen (ist der Port belegt?).</translation>
    </message>
    <message>
        <source># ConnectDesk sandbox: a local stand-in for the Pipedream Connect API. Links it creates are not real.</source>
        <translation># ConnectDesk-Sandbox: ein lokaler Ersatz für die Pipedream Connect API. Die erstellten Links sind nicht echt.</translation>
    </message>
    <message>
        <source># Listening on %1 until Ctrl+C. Paste these lines into another shell:</source>
        <translation># Lauscht auf %1 bis Strg+C. Fügen Sie diese Zeilen in eine andere Shell ein:</translation>
    </message>
    <message>
        <source># Then try: %1 token create --external-user-id customer-1 --app slack</source>
        <translation># Dann ausprobieren: %1 token create --external-user-id customer-1 --app slack</translation>
    </message>
    <message>
        <source># Open the link in a browser to play the customer, or from a script:</source>
        <translation># Öffnen Sie den Link im Browser, um den Kunden zu spielen, oder per Skript:</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate (clients trust it through %1).</source>
        <translation>HTTPS mit diesem PEM-Zertifikat bereitstellen (Clients vertrauen ihm über %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The certificate&apos;s unencrypted PEM private key.</source>
        <translation>Der unverschlüsselte private PEM-Schlüssel des Zertifikats.</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert und --tls-key gehören zusammen.</translation>
    </message>
    <message>
        <source>--tls-cert/--tls-key: %1.</source>
        <translation>--tls-cert/--tls-key: %1.</translation>
    </message>
    <message>
        <source>--%1: cannot read %2: %3.</source>
        <translation>--%1: %2 kann nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <source>#   curl -X POST %1/_sandbox/open -H &apos;Content-Type: application/json&apos; -d &apos;{&quot;token&quot;: &quot;ctok_...&quot;, &quot;app&quot;: &quot;slack&quot;}&apos;</source>
        <translation>#   curl -X POST %1/_sandbox/open -H &apos;Content-Type: application/json&apos; -d &apos;{&quot;token&quot;: &quot;ctok_...&quot;, &quot;app&quot;: &quot;slack&quot;}&apos;</translation>
    </message>
    <message>
        <source>[--port N] [--no-seed] [--tls-cert FILE --tls-key FILE]</source>
        <translation>[--port N] [--no-seed] [--tls-cert DATEI --tls-key DATEI]</translation>
    </message>
    <message>
        <source>Start empty, without the demo customers and their accounts.</source>
        <translation>Leer starten, ohne die Demo-Kunden und ihre Konten.</translation>
    </message>
    <message>
        <source># Customers and their accounts (break or heal one in a browser): %1</source>
        <translation># Kunden und ihre Konten (eines im Browser stören oder reparieren): %1</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::TokenBulk</name>
    <message>
        <source>%1:%2:%3</source>
        <translation>%1:%2:%3</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation>, %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message>
        <source>, %1 left</source>
        <translation>, noch %1</translation>
    </message>
    <message>
        <source> (rate limited: waiting)</source>
        <translation> (Ratenlimit: wartet)</translation>
    </message>
    <message>
        <source> (stopping)</source>
        <translation> (wird beendet)</translation>
    </message>
    <message>
        <source>--input users.csv --output links.csv [options]</source>
        <translation>--input users.csv --output links.csv [Optionen]</translation>
    </message>
    <message>
        <source>Creates a Connect Link for every row of a CSV file (a header row with an
external_user_id column and optionally an app column) and writes
external_user_id,app,connect_link,expires_at,status,error rows in input order.
Credentials come from PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET.</source>
        <translation>Erstellt für jede Zeile einer CSV-Datei einen Connect Link (Kopfzeile mit einer
Spalte external_user_id und optional einer Spalte app) und schreibt Zeilen
external_user_id,app,connect_link,expires_at,status,error in Eingabereihenfolge.
Die Zugangsdaten kommen aus PIPEDREAM_CLIENT_ID und PIPEDREAM_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Requests in flight at once, %1 to %2. Default: %3.</source>
        <translation>Gleichzeitig laufende Anfragen, %1 bis %2. Standard: %3.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>--concurrency: use a whole number from %1 to %2.</source>
        <translation>--concurrency: Verwenden Sie eine ganze Zahl von %1 bis %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: --input: cannot read %2: %3</source>
        <translation>%1: --input: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1: --input: %2: %3</source>
        <translation>%1: --input: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 Every remaining row was left unsent.</source>
        <translation>%1: %2 Alle übrigen Zeilen wurden nicht gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln rows</source>
        <translation>
            <numerusform>%1 von %Ln Zeile</numerusform>
            <numerusform>%1 von %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows: %1 ok, %2 failed, in %3. Written to %4.</source>
        <translation>
            <numerusform>%Ln Zeile: %1 ok, %2 fehlgeschlagen, in %3. Geschrieben nach %4.</numerusform>
            <numerusform>%Ln Zeilen: %1 ok, %2 fehlgeschlagen, in %3. Geschrieben nach %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %Ln rows failed; see the status and error columns in %3.</source>
        <translation>
            <numerusform>%1: %2 von %Ln Zeile fehlgeschlagen; siehe die Spalten status und error in %3.</numerusform>
            <numerusform>%1: %2 von %Ln Zeilen fehlgeschlagen; siehe die Spalten status und error in %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CSV file to read (- for standard input).</source>
        <translation>Die zu lesende CSV-Datei (- für die Standardeingabe).</translation>
    </message>
    <message>
        <source>The CSV file to write (replaced once a link was created or the run ended; until then the rows go to FILE.partial).</source>
        <translation>Die zu schreibende CSV-Datei (ersetzt, sobald ein Link erstellt wurde oder der Lauf endet; bis dahin gehen die Zeilen in DATEI.partial).</translation>
    </message>
    <message>
        <source>Keep the rows that are already &quot;ok&quot; in the existing --output file and send only the others.</source>
        <translation>Die Zeilen, die in der vorhandenen --output-Datei schon „ok“ sind, behalten und nur die anderen senden.</translation>
    </message>
    <message>
        <source>--output names the --input file (through a link or another path); write the results somewhere else.</source>
        <translation>--output bezeichnet die --input-Datei (über einen Link oder einen anderen Pfad); schreiben Sie die Ergebnisse an einen anderen Ort.</translation>
    </message>
    <message>
        <source>%1: --resume: cannot use %2: %3</source>
        <translation>%1: --resume: %2 kann nicht verwendet werden: %3</translation>
    </message>
    <message>
        <source>%1: --output: cannot write %2: %3%4 Nothing was sent.</source>
        <translation>%1: --output: %2 kann nicht geschrieben werden: %3%4 Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>%1: --output: writing %2 failed: %3%4</source>
        <translation>%1: --output: Schreiben von %2 fehlgeschlagen: %3%4</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln link(s) were created in this run; the rows written before the failure are in %2</source>
        <translation>
            <numerusform>%1: In diesem Lauf wurde %Ln Link erstellt; die vor dem Fehler geschriebenen Zeilen stehen in %2</numerusform>
            <numerusform>%1: In diesem Lauf wurden %Ln Links erstellt; die vor dem Fehler geschriebenen Zeilen stehen in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln that could not be written were printed on stdout.</source>
        <translation>
            <numerusform>; %Ln Link, der nicht geschrieben werden konnte, wurde auf stdout ausgegeben.</numerusform>
            <numerusform>; %Ln Links, die nicht geschrieben werden konnten, wurden auf stdout ausgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Free some space, then run the same command with --resume.</source>
        <translation>Geben Sie Speicherplatz frei und führen Sie denselben Befehl mit --resume aus.</translation>
    </message>
    <message>
        <source>%1 was left as it was.</source>
        <translation>%1 blieb unverändert.</translation>
    </message>
    <message>
        <source>%1: stopped after %2 rows in a row could not reach the server: %3 Every remaining row was left unsent; run the same command with --resume when the server can be reached.</source>
        <translation>%1: angehalten, nachdem %2 Zeilen hintereinander den Server nicht erreichten: %3 Alle übrigen Zeilen wurden nicht gesendet; führen Sie denselben Befehl mit --resume aus, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>%1: interrupted; rows not sent are marked &quot;error&quot; in %2; run the same command with --resume to finish.</source>
        <translation>%1: abgebrochen; nicht gesendete Zeilen sind in %2 als „error“ markiert; führen Sie denselben Befehl mit --resume aus, um fertig zu werden.</translation>
    </message>
    <message>
        <source>(the disk is full).</source>
        <translation>(der Datenträger ist voll).</translation>
    </message>
    <message>
        <source>%1: --input: cannot make a temporary copy of %2: %3</source>
        <translation>%1: --input: Temporäre Kopie von %2 nicht möglich: %3</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Cli::TokenCreate</name>
    <message>
        <source>--external-user-id ID [options]</source>
        <translation>--external-user-id ID [Optionen]</translation>
    </message>
    <message>
        <source>Your ID for the customer (required, at most 250 characters).</source>
        <translation>Ihre ID für den Kunden (erforderlich, höchstens 250 Zeichen).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Print {&quot;token&quot;, &quot;expires_at&quot;, &quot;connect_link_url&quot;, &quot;connect_link&quot;} instead of the link.</source>
        <translation>Statt des Links {&quot;token&quot;, &quot;expires_at&quot;, &quot;connect_link_url&quot;, &quot;connect_link&quot;} ausgeben.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no token in the answer</source>
        <translation>kein Token in der Antwort</translation>
    </message>
    <message>
        <source>Creates a Connect token for one customer and prints its Connect Link (with app=
when --app is given) as the only line on stdout.
Credentials come from PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET.
With --wait, then waits until the customer connects an account (a second line on
stdout: the account; exit code 0) or the link expires (exit code 6).</source>
        <translation>Erstellt ein Connect-Token für einen Kunden und gibt seinen Connect Link (mit app=,
wenn --app angegeben ist) als einzige Zeile auf stdout aus.
Die Zugangsdaten kommen aus PIPEDREAM_CLIENT_ID und PIPEDREAM_CLIENT_SECRET.
Mit --wait wird danach gewartet, bis der Kunde ein Konto verbindet (zweite Zeile auf
stdout: das Konto; Exit-Code 0) oder der Link abläuft (Exit-Code 6).</translation>
    </message>
    <message>
        <source>After printing the link, wait for the customer to connect and print the account (with --json, as a second JSON line).</source>
        <translation>Nach der Ausgabe des Links warten, bis der Kunde sich verbindet, und das Konto ausgeben (mit --json als zweite JSON-Zeile).</translation>
    </message>
    <message>
        <source>%1: still waiting for an answer from %2…</source>
        <translation>%1: Warte noch auf eine Antwort von %2…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 Trying again in %Ln second(s).</source>
        <translation>
            <numerusform>%1: %2 Neuer Versuch in %Ln Sekunde.</numerusform>
            <numerusform>%1: %2 Neuer Versuch in %Ln Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the link was created but could not be written to standard output (%2). It is in the history: connectdesk history list.</source>
        <translation>%1: Der Link wurde erstellt, konnte aber nicht auf die Standardausgabe geschrieben werden (%2). Er steht im Verlauf: connectdesk history list.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::HistoryStore</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>schema version %1 is newer than this ConnectDesk understands (%2)</source>
        <translation>Schemaversion %1 ist neuer als diese ConnectDesk-Version versteht (%2)</translation>
    </message>
    <message>
        <source>The history database is damaged (%1).</source>
        <translation>Die Verlaufsdatenbank ist beschädigt (%1).</translation>
    </message>
    <message>
        <source>The history database is locked by another program (%1).</source>
        <translation>Die Verlaufsdatenbank ist von einem anderen Programm gesperrt (%1).</translation>
    </message>
    <message>
        <source>The history database was written by a newer ConnectDesk (%1).</source>
        <translation>Die Verlaufsdatenbank wurde von einer neueren ConnectDesk-Version geschrieben (%1).</translation>
    </message>
    <message>
        <source>The history database could not be opened (%1).</source>
        <translation>Die Verlaufsdatenbank konnte nicht geöffnet werden (%1).</translation>
    </message>
    <message>
        <source>It was kept as &quot;%1&quot; and a new, empty history was started.</source>
        <translation>Sie wurde als „%1“ aufbewahrt, und ein neuer, leerer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>The file was left as it is.</source>
        <translation>Die Datei wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>It was kept as &quot;%1&quot;.</source>
        <translation>Sie wurde als „%1“ aufbewahrt.</translation>
    </message>
    <message>
        <source>This session&apos;s history is kept in memory only%1.</source>
        <translation>Der Verlauf dieser Sitzung wird nur im Arbeitsspeicher gehalten%1.</translation>
    </message>
    <message>
        <source>could not rename &quot;%1&quot;</source>
        <translation>„%1“ konnte nicht umbenannt werden</translation>
    </message>
    <message>
        <source>The history database is not open.</source>
        <translation>Die Verlaufsdatenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Close the other ConnectDesk and start this one again to use it.</source>
        <translation>Schließen Sie das andere ConnectDesk und starten Sie dieses neu, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>Update ConnectDesk to use it.</source>
        <translation>Aktualisieren Sie ConnectDesk, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>It was left untouched.</source>
        <translation>Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Until then, this session&apos;s history is kept in memory only.</source>
        <translation>Bis dahin wird der Verlauf dieser Sitzung nur im Arbeitsspeicher gehalten.</translation>
    </message>
    <message numerus="yes">
        <source>The history database is busy: another program kept it locked for more than %n second(s) (%1).</source>
        <translation>
            <numerusform>Die Verlaufsdatenbank ist belegt: Ein anderes Programm hielt sie länger als %n Sekunde gesperrt (%1).</numerusform>
            <numerusform>Die Verlaufsdatenbank ist belegt: Ein anderes Programm hielt sie länger als %n Sekunden gesperrt (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDesk::MessageTemplateStore</name>
    <message>
        <source>Could not save the message templates to %1.</source>
        <translation>Die Nachrichtenvorlagen konnten nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::PagedLoader</name>
    <message>
        <source>The list answer has no &quot;data&quot; array.</source>
        <translation>Die Listenantwort hat kein „data“-Array.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::PresetStore</name>
    <message>
        <source>Could not write the presets to %1.</source>
        <translation>Die Voreinstellungen konnten nicht in %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Give the preset a name.</source>
        <translation>Geben Sie der Voreinstellung einen Namen.</translation>
    </message>
    <message>
        <source>A preset called &quot;%1&quot; already exists.</source>
        <translation>Eine Voreinstellung namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>There is no preset called &quot;%1&quot;.</source>
        <translation>Es gibt keine Voreinstellung namens „%1“.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::ProfileStore</name>
    <message numerus="yes">
        <source>%n profile(s) imported</source>
        <translation>
            <numerusform>%n Profil importiert</numerusform>
            <numerusform>%n Profile importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n skipped</source>
        <translation>
            <numerusform>; %n übersprungen</numerusform>
            <numerusform>; %n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The system-wide profile configuration %1 could not be read.</source>
        <translation>Die systemweite Profilkonfiguration %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>its &quot;%1&quot; entry was ignored: secrets belong in the keychain</source>
        <translation>sein Eintrag „%1“ wurde ignoriert: Secrets gehören in den Schlüsselbund</translation>
    </message>
    <message>
        <source>IT profile %1 (&quot;%2&quot;) was skipped: %3</source>
        <translation>IT-Profil %1 („%2“) wurde übersprungen: %3</translation>
    </message>
    <message>
        <source>IT profile &quot;%1&quot;: %2</source>
        <translation>IT-Profil „%1“: %2</translation>
    </message>
    <message>
        <source>This profile no longer exists.</source>
        <translation>Dieses Profil existiert nicht mehr.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is provided by your IT department and cannot be changed; duplicate it to make your own version.</source>
        <translation>„%1“ wird von Ihrer IT-Abteilung bereitgestellt und kann nicht geändert werden; duplizieren Sie es, um eine eigene Version zu erstellen.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>Die Datei ist kein gültiges JSON: %1 (bei Byte %2).</translation>
    </message>
    <message>
        <source>The file is a &quot;%1&quot; file, not a ConnectDesk profile export.</source>
        <translation>Die Datei ist eine „%1“-Datei, kein ConnectDesk-Profilexport.</translation>
    </message>
    <message>
        <source>The file was written by a newer ConnectDesk; update to import it.</source>
        <translation>Die Datei wurde von einer neueren ConnectDesk-Version geschrieben; aktualisieren Sie, um sie zu importieren.</translation>
    </message>
    <message>
        <source>The file has no &quot;profiles&quot; list.</source>
        <translation>Die Datei enthält keine „profiles“-Liste.</translation>
    </message>
    <message>
        <source>Entry %1 is not a profile object.</source>
        <translation>Eintrag %1 ist kein Profilobjekt.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a profile export.</source>
        <translation>%1 ist zu groß für einen Profilexport.</translation>
    </message>
    <message>
        <source>The profiles could not be saved: %1 Nothing was changed.</source>
        <translation>Die Profile konnten nicht gespeichert werden: %1 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The profile was not removed: %1</source>
        <translation>Das Profil wurde nicht entfernt: %1</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Settings</name>
    <message>
        <source>The settings file could not be read, so ConnectDesk started with fresh settings. The old file was kept as %1.</source>
        <translation>Die Einstellungsdatei konnte nicht gelesen werden, daher hat ConnectDesk mit neuen Einstellungen begonnen. Die alte Datei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read and could not be moved aside; ConnectDesk started with fresh settings that may not be saved.</source>
        <translation>Die Einstellungsdatei %1 konnte weder gelesen noch beiseitegelegt werden; ConnectDesk hat mit neuen Einstellungen begonnen, die möglicherweise nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not write the settings file %1.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged.</source>
        <translation>Die Einstellungsdatei %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>The settings file was damaged or cut short, so ConnectDesk restored the last good copy of your settings and profiles. The damaged file was kept as %1.</source>
        <translation>Die Einstellungsdatei war beschädigt oder abgeschnitten; ConnectDesk hat daher die letzte intakte Kopie Ihrer Einstellungen und Profile wiederhergestellt. Die beschädigte Datei wurde als %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::AboutDialog</name>
    <message>
        <source>About ConnectDesk</source>
        <translation>Über ConnectDesk</translation>
    </message>
    <message>
        <source>ConnectDesk logo</source>
        <translation>ConnectDesk-Logo</translation>
    </message>
    <message>
        <source>ConnectDesk %1</source>
        <translation>ConnectDesk %1</translation>
    </message>
    <message>
        <source>Create Pipedream Connect tokens and Connect Links.</source>
        <translation>Pipedream-Connect-Tokens und Connect Links erstellen.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>License:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <source>MIT License — free to use, copy, change and share.</source>
        <translation>MIT-Lizenz – frei nutzbar, kopierbar, änderbar und weitergebbar.</translation>
    </message>
    <message>
        <source>Application ID:</source>
        <translation>Anwendungs-ID:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>Einstellungsdatei:</translation>
    </message>
    <message>
        <source>History database:</source>
        <translation>Verlaufsdatenbank:</translation>
    </message>
    <message>
        <source>Client secrets:</source>
        <translation>Client-Secrets:</translation>
    </message>
    <message>
        <source>OS keychain (service &quot;%1&quot;); never written to a file</source>
        <translation>Schlüsselbund des Systems (Dienst „%1“); nie in eine Datei geschrieben</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>&amp;Diagnosedaten kopieren</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Diagnosedaten kopieren</translation>
    </message>
    <message>
        <source>Copies the versions, the language and these file locations as plain text for a support request. No secrets or tokens are included.</source>
        <translation>Kopiert die Versionen, die Sprache und diese Dateipfade als reinen Text für eine Support-Anfrage. Secrets und Tokens sind nicht enthalten.</translation>
    </message>
    <message>
        <source>Closes the About window.</source>
        <translation>Schließt das Info-Fenster.</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Einstellungsdatei: %1</translation>
    </message>
    <message>
        <source>History database: %1</source>
        <translation>Verlaufsdatenbank: %1</translation>
    </message>
    <message>
        <source>%1 (built with the same version)</source>
        <translation>%1 (mit derselben Version erstellt)</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Diagnosedaten in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::AccountsModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Last refreshed</source>
        <translation>Zuletzt erneuert</translation>
    </message>
    <message>
        <source>Next refresh</source>
        <translation>Nächste Erneuerung</translation>
    </message>
    <message>
        <source>Credentials expire</source>
        <translation>Zugangsdaten laufen ab</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::AppPicker</name>
    <message>
        <source>Search apps, or type a slug such as slack</source>
        <translation>Apps suchen oder einen Slug wie slack eingeben</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>The app the Connect Link opens. Type to search Pipedream&apos;s apps; Down arrow opens the results, Enter picks one and Escape closes them. A typed app slug is used as is.</source>
        <translation>Die App, die der Connect Link öffnet. Tippen Sie, um die Apps von Pipedream zu durchsuchen; Pfeil nach unten öffnet die Ergebnisse, Eingabe wählt eines aus, Escape schließt sie. Ein eingegebener App-Slug wird unverändert verwendet.</translation>
    </message>
    <message>
        <source>Matching apps</source>
        <translation>Passende Apps</translation>
    </message>
    <message>
        <source>Apps matching the typed text, shown as name and slug.</source>
        <translation>Apps, die zum eingegebenen Text passen, mit Name und Slug.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1, %2</translation>
    </message>
    <message>
        <source>App search unavailable: %1; you can still type a slug.</source>
        <translation>App-Suche nicht verfügbar: %1; Sie können trotzdem einen Slug eingeben.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>App: %1 (%2)</source>
        <translation>App: %1 (%2)</translation>
    </message>
    <message>
        <source>The Connect Link will open the app with slug &quot;%1&quot;.</source>
        <translation>Der Connect Link öffnet die App mit dem Slug „%1“.</translation>
    </message>
    <message>
        <source>No app &quot;%1&quot; in Pipedream&apos;s apps.</source>
        <translation>Keine App „%1“ unter den Apps von Pipedream.</translation>
    </message>
    <message>
        <source>No app &quot;%1&quot;. Did you mean %2?</source>
        <translation>Keine App „%1“. Meinten Sie %2?</translation>
    </message>
    <message>
        <source>Looking up &quot;%1&quot;…</source>
        <translation>„%1“ wird nachgeschlagen…</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::AppReadiness</name>
    <message>
        <source>%1 needs no authentication, so a Connect Link has no account to connect. Choose another app, or leave the app empty.</source>
        <translation>%1 braucht keine Authentifizierung, daher kann ein Connect Link kein Konto verbinden. Wählen Sie eine andere App oder lassen Sie die App leer.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Scope profiles of %1: %2</source>
        <translation>Scope-Profile von %1: %2</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::AuditLogDialog</name>
    <message>
        <source>Audit Log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Every deletion made on this machine, newest first. The log is only ever appended to: %1</source>
        <translation>Jede Löschung auf diesem Rechner, die neueste zuerst. Das Protokoll wird nur ergänzt: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>OS user</source>
        <translation>Betriebssystem-Benutzer</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing has been deleted from this machine.</source>
        <translation>Von diesem Rechner wurde nichts gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s) recorded.</source>
        <translation>
            <numerusform>%n Löschung aufgezeichnet.</numerusform>
            <numerusform>%n Löschungen aufgezeichnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read and are left as they are.</source>
        <translation>
            <numerusform>%n Zeile konnte nicht gelesen werden und bleibt unverändert.</numerusform>
            <numerusform>%n Zeilen konnten nicht gelesen werden und bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>Audit-Protokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deletion(s) to %1.</source>
        <translation>
            <numerusform>%n Löschung nach %1 exportiert.</numerusform>
            <numerusform>%n Löschungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::BulkDialog</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n with a problem, marked below: it will not be sent and is reported as an error in the results.</source>
        <translation>
            <numerusform>; %n mit einem Problem, unten markiert: Sie wird nicht gesendet und in den Ergebnissen als Fehler gemeldet.</numerusform>
            <numerusform>; %n mit einem Problem, unten markiert: Sie werden nicht gesendet und in den Ergebnissen als Fehler gemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for the run to finish before opening another file.</source>
        <translation>Warten Sie das Ende des Laufs ab, bevor Sie eine andere Datei öffnen.</translation>
    </message>
    <message>
        <source>Open CSV File</source>
        <translation>CSV-Datei öffnen</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Done: %1 created, %2 failed.</source>
        <translation>Fertig: %1 erstellt, %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Stopped: %1 Rows not yet sent were not sent.</source>
        <translation>Angehalten: %1 Noch nicht gesendete Zeilen wurden nicht gesendet.</translation>
    </message>
    <message>
        <source>Canceled: %1 created; rows not sent are marked &quot;Not sent&quot;.</source>
        <translation>Abgebrochen: %1 erstellt; nicht gesendete Zeilen sind mit „Nicht gesendet“ markiert.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Results saved to %1.</source>
        <translation>Ergebnisse in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Save Results</source>
        <translation>Ergebnisse speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>S&amp;top Now</source>
        <translation>&amp;Jetzt anhalten</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>Lauf &amp;abbrechen</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Zeilen werden geprüft…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Nicht geöffnet: %1</translation>
    </message>
    <message>
        <source>Not sent: development allows %1 external users.</source>
        <translation>Nicht gesendet: Die Entwicklung erlaubt %1 externe Benutzer.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::BulkRowActions</name>
    <message>
        <source>Copy Link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Copy External User ID</source>
        <translation>Externe Benutzer-ID kopieren</translation>
    </message>
    <message>
        <source>Copy All Created Links</source>
        <translation>Alle erstellten Links kopieren</translation>
    </message>
    <message>
        <source>The selected rows have no Connect Link to copy.</source>
        <translation>Die ausgewählten Zeilen haben keinen Connect Link zum Kopieren.</translation>
    </message>
    <message>
        <source>Connect Link for %1 copied.</source>
        <translation>Connect Link für %1 kopiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n Connect Link(s) copied, one per line.</source>
        <translation>
            <numerusform>%n Connect Link kopiert, einer pro Zeile.</numerusform>
            <numerusform>%n Connect Links kopiert, einer pro Zeile.</numerusform>
        </translation>
    </message>
    <message>
        <source>External user IDs copied.</source>
        <translation>Externe Benutzer-IDs kopiert.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::BulkRowsModel</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Will not be sent</source>
        <translation>Wird nicht gesendet</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>(customer picks)</source>
        <translation>(Kunde wählt)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>External user ID</source>
        <translation>Externe Benutzer-ID</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Connect Link or problem</source>
        <translation>Connect Link oder Problem</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::CallLogView</name>
    <message>
        <source>Filter by method, path, status or error</source>
        <translation>Nach Methode, Pfad, Status oder Fehler filtern</translation>
    </message>
    <message>
        <source>Filter the call log</source>
        <translation>Aufrufprotokoll filtern</translation>
    </message>
    <message>
        <source>&amp;Errors only</source>
        <translation>Nur &amp;Fehler</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear the call log</source>
        <translation>Aufrufprotokoll leeren</translation>
    </message>
    <message>
        <source>Calls made this session</source>
        <translation>Aufrufe dieser Sitzung</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) this session</source>
        <translation>
            <numerusform>%n Aufruf in dieser Sitzung</numerusform>
            <numerusform>%n Aufrufe in dieser Sitzung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n call(s) shown</source>
        <translation>
            <numerusform>%1 von %n Aufruf angezeigt</numerusform>
            <numerusform>%1 von %n Aufrufen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only the calls that ended in an error</source>
        <translation>Nur Aufrufe anzeigen, die mit einem Fehler endeten</translation>
    </message>
    <message>
        <source>Remove every call from the log</source>
        <translation>Alle Aufrufe aus dem Protokoll entfernen</translation>
    </message>
    <message>
        <source>Hide connection &amp;polling</source>
        <translation>Verbindungs&amp;abfragen ausblenden</translation>
    </message>
    <message>
        <source>Hide the checks for the customer&apos;s connection (GET …/accounts?external_user_id=…) made every few seconds while a link waits; failed checks stay visible</source>
        <translation>Blendet die Prüfungen der Kundenverbindung (GET …/accounts?external_user_id=…) aus, die alle paar Sekunden laufen, solange ein Link wartet; fehlgeschlagene Prüfungen bleiben sichtbar</translation>
    </message>
    <message>
        <source>Every API call of this session with its status and duration. Enter or a double-click shows the call&apos;s request and response.</source>
        <translation>Jeder API-Aufruf dieser Sitzung mit Status und Dauer. Eingabe oder ein Doppelklick zeigt Anfrage und Antwort des Aufrufs.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::CodeExportView</name>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Als c&amp;URL kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;TypeScript</source>
        <translation>Als &amp;TypeScript kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;Python</source>
        <translation>Als &amp;Python kopieren</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>cURL</source>
        <translation>cURL</translation>
    </message>
    <message>
        <source>TypeScript (@pipedream/sdk)</source>
        <translation>TypeScript (@pipedream/sdk)</translation>
    </message>
    <message>
        <source>Python (pipedream)</source>
        <translation>Python (pipedream)</translation>
    </message>
    <message>
        <source>Fetch the access token first (oauth/token with $PIPEDREAM_CLIENT_ID and $PIPEDREAM_CLIENT_SECRET)</source>
        <translation>Zuerst das Zugriffstoken abrufen (oauth/token mit $PIPEDREAM_CLIENT_ID und $PIPEDREAM_CLIENT_SECRET)</translation>
    </message>
    <message>
        <source>Include my real access token instead of $PIPEDREAM_ACCESS_TOKEN — anyone with the command can act as this OAuth client until it expires</source>
        <translation>Mein echtes Zugriffstoken statt $PIPEDREAM_ACCESS_TOKEN einfügen – wer den Befehl hat, kann bis zum Ablauf als dieser OAuth-Client handeln</translation>
    </message>
    <message>
        <source>Code snippet</source>
        <translation>Codeausschnitt</translation>
    </message>
    <message>
        <source>No access token: %1</source>
        <translation>Kein Zugriffstoken: %1</translation>
    </message>
    <message>
        <source>Runs in bash with PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET set.</source>
        <translation>Läuft in bash mit gesetzten PIPEDREAM_CLIENT_ID und PIPEDREAM_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>Getting the access token…</source>
        <translation>Zugriffstoken wird abgerufen…</translation>
    </message>
    <message>
        <source>Contains your real access token: share it with nobody.</source>
        <translation>Enthält Ihr echtes Zugriffstoken: Geben Sie es an niemanden weiter.</translation>
    </message>
    <message>
        <source>Set PIPEDREAM_ACCESS_TOKEN first (POST /v1/oauth/token), or tick the option above.</source>
        <translation>Setzen Sie zuerst PIPEDREAM_ACCESS_TOKEN (POST /v1/oauth/token) oder aktivieren Sie die Option oben.</translation>
    </message>
    <message>
        <source>@pipedream/sdk 3.x; run as an ES module with PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET set.</source>
        <translation>@pipedream/sdk 3.x; als ES-Modul ausführen, mit gesetzten PIPEDREAM_CLIENT_ID und PIPEDREAM_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>pipedream 2.x (pip install pipedream) with PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET set.</source>
        <translation>pipedream 2.x (pip install pipedream) mit gesetzten PIPEDREAM_CLIENT_ID und PIPEDREAM_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>cURL command copied.</source>
        <translation>cURL-Befehl kopiert.</translation>
    </message>
    <message>
        <source>TypeScript copied.</source>
        <translation>TypeScript kopiert.</translation>
    </message>
    <message>
        <source>Python copied.</source>
        <translation>Python kopiert.</translation>
    </message>
    <message>
        <source>Copy the request as a cURL command for bash</source>
        <translation>Die Anfrage als cURL-Befehl für bash kopieren</translation>
    </message>
    <message>
        <source>Copy the request as TypeScript for @pipedream/sdk</source>
        <translation>Die Anfrage als TypeScript für @pipedream/sdk kopieren</translation>
    </message>
    <message>
        <source>Copy the request as Python for the pipedream package</source>
        <translation>Die Anfrage als Python für das Paket pipedream kopieren</translation>
    </message>
    <message>
        <source>Show the request below as a cURL command</source>
        <translation>Die Anfrage unten als cURL-Befehl zeigen</translation>
    </message>
    <message>
        <source>Show the request below as TypeScript</source>
        <translation>Die Anfrage unten als TypeScript zeigen</translation>
    </message>
    <message>
        <source>Show the request below as Python</source>
        <translation>Die Anfrage unten als Python zeigen</translation>
    </message>
    <message>
        <source>Start the command with the call that fetches an access token</source>
        <translation>Den Befehl mit dem Aufruf beginnen, der ein Zugriffstoken abruft</translation>
    </message>
    <message>
        <source>Put this session&apos;s access token into the command; keep the command private</source>
        <translation>Das Zugriffstoken dieser Sitzung in den Befehl einsetzen; halten Sie den Befehl privat</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::ConnectionStatusWidget</name>
    <message>
        <source>Stop watching</source>
        <translation>Beobachten beenden</translation>
    </message>
    <message>
        <source>Stop watching for the customer&apos;s connection</source>
        <translation>Die Verbindung des Kunden nicht mehr beobachten</translation>
    </message>
    <message>
        <source>Connection status icon</source>
        <translation>Symbol für den Verbindungsstatus</translation>
    </message>
    <message>
        <source>Waiting for the customer to connect…</source>
        <translation>Warten, bis der Kunde sich verbindet…</translation>
    </message>
    <message>
        <source>Waiting for the customer to connect… (checked %1)</source>
        <translation>Warten, bis der Kunde sich verbindet… (geprüft %1)</translation>
    </message>
    <message>
        <source>Connected: %1 at %2</source>
        <translation>Verbunden: %1 um %2</translation>
    </message>
    <message>
        <source>Expired without a connection</source>
        <translation>Ohne Verbindung abgelaufen</translation>
    </message>
    <message>
        <source>Cannot tell whether the customer connected: %1</source>
        <translation>Unklar, ob der Kunde sich verbunden hat: %1</translation>
    </message>
    <message>
        <source>Waiting for the customer to connect… (the last check failed: %1 Trying again.)</source>
        <translation>Warten, bis der Kunde sich verbindet… (die letzte Prüfung schlug fehl: %1 Neuer Versuch.)</translation>
    </message>
    <message>
        <source>Customer connected %1</source>
        <translation>Kunde hat %1 verbunden</translation>
    </message>
    <message>
        <source>%1 connected %2.</source>
        <translation>%1 hat %2 verbunden.</translation>
    </message>
    <message>
        <source>Connect Link expired</source>
        <translation>Connect Link abgelaufen</translation>
    </message>
    <message>
        <source>The link for %1 expired without a connection.</source>
        <translation>Der Link für %1 ist ohne Verbindung abgelaufen.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>No longer watching for the customer&apos;s connection.</source>
        <translation>Die Verbindung des Kunden wird nicht mehr beobachtet.</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::CustomerDetail</name>
    <message>
        <source>Back to search</source>
        <translation>Zurück zur Suche</translation>
    </message>
    <message>
        <source>Back to the customer search (Esc)</source>
        <translation>Zurück zur Kundensuche (Esc)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Ask the server again (F5)</source>
        <translation>Den Server erneut fragen (F5)</translation>
    </message>
    <message>
        <source>Only &amp;unhealthy or dead</source>
        <translation>Nur &amp;gestörte oder tote</translation>
    </message>
    <message>
        <source>Connected accounts</source>
        <translation>Verbundene Konten</translation>
    </message>
    <message>
        <source>Links made on this machine</source>
        <translation>Auf diesem Rechner erstellte Links</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Links made for this customer on this machine</source>
        <translation>Auf diesem Rechner für diesen Kunden erstellte Links</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Neuer Link</translation>
    </message>
    <message>
        <source>Make a Connect Link for this customer and the selected account&apos;s app</source>
        <translation>Einen Connect Link für diesen Kunden und die App des ausgewählten Kontos erstellen</translation>
    </message>
    <message>
        <source>Copy account ID</source>
        <translation>Konto-ID kopieren</translation>
    </message>
    <message>
        <source>Delete account…</source>
        <translation>Konto löschen…</translation>
    </message>
    <message>
        <source>Delete customer…</source>
        <translation>Kunden löschen…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Loading accounts…</source>
        <translation>Konten werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n account(s) loaded; the rest could not be loaded: %1</source>
        <translation>
            <numerusform>%n geladenes Konto wird angezeigt; der Rest konnte nicht geladen werden: %1</numerusform>
            <numerusform>Die %n geladenen Konten werden angezeigt; der Rest konnte nicht geladen werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The accounts could not be loaded: %1</source>
        <translation>Die Konten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 has no connected accounts.</source>
        <translation>%1 hat keine verbundenen Konten.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n braucht Aufmerksamkeit</numerusform>
            <numerusform>%n brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>None is unhealthy or dead.</source>
        <translation>Keines ist gestört oder tot.</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>Aktualisiert um %1.</translation>
    </message>
    <message>
        <source>Delete the selected account (Delete)</source>
        <translation>Das ausgewählte Konto löschen (Entf)</translation>
    </message>
    <message>
        <source>Delete this external user and all their accounts</source>
        <translation>Diesen externen Benutzer und alle seine Konten löschen</translation>
    </message>
    <message>
        <source>No link was made for this customer on this machine.</source>
        <translation>Auf diesem Rechner wurde kein Link für diesen Kunden erstellt.</translation>
    </message>
    <message>
        <source>Account ID %1 copied.</source>
        <translation>Konto-ID %1 kopiert.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::CustomerFinder</name>
    <message>
        <source>Search external user IDs</source>
        <translation>Externe Benutzer-IDs durchsuchen</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Remove users…</source>
        <translation>Benutzer entfernen…</translation>
    </message>
    <message>
        <source>Choose a project in the link form (Ctrl+1) to find its customers.</source>
        <translation>Wählen Sie im Linkformular (Strg+1) ein Projekt, um seine Kunden zu finden.</translation>
    </message>
    <message>
        <source>Loading more customers…</source>
        <translation>Weitere Kunden werden geladen…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Showing the %1 customers loaded; the next page failed: %2</source>
        <translation>Die %1 geladenen Kunden werden angezeigt; die nächste Seite ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No external users in this project and environment yet.</source>
        <translation>In diesem Projekt und dieser Umgebung gibt es noch keine externen Benutzer.</translation>
    </message>
    <message>
        <source>No external user matches &quot;%1&quot;.</source>
        <translation>Kein externer Benutzer passt zu „%1“.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 customers.</source>
        <translation>%1 von %2 Kunden werden angezeigt.</translation>
    </message>
    <message>
        <source>Showing the first %1 customers.</source>
        <translation>Die ersten %1 Kunden werden angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>%n Kunde gefunden.</numerusform>
            <numerusform>%n Kunden gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>This development project has reached its limit of %1 external users: links for new customers are refused. Remove users you no longer need.</source>
        <translation>Dieses Entwicklungsprojekt hat seine Grenze von %1 externen Benutzern erreicht: Links für neue Kunden werden abgelehnt. Entfernen Sie Benutzer, die Sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>This development project has %1 of its %2 external users: links for new customers are refused beyond that.</source>
        <translation>Dieses Entwicklungsprojekt hat %1 von %2 möglichen externen Benutzern: darüber hinaus werden Links für neue Kunden abgelehnt.</translation>
    </message>
    <message>
        <source>Select a user and press Delete.</source>
        <translation>Wählen Sie einen Benutzer und drücken Sie Entf.</translation>
    </message>
    <message>
        <source>Select a user you no longer need and press Delete.</source>
        <translation>Wählen Sie einen Benutzer, den Sie nicht mehr brauchen, und drücken Sie Entf.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::CustomerListModel</name>
    <message>
        <source>%1 — recent on this machine</source>
        <translation>%1 — kürzlich auf diesem Rechner</translation>
    </message>
    <message>
        <source>%1 — since %2</source>
        <translation>%1 — seit %2</translation>
    </message>
    <message>
        <source>New link for this customer: %1</source>
        <translation>Neuer Link für diesen Kunden: %1</translation>
    </message>
    <message>
        <source>No external user has this ID yet: make a Connect Link for them.</source>
        <translation>Noch kein externer Benutzer hat diese ID: Erstellen Sie einen Connect Link für ihn.</translation>
    </message>
    <message>
        <source>Press Enter to see this customer&apos;s accounts.</source>
        <translation>Drücken Sie Eingabe, um die Konten dieses Kunden zu sehen.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::CustomersMode</name>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::CustomersView</name>
    <message>
        <source>Audit log…</source>
        <translation>Audit-Protokoll…</translation>
    </message>
    <message>
        <source>Customers of %1 in %2 (%3). Change the project or environment in the link form (Ctrl+1).</source>
        <translation>Kunden von %1 in %2 (%3). Projekt oder Umgebung ändern Sie im Linkformular (Strg+1).</translation>
    </message>
    <message>
        <source>No project chosen: pick one in the link form (Ctrl+1).</source>
        <translation>Kein Projekt gewählt: Wählen Sie eines im Linkformular (Strg+1).</translation>
    </message>
    <message>
        <source>Every deletion made on this machine</source>
        <translation>Jede Löschung auf diesem Rechner</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Another deletion is still on its way: wait for its answer.</source>
        <translation>Eine andere Löschung läuft noch: Warten Sie auf ihre Antwort.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Nothing was deleted: another deletion is on its way.</source>
        <translation>Es wurde nichts gelöscht: Eine andere Löschung läuft.</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 wird gelöscht…</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::DeletionConfirmDialog</name>
    <message>
        <source>Delete External User</source>
        <translation>Externen Benutzer löschen</translation>
    </message>
    <message>
        <source>Delete Account</source>
        <translation>Konto löschen</translation>
    </message>
    <message>
        <source>Delete the external user %1 and every account they connected?</source>
        <translation>Den externen Benutzer %1 und jedes von ihm verbundene Konto löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the external user %1 and their %n connected account(s)?</source>
        <translation>
            <numerusform>Den externen Benutzer %1 und sein %n verbundenes Konto löschen?</numerusform>
            <numerusform>Den externen Benutzer %1 und seine %n verbundenen Konten löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the account %1 (%2) of %3?</source>
        <translation>Das Konto %1 (%2) von %3 löschen?</translation>
    </message>
    <message>
        <source>Project %1, %2. This cannot be undone; it is written to the audit log.</source>
        <translation>Projekt %1, %2. Das lässt sich nicht rückgängig machen; es wird im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>This is production: type the external user ID %1 to confirm.</source>
        <translation>Dies ist Produktion: Geben Sie zur Bestätigung die externe Benutzer-ID %1 ein.</translation>
    </message>
    <message>
        <source>External user ID to confirm</source>
        <translation>Externe Benutzer-ID zur Bestätigung</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Konto löschen</translation>
    </message>
    <message>
        <source>Type %1 exactly to enable Delete.</source>
        <translation>Geben Sie %1 genau ein, um Löschen zu aktivieren.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::DevText</name>
    <message>
        <source>Read-only text. Select with Shift and the arrow keys, copy with Ctrl+C; Tab moves on.</source>
        <translation>Schreibgeschützter Text. Mit Umschalt und den Pfeiltasten markieren, mit Strg+C kopieren; Tab springt weiter.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::DeveloperMode</name>
    <message>
        <source>Show the request, response, code export, call log, token check and presets</source>
        <translation>Anfrage, Antwort, Code-Export, Aufrufprotokoll, Token-Prüfung und Voreinstellungen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Developer mode</source>
        <translation>&amp;Entwicklermodus</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::DeveloperPanel</name>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Anfrage</translation>
    </message>
    <message>
        <source>Re&amp;sponse</source>
        <translation>Ant&amp;wort</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <source>Call &amp;log</source>
        <translation>Aufruf&amp;protokoll</translation>
    </message>
    <message>
        <source>Check &amp;token</source>
        <translation>&amp;Token prüfen</translation>
    </message>
    <message>
        <source>Developer tools</source>
        <translation>Entwicklerwerkzeuge</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::DeveloperTools</name>
    <message>
        <source>Developer</source>
        <translation>Entwickler</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Voreinstellungen</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::ErrorBanner</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Die Meldung ausblenden</translation>
    </message>
    <message>
        <source>No answer yet, retrying</source>
        <translation>Noch keine Antwort, neuer Versuch</translation>
    </message>
    <message>
        <source>Retrying: %1</source>
        <translation>Neuer Versuch: %1</translation>
    </message>
    <message>
        <source>Next try in %1…</source>
        <translation>Nächster Versuch in %1…</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::FieldMessage</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::HistoryModel</name>
    <message>
        <source>Expires %1</source>
        <translation>Läuft ab %1</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Abgelaufen %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>Profile %1, project %2</source>
        <translation>Profil %1, Projekt %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>External user</source>
        <translation>Externer Benutzer</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Expires / connected</source>
        <translation>Läuft ab / verbunden</translation>
    </message>
    <message>
        <source>Sandbox (not real)</source>
        <translation>Sandbox (nicht echt)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Made in the built-in sandbox: the link never worked for a customer.</source>
        <translation>In der eingebauten Sandbox erstellt: Der Link hat nie für einen Kunden funktioniert.</translation>
    </message>
    <message>
        <source>Made by Bulk create from CSV.</source>
        <translation>Mit „Massenerstellung aus CSV“ erstellt.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::HistoryView</name>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Copy this Connect Link to the clipboard</source>
        <translation>Diesen Connect Link in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Only a link whose token is still valid and unused can be copied</source>
        <translation>Nur ein Link mit noch gültigem, unbenutztem Token kann kopiert werden</translation>
    </message>
    <message>
        <source>This link can no longer be used: issue a new one.</source>
        <translation>Dieser Link kann nicht mehr verwendet werden: Erstellen Sie einen neuen.</translation>
    </message>
    <message>
        <source>Connect Link for %1 copied.</source>
        <translation>Connect Link für %1 kopiert.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not export the history to &quot;%1&quot;: %2</source>
        <translation>Der Verlauf konnte nicht nach „%1“ exportiert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n link(s) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n Link nach „%1“ exportiert.</numerusform>
            <numerusform>%n Links nach „%1“ exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Copy External User ID</source>
        <translation>Externe Benutzer-ID kopieren</translation>
    </message>
    <message>
        <source>Issue Again</source>
        <translation>Erneut ausstellen</translation>
    </message>
    <message>
        <source>Export Shown Links as CSV…</source>
        <translation>Angezeigte Links als CSV exportieren…</translation>
    </message>
    <message>
        <source>A sandbox link is not real: copying it asks first</source>
        <translation>Ein Sandbox-Link ist nicht echt: Vor dem Kopieren wird nachgefragt</translation>
    </message>
    <message>
        <source>Sandbox Link</source>
        <translation>Sandbox-Link</translation>
    </message>
    <message>
        <source>Copy a sandbox link for %1?</source>
        <translation>Sandbox-Link für %1 kopieren?</translation>
    </message>
    <message>
        <source>This link was made by the built-in sandbox, a stand-in for Pipedream on this computer. It is not real: it never works for a customer. Generate the link again with a real project.</source>
        <translation>Dieser Link stammt aus der eingebauten Sandbox, einem Ersatz für Pipedream auf diesem Computer. Er ist nicht echt und funktioniert nie für einen Kunden. Erstellen Sie den Link mit einem echten Projekt neu.</translation>
    </message>
    <message>
        <source>Copy Anyway</source>
        <translation>Trotzdem kopieren</translation>
    </message>
    <message>
        <source>External user ID %1 copied.</source>
        <translation>Externe Benutzer-ID %1 kopiert.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::IssueAgain</name>
    <message>
        <source>Issue Again</source>
        <translation>Erneut ausstellen</translation>
    </message>
    <message>
        <source>Replace what is in the form?</source>
        <translation>Den Inhalt des Formulars ersetzen?</translation>
    </message>
    <message>
        <source>The form holds %1 (app: %2). Issue again fills it with the fields of the link for %3 (app: %4).</source>
        <translation>Im Formular steht %1 (App: %2). „Erneut ausstellen“ füllt es mit den Feldern des Links für %3 (App: %4).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>The form was kept as it was.</source>
        <translation>Das Formular bleibt unverändert.</translation>
    </message>
    <message>
        <source>Form filled from history for %1: press Ctrl+Return to generate the link.</source>
        <translation>Formular aus dem Verlauf für %1 gefüllt: Drücken Sie Ctrl+Return, um den Link zu erstellen.</translation>
    </message>
    <message>
        <source>Form filled from a sandbox link for %1, but the sandbox is not running: a new link would be made in %2. Check the project before you press Ctrl+Return.</source>
        <translation>Formular aus einem Sandbox-Link für %1 gefüllt, aber die Sandbox läuft nicht: Ein neuer Link entstünde in %2. Prüfen Sie das Projekt, bevor Sie Ctrl+Return drücken.</translation>
    </message>
    <message>
        <source>Form filled from history for %1, but its project %2 is not in the picker: the link would be made in %3. Check the project before you press Ctrl+Return.</source>
        <translation>Formular aus dem Verlauf für %1 gefüllt, aber sein Projekt %2 steht nicht in der Auswahl: Der Link entstünde in %3. Prüfen Sie das Projekt, bevor Sie Ctrl+Return drücken.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>ConnectDesk will follow the system language (%1) the next time it starts.</source>
        <translation>ConnectDesk verwendet beim nächsten Start die Systemsprache (%1).</translation>
    </message>
    <message>
        <source>ConnectDesk will use %1 the next time it starts.</source>
        <translation>ConnectDesk verwendet beim nächsten Start %1.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::LinkTroubleshooter</name>
    <message>
        <source>Check a lin&amp;k:</source>
        <translation>Lin&amp;k prüfen:</translation>
    </message>
    <message>
        <source>Paste a Connect Link or a ctok_ token</source>
        <translation>Connect Link oder ctok_-Token einfügen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Copy diagnosis</source>
        <translation>Diagnose kopieren</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Neuer Link</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Diagnosis copied: paste it into the support ticket.</source>
        <translation>Diagnose kopiert: Fügen Sie sie in das Support-Ticket ein.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::MainWindow</name>
    <message>
        <source>ConnectDesk</source>
        <translation>ConnectDesk</translation>
    </message>
    <message>
        <source>Server: built-in simulator at %1</source>
        <translation>Server: eingebauter Simulator auf %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Nothing was sent: fix the fields listed under Generate first.</source>
        <translation>Nichts wurde gesendet: Korrigieren Sie zuerst die unter „Link erzeugen“ aufgeführten Felder.</translation>
    </message>
    <message>
        <source>Creating a Connect token for %1…</source>
        <translation>Connect-Token für %1 wird erstellt…</translation>
    </message>
    <message>
        <source>Request canceled. Every field is kept.</source>
        <translation>Anfrage abgebrochen. Alle Felder bleiben erhalten.</translation>
    </message>
    <message>
        <source>No link was created. Every field is kept; fix the problem and generate again.</source>
        <translation>Es wurde kein Link erstellt. Alle Felder bleiben erhalten; beheben Sie das Problem und erzeugen Sie erneut.</translation>
    </message>
    <message>
        <source>&amp;Generate link</source>
        <translation>Link &amp;erzeugen</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Die Anfrage abbrechen</translation>
    </message>
    <message>
        <source>Generate the Connect Link</source>
        <translation>Den Connect Link erzeugen</translation>
    </message>
    <message>
        <source>Cancel the running request (Esc)</source>
        <translation>Die laufende Anfrage abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Create the token and Connect Link (%1)</source>
        <translation>Token und Connect Link erstellen (%1)</translation>
    </message>
    <message>
        <source>Generate is disabled until:
• %1</source>
        <translation>Erzeugen ist deaktiviert, bis:
• %1</translation>
    </message>
    <message>
        <source>Before you can generate: %1</source>
        <translation>Vor dem Erzeugen noch zu erledigen: %1</translation>
    </message>
    <message>
        <source>Sandbox (links are not real)</source>
        <translation>Sandbox (Links sind nicht echt)</translation>
    </message>
    <message>
        <source>Set up a project or try the sandbox first.</source>
        <translation>Richten Sie zuerst ein Projekt ein oder probieren Sie die Sandbox aus.</translation>
    </message>
    <message>
        <source>Checking the app &quot;%1&quot;…</source>
        <translation>Die App „%1“ wird geprüft…</translation>
    </message>
    <message>
        <source>no answer yet, retrying (attempt %1)</source>
        <translation>noch keine Antwort, neuer Versuch (Versuch %1)</translation>
    </message>
    <message>
        <source>retrying (attempt %1)</source>
        <translation>neuer Versuch (Versuch %1)</translation>
    </message>
    <message numerus="yes">
        <source>Creating the token… %n s</source>
        <translation>
            <numerusform>Token wird erstellt… %n s</numerusform>
            <numerusform>Token wird erstellt… %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Link for %1 ready. %2 copies it.</source>
        <translation>Link für %1 bereit. %2 kopiert ihn.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sandbox link for %1 ready: it is not real and works only in this app&apos;s simulator.</source>
        <translation>Sandbox-Link für %1 bereit: Er ist nicht echt und funktioniert nur im Simulator dieser App.</translation>
    </message>
    <message numerus="yes">
        <source>Before you can generate, fix %n things. First: %1</source>
        <translation>
            <numerusform>Bevor Sie erzeugen können, ist %n Punkt zu beheben. Zuerst: %1</numerusform>
            <numerusform>Bevor Sie erzeugen können, sind %n Punkte zu beheben. Zuerst: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Link form</source>
        <translation>Linkformular</translation>
    </message>
    <message>
        <source>Switch to the link form (Ctrl+1) to generate a link.</source>
        <translation>Wechseln Sie zum Linkformular (Strg+1), um einen Link zu erzeugen.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::MainWindowTools</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Bulk create from CSV…</source>
        <translation>&amp;Serienerstellung aus CSV…</translation>
    </message>
    <message>
        <source>&amp;Projects and credentials…</source>
        <translation>&amp;Projekte und Zugangsdaten…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Try the &amp;sandbox</source>
        <translation>&amp;Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>Start a local stand-in for Pipedream; links it creates are not real.</source>
        <translation>Startet einen lokalen Ersatz für Pipedream; Links, die er erstellt, sind nicht echt.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Sandbox running at %1. Links it creates are not real.</source>
        <translation>Sandbox läuft unter %1. Links, die sie erstellt, sind nicht echt.</translation>
    </message>
    <message>
        <source>%1 connected an account.</source>
        <translation>%1 hat ein Konto verbunden.</translation>
    </message>
    <message>
        <source>%1 connected %2.</source>
        <translation>%1 hat %2 verbunden.</translation>
    </message>
    <message>
        <source>&amp;Link form</source>
        <translation>&amp;Linkformular</translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation>K&amp;unden</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::OAuthClientPicker</name>
    <message>
        <source>Which OAuth client the customer authorizes: Pipedream&apos;s, or one of your project&apos;s own clients for this app (sent as oauth_app_id).</source>
        <translation>Welchen OAuth-Client der Kunde autorisiert: den von Pipedream oder einen eigenen Client Ihres Projekts für diese App (gesendet als oauth_app_id).</translation>
    </message>
    <message>
        <source>Pipedream&apos;s default</source>
        <translation>Standard von Pipedream</translation>
    </message>
    <message>
        <source>Could not load the project&apos;s OAuth clients, so Pipedream&apos;s default is used: %1</source>
        <translation>Die OAuth-Clients des Projekts konnten nicht geladen werden, daher wird der Standard von Pipedream verwendet: %1</translation>
    </message>
    <message>
        <source>The project has no OAuth client %1 for this app; Pipedream&apos;s default is used.</source>
        <translation>Das Projekt hat keinen OAuth-Client %1 für diese App; der Standard von Pipedream wird verwendet.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>OAuth client:</source>
        <translation>OAuth-Client:</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::OriginsEditor</name>
    <message>
        <source>Edit allowed origin</source>
        <translation>Erlaubten Ursprung bearbeiten</translation>
    </message>
    <message>
        <source>Enter saves the origin, Escape cancels the edit.</source>
        <translation>Eingabe speichert den Ursprung, Escape bricht die Bearbeitung ab.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste.</source>
        <translation>Die Zwischenablage enthält keinen Text zum Einfügen.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n origin(s).</source>
        <translation>
            <numerusform>%n Ursprung hinzugefügt.</numerusform>
            <numerusform>%n Ursprünge hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n duplicate(s) already in the list: %1.</source>
        <translation>
            <numerusform>%n Duplikat verworfen, das bereits in der Liste steht: %1.</numerusform>
            <numerusform>%n Duplikate verworfen, die bereits in der Liste stehen: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n origin(s): %1.</source>
        <translation>
            <numerusform>%n Ursprung entfernt: %1.</numerusform>
            <numerusform>%n Ursprünge entfernt: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>An entry left empty is removed.</source>
        <translation>Ein leer gelassener Eintrag wird entfernt.</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 ist bereits in der Liste.</translation>
    </message>
    <message>
        <source>Valid; it will be saved as %1.</source>
        <translation>Gültig; wird als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Valid origin.</source>
        <translation>Gültiger Ursprung.</translation>
    </message>
    <message numerus="yes">
        <source>%n origin(s) need fixing before a token can be created; the reason is shown beside each.</source>
        <translation>
            <numerusform>%n Ursprung muss korrigiert werden, bevor ein Token erstellt werden kann; der Grund steht daneben.</numerusform>
            <numerusform>%n Ursprünge müssen korrigiert werden, bevor ein Token erstellt werden kann; der Grund steht jeweils daneben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put back %n origin(s).</source>
        <translation>
            <numerusform>%n Ursprung wiederhergestellt.</numerusform>
            <numerusform>%n Ursprünge wiederhergestellt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::OriginsModel</name>
    <message>
        <source>Valid origin: %1</source>
        <translation>Gültiger Ursprung: %1</translation>
    </message>
    <message>
        <source>Valid origin</source>
        <translation>Gültiger Ursprung</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>The emptied entry %1 was removed.</source>
        <translation>Der geleerte Eintrag %1 wurde entfernt.</translation>
    </message>
    <message>
        <source>%1 is already in the list; the duplicate was dropped.</source>
        <translation>%1 ist bereits in der Liste; das Duplikat wurde verworfen.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::PresetBar</name>
    <message>
        <source>Pr&amp;eset:</source>
        <translation>&amp;Voreinstellung:</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>Name der Voreinstellung</translation>
    </message>
    <message>
        <source>Type a name to save the form</source>
        <translation>Namen eingeben, um das Formular zu speichern</translation>
    </message>
    <message>
        <source>with project ID</source>
        <translation>mit Projekt-ID</translation>
    </message>
    <message>
        <source>Save the project ID with the preset. Never saved: the external user ID and anything secret.</source>
        <translation>Die Projekt-ID mit der Voreinstellung speichern. Nie gespeichert: die externe Benutzer-ID und alles Geheime.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the form as a preset</source>
        <translation>Das Formular als Voreinstellung speichern</translation>
    </message>
    <message>
        <source>L&amp;oad</source>
        <translation>L&amp;aden</translation>
    </message>
    <message>
        <source>Load the preset into the form</source>
        <translation>Die Voreinstellung ins Formular laden</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Rename the preset</source>
        <translation>Die Voreinstellung umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the preset</source>
        <translation>Die Voreinstellung löschen</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Preset &quot;%1&quot; updated.</source>
        <translation>Voreinstellung „%1“ aktualisiert.</translation>
    </message>
    <message>
        <source>Preset &quot;%1&quot; saved.</source>
        <translation>Voreinstellung „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>There is no preset called &quot;%1&quot;.</source>
        <translation>Es gibt keine Voreinstellung namens „%1“.</translation>
    </message>
    <message>
        <source>Preset &quot;%1&quot; loaded; the external user ID was kept.</source>
        <translation>Voreinstellung „%1“ geladen; die externe Benutzer-ID wurde beibehalten.</translation>
    </message>
    <message>
        <source>Preset renamed to &quot;%1&quot;.</source>
        <translation>Voreinstellung in „%1“ umbenannt.</translation>
    </message>
    <message>
        <source>Preset &quot;%1&quot; deleted.</source>
        <translation>Voreinstellung „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Voreinstellung speichern</translation>
    </message>
    <message>
        <source>Name of the preset (for example &quot;Slack onboarding — prod, 2 h, least scope&quot;):</source>
        <translation>Name der Voreinstellung (zum Beispiel „Slack-Onboarding – prod, 2 h, minimaler Scope“):</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>Voreinstellung umbenennen</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Voreinstellung löschen</translation>
    </message>
    <message>
        <source>Delete the preset &quot;%1&quot;?</source>
        <translation>Die Voreinstellung „%1“ löschen?</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::ProfileDialog</name>
    <message>
        <source>%1 (IT)</source>
        <translation>%1 (IT)</translation>
    </message>
    <message>
        <source>%1 — provided by your IT department (read-only)</source>
        <translation>%1 – bereitgestellt von Ihrer IT-Abteilung (schreibgeschützt)</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>•••• kept for this session only — type to replace</source>
        <translation>•••• nur für diese Sitzung behalten – zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>•••• stored — type to replace</source>
        <translation>•••• gespeichert – zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>Not stored — paste the client secret</source>
        <translation>Nicht gespeichert – Client-Secret einfügen</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Storing the client secret…</source>
        <translation>Client-Secret wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved. The client secret is kept for this session only and will be forgotten when ConnectDesk quits.</source>
        <translation>Gespeichert. Das Client-Secret wird nur für diese Sitzung behalten und beim Beenden von ConnectDesk vergessen.</translation>
    </message>
    <message>
        <source>Saved. The client secret is in the OS keychain.</source>
        <translation>Gespeichert. Das Client-Secret liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>The profile is saved, but its client secret is not: %1</source>
        <translation>Das Profil ist gespeichert, sein Client-Secret aber nicht: %1</translation>
    </message>
    <message>
        <source>Duplicated. Rename the copy and save.</source>
        <translation>Dupliziert. Benennen Sie die Kopie um und speichern Sie.</translation>
    </message>
    <message>
        <source>Duplicated, but its client secret was not copied: %1</source>
        <translation>Dupliziert, aber das Client-Secret wurde nicht kopiert: %1</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;? Its client secret is removed from the keychain too.</source>
        <translation>Das Profil „%1“ löschen? Sein Client-Secret wird auch aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted; its secret may remain in the keychain: %2</source>
        <translation>Profil „%1“ gelöscht; sein Secret bleibt eventuell im Schlüsselbund: %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted.</source>
        <translation>Profil „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>The client secret of &quot;%1&quot; could not be removed: %2

Delete the profile anyway? Its secret may then stay in the keychain.</source>
        <translation>Das Client-Secret von „%1“ konnte nicht entfernt werden: %2

Das Profil trotzdem löschen? Sein Secret bleibt dann eventuell im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Delete anyway</source>
        <translation>Trotzdem löschen</translation>
    </message>
    <message>
        <source>Enter the client secret to test the connection.</source>
        <translation>Geben Sie das Client-Secret ein, um die Verbindung zu testen.</translation>
    </message>
    <message>
        <source>Reading the client secret…</source>
        <translation>Client-Secret wird gelesen…</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Profile importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation>Profile exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1. Client secrets are never exported.</source>
        <translation>
            <numerusform>%n Profil nach %1 exportiert. Client-Secrets werden nie exportiert.</numerusform>
            <numerusform>%n Profile nach %1 exportiert. Client-Secrets werden nie exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Discard the unsaved changes?</source>
        <translation>Ungespeicherte Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Show or hide the typed client secret</source>
        <translation>Eingegebenes Client-Secret zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Hide the typed client secret</source>
        <translation>Eingegebenes Client-Secret verbergen</translation>
    </message>
    <message>
        <source>Show the typed client secret</source>
        <translation>Eingegebenes Client-Secret zeigen</translation>
    </message>
    <message>
        <source>no project ID</source>
        <translation>keine Projekt-ID</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::ProfileFields</name>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::ProfileProjectSource</name>
    <message>
        <source>%1 (provided by IT)</source>
        <translation>%1 (von der IT bereitgestellt)</translation>
    </message>
    <message>
        <source>Reading the client secret of &quot;%1&quot; from the keychain…</source>
        <translation>Client-Secret von „%1“ wird aus dem Schlüsselbund gelesen…</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::QrCodeWidget</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Als SVG speichern…</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <source>QR code of the Connect Link</source>
        <translation>QR-Code des Connect Links</translation>
    </message>
    <message>
        <source>QR code saved to %1.</source>
        <translation>QR-Code in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not save the QR code to %1.</source>
        <translation>Der QR-Code konnte nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Save QR Code as PNG</source>
        <translation>QR-Code als PNG speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Save QR Code as SVG</source>
        <translation>QR-Code als SVG speichern</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>QR code copied as an image.</source>
        <translation>QR-Code als Bild kopiert.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::RequestPreview</name>
    <message>
        <source>Request method, URL and headers</source>
        <translation>Methode, URL und Header der Anfrage</translation>
    </message>
    <message>
        <source>Body (pretty-printed for reading):</source>
        <translation>Body (zum Lesen formatiert):</translation>
    </message>
    <message>
        <source>Request body, pretty-printed</source>
        <translation>Anfrage-Body, formatiert</translation>
    </message>
    <message>
        <source>Request body exactly as sent</source>
        <translation>Anfrage-Body genau wie gesendet</translation>
    </message>
    <message>
        <source>Sent compact, only the fields that are set — exactly these %1 bytes (UTF-8):</source>
        <translation>Kompakt gesendet, nur die gesetzten Felder – genau diese %1 Bytes (UTF-8):</translation>
    </message>
    <message>
        <source>Not sent as it stands — Generate refuses until these are fixed:
%1</source>
        <translation>So nicht gesendet – Erzeugen verweigert, bis dies behoben ist:
%1</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::ResponseView</name>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Antwort-Body</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>Body (pretty-printed):</source>
        <translation>Body (formatiert):</translation>
    </message>
    <message>
        <source>No response yet. Generate a link, or double-click a call in the call log.</source>
        <translation>Noch keine Antwort. Erzeugen Sie einen Link oder doppelklicken Sie auf einen Aufruf im Aufrufprotokoll.</translation>
    </message>
    <message>
        <source>No HTTP answer</source>
        <translation>Keine HTTP-Antwort</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no retries</source>
        <translation>keine Wiederholungen</translation>
    </message>
    <message numerus="yes">
        <source>%n retries</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 — %3 · %4 in total · %5 · %6</source>
        <translation>%1 %2 – %3 · %4 insgesamt · %5 · %6</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>the window resets at %1</source>
        <translation>das Zeitfenster beginnt um %1 neu</translation>
    </message>
    <message>
        <source>the server asks to wait %1 before retrying</source>
        <translation>der Server bittet, vor einem neuen Versuch %1 zu warten</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Ratenlimit</translation>
    </message>
    <message>
        <source>Meaning: %1.</source>
        <translation>Bedeutung: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln calls left</source>
        <translation>
            <numerusform>%1 von %Ln Aufruf übrig</numerusform>
            <numerusform>%1 von %Ln Aufrufen übrig</numerusform>
        </translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Gesendete Anfrage</translation>
    </message>
    <message>
        <source>Request sent:</source>
        <translation>Gesendete Anfrage:</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::ResultPane</name>
    <message>
        <source>This Connect Link has expired and is dead: a customer who opens it sees &quot;This link has expired&quot;. Do not send it.</source>
        <translation>Dieser Connect Link ist abgelaufen und unbrauchbar: Ein Kunde, der ihn öffnet, sieht „This link has expired“. Senden Sie ihn nicht.</translation>
    </message>
    <message>
        <source>Connect Link: %1</source>
        <translation>Connect Link: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no app chosen: the customer picks one</source>
        <translation>keine App gewählt: Der Kunde wählt eine</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Expired — dead link</source>
        <translation>Abgelaufen – toter Link</translation>
    </message>
    <message>
        <source>Expired link (do not send):</source>
        <translation>Abgelaufener Link (nicht senden):</translation>
    </message>
    <message>
        <source>Send this link to the customer:</source>
        <translation>Senden Sie diesen Link an den Kunden:</translation>
    </message>
    <message>
        <source>The Connect Link has expired.</source>
        <translation>Der Connect Link ist abgelaufen.</translation>
    </message>
    <message>
        <source>No Connect Link yet: generate one first.</source>
        <translation>Noch kein Connect Link: Erzeugen Sie zuerst einen.</translation>
    </message>
    <message>
        <source>The Connect Link has expired; generate a new one.</source>
        <translation>Der Connect Link ist abgelaufen; erzeugen Sie einen neuen.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Could not open a browser; copy the link instead.</source>
        <translation>Es konnte kein Browser geöffnet werden; kopieren Sie stattdessen den Link.</translation>
    </message>
    <message>
        <source>Connect Link opened in the browser.</source>
        <translation>Connect Link im Browser geöffnet.</translation>
    </message>
    <message>
        <source>development</source>
        <comment>environment</comment>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>production</source>
        <comment>environment</comment>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Not sent: the link shown is the previous one, for %1, and a new one is being created.</source>
        <translation>Nicht gesendet: Der angezeigte Link ist der vorherige, für %1, und ein neuer wird gerade erstellt.</translation>
    </message>
    <message>
        <source>Not sent: the link shown is for %1, not for what the form says now. Generate a new link first.</source>
        <translation>Nicht gesendet: Der angezeigte Link ist für %1, nicht für das, was jetzt im Formular steht. Erzeugen Sie zuerst einen neuen Link.</translation>
    </message>
    <message>
        <source>Not sent: %1 already used this link; it cannot connect another account. Generate a new one.</source>
        <translation>Nicht gesendet: %1 hat diesen Link bereits verwendet; er kann kein weiteres Konto verbinden. Erzeugen Sie einen neuen.</translation>
    </message>
    <message>
        <source>Development link — won&apos;t work for customers</source>
        <translation>Entwicklungslink – funktioniert nicht für Kunden</translation>
    </message>
    <message>
        <source>Only for people signed in to pipedream.com (testing):</source>
        <translation>Nur für Personen, die bei pipedream.com angemeldet sind (zum Testen):</translation>
    </message>
    <message>
        <source>Used — connected at %1</source>
        <translation>Verwendet – um %1 verbunden</translation>
    </message>
    <message>
        <source>Used — connected %1 at %2</source>
        <translation>Verwendet – %1 um %2 verbunden</translation>
    </message>
    <message>
        <source>Already used by %1 (do not send again):</source>
        <translation>Bereits von %1 verwendet (nicht erneut senden):</translation>
    </message>
    <message>
        <source>The customer connected with this link; it cannot be used again. For another account, generate a new link.</source>
        <translation>Der Kunde hat sich mit diesem Link verbunden; er kann nicht erneut verwendet werden. Erzeugen Sie für ein weiteres Konto einen neuen Link.</translation>
    </message>
    <message>
        <source>For %1, not the current form</source>
        <translation>Für %1, nicht für das aktuelle Formular</translation>
    </message>
    <message>
        <source>Previous link for %1 (a new one is being created; do not send):</source>
        <translation>Vorheriger Link für %1 (ein neuer wird erstellt; nicht senden):</translation>
    </message>
    <message>
        <source>Link for %1 only (the form names someone or something else; do not send):</source>
        <translation>Link nur für %1 (das Formular nennt jemand oder etwas anderes; nicht senden):</translation>
    </message>
    <message>
        <source>Link for %1 copied.</source>
        <translation>Link für %1 kopiert.</translation>
    </message>
    <message>
        <source>Token for %1 copied.</source>
        <translation>Token für %1 kopiert.</translation>
    </message>
    <message>
        <source>built-in sandbox (not real)</source>
        <translation>eingebaute Sandbox (nicht echt)</translation>
    </message>
    <message>
        <source>Sandbox link — not real, do not send</source>
        <translation>Sandbox-Link – nicht echt, nicht versenden</translation>
    </message>
    <message>
        <source>Works only in this app&apos;s simulator, not for a customer:</source>
        <translation>Funktioniert nur im Simulator dieser App, nicht für Kunden:</translation>
    </message>
    <message>
        <source>Made by the built-in sandbox: this link opens only the simulator inside this app, on this computer, while the sandbox runs. Do not send it to a customer; for a customer, generate the link in a real project.</source>
        <translation>Von der eingebauten Sandbox erstellt: Dieser Link öffnet nur den Simulator in dieser App, auf diesem Computer, solange die Sandbox läuft. Senden Sie ihn keinem Kunden; für einen Kunden erzeugen Sie den Link in einem echten Projekt.</translation>
    </message>
    <message>
        <source>Sandbox link for %1 copied (not real: do not send it to a customer).</source>
        <translation>Sandbox-Link für %1 kopiert (nicht echt: keinem Kunden senden).</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::SandboxLauncher</name>
    <message>
        <source>Could not start the sandbox: no local port could be opened on 127.0.0.1.</source>
        <translation>Die Sandbox konnte nicht starten: Auf 127.0.0.1 ließ sich kein lokaler Port öffnen.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::ScopePicker</name>
    <message>
        <source>Filter scopes</source>
        <translation>Scopes filtern</translation>
    </message>
    <message>
        <source>Shows only the scopes whose name or description contains this text. Down arrow or Enter moves to the list.</source>
        <translation>Zeigt nur die Scopes, deren Name oder Beschreibung diesen Text enthält. Pfeil nach unten oder Eingabe wechselt in die Liste.</translation>
    </message>
    <message>
        <source>Connect token scopes</source>
        <translation>Scopes des Connect-Tokens</translation>
    </message>
    <message>
        <source>Space checks or unchecks the current scope. With none checked the token gets the server default, connect:*, which includes all the others.</source>
        <translation>Leertaste aktiviert oder deaktiviert den aktuellen Scope. Ist keiner aktiviert, erhält das Token den Standard des Servers, connect:*, der alle anderen umfasst.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Unchecked %1: connect:* includes all of these.</source>
        <translation>%1 deaktiviert: connect:* umfasst all diese.</translation>
    </message>
    <message>
        <source>Checked again: %1.</source>
        <translation>Wieder aktiviert: %1.</translation>
    </message>
    <message>
        <source>Unchecked connect:*: it includes every other scope, so it cannot be combined with %1.</source>
        <translation>connect:* deaktiviert: Es umfasst jeden anderen Scope und kann daher nicht mit %1 kombiniert werden.</translation>
    </message>
    <message>
        <source>No scope checked: the token gets the server default, connect:* (everything under Connect).</source>
        <translation>Kein Scope aktiviert: Das Token erhält den Standard des Servers, connect:* (alles unter Connect).</translation>
    </message>
    <message>
        <source>connect:* includes all of these; check narrower scopes instead to limit what the token can do.</source>
        <translation>connect:* umfasst all diese; aktivieren Sie stattdessen engere Scopes, um die Möglichkeiten des Tokens zu begrenzen.</translation>
    </message>
    <message numerus="yes">
        <source>The token is limited to %n scope(s).</source>
        <translation>
            <numerusform>Das Token ist auf %n Scope beschränkt.</numerusform>
            <numerusform>Das Token ist auf %n Scopes beschränkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No scope matches &quot;%1&quot;.</source>
        <translation>Kein Scope passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::SharePanel</name>
    <message>
        <source>Copy the message with the link filled in, ready to paste into a chat or a ticket</source>
        <translation>Die Nachricht mit eingesetztem Link kopieren, bereit zum Einfügen in einen Chat oder ein Ticket</translation>
    </message>
    <message>
        <source>There is no link to share yet.</source>
        <translation>Es gibt noch keinen Link zum Teilen.</translation>
    </message>
    <message>
        <source>This link has expired; generate a new one before sending it.</source>
        <translation>Dieser Link ist abgelaufen; erzeugen Sie vor dem Senden einen neuen.</translation>
    </message>
    <message>
        <source>Copied the &quot;%1&quot; message with the link.</source>
        <translation>Nachricht „%1“ mit dem Link kopiert.</translation>
    </message>
    <message>
        <source>Opened a new email in your mail program.</source>
        <translation>Neue E-Mail in Ihrem E-Mail-Programm geöffnet.</translation>
    </message>
    <message>
        <source>Open a new email in your mail program with the message filled in</source>
        <translation>Eine neue E-Mail mit der ausgefüllten Nachricht in Ihrem E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>Show the link as a QR code the customer can scan from the screen</source>
        <translation>Den Link als QR-Code anzeigen, den der Kunde vom Bildschirm scannen kann</translation>
    </message>
    <message>
        <source>Hide &amp;QR code</source>
        <translation>&amp;QR-Code ausblenden</translation>
    </message>
    <message>
        <source>Show &amp;QR code</source>
        <translation>&amp;QR-Code anzeigen</translation>
    </message>
    <message>
        <source>Copied the &quot;%1&quot; message with a sandbox link (not real: do not send it to a customer).</source>
        <translation>Die Nachricht „%1“ mit einem Sandbox-Link kopiert (nicht echt: keinem Kunden senden).</translation>
    </message>
    <message>
        <source>No mail program could be opened on this computer. Copy the message instead and paste it into your mail or webmail.</source>
        <translation>Auf diesem Computer ließ sich kein E-Mail-Programm öffnen. Kopieren Sie stattdessen die Nachricht und fügen Sie sie in Ihre E-Mail oder Ihr Webmail ein.</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::StatusLabel</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::TemplateEditorDialog</name>
    <message>
        <source>The message as the customer will see it.</source>
        <translation>Die Nachricht, wie der Kunde sie sieht.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Platzhalter: %1</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Eine Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a template named &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Vorlage namens „%1“.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unknown placeholders: %1</source>
        <translation>Unbekannte Platzhalter: %1</translation>
    </message>
    <message>
        <source>Subject: %1

%2</source>
        <translation>Betreff: %1

%2</translation>
    </message>
    <message>
        <source>Unknown placeholders: %1. They are sent exactly as typed; check the spelling (known: {link}, {app}, {external_user_id}, {expires_at}, {expires_in}).</source>
        <translation>Unbekannte Platzhalter: %1. Sie werden genau so gesendet, wie sie eingegeben wurden; prüfen Sie die Schreibweise (bekannt: {link}, {app}, {external_user_id}, {expires_at}, {expires_in}).</translation>
    </message>
    <message>
        <source>This template has no {link}: the customer would get no link.</source>
        <translation>Diese Vorlage enthält kein {link}: Der Kunde bekäme keinen Link.</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::TokenCheckView</name>
    <message>
        <source>Connect token to check</source>
        <translation>Zu prüfendes Connect-Token</translation>
    </message>
    <message>
        <source>app slug or ID, e.g. slack (optional)</source>
        <translation>App-Slug oder -ID, z. B. slack (optional)</translation>
    </message>
    <message>
        <source>App to check the token against</source>
        <translation>App, für die das Token geprüft wird</translation>
    </message>
    <message>
        <source>C&amp;heck token</source>
        <translation>Token p&amp;rüfen</translation>
    </message>
    <message>
        <source>Ask the server whether the token is still valid</source>
        <translation>Den Server fragen, ob das Token noch gültig ist</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;App:</source>
        <translation>&amp;App:</translation>
    </message>
    <message>
        <source>Asks GET /v1/connect/tokens/{token}/validate whether a Connect Link still works.</source>
        <translation>Fragt GET /v1/connect/tokens/{token}/validate, ob ein Connect Link noch funktioniert.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Project: %1 (%2)</source>
        <translation>Projekt: %1 (%2)</translation>
    </message>
    <message>
        <source>External user ID: %1</source>
        <translation>Externe Benutzer-ID: %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Läuft ab: %1</translation>
    </message>
    <message>
        <source>The server said: &quot;%1&quot;</source>
        <translation>Der Server meldete: „%1“</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::TokenForm</name>
    <message>
        <source>Type the project ID; it starts with proj_.</source>
        <translation>Geben Sie die Projekt-ID ein; sie beginnt mit proj_.</translation>
    </message>
    <message>
        <source>Set by the &quot;%1&quot; project.</source>
        <translation>Vom Projekt „%1“ festgelegt.</translation>
    </message>
    <message>
        <source>Hide advanced fields</source>
        <translation>Erweiterte Felder ausblenden</translation>
    </message>
    <message>
        <source>Show advanced fields</source>
        <translation>Erweiterte Felder anzeigen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pipedream&apos;s servers cannot reach %1, so this webhook will get no events. Use an address on the internet (for example a tunnel to this computer).</source>
        <translation>Die Server von Pipedream können %1 nicht erreichen, daher erhält dieser Webhook keine Ereignisse. Verwenden Sie eine Adresse im Internet (zum Beispiel einen Tunnel zu diesem Computer).</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::Ui::WelcomePage</name>
    <message>
        <source>Welcome to ConnectDesk</source>
        <translation>Willkommen bei ConnectDesk</translation>
    </message>
    <message>
        <source>ConnectDesk creates Pipedream Connect Links for your customers. Try it first in the sandbox — a built-in stand-in for Pipedream, no account needed, links are not real — or add your project with its OAuth client. The client secret is kept in your system&apos;s keychain.</source>
        <translation>ConnectDesk erstellt Pipedream Connect Links für Ihre Kunden. Probieren Sie es zuerst in der Sandbox aus – einem eingebauten Ersatz für Pipedream, ohne Konto, die Links sind nicht echt – oder fügen Sie Ihr Projekt mit seinem OAuth-Client hinzu. Das Client-Secret wird im Schlüsselbund Ihres Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Try the &amp;sandbox</source>
        <translation>&amp;Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>See the whole flow against a local simulator; nothing is sent to Pipedream.</source>
        <translation>Den ganzen Ablauf mit einem lokalen Simulator sehen; nichts wird an Pipedream gesendet.</translation>
    </message>
    <message>
        <source>&amp;Add a project</source>
        <translation>Projekt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a project</source>
        <translation>Projekt hinzufügen</translation>
    </message>
    <message>
        <source>Create a profile with your project ID and OAuth client.</source>
        <translation>Ein Profil mit Ihrer Projekt-ID und Ihrem OAuth-Client anlegen.</translation>
    </message>
    <message>
        <source>ConnectDesk</source>
        <translation>ConnectDesk</translation>
    </message>
</context>
<context>
    <name>ConnectDesk::UserSearch</name>
    <message>
        <source>A search can be at most %1 characters long: no external user ID is longer.</source>
        <translation>Eine Suche darf höchstens %1 Zeichen lang sein: Keine externe Benutzer-ID ist länger.</translation>
    </message>
</context>
<context>
    <name>ConnectionTestResult</name>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>Connected: %1 accepted the client ID and secret.</source>
        <translation>Verbunden: %1 hat Client-ID und Secret akzeptiert.</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message numerus="yes">
        <source>%n h</source>
        <comment>hours, abbreviated</comment>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>hours and minutes, abbreviated: &quot;3 h 59 min&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes, abbreviated</comment>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds, abbreviated</comment>
        <translation>
            <numerusform>%n Sek.</numerusform>
            <numerusform>%n Sek.</numerusform>
        </translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>läuft in %1 ab</translation>
    </message>
    <message>
        <source>expired just now</source>
        <translation>gerade abgelaufen</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>vor %1 abgelaufen</translation>
    </message>
    <message>
        <source>The link has expired.</source>
        <translation>Der Link ist abgelaufen.</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n minute(s).</source>
        <translation>
            <numerusform>Läuft in %n Minute ab.</numerusform>
            <numerusform>Läuft in %n Minuten ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n hour(s).</source>
        <translation>
            <numerusform>Läuft in %n Stunde ab.</numerusform>
            <numerusform>Läuft in %n Stunden ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires in %1 and %2.</source>
        <extracomment>&quot;Expires in 3 hours and 59 minutes.&quot;</extracomment>
        <translation>Läuft in %1 und %2 ab.</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: the file could not be read (%2)</source>
        <translation>Zeile %1: Die Datei konnte nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>line %1: the file is not UTF-8 text</source>
        <translation>Zeile %1: Die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen wird nicht geschlossen</translation>
    </message>
</context>
<context>
    <name>CsvRowSource</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The first row must be a header with an external_user_id column (and optionally an app column).</source>
        <translation>Die erste Zeile muss eine Kopfzeile mit einer Spalte external_user_id sein (und optional einer Spalte app).</translation>
    </message>
</context>
<context>
    <name>CustomerAccount</name>
    <message>
        <source>Healthy</source>
        <translation>In Ordnung</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Gestört</translation>
    </message>
    <message>
        <source>Dead: must connect again</source>
        <translation>Tot: muss neu verbinden</translation>
    </message>
</context>
<context>
    <name>DeletionOutcome</name>
    <message>
        <source>Deleted the external user %1 and their accounts.</source>
        <translation>Der externe Benutzer %1 und seine Konten wurden gelöscht.</translation>
    </message>
    <message>
        <source>Deleted the account %1.</source>
        <translation>Das Konto %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>The external user %1 was already gone: nothing to delete.</source>
        <translation>Der externe Benutzer %1 war bereits entfernt: nichts zu löschen.</translation>
    </message>
    <message>
        <source>The account %1 was already gone: nothing to delete.</source>
        <translation>Das Konto %1 war bereits entfernt: nichts zu löschen.</translation>
    </message>
    <message>
        <source>The answer to the deletion of %1 was lost (%2). It may have happened: refresh to see before trying again.</source>
        <translation>Die Antwort auf das Löschen von %1 ging verloren (%2). Es kann geschehen sein: Vor einem neuen Versuch aktualisieren und nachsehen.</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; does not allow deleting accounts or users.</source>
        <translation>Das Profil „%1“ erlaubt kein Löschen von Konten oder Benutzern.</translation>
    </message>
    <message>
        <source>Nothing to delete: no ID was given.</source>
        <translation>Nichts zu löschen: Es wurde keine ID angegeben.</translation>
    </message>
</context>
<context>
    <name>DevLinkGuard</name>
    <message>
        <source>Share a development link?</source>
        <translation>Einen Entwicklungslink teilen?</translation>
    </message>
    <message>
        <source>This Connect Link was created in the development environment, so it will most likely not work for a customer: development allows at most 10 external users, and the person connecting must be signed in to pipedream.com in the same browser. For a customer, generate the link in production.</source>
        <translation>Dieser Connect Link wurde in der Entwicklungsumgebung erstellt und funktioniert daher höchstwahrscheinlich nicht für einen Kunden: Die Entwicklung erlaubt höchstens 10 externe Benutzer, und wer sich verbindet, muss im selben Browser bei pipedream.com angemeldet sein. Erzeugen Sie den Link für Kunden in der Produktion.</translation>
    </message>
    <message>
        <source>Don&apos;t ask again this session</source>
        <translation>In dieser Sitzung nicht mehr fragen</translation>
    </message>
    <message>
        <source>Development link</source>
        <translation>Entwicklungslink</translation>
    </message>
    <message>
        <source>Share anyway</source>
        <translation>Trotzdem teilen</translation>
    </message>
    <message>
        <source>Share a sandbox link?</source>
        <translation>Einen Sandbox-Link weitergeben?</translation>
    </message>
    <message>
        <source>This Connect Link was made by the built-in sandbox, a simulator inside this app. It is not real: it works only in this app&apos;s simulator, on this computer, while the sandbox runs. Do not send it to a customer; for a customer, generate the link in a real project.</source>
        <translation>Dieser Connect Link wurde von der eingebauten Sandbox erstellt, einem Simulator in dieser App. Er ist nicht echt: Er funktioniert nur im Simulator dieser App, auf diesem Computer, solange die Sandbox läuft. Senden Sie ihn keinem Kunden; für einen Kunden erzeugen Sie den Link in einem echten Projekt.</translation>
    </message>
    <message>
        <source>Development link: it will not work for a customer.</source>
        <translation>Entwicklungslink: Er funktioniert nicht für Kunden.</translation>
    </message>
    <message>
        <source>Sandbox link: not real, it works only in this app&apos;s simulator. Do not send it to a customer.</source>
        <translation>Sandbox-Link: nicht echt, er funktioniert nur im Simulator dieser App. Senden Sie ihn keinem Kunden.</translation>
    </message>
    <message>
        <source>Sandbox link</source>
        <translation>Sandbox-Link</translation>
    </message>
</context>
<context>
    <name>ErrorPresentation</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Check the highlighted fields</source>
        <translation>Prüfen Sie die markierten Felder</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Wrong client ID or secret</source>
        <translation>Falsche Client-ID oder falsches Secret</translation>
    </message>
    <message>
        <source>Unexpected answer from the server</source>
        <translation>Unerwartete Antwort des Servers</translation>
    </message>
    <message>
        <source>Cannot reach the server — offline?</source>
        <translation>Server nicht erreichbar – offline?</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>The secure connection failed</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>The answer was too large</source>
        <translation>Die Antwort war zu groß</translation>
    </message>
    <message>
        <source>Project not found</source>
        <translation>Projekt nicht gefunden</translation>
    </message>
    <message>
        <source>The server rejected the request</source>
        <translation>Der Server hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>Pipedream had a problem</source>
        <translation>Bei Pipedream ist ein Problem aufgetreten</translation>
    </message>
    <message>
        <source>The request failed</source>
        <translation>Die Anfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Sie können es jetzt erneut versuchen.</translation>
    </message>
    <message>
        <source>You can try again in %1.</source>
        <translation>Sie können es in %1 erneut versuchen.</translation>
    </message>
    <message>
        <source>The server said: &quot;%1&quot;.</source>
        <translation>Der Server meldete: „%1“.</translation>
    </message>
    <message>
        <source>Rate limited by the server</source>
        <translation>Vom Server gedrosselt</translation>
    </message>
    <message>
        <source>Check the project ID and the environment.</source>
        <translation>Prüfen Sie die Projekt-ID und die Umgebung.</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Check the fields and try again.</source>
        <translation>Prüfen Sie die Felder und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>If the request had already reached the server, a token may exist but was not shown; it expires on its own.</source>
        <translation>Falls die Anfrage den Server schon erreicht hatte, gibt es vielleicht ein Token, das nicht angezeigt wurde; es läuft von selbst ab.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Open Projects and credentials</source>
        <translation>Projekte und Zugangsdaten öffnen</translation>
    </message>
</context>
<context>
    <name>ExtraCaCertificates</name>
    <message>
        <source>%1=%2: %3</source>
        <translation>%1=%2: %3</translation>
    </message>
    <message>
        <source>the file cannot be read.</source>
        <translation>die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>no PEM certificate in the file.</source>
        <translation>keine PEM-Zertifikate in der Datei.</translation>
    </message>
</context>
<context>
    <name>GuiApp</name>
    <message>
        <source>Use the built-in simulator.</source>
        <translation>Den eingebauten Simulator verwenden.</translation>
    </message>
    <message>
        <source>Build and render the window once, then exit.</source>
        <translation>Das Fenster einmal aufbauen und zeichnen, dann beenden.</translation>
    </message>
    <message>
        <source>Connect API base URL.</source>
        <translation>Basis-URL der Connect API.</translation>
    </message>
    <message>
        <source>User interface language.</source>
        <translation>Sprache der Benutzeroberfläche.</translation>
    </message>
    <message>
        <source>--api-base-url needs an http(s) URL, got &quot;%1&quot;.</source>
        <translation>--api-base-url erwartet eine http(s)-URL, erhalten: „%1“.</translation>
    </message>
    <message>
        <source>--lang: no translation for &quot;%1&quot;; available: %2.</source>
        <translation>--lang: keine Übersetzung für „%1“; verfügbar: %2.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>History message</source>
        <translation>Verlaufsmeldung</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>External user or app</source>
        <translation>Externer Benutzer oder App</translation>
    </message>
    <message>
        <source>Search history by external user or app</source>
        <translation>Verlauf nach externem Benutzer oder App durchsuchen</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>&amp;Zustand:</translation>
    </message>
    <message>
        <source>Show links in this state</source>
        <translation>Links in diesem Zustand anzeigen</translation>
    </message>
    <message>
        <source>Generated links</source>
        <translation>Erzeugte Links</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected Connect Link</source>
        <translation>Den ausgewählten Connect Link kopieren</translation>
    </message>
    <message>
        <source>&amp;Issue again</source>
        <translation>&amp;Neu ausstellen</translation>
    </message>
    <message>
        <source>Issue a new link with the same fields</source>
        <translation>Einen neuen Link mit denselben Feldern ausstellen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export the shown history as CSV</source>
        <translation>Den angezeigten Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>Show only links that are active, connected, expired or failed</source>
        <translation>Nur aktive, verbundene, abgelaufene oder fehlgeschlagene Links anzeigen</translation>
    </message>
    <message>
        <source>Links created on this computer and their state</source>
        <translation>Auf diesem Computer erstellte Links und ihr Zustand</translation>
    </message>
    <message>
        <source>Create a new link with the same fields for the same customer</source>
        <translation>Einen neuen Link mit denselben Feldern für denselben Kunden erstellen</translation>
    </message>
    <message>
        <source>Save the links shown in the table as a CSV file</source>
        <translation>Die in der Tabelle angezeigten Links als CSV-Datei speichern</translation>
    </message>
</context>
<context>
    <name>LinkDiagnosis</name>
    <message>
        <source>The link works: it is unused and not expired. The customer can open it now; if they say it does not work, check the app and their browser.</source>
        <translation>Der Link funktioniert: Er ist unbenutzt und nicht abgelaufen. Der Kunde kann ihn jetzt öffnen; sagt er, er funktioniere nicht, App und Browser prüfen.</translation>
    </message>
    <message>
        <source>The link works: it is unused and valid until %1. The customer can open it now; if they say it does not work, check the app and their browser.</source>
        <translation>Der Link funktioniert: Er ist unbenutzt und gültig bis %1. Der Kunde kann ihn jetzt öffnen; sagt er, er funktioniere nicht, App und Browser prüfen.</translation>
    </message>
    <message>
        <source>This is a development link: it works only for the project&apos;s developers, not for a customer. Create a production link for the customer.</source>
        <translation>Dies ist ein Entwicklungslink: Er funktioniert nur für die Entwickler des Projekts, nicht für einen Kunden. Für den Kunden einen Produktionslink erstellen.</translation>
    </message>
    <message>
        <source>This link was made in ConnectDesk&apos;s built-in sandbox: it never worked for anyone. Create a real link with a project profile.</source>
        <translation>Dieser Link stammt aus der eingebauten Sandbox von ConnectDesk: Er hat nie für jemanden funktioniert. Mit einem Projektprofil einen echten Link erstellen.</translation>
    </message>
    <message>
        <source>The link has expired: Connect Links are short-lived. Issue a new link and ask the customer to open it right away.</source>
        <translation>Der Link ist abgelaufen: Connect Links sind kurzlebig. Einen neuen Link ausstellen und den Kunden bitten, ihn sofort zu öffnen.</translation>
    </message>
    <message>
        <source>The link was used and it worked: %1 (%2) is connected and healthy. A link works only once; if the customer needs another account, create a new link.</source>
        <translation>Der Link wurde verwendet und hat funktioniert: %1 (%2) ist verbunden und in Ordnung. Ein Link funktioniert nur einmal; braucht der Kunde ein weiteres Konto, einen neuen Link erstellen.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>The link was already used. This machine did not make it, so the customer is unknown: find them in Customers to see their accounts.</source>
        <translation>Der Link wurde bereits verwendet. Dieser Computer hat ihn nicht erstellt, daher ist der Kunde unbekannt: Ihn unter Kunden suchen, um seine Konten zu sehen.</translation>
    </message>
    <message>
        <source>The link was already used, but the customer has no %1 account now: it may have been deleted. Create a new link.</source>
        <translation>Der Link wurde bereits verwendet, aber der Kunde hat jetzt kein %1-Konto: Es wurde vielleicht gelöscht. Einen neuen Link erstellen.</translation>
    </message>
    <message>
        <source>matching</source>
        <translation>passendes</translation>
    </message>
    <message>
        <source>The server does not know this token: it may be mistyped or cut off, or it belongs to another project or environment. Ask the customer to paste the whole link.</source>
        <translation>Der Server kennt dieses Token nicht: Es ist vielleicht vertippt oder abgeschnitten oder gehört zu einem anderen Projekt oder einer anderen Umgebung. Den Kunden bitten, den ganzen Link einzufügen.</translation>
    </message>
    <message>
        <source>The token is fine but the link names an app that does not exist (&quot;%1&quot;). Create a new link with the right app.</source>
        <translation>Das Token ist in Ordnung, aber der Link nennt eine App, die es nicht gibt („%1“). Einen neuen Link mit der richtigen App erstellen.</translation>
    </message>
    <message>
        <source>The link could not be checked: %1</source>
        <translation>Der Link konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>The link worked, but the %1 account is dead: &quot;%2&quot;. Ask the customer to connect again with a new link.</source>
        <translation>Der Link hat funktioniert, aber das %1-Konto ist tot: „%2“. Den Kunden bitten, sich mit einem neuen Link erneut zu verbinden.</translation>
    </message>
    <message>
        <source>The link worked, but the %1 account is unhealthy: &quot;%2&quot;. Pipedream keeps retrying; if it stays so, ask the customer to connect again with a new link.</source>
        <translation>Der Link hat funktioniert, aber das %1-Konto ist gestört: „%2“. Pipedream versucht es weiter; bleibt es so, den Kunden bitten, sich mit einem neuen Link erneut zu verbinden.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ConnectDesk</source>
        <translation>ConnectDesk</translation>
    </message>
    <message>
        <source>&amp;Generate link</source>
        <translation>Link &amp;erzeugen</translation>
    </message>
    <message>
        <source>Generate the Connect Link</source>
        <translation>Den Connect Link erzeugen</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>Anfrage &amp;abbrechen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Copy Connect &amp;Link</source>
        <translation>Connect &amp;Link kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;token</source>
        <translation>&amp;Token kopieren</translation>
    </message>
    <message>
        <source>&amp;Open link in browser</source>
        <translation>Link im Browser ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;About ConnectDesk</source>
        <translation>&amp;Über ConnectDesk</translation>
    </message>
</context>
<context>
    <name>MessageTemplates</name>
    <message>
        <source>the Connect Link</source>
        <translation>der Connect Link</translation>
    </message>
    <message>
        <source>the app&apos;s name (Slack), or its slug</source>
        <translation>der Name der App (Slack) oder ihr Slug</translation>
    </message>
    <message>
        <source>the customer&apos;s external user ID</source>
        <translation>die externe Benutzer-ID des Kunden</translation>
    </message>
    <message>
        <source>when the link expires, as a date and time</source>
        <translation>wann der Link abläuft, als Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>how long the link is still valid (3 hours 59 minutes)</source>
        <translation>wie lange der Link noch gültig ist (3 Stunden 59 Minuten)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Your link to connect {app}</source>
        <translation>Ihr Link zum Verbinden von {app}</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Here is your secure link to connect {app}: {link}
It works once and expires in {expires_in} ({expires_at}).</source>
        <translation>Hier ist Ihr sicherer Link zum Verbinden von {app}: {link}
Er funktioniert einmal und läuft in {expires_in} ab ({expires_at}).</translation>
    </message>
    <message>
        <source>Support ticket</source>
        <translation>Support-Ticket</translation>
    </message>
    <message>
        <source>Hi,

Please use the link below to connect {app}. It can be used once and is valid until {expires_at}.

{link}

If the link has expired before you get to it, reply to this ticket and we will send a fresh one.

Reference: {external_user_id}</source>
        <translation>Hallo,

bitte verwenden Sie den folgenden Link, um {app} zu verbinden. Er kann einmal verwendet werden und ist bis {expires_at} gültig.

{link}

Falls der Link abgelaufen ist, bevor Sie dazu kommen, antworten Sie auf dieses Ticket, und wir senden Ihnen einen neuen.

Referenz: {external_user_id}</translation>
    </message>
    <message>
        <source>Link only</source>
        <translation>Nur Link</translation>
    </message>
    <message>
        <source>your app</source>
        <extracomment>{app} when no app was chosen: &quot;connect your app&quot;</extracomment>
        <translation>Ihre App</translation>
    </message>
    <message>
        <source>%1 at %2 %3</source>
        <extracomment>{expires_at}: &quot;Saturday, 28 November 2026 at 16:02 UTC&quot; (date, time, time zone)</extracomment>
        <translation>%1 um %2 %3</translation>
    </message>
    <message>
        <source>already expired</source>
        <translation>bereits abgelaufen</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>weniger als eine Minute</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour</source>
        <comment>singular</comment>
        <translation>
            <numerusform>%Ln Stunde</numerusform>
            <numerusform>%Ln Stunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hours</source>
        <comment>plural</comment>
        <translation>
            <numerusform>%Ln Stunden</numerusform>
            <numerusform>%Ln Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute</source>
        <comment>singular</comment>
        <translation>
            <numerusform>%Ln Minute</numerusform>
            <numerusform>%Ln Minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <comment>plural</comment>
        <translation>
            <numerusform>%Ln Minuten</numerusform>
            <numerusform>%Ln Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>{expires_in}: &quot;3 hours 59 minutes&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Hello,

To finish setting up the integration, please open this secure link and connect {app}:

{link}

The link can be used once and is valid until {expires_at}. If it has expired by the time you open it, reply to this email and we will send you a new one.

Thank you!</source>
        <translation>Hallo,

um die Einrichtung der Integration abzuschließen, öffnen Sie bitte diesen sicheren Link und verbinden Sie {app}:

{link}

Der Link kann einmal verwendet werden und ist bis {expires_at} gültig. Falls er abgelaufen ist, wenn Sie ihn öffnen, antworten Sie auf diese E-Mail, und wir senden Ihnen einen neuen.

Vielen Dank!</translation>
    </message>
</context>
<context>
    <name>OriginsEditor</name>
    <message>
        <source>Type an origin such as https://app.example.com and press Enter. Paste several at once with Ctrl+V.</source>
        <translation>Geben Sie einen Ursprung wie https://app.example.com ein und drücken Sie die Eingabetaste. Mehrere auf einmal fügen Sie mit Strg+V ein.</translation>
    </message>
    <message>
        <source>New allowed origin</source>
        <translation>Neuer erlaubter Ursprung</translation>
    </message>
    <message>
        <source>An origin is scheme://host[:port] with no path. Press Enter to add it to the list; pasting several lines, commas or spaces adds each one.</source>
        <translation>Ein Ursprung ist schema://host[:port] ohne Pfad. Eingabe fügt ihn der Liste hinzu; beim Einfügen mehrerer Zeilen, Kommas oder Leerzeichen wird jeder einzeln hinzugefügt.</translation>
    </message>
    <message>
        <source>https://app.example.com</source>
        <translation>https://app.example.com</translation>
    </message>
    <message>
        <source>Add the typed origin (Enter)</source>
        <translation>Den eingegebenen Ursprung hinzufügen (Eingabe)</translation>
    </message>
    <message>
        <source>Add origin</source>
        <translation>Ursprung hinzufügen</translation>
    </message>
    <message>
        <source>Adds the typed origin to the list of allowed origins.</source>
        <translation>Fügt den eingegebenen Ursprung zur Liste der erlaubten Ursprünge hinzu.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Double-click or press F2 to edit an origin; Delete removes the selected ones; Ctrl+V pastes several.</source>
        <translation>Doppelklick oder F2 bearbeitet einen Ursprung; Entf entfernt die ausgewählten; Strg+V fügt mehrere ein.</translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation>Erlaubte Ursprünge</translation>
    </message>
    <message>
        <source>Origins allowed to use the token from a browser, each with its check result. F2 edits the current origin, Delete removes the selected ones, Ctrl+V pastes several from the clipboard.</source>
        <translation>Ursprünge, die das Token im Browser verwenden dürfen, jeweils mit Prüfergebnis. F2 bearbeitet den aktuellen Ursprung, Entf entfernt die ausgewählten, Strg+V fügt mehrere aus der Zwischenablage ein.</translation>
    </message>
    <message>
        <source>Remove the selected origins (Delete)</source>
        <translation>Die ausgewählten Ursprünge entfernen (Entf)</translation>
    </message>
    <message>
        <source>Remove selected origins</source>
        <translation>Ausgewählte Ursprünge entfernen</translation>
    </message>
    <message>
        <source>Removes the selected origins from the list.</source>
        <translation>Entfernt die ausgewählten Ursprünge aus der Liste.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add every origin on the clipboard: one per line, or separated by commas or spaces (Ctrl+V in the list)</source>
        <translation>Jeden Ursprung aus der Zwischenablage hinzufügen: einen pro Zeile oder durch Kommas oder Leerzeichen getrennt (Strg+V in der Liste)</translation>
    </message>
    <message>
        <source>Paste origins</source>
        <translation>Ursprünge einfügen</translation>
    </message>
    <message>
        <source>Adds each origin on the clipboard; lines, commas and spaces separate them.</source>
        <translation>Fügt jeden Ursprung aus der Zwischenablage hinzu; Zeilen, Kommas und Leerzeichen trennen sie.</translation>
    </message>
    <message>
        <source>Paste lines</source>
        <translation>Zeilen einfügen</translation>
    </message>
</context>
<context>
    <name>PastedLink</name>
    <message>
        <source>Paste a Connect Link (https://pipedream.com/_static/connect.html?token=ctok_...) or a Connect token (ctok_...).</source>
        <translation>Einen Connect Link (https://pipedream.com/_static/connect.html?token=ctok_...) oder ein Connect-Token (ctok_...) einfügen.</translation>
    </message>
    <message>
        <source>This looks like a cut-off Connect token: a token is &quot;ctok_&quot; followed by at least 8 letters and digits. Paste the whole link.</source>
        <translation>Das sieht nach einem abgeschnittenen Connect-Token aus: Ein Token ist „ctok_“ gefolgt von mindestens 8 Buchstaben und Ziffern. Den ganzen Link einfügen.</translation>
    </message>
    <message>
        <source>This is not a Connect Link or token. Expected a link like https://pipedream.com/_static/connect.html?token=ctok_... or a token starting with &quot;ctok_&quot;.</source>
        <translation>Das ist weder ein Connect Link noch ein Token. Erwartet wird ein Link wie https://pipedream.com/_static/connect.html?token=ctok_... oder ein Token, das mit „ctok_“ beginnt.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>Default environment</source>
        <translation>Standardumgebung</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Access scope</source>
        <translation>Zugriffs-Scope</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API-Basis-URL</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Geben Sie einen Namen für das Profil ein.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; the limit is %2.</source>
        <translation>Der Name ist %1 Zeichen lang; erlaubt sind %2.</translation>
    </message>
    <message>
        <source>The name contains a line break, tab or other control character.</source>
        <translation>Der Name enthält einen Zeilenumbruch, Tabulator oder ein anderes Steuerzeichen.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists; choose another name.</source>
        <translation>Ein Profil namens „%1“ gibt es bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Enter the OAuth client ID (from Pipedream&apos;s API settings).</source>
        <translation>Geben Sie die OAuth-Client-ID ein (aus den API-Einstellungen von Pipedream).</translation>
    </message>
    <message>
        <source>A client ID has no spaces or line breaks; check that it was pasted whole.</source>
        <translation>Eine Client-ID enthält keine Leerzeichen oder Zeilenumbrüche; prüfen Sie, ob sie vollständig eingefügt wurde.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a scope; separate scopes such as connect:tokens:create with spaces.</source>
        <translation>„%1“ ist kein Scope; trennen Sie Scopes wie connect:tokens:create durch Leerzeichen.</translation>
    </message>
    <message>
        <source>The API base URL must be an absolute http(s) address such as https://api.pipedream.com: %1</source>
        <translation>Die API-Basis-URL muss eine absolute http(s)-Adresse wie https://api.pipedream.com sein: %1</translation>
    </message>
    <message>
        <source>The API base URL must not carry a user name, password, query or fragment.</source>
        <translation>Die API-Basis-URL darf keinen Benutzernamen, kein Passwort, keine Abfrage und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; was ignored: secrets are never imported; enter the client secret in ConnectDesk.</source>
        <translation>Das Feld „%1“ wurde ignoriert: Secrets werden nie importiert; geben Sie das Client-Secret in ConnectDesk ein.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>P&amp;rofiles:</source>
        <translation>P&amp;rofile:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>Profil duplizieren</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import profiles from JSON</source>
        <translation>Profile aus JSON importieren</translation>
    </message>
    <message>
        <source>Adds profiles from a JSON export. Secrets are never imported.</source>
        <translation>Fügt Profile aus einem JSON-Export hinzu. Secrets werden nie importiert.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export profiles to JSON</source>
        <translation>Profile als JSON exportieren</translation>
    </message>
    <message>
        <source>Writes every profile to a JSON file — never the client secrets.</source>
        <translation>Schreibt jedes Profil in eine JSON-Datei – nie die Client-Secrets.</translation>
    </message>
    <message>
        <source>Provided by your IT department: read-only. You can store your client secret for it, or duplicate it to make changes.</source>
        <translation>Von Ihrer IT-Abteilung bereitgestellt: schreibgeschützt. Sie können Ihr Client-Secret dafür speichern oder es duplizieren, um Änderungen vorzunehmen.</translation>
    </message>
    <message>
        <source>Read-only profile</source>
        <translation>Schreibgeschütztes Profil</translation>
    </message>
    <message>
        <source>Keychain problem</source>
        <translation>Problem mit dem Schlüsselbund</translation>
    </message>
    <message>
        <source>Keep for this &amp;session only</source>
        <translation>Nur für diese &amp;Sitzung behalten</translation>
    </message>
    <message>
        <source>Keep the secret for this session only</source>
        <translation>Das Secret nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Keeps the client secret in memory until ConnectDesk quits; it is never written anywhere.</source>
        <translation>Behält das Client-Secret bis zum Beenden von ConnectDesk im Arbeitsspeicher; es wird nirgendwohin geschrieben.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>z. B. Acme Produktion</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>&amp;Projekt-ID:</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>proj_...</source>
        <translation>proj_...</translation>
    </message>
    <message>
        <source>Default &amp;environment:</source>
        <translation>Standard&amp;umgebung:</translation>
    </message>
    <message>
        <source>Default environment</source>
        <translation>Standardumgebung</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>OAuth-Client-ID</translation>
    </message>
    <message>
        <source>From Pipedream&apos;s API settings</source>
        <translation>Aus den API-Einstellungen von Pipedream</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Stored in the OS keychain</source>
        <translation>Im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Stored in the OS keychain — never in settings, exports or logs.</source>
        <translation>Im Schlüsselbund des Systems gespeichert – nie in Einstellungen, Exporten oder Protokollen.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Access &amp;scope:</source>
        <translation>Zugriffs-&amp;Scope:</translation>
    </message>
    <message>
        <source>Access-token scope</source>
        <translation>Scope des Zugriffstokens</translation>
    </message>
    <message>
        <source>connect:tokens:create connect:users:read connect:accounts:read</source>
        <translation>connect:tokens:create connect:users:read connect:accounts:read</translation>
    </message>
    <message>
        <source>Optional: ask only for what this profile needs (space-separated). Empty means every scope.</source>
        <translation>Optional: nur anfordern, was dieses Profil braucht (durch Leerzeichen getrennt). Leer bedeutet alle Scopes.</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>API-&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API-Basis-URL</translation>
    </message>
    <message>
        <source>https://api.pipedream.com</source>
        <translation>https://api.pipedream.com</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Fetches an access token with this client ID and secret.</source>
        <translation>Ruft mit dieser Client-ID und diesem Secret ein Zugriffstoken ab.</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation>Änderungen zurücksetzen</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Spei&amp;chern</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Your profiles and those provided by IT. The selected one is shown on the right.</source>
        <translation>Ihre Profile und die von der IT bereitgestellten. Das ausgewählte wird rechts angezeigt.</translation>
    </message>
    <message>
        <source>Start a new, empty profile</source>
        <translation>Ein neues, leeres Profil beginnen</translation>
    </message>
    <message>
        <source>Copy the selected profile, including its stored client secret</source>
        <translation>Das ausgewählte Profil kopieren, einschließlich seines gespeicherten Client-Secrets</translation>
    </message>
    <message>
        <source>Delete the selected profile and its client secret in the keychain</source>
        <translation>Das ausgewählte Profil und sein Client-Secret im Schlüsselbund löschen</translation>
    </message>
    <message>
        <source>The environment new links use unless the form says otherwise</source>
        <translation>Die Umgebung, die neue Links verwenden, sofern das Formular nichts anderes angibt</translation>
    </message>
    <message>
        <source>Undo the changes made since the last save</source>
        <translation>Die Änderungen seit dem letzten Speichern rückgängig machen</translation>
    </message>
    <message>
        <source>Save the profile; the client secret goes to the OS keychain</source>
        <translation>Das Profil speichern; das Client-Secret kommt in den Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Allow deleting customers&apos; accounts and &amp;users</source>
        <translation>Löschen von Kundenkonten und -benutzern &amp;zulassen</translation>
    </message>
    <message>
        <source>Off for a support profile that may create links but must not delete anything in the Customers view or with connectdesk accounts/users delete.</source>
        <translation>Aus für ein Support-Profil, das Links erstellen, aber in der Kundenansicht oder mit connectdesk accounts/users delete nichts löschen darf.</translation>
    </message>
</context>
<context>
    <name>ProjectChoice</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>No OAuth client for this project: add it under Tools &gt; Projects and credentials (Ctrl+,), or set PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET before starting ConnectDesk. Tools &gt; Try the sandbox shows the whole flow without an account.</source>
        <translation>Kein OAuth-Client für dieses Projekt: Fügen Sie es unter Extras &gt; Projekte und Zugangsdaten (Strg+,) hinzu, oder setzen Sie PIPEDREAM_CLIENT_ID und PIPEDREAM_CLIENT_SECRET vor dem Start von ConnectDesk. Extras &gt; Sandbox ausprobieren zeigt den ganzen Ablauf ohne Konto.</translation>
    </message>
    <message>
        <source>PIPEDREAM_* variables</source>
        <translation>PIPEDREAM_*-Variablen</translation>
    </message>
    <message>
        <source>Other project (type its ID; client from PIPEDREAM_CLIENT_ID)</source>
        <translation>Anderes Projekt (ID eingeben; Client aus PIPEDREAM_CLIENT_ID)</translation>
    </message>
    <message>
        <source>Other project (type its ID; no OAuth client set)</source>
        <translation>Anderes Projekt (ID eingeben; kein OAuth-Client festgelegt)</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>There is nothing to encode.</source>
        <translation>Es gibt nichts zu kodieren.</translation>
    </message>
    <message numerus="yes">
        <source>The text is too long for a QR code (%n bytes).</source>
        <translation>
            <numerusform>Der Text ist zu lang für einen QR-Code (%n Byte).</numerusform>
            <numerusform>Der Text ist zu lang für einen QR-Code (%n Byte).</numerusform>
        </translation>
    </message>
    <message>
        <source>The QR code could not be created.</source>
        <translation>Der QR-Code konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>ResultPane</name>
    <message>
        <source>Connect Link</source>
        <translation>Connect Link</translation>
    </message>
    <message>
        <source>No link yet. Type the customer&apos;s external user ID, pick the app, then press Generate (Ctrl+Return).</source>
        <translation>Noch kein Link. Geben Sie die externe Benutzer-ID des Kunden ein, wählen Sie die App und drücken Sie dann „Link erzeugen“ (Strg+Return).</translation>
    </message>
    <message>
        <source>Send this link to the customer:</source>
        <translation>Senden Sie diesen Link an den Kunden:</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the Connect Link</source>
        <translation>Den Connect Link kopieren</translation>
    </message>
    <message>
        <source>Copy the Connect Link (Ctrl+Shift+C)</source>
        <translation>Den Connect Link kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Open the Connect Link in the browser</source>
        <translation>Den Connect Link im Browser öffnen</translation>
    </message>
    <message>
        <source>Generate a new link with the same fields</source>
        <translation>Einen neuen Link mit denselben Feldern erzeugen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Expires at:</source>
        <translation>Läuft ab um:</translation>
    </message>
    <message>
        <source>Connect token</source>
        <translation>Connect-Token</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Das Token kopieren</translation>
    </message>
    <message>
        <source>Created for:</source>
        <translation>Erstellt für:</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Open the Connect Link in the default web browser</source>
        <translation>Den Connect Link im Standard-Webbrowser öffnen</translation>
    </message>
    <message>
        <source>Create a new token and link with the same external user ID, app and options</source>
        <translation>Ein neues Token und einen neuen Link mit derselben externen Benutzer-ID, App und denselben Optionen erstellen</translation>
    </message>
    <message>
        <source>The Connect token, read-only. The link already contains it; copy it only for API work.</source>
        <translation>Das Connect-Token, schreibgeschützt. Der Link enthält es bereits; kopieren Sie es nur für API-Arbeit.</translation>
    </message>
    <message>
        <source>Copy the Connect token to the clipboard</source>
        <translation>Das Connect-Token in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>Generate a new link with the sa&amp;me fields</source>
        <translation>Einen neuen Link &amp;mit denselben Feldern erzeugen</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>To&amp;ken:</translation>
    </message>
</context>
<context>
    <name>ScopeCatalogue</name>
    <message>
        <source>Everything under Connect (the server default)</source>
        <translation>Alles unter Connect (Standard des Servers)</translation>
    </message>
    <message>
        <source>Run Connect actions</source>
        <translation>Connect-Aktionen ausführen</translation>
    </message>
    <message>
        <source>Connect triggers</source>
        <translation>Connect-Trigger</translation>
    </message>
    <message>
        <source>List and fetch the user&apos;s connected accounts</source>
        <translation>Verbundene Konten des Benutzers auflisten und abrufen</translation>
    </message>
    <message>
        <source>Create or remove connected accounts</source>
        <translation>Verbundene Konten anlegen oder entfernen</translation>
    </message>
    <message>
        <source>Read deployed triggers, their events and webhooks</source>
        <translation>Bereitgestellte Trigger, ihre Ereignisse und Webhooks lesen</translation>
    </message>
    <message>
        <source>Modify or delete deployed triggers</source>
        <translation>Bereitgestellte Trigger ändern oder löschen</translation>
    </message>
    <message>
        <source>Usage records for a time window</source>
        <translation>Nutzungsdaten für einen Zeitraum</translation>
    </message>
    <message>
        <source>List and fetch external users</source>
        <translation>Externe Benutzer auflisten und abrufen</translation>
    </message>
    <message>
        <source>Delete external users</source>
        <translation>Externe Benutzer löschen</translation>
    </message>
    <message>
        <source>Create Connect tokens</source>
        <translation>Connect-Tokens erstellen</translation>
    </message>
    <message>
        <source>Call the Connect proxy</source>
        <translation>Den Connect-Proxy aufrufen</translation>
    </message>
    <message>
        <source>Invoke workflows on the user&apos;s behalf</source>
        <translation>Workflows im Namen des Benutzers aufrufen</translation>
    </message>
    <message>
        <source>Read projects</source>
        <translation>Projekte lesen</translation>
    </message>
    <message>
        <source>Modify projects</source>
        <translation>Projekte ändern</translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>No client secret is kept for this profile in this session; enter it in the profile settings.</source>
        <translation>Für dieses Profil wird in dieser Sitzung kein Client-Secret gehalten; geben Sie es in den Profileinstellungen ein.</translation>
    </message>
    <message>
        <source>No client secret is stored for this profile; enter it in the profile settings.</source>
        <translation>Für dieses Profil ist kein Client-Secret gespeichert; geben Sie es in den Profileinstellungen ein.</translation>
    </message>
    <message>
        <source>The client secret stored for this profile is no longer in the keychain: it was removed outside ConnectDesk, or its keyring is locked. Unlock the keyring or enter the secret again.</source>
        <translation>Das für dieses Profil gespeicherte Client-Secret ist nicht mehr im Schlüsselbund: Es wurde außerhalb von ConnectDesk entfernt, oder der Schlüsselbund ist gesperrt. Entsperren Sie den Schlüsselbund oder geben Sie das Secret erneut ein.</translation>
    </message>
    <message>
        <source>No keychain is available (%1), so the client secret cannot be stored safely. Start your desktop&apos;s keyring (GNOME Keyring, KWallet or another Secret Service), or keep the secret for this session only.</source>
        <translation>Kein Schlüsselbund verfügbar (%1), daher kann das Client-Secret nicht sicher gespeichert werden. Starten Sie den Schlüsselbund Ihres Desktops (GNOME Keyring, KWallet oder einen anderen Secret Service), oder behalten Sie das Secret nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>no Secret Service answered</source>
        <translation>kein Secret Service hat geantwortet</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock it (for example by logging in to your desktop keyring) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt oder verweigert den Zugriff. Entsperren Sie ihn (zum Beispiel durch Anmelden am Schlüsselbund Ihres Desktops) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1.</source>
        <translation>Der Schlüsselbund meldete einen Fehler: %1.</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>keine Details</translation>
    </message>
    <message>
        <source>The keyring is locked: unlock it and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt: Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>SharePanel</name>
    <message>
        <source>Share the Connect Link</source>
        <translation>Den Connect Link teilen</translation>
    </message>
    <message>
        <source>The template used by Copy as Message and Email</source>
        <translation>Die Vorlage für „Als Nachricht kopieren“ und „E-Mail“</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>Nachrichtenvorlage</translation>
    </message>
    <message>
        <source>Edit message templates</source>
        <translation>Nachrichtenvorlagen bearbeiten</translation>
    </message>
    <message>
        <source>Copy the message with the link filled in, ready to paste into a chat or a ticket</source>
        <translation>Die Nachricht mit eingesetztem Link kopieren, bereit zum Einfügen in einen Chat oder ein Ticket</translation>
    </message>
    <message>
        <source>Copy as message</source>
        <translation>Als Nachricht kopieren</translation>
    </message>
    <message>
        <source>Open a new email in your mail program with the message filled in</source>
        <translation>Eine neue E-Mail mit der ausgefüllten Nachricht in Ihrem E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>Email the link</source>
        <translation>Den Link per E-Mail senden</translation>
    </message>
    <message>
        <source>Show the link as a QR code the customer can scan from the screen</source>
        <translation>Den Link als QR-Code anzeigen, den der Kunde vom Bildschirm scannen kann</translation>
    </message>
    <message>
        <source>Show QR code</source>
        <translation>QR-Code anzeigen</translation>
    </message>
    <message>
        <source>Sharing status</source>
        <translation>Status der Freigabe</translation>
    </message>
    <message>
        <source>Save the QR code as a PNG image</source>
        <translation>Den QR-Code als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Save the QR code as an SVG image</source>
        <translation>Den QR-Code als SVG-Bild speichern</translation>
    </message>
    <message>
        <source>Add, rename or change the message templates</source>
        <translation>Nachrichtenvorlagen hinzufügen, umbenennen oder ändern</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Nachricht:</translation>
    </message>
    <message>
        <source>Edit templates…</source>
        <translation>Vorlagen bearbeiten…</translation>
    </message>
    <message>
        <source>Copy as me&amp;ssage</source>
        <translation>Als Na&amp;chricht kopieren</translation>
    </message>
    <message>
        <source>Ema&amp;il…</source>
        <translation>E-Ma&amp;il…</translation>
    </message>
    <message>
        <source>Show &amp;QR code</source>
        <translation>&amp;QR-Code anzeigen</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Als SVG speichern…</translation>
    </message>
    <message>
        <source>Copy message instead</source>
        <translation>Stattdessen Nachricht kopieren</translation>
    </message>
    <message>
        <source>Copy the message to the clipboard, to paste it into your mail or webmail</source>
        <translation>Die Nachricht in die Zwischenablage kopieren, um sie in Ihre E-Mail oder Ihr Webmail einzufügen</translation>
    </message>
    <message>
        <source>Copy the QR code as an image, to paste into a chat or a document</source>
        <translation>Den QR-Code als Bild kopieren, um ihn in einen Chat oder ein Dokument einzufügen</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <source>Copy the QR code as an image</source>
        <translation>Den QR-Code als Bild kopieren</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Message Templates</source>
        <translation>Nachrichtenvorlagen</translation>
    </message>
    <message>
        <source>&amp;Templates:</source>
        <translation>&amp;Vorlagen:</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a template</source>
        <translation>Eine Vorlage hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Rename the template</source>
        <translation>Die Vorlage umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the template</source>
        <translation>Die Vorlage löschen</translation>
    </message>
    <message>
        <source>&amp;Reset to Defaults</source>
        <translation>&amp;Standard wiederherstellen</translation>
    </message>
    <message>
        <source>Reset the templates to the defaults</source>
        <translation>Die Vorlagen auf den Standard zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Subject (email only):</source>
        <translation>&amp;Betreff (nur E-Mail):</translation>
    </message>
    <message>
        <source>Email subject</source>
        <translation>E-Mail-Betreff</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Insert a placeholder</source>
        <translation>Einen Platzhalter einfügen</translation>
    </message>
    <message>
        <source>Template warning</source>
        <translation>Vorlagenwarnung</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>&amp;Vorschau:</translation>
    </message>
    <message>
        <source>Preview of the message</source>
        <translation>Vorschau der Nachricht</translation>
    </message>
    <message>
        <source>The message templates; pick one to edit it below.</source>
        <translation>Die Nachrichtenvorlagen; wählen Sie eine aus, um sie unten zu bearbeiten.</translation>
    </message>
    <message>
        <source>Add a new template</source>
        <translation>Eine neue Vorlage hinzufügen</translation>
    </message>
    <message>
        <source>Rename the selected template</source>
        <translation>Die ausgewählte Vorlage umbenennen</translation>
    </message>
    <message>
        <source>Delete the selected template</source>
        <translation>Die ausgewählte Vorlage löschen</translation>
    </message>
    <message>
        <source>Replace all templates with the built-in ones</source>
        <translation>Alle Vorlagen durch die eingebauten ersetzen</translation>
    </message>
    <message>
        <source>The subject line, used only when the message is sent by email</source>
        <translation>Die Betreffzeile, nur beim Versand per E-Mail verwendet</translation>
    </message>
    <message>
        <source>The message text. Placeholders such as {link} are filled in when the message is copied or emailed.</source>
        <translation>Der Nachrichtentext. Platzhalter wie {link} werden beim Kopieren oder Versenden ausgefüllt.</translation>
    </message>
    <message>
        <source>Insert a placeholder such as {link} at the cursor</source>
        <translation>Einen Platzhalter wie {link} an der Cursorposition einfügen</translation>
    </message>
    <message>
        <source>Read-only: the message with a sample link filled in</source>
        <translation>Schreibgeschützt: die Nachricht mit einem eingesetzten Beispiellink</translation>
    </message>
    <message>
        <source>&amp;Insert placeholder</source>
        <translation>Platzhalter &amp;einfügen</translation>
    </message>
</context>
<context>
    <name>TokenCheck</name>
    <message>
        <source>The server&apos;s answer did not say whether the token is valid.</source>
        <translation>Die Antwort des Servers sagt nicht, ob das Token gültig ist.</translation>
    </message>
    <message>
        <source>Valid: the token can still be used.</source>
        <translation>Gültig: Das Token kann noch verwendet werden.</translation>
    </message>
    <message>
        <source>Valid: the token can still be used to connect %1.</source>
        <translation>Gültig: Mit dem Token kann %1 noch verbunden werden.</translation>
    </message>
    <message>
        <source>Already used: an account was connected with this token. Create a new one.</source>
        <translation>Bereits verwendet: Mit diesem Token wurde ein Konto verbunden. Erstellen Sie ein neues.</translation>
    </message>
    <message>
        <source>Expired: the token can no longer be used. Create a new one.</source>
        <translation>Abgelaufen: Das Token kann nicht mehr verwendet werden. Erstellen Sie ein neues.</translation>
    </message>
    <message>
        <source>Not found: the server does not know this token.</source>
        <translation>Nicht gefunden: Der Server kennt dieses Token nicht.</translation>
    </message>
    <message>
        <source>App not found: the token is fine, but no app has this ID or slug.</source>
        <translation>App nicht gefunden: Das Token ist in Ordnung, aber keine App hat diese ID oder diesen Slug.</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>TokenForm</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>proj_abc123</source>
        <translation>proj_abc123</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>P&amp;roduction</source>
        <translation>P&amp;roduktion</translation>
    </message>
    <message>
        <source>Production environment</source>
        <translation>Produktionsumgebung</translation>
    </message>
    <message>
        <source>&amp;Development</source>
        <translation>&amp;Entwicklung</translation>
    </message>
    <message>
        <source>Development environment</source>
        <translation>Entwicklungsumgebung</translation>
    </message>
    <message>
        <source>Customer link</source>
        <translation>Kundenlink</translation>
    </message>
    <message>
        <source>&amp;External user ID:</source>
        <translation>&amp;Externe Benutzer-ID:</translation>
    </message>
    <message>
        <source>The customer&apos;s ID in your system</source>
        <translation>Die ID des Kunden in Ihrem System</translation>
    </message>
    <message>
        <source>External user ID</source>
        <translation>Externe Benutzer-ID</translation>
    </message>
    <message>
        <source>&amp;App:</source>
        <translation>&amp;App:</translation>
    </message>
    <message>
        <source>E&amp;xpires in:</source>
        <translation>Läuft a&amp;b in:</translation>
    </message>
    <message>
        <source>14400</source>
        <translation>14400</translation>
    </message>
    <message>
        <source>Expires in, seconds</source>
        <translation>Läuft ab in, Sekunden</translation>
    </message>
    <message>
        <source>Seconds from 1 to 14400 (4 hours). Empty means the server default, 4 hours.</source>
        <translation>Sekunden von 1 bis 14400 (4 Stunden). Leer bedeutet den Standard des Servers, 4 Stunden.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15 Min.</translation>
    </message>
    <message>
        <source>Expire in 15 minutes</source>
        <translation>In 15 Minuten ablaufen</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 Std.</translation>
    </message>
    <message>
        <source>Expire in 1 hour</source>
        <translation>In 1 Stunde ablaufen</translation>
    </message>
    <message>
        <source>4 h</source>
        <translation>4 Std.</translation>
    </message>
    <message>
        <source>Expire in 4 hours</source>
        <translation>In 4 Stunden ablaufen</translation>
    </message>
    <message>
        <source>Show advanced fields</source>
        <translation>Erweiterte Felder anzeigen</translation>
    </message>
    <message>
        <source>Allowed &amp;origins:</source>
        <translation>Erlaubte &amp;Ursprünge:</translation>
    </message>
    <message>
        <source>https://example.com/connected</source>
        <translation>https://example.com/connected</translation>
    </message>
    <message>
        <source>Success redirect URI</source>
        <translation>Weiterleitungs-URI bei Erfolg</translation>
    </message>
    <message>
        <source>https://example.com/connect-failed</source>
        <translation>https://example.com/connect-failed</translation>
    </message>
    <message>
        <source>Error redirect URI</source>
        <translation>Weiterleitungs-URI bei Fehler</translation>
    </message>
    <message>
        <source>&amp;Webhook URI:</source>
        <translation>&amp;Webhook-URI:</translation>
    </message>
    <message>
        <source>https://example.com/pipedream-webhook</source>
        <translation>https://example.com/pipedream-webhook</translation>
    </message>
    <message>
        <source>Webhook URI</source>
        <translation>Webhook-URI</translation>
    </message>
    <message>
        <source>Customers may grant a subset of the app&apos;s OAuth scopes.</source>
        <translation>Kunden dürfen einen Teil der OAuth-Scopes der App gewähren.</translation>
    </message>
    <message>
        <source>Allow progressive scopes</source>
        <translation>Schrittweise Scopes erlauben</translation>
    </message>
    <message>
        <source>The project the token is created in: a saved profile, the sandbox, or one whose ID you type</source>
        <translation>Das Projekt, in dem das Token erstellt wird: ein gespeichertes Profil, die Sandbox oder eines, dessen ID Sie eingeben</translation>
    </message>
    <message>
        <source>Live links that work for any customer</source>
        <translation>Echte Links, die für jeden Kunden funktionieren</translation>
    </message>
    <message>
        <source>Test links: at most 10 external users, and only for people signed in to pipedream.com</source>
        <translation>Testlinks: höchstens 10 externe Benutzer und nur für Personen, die bei pipedream.com angemeldet sind</translation>
    </message>
    <message>
        <source>Set the expiry to 900 seconds (15 minutes)</source>
        <translation>Die Gültigkeit auf 900 Sekunden setzen (15 Minuten)</translation>
    </message>
    <message>
        <source>Set the expiry to 3600 seconds (1 hour)</source>
        <translation>Die Gültigkeit auf 3600 Sekunden setzen (1 Stunde)</translation>
    </message>
    <message>
        <source>Set the expiry to 14400 seconds (4 hours, the longest)</source>
        <translation>Die Gültigkeit auf 14400 Sekunden setzen (4 Stunden, das Maximum)</translation>
    </message>
    <message>
        <source>Allowed origins, redirect URIs, webhook and scopes: most links need none of these</source>
        <translation>Erlaubte Ursprünge, Weiterleitungs-URIs, Webhook und Scopes: Die meisten Links brauchen nichts davon</translation>
    </message>
    <message>
        <source>Pro&amp;ject ID:</source>
        <translation>Pro&amp;jekt-ID:</translation>
    </message>
    <message>
        <source>Adva&amp;nced: origins, redirects, webhook, scopes</source>
        <translation>Erweiter&amp;t: Ursprünge, Weiterleitungen, Webhook, Scopes</translation>
    </message>
    <message>
        <source>S&amp;uccess redirect:</source>
        <translation>Weiterleit&amp;ung bei Erfolg:</translation>
    </message>
    <message>
        <source>Error redirect:</source>
        <translation>Weiterleitung bei Fehler:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
</context>
<context>
    <name>TokenFormLogic</name>
    <message>
        <source>Entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>%1 (entry %2)</source>
        <translation>%1 (Eintrag %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Server default: valid until %1 (%2 from now).</source>
        <translation>Standard des Servers: gültig bis %1 (noch %2).</translation>
    </message>
    <message>
        <source>Valid until %1 (%2 from now).</source>
        <translation>Gültig bis %1 (noch %2).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (entry %2, &quot;%3&quot;)</source>
        <translation>%1 (Eintrag %2, „%3“)</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>time and time zone</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>TokenRequest</name>
    <message>
        <source>Project ID</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>External user ID</source>
        <translation>Externe Benutzer-ID</translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation>Erlaubte Ursprünge</translation>
    </message>
    <message>
        <source>Success redirect URI</source>
        <translation>Weiterleitungs-URI bei Erfolg</translation>
    </message>
    <message>
        <source>Error redirect URI</source>
        <translation>Weiterleitungs-URI bei Fehler</translation>
    </message>
    <message>
        <source>Webhook URI</source>
        <translation>Webhook-URI</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Läuft ab in</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Allow progressive scopes</source>
        <translation>Schrittweise Scopes erlauben</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Enter the project ID (it starts with proj_).</source>
        <translation>Geben Sie die Projekt-ID ein (sie beginnt mit proj_).</translation>
    </message>
    <message>
        <source>A project ID looks like proj_abc123: &quot;proj_&quot; followed by letters and digits.</source>
        <translation>Eine Projekt-ID sieht aus wie proj_abc123: „proj_“ gefolgt von Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>The environment must be &quot;development&quot; or &quot;production&quot;.</source>
        <translation>Die Umgebung muss „development“ oder „production“ sein.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s external user ID.</source>
        <translation>Geben Sie die externe Benutzer-ID des Kunden ein.</translation>
    </message>
    <message>
        <source>The external user ID is %1 characters long; the limit is %2.</source>
        <translation>Die externe Benutzer-ID ist %1 Zeichen lang; erlaubt sind %2.</translation>
    </message>
    <message>
        <source>The external user ID contains a line break, tab or other control character.</source>
        <translation>Die externe Benutzer-ID enthält einen Zeilenumbruch, Tabulator oder ein anderes Steuerzeichen.</translation>
    </message>
    <message>
        <source>Expiry must be a whole number of seconds from %1 to %2 (4 hours).</source>
        <translation>Die Gültigkeit muss eine ganze Zahl von Sekunden zwischen %1 und %2 (4 Stunden) sein.</translation>
    </message>
    <message>
        <source>&quot;*&quot; is not allowed for a Connect token; the widest scope is connect:*.</source>
        <translation>„*“ ist für ein Connect-Token nicht erlaubt; der weiteste Scope ist connect:*.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Connect scope.</source>
        <translation>„%1“ ist kein Connect-Scope.</translation>
    </message>
    <message>
        <source>connect:* already includes every other scope: choose it alone or pick narrower scopes.</source>
        <translation>connect:* umfasst bereits alle anderen Scopes: Wählen Sie es allein oder engere Scopes.</translation>
    </message>
    <message>
        <source>An app slug has only letters, digits, &quot;_&quot; and &quot;-&quot; (for example google_sheets).</source>
        <translation>Ein App-Slug enthält nur Buchstaben, Ziffern, „_“ und „-“ (zum Beispiel google_sheets).</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>OAuth client</source>
        <translation>OAuth-Client</translation>
    </message>
    <message>
        <source>The external user ID contains text that is not valid UTF-8; check the encoding of the file or program it came from.</source>
        <translation>Die externe Benutzer-ID enthält Text, der kein gültiges UTF-8 ist; prüfen Sie die Kodierung der Datei oder des Programms, aus dem sie stammt.</translation>
    </message>
    <message>
        <source>The external user ID contains an invisible character (U+%1); type the ID again instead of pasting it.</source>
        <translation>Die externe Benutzer-ID enthält ein unsichtbares Zeichen (U+%1); tippen Sie die ID neu, statt sie einzufügen.</translation>
    </message>
    <message>
        <source>An OAuth client ID looks like oa_abc123: &quot;oa_&quot; followed by letters and digits.</source>
        <translation>Eine OAuth-Client-ID sieht aus wie oa_abc123: &quot;oa_&quot; gefolgt von Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>Expiry is a number of seconds, without a unit: for %1, type %2 (from %3 to %4).</source>
        <translation>Die Gültigkeit ist eine Anzahl Sekunden, ohne Einheit: Für %1 geben Sie %2 ein (von %3 bis %4).</translation>
    </message>
</context>
<context>
    <name>TokenResult</name>
    <message>
        <source>the response is not JSON (%1)</source>
        <translation>die Antwort ist kein JSON (%1)</translation>
    </message>
    <message>
        <source>the response is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;token&quot; is missing or not of the form ctok_ + 32 hex digits</source>
        <translation>„token“ fehlt oder hat nicht die Form ctok_ + 32 Hexziffern</translation>
    </message>
    <message>
        <source>&quot;expires_at&quot; is missing or not an ISO 8601 date and time</source>
        <translation>„expires_at“ fehlt oder ist kein Datum mit Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <source>&quot;connect_link_url&quot; is missing or not an absolute URL</source>
        <translation>„connect_link_url“ fehlt oder ist keine absolute URL</translation>
    </message>
    <message>
        <source>&quot;connect_link_url&quot; points to %1, which is neither Pipedream nor the API server; the link was not used</source>
        <translation>&quot;connect_link_url&quot; verweist auf %1, also weder auf Pipedream noch auf den API-Server; der Link wurde nicht verwendet</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>keinen Host</translation>
    </message>
    <message>
        <source>&quot;connect_link_url&quot; does not carry the token just created; the link was not used</source>
        <translation>&quot;connect_link_url&quot; enthält nicht das soeben erstellte Token; der Link wurde nicht verwendet</translation>
    </message>
</context>
<context>
    <name>UrlRules</name>
    <message>
        <source>The origin is empty.</source>
        <translation>Der Ursprung ist leer.</translation>
    </message>
    <message>
        <source>Wildcards are not allowed; list each origin.</source>
        <translation>Platzhalter sind nicht erlaubt; geben Sie jeden Ursprung einzeln an.</translation>
    </message>
    <message>
        <source>Start the origin with http:// or https://.</source>
        <translation>Beginnen Sie den Ursprung mit http:// oder https://.</translation>
    </message>
    <message>
        <source>Only http:// and https:// origins are allowed.</source>
        <translation>Nur http://- und https://-Ursprünge sind erlaubt.</translation>
    </message>
    <message>
        <source>An origin cannot contain a user name or password.</source>
        <translation>Ein Ursprung darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>An origin cannot contain a query (&quot;?...&quot;).</source>
        <translation>Ein Ursprung darf keine Abfrage („?...“) enthalten.</translation>
    </message>
    <message>
        <source>An origin cannot contain a fragment (&quot;#...&quot;).</source>
        <translation>Ein Ursprung darf kein Fragment („#...“) enthalten.</translation>
    </message>
    <message>
        <source>An origin has no path: use scheme://host[:port] only.</source>
        <translation>Ein Ursprung hat keinen Pfad: Verwenden Sie nur schema://host[:port].</translation>
    </message>
    <message>
        <source>The URL is empty.</source>
        <translation>Die URL ist leer.</translation>
    </message>
    <message>
        <source>A URL cannot contain spaces; encode them as %20.</source>
        <translation>Eine URL darf keine Leerzeichen enthalten; kodieren Sie sie als %20.</translation>
    </message>
    <message>
        <source>Use an absolute URL starting with http:// or https://.</source>
        <translation>Verwenden Sie eine absolute URL, die mit http:// oder https:// beginnt.</translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation>Die URL hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>This is not a valid origin: check the host name and port, for example https://app.example.com:8443.</source>
        <translation>Das ist kein gültiger Ursprung: Prüfen Sie Hostname und Port, zum Beispiel https://app.example.com:8443.</translation>
    </message>
    <message>
        <source>This is not a valid URL: check the host name, port and characters, for example https://app.example.com/done.</source>
        <translation>Das ist keine gültige URL: Prüfen Sie Hostname, Port und Zeichen, zum Beispiel https://app.example.com/done.</translation>
    </message>
</context>
</TS>
