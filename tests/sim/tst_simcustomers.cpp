// The simulator's customers and accounts (issue #15): account health on the wire, breaking and
// healing accounts (C++ and /_sandbox), the seeded demo customers, cascading deletes, external
// user IDs that need percent-encoding, cursor paging and the account-management rate limit.
// Plain QNetworkAccessManager over loopback HTTP; no project core classes on purpose.

#include "connectsimulator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ConnectDesk::Sim;

Q_DECLARE_METATYPE(ConnectDesk::Sim::SimAccountHealth)

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QString errorMessage() const { return json().value("error"_L1).toString(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

const QDateTime startTime = QDateTime(QDate(2026, 11, 28), QTime(12, 0, 0, 250), Qt::UTC);

const QString prod = u"proj_sandbox"_s;

QString encoded(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

QStringList externalIds(const QJsonArray &users)
{
    QStringList ids;
    for (const QJsonValue &user : users)
        ids.append(user.toObject().value("external_id"_L1).toString());
    return ids;
}

} // namespace

class tst_SimCustomers final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void healthStatesOnTheWire_data();
    void healthStatesOnTheWire();
    void freshAccountFields();
    void setAccountHealthInCpp();
    void breakAndHealOverHttp();
    void healthControlRefuses_data();
    void healthControlRefuses();
    void healthFormFromTheSandboxPage();
    void sandboxPageListsCustomers();

    void seedDemoCustomers();
    void seedOverHttp();

    void deleteUserCascades();
    void deleteAccountTwice();
    void encodedExternalUserIds_data();
    void encodedExternalUserIds();

    void usersPagingAndSearch();
    void accountsPaging();

    void rateLimitHeaders();
    void faultsOnAccountPaths();

private:
    HttpResult request(const QByteArray &method,
                       const QString &pathAndQuery,
                       const QByteArray &body = {},
                       const Headers &headers = {});
    HttpResult api(const QByteArray &method,
                   const QString &pathAndQuery,
                   const QByteArrayView environment = "production");
    HttpResult setHealth(const QString &accountId, const QByteArray &json);
    QJsonObject account(const QString &accountId, const QByteArrayView environment = "production");

    std::unique_ptr<ConnectSimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QDateTime m_now;
    QString m_token;
};

void tst_SimCustomers::init()
{
    m_now = startTime;
    m_sim = std::make_unique<ConnectSimulator>();
    m_sim->setNow([this] { return m_now; });
    QVERIFY(m_sim->listenLocal());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setProxy(QNetworkProxy::NoProxy);
    m_token.clear();
}

void tst_SimCustomers::cleanup()
{
    m_nam.reset();
    m_sim.reset();
}

HttpResult tst_SimCustomers::request(const QByteArray &method,
                                     const QString &pathAndQuery,
                                     const QByteArray &body,
                                     const Headers &headers)
{
    // StrictMode: the path goes out exactly as written (already percent-encoded).
    QUrl url = m_sim->baseUrl();
    const qsizetype question = pathAndQuery.indexOf(u'?');
    url.setPath(pathAndQuery.left(question), QUrl::StrictMode);
    if (question >= 0)
        url.setQuery(pathAndQuery.mid(question + 1), QUrl::StrictMode);
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    bool hasContentType = false;
    for (const auto &header : headers) {
        req.setRawHeader(header.first, header.second);
        hasContentType |= header.first.toLower() == "content-type";
    }
    if (!body.isEmpty() && !hasContentType)
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    QNetworkReply *reply = m_nam->sendCustomRequest(req, method, body);
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(15000);
    }
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        result.body = reply->readAll();
    const auto pairs = reply->rawHeaderPairs();
    for (const auto &pair : pairs)
        result.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return result;
}

HttpResult tst_SimCustomers::api(const QByteArray &method,
                                 const QString &pathAndQuery,
                                 const QByteArrayView environment)
{
    if (m_token.isEmpty()) {
        const HttpResult r = request(
            "POST",
            u"/v1/oauth/token"_s,
            R"({"grant_type":"client_credentials","client_id":"sandbox-client-id","client_secret":"sandbox-client-secret"})"_ba);
        m_token = r.json().value("access_token"_L1).toString();
    }
    return request(method,
                   pathAndQuery,
                   {},
                   {{"Authorization", "Bearer " + m_token.toLatin1()},
                    {"x-pd-environment", environment.toByteArray()}});
}

HttpResult tst_SimCustomers::setHealth(const QString &accountId, const QByteArray &json)
{
    return request("POST", u"/_sandbox/accounts/%1/health"_s.arg(encoded(accountId)), json);
}

QJsonObject tst_SimCustomers::account(const QString &accountId, const QByteArrayView environment)
{
    const HttpResult r = api("GET", u"/v1/connect/proj_sandbox/accounts/"_s + accountId, environment);
    if (r.status != 200)
        qWarning() << "GET account" << accountId << r.status << r.body;
    return r.json();
}

// --- health on the wire ---

void tst_SimCustomers::healthStatesOnTheWire_data()
{
    QTest::addColumn<SimAccountHealth>("health");
    QTest::addColumn<QString>("error");
    QTest::addColumn<bool>("healthy");
    QTest::addColumn<bool>("dead");
    QTest::addColumn<QJsonValue>("wireError");

    QTest::newRow("healthy") << SimAccountHealth::Healthy << u"ignored when healthy"_s << true
                             << false << QJsonValue(QJsonValue::Null);
    QTest::newRow("unhealthy") << SimAccountHealth::Unhealthy
                               << u"invalid_grant: Token has been expired or revoked."_s << false
                               << false
                               << QJsonValue(u"invalid_grant: Token has been expired or revoked."_s);
    QTest::newRow("dead") << SimAccountHealth::Dead << u"The refresh token was revoked by the user."_s
                          << false << true
                          << QJsonValue(u"The refresh token was revoked by the user."_s);
}

void tst_SimCustomers::healthStatesOnTheWire()
{
    QFETCH(SimAccountHealth, health);
    QFETCH(QString, error);
    QFETCH(bool, healthy);
    QFETCH(bool, dead);
    QFETCH(QJsonValue, wireError);

    const QString id = m_sim->addAccount(prod, u"production"_s, u"wire-user"_s, u"slack"_s);
    QVERIFY(id.startsWith("apn_"_L1));
    if (health != SimAccountHealth::Healthy) // a healthy account first breaks, so healing is seen
        QVERIFY(m_sim->setAccountHealth(id, SimAccountHealth::Dead, u"broken first"_s));
    m_now = m_now.addSecs(90);
    QVERIFY(m_sim->setAccountHealth(id, health, error));

    // The same Account from every route that returns one.
    const QJsonObject one = account(id);
    const QJsonArray listed
        = api("GET", u"/v1/connect/proj_sandbox/accounts?external_user_id=wire-user"_s)
              .json()
              .value("data"_L1)
              .toArray();
    const QJsonArray byUser = api("GET", u"/v1/connect/proj_sandbox/users/wire-user/accounts"_s)
                                  .array();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(byUser.size(), 1);
    QCOMPARE(listed.first().toObject(), one);
    QCOMPARE(byUser.first().toObject(), one);

    QStringList keys = one.keys();
    QCOMPARE(keys,
             QStringList({u"app"_s, u"authorized_scopes"_s, u"created_at"_s, u"dead"_s,
                          u"error"_s, u"expires_at"_s, u"external_id"_s, u"healthy"_s, u"id"_s,
                          u"last_refreshed_at"_s, u"name"_s, u"next_refresh_at"_s,
                          u"updated_at"_s}));
    QCOMPARE(one.value("healthy"_L1), QJsonValue(healthy));
    QCOMPARE(one.value("dead"_L1), QJsonValue(dead));
    QCOMPARE(one.value("error"_L1), wireError);
    QCOMPARE(one.value("updated_at"_L1).toString(), u"2026-11-28T12:01:30.250Z"_s);
    QCOMPARE(one.value("created_at"_L1).toString(), u"2026-11-28T12:00:00.250Z"_s);
    const QJsonValue next = one.value("next_refresh_at"_L1);
    switch (health) {
    case SimAccountHealth::Healthy: // a heal is a successful refresh, now
        QCOMPARE(one.value("last_refreshed_at"_L1).toString(), u"2026-11-28T12:01:30.250Z"_s);
        QCOMPARE(next.toString(), u"2026-11-28T12:56:30.250Z"_s);
        QCOMPARE(one.value("expires_at"_L1).toString(), u"2026-11-28T13:01:30.250Z"_s);
        break;
    case SimAccountHealth::Unhealthy: // Pipedream retries
        QCOMPARE(one.value("last_refreshed_at"_L1).toString(), u"2026-11-28T12:00:00.250Z"_s);
        QCOMPARE(next.toString(), u"2026-11-28T12:16:30.250Z"_s);
        break;
    case SimAccountHealth::Dead: // no refresh planned
        QCOMPARE(next, QJsonValue(QJsonValue::Null));
        break;
    }
}

void tst_SimCustomers::freshAccountFields()
{
    // OAuth: scopes from the app's read_write profile, an hour-long credential refreshed 5 min early.
    const QString slack = m_sim->addAccount(prod, u"production"_s, u"fresh"_s, u"slack"_s,
                                            u"Fresh workspace"_s);
    const QJsonObject oauth = account(slack);
    QCOMPARE(oauth.value("name"_L1).toString(), u"Fresh workspace"_s);
    QCOMPARE(oauth.value("healthy"_L1), QJsonValue(true));
    QCOMPARE(oauth.value("error"_L1), QJsonValue(QJsonValue::Null));
    QCOMPARE(oauth.value("last_refreshed_at"_L1).toString(), u"2026-11-28T12:00:00.250Z"_s);
    QCOMPARE(oauth.value("expires_at"_L1).toString(), u"2026-11-28T13:00:00.250Z"_s);
    QCOMPARE(oauth.value("next_refresh_at"_L1).toString(), u"2026-11-28T12:55:00.250Z"_s);
    QVERIFY(!oauth.value("authorized_scopes"_L1).toArray().isEmpty());
    QVERIFY(oauth.value("authorized_scopes"_L1).toArray().first().isString());

    // API keys: no expiry, no refresh, no scopes.
    const QString stripe = m_sim->addAccount(prod, u"production"_s, u"fresh"_s, u"stripe"_s);
    const QJsonObject keys = account(stripe);
    QCOMPARE(keys.value("expires_at"_L1), QJsonValue(QJsonValue::Null));
    QCOMPARE(keys.value("next_refresh_at"_L1), QJsonValue(QJsonValue::Null));
    QCOMPARE(keys.value("authorized_scopes"_L1).toArray(), QJsonArray());
    QCOMPARE(keys.value("last_refreshed_at"_L1).toString(), u"2026-11-28T12:00:00.250Z"_s);

    // Unknown app, an app without authentication: nothing added.
    QVERIFY(m_sim->addAccount(prod, u"production"_s, u"fresh"_s, u"no_such_app"_s).isEmpty());
    QVERIFY(m_sim->addAccount(prod, u"production"_s, u"fresh"_s, u"http"_s).isEmpty());

    // An account connected through a Connect Link carries the same fields.
    const HttpResult token = request(
        "POST", u"/v1/connect/proj_sandbox/tokens"_s, R"({"external_user_id":"linked"})"_ba,
        {{"Authorization", "Bearer " + m_token.toLatin1()}, {"x-pd-environment", "production"}});
    QCOMPARE(token.status, 200);
    const HttpResult opened = request(
        "POST", u"/_sandbox/open"_s,
        QJsonDocument(QJsonObject{{"token"_L1, token.json().value("token"_L1)},
                                  {"app"_L1, "github"_L1}})
            .toJson());
    QCOMPARE(opened.status, 200);
    const QJsonObject linked = opened.json().value("account"_L1).toObject();
    QCOMPARE(linked.value("project_id"_L1).toString(), prod);
    QCOMPARE(linked.value("environment"_L1).toString(), u"production"_s);
    QCOMPARE(linked.value("error"_L1), QJsonValue(QJsonValue::Null));
    QCOMPARE(linked.value("expires_at"_L1).toString(), u"2026-11-28T13:00:00.250Z"_s);
    QCOMPARE(linked.value("authorized_scopes"_L1).toArray(),
             QJsonArray({u"read:user"_s, u"repo"_s}));
}

void tst_SimCustomers::setAccountHealthInCpp()
{
    QVERIFY(!m_sim->setAccountHealth(u"apn_missing"_s, SimAccountHealth::Dead));
    const QString id = m_sim->addAccount(prod, u"development"_s, u"cpp"_s, u"github"_s);
    QVERIFY(!id.isEmpty());

    // An empty error takes a realistic default; the account is found in its own environment only.
    QVERIFY(m_sim->setAccountHealth(id, SimAccountHealth::Unhealthy));
    QCOMPARE(account(id, "development").value("error"_L1).toString(),
             u"invalid_grant: Token has been expired or revoked."_s);
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/accounts/"_s + id, "production").status, 404);
    QVERIFY(m_sim->setAccountHealth(id, SimAccountHealth::Dead, u"  "_s));
    QCOMPARE(account(id, "development").value("error"_L1).toString(),
             u"The refresh token was revoked by the user."_s);
    QCOMPARE(account(id, "development").value("dead"_L1), QJsonValue(true));

    // Healing clears the error.
    QVERIFY(m_sim->setAccountHealth(id, SimAccountHealth::Healthy, u"whatever"_s));
    const QJsonObject healed = account(id, "development");
    QCOMPARE(healed.value("healthy"_L1), QJsonValue(true));
    QCOMPARE(healed.value("dead"_L1), QJsonValue(false));
    QCOMPARE(healed.value("error"_L1), QJsonValue(QJsonValue::Null));
}

void tst_SimCustomers::breakAndHealOverHttp()
{
    const QString id = m_sim->addAccount(prod, u"production"_s, u"http-user"_s, u"google_sheets"_s);

    HttpResult r = setHealth(id, R"({"state":"unhealthy","error":"Token refresh failed: 400"})"_ba);
    QCOMPARE(r.status, 200);
    QJsonObject answered = r.json().value("account"_L1).toObject();
    QCOMPARE(answered.value("id"_L1).toString(), id);
    QCOMPARE(answered.value("project_id"_L1).toString(), prod);
    QCOMPARE(answered.value("environment"_L1).toString(), u"production"_s);
    QCOMPARE(answered.value("healthy"_L1), QJsonValue(false));
    QCOMPARE(answered.value("error"_L1).toString(), u"Token refresh failed: 400"_s);
    QCOMPARE(account(id).value("error"_L1).toString(), u"Token refresh failed: 400"_s);

    r = setHealth(id, R"({"state":"dead"})"_ba); // no error: the default text
    QCOMPARE(r.status, 200);
    QCOMPARE(account(id).value("dead"_L1), QJsonValue(true));
    QCOMPARE(account(id).value("error"_L1).toString(),
             u"The refresh token was revoked by the user."_s);

    r = setHealth(id, R"({"state":"healthy","error":null})"_ba);
    QCOMPARE(r.status, 200);
    QCOMPARE(account(id).value("healthy"_L1), QJsonValue(true));
    QCOMPARE(account(id).value("error"_L1), QJsonValue(QJsonValue::Null));
}

void tst_SimCustomers::healthControlRefuses_data()
{
    QTest::addColumn<QString>("accountId"); // "" = the test's account
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<int>("status");

    const QByteArray good = R"({"state":"dead"})"_ba;
    QTest::newRow("unknown account") << u"apn_missing"_s << "POST"_ba << good << Headers{} << 404;
    QTest::newRow("unknown state") << QString() << "POST"_ba << R"({"state":"sick"})"_ba
                                   << Headers{} << 400;
    QTest::newRow("no state") << QString() << "POST"_ba << R"({"error":"x"})"_ba << Headers{}
                              << 400;
    QTest::newRow("error not a string") << QString() << "POST"_ba
                                        << R"({"state":"dead","error":42})"_ba << Headers{} << 400;
    QTest::newRow("not JSON") << QString() << "POST"_ba << "state=dead"_ba
                              << Headers{{"Content-Type", "application/json"}} << 400;
    QTest::newRow("text/plain") << QString() << "POST"_ba << good
                                << Headers{{"Content-Type", "text/plain"}} << 415;
    QTest::newRow("foreign Host") << QString() << "POST"_ba << good
                                  << Headers{{"Host", "attacker.example"}} << 403;
    QTest::newRow("cross-site Origin") << QString() << "POST"_ba << good
                                       << Headers{{"Origin", "https://attacker.example"}} << 403;
    QTest::newRow("form without Origin")
        << QString() << "POST"_ba << "state=dead"_ba
        << Headers{{"Content-Type", "application/x-www-form-urlencoded"}} << 403;
    QTest::newRow("GET") << QString() << "GET"_ba << QByteArray() << Headers{} << 405;
}

void tst_SimCustomers::healthControlRefuses()
{
    QFETCH(QString, accountId);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    QFETCH(Headers, headers);
    QFETCH(int, status);

    const QString id = m_sim->addAccount(prod, u"production"_s, u"refused"_s, u"slack"_s);
    const QString target = accountId.isEmpty() ? id : accountId;
    const HttpResult r = request(method, u"/_sandbox/accounts/%1/health"_s.arg(target), body,
                                 headers);
    QCOMPARE(r.status, status);
    QCOMPARE(account(id).value("healthy"_L1), QJsonValue(true)); // unchanged
}

void tst_SimCustomers::healthFormFromTheSandboxPage()
{
    const QString id = m_sim->addAccount(prod, u"production"_s, u"form-user"_s, u"notion"_s);
    const QByteArray origin = m_sim->baseUrl().toString(QUrl::RemovePath).toLatin1();
    const HttpResult r = request("POST",
                                 u"/_sandbox/accounts/%1/health"_s.arg(id),
                                 "state=unhealthy&error=Notion+said+no+%26+gave+up"_ba,
                                 {{"Content-Type", "application/x-www-form-urlencoded"},
                                  {"Origin", origin}});
    QCOMPARE(r.status, 303);
    QCOMPARE(r.header("Location"), "/_sandbox/customers#"_ba + id.toLatin1());
    QCOMPARE(account(id).value("error"_L1).toString(), u"Notion said no & gave up"_s);
}

void tst_SimCustomers::sandboxPageListsCustomers()
{
    const QString id = m_sim->addAccount(prod, u"production"_s, u"<b>page</b> 100%1"_s,
                                         u"slack"_s);
    QVERIFY(m_sim->setAccountHealth(id, SimAccountHealth::Unhealthy, u"invalid_grant & <co>"_s));
    QVERIFY(m_sim->addUser(u"proj_sandbox2"_s, u"development"_s, u"nobody-connected"_s));

    const HttpResult r = request("GET", u"/_sandbox/customers"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("text/html"));
    const QString html = QString::fromUtf8(r.body);
    QVERIFY2(html.contains(u"&lt;b&gt;page&lt;/b&gt; 100%1"_s), qPrintable(html));
    QVERIFY(!html.contains(u"<b>page</b>"_s));
    QVERIFY(html.contains(u"invalid_grant &amp; &lt;co&gt;"_s));
    QVERIFY(html.contains(u"⚠ unhealthy"_s));
    QVERIFY(html.contains(u"action=\"/_sandbox/accounts/%1/health\""_s.arg(id)));
    QVERIFY(html.contains(u"value=\"dead\""_s));
    QVERIFY(html.contains(u"nobody-connected"_s));
    QVERIFY(html.contains(u"1 external user(s) of at most 10"_s));

    QCOMPARE(request("GET", u"/_sandbox/customers"_s, {}, {{"Host", "evil.example"}}).status, 403);
    QCOMPARE(request("POST", u"/_sandbox/customers"_s, "{}"_ba).status, 405);
}

// --- seeding ---

void tst_SimCustomers::seedDemoCustomers()
{
    // Empty unless seeded.
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/users"_s).json().value("data"_L1).toArray().size(),
             0);
    const int added = m_sim->seedDemoCustomers();
    QVERIFY(added >= 8);
    QCOMPARE(m_sim->seedDemoCustomers(), 0); // idempotent

    const QJsonArray users = api("GET", u"/v1/connect/proj_sandbox/users?limit=100"_s)
                                 .json().value("data"_L1).toArray();
    const QStringList ids = externalIds(users);
    QVERIFY(ids.size() >= 4 && ids.size() <= 6);
    for (const QString &expected : {u"acme-jane.doe"_s, u"globex-42"_s,
                                    u"initech-peter@initech.example"_s, u"müller-gmbh"_s})
        QVERIFY2(ids.contains(expected), qPrintable(ids.join(u", ")));
    QVERIFY(std::any_of(ids.cbegin(), ids.cend(), [](const QString &id) {
        return std::any_of(id.cbegin(), id.cend(), [](QChar c) { return c.unicode() > 0x2000; });
    })); // a Japanese one

    // Every health state, with the server's words; plausible times; known apps.
    const QJsonArray accounts = api("GET", u"/v1/connect/proj_sandbox/accounts?limit=100"_s)
                                    .json().value("data"_L1).toArray();
    QVERIFY(accounts.size() >= 5);
    int healthy = 0;
    int unhealthy = 0;
    int dead = 0;
    QMap<QString, int> perUser;
    for (const QJsonValue &value : accounts) {
        const QJsonObject a = value.toObject();
        ++perUser[a.value("external_id"_L1).toString()];
        QVERIFY(!a.value("app"_L1).toObject().value("name_slug"_L1).toString().isEmpty());
        const QDateTime created = QDateTime::fromString(a.value("created_at"_L1).toString(),
                                                        Qt::ISODateWithMs);
        const QDateTime updated = QDateTime::fromString(a.value("updated_at"_L1).toString(),
                                                        Qt::ISODateWithMs);
        QVERIFY(created.isValid() && updated.isValid());
        QVERIFY(created <= updated && updated <= m_now);
        QVERIFY(created < m_now.addDays(-1) || a.value("external_id"_L1).toString() != "acme-jane.doe"_L1);
        if (a.value("healthy"_L1).toBool()) {
            ++healthy;
            QCOMPARE(a.value("error"_L1), QJsonValue(QJsonValue::Null));
            const QJsonValue next = a.value("next_refresh_at"_L1);
            if (!next.isNull()) // OAuth: refreshed in the future, credentials not yet expired
                QVERIFY(QDateTime::fromString(next.toString(), Qt::ISODateWithMs) > m_now);
        } else if (a.value("dead"_L1).toBool()) {
            ++dead;
            QCOMPARE(a.value("error"_L1).toString(), u"The refresh token was revoked by the user."_s);
            QCOMPARE(a.value("next_refresh_at"_L1), QJsonValue(QJsonValue::Null));
        } else {
            ++unhealthy;
            QCOMPARE(a.value("error"_L1).toString(),
                     u"invalid_grant: Token has been expired or revoked."_s);
        }
    }
    QVERIFY(healthy >= 3);
    QCOMPARE(unhealthy, 1);
    QCOMPARE(dead, 1);
    QVERIFY(perUser.value(u"acme-jane.doe"_s) >= 2 && perUser.value(u"acme-jane.doe"_s) <= 3);
    for (const QString &id : ids)
        QVERIFY(perUser.value(id) <= 3);
    QVERIFY(std::any_of(ids.cbegin(), ids.cend(), [&](const QString &id) {
        return perUser.value(id) == 0;
    })); // someone got a link but never connected

    // Development: near its 10-user cap, not at it.
    const QJsonObject dev = api("GET", u"/v1/connect/proj_sandbox/users?limit=1"_s, "development")
                                .json();
    const int devUsers = dev.value("page_info"_L1).toObject().value("total_count"_L1).toInt();
    QVERIFY2(devUsers >= 8 && devUsers <= 9, qPrintable(QString::number(devUsers)));
    QVERIFY(m_sim->addUser(prod, u"development"_s, u"one-more"_s));

    // The second project is left empty.
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox2/users"_s).json().value("data"_L1).toArray().size(),
             0);
}

void tst_SimCustomers::seedOverHttp()
{
    HttpResult r = request("POST", u"/_sandbox/seed"_s, "{}"_ba);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value("users_added"_L1).toInt() >= 12);
    QVERIFY(r.json().value("accounts_added"_L1).toInt() >= 8);
    r = request("POST", u"/_sandbox/seed"_s, "{}"_ba);
    QCOMPARE(r.json().value("users_added"_L1).toInt(), 0);
    QCOMPARE(request("POST", u"/_sandbox/seed"_s, "{}"_ba, {{"Content-Type", "text/plain"}}).status,
             415);
    QVERIFY(QString::fromUtf8(request("GET", u"/_sandbox/customers"_s).body)
                .contains(u"globex-42"_s));
}

// --- deletes ---

void tst_SimCustomers::deleteUserCascades()
{
    const QString a1 = m_sim->addAccount(prod, u"production"_s, u"leaving"_s, u"slack"_s);
    const QString a2 = m_sim->addAccount(prod, u"production"_s, u"leaving"_s, u"github"_s);
    const QString other = m_sim->addAccount(prod, u"production"_s, u"staying"_s, u"slack"_s);
    const QString devTwin = m_sim->addAccount(prod, u"development"_s, u"leaving"_s, u"slack"_s);

    QCOMPARE(api("DELETE", u"/v1/connect/proj_sandbox/users/leaving"_s).status, 204);
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/accounts/"_s + a1).status, 404);
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/accounts/"_s + a2).status, 404);
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/users/leaving/accounts"_s).array().size(), 0);
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/accounts?external_user_id=leaving"_s)
                 .json().value("data"_L1).toArray().size(),
             0);
    QCOMPARE(externalIds(api("GET", u"/v1/connect/proj_sandbox/users"_s).json().value("data"_L1)
                             .toArray()),
             QStringList{u"staying"_s});
    // Other users and the other environment are untouched.
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/accounts/"_s + other).status, 200);
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/accounts/"_s + devTwin, "development").status,
             200);

    const HttpResult again = api("DELETE", u"/v1/connect/proj_sandbox/users/leaving"_s);
    QCOMPARE(again.status, 404);
    QCOMPARE(again.errorMessage(), u"external user not found"_s);
    QCOMPARE(api("DELETE", u"/v1/connect/proj_sandbox/users/never-was"_s).status, 404);
}

void tst_SimCustomers::deleteAccountTwice()
{
    const QString id = m_sim->addAccount(prod, u"production"_s, u"twice"_s, u"slack"_s);
    const QString keep = m_sim->addAccount(prod, u"production"_s, u"twice"_s, u"gmail"_s);
    HttpResult r = api("DELETE", u"/v1/connect/proj_sandbox/accounts/"_s + id);
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
    r = api("DELETE", u"/v1/connect/proj_sandbox/accounts/"_s + id);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorMessage(), u"account not found"_s);
    // The user and their other account stay.
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/users/twice/accounts"_s).array().size(), 1);
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/accounts/"_s + keep).status, 200);
    // Another environment's account is not this one's to delete.
    const QString dev = m_sim->addAccount(prod, u"development"_s, u"twice"_s, u"slack"_s);
    QCOMPARE(api("DELETE", u"/v1/connect/proj_sandbox/accounts/"_s + dev).status, 404);
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/accounts/"_s + dev, "development").status, 200);
}

void tst_SimCustomers::encodedExternalUserIds_data()
{
    QTest::addColumn<QString>("externalId");
    QTest::newRow("slash") << u"tenant/42"_s;
    QTest::newRow("question mark") << u"who?me"_s;
    QTest::newRow("hash") << u"team#3"_s;
    QTest::newRow("space") << u"jane doe"_s;
    QTest::newRow("percent") << u"100%25 sure %zz"_s;
    QTest::newRow("plus") << u"a+b"_s;
    QTest::newRow("German") << u"müller-gmbh"_s;
    QTest::newRow("Japanese") << u"株式会社さくら-田中"_s;
    QTest::newRow("all at once") << u"a/b?c#d e%f ü"_s;
}

void tst_SimCustomers::encodedExternalUserIds()
{
    QFETCH(QString, externalId);
    const QString account = m_sim->addAccount(prod, u"production"_s, externalId, u"slack"_s);
    QVERIFY(!account.isEmpty());
    // A decoy whose ID is what a double decode (or none) would produce.
    m_sim->addAccount(prod, u"production"_s, encoded(externalId), u"github"_s);
    const QString once = encoded(externalId);

    // By user: exactly this user's account.
    HttpResult r = api("GET", u"/v1/connect/proj_sandbox/users/%1/accounts"_s.arg(once));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.array().size(), 1);
    QCOMPARE(r.array().first().toObject().value("external_id"_L1).toString(), externalId);
    QCOMPARE(r.array().first().toObject().value("id"_L1).toString(), account);
    QCOMPARE(m_sim->receivedRequests().last().path,
             u"/v1/connect/proj_sandbox/users/%1/accounts"_s.arg(once).toLatin1());

    // As a query parameter, and in a search.
    r = api("GET", u"/v1/connect/proj_sandbox/accounts?external_user_id="_s + once);
    QCOMPARE(externalIds(r.json().value("data"_L1).toArray()), QStringList{externalId});
    r = api("GET", u"/v1/connect/proj_sandbox/users?q="_s + once);
    QVERIFY(externalIds(r.json().value("data"_L1).toArray()).contains(externalId));

    // Encoded twice is another ID (the decoy's), never this one.
    const QString twice = encoded(once);
    r = api("GET", u"/v1/connect/proj_sandbox/users/%1/accounts"_s.arg(twice));
    QCOMPARE(r.array().size(), 1);
    QCOMPARE(r.array().first().toObject().value("external_id"_L1).toString(), once);

    QCOMPARE(api("DELETE", u"/v1/connect/proj_sandbox/users/"_s + once).status, 204);
    QCOMPARE(api("DELETE", u"/v1/connect/proj_sandbox/users/"_s + once).status, 404);
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/accounts/"_s + account).status, 404);
    // The decoy is still there.
    QCOMPARE(externalIds(api("GET", u"/v1/connect/proj_sandbox/users"_s).json().value("data"_L1)
                             .toArray()),
             QStringList{once});
}

// --- paging ---

void tst_SimCustomers::usersPagingAndSearch()
{
    for (int i = 0; i < 25; ++i) {
        m_now = m_now.addSecs(1);
        QVERIFY(m_sim->addUser(prod, u"production"_s,
                               (i % 2 ? u"Acme-%1"_s : u"globex-%1"_s).arg(i, 2, 10, QChar(u'0'))));
    }
    QStringList seen;
    QString after;
    int pages = 0;
    do {
        const HttpResult r = api("GET", u"/v1/connect/proj_sandbox/users?limit=10"_s
                                            + (after.isEmpty() ? QString() : u"&after="_s + after));
        QCOMPARE(r.status, 200);
        const QJsonObject info = r.json().value("page_info"_L1).toObject();
        const QJsonArray data = r.json().value("data"_L1).toArray();
        QCOMPARE(info.value("total_count"_L1).toInt(), 25);
        QCOMPARE(info.value("count"_L1).toInt(), data.size());
        QCOMPARE(info.value("start_cursor"_L1).toString(),
                 data.first().toObject().value("id"_L1).toString());
        seen += externalIds(data);
        after = info.value("end_cursor"_L1).toString();
        if (!after.isEmpty())
            QCOMPARE(after, data.last().toObject().value("id"_L1).toString());
        else
            QCOMPARE(info.value("end_cursor"_L1), QJsonValue(QJsonValue::Null));
        ++pages;
    } while (!after.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(seen.size(), 25);
    QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), 25);
    QCOMPARE(seen.first(), u"globex-00"_s); // oldest first

    // q: case-insensitive substring of external_id, paged over the matches only.
    const HttpResult acme = api("GET", u"/v1/connect/proj_sandbox/users?q=aCmE&limit=5"_s);
    const QJsonObject info = acme.json().value("page_info"_L1).toObject();
    QCOMPARE(info.value("total_count"_L1).toInt(), 12);
    QCOMPARE(info.value("count"_L1).toInt(), 5);
    for (const QString &id : externalIds(acme.json().value("data"_L1).toArray()))
        QVERIFY(id.startsWith("Acme-"_L1));
    const HttpResult next = api("GET", u"/v1/connect/proj_sandbox/users?q=acme&limit=5&after="_s
                                           + info.value("end_cursor"_L1).toString());
    QCOMPARE(next.json().value("data"_L1).toArray().size(), 5);
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/users?q=nobody"_s)
                 .json().value("page_info"_L1).toObject().value("start_cursor"_L1),
             QJsonValue(QJsonValue::Null));
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/users?after=exu_nope"_s).status, 400);
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/users?limit=0"_s).status, 400);
}

void tst_SimCustomers::accountsPaging()
{
    QStringList created;
    for (const QString &app : {u"slack"_s, u"github"_s, u"gmail"_s, u"notion"_s, u"slack"_s})
        created.append(m_sim->addAccount(prod, u"production"_s, u"pager"_s, app));
    m_sim->addAccount(prod, u"production"_s, u"someone-else"_s, u"slack"_s);

    QStringList seen;
    QString after;
    for (int page = 0; page < 3; ++page) {
        const HttpResult r = api("GET", u"/v1/connect/proj_sandbox/accounts?external_user_id=pager&limit=2"_s
                                            + (after.isEmpty() ? QString() : u"&after="_s + after));
        QCOMPARE(r.status, 200);
        const QJsonObject info = r.json().value("page_info"_L1).toObject();
        QCOMPARE(info.value("total_count"_L1).toInt(), 5);
        for (const QJsonValue &a : r.json().value("data"_L1).toArray())
            seen.append(a.toObject().value("id"_L1).toString());
        after = info.value("end_cursor"_L1).toString();
    }
    QCOMPARE(seen, created);
    QVERIFY(after.isEmpty());

    const HttpResult slack
        = api("GET", u"/v1/connect/proj_sandbox/accounts?external_user_id=pager&app=slack"_s);
    QCOMPARE(slack.json().value("data"_L1).toArray().size(), 2);
}

// --- rate limit and faults ---

void tst_SimCustomers::rateLimitHeaders()
{
    // The default budget: 2,000 per 5 minutes.
    HttpResult r = api("GET", u"/v1/connect/proj_sandbox/users"_s);
    QCOMPARE(r.header("X-RateLimit-Limit"), "2000"_ba);
    QCOMPARE(r.header("X-RateLimit-Remaining"), "1999"_ba);
    QCOMPARE(r.header("X-RateLimit-Reset").toLongLong(), startTime.toSecsSinceEpoch() + 301);

    m_sim->setAccountCallsPerFiveMinutes(3);
    const QString id = m_sim->addAccount(prod, u"production"_s, u"busy"_s, u"slack"_s);
    // Every account-management route counts, whatever it answers.
    r = api("GET", u"/v1/connect/proj_sandbox/accounts/"_s + id);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("X-RateLimit-Limit"), "3"_ba);
    QCOMPARE(r.header("X-RateLimit-Remaining"), "1"_ba);
    r = api("DELETE", u"/v1/connect/proj_sandbox/accounts/apn_missing"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.header("X-RateLimit-Remaining"), "0"_ba);

    m_now = m_now.addSecs(100);
    r = api("GET", u"/v1/connect/proj_sandbox/users/busy/accounts"_s);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.errorMessage(), u"Throttled"_s);
    QCOMPARE(r.header("Retry-After"), "200"_ba); // the first call leaves the window at 300 s
    QCOMPARE(r.header("X-RateLimit-Remaining"), "0"_ba);
    QCOMPARE(r.header("X-RateLimit-Reset").toLongLong(), startTime.toSecsSinceEpoch() + 301);
    // Refused calls do nothing.
    QCOMPARE(api("DELETE", u"/v1/connect/proj_sandbox/users/busy"_s).status, 429);

    // Per project (both environments share it); other calls are not counted.
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/users"_s, "development").status, 429);
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox2/users"_s).status, 200);
    r = api("GET", u"/v1/connect/proj_sandbox/oauth_apps"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.headers.contains("x-ratelimit-limit"));

    m_now = startTime.addSecs(301);
    r = api("GET", u"/v1/connect/proj_sandbox/users/busy/accounts"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.array().size(), 1); // the refused DELETE did not happen
}

void tst_SimCustomers::faultsOnAccountPaths()
{
    for (int i = 0; i < 5; ++i)
        m_sim->addUser(prod, u"production"_s, u"faulty-%1"_s.arg(i));
    const HttpResult first = api("GET", u"/v1/connect/proj_sandbox/users?limit=2"_s);
    const QString cursor = first.json().value("page_info"_L1).toObject().value("end_cursor"_L1)
                               .toString();
    QVERIFY(!cursor.isEmpty());

    // Over HTTP, as a CLI test would: the next page is throttled once, then fails once with 503.
    HttpResult r = request("POST", u"/_sandbox/faults"_s,
                           R"({"kind":"rate_limited","path_contains":"/users","retry_after":7})"_ba);
    QCOMPARE(r.status, 200);
    r = request("POST", u"/_sandbox/faults"_s,
                R"({"kind":"server_error","path_contains":"/users","status":503})"_ba);
    QCOMPARE(r.status, 200);

    const QString next = u"/v1/connect/proj_sandbox/users?limit=2&after="_s + cursor;
    r = api("GET", next);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.header("Retry-After"), "7"_ba);
    QCOMPARE(r.header("X-RateLimit-Limit"), "2000"_ba); // the account budget, not the token one
    r = api("GET", next);
    QCOMPARE(r.status, 503);
    r = api("GET", next); // the same cursor still works
    QCOMPARE(r.status, 200);
    QCOMPARE(externalIds(r.json().value("data"_L1).toArray()),
             QStringList({u"faulty-2"_s, u"faulty-3"_s}));

    // In C++, on the accounts routes.
    m_sim->injectFault(Fault::on(u"/accounts"_s, FaultKind::ServerError));
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/accounts"_s).status, 500);
    QCOMPARE(api("GET", u"/v1/connect/proj_sandbox/accounts"_s).status, 200);
}

QTEST_GUILESS_MAIN(tst_SimCustomers)
#include "tst_simcustomers.moc"
