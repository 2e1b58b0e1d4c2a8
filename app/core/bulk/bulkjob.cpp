#include "bulk/bulkjob.h"

#include "api/apireply.h"
#include "api/connectclient.h"
#include "api/retrypolicy.h"
#include "base/clock.h"

#include <QIODevice>

#include <algorithm>
#include <cmath>

namespace ConnectDesk {

namespace {

// Rows handled per event-loop turn, so a window stays responsive while thousands of invalid or
// unsent rows are reported.
constexpr int rowsPerTurn = 256;

bool isBlank(const QStringList &fields)
{
    return std::all_of(fields.cbegin(), fields.cend(),
                       [](const QString &field) { return field.trimmed().isEmpty(); });
}

bool isThrottle(const ApiError &error)
{
    return error.kind == ApiError::Kind::Http && error.httpStatus == 429;
}

// No answer from the server at all (as opposed to an answer that says no).
bool isUnreachable(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Proxy:
        return true;
    default:
        return false;
    }
}

} // namespace

std::optional<BulkRowInput> BulkListSource::next()
{
    if (m_next >= m_rows.size())
        return std::nullopt;
    return m_rows.at(m_next++);
}

CsvRowSource::CsvRowSource(QIODevice *device)
    : m_device(device)
{}

CsvRowSource::~CsvRowSource() = default;

qint64 CsvRowSource::line() const
{
    return m_reader ? m_reader->recordLine() : 0;
}

bool CsvRowSource::readHeader(CsvReader &reader)
{
    QStringList header;
    if (!reader.readRow(&header)) {
        m_error = reader.hasError() ? reader.errorString() : tr("The file is empty.");
        return false;
    }
    m_idColumn = m_appColumn = -1;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        if (name == QLatin1String("external_user_id") && m_idColumn < 0)
            m_idColumn = i;
        else if (name == QLatin1String("app") && m_appColumn < 0)
            m_appColumn = i;
    }
    if (m_idColumn < 0) {
        m_error = tr("The first row must be a header with an external_user_id column (and "
                     "optionally an app column).");
        return false;
    }
    return true;
}

bool CsvRowSource::open()
{
    m_error.clear();
    if (!m_device->isSequential()) {
        const qint64 start = m_device->pos();
        CsvReader scan(m_device);
        if (!readHeader(scan))
            return false;
        int rows = 0;
        QStringList fields;
        while (scan.readRow(&fields)) {
            if (!isBlank(fields))
                ++rows;
        }
        if (scan.hasError()) {
            m_error = scan.errorString();
            return false;
        }
        if (!m_device->seek(start)) {
            m_error = m_device->errorString();
            return false;
        }
        m_total = rows;
    }
    m_reader = std::make_unique<CsvReader>(m_device);
    return readHeader(*m_reader);
}

std::optional<BulkRowInput> CsvRowSource::next()
{
    if (!m_reader || hasError() || (m_total >= 0 && m_returned >= m_total))
        return std::nullopt;
    while (m_reader->readRow(&m_fields)) {
        if (isBlank(m_fields))
            continue;
        ++m_returned;
        BulkRowInput row;
        row.externalUserId = m_fields.value(m_idColumn);
        if (m_appColumn >= 0)
            row.appSlug = m_fields.value(m_appColumn);
        return row;
    }
    if (m_reader->hasError())
        m_error = m_reader->errorString();
    return std::nullopt;
}

BulkJob::BulkJob(ConnectClient *client, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_lanes(client, clock)
{
    m_throttleTimer.setSingleShot(true);
    connect(&m_throttleTimer, &QTimer::timeout, this, &BulkJob::schedulePump);
}

BulkJob::~BulkJob()
{
    const auto pending = std::exchange(m_inFlight, {});
    for (auto it = pending.cbegin(); it != pending.cend(); ++it)
        abandonReply(it.key(), this);
}

void BulkJob::setConcurrency(int concurrency)
{
    m_concurrency = std::clamp(concurrency, minConcurrency, maxConcurrency);
    if (m_state == State::Running)
        schedulePump();
}

TokenRequest BulkJob::requestFor(const BulkRowInput &row) const
{
    TokenRequest request = m_template;
    request.externalUserId = row.externalUserId;
    if (!row.appSlug.trimmed().isEmpty())
        request.appSlug = row.appSlug;
    return request;
}

void BulkJob::start(std::unique_ptr<BulkRowSource> source)
{
    if (m_state != State::Idle) {
        qWarning("BulkJob::start: a job runs only once");
        return;
    }
    m_source = std::move(source);
    m_startedAt = m_clock.now();
    // The connections the first calls need open while the access token is fetched.
    const int rows = m_source->total();
    m_lanes.preconnect(rows >= 0 ? std::min(rows, m_concurrency) : m_concurrency);
    setState(State::Running);
    // The first rows wait for the token anyway; once it is here the job knows whether the
    // server speaks HTTP/2 (one connection for all) before it spreads calls over lanes. A failed
    // fetch lets the rows go: their own calls fetch again and report the error as usual.
    if (rows == 0) {
        schedulePump(); // finished() comes later, never from start()
        return;
    }
    m_awaitingToken = true;
    m_lanes.mainClient()->tokens()->withToken(this, [this](const QString &, const ApiError &error) {
        m_awaitingToken = false;
        if (error.kind == ApiError::Kind::CredentialsRejected)
            stop(error); // every row fails unsent with it, as when a row's call is told so
        schedulePump();
    });
}

void BulkJob::start(const QList<BulkRowInput> &rows)
{
    start(std::make_unique<BulkListSource>(rows));
}

void BulkJob::pause()
{
    if (m_state == State::Running)
        setState(State::Paused);
}

void BulkJob::resume()
{
    if (m_state != State::Paused)
        return;
    setState(State::Running);
    schedulePump();
}

void BulkJob::cancel()
{
    if (m_state == State::Idle || m_state == State::Finished)
        return;
    m_canceled = true;
    stop(std::nullopt);
}

void BulkJob::abort()
{
    if (m_state == State::Idle || m_state == State::Finished)
        return;
    cancel();
    const auto pending = std::exchange(m_inFlight, {});
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        abandonReply(it.key(), this);
        m_lanes.release(it.value().lane);
    }
    for (const Pending &row : pending)
        failUnsent(row, ApiError::canceled());
    schedulePump();
}

int BulkJob::total() const
{
    return m_source ? m_source->total() : -1;
}

qint64 BulkJob::elapsedMs() const
{
    if (!m_startedAt.isValid())
        return 0;
    return m_startedAt.msecsTo(m_finishedAt.isValid() ? m_finishedAt : m_clock.now());
}

double BulkJob::rowsPerSecond() const
{
    const qint64 elapsed = elapsedMs();
    return elapsed > 0 ? done() * 1000.0 / double(elapsed) : 0.0;
}

std::optional<qint64> BulkJob::etaSeconds() const
{
    const int all = total();
    const double rate = rowsPerSecond();
    if (all < 0 || rate <= 0.0)
        return std::nullopt;
    return qint64(std::ceil(std::max(0, all - done()) / rate));
}

void BulkJob::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void BulkJob::schedulePump()
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(this, &BulkJob::pump, Qt::QueuedConnection);
}

std::optional<BulkJob::Pending> BulkJob::nextRow()
{
    if (!m_requeued.isEmpty())
        return m_requeued.takeFirst();
    // New rows only while the in-order window has room: memory stays flat even when an early
    // row is slow.
    if (m_sourceDone || !m_source || m_nextIndex - m_nextOrdered >= maxWindow)
        return std::nullopt;
    std::optional<BulkRowInput> input = m_source->next();
    if (!input) {
        m_sourceDone = true;
        return std::nullopt;
    }
    return Pending{m_nextIndex++, std::move(*input), 0};
}

void BulkJob::pump()
{
    m_pumpScheduled = false;
    if (m_awaitingToken && m_state == State::Running)
        return; // the token callback pumps again
    int budget = rowsPerTurn;
    if (m_state == State::Stopping) {
        const ApiError error = m_fatal ? *m_fatal : ApiError::canceled();
        while (budget > 0 && m_state == State::Stopping) {
            std::optional<Pending> row = nextRow();
            if (!row)
                break;
            --budget;
            failUnsent(std::move(*row), error);
        }
    } else {
        while (budget > 0 && hasRoomToSend()) {
            std::optional<Pending> row = nextRow();
            if (!row)
                break;
            --budget;
            dispatch(std::move(*row));
        }
    }
    if (budget == 0)
        schedulePump();
    checkFinished();
}

bool BulkJob::completeFromPrevious(Pending &row)
{
    if (!m_previousRows)
        return false;
    BulkRowResult result;
    result.appSlug = requestFor(row.input).normalizedAppSlug();
    result.previousOutput = m_previousRows(row.input.externalUserId, result.appSlug);
    if (result.previousOutput.isEmpty())
        return false;
    result.index = row.index;
    result.input = std::move(row.input);
    ++m_kept;
    complete(std::move(result));
    return true;
}

void BulkJob::dispatch(Pending row)
{
    if (completeFromPrevious(row))
        return;
    const TokenRequest request = requestFor(row.input);
    const QList<FieldError> errors = request.validate();
    if (!errors.isEmpty()) {
        const FieldError &first = errors.constFirst();
        BulkRowResult result;
        result.index = row.index;
        result.input = std::move(row.input);
        result.appSlug = request.normalizedAppSlug();
        result.fieldError = first;
        result.error = ApiError::invalidInput(tokenFieldLabel(first.field) + QLatin1String(": ")
                                              + first.message);
        complete(std::move(result));
        return;
    }
    m_lanes.reserve(m_concurrency);
    row.lane = m_lanes.acquire();
    ApiReply *reply = row.lane->createToken(request);
    ++m_sent;
    m_inFlight.insert(reply, std::move(row));
    connect(reply, &ApiReply::finished, this, [this, reply] { onReplyFinished(reply); });
    connect(reply, &ApiReply::retrying, this, [this](int, int delayMs, const ApiError &cause) {
        if (isThrottle(cause))
            throttle(delayMs);
    });
}

void BulkJob::onReplyFinished(ApiReply *reply)
{
    const auto it = m_inFlight.constFind(reply);
    if (it == m_inFlight.cend())
        return;
    Pending row = it.value();
    m_inFlight.erase(it);
    m_lanes.release(std::exchange(row.lane, nullptr));
    reply->disconnect(this);
    reply->deleteLater();

    const ApiError &error = reply->error();
    if (isThrottle(error) && m_state != State::Stopping && row.requeues < maxThrottleRequeues) {
        // Still throttled after the call's own retries: wait, then send the row again.
        RetryPolicy policy;
        policy.maxRetries = maxThrottleRequeues;
        throttle(policy.delayMs(row.requeues, error, m_clock.now(), 0.5).value_or(1000));
        ++row.requeues;
        m_requeued.append(std::move(row));
        schedulePump();
        return;
    }

    BulkRowResult result;
    result.index = row.index;
    result.appSlug = requestFor(row.input).normalizedAppSlug();
    result.input = std::move(row.input);
    result.retries = reply->retries();
    if (reply->isOk() && reply->tokenResult())
        result.token = *reply->tokenResult();
    else
        result.error = error;
    // A 401 that survived a fresh access token (ApiReply asks once more) is a refusal too.
    const bool rejected = error.kind == ApiError::Kind::CredentialsRejected
                          || (error.kind == ApiError::Kind::Http && error.httpStatus == 401);
    if (isUnreachable(error))
        ++m_networkFailuresInARow;
    else if (error.kind != ApiError::Kind::Canceled)
        m_networkFailuresInARow = 0;
    const bool serverDown = m_networkFailuresInARow >= maxNetworkFailuresInARow;
    if (!rejected && !serverDown)
        sendReplacement(); // before this row's own bookkeeping: the wire waits for nothing
    complete(std::move(result));
    if ((rejected || serverDown) && !m_fatal)
        stop(error);
    schedulePump();
}

bool BulkJob::hasRoomToSend() const
{
    return m_state == State::Running && !m_throttleTimer.isActive()
           && m_inFlight.size() < m_concurrency;
}

void BulkJob::sendReplacement()
{
    // One row now in place of the one that finished, rather than from the pump once every
    // answer already queued has been handled: over HTTP/2 answers come in bursts of as many
    // as are in flight, and the pump would hold the whole next round back until the last.
    if (m_sendingReplacement || m_awaitingToken || !hasRoomToSend())
        return;
    m_sendingReplacement = true; // a row completed at once (kept, invalid) sends no other
    if (std::optional<Pending> row = nextRow())
        dispatch(std::move(*row));
    m_sendingReplacement = false;
}

void BulkJob::throttle(int waitMs)
{
    waitMs = std::max(0, waitMs);
    if (waitMs > m_throttleTimer.remainingTime())
        m_throttleTimer.start(waitMs);
    emit throttled(waitMs);
}

void BulkJob::failUnsent(Pending row, const ApiError &error)
{
    if (completeFromPrevious(row))
        return; // an earlier run's link is still good: keep it rather than "Canceled."
    BulkRowResult result;
    result.index = row.index;
    result.appSlug = requestFor(row.input).normalizedAppSlug();
    result.input = std::move(row.input);
    result.error = error;
    complete(std::move(result));
}

void BulkJob::complete(BulkRowResult result)
{
    if (result.isOk())
        ++m_succeeded;
    else
        ++m_failed;
    emit rowFinished(result.index, result);
    if (result.index == m_nextOrdered) {
        ++m_nextOrdered;
        emit orderedRowReady(result);
        // Receivers may call back into the job; re-read the window every time.
        while (!m_window.isEmpty() && m_window.firstKey() == m_nextOrdered) {
            const BulkRowResult next = m_window.take(m_nextOrdered);
            ++m_nextOrdered;
            emit orderedRowReady(next);
        }
    } else {
        m_window.insert(result.index, std::move(result));
    }
    emit progress(done(), total(), m_succeeded, m_failed);
}

void BulkJob::stop(const std::optional<ApiError> &fatal)
{
    if (fatal && !m_fatal)
        m_fatal = fatal;
    if (m_state == State::Stopping || m_state == State::Finished)
        return;
    m_throttleTimer.stop();
    setState(State::Stopping);
    const ApiError error = m_fatal ? *m_fatal : ApiError::canceled();
    const QList<Pending> requeued = std::exchange(m_requeued, {});
    for (const Pending &row : requeued)
        failUnsent(row, error);
    schedulePump();
}

void BulkJob::checkFinished()
{
    if (m_state != State::Running && m_state != State::Stopping)
        return;
    if (!m_sourceDone || !m_inFlight.isEmpty() || !m_requeued.isEmpty()
        || m_nextOrdered != m_nextIndex)
        return;
    m_finishedAt = m_clock.now();
    setState(State::Finished);
    emit progress(done(), total(), m_succeeded, m_failed);
    emit finished();
}

} // namespace ConnectDesk
