#include "api/connectclient.h"
#include "bulk/bulkjob.h"
#include "connectsimulator.h"
#include "fakeclock.h"
#include "simulatedapi.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>
#include <QUrlQuery>

using namespace ConnectDesk;
using namespace ConnectDesk::Sim;
using namespace Qt::StringLiterals;

// BulkJob against the simulator over real loopback HTTP.
class tst_BulkJob final : public QObject
{
    Q_OBJECT

private:
    struct Fixture : Testing::SimulatedApi<>
    {
        explicit Fixture(const QString &secret = SandboxCredentials::clientSecret())
            : SimulatedApi(secret)
        {
            QVERIFY(listening);
            useFastRetries(5000);
        }
        int tokenRequests() const { return sim.requestCount(QStringLiteral("/tokens")); }
    };

    // Collects what a job reports.
    struct Recorder
    {
        QList<BulkRowResult> ordered;
        QList<int> completionOrder;
        int finishedCount = 0;

        explicit Recorder(BulkJob &job)
        {
            QObject::connect(&job, &BulkJob::orderedRowReady, &job,
                             [this](const BulkRowResult &result) { ordered.append(result); });
            QObject::connect(&job, &BulkJob::rowFinished, &job,
                             [this](int index, const BulkRowResult &) { completionOrder.append(index); });
            QObject::connect(&job, &BulkJob::finished, &job, [this] { ++finishedCount; });
        }
    };

    static TokenRequest requestTemplate()
    {
        TokenRequest r;
        r.projectId = SandboxCredentials::projectId();
        r.environment = QStringLiteral("production"); // development allows only 10 users
        r.appSlug = QStringLiteral("slack");
        return r;
    }

    static QList<BulkRowInput> users(int count, const QString &prefix = QStringLiteral("user-"))
    {
        QList<BulkRowInput> rows;
        for (int i = 0; i < count; ++i)
            rows.append({prefix + QString::number(i), i % 3 == 1 ? QStringLiteral("github") : QString()});
        return rows;
    }

    static Fault tokenFault(FaultKind kind, int count = 1)
    {
        return Fault::on(QStringLiteral("/tokens"), kind, count);
    }

    static bool waitFinished(BulkJob &job, int timeoutMs = 20000)
    {
        if (job.isFinished())
            return true;
        QSignalSpy spy(&job, &BulkJob::finished);
        return spy.wait(timeoutMs);
    }

    static void verifyInOrder(const QList<BulkRowResult> &ordered, int count)
    {
        QCOMPARE(ordered.size(), count);
        for (int i = 0; i < count; ++i)
            QCOMPARE(ordered.at(i).index, i);
    }

private slots:
    void fiftyRowsInOrderWithOneAccessToken();
    void slowRowKeepsOutputInOrder();
    void invalidRowsAreNeverSent();
    void rateLimitPausesDispatch();
    void serverErrorOnOneRowDoesNotStopOthers();
    void cancelStopsDispatch();
    void abortCancelsCallsInFlight();
    void pauseAndResume();
    void rejectedCredentialsStopEarly();
    void emptyInputFinishes();
    void throughputAndEta();
    void concurrencyIsClamped();
    void concurrencyBeyondQtsSixConnections_data();
    void concurrencyBeyondQtsSixConnections();
    void csvSource_data();
    void csvSource();
    void csvSourceErrors_data();
    void csvSourceErrors();
    void serverDownStopsAfterAFewRows();
    void oneNetworkFailureDoesNotStopTheRun();
    void csvSourceStopsAtTheEndItHadAtOpen();
    void previousRowsAreKeptNotSent();
};

void tst_BulkJob::fiftyRowsInOrderWithOneAccessToken()
{
    Fixture f;
    BulkJob job(&f.client, f.clock);
    job.setRequestTemplate(requestTemplate());
    job.setConcurrency(4);
    Recorder recorder(job);
    QSignalSpy progress(&job, &BulkJob::progress);
    int maxInFlight = 0;
    connect(&f.sim, &ConnectSimulator::requestReceived, &job,
            [&](const QByteArray &, const QByteArray &) { maxInFlight = std::max(maxInFlight, job.inFlight()); });

    job.start(users(50));
    QCOMPARE(job.state(), BulkJob::State::Running);
    QVERIFY(recorder.ordered.isEmpty()); // nothing is reported from start()
    QVERIFY(waitFinished(job));

    verifyInOrder(recorder.ordered, 50);
    for (const BulkRowResult &row : std::as_const(recorder.ordered)) {
        QVERIFY2(row.isOk(), qPrintable(row.error.humanMessage()));
        QCOMPARE(row.input.externalUserId, QStringLiteral("user-%1").arg(row.index));
        const QString app = row.index % 3 == 1 ? QStringLiteral("github") : QStringLiteral("slack");
        QCOMPARE(row.appSlug, app);
        QCOMPARE(QUrlQuery(row.connectLink()).queryItemValue(QStringLiteral("app")), app);
    }
    QCOMPARE(recorder.finishedCount, 1);
    QCOMPARE(job.succeeded(), 50);
    QCOMPARE(job.failed(), 0);
    QCOMPARE(job.total(), 50);
    QCOMPARE(progress.last(), (QList<QVariant>{50, 50, 50, 0}));
    QCOMPARE(f.tokenRequests(), 50);
    QCOMPARE(f.sim.requestCount(QStringLiteral("/oauth/token")), 1); // one access token
    QCOMPARE(f.provider.fetchCount(), 1);
    QCOMPARE(maxInFlight, 4);
    // The 50 calls ride kept-alive connections: four to six of them (three opened ahead, the
    // OAuth call's, and any Qt adds while those are still opening). Under a parallel ctest a
    // loaded machine has been seen to count ten (Qt replaced some; why is not known yet), so the
    // bound is twice six: still far from a connection per call. Counted are the
    // connections that carried a request, so a stray from another test's client is not.
    QVERIFY2(f.sim.usedConnectionCount() <= 2 * 6,
             qPrintable(u"%1 used of %2 accepted"_s.arg(f.sim.usedConnectionCount())
                            .arg(f.sim.connectionCount())));
}

void tst_BulkJob::slowRowKeepsOutputInOrder()
{
    Fixture f;
    Fault slow = tokenFault(FaultKind::SlowReply);
    slow.delayMs = 400;
    f.sim.injectFault(slow); // the first row's call answers late
    BulkJob job(&f.client, f.clock);
    job.setRequestTemplate(requestTemplate());
    Recorder recorder(job);
    job.start(users(20));
    QVERIFY(waitFinished(job));
    QVERIFY(recorder.completionOrder.first() != 0); // later rows finished first ...
    QCOMPARE(recorder.completionOrder.last(), 0);
    verifyInOrder(recorder.ordered, 20); // ... but were reported in input order
    QCOMPARE(job.succeeded(), 20);
}

void tst_BulkJob::invalidRowsAreNeverSent()
{
    Fixture f;
    BulkJob job(&f.client, f.clock);
    job.setRequestTemplate(requestTemplate());
    Recorder recorder(job);
    job.start(QList<BulkRowInput>{
        {QStringLiteral("ok-1"), {}},
        {QString(), {}},
        {QString(251, QLatin1Char('x')), {}},
        {QStringLiteral("ok-2"), QStringLiteral("bad slug!")},
        {QStringLiteral("   "), {}},
        {QStringLiteral("line\nbreak"), {}},
        {QStringLiteral("ok-3"), QStringLiteral("Google_Sheets")},
    });
    QVERIFY(waitFinished(job));
    verifyInOrder(recorder.ordered, 7);
    const QList<bool> ok{true, false, false, false, false, false, true};
    for (int i = 0; i < 7; ++i) {
        const BulkRowResult &row = recorder.ordered.at(i);
        QCOMPARE(row.isOk(), ok.at(i));
        if (!ok.at(i)) {
            QVERIFY(row.fieldError);
            QCOMPARE(row.error.kind, ApiError::Kind::InvalidInput);
            QVERIFY(!row.error.message.isEmpty());
        }
    }
    QCOMPARE(recorder.ordered.at(1).fieldError->field, TokenField::ExternalUserId);
    QCOMPARE(recorder.ordered.at(2).fieldError->field, TokenField::ExternalUserId);
    QCOMPARE(recorder.ordered.at(3).fieldError->field, TokenField::App);
    QCOMPARE(recorder.ordered.at(6).appSlug, QStringLiteral("google_sheets"));
    QCOMPARE(f.tokenRequests(), 2);
    QCOMPARE(job.sent(), 2);
    QCOMPARE(job.failed(), 5);
}

void tst_BulkJob::rateLimitPausesDispatch()
{
    Fixture f;
    Fault throttled = tokenFault(FaultKind::RateLimited);
    throttled.retryAfterSeconds = 1;
    f.sim.injectFault(throttled);
    TransportOptions options = f.client.transportOptions();
    options.retry.maxDelayMs = 60000; // let Retry-After count
    f.client.setTransportOptions(options);

    BulkJob job(&f.client, f.clock);
    job.setRequestTemplate(requestTemplate());
    job.setConcurrency(4);
    Recorder recorder(job);
    QElapsedTimer clock;
    clock.start();
    qint64 throttledAt = -1;
    QList<qint64> tokenRequestTimes;
    connect(&job, &BulkJob::throttled, &job, [&](int waitMs) {
        QCOMPARE(waitMs, 1000);
        if (throttledAt < 0)
            throttledAt = clock.elapsed();
    });
    connect(&f.sim, &ConnectSimulator::requestReceived, &job,
            [&](const QByteArray &, const QByteArray &path) {
                if (path.endsWith("/tokens"))
                    tokenRequestTimes.append(clock.elapsed());
            });

    job.start(users(12));
    QVERIFY(waitFinished(job));
    verifyInOrder(recorder.ordered, 12);
    QCOMPARE(job.succeeded(), 12);
    QVERIFY(throttledAt >= 0);
    QCOMPARE(f.tokenRequests(), 13); // the throttled call was retried once
    // Nothing new went out while the Retry-After ran: before it ended, only the first four
    // calls (the throttled one and the three already in flight) reached the server.
    const auto early = std::count_if(tokenRequestTimes.cbegin(), tokenRequestTimes.cend(),
                                     [&](qint64 at) { return at < throttledAt + 900; });
    QCOMPARE(early, 4);
    QVERIFY(clock.elapsed() >= 900);
}

void tst_BulkJob::serverErrorOnOneRowDoesNotStopOthers()
{
    Fixture f;
    f.sim.injectFault(tokenFault(FaultKind::ServerError, 3)); // the call and both retries
    BulkJob job(&f.client, f.clock);
    job.setRequestTemplate(requestTemplate());
    job.setConcurrency(1); // so that the three failures hit the first row
    Recorder recorder(job);
    job.start(users(8));
    QVERIFY(waitFinished(job));
    verifyInOrder(recorder.ordered, 8);
    const BulkRowResult &first = recorder.ordered.first();
    QVERIFY(!first.isOk());
    QCOMPARE(first.error.kind, ApiError::Kind::Http);
    QCOMPARE(first.error.httpStatus, 500);
    QCOMPARE(first.retries, 2);
    QCOMPARE(job.succeeded(), 7);
    QCOMPARE(job.failed(), 1);
    QVERIFY(!job.fatalError());
}

void tst_BulkJob::cancelStopsDispatch()
{
    Fixture f;
    BulkJob job(&f.client, f.clock);
    job.setRequestTemplate(requestTemplate());
    job.setConcurrency(2);
    Recorder recorder(job);
    connect(&job, &BulkJob::orderedRowReady, &job, [&job](const BulkRowResult &row) {
        if (row.index == 4)
            job.cancel();
    });
    job.start(users(200));
    QVERIFY(waitFinished(job));
    QVERIFY(job.wasCanceled());
    verifyInOrder(recorder.ordered, 200); // every row is reported, the unsent ones as canceled
    const int sent = f.tokenRequests();
    QVERIFY2(sent >= 5 && sent <= 8, qPrintable(QString::number(sent)));
    QCOMPARE(job.sent(), sent);
    QCOMPARE(job.succeeded(), sent); // calls in flight were allowed to finish
    for (const BulkRowResult &row : std::as_const(recorder.ordered)) {
        if (!row.isOk())
            QCOMPARE(row.error.kind, ApiError::Kind::Canceled);
    }
    job.cancel(); // harmless once finished
    QCOMPARE(recorder.finishedCount, 1);
}

void tst_BulkJob::abortCancelsCallsInFlight()
{
    Fixture f;
    Fault slow = tokenFault(FaultKind::SlowReply, -1);
    slow.delayMs = 3000;
    f.sim.injectFault(slow);
    BulkJob job(&f.client, f.clock);
    job.setRequestTemplate(requestTemplate());
    Recorder recorder(job);
    job.start(users(10));
    QTRY_COMPARE(f.tokenRequests(), 4);
    job.abort();
    QVERIFY(waitFinished(job, 2000));
    verifyInOrder(recorder.ordered, 10);
    QCOMPARE(job.succeeded(), 0);
    QCOMPARE(job.failed(), 10);
    QCOMPARE(f.tokenRequests(), 4);
    f.sim.clearFaults();
}

void tst_BulkJob::pauseAndResume()
{
    Fixture f;
    BulkJob job(&f.client, f.clock);
    job.setRequestTemplate(requestTemplate());
    job.setConcurrency(2);
    Recorder recorder(job);
    QSignalSpy states(&job, &BulkJob::stateChanged);
    connect(&job, &BulkJob::orderedRowReady, &job, [&job](const BulkRowResult &row) {
        if (row.index == 3)
            job.pause();
    });
    job.start(users(20));
    QTRY_COMPARE(job.state(), BulkJob::State::Paused);
    QTRY_COMPARE(job.inFlight(), 0);
    const int sentWhenPaused = f.tokenRequests();
    QTest::qWait(200); // nothing may be sent while paused
    QCOMPARE(f.tokenRequests(), sentWhenPaused);
    QVERIFY(sentWhenPaused < 20);
    QVERIFY(!job.isFinished());

    job.resume();
    QCOMPARE(job.state(), BulkJob::State::Running);
    QVERIFY(waitFinished(job));
    verifyInOrder(recorder.ordered, 20);
    QCOMPARE(job.succeeded(), 20);
    QCOMPARE(f.tokenRequests(), 20);
    QCOMPARE(states.size(), 4); // running, paused, running, finished
}

void tst_BulkJob::rejectedCredentialsStopEarly()
{
    Fixture f(QStringLiteral("wrong-secret"));
    BulkJob job(&f.client, f.clock);
    job.setRequestTemplate(requestTemplate());
    Recorder recorder(job);
    job.start(users(30));
    QVERIFY(waitFinished(job));
    verifyInOrder(recorder.ordered, 30);
    QVERIFY(job.fatalError());
    QCOMPARE(job.fatalError()->kind, ApiError::Kind::CredentialsRejected);
    for (const BulkRowResult &row : std::as_const(recorder.ordered))
        QCOMPARE(row.error.kind, ApiError::Kind::CredentialsRejected);
    QCOMPARE(job.failed(), 30);
    QCOMPARE(f.tokenRequests(), 0);
    QCOMPARE(f.sim.requestCount(QStringLiteral("/oauth/token")), 1); // one fetch, all waited on it
    QVERIFY(!job.wasCanceled());
}

void tst_BulkJob::emptyInputFinishes()
{
    Fixture f;
    BulkJob job(&f.client, f.clock);
    job.setRequestTemplate(requestTemplate());
    QSignalSpy finished(&job, &BulkJob::finished);
    job.start(QList<BulkRowInput>{});
    QCOMPARE(finished.size(), 0); // never from start()
    QVERIFY(finished.wait(2000));
    QCOMPARE(job.total(), 0);
    QCOMPARE(job.done(), 0);
    QCOMPARE(f.sim.receivedRequests().size(), 0);
}

void tst_BulkJob::throughputAndEta()
{
    Fixture f;
    Testing::FakeClock fake;
    BulkJob job(&f.client, fake);
    job.setRequestTemplate(requestTemplate());
    QVERIFY(!job.etaSeconds());
    std::optional<qint64> etaAtHalf;
    connect(&job, &BulkJob::orderedRowReady, &job, [&](const BulkRowResult &row) {
        fake.advanceMs(100); // one row every 100 ms: 10 rows/s
        if (row.index == 4)
            etaAtHalf = job.etaSeconds();
    });
    job.start(users(10));
    QVERIFY(waitFinished(job));
    QCOMPARE(job.elapsedMs(), 1000);
    QCOMPARE(job.rowsPerSecond(), 10.0);
    QCOMPARE(job.etaSeconds().value_or(-1), 0);
    // Half the rows in 0.5 s: the other half takes about 0.5 s more, rounded up.
    QVERIFY(etaAtHalf);
    QCOMPARE(*etaAtHalf, 1);
}

void tst_BulkJob::concurrencyIsClamped()
{
    Fixture f;
    BulkJob job(&f.client, f.clock);
    QCOMPARE(job.concurrency(), BulkJob::defaultConcurrency);
    job.setConcurrency(0);
    QCOMPARE(job.concurrency(), 1);
    job.setConcurrency(BulkJob::maxConcurrency + 1);
    QCOMPARE(job.concurrency(), BulkJob::maxConcurrency);
}

void tst_BulkJob::concurrencyBeyondQtsSixConnections_data()
{
    QTest::addColumn<int>("concurrency");
    QTest::newRow("16") << 16;
    QTest::newRow("64") << 64;
}

// Qt opens six HTTP/1.1 connections per host and manager: every slow answer must be waited for
// at once, not six at a time.
void tst_BulkJob::concurrencyBeyondQtsSixConnections()
{
    QFETCH(int, concurrency);
    Fixture f;
    f.useFastRetries(10000, 0);
    Fault slow = Fault::on(QStringLiteral("/tokens"), FaultKind::SlowReply, -1);
    slow.delayMs = 2500;
    f.sim.injectFault(slow);
    BulkJob job(&f.client, f.clock);
    job.setConcurrency(concurrency);
    QCOMPARE(job.concurrency(), concurrency);
    job.setRequestTemplate(requestTemplate());
    Recorder recorder(job);
    job.start(users(concurrency + 2));
    // All `concurrency` requests reach the server before the first slow answer comes back.
    QTRY_COMPARE_WITH_TIMEOUT(f.tokenRequests(), concurrency, 2000);
    QCOMPARE(job.inFlight(), concurrency);
    QVERIFY(waitFinished(job));
    QCOMPARE(job.succeeded(), concurrency + 2);
    QCOMPARE(f.provider.fetchCount(), 1); // one OAuth call shared by every connection pool
    verifyInOrder(recorder.ordered, concurrency + 2);
}

void tst_BulkJob::csvSource_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QStringList>("apps");

    QTest::newRow("id only") << QByteArray("external_user_id\nu1\nu2\n")
                             << QStringList{QStringLiteral("u1"), QStringLiteral("u2")}
                             << QStringList{QString(), QString()};
    QTest::newRow("other columns, any case, BOM, CRLF")
        << QByteArray("\xEF\xBB\xBF" "Email, App ,External_User_ID\r\na@x,slack,u1\r\nb@x,,u2\r\n")
        << QStringList{QStringLiteral("u1"), QStringLiteral("u2")}
        << QStringList{QStringLiteral("slack"), QString()};
    QTest::newRow("quoted, blank rows skipped, short row")
        << QByteArray("app,external_user_id\n\"github\",\"a,\"\"b\"\"\"\n\n,\n  ,  \nnotion\n")
        << QStringList{QStringLiteral("a,\"b\""), QString()}
        << QStringList{QStringLiteral("github"), QStringLiteral("notion")};
}

void tst_BulkJob::csvSource()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, ids);
    QFETCH(QStringList, apps);
    QBuffer buffer(&csv);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvRowSource source(&buffer);
    QVERIFY2(source.open(), qPrintable(source.errorString()));
    QCOMPARE(source.total(), ids.size());
    QStringList readIds;
    QStringList readApps;
    while (const auto row = source.next()) {
        readIds.append(row->externalUserId);
        readApps.append(row->appSlug);
    }
    QVERIFY(!source.hasError());
    QCOMPARE(readIds, ids);
    QCOMPARE(readApps, apps);
}

void tst_BulkJob::csvSourceErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("no id column") << QByteArray("user,app\nu1,slack\n") << QStringLiteral("external_user_id");
    QTest::newRow("broken quote late in the file")
        << QByteArray("external_user_id\nu1\nu2\n\"u3\n") << QStringLiteral("line 4");
    QTest::newRow("not UTF-8") << QByteArray("external_user_id\n\xe9t\xe9\n") << QStringLiteral("UTF-8");
}

void tst_BulkJob::csvSourceErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    QBuffer buffer(&csv);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvRowSource source(&buffer);
    QVERIFY(!source.open()); // refused before any row is handed out
    QVERIFY2(source.errorString().contains(message), qPrintable(source.errorString()));
}

void tst_BulkJob::serverDownStopsAfterAFewRows()
{
    Fixture f;
    f.sim.injectFault(tokenFault(FaultKind::DropConnection, -1));
    BulkJob job(&f.client, f.clock);
    job.setRequestTemplate(requestTemplate());
    job.setConcurrency(1);
    Recorder recorder(job);
    job.start(users(50));
    QVERIFY(waitFinished(job));
    QVERIFY(job.fatalError().has_value());
    QCOMPARE(job.fatalError()->kind, ApiError::Kind::Network);
    QCOMPARE(job.sent(), BulkJob::maxNetworkFailuresInARow); // then every other row is unsent
    verifyInOrder(recorder.ordered, 50);
    QCOMPARE(job.succeeded(), 0);
}

void tst_BulkJob::oneNetworkFailureDoesNotStopTheRun()
{
    Fixture f;
    f.sim.injectFault(tokenFault(FaultKind::DropConnection, -1));
    BulkJob job(&f.client, f.clock);
    job.setRequestTemplate(requestTemplate());
    job.setConcurrency(1);
    // Only the first row (all of its attempts) cannot reach the server.
    connect(&job, &BulkJob::rowFinished, &job, [&f] { f.sim.clearFaults(); });
    job.start(users(10));
    QVERIFY(waitFinished(job));
    QVERIFY(!job.fatalError().has_value());
    QCOMPARE(job.failed(), 1);
    QCOMPARE(job.succeeded(), 9);
}

void tst_BulkJob::csvSourceStopsAtTheEndItHadAtOpen()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("external_user_id\nu1\nu2\nu3\n");
    QVERIFY(file.flush());
    QVERIFY(file.seek(0));
    CsvRowSource source(&file);
    QVERIFY(source.open());
    QCOMPARE(source.total(), 3);
    // Rows appended afterwards (as when the output is the input) are never read.
    QFile appender(file.fileName());
    QVERIFY(appender.open(QIODevice::Append));
    appender.write("u4\nu5\nu6\n");
    appender.close();
    QStringList ids;
    while (const auto row = source.next())
        ids.append(row->externalUserId);
    QCOMPARE(ids, (QStringList{QStringLiteral("u1"), QStringLiteral("u2"), QStringLiteral("u3")}));
}

void tst_BulkJob::previousRowsAreKeptNotSent()
{
    Fixture f;
    BulkJob job(&f.client, f.clock);
    job.setRequestTemplate(requestTemplate());
    job.setConcurrency(1);
    QStringList asked;
    job.setPreviousRows([&asked](const QString &id, const QString &app) -> QStringList {
        asked.append(id + QLatin1Char('/') + app);
        if (id == QLatin1String("user-0") || id == QLatin1String("user-8"))
            return {id, app, QStringLiteral("https://old.example/link"), {}, QStringLiteral("ok"), {}};
        return {};
    });
    Recorder recorder(job);
    connect(&job, &BulkJob::orderedRowReady, &job, [&job](const BulkRowResult &row) {
        if (row.index == 2)
            job.cancel();
    });
    job.start(users(10));
    QVERIFY(waitFinished(job));
    verifyInOrder(recorder.ordered, 10);
    QVERIFY(recorder.ordered.at(0).isKept());
    QVERIFY(recorder.ordered.at(0).isOk());
    QVERIFY(!recorder.ordered.at(1).isKept());
    QVERIFY(recorder.ordered.at(1).token.has_value());
    // Canceled before row 8 was reached: the earlier run's link is kept, not "Canceled."
    QVERIFY(recorder.ordered.at(8).isKept());
    QCOMPARE(recorder.ordered.at(7).error.kind, ApiError::Kind::Canceled);
    QCOMPARE(job.kept(), 2);
    QVERIFY(asked.contains(QStringLiteral("user-1/github"))); // the app as it would be sent
    QVERIFY(f.tokenRequests() <= 3);
}

QTEST_GUILESS_MAIN(tst_BulkJob)
#include "tst_bulkjob.moc"
