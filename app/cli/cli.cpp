// The command line: dispatch to the commands, top-level --help and --version.
#include "cli.h"

#include "api/extracacerts.h"
#include "commandline.h"
#include "commands.h"
#include "console.h"
#include "exitcodes.h"
#include "historycommand.h"
#include "profilecommands.h"

#include "api/useragent.h"
#include "base/translator.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QNetworkProxyFactory>

namespace ConnectDesk::Cli {

namespace {

class Dispatch final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectDesk::Cli::Dispatch)
public:
    static int run(const QStringList &arguments);
    static int token(const QStringList &arguments);
    using Command = int (*)(const QStringList &);
    // `connectdesk <group> <sub> ...` for users, accounts and link.
    static int group(const QString &name, const QStringList &arguments,
                     const QList<std::pair<QString, Command>> &commands);
    static QString help();
    static QString tokenHelp();
    static int unknown(const QString &word, const QStringList &known, const QString &command);
};

// "unknown command "tokne", did you mean "token"?" and exit code 2.
int Dispatch::unknown(const QString &word, const QStringList &known, const QString &command)
{
    const bool option = word.startsWith(QLatin1Char('-'));
    const QString guess = CommandLine::closestWord(word, known);
    QString message = option ? tr("%1: unknown option \"%2\"").arg(command, word)
                             : tr("%1: unknown command \"%2\"").arg(command, word);
    if (!guess.isEmpty())
        message += tr(", did you mean \"%1\"?").arg(guess);
    else
        message += QLatin1Char('.');
    printErr(message);
    printErr(tr("Run \"%1 --help\" for the commands and options.").arg(command));
    return toInt(ExitCode::Usage);
}

QString Dispatch::help()
{
    return tr("Usage:\n"
              "  connectdesk                      Open the window\n"
              "  connectdesk token create --external-user-id ID [options]\n"
              "  connectdesk token bulk --input users.csv --output links.csv [--resume] [options]\n"
              "  connectdesk sandbox [--port N] [--tls-cert FILE --tls-key FILE] [--no-seed]\n"
              "  connectdesk profile add|list|test|remove ...\n"
              "  connectdesk history list [--json] [--search TEXT] [--state S] [--limit N]\n"
              "  connectdesk users list [--query TEXT] [--limit N] [--json]\n"
              "  connectdesk users delete EXTERNAL_USER_ID --yes\n"
              "  connectdesk accounts list --external-user-id ID [--app SLUG] [--unhealthy] [--json]\n"
              "  connectdesk accounts delete ACCOUNT_ID --yes\n"
              "  connectdesk link check URL_OR_TOKEN [--json]\n"
              "  connectdesk --version | --help\n"
              "\n"
              "Commands:\n"
              "  token create    Create a Connect token and print its Connect Link\n"
              "  token bulk      Create Connect Links for every row of a CSV file\n"
              "  sandbox         Run a local Connect API simulator (no Pipedream account needed)\n"
              "  profile         Manage profiles (projects; client secrets in the keychain)\n"
              "  history list    List the generated links and whether customers connected\n"
              "  users           Find customers (external users); delete one with their accounts\n"
              "  accounts        A customer's connected accounts and their health; delete one\n"
              "  link check      Why a Connect Link does not work, and what to do\n"
              "Run \"connectdesk <command> --help\" for a command's options.\n"
              "\n"
              "Window options:\n"
              "  --sandbox       Open the window against a built-in sandbox (links are not real)\n"
              "  --self-test     Check the installation and exit\n"
              "  --lang CODE     Use this language (for example de)\n"
              "\n"
              "Environment:\n"
              "  PIPEDREAM_CLIENT_ID            OAuth client ID\n"
              "  PIPEDREAM_CLIENT_SECRET        OAuth client secret (never accepted as a flag)\n"
              "  PIPEDREAM_PROJECT_ID           Default for --project-id\n"
              "  PIPEDREAM_PROJECT_ENVIRONMENT  Default for --environment (else production)\n"
              "  PIPEDREAM_BASE_URL             Default for --api-base-url\n"
              "Flags win over the environment.\n"
              "\n"
              "Exit codes:\n"
              "  0  success\n"
              "  2  invalid input or usage (nothing was sent)\n"
              "  3  client ID or secret rejected\n"
              "  4  the API answered with an error; link check: the link is not usable\n"
              "  5  network failure or timeout\n"
              "  6  token create --wait: the link expired without a connection\n"
              "  7  results could not be written (disk full); links created are reported\n"
              "  130  interrupted (Ctrl+C, SIGTERM)");
}

QString Dispatch::tokenHelp()
{
    return tr("Usage:\n"
              "  connectdesk token create --external-user-id ID [options]\n"
              "  connectdesk token bulk --input users.csv --output links.csv [options]\n"
              "Run \"connectdesk token create --help\" or \"connectdesk token bulk --help\" for "
              "the options.");
}

int Dispatch::token(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == QLatin1String("create"))
        return runTokenCreate(rest);
    if (sub == QLatin1String("bulk"))
        return runTokenBulk(rest);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        printOut(tokenHelp());
        return toInt(ExitCode::Ok);
    }
    if (!sub.isEmpty())
        return unknown(sub, {QStringLiteral("create"), QStringLiteral("bulk")},
                       QStringLiteral("connectdesk token"));
    printErr(tr("connectdesk token: missing command (create or bulk)."));
    printErr(tokenHelp());
    return toInt(ExitCode::Usage);
}

int Dispatch::group(const QString &name, const QStringList &arguments,
                    const QList<std::pair<QString, Command>> &commands)
{
    const QString sub = arguments.value(0);
    QStringList words;
    for (const auto &[word, command] : commands) {
        if (sub == word)
            return command(arguments.mid(1));
        words.append(word);
    }
    const QString usage = tr("Usage: connectdesk %1 %2 ...\nRun \"connectdesk %1 <command> --help\" "
                             "for the options.")
                              .arg(name, words.join(QLatin1Char('|')));
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        printOut(usage);
        return toInt(ExitCode::Ok);
    }
    if (!sub.isEmpty())
        return unknown(sub, words, QStringLiteral("connectdesk ") + name);
    printErr(tr("connectdesk %1: missing command (%2).").arg(name, words.join(QLatin1String(", "))));
    printErr(usage);
    return toInt(ExitCode::Usage);
}

int Dispatch::run(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        printOut(QStringLiteral("connectdesk %1").arg(applicationVersion()));
        return toInt(ExitCode::Ok);
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        printOut(help());
        return toInt(ExitCode::Ok);
    }
    if (command == QLatin1String("token"))
        return token(rest);
    if (command == QLatin1String("sandbox"))
        return runSandbox(rest);
    if (command == QLatin1String("profile"))
        return runProfileCommand(rest);
    if (command == QLatin1String("history"))
        return runHistory(rest);
    if (command == QLatin1String("users"))
        return group(command, rest, {{QStringLiteral("list"), runUsersList},
                                     {QStringLiteral("delete"), runUsersDelete}});
    if (command == QLatin1String("accounts"))
        return group(command, rest, {{QStringLiteral("list"), runAccountsList},
                                     {QStringLiteral("delete"), runAccountsDelete}});
    if (command == QLatin1String("link"))
        return group(command, rest, {{QStringLiteral("check"), runLinkCheck}});
    return unknown(command,
                   {QStringLiteral("token"), QStringLiteral("sandbox"), QStringLiteral("profile"),
                    QStringLiteral("history"), QStringLiteral("users"), QStringLiteral("accounts"),
                    QStringLiteral("link"), QStringLiteral("--version"),
                    QStringLiteral("--help"), QStringLiteral("--sandbox"),
                    QStringLiteral("--self-test"), QStringLiteral("--lang")},
                   QStringLiteral("connectdesk"));
}

} // namespace

bool handles(int argc, char *argv[])
{
    if (argc < 2 || !argv[1])
        return false;
    // Everything but the window's own options is the command line's: a mistyped command word
    // gets a message and exit code 2 instead of a window (or an abort without a display).
    QByteArrayView first(argv[1]);
    if (!first.startsWith('-'))
        return !first.contains('/'); // a path or URL (Exec=connectdesk %U) is the window's

    first = first.sliced(first.startsWith("--") ? 2 : 1);
    if (const qsizetype equals = first.indexOf('='); equals >= 0)
        first = first.first(equals);
    // guiapp.cpp's options, then Qt's own (QGuiApplication, QApplication; one or two dashes).
    for (const char *option :
         {"sandbox", "self-test", "lang", "api-base-url", "platform", "platformpluginpath",
          "platformtheme", "plugin", "qmljsdebugger", "qwindowgeometry", "qwindowicon",
          "qwindowtitle", "reverse", "session", "display", "geometry", "style", "stylesheet",
          "widgetcount", "nograb", "dograb", "sync", "name", "title", "visual", "fn", "font",
          "bg", "background", "fg", "foreground", "btn", "button", "im", "inputstyle"}) {
        if (first == QByteArrayView(option))
            return false;
    }
    return true;
}

int run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ConnectDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("ConnectDesk"));
    QCoreApplication::setApplicationVersion(applicationVersion());
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    Translator::install(Translator::savedLanguage()); // the Language setting, else the system
    if (QString error; !ExtraCaCertificates::applyFromEnvironment(&error)) {
        printErr(QStringLiteral("connectdesk: ") + error);
        return toInt(ExitCode::Usage);
    }
    return Dispatch::run(QCoreApplication::arguments().mid(1));
}

} // namespace ConnectDesk::Cli
