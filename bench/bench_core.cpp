// QBENCHMARKs of the core's hot paths (bench/run prints them; not part of ctest).
#include "api/tokenrequest.h"
#include "api/tokenresult.h"

#include <QTest>

using namespace ConnectDesk;

class BenchCore final : public QObject
{
    Q_OBJECT

private:
    static TokenRequest fullRequest()
    {
        TokenRequest request;
        request.projectId = QStringLiteral("proj_abc123");
        request.environment = QStringLiteral("production");
        request.externalUserId = QStringLiteral("jane@example.com");
        request.allowedOrigins = {QStringLiteral("https://App.example.com/"),
                                  QStringLiteral("http://localhost:3000")};
        request.successRedirectUri = QStringLiteral("https://app.example.com/ok");
        request.errorRedirectUri = QStringLiteral("https://app.example.com/error");
        request.webhookUri = QStringLiteral("https://hooks.example.com/pd");
        request.expiresIn = QStringLiteral("3600");
        request.scopes = {QStringLiteral("connect:accounts:read connect:users:read")};
        request.allowProgressiveScopes = true;
        request.appSlug = QStringLiteral("slack");
        return request;
    }

private slots:
    void validateMinimal()
    {
        TokenRequest request;
        request.projectId = QStringLiteral("proj_abc123");
        request.externalUserId = QStringLiteral("jane@example.com");
        QBENCHMARK { QVERIFY(request.validate().isEmpty()); }
    }
    void validateFull()
    {
        const TokenRequest request = fullRequest();
        QBENCHMARK { QVERIFY(request.validate().isEmpty()); }
    }
    void buildJsonFull()
    {
        const TokenRequest request = fullRequest();
        QBENCHMARK { QVERIFY(!request.toJson().isEmpty()); }
    }
    void parseResponse()
    {
        const QByteArray body(
            "{\"token\":\"ctok_0123456789abcdef0123456789abcdef\",\"expires_at\":\"2026-11-28T16:02:03.123Z\","
            "\"connect_link_url\":\"https://pipedream.com/_static/connect.html?token=ctok_0123456789abcdef0123456789abcdef&connectLink=true\"}");
        QBENCHMARK { QVERIFY(TokenResult::fromJson(body).has_value()); }
    }
    void connectLinkWithApp()
    {
        const auto result = TokenResult::fromJson(
            "{\"token\":\"ctok_0123456789abcdef0123456789abcdef\",\"expires_at\":\"2026-11-28T16:02:03Z\","
            "\"connect_link_url\":\"https://pipedream.com/_static/connect.html?token=ctok_0123456789abcdef0123456789abcdef&connectLink=true\"}");
        QVERIFY(result);
        QBENCHMARK { QVERIFY(result->connectLink(QStringLiteral("google_sheets")).isValid()); }
    }
};

QTEST_GUILESS_MAIN(BenchCore)
#include "bench_core.moc"
