#include "api/apierror.h"

#include <QTest>

using namespace ConnectDesk;

// Error bodies of every shape, Retry-After and rate-limit headers, one human sentence.
class TestApiError final : public QObject
{
    Q_OBJECT

private slots:
    void extractsServerMessage_data();
    void extractsServerMessage();
    void parsesRetryAfter_data();
    void parsesRetryAfter();
    void readsRateLimitHeaders();
    void capsRawBody();
    void humanMessages_data();
    void humanMessages();
    void forbiddenQuotesTheServerWithoutGuessing();
    void retryAfterZeroIsNotZeroSeconds();
};

void TestApiError::extractsServerMessage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("code");
    QTest::newRow("error and code") << QByteArray("{\"error\":\"project not found\",\"code\":\"not_found\"}")
                                    << "project not found" << "not_found";
    QTest::newRow("throttled") << QByteArray("{\"error\":\"Throttled\"}") << "Throttled" << "";
    QTest::newRow("nested error") << QByteArray("{\"error\":{\"message\":\"bad gateway\"}}") << "bad gateway" << "";
    QTest::newRow("message key") << QByteArray("{\"message\":\"Unauthorized\"}") << "Unauthorized" << "";
    QTest::newRow("oauth style") << QByteArray("{\"error_description\":\"invalid client\"}") << "invalid client" << "";
    QTest::newRow("numeric code") << QByteArray("{\"error\":\"x\",\"code\":42}") << "x" << "42";
    QTest::newRow("plain text") << QByteArray("upstream connect error\n") << "upstream connect error" << "";
    QTest::newRow("html title") << QByteArray("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>")
                                << "502 Bad Gateway" << "";
    QTest::newRow("html no title") << QByteArray("<html><body><h1>Oops</h1></body></html>") << "Oops" << "";
    QTest::newRow("empty") << QByteArray() << "" << "";
    QTest::newRow("json without message") << QByteArray("{\"status\":500}") << "{\"status\":500}" << "";
}

void TestApiError::extractsServerMessage()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QFETCH(QString, code);
    QString actualCode;
    QCOMPARE(ApiError::extractServerMessage(body, &actualCode), message);
    QCOMPARE(actualCode, code);
}

void TestApiError::parsesRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("expected"); // -1 = none
    QTest::newRow("seconds") << QByteArray("30") << 30;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("spaces") << QByteArray(" 7 ") << 7;
    QTest::newRow("http date") << QByteArray("Sat, 28 Nov 2026 12:00:45 GMT") << 45;
    QTest::newRow("http date past") << QByteArray("Sat, 28 Nov 2026 11:00:00 GMT") << 0;
    QTest::newRow("negative") << QByteArray("-3") << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("empty") << QByteArray() << -1;
}

void TestApiError::parsesRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(int, expected);
    const QDateTime now(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    const auto parsed = ApiError::parseRetryAfter(value, now);
    QCOMPARE(parsed.value_or(-1), expected);
}

void TestApiError::readsRateLimitHeaders()
{
    const QDateTime now(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    const HttpHeaders headers{{"Retry-After", "12"}, {"X-RateLimit-Limit", "100"},
                              {"x-ratelimit-remaining", "0"}, {"X-RATELIMIT-RESET", "1795867212"}};
    const ApiError error = ApiError::fromHttp(429, headers, "{\"error\":\"Throttled\"}", now);
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.httpStatus, 429);
    QCOMPARE(error.retryAfterSeconds.value_or(-1), 12);
    QCOMPARE(error.rateLimit.limit.value_or(-1), 100);
    QCOMPARE(error.rateLimit.remaining.value_or(-1), 0);
    QCOMPARE(error.rateLimit.resetUnix.value_or(-1), 1795867212);
    QVERIFY(error.humanMessage().contains(QLatin1String("12 second")));
    QVERIFY(error.humanMessage().contains(QLatin1String("Throttled")));
}

void TestApiError::capsRawBody()
{
    const QByteArray huge(100000, 'x');
    const ApiError error = ApiError::fromHttp(500, {}, huge, QDateTime::currentDateTimeUtc());
    QCOMPARE(error.rawBody.size(), ApiError::maxRawBody);
    QVERIFY(error.message.size() <= 300);
}

void TestApiError::humanMessages_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expectedPart");
    QTest::newRow("credentials") << int(ApiError::Kind::CredentialsRejected) << 401 << "Client ID or secret rejected";
    QTest::newRow("400") << int(ApiError::Kind::Http) << 400 << "rejected the request";
    QTest::newRow("403") << int(ApiError::Kind::Http) << 403 << "Forbidden";
    QTest::newRow("404") << int(ApiError::Kind::Http) << 404 << "project ID";
    QTest::newRow("429 no retry-after") << int(ApiError::Kind::Http) << 429 << "Wait a minute";
    QTest::newRow("503") << int(ApiError::Kind::Http) << 503 << "Try again in a moment";
    QTest::newRow("307") << int(ApiError::Kind::Http) << 307 << "never follows redirects";
    QTest::newRow("301") << int(ApiError::Kind::Http) << 301 << "check the API base URL";
    QTest::newRow("network") << int(ApiError::Kind::Network) << 0 << "internet connection";
    QTest::newRow("timeout") << int(ApiError::Kind::Timeout) << 0 << "did not answer in time";
    QTest::newRow("tls") << int(ApiError::Kind::Tls) << 0 << "certificate";
    QTest::newRow("proxy") << int(ApiError::Kind::Proxy) << 0 << "proxy";
    QTest::newRow("contract") << int(ApiError::Kind::Contract) << 200 << "does not match";
}

void TestApiError::humanMessages()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, expectedPart);
    ApiError error;
    error.kind = ApiError::Kind(kind);
    error.httpStatus = status;
    error.message = QStringLiteral("server words");
    error.url = QUrl(QStringLiteral("https://api.pipedream.com/v1/x"));
    const QString text = error.humanMessage();
    QVERIFY2(text.contains(expectedPart, Qt::CaseInsensitive), qPrintable(text));
    if (error.kind == ApiError::Kind::Http)
        QVERIFY2(text.contains(QString::number(status)) && text.contains(QLatin1String("server words")),
                 qPrintable(text));
}

void TestApiError::forbiddenQuotesTheServerWithoutGuessing()
{
    const ApiError limit = ApiError::fromHttp(
        403, {}, R"({"error":"development projects are limited to 10 external users"})",
        QDateTime::currentDateTimeUtc());
    const QString text = limit.humanMessage();
    QVERIFY2(text.contains(QLatin1String("development projects are limited to 10 external users")),
             qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("scope")) && !text.contains(QLatin1String("may not")),
             qPrintable(text));

    ApiError bare;
    bare.kind = ApiError::Kind::Http;
    bare.httpStatus = 403;
    QVERIFY(bare.humanMessage().contains(QLatin1String("scope"))); // no reason: the likely causes
}

void TestApiError::retryAfterZeroIsNotZeroSeconds()
{
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = 429;
    error.retryAfterSeconds = 0;
    const QString text = error.humanMessage();
    QVERIFY2(!text.contains(QLatin1String("0 seconds")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("1 second")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
