#include "simapi.h"

#include "connectsimulator.h"
#include "simapps.h"
#include "simoauthapps.h"
#include "simstate.h"
#include "simvalidation.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QUrlQuery>

#include <algorithm>

namespace ConnectDesk::Sim {

namespace {

constexpr int defaultPageSize = 20;
constexpr int maxPageSize = 100;

// A call of the real API that the sandbox does not implement: never a 404 or 405, which would read
// as something the API said.
SimResponse notSimulated(const SimRequest &request)
{
    return SimResponse::error(
        501,
        QStringLiteral("not simulated by the ConnectDesk sandbox: %1 %2")
            .arg(QString::fromLatin1(request.method), QString::fromUtf8(request.path)));
}

SimResponse notFound()
{
    return SimResponse::error(404, QStringLiteral("not found"));
}

SimResponse oauthError(int status, const QString &error, const QString &description)
{
    return SimResponse::json(
        status,
        {{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}});
}

std::optional<QJsonObject> jsonObjectBody(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QJsonValue cursor(const QString &id)
{
    return id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
}

QJsonObject categoryJson(const SimAppCategory &category)
{
    return {{QStringLiteral("id"), category.id},
            {QStringLiteral("name"), category.name},
            {QStringLiteral("description"), QStringLiteral("Apps for %1").arg(category.name)}};
}

} // namespace

SimResponse invalidRequest(const QString &message, const QString &field)
{
    QJsonObject body{{QStringLiteral("error"), message},
                     {QStringLiteral("code"), QStringLiteral("invalid_request")}};
    if (!field.isEmpty())
        body.insert(QStringLiteral("details"), QJsonObject{{QStringLiteral("field"), field}});
    return SimResponse::json(400, body);
}

SimResponse jsonArray(const QJsonArray &array)
{
    SimResponse r;
    r.status = 200;
    r.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return r;
}

SimResponse SimPage::toResponse() const
{
    if (error)
        return *error;
    return SimResponse::json(
        200, {{QStringLiteral("data"), data}, {QStringLiteral("page_info"), pageInfo}});
}

SimPage paginate(const SimRequest &request,
                 const QStringList &ids,
                 const std::function<QJsonObject(qsizetype)> &itemJson)
{
    SimPage page;
    int limit = defaultPageSize;
    if (request.hasQueryValue(QStringLiteral("limit"))) {
        bool ok = false;
        limit = request.queryValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1) {
            page.error = invalidRequest(QStringLiteral("limit must be a positive integer"),
                                        QStringLiteral("limit"));
            return page;
        }
        limit = std::min(limit, maxPageSize);
    }

    const qsizetype total = ids.size();
    qsizetype begin = 0;
    qsizetype end = total;
    const QString after = request.queryValue(QStringLiteral("after"));
    const QString before = request.queryValue(QStringLiteral("before"));
    if (!after.isEmpty()) {
        const qsizetype index = ids.indexOf(after);
        if (index < 0) {
            page.error = invalidRequest(QStringLiteral("after is not a valid cursor"),
                                        QStringLiteral("after"));
            return page;
        }
        begin = index + 1;
        end = std::min(total, begin + limit);
    } else if (!before.isEmpty()) {
        const qsizetype index = ids.indexOf(before);
        if (index < 0) {
            page.error = invalidRequest(QStringLiteral("before is not a valid cursor"),
                                        QStringLiteral("before"));
            return page;
        }
        end = index;
        begin = std::max<qsizetype>(0, end - limit);
    } else {
        end = std::min(total, begin + limit);
    }

    for (qsizetype i = begin; i < end; ++i)
        page.data.append(itemJson(i));
    const bool more = end < total;
    page.pageInfo = {
        {QStringLiteral("count"), static_cast<qint64>(end - begin)},
        {QStringLiteral("total_count"), static_cast<qint64>(total)},
        {QStringLiteral("start_cursor"), cursor(begin < end ? ids.at(begin) : QString())},
        {QStringLiteral("end_cursor"), cursor(more && begin < end ? ids.at(end - 1) : QString())},
    };
    return page;
}

SimApi::SimApi(SimState &state, std::function<QUrl()> baseUrl)
    : m_state(state)
    , m_baseUrl(std::move(baseUrl))
{}

SimResponse SimApi::handle(const SimRequest &request)
{
    const QStringList segments = request.segments();
    if (segments.size() == 3 && segments.at(0) == QLatin1String("v1")
        && segments.at(1) == QLatin1String("oauth") && segments.at(2) == QLatin1String("token")) {
        if (request.method != "POST")
            return notSimulated(request);
        return oauthToken(request);
    }
    if (segments.size() >= 3 && segments.at(0) == QLatin1String("v1")
        && segments.at(1) == QLatin1String("connect")) {
        return connectRoute(request, segments);
    }
    if (!segments.isEmpty() && segments.at(0) == QLatin1String("v1"))
        return notSimulated(request);
    return notFound();
}

SimResponse SimApi::oauthToken(const SimRequest &request)
{
    // JSON as documented; form encoding too, since that is what OAuth clients usually send.
    QJsonObject body;
    if (request.header(QByteArrayLiteral("content-type"))
            .startsWith("application/x-www-form-urlencoded")) {
        QByteArray form = request.body;
        form.replace('+', QByteArrayLiteral("%20"));
        const QUrlQuery query(QString::fromUtf8(form));
        const auto items = query.queryItems(QUrl::FullyDecoded);
        for (const auto &item : items)
            body.insert(item.first, item.second);
    } else if (const auto object = jsonObjectBody(request.body)) {
        body = *object;
    } else {
        return oauthError(400,
                          QStringLiteral("invalid_request"),
                          QStringLiteral("request body must be a JSON object"));
    }

    const QJsonValue grantType = body.value(QStringLiteral("grant_type"));
    if (!grantType.isString() || grantType.toString().isEmpty())
        return oauthError(
            400, QStringLiteral("invalid_request"), QStringLiteral("grant_type is required"));
    if (grantType.toString() != QLatin1String("client_credentials"))
        return oauthError(400,
                          QStringLiteral("unsupported_grant_type"),
                          QStringLiteral("only client_credentials is supported"));
    const QJsonValue clientId = body.value(QStringLiteral("client_id"));
    const QJsonValue clientSecret = body.value(QStringLiteral("client_secret"));
    if (!clientId.isString() || clientId.toString().isEmpty())
        return oauthError(
            400, QStringLiteral("invalid_request"), QStringLiteral("client_id is required"));
    if (!clientSecret.isString() || clientSecret.toString().isEmpty())
        return oauthError(
            400, QStringLiteral("invalid_request"), QStringLiteral("client_secret is required"));
    QString scope = QStringLiteral("*");
    if (body.contains(QStringLiteral("scope"))) {
        const QJsonValue value = body.value(QStringLiteral("scope"));
        const QString problem = value.isString() ? Validation::checkOAuthScope(value.toString())
                                                 : QStringLiteral("scope must be a string");
        if (!problem.isEmpty())
            return oauthError(400, QStringLiteral("invalid_scope"), problem);
        scope = value.toString();
    }
    if (clientId.toString() != SandboxCredentials::clientId()
        || clientSecret.toString() != SandboxCredentials::clientSecret()) {
        return oauthError(
            401, QStringLiteral("invalid_client"), QStringLiteral("client authentication failed"));
    }

    const QString token = m_state.issueAccessToken(clientId.toString(), scope);
    return SimResponse::json(200,
                             {
                                 {QStringLiteral("access_token"), token},
                                 {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                 {QStringLiteral("expires_in"), m_state.accessTokenLifetime()},
                                 {QStringLiteral("created_at"), m_state.now().toSecsSinceEpoch()},
                             });
}

std::optional<SimResponse> SimApi::checkAuth(const SimRequest &request) const
{
    const auto unauthorized = [](const QString &message) {
        SimResponse r = SimResponse::error(401, message);
        r.addHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
        return r;
    };
    const QByteArray header = request.header(QByteArrayLiteral("authorization")).trimmed();
    if (header.isEmpty())
        return unauthorized(QStringLiteral("missing Authorization header (Bearer access token)"));
    if (!header.toLower().startsWith("bearer "))
        return unauthorized(QStringLiteral("Authorization header must use the Bearer scheme"));
    const QString token = QString::fromLatin1(header.mid(7).trimmed());
    if (!m_state.isAccessTokenValid(token))
        return unauthorized(QStringLiteral("invalid or expired access token"));
    return std::nullopt;
}

SimResponse SimApi::connectRoute(const SimRequest &request, const QStringList &segments)
{
    const QString &area = segments.at(2);
    const qsizetype size = segments.size();
    const bool isGet = request.method == "GET" || request.method == "HEAD";

    // GET /v1/connect/tokens/{ctok}/validate. The Connect token is the credential here (the hosted
    // page calls it from the browser), so no access token is required.
    if (area == QLatin1String("tokens") && size == 5 && segments.at(4) == QLatin1String("validate")
        && isGet) {
        return validateToken(request, segments.at(3));
    }

    const bool catalogue = area == QLatin1String("apps") || area == QLatin1String("app_categories")
                           || area == QLatin1String("projects");
    if (catalogue && size <= 4 && isGet) {
        if (auto denied = checkAuth(request))
            return *denied;
        if (area == QLatin1String("apps"))
            return size == 3 ? listApps(request) : getApp(segments.at(3));
        if (area == QLatin1String("app_categories"))
            return size == 3 ? listAppCategories() : getAppCategory(segments.at(3));
        if (size == 3)
            return listProjects(request);
        const SimProject *project = SimState::findProject(segments.at(3));
        if (!project)
            return SimResponse::error(404, QStringLiteral("project not found"));
        return SimResponse::json(
            200, {{QStringLiteral("id"), project->id}, {QStringLiteral("name"), project->name}});
    }
    if (catalogue || area == QLatin1String("tokens"))
        return notSimulated(request);
    return projectRoute(request, segments);
}

SimResponse SimApi::projectRoute(const SimRequest &request, const QStringList &segments)
{
    // /v1/connect/{project_id}/<resource>[/...]: find the action first, so that calls the sandbox
    // does not simulate say so (501) instead of pretending the API refused them.
    const qsizetype size = segments.size();
    const QString resource = size > 3 ? segments.at(3) : QString();
    const QByteArray &method = request.method;
    const bool isGet = method == "GET" || method == "HEAD";
    const bool isDelete = method == "DELETE";
    const auto segmentIs = [&](qsizetype i, QLatin1String name) {
        return size > i && segments.at(i) == name;
    };

    enum class Action {
        CreateToken,
        ListAccounts,
        GetAccount,
        DeleteAccount,
        ListUsers,
        DeleteUser,
        ListUserAccounts,
        DeleteAppAccounts,
        ProjectInfo,
        ListOAuthApps,
        GetOAuthApp
    };
    std::optional<Action> action;
    if (resource == QLatin1String("tokens") && size == 4 && method == "POST")
        action = Action::CreateToken;
    else if (resource == QLatin1String("accounts") && size == 4 && isGet)
        action = Action::ListAccounts;
    else if (resource == QLatin1String("accounts") && size == 5 && isGet)
        action = Action::GetAccount;
    else if (resource == QLatin1String("accounts") && size == 5 && isDelete)
        action = Action::DeleteAccount;
    else if (resource == QLatin1String("users") && size == 4 && isGet)
        action = Action::ListUsers;
    else if (resource == QLatin1String("users") && size == 5 && isDelete)
        action = Action::DeleteUser;
    else if (resource == QLatin1String("users") && size == 6
             && segmentIs(5, QLatin1String("accounts")) && isGet)
        action = Action::ListUserAccounts;
    else if (resource == QLatin1String("apps") && size == 6
             && segmentIs(5, QLatin1String("accounts")) && isDelete)
        action = Action::DeleteAppAccounts;
    else if (resource == QLatin1String("projects") && size == 5
             && segmentIs(4, QLatin1String("info")) && isGet)
        action = Action::ProjectInfo;
    else if (resource == QLatin1String("oauth_apps") && size == 4 && isGet)
        action = Action::ListOAuthApps;
    else if (resource == QLatin1String("oauth_apps") && size == 5 && isGet)
        action = Action::GetOAuthApp;
    if (!action)
        return notSimulated(request);

    if (auto denied = checkAuth(request))
        return *denied;
    ProjectScope scope;
    scope.projectId = segments.at(2);
    if (!Validation::isValidProjectId(scope.projectId))
        return invalidRequest(QStringLiteral("project_id must match ^proj_[a-zA-Z0-9]+$"),
                              QStringLiteral("project_id"));
    const QByteArray environment = request.header(QByteArrayLiteral("x-pd-environment"));
    scope.environment = QString::fromUtf8(environment);
    if (environment.isEmpty())
        return invalidRequest(QStringLiteral("the x-pd-environment header is required "
                                             "(development or production)"),
                              QStringLiteral("x-pd-environment"));
    if (!Validation::isValidEnvironment(scope.environment))
        return invalidRequest(QStringLiteral("x-pd-environment must be development or production"),
                              QStringLiteral("x-pd-environment"));
    if (!SimState::findProject(scope.projectId))
        return SimResponse::error(404, QStringLiteral("project not found"));

    const auto dispatch = [&](Action which) -> SimResponse {
        switch (which) {
        case Action::CreateToken: return createToken(request, scope);
        case Action::ListAccounts: return listAccounts(request, scope);
        case Action::GetAccount: return getAccount(request, scope, segments.at(4));
        case Action::DeleteAccount: return deleteAccount(scope, segments.at(4));
        case Action::ListUsers: return listUsers(request, scope);
        case Action::DeleteUser: return deleteUser(scope, segments.at(4));
        case Action::ListUserAccounts: return listUserAccounts(request, scope, segments.at(4));
        case Action::DeleteAppAccounts: return deleteAppAccounts(scope, segments.at(4));
        case Action::ProjectInfo: return projectInfo(scope);
        case Action::ListOAuthApps: return listOAuthApps(request, scope);
        case Action::GetOAuthApp: return getOAuthApp(scope, segments.at(4));
        }
        return notSimulated(request);
    };
    if (isAccountManagement(segments))
        return withAccountRateLimit(scope, [&] { return dispatch(*action); });
    return dispatch(*action);
}

SimResponse SimApi::createToken(const SimRequest &request, const ProjectScope &scope)
{
    const auto body = jsonObjectBody(request.body);
    if (!body)
        return invalidRequest(QStringLiteral("request body must be a JSON object"));
    const TokenRequestCheck check = Validation::checkTokenRequest(*body);
    if (!check.fields)
        return invalidRequest(check.error, check.field);
    const TokenRequestFields &fields = *check.fields;
    const SimApp *app = fields.appId.isEmpty() ? nullptr : SimAppCatalogue::find(fields.appId);
    if (!fields.appId.isEmpty() && !app)
        return invalidRequest(
            QStringLiteral("app_id: no app has the ID or name slug %1").arg(fields.appId),
            QStringLiteral("app_id"));
    if (!fields.oauthAppId.isEmpty()) {
        const SimOAuthApp *client = SimOAuthApps::find(scope.projectId, fields.oauthAppId);
        if (!client)
            return invalidRequest(QStringLiteral("oauth_app_id: the project has no OAuth client %1")
                                      .arg(fields.oauthAppId),
                                  QStringLiteral("oauth_app_id"));
        if (app && client->appSlug != app->slug)
            return invalidRequest(QStringLiteral("oauth_app_id: OAuth client %1 is for %2, not %3")
                                      .arg(client->id, client->appSlug, app->slug),
                                  QStringLiteral("oauth_app_id"));
    }

    if (!m_state.registerUser(scope.projectId, scope.environment, fields.externalUserId)) {
        return SimResponse::json(
            403,
            {{QStringLiteral("error"),
              QStringLiteral("development projects are limited to %1 external users")
                  .arg(SimState::developmentUserLimit)},
             {QStringLiteral("code"), QStringLiteral("forbidden")}});
    }

    const RateLimitDecision rate = m_state.takeTokenCreation(scope.projectId,
                                                             fields.externalUserId);
    const auto addRateHeaders = [&rate](SimResponse &r) {
        r.addHeader(QByteArrayLiteral("X-RateLimit-Limit"), QByteArray::number(rate.limit));
        r.addHeader(QByteArrayLiteral("X-RateLimit-Remaining"), QByteArray::number(rate.remaining));
        r.addHeader(QByteArrayLiteral("X-RateLimit-Reset"), QByteArray::number(rate.resetAt));
    };
    if (!rate.allowed) {
        SimResponse r = SimResponse::error(429, QStringLiteral("Throttled"));
        r.addHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(rate.retryAfter));
        addRateHeaders(r);
        return r;
    }

    const SimConnectToken token = m_state.createConnectToken(
        scope.projectId, scope.environment, fields);
    QUrl link = m_baseUrl();
    link.setPath(QStringLiteral("/_static/connect.html"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("token"), token.token);
    query.addQueryItem(QStringLiteral("connectLink"), QStringLiteral("true"));
    link.setQuery(query);

    SimResponse r = SimResponse::json(
        200,
        {
            {QStringLiteral("token"), token.token},
            {QStringLiteral("expires_at"), isoTime(token.expiresAt)},
            {QStringLiteral("connect_link_url"), link.toString(QUrl::FullyEncoded)},
        });
    addRateHeaders(r);
    return r;
}

SimResponse SimApi::projectInfo(const ProjectScope &scope)
{
    // The apps the project uses: those with connected accounts in this environment or a custom
    // OAuth client, in catalogue order.
    QStringList slugs;
    const QList<SimAccount> accounts = m_state.accounts(scope.projectId, scope.environment);
    for (const SimAccount &account : accounts)
        slugs.append(account.appSlug);
    const QList<SimOAuthApp> clients = SimOAuthApps::forProject(scope.projectId);
    for (const SimOAuthApp &client : clients)
        slugs.append(client.appSlug);
    QJsonArray apps;
    for (const SimApp &app : SimAppCatalogue::all()) {
        if (slugs.contains(app.slug))
            apps.append(QJsonObject{{QStringLiteral("id"), app.id},
                                    {QStringLiteral("name_slug"), app.slug}});
    }
    return SimResponse::json(200, {{QStringLiteral("apps"), apps}});
}

SimResponse SimApi::listOAuthApps(const SimRequest &request, const ProjectScope &scope)
{
    const QString appQuery = request.queryValue(QStringLiteral("app"));
    const SimApp *app = appQuery.isEmpty() ? nullptr : SimAppCatalogue::find(appQuery);
    const QString q = request.queryValue(QStringLiteral("q"));
    QList<SimOAuthApp> clients;
    if (appQuery.isEmpty() || app) {
        const QList<SimOAuthApp> all = SimOAuthApps::forProject(scope.projectId);
        for (const SimOAuthApp &client : all) {
            if (app && client.appSlug != app->slug)
                continue;
            const QString name = client.toJson().value(QStringLiteral("name")).toString();
            if (!q.isEmpty() && !name.contains(q, Qt::CaseInsensitive)
                && !client.appSlug.contains(q, Qt::CaseInsensitive))
                continue;
            clients.append(client);
        }
    }
    QStringList ids;
    for (const SimOAuthApp &client : std::as_const(clients))
        ids.append(client.id);
    return paginate(request, ids, [&](qsizetype i) { return clients.at(i).toJson(); }).toResponse();
}

SimResponse SimApi::getOAuthApp(const ProjectScope &scope, const QString &id)
{
    const SimOAuthApp *client = SimOAuthApps::find(scope.projectId, id);
    if (!client)
        return SimResponse::error(404, QStringLiteral("OAuth client not found"));
    return SimResponse::json(200, client->toJson());
}

SimResponse SimApi::listApps(const SimRequest &request)
{
    QList<SimApp> apps = SimAppCatalogue::search(request.queryValue(QStringLiteral("q")));

    // has_actions / has_triggers / has_components: "true" keeps apps that have them, "false" those
    // that do not.
    const struct
    {
        QString name;
        std::function<bool(const SimApp &)> has;
    } flags[] = {
        {QStringLiteral("has_actions"), [](const SimApp &a) { return a.hasActions; }},
        {QStringLiteral("has_triggers"), [](const SimApp &a) { return a.hasTriggers; }},
        {QStringLiteral("has_components"),
         [](const SimApp &a) { return a.hasActions || a.hasTriggers; }},
    };
    for (const auto &flag : flags) {
        if (!request.hasQueryValue(flag.name))
            continue;
        const QString value = request.queryValue(flag.name);
        if (value != QLatin1String("true") && value != QLatin1String("false"))
            return invalidRequest(QStringLiteral("%1 must be true or false").arg(flag.name),
                                  flag.name);
        const bool wanted = value == QLatin1String("true");
        apps.removeIf([&](const SimApp &app) { return flag.has(app) != wanted; });
    }

    // category_ids may repeat; an app matches when it is in any of them.
    const QStringList categoryIds = QUrlQuery(QString::fromUtf8(request.query))
                                        .allQueryItemValues(QStringLiteral("category_ids"),
                                                            QUrl::FullyDecoded);
    if (!categoryIds.isEmpty()) {
        QStringList names;
        for (const QString &id : categoryIds) {
            const SimAppCategory *category = SimAppCatalogue::findCategory(id);
            if (!category)
                return invalidRequest(QStringLiteral("category_ids: unknown category %1").arg(id),
                                      QStringLiteral("category_ids"));
            names.append(category->name);
        }
        apps.removeIf([&](const SimApp &app) {
            return std::none_of(app.categories.cbegin(),
                                app.categories.cend(),
                                [&](const QString &c) { return names.contains(c); });
        });
    }

    const QString sortKey = request.queryValue(QStringLiteral("sort_key"));
    const QString direction = request.queryValue(QStringLiteral("sort_direction"));
    if (!sortKey.isEmpty() && sortKey != QLatin1String("name")
        && sortKey != QLatin1String("name_slug") && sortKey != QLatin1String("featured_weight"))
        return invalidRequest(QStringLiteral("sort_key must be name, name_slug or featured_weight"),
                              QStringLiteral("sort_key"));
    if (!direction.isEmpty() && direction != QLatin1String("asc")
        && direction != QLatin1String("desc"))
        return invalidRequest(QStringLiteral("sort_direction must be asc or desc"),
                              QStringLiteral("sort_direction"));
    if (sortKey == QLatin1String("name_slug")) {
        std::stable_sort(apps.begin(), apps.end(), [](const SimApp &a, const SimApp &b) {
            return a.slug < b.slug;
        });
    } else if (sortKey == QLatin1String("featured_weight")) {
        // Most featured first unless asked otherwise.
        std::stable_sort(apps.begin(), apps.end(), [](const SimApp &a, const SimApp &b) {
            return a.featuredWeight > b.featuredWeight;
        });
    }
    const bool reverse = sortKey == QLatin1String("featured_weight")
                             ? direction == QLatin1String("asc")
                             : direction == QLatin1String("desc");
    if (reverse)
        std::reverse(apps.begin(), apps.end());

    QStringList ids;
    for (const SimApp &app : std::as_const(apps))
        ids.append(app.id);
    return paginate(request, ids, [&](qsizetype i) { return apps.at(i).toJson(); }).toResponse();
}

SimResponse SimApi::listAppCategories()
{
    QJsonArray array;
    for (const SimAppCategory &category : SimAppCatalogue::categories())
        array.append(categoryJson(category));
    return jsonArray(array);
}

SimResponse SimApi::getAppCategory(const QString &id)
{
    const SimAppCategory *category = SimAppCatalogue::findCategory(id);
    if (!category)
        return SimResponse::error(404, QStringLiteral("app category not found"));
    return SimResponse::json(200, categoryJson(*category));
}

SimResponse SimApi::getApp(const QString &slugOrId)
{
    const SimApp *app = SimAppCatalogue::find(slugOrId);
    if (!app)
        return SimResponse::error(404, QStringLiteral("app not found"));
    return SimResponse::json(200, {{QStringLiteral("data"), app->toJson()}});
}

SimResponse SimApi::listProjects(const SimRequest &request)
{
    const QString q = request.queryValue(QStringLiteral("q"));
    QList<SimProject> projects;
    for (const SimProject &project : SimState::projects()) {
        if (q.isEmpty() || project.name.contains(q, Qt::CaseInsensitive)
            || project.id.contains(q, Qt::CaseInsensitive)) {
            projects.append(project);
        }
    }
    QStringList ids;
    for (const SimProject &project : std::as_const(projects))
        ids.append(project.id);
    return paginate(
               request,
               ids,
               [&](qsizetype i) {
                   const SimProject &p = projects.at(i);
                   return QJsonObject{
                       {QStringLiteral("id"), p.id},
                       {QStringLiteral("name"), p.name},
                       {QStringLiteral("app_name"), p.name},
                       {QStringLiteral("support_email"), QStringLiteral("support@sandbox.invalid")},
                   };
               })
        .toResponse();
}

SimResponse SimApi::validateToken(const SimRequest &request, const QString &token)
{
    // The SDK's ValidateTokenResponse: every outcome is 200 with `success`, failures say why in
    // `error`; no fields beyond that type.
    const auto failure = [](const QString &error) {
        return SimResponse::json(
            200, {{QStringLiteral("success"), false}, {QStringLiteral("error"), error}});
    };
    switch (m_state.tokenStatus(token)) {
    case TokenStatus::NotFound: return failure(QStringLiteral("token not found"));
    case TokenStatus::Used: return failure(QStringLiteral("token already used"));
    case TokenStatus::Expired: return failure(QStringLiteral("token expired"));
    case TokenStatus::Valid: break;
    }
    const SimConnectToken *found = m_state.findConnectToken(token);
    const SimProject *project = SimState::findProject(found->projectId);
    QJsonObject body{
        {QStringLiteral("success"), true},
        {QStringLiteral("project_id"), found->projectId},
        {QStringLiteral("project_environment"), found->environment},
        {QStringLiteral("project_app_name"), project ? project->name : QString()},
        {QStringLiteral("project_support_email"), QStringLiteral("support@sandbox.invalid")},
    };
    QString appId = request.queryValue(QStringLiteral("app_id"));
    if (appId.isEmpty())
        appId = found->fields.appId;
    if (!appId.isEmpty()) {
        const SimApp *app = SimAppCatalogue::find(appId);
        if (!app)
            return failure(QStringLiteral("app not found"));
        body.insert(QStringLiteral("app"), app->toJson());
    }
    if (!found->fields.oauthAppId.isEmpty())
        body.insert(QStringLiteral("oauth_app_id"), found->fields.oauthAppId);
    if (!found->fields.successRedirectUri.isEmpty())
        body.insert(QStringLiteral("success_redirect_uri"), found->fields.successRedirectUri);
    if (!found->fields.errorRedirectUri.isEmpty())
        body.insert(QStringLiteral("error_redirect_uri"), found->fields.errorRedirectUri);
    return SimResponse::json(200, body);
}

} // namespace ConnectDesk::Sim
