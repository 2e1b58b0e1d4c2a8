// connectdesk history list: the links the window and the command line generated.
#include "historycommand.h"

#include "commandline.h"
#include "console.h"
#include "exitcodes.h"

#include "base/clock.h"
#include "history/accountlabel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ConnectDesk::Cli {

namespace {

QJsonValue isoOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate))
                          : QJsonValue(QJsonValue::Null);
}

QString isoOrDash(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

} // namespace

int runHistory(const QStringList &arguments)
{
    return HistoryCommand::run(arguments);
}

QString HistoryCommand::help()
{
    return tr("Usage:\n"
              "  connectdesk history list [--json] [--search TEXT] [--state STATE] [--limit N]\n"
              "Run \"connectdesk history list --help\" for the options.");
}

int HistoryCommand::run(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("list"))
        return list(arguments.mid(1));
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        printOut(help());
        return toInt(ExitCode::Ok);
    }
    printErr(sub.isEmpty() ? tr("connectdesk history: missing command (list).")
                           : tr("connectdesk history: unknown command \"%1\".").arg(sub));
    printErr(help());
    return toInt(ExitCode::Usage);
}

QJsonObject HistoryCommand::toJson(const HistoryEntry &entry, const QDateTime &now)
{
    QJsonObject object{
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("created_at"), isoOrNull(entry.createdAt)},
        {QStringLiteral("profile"), entry.profileName},
        {QStringLiteral("project_id"), entry.projectId},
        {QStringLiteral("environment"), entry.environment},
        {QStringLiteral("external_user_id"), entry.externalUserId},
        {QStringLiteral("app"), entry.appSlug},
        {QStringLiteral("app_name"), entry.appName},
        {QStringLiteral("state"), historyStateName(entry.state)},
        {QStringLiteral("expires_at"), isoOrNull(entry.expiresAt)},
        {QStringLiteral("token_sha256"), entry.tokenSha256},
    };
    if (entry.hasLiveLink(now))
        object.insert(QStringLiteral("connect_link"), entry.link);
    if (!entry.error.isEmpty())
        object.insert(QStringLiteral("error"), entry.error);
    if (!entry.accountId.isEmpty()) {
        object.insert(QStringLiteral("account"),
                      QJsonObject{{QStringLiteral("id"), entry.accountId},
                                  {QStringLiteral("name"), entry.accountName},
                                  {QStringLiteral("connected_at"), isoOrNull(entry.connectedAt)}});
    }
    return object;
}

QString HistoryCommand::toText(const HistoryEntry &entry, const QDateTime &now)
{
    QString outcome;
    switch (entry.state) {
    case HistoryState::Active:
        outcome = entry.hasLiveLink(now) ? tr("expires %1").arg(isoOrDash(entry.expiresAt))
                                         : tr("expired %1").arg(isoOrDash(entry.expiresAt));
        break;
    case HistoryState::Expired:
        outcome = tr("expired %1").arg(isoOrDash(entry.expiresAt));
        break;
    case HistoryState::Connected: {
        // "jane@example.com (Slack)" without its app: the app has a column of its own.
        const QString name = AccountLabel::accountName(entry.accountName, entry.appName,
                                                       entry.appSlug);
        outcome = name.isEmpty()
                      ? tr("connected %1 at %2").arg(entry.accountId, isoOrDash(entry.connectedAt))
                      : tr("connected %1 (%2) at %3")
                            .arg(name, entry.accountId, isoOrDash(entry.connectedAt));
        break;
    }
    case HistoryState::Failed:
        outcome = entry.error;
        break;
    }
    // One entry, one line: tabs and line breaks in an error message become spaces.
    outcome.replace(QLatin1Char('\t'), QLatin1Char(' '));
    outcome.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return QStringList{isoOrDash(entry.createdAt), historyStateName(entry.state),
                       entry.externalUserId, entry.appSlug.isEmpty() ? QStringLiteral("-")
                                                                     : entry.appSlug,
                       entry.environment, outcome}
        .join(QLatin1Char('\t'));
}

int HistoryCommand::list(const QStringList &arguments)
{
    CommandLine commandLine(
        QStringLiteral("history list"), tr("[options]"),
        tr("Lists the Connect Links this computer generated (window and command line), newest\n"
           "first: one tab-separated line each (time, state, external user, app, environment,\n"
           "outcome), or a JSON array with --json. Links are shown only while they can still\n"
           "be used; tokens never."));
    QCommandLineParser &parser = commandLine.parser();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a JSON array."));
    const QCommandLineOption search(QStringLiteral("search"),
                                    tr("Only entries whose external user ID or app contains "
                                       "TEXT (any case)."),
                                    tr("TEXT"));
    const QCommandLineOption state(QStringLiteral("state"),
                                   tr("Only entries in STATE: active, connected, expired or "
                                      "failed."),
                                   tr("STATE"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N entries."), tr("N"));
    parser.addOptions({json, search, state, limit});
    if (const auto exit = commandLine.parse(arguments))
        return *exit;

    HistoryQuery query;
    query.search = parser.value(search);
    if (parser.isSet(state)) {
        query.state = historyStateFromName(parser.value(state).trimmed());
        if (!query.state)
            return commandLine.usageError(
                tr("--state must be active, connected, expired or failed, not \"%1\".")
                    .arg(parser.value(state)));
    }
    if (parser.isSet(limit)) {
        bool ok = false;
        query.limit = parser.value(limit).toInt(&ok);
        if (!ok || query.limit < 1)
            return commandLine.usageError(
                tr("--limit must be a positive whole number, not \"%1\".")
                    .arg(parser.value(limit)));
    }

    const Clock &clock = Clock::system();
    HistoryStore store({}, clock);
    if (!store.recoveryMessage().isEmpty())
        printErr(tr("%1: warning: %2").arg(CommandLine::programName(), store.recoveryMessage()));
    const QList<HistoryEntry> entries = store.query(query);
    if (!store.lastError().isEmpty()) {
        printErr(tr("%1: could not read the history: %2")
                     .arg(CommandLine::programName(), store.lastError()));
        return 1; // a local failure: none of the API exit codes fits
    }
    const QDateTime now = clock.now();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const HistoryEntry &entry : entries)
            array.append(toJson(entry, now));
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
        return toInt(ExitCode::Ok);
    }
    for (const HistoryEntry &entry : entries)
        printOut(toText(entry, now));
    if (entries.isEmpty())
        printErr(query.search.isEmpty() && !query.state ? tr("The history is empty.")
                                                         : tr("No history entries match."));
    return toInt(ExitCode::Ok);
}

} // namespace ConnectDesk::Cli
