#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace ConnectDesk {

class Clock;
class ConnectClient;

// Readies the next call before the person asks for it, so that Generate costs one round trip:
// the access token fetched (and renewed before it expires while the window is in use) and a
// connection to the API host opened (TCP, and TLS for https). It sends no request of its own
// but the OAuth call; a failed warm-up is silent, because the call that needs the token fetches
// it again and shows that error as usual.
class ConnectionWarmer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionWarmer)
public:
    // How long after the last sign of use the token is still renewed in the background.
    static constexpr int inUseForMs = 15 * 60 * 1000;
    // At most one connection attempt this often: Qt keeps an open connection for reuse, and an
    // attempt while one is open costs nothing but the check.
    static constexpr int reconnectEveryMs = 20 * 1000;
    // After a failed token fetch, typing does not ask again sooner than this (Generate does).
    static constexpr int retryFailedFetchAfterMs = 30 * 1000;

    ConnectionWarmer(ConnectClient *client, const Clock &clock, QObject *parent = nullptr);

    // The credentials (project) just changed or the window came up: warm everything now.
    void warm();
    // The person is typing: renew a stale token, re-open a connection that went idle. Nothing
    // before the first warm().
    void noteActivity();

    int connectionAttempts() const { return m_connectionAttempts; }

private:
    void fetchToken();
    void openConnection();
    void scheduleRenewal();

    ConnectClient *m_client;
    const Clock &m_clock;
    QTimer m_renewTimer;
    QDateTime m_lastActivity;
    QDateTime m_lastConnection;
    QDateTime m_lastFailedFetch;
    bool m_armed = false;
    int m_connectionAttempts = 0;
};

} // namespace ConnectDesk
