#pragma once

#include "api/apierror.h"
#include "api/clientlanes.h"
#include "api/tokenrequest.h"
#include "api/tokenresult.h"
#include "bulk/csv.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace ConnectDesk {

class ApiReply;
class Clock;
class ConnectClient;

// One input row: whom to create a Connect Link for.
struct BulkRowInput
{
    QString externalUserId; // as read; trimmed before sending
    QString appSlug;        // empty = the job's default app

    bool operator==(const BulkRowInput &) const = default;
};

// What became of one row. Exactly one of `token` and `error` is set.
struct BulkRowResult
{
    int index = -1; // 0-based position in the input
    BulkRowInput input;
    QString appSlug; // the app the link is for (normalised), empty = none
    std::optional<TokenResult> token;
    ApiError error;
    std::optional<FieldError> fieldError; // the row was invalid and never sent
    int retries = 0;
    // --resume: the row succeeded in an earlier run and was not sent again; its results-file
    // cells, kept as they were.
    QStringList previousOutput;

    bool isOk() const { return (token.has_value() && !error.isError()) || isKept(); }
    bool isKept() const { return !previousOutput.isEmpty(); }
    QUrl connectLink() const { return token ? token->connectLink(appSlug) : QUrl(); }
};

// Where a job's rows come from. Pulled one row at a time, so a source can stream a file of any
// size; the job holds only the rows in flight and the out-of-order window.
class BulkRowSource
{
public:
    virtual ~BulkRowSource() = default;
    virtual std::optional<BulkRowInput> next() = 0; // nullopt: no more rows
    virtual int total() const { return -1; }        // -1 when unknown
};

class BulkListSource final : public BulkRowSource
{
public:
    explicit BulkListSource(QList<BulkRowInput> rows) : m_rows(std::move(rows)) {}
    std::optional<BulkRowInput> next() override;
    int total() const override { return int(m_rows.size()); }

private:
    QList<BulkRowInput> m_rows;
    qsizetype m_next = 0;
};

// Rows from CSV text with a header row: an external_user_id column (required) and an app column
// (optional), matched case-insensitively; other columns are ignored, and records whose fields
// are all blank are skipped. A short record leaves the missing fields empty.
class CsvRowSource final : public BulkRowSource
{
    Q_DECLARE_TR_FUNCTIONS(CsvRowSource)
public:
    explicit CsvRowSource(QIODevice *device);
    ~CsvRowSource() override;

    // Reads the header. On a random-access device it first reads the whole input once to check
    // and count it, so a broken file is refused before any row is sent, and next() never goes
    // past the rows counted then (a file that grows while it is read, even because it is the
    // output, ends where it ended at open()). False: errorString().
    bool open();
    std::optional<BulkRowInput> next() override;
    int total() const override { return m_total; }

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    qint64 line() const; // line of the last record read

private:
    bool readHeader(CsvReader &reader);

    QIODevice *m_device;
    std::unique_ptr<CsvReader> m_reader;
    QStringList m_fields;
    qsizetype m_idColumn = -1;
    qsizetype m_appColumn = -1;
    int m_total = -1;
    int m_returned = 0;
    QString m_error;
};

// Creates one Connect token per row with up to `concurrency` calls in flight on the client's
// access token, spread over as many connection pools as that takes (ClientLanes). Rows are validated first: an invalid row becomes an error
// row and is never sent. A 429 pauses dispatching until its Retry-After has passed (the call
// itself is retried by ApiReply; a row still throttled after that is queued again, a few
// times). One failed row never stops the others, except rejected credentials, or
// maxNetworkFailuresInARow rows in a row that could not reach the server (each after its own
// retries): then every row not yet finished fails with that error, unsent (fatalError()).
//
// Every input row is reported exactly once: rowFinished() in completion order,
// orderedRowReady() in input order (the job keeps the out-of-order window, bounded by
// maxWindow, until the earlier rows are done).
class BulkJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkJob)
public:
    enum class State { Idle, Running, Paused, Stopping, Finished };
    Q_ENUM(State)

    static constexpr int defaultConcurrency = 4;
    static constexpr int minConcurrency = 1;
    static constexpr int maxConcurrency = 64;
    static constexpr int maxWindow = 1024;     // rows dispatched but not yet reported in order
    static constexpr int maxThrottleRequeues = 3;
    static constexpr int maxNetworkFailuresInARow = 3; // then the server is taken to be down

    BulkJob(ConnectClient *client, const Clock &clock, QObject *parent = nullptr);
    ~BulkJob() override; // cancels calls still in flight

    // Every field but the external user ID; its appSlug is the default for rows without one.
    void setRequestTemplate(const TokenRequest &request) { m_template = request; }
    const TokenRequest &requestTemplate() const { return m_template; }
    void setConcurrency(int concurrency); // clamped to [minConcurrency, maxConcurrency]
    int concurrency() const { return m_concurrency; }

    // --resume: returns the earlier results row for an external user ID and app (normalised), or
    // nothing. A row it answers for is reported with previousOutput set and never sent.
    using PreviousRowLookup =
        std::function<QStringList(const QString &externalUserId, const QString &appSlug)>;
    void setPreviousRows(PreviousRowLookup lookup) { m_previousRows = std::move(lookup); }
    int kept() const { return m_kept; }

    // The request sent for `row` (the template with the row's user and app).
    TokenRequest requestFor(const BulkRowInput &row) const;

    void start(std::unique_ptr<BulkRowSource> source); // once per job
    void start(const QList<BulkRowInput> &rows);
    void pause();  // no new rows are sent; calls in flight finish
    void resume();
    // No new rows are sent; calls in flight finish normally, every row not yet sent is reported
    // as canceled; then finished().
    void cancel();
    // As cancel(), and calls in flight are aborted (reported as canceled).
    void abort();

    State state() const { return m_state; }
    bool isFinished() const { return m_state == State::Finished; }
    bool wasCanceled() const { return m_canceled; }
    // Set when the credentials were rejected or the server could not be reached and the run
    // stopped early.
    const std::optional<ApiError> &fatalError() const { return m_fatal; }

    int total() const; // -1 while unknown
    int done() const { return m_succeeded + m_failed; }
    int succeeded() const { return m_succeeded; }
    int failed() const { return m_failed; }
    int inFlight() const { return int(m_inFlight.size()); }
    int sent() const { return m_sent; } // calls started (a requeued row counts again)
    bool isThrottled() const { return m_throttleTimer.isActive(); }

    qint64 elapsedMs() const;
    double rowsPerSecond() const;             // finished rows over elapsed time
    std::optional<qint64> etaSeconds() const; // nullopt while unknown

signals:
    void rowFinished(int index, const ConnectDesk::BulkRowResult &result);
    void orderedRowReady(const ConnectDesk::BulkRowResult &result);
    void progress(int done, int total, int succeeded, int failed);
    void throttled(int waitMs); // a 429 paused dispatching for waitMs
    void stateChanged(ConnectDesk::BulkJob::State state);
    void finished();

private:
    struct Pending
    {
        int index = -1;
        BulkRowInput input;
        int requeues = 0;
        ConnectClient *lane = nullptr; // while in flight
    };

    void setState(State state);
    void schedulePump();
    void pump();
    bool hasRoomToSend() const; // running, not throttled, fewer calls in flight than allowed
    void sendReplacement();
    void dispatch(Pending row);
    void onReplyFinished(ApiReply *reply);
    void throttle(int waitMs);
    void complete(BulkRowResult result);
    void failUnsent(Pending row, const ApiError &error);
    bool completeFromPrevious(Pending &row);
    void stop(const std::optional<ApiError> &fatal);
    void checkFinished();
    std::optional<Pending> nextRow();

    const Clock &m_clock;
    ClientLanes m_lanes;
    bool m_awaitingToken = false; // the first dispatch waits for the access token
    TokenRequest m_template;
    int m_concurrency = defaultConcurrency;

    std::unique_ptr<BulkRowSource> m_source;
    bool m_sourceDone = false;
    QList<Pending> m_requeued; // throttled rows waiting to be sent again (sent before new rows)
    QHash<ApiReply *, Pending> m_inFlight;
    QMap<int, BulkRowResult> m_window; // finished, waiting for earlier rows
    int m_nextIndex = 0;               // index the next new row gets
    int m_nextOrdered = 0;             // next index orderedRowReady() reports

    State m_state = State::Idle;
    bool m_canceled = false;
    bool m_pumpScheduled = false;
    bool m_sendingReplacement = false;
    std::optional<ApiError> m_fatal;
    QTimer m_throttleTimer;
    QDateTime m_startedAt;
    QDateTime m_finishedAt;
    int m_succeeded = 0;
    int m_failed = 0;
    int m_sent = 0;
    int m_networkFailuresInARow = 0;
    int m_kept = 0;
    PreviousRowLookup m_previousRows;
};

} // namespace ConnectDesk

Q_DECLARE_METATYPE(ConnectDesk::BulkRowResult)
