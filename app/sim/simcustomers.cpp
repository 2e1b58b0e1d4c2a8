// The account management calls of the Connect API (accounts and external users): routes of
// SimApi, the Account and User JSON shapes, and the per-project rate limit they share.
#include "simapi.h"

#include "simapps.h"
#include "simoauthapps.h"
#include "simstate.h"

#include <QJsonObject>
#include <QJsonValue>

namespace ConnectDesk::Sim {

namespace {

// include_credentials=true|false; nullopt (with `error` set) for anything else.
std::optional<bool> includeCredentials(const SimRequest &request, SimResponse *error)
{
    const QString value = request.queryValue(QStringLiteral("include_credentials"));
    if (value.isEmpty() || value == QLatin1String("false"))
        return false;
    if (value == QLatin1String("true"))
        return true;
    *error = invalidRequest(QStringLiteral("include_credentials must be true or false"),
                            QStringLiteral("include_credentials"));
    return std::nullopt;
}

// Made-up credentials, so that include_credentials visibly does something.
QJsonObject credentialsJson(const SimAccount &account, const SimApp *app)
{
    if (app && app->authType == QLatin1String("keys"))
        return {{QStringLiteral("api_key"), QString(QStringLiteral("sandbox-key-") + account.id)}};
    const SimOAuthApp *client = SimOAuthApps::find(account.projectId, account.oauthAppId);
    return {
        {QStringLiteral("oauth_client_id"),
         client ? client->clientId : QStringLiteral("pipedream-sandbox-default")},
        {QStringLiteral("oauth_access_token"), QString(QStringLiteral("sandbox-access-") + account.id)},
        {QStringLiteral("oauth_refresh_token"), QString(QStringLiteral("sandbox-refresh-") + account.id)},
        {QStringLiteral("oauth_uid"), account.externalId},
    };
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(isoTime(time)) : QJsonValue(QJsonValue::Null);
}

QJsonObject userJson(const SimUser &user)
{
    return {
        {QStringLiteral("id"), user.id},
        {QStringLiteral("external_id"), user.externalId},
        {QStringLiteral("created_at"), isoTime(user.createdAt)},
        {QStringLiteral("updated_at"), isoTime(user.updatedAt)},
    };
}

// Account management: /accounts... and /users... of a project.
constexpr QLatin1String accountResources[] = {QLatin1String("accounts"), QLatin1String("users")};

} // namespace

QJsonObject accountJson(const SimAccount &account, bool withCredentials)
{
    const SimApp *app = SimAppCatalogue::find(account.appSlug);
    QJsonArray scopes;
    for (const QString &scope : account.authorizedScopes)
        scopes.append(scope);
    QJsonObject json{
        {QStringLiteral("id"), account.id},
        {QStringLiteral("name"), account.name},
        {QStringLiteral("external_id"), account.externalId},
        {QStringLiteral("healthy"), account.health == SimAccountHealth::Healthy},
        {QStringLiteral("dead"), account.health == SimAccountHealth::Dead},
        {QStringLiteral("error"),
         account.health == SimAccountHealth::Healthy ? QJsonValue(QJsonValue::Null)
                                                  : QJsonValue(account.error)},
        {QStringLiteral("app"), app ? app->toJson() : QJsonObject{}},
        {QStringLiteral("created_at"), isoTime(account.createdAt)},
        {QStringLiteral("updated_at"), isoTime(account.updatedAt)},
        {QStringLiteral("authorized_scopes"), scopes},
        {QStringLiteral("expires_at"), timeOrNull(account.expiresAt)},
        {QStringLiteral("last_refreshed_at"), timeOrNull(account.lastRefreshedAt)},
        {QStringLiteral("next_refresh_at"), timeOrNull(account.nextRefreshAt)},
    };
    if (withCredentials)
        json.insert(QStringLiteral("credentials"), credentialsJson(account, app));
    return json;
}

bool SimApi::isAccountManagement(const QStringList &segments)
{
    // /v1/connect/{project_id}/accounts[/...], .../users[/...], .../apps/{app}/accounts
    if (segments.size() < 4 || segments.at(0) != QLatin1String("v1")
        || segments.at(1) != QLatin1String("connect"))
        return false;
    for (const QLatin1String resource : accountResources) {
        if (segments.at(3) == resource)
            return true;
    }
    return segments.size() == 6 && segments.at(3) == QLatin1String("apps")
           && segments.at(5) == QLatin1String("accounts");
}

SimResponse SimApi::withAccountRateLimit(const ProjectScope &scope,
                                         const std::function<SimResponse()> &call)
{
    const RateLimitDecision rate = m_state.takeAccountCall(scope.projectId);
    SimResponse response = rate.allowed ? call()
                                        : SimResponse::error(429, QStringLiteral("Throttled"));
    if (!rate.allowed)
        response.addHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(rate.retryAfter));
    response.addHeader(QByteArrayLiteral("X-RateLimit-Limit"), QByteArray::number(rate.limit));
    response.addHeader(QByteArrayLiteral("X-RateLimit-Remaining"),
                       QByteArray::number(rate.remaining));
    response.addHeader(QByteArrayLiteral("X-RateLimit-Reset"), QByteArray::number(rate.resetAt));
    return response;
}

QList<SimAccount> SimApi::matchingAccounts(const ProjectScope &scope,
                                           const QString &externalUserId,
                                           const QString &app,
                                           const QString &oauthAppId) const
{
    const SimApp *appFilter = app.isEmpty() ? nullptr : SimAppCatalogue::find(app);
    QList<SimAccount> accounts;
    if (!app.isEmpty() && !appFilter)
        return accounts;
    const QList<SimAccount> all = m_state.accounts(scope.projectId, scope.environment);
    for (const SimAccount &account : all) {
        if (!externalUserId.isEmpty() && account.externalId != externalUserId)
            continue;
        if (appFilter && account.appSlug != appFilter->slug)
            continue;
        if (!oauthAppId.isEmpty() && account.oauthAppId != oauthAppId)
            continue;
        accounts.append(account);
    }
    return accounts;
}

SimResponse SimApi::listAccounts(const SimRequest &request, const ProjectScope &scope)
{
    SimResponse error;
    const auto credentials = includeCredentials(request, &error);
    if (!credentials)
        return error;
    const QList<SimAccount> accounts = matchingAccounts(
        scope,
        request.queryValue(QStringLiteral("external_user_id")),
        request.queryValue(QStringLiteral("app")),
        request.queryValue(QStringLiteral("oauth_app_id")));
    QStringList ids;
    for (const SimAccount &account : accounts)
        ids.append(account.id);
    return paginate(
               request, ids, [&](qsizetype i) { return accountJson(accounts.at(i), *credentials); })
        .toResponse();
}

SimResponse SimApi::getAccount(const SimRequest &request,
                               const ProjectScope &scope,
                               const QString &accountId)
{
    SimResponse error;
    const auto credentials = includeCredentials(request, &error);
    if (!credentials)
        return error;
    const SimAccount *account = m_state.findAccount(accountId);
    if (!account || account->projectId != scope.projectId
        || account->environment != scope.environment)
        return SimResponse::error(404, QStringLiteral("account not found"));
    return SimResponse::json(200, accountJson(*account, *credentials));
}

SimResponse SimApi::listUserAccounts(const SimRequest &request,
                                     const ProjectScope &scope,
                                     const QString &externalUserId)
{
    SimResponse error;
    const auto credentials = includeCredentials(request, &error);
    if (!credentials)
        return error;
    // A bare array, as the SDK's accounts.listByExternalUser expects; no user means no accounts.
    QJsonArray array;
    const QList<SimAccount> accounts = matchingAccounts(
        scope, externalUserId, request.queryValue(QStringLiteral("app")), {});
    for (const SimAccount &account : accounts)
        array.append(accountJson(account, *credentials));
    return jsonArray(array);
}

SimResponse SimApi::deleteAppAccounts(const ProjectScope &scope, const QString &slugOrId)
{
    const SimApp *app = SimAppCatalogue::find(slugOrId);
    if (!app)
        return SimResponse::error(404, QStringLiteral("app not found"));
    m_state.deleteAccountsOfApp(scope.projectId, scope.environment, app->slug);
    return SimResponse::empty(204);
}

SimResponse SimApi::deleteAccount(const ProjectScope &scope, const QString &accountId)
{
    if (!m_state.deleteAccount(scope.projectId, scope.environment, accountId))
        return SimResponse::error(404, QStringLiteral("account not found"));
    return SimResponse::empty(204);
}

SimResponse SimApi::listUsers(const SimRequest &request, const ProjectScope &scope)
{
    const QString q = request.queryValue(QStringLiteral("q"));
    QList<SimUser> users;
    const QList<SimUser> all = m_state.users(scope.projectId, scope.environment);
    for (const SimUser &user : all) {
        if (q.isEmpty() || user.externalId.contains(q, Qt::CaseInsensitive))
            users.append(user);
    }
    QStringList ids;
    for (const SimUser &user : std::as_const(users))
        ids.append(user.id);
    return paginate(request, ids, [&](qsizetype i) { return userJson(users.at(i)); }).toResponse();
}

SimResponse SimApi::deleteUser(const ProjectScope &scope, const QString &externalUserId)
{
    // Like the real API, the user's accounts go with them.
    if (!m_state.deleteUser(scope.projectId, scope.environment, externalUserId))
        return SimResponse::error(404, QStringLiteral("external user not found"));
    return SimResponse::empty(204);
}

} // namespace ConnectDesk::Sim
