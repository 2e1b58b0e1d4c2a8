#include "api/connectclient.h"
#include "base/clock.h"
#include "connectsimulator.h"
#include "hostileserver.h"
#include "profilecommands.h"
#include "profiles/connectiontest.h"
#include "profiles/profilesessions.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "profiles/settings.h"

#include <QBuffer>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace ConnectDesk;
using namespace ConnectDesk::Sim;

// After a full flow — profiles added (in process and through the CLI), secrets in the keychain,
// tokens created, a connection tested, profiles exported — no secret may be found in any file
// under the test's config, data and cache folders (nor the keyring's HOME, nor the export),
// neither as text nor base64. Runs under tests/support/with-keyring.sh.
class TestSecretLeak final : public QObject
{
    Q_OBJECT

private:
    ConnectSimulator m_sim;
    QNetworkAccessManager m_network;
    QStringList m_secrets; // every secret the flow handled
    QString m_exportFile;

    static QStringList privateRoots()
    {
        return {QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
                QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation),
                QDir::homePath()};
    }

    // The secret as text, UTF-16, and base64 at each of the three byte alignments (so it is
    // found inside a longer base64 blob too), plain and URL-safe.
    static QList<QByteArray> needles(const QString &secret)
    {
        const QByteArray utf8 = secret.toUtf8();
        QList<QByteArray> result{utf8, QByteArray(reinterpret_cast<const char *>(secret.utf16()),
                                                  secret.size() * 2)};
        for (int shift = 0; shift < 3; ++shift) {
            const QByteArray encoded = QByteArray(QByteArray(shift, 'A') + utf8).toBase64();
            const int skip = shift == 0 ? 0 : 4;
            const QByteArray core = encoded.mid(skip, encoded.size() - skip - 4);
            result << core << QByteArray(core).replace('+', '-').replace('/', '_');
        }
        return result;
    }

    static QString distinctiveSecret(const QString &label)
    {
        return QStringLiteral("cdleak-%1-%2").arg(label, QUuid::createUuid().toString(QUuid::Id128));
    }

    template<typename Done>
    static bool waitFor(Done &&done, int ms = 30000)
    {
        return QTest::qWaitFor(std::forward<Done>(done), ms);
    }

    SecretError writeSecret(SecretStore &store, const QString &id, const QString &secret)
    {
        std::optional<SecretError> result;
        store.writeSecret(id, secret, this, [&](const SecretError &error) { result = error; });
        waitFor([&] { return result.has_value(); });
        return result.value_or(
            SecretError::make(SecretError::Kind::Failed, QStringLiteral("timeout")));
    }

    std::pair<QString, SecretError> readSecret(SecretStore &store, const QString &id)
    {
        std::optional<std::pair<QString, SecretError>> result;
        store.readSecret(
            id, this,
            [&](const QString &secret, const SecretError &error) {
                result = std::make_pair(secret, error);
            },
            true);
        waitFor([&] { return result.has_value(); });
        return result.value_or(
            std::make_pair(QString(), SecretError::make(SecretError::Kind::Failed)));
    }

    // Runs the connectdesk binary while this process keeps serving the simulator.
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run runBinary(const QStringList &arguments, const QByteArray &input = {},
                         const QProcessEnvironment &environment =
                             QProcessEnvironment::systemEnvironment())
    {
        Run run;
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProgram(QStringLiteral(CONNECTDESK_BINARY));
        process.setArguments(arguments);
        process.start();
        if (!process.waitForStarted(10000))
            return run;
        if (!input.isNull())
            process.write(input);
        process.closeWriteChannel();
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000))
            process.kill();
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    Profile sandboxProfile(const QString &name) const
    {
        Profile profile;
        profile.name = name;
        profile.projectId = SandboxCredentials::projectId();
        profile.defaultEnvironment = QStringLiteral("development");
        profile.clientId = SandboxCredentials::clientId();
        profile.accessScope = QStringLiteral(
            "connect:tokens:create connect:users:read connect:accounts:read");
        profile.apiBaseUrl = m_sim.baseUrl().toString();
        return profile;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("CONNECTDESK_TEST_KEYRING") == QLatin1String("private"),
                 "needs the private keyring: run it through ctest (tests/support/with-keyring.sh)");
        // Only ever clean and scan the test's own folders under the build tree.
        const QStringList roots = privateRoots();
        for (const QString &root : roots)
            QVERIFY2(root.contains(QStringLiteral("/tests/home/")), qPrintable(root));
        for (int i = 0; i < 3; ++i)
            QDir(roots.at(i)).removeRecursively();
        QVERIFY(m_sim.listenLocal());
    }

    void fullFlow()
    {
        Settings settings(Settings::defaultFilePath());
        ProfileStore store(&settings, QString());
        SecretStore secrets;
        ProfileSessions sessions(&m_network, Clock::system());
        sessions.watch(&store, &secrets);

        // 1. A working profile (the simulator only accepts the sandbox secret) and one with a
        //    distinctive secret the server rejects.
        const QString sandboxSecret = SandboxCredentials::clientSecret();
        const QString rejected = distinctiveSecret(QStringLiteral("gui"));
        m_secrets << sandboxSecret << rejected;

        const ProfileChange working = store.add(sandboxProfile(QStringLiteral("Leak check")));
        QVERIFY2(working.ok(), qPrintable(working.firstMessage()));
        QVERIFY(!writeSecret(secrets, working.id, sandboxSecret).isError());
        store.setHasStoredSecret(working.id, true);
        Profile wrong = sandboxProfile(QStringLiteral("Wrong secret"));
        const ProfileChange wrongChange = store.add(wrong);
        QVERIFY(wrongChange.ok());
        QVERIFY(!writeSecret(secrets, wrongChange.id, rejected).isError());
        store.setHasStoredSecret(wrongChange.id, true);
        store.setLastUsed(working.id);

        // 2. Create tokens with it, as the main window will: secret from the keychain, a
        //    per-profile client.
        const auto [secret, readError] = readSecret(secrets, working.id);
        QVERIFY2(!readError.isError(), qPrintable(readError.message));
        const Profile profile = *store.profile(working.id);
        for (int i = 0; i < 3; ++i) {
            ConnectClient *client = sessions.client(profile.id, profile.credentials(secret));
            TokenRequest request;
            request.projectId = profile.projectId;
            request.environment = profile.defaultEnvironment;
            request.externalUserId = QStringLiteral("leak-user-%1").arg(i);
            std::unique_ptr<ApiReply> reply(client->createToken(request));
            QVERIFY(waitFor([&] { return reply->isFinished(); }));
            QVERIFY2(reply->isOk(), qPrintable(reply->error().humanMessage()));
        }
        QCOMPARE(sessions.tokens(profile.id)->fetchCount(), 1); // cached per profile, in memory

        // 3. Test both connections.
        std::optional<ConnectionTestResult> good, bad;
        testConnection(
            &m_network, profile.credentials(secret), this,
            [&](const ConnectionTestResult &r) { good = r; }, Clock::system());
        testConnection(
            &m_network, store.profile(wrongChange.id)->credentials(rejected), this,
            [&](const ConnectionTestResult &r) { bad = r; }, Clock::system());
        QVERIFY(waitFor([&] { return good && bad; }));
        QVERIFY2(good->ok(), qPrintable(good->message));
        QCOMPARE(bad->outcome, ConnectionTestResult::Outcome::CredentialsRejected);
        QVERIFY(!bad->message.contains(rejected));

        // 4. The command line, in process: profile add --client-secret-stdin.
        const QString cliSecret = distinctiveSecret(QStringLiteral("cli-inprocess"));
        m_secrets << cliSecret;
        QBuffer input;
        input.setData(cliSecret.toUtf8() + "\n");
        input.open(QIODevice::ReadOnly);
        Cli::ProfileCommandSetup setup;
        setup.settingsPath = Settings::defaultFilePath();
        setup.systemSettingsPath = QString();
        setup.secretInput = &input;
        QCOMPARE(Cli::runProfileCommand({QStringLiteral("add"), QStringLiteral("--name"),
                                         QStringLiteral("CLI in process"),
                                         QStringLiteral("--project-id"), QStringLiteral("proj_cli"),
                                         QStringLiteral("--client-id"), QStringLiteral("oc_cli"),
                                         QStringLiteral("--client-secret-stdin")},
                                        setup),
                 0);
        const Cli::ProfileResolution resolved
            = Cli::resolveProfileCredentials(QStringLiteral("cli in process"), setup);
        QVERIFY2(resolved.resolved, qPrintable(resolved.error));
        QCOMPARE(resolved.resolved->credentials.clientSecret, cliSecret);
        QCOMPARE(resolved.resolved->projectId, QStringLiteral("proj_cli"));

        // 5. Export everything.
        m_exportFile = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                       + QStringLiteral("/export/profiles.json");
        QDir().mkpath(QFileInfo(m_exportFile).absolutePath());
        Settings reread(Settings::defaultFilePath());
        ProfileStore all(&reread, QString());
        QString error;
        QVERIFY2(all.exportToFile(m_exportFile, &error), qPrintable(error));
        QCOMPARE(all.profiles().size(), 3);
        QVERIFY(settings.sync());
    }

    void commandLineBinary()
    {
        QVERIFY2(QFile::exists(QStringLiteral(CONNECTDESK_BINARY)), "the connectdesk binary is not built");
        const QString secret = distinctiveSecret(QStringLiteral("cli-process"));
        m_secrets << secret;
        // The secret goes in on stdin only; argv never holds it.
        const Run added = runBinary({QStringLiteral("profile"), QStringLiteral("add"),
                                     QStringLiteral("--name"), QStringLiteral("CLI process"),
                                     QStringLiteral("--project-id"), QStringLiteral("proj_process"),
                                     QStringLiteral("--client-id"), QStringLiteral("oc_process"),
                                     QStringLiteral("--environment"), QStringLiteral("development"),
                                     QStringLiteral("--api-base-url"), m_sim.baseUrl().toString(),
                                     QStringLiteral("--access-scope"),
                                     QStringLiteral("connect:tokens:create connect:users:read"),
                                     QStringLiteral("--client-secret-stdin")},
                                    secret.toUtf8() + "\n");
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QVERIFY(!added.out.contains(secret.toUtf8()) && !added.err.contains(secret.toUtf8()));

        // A sandbox profile through the CLI, tested against this process's simulator.
        const Run sandbox = runBinary({QStringLiteral("profile"), QStringLiteral("add"),
                                       QStringLiteral("--name"), QStringLiteral("CLI sandbox"),
                                       QStringLiteral("--project-id"),
                                       SandboxCredentials::projectId(),
                                       QStringLiteral("--client-id"), SandboxCredentials::clientId(),
                                       QStringLiteral("--api-base-url"), m_sim.baseUrl().toString(),
                                       QStringLiteral("--client-secret-stdin")},
                                      SandboxCredentials::clientSecret().toUtf8());
        QVERIFY2(sandbox.exitCode == 0, sandbox.err.constData());
        const Run tested = runBinary(
            {QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("CLI sandbox")});
        QVERIFY2(tested.exitCode == 0, tested.err.constData());
        // token create --profile: the project, client and keychain secret come from the profile.
        const int tokenCalls = m_sim.requestCount(QStringLiteral("/tokens"));
        const Run created = runBinary({QStringLiteral("token"), QStringLiteral("create"),
                                       QStringLiteral("--profile"), QStringLiteral("CLI sandbox"),
                                       QStringLiteral("--environment"), QStringLiteral("production"),
                                       QStringLiteral("--external-user-id"), QStringLiteral("via-profile"),
                                       QStringLiteral("--app"), QStringLiteral("slack")});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        QVERIFY(created.out.contains("app=slack"));
        QCOMPARE(m_sim.requestCount(QStringLiteral("/tokens")), tokenCalls + 1);
        QCOMPARE(m_sim.receivedRequests().last().path, QByteArray("/v1/connect/proj_sandbox/tokens"));
        // token bulk --profile: every row goes to the profile's project with its client.
        const QString bulkDir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        QVERIFY(QDir().mkpath(bulkDir));
        const QString input = bulkDir + QStringLiteral("/bulk-profile.csv");
        const QString output = bulkDir + QStringLiteral("/bulk-profile-out.csv");
        {
            QFile csv(input);
            QVERIFY(csv.open(QIODevice::WriteOnly));
            csv.write("external_user_id,app\nbulk-a,slack\nbulk-b,github\nbulk-c,\n");
        }
        const int beforeBulk = m_sim.requestCount(QStringLiteral("/tokens"));
        const Run bulk = runBinary({QStringLiteral("token"), QStringLiteral("bulk"),
                                    QStringLiteral("--profile"), QStringLiteral("CLI sandbox"),
                                    QStringLiteral("--environment"), QStringLiteral("production"),
                                    QStringLiteral("--input"), input, QStringLiteral("--output"),
                                    output});
        QVERIFY2(bulk.exitCode == 0, bulk.err.constData());
        QCOMPARE(m_sim.requestCount(QStringLiteral("/tokens")), beforeBulk + 3);
        QCOMPARE(m_sim.receivedRequests().last().path, QByteArray("/v1/connect/proj_sandbox/tokens"));
        {
            QFile csv(output);
            QVERIFY(csv.open(QIODevice::ReadOnly));
            const QByteArray written = csv.readAll();
            QCOMPARE(written.count(",ok,"), 3);
            QVERIFY(written.contains("bulk-b"));
        }
        const Run bulkUnknown = runBinary({QStringLiteral("token"), QStringLiteral("bulk"),
                                           QStringLiteral("--profile"), QStringLiteral("nobody"),
                                           QStringLiteral("--input"), input,
                                           QStringLiteral("--output"), output});
        QCOMPARE(bulkUnknown.exitCode, 2);
        QVERIFY(bulkUnknown.err.contains("--profile"));

        const Run unknownProfile = runBinary({QStringLiteral("token"), QStringLiteral("create"),
                                              QStringLiteral("--profile"), QStringLiteral("nobody"),
                                              QStringLiteral("--external-user-id"), QStringLiteral("x")});
        QCOMPARE(unknownProfile.exitCode, 2);
        QVERIFY(unknownProfile.err.contains("--profile"));
        const Run rejected = runBinary(
            {QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("CLI process")});
        QVERIFY2(rejected.exitCode == 3, rejected.err.constData()); // the simulator refuses it
        QVERIFY(rejected.err.contains("Client ID or secret rejected"));
        QVERIFY(!rejected.err.contains(secret.toUtf8()));
        const Run missing = runBinary(
            {QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("nobody")});
        QCOMPARE(missing.exitCode, 2);

        const Run listed = runBinary(
            {QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray profiles = QJsonDocument::fromJson(listed.out)
                                        .object()
                                        .value(QStringLiteral("profiles"))
                                        .toArray();
        bool found = false;
        for (const QJsonValue &value : profiles) {
            const QJsonObject object = value.toObject();
            if (object.value(QStringLiteral("name")).toString() == QLatin1String("CLI process")) {
                found = true;
                QCOMPARE(object.value(QStringLiteral("secret_stored")).toBool(), true);
                QCOMPARE(object.value(QStringLiteral("environment")).toString(),
                         QStringLiteral("development"));
            }
        }
        QVERIFY2(found, listed.out.constData());
        for (const QString &known : std::as_const(m_secrets))
            QVERIFY(!listed.out.contains(known.toUtf8()));

        // The keychain really holds it, under the profile's id.
        Settings settings(Settings::defaultFilePath());
        ProfileStore store(&settings, QString());
        SecretStore secrets;
        const auto profile = store.findByName(QStringLiteral("CLI process"));
        QVERIFY(profile);
        QCOMPARE(readSecret(secrets, profile->id).first, secret);

        // Removing deletes the keychain entry too.
        const Run removed = runBinary(
            {QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("CLI process")});
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        QCOMPARE(readSecret(secrets, profile->id).second.kind, SecretError::Kind::Vanished);

        // Usage errors: no secret on stdin; a secret on the command line is refused, not echoed.
        const Run empty = runBinary({QStringLiteral("profile"), QStringLiteral("add"),
                                     QStringLiteral("--name"), QStringLiteral("Empty"),
                                     QStringLiteral("--project-id"), QStringLiteral("proj_e"),
                                     QStringLiteral("--client-id"), QStringLiteral("oc"),
                                     QStringLiteral("--client-secret-stdin")},
                                    QByteArray(""));
        QCOMPARE(empty.exitCode, 2);
        const QString argvSecret = distinctiveSecret(QStringLiteral("argv"));
        const Run argv = runBinary({QStringLiteral("profile"), QStringLiteral("add"),
                                    QStringLiteral("--name"), QStringLiteral("Argv"),
                                    QStringLiteral("--project-id"), QStringLiteral("proj_a"),
                                    QStringLiteral("--client-id"), QStringLiteral("oc"),
                                    QStringLiteral("--client-secret"), argvSecret});
        QCOMPARE(argv.exitCode, 2);
        QVERIFY(!argv.err.contains(argvSecret.toUtf8()));
        m_secrets << argvSecret; // and it must not have been stored anywhere either
    }

    // A server that echoes the client secret and the bearer token (and a Connect token) in its
    // error text, with terminal escapes: none of it reaches stdout, stderr or the history.
    void hostileServerEchoesSecrets()
    {
        const QString secret = distinctiveSecret(QStringLiteral("echoed"));
        const QByteArray bearer = "cdleakBearer" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
        m_secrets << secret << QString::fromLatin1(bearer);
        Testing::HostileServer server;
        QVERIFY(server.isListening());
        server.on("/v1/oauth/token", Testing::HostileServer::oauthToken(bearer));
        server.on("/v1/connect/", [&](QTcpSocket *socket, const Testing::HostileServer::Request &) {
            const QByteArray body = "{\"error\":\"\u001b[31mdenied\u001b[0m: secret " + secret.toUtf8()
                                    + " bearer " + bearer + "\"}";
            socket->write(Testing::HostileServer::response(400, body));
            socket->disconnectFromHost();
        });
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PIPEDREAM_CLIENT_ID"), QStringLiteral("oc_hostile"));
        environment.insert(QStringLiteral("PIPEDREAM_CLIENT_SECRET"), secret);
        environment.insert(QStringLiteral("PIPEDREAM_PROJECT_ID"), QStringLiteral("proj_abc123"));
        environment.insert(QStringLiteral("PIPEDREAM_BASE_URL"), server.baseUrl().toString());
        for (const QStringList &extra : {QStringList{}, QStringList{QStringLiteral("--json")}}) {
            const Run run = runBinary(QStringList{QStringLiteral("token"), QStringLiteral("create"),
                                                  QStringLiteral("--external-user-id"),
                                                  QStringLiteral("hostile-user")}
                                          + extra,
                                      {}, environment);
            QCOMPARE(run.exitCode, 4);
            QVERIFY2(run.err.contains("denied"), run.err.constData());
            for (const QByteArray &stream : {run.out, run.err}) {
                QVERIFY2(!stream.contains(secret.toUtf8()), stream.constData());
                QVERIFY2(!stream.contains(bearer), stream.constData());
                QVERIFY2(!stream.contains('\x1b'), stream.constData());
            }
        }
        QVERIFY(server.count("/v1/connect/") >= 2); // the server did answer with the echo
    }

    void noSecretInAnyFile()
    {
        QVERIFY(!m_secrets.isEmpty());
        QVERIFY(QFile::exists(m_exportFile));
        QStringList files{m_exportFile};
        const QStringList roots = privateRoots();
        for (const QString &root : roots) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        }
        files.removeDuplicates();
        QVERIFY(files.size() > 2); // settings, export, keyring files at least
        int scanned = 0;
        for (const QString &path : std::as_const(files)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            ++scanned;
            for (const QString &secret : std::as_const(m_secrets)) {
                const QList<QByteArray> forms = needles(secret);
                for (const QByteArray &form : forms)
                    QVERIFY2(!content.contains(form),
                             qPrintable(QStringLiteral("a secret (as %1) is in %2")
                                            .arg(QString::fromLatin1(form.left(6) + "..."), path)));
            }
        }
        qInfo("scanned %d files for %lld secrets", scanned, qlonglong(m_secrets.size()));
        // The settings file is among them and does hold the profiles.
        QFile settings(Settings::defaultFilePath());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(settings.readAll().contains("Leak check"));
    }
};

QTEST_GUILESS_MAIN(TestSecretLeak)
#include "tst_secretleak.moc"
