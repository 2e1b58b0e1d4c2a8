// connectdesk sandbox: the Connect API simulator on 127.0.0.1 until SIGINT/SIGTERM.
#include "commandline.h"
#include "commands.h"
#include "console.h"
#include "exitcodes.h"
#include "signalwatcher.h"

#include "connectsimulator.h"

#include <QFile>

namespace ConnectDesk::Cli {

namespace {

class Sandbox final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectDesk::Cli::Sandbox)
public:
    static int run(const QStringList &arguments);
    static QString exportLine(const QString &name, const QString &value);
};

QString Sandbox::exportLine(const QString &name, const QString &value)
{
#ifdef Q_OS_WIN
    return QStringLiteral("$env:%1=\"%2\"").arg(name, value); // PowerShell
#else
    return QStringLiteral("export %1=%2").arg(name, value);
#endif
}

int Sandbox::run(const QStringList &arguments)
{
    CommandLine commandLine(
        QStringLiteral("sandbox"), tr("[--port N] [--no-seed] [--tls-cert FILE --tls-key FILE]"),
        tr("Runs a local stand-in for the Connect API on 127.0.0.1 and prints the settings\n"
           "that point connectdesk (or the Pipedream SDKs) at it. Links it creates are not\n"
           "real. Stops on Ctrl+C or SIGTERM."));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        tr("TCP port to listen on. Default: 0, a free port."),
                                        tr("N"));
    commandLine.parser().addOption(portOption);
    const QCommandLineOption noSeedOption(
        QStringLiteral("no-seed"),
        tr("Start empty, without the demo customers and their accounts."));
    commandLine.parser().addOption(noSeedOption);
    const QCommandLineOption certOption(
        QStringLiteral("tls-cert"),
        tr("Serve HTTPS with this PEM certificate (clients trust it through %1).")
            .arg(QStringLiteral("CONNECTDESK_EXTRA_CA_CERTS")),
        tr("FILE"));
    const QCommandLineOption keyOption(QStringLiteral("tls-key"),
                                       tr("The certificate's unencrypted PEM private key."),
                                       tr("FILE"));
    commandLine.parser().addOptions({certOption, keyOption});
    if (const auto exit = commandLine.parse(arguments))
        return *exit;

    quint16 port = 0;
    if (commandLine.parser().isSet(portOption)) {
        bool ok = false;
        const uint value = commandLine.parser().value(portOption).trimmed().toUInt(&ok);
        if (!ok || value > 65535)
            return commandLine.usageError(tr("--port: use a whole number from 0 to 65535."));
        port = quint16(value);
    }

    Sim::ConnectSimulator simulator;
    simulator.setRecording(false); // nobody reads the request log here; keep memory flat
    if (!commandLine.parser().isSet(noSeedOption))
        simulator.seedDemoCustomers();
    const bool tls = commandLine.parser().isSet(certOption);
    if (tls != commandLine.parser().isSet(keyOption))
        return commandLine.usageError(tr("--tls-cert and --tls-key go together."));
    for (const QCommandLineOption *option : {&certOption, &keyOption}) {
        // A missing or unreadable file says so, rather than "no PEM certificate".
        QFile file(commandLine.parser().value(*option));
        if (tls && !file.open(QIODevice::ReadOnly))
            return commandLine.usageError(tr("--%1: cannot read %2: %3.")
                                              .arg(option->names().constFirst(), file.fileName(),
                                                   file.errorString()));
    }
    if (QString error; tls && !simulator.useTls(commandLine.parser().value(certOption),
                                                commandLine.parser().value(keyOption), &error))
        return commandLine.usageError(tr("--tls-cert/--tls-key: %1.").arg(error));
    if (!simulator.listenLocal(port)) {
        printErr(tr("%1 sandbox: cannot listen on 127.0.0.1:%2 (is the port in use?).")
                     .arg(CommandLine::programName())
                     .arg(port));
        return toInt(ExitCode::NetworkFailure);
    }
    const QString url = simulator.baseUrl().toString();
    // Comments and export lines only, so the whole output can be saved and sourced.
    printOut(tr("# ConnectDesk sandbox: a local stand-in for the Pipedream Connect API. "
                "Links it creates are not real."));
    printOut(tr("# Listening on %1 until Ctrl+C. Paste these lines into another shell:").arg(url));
    printOut(exportLine(QStringLiteral("PIPEDREAM_BASE_URL"), url));
    printOut(exportLine(QStringLiteral("PIPEDREAM_CLIENT_ID"),
                        Sim::SandboxCredentials::clientId()));
    printOut(exportLine(QStringLiteral("PIPEDREAM_CLIENT_SECRET"),
                        Sim::SandboxCredentials::clientSecret()));
    printOut(exportLine(QStringLiteral("PIPEDREAM_PROJECT_ID"),
                        Sim::SandboxCredentials::projectId()));
    // Production: the simulator, like Pipedream, caps development projects at 10 users.
    printOut(exportLine(QStringLiteral("PIPEDREAM_PROJECT_ENVIRONMENT"),
                        QStringLiteral("production")));
    printOut(tr("# Then try: %1 token create --external-user-id customer-1 --app slack")
                 .arg(CommandLine::programName()));
    printOut(tr("# Open the link in a browser to play the customer, or from a script:"));
    printOut(tr("#   curl -X POST %1/_sandbox/open -H 'Content-Type: application/json' "
                "-d '{\"token\": \"ctok_...\", \"app\": \"slack\"}'")
                 .arg(url));
    printOut(tr("# Customers and their accounts (break or heal one in a browser): %1")
                 .arg(url + QStringLiteral("/_sandbox/customers")));

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::signalled, &simulator,
                     [] { QCoreApplication::exit(toInt(ExitCode::Ok)); });
    return QCoreApplication::exec();
}

} // namespace

int runSandbox(const QStringList &arguments)
{
    return Sandbox::run(arguments);
}

} // namespace ConnectDesk::Cli
