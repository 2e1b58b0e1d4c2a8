// connectdesk profile add|list|test|remove: profiles in the settings, secrets in the keychain.
#include "profilecommands.h"

#include "commandline.h"
#include "console.h"
#include "exitcodes.h"

#include "base/clock.h"
#include "profiles/connectiontest.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "profiles/settings.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <cstdio>
#include <memory>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace ConnectDesk::Cli {

namespace {

class ProfileCommands final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectDesk::Cli::ProfileCommands)
public:
    explicit ProfileCommands(const ProfileCommandSetup &setup);

    int run(const QStringList &arguments);
    ProfileResolution resolve(const QString &name);

private:
    int add(const QStringList &arguments);
    int list(const QStringList &arguments);
    int test(const QStringList &arguments);
    int remove(const QStringList &arguments);
    int usage(int exitCode) const;

    std::optional<QString> readSecret(QString *error);
    SecretError writeSecret(const QString &profileId, const QString &secret);
    SecretError removeSecret(const QString &profileId);
    // Takes NAME off the front of `arguments` (test, remove).
    static QString takeName(QStringList *arguments);

    ProfileCommandSetup m_setup;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
};

QString flagFor(ProfileField field)
{
    switch (field) {
    case ProfileField::General: return {};
    case ProfileField::Name: return QStringLiteral("--name: ");
    case ProfileField::ProjectId: return QStringLiteral("--project-id: ");
    case ProfileField::Environment: return QStringLiteral("--environment: ");
    case ProfileField::ClientId: return QStringLiteral("--client-id: ");
    case ProfileField::AccessScope: return QStringLiteral("--access-scope: ");
    case ProfileField::ApiBaseUrl: return QStringLiteral("--api-base-url: ");
    }
    return {};
}

// The GUI's wording offers "this session only"; a command ends with its process, so say what
// a script can do instead.
QString secretMessage(const SecretError &error)
{
    if (error.kind != SecretError::Kind::Unavailable)
        return error.message;
    return ProfileCommands::tr("No keychain is available (%1). The command line keeps client "
                               "secrets only in the system keychain: start your desktop's keyring "
                               "(GNOME Keyring, KWallet or another Secret Service), or set "
                               "PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET instead.")
        .arg(error.detail.isEmpty() ? ProfileCommands::tr("no Secret Service answered")
                                    : error.detail);
}

QString prefix(const QString &command)
{
    return CommandLine::programName() + QStringLiteral(" profile ") + command
           + QStringLiteral(": ");
}

ProfileCommands::ProfileCommands(const ProfileCommandSetup &setup)
    : m_setup(setup)
{
    const QString settingsPath = setup.settingsPath.isEmpty() ? Settings::defaultFilePath()
                                                              : setup.settingsPath;
    m_settings = std::make_unique<Settings>(settingsPath);
    m_store = setup.systemSettingsPath
                  ? std::make_unique<ProfileStore>(m_settings.get(), *setup.systemSettingsPath)
                  : std::make_unique<ProfileStore>(m_settings.get());
    m_secrets = std::make_unique<SecretStore>(setup.keychainService.isEmpty()
                                                  ? SecretStore::defaultServiceName()
                                                  : setup.keychainService);
    if (m_settings->recoveredFromCorruption())
        printErr(m_settings->recoveryMessage());
}

int ProfileCommands::usage(int exitCode) const
{
    const QString text
        = tr("Usage: %1 profile <command> ...\n"
             "\n"
             "Profiles name a project and its OAuth client; client secrets live in the system "
             "keychain.\n"
             "\n"
             "Commands:\n"
             "  add --name NAME --project-id proj_... --client-id ID [--environment E]\n"
             "      [--access-scope \"S S\"] [--api-base-url URL] [--no-deletes] --client-secret-stdin\n"
             "                       Add a profile; the client secret is read from standard "
             "input.\n"
             "  list [--json]        List the profiles (never their secrets).\n"
             "  test NAME            Fetch an access token with the profile's credentials.\n"
             "  remove NAME          Remove the profile and its keychain secret.\n")
              .arg(CommandLine::programName());
    if (exitCode == 0)
        printOut(text);
    else
        printErr(text);
    return exitCode;
}

int ProfileCommands::run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usage(toInt(ExitCode::Usage));
    const QString command = arguments.constFirst();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("add"))
        return add(rest);
    if (command == QLatin1String("list"))
        return list(rest);
    if (command == QLatin1String("test"))
        return test(rest);
    if (command == QLatin1String("remove"))
        return remove(rest);
    if (command == QLatin1String("-h") || command == QLatin1String("--help")
        || command == QLatin1String("help"))
        return usage(toInt(ExitCode::Ok));
    printErr(tr("%1 profile: unknown command \"%2\".").arg(CommandLine::programName(), command));
    return usage(toInt(ExitCode::Usage));
}

QString ProfileCommands::takeName(QStringList *arguments)
{
    if (arguments->isEmpty() || arguments->constFirst().startsWith(QLatin1Char('-')))
        return {};
    return arguments->takeFirst();
}

std::optional<QString> ProfileCommands::readSecret(QString *error)
{
    QFile standardInput;
    QIODevice *input = m_setup.secretInput;
    bool terminal = false;
#ifdef Q_OS_UNIX
    termios saved{};
    terminal = !input && isatty(STDIN_FILENO) != 0;
    if (terminal) {
        // Typed by hand: prompt on stderr and do not echo it.
        writeErr(tr("Client secret (input hidden): "));
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#endif
    if (!input) {
        if (!standardInput.open(stdin, QIODevice::ReadOnly)) {
            *error = tr("could not read standard input.");
            return std::nullopt;
        }
        input = &standardInput;
    }
    // A terminal gives one line; a pipe gives everything (scripts: `pass show x | ...`).
    QByteArray bytes = terminal ? input->readLine() : input->readAll();
#ifdef Q_OS_UNIX
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        writeErr(QStringLiteral("\n"));
    }
#endif
    const QString secret = QString::fromUtf8(bytes).trimmed();
    bytes.fill('\0');
    if (secret.isEmpty()) {
        *error = tr(
            "no client secret on standard input; pipe it in, e.g. "
            "`secret-tool lookup ... | connectdesk profile add ... --client-secret-stdin`.");
        return std::nullopt;
    }
    if (secret.contains(QLatin1Char('\n'))) {
        *error = tr("the client secret on standard input spans several lines; give only the "
                    "secret.");
        return std::nullopt;
    }
    return secret;
}

SecretError ProfileCommands::writeSecret(const QString &profileId, const QString &secret)
{
    SecretError result;
    QEventLoop loop;
    m_secrets->writeSecret(profileId, secret, &loop, [&](const SecretError &error) {
        result = error;
        loop.quit();
    });
    loop.exec();
    return result;
}

SecretError ProfileCommands::removeSecret(const QString &profileId)
{
    SecretError result;
    QEventLoop loop;
    m_secrets->removeSecret(profileId, &loop, [&](const SecretError &error) {
        result = error;
        loop.quit();
    });
    loop.exec();
    return result;
}

int ProfileCommands::add(const QStringList &arguments)
{
    CommandLine commandLine(
        QStringLiteral("profile add"),
        tr("--name NAME --project-id proj_... --client-id ID [options] --client-secret-stdin"),
        tr("Adds a profile. The client secret is read from standard input (never from the "
           "command line, where other users could see it) and stored in the system keychain."));
    QCommandLineParser &parser = commandLine.parser();
    const QCommandLineOption name(QStringLiteral("name"), tr("A unique name."), tr("NAME"));
    const QCommandLineOption projectId(QStringLiteral("project-id"), tr("The project (proj_...)."),
                                       tr("ID"));
    const QCommandLineOption clientId(QStringLiteral("client-id"), tr("The OAuth client ID."),
                                      tr("ID"));
    const QCommandLineOption
        environment(QStringLiteral("environment"),
                    tr("The default environment: development or production (default)."), tr("E"));
    const QCommandLineOption
        accessScope(QStringLiteral("access-scope"),
                    tr("Scopes for the access token, space-separated (least privilege), e.g. "
                       "\"connect:tokens:create connect:users:read\"."),
                    tr("SCOPES"));
    const QCommandLineOption baseUrl(QStringLiteral("api-base-url"),
                                     tr("Another API address (advanced)."), tr("URL"));
    const QCommandLineOption secretStdin(QStringLiteral("client-secret-stdin"),
                                         tr("Read the client secret from standard input."));
    const QCommandLineOption noDeletes(QStringLiteral("no-deletes"),
                                       tr("A support profile: it creates links but never deletes "
                                          "accounts or users."));
    parser.addOptions({name, projectId, clientId, environment, accessScope, baseUrl, secretStdin,
                       noDeletes});
    if (const auto exit = commandLine.parse(arguments))
        return *exit;

    Profile profile;
    profile.id = Profile::newId();
    profile.name = parser.value(name);
    profile.projectId = parser.value(projectId).trimmed();
    profile.clientId = parser.value(clientId).trimmed();
    if (parser.isSet(environment))
        profile.defaultEnvironment = parser.value(environment).trimmed().toLower();
    profile.accessScope = parser.value(accessScope).simplified();
    profile.apiBaseUrl = parser.value(baseUrl).trimmed();
    profile.allowDeletes = !parser.isSet(noDeletes);

    const QList<ProfileIssue> issues = m_store->validate(profile);
    if (!issues.isEmpty()) {
        for (const ProfileIssue &issue : issues)
            printErr(prefix(QStringLiteral("add")) + flagFor(issue.field) + issue.message);
        return toInt(ExitCode::Usage);
    }
    if (!parser.isSet(secretStdin))
        return commandLine.usageError(
            tr("--client-secret-stdin is required: pipe the client secret in on standard input."));

    QString error;
    std::optional<QString> secret = readSecret(&error);
    if (!secret)
        return commandLine.usageError(error);

    const SecretError stored = writeSecret(profile.id, *secret);
    secret->fill(QChar(0));
    if (stored.isError()) {
        printErr(prefix(QStringLiteral("add")) + secretMessage(stored) + QLatin1Char(' ')
                 + tr("The profile was not added."));
        return toInt(ExitCode::Usage);
    }
    const ProfileChange change = m_store->add(profile);
    if (!change.ok()) {
        removeSecret(profile.id);
        printErr(prefix(QStringLiteral("add")) + change.firstMessage());
        return toInt(ExitCode::Usage);
    }
    if (!m_store->setHasStoredSecret(change.id, true) || !m_settings->sync()) {
        // Not saved: take the profile and its secret back out, so nothing is left half-added.
        const QString why = m_settings->errorString();
        m_store->remove(change.id);
        removeSecret(profile.id);
        printErr(prefix(QStringLiteral("add")) + why + QLatin1Char(' ')
                 + tr("The profile was not added."));
        return toInt(ExitCode::Usage);
    }
    printErr(tr("Profile \"%1\" added; its client secret is in the system keychain.")
                 .arg(profile.displayName()));
    return toInt(ExitCode::Ok);
}

int ProfileCommands::list(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("profile list"), tr("[--json]"),
                            tr("Lists the profiles. Secrets are never shown; \"stored\" means "
                               "the keychain holds one."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    commandLine.parser().addOption(json);
    if (const auto exit = commandLine.parse(arguments))
        return *exit;

    const QList<Profile> profiles = m_store->profiles();
    const QStringList problems = m_store->systemProblems();
    for (const QString &problem : problems)
        printErr(problem);
    if (commandLine.parser().isSet(json)) {
        QJsonArray array;
        for (const Profile &profile : profiles) {
            QJsonObject object = profile.toJson();
            object.insert(QStringLiteral("id"), profile.id);
            object.insert(QStringLiteral("secret_stored"), m_store->hasStoredSecret(profile.id));
            object.insert(QStringLiteral("read_only"), profile.readOnly);
            object.insert(QStringLiteral("allow_deletes"), profile.allowDeletes);
            array.append(object);
        }
        printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("profiles"), array}})
                                       .toJson(QJsonDocument::Indented))
                     .trimmed());
        return toInt(ExitCode::Ok);
    }
    if (profiles.isEmpty()) {
        printErr(tr("No profiles yet. Add one with \"%1 profile add --help\".")
                     .arg(CommandLine::programName()));
        return toInt(ExitCode::Ok);
    }
    const QStringList header{tr("NAME"),      tr("PROJECT"), tr("ENVIRONMENT"),
                             tr("CLIENT ID"), tr("SECRET"),  tr("SOURCE")};
    QList<QStringList> rows{header};
    for (const Profile &profile : profiles)
        rows.append({profile.displayName(), profile.projectId, profile.defaultEnvironment,
                     profile.clientId,
                     m_store->hasStoredSecret(profile.id) ? tr("stored") : tr("none"),
                     profile.readOnly ? tr("IT (read-only)") : tr("user")});
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths[i] + 2) : row.at(i);
        printOut(line);
    }
    return toInt(ExitCode::Ok);
}

ProfileResolution ProfileCommands::resolve(const QString &name)
{
    ProfileResolution resolution;
    resolution.exitCode = toInt(ExitCode::Usage);
    const auto profile = m_store->findByName(name);
    if (!profile) {
        resolution.error = tr("there is no profile named \"%1\"; see \"%2 profile list\".")
                               .arg(name.simplified(), CommandLine::programName());
        return resolution;
    }
    QString secret;
    SecretError failure;
    QEventLoop loop;
    m_secrets->readSecret(
        profile->id, &loop,
        [&](const QString &value, const SecretError &error) {
            secret = value;
            failure = error;
            loop.quit();
        },
        m_store->hasStoredSecret(profile->id));
    loop.exec();
    if (failure.isError()) {
        resolution.error = tr("profile \"%1\": %2")
                               .arg(profile->displayName(), secretMessage(failure));
        return resolution;
    }
    resolution.resolved = ResolvedProfile{*profile, profile->credentials(secret),
                                          profile->projectId.trimmed(),
                                          profile->defaultEnvironment};
    resolution.exitCode = toInt(ExitCode::Ok);
    secret.fill(QChar(0));
    return resolution;
}

int ProfileCommands::test(const QStringList &arguments)
{
    QStringList rest = arguments;
    const QString name = takeName(&rest);
    CommandLine commandLine(QStringLiteral("profile test"), tr("NAME"),
                            tr("Fetches an access token with the profile's client ID and secret "
                               "and says whether they work."));
    if (const auto exit = commandLine.parse(rest))
        return *exit;
    if (name.isEmpty())
        return commandLine.usageError(tr("name the profile to test."));

    ProfileResolution resolution = resolve(name);
    if (!resolution.resolved) {
        printErr(prefix(QStringLiteral("test")) + resolution.error);
        return resolution.exitCode;
    }
    QNetworkAccessManager network;
    ConnectionTestResult result;
    QEventLoop loop;
    testConnection(
        &network, resolution.resolved->credentials, &loop,
        [&](const ConnectionTestResult &answer) {
            result = answer;
            loop.quit();
        },
        Clock::system());
    loop.exec();
    resolution.resolved->credentials.clientSecret.fill(QChar(0));
    if (result.ok()) {
        printOut(result.message);
        return toInt(ExitCode::Ok);
    }
    printErr(prefix(QStringLiteral("test")) + result.message);
    return toInt(exitCodeFor(result.error));
}

int ProfileCommands::remove(const QStringList &arguments)
{
    QStringList rest = arguments;
    const QString name = takeName(&rest);
    CommandLine commandLine(QStringLiteral("profile remove"), tr("NAME [--force]"),
                            tr("Removes the profile and deletes its client secret from the "
                               "keychain."));
    const QCommandLineOption
        force(QStringLiteral("force"),
              tr("Remove the profile even when its secret cannot be deleted from the keychain."));
    commandLine.parser().addOption(force);
    if (const auto exit = commandLine.parse(rest))
        return *exit;
    if (name.isEmpty())
        return commandLine.usageError(tr("name the profile to remove."));
    const auto profile = m_store->findByName(name);
    if (!profile)
        return commandLine.usageError(
            tr("there is no profile named \"%1\".").arg(name.simplified()));
    if (profile->readOnly)
        return commandLine.usageError(
            tr("\"%1\" is provided by your IT department and cannot be removed.")
                .arg(profile->displayName()));

    SecretError failure;
    QEventLoop loop;
    m_store->removeWithSecret(
        profile->id, m_secrets.get(), &loop,
        [&](const SecretError &error) {
            failure = error;
            loop.quit();
        },
        commandLine.parser().isSet(force));
    loop.exec();
    if (failure.isError()) {
        printErr(prefix(QStringLiteral("remove")) + secretMessage(failure));
        if (!m_settings->errorString().isEmpty())
            return toInt(ExitCode::Usage); // the settings could not be written: nothing changed
        if (!commandLine.parser().isSet(force)) {
            printErr(tr("The profile was kept. Use --force to remove it anyway (its secret may "
                        "then stay in the keychain)."));
            return toInt(ExitCode::Usage);
        }
    }
    if (!m_settings->sync() || m_store->profile(profile->id)) {
        printErr(prefix(QStringLiteral("remove")) + m_settings->errorString());
        return toInt(ExitCode::Usage);
    }
    printErr(tr("Profile \"%1\" removed.").arg(profile->displayName()));
    return toInt(ExitCode::Ok);
}

} // namespace

int runProfileCommand(const QStringList &arguments)
{
    return runProfileCommand(arguments, {});
}

int runProfileCommand(const QStringList &arguments, const ProfileCommandSetup &setup)
{
    ProfileCommands commands(setup);
    return commands.run(arguments);
}

ProfileResolution resolveProfileCredentials(const QString &name, const ProfileCommandSetup &setup)
{
    ProfileCommands commands(setup);
    return commands.resolve(name);
}

} // namespace ConnectDesk::Cli
