#include "api/accesstokenprovider.h"
#include "api/connectclient.h"
#include "connectsimulator.h"
#include "fakeclock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace ConnectDesk;
using namespace ConnectDesk::Sim;

// OAuth client credentials against the simulator: cache, early refresh, single flight, 401 retry.
class TestAccessTokenProvider final : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        ConnectSimulator sim;
        QNetworkAccessManager nam;
        Testing::FakeClock clock{QDateTime::currentDateTimeUtc()};
        AccessTokenProvider provider{&nam, clock};

        Fixture()
        {
            QVERIFY(sim.listenLocal());
            provider.setCredentials({sim.baseUrl(), SandboxCredentials::clientId(),
                                     SandboxCredentials::clientSecret(), {}});
        }
    };

    // Asks for a token and waits for the answer.
    static std::pair<QString, ApiError> fetchToken(AccessTokenProvider &provider)
    {
        QObject context;
        std::optional<std::pair<QString, ApiError>> answer;
        provider.withToken(&context, [&](const QString &token, const ApiError &error) {
            answer = std::make_pair(token, error);
        });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000))
            return {QString(), ApiError::invalidInput(QStringLiteral("no answer"))};
        return *answer;
    }

private slots:
    void refreshTime_data();
    void refreshTime();
    void requestBodyIsJsonClientCredentials();
    void fetchesOnceAndCaches();
    void singleFlightForConcurrentCallers();
    void refreshesBeforeExpiry();
    void wrongSecretIsCredentialsRejected();
    void recordMasksSecretAndToken();
    void connectCall401RefetchesOnceAndRetries();
    void persistent401FailsAfterOneRefetch();
    void missingSecretFailsWithoutSending();
};

void TestAccessTokenProvider::refreshTime_data()
{
    QTest::addColumn<qint64>("lifetime");
    QTest::addColumn<qint64>("expectedOffset");
    QTest::newRow("one hour: 120 s early") << qint64(3600) << qint64(3480);
    QTest::newRow("four minutes: 120 s early") << qint64(240) << qint64(120);
    QTest::newRow("100 s: half the lifetime") << qint64(100) << qint64(50);
    QTest::newRow("1 s") << qint64(1) << qint64(1);
}

void TestAccessTokenProvider::refreshTime()
{
    QFETCH(qint64, lifetime);
    QFETCH(qint64, expectedOffset);
    const QDateTime obtained(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    QCOMPARE(obtained.secsTo(AccessTokenProvider::refreshTime(obtained, lifetime)), expectedOffset);
}

void TestAccessTokenProvider::requestBodyIsJsonClientCredentials()
{
    Fixture f;
    f.provider.setCredentials({f.sim.baseUrl(), SandboxCredentials::clientId(),
                               SandboxCredentials::clientSecret(),
                               QStringLiteral("connect:tokens:create  connect:users:read")});
    const auto [token, error] = fetchToken(f.provider);
    QVERIFY2(!error.isError(), qPrintable(error.humanMessage()));
    QVERIFY(!token.isEmpty());
    const auto requests = f.sim.receivedRequests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().path, QByteArray("/v1/oauth/token"));
    QCOMPARE(requests.first().headers.value("content-type"), QByteArray("application/json"));
    QVERIFY(requests.first().headers.value("user-agent").startsWith("ConnectDesk/"));
    const QJsonObject body = QJsonDocument::fromJson(requests.first().body).object();
    QCOMPARE(body.value(QLatin1String("grant_type")).toString(), QStringLiteral("client_credentials"));
    QCOMPARE(body.value(QLatin1String("client_id")).toString(), SandboxCredentials::clientId());
    QCOMPARE(body.value(QLatin1String("scope")).toString(),
             QStringLiteral("connect:tokens:create connect:users:read"));
}

void TestAccessTokenProvider::fetchesOnceAndCaches()
{
    Fixture f;
    const auto first = fetchToken(f.provider);
    const auto second = fetchToken(f.provider);
    QVERIFY(!first.second.isError());
    QCOMPARE(second.first, first.first);
    QCOMPARE(f.sim.requestCount(QStringLiteral("/v1/oauth/token")), 1);
    QCOMPARE(f.provider.fetchCount(), 1);
}

void TestAccessTokenProvider::singleFlightForConcurrentCallers()
{
    Fixture f;
    QObject context;
    QStringList tokens;
    for (int i = 0; i < 8; ++i) {
        f.provider.withToken(&context, [&](const QString &token, const ApiError &error) {
            QVERIFY(!error.isError());
            tokens.append(token);
        });
    }
    QTRY_COMPARE(tokens.size(), 8);
    QCOMPARE(tokens.count(tokens.first()), 8);
    QCOMPARE(f.sim.requestCount(QStringLiteral("/v1/oauth/token")), 1);
}

void TestAccessTokenProvider::refreshesBeforeExpiry()
{
    Fixture f;
    f.sim.setAccessTokenLifetime(3600);
    const auto first = fetchToken(f.provider);
    f.clock.advance(3479);
    QCOMPARE(fetchToken(f.provider).first, first.first);
    QCOMPARE(f.sim.requestCount(QStringLiteral("/v1/oauth/token")), 1);
    f.clock.advance(2); // now inside the last 120 s
    const auto renewed = fetchToken(f.provider);
    QVERIFY(!renewed.second.isError());
    QVERIFY(renewed.first != first.first);
    QCOMPARE(f.sim.requestCount(QStringLiteral("/v1/oauth/token")), 2);
}

void TestAccessTokenProvider::wrongSecretIsCredentialsRejected()
{
    Fixture f;
    f.provider.setCredentials({f.sim.baseUrl(), SandboxCredentials::clientId(),
                               QStringLiteral("wrong-secret"), {}});
    const auto [token, error] = fetchToken(f.provider);
    QVERIFY(token.isEmpty());
    QCOMPARE(error.kind, ApiError::Kind::CredentialsRejected);
    QVERIFY(error.humanMessage().contains(QLatin1String("Client ID or secret rejected")));
}

void TestAccessTokenProvider::recordMasksSecretAndToken()
{
    Fixture f;
    QSignalSpy spy(&f.provider, &AccessTokenProvider::callFinished);
    const auto [token, error] = fetchToken(f.provider);
    QVERIFY(!error.isError());
    QTRY_COMPARE(spy.size(), 1);
    const auto record = spy.first().first().value<CallRecord>();
    QVERIFY(!record.requestBody.contains(SandboxCredentials::clientSecret().toUtf8()));
    QVERIFY(record.requestBody.contains("********"));
    QVERIFY(!record.responseBody.contains(token.toUtf8()));
    QCOMPARE(record.status, 200);
}

void TestAccessTokenProvider::connectCall401RefetchesOnceAndRetries()
{
    Fixture f;
    ConnectClient client(&f.nam, &f.provider, f.clock);
    QVERIFY(!fetchToken(f.provider).second.isError());
    f.sim.expireAccessTokens(); // our cached token is now refused
    TokenRequest request;
    request.projectId = SandboxCredentials::projectId();
    request.externalUserId = QStringLiteral("jane");
    ApiReply *reply = client.createToken(request);
    QSignalSpy finished(reply, &ApiReply::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY2(reply->isOk(), qPrintable(reply->error().humanMessage()));
    QCOMPARE(reply->retries(), 0);
    QCOMPARE(f.sim.requestCount(QStringLiteral("/v1/oauth/token")), 2);
    QCOMPARE(f.sim.requestCount(QStringLiteral("/tokens")), 2);
    delete reply;
}

void TestAccessTokenProvider::persistent401FailsAfterOneRefetch()
{
    Fixture f;
    ConnectClient client(&f.nam, &f.provider, f.clock);
    Fault fault;
    fault.kind = FaultKind::Unauthorized;
    fault.pathContains = QStringLiteral("/tokens");
    fault.count = 10;
    f.sim.injectFault(fault);
    TokenRequest request;
    request.projectId = SandboxCredentials::projectId();
    request.externalUserId = QStringLiteral("jane");
    ApiReply *reply = client.createToken(request);
    QSignalSpy finished(reply, &ApiReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->error().kind, ApiError::Kind::Http);
    QCOMPARE(reply->error().httpStatus, 401);
    QCOMPARE(f.sim.requestCount(QStringLiteral("/v1/oauth/token")), 2);
    QCOMPARE(f.sim.requestCount(QStringLiteral("/tokens")), 2);
    delete reply;
}

void TestAccessTokenProvider::missingSecretFailsWithoutSending()
{
    Fixture f;
    f.provider.setCredentials({f.sim.baseUrl(), SandboxCredentials::clientId(), {}, {}});
    const auto [token, error] = fetchToken(f.provider);
    QCOMPARE(error.kind, ApiError::Kind::InvalidInput);
    QCOMPARE(f.sim.requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestAccessTokenProvider)
#include "tst_accesstokenprovider.moc"
