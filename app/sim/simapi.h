#pragma once

#include "simhttp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

namespace ConnectDesk::Sim {

class SimState;
struct SimAccount;
struct SimProject;

// The /v1 surface of the Connect API: routing, authentication, validation and JSON shapes.
class SimApi final
{
    Q_DISABLE_COPY_MOVE(SimApi)
public:
    SimApi(SimState &state, std::function<QUrl()> baseUrl);

    SimResponse handle(const SimRequest &request);

    // /v1/connect/{project_id}/accounts..., /users..., /apps/{app}/accounts: the account
    // management calls, which share a per-project rate limit.
    static bool isAccountManagement(const QStringList &segments);

private:
    struct ProjectScope
    {
        QString projectId;
        QString environment;
    };

    SimResponse oauthToken(const SimRequest &request);
    SimResponse connectRoute(const SimRequest &request, const QStringList &segments);
    SimResponse projectRoute(const SimRequest &request, const QStringList &segments);

    SimResponse createToken(const SimRequest &request, const ProjectScope &scope);
    SimResponse listAccounts(const SimRequest &request, const ProjectScope &scope);
    SimResponse getAccount(const SimRequest &request, const ProjectScope &scope,
                           const QString &accountId);
    SimResponse listUserAccounts(const SimRequest &request, const ProjectScope &scope,
                                 const QString &externalUserId);
    SimResponse deleteAppAccounts(const ProjectScope &scope, const QString &slugOrId);
    SimResponse projectInfo(const ProjectScope &scope);
    SimResponse listOAuthApps(const SimRequest &request, const ProjectScope &scope);
    SimResponse getOAuthApp(const ProjectScope &scope, const QString &id);
    SimResponse deleteAccount(const ProjectScope &scope, const QString &accountId);
    SimResponse listUsers(const SimRequest &request, const ProjectScope &scope);
    SimResponse deleteUser(const ProjectScope &scope, const QString &externalUserId);
    SimResponse listApps(const SimRequest &request);
    SimResponse getApp(const QString &slugOrId);
    SimResponse listAppCategories();
    SimResponse getAppCategory(const QString &id);
    SimResponse listProjects(const SimRequest &request);
    SimResponse validateToken(const SimRequest &request, const QString &token);

    std::optional<SimResponse> checkAuth(const SimRequest &request) const;
    // Accounts and users (simcustomers.cpp): 2,000 calls per 5 minutes per project, with
    // X-RateLimit-* headers on every answer and 429 + Retry-After beyond the budget.
    SimResponse withAccountRateLimit(const ProjectScope &scope,
                                     const std::function<SimResponse()> &call);
    QList<SimAccount> matchingAccounts(const ProjectScope &scope, const QString &externalUserId,
                                       const QString &app, const QString &oauthAppId) const;

    SimState &m_state;
    std::function<QUrl()> m_baseUrl;
};

// Cursor pagination shared by every list call: `limit` (default 20, 1..100), `after`/`before`
// cursors that are item ids, and `page_info {count, total_count, start_cursor, end_cursor}`.
struct SimPage
{
    QJsonArray data;
    QJsonObject pageInfo;
    std::optional<SimResponse> error;

    SimResponse toResponse() const;
};

SimResponse invalidRequest(const QString &message, const QString &field = {});
SimResponse jsonArray(const QJsonArray &array);
// The SDK's Account: health (healthy, dead, error), times, authorized_scopes, credentials?.
QJsonObject accountJson(const SimAccount &account, bool withCredentials = false);

SimPage paginate(const SimRequest &request,
                 const QStringList &ids,
                 const std::function<QJsonObject(qsizetype)> &itemJson);

} // namespace ConnectDesk::Sim
