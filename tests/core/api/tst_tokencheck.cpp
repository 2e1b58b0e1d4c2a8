#include "api/tokencheck.h"

#include <QTest>

using namespace ConnectDesk;

Q_DECLARE_METATYPE(ConnectDesk::TokenCheck::State)

// Reading GET /v1/connect/tokens/{token}/validate leniently: "success" decides, the "error"
// text names the case, anything else is a failed check (never "valid").
class TestTokenCheck final : public QObject
{
    Q_OBJECT

private slots:
    void fromReply_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("httpError");
        QTest::addColumn<TokenCheck::State>("state");
        QTest::addColumn<QString>("stateName");

        using S = TokenCheck::State;
        QTest::newRow("valid") << 200 << QByteArray(R"({"success":true,"project_id":"proj_a"})")
                               << false << S::Valid << QStringLiteral("valid");
        QTest::newRow("already used") << 200 << QByteArray(R"({"success":false,"error":"token already used"})")
                                      << false << S::Used << QStringLiteral("used");
        QTest::newRow("expired") << 200 << QByteArray(R"({"success":false,"error":"Token Expired"})")
                                 << false << S::Expired << QStringLiteral("expired");
        QTest::newRow("app not found") << 200 << QByteArray(R"({"success":false,"error":"app not found"})")
                                       << false << S::AppNotFound << QStringLiteral("app_not_found");
        QTest::newRow("token not found, 404") << 404 << QByteArray(R"({"success":false,"error":"token not found"})")
                                              << true << S::NotFound << QStringLiteral("not_found");
        QTest::newRow("404 without a body") << 404 << QByteArray() << true << S::NotFound
                                            << QStringLiteral("not_found");
        QTest::newRow("401 mentioning expiry is not 'expired'")
            << 401 << QByteArray(R"({"error":"invalid or expired access token"})") << true << S::Failed
            << QStringLiteral("failed");
        QTest::newRow("success true with an HTTP error") << 500 << QByteArray(R"({"success":true})")
                                                         << true << S::Failed << QStringLiteral("failed");
        QTest::newRow("HTML page") << 502 << QByteArray("<html>Bad gateway</html>") << true << S::Failed
                                   << QStringLiteral("failed");
        QTest::newRow("no answer") << 0 << QByteArray() << true << S::Failed << QStringLiteral("failed");
        QTest::newRow("unknown failure text") << 200 << QByteArray(R"({"success":false,"error":"weird"})")
                                              << false << S::Failed << QStringLiteral("failed");
        QTest::newRow("success false, no text") << 200 << QByteArray(R"({"success":false})") << false
                                                << S::Failed << QStringLiteral("failed");
    }

    void fromReply()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, httpError);
        QFETCH(TokenCheck::State, state);
        QFETCH(QString, stateName);
        ApiError error;
        if (httpError) {
            error.kind = status == 0 ? ApiError::Kind::Network : ApiError::Kind::Http;
            error.httpStatus = status;
            error.message = QStringLiteral("server said no");
        }
        const TokenCheck check = TokenCheck::fromReply(status, body, error);
        QCOMPARE(check.state, state);
        QCOMPARE(check.stateName(), stateName);
        QVERIFY(!check.summary().isEmpty());
        if (state == TokenCheck::State::Failed)
            QVERIFY(!check.serverMessage.isEmpty());
    }

    void validDetails()
    {
        const QByteArray body = R"({"success":true,"project_id":"proj_a","project_environment":"development",
            "external_user_id":"jane","expires_at":"2026-11-28T16:00:00.123Z","app":{"name":"Slack"}})";
        const TokenCheck check = TokenCheck::fromReply(200, body, {});
        QCOMPARE(check.state, TokenCheck::State::Valid);
        QCOMPARE(check.projectId, QStringLiteral("proj_a"));
        QCOMPARE(check.environment, QStringLiteral("development"));
        QCOMPARE(check.externalUserId, QStringLiteral("jane"));
        QCOMPARE(check.appName, QStringLiteral("Slack"));
        QCOMPARE(check.expiresAt, QDateTime(QDate(2026, 11, 28), QTime(16, 0, 0, 123), Qt::UTC));
        QVERIFY(check.summary().contains(QLatin1String("Slack")));
    }
};

QTEST_GUILESS_MAIN(TestTokenCheck)
#include "tst_tokencheck.moc"
