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
    static QString help();
    static QString tokenHelp();
};

QString Dispatch::help()
{
    return tr("Usage:\n"
              "  connectdesk                      Open the window\n"
              "  connectdesk token create --external-user-id ID [options]\n"
              "  connectdesk token bulk --input users.csv --output links.csv [options]\n"
              "  connectdesk sandbox [--port N]\n"
              "  connectdesk profile add|list|test|remove ...\n"
              "  connectdesk history list [--json] [--search TEXT] [--state S] [--limit N]\n"
              "  connectdesk --version | --help\n"
              "\n"
              "Commands:\n"
              "  token create    Create a Connect token and print its Connect Link\n"
              "  token bulk      Create Connect Links for every row of a CSV file\n"
              "  sandbox         Run a local Connect API simulator (no Pipedream account needed)\n"
              "  profile         Manage profiles (projects; client secrets in the keychain)\n"
              "  history list    List the generated links and whether customers connected\n"
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
              "  4  the API answered with an error\n"
              "  5  network failure or timeout\n"
              "  6  token create --wait: the link expired without a connection");
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
    printErr(sub.isEmpty() ? tr("connectdesk token: missing command (create or bulk).")
                           : tr("connectdesk token: unknown command \"%1\".").arg(sub));
    printErr(tokenHelp());
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
    printErr(tr("connectdesk: unknown command \"%1\". Run \"connectdesk --help\".").arg(command));
    return toInt(ExitCode::Usage);
}

} // namespace

bool handles(int argc, char *argv[])
{
    if (argc < 2 || !argv[1])
        return false;
    const QByteArrayView first(argv[1]);
    for (const char *word : {"token", "sandbox", "profile", "history", "--version", "-v", "--help",
                             "-h"}) {
        if (first == QByteArrayView(word))
            return true;
    }
    return false;
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
