// The Connect API simulator over real loopback HTTP, driven by a plain QNetworkAccessManager
// (and raw sockets where QNAM cannot produce the bytes). No project core classes on purpose.

#include "connectsimulator.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace ConnectDesk::Sim;

Q_DECLARE_METATYPE(ConnectDesk::Sim::Fault)

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorMessage() const { return json().value("error"_L1).toString(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

// Raw bytes to the simulator, for what QNAM cannot send. Waits by spinning an event loop,
// since the simulator lives in this same thread.
class RawClient final
{
public:
    explicit RawClient(quint16 port)
    {
        QSignalSpy connected(&m_socket, &QAbstractSocket::connected);
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        connected.wait(5000);
    }

    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }
    void close() { m_socket.abort(); }

    // Until `done(received)` holds, the server hangs up, or the timeout.
    QByteArray waitFor(const std::function<bool(const QByteArray &)> &done, int timeoutMs = 5000)
    {
        m_received += m_socket.readAll();
        if (done(m_received) || m_socket.state() == QAbstractSocket::UnconnectedState)
            return m_received;
        QEventLoop loop;
        QObject::connect(&m_socket, &QIODevice::readyRead, &loop, [&] {
            m_received += m_socket.readAll();
            if (done(m_received))
                loop.quit();
        });
        QObject::connect(&m_socket, &QAbstractSocket::disconnected, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        m_received += m_socket.readAll();
        return m_received;
    }
    QByteArray waitForClose(int timeoutMs = 5000)
    {
        return waitFor([](const QByteArray &) { return false; }, timeoutMs);
    }
    bool isClosed() const { return m_socket.state() == QAbstractSocket::UnconnectedState; }
    void clear() { m_received.clear(); }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
};

// True once `data` holds `count` complete responses (Content-Length framed).
bool hasResponses(const QByteArray &data, int count)
{
    qsizetype pos = 0;
    for (int i = 0; i < count; ++i) {
        const qsizetype end = data.indexOf("\r\n\r\n", pos);
        if (end < 0)
            return false;
        const QByteArray head = data.mid(pos, end - pos);
        static const QRegularExpression length(u"(?i)content-length: *(\\d+)"_s);
        const auto match = length.match(QString::fromLatin1(head));
        const qsizetype bodyLength = match.hasMatch() ? match.captured(1).toLongLong() : 0;
        pos = end + 4 + bodyLength;
        if (head.startsWith("HTTP/1.1 100"))
            ++count; // an interim response does not count
        if (pos > data.size())
            return false;
    }
    return true;
}

const QDateTime startTime = QDateTime(QDate(2026, 11, 28), QTime(12, 0, 0, 250), Qt::UTC);

} // namespace

class tst_Simulator final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listensOnLoopbackOnly();
    void oauthIssuesAccessToken();
    void oauthAcceptsFormEncoding();
    void oauthRejects_data();
    void oauthRejects();

    void createTokenHappyPath();
    void createTokenAccepts_data();
    void createTokenAccepts();
    void createTokenRejects_data();
    void createTokenRejects();
    void connectCallsNeedAuth_data();
    void connectCallsNeedAuth();
    void expiredAccessTokenIsRefused();
    void environmentHeaderRequired_data();
    void environmentHeaderRequired();
    void projectIsChecked_data();
    void projectIsChecked();
    void rateLimitPerUser();
    void developmentProjectsAllowTenUsers();

    void faultIsObservable_data();
    void faultIsObservable();
    void faultMatchesPathAndCount();
    void slowReplyDelaysTheAnswer();
    void faultsOverHttp();

    void appsSearch();
    void appsPagination();
    void appsErrors();
    void accountsAfterOpenConnectLink();
    void connectLinkIsSingleUse();
    void validateToken();
    void usersAndDeletion();
    void projectsList();
    void appsHaveEveryRequiredField();
    void appsFiltersAndSorting();
    void accountRetrieveAndCredentials();
    void accountsByUserAndByApp();
    void projectInfo();
    void oauthClients();
    void tokenAppAndOAuthClient_data();
    void tokenAppAndOAuthClient();
    void appWithoutAuthCannotConnect();

    void connectPageServed();
    void connectPageFormConnects();
    void connectPageRedirectsOnSuccess();
    void sandboxOpenEndpoint();

    void keepAliveReusesConnection();
    void keepAliveOnRawSocket();
    void http10ClosesConnection();
    void expectContinue();
    void bodyTooLarge();
    void methodAndPathErrors();
    void garbageDoesNotCrash_data();
    void garbageDoesNotCrash();
    void garbageOnTheWire();
    void recording();

private:
    HttpResult request(const QByteArray &method,
                       const QString &pathAndQuery,
                       const QByteArray &body = {},
                       const Headers &headers = {},
                       int transferTimeoutMs = 0);
    QString accessToken();
    // An authenticated Connect call with x-pd-environment.
    HttpResult api(const QByteArray &method,
                   const QString &pathAndQuery,
                   const QByteArray &body = {},
                   const QByteArray &environment = "production");
    HttpResult createToken(const QString &externalUserId,
                           const QByteArray &environment = "production",
                           const QJsonObject &extra = {},
                           const QString &projectId = u"proj_sandbox"_s);
    QString newToken(const QString &externalUserId,
                     const QByteArray &environment = "production",
                     const QJsonObject &extra = {});

    std::unique_ptr<ConnectSimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QDateTime m_now;
    QString m_token;
};

void tst_Simulator::init()
{
    m_now = startTime;
    m_sim = std::make_unique<ConnectSimulator>();
    m_sim->setNow([this] { return m_now; });
    QVERIFY(m_sim->listenLocal());
    QVERIFY(m_sim->port() != 0);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setProxy(QNetworkProxy::NoProxy);
    m_token.clear();
}

void tst_Simulator::cleanup()
{
    m_nam.reset();
    m_sim.reset();
}

HttpResult tst_Simulator::request(const QByteArray &method,
                                  const QString &pathAndQuery,
                                  const QByteArray &body,
                                  const Headers &headers,
                                  int transferTimeoutMs)
{
    QNetworkRequest req(m_sim->baseUrl().resolved(QUrl(pathAndQuery)));
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    if (transferTimeoutMs > 0)
        req.setTransferTimeout(transferTimeoutMs);
    bool hasContentType = false;
    for (const auto &header : headers) {
        req.setRawHeader(header.first, header.second);
        hasContentType |= header.first.toLower() == "content-type";
    }
    if (!body.isEmpty() && !hasContentType)
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);

    QNetworkReply *reply = method == "HEAD" ? m_nam->head(req)
                                            : m_nam->sendCustomRequest(req, method, body);
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(15000);
    }
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    if (reply->isOpen())
        result.body = reply->readAll();
    const auto pairs = reply->rawHeaderPairs();
    for (const auto &pair : pairs)
        result.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return result;
}

QString tst_Simulator::accessToken()
{
    if (m_token.isEmpty()) {
        const HttpResult r
            = request("POST",
                      u"/v1/oauth/token"_s,
                      QJsonDocument(
                          QJsonObject{{"grant_type"_L1, "client_credentials"_L1},
                                      {"client_id"_L1, SandboxCredentials::clientId()},
                                      {"client_secret"_L1, SandboxCredentials::clientSecret()}})
                          .toJson());
        m_token = r.json().value("access_token"_L1).toString();
    }
    return m_token;
}

HttpResult tst_Simulator::api(const QByteArray &method,
                              const QString &pathAndQuery,
                              const QByteArray &body,
                              const QByteArray &environment)
{
    Headers headers{{"Authorization", "Bearer " + accessToken().toLatin1()}};
    if (!environment.isEmpty())
        headers.append({"x-pd-environment", environment});
    return request(method, pathAndQuery, body, headers);
}

HttpResult tst_Simulator::createToken(const QString &externalUserId,
                                      const QByteArray &environment,
                                      const QJsonObject &extra,
                                      const QString &projectId)
{
    QJsonObject body = extra;
    body.insert("external_user_id"_L1, externalUserId);
    return api("POST",
               u"/v1/connect/%1/tokens"_s.arg(projectId),
               QJsonDocument(body).toJson(QJsonDocument::Compact),
               environment);
}

QString tst_Simulator::newToken(const QString &externalUserId,
                                const QByteArray &environment,
                                const QJsonObject &extra)
{
    return createToken(externalUserId, environment, extra).json().value("token"_L1).toString();
}

// --- basics and OAuth ---

void tst_Simulator::listensOnLoopbackOnly()
{
    QCOMPARE(m_sim->baseUrl().host(), u"127.0.0.1"_s);
    QCOMPARE(m_sim->baseUrl().port(), int(m_sim->port()));
    const auto servers = m_sim->servers();
    QCOMPARE(servers.size(), 1);
    QCOMPARE(servers.first()->serverAddress(), QHostAddress(QHostAddress::LocalHost));

    // A second simulator on the same port must fail, on a free port must work.
    ConnectSimulator other;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot listen"_s));
    QVERIFY(!other.listenLocal(m_sim->port()));
    QVERIFY(other.listenLocal());
    QVERIFY(other.port() != m_sim->port());
}

void tst_Simulator::oauthIssuesAccessToken()
{
    m_sim->setAccessTokenLifetime(120);
    const HttpResult r = request("POST",
                                 u"/v1/oauth/token"_s,
                                 R"({"grant_type":"client_credentials","client_id":"sandbox-client-id",
            "client_secret":"sandbox-client-secret","scope":"connect:tokens:create connect:users:read"})"_ba);
    QCOMPARE(r.status, 200);
    const QJsonObject json = r.json();
    QCOMPARE(json.keys(),
             QStringList({u"access_token"_s, u"created_at"_s, u"expires_in"_s, u"token_type"_s}));
    QCOMPARE(json.value("token_type"_L1).toString(), u"Bearer"_s);
    QCOMPARE(json.value("expires_in"_L1).toInt(), 120);
    QCOMPARE(json.value("created_at"_L1).toInteger(), startTime.toSecsSinceEpoch());
    const QString token = json.value("access_token"_L1).toString();
    QCOMPARE(token.count(u'.'), 2); // JWT-looking, but opaque
    QVERIFY(token.size() > 40);

    // Every fetch is a new token; both work.
    const HttpResult second = request(
        "POST",
        u"/v1/oauth/token"_s,
        R"({"grant_type":"client_credentials","client_id":"sandbox-client-id","client_secret":"sandbox-client-secret"})"_ba);
    QCOMPARE(second.status, 200);
    QVERIFY(second.json().value("access_token"_L1).toString() != token);
    m_token = token;
    QCOMPARE(api("GET", u"/v1/connect/apps?limit=1"_s).status, 200);
}

void tst_Simulator::oauthAcceptsFormEncoding()
{
    const HttpResult r = request(
        "POST",
        u"/v1/oauth/token"_s,
        "grant_type=client_credentials&client_id=sandbox-client-id&client_secret=sandbox-client-secret"_ba,
        {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json().value("access_token"_L1).toString().isEmpty());
}

void tst_Simulator::oauthRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    QTest::newRow("wrong secret")
        << R"({"grant_type":"client_credentials","client_id":"sandbox-client-id","client_secret":"nope"})"_ba
        << 401 << u"invalid_client"_s;
    QTest::newRow("wrong id")
        << R"({"grant_type":"client_credentials","client_id":"other","client_secret":"sandbox-client-secret"})"_ba
        << 401 << u"invalid_client"_s;
    QTest::newRow("not json") << "{grant_type"_ba << 400 << u"invalid_request"_s;
    QTest::newRow("empty") << QByteArray() << 400 << u"invalid_request"_s;
    QTest::newRow("array") << "[1,2]"_ba << 400 << u"invalid_request"_s;
    QTest::newRow("wrong grant")
        << R"({"grant_type":"password","client_id":"sandbox-client-id","client_secret":"sandbox-client-secret"})"_ba
        << 400 << u"unsupported_grant_type"_s;
    QTest::newRow("missing grant")
        << R"({"client_id":"sandbox-client-id","client_secret":"sandbox-client-secret"})"_ba << 400
        << u"invalid_request"_s;
    QTest::newRow("missing id")
        << R"({"grant_type":"client_credentials","client_secret":"sandbox-client-secret"})"_ba
        << 400 << u"invalid_request"_s;
    QTest::newRow("secret not a string")
        << R"({"grant_type":"client_credentials","client_id":"sandbox-client-id","client_secret":5})"_ba
        << 400 << u"invalid_request"_s;
    QTest::newRow("unknown scope")
        << R"({"grant_type":"client_credentials","client_id":"sandbox-client-id","client_secret":"sandbox-client-secret","scope":"admin"})"_ba
        << 400 << u"invalid_scope"_s;
}

void tst_Simulator::oauthRejects()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    const HttpResult r = request("POST",
                                 u"/v1/oauth/token"_s,
                                 body,
                                 {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, status);
    QCOMPARE(r.errorMessage(), error);
    QVERIFY(!r.json().value("error_description"_L1).toString().isEmpty());
}

// --- Connect tokens ---

void tst_Simulator::createTokenHappyPath()
{
    const HttpResult r = createToken(u"customer-42"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("content-type"), "application/json"_ba);
    const QJsonObject json = r.json();
    QCOMPARE(json.keys(), QStringList({u"connect_link_url"_s, u"expires_at"_s, u"token"_s}));

    const QString token = json.value("token"_L1).toString();
    QVERIFY2(QRegularExpression(u"^ctok_[0-9a-f]{32}$"_s).match(token).hasMatch(),
             qPrintable(token));

    const QString expiresAt = json.value("expires_at"_L1).toString();
    QVERIFY2(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s)
                 .match(expiresAt)
                 .hasMatch(),
             qPrintable(expiresAt));
    QCOMPARE(QDateTime::fromString(expiresAt, Qt::ISODateWithMs), startTime.addSecs(14400));

    const QUrl link(json.value("connect_link_url"_L1).toString());
    QCOMPARE(link.scheme(), u"http"_s);
    QCOMPARE(link.host(), u"127.0.0.1"_s);
    QCOMPARE(link.port(), int(m_sim->port()));
    QCOMPARE(link.path(), u"/_static/connect.html"_s);
    const QUrlQuery query(link);
    QCOMPARE(query.queryItemValue(u"token"_s), token);
    QCOMPARE(query.queryItemValue(u"connectLink"_s), u"true"_s);
    QVERIFY(!query.hasQueryItem(u"app"_s));

    QCOMPARE(r.header("x-ratelimit-limit"), "100"_ba);
    QCOMPARE(r.header("x-ratelimit-remaining"), "99"_ba);
    QCOMPARE(r.header("x-ratelimit-reset").toLongLong(), startTime.toSecsSinceEpoch() + 61);

    // expires_in is honoured.
    const HttpResult shorter = createToken(u"customer-42"_s, "production", {{"expires_in"_L1, 600}});
    QCOMPARE(QDateTime::fromString(shorter.json().value("expires_at"_L1).toString(),
                                   Qt::ISODateWithMs),
             startTime.addSecs(600));
}

void tst_Simulator::createTokenAccepts_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("id only") << R"({"external_user_id":"u"})"_ba;
    QTest::newRow("250 characters")
        << R"({"external_user_id":")" + QByteArray(250, 'x') + R"("})"_ba;
    QTest::newRow("250 non-ASCII characters")
        << R"({"external_user_id":")" + QString(250, QChar(0x00e9)).toUtf8() + R"("})"_ba;
    QTest::newRow("everything")
        << R"({"external_user_id":"u","allowed_origins":["https://app.example.com","http://localhost:3000","http://[::1]:8080"],
              "success_redirect_uri":"https://app.example.com/ok?x=1","error_redirect_uri":"http://localhost/err",
              "webhook_uri":"https://hooks.example.com/pd","expires_in":1,"scope":"connect:accounts:read connect:proxy",
              "allow_progressive_scopes":true})"_ba;
    QTest::newRow("empty origins") << R"({"external_user_id":"u","allowed_origins":[]})"_ba;
    QTest::newRow("max expiry") << R"({"external_user_id":"u","expires_in":14400})"_ba;
    QTest::newRow("every scope")
        << R"({"external_user_id":"u","scope":"connect:* connect:actions:* connect:triggers:* connect:accounts:read connect:accounts:write connect:deployed_triggers:read connect:deployed_triggers:write connect:usage:read connect:users:read connect:users:write connect:tokens:create connect:proxy connect:workflow:invoke connect:projects:read connect:projects:write"})"_ba;
}

void tst_Simulator::createTokenAccepts()
{
    QFETCH(QByteArray, body);
    const HttpResult r = api("POST", u"/v1/connect/proj_sandbox/tokens"_s, body);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value("token"_L1).toString().startsWith("ctok_"_L1));
}

void tst_Simulator::createTokenRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field"); // the error message must name it

    QTest::newRow("not json") << "{external_user_id"_ba << u"JSON object"_s;
    QTest::newRow("array body") << R"(["u"])"_ba << u"JSON object"_s;
    QTest::newRow("empty body") << QByteArray() << u"JSON object"_s;
    QTest::newRow("missing id") << "{}"_ba << u"external_user_id"_s;
    QTest::newRow("id null") << R"({"external_user_id":null})"_ba << u"external_user_id"_s;
    QTest::newRow("id number") << R"({"external_user_id":42})"_ba << u"external_user_id"_s;
    QTest::newRow("id empty") << R"({"external_user_id":""})"_ba << u"external_user_id"_s;
    QTest::newRow("id 251 characters")
        << R"({"external_user_id":")" + QByteArray(251, 'x') + R"("})"_ba << u"external_user_id"_s;
    QTest::newRow("unknown field") << R"({"external_user_id":"u","team":"x"})"_ba << u"team"_s;
    QTest::newRow("camelCase field") << R"({"externalUserId":"u"})"_ba << u"externalUserId"_s;
    QTest::newRow("origins not an array")
        << R"({"external_user_id":"u","allowed_origins":"https://a.com"})"_ba
        << u"allowed_origins"_s;
    QTest::newRow("origin with path")
        << R"({"external_user_id":"u","allowed_origins":["https://a.com/app"]})"_ba
        << u"allowed_origins"_s;
    QTest::newRow("origin with trailing slash")
        << R"({"external_user_id":"u","allowed_origins":["https://a.com/"]})"_ba
        << u"allowed_origins"_s;
    QTest::newRow("origin without scheme")
        << R"({"external_user_id":"u","allowed_origins":["a.com"]})"_ba << u"allowed_origins"_s;
    QTest::newRow("origin ftp") << R"({"external_user_id":"u","allowed_origins":["ftp://a.com"]})"_ba
                                << u"allowed_origins"_s;
    QTest::newRow("origin not a string")
        << R"({"external_user_id":"u","allowed_origins":[1]})"_ba << u"allowed_origins"_s;
    QTest::newRow("origin wildcard")
        << R"({"external_user_id":"u","allowed_origins":["*"]})"_ba << u"allowed_origins"_s;
    QTest::newRow("success uri relative")
        << R"({"external_user_id":"u","success_redirect_uri":"/done"})"_ba
        << u"success_redirect_uri"_s;
    QTest::newRow("error uri javascript")
        << R"j({"external_user_id":"u","error_redirect_uri":"javascript:alert(1)"})j"_ba
        << u"error_redirect_uri"_s;
    QTest::newRow("webhook without host")
        << R"({"external_user_id":"u","webhook_uri":"https://"})"_ba << u"webhook_uri"_s;
    QTest::newRow("webhook not a string")
        << R"({"external_user_id":"u","webhook_uri":true})"_ba << u"webhook_uri"_s;
    QTest::newRow("expires_in zero")
        << R"({"external_user_id":"u","expires_in":0})"_ba << u"expires_in"_s;
    QTest::newRow("expires_in too big")
        << R"({"external_user_id":"u","expires_in":14401})"_ba << u"expires_in"_s;
    QTest::newRow("expires_in negative")
        << R"({"external_user_id":"u","expires_in":-5})"_ba << u"expires_in"_s;
    QTest::newRow("expires_in string")
        << R"({"external_user_id":"u","expires_in":"600"})"_ba << u"expires_in"_s;
    QTest::newRow("expires_in fraction")
        << R"({"external_user_id":"u","expires_in":1.5})"_ba << u"expires_in"_s;
    QTest::newRow("scope star") << R"({"external_user_id":"u","scope":"*"})"_ba << u"scope"_s;
    QTest::newRow("scope unknown")
        << R"({"external_user_id":"u","scope":"connect:accounts:read connect:everything"})"_ba
        << u"scope"_s;
    QTest::newRow("scope empty") << R"({"external_user_id":"u","scope":""})"_ba << u"scope"_s;
    QTest::newRow("scope array") << R"({"external_user_id":"u","scope":["connect:*"]})"_ba
                                 << u"scope"_s;
    QTest::newRow("progressive not bool")
        << R"({"external_user_id":"u","allow_progressive_scopes":"yes"})"_ba
        << u"allow_progressive_scopes"_s;
}

void tst_Simulator::createTokenRejects()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const HttpResult r = api("POST", u"/v1/connect/proj_sandbox/tokens"_s, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value("code"_L1).toString(), u"invalid_request"_s);
    QVERIFY2(r.errorMessage().contains(field), qPrintable(r.errorMessage()));
    QCOMPARE(m_sim->requestCount(u"/tokens"_s), 1);
}

void tst_Simulator::connectCallsNeedAuth_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("basic") << "Basic c2FuZGJveDpzZWNyZXQ="_ba;
    QTest::newRow("unknown bearer") << "Bearer not-a-token"_ba;
    QTest::newRow("empty bearer") << "Bearer "_ba;
}

void tst_Simulator::connectCallsNeedAuth()
{
    QFETCH(QByteArray, authorization);
    Headers headers{{"x-pd-environment", "production"}};
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const HttpResult token = request("POST",
                                     u"/v1/connect/proj_sandbox/tokens"_s,
                                     R"({"external_user_id":"u"})"_ba,
                                     headers);
    QCOMPARE(token.status, 401);
    QVERIFY(!token.errorMessage().isEmpty());
    QCOMPARE(request("GET", u"/v1/connect/proj_sandbox/accounts"_s, {}, headers).status, 401);
    QCOMPARE(request("GET", u"/v1/connect/proj_sandbox/users"_s, {}, headers).status, 401);
    QCOMPARE(request("GET", u"/v1/connect/apps"_s, {}, headers).status, 401);
    QCOMPARE(request("GET", u"/v1/connect/apps/slack"_s, {}, headers).status, 401);
}

void tst_Simulator::expiredAccessTokenIsRefused()
{
    QCOMPARE(createToken(u"u"_s).status, 200);
    m_sim->expireAccessTokens();
    const HttpResult refused = createToken(u"u"_s);
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.errorMessage(), u"invalid or expired access token"_s);

    // A fresh token works; it dies when its lifetime is over.
    m_token.clear();
    m_sim->setAccessTokenLifetime(60);
    QCOMPARE(createToken(u"u"_s).status, 200);
    m_now = m_now.addSecs(59);
    QCOMPARE(createToken(u"u"_s).status, 200);
    m_now = m_now.addSecs(1);
    QCOMPARE(createToken(u"u"_s).status, 401);
}

void tst_Simulator::environmentHeaderRequired_data()
{
    QTest::addColumn<QByteArray>("environment");
    QTest::newRow("missing") << QByteArray();
    QTest::newRow("staging") << "staging"_ba;
    QTest::newRow("capitalised") << "Production"_ba;
}

void tst_Simulator::environmentHeaderRequired()
{
    QFETCH(QByteArray, environment);
    const HttpResult r = createToken(u"u"_s, environment);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.errorMessage().contains("x-pd-environment"_L1), qPrintable(r.errorMessage()));
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/accounts"_s, {}, environment).status, 400);
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/users"_s, {}, environment).status, 400);
    // The app catalogue is not project-scoped.
    QCOMPARE(api("GET", u"/v1/connect/apps"_s, {}, environment).status, 200);
}

void tst_Simulator::projectIsChecked_data()
{
    QTest::addColumn<QString>("projectId");
    QTest::addColumn<int>("status");
    QTest::newRow("sandbox") << u"proj_sandbox"_s << 200;
    QTest::newRow("second sandbox") << u"proj_sandbox2"_s << 200;
    QTest::newRow("unknown") << u"proj_abc123"_s << 404;
    QTest::newRow("no prefix") << u"sandbox"_s << 400;
    QTest::newRow("dash") << u"proj_bad-id"_s << 400;
    QTest::newRow("empty suffix") << u"proj_"_s << 400;
}

void tst_Simulator::projectIsChecked()
{
    QFETCH(QString, projectId);
    QFETCH(int, status);
    const HttpResult r = createToken(u"u"_s, "production", {}, projectId);
    QCOMPARE(r.status, status);
    if (status == 404)
        QCOMPARE(r.errorMessage(), u"project not found"_s);
    QCOMPARE(api("GET", u"/v1/connect/%1/accounts"_s.arg(projectId)).status, status);
}

void tst_Simulator::rateLimitPerUser()
{
    m_sim->setTokensPerMinutePerUser(3);
    for (int i = 0; i < 3; ++i) {
        const HttpResult r = createToken(u"busy"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("x-ratelimit-limit"), "3"_ba);
        QCOMPARE(r.header("x-ratelimit-remaining").toInt(), 2 - i);
        m_now = m_now.addSecs(10);
    }
    const HttpResult throttled = createToken(u"busy"_s);
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.json(), QJsonObject({{"error"_L1, "Throttled"_L1}}));
    // The oldest of the three was 30 s ago: the window opens again in 30 s.
    QCOMPARE(throttled.header("retry-after").toInt(), 30);
    QCOMPARE(throttled.header("x-ratelimit-limit"), "3"_ba);
    QCOMPARE(throttled.header("x-ratelimit-remaining"), "0"_ba);
    QCOMPARE(throttled.header("x-ratelimit-reset").toLongLong(), startTime.toSecsSinceEpoch() + 61);

    // Other users and other projects have their own windows.
    QCOMPARE(createToken(u"calm"_s).status, 200);
    QCOMPARE(createToken(u"busy"_s, "production", {}, u"proj_sandbox2"_s).status, 200);
    // Invalid requests are refused before they count.
    QCOMPARE(api("POST", u"/v1/connect/proj_sandbox/tokens"_s, "{}"_ba).status, 400);

    m_now = m_now.addSecs(30);
    QCOMPARE(createToken(u"busy"_s).status, 200);
    QCOMPARE(createToken(u"busy"_s).status, 429);
}

void tst_Simulator::developmentProjectsAllowTenUsers()
{
    for (int i = 0; i < 10; ++i)
        QCOMPARE(createToken(u"dev-user-%1"_s.arg(i), "development").status, 200);
    const HttpResult refused = createToken(u"dev-user-10"_s, "development");
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.errorMessage(), u"development projects are limited to 10 external users"_s);
    QCOMPARE(createToken(u"dev-user-3"_s, "development").status, 200); // known users go on
    QCOMPARE(createToken(u"dev-user-10"_s, "production").status, 200);
    QCOMPARE(createToken(u"dev-user-10"_s, "development", {}, u"proj_sandbox2"_s).status, 200);
}

// --- faults ---

void tst_Simulator::faultIsObservable_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("networkError");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("bodyContains");

    const auto make =
        [](FaultKind kind, int status = 0, const QString &message = {}, int retryAfter = -1) {
            Fault fault;
            fault.kind = kind;
            fault.pathContains = u"/tokens"_s;
            fault.status = status;
            fault.message = message;
            fault.retryAfterSeconds = retryAfter;
            return fault;
        };
    QTest::newRow("http status") << make(FaultKind::HttpStatus, 418, u"short and stout"_s) << 418
                                 << false << "application/json"_ba
                                 << uR"({"error":"short and stout"})"_s;
    QTest::newRow("rate limited") << make(FaultKind::RateLimited, 0, {}, 7) << 429 << false
                                  << "application/json"_ba << uR"({"error":"Throttled"})"_s;
    QTest::newRow("rate limited, reset only")
        << make(FaultKind::RateLimited) << 429 << false << "application/json"_ba << u"Throttled"_s;
    QTest::newRow("unauthorized") << make(FaultKind::Unauthorized) << 401 << false
                                  << "application/json"_ba << u"\"error\""_s;
    QTest::newRow("server error") << make(FaultKind::ServerError) << 500 << false
                                  << "application/json"_ba
                                  << uR"({"error":"Internal server error"})"_s;
    QTest::newRow("server error 503") << make(FaultKind::ServerError, 503) << 503 << false
                                      << "application/json"_ba << u"Internal server error"_s;
    QTest::newRow("html error page") << make(FaultKind::HtmlErrorPage) << 502 << false
                                     << "text/html; charset=utf-8"_ba << u"502 Bad Gateway"_s;
    QTest::newRow("contract breaking") << make(FaultKind::ContractBreakingBody) << 200 << false
                                       << "application/json"_ba << uR"("token":"abc")"_s;
    QTest::newRow("contract breaking, custom")
        << make(FaultKind::ContractBreakingBody, 0, u"not json at all"_s) << 200 << false
        << "application/json"_ba << u"not json at all"_s;
    QTest::newRow("truncated body")
        << make(FaultKind::TruncatedBody) << 200 << true << QByteArray() << QString();
    QTest::newRow("drop connection")
        << make(FaultKind::DropConnection) << 0 << true << QByteArray() << QString();
}

void tst_Simulator::faultIsObservable()
{
    QFETCH(Fault, fault);
    QFETCH(int, status);
    QFETCH(bool, networkError);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, bodyContains);

    accessToken(); // not faulted: the fault only matches /tokens
    // QNAM silently resends a request whose connection died before any answer, so a dropped
    // connection has to hit every attempt to be seen.
    if (fault.kind == FaultKind::DropConnection)
        fault.count = 5;
    m_sim->injectFault(fault);
    const HttpResult r = createToken(u"u"_s);
    QCOMPARE(r.status, status);
    // Transport failures are QNetworkReply's 1..99; HTTP errors map to 2xx..4xx codes.
    const bool transportError = int(r.error) > 0 && int(r.error) < 100;
    QCOMPARE(transportError, networkError);
    if (!contentType.isEmpty())
        QCOMPARE(r.header("content-type"), contentType);
    QVERIFY2(QString::fromUtf8(r.body).contains(bodyContains), r.body.constData());

    if (fault.kind == FaultKind::RateLimited) {
        QCOMPARE(r.header("retry-after"),
                 fault.retryAfterSeconds < 0 ? QByteArray()
                                             : QByteArray::number(fault.retryAfterSeconds));
        QVERIFY(r.header("x-ratelimit-reset").toLongLong() > startTime.toSecsSinceEpoch());
    }
    if (fault.kind == FaultKind::DropConnection)
        m_sim->clearFaults();

    // Consumed: the next call is normal.
    const HttpResult next = createToken(u"u"_s);
    QCOMPARE(next.status, 200);
    QVERIFY(next.json().value("token"_L1).toString().startsWith("ctok_"_L1));
}

void tst_Simulator::faultMatchesPathAndCount()
{
    accessToken();
    Fault twice;
    twice.kind = FaultKind::ServerError;
    twice.pathContains = u"/accounts"_s;
    twice.count = 2;
    m_sim->injectFault(twice);
    QCOMPARE(createToken(u"u"_s).status, 200);
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/accounts"_s).status, 500);
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/users"_s).status, 200);
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/accounts"_s).status, 500);
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/accounts"_s).status, 200);

    // Queued faults apply in order; count < 0 lasts until cleared; count 0 is ignored.
    Fault first;
    first.kind = FaultKind::HttpStatus;
    first.status = 409;
    Fault always;
    always.kind = FaultKind::ServerError;
    always.status = 502;
    always.count = -1;
    Fault none;
    none.count = 0;
    m_sim->injectFault(none);
    m_sim->injectFault(first);
    m_sim->injectFault(always);
    QCOMPARE(api("GET", u"/v1/connect/apps"_s).status, 409);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(api("GET", u"/v1/connect/apps"_s).status, 502);
    m_sim->clearFaults();
    QCOMPARE(api("GET", u"/v1/connect/apps"_s).status, 200);
}

void tst_Simulator::slowReplyDelaysTheAnswer()
{
    accessToken();
    Fault slow;
    slow.kind = FaultKind::SlowReply;
    slow.delayMs = 300;
    slow.pathContains = u"/apps"_s;
    m_sim->injectFault(slow);
    QElapsedTimer timer;
    timer.start();
    const HttpResult r = api("GET", u"/v1/connect/apps?q=slack"_s);
    QVERIFY2(timer.elapsed() >= 280, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value("data"_L1).toArray().first()["name_slug"_L1].toString(), u"slack"_s);

    // A client that gives up early sees a timeout; the simulator copes with the gone socket.
    slow.delayMs = 500;
    m_sim->injectFault(slow);
    const HttpResult impatient = request("GET",
                                         u"/v1/connect/apps"_s,
                                         {},
                                         {{"Authorization", "Bearer " + m_token.toLatin1()}},
                                         100);
    QVERIFY(impatient.error != QNetworkReply::NoError);
    QTest::qWait(500); // let the delayed answer fire at a closed socket
    QCOMPARE(api("GET", u"/v1/connect/apps"_s).status, 200);
}

void tst_Simulator::faultsOverHttp()
{
    accessToken();
    HttpResult r
        = request("POST",
                  u"/_sandbox/faults"_s,
                  R"({"kind":"server_error","path_contains":"/apps","count":2,"status":503})"_ba);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value("pending"_L1).toInt(), 1);
    QCOMPARE(api("GET", u"/v1/connect/apps"_s).status, 503);

    // Control paths are never faulted, even by a fault that matches everything.
    QCOMPARE(request("POST", u"/_sandbox/faults"_s, R"({"kind":"rate_limited","retry_after":3})"_ba)
                 .status,
             200);
    r = request("GET", u"/_sandbox/faults"_s);
    QCOMPARE(r.status, 200);
    const QJsonArray pending = r.json().value("faults"_L1).toArray();
    QCOMPARE(pending.size(), 2);
    QCOMPARE(pending.at(0)["kind"_L1].toString(), u"server_error"_s);
    QCOMPARE(pending.at(0)["count"_L1].toInt(), 1);
    QCOMPARE(pending.at(1)["kind"_L1].toString(), u"rate_limited"_s);

    QCOMPARE(api("GET", u"/v1/connect/apps"_s).status, 503);
    r = api("GET", u"/v1/connect/apps"_s);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.header("retry-after"), "3"_ba);
    QCOMPARE(api("GET", u"/v1/connect/apps"_s).status, 200);

    QCOMPARE(request("POST", u"/_sandbox/faults"_s, R"({"kind":"drop_connection","count":-1})"_ba)
                 .status,
             200);
    QCOMPARE(request("DELETE", u"/_sandbox/faults"_s).status, 200);
    QCOMPARE(api("GET", u"/v1/connect/apps"_s).status, 200);

    const QByteArray badBodies[] = {R"({"kind":"meteor"})"_ba,
                                    "[]"_ba,
                                    "nope"_ba,
                                    R"({"kind":"slow_reply","delay_ms":"soon"})"_ba,
                                    R"({"kind":"http_status","status":99})"_ba};
    for (const QByteArray &body : badBodies) {
        r = request("POST", u"/_sandbox/faults"_s, body);
        QCOMPARE(r.status, 400);
        QVERIFY(!r.errorMessage().isEmpty());
    }
    QCOMPARE(request("PUT", u"/_sandbox/faults"_s, "{}"_ba).status, 405);
}

// --- apps, accounts, users ---

void tst_Simulator::appsSearch()
{
    HttpResult r = api("GET", u"/v1/connect/apps?limit=100"_s, {}, {});
    QCOMPARE(r.status, 200);
    const QJsonArray all = r.json().value("data"_L1).toArray();
    QVERIFY(all.size() >= 60);
    QSet<QString> slugs;
    for (const QJsonValue &app : all) {
        const QJsonObject object = app.toObject();
        slugs.insert(object.value("name_slug"_L1).toString());
        QVERIFY(object.value("id"_L1).toString().startsWith("app_"_L1));
        QVERIFY(!object.value("name"_L1).toString().isEmpty());
        QVERIFY(QStringList({u"oauth"_s, u"keys"_s, u"none"_s})
                    .contains(object.value("auth_type"_L1).toString()));
        QVERIFY(object.value("img_src"_L1).toString().startsWith("https://"_L1));
        QVERIFY(object.value("categories"_L1).isArray());
    }
    const QStringList required{u"slack"_s,
                               u"google_sheets"_s,
                               u"gmail"_s,
                               u"github"_s,
                               u"notion"_s,
                               u"hubspot"_s,
                               u"salesforce_rest_api"_s,
                               u"airtable_oauth"_s,
                               u"stripe"_s,
                               u"discord"_s,
                               u"trello"_s,
                               u"asana"_s,
                               u"jira"_s,
                               u"zoom"_s,
                               u"dropbox"_s,
                               u"google_drive"_s,
                               u"google_calendar"_s,
                               u"microsoft_outlook"_s,
                               u"microsoft_teams"_s,
                               u"shopify"_s,
                               u"openai"_s,
                               u"linear_app"_s,
                               u"clickup"_s,
                               u"monday"_s,
                               u"intercom"_s,
                               u"zendesk"_s,
                               u"mailchimp"_s,
                               u"twilio"_s,
                               u"sendgrid"_s,
                               u"typeform"_s,
                               u"calendly"_s,
                               u"quickbooks"_s,
                               u"xero_accounting_api"_s,
                               u"box"_s,
                               u"figma"_s,
                               u"gitlab"_s,
                               u"bitbucket"_s,
                               u"pipedrive"_s,
                               u"zoho_crm"_s,
                               u"freshdesk"_s};
    for (const QString &slug : required)
        QVERIFY2(slugs.contains(slug), qPrintable(slug));

    // Case-insensitive substring on slug or name.
    r = api("GET", u"/v1/connect/apps?q=GOOGLE"_s);
    const QJsonArray google = r.json().value("data"_L1).toArray();
    QVERIFY(google.size() >= 5);
    for (const QJsonValue &app : google) {
        QVERIFY(app["name_slug"_L1].toString().contains("google"_L1)
                || app["name"_L1].toString().contains("Google"_L1));
    }
    r = api("GET", u"/v1/connect/apps?q=google+sheets"_s); // '+' is a space, as in forms
    QCOMPARE(r.json()["data"_L1].toArray().size(), 1);
    QCOMPARE(r.json()["data"_L1][0]["name_slug"_L1].toString(), u"google_sheets"_s);
    r = api("GET", u"/v1/connect/apps?q=salesforce_rest"_s);
    QCOMPARE(r.json().value("data"_L1).toArray().size(), 1);
    QCOMPARE(r.json()["page_info"_L1]["total_count"_L1].toInt(), 1);
    QCOMPARE(r.json()["page_info"_L1]["end_cursor"_L1], QJsonValue(QJsonValue::Null));
    r = api("GET", u"/v1/connect/apps?q=zzzz-nothing"_s);
    QCOMPARE(r.json().value("data"_L1).toArray().size(), 0);
    QCOMPARE(r.json()["page_info"_L1]["start_cursor"_L1], QJsonValue(QJsonValue::Null));

    // One app, by slug or id.
    r = api("GET", u"/v1/connect/apps/slack"_s);
    QCOMPARE(r.status, 200);
    const QJsonObject slack = r.json().value("data"_L1).toObject();
    QCOMPARE(slack.value("name"_L1).toString(), u"Slack"_s);
    r = api("GET", u"/v1/connect/apps/"_s + slack.value("id"_L1).toString());
    QCOMPARE(r.json()["data"_L1]["name_slug"_L1].toString(), u"slack"_s);
}

void tst_Simulator::appsPagination()
{
    const int total
        = api("GET", u"/v1/connect/apps"_s).json()["page_info"_L1]["total_count"_L1].toInt();
    QVERIFY(total >= 60);
    QStringList seen;
    QString after;
    int pages = 0;
    for (;;) {
        const HttpResult r = api("GET", u"/v1/connect/apps?limit=7&after="_s + after);
        QCOMPARE(r.status, 200);
        const QJsonArray data = r.json().value("data"_L1).toArray();
        const QJsonObject info = r.json().value("page_info"_L1).toObject();
        QCOMPARE(info.value("count"_L1).toInt(), data.size());
        QCOMPARE(info.value("total_count"_L1).toInt(), total);
        QVERIFY(data.size() <= 7);
        QCOMPARE(info.value("start_cursor"_L1).toString(), data.first()["id"_L1].toString());
        for (const QJsonValue &app : data)
            seen.append(app["name_slug"_L1].toString());
        ++pages;
        QVERIFY(pages < 100);
        if (info.value("end_cursor"_L1).isNull())
            break;
        QCOMPARE(info.value("end_cursor"_L1).toString(), data.last()["id"_L1].toString());
        after = info.value("end_cursor"_L1).toString();
    }
    QCOMPARE(seen.size(), total);
    QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), total);
    QCOMPARE(pages, (total + 6) / 7);

    // Default 20, capped at 100, `before` walks back.
    QCOMPARE(api("GET", u"/v1/connect/apps"_s).json().value("data"_L1).toArray().size(), 20);
    QCOMPARE(api("GET", u"/v1/connect/apps?limit=1000"_s).json().value("data"_L1).toArray().size(),
             std::min(total, 100));
    const QJsonArray firstTen
        = api("GET", u"/v1/connect/apps?limit=10"_s).json()["data"_L1].toArray();
    const QJsonArray before = api("GET",
                                  u"/v1/connect/apps?limit=3&before="_s
                                      + firstTen.at(9)["id"_L1].toString())
                                  .json()["data"_L1]
                                  .toArray();
    QCOMPARE(before.size(), 3);
    QCOMPARE(before.at(0)["id"_L1], firstTen.at(6)["id"_L1]);
}

void tst_Simulator::appsErrors()
{
    QCOMPARE(api("GET", u"/v1/connect/apps/no_such_app"_s).status, 404);
    QCOMPARE(api("GET", u"/v1/connect/apps?limit=0"_s).status, 400);
    QCOMPARE(api("GET", u"/v1/connect/apps?limit=ten"_s).status, 400);
    const HttpResult r = api("GET", u"/v1/connect/apps?after=app_nope"_s);
    QCOMPARE(r.status, 400);
    QVERIFY(r.errorMessage().contains("after"_L1));
    QCOMPARE(api("POST", u"/v1/connect/apps"_s, "{}"_ba).status, 501);
}

void tst_Simulator::accountsAfterOpenConnectLink()
{
    QSignalSpy connected(m_sim.get(), &ConnectSimulator::accountConnected);
    const QString token = newToken(u"cust-1"_s);
    QVERIFY(!token.isEmpty());
    QVERIFY(api("GET", u"/v1/connect/proj_sandbox/accounts?external_user_id=cust-1"_s)
                .json()
                .value("data"_L1)
                .toArray()
                .isEmpty());

    m_now = m_now.addSecs(5);
    QString error;
    QVERIFY(m_sim->openConnectLink(token, u"slack"_s, &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(connected.size(), 1);
    QCOMPARE(connected.first(), QVariantList({u"cust-1"_s, u"slack"_s}));

    HttpResult r = api("GET", u"/v1/connect/proj_sandbox/accounts?external_user_id=cust-1"_s);
    QCOMPARE(r.status, 200);
    const QJsonArray data = r.json().value("data"_L1).toArray();
    QCOMPARE(data.size(), 1);
    const QJsonObject account = data.first().toObject();
    QVERIFY(QRegularExpression(u"^apn_[0-9A-Za-z]+$"_s)
                .match(account.value("id"_L1).toString())
                .hasMatch());
    QVERIFY(!account.value("name"_L1).toString().isEmpty());
    QCOMPARE(account.value("external_id"_L1).toString(), u"cust-1"_s);
    QCOMPARE(account.value("healthy"_L1), QJsonValue(true));
    QCOMPARE(account.value("dead"_L1), QJsonValue(false));
    QCOMPARE(account["app"_L1]["name_slug"_L1].toString(), u"slack"_s);
    QCOMPARE(account["app"_L1]["name"_L1].toString(), u"Slack"_s);
    QCOMPARE(QDateTime::fromString(account.value("created_at"_L1).toString(), Qt::ISODateWithMs),
             startTime.addSecs(5));
    QCOMPARE(account.value("updated_at"_L1), account.value("created_at"_L1));
    QCOMPARE(r.json()["page_info"_L1]["total_count"_L1].toInt(), 1);

    // Filters: app, other users, other environment, other project.
    const QString second = newToken(u"cust-1"_s);
    QVERIFY(m_sim->openConnectLink(second, u"github"_s));
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/accounts?external_user_id=cust-1"_s)
                 .json()["data"_L1]
                 .toArray()
                 .size(),
             2);
    r = api("GET", u"/v1/connect/proj_sandbox/accounts?external_user_id=cust-1&app=github"_s);
    QCOMPARE(r.json()["data"_L1].toArray().size(), 1);
    QCOMPARE(r.json()["data"_L1][0]["app"_L1]["name_slug"_L1].toString(), u"github"_s);
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/accounts?app=notion"_s)
                 .json()["data"_L1]
                 .toArray()
                 .size(),
             0);
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/accounts?external_user_id=cust-2"_s)
                 .json()["data"_L1]
                 .toArray()
                 .size(),
             0);
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/accounts"_s).json()["data"_L1].toArray().size(),
             2);
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/accounts"_s, {}, "development")
                 .json()["data"_L1]
                 .toArray()
                 .size(),
             0);
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox2/accounts"_s).json()["data"_L1].toArray().size(),
             0);

    // Deleting an account.
    const QString id = account.value("id"_L1).toString();
    QCOMPARE(api("DELETE", u"/v1/connect/proj_sandbox/accounts/"_s + id).status, 204);
    QCOMPARE(api("DELETE", u"/v1/connect/proj_sandbox/accounts/"_s + id).status, 404);
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/accounts"_s).json()["data"_L1].toArray().size(),
             1);
}

void tst_Simulator::connectLinkIsSingleUse()
{
    const QString token = newToken(u"cust"_s, "production", {{"expires_in"_L1, 60}});
    QString error;
    QVERIFY(!m_sim->openConnectLink(token, u"no_such_app"_s, &error));
    QCOMPARE(error, u"app not found"_s);
    QVERIFY(m_sim->openConnectLink(token, u"notion"_s, &error)); // a bad app does not use it
    QVERIFY(!m_sim->openConnectLink(token, u"notion"_s, &error));
    QCOMPARE(error, u"token already used"_s);
    QVERIFY(
        !m_sim->openConnectLink(u"ctok_00000000000000000000000000000000"_s, u"notion"_s, &error));
    QCOMPARE(error, u"token not found"_s);

    const QString shortLived = newToken(u"cust"_s, "production", {{"expires_in"_L1, 60}});
    m_now = m_now.addSecs(60);
    QVERIFY(!m_sim->openConnectLink(shortLived, u"notion"_s, &error));
    QCOMPARE(error, u"token expired"_s);
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/accounts"_s).json()["data"_L1].toArray().size(),
             1);
}

void tst_Simulator::validateToken()
{
    const QString token = newToken(u"cust"_s, "development");
    // Validation is keyed by the Connect token itself: no access token needed.
    HttpResult r = request("GET", u"/v1/connect/tokens/%1/validate?app_id=slack"_s.arg(token));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value("success"_L1), QJsonValue(true));
    QCOMPARE(r.json().value("project_id"_L1).toString(), u"proj_sandbox"_s);
    QCOMPARE(r.json().value("project_environment"_L1).toString(), u"development"_s);
    QCOMPARE(r.json()["app"_L1]["name_slug"_L1].toString(), u"slack"_s);
    // Only keys of the SDK's ValidateTokenResponse, nothing of our own.
    const QStringList sdkKeys{u"app"_s, u"app_override_id"_s, u"app_override_field_names"_s,
                              u"error"_s, u"error_redirect_uri"_s, u"oauth_app_id"_s,
                              u"oauth_app_workday_official"_s, u"oauth_app_connect_base_url"_s,
                              u"project_app_name"_s, u"project_environment"_s, u"project_id"_s,
                              u"project_support_email"_s, u"success"_s, u"success_redirect_uri"_s};
    for (const QString &key : r.json().keys())
        QVERIFY2(sdkKeys.contains(key), qPrintable(key));

    r = request("GET", u"/v1/connect/tokens/%1/validate"_s.arg(token));
    QCOMPARE(r.json().value("success"_L1), QJsonValue(true));
    QVERIFY(!r.json().contains("app"_L1));

    r = request("GET", u"/v1/connect/tokens/%1/validate?app_id=nope"_s.arg(token));
    QCOMPARE(r.json(), QJsonObject({{"success"_L1, false}, {"error"_L1, "app not found"_L1}}));

    QVERIFY(m_sim->openConnectLink(token, u"slack"_s));
    r = request("GET", u"/v1/connect/tokens/%1/validate?app_id=slack"_s.arg(token));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json(), QJsonObject({{"success"_L1, false}, {"error"_L1, "token already used"_L1}}));

    // Every outcome is a ValidateTokenResponse: 200 with success false and the reason.
    r = request("GET", u"/v1/connect/tokens/ctok_ffffffffffffffffffffffffffffffff/validate"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json(), QJsonObject({{"success"_L1, false}, {"error"_L1, "token not found"_L1}}));

    const QString expiring = newToken(u"cust"_s, "development", {{"expires_in"_L1, 10}});
    m_now = m_now.addSecs(11);
    r = request("GET", u"/v1/connect/tokens/%1/validate"_s.arg(expiring));
    QCOMPARE(r.json(), QJsonObject({{"success"_L1, false}, {"error"_L1, "token expired"_L1}}));
}

void tst_Simulator::appsHaveEveryRequiredField()
{
    // The SDK types these as required; it does not check them, so the sandbox must.
    const QJsonArray apps = api("GET", u"/v1/connect/apps?limit=100"_s).json()["data"_L1].toArray();
    QCOMPARE(apps.size(), 79);
    for (const QJsonValue &value : apps) {
        const QJsonObject app = value.toObject();
        QVERIFY(app["name_slug"_L1].isString());
        QVERIFY(app["name"_L1].isString());
        QVERIFY(app["img_src"_L1].isString());
        QVERIFY(app["categories"_L1].isArray());
        QVERIFY2(app["featured_weight"_L1].isDouble(), qPrintable(app["name_slug"_L1].toString()));
        QVERIFY(app["scope_profiles"_L1].isArray());
    }
    const QJsonObject slack = api("GET", u"/v1/connect/apps/slack"_s).json()["data"_L1].toObject();
    const QJsonArray profiles = slack["scope_profiles"_L1].toArray();
    QCOMPARE(profiles.size(), 3);
    QCOMPARE(profiles[0]["name"_L1].toString(), u"read_only"_s);
    QVERIFY(profiles[0]["scopes"_L1].toArray().contains(u"channels:read"_s));
    const QJsonObject http = api("GET", u"/v1/connect/apps/http"_s).json()["data"_L1].toObject();
    QCOMPARE(http["auth_type"_L1].toString(), u"none"_s);
}

void tst_Simulator::appsFiltersAndSorting()
{
    const auto slugs = [this](const QString &query) {
        QStringList result;
        const QJsonArray data = api("GET", u"/v1/connect/apps?limit=100&"_s + query)
                                    .json()["data"_L1]
                                    .toArray();
        for (const QJsonValue &app : data)
            result.append(app["name_slug"_L1].toString());
        return result;
    };
    const QStringList bySlug = slugs(u"sort_key=name_slug"_s);
    QStringList sorted = bySlug;
    sorted.sort();
    QCOMPARE(bySlug, sorted);
    QCOMPARE(bySlug.first(), u"activecampaign"_s);
    QStringList reversed = slugs(u"sort_key=name_slug&sort_direction=desc"_s);
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(reversed, bySlug);

    const QJsonArray featured = api("GET", u"/v1/connect/apps?limit=100&sort_key=featured_weight"_s)
                                    .json()["data"_L1]
                                    .toArray();
    for (qsizetype i = 1; i < featured.size(); ++i)
        QVERIFY(featured[i - 1]["featured_weight"_L1].toInt()
                >= featured[i]["featured_weight"_L1].toInt());

    HttpResult categories = api("GET", u"/v1/connect/app_categories"_s);
    QCOMPARE(categories.status, 200);
    const QJsonArray list = QJsonDocument::fromJson(categories.body).array();
    QVERIFY(!list.isEmpty());
    QString crmId;
    for (const QJsonValue &c : list) {
        if (c["name"_L1].toString() == "CRM"_L1)
            crmId = c["id"_L1].toString();
    }
    QVERIFY(!crmId.isEmpty());
    const QStringList inCrm = slugs(u"category_ids="_s + crmId);
    QVERIFY(inCrm.contains(u"hubspot"_s));
    QVERIFY(!inCrm.contains(u"slack"_s));
    QCOMPARE(api("GET", u"/v1/connect/apps?category_ids=appcat_nope"_s).status, 400);

    const QStringList withTriggers = slugs(u"has_triggers=true"_s);
    const QStringList withoutTriggers = slugs(u"has_triggers=false"_s);
    QVERIFY(!withTriggers.isEmpty());
    QVERIFY(!withoutTriggers.isEmpty());
    QCOMPARE(withTriggers.size() + withoutTriggers.size(), 79);
    QVERIFY(slugs(u"has_actions=false"_s).size() < 79);
    QCOMPARE(slugs(u"has_components=true"_s).size() + slugs(u"has_components=false"_s).size(), 79);
    QCOMPARE(api("GET", u"/v1/connect/apps?has_actions=yes"_s).status, 400);
    QCOMPARE(api("GET", u"/v1/connect/apps?sort_key=popularity"_s).status, 400);
    QCOMPARE(api("GET", u"/v1/connect/apps?sort_direction=up"_s).status, 400);
}

void tst_Simulator::accountRetrieveAndCredentials()
{
    QVERIFY(m_sim->openConnectLink(newToken(u"cust"_s), u"slack"_s));
    const QJsonObject listed
        = api("GET", u"/v1/connect/proj_sandbox/accounts"_s).json()["data"_L1][0].toObject();
    QVERIFY(!listed.contains("credentials"_L1));
    const QString id = listed["id"_L1].toString();

    HttpResult r = api("GET", u"/v1/connect/proj_sandbox/accounts/"_s + id);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()["id"_L1].toString(), id);
    QVERIFY(!r.json().contains("credentials"_L1));
    r = api("GET", u"/v1/connect/proj_sandbox/accounts/%1?include_credentials=true"_s.arg(id));
    QVERIFY(r.json()["credentials"_L1]["oauth_access_token"_L1].isString());
    r = api("GET", u"/v1/connect/proj_sandbox/accounts?include_credentials=true"_s);
    QVERIFY(r.json()["data"_L1][0]["credentials"_L1].isObject());
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/accounts?include_credentials=1"_s).status, 400);
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/accounts/apn_nope"_s).status, 404);
    // Another environment does not see it.
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/accounts/"_s + id, {}, "development").status,
             404);
}

void tst_Simulator::accountsByUserAndByApp()
{
    QVERIFY(m_sim->openConnectLink(newToken(u"a@x"_s), u"slack"_s));
    QVERIFY(m_sim->openConnectLink(newToken(u"a@x"_s), u"gmail"_s));
    QVERIFY(m_sim->openConnectLink(newToken(u"b"_s), u"slack"_s));

    // A bare array, as accounts.listByExternalUser expects.
    HttpResult r = api("GET", u"/v1/connect/proj_sandbox/users/a%40x/accounts"_s);
    QCOMPARE(r.status, 200);
    QJsonArray array = QJsonDocument::fromJson(r.body).array();
    QCOMPARE(array.size(), 2);
    r = api("GET", u"/v1/connect/proj_sandbox/users/a%40x/accounts?app=gmail"_s);
    QCOMPARE(QJsonDocument::fromJson(r.body).array().size(), 1);
    r = api("GET", u"/v1/connect/proj_sandbox/users/nobody/accounts"_s);
    QCOMPARE(QJsonDocument::fromJson(r.body).array().size(), 0);

    QCOMPARE(api("DELETE", u"/v1/connect/proj_sandbox/apps/slack/accounts"_s).status, 204);
    array = api("GET", u"/v1/connect/proj_sandbox/accounts"_s).json()["data"_L1].toArray();
    QCOMPARE(array.size(), 1);
    QCOMPARE(array[0]["app"_L1]["name_slug"_L1].toString(), u"gmail"_s);
    QCOMPARE(api("DELETE", u"/v1/connect/proj_sandbox/apps/nope/accounts"_s).status, 404);
}

void tst_Simulator::projectInfo()
{
    HttpResult r = api("GET", u"/v1/connect/proj_sandbox/projects/info"_s);
    QCOMPARE(r.status, 200);
    QStringList slugs;
    for (const QJsonValue &app : r.json()["apps"_L1].toArray())
        slugs.append(app["name_slug"_L1].toString());
    QCOMPARE(slugs, QStringList({u"google_sheets"_s, u"slack"_s})); // their OAuth clients
    QVERIFY(m_sim->openConnectLink(newToken(u"c"_s), u"notion"_s));
    r = api("GET", u"/v1/connect/proj_sandbox/projects/info"_s);
    QCOMPARE(r.json()["apps"_L1].toArray().size(), 3);
    QVERIFY(r.json()["apps"_L1][0]["id"_L1].toString().startsWith("app_"_L1));
}

void tst_Simulator::oauthClients()
{
    HttpResult r = api("GET", u"/v1/connect/proj_sandbox/oauth_apps"_s);
    QCOMPARE(r.status, 200);
    const QJsonArray all = r.json()["data"_L1].toArray();
    QCOMPARE(all.size(), 3);
    for (const QJsonValue &value : all) {
        const QJsonObject client = value.toObject();
        for (const auto key : {"client_id"_L1, "owner_id"_L1, "name_slug"_L1, "name"_L1,
                               "img_src"_L1})
            QVERIFY2(client[key].isString(), key.data());
        QVERIFY(client["featured_weight"_L1].isDouble());
        QVERIFY(client["scope_profiles"_L1].isArray());
        QVERIFY(!client.contains("client_secret"_L1));
        QCOMPARE(client["owner_id"_L1].toString(), u"proj_sandbox"_s);
    }
    r = api("GET", u"/v1/connect/proj_sandbox/oauth_apps?app=slack"_s);
    QCOMPARE(r.json()["data"_L1].toArray().size(), 2);
    // Without its own name a client shows its app's.
    r = api("GET", u"/v1/connect/proj_sandbox/oauth_apps?app=google_sheets"_s);
    QCOMPARE(r.json()["data"_L1][0]["name"_L1].toString(), u"Google Sheets"_s);
    r = api("GET", u"/v1/connect/proj_sandbox/oauth_apps/oa_sbxSlack1"_s);
    QCOMPARE(r.json()["name"_L1].toString(), u"Acme Support Slack app"_s);
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/oauth_apps/oa_nope"_s).status, 404);
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox2/oauth_apps"_s).json()["data"_L1].toArray().size(),
             0);
}

void tst_Simulator::tokenAppAndOAuthClient_data()
{
    QTest::addColumn<QJsonObject>("extra");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::newRow("app slug") << QJsonObject{{"app_id"_L1, "slack"_L1}} << 200 << QString();
    QTest::newRow("client") << QJsonObject{{"oauth_app_id"_L1, "oa_sbxSlack1"_L1}} << 200
                            << QString();
    QTest::newRow("both") << QJsonObject{{"app_id"_L1, "slack"_L1},
                                         {"oauth_app_id"_L1, "oa_sbxSlack2"_L1}}
                          << 200 << QString();
    QTest::newRow("unknown app") << QJsonObject{{"app_id"_L1, "nope"_L1}} << 400 << u"app_id"_s;
    QTest::newRow("empty app") << QJsonObject{{"app_id"_L1, ""_L1}} << 400 << u"app_id"_s;
    QTest::newRow("app not a string") << QJsonObject{{"app_id"_L1, 3}} << 400 << u"app_id"_s;
    QTest::newRow("unknown client") << QJsonObject{{"oauth_app_id"_L1, "oa_nope"_L1}} << 400
                                    << u"oauth_app_id"_s;
    QTest::newRow("client of another app")
        << QJsonObject{{"app_id"_L1, "gmail"_L1}, {"oauth_app_id"_L1, "oa_sbxSlack1"_L1}} << 400
        << u"oauth_app_id"_s;
}

void tst_Simulator::tokenAppAndOAuthClient()
{
    QFETCH(QJsonObject, extra);
    QFETCH(int, status);
    QFETCH(QString, field);
    const HttpResult r = createToken(u"cust"_s, "production", extra);
    QCOMPARE(r.status, status);
    if (status != 200) {
        QCOMPARE(r.json()["details"_L1]["field"_L1].toString(), field);
        return;
    }
    const QString token = r.json()["token"_L1].toString();
    const QJsonObject check
        = request("GET", u"/v1/connect/tokens/%1/validate"_s.arg(token)).json();
    QCOMPARE(check["success"_L1], QJsonValue(true));
    if (extra.contains("app_id"_L1))
        QCOMPARE(check["app"_L1]["name_slug"_L1].toString(), extra["app_id"_L1].toString());
    if (extra.contains("oauth_app_id"_L1)) {
        QCOMPARE(check["oauth_app_id"_L1].toString(), extra["oauth_app_id"_L1].toString());
        QVERIFY(m_sim->openConnectLink(token, u"slack"_s));
        const QString listed = api("GET",
                                   u"/v1/connect/proj_sandbox/accounts?oauth_app_id="_s
                                       + extra["oauth_app_id"_L1].toString())
                                   .json()["data"_L1][0]["id"_L1]
                                   .toString();
        QVERIFY(listed.startsWith("apn_"_L1));
    }
}

void tst_Simulator::appWithoutAuthCannotConnect()
{
    const QString token = newToken(u"cust"_s);
    QString error;
    QVERIFY(!m_sim->openConnectLink(token, u"http"_s, &error));
    QVERIFY2(error.contains("no authentication"_L1), qPrintable(error));
    QVERIFY(m_sim->openConnectLink(token, u"slack"_s)); // the token stays usable
}

void tst_Simulator::usersAndDeletion()
{
    for (const QString &id : {u"alice"_s, u"bob"_s, u"alina"_s})
        QCOMPARE(createToken(id).status, 200);
    QCOMPARE(createToken(u"dave"_s, "development").status, 200);

    HttpResult r = api("GET", u"/v1/connect/proj_sandbox/users"_s);
    QCOMPARE(r.status, 200);
    QJsonArray users = r.json().value("data"_L1).toArray();
    QCOMPARE(users.size(), 3);
    const QJsonObject alice = users.first().toObject();
    QCOMPARE(alice.keys(),
             QStringList({u"created_at"_s, u"external_id"_s, u"id"_s, u"updated_at"_s}));
    QCOMPARE(alice.value("external_id"_L1).toString(), u"alice"_s);
    QVERIFY(alice.value("id"_L1).toString().startsWith("exu_"_L1));

    r = api("GET", u"/v1/connect/proj_sandbox/users?q=ALI"_s);
    QCOMPARE(r.json()["data"_L1].toArray().size(), 2);
    r = api("GET", u"/v1/connect/proj_sandbox/users?limit=2"_s);
    QCOMPARE(r.json()["data"_L1].toArray().size(), 2);
    const QString cursor = r.json()["page_info"_L1]["end_cursor"_L1].toString();
    QVERIFY(!cursor.isEmpty());
    r = api("GET", u"/v1/connect/proj_sandbox/users?limit=2&after="_s + cursor);
    QCOMPARE(r.json()["data"_L1].toArray().size(), 1);
    QCOMPARE(r.json()["data"_L1][0]["external_id"_L1].toString(), u"alina"_s);
    QVERIFY(r.json()["page_info"_L1]["end_cursor"_L1].isNull());

    // Deleting a user takes their accounts along.
    QVERIFY(m_sim->openConnectLink(newToken(u"bob"_s), u"gmail"_s));
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/accounts"_s).json()["data"_L1].toArray().size(),
             1);
    QCOMPARE(api("DELETE", u"/v1/connect/proj_sandbox/users/bob"_s).status, 204);
    QCOMPARE(api("DELETE", u"/v1/connect/proj_sandbox/users/bob"_s).status, 404);
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/accounts"_s).json()["data"_L1].toArray().size(),
             0);
    users = api("GET", u"/v1/connect/proj_sandbox/users"_s).json()["data"_L1].toArray();
    QCOMPARE(users.size(), 2);

    // External ids with reserved characters survive the path.
    QCOMPARE(createToken(u"a/b c"_s).status, 200);
    QCOMPARE(api("DELETE", u"/v1/connect/proj_sandbox/users/a%2Fb%20c"_s).status, 204);
}

void tst_Simulator::projectsList()
{
    const HttpResult r = api("GET", u"/v1/connect/projects"_s, {}, {});
    QCOMPARE(r.status, 200);
    const QJsonArray projects = r.json().value("data"_L1).toArray();
    QCOMPARE(projects.size(), 2);
    QCOMPARE(projects.at(0)["id"_L1].toString(), SandboxCredentials::projectId());
    QCOMPARE(projects.at(1)["id"_L1].toString(), u"proj_sandbox2"_s);
}

// --- the sandbox's Connect page ---

void tst_Simulator::connectPageServed()
{
    const HttpResult created = createToken(u"<b>cust</b>"_s);
    QUrl link(created.json().value("connect_link_url"_L1).toString());
    QUrlQuery query(link);
    query.addQueryItem(u"app"_s, u"google_sheets"_s);
    link.setQuery(query);

    HttpResult page = request("GET", link.toString());
    QCOMPARE(page.status, 200);
    QCOMPARE(page.header("content-type"), "text/html; charset=utf-8"_ba);
    const QString html = QString::fromUtf8(page.body);
    QVERIFY(html.contains(u"<title>ConnectDesk Sandbox — not a real Pipedream page</title>"_s));
    QVERIFY(html.contains(u"Connect Google Sheets"_s));
    QVERIFY(html.contains(u"&lt;b&gt;cust&lt;/b&gt;"_s)); // escaped
    QVERIFY(!html.contains(u"<b>cust</b>"_s));
    QVERIFY(html.contains(u"action=\"/_sandbox/connect\""_s));

    // No app in the link: a picker.
    page = request("GET", created.json().value("connect_link_url"_L1).toString());
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("<select"));
    QVERIFY(page.body.contains("<option value=\"slack\">Slack</option>"));

    page = request("GET", u"/_static/connect.html?token=ctok_0123&app=slack"_s);
    QCOMPARE(page.status, 404);
    QVERIFY(page.body.contains("This link has expired"));

    const QString shortLived = newToken(u"cust"_s, "production", {{"expires_in"_L1, 30}});
    m_now = m_now.addSecs(31);
    page = request("GET", u"/_static/connect.html?token=%1&app=slack"_s.arg(shortLived));
    QCOMPARE(page.status, 410);
    QVERIFY(page.body.contains("This link has expired"));
}

void tst_Simulator::connectPageFormConnects()
{
    QSignalSpy connected(m_sim.get(), &ConnectSimulator::accountConnected);
    const QString token = newToken(u"cust-form"_s);
    HttpResult r = request("POST",
                           u"/_sandbox/connect"_s,
                           "token=" + token.toLatin1() + "&app=slack&account_name=Acme+Workspace",
                           {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.contains("Connected"));
    QVERIFY(r.body.contains("Acme Workspace"));
    QCOMPARE(connected.size(), 1);
    const QJsonObject account
        = api("GET", u"/v1/connect/proj_sandbox/accounts?external_user_id=cust-form"_s)
              .json()["data"_L1][0]
              .toObject();
    QCOMPARE(account.value("name"_L1).toString(), u"Acme Workspace"_s);

    r = request("GET", u"/_static/connect.html?token=%1&app=slack"_s.arg(token));
    QCOMPARE(r.status, 410);
    QVERIFY(r.body.contains("already used"));
    r = request("POST",
                u"/_sandbox/connect"_s,
                "token=" + token.toLatin1() + "&app=slack",
                {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(r.status, 410);
    QVERIFY(r.body.contains("already used"));
    QCOMPARE(connected.size(), 1);
    QCOMPARE(request("GET", u"/_sandbox/connect"_s).status, 405);
}

void tst_Simulator::connectPageRedirectsOnSuccess()
{
    const QString token = newToken(u"cust"_s,
                                   "production",
                                   {{"success_redirect_uri"_L1,
                                     "https://app.example.com/connected"_L1},
                                    {"error_redirect_uri"_L1, "https://app.example.com/failed"_L1}});
    HttpResult r = request("POST",
                           u"/_sandbox/connect"_s,
                           "token=" + token.toLatin1() + "&app=nope",
                           {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(r.status, 303);
    QCOMPARE(r.header("location"), "https://app.example.com/failed?error=app%20not%20found"_ba);
    r = request("POST",
                u"/_sandbox/connect"_s,
                "token=" + token.toLatin1() + "&app=zoom",
                {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(r.status, 303);
    QCOMPARE(r.header("location"), "https://app.example.com/connected"_ba);
}

void tst_Simulator::sandboxOpenEndpoint()
{
    QSignalSpy connected(m_sim.get(), &ConnectSimulator::accountConnected);
    const QString token = newToken(u"cli-user"_s, "development");
    const QByteArray body = R"({"token":")" + token.toLatin1()
                            + R"(","app":"github","account_name":"octocat"})";
    HttpResult r = request("POST", u"/_sandbox/open"_s, body);
    QCOMPARE(r.status, 200);
    const QJsonObject account = r.json().value("account"_L1).toObject();
    QVERIFY(account.value("id"_L1).toString().startsWith("apn_"_L1));
    QCOMPARE(account.value("name"_L1).toString(), u"octocat"_s);
    QCOMPARE(account.value("external_id"_L1).toString(), u"cli-user"_s);
    QCOMPARE(account["app"_L1]["name_slug"_L1].toString(), u"github"_s);
    QCOMPARE(connected.size(), 1);

    QCOMPARE(request("POST", u"/_sandbox/open"_s, body).status, 410);
    r = request("POST",
                u"/_sandbox/open"_s,
                R"({"token":"ctok_ffffffffffffffffffffffffffffffff","app":"github"})"_ba);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorMessage(), u"token not found"_s);
    r = request("POST",
                u"/_sandbox/open"_s,
                R"({"token":")" + newToken(u"x"_s).toLatin1() + R"(","app":"nope"})");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorMessage(), u"app not found"_s);
    QCOMPARE(request("POST", u"/_sandbox/open"_s, R"({"token":5})"_ba).status, 400);
    QCOMPARE(request("POST", u"/_sandbox/open"_s, "garbage"_ba).status, 400);
    QCOMPARE(request("GET", u"/_sandbox/open"_s).status, 405);
}

// --- the wire ---

void tst_Simulator::keepAliveReusesConnection()
{
    for (int i = 0; i < 10; ++i) {
        const HttpResult r = i % 2 ? api("GET", u"/v1/connect/apps?limit=2"_s)
                                   : createToken(u"k"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("connection"), "keep-alive"_ba);
    }
    // Sequential requests (the OAuth call included) travelled over one connection.
    QCOMPARE(m_sim->connectionCount(), 1);
    QCOMPARE(m_sim->requestCount(), 11);
    // Errors keep the connection too.
    QCOMPARE(api("GET", u"/v1/connect/apps/nope"_s).status, 404);
    QCOMPARE(api("POST", u"/v1/connect/proj_sandbox/tokens"_s, "{}"_ba).status, 400);
    QCOMPARE(m_sim->connectionCount(), 1);
}

void tst_Simulator::keepAliveOnRawSocket()
{
    RawClient client(m_sim->port());
    client.send("GET /v1/connect/apps HTTP/1.1\r\nHost: x\r\n\r\n"_ba);
    QByteArray received = client.waitFor([](const QByteArray &d) { return hasResponses(d, 1); });
    QVERIFY2(received.startsWith("HTTP/1.1 401 Unauthorized\r\n"), received.constData());
    QVERIFY(!client.isClosed());
    // The second request arrives in pieces.
    client.clear();
    const QByteArray second = "GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n"_ba;
    for (qsizetype i = 0; i < second.size(); i += 5) {
        client.send(second.mid(i, 5));
        client.waitFor([](const QByteArray &) { return false; }, 5);
    }
    received = client.waitFor([](const QByteArray &d) { return hasResponses(d, 1); });
    QVERIFY2(received.startsWith("HTTP/1.1 404 Not Found\r\n"), received.constData());
    // "Connection: close" is honoured.
    client.clear();
    client.send("GET /nowhere HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"_ba);
    received = client.waitForClose();
    QVERIFY(received.contains("Connection: close\r\n"));
    QVERIFY(client.isClosed());
    QCOMPARE(m_sim->connectionCount(), 1);
}

void tst_Simulator::http10ClosesConnection()
{
    RawClient client(m_sim->port());
    client.send("GET /v1/connect/apps HTTP/1.0\r\n\r\n"_ba);
    const QByteArray received = client.waitForClose();
    QVERIFY(received.startsWith("HTTP/1.1 401"));
    QVERIFY(received.contains("Connection: close\r\n"));
    QVERIFY(client.isClosed());

    RawClient keep(m_sim->port());
    keep.send("GET /v1/connect/apps HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"_ba);
    QVERIFY(keep.waitFor([](const QByteArray &d) { return hasResponses(d, 1); })
                .contains("Connection: keep-alive\r\n"));
    QVERIFY(!keep.isClosed());
}

void tst_Simulator::expectContinue()
{
    const QByteArray body
        = R"({"grant_type":"client_credentials","client_id":"sandbox-client-id","client_secret":"sandbox-client-secret"})"_ba;
    RawClient client(m_sim->port());
    client.send("POST /v1/oauth/token HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                "Expect: 100-continue\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n");
    QByteArray received = client.waitFor([](const QByteArray &d) { return d.contains("\r\n\r\n"); });
    QCOMPARE(received, "HTTP/1.1 100 Continue\r\n\r\n"_ba);
    client.send(body);
    received = client.waitFor([](const QByteArray &d) { return hasResponses(d, 1); });
    QVERIFY2(received.contains("HTTP/1.1 200 OK\r\n"), received.constData());
    QVERIFY(received.contains("access_token"));

    // Too large: refused before the body is sent.
    RawClient big(m_sim->port());
    big.send("POST /v1/oauth/token HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
             "Content-Length: 5000000\r\n\r\n"_ba);
    received = big.waitForClose();
    QVERIFY2(received.startsWith("HTTP/1.1 413 Payload Too Large\r\n"), received.constData());
    QVERIFY(big.isClosed());
}

void tst_Simulator::bodyTooLarge()
{
    const QByteArray huge(1024 * 1024 + 1, 'x');
    HttpResult r = api("POST", u"/v1/connect/proj_sandbox/tokens"_s, huge);
    QCOMPARE(r.status, 413);
    QVERIFY(!r.errorMessage().isEmpty());
    // Exactly 1 MiB is still read (and refused for what it is).
    r = api("POST", u"/v1/connect/proj_sandbox/tokens"_s, QByteArray(1024 * 1024, ' '));
    QCOMPARE(r.status, 400);
    QCOMPARE(createToken(u"after"_s).status, 200);
}

void tst_Simulator::methodAndPathErrors()
{
    // API calls the sandbox does not simulate say so instead of pretending to be the API.
    HttpResult r = api("GET", u"/v1/connect/proj_sandbox/tokens"_s);
    QCOMPARE(r.status, 501);
    QCOMPARE(r.errorMessage(),
             u"not simulated by the ConnectDesk sandbox: GET /v1/connect/proj_sandbox/tokens"_s);
    QCOMPARE(request("GET", u"/v1/oauth/token"_s).status, 501);
    QCOMPARE(api("PUT", u"/v1/connect/proj_sandbox/accounts"_s, "{}"_ba).status, 501);
    QCOMPARE(api("PATCH", u"/v1/connect/proj_sandbox/users/x"_s, "{}"_ba).status, 501);
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/app_overrides"_s).status, 501);
    QCOMPARE(api("POST", u"/v1/connect/proj_sandbox/oauth_apps"_s, "{}"_ba).status, 501);
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/widgets"_s).status, 501);
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox"_s).status, 501);
    QCOMPARE(api("GET", u"/v1/connect/tokens/abc"_s).status, 501);
    QCOMPARE(api("GET", u"/v1/workflows/x"_s).status, 501);
    r = request("GET", u"/nowhere"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.header("content-type"), "application/json"_ba);
    QVERIFY(!r.errorMessage().isEmpty());
    QCOMPARE(request("GET", u"/"_s).status, 404);
    QCOMPARE(api("GET", u"/v2/connect/apps"_s).status, 404);
    QCOMPARE(request("HEAD", u"/v1/connect/apps/slack"_s).status, 401);
}

void tst_Simulator::garbageDoesNotCrash_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");

    QRandomGenerator random(20261128);
    QByteArray noise(4096, Qt::Uninitialized);
    random.generate(noise.begin(), noise.end());
    const QByteArray bodies[] = {noise,
                                 "\0\0\0"_ba,
                                 "null"_ba,
                                 "true"_ba,
                                 "1e999"_ba,
                                 R"({"external_user_id":{"$ne":1}})"_ba,
                                 R"({"external_user_id":"\u0000"})"_ba,
                                 QByteArray(100000, '['),
                                 R"({"token":[],"app":{},"kind":[]})"_ba};
    const QString paths[] = {u"/v1/oauth/token"_s,
                             u"/v1/connect/proj_sandbox/tokens"_s,
                             u"/v1/connect/proj_sandbox/accounts?limit=-1&after=%00"_s,
                             u"/v1/connect/tokens/%FF%FE/validate?app_id=%00"_s,
                             u"/_sandbox/open"_s,
                             u"/_sandbox/faults"_s,
                             u"/_sandbox/connect"_s,
                             u"/_static/connect.html?token=%ZZ&app="_s};
    int row = 0;
    for (const QString &path : paths) {
        for (const QByteArray &body : bodies) {
            QTest::addRow("%d %s", row++, qPrintable(path)) << "POST"_ba << path << body;
        }
    }
}

void tst_Simulator::garbageDoesNotCrash()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const HttpResult r = api(method, path, body);
    // An answer, not a crash: 501 is the sandbox saying it does not simulate POST there.
    QVERIFY2(r.status >= 200 && (r.status < 500 || r.status == 501),
             qPrintable(QString::number(r.status)));
    if (path.startsWith("/_sandbox/faults"_L1))
        m_sim->clearFaults(); // a garbage body could still be a valid fault
    QCOMPARE(api("GET", u"/v1/connect/apps?limit=1"_s).status, 200);
}

void tst_Simulator::garbageOnTheWire()
{
    QRandomGenerator random(42);
    for (int i = 0; i < 5; ++i) {
        QByteArray noise(512, Qt::Uninitialized);
        random.generate(noise.begin(), noise.end());
        noise[0] = 'x'; // never a valid method
        RawClient client(m_sim->port());
        client.send(noise);
        const QByteArray received = client.waitForClose();
        QVERIFY2(received.startsWith("HTTP/1.1 400 Bad Request\r\n"), received.left(40).constData());
    }

    const QByteArray wrecks[] = {
        "hello\r\n\r\n"_ba,
        "GET\r\n\r\n"_ba,
        "GET / FTP/1.0\r\n\r\n"_ba,
        "get / HTTP/1.1\r\n\r\n"_ba,
        "\r\n\r\n\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03"_ba, // a TLS ClientHello
    };
    for (const QByteArray &wreck : wrecks) {
        RawClient client(m_sim->port());
        client.send(wreck);
        const QByteArray received = client.waitForClose();
        QVERIFY2(received.startsWith("HTTP/1.1 400"), wreck.constData());
    }

    // Half a request, then hanging up; a body shorter than its Content-Length; a huge header.
    {
        RawClient client(m_sim->port());
        client.send("POST /v1/oauth/token HTTP/1.1\r\nContent-Length: 100\r\n\r\n{\"a\""_ba);
        client.waitFor([](const QByteArray &) { return false; }, 20);
        client.close();
    }
    {
        RawClient client(m_sim->port());
        client.send("GET /v1/connect/apps HTTP/1.1\r\nX-Big: "_ba + QByteArray(200000, 'a')
                    + "\r\n\r\n"_ba);
        const QByteArray received = client.waitFor(
            [](const QByteArray &d) { return hasResponses(d, 1); });
        QVERIFY(received.startsWith("HTTP/1.1 401"));
    }
    {
        RawClient client(m_sim->port());
        client.send("POST /v1/oauth/token HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                    "5\r\nhello\r\n0\r\n\r\n"_ba);
        const QByteArray received = client.waitFor(
            [](const QByteArray &d) { return hasResponses(d, 1); });
        QVERIFY2(received.startsWith("HTTP/1.1 400"), received.constData());
    }
    QCOMPARE(api("GET", u"/v1/connect/apps?limit=1"_s).status, 200);
}

void tst_Simulator::recording()
{
    QSignalSpy received(m_sim.get(), &ConnectSimulator::requestReceived);
    createToken(u"rec"_s);
    QList<ReceivedRequest> requests = m_sim->receivedRequests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).method, "POST"_ba);
    QCOMPARE(requests.at(0).path, "/v1/oauth/token"_ba);
    const ReceivedRequest &token = requests.at(1);
    QCOMPARE(token.method, "POST"_ba);
    QCOMPARE(token.path, "/v1/connect/proj_sandbox/tokens"_ba);
    QCOMPARE(token.headers.value("x-pd-environment"), "production"_ba);
    QCOMPARE(token.headers.value("authorization"), "Bearer " + m_token.toLatin1());
    QCOMPARE(token.headers.value("content-type"), "application/json"_ba);
    QCOMPARE(QJsonDocument::fromJson(token.body).object(),
             QJsonObject({{"external_user_id"_L1, "rec"_L1}}));
    QCOMPARE(received.size(), 2);
    QCOMPARE(received.at(1), QVariantList({"POST"_ba, "/v1/connect/proj_sandbox/tokens"_ba}));

    api("GET", u"/v1/connect/apps?q=sl%20ack&limit=3"_s);
    QCOMPARE(m_sim->receivedRequests().last().query, "q=sl%20ack&limit=3"_ba);
    QCOMPARE(m_sim->requestCount(u"/tokens"_s), 1);
    QCOMPARE(m_sim->requestCount(u"/apps"_s), 1);
    QCOMPARE(m_sim->requestCount(), 3);

    m_sim->setRecording(false);
    api("GET", u"/v1/connect/apps"_s);
    QCOMPARE(m_sim->requestCount(), 3);
    QCOMPARE(received.size(), 4); // the signal still fires
    m_sim->setRecording(true);
    m_sim->clearReceivedRequests();
    QCOMPARE(m_sim->requestCount(), 0);
    api("GET", u"/v1/connect/apps"_s);
    QCOMPARE(m_sim->requestCount(), 1);
}

QTEST_GUILESS_MAIN(tst_Simulator)

#include "tst_simulator.moc"
