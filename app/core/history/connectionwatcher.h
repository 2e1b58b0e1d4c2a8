#pragma once

#include "api/apierror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>

#include <optional>

namespace ConnectDesk {

class ApiReply;
class Clock;
class ConnectClient;
struct TokenRequest;
struct TokenResult;

// An account the customer connected, as GET /v1/connect/{project_id}/accounts lists it.
struct ConnectedAccount
{
    QString id;       // apn_...
    QString name;     // usually the customer's login, e.g. jane@example.com
    QString appSlug;  // app.name_slug
    QString appName;  // app.name ("Slack")
    QDateTime createdAt; // UTC

    bool operator==(const ConnectedAccount &) const = default;

    // Lenient: only `id` and a parseable `created_at` are required.
    static std::optional<ConnectedAccount> fromJson(const QJsonObject &account);
    QJsonObject toJson() const; // {id, name, app, app_name, created_at}
};

// What to watch: whose accounts, and the token's lifetime.
struct WatchTarget
{
    QString projectId;
    QString environment;
    QString externalUserId;
    QString appSlug;          // empty: any app counts
    QDateTime tokenCreatedAt; // accounts created at or after this (less the skew) are new
    QDateTime expiresAt;

    // `tokenCreatedAt`: the injected Clock's time when the token arrived; the server's own
    // creation time (expires_at - expires_in) replaces it when later.
    static WatchTarget from(const TokenRequest &request, const TokenResult &result,
                            const QDateTime &tokenCreatedAt);
};

// The polling rhythm; tests inject small values.
struct WatchIntervals
{
    int initialMs = 3000;
    double growth = 1.5;       // after each empty answer
    double errorGrowth = 2.0;  // after a transient failure: back off further
    int maxMs = 30000;         // cap for the normal rhythm and transient failures
    int maxRateLimitWaitMs = 60000; // cap for a server-requested wait (Retry-After, reset)
    int skewSeconds = 5;       // an account this much older than the token still counts
};

// After a link is generated, asks the API now and then whether the customer connected an
// account with it: one request in flight at a time, a gentle interval that grows, the server's
// rate-limit wait honoured. Ends with connected() when a new account appears (created at or
// after the token, or absent from the first answer), expired() when the token's lifetime is over
// (after one last look), or failed() on an error that asking again will not fix.
class ConnectionWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionWatcher)
public:
    enum class State {
        Idle,      // not started
        Watching,
        Connected,
        Expired,   // the token expired without a connection
        Failed,    // a permanent error (missing scope, unknown project): no use asking again
        Stopped,   // stop() was called
    };
    Q_ENUM(State)

    ConnectionWatcher(ConnectClient *client, const Clock &clock, QObject *parent = nullptr);
    ~ConnectionWatcher() override;

    void setIntervals(const WatchIntervals &intervals) { m_intervals = intervals; }
    const WatchIntervals &intervals() const { return m_intervals; }

    void start(const WatchTarget &target); // restarts if already watching
    void stop();                           // cancels a request in flight

    State state() const { return m_state; }
    bool isFinished() const { return m_state != State::Idle && m_state != State::Watching; }
    const WatchTarget &target() const { return m_target; }
    const std::optional<ConnectedAccount> &account() const { return m_account; }
    QDateTime lastCheckedAt() const { return m_lastCheckedAt; } // Clock time of the last answer
    const ApiError &lastError() const { return m_lastError; }
    int checkCount() const { return m_checkCount; } // requests sent so far
    bool isRequestInFlight() const { return !m_reply.isNull(); }
    int nextDelayMs() const { return m_nextDelayMs; } // the wait before the next request

    // Pure decisions, exposed for tests.
    // The wait after an answer: `error` None = an empty answer.
    static int nextDelay(int currentMs, const ApiError &error, const QDateTime &now,
                         const WatchIntervals &intervals);
    // Transient failures are retried later; anything else ends the watch.
    static bool isTransient(const ApiError &error);
    // The newest account in a {data: [Account]} body (for `appSlug`, when given) that is new:
    // created at or after `since - skew`, or, when `known` is given, not among the `known` IDs
    // (the accounts of the first answer: this way a local clock that is off does not hide a
    // connection made after that answer).
    static std::optional<ConnectedAccount> findNewAccount(const QJsonObject &body,
                                                          const QDateTime &since,
                                                          int skewSeconds,
                                                          const QString &appSlug = {},
                                                          const QSet<QString> *known = nullptr);
    static QSet<QString> accountIds(const QJsonObject &body);

signals:
    void stateChanged(ConnectDesk::ConnectionWatcher::State state);
    void checking();                              // a request was sent
    void checked(const QDateTime &at);            // an answer arrived (no account yet)
    void checkFailed(const ConnectDesk::ApiError &error); // transient; the watch goes on
    void connected(const ConnectDesk::ConnectedAccount &account);
    void expired();
    void failed(const ConnectDesk::ApiError &error);

private:
    void poll();
    void onReplyFinished();
    void schedule(int delayMs);
    void finish(State state);
    bool tokenExpired() const;
    void abandonReply();

    ConnectClient *m_client;
    const Clock &m_clock;
    WatchIntervals m_intervals;
    WatchTarget m_target;
    State m_state = State::Idle;
    QTimer m_timer;
    QPointer<ApiReply> m_reply;
    std::optional<ConnectedAccount> m_account;
    std::optional<QSet<QString>> m_known; // account IDs of the first answer
    QDateTime m_lastCheckedAt;
    ApiError m_lastError;
    int m_currentMs = 0;
    int m_nextDelayMs = 0;
    int m_checkCount = 0;
    bool m_finalCheck = false;
    int m_finalFailures = 0;
};

} // namespace ConnectDesk
