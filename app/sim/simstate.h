#pragma once

#include "simaccounthealth.h"
#include "simvalidation.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <deque>
#include <functional>
#include <optional>

namespace ConnectDesk::Sim {

struct SimProject
{
    QString id;
    QString name;
};

struct SimConnectToken
{
    QString token;
    QString projectId;
    QString environment;
    TokenRequestFields fields;
    QDateTime createdAt;
    QDateTime expiresAt;
    bool used = false;
};

struct SimUser
{
    QString id; // exu_...
    QString projectId;
    QString environment;
    QString externalId;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct SimAccount
{
    QString id; // apn_...
    QString name;
    QString projectId;
    QString environment;
    QString externalId;
    QString appSlug;
    QString oauthAppId; // the token's oauth_app_id, if any
    QDateTime createdAt;
    QDateTime updatedAt;
    SimAccountHealth health = SimAccountHealth::Healthy;
    QString error;              // empty when healthy (null on the wire)
    QDateTime lastRefreshedAt;  // null on the wire when invalid
    QDateTime nextRefreshAt;    // null when no refresh is planned (key apps, dead accounts)
    QDateTime expiresAt;        // credential expiry; null for credentials that do not expire
    QStringList authorizedScopes; // empty for apps without OAuth
};

struct RateLimitDecision
{
    bool allowed = true;
    int limit = 0;
    int remaining = 0;
    qint64 resetAt = 0; // unix seconds
    int retryAfter = 0; // seconds, when not allowed
};

enum class TokenStatus { Valid, NotFound, Expired, Used };

// Everything the simulated service remembers. Plain data and rules, no HTTP.
class SimState final
{
    Q_DISABLE_COPY_MOVE(SimState)
public:
    static constexpr int developmentUserLimit = 10;

    SimState();

    QDateTime now() const;
    void setNow(std::function<QDateTime()> now);

    // OAuth access tokens
    void setAccessTokenLifetime(int seconds) { m_accessTokenLifetime = seconds; }
    int accessTokenLifetime() const { return m_accessTokenLifetime; }
    QString issueAccessToken(const QString &clientId, const QString &scope);
    bool isAccessTokenValid(const QString &token) const;
    void expireAccessTokens();

    // Token creation rate limit, per project and external user over a rolling minute.
    void setTokensPerMinutePerUser(int limit) { m_tokensPerMinute = limit; }
    int tokensPerMinutePerUser() const { return m_tokensPerMinute; }
    RateLimitDecision takeTokenCreation(const QString &projectId, const QString &externalUserId);

    static const QList<SimProject> &projects();
    static const SimProject *findProject(const QString &projectId);

    // Registers the external user; false when a development project is full.
    bool registerUser(const QString &projectId,
                      const QString &environment,
                      const QString &externalUserId);
    SimConnectToken createConnectToken(const QString &projectId,
                                       const QString &environment,
                                       const TokenRequestFields &fields);
    const SimConnectToken *findConnectToken(const QString &token) const;
    TokenStatus tokenStatus(const QString &token) const;

    // Uses the token and connects an account; nullopt with `*status`/`*error` on failure
    // (status NotFound with a "app not found" error when the app is unknown).
    std::optional<SimAccount> connectAccount(const QString &token,
                                             const QString &appSlug,
                                             const QString &accountName,
                                             TokenStatus *status,
                                             QString *error);
    void setAccountConnectedHandler(std::function<void(const SimAccount &)> handler)
    {
        m_onAccountConnected = std::move(handler);
    }

    QList<SimAccount> accounts(const QString &projectId, const QString &environment) const;
    QList<SimUser> users(const QString &projectId, const QString &environment) const;
    bool deleteAccount(const QString &projectId, const QString &environment, const QString &id);
    int deleteAccountsOfApp(const QString &projectId,
                            const QString &environment,
                            const QString &appSlug);
    bool deleteUser(const QString &projectId,
                    const QString &environment,
                    const QString &externalUserId);

    // Account health (any project / environment: account ids are unique). False for an unknown
    // account. An empty `error` for Unhealthy/Dead takes a realistic default text.
    bool setAccountHealth(const QString &accountId, SimAccountHealth health, const QString &error);
    const SimAccount *findAccount(const QString &accountId) const;
    // Adds a ready-made account (seeding); the user is registered if needed (no cap check).
    void addAccount(const SimAccount &account);
    // Adds a user with given times unless it exists; false when it already existed.
    bool addUser(const SimUser &user);

    // Account management calls (accounts, users), per project over a rolling window.
    static constexpr int accountCallsDefaultLimit = 2000;
    static constexpr int accountCallsWindowSeconds = 300;
    void setAccountCallsPerWindow(int limit) { m_accountCallLimit = limit; }
    int accountCallsPerWindow() const { return m_accountCallLimit; }
    RateLimitDecision takeAccountCall(const QString &projectId);

private:
    static QString userKey(const QString &projectId,
                           const QString &environment,
                           const QString &externalUserId);
    void pruneTokens();

    std::function<QDateTime()> m_now;
    int m_accessTokenLifetime = 3600;
    int m_tokensPerMinute = 100;
    QHash<QString, QDateTime> m_accessTokens; // token -> expiry
    QHash<QString, std::deque<QDateTime>> m_rateWindows;
    QHash<QString, SimConnectToken> m_tokens;
    std::deque<QString> m_tokenOrder; // creation order, for pruning
    QList<SimUser> m_users;           // creation order
    QHash<QString, qsizetype> m_userIndex;
    QList<SimAccount> m_accounts; // creation order
    int m_accountCallLimit = accountCallsDefaultLimit;
    QHash<QString, std::deque<QDateTime>> m_accountCallWindows; // per project
    std::function<void(const SimAccount &)> m_onAccountConnected;
};

struct SimApp;
// A successful credential refresh at `time`: healthy, new expiry and next refresh (OAuth apps),
// scopes from the app's read_write profile when the account has none yet.
void refreshCredentials(SimAccount &account, const SimApp &app, const QDateTime &time);

QString randomBase62(int length);
QString randomHex(int length);
QString isoTime(const QDateTime &time); // 2026-11-28T14:02:03.123Z
// A realistic error text for an account that is unhealthy or dead.
QString defaultAccountError(SimAccountHealth health);

} // namespace ConnectDesk::Sim
