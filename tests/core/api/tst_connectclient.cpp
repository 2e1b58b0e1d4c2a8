#include "api/appinfo.h"
#include "api/connectclient.h"
#include "connectsimulator.h"
#include "fakeclock.h"
#include "simulatedapi.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace ConnectDesk;
using namespace ConnectDesk::Sim;

// ConnectClient over real loopback HTTP against the simulator, one test per injected fault.
class TestConnectClient final : public QObject
{
    Q_OBJECT

private:
    struct Fixture : Testing::SimulatedApi<>
    {
        explicit Fixture(int timeoutMs = 5000)
        {
            QVERIFY(listening);
            useFastRetries(timeoutMs);
        }
    };

    static TokenRequest request()
    {
        TokenRequest r;
        r.projectId = SandboxCredentials::projectId();
        r.environment = QStringLiteral("development");
        r.externalUserId = QStringLiteral("jane@example.com");
        r.appSlug = QStringLiteral("slack");
        return r;
    }

    static std::unique_ptr<ApiReply> waitFor(ApiReply *reply)
    {
        std::unique_ptr<ApiReply> owned(reply);
        QSignalSpy finished(reply, &ApiReply::finished);
        if (!reply->isFinished())
            finished.wait(15000);
        return owned;
    }

    static Fault fault(FaultKind kind, int count = 1)
    {
        return Fault::on(QStringLiteral("/tokens"), kind, count);
    }

private slots:
    void createsTokenWithExactWireRequest();
    void sendsEveryFieldExactlyAsPreviewed();
    void invalidRequestIsNeverSent();
    void retriesAfterRateLimitHonouringRetryAfter();
    void serverErrorsExhaustRetries();
    void htmlErrorPageGivesTitle();
    void truncatedBodyIsNetworkError();
    void contractBreakingBodyIsContractError();
    void slowReplyTimesOut();
    void droppedConnectionIsNetworkError();
    void unknownProjectIs404WithoutRetry();
    void deleteIsNeverResentAfterTransportFailure();
    void oauthClientsAndOneApp();
    void validationErrorFromServerIsShown();
    void cancelStopsAWaitingCall();
    void closedPortIsNetworkError();
    void oversizedBodyIsCutOff();
    void searchesApps();
    void listsAccountsAfterCustomerConnects();
    void validatesToken();
    void recordsEveryCallWithSecretsMasked();
};

void TestConnectClient::createsTokenWithExactWireRequest()
{
    Fixture f;
    auto reply = waitFor(f.client.createToken(request()));
    QVERIFY2(reply->isOk(), qPrintable(reply->error().humanMessage()));
    QVERIFY(reply->tokenResult());
    QVERIFY(TokenResult::isTokenFormat(reply->tokenResult()->token));
    const QUrl link = reply->tokenResult()->connectLink(QStringLiteral("slack"));
    QVERIFY(link.query().contains(QLatin1String("app=slack")));

    const auto requests = f.sim.receivedRequests();
    QCOMPARE(requests.size(), 2);
    const ReceivedRequest &post = requests.last();
    QCOMPARE(post.method, QByteArray("POST"));
    QCOMPARE(post.path, QByteArray("/v1/connect/proj_sandbox/tokens"));
    QVERIFY(post.headers.value("authorization").startsWith("Bearer "));
    QCOMPARE(post.headers.value("x-pd-environment"), QByteArray("development"));
    QCOMPARE(post.headers.value("content-type"), QByteArray("application/json"));
    static const QRegularExpression userAgent(
        QStringLiteral("^ConnectDesk/\\d+\\.\\d+\\.\\d+ \\(Qt 6\\.\\d+\\.\\d+; .+\\)$"));
    QVERIFY2(userAgent.match(QString::fromUtf8(post.headers.value("user-agent"))).hasMatch(),
             post.headers.value("user-agent").constData());
    // The app goes as app_id, exactly as the official SDK sends it.
    QCOMPARE(post.body, QByteArray("{\"app_id\":\"slack\",\"external_user_id\":\"jane@example.com\"}"));
}

void TestConnectClient::sendsEveryFieldExactlyAsPreviewed()
{
    Fixture f;
    TokenRequest r = request();
    r.allowedOrigins = {QStringLiteral("https://App.example.com/"), QStringLiteral("http://localhost:3000")};
    r.successRedirectUri = QStringLiteral("https://app.example.com/ok?x=%221%22&y=a+b");
    r.errorRedirectUri = QStringLiteral("https://app.example.com/err");
    r.webhookUri = QStringLiteral("https://hooks.example.com/pd");
    r.expiresIn = QStringLiteral("900");
    r.scopes = {QStringLiteral("connect:accounts:read"), QStringLiteral("connect:users:read")};
    r.allowProgressiveScopes = true;
    r.externalUserId = QStringLiteral("Jürgen \"JJ\" 山田");
    auto reply = waitFor(f.client.createToken(r));
    QVERIFY2(reply->isOk(), qPrintable(reply->error().humanMessage()));
    const HttpRequestSpec preview = ConnectClient::createTokenSpec(f.sim.baseUrl(), r);
    QCOMPARE(f.sim.receivedRequests().last().body, preview.body);
    QCOMPARE(QString::fromUtf8(f.sim.receivedRequests().last().path), preview.url.path());
}

void TestConnectClient::invalidRequestIsNeverSent()
{
    Fixture f;
    TokenRequest r = request();
    r.externalUserId.clear();
    auto reply = waitFor(f.client.createToken(r));
    QCOMPARE(reply->error().kind, ApiError::Kind::InvalidInput);
    QVERIFY(reply->error().humanMessage().contains(QLatin1String("External user ID")));
    QCOMPARE(f.sim.requestCount(), 0);
}

void TestConnectClient::retriesAfterRateLimitHonouringRetryAfter()
{
    Fixture f;
    Fault rateLimited = fault(FaultKind::RateLimited);
    rateLimited.retryAfterSeconds = 1;
    f.sim.injectFault(rateLimited);
    ApiReply *raw = f.client.createToken(request());
    QSignalSpy retrying(raw, &ApiReply::retrying);
    auto reply = waitFor(raw);
    QVERIFY2(reply->isOk(), qPrintable(reply->error().humanMessage()));
    QCOMPARE(reply->retries(), 1);
    QCOMPARE(retrying.size(), 1);
    // Retry-After (1 s) capped at the test's 50 ms: the backoff alone would give about 10 ms.
    QCOMPARE(retrying.first().at(1).toInt(), 50);
    QCOMPARE(retrying.first().at(2).value<ApiError>().httpStatus, 429);
}

void TestConnectClient::serverErrorsExhaustRetries()
{
    Fixture f;
    f.sim.injectFault(fault(FaultKind::ServerError, 10));
    auto reply = waitFor(f.client.createToken(request()));
    QCOMPARE(reply->error().kind, ApiError::Kind::Http);
    QCOMPARE(reply->error().httpStatus, 500);
    QCOMPARE(reply->retries(), 2);
    QCOMPARE(f.sim.requestCount(QStringLiteral("/tokens")), 3);
}

void TestConnectClient::htmlErrorPageGivesTitle()
{
    Fixture f;
    f.sim.injectFault(fault(FaultKind::HtmlErrorPage, 10));
    auto reply = waitFor(f.client.createToken(request()));
    QCOMPARE(reply->error().httpStatus, 502);
    QVERIFY(!reply->error().message.contains(QLatin1Char('<')));
    QVERIFY(!reply->error().message.isEmpty());
    QVERIFY(reply->error().humanMessage().contains(QLatin1String("502")));
}

void TestConnectClient::truncatedBodyIsNetworkError()
{
    Fixture f;
    f.sim.injectFault(fault(FaultKind::TruncatedBody, 10));
    auto reply = waitFor(f.client.createToken(request()));
    QVERIFY(!reply->isOk());
    QCOMPARE(reply->error().kind, ApiError::Kind::Network);
    QVERIFY(!reply->tokenResult());
    QCOMPARE(reply->retries(), 2);
}

void TestConnectClient::contractBreakingBodyIsContractError()
{
    Fixture f;
    f.sim.injectFault(fault(FaultKind::ContractBreakingBody));
    auto reply = waitFor(f.client.createToken(request()));
    QCOMPARE(reply->error().kind, ApiError::Kind::Contract);
    QVERIFY(!reply->tokenResult());
    QCOMPARE(reply->retries(), 0);
}

void TestConnectClient::slowReplyTimesOut()
{
    Fixture f(300);
    Fault slow = fault(FaultKind::SlowReply, 10);
    slow.delayMs = 2000;
    f.sim.injectFault(slow);
    TransportOptions options = f.client.transportOptions();
    options.retry.maxRetries = 0;
    f.client.setTransportOptions(options);
    auto reply = waitFor(f.client.createToken(request()));
    QCOMPARE(reply->error().kind, ApiError::Kind::Timeout);
    QVERIFY(reply->error().humanMessage().contains(QLatin1String("did not answer in time")));
}

void TestConnectClient::droppedConnectionIsNetworkError()
{
    Fixture f;
    f.sim.injectFault(fault(FaultKind::DropConnection, 10));
    auto reply = waitFor(f.client.createToken(request()));
    QCOMPARE(reply->error().kind, ApiError::Kind::Network);
    QCOMPARE(reply->retries(), 2);
}

// A cut-off answer to a DELETE may mean it happened: resending could delete something else
// that took its place, so only the failure is reported (unlike GET and token creation above).
void TestConnectClient::deleteIsNeverResentAfterTransportFailure()
{
    Fixture f;
    Fault truncated = fault(FaultKind::TruncatedBody, 10);
    truncated.pathContains = QStringLiteral("/users/x");
    f.sim.injectFault(truncated);
    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("DELETE");
    spec.url = f.sim.baseUrl().resolved(QUrl(QStringLiteral("/v1/connect/proj_sandbox/users/x")));
    spec.headers = {{QByteArrayLiteral("x-pd-environment"), QByteArrayLiteral("development")}};
    spec.expect = HttpRequestSpec::Expect::Anything;
    QVERIFY(!spec.isResendSafe());
    auto *raw = new ApiReply(&f.nam, f.clock, &f.provider, spec, f.client.transportOptions());
    raw->start();
    auto reply = waitFor(raw);
    QVERIFY2(reply->error().kind == ApiError::Kind::Network,
             qPrintable(reply->error().humanMessage()));
    QCOMPARE(reply->retries(), 0);
    QCOMPARE(f.sim.requestCount(QStringLiteral("/users/x")), 1);

    // The same failure on a token creation is resent: a spare unused token is harmless.
    QVERIFY(ConnectClient::createTokenSpec(f.sim.baseUrl(), request()).isResendSafe());
}

void TestConnectClient::oauthClientsAndOneApp()
{
    Fixture f;
    auto clients = waitFor(f.client.listOAuthClients(SandboxCredentials::projectId(),
                                                     QStringLiteral("production"),
                                                     QStringLiteral("slack")));
    QVERIFY2(clients->isOk(), qPrintable(clients->error().humanMessage()));
    const QList<OAuthClientInfo> list = OAuthClientInfo::listFromJson(clients->body());
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.first().appSlug, QStringLiteral("slack"));
    QVERIFY(list.first().id.startsWith(QLatin1String("oa_")));

    auto app = waitFor(f.client.getApp(QStringLiteral("http")));
    QVERIFY(app->isOk());
    const auto info = AppInfo::oneFromJson(app->body());
    QVERIFY(info);
    QVERIFY(!info->isConnectable());
}

void TestConnectClient::unknownProjectIs404WithoutRetry()
{
    Fixture f;
    TokenRequest r = request();
    r.projectId = QStringLiteral("proj_doesnotexist");
    auto reply = waitFor(f.client.createToken(r));
    QCOMPARE(reply->error().httpStatus, 404);
    QCOMPARE(reply->retries(), 0);
    QVERIFY(reply->error().humanMessage().contains(QLatin1String("project ID")));
}

void TestConnectClient::validationErrorFromServerIsShown()
{
    Fixture f;
    Fault badRequest = fault(FaultKind::HttpStatus);
    badRequest.status = 400;
    badRequest.message = QStringLiteral("expires_in must be at most 14400");
    f.sim.injectFault(badRequest);
    auto reply = waitFor(f.client.createToken(request()));
    QCOMPARE(reply->error().httpStatus, 400);
    QCOMPARE(reply->error().message, badRequest.message);
    QCOMPARE(reply->retries(), 0);
}

void TestConnectClient::cancelStopsAWaitingCall()
{
    Fixture f;
    Fault slow = fault(FaultKind::SlowReply);
    slow.delayMs = 3000;
    f.sim.injectFault(slow);
    ApiReply *raw = f.client.createToken(request());
    QTRY_COMPARE(f.sim.requestCount(QStringLiteral("/tokens")), 1);
    raw->cancel();
    auto reply = waitFor(raw);
    QCOMPARE(reply->error().kind, ApiError::Kind::Canceled);
}

void TestConnectClient::closedPortIsNetworkError()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    QNetworkAccessManager nam;
    AccessTokenProvider provider(&nam, Clock::system());
    provider.setCredentials({QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)),
                             QStringLiteral("id"), QStringLiteral("secret"), {}});
    ConnectClient client(&nam, &provider, Clock::system());
    TransportOptions options;
    options.retry.baseDelayMs = 5;
    client.setTransportOptions(options);
    auto reply = waitFor(client.createToken(request()));
    QCOMPARE(reply->error().kind, ApiError::Kind::Network);
    QVERIFY(reply->error().humanMessage().contains(QLatin1String("127.0.0.1")));
}

void TestConnectClient::oversizedBodyIsCutOff()
{
    Fixture f;
    Fault huge = fault(FaultKind::ContractBreakingBody);
    huge.message = QString(2 * 1024 * 1024, QLatin1Char('x'));
    f.sim.injectFault(huge);
    auto reply = waitFor(f.client.createToken(request()));
    QCOMPARE(reply->error().kind, ApiError::Kind::TooLarge);
}

void TestConnectClient::searchesApps()
{
    Fixture f;
    auto reply = waitFor(f.client.searchApps(QStringLiteral("slack"), 5));
    QVERIFY2(reply->isOk(), qPrintable(reply->error().humanMessage()));
    const QJsonArray data = reply->json().object().value(QLatin1String("data")).toArray();
    QVERIFY(!data.isEmpty());
    QCOMPARE(data.first().toObject().value(QLatin1String("name_slug")).toString(), QStringLiteral("slack"));
    QVERIFY(f.sim.receivedRequests().last().query.contains("q=slack"));
}

void TestConnectClient::listsAccountsAfterCustomerConnects()
{
    Fixture f;
    auto created = waitFor(f.client.createToken(request()));
    QVERIFY(created->isOk());
    auto before = waitFor(f.client.listAccounts(SandboxCredentials::projectId(),
                                                QStringLiteral("development"),
                                                QStringLiteral("jane@example.com"), QStringLiteral("slack")));
    QVERIFY(before->isOk());
    QCOMPARE(before->json().object().value(QLatin1String("data")).toArray().size(), 0);
    QVERIFY(f.sim.openConnectLink(created->tokenResult()->token, QStringLiteral("slack")));
    auto after = waitFor(f.client.listAccounts(SandboxCredentials::projectId(),
                                               QStringLiteral("development"),
                                               QStringLiteral("jane@example.com"), QStringLiteral("slack")));
    QVERIFY(after->isOk());
    const QJsonArray accounts = after->json().object().value(QLatin1String("data")).toArray();
    QCOMPARE(accounts.size(), 1);
    QVERIFY(accounts.first().toObject().value(QLatin1String("id")).toString().startsWith(QLatin1String("apn_")));
    QCOMPARE(f.sim.receivedRequests().last().headers.value("x-pd-environment"), QByteArray("development"));
}

void TestConnectClient::validatesToken()
{
    Fixture f;
    auto created = waitFor(f.client.createToken(request()));
    QVERIFY(created->isOk());
    const QString token = created->tokenResult()->token;
    auto valid = waitFor(f.client.validateToken(token, QStringLiteral("slack")));
    QVERIFY(valid->isOk());
    QCOMPARE(valid->json().object().value(QLatin1String("success")).toBool(), true);
    QVERIFY(f.sim.openConnectLink(token, QStringLiteral("slack")));
    auto used = waitFor(f.client.validateToken(token, QStringLiteral("slack")));
    QCOMPARE(used->json().object().value(QLatin1String("success")).toBool(), false);
}

void TestConnectClient::recordsEveryCallWithSecretsMasked()
{
    Fixture f;
    QSignalSpy calls(&f.client, &ConnectClient::callFinished);
    auto reply = waitFor(f.client.createToken(request()));
    QVERIFY(reply->isOk());
    QTRY_COMPARE(calls.size(), 2); // oauth/token, then tokens
    for (const auto &call : std::as_const(calls)) {
        const auto record = call.first().value<CallRecord>();
        QVERIFY(!record.requestBody.contains(SandboxCredentials::clientSecret().toUtf8()));
        for (const auto &[name, value] : record.requestHeaders) {
            if (name.compare("authorization", Qt::CaseInsensitive) == 0)
                QCOMPARE(value, QByteArray("Bearer ********"));
        }
    }
    const auto tokenCall = calls.last().first().value<CallRecord>();
    QCOMPARE(tokenCall.status, 200);
    QCOMPARE(tokenCall.method, QByteArray("POST"));
    QVERIFY(tokenCall.url.path().endsWith(QLatin1String("/tokens")));
}

QTEST_GUILESS_MAIN(TestConnectClient)
#include "tst_connectclient.moc"
