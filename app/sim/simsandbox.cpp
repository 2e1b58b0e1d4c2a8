#include "simsandbox.h"

#include "simapi.h"
#include "simapps.h"
#include "simfaults.h"
#include "simpages.h"
#include "simseed.h"
#include "simstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

namespace ConnectDesk::Sim {

namespace {

SimResponse methodNotAllowed(const QByteArray &allow)
{
    SimResponse r = SimResponse::error(405, QStringLiteral("method not allowed"));
    r.addHeader(QByteArrayLiteral("Allow"), allow);
    return r;
}

QUrlQuery formBody(const QByteArray &body)
{
    QByteArray form = body;
    form.replace('+', QByteArrayLiteral("%20"));
    return QUrlQuery(QString::fromUtf8(form));
}

int statusFor(TokenStatus status, const QString &error)
{
    switch (status) {
    case TokenStatus::NotFound:
        return 404;
    case TokenStatus::Used:
    case TokenStatus::Expired:
        return 410;
    case TokenStatus::Valid:
        break;
    }
    return error == QLatin1String("app not found") ? 404 : 400;
}

QString projectName(const QString &projectId)
{
    const SimProject *project = SimState::findProject(projectId);
    return project ? project->name : projectId;
}

bool isLoopbackHost(const QByteArray &hostHeader)
{
    // "127.0.0.1:8080", "localhost", "[::1]:8080": the name without the port.
    QByteArray host = hostHeader.trimmed().toLower();
    if (host.startsWith('[')) {
        host = host.mid(1, host.indexOf(']') - 1);
    } else if (const qsizetype colon = host.lastIndexOf(':'); colon >= 0) {
        host.truncate(colon);
    }
    return host == "localhost" || host == "::1" || host.startsWith("127.");
}

// The sandbox's controls change state (queue faults, connect accounts), so a web page the user
// happens to visit must not reach them: the request must name a loopback Host (no DNS
// rebinding), come from the sandbox's own origin when a browser says where it comes from, and
// carry JSON (which a cross-site page cannot send without a CORS preflight the sandbox never
// grants). The sandbox's own connect form posts form data from its own origin and passes.
std::optional<SimResponse> refuseCrossSite(const SimRequest &request, bool requireJson)
{
    const QByteArray host = request.header(QByteArrayLiteral("host"));
    if (!isLoopbackHost(host))
        return SimResponse::error(403,
                                  QStringLiteral("the sandbox controls answer only on a loopback "
                                                 "host (127.0.0.1 or localhost)"),
                                  QStringLiteral("forbidden"));
    const QByteArray origin = request.header(QByteArrayLiteral("origin")).trimmed().toLower();
    const QByteArray site = request.header(QByteArrayLiteral("sec-fetch-site")).trimmed().toLower();
    const bool sameOrigin = origin.isEmpty()
                            || origin == "http://" + host.trimmed().toLower()
                            || origin == "https://" + host.trimmed().toLower();
    if (!sameOrigin || site == "cross-site" || site == "same-site")
        return SimResponse::error(403,
                                  QStringLiteral("cross-origin requests to the sandbox controls are "
                                                 "refused"),
                                  QStringLiteral("forbidden"));
    const QByteArray type = request.header(QByteArrayLiteral("content-type"))
                                .split(';')
                                .value(0)
                                .trimmed()
                                .toLower();
    if (requireJson && type != "application/json")
        return SimResponse::error(415,
                                  QStringLiteral("send the request body as JSON, with "
                                                 "Content-Type: application/json"),
                                  QStringLiteral("unsupported_media_type"));
    return std::nullopt;
}

// The API's Account, plus where it lives.
QJsonObject sandboxAccountJson(const SimAccount &account)
{
    QJsonObject json = accountJson(account);
    json.insert(QStringLiteral("project_id"), account.projectId);
    json.insert(QStringLiteral("environment"), account.environment);
    return json;
}

std::optional<SimAccountHealth> healthFromName(const QString &name)
{
    if (name == QLatin1String("healthy"))
        return SimAccountHealth::Healthy;
    if (name == QLatin1String("unhealthy"))
        return SimAccountHealth::Unhealthy;
    if (name == QLatin1String("dead"))
        return SimAccountHealth::Dead;
    return std::nullopt;
}

bool isFormPost(const SimRequest &request)
{
    return request.header(QByteArrayLiteral("content-type"))
        .trimmed()
        .toLower()
        .startsWith("application/x-www-form-urlencoded");
}

} // namespace

SimSandbox::SimSandbox(SimState &state, SimFaultQueue &faults)
    : m_state(state)
    , m_faults(faults)
{}

bool SimSandbox::isControlPath(const QByteArray &path)
{
    return path.startsWith("/_sandbox/");
}

std::optional<SimResponse> SimSandbox::handle(const SimRequest &request)
{
    const QByteArray &path = request.path;
    const bool isGet = request.method == "GET" || request.method == "HEAD";
    if (path == "/_static/connect.html") {
        if (!isGet)
            return methodNotAllowed(QByteArrayLiteral("GET"));
        return connectPage(request);
    }
    if (path == "/_sandbox/connect") {
        if (request.method != "POST")
            return methodNotAllowed(QByteArrayLiteral("POST"));
        if (auto refused = refuseCrossSite(request, false))
            return refused;
        return connectForm(request);
    }
    if (path == "/_sandbox/open") {
        if (request.method != "POST")
            return methodNotAllowed(QByteArrayLiteral("POST"));
        if (auto refused = refuseCrossSite(request, true))
            return refused;
        return open(request);
    }
    if (path == "/_sandbox/customers" || path == "/_sandbox/") {
        if (!isGet)
            return methodNotAllowed(QByteArrayLiteral("GET"));
        // Lists every customer: only for this machine (no DNS rebinding).
        if (auto refused = refuseCrossSite(request, false))
            return refused;
        return customersPage();
    }
    if (path == "/_sandbox/seed") {
        if (request.method != "POST")
            return methodNotAllowed(QByteArrayLiteral("POST"));
        if (auto refused = refuseCrossSite(request, true))
            return refused;
        return seed();
    }
    // /_sandbox/accounts/{account_id}/health
    if (const QStringList segments = request.segments();
        segments.size() == 4 && segments.at(1) == QLatin1String("accounts")
        && segments.at(3) == QLatin1String("health") && path.startsWith("/_sandbox/accounts/")) {
        if (request.method != "POST")
            return methodNotAllowed(QByteArrayLiteral("POST"));
        // JSON from scripts; form data only from the sandbox's own page in a browser, which says
        // where it comes from (Origin or Sec-Fetch-Site).
        const bool form = isFormPost(request);
        if (auto refused = refuseCrossSite(request, !form))
            return refused;
        if (form && request.header(QByteArrayLiteral("origin")).isEmpty()
            && request.header(QByteArrayLiteral("sec-fetch-site")).trimmed().toLower()
                   != "same-origin")
            return SimResponse::error(403,
                                      QStringLiteral("form posts are accepted only from the "
                                                     "sandbox's own page; send JSON"),
                                      QStringLiteral("forbidden"));
        return accountHealth(request, segments.at(2));
    }
    if (path == "/_sandbox/faults") {
        if (request.method == "POST" || request.method == "DELETE") {
            if (auto refused = refuseCrossSite(request, request.method == "POST"))
                return refused;
        }
        return faults(request);
    }
    return std::nullopt;
}

SimResponse SimSandbox::connectPage(const SimRequest &request)
{
    const QString token = request.queryValue(QStringLiteral("token"));
    switch (m_state.tokenStatus(token)) {
    case TokenStatus::NotFound:
        return SimResponse::html(404,
                                 Pages::messagePage(QStringLiteral("This link has expired"),
                                                    QStringLiteral(
                                                        "The Connect token in this link is "
                                                        "unknown. Ask for a new link.")));
    case TokenStatus::Expired:
        return SimResponse::html(410,
                                 Pages::messagePage(QStringLiteral("This link has expired"),
                                                    QStringLiteral(
                                                        "Connect links are valid for a limited "
                                                        "time. Ask for a new link.")));
    case TokenStatus::Used:
        return SimResponse::html(410,
                                 Pages::messagePage(QStringLiteral("This link was already used"),
                                                    QStringLiteral(
                                                        "A Connect link connects one account "
                                                        "once. Ask for a new link.")));
    case TokenStatus::Valid:
        break;
    }
    const SimConnectToken &found = *m_state.findConnectToken(token);
    const SimApp *app = SimAppCatalogue::find(request.queryValue(QStringLiteral("app")));
    const QString project = projectName(found.projectId);
    if (!app)
        return SimResponse::html(200, Pages::appPickerPage(found, SimAppCatalogue::all(), project));
    return SimResponse::html(200, Pages::connectPage(found, app, project));
}

SimResponse SimSandbox::connectForm(const SimRequest &request)
{
    const QUrlQuery form = formBody(request.body);
    const QString token = form.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    const QString appSlug = form.queryItemValue(QStringLiteral("app"), QUrl::FullyDecoded);
    const QString name = form.queryItemValue(QStringLiteral("account_name"), QUrl::FullyDecoded)
                             .trimmed();
    const SimConnectToken *found = m_state.findConnectToken(token);
    const QString errorRedirect = found ? found->fields.errorRedirectUri : QString();
    const QString successRedirect = found ? found->fields.successRedirectUri : QString();

    TokenStatus status = TokenStatus::Valid;
    QString error;
    const auto account = m_state.connectAccount(token, appSlug, name, &status, &error);
    if (!account) {
        if (!errorRedirect.isEmpty()) {
            QUrl target(errorRedirect);
            QUrlQuery query(target);
            query.addQueryItem(QStringLiteral("error"), error);
            target.setQuery(query);
            return SimResponse::redirect(target.toString(QUrl::FullyEncoded));
        }
        const QString heading = status == TokenStatus::Used
                                    ? QStringLiteral("This link was already used")
                                : status == TokenStatus::Valid
                                    ? QStringLiteral("Could not connect")
                                    : QStringLiteral("This link has expired");
        return SimResponse::html(statusFor(status, error), Pages::messagePage(heading, error));
    }
    if (!successRedirect.isEmpty())
        return SimResponse::redirect(successRedirect);
    return SimResponse::html(200,
                             Pages::connectedPage(*account,
                                                  *SimAppCatalogue::find(account->appSlug)));
}

SimResponse SimSandbox::open(const SimRequest &request)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    const QJsonObject body = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || !body.value(QStringLiteral("token")).isString()
        || !body.value(QStringLiteral("app")).isString()) {
        return SimResponse::error(400,
                                  QStringLiteral("expected {\"token\": string, \"app\": "
                                                 "string, \"account_name\"?: string}"),
                                  QStringLiteral("invalid_request"));
    }
    TokenStatus status = TokenStatus::Valid;
    QString error;
    const auto account = m_state.connectAccount(body.value(QStringLiteral("token")).toString(),
                                                body.value(QStringLiteral("app")).toString(),
                                                body.value(QStringLiteral("account_name")).toString(),
                                                &status,
                                                &error);
    if (!account)
        return SimResponse::error(statusFor(status, error), error);
    return SimResponse::json(200, {{QStringLiteral("account"), sandboxAccountJson(*account)}});
}

SimResponse SimSandbox::accountHealth(const SimRequest &request, const QString &accountId)
{
    const bool form = isFormPost(request);
    QString stateName;
    QString error;
    if (form) {
        const QUrlQuery body = formBody(request.body);
        stateName = body.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
        error = body.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded).trimmed();
    } else {
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        const QJsonObject body = document.object();
        const QJsonValue errorValue = body.value(QStringLiteral("error"));
        if (parseError.error != QJsonParseError::NoError || !document.isObject()
            || !body.value(QStringLiteral("state")).isString()
            || !(errorValue.isUndefined() || errorValue.isNull() || errorValue.isString())) {
            return SimResponse::error(400,
                                      QStringLiteral("expected {\"state\": \"healthy\" | "
                                                     "\"unhealthy\" | \"dead\", \"error\"?: "
                                                     "string}"),
                                      QStringLiteral("invalid_request"));
        }
        stateName = body.value(QStringLiteral("state")).toString();
        error = errorValue.toString();
    }
    const auto health = healthFromName(stateName);
    if (!health)
        return SimResponse::error(400,
                                  QStringLiteral("state must be healthy, unhealthy or dead"),
                                  QStringLiteral("invalid_request"));
    if (!m_state.setAccountHealth(accountId, *health, error))
        return SimResponse::error(404, QStringLiteral("account not found"));
    if (form) {
        // Back to the page, at the account's row.
        return SimResponse::redirect(QStringLiteral("/_sandbox/customers#")
                                     + QString::fromLatin1(QUrl::toPercentEncoding(accountId)));
    }
    return SimResponse::json(200,
                             {{QStringLiteral("account"),
                               sandboxAccountJson(*m_state.findAccount(accountId))}});
}

SimResponse SimSandbox::seed()
{
    const SeedResult result = seedDemoCustomers(m_state);
    return SimResponse::json(200,
                             {{QStringLiteral("users_added"), result.users},
                              {QStringLiteral("accounts_added"), result.accounts}});
}

SimResponse SimSandbox::customersPage()
{
    return SimResponse::html(200, Pages::customersPage(m_state));
}

SimResponse SimSandbox::faults(const SimRequest &request)
{
    if (request.method == "DELETE") {
        m_faults.clear();
        return SimResponse::json(200, {{QStringLiteral("cleared"), true}});
    }
    if (request.method == "GET" || request.method == "HEAD") {
        QJsonArray list;
        for (const Fault &fault : m_faults.pending())
            list.append(Faults::toJson(fault));
        return SimResponse::json(200, {{QStringLiteral("faults"), list}});
    }
    if (request.method != "POST")
        return methodNotAllowed(QByteArrayLiteral("GET, POST, DELETE"));

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return SimResponse::error(400,
                                  QStringLiteral("request body must be a JSON object"),
                                  QStringLiteral("invalid_request"));
    QString error;
    const auto fault = Faults::fromJson(document.object(), &error);
    if (!fault)
        return SimResponse::error(400, error, QStringLiteral("invalid_request"));
    m_faults.enqueue(*fault);
    return SimResponse::json(200,
                             {{QStringLiteral("queued"), Faults::toJson(*fault)},
                              {QStringLiteral("pending"),
                               static_cast<qint64>(m_faults.pending().size())}});
}

} // namespace ConnectDesk::Sim
