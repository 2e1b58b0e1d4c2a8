#include "simapi.h"

#include "connectsimulator.h"
#include "simapps.h"
#include "simstate.h"
#include "simvalidation.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QUrlQuery>

namespace ConnectDesk::Sim {

namespace {

constexpr int defaultPageSize = 20;
constexpr int maxPageSize = 100;

SimResponse methodNotAllowed(const QByteArray &allow)
{
    SimResponse r = SimResponse::error(405, QStringLiteral("method not allowed"));
    r.addHeader(QByteArrayLiteral("Allow"), allow);
    return r;
}

SimResponse notFound()
{
    return SimResponse::error(404, QStringLiteral("not found"));
}

SimResponse invalidRequest(const QString &message, const QString &field = {})
{
    QJsonObject body{{QStringLiteral("error"), message},
                     {QStringLiteral("code"), QStringLiteral("invalid_request")}};
    if (!field.isEmpty())
        body.insert(QStringLiteral("details"), QJsonObject{{QStringLiteral("field"), field}});
    return SimResponse::json(400, body);
}

SimResponse oauthError(int status, const QString &error, const QString &description)
{
    return SimResponse::json(status,
                             {{QStringLiteral("error"), error},
                              {QStringLiteral("error_description"), description}});
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

QJsonObject accountJson(const SimAccount &account)
{
    const SimApp *app = SimAppCatalogue::find(account.appSlug);
    return {
        {QStringLiteral("id"), account.id},
        {QStringLiteral("name"), account.name},
        {QStringLiteral("external_id"), account.externalId},
        {QStringLiteral("healthy"), true},
        {QStringLiteral("dead"), false},
        {QStringLiteral("app"), app ? app->toJson() : QJsonObject{}},
        {QStringLiteral("created_at"), isoTime(account.createdAt)},
        {QStringLiteral("updated_at"), isoTime(account.updatedAt)},
    };
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

} // namespace

SimResponse SimPage::toResponse() const
{
    if (error)
        return *error;
    return SimResponse::json(200,
                             {{QStringLiteral("data"), data},
                              {QStringLiteral("page_info"), pageInfo}});
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
            return methodNotAllowed(QByteArrayLiteral("POST"));
        return oauthToken(request);
    }
    if (segments.size() >= 3 && segments.at(0) == QLatin1String("v1")
        && segments.at(1) == QLatin1String("connect")) {
        return connectRoute(request, segments);
    }
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
        return oauthError(400,
                          QStringLiteral("invalid_request"),
                          QStringLiteral("grant_type is required"));
    if (grantType.toString() != QLatin1String("client_credentials"))
        return oauthError(400,
                          QStringLiteral("unsupported_grant_type"),
                          QStringLiteral("only client_credentials is supported"));
    const QJsonValue clientId = body.value(QStringLiteral("client_id"));
    const QJsonValue clientSecret = body.value(QStringLiteral("client_secret"));
    if (!clientId.isString() || clientId.toString().isEmpty())
        return oauthError(400,
                          QStringLiteral("invalid_request"),
                          QStringLiteral("client_id is required"));
    if (!clientSecret.isString() || clientSecret.toString().isEmpty())
        return oauthError(400,
                          QStringLiteral("invalid_request"),
                          QStringLiteral("client_secret is required"));
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
        return oauthError(401,
                          QStringLiteral("invalid_client"),
                          QStringLiteral("client authentication failed"));
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

    if (area == QLatin1String("tokens")) {
        // GET /v1/connect/tokens/{ctok}/validate. The Connect token is the credential here
        // (the hosted page calls it from the browser), so no access token is required.
        if (size != 5 || segments.at(4) != QLatin1String("validate"))
            return notFound();
        if (!isGet)
            return methodNotAllowed(QByteArrayLiteral("GET"));
        return validateToken(request, segments.at(3));
    }

    if (area == QLatin1String("apps") || area == QLatin1String("projects")) {
        if (size > 4)
            return notFound();
        if (!isGet)
            return methodNotAllowed(QByteArrayLiteral("GET"));
        if (auto denied = checkAuth(request))
            return *denied;
        if (area == QLatin1String("apps"))
            return size == 3 ? listApps(request) : getApp(segments.at(3));
        if (size == 3)
            return listProjects(request);
        const SimProject *project = SimState::findProject(segments.at(3));
        if (!project)
            return SimResponse::error(404, QStringLiteral("project not found"));
        return SimResponse::json(200,
                                 {{QStringLiteral("id"), project->id},
                                  {QStringLiteral("name"), project->name}});
    }

    return projectRoute(request, segments);
}

SimResponse SimApi::projectRoute(const SimRequest &request, const QStringList &segments)
{
    // /v1/connect/{project_id}/{tokens | accounts[/id] | users[/external_id]}
    const qsizetype size = segments.size();
    if (size < 4 || size > 5)
        return notFound();
    const QString &resource = segments.at(3);
    const QByteArray &method = request.method;
    const bool isGet = method == "GET" || method == "HEAD";

    enum class Action { CreateToken, ListAccounts, DeleteAccount, ListUsers, DeleteUser };
    Action action;
    if (resource == QLatin1String("tokens") && size == 4) {
        if (method != "POST")
            return methodNotAllowed(QByteArrayLiteral("POST"));
        action = Action::CreateToken;
    } else if ((resource == QLatin1String("accounts") || resource == QLatin1String("users"))
               && size == 4) {
        if (!isGet)
            return methodNotAllowed(QByteArrayLiteral("GET"));
        action = resource == QLatin1String("accounts") ? Action::ListAccounts : Action::ListUsers;
    } else if ((resource == QLatin1String("accounts") || resource == QLatin1String("users"))
               && size == 5) {
        if (method != "DELETE")
            return methodNotAllowed(QByteArrayLiteral("DELETE"));
        action = resource == QLatin1String("accounts") ? Action::DeleteAccount : Action::DeleteUser;
    } else {
        return notFound();
    }

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

    switch (action) {
    case Action::CreateToken:
        return createToken(request, scope);
    case Action::ListAccounts:
        return listAccounts(request, scope);
    case Action::DeleteAccount:
        return deleteAccount(scope, segments.at(4));
    case Action::ListUsers:
        return listUsers(request, scope);
    case Action::DeleteUser:
        return deleteUser(scope, segments.at(4));
    }
    return notFound();
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

    if (!m_state.registerUser(scope.projectId, scope.environment, fields.externalUserId)) {
        return SimResponse::json(403,
                                 {{QStringLiteral("error"),
                                   QStringLiteral(
                                       "development projects are limited to %1 external users")
                                       .arg(SimState::developmentUserLimit)},
                                  {QStringLiteral("code"), QStringLiteral("forbidden")}});
    }

    const RateLimitDecision rate = m_state.takeTokenCreation(scope.projectId, fields.externalUserId);
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

    const SimConnectToken token = m_state.createConnectToken(scope.projectId,
                                                             scope.environment,
                                                             fields);
    QUrl link = m_baseUrl();
    link.setPath(QStringLiteral("/_static/connect.html"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("token"), token.token);
    query.addQueryItem(QStringLiteral("connectLink"), QStringLiteral("true"));
    link.setQuery(query);

    SimResponse r = SimResponse::json(200,
                                      {
                                          {QStringLiteral("token"), token.token},
                                          {QStringLiteral("expires_at"), isoTime(token.expiresAt)},
                                          {QStringLiteral("connect_link_url"),
                                           link.toString(QUrl::FullyEncoded)},
                                      });
    addRateHeaders(r);
    return r;
}

SimResponse SimApi::listAccounts(const SimRequest &request, const ProjectScope &scope)
{
    const QString externalUserId = request.queryValue(QStringLiteral("external_user_id"));
    const QString app = request.queryValue(QStringLiteral("app"));
    const SimApp *appFilter = app.isEmpty() ? nullptr : SimAppCatalogue::find(app);
    QList<SimAccount> accounts;
    if (app.isEmpty() || appFilter) {
        const QList<SimAccount> all = m_state.accounts(scope.projectId, scope.environment);
        for (const SimAccount &account : all) {
            if (!externalUserId.isEmpty() && account.externalId != externalUserId)
                continue;
            if (appFilter && account.appSlug != appFilter->slug)
                continue;
            accounts.append(account);
        }
    }
    QStringList ids;
    for (const SimAccount &account : std::as_const(accounts))
        ids.append(account.id);
    return paginate(request, ids, [&](qsizetype i) { return accountJson(accounts.at(i)); })
        .toResponse();
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
    if (!m_state.deleteUser(scope.projectId, scope.environment, externalUserId))
        return SimResponse::error(404, QStringLiteral("external user not found"));
    return SimResponse::empty(204);
}

SimResponse SimApi::listApps(const SimRequest &request)
{
    const QList<SimApp> apps = SimAppCatalogue::search(request.queryValue(QStringLiteral("q")));
    QStringList ids;
    for (const SimApp &app : apps)
        ids.append(app.id);
    return paginate(request, ids, [&](qsizetype i) { return apps.at(i).toJson(); }).toResponse();
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
    return paginate(request,
                    ids,
                    [&](qsizetype i) {
                        const SimProject &p = projects.at(i);
                        return QJsonObject{
                            {QStringLiteral("id"), p.id},
                            {QStringLiteral("name"), p.name},
                            {QStringLiteral("app_name"), p.name},
                            {QStringLiteral("support_email"),
                             QStringLiteral("support@sandbox.invalid")},
                        };
                    })
        .toResponse();
}

SimResponse SimApi::validateToken(const SimRequest &request, const QString &token)
{
    const auto failure = [](int status, const QString &error) {
        return SimResponse::json(status,
                                 {{QStringLiteral("success"), false},
                                  {QStringLiteral("error"), error}});
    };
    switch (m_state.tokenStatus(token)) {
    case TokenStatus::NotFound:
        return failure(404, QStringLiteral("token not found"));
    case TokenStatus::Used:
        return failure(200, QStringLiteral("token already used"));
    case TokenStatus::Expired:
        return failure(200, QStringLiteral("token expired"));
    case TokenStatus::Valid:
        break;
    }
    const SimConnectToken *found = m_state.findConnectToken(token);
    const SimProject *project = SimState::findProject(found->projectId);
    QJsonObject body{
        {QStringLiteral("success"), true},
        {QStringLiteral("project_id"), found->projectId},
        {QStringLiteral("project_environment"), found->environment},
        {QStringLiteral("project_app_name"), project ? project->name : QString()},
        {QStringLiteral("external_user_id"), found->fields.externalUserId},
        {QStringLiteral("expires_at"), isoTime(found->expiresAt)},
    };
    const QString appId = request.queryValue(QStringLiteral("app_id"));
    if (!appId.isEmpty()) {
        const SimApp *app = SimAppCatalogue::find(appId);
        if (!app)
            return failure(200, QStringLiteral("app not found"));
        body.insert(QStringLiteral("app"), app->toJson());
    }
    if (!found->fields.successRedirectUri.isEmpty())
        body.insert(QStringLiteral("success_redirect_uri"), found->fields.successRedirectUri);
    if (!found->fields.errorRedirectUri.isEmpty())
        body.insert(QStringLiteral("error_redirect_uri"), found->fields.errorRedirectUri);
    return SimResponse::json(200, body);
}

} // namespace ConnectDesk::Sim
