#include "api/connectionwarmer.h"

#include "api/connectclient.h"
#include "base/clock.h"

#include <algorithm>
#include <limits>

namespace ConnectDesk {

ConnectionWarmer::ConnectionWarmer(ConnectClient *client, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
{
    m_renewTimer.setSingleShot(true);
    connect(&m_renewTimer, &QTimer::timeout, this, [this] {
        // Renew only while someone uses the window: an idle window makes no calls.
        if (m_lastActivity.isValid() && m_lastActivity.msecsTo(m_clock.now()) < inUseForMs)
            fetchToken();
    });
}

void ConnectionWarmer::warm()
{
    m_armed = true;
    m_lastActivity = m_clock.now();
    m_lastConnection = {};
    m_lastFailedFetch = {};
    fetchToken();
    openConnection();
}

void ConnectionWarmer::noteActivity()
{
    if (!m_armed)
        return;
    m_lastActivity = m_clock.now();
    const bool failedLately = m_lastFailedFetch.isValid()
                              && m_lastFailedFetch.msecsTo(m_lastActivity) < retryFailedFetchAfterMs;
    if (!m_client->tokens()->hasFreshToken() && !failedLately)
        fetchToken();
    openConnection();
}

void ConnectionWarmer::fetchToken()
{
    const ClientCredentials &credentials = m_client->tokens()->credentials();
    if (credentials.clientId.isEmpty() || credentials.clientSecret.isEmpty())
        return; // nothing to warm with; Generate says what is missing
    // A fresh token answers at once; otherwise this is the one fetch later calls will share.
    m_client->tokens()->withToken(this, [this](const QString &token, const ApiError &) {
        if (token.isEmpty())
            m_lastFailedFetch = m_clock.now(); // silent: Generate fetches again and says why
        else
            scheduleRenewal();
    });
}

void ConnectionWarmer::openConnection()
{
    const QDateTime now = m_clock.now();
    if (m_lastConnection.isValid() && m_lastConnection.msecsTo(now) < reconnectEveryMs)
        return;
    if (!m_client->openConnection())
        return;
    m_lastConnection = now;
    ++m_connectionAttempts;
}

void ConnectionWarmer::scheduleRenewal()
{
    const QDateTime refreshAt = m_client->tokens()->refreshAt();
    if (!refreshAt.isValid())
        return;
    const qint64 waitMs = std::max<qint64>(0, m_clock.now().msecsTo(refreshAt));
    m_renewTimer.start(int(std::min<qint64>(waitMs, std::numeric_limits<int>::max())));
}

} // namespace ConnectDesk
