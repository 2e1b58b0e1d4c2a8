// connectdesk users list|delete, accounts list|delete, link check: the Customers view's
// command-line twins, on the same core classes (customers/).
#include "commandcontext.h"
#include "commandline.h"
#include "commands.h"
#include "console.h"
#include "exitcodes.h"

#include "api/connectclient.h"
#include "base/clock.h"
#include "customers/customerdeletion.h"
#include "customers/customerlists.h"
#include "customers/linkchecker.h"
#include "history/historystore.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ConnectDesk::Cli {

namespace {

class CustomerCommands final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectDesk::Cli::CustomerCommands)
public:
    static int usersList(const QStringList &arguments);
    static int accountsList(const QStringList &arguments);
    static int remove(AuditEntry::Action action, const QStringList &arguments);
    static int linkCheck(const QStringList &arguments);

    static constexpr int maxListed = 1000;

private:
    // Resolves the connection flags and checks the credentials and the project. Returns an exit
    // code when the command must end (a usage error was printed), else nullopt.
    static std::optional<int> prepare(const CommandLine &commandLine, CommandContext &context,
                                      ProjectScope *scope);
    static int failed(const ApiError &error);
    static bool waitFor(PagedLoader &loader);
    static QString json(const QJsonObject &object)
    {
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
};

std::optional<int> CustomerCommands::prepare(const CommandLine &commandLine,
                                             CommandContext &context, ProjectScope *scope)
{
    QString error;
    if (!context.resolve(commandLine.parser(), &error))
        return commandLine.usageError(error);
    const CallSettings &settings = context.settings();
    if (const QString why = TokenRequest::checkProjectId(settings.projectId); !why.isEmpty())
        return commandLine.usageError(settings.projectIdSource.isEmpty()
                                          ? tr("set the project with --project-id or PIPEDREAM_PROJECT_ID.")
                                          : tr("%1: %2").arg(settings.projectIdSource, why));
    if (const QString why = TokenRequest::checkEnvironment(settings.environment); !why.isEmpty())
        return commandLine.usageError(tr("%1: %2").arg(settings.environmentSource, why));
    if (!context.checkCredentials(&error))
        return commandLine.usageError(error);
    *scope = {settings.projectId, settings.environment};
    return std::nullopt;
}

int CustomerCommands::failed(const ApiError &error)
{
    printErr(tr("%1: %2").arg(CommandLine::programName(), error.humanMessage()));
    return toInt(exitCodeFor(error));
}

bool CustomerCommands::waitFor(PagedLoader &loader)
{
    if (!loader.isLoading())
        return !loader.hasFailed();
    QEventLoop loop;
    QObject::connect(&loader, &PagedLoader::loadingChanged, &loop, [&loop](bool loading) {
        if (!loading)
            loop.quit();
    });
    loop.exec();
    return !loader.hasFailed();
}

int CustomerCommands::usersList(const QStringList &arguments)
{
    CommandLine commandLine(
        QStringLiteral("users list"), tr("[--query TEXT] [--limit N] [--json]"),
        tr("Lists the project's external users (customers), newest first, one ID per line;\n"
           "with --query, those whose ID contains the text."));
    QCommandLineParser &parser = commandLine.parser();
    CommandContext context;
    const QCommandLineOption query(QStringLiteral("query"),
                                   tr("Only IDs containing this text (any case)."), tr("TEXT"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   tr("At most N users (1 to %1, default 25).").arg(maxListed),
                                   tr("N"), QStringLiteral("25"));
    const QCommandLineOption asJson(QStringLiteral("json"),
                                    tr("Print one JSON object: {\"users\": [...], \"has_more\"}."));
    parser.addOptions({query, limit, asJson});
    context.addConnectionOptions(parser);
    if (const auto exit = commandLine.parse(arguments, context.environmentSecret()))
        return *exit;
    bool numeric = false;
    const int wanted = parser.value(limit).toInt(&numeric);
    if (!numeric || wanted < 1 || wanted > maxListed)
        return commandLine.usageError(tr("--limit must be a number from 1 to %1.").arg(maxListed));
    if (const QString why = UserSearch::checkQuery(parser.value(query)); !why.isEmpty())
        return commandLine.usageError(tr("--query: %1").arg(why));
    ProjectScope scope;
    if (const auto exit = prepare(commandLine, context, &scope))
        return *exit;

    UserSearch search;
    search.search(context.client(), scope, parser.value(query), std::min(wanted, 100));
    bool complete = waitFor(search);
    while (complete && search.count() < wanted && search.hasMore()) {
        search.loadMore();
        complete = waitFor(search);
    }
    const QList<ExternalUser> users = search.users().mid(0, wanted);
    const bool more = search.hasMore() || search.count() > wanted;
    if (!complete && users.isEmpty())
        return failed(search.lastError());
    bool written = true;
    if (parser.isSet(asJson)) {
        QJsonArray array;
        for (const ExternalUser &user : users)
            array.append(user.toJson());
        written = printOut(json({{QStringLiteral("users"), array},
                                 {QStringLiteral("has_more"), more},
                                 {QStringLiteral("complete"), complete}}));
    } else {
        for (const ExternalUser &user : users)
            written = printOut(user.externalId) && written;
        if (more && complete)
            printErr(tr("%1: more users match; raise --limit or narrow --query.")
                         .arg(CommandLine::programName()));
    }
    if (!complete) // a later page failed: what was printed is a part
        return failed(search.lastError());
    return toInt(written ? ExitCode::Ok : ExitCode::OutputFailed);
}

int CustomerCommands::accountsList(const QStringList &arguments)
{
    CommandLine commandLine(
        QStringLiteral("accounts list"),
        tr("--external-user-id ID [--app SLUG] [--unhealthy] [--json]"),
        tr("Lists a customer's connected accounts, one per line: account ID, app, name, health\n"
           "(healthy, unhealthy or dead) and the server's error."));
    QCommandLineParser &parser = commandLine.parser();
    CommandContext context;
    const QCommandLineOption externalUserId(QStringLiteral("external-user-id"),
                                            tr("The customer's external user ID (required)."), tr("ID"));
    const QCommandLineOption app(QStringLiteral("app"), tr("Only this app's accounts."), tr("SLUG"));
    const QCommandLineOption unhealthy(QStringLiteral("unhealthy"),
                                       tr("Only accounts that are unhealthy or dead."));
    const QCommandLineOption asJson(QStringLiteral("json"),
                                    tr("Print one JSON object: {\"external_user_id\", \"accounts\": [...]}."));
    parser.addOptions({externalUserId, app, unhealthy, asJson});
    context.addConnectionOptions(parser);
    if (const auto exit = commandLine.parse(arguments, context.environmentSecret()))
        return *exit;
    const QString user = parser.value(externalUserId);
    if (user.trimmed().isEmpty())
        return commandLine.usageError(tr("--external-user-id is required."));
    if (const QString why = TokenRequest::checkExternalUserId(user); !why.isEmpty())
        return commandLine.usageError(tr("--external-user-id: %1").arg(why));
    if (parser.isSet(app)) {
        if (const QString why = TokenRequest::checkAppSlug(parser.value(app)); !why.isEmpty())
            return commandLine.usageError(tr("--app: %1").arg(why));
    }
    ProjectScope scope;
    if (const auto exit = prepare(commandLine, context, &scope))
        return *exit;

    AccountList accounts;
    accounts.load(context.client(), scope, user, parser.value(app).trimmed());
    bool complete = waitFor(accounts);
    while (complete && accounts.hasMore() && accounts.count() < maxListed) {
        accounts.loadMore();
        complete = waitFor(accounts);
    }
    if (!complete && accounts.count() == 0)
        return failed(accounts.lastError());
    QList<CustomerAccount> shown = accounts.accounts();
    if (parser.isSet(unhealthy))
        shown.removeIf([](const CustomerAccount &a) { return !a.needsAttention(); });
    bool written = true;
    if (parser.isSet(asJson)) {
        QJsonArray array;
        for (const CustomerAccount &account : std::as_const(shown))
            array.append(account.toJson());
        written = printOut(json({{QStringLiteral("external_user_id"), user.trimmed()},
                                 {QStringLiteral("accounts"), array},
                                 {QStringLiteral("complete"), complete}}));
    } else {
        for (const CustomerAccount &a : std::as_const(shown)) {
            QStringList fields{a.id, a.appSlug, a.name, accountHealthName(a.health)};
            if (!a.error.isEmpty())
                fields.append(a.error);
            written = printOut(fields.join(QLatin1Char('\t'))) && written;
        }
        if (shown.isEmpty())
            printErr(parser.isSet(unhealthy) ? tr("%1: no unhealthy or dead accounts.").arg(CommandLine::programName())
                                             : tr("%1: no accounts.").arg(CommandLine::programName()));
    }
    if (!complete)
        return failed(accounts.lastError());
    return toInt(written ? ExitCode::Ok : ExitCode::OutputFailed);
}

int CustomerCommands::remove(AuditEntry::Action action, const QStringList &arguments)
{
    const bool user = action == AuditEntry::Action::DeleteUser;
    CommandLine commandLine(
        user ? QStringLiteral("users delete") : QStringLiteral("accounts delete"),
        user ? tr("EXTERNAL_USER_ID --yes") : tr("ACCOUNT_ID --yes"),
        user ? tr("Deletes an external user and all their connected accounts. Needs --yes;\n"
                  "written to the audit log.")
             : tr("Deletes one connected account. Needs --yes; written to the audit log."));
    QCommandLineParser &parser = commandLine.parser();
    CommandContext context;
    commandLine.expectPositional(user ? QStringLiteral("EXTERNAL_USER_ID") : QStringLiteral("ACCOUNT_ID"),
                                 user ? tr("The customer's external user ID.") : tr("The account ID (apn_...)."));
    const QCommandLineOption yes(QStringLiteral("yes"), tr("Really delete (without it, nothing is sent)."));
    parser.addOption(yes);
    context.addConnectionOptions(parser);
    if (const auto exit = commandLine.parse(arguments, context.environmentSecret()))
        return *exit;
    const QString target = commandLine.positional().trimmed();
    if (user) {
        if (const QString why = TokenRequest::checkExternalUserId(target); !why.isEmpty())
            return commandLine.usageError(why);
    } else if (target.isEmpty()) {
        return commandLine.usageError(tr("the account ID is empty."));
    }
    if (!parser.isSet(yes))
        return commandLine.usageError(user ? tr("deleting %1 and all their accounts cannot be undone: "
                                                "add --yes to confirm. Nothing was sent.").arg(target)
                                           : tr("deleting %1 cannot be undone: add --yes to confirm. "
                                                "Nothing was sent.").arg(target));
    ProjectScope scope;
    if (const auto exit = prepare(commandLine, context, &scope))
        return *exit;

    DeletionRequest request;
    request.action = action;
    request.profileName = context.settings().profileName;
    request.allowDeletes = context.settings().allowDeletes;
    request.scope = scope;
    request.target = target;
    request.origin = QStringLiteral("cli");
    if (const QString why = CustomerDeletion::refusal(request); !why.isEmpty())
        return commandLine.usageError(why);

    CustomerDeletion deletion(context.client(), AuditLog());
    DeletionOutcome outcome;
    QEventLoop loop;
    QObject::connect(&deletion, &CustomerDeletion::finished, &loop,
                     [&](const DeletionRequest &, const DeletionOutcome &result) {
                         outcome = result;
                         loop.quit();
                     });
    if (!deletion.start(request)) // refusal() was asked above; nothing else is on its way
        return commandLine.usageError(CustomerDeletion::refusal(request));
    loop.exec();
    printErr(tr("%1: %2").arg(CommandLine::programName(), outcome.message(request)));
    switch (outcome.result) {
    case AuditEntry::Result::Done:
    case AuditEntry::Result::AlreadyGone:
        return toInt(ExitCode::Ok); // gone either way: a script may run this twice
    case AuditEntry::Result::Unknown:
    case AuditEntry::Result::Failed:
        break;
    }
    return toInt(exitCodeFor(outcome.error));
}

int CustomerCommands::linkCheck(const QStringList &arguments)
{
    CommandLine commandLine(
        QStringLiteral("link check"), tr("URL_OR_TOKEN [--json]"),
        tr("Says whether a Connect Link (or ctok_ token) can still be used and, if not, why and\n"
           "what to do. Exit code 0: usable; 4: not usable (the reason on stderr, or in --json)."));
    QCommandLineParser &parser = commandLine.parser();
    CommandContext context;
    commandLine.expectPositional(QStringLiteral("URL_OR_TOKEN"),
                                 tr("The Connect Link as the customer got it, or its ctok_ token."));
    const QCommandLineOption asJson(QStringLiteral("json"),
                                    tr("Print the diagnosis as one JSON object (docs/cli.md)."));
    parser.addOption(asJson);
    context.addConnectionOptions(parser);
    if (const auto exit = commandLine.parse(arguments, context.environmentSecret()))
        return *exit;
    QString why;
    const auto link = PastedLink::parse(commandLine.positional(), &why);
    if (!link)
        return commandLine.usageError(why);
    QString error;
    if (!context.resolve(parser, &error))
        return commandLine.usageError(error);
    if (!context.checkCredentials(&error))
        return commandLine.usageError(error);

    HistoryStore history(QString(), Clock::system(), HistoryStore::Options{1500, true});
    LinkChecker checker(context.client(), &history, Clock::system());
    std::optional<LinkDiagnosis> diagnosis;
    QEventLoop loop;
    QObject::connect(&checker, &LinkChecker::finished, &loop, [&](const LinkDiagnosis &result) {
        diagnosis = result;
        loop.quit();
    });
    checker.check(*link);
    loop.exec();
    if (diagnosis->verdict == LinkDiagnosis::Verdict::CheckFailed && !parser.isSet(asJson)) {
        printErr(tr("%1: %2").arg(CommandLine::programName(), diagnosis->sentence()));
        return toInt(ExitCode::NetworkFailure);
    }
    const bool written = parser.isSet(asJson) ? printOut(json(diagnosis->toJson()))
                                              : printOut(diagnosis->sentence());
    if (!written)
        return toInt(ExitCode::OutputFailed);
    if (diagnosis->verdict == LinkDiagnosis::Verdict::CheckFailed)
        return toInt(ExitCode::NetworkFailure);
    return toInt(diagnosis->isUsable() ? ExitCode::Ok : ExitCode::ApiFailure);
}

} // namespace

int runUsersList(const QStringList &arguments)
{
    return CustomerCommands::usersList(arguments);
}

int runUsersDelete(const QStringList &arguments)
{
    return CustomerCommands::remove(AuditEntry::Action::DeleteUser, arguments);
}

int runAccountsList(const QStringList &arguments)
{
    return CustomerCommands::accountsList(arguments);
}

int runAccountsDelete(const QStringList &arguments)
{
    return CustomerCommands::remove(AuditEntry::Action::DeleteAccount, arguments);
}

int runLinkCheck(const QStringList &arguments)
{
    return CustomerCommands::linkCheck(arguments);
}

} // namespace ConnectDesk::Cli
