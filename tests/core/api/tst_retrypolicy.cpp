#include "api/retrypolicy.h"

#include <QTest>

using namespace ConnectDesk;

// When to retry and how long to wait: Retry-After, X-RateLimit-Reset, backoff with jitter.
class TestRetryPolicy final : public QObject
{
    Q_OBJECT

private:
    static ApiError http(int status)
    {
        ApiError error;
        error.kind = ApiError::Kind::Http;
        error.httpStatus = status;
        return error;
    }
    static ApiError ofKind(ApiError::Kind kind)
    {
        ApiError error;
        error.kind = kind;
        return error;
    }

private slots:
    void retryable_data();
    void retryable();
    void delays_data();
    void delays();
};

void TestRetryPolicy::retryable_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("expected");
    QTest::newRow("408") << int(ApiError::Kind::Http) << 408 << true;
    QTest::newRow("429") << int(ApiError::Kind::Http) << 429 << true;
    QTest::newRow("500") << int(ApiError::Kind::Http) << 500 << true;
    QTest::newRow("503") << int(ApiError::Kind::Http) << 503 << true;
    QTest::newRow("400") << int(ApiError::Kind::Http) << 400 << false;
    QTest::newRow("401") << int(ApiError::Kind::Http) << 401 << false;
    QTest::newRow("404") << int(ApiError::Kind::Http) << 404 << false;
    QTest::newRow("network") << int(ApiError::Kind::Network) << 0 << true;
    QTest::newRow("timeout") << int(ApiError::Kind::Timeout) << 0 << true;
    QTest::newRow("tls") << int(ApiError::Kind::Tls) << 0 << false;
    QTest::newRow("contract") << int(ApiError::Kind::Contract) << 200 << false;
    QTest::newRow("credentials") << int(ApiError::Kind::CredentialsRejected) << 401 << false;
    QTest::newRow("canceled") << int(ApiError::Kind::Canceled) << 0 << false;
}

void TestRetryPolicy::retryable()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(bool, expected);
    ApiError error = ofKind(ApiError::Kind(kind));
    error.httpStatus = status;
    QCOMPARE(RetryPolicy::isRetryable(error), expected);
}

void TestRetryPolicy::delays_data()
{
    QTest::addColumn<int>("retryIndex");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("retryAfter"); // -1 none
    QTest::addColumn<qint64>("resetInSeconds"); // 0 none
    QTest::addColumn<double>("random");
    QTest::addColumn<int>("expected"); // -1 = no retry

    QTest::newRow("retry-after wins") << 0 << 429 << 7 << qint64(30) << 0.5 << 7000;
    QTest::newRow("retry-after capped at 60 s") << 0 << 429 << 3600 << qint64(0) << 0.5 << 60000;
    QTest::newRow("reset when no retry-after") << 1 << 429 << -1 << qint64(12) << 0.5 << 12000;
    QTest::newRow("reset capped") << 0 << 429 << -1 << qint64(500) << 0.5 << 60000;
    QTest::newRow("backoff first, no jitter") << 0 << 503 << -1 << qint64(0) << 0.5 << 1000;
    QTest::newRow("backoff second") << 1 << 503 << -1 << qint64(0) << 0.5 << 2000;
    QTest::newRow("jitter low") << 0 << 500 << -1 << qint64(0) << 0.0 << 900;
    QTest::newRow("jitter high") << 1 << 500 << -1 << qint64(0) << 0.99999 << 2199;
    QTest::newRow("third retry refused") << 2 << 503 << 1 << qint64(0) << 0.5 << -1;
    QTest::newRow("not retryable") << 0 << 400 << 5 << qint64(0) << 0.5 << -1;
}

void TestRetryPolicy::delays()
{
    QFETCH(int, retryIndex);
    QFETCH(int, status);
    QFETCH(int, retryAfter);
    QFETCH(qint64, resetInSeconds);
    QFETCH(double, random);
    QFETCH(int, expected);
    const QDateTime now(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    ApiError error = http(status);
    if (retryAfter >= 0)
        error.retryAfterSeconds = retryAfter;
    if (resetInSeconds > 0)
        error.rateLimit.resetUnix = now.toSecsSinceEpoch() + resetInSeconds;
    const RetryPolicy policy;
    QCOMPARE(policy.delayMs(retryIndex, error, now, random).value_or(-1), expected);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
