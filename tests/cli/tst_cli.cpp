// The real connectdesk binary, end to end through QProcess, against an in-process simulator.
#include "api/useragent.h"
#include "bulk/csv.h"
#include "connectsimulator.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

#include <unistd.h>

using namespace ConnectDesk;
using namespace ConnectDesk::Sim;

namespace {

const QString kWrongSecret = QStringLiteral("wrong-secret-5f0c2a");

QString tlsFile(const char *name)
{
    return QStringLiteral(CONNECTDESK_TEST_DATA "/tls/") + QLatin1String(name);
}

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class tst_Cli final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ConnectSimulator> m_sim;
    QTemporaryDir m_dir;
    QStringList m_leaks;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QStringList keys = env.keys();
        for (const QString &key : keys) {
            if (key.startsWith(QLatin1String("PIPEDREAM_")))
                env.remove(key);
        }
        env.insert(QStringLiteral("PIPEDREAM_BASE_URL"), m_sim->baseUrl().toString());
        env.insert(QStringLiteral("PIPEDREAM_CLIENT_ID"), SandboxCredentials::clientId());
        env.insert(QStringLiteral("PIPEDREAM_CLIENT_SECRET"), SandboxCredentials::clientSecret());
        env.insert(QStringLiteral("PIPEDREAM_PROJECT_ID"), SandboxCredentials::projectId());
        env.insert(QStringLiteral("PIPEDREAM_PROJECT_ENVIRONMENT"), QStringLiteral("development"));
        return env;
    }

    Result run(const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs = 30000)
    {
        QProcess process;
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(CONNECTDESK_BINARY), arguments);
        process.closeWriteChannel();
        // The simulator answers on this thread: wait with the event loop running.
        if (!finished.wait(timeoutMs)) {
            process.kill();
            process.waitForFinished();
        }
        Result result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        scanForLeaks(arguments, result.out + result.err);
        return result;
    }

    // The client secrets and every access token the simulator saw must never be printed.
    void scanForLeaks(const QStringList &arguments, const QString &printed)
    {
        QStringList secrets{SandboxCredentials::clientSecret(), kWrongSecret};
        const QList<ReceivedRequest> requests = m_sim->receivedRequests();
        for (const ReceivedRequest &request : requests) {
            const QByteArray bearer = request.headers.value("authorization");
            if (bearer.startsWith("Bearer ") && bearer.size() > 7)
                secrets.append(QString::fromLatin1(bearer.mid(7)));
        }
        for (const QString &secret : std::as_const(secrets)) {
            if (printed.contains(secret))
                m_leaks.append(arguments.join(QLatin1Char(' ')));
        }
    }

    // The rows of a results file (header first); empty when it cannot be read.
    static QList<QStringList> readRows(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return CsvReader::parse(file.readAll());
    }

    static int okRows(const QList<QStringList> &rows)
    {
        return int(std::count_if(rows.cbegin(), rows.cend(), [](const QStringList &row) {
            return row.value(4) == QLatin1String("ok");
        }));
    }

    QStringList bulkArguments(const QString &input, const QString &output) const
    {
        return {QStringLiteral("token"), QStringLiteral("bulk"), QStringLiteral("--input"), input,
                QStringLiteral("--output"), output, QStringLiteral("--environment"),
                QStringLiteral("production")};
    }

    static QByteArray usersCsv(int count, const QByteArray &prefix = "u")
    {
        QByteArray csv("external_user_id\n");
        for (int i = 0; i < count; ++i)
            csv += prefix + QByteArray::number(i) + '\n';
        return csv;
    }
    Result run(const QStringList &arguments) { return run(arguments, environment()); }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return path;
    }

    int tokenRequests() const { return m_sim->requestCount(QStringLiteral("/tokens")); }

    static quint16 closedPort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        const quint16 port = server.serverPort();
        server.close();
        return port;
    }

    static Fault tokenFault(FaultKind kind, int count)
    {
        return Fault::on(QStringLiteral("/tokens"), kind, count);
    }

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void version_data();
    void version();
    void help_data();
    void help();
    void createPrintsOnlyTheLink();
    void createWithoutAppLeavesLinkAsReturned();
    void createJson();
    void createWithOAuthClient();
    void invalidInputSendsNothing_data();
    void invalidInputSendsNothing();
    void missingCredentials_data();
    void missingCredentials();
    void wrongSecretExits3();
    void unknownProjectExits4();
    void serverErrorsExit4AfterRetries();
    void closedPortExits5();
    void droppedConnectionExits5();
    void flagsBeatEnvironment();
    void environmentDefaultsToProduction();
    void bulkWritesEveryRowInOrder();
    void bulkAllOkExits0();
    void bulkBadInputExits2_data();
    void bulkBadInputExits2();
    void bulkWrongSecretExits3();
    void sandboxServesUntilTerminated_data();
    void sandboxServesUntilTerminated();

    // issue 17
    void bulkOutputThatIsTheInputIsRefused_data();
    void bulkOutputThatIsTheInputIsRefused();
    void bulkKilledRunKeepsEveryLinkAndResumes();
    void bulkFailedRerunKeepsTheOldResults();
    void bulkFullDiskSaysSoAndKeepsTheLinks();
    void bulkWithTheServerDeadStopsWithExit5();
    void bulkResultsNeutraliseFormulasAndTrimIds();
    void bulkPipedBrokenInputSendsNothing();
    void bulkTerminatedEndsPromptly();
    void mistypedCommandWord_data();
    void mistypedCommandWord();
    void createExitsNonZeroWhenStdoutIsFull();
    void twoUnauthorizedExit3();
    void blankScopeIsAnError();
    void invisibleCharactersInIdsAreRefused_data();
    void invisibleCharactersInIdsAreRefused();
    void sandboxMissingCertificateFileSaysSo();
    void createSaysWhenItTriesAgain();
};

void tst_Cli::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(CONNECTDESK_BINARY)));
    QVERIFY(m_dir.isValid());
}

void tst_Cli::init()
{
    m_sim = std::make_unique<ConnectSimulator>();
    QVERIFY(m_sim->listenLocal());
    m_leaks.clear();
}

void tst_Cli::cleanup()
{
    m_sim.reset();
    QVERIFY2(m_leaks.isEmpty(), qPrintable(QStringLiteral("the client secret was printed by: ")
                                           + m_leaks.join(QLatin1String("; "))));
}

void tst_Cli::version_data()
{
    QTest::addColumn<QString>("flag");
    QTest::newRow("--version") << QStringLiteral("--version");
    QTest::newRow("-v") << QStringLiteral("-v");
}

void tst_Cli::version()
{
    QFETCH(QString, flag);
    const Result r = run({flag});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("connectdesk %1\n").arg(applicationVersion()));
    QCOMPARE(r.err, QString());
}

void tst_Cli::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")}
                            << QStringList{QStringLiteral("token create"), QStringLiteral("token bulk"),
                                           QStringLiteral("sandbox"), QStringLiteral("--sandbox"),
                                           QStringLiteral("--self-test"), QStringLiteral("--lang"),
                                           QStringLiteral("PIPEDREAM_CLIENT_SECRET")};
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << QStringList{QStringLiteral("token create")};
    QTest::newRow("token --help") << QStringList{QStringLiteral("token"), QStringLiteral("--help")}
                                  << QStringList{QStringLiteral("token bulk")};
    QTest::newRow("token create --help")
        << QStringList{QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--help")}
        << QStringList{QStringLiteral("Usage: connectdesk token create"),
                       QStringLiteral("--external-user-id"), QStringLiteral("--allowed-origin"),
                       QStringLiteral("--success-redirect-uri"), QStringLiteral("--error-redirect-uri"),
                       QStringLiteral("--webhook-uri"), QStringLiteral("--expires-in"),
                       QStringLiteral("--scope"), QStringLiteral("--allow-progressive-scopes"),
                       QStringLiteral("--app"), QStringLiteral("--json"), QStringLiteral("--project-id"),
                       QStringLiteral("--environment"), QStringLiteral("--api-base-url")};
    QTest::newRow("token bulk --help")
        << QStringList{QStringLiteral("token"), QStringLiteral("bulk"), QStringLiteral("-h")}
        << QStringList{QStringLiteral("Usage: connectdesk token bulk"), QStringLiteral("--input"),
                       QStringLiteral("--output"), QStringLiteral("--concurrency")};
    QTest::newRow("sandbox --help") << QStringList{QStringLiteral("sandbox"), QStringLiteral("--help")}
                                    << QStringList{QStringLiteral("--port")};
}

void tst_Cli::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    const Result r = run(arguments);
    QCOMPARE(r.exitCode, 0);
    for (const QString &mention : std::as_const(mentions))
        QVERIFY2(r.out.contains(mention), qPrintable(mention + QLatin1String(" missing in:\n") + r.out));
    QCOMPARE(r.err, QString());
}

void tst_Cli::createPrintsOnlyTheLink()
{
    const Result r = run({QStringLiteral("token"), QStringLiteral("create"),
                          QStringLiteral("--external-user-id"), QStringLiteral("jane@example.com"),
                          QStringLiteral("--app"), QStringLiteral("slack")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QVERIFY(r.out.endsWith(QLatin1Char('\n')));
    QCOMPARE(r.out.count(QLatin1Char('\n')), 1); // the link is the only line
    const QUrl link(r.out.trimmed(), QUrl::StrictMode);
    QVERIFY(link.isValid());
    QCOMPARE(link.host(), QStringLiteral("127.0.0.1"));
    const QUrlQuery query(link);
    QCOMPARE(query.allQueryItemValues(QStringLiteral("app")), QStringList{QStringLiteral("slack")});
    QVERIFY(query.queryItemValue(QStringLiteral("token")).startsWith(QLatin1String("ctok_")));
    QCOMPARE(tokenRequests(), 1);
    const ReceivedRequest post = m_sim->receivedRequests().constLast();
    // --app goes as app_id as well, exactly as the official SDK sends it.
    QCOMPARE(post.body, QByteArray("{\"app_id\":\"slack\",\"external_user_id\":\"jane@example.com\"}"));
    QVERIFY(post.headers.value("user-agent").startsWith("ConnectDesk/"));
}

void tst_Cli::createWithoutAppLeavesLinkAsReturned()
{
    const Result r = run({QStringLiteral("token"), QStringLiteral("create"),
                          QStringLiteral("--external-user-id=u1")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(lines(r.out).size(), 1);
    QVERIFY(!QUrlQuery(QUrl(r.out.trimmed())).hasQueryItem(QStringLiteral("app")));
}

void tst_Cli::createJson()
{
    const Result r = run({QStringLiteral("token"), QStringLiteral("create"),
                          QStringLiteral("--external-user-id"), QStringLiteral("u-json"),
                          QStringLiteral("--app"), QStringLiteral("google_sheets"),
                          QStringLiteral("--expires-in"), QStringLiteral("600"),
                          QStringLiteral("--scope"), QStringLiteral("connect:accounts:read"),
                          QStringLiteral("--allowed-origin"), QStringLiteral("https://App.Example.com/"),
                          QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QStringList keys = json.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("connect_link"), QStringLiteral("connect_link_url"),
                                QStringLiteral("expires_at"), QStringLiteral("token")}));
    QVERIFY(json.value(QLatin1String("token")).toString().startsWith(QLatin1String("ctok_")));
    QVERIFY(!QUrlQuery(QUrl(json.value(QLatin1String("connect_link_url")).toString()))
                 .hasQueryItem(QStringLiteral("app")));
    QCOMPARE(QUrlQuery(QUrl(json.value(QLatin1String("connect_link")).toString()))
                 .queryItemValue(QStringLiteral("app")),
             QStringLiteral("google_sheets"));
    QVERIFY(QDateTime::fromString(json.value(QLatin1String("expires_at")).toString(), Qt::ISODateWithMs)
                .isValid());
    const QJsonObject sent = QJsonDocument::fromJson(m_sim->receivedRequests().constLast().body).object();
    QCOMPARE(sent.value(QLatin1String("expires_in")).toInt(), 600);
    QCOMPARE(sent.value(QLatin1String("scope")).toString(), QStringLiteral("connect:accounts:read"));
    QCOMPARE(sent.value(QLatin1String("allowed_origins")).toVariant().toStringList(),
             QStringList{QStringLiteral("https://app.example.com")});
    // --app is sent as app_id too, as the official SDK does.
    QCOMPARE(sent.value(QLatin1String("app_id")).toString(), QStringLiteral("google_sheets"));
    QVERIFY(!sent.contains(QLatin1String("oauth_app_id")));
}

void tst_Cli::createWithOAuthClient()
{
    const Result r = run({QStringLiteral("token"), QStringLiteral("create"),
                          QStringLiteral("--external-user-id"), QStringLiteral("u-client"),
                          QStringLiteral("--app"), QStringLiteral("slack"),
                          QStringLiteral("--oauth-app-id"), QStringLiteral("oa_sbxSlack1")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject sent = QJsonDocument::fromJson(m_sim->receivedRequests().constLast().body).object();
    QCOMPARE(sent.value(QLatin1String("app_id")).toString(), QStringLiteral("slack"));
    QCOMPARE(sent.value(QLatin1String("oauth_app_id")).toString(), QStringLiteral("oa_sbxSlack1"));

    // A client of another app: the server's 400 names the field.
    const Result wrong = run({QStringLiteral("token"), QStringLiteral("create"),
                              QStringLiteral("--external-user-id"), QStringLiteral("u-client"),
                              QStringLiteral("--app"), QStringLiteral("gmail"),
                              QStringLiteral("--oauth-app-id"), QStringLiteral("oa_sbxSlack1")});
    QCOMPARE(wrong.exitCode, 4);
    QVERIFY2(wrong.err.contains(QLatin1String("oauth_app_id")), qPrintable(wrong.err));
}

void tst_Cli::invalidInputSendsNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions"); // on stderr

    const QStringList create{QStringLiteral("token"), QStringLiteral("create"),
                             QStringLiteral("--external-user-id"), QStringLiteral("u1")};
    auto with = [&create](std::initializer_list<const char *> extra) {
        QStringList arguments = create;
        for (const char *argument : extra)
            arguments.append(QString::fromUtf8(argument));
        return arguments;
    };
    auto words = [](std::initializer_list<const char *> list) {
        QStringList result;
        for (const char *word : list)
            result.append(QString::fromUtf8(word));
        return result;
    };

    QTest::newRow("no external user id") << words({"token", "create"}) << words({"external_user_id", "--external-user-id"});
    QTest::newRow("blank external user id") << words({"token", "create", "--external-user-id", "  "}) << words({"external_user_id"});
    QTest::newRow("external user id too long")
        << (words({"token", "create", "--external-user-id"}) << QString(251, QLatin1Char('x')))
        << words({"external_user_id", "250"});
    QTest::newRow("expires-in 0") << with({"--expires-in", "0"}) << words({"expires_in", "--expires-in"});
    QTest::newRow("expires-in too big") << with({"--expires-in", "14401"}) << words({"expires_in", "--expires-in"});
    QTest::newRow("expires-in not a number") << with({"--expires-in", "1h"}) << words({"expires_in", "--expires-in"});
    QTest::newRow("expires-in empty") << with({"--expires-in", ""}) << words({"--expires-in", "empty"});
    QTest::newRow("environment") << with({"--environment", "staging"}) << words({"environment", "--environment"});
    QTest::newRow("project id") << with({"--project-id", "project-1"}) << words({"project_id", "--project-id"});
    QTest::newRow("origin with path") << with({"--allowed-origin", "https://ok.test", "--allowed-origin", "https://a.test/path"})
                                      << words({"allowed_origins", "--allowed-origin #2"});
    QTest::newRow("origin scheme") << with({"--allowed-origin", "ftp://a.test"}) << words({"allowed_origins"});
    QTest::newRow("success redirect") << with({"--success-redirect-uri", "/relative"}) << words({"success_redirect_uri", "--success-redirect-uri"});
    QTest::newRow("error redirect") << with({"--error-redirect-uri", "mailto:x@y.z"}) << words({"error_redirect_uri"});
    QTest::newRow("webhook") << with({"--webhook-uri", "not a url"}) << words({"webhook_uri", "--webhook-uri"});
    QTest::newRow("scope *") << with({"--scope", "*"}) << words({"scope", "--scope"});
    QTest::newRow("unknown scope") << with({"--scope", "connect:nope"}) << words({"scope", "connect:nope"});
    QTest::newRow("app slug") << with({"--app", "Slack Bot"}) << words({"app", "--app"});
    QTest::newRow("oauth client") << with({"--oauth-app-id", "client-1"})
                                  << words({"oauth_app_id", "--oauth-app-id"});
    QTest::newRow("base url") << with({"--api-base-url", "ftp://api.test"}) << words({"--api-base-url"});
    QTest::newRow("unknown flag") << with({"--frobnicate"}) << words({"frobnicate", "--help"});
    QTest::newRow("secret as a flag") << with({"--client-secret", "sandbox-client-secret"}) << words({"PIPEDREAM_CLIENT_SECRET"});
    QTest::newRow("secret as a flag with =") << with({"--client-secret=sandbox-client-secret"}) << words({"PIPEDREAM_CLIENT_SECRET"});
    QTest::newRow("stray argument") << with({"extra"}) << words({"unexpected", "extra"});
    QTest::newRow("stray secret not echoed") << with({"sandbox-client-secret"}) << words({"unexpected"});
    QTest::newRow("missing value") << words({"token", "create", "--external-user-id"}) << words({"external-user-id"});
    QTest::newRow("token without command") << words({"token"}) << words({"create", "bulk"});
    QTest::newRow("unknown token command") << words({"token", "revoke"}) << words({"revoke"});
    QTest::newRow("bulk concurrency 0") << words({"token", "bulk", "--input", "a.csv", "--output", "b.csv", "--concurrency", "0"})
                                        << words({"--concurrency"});
    QTest::newRow("bulk concurrency 65") << words({"token", "bulk", "--input", "a.csv", "--output", "b.csv", "--concurrency", "65"})
                                         << words({"--concurrency"});
    QTest::newRow("bulk concurrency word") << words({"token", "bulk", "--input", "a.csv", "--output", "b.csv", "--concurrency", "many"})
                                           << words({"--concurrency"});
    QTest::newRow("bulk without input") << words({"token", "bulk", "--output", "b.csv"}) << words({"--input"});
    QTest::newRow("bulk without output") << words({"token", "bulk", "--input", "a.csv"}) << words({"--output"});
    QTest::newRow("bulk bad template") << words({"token", "bulk", "--input", "a.csv", "--output", "b.csv", "--expires-in", "99999"})
                                       << words({"expires_in", "--expires-in"});
    QTest::newRow("sandbox port") << words({"sandbox", "--port", "70000"}) << words({"--port"});
    QTest::newRow("sandbox cert without key")
        << QStringList{QStringLiteral("sandbox"), QStringLiteral("--tls-cert"), tlsFile("sandbox-cert.pem")}
        << words({"--tls-cert", "--tls-key"});
    QTest::newRow("sandbox key is no key")
        << QStringList{QStringLiteral("sandbox"), QStringLiteral("--tls-cert"), tlsFile("sandbox-cert.pem"),
                       QStringLiteral("--tls-key"), tlsFile("README.md")}
        << words({"--tls-key", "README.md"});
}

void tst_Cli::invalidInputSendsNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    const Result r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    for (const QString &mention : std::as_const(mentions))
        QVERIFY2(r.err.contains(mention), qPrintable(mention + QLatin1String(" missing in: ") + r.err));
    QCOMPARE(m_sim->receivedRequests().size(), 0); // nothing was sent, not even for a token
}

void tst_Cli::missingCredentials_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("mention");
    QTest::newRow("client id") << QStringLiteral("PIPEDREAM_CLIENT_ID") << QStringLiteral("PIPEDREAM_CLIENT_ID");
    QTest::newRow("secret") << QStringLiteral("PIPEDREAM_CLIENT_SECRET") << QStringLiteral("PIPEDREAM_CLIENT_SECRET");
    QTest::newRow("project id") << QStringLiteral("PIPEDREAM_PROJECT_ID") << QStringLiteral("PIPEDREAM_PROJECT_ID");
}

void tst_Cli::missingCredentials()
{
    QFETCH(QString, variable);
    QFETCH(QString, mention);
    QProcessEnvironment env = environment();
    env.remove(variable);
    for (const QString &command : {QStringLiteral("create"), QStringLiteral("bulk")}) {
        const QString input = writeFile(QStringLiteral("one.csv"), "external_user_id\nu1\n");
        const QStringList arguments = command == QLatin1String("create")
            ? QStringList{QStringLiteral("token"), command, QStringLiteral("--external-user-id"), QStringLiteral("u1")}
            : QStringList{QStringLiteral("token"), command, QStringLiteral("--input"), input,
                          QStringLiteral("--output"), m_dir.filePath(QStringLiteral("one-out.csv"))};
        const Result r = run(arguments, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mention), qPrintable(r.err));
        QCOMPARE(r.out, QString());
    }
    QCOMPARE(m_sim->receivedRequests().size(), 0);
}

void tst_Cli::wrongSecretExits3()
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("PIPEDREAM_CLIENT_SECRET"), kWrongSecret);
    const Result r = run({QStringLiteral("token"), QStringLiteral("create"),
                          QStringLiteral("--external-user-id"), QStringLiteral("u1")}, env);
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(QLatin1String("rejected")), qPrintable(r.err));
    QCOMPARE(tokenRequests(), 0);
}

void tst_Cli::unknownProjectExits4()
{
    const Result r = run({QStringLiteral("token"), QStringLiteral("create"),
                          QStringLiteral("--external-user-id"), QStringLiteral("u1"),
                          QStringLiteral("--project-id"), QStringLiteral("proj_doesnotexist")});
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(QLatin1String("404")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("project not found")), qPrintable(r.err));
    QCOMPARE(tokenRequests(), 1); // a 404 is not retried
}

void tst_Cli::serverErrorsExit4AfterRetries()
{
    m_sim->injectFault(tokenFault(FaultKind::ServerError, 3));
    const Result r = run({QStringLiteral("token"), QStringLiteral("create"),
                          QStringLiteral("--external-user-id"), QStringLiteral("u1")});
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(QLatin1String("500")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("Internal server error")), qPrintable(r.err));
    QCOMPARE(tokenRequests(), 3); // the call and two retries
}

void tst_Cli::closedPortExits5()
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("PIPEDREAM_BASE_URL"),
               QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
    const Result r = run({QStringLiteral("token"), QStringLiteral("create"),
                          QStringLiteral("--external-user-id"), QStringLiteral("u1")}, env);
    QCOMPARE(r.exitCode, 5);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(QLatin1String("127.0.0.1")), qPrintable(r.err));
}

void tst_Cli::droppedConnectionExits5()
{
    m_sim->injectFault(tokenFault(FaultKind::DropConnection, -1));
    const Result r = run({QStringLiteral("token"), QStringLiteral("create"),
                          QStringLiteral("--external-user-id"), QStringLiteral("u1")});
    QCOMPARE(r.exitCode, 5);
    QCOMPARE(r.out, QString());
    QVERIFY(!r.err.isEmpty());
}

void tst_Cli::flagsBeatEnvironment()
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("PIPEDREAM_PROJECT_ID"), QStringLiteral("proj_fromenv"));
    env.insert(QStringLiteral("PIPEDREAM_PROJECT_ENVIRONMENT"), QStringLiteral("production"));
    env.insert(QStringLiteral("PIPEDREAM_BASE_URL"),
               QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
    const Result r = run({QStringLiteral("token"), QStringLiteral("create"),
                          QStringLiteral("--external-user-id"), QStringLiteral("u1"),
                          QStringLiteral("--project-id"), SandboxCredentials::projectId(),
                          QStringLiteral("--environment"), QStringLiteral("Development"),
                          QStringLiteral("--api-base-url"), m_sim->baseUrl().toString()}, env);
    QCOMPARE(r.exitCode, 0);
    const ReceivedRequest post = m_sim->receivedRequests().constLast();
    QCOMPARE(post.path, QByteArray("/v1/connect/proj_sandbox/tokens"));
    QCOMPARE(post.headers.value("x-pd-environment"), QByteArray("development"));

    // And the environment's own values are used when no flag is given.
    env = environment();
    env.insert(QStringLiteral("PIPEDREAM_PROJECT_ID"), QStringLiteral("proj_fromenv"));
    const Result fromEnv = run({QStringLiteral("token"), QStringLiteral("create"),
                                QStringLiteral("--external-user-id"), QStringLiteral("u1")}, env);
    QCOMPARE(fromEnv.exitCode, 4); // the simulator does not know proj_fromenv
    QCOMPARE(m_sim->receivedRequests().constLast().path, QByteArray("/v1/connect/proj_fromenv/tokens"));

    // A bad value in the environment is named as such.
    env = environment();
    env.insert(QStringLiteral("PIPEDREAM_PROJECT_ID"), QStringLiteral("nope"));
    const Result badEnv = run({QStringLiteral("token"), QStringLiteral("create"),
                               QStringLiteral("--external-user-id"), QStringLiteral("u1")}, env);
    QCOMPARE(badEnv.exitCode, 2);
    QVERIFY2(badEnv.err.contains(QLatin1String("PIPEDREAM_PROJECT_ID")), qPrintable(badEnv.err));
}

void tst_Cli::environmentDefaultsToProduction()
{
    QProcessEnvironment env = environment();
    env.remove(QStringLiteral("PIPEDREAM_PROJECT_ENVIRONMENT"));
    const Result r = run({QStringLiteral("token"), QStringLiteral("create"),
                          QStringLiteral("--external-user-id"), QStringLiteral("u1")}, env);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_sim->receivedRequests().constLast().headers.value("x-pd-environment"),
             QByteArray("production"));
}

void tst_Cli::bulkWritesEveryRowInOrder()
{
    const QString input = writeFile(QStringLiteral("users.csv"),
                                    "\xEF\xBB\xBF" "email,external_user_id,app\r\n"
                                    "a@x.test,user-1,slack\r\n"
                                    "b@x.test,user-2,\r\n"
                                    "c@x.test,,github\r\n"
                                    "\"d@x.test\",\"user,4\",google_sheets\r\n"
                                    "\r\n"
                                    "e@x.test,user-5,bad slug\r\n");
    const QString output = m_dir.filePath(QStringLiteral("links.csv"));
    const Result r = run({QStringLiteral("token"), QStringLiteral("bulk"), QStringLiteral("--input"),
                          input, QStringLiteral("--output"), output, QStringLiteral("--app"),
                          QStringLiteral("notion"), QStringLiteral("--concurrency"), QStringLiteral("3")});
    QCOMPARE(r.exitCode, 4); // two rows failed
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(QLatin1String("2 of 5")), qPrintable(r.err));

    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(!written.contains(SandboxCredentials::clientSecret().toUtf8()));
    QString error;
    const QList<QStringList> rows = CsvReader::parse(written, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows.at(0), (QStringList{QStringLiteral("external_user_id"), QStringLiteral("app"),
                                      QStringLiteral("connect_link"), QStringLiteral("expires_at"),
                                      QStringLiteral("status"), QStringLiteral("error")}));
    const QStringList ids{QStringLiteral("user-1"), QStringLiteral("user-2"), QString(),
                          QStringLiteral("user,4"), QStringLiteral("user-5")};
    const QStringList apps{QStringLiteral("slack"), QStringLiteral("notion"), QStringLiteral("github"),
                           QStringLiteral("google_sheets"), QStringLiteral("bad slug")};
    const QStringList statuses{QStringLiteral("ok"), QStringLiteral("ok"), QStringLiteral("error"),
                               QStringLiteral("ok"), QStringLiteral("error")};
    for (int i = 0; i < 5; ++i) {
        const QStringList &row = rows.at(i + 1);
        QCOMPARE(row.size(), 6);
        QCOMPARE(row.at(0), ids.at(i));
        QCOMPARE(row.at(1), apps.at(i));
        QCOMPARE(row.at(4), statuses.at(i));
        if (statuses.at(i) == QLatin1String("ok")) {
            const QUrl link(row.at(2), QUrl::StrictMode);
            QVERIFY(link.isValid());
            QCOMPARE(QUrlQuery(link).queryItemValue(QStringLiteral("app")), apps.at(i));
            QVERIFY(QDateTime::fromString(row.at(3), Qt::ISODateWithMs).isValid());
            QCOMPARE(row.at(5), QString());
        } else {
            QCOMPARE(row.at(2), QString());
            QVERIFY(!row.at(5).isEmpty());
        }
    }
    QVERIFY2(rows.at(3).at(5).startsWith(QLatin1String("external_user_id: ")), qPrintable(rows.at(3).at(5)));
    QVERIFY2(rows.at(5).at(5).startsWith(QLatin1String("app: ")), qPrintable(rows.at(5).at(5)));
    QCOMPARE(tokenRequests(), 3); // invalid rows are never sent
    QCOMPARE(m_sim->requestCount(QStringLiteral("/oauth/token")), 1); // one access token
}

void tst_Cli::bulkAllOkExits0()
{
    QByteArray csv("external_user_id\n");
    for (int i = 0; i < 25; ++i)
        csv += "bulk-" + QByteArray::number(i) + '\n';
    const QString input = writeFile(QStringLiteral("ok.csv"), csv);
    const QString output = m_dir.filePath(QStringLiteral("ok-out.csv"));
    // (a development project takes at most 10 external users)
    const Result r = run({QStringLiteral("token"), QStringLiteral("bulk"), QStringLiteral("--input"),
                          input, QStringLiteral("--output"), output, QStringLiteral("--environment"),
                          QStringLiteral("production")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.err, QString()); // stderr is not a terminal here: no progress
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = CsvReader::parse(file.readAll());
    QCOMPARE(rows.size(), 26);
    for (int i = 0; i < 25; ++i) {
        QCOMPARE(rows.at(i + 1).at(0), QStringLiteral("bulk-%1").arg(i));
        QCOMPARE(rows.at(i + 1).at(4), QStringLiteral("ok"));
    }
    QCOMPARE(tokenRequests(), 25);
}

void tst_Cli::bulkBadInputExits2_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
    QTest::addColumn<QString>("mention");
    QTest::newRow("missing file") << QByteArray() << QStringLiteral("--input");
    QTest::newRow("no external_user_id column") << QByteArray("user,app\nu1,slack\n")
                                                << QStringLiteral("external_user_id");
    QTest::newRow("unclosed quote") << QByteArray("external_user_id\nu1\n\"u2\n") << QStringLiteral("line 3");
    QTest::newRow("not UTF-8") << QByteArray("external_user_id\nJos\xe9\n") << QStringLiteral("UTF-8");
}

void tst_Cli::bulkBadInputExits2()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, mention);
    const QString input = content.isEmpty() ? m_dir.filePath(QStringLiteral("missing.csv"))
                                            : writeFile(QStringLiteral("bad.csv"), content);
    const QString output = m_dir.filePath(QStringLiteral("bad-out.csv"));
    QFile::remove(output);
    const Result r = run({QStringLiteral("token"), QStringLiteral("bulk"), QStringLiteral("--input"),
                          input, QStringLiteral("--output"), output});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(mention), qPrintable(r.err));
    QVERIFY(!QFile::exists(output));
    QCOMPARE(m_sim->receivedRequests().size(), 0);
}

void tst_Cli::bulkWrongSecretExits3()
{
    QByteArray csv("external_user_id\n");
    for (int i = 0; i < 10; ++i)
        csv += "u" + QByteArray::number(i) + '\n';
    const QString input = writeFile(QStringLiteral("secret.csv"), csv);
    const QString output = m_dir.filePath(QStringLiteral("secret-out.csv"));
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("PIPEDREAM_CLIENT_SECRET"), kWrongSecret);
    const Result r = run({QStringLiteral("token"), QStringLiteral("bulk"), QStringLiteral("--input"),
                          input, QStringLiteral("--output"), output}, env);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("rejected")), qPrintable(r.err));
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(!written.contains(kWrongSecret.toUtf8()));
    const QList<QStringList> rows = CsvReader::parse(written);
    QCOMPARE(rows.size(), 11);
    for (int i = 1; i <= 10; ++i) {
        QCOMPARE(rows.at(i).at(4), QStringLiteral("error"));
        QVERIFY(rows.at(i).at(5).contains(QLatin1String("rejected")));
    }
    QCOMPARE(tokenRequests(), 0);
    QCOMPARE(m_sim->requestCount(QStringLiteral("/oauth/token")), 1);
}

void tst_Cli::sandboxServesUntilTerminated_data()
{
    QTest::addColumn<bool>("tls");
    QTest::newRow("http") << false;
    QTest::newRow("https, trusted through CONNECTDESK_EXTRA_CA_CERTS") << true;
}

void tst_Cli::sandboxServesUntilTerminated()
{
    QFETCH(bool, tls);
    QStringList arguments{QStringLiteral("sandbox")};
    if (tls)
        arguments << QStringLiteral("--tls-cert") << tlsFile("sandbox-cert.pem")
                  << QStringLiteral("--tls-key") << tlsFile("sandbox-key.pem");
    QProcess sandbox;
    sandbox.setProcessEnvironment(environment());
    sandbox.start(QStringLiteral(CONNECTDESK_BINARY), arguments);
    QVERIFY(sandbox.waitForStarted());
    QMap<QString, QString> exports;
    QString printed;
    QTRY_VERIFY_WITH_TIMEOUT(
        (printed += QString::fromUtf8(sandbox.readAllStandardOutput()),
         printed.contains(QLatin1String("token create"))),
        10000);
    for (const QString &line : lines(printed)) {
        if (line.startsWith(QLatin1String("export "))) {
            const QString assignment = line.mid(7);
            exports.insert(assignment.section(QLatin1Char('='), 0, 0),
                           assignment.section(QLatin1Char('='), 1));
        } else {
            QVERIFY2(line.startsWith(QLatin1Char('#')), qPrintable(line)); // sourceable as is
        }
    }
    const QUrl url(exports.value(QStringLiteral("PIPEDREAM_BASE_URL")));
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(url.port() > 0);
    QCOMPARE(url.scheme(), tls ? QStringLiteral("https") : QStringLiteral("http"));
    QCOMPARE(exports.value(QStringLiteral("PIPEDREAM_CLIENT_ID")), SandboxCredentials::clientId());
    QCOMPARE(exports.value(QStringLiteral("PIPEDREAM_CLIENT_SECRET")), SandboxCredentials::clientSecret());
    QCOMPARE(exports.value(QStringLiteral("PIPEDREAM_PROJECT_ID")), SandboxCredentials::projectId());
    QVERIFY(exports.contains(QStringLiteral("PIPEDREAM_PROJECT_ENVIRONMENT")));

    // Another process uses it with exactly what it printed.
    QProcessEnvironment env = environment();
    for (auto it = exports.cbegin(); it != exports.cend(); ++it)
        env.insert(it.key(), it.value());
    if (tls) {
        // Not trusted yet: a certificate error a person can act on, and exit code 5 (network).
        const Result untrusted = run({QStringLiteral("token"), QStringLiteral("create"),
                                      QStringLiteral("--external-user-id"), QStringLiteral("sandbox-user")},
                                     env);
        QCOMPARE(untrusted.exitCode, 5);
        QVERIFY2(untrusted.err.contains(QLatin1String("certificate")), qPrintable(untrusted.err));
        // A file with no certificate in it is refused before anything is sent.
        env.insert(QStringLiteral("CONNECTDESK_EXTRA_CA_CERTS"), tlsFile("README.md"));
        const Result badFile = run({QStringLiteral("token"), QStringLiteral("create"),
                                    QStringLiteral("--external-user-id"), QStringLiteral("sandbox-user")},
                                   env);
        QCOMPARE(badFile.exitCode, 2);
        QVERIFY2(badFile.err.contains(QLatin1String("CONNECTDESK_EXTRA_CA_CERTS")), qPrintable(badFile.err));
        env.insert(QStringLiteral("CONNECTDESK_EXTRA_CA_CERTS"), tlsFile("sandbox-cert.pem"));
    }
    const Result created = run({QStringLiteral("token"), QStringLiteral("create"),
                                QStringLiteral("--external-user-id"), QStringLiteral("sandbox-user"),
                                QStringLiteral("--app"), QStringLiteral("slack")}, env);
    QCOMPARE(created.exitCode, 0);
    const QUrl link(created.out.trimmed());
    QCOMPARE(link.port(), url.port());
    QCOMPARE(m_sim->receivedRequests().size(), 0); // it went to the sandbox, not to ours

    sandbox.terminate(); // SIGTERM: a clean exit
    QVERIFY(sandbox.waitForFinished(5000));
    QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit);
    QCOMPARE(sandbox.exitCode(), 0);
}

void tst_Cli::bulkOutputThatIsTheInputIsRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("hard link") << QStringLiteral("hard");
    QTest::newRow("symbolic link") << QStringLiteral("symbolic");
    QTest::newRow("same path spelled differently") << QStringLiteral("dotted");
}

void tst_Cli::bulkOutputThatIsTheInputIsRefused()
{
    QFETCH(QString, kind);
    const QByteArray content = usersCsv(20);
    const QString input = writeFile(QStringLiteral("self-") + kind + QStringLiteral(".csv"), content);
    QString output = m_dir.filePath(QStringLiteral("self-out-") + kind + QStringLiteral(".csv"));
    QFile::remove(output);
    if (kind == QLatin1String("hard"))
        QCOMPARE(::link(QFile::encodeName(input).constData(), QFile::encodeName(output).constData()), 0);
    else if (kind == QLatin1String("symbolic"))
        QVERIFY(QFile::link(input, output));
    else
        output = m_dir.path() + QStringLiteral("/./") + QFileInfo(input).fileName();
    const Result r = run(bulkArguments(input, output));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("--output names the --input file")), qPrintable(r.err));
    QCOMPARE(m_sim->receivedRequests().size(), 0);
    QFile again(input);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), content); // the input is intact
}

void tst_Cli::bulkKilledRunKeepsEveryLinkAndResumes()
{
    const int total = 60;
    const int concurrency = 4;
    const QString input = writeFile(QStringLiteral("kill.csv"), usersCsv(total, "kill-"));
    const QString output = m_dir.filePath(QStringLiteral("kill-out.csv"));
    const QString journal = output + QStringLiteral(".journal");
    Fault slow = tokenFault(FaultKind::SlowReply, -1);
    slow.delayMs = 150;
    m_sim->injectFault(slow);

    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(CONNECTDESK_BINARY),
                  bulkArguments(input, output) << QStringLiteral("--concurrency")
                                               << QString::number(concurrency));
    QVERIFY(process.waitForStarted());
    // The results file appears (renamed over --output) once the first link was created.
    QTRY_VERIFY_WITH_TIMEOUT(okRows(readRows(output)) >= 8, 20000);
    process.kill(); // SIGKILL: no chance to clean up
    QVERIFY(process.waitForFinished(5000));
    // The simulator runs in this process and may still be reading the killed run's last requests
    // from its sockets: count them all before the resumed run's requests are counted.
    for (int last = -1; last != tokenRequests();) {
        last = tokenRequests();
        QTest::qWait(300);
    }
    scanForLeaks({QStringLiteral("bulk, killed")},
                 QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError()));

    // Every link the simulator handed out is on disk, in the output or (when it finished ahead
    // of an earlier row) in the journal: at most the calls still waiting for their slow answer
    // are missing.
    const QList<QStringList> partial = readRows(output);
    QSet<QString> links;
    for (const QList<QStringList> &rows : {partial, readRows(journal)}) {
        for (const QStringList &row : rows) {
            if (row.value(4) == QLatin1String("ok"))
                links.insert(row.value(2));
        }
    }
    for (int i = 1; i < partial.size(); ++i)
        QCOMPARE(partial.at(i).size(), 6); // no cut line
    const int kept = int(links.size());
    const int sent = tokenRequests();
    QVERIFY2(kept >= sent - concurrency,
             qPrintable(QStringLiteral("%1 links on disk, %2 sent").arg(kept).arg(sent)));
    QVERIFY(kept < total);

    m_sim->clearFaults();
    m_sim->clearReceivedRequests();
    const Result resumed = run(bulkArguments(input, output) << QStringLiteral("--resume"));
    QCOMPARE(resumed.exitCode, 0);
    QCOMPARE(tokenRequests(), total - kept); // nothing created twice
    const QList<QStringList> rows = readRows(output);
    QCOMPARE(rows.size(), total + 1);
    QCOMPARE(okRows(rows), total);
    for (int i = 1; i <= total; ++i)
        QCOMPARE(rows.at(i).at(0), QStringLiteral("kill-%1").arg(i - 1));
    for (int i = 1; i < partial.size(); ++i)
        QCOMPARE(rows.at(i), partial.at(i)); // the earlier links, exactly as they were
    for (const QString &link : std::as_const(links))
        QVERIFY(std::any_of(rows.cbegin(), rows.cend(), [&link](const QStringList &row) { return row.value(2) == link; }));
    QVERIFY(!QFile::exists(output + QStringLiteral(".partial")));
    QVERIFY(!QFile::exists(journal)); // done: everything is in the output
}

void tst_Cli::bulkFailedRerunKeepsTheOldResults()
{
    const QString input = writeFile(QStringLiteral("keep.csv"), usersCsv(5, "keep-"));
    const QString output = m_dir.filePath(QStringLiteral("keep-out.csv"));
    QCOMPARE(run(bulkArguments(input, output)).exitCode, 0);
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    file.close();

    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("PIPEDREAM_CLIENT_SECRET"), kWrongSecret);
    const Result r = run(bulkArguments(input, output), env);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("was left as it was")), qPrintable(r.err));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), good);
    QVERIFY(!QFile::exists(output + QStringLiteral(".partial")));
}

void tst_Cli::bulkFullDiskSaysSoAndKeepsTheLinks()
{
    const QString input = writeFile(QStringLiteral("full.csv"), usersCsv(30, "full-"));
    const QString output = m_dir.filePath(QStringLiteral("full-out.csv"));
    // A file size limit of 1 KiB: writes past it fail (EFBIG), as on a full disk.
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral("/bin/sh"),
                  QStringList{QStringLiteral("-c"),
                              QStringLiteral("ulimit -f 2; trap '' XFSZ; exec \"$0\" \"$@\""),
                              QStringLiteral(CONNECTDESK_BINARY)}
                      + bulkArguments(input, output) << QStringLiteral("--concurrency")
                      << QStringLiteral("1"));
    process.closeWriteChannel();
    QSignalSpy finished(&process, &QProcess::finished);
    QVERIFY(finished.wait(30000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    scanForLeaks({QStringLiteral("bulk, full disk")}, out + err);
    QCOMPARE(process.exitCode(), 7);
    QVERIFY2(err.contains(QLatin1String("the disk is full")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("were created in this run")), qPrintable(err));
    QVERIFY2(err.contains(output), qPrintable(err));
    QVERIFY2(!err.contains(QLatin1String("nothing was sent"), Qt::CaseInsensitive), qPrintable(err));
    // Every link created is in the file or, when it could not be written, on stdout.
    const QList<QStringList> rows = readRows(output);
    const int onStdout = int(CsvReader::parse(out.toUtf8()).size());
    QVERIFY(okRows(rows) > 0);
    QCOMPARE(okRows(rows) + onStdout, tokenRequests());
    QVERIFY(tokenRequests() < 30); // it stopped
}

void tst_Cli::bulkWithTheServerDeadStopsWithExit5()
{
    const QString input = writeFile(QStringLiteral("dead.csv"), usersCsv(40, "dead-"));
    const QString output = m_dir.filePath(QStringLiteral("dead-out.csv"));
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("PIPEDREAM_BASE_URL"),
               QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
    const Result r = run(bulkArguments(input, output), env, 60000);
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains(QLatin1String("could not reach the server")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("--resume")), qPrintable(r.err));
    const QList<QStringList> rows = readRows(output);
    QCOMPARE(rows.size(), 41); // every row is accounted for, none ok
    QCOMPARE(okRows(rows), 0);
}

void tst_Cli::bulkResultsNeutraliseFormulasAndTrimIds()
{
    const QString input = writeFile(QStringLiteral("formula.csv"),
                                    "external_user_id,app\n"
                                    "\"=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\")\",slack\n"
                                    "\"  heidi  \",slack\n"
                                    "+49123,slack\n"
                                    "@sum,=cmd\n");
    const QString output = m_dir.filePath(QStringLiteral("formula-out.csv"));
    const Result r = run(bulkArguments(input, output));
    QCOMPARE(r.exitCode, 4); // the app "=cmd" is invalid
    const QList<QStringList> rows = readRows(output);
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.at(1).at(0), QStringLiteral("'=HYPERLINK(\"https://evil.example\",\"x\")"));
    QCOMPARE(rows.at(2).at(0), QStringLiteral("heidi"));
    QCOMPARE(rows.at(3).at(0), QStringLiteral("'+49123"));
    QCOMPARE(rows.at(4).at(0), QStringLiteral("'@sum"));
    QCOMPARE(rows.at(4).at(1), QStringLiteral("'=cmd"));
    for (int i = 1; i <= 3; ++i) {
        QCOMPARE(rows.at(i).at(4), QStringLiteral("ok"));
        QVERIFY2(rows.at(i).at(2).startsWith(QLatin1String("http://127.0.0.1:")),
                 qPrintable(rows.at(i).at(2))); // the link stays exact
    }
    const QList<ReceivedRequest> requests = m_sim->receivedRequests();
    const auto sentHeidi = std::any_of(requests.cbegin(), requests.cend(), [](const ReceivedRequest &request) {
        return QJsonDocument::fromJson(request.body).object().value(QStringLiteral("external_user_id"))
               == QLatin1String("heidi");
    });
    QVERIFY(sentHeidi);
}

void tst_Cli::bulkPipedBrokenInputSendsNothing()
{
    QByteArray csv = usersCsv(600, "pipe-");
    // Line 502 (the header is line 1) gets bytes that are not UTF-8.
    const qsizetype at = csv.indexOf("pipe-500\n");
    QVERIFY(at > 0);
    csv.insert(at + 4, "\xff\xfe");
    const QString output = m_dir.filePath(QStringLiteral("pipe-out.csv"));
    QFile::remove(output);
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(CONNECTDESK_BINARY), bulkArguments(QStringLiteral("-"), output));
    QVERIFY(process.waitForStarted());
    process.write(csv);
    process.closeWriteChannel();
    QSignalSpy finished(&process, &QProcess::finished);
    QVERIFY(finished.wait(30000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 2);
    QVERIFY2(err.contains(QLatin1String("line 502")), qPrintable(err));
    QCOMPARE(err.count(QLatin1String("line")), 1); // named once
    QCOMPARE(m_sim->receivedRequests().size(), 0); // nothing at all was sent
    QVERIFY(!QFile::exists(output));

    // Piped input that is good runs like a file.
    QProcess good;
    good.setProcessEnvironment(environment());
    good.start(QStringLiteral(CONNECTDESK_BINARY), bulkArguments(QStringLiteral("-"), output));
    QVERIFY(good.waitForStarted());
    good.write(usersCsv(3, "pipe-"));
    good.closeWriteChannel();
    QSignalSpy goodFinished(&good, &QProcess::finished);
    QVERIFY(goodFinished.wait(30000));
    QCOMPARE(good.exitCode(), 0);
    QCOMPARE(okRows(readRows(output)), 3);
}

void tst_Cli::bulkTerminatedEndsPromptly()
{
    const int total = 300;
    const QString input = writeFile(QStringLiteral("term.csv"), usersCsv(total, "term-"));
    const QString output = m_dir.filePath(QStringLiteral("term-out.csv"));
    Fault slow = tokenFault(FaultKind::SlowReply, -1);
    slow.delayMs = 200;
    m_sim->injectFault(slow);
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(CONNECTDESK_BINARY), bulkArguments(input, output));
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(okRows(readRows(output)) >= 2, 20000);
    process.terminate(); // SIGTERM
    QSignalSpy finished(&process, &QProcess::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(process.exitCode(), 130);
    const QList<QStringList> rows = readRows(output);
    QCOMPARE(rows.size(), total + 1); // one row per input row: no more
    const QString err = QString::fromUtf8(process.readAllStandardError());
    scanForLeaks({QStringLiteral("bulk, terminated")}, err);
    QVERIFY2(err.contains(QLatin1String("--resume")), qPrintable(err));
}

void tst_Cli::mistypedCommandWord_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("tokne create") << QStringList{QStringLiteral("tokne"), QStringLiteral("create")}
                                  << QStringLiteral("unknown command \"tokne\", did you mean \"token\"?");
    QTest::newRow("--versoin") << QStringList{QStringLiteral("--versoin")}
                               << QStringLiteral("unknown option \"--versoin\", did you mean \"--version\"?");
    QTest::newRow("foo") << QStringList{QStringLiteral("foo")}
                         << QStringLiteral("unknown command \"foo\".");
    QTest::newRow("token craete") << QStringList{QStringLiteral("token"), QStringLiteral("craete")}
                                  << QStringLiteral("did you mean \"create\"?");
    QTest::newRow("histroy") << QStringList{QStringLiteral("histroy"), QStringLiteral("list")}
                             << QStringLiteral("did you mean \"history\"?");
}

void tst_Cli::mistypedCommandWord()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    // No display at all: the window must not even be tried.
    QProcessEnvironment env = environment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    const Result r = run(arguments, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.out, QString());
}

void tst_Cli::createExitsNonZeroWhenStdoutIsFull()
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.setStandardOutputFile(QStringLiteral("/dev/full"));
    process.start(QStringLiteral(CONNECTDESK_BINARY),
                  {QStringLiteral("token"), QStringLiteral("create"),
                   QStringLiteral("--external-user-id"), QStringLiteral("full-stdout")});
    QSignalSpy finished(&process, &QProcess::finished);
    QVERIFY(finished.wait(30000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    scanForLeaks({QStringLiteral("create >/dev/full")}, err);
    QCOMPARE(process.exitCode(), 7);
    QVERIFY2(err.contains(QLatin1String("could not be written to standard output")), qPrintable(err));
    QCOMPARE(tokenRequests(), 1);
}

void tst_Cli::twoUnauthorizedExit3()
{
    m_sim->injectFault(tokenFault(FaultKind::Unauthorized, 2));
    const Result r = run({QStringLiteral("token"), QStringLiteral("create"),
                          QStringLiteral("--external-user-id"), QStringLiteral("u401")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("401")), qPrintable(r.err));
    QCOMPARE(tokenRequests(), 2); // once more with a fresh access token, then stop
}

void tst_Cli::blankScopeIsAnError()
{
    const Result r = run({QStringLiteral("token"), QStringLiteral("create"),
                          QStringLiteral("--external-user-id"), QStringLiteral("u1"),
                          QStringLiteral("--scope"), QStringLiteral(" , ,")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("--scope")) && r.err.contains(QLatin1String("names no scope")),
             qPrintable(r.err));
    QCOMPARE(m_sim->receivedRequests().size(), 0);
}

void tst_Cli::invisibleCharactersInIdsAreRefused_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("mention");
    QTest::newRow("U+2028") << QString::fromUtf16(u"hei\u2028di") << QStringLiteral("U+2028");
    QTest::newRow("zero-width space") << QString::fromUtf16(u"hei\u200Bdi") << QStringLiteral("U+200B");
}

void tst_Cli::invisibleCharactersInIdsAreRefused()
{
    QFETCH(QString, id);
    QFETCH(QString, mention);
    const Result r = run({QStringLiteral("token"), QStringLiteral("create"),
                          QStringLiteral("--external-user-id"), id});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(mention), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("--external-user-id")), qPrintable(r.err));
    QCOMPARE(m_sim->receivedRequests().size(), 0);
}

void tst_Cli::sandboxMissingCertificateFileSaysSo()
{
    const Result r = run({QStringLiteral("sandbox"), QStringLiteral("--tls-cert"),
                          QStringLiteral("/nonexistent/cert.pem"), QStringLiteral("--tls-key"),
                          tlsFile("sandbox-key.pem")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("--tls-cert: cannot read /nonexistent/cert.pem")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("PEM")), qPrintable(r.err));
}

void tst_Cli::createSaysWhenItTriesAgain()
{
    m_sim->injectFault(tokenFault(FaultKind::ServerError, 1));
    const Result r = run({QStringLiteral("token"), QStringLiteral("create"),
                          QStringLiteral("--external-user-id"), QStringLiteral("retry-user")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QLatin1String("HTTP 500")) && r.err.contains(QLatin1String("Trying again in")),
             qPrintable(r.err));
    QCOMPARE(tokenRequests(), 2);
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
