#include "api/tokenresult.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace ConnectDesk;

// Parsing and checking of the token response, and Connect Link building.
class TestTokenResult final : public QObject
{
    Q_OBJECT

private:
    static QByteArray body(const QString &token, const QString &expiresAt, const QString &link)
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("token"), token},
                                         {QStringLiteral("expires_at"), expiresAt},
                                         {QStringLiteral("connect_link_url"), link}})
            .toJson();
    }
    static QString goodToken() { return QStringLiteral("ctok_0123456789abcdef0123456789abcdef"); }
    static QString goodLink()
    {
        return QStringLiteral("https://pipedream.com/_static/connect.html?token=ctok_0123456789abcdef0123456789abcdef&connectLink=true");
    }

private slots:
    void parsesValidResponse_data();
    void parsesValidResponse();
    void rejectsContractBreaks_data();
    void rejectsContractBreaks();
    void connectLinkAddsApp_data();
    void connectLinkAddsApp();
    void expiryMath();
    void cliJsonShape();
};

void TestTokenResult::parsesValidResponse_data()
{
    QTest::addColumn<QString>("expiresAt");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime base(QDate(2023, 11, 7), QTime(5, 31, 56), Qt::UTC);
    QTest::newRow("seconds Z") << "2023-11-07T05:31:56Z" << base;
    QTest::newRow("millis Z") << "2023-11-07T05:31:56.250Z" << base.addMSecs(250);
    QTest::newRow("micros Z") << "2023-11-07T05:31:56.250123Z" << base.addMSecs(250);
    QTest::newRow("offset") << "2023-11-07T06:31:56+01:00" << base;
    QTest::newRow("no zone means UTC") << "2023-11-07T05:31:56" << base;
}

void TestTokenResult::parsesValidResponse()
{
    QFETCH(QString, expiresAt);
    QFETCH(QDateTime, expected);
    QString error;
    const auto result = TokenResult::fromJson(body(goodToken(), expiresAt, goodLink()), &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->token, goodToken());
    QCOMPARE(result->expiresAt, expected);
    QCOMPARE(result->expiresAt.timeSpec(), Qt::UTC);
    QCOMPARE(result->connectLinkUrl, QUrl(goodLink()));
}

void TestTokenResult::rejectsContractBreaks_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("messagePart");
    const QString t = goodToken();
    const QString e = QStringLiteral("2023-11-07T05:31:56Z");
    const QString l = goodLink();
    QTest::newRow("not json") << QByteArray("<html>502</html>") << "not JSON";
    QTest::newRow("truncated") << body(t, e, l).left(30) << "not JSON";
    QTest::newRow("array") << QByteArray("[1,2]") << "not a JSON object";
    QTest::newRow("empty object") << QByteArray("{}") << "token";
    QTest::newRow("token short") << body(QStringLiteral("ctok_abc"), e, l) << "token";
    QTest::newRow("token uppercase hex") << body(QStringLiteral("ctok_0123456789ABCDEF0123456789abcdef"), e, l) << "token";
    QTest::newRow("token wrong prefix") << body(QStringLiteral("tok_0123456789abcdef0123456789abcdef"), e, l) << "token";
    QTest::newRow("token number")
        << QByteArray("{\"token\":5,\"expires_at\":\"2023-11-07T05:31:56Z\",\"connect_link_url\":\"https://a.b/\"}") << "token";
    QTest::newRow("expiry missing")
        << QByteArray("{\"token\":\"ctok_0123456789abcdef0123456789abcdef\",\"connect_link_url\":\"https://a.b/\"}") << "expires_at";
    QTest::newRow("expiry date only") << body(t, QStringLiteral("2023-11-07"), l) << "expires_at";
    QTest::newRow("expiry garbage") << body(t, QStringLiteral("tomorrow"), l) << "expires_at";
    QTest::newRow("expiry unix number")
        << QByteArray("{\"token\":\"ctok_0123456789abcdef0123456789abcdef\",\"expires_at\":1699335116,\"connect_link_url\":\"https://a.b/\"}")
        << "expires_at";
    QTest::newRow("expiry bad month") << body(t, QStringLiteral("2023-13-07T05:31:56Z"), l) << "expires_at";
    QTest::newRow("link missing")
        << QByteArray("{\"token\":\"ctok_0123456789abcdef0123456789abcdef\",\"expires_at\":\"2023-11-07T05:31:56Z\"}") << "connect_link_url";
    QTest::newRow("link relative") << body(t, e, QStringLiteral("/_static/connect.html")) << "connect_link_url";
    QTest::newRow("link javascript") << body(t, e, QStringLiteral("javascript:alert(1)")) << "connect_link_url";
}

void TestTokenResult::rejectsContractBreaks()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, messagePart);
    QString error;
    QVERIFY(!TokenResult::fromJson(payload, &error));
    QVERIFY2(error.contains(messagePart), qPrintable(error));
}

void TestTokenResult::connectLinkAddsApp_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("app");
    QTest::addColumn<QString>("expectedApp");
    QTest::addColumn<int>("appCount");
    QTest::newRow("adds") << goodLink() << "slack" << "slack" << 1;
    QTest::newRow("replaces") << goodLink() + QStringLiteral("&app=github") << "slack" << "slack" << 1;
    QTest::newRow("replaces duplicates") << goodLink() + QStringLiteral("&app=a&app=b") << "google_sheets" << "google_sheets" << 1;
    QTest::newRow("empty keeps") << goodLink() + QStringLiteral("&app=github") << "" << "github" << 1;
    QTest::newRow("empty none") << goodLink() << "" << "" << 0;
    QTest::newRow("encodes") << goodLink() << "a&b=c" << "a&b=c" << 1;
}

void TestTokenResult::connectLinkAddsApp()
{
    QFETCH(QString, link);
    QFETCH(QString, app);
    QFETCH(QString, expectedApp);
    QFETCH(int, appCount);
    TokenResult result;
    result.connectLinkUrl = QUrl(link);
    const QUrl url = result.connectLink(app);
    const QUrlQuery query(url);
    QCOMPARE(query.allQueryItemValues(QStringLiteral("app")).size(), appCount);
    QCOMPARE(query.queryItemValue(QStringLiteral("app"), QUrl::FullyDecoded), expectedApp);
    QCOMPARE(query.queryItemValue(QStringLiteral("token")), goodToken());
    QCOMPARE(query.queryItemValue(QStringLiteral("connectLink")), QStringLiteral("true"));
    QCOMPARE(url.host(), QStringLiteral("pipedream.com"));
}

void TestTokenResult::expiryMath()
{
    TokenResult result;
    result.expiresAt = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    const QDateTime now(QDate(2026, 1, 1), QTime(11, 0), Qt::UTC);
    QCOMPARE(result.secondsLeft(now), 3600);
    QVERIFY(!result.isExpired(now));
    QVERIFY(result.isExpired(now.addSecs(3600)));
}

void TestTokenResult::cliJsonShape()
{
    const auto result = TokenResult::fromJson(body(goodToken(), QStringLiteral("2023-11-07T05:31:56Z"), goodLink()));
    QVERIFY(result);
    const QJsonObject object = QJsonDocument::fromJson(result->toJson(QStringLiteral("slack"))).object();
    QCOMPARE(object.keys(), (QStringList{QStringLiteral("connect_link"), QStringLiteral("connect_link_url"),
                                         QStringLiteral("expires_at"), QStringLiteral("token")}));
    QCOMPARE(object.value(QLatin1String("connect_link")).toString(), goodLink() + QStringLiteral("&app=slack"));
    QCOMPARE(object.value(QLatin1String("expires_at")).toString(), QStringLiteral("2023-11-07T05:31:56.000Z"));
}

QTEST_GUILESS_MAIN(TestTokenResult)
#include "tst_tokenresult.moc"
