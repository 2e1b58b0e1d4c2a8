#include "api/connectclient.h"
#include "connectsimulator.h"
#include "fakeclock.h"
#include "history/connectionwatcher.h"
#include "history/historyrecorder.h"
#include "history/historystore.h"
#include "simulatedapi.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ConnectDesk;
using namespace ConnectDesk::Sim;
using ConnectDesk::Testing::FakeClock;

// ConnectionWatcher over real loopback HTTP against the simulator; the simulator and the client
// share one FakeClock, so token expiry and account times are moved by hand.
class TestConnectionWatcher final : public QObject
{
    Q_OBJECT

private:
    struct Fixture : Testing::SimulatedApi<Testing::FakeClock>
    {
        explicit Fixture(int maxRetries = 0)
        {
            QVERIFY(listening);
            // 0: the watcher itself sees the 429s and 5xx answers it must back off from.
            useFastRetries(10000, maxRetries);
        }

        // A token for jane/slack created "now" on the fake clock.
        std::optional<TokenResult> createToken(
            const QString &expiresIn = {}, const QString &user = QStringLiteral("jane@example.com"))
        {
            std::unique_ptr<ApiReply> reply(client.createToken(request(expiresIn, user)));
            QSignalSpy finished(reply.get(), &ApiReply::finished);
            if (!finished.wait(10000) || !reply->isOk())
                return std::nullopt;
            return reply->tokenResult();
        }
    };

    static TokenRequest request(const QString &expiresIn = {},
                                const QString &user = QStringLiteral("jane@example.com"))
    {
        TokenRequest r;
        r.projectId = SandboxCredentials::projectId();
        r.environment = QStringLiteral("production");
        r.externalUserId = user;
        r.appSlug = QStringLiteral("slack");
        r.expiresIn = expiresIn;
        return r;
    }

    static WatchIntervals fast()
    {
        WatchIntervals intervals;
        intervals.initialMs = 5;
        intervals.growth = 1.5;
        intervals.errorGrowth = 2.0;
        intervals.maxMs = 40;
        intervals.maxRateLimitWaitMs = 300;
        return intervals;
    }

    static Fault accountsFault(FaultKind kind, int count = 1)
    {
        return Fault::on(QStringLiteral("/accounts"), kind, count);
    }

private slots:
    void connectsAfterTheCustomerOpensTheLink();
    void olderAccountDoesNotCount();
    void expiresWithoutConnection();
    void connectionAtTheLastMomentIsSeen();
    void rateLimitIsHonoured();
    void transientErrorsBackOffAndContinue();
    void permanentErrorStops();
    void oneRequestInFlight();
    void stopCancelsTheRequestInFlight();
    void nextDelay_data();
    void nextDelay();
    void findNewAccount_data();
    void findNewAccount();
    void findNewAccountAfterTheFirstAnswer();
    void localClockAheadOfTheServer();
    void targetTakesTheServersCreationTimeWhenLater();
    void recorderKeepsTheOutcomeInHistory();
    void recorderLimitsConcurrentWatchers();
};

void TestConnectionWatcher::connectsAfterTheCustomerOpensTheLink()
{
    Fixture f;
    const auto token = f.createToken();
    QVERIFY(token);
    ConnectionWatcher watcher(&f.client, f.clock);
    watcher.setIntervals(fast());
    QSignalSpy connected(&watcher, &ConnectionWatcher::connected);
    QSignalSpy checked(&watcher, &ConnectionWatcher::checked);
    watcher.start(WatchTarget::from(request(), *token, f.clock.now()));
    QCOMPARE(watcher.state(), ConnectionWatcher::State::Watching);

    QTRY_VERIFY(checked.count() >= 2); // a few empty answers first
    QCOMPARE(connected.count(), 0);
    QCOMPARE(watcher.lastCheckedAt(), f.clock.now());

    f.clock.advance(30);
    QString error;
    QVERIFY2(f.sim.openConnectLink(token->token, QStringLiteral("slack"), &error),
             qPrintable(error));
    QTRY_COMPARE(connected.count(), 1);
    QCOMPARE(watcher.state(), ConnectionWatcher::State::Connected);
    const auto account = connected.at(0).at(0).value<ConnectedAccount>();
    QVERIFY(account.id.startsWith(QLatin1String("apn_")));
    QVERIFY(!account.name.isEmpty());
    QCOMPARE(account.appSlug, QStringLiteral("slack"));
    QCOMPARE(account.appName, QStringLiteral("Slack"));
    QCOMPARE(account.createdAt, f.clock.now());
    QCOMPARE(*watcher.account(), account);

    // Finished: nothing in flight, nothing scheduled (a round trip later, still no request).
    const int requests = f.sim.requestCount(QStringLiteral("/accounts"));
    QVERIFY(!watcher.isRequestInFlight());
    QVERIFY(f.createToken(QString(), QStringLiteral("someone-else")));
    QCOMPARE(f.sim.requestCount(QStringLiteral("/accounts")), requests);
}

void TestConnectionWatcher::olderAccountDoesNotCount()
{
    Fixture f;
    const auto first = f.createToken();
    QVERIFY(first);
    QVERIFY(f.sim.openConnectLink(first->token, QStringLiteral("slack")));

    f.clock.advance(120); // well past the tolerated skew
    const auto second = f.createToken();
    QVERIFY(second);
    ConnectionWatcher watcher(&f.client, f.clock);
    watcher.setIntervals(fast());
    QSignalSpy connected(&watcher, &ConnectionWatcher::connected);
    QSignalSpy checked(&watcher, &ConnectionWatcher::checked);
    watcher.start(WatchTarget::from(request(), *second, f.clock.now()));
    QTRY_VERIFY(checked.count() >= 3);
    QCOMPARE(connected.count(), 0);
    QCOMPARE(watcher.state(), ConnectionWatcher::State::Watching);

    f.clock.advance(5);
    QVERIFY(f.sim.openConnectLink(second->token, QStringLiteral("slack")));
    QTRY_COMPARE(connected.count(), 1);
    QCOMPARE(connected.at(0).at(0).value<ConnectedAccount>().createdAt, f.clock.now());
}

void TestConnectionWatcher::expiresWithoutConnection()
{
    Fixture f;
    const auto token = f.createToken(QStringLiteral("600"));
    QVERIFY(token);
    QCOMPARE(token->expiresAt, f.clock.now().addSecs(600));
    ConnectionWatcher watcher(&f.client, f.clock);
    watcher.setIntervals(fast());
    QSignalSpy expired(&watcher, &ConnectionWatcher::expired);
    QSignalSpy checked(&watcher, &ConnectionWatcher::checked);
    watcher.start(WatchTarget::from(request(), *token, f.clock.now()));
    QTRY_VERIFY(checked.count() >= 1);
    QCOMPARE(expired.count(), 0);

    const int before = watcher.checkCount();
    f.clock.advance(600);
    QTRY_COMPARE(expired.count(), 1);
    QCOMPARE(watcher.state(), ConnectionWatcher::State::Expired);
    QVERIFY(watcher.checkCount() > before); // one last look after expiry
    QVERIFY(!watcher.account());
}

void TestConnectionWatcher::connectionAtTheLastMomentIsSeen()
{
    Fixture f;
    const auto token = f.createToken(QStringLiteral("600"));
    QVERIFY(token);
    ConnectionWatcher watcher(&f.client, f.clock);
    watcher.setIntervals(fast());
    QSignalSpy connected(&watcher, &ConnectionWatcher::connected);
    QSignalSpy expired(&watcher, &ConnectionWatcher::expired);
    QSignalSpy checked(&watcher, &ConnectionWatcher::checked);
    watcher.start(WatchTarget::from(request(), *token, f.clock.now()));
    QTRY_VERIFY(checked.count() >= 1);

    // Between two looks: the customer connects one second before expiry, then time runs out.
    f.clock.advance(599);
    QVERIFY(f.sim.openConnectLink(token->token, QStringLiteral("slack")));
    f.clock.advance(10);
    QTRY_COMPARE(connected.count() + expired.count(), 1);
    QCOMPARE(connected.count(), 1); // the last look after expiry found the account
    QCOMPARE(watcher.state(), ConnectionWatcher::State::Connected);
}

void TestConnectionWatcher::rateLimitIsHonoured()
{
    Fixture f;
    const auto token = f.createToken();
    QVERIFY(token);
    Fault limited = accountsFault(FaultKind::RateLimited);
    limited.retryAfterSeconds = 2; // capped to maxRateLimitWaitMs (300 ms) by the test intervals
    f.sim.injectFault(limited);

    ConnectionWatcher watcher(&f.client, f.clock);
    watcher.setIntervals(fast());
    QSignalSpy failedChecks(&watcher, &ConnectionWatcher::checkFailed);
    QSignalSpy checked(&watcher, &ConnectionWatcher::checked);
    QElapsedTimer sinceLimited;
    qint64 waitedMs = -1;
    connect(&watcher, &ConnectionWatcher::checkFailed, this,
            [&](const ApiError &) { sinceLimited.start(); });
    connect(&watcher, &ConnectionWatcher::checking, this, [&] {
        if (sinceLimited.isValid() && waitedMs < 0)
            waitedMs = sinceLimited.elapsed();
    });
    watcher.start(WatchTarget::from(request(), *token, f.clock.now()));

    QTRY_COMPARE(failedChecks.count(), 1);
    const auto error = failedChecks.at(0).at(0).value<ApiError>();
    QCOMPARE(error.httpStatus, 429);
    QCOMPARE(watcher.state(), ConnectionWatcher::State::Watching);
    QCOMPARE(watcher.nextDelayMs(), 300); // the server's wait, capped; not the 5-40 ms rhythm
    QTRY_VERIFY(checked.count() >= 1);
    // Coarse timers may fire up to 5 % early.
    QVERIFY2(waitedMs >= 280, qPrintable(QString::number(waitedMs)));

    QVERIFY(f.sim.openConnectLink(token->token, QStringLiteral("slack")));
    QTRY_COMPARE(watcher.state(), ConnectionWatcher::State::Connected);
}

void TestConnectionWatcher::transientErrorsBackOffAndContinue()
{
    Fixture f;
    const auto token = f.createToken();
    QVERIFY(token);
    f.sim.injectFault(accountsFault(FaultKind::ServerError, 2));
    f.sim.injectFault(accountsFault(FaultKind::HtmlErrorPage, 1));

    ConnectionWatcher watcher(&f.client, f.clock);
    WatchIntervals intervals = fast();
    intervals.initialMs = 4;
    intervals.maxMs = 1000;
    watcher.setIntervals(intervals);
    QSignalSpy failedChecks(&watcher, &ConnectionWatcher::checkFailed);
    QList<int> delays;
    connect(&watcher, &ConnectionWatcher::checkFailed, this,
            [&](const ApiError &) { delays.append(watcher.nextDelayMs()); });
    watcher.start(WatchTarget::from(request(), *token, f.clock.now()));

    QTRY_COMPARE(failedChecks.count(), 3);
    QCOMPARE(delays, (QList<int>{8, 16, 32})); // doubling on each failure
    QVERIFY(f.sim.openConnectLink(token->token, QStringLiteral("slack")));
    QTRY_COMPARE(watcher.state(), ConnectionWatcher::State::Connected);
}

void TestConnectionWatcher::permanentErrorStops()
{
    Fixture f;
    const auto token = f.createToken();
    QVERIFY(token);
    Fault forbidden = accountsFault(FaultKind::HttpStatus);
    forbidden.status = 403;
    forbidden.message = QStringLiteral("scope connect:accounts:read required");
    f.sim.injectFault(forbidden);

    ConnectionWatcher watcher(&f.client, f.clock);
    watcher.setIntervals(fast());
    QSignalSpy failed(&watcher, &ConnectionWatcher::failed);
    watcher.start(WatchTarget::from(request(), *token, f.clock.now()));
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(watcher.state(), ConnectionWatcher::State::Failed);
    QCOMPARE(failed.at(0).at(0).value<ApiError>().httpStatus, 403);
    QCOMPARE(watcher.checkCount(), 1);
    QVERIFY(!watcher.isRequestInFlight());
}

void TestConnectionWatcher::oneRequestInFlight()
{
    Fixture f;
    const auto token = f.createToken();
    QVERIFY(token);
    Fault slow = accountsFault(FaultKind::SlowReply);
    slow.delayMs = 400; // eighty times the polling interval
    f.sim.injectFault(slow);

    ConnectionWatcher watcher(&f.client, f.clock);
    WatchIntervals intervals = fast();
    intervals.initialMs = 1;
    intervals.maxMs = 5;
    watcher.setIntervals(intervals);
    int requestsWhenAnswered = -1;
    int maxInFlight = 0;
    int inFlight = 0;
    connect(&watcher, &ConnectionWatcher::checking, this,
            [&] { maxInFlight = std::max(maxInFlight, ++inFlight); });
    connect(&watcher, &ConnectionWatcher::checked, this, [&](const QDateTime &) {
        --inFlight;
        if (requestsWhenAnswered < 0)
            requestsWhenAnswered = f.sim.requestCount(QStringLiteral("/accounts"));
    });
    watcher.start(WatchTarget::from(request(), *token, f.clock.now()));
    QTRY_VERIFY(watcher.isRequestInFlight());
    QTRY_VERIFY_WITH_TIMEOUT(watcher.checkCount() >= 5, 10000);
    QCOMPARE(requestsWhenAnswered, 1);
    QCOMPARE(maxInFlight, 1);
}

void TestConnectionWatcher::stopCancelsTheRequestInFlight()
{
    Fixture f;
    const auto token = f.createToken();
    QVERIFY(token);
    Fault slow = accountsFault(FaultKind::SlowReply);
    slow.delayMs = 2000;
    f.sim.injectFault(slow);

    ConnectionWatcher watcher(&f.client, f.clock);
    watcher.setIntervals(fast());
    QSignalSpy states(&watcher, &ConnectionWatcher::stateChanged);
    watcher.start(WatchTarget::from(request(), *token, f.clock.now()));
    QTRY_VERIFY(watcher.isRequestInFlight());
    watcher.stop();
    QCOMPARE(watcher.state(), ConnectionWatcher::State::Stopped);
    QVERIFY(!watcher.isRequestInFlight());
    QCOMPARE(states.count(), 2); // Watching, Stopped
    watcher.stop();              // harmless twice
    QCOMPARE(states.count(), 2);
}

void TestConnectionWatcher::nextDelay_data()
{
    QTest::addColumn<int>("current");
    QTest::addColumn<int>("status"); // 0 = empty answer, -1 = network failure
    QTest::addColumn<int>("retryAfter"); // -1 = none
    QTest::addColumn<qint64>("resetIn");  // seconds from now, 0 = none
    QTest::addColumn<int>("expected");

    QTest::newRow("grows by half") << 3000 << 0 << -1 << qint64(0) << 4500;
    QTest::newRow("capped at 30 s") << 25000 << 0 << -1 << qint64(0) << 30000;
    QTest::newRow("network failure doubles") << 3000 << -1 << -1 << qint64(0) << 6000;
    QTest::newRow("5xx doubles, capped") << 20000 << 503 << -1 << qint64(0) << 30000;
    QTest::newRow("429 Retry-After") << 3000 << 429 << 20 << qint64(0) << 20000;
    QTest::newRow("429 Retry-After beyond the rhythm cap") << 3000 << 429 << 45 << qint64(0)
                                                           << 45000;
    QTest::newRow("429 Retry-After capped at 60 s") << 3000 << 429 << 600 << qint64(0) << 60000;
    QTest::newRow("429 short Retry-After still backs off") << 10000 << 429 << 1 << qint64(0)
                                                           << 20000;
    QTest::newRow("429 X-RateLimit-Reset") << 3000 << 429 << -1 << qint64(12) << 12000;
    QTest::newRow("429 without headers doubles") << 3000 << 429 << -1 << qint64(0) << 6000;
}

void TestConnectionWatcher::nextDelay()
{
    QFETCH(int, current);
    QFETCH(int, status);
    QFETCH(int, retryAfter);
    QFETCH(qint64, resetIn);
    QFETCH(int, expected);

    const QDateTime now(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    ApiError error;
    if (status == -1) {
        error.kind = ApiError::Kind::Network;
    } else if (status > 0) {
        error.kind = ApiError::Kind::Http;
        error.httpStatus = status;
    }
    if (retryAfter >= 0)
        error.retryAfterSeconds = retryAfter;
    if (resetIn > 0)
        error.rateLimit.resetUnix = now.toSecsSinceEpoch() + resetIn;
    QCOMPARE(ConnectionWatcher::nextDelay(current, error, now, WatchIntervals{}), expected);
}

void TestConnectionWatcher::findNewAccount_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("app");
    QTest::addColumn<QString>("expectedId"); // empty = none

    const auto account = [](const char *id, const char *createdAt, const char *slug) {
        return QStringLiteral(R"({"id":"%1","name":"jane","created_at":"%2",)"
                              R"("app":{"name_slug":"%3","name":"X"}})")
            .arg(QLatin1String(id), QLatin1String(createdAt), QLatin1String(slug));
    };
    const auto body = [](const QStringList &accounts) {
        return (QStringLiteral(R"({"data":[)") + accounts.join(QLatin1Char(','))
                + QStringLiteral(R"(],"page_info":{}})"))
            .toUtf8();
    };
    // The token was created at 12:00:00.
    QTest::newRow("empty") << body({}) << QStringLiteral("slack") << QString();
    QTest::newRow("older") << body({account("apn_old", "2026-11-28T11:58:00Z", "slack")})
                           << QStringLiteral("slack") << QString();
    QTest::newRow("within skew")
        << body({account("apn_skew", "2026-11-28T11:59:57.500Z", "slack")})
        << QStringLiteral("slack") << QStringLiteral("apn_skew");
    QTest::newRow("newer") << body({account("apn_new", "2026-11-28T12:03:00Z", "slack")})
                           << QStringLiteral("slack") << QStringLiteral("apn_new");
    QTest::newRow("other app") << body({account("apn_gh", "2026-11-28T12:03:00Z", "github")})
                               << QStringLiteral("slack") << QString();
    QTest::newRow("any app without app=")
        << body({account("apn_gh", "2026-11-28T12:03:00Z", "github")}) << QString()
        << QStringLiteral("apn_gh");
    QTest::newRow("newest of several")
        << body({account("apn_old", "2026-11-28T10:00:00Z", "slack"),
                 account("apn_a", "2026-11-28T12:01:00Z", "slack"),
                 account("apn_b", "2026-11-28T12:02:00+00:00", "slack")})
        << QStringLiteral("slack") << QStringLiteral("apn_b");
    QTest::newRow("malformed entries skipped")
        << QByteArray(R"({"data":[{"id":42},{"id":"apn_x","created_at":"soon"},"text",)"
                      R"({"id":"apn_ok","created_at":"2026-11-28T12:00:01Z","app":"slack"}]})")
        << QStringLiteral("slack") << QStringLiteral("apn_ok");
    QTest::newRow("data not a list") << QByteArray(R"({"data":"nope"})") << QString()
                                     << QString();
}

void TestConnectionWatcher::findNewAccount()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, app);
    QFETCH(QString, expectedId);
    const QDateTime since(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    const auto found = ConnectionWatcher::findNewAccount(QJsonDocument::fromJson(body).object(),
                                                         since, 5, app);
    QCOMPARE(found ? found->id : QString(), expectedId);
}

void TestConnectionWatcher::findNewAccountAfterTheFirstAnswer()
{
    const QDateTime since(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    const QJsonObject body = QJsonDocument::fromJson(
        R"({"data":[{"id":"apn_old","created_at":"2026-11-28T10:00:00Z","app":"slack"},)"
        R"({"id":"apn_new","created_at":"2026-11-28T11:50:00Z","app":"slack"}]})").object();
    QCOMPARE(ConnectionWatcher::accountIds(body),
             (QSet<QString>{QStringLiteral("apn_old"), QStringLiteral("apn_new")}));
    // By time alone, both are too old (a server clock behind ours).
    QVERIFY(!ConnectionWatcher::findNewAccount(body, since, 5, QStringLiteral("slack")));
    // apn_new was not there in the first answer: it is new whatever its time says.
    const QSet<QString> known{QStringLiteral("apn_old")};
    QCOMPARE(ConnectionWatcher::findNewAccount(body, since, 5, QStringLiteral("slack"), &known)->id,
             QStringLiteral("apn_new"));
    const QSet<QString> both = ConnectionWatcher::accountIds(body);
    QVERIFY(!ConnectionWatcher::findNewAccount(body, since, 5, QStringLiteral("slack"), &both));
}

void TestConnectionWatcher::localClockAheadOfTheServer()
{
    Fixture f;
    // The server's clock runs ten minutes behind this computer's.
    f.sim.setNow([&f] { return f.clock.now().addSecs(-600); });
    const auto older = f.createToken();
    QVERIFY(older);
    QVERIFY(f.sim.openConnectLink(older->token, QStringLiteral("slack")));
    f.clock.advance(60);
    const auto token = f.createToken();
    QVERIFY(token);

    ConnectionWatcher watcher(&f.client, f.clock);
    watcher.setIntervals(fast());
    QSignalSpy connected(&watcher, &ConnectionWatcher::connected);
    QSignalSpy checked(&watcher, &ConnectionWatcher::checked);
    watcher.start(WatchTarget::from(request(), *token, f.clock.now()));
    QTRY_VERIFY(checked.count() >= 2);
    QCOMPARE(connected.count(), 0); // the earlier account is not taken for the new one

    f.clock.advance(5);
    QVERIFY(f.sim.openConnectLink(token->token, QStringLiteral("slack")));
    QTRY_COMPARE(connected.count(), 1); // created "9 minutes before" the token, yet new
    QVERIFY(connected.at(0).at(0).value<ConnectedAccount>().createdAt < f.clock.now());
}

void TestConnectionWatcher::targetTakesTheServersCreationTimeWhenLater()
{
    const QDateTime local(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    TokenRequest r = request(QStringLiteral("600"));
    TokenResult result;
    result.expiresAt = local.addSecs(600 + 300); // the server's clock is 5 min ahead
    QCOMPARE(WatchTarget::from(r, result, local).tokenCreatedAt, local.addSecs(300));
    result.expiresAt = local.addSecs(600 - 300); // 5 min behind: keep the local time
    QCOMPARE(WatchTarget::from(r, result, local).tokenCreatedAt, local);
    r.expiresIn.clear(); // the server default, 4 h
    result.expiresAt = local.addSecs(14400 + 60);
    QCOMPARE(WatchTarget::from(r, result, local).tokenCreatedAt, local.addSecs(60));
    QCOMPARE(WatchTarget::from(r, result, local).expiresAt, result.expiresAt);
    QCOMPARE(WatchTarget::from(r, result, local).appSlug, QStringLiteral("slack"));
}

void TestConnectionWatcher::recorderKeepsTheOutcomeInHistory()
{
    Fixture f;
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")), f.clock);
    HistoryRecorder recorder(&store, &f.client, f.clock);
    recorder.setWatchIntervals(fast());

    const auto connectedToken = f.createToken();
    const auto expiringToken = f.createToken(QStringLiteral("300"), QStringLiteral("bob"));
    QVERIFY(connectedToken && expiringToken);
    const qint64 a = recorder.recordCreated(request(), *connectedToken, QStringLiteral("Support"),
                                            QStringLiteral("Slack"));
    const qint64 b = recorder.recordCreated(request(QStringLiteral("300"), QStringLiteral("bob")),
                                            *expiringToken, QStringLiteral("Support"));
    QVERIFY(a > 0 && b > a);
    QSignalSpy connected(&recorder, &HistoryRecorder::connected);
    QSignalSpy expired(&recorder, &HistoryRecorder::expired);
    ConnectionWatcher *watcherA = recorder.watch(a, request(), *connectedToken);
    QVERIFY(watcherA);
    QCOMPARE(recorder.watch(a, request(), *connectedToken), watcherA); // one per entry
    QVERIFY(recorder.watch(b, request(QStringLiteral("300"), QStringLiteral("bob")),
                           *expiringToken));
    QCOMPARE(recorder.activeWatchers(), 2);

    f.clock.advance(20);
    QVERIFY(f.sim.openConnectLink(connectedToken->token, QStringLiteral("slack")));
    QTRY_COMPARE(connected.count(), 1);
    QCOMPARE(connected.at(0).at(0).toLongLong(), a);
    auto entry = store.entry(a);
    QCOMPARE(entry->state, HistoryState::Connected);
    QVERIFY(entry->accountId.startsWith(QLatin1String("apn_")));
    QCOMPARE(entry->connectedAt, f.clock.now());
    QVERIFY(entry->link.isEmpty());
    QVERIFY(entry->token.isEmpty());

    f.clock.advance(300);
    QTRY_COMPARE(expired.count(), 1);
    QCOMPARE(store.entry(b)->state, HistoryState::Expired);
    QVERIFY(store.entry(b)->token.isEmpty());
    QTRY_COMPARE(recorder.activeWatchers(), 0);
}

void TestConnectionWatcher::recorderLimitsConcurrentWatchers()
{
    Fixture f;
    HistoryRecorder recorder(nullptr, &f.client, f.clock);
    WatchIntervals slow = fast();
    slow.initialMs = 60000;
    recorder.setWatchIntervals(slow);
    recorder.setMaxWatchers(2);
    TokenResult result;
    result.token = QStringLiteral("ctok_0123456789abcdef0123456789abcdef");
    result.expiresAt = f.clock.now().addSecs(3600);
    QPointer<ConnectionWatcher> first = recorder.watch(1, request(), result);
    QSignalSpy firstStates(first.data(), &ConnectionWatcher::stateChanged);
    recorder.watch(2, request(), result);
    recorder.watch(3, request(), result);
    QCOMPARE(recorder.activeWatchers(), 2);
    QVERIFY(!recorder.watcher(1));
    QCOMPARE(firstStates.count(), 1);
    QCOMPARE(firstStates.at(0).at(0).value<ConnectionWatcher::State>(),
             ConnectionWatcher::State::Stopped);
    QTRY_VERIFY(first.isNull()); // deleted later
    recorder.stopAll();
    QCOMPARE(recorder.activeWatchers(), 0);
}

QTEST_GUILESS_MAIN(TestConnectionWatcher)
#include "tst_connectionwatcher.moc"
