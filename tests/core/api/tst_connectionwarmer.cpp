#include "api/connectionwarmer.h"

#include "api/connectclient.h"
#include "fakeclock.h"
#include "simulatedapi.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace ConnectDesk;
using namespace ConnectDesk::Sim;
using namespace ConnectDesk::Testing;

// The warm-up against the simulator: what it sends (only the OAuth call), what it leaves ready
// (a fresh token, so Generate is one call), and how quiet it stays when it fails.
class TestConnectionWarmer final : public QObject
{
    Q_OBJECT

private:
    struct Fixture : SimulatedApi<FakeClock>
    {
        ConnectionWarmer warmer{&client, clock};
        Fixture()
        {
            QVERIFY(listening);
            useFastRetries(5000, 0);
        }
        int oauthCalls() const { return sim.requestCount(QStringLiteral("/oauth/token")); }
        int allCalls() const { return sim.requestCount(); }
    };

    static TokenRequest request()
    {
        TokenRequest r;
        r.projectId = SandboxCredentials::projectId();
        r.externalUserId = QStringLiteral("jane@example.com");
        return r;
    }

private slots:
    void warmFetchesTheTokenAndNothingElse()
    {
        Fixture f;
        f.warmer.warm();
        QTRY_VERIFY(f.provider.hasFreshToken());
        QCOMPARE(f.oauthCalls(), 1);
        QCOMPARE(f.allCalls(), 1);
        QCOMPARE(f.warmer.connectionAttempts(), 1);

        // Generate then costs one call: the token request, no second OAuth call.
        std::unique_ptr<ApiReply> reply(f.client.createToken(request()));
        QTRY_VERIFY(reply->isFinished());
        QVERIFY(reply->isOk());
        QCOMPARE(f.oauthCalls(), 1);
        QCOMPARE(f.allCalls(), 2);
    }

    void typingBeforeTheFirstWarmSendsNothing()
    {
        Fixture f;
        f.warmer.noteActivity();
        QTest::qWait(100);
        QCOMPARE(f.allCalls(), 0);
        QCOMPARE(f.warmer.connectionAttempts(), 0);
    }

    void typingRenewsAStaleTokenAndReconnectsGently()
    {
        Fixture f;
        f.warmer.warm();
        QTRY_VERIFY(f.provider.hasFreshToken());
        f.warmer.noteActivity(); // fresh token, connection attempted a moment ago: nothing
        QTest::qWait(50);
        QCOMPARE(f.oauthCalls(), 1);
        QCOMPARE(f.warmer.connectionAttempts(), 1);

        f.clock.setNow(f.provider.refreshAt().addSecs(1)); // the token is due for renewal
        f.warmer.noteActivity();
        QTRY_COMPARE(f.oauthCalls(), 2);
        QTRY_VERIFY(f.provider.hasFreshToken());
        QCOMPARE(f.warmer.connectionAttempts(), 2); // more than 20 s later: the connection too
        QCOMPARE(f.allCalls(), 2);
    }

    void failedWarmUpIsSilentAndNotRepeatedByTyping()
    {
        Fixture f;
        f.sim.injectFault(Fault::on(QStringLiteral("/oauth/token"), FaultKind::Unauthorized, 2));
        f.warmer.warm();
        QTRY_COMPARE(f.oauthCalls(), 1);
        QTest::qWait(50);
        QVERIFY(!f.provider.hasFreshToken());
        for (int i = 0; i < 5; ++i)
            f.warmer.noteActivity(); // typing does not hammer the OAuth endpoint
        QTest::qWait(50);
        QCOMPARE(f.oauthCalls(), 1);

        // Generate asks again and shows the error as any call would.
        std::unique_ptr<ApiReply> reply(f.client.createToken(request()));
        QTRY_VERIFY(reply->isFinished());
        QVERIFY(!reply->isOk());
        QCOMPARE(reply->error().kind, ApiError::Kind::CredentialsRejected);
        QCOMPARE(f.oauthCalls(), 2);
        QCOMPARE(f.sim.requestCount(QStringLiteral("/tokens")), 0);
    }

    void opensTheConnectionWithoutSendingARequest()
    {
        // A bare TCP server: the warmer must connect and send nothing (no secret: no OAuth).
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QNetworkAccessManager nam;
        FakeClock clock;
        AccessTokenProvider provider(&nam, clock);
        provider.setCredentials({QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())),
                                 QStringLiteral("id"), QString(), {}});
        ConnectClient client(&nam, &provider, clock);
        ConnectionWarmer warmer(&client, clock);
        warmer.warm();
        QVERIFY(server.waitForNewConnection(5000));
        QTcpSocket *socket = server.nextPendingConnection();
        QVERIFY(socket);
        QTest::qWait(200);
        QCOMPARE(socket->bytesAvailable(), 0);
        QCOMPARE(warmer.connectionAttempts(), 1);
    }
};

QTEST_GUILESS_MAIN(TestConnectionWarmer)
#include "tst_connectionwarmer.moc"
