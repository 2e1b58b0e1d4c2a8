#include "api/connectclient.h"
#include "base/clock.h"
#include "connectsimulator.h"
#include "profiles/connectiontest.h"
#include "profiles/profilesessions.h"
#include "profiles/profilestore.h"
#include "profiles/settings.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace ConnectDesk;
using namespace ConnectDesk::Sim;

Q_DECLARE_METATYPE(ConnectDesk::ApiError::Kind)
Q_DECLARE_METATYPE(ConnectDesk::ConnectionTestResult::Outcome)

// Access tokens per profile, in memory, and "Test connection" against the simulator.
class TestProfileSessions final : public QObject
{
    Q_OBJECT

private:
    ConnectSimulator m_sim;
    QNetworkAccessManager m_network;

    ClientCredentials sandbox() const
    {
        return {m_sim.baseUrl(),
                SandboxCredentials::clientId(),
                SandboxCredentials::clientSecret(),
                {}};
    }

    bool createToken(ConnectClient *client)
    {
        TokenRequest request;
        request.projectId = SandboxCredentials::projectId();
        request.environment = QStringLiteral("development");
        request.externalUserId = QStringLiteral("sessions-user");
        std::unique_ptr<ApiReply> reply(client->createToken(request));
        return QTest::qWaitFor([&] { return reply->isFinished(); }, 15000) && reply->isOk();
    }

    ConnectionTestResult runTest(const ClientCredentials &credentials, int timeoutMs = 15000)
    {
        std::optional<ConnectionTestResult> result;
        testConnection(
            &m_network, credentials, this,
            [&](const ConnectionTestResult &answer) { result = answer; }, Clock::system(),
            timeoutMs);
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return ConnectionTestResult::fromError(
                ApiError::invalidInput(QStringLiteral("no answer")));
        return *result;
    }

private slots:
    void initTestCase() { QVERIFY(m_sim.listenLocal()); }

    void switchingBackKeepsTheToken()
    {
        ProfileSessions sessions(&m_network, Clock::system());
        ConnectClient *a = sessions.client(QStringLiteral("a"), sandbox());
        QVERIFY(createToken(a));
        ConnectClient *b = sessions.client(QStringLiteral("b"), sandbox());
        QVERIFY(a != b);
        QVERIFY(createToken(b));
        // Back to a: same client, same cached access token, no new fetch.
        QCOMPARE(sessions.client(QStringLiteral("a"), sandbox()), a);
        QVERIFY(createToken(a));
        QCOMPARE(sessions.tokens(QStringLiteral("a"))->fetchCount(), 1);
        QCOMPARE(sessions.tokens(QStringLiteral("b"))->fetchCount(), 1);
        QCOMPARE(sessions.size(), 2);

        // New credentials for a profile drop its token (and only its).
        ClientCredentials scoped = sandbox();
        scoped.scope = QStringLiteral("connect:tokens:create");
        QVERIFY(createToken(sessions.client(QStringLiteral("a"), scoped)));
        QCOMPARE(sessions.tokens(QStringLiteral("a"))->fetchCount(), 2);
        QCOMPARE(sessions.tokens(QStringLiteral("b"))->fetchCount(), 1);
    }

    void forgetsOnProfileChanges()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        ProfileStore store(&settings, QString());
        Profile profile;
        profile.name = QStringLiteral("P");
        profile.projectId = QStringLiteral("proj_p");
        profile.clientId = QStringLiteral("oc");
        const QString id = store.add(profile).id;
        const QString other = store
                                  .add([&] {
                                      Profile p = profile;
                                      p.name = QStringLiteral("Q");
                                      return p;
                                  }())
                                  .id;

        ProfileSessions sessions(&m_network, Clock::system());
        sessions.watch(&store, nullptr);
        sessions.client(id, sandbox());
        sessions.client(other, sandbox());
        QVERIFY(store.rename(id, QStringLiteral("P2")).ok());
        QVERIFY(!sessions.contains(id));
        QVERIFY(sessions.contains(other));
        QVERIFY(store.remove(other));
        QVERIFY(!sessions.contains(other));
    }

    void classify_data()
    {
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<ConnectionTestResult::Outcome>("outcome");
        using K = ApiError::Kind;
        using O = ConnectionTestResult::Outcome;
        QTest::newRow("ok") << K::None << 0 << O::Ok;
        QTest::newRow("no secret") << K::InvalidInput << 0 << O::InvalidInput;
        QTest::newRow("rejected") << K::CredentialsRejected << 401 << O::CredentialsRejected;
        QTest::newRow("raw 401") << K::Http << 401 << O::CredentialsRejected;
        QTest::newRow("raw 403") << K::Http << 403 << O::CredentialsRejected;
        QTest::newRow("offline") << K::Network << 0 << O::Offline;
        QTest::newRow("proxy") << K::Proxy << 0 << O::Proxy;
        QTest::newRow("tls") << K::Tls << 0 << O::Tls;
        QTest::newRow("timeout") << K::Timeout << 0 << O::Timeout;
        QTest::newRow("server error") << K::Http << 503 << O::Http;
        QTest::newRow("not found") << K::Http << 404 << O::Http;
        QTest::newRow("contract") << K::Contract << 200 << O::Other;
    }
    void classify()
    {
        QFETCH(ApiError::Kind, kind);
        QFETCH(int, status);
        QFETCH(ConnectionTestResult::Outcome, outcome);
        ApiError error;
        error.kind = kind;
        error.httpStatus = status;
        error.message = QStringLiteral("why");
        const ConnectionTestResult result = ConnectionTestResult::fromError(error);
        QCOMPARE(result.outcome, outcome);
        QVERIFY(!result.message.isEmpty());
        QVERIFY(!result.outcomeName().isEmpty());
        if (outcome == ConnectionTestResult::Outcome::CredentialsRejected)
            QVERIFY(result.message.startsWith(QStringLiteral("Client ID or secret rejected")));
    }

    void againstTheSimulator()
    {
        const ConnectionTestResult ok = runTest(sandbox());
        QVERIFY2(ok.ok(), qPrintable(ok.message));
        QVERIFY(ok.message.contains(QStringLiteral("127.0.0.1")));

        ClientCredentials wrong = sandbox();
        wrong.clientSecret = QStringLiteral("not-the-secret");
        const ConnectionTestResult rejected = runTest(wrong);
        QCOMPARE(rejected.outcome, ConnectionTestResult::Outcome::CredentialsRejected);
        QVERIFY(!rejected.message.contains(QStringLiteral("not-the-secret")));

        ClientCredentials missing = sandbox();
        missing.clientSecret.clear();
        QCOMPARE(runTest(missing).outcome, ConnectionTestResult::Outcome::InvalidInput);

        ClientCredentials nowhere = sandbox();
        nowhere.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
        QCOMPARE(runTest(nowhere).outcome, ConnectionTestResult::Outcome::Offline);

        Fault slow;
        slow.kind = FaultKind::SlowReply;
        slow.pathContains = QStringLiteral("/oauth/token");
        slow.delayMs = 3000;
        m_sim.injectFault(slow);
        QCOMPARE(runTest(sandbox(), 300).outcome, ConnectionTestResult::Outcome::Timeout);
        m_sim.clearFaults();

        Fault down;
        down.kind = FaultKind::ServerError;
        down.pathContains = QStringLiteral("/oauth/token");
        down.status = 503;
        m_sim.injectFault(down);
        const ConnectionTestResult server = runTest(sandbox());
        QCOMPARE(server.outcome,
                 ConnectionTestResult::Outcome::Http); // no retries: one clear answer
        QCOMPARE(server.error.httpStatus, 503);
    }
};

QTEST_GUILESS_MAIN(TestProfileSessions)
#include "tst_profilesessions.moc"
