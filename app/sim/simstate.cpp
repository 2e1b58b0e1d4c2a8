#include "simstate.h"

#include "simapps.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>

namespace ConnectDesk::Sim {

namespace {

constexpr qsizetype maxStoredTokens = 200000; // keeps long benchmarks bounded
constexpr qsizetype maxRateWindows = 50000;

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

void refreshCredentials(SimAccount &account, const SimApp &app, const QDateTime &time)
{
    account.lastRefreshedAt = time;
    account.health = SimAccountHealth::Healthy;
    account.error.clear();
    if (app.authType != QLatin1String("oauth")) {
        // API keys do not expire and are not refreshed.
        account.expiresAt = {};
        account.nextRefreshAt = {};
        account.authorizedScopes.clear();
        return;
    }
    // An hour-long access token, refreshed a few minutes before it runs out.
    account.expiresAt = time.addSecs(3600);
    account.nextRefreshAt = time.addSecs(3600 - 5 * 60);
    if (account.authorizedScopes.isEmpty()) {
        for (const auto &profile : app.scopeProfiles) {
            if (profile.first == QLatin1String("read_write"))
                account.authorizedScopes = profile.second;
        }
        if (account.authorizedScopes.isEmpty() && !app.scopeProfiles.isEmpty())
            account.authorizedScopes = app.scopeProfiles.constFirst().second;
    }
}

QString randomBase62(int length)
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QString result;
    result.reserve(length);
    for (int i = 0; i < length; ++i)
        result += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(62)]);
    return result;
}

QString randomHex(int length)
{
    static const char digits[] = "0123456789abcdef";
    QString result;
    result.reserve(length);
    for (int i = 0; i < length; ++i)
        result += QLatin1Char(digits[QRandomGenerator::global()->bounded(16)]);
    return result;
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString defaultAccountError(SimAccountHealth health)
{
    switch (health) {
    case SimAccountHealth::Healthy:
        break;
    case SimAccountHealth::Unhealthy:
        return QStringLiteral("invalid_grant: Token has been expired or revoked.");
    case SimAccountHealth::Dead:
        return QStringLiteral("The refresh token was revoked by the user.");
    }
    return {};
}

SimState::SimState()
    : m_now([] { return QDateTime::currentDateTimeUtc(); })
{}

QDateTime SimState::now() const
{
    return m_now().toUTC();
}

void SimState::setNow(std::function<QDateTime()> now)
{
    m_now = now ? std::move(now) : [] { return QDateTime::currentDateTimeUtc(); };
}

QString SimState::issueAccessToken(const QString &clientId, const QString &scope)
{
    // Looks like a JWT (three base64url parts) but is opaque: clients must not parse it.
    const QDateTime issued = now();
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject payload{{QStringLiteral("sub"), clientId},
                              {QStringLiteral("scope"), scope},
                              {QStringLiteral("iat"), issued.toSecsSinceEpoch()},
                              {QStringLiteral("exp"),
                               issued.toSecsSinceEpoch() + m_accessTokenLifetime},
                              {QStringLiteral("jti"), randomBase62(16)}};
    QByteArray signature(32, Qt::Uninitialized);
    QRandomGenerator::global()->generate(signature.begin(), signature.end());
    const QString token = QString::fromLatin1(
        base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + '.'
        + base64Url(signature));
    m_accessTokens.insert(token, issued.addSecs(m_accessTokenLifetime));
    return token;
}

bool SimState::isAccessTokenValid(const QString &token) const
{
    const auto it = m_accessTokens.constFind(token);
    return it != m_accessTokens.cend() && now() < *it;
}

void SimState::expireAccessTokens()
{
    m_accessTokens.clear();
}

namespace {

// One call against a rolling window of `seconds`: allowed (and counted) while fewer than `limit`
// calls are in it.
RateLimitDecision takeFromWindow(std::deque<QDateTime> &window,
                                 const QDateTime &current,
                                 int limit,
                                 int seconds)
{
    while (!window.empty() && window.front().addSecs(seconds) <= current)
        window.pop_front();

    RateLimitDecision decision;
    decision.limit = limit;
    const int used = static_cast<int>(window.size());
    if (used >= limit) {
        const QDateTime reset = window.empty() ? current.addSecs(seconds)
                                               : window.front().addSecs(seconds);
        decision.allowed = false;
        decision.remaining = 0;
        decision.resetAt = (reset.toMSecsSinceEpoch() + 999) / 1000;
        const qint64 waitMs = current.msecsTo(reset);
        decision.retryAfter = static_cast<int>(std::max<qint64>(1, (waitMs + 999) / 1000));
        return decision;
    }
    window.push_back(current);
    decision.remaining = limit - used - 1;
    decision.resetAt = (window.front().addSecs(seconds).toMSecsSinceEpoch() + 999) / 1000;
    return decision;
}

} // namespace

RateLimitDecision SimState::takeTokenCreation(const QString &projectId,
                                              const QString &externalUserId)
{
    const QDateTime current = now();
    if (m_rateWindows.size() > maxRateWindows) {
        // Forget users whose window is already over.
        for (auto it = m_rateWindows.begin(); it != m_rateWindows.end();) {
            if (it->empty() || it->back().addSecs(60) <= current)
                it = m_rateWindows.erase(it);
            else
                ++it;
        }
    }
    return takeFromWindow(m_rateWindows[projectId + QLatin1Char('\n') + externalUserId],
                          current, m_tokensPerMinute, 60);
}

RateLimitDecision SimState::takeAccountCall(const QString &projectId)
{
    // Only known projects get here, so the map stays at two entries.
    return takeFromWindow(m_accountCallWindows[projectId], now(), m_accountCallLimit,
                          accountCallsWindowSeconds);
}

const QList<SimProject> &SimState::projects()
{
    static const QList<SimProject> list{
        {QStringLiteral("proj_sandbox"), QStringLiteral("ConnectDesk Sandbox")},
        {QStringLiteral("proj_sandbox2"), QStringLiteral("ConnectDesk Sandbox 2")},
    };
    return list;
}

const SimProject *SimState::findProject(const QString &projectId)
{
    const QList<SimProject> &list = projects();
    const auto it = std::find_if(list.cbegin(), list.cend(), [&](const SimProject &p) {
        return p.id == projectId;
    });
    return it == list.cend() ? nullptr : &*it;
}

QString SimState::userKey(const QString &projectId,
                          const QString &environment,
                          const QString &externalUserId)
{
    return projectId + QLatin1Char('\n') + environment + QLatin1Char('\n') + externalUserId;
}

bool SimState::registerUser(const QString &projectId,
                            const QString &environment,
                            const QString &externalUserId)
{
    const QString key = userKey(projectId, environment, externalUserId);
    const QDateTime current = now();
    const auto it = m_userIndex.constFind(key);
    if (it != m_userIndex.cend()) {
        m_users[*it].updatedAt = current;
        return true;
    }
    if (environment == QLatin1String("development")) {
        const auto inProject = std::count_if(m_users.cbegin(), m_users.cend(), [&](const SimUser &u) {
            return u.projectId == projectId && u.environment == environment;
        });
        if (inProject >= developmentUserLimit)
            return false;
    }
    SimUser user;
    user.id = QStringLiteral("exu_") + randomBase62(7);
    user.projectId = projectId;
    user.environment = environment;
    user.externalId = externalUserId;
    user.createdAt = current;
    user.updatedAt = current;
    m_userIndex.insert(key, m_users.size());
    m_users.append(user);
    return true;
}

SimConnectToken SimState::createConnectToken(const QString &projectId,
                                             const QString &environment,
                                             const TokenRequestFields &fields)
{
    pruneTokens();
    SimConnectToken token;
    do {
        token.token = QStringLiteral("ctok_") + randomHex(32);
    } while (m_tokens.contains(token.token));
    token.projectId = projectId;
    token.environment = environment;
    token.fields = fields;
    token.createdAt = now();
    token.expiresAt = token.createdAt.addSecs(fields.expiresIn);
    m_tokens.insert(token.token, token);
    m_tokenOrder.push_back(token.token);
    return token;
}

void SimState::pruneTokens()
{
    if (static_cast<qsizetype>(m_tokenOrder.size()) < maxStoredTokens)
        return;
    // Oldest first; a benchmark creating millions of tokens must not grow without bound.
    while (static_cast<qsizetype>(m_tokenOrder.size()) >= maxStoredTokens / 2) {
        m_tokens.remove(m_tokenOrder.front());
        m_tokenOrder.pop_front();
    }
}

const SimConnectToken *SimState::findConnectToken(const QString &token) const
{
    const auto it = m_tokens.constFind(token);
    return it == m_tokens.cend() ? nullptr : &*it;
}

TokenStatus SimState::tokenStatus(const QString &token) const
{
    const SimConnectToken *found = findConnectToken(token);
    if (!found)
        return TokenStatus::NotFound;
    if (found->used)
        return TokenStatus::Used;
    if (now() >= found->expiresAt)
        return TokenStatus::Expired;
    return TokenStatus::Valid;
}

std::optional<SimAccount> SimState::connectAccount(const QString &token,
                                                   const QString &appSlug,
                                                   const QString &accountName,
                                                   TokenStatus *status,
                                                   QString *error)
{
    const auto fail = [&](TokenStatus s, const QString &message) {
        if (status)
            *status = s;
        if (error)
            *error = message;
        return std::nullopt;
    };
    const TokenStatus current = tokenStatus(token);
    switch (current) {
    case TokenStatus::NotFound:
        return fail(current, QStringLiteral("token not found"));
    case TokenStatus::Used:
        return fail(current, QStringLiteral("token already used"));
    case TokenStatus::Expired:
        return fail(current, QStringLiteral("token expired"));
    case TokenStatus::Valid:
        break;
    }
    const SimApp *app = SimAppCatalogue::find(appSlug);
    if (!app)
        return fail(TokenStatus::Valid, QStringLiteral("app not found"));
    // Apps without authentication (HTTP, RSS) have no account; the token stays usable.
    if (app->authType == QLatin1String("none"))
        return fail(TokenStatus::Valid,
                    QStringLiteral("%1 needs no authentication: there is no account to connect")
                        .arg(app->name));

    SimConnectToken &used = m_tokens[token];
    used.used = true;
    const QDateTime time = now();
    // The token already registered its user; a pruned-and-recreated user is re-registered.
    const QString key = userKey(used.projectId, used.environment, used.fields.externalUserId);
    if (!m_userIndex.contains(key))
        registerUser(used.projectId, used.environment, used.fields.externalUserId);
    if (const auto it = m_userIndex.constFind(key); it != m_userIndex.cend())
        m_users[*it].updatedAt = time;

    SimAccount account;
    account.id = QStringLiteral("apn_") + randomBase62(7);
    account.name = accountName.isEmpty()
                       ? QStringLiteral("%1 (%2)").arg(used.fields.externalUserId, app->name)
                       : accountName;
    account.projectId = used.projectId;
    account.environment = used.environment;
    account.externalId = used.fields.externalUserId;
    account.appSlug = app->slug;
    account.oauthAppId = used.fields.oauthAppId;
    account.createdAt = time;
    account.updatedAt = time;
    refreshCredentials(account, *app, time);
    m_accounts.append(account);
    if (status)
        *status = TokenStatus::Valid;
    if (m_onAccountConnected)
        m_onAccountConnected(account);
    return account;
}

QList<SimAccount> SimState::accounts(const QString &projectId, const QString &environment) const
{
    QList<SimAccount> result;
    for (const SimAccount &account : m_accounts) {
        if (account.projectId == projectId && account.environment == environment)
            result.append(account);
    }
    return result;
}

QList<SimUser> SimState::users(const QString &projectId, const QString &environment) const
{
    QList<SimUser> result;
    for (const SimUser &user : m_users) {
        if (user.projectId == projectId && user.environment == environment)
            result.append(user);
    }
    return result;
}

bool SimState::deleteAccount(const QString &projectId, const QString &environment, const QString &id)
{
    return m_accounts.removeIf([&](const SimAccount &a) {
        return a.id == id && a.projectId == projectId && a.environment == environment;
    }) > 0;
}

int SimState::deleteAccountsOfApp(const QString &projectId,
                                  const QString &environment,
                                  const QString &appSlug)
{
    return int(m_accounts.removeIf([&](const SimAccount &a) {
        return a.appSlug == appSlug && a.projectId == projectId && a.environment == environment;
    }));
}

bool SimState::deleteUser(const QString &projectId,
                          const QString &environment,
                          const QString &externalUserId)
{
    const QString key = userKey(projectId, environment, externalUserId);
    if (!m_userIndex.contains(key))
        return false;
    m_users.removeAt(m_userIndex.value(key));
    m_userIndex.clear();
    for (qsizetype i = 0; i < m_users.size(); ++i) {
        const SimUser &u = m_users.at(i);
        m_userIndex.insert(userKey(u.projectId, u.environment, u.externalId), i);
    }
    m_accounts.removeIf([&](const SimAccount &a) {
        return a.projectId == projectId && a.environment == environment
               && a.externalId == externalUserId;
    });
    return true;
}

const SimAccount *SimState::findAccount(const QString &accountId) const
{
    const auto it = std::find_if(m_accounts.cbegin(), m_accounts.cend(), [&](const SimAccount &a) {
        return a.id == accountId;
    });
    return it == m_accounts.cend() ? nullptr : &*it;
}

bool SimState::setAccountHealth(const QString &accountId,
                                SimAccountHealth health,
                                const QString &error)
{
    const auto it = std::find_if(m_accounts.begin(), m_accounts.end(), [&](const SimAccount &a) {
        return a.id == accountId;
    });
    if (it == m_accounts.end())
        return false;
    SimAccount &account = *it;
    const QDateTime current = now();
    account.updatedAt = current;
    switch (health) {
    case SimAccountHealth::Healthy:
        // Healing is a successful refresh.
        if (const SimApp *app = SimAppCatalogue::find(account.appSlug))
            refreshCredentials(account, *app, current);
        account.health = health;
        account.error.clear();
        return true;
    case SimAccountHealth::Unhealthy:
        // Pipedream keeps retrying an unhealthy account.
        if (!account.nextRefreshAt.isNull() || !account.expiresAt.isNull())
            account.nextRefreshAt = current.addSecs(15 * 60);
        break;
    case SimAccountHealth::Dead:
        account.nextRefreshAt = {}; // given up: the customer must reconnect
        break;
    }
    account.health = health;
    account.error = error.trimmed().isEmpty() ? defaultAccountError(health) : error;
    return true;
}

bool SimState::addUser(const SimUser &user)
{
    const QString key = userKey(user.projectId, user.environment, user.externalId);
    if (m_userIndex.contains(key))
        return false;
    SimUser added = user;
    if (added.id.isEmpty())
        added.id = QStringLiteral("exu_") + randomBase62(7);
    m_userIndex.insert(key, m_users.size());
    m_users.append(added);
    return true;
}

void SimState::addAccount(const SimAccount &account)
{
    SimAccount added = account;
    if (added.id.isEmpty())
        added.id = QStringLiteral("apn_") + randomBase62(7);
    SimUser user;
    user.projectId = account.projectId;
    user.environment = account.environment;
    user.externalId = account.externalId;
    user.createdAt = account.createdAt;
    user.updatedAt = account.updatedAt;
    addUser(user);
    m_accounts.append(added);
}

} // namespace ConnectDesk::Sim
