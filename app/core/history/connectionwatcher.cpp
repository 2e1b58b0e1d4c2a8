#include "history/connectionwatcher.h"

#include "api/apireply.h"
#include "api/connectclient.h"
#include "api/tokenrequest.h"
#include "api/tokenresult.h"
#include "base/clock.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace ConnectDesk {

namespace {

// After expiry, a failed last look is repeated this often before giving up on knowing.
constexpr int finalCheckAttempts = 3;

int clampMs(double ms, int cap)
{
    return int(std::clamp(ms, 0.0, double(std::max(0, cap))));
}

} // namespace

std::optional<ConnectedAccount> ConnectedAccount::fromJson(const QJsonObject &account)
{
    const QString id = account.value(QStringLiteral("id")).toString();
    const auto createdAt =
        TokenResult::parseTimestamp(account.value(QStringLiteral("created_at")).toString());
    if (id.isEmpty() || !createdAt)
        return std::nullopt;
    ConnectedAccount result;
    result.id = id;
    result.name = account.value(QStringLiteral("name")).toString();
    result.createdAt = createdAt->toUTC();
    const QJsonValue app = account.value(QStringLiteral("app"));
    if (app.isObject()) {
        const QJsonObject appObject = app.toObject();
        result.appSlug = appObject.value(QStringLiteral("name_slug")).toString();
        result.appName = appObject.value(QStringLiteral("name")).toString();
    } else if (app.isString()) {
        result.appSlug = app.toString();
    }
    if (result.appName.isEmpty())
        result.appName = result.appSlug;
    return result;
}

QJsonObject ConnectedAccount::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("app"), appSlug},
        {QStringLiteral("app_name"), appName},
        {QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
    };
}

WatchTarget WatchTarget::from(const TokenRequest &request, const TokenResult &result,
                              const QDateTime &tokenCreatedAt)
{
    WatchTarget target;
    target.projectId = request.projectId.trimmed();
    target.environment = request.environment.trimmed();
    target.externalUserId = request.normalizedExternalUserId();
    target.appSlug = request.normalizedAppSlug();
    target.expiresAt = result.expiresAt.toUTC();
    // expires_at - expires_in is the creation time on the server's clock, the one that dates
    // the accounts too. When this computer's clock is behind, it is the better threshold;
    // when ahead, the watcher's first-answer baseline catches what the times would hide.
    bool ok = false;
    const int lifetime = request.expiresIn.trimmed().isEmpty()
                             ? TokenRequest::maxExpiresIn
                             : request.expiresIn.trimmed().toInt(&ok);
    const QDateTime serverCreatedAt =
        (ok || request.expiresIn.trimmed().isEmpty()) && target.expiresAt.isValid()
            ? target.expiresAt.addSecs(-lifetime)
            : QDateTime();
    target.tokenCreatedAt = tokenCreatedAt.toUTC();
    if (serverCreatedAt.isValid()
        && (!target.tokenCreatedAt.isValid() || serverCreatedAt > target.tokenCreatedAt))
        target.tokenCreatedAt = serverCreatedAt;
    return target;
}

ConnectionWatcher::ConnectionWatcher(ConnectClient *client, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionWatcher::poll);
}

ConnectionWatcher::~ConnectionWatcher()
{
    abandonReply();
}

void ConnectionWatcher::start(const WatchTarget &target)
{
    abandonReply();
    m_timer.stop();
    m_target = target;
    m_account.reset();
    m_known.reset();
    m_lastCheckedAt = {};
    m_lastError = {};
    m_checkCount = 0;
    m_finalCheck = false;
    m_finalFailures = 0;
    m_currentMs = std::max(0, m_intervals.initialMs);
    m_state = State::Watching;
    emit stateChanged(m_state);
    // The customer needs a moment to open the link: the first look waits one interval.
    schedule(m_currentMs);
}

void ConnectionWatcher::stop()
{
    if (m_state != State::Watching)
        return;
    abandonReply();
    finish(State::Stopped);
}

bool ConnectionWatcher::isTransient(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Contract: // e.g. a proxy's page with a 200: ask again later
    case ApiError::Kind::TooLarge:
        return true;
    case ApiError::Kind::Http:
        return error.httpStatus == 408 || error.httpStatus == 429 || error.httpStatus >= 500;
    default:
        return false;
    }
}

int ConnectionWatcher::nextDelay(int currentMs, const ApiError &error, const QDateTime &now,
                                 const WatchIntervals &intervals)
{
    const double current = std::max(currentMs, 1);
    if (!error.isError())
        return clampMs(current * intervals.growth, intervals.maxMs);
    const int backedOff = clampMs(current * intervals.errorGrowth, intervals.maxMs);
    if (error.kind == ApiError::Kind::Http && error.httpStatus == 429) {
        qint64 waitMs = 0;
        if (error.retryAfterSeconds)
            waitMs = qint64(*error.retryAfterSeconds) * 1000;
        else if (error.rateLimit.resetUnix)
            waitMs = (*error.rateLimit.resetUnix - now.toSecsSinceEpoch()) * 1000;
        const int serverWait = clampMs(double(waitMs), intervals.maxRateLimitWaitMs);
        return std::max(backedOff, serverWait);
    }
    return backedOff;
}

std::optional<ConnectedAccount> ConnectionWatcher::findNewAccount(const QJsonObject &body,
                                                                  const QDateTime &since,
                                                                  int skewSeconds,
                                                                  const QString &appSlug,
                                                                  const QSet<QString> *known)
{
    const QDateTime threshold = since.toUTC().addSecs(-std::max(0, skewSeconds));
    std::optional<ConnectedAccount> newest;
    const QJsonArray data = body.value(QStringLiteral("data")).toArray();
    for (const QJsonValue &value : data) {
        const auto account = ConnectedAccount::fromJson(value.toObject());
        if (!account)
            continue;
        if (account->createdAt < threshold && (!known || known->contains(account->id)))
            continue;
        if (!appSlug.isEmpty() && !account->appSlug.isEmpty()
            && account->appSlug.compare(appSlug, Qt::CaseInsensitive) != 0)
            continue;
        if (!newest || account->createdAt > newest->createdAt)
            newest = account;
    }
    return newest;
}

QSet<QString> ConnectionWatcher::accountIds(const QJsonObject &body)
{
    QSet<QString> ids;
    const QJsonArray data = body.value(QStringLiteral("data")).toArray();
    for (const QJsonValue &value : data) {
        const QString id = value.toObject().value(QStringLiteral("id")).toString();
        if (!id.isEmpty())
            ids.insert(id);
    }
    return ids;
}

bool ConnectionWatcher::tokenExpired() const
{
    return m_target.expiresAt.isValid() && m_clock.now() >= m_target.expiresAt;
}

void ConnectionWatcher::poll()
{
    if (m_state != State::Watching || m_reply)
        return; // never two requests at once
    if (tokenExpired() && !m_finalCheck)
        m_finalCheck = true; // one last look: the customer may have connected at the very end
    m_reply = m_client->listAccounts(m_target.projectId, m_target.environment,
                                     m_target.externalUserId, m_target.appSlug);
    ++m_checkCount;
    connect(m_reply, &ApiReply::finished, this, &ConnectionWatcher::onReplyFinished);
    emit checking();
}

void ConnectionWatcher::onReplyFinished()
{
    ApiReply *reply = takeFinishedReply(m_reply, this);
    if (!reply)
        return;
    if (m_state != State::Watching)
        return;

    const QDateTime now = m_clock.now();
    if (!reply->isOk()) {
        m_lastError = reply->error();
        if (!isTransient(m_lastError)) {
            finish(State::Failed);
            emit failed(m_lastError);
            return;
        }
        if (m_finalCheck && ++m_finalFailures >= finalCheckAttempts) {
            // No answer after expiry, several times: the link is dead either way.
            emit checkFailed(m_lastError);
            finish(State::Expired);
            emit expired();
            return;
        }
        m_currentMs = nextDelay(m_currentMs, m_lastError, now, m_intervals);
        schedule(m_currentMs);
        emit checkFailed(m_lastError); // nextDelayMs() already tells when the next look is
        return;
    }

    m_lastError = {};
    m_lastCheckedAt = now;
    const QJsonObject body = reply->json().object();
    if (const auto account = findNewAccount(body, m_target.tokenCreatedAt, m_intervals.skewSeconds,
                                            m_target.appSlug, m_known ? &*m_known : nullptr)) {
        m_account = account;
        finish(State::Connected);
        emit connected(*account);
        return;
    }
    if (!m_known)
        m_known = accountIds(body);
    if (m_finalCheck) {
        emit checked(now);
        finish(State::Expired);
        emit expired();
        return;
    }
    m_currentMs = nextDelay(m_currentMs, {}, now, m_intervals);
    schedule(tokenExpired() ? 0 : m_currentMs);
    emit checked(now);
}

void ConnectionWatcher::schedule(int delayMs)
{
    // Look once more right at expiry rather than up to one interval after it.
    if (m_target.expiresAt.isValid()) {
        const qint64 untilExpiry = std::max<qint64>(0, m_clock.now().msecsTo(m_target.expiresAt));
        delayMs = int(std::min<qint64>(delayMs, untilExpiry));
    }
    m_nextDelayMs = std::max(0, delayMs);
    m_timer.start(m_nextDelayMs);
}

void ConnectionWatcher::finish(State state)
{
    m_timer.stop();
    m_state = state;
    emit stateChanged(state);
}

void ConnectionWatcher::abandonReply()
{
    ConnectDesk::abandonReply(m_reply, this);
}

} // namespace ConnectDesk
