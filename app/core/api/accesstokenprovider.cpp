#include "api/accesstokenprovider.h"

#include "api/knownsecrets.h"
#include "api/useragent.h"
#include "base/clock.h"

#include <QJsonObject>

namespace ConnectDesk {

AccessTokenProvider::AccessTokenProvider(QNetworkAccessManager *network, const Clock &clock,
                                         QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
{
    m_options.userAgent = userAgent();
}

AccessTokenProvider::~AccessTokenProvider() = default;

void AccessTokenProvider::setCredentials(const ClientCredentials &credentials)
{
    if (credentials == m_credentials)
        return;
    m_credentials = credentials;
    KnownSecrets::add(credentials.clientSecret); // masked in anything a server says
    clear();
}

void AccessTokenProvider::clear()
{
    m_token.clear();
    m_refreshAt = {};
    if (m_inFlight) {
        // Waiters asked for the old credentials' token: let them fail rather than hang.
        ApiReply *reply = m_inFlight;
        m_inFlight = nullptr;
        reply->disconnect(this);
        reply->cancel();
        reply->deleteLater();
        notifyWaiters({}, ApiError::canceled());
    }
}

QDateTime AccessTokenProvider::refreshTime(const QDateTime &obtained, qint64 lifetimeSeconds)
{
    const qint64 margin = std::min<qint64>(120, lifetimeSeconds / 2);
    return obtained.addSecs(lifetimeSeconds - margin);
}

QByteArray AccessTokenProvider::requestBody(const ClientCredentials &credentials)
{
    QJsonObject body{{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                     {QStringLiteral("client_id"), credentials.clientId},
                     {QStringLiteral("client_secret"), credentials.clientSecret}};
    if (!credentials.scope.trimmed().isEmpty())
        body.insert(QStringLiteral("scope"), credentials.scope.simplified());
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

bool AccessTokenProvider::hasFreshToken() const
{
    return !m_token.isEmpty() && m_clock.now() < m_refreshAt;
}

void AccessTokenProvider::withToken(QObject *context, Callback callback)
{
    if (hasFreshToken()) {
        // Still asynchronous, so callers see one behaviour whether or not a token was cached.
        QMetaObject::invokeMethod(
            context, [token = m_token, callback = std::move(callback)] { callback(token, {}); },
            Qt::QueuedConnection);
        return;
    }
    m_waiters.append({context, std::move(callback)});
    if (!m_inFlight)
        fetch();
}

void AccessTokenProvider::invalidate(const QString &token)
{
    if (token == m_token) {
        m_token.clear();
        m_refreshAt = {};
    }
}

void AccessTokenProvider::fetch()
{
    if (m_credentials.clientId.isEmpty() || m_credentials.clientSecret.isEmpty()) {
        QMetaObject::invokeMethod(this, [this] {
            notifyWaiters({}, ApiError::invalidInput(
                                  tr("No client ID or client secret is set for this project.")));
        }, Qt::QueuedConnection);
        return;
    }
    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("POST");
    spec.url = m_credentials.baseUrl.resolved(QUrl(QStringLiteral("/v1/oauth/token")));
    spec.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    spec.body = requestBody(m_credentials);
    spec.resendAfterTransportFailure = true; // a second access token is harmless
    ++m_fetchCount;
    m_inFlight = new ApiReply(m_network, m_clock, nullptr, std::move(spec), m_options, this);
    connect(m_inFlight, &ApiReply::finished, this, &AccessTokenProvider::onFetched);
    m_inFlight->start();
}

void AccessTokenProvider::onFetched()
{
    ApiReply *reply = m_inFlight;
    m_inFlight = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    emit callFinished(reply->record());

    ApiError error = reply->error();
    if (error.kind == ApiError::Kind::Http
        && (error.httpStatus == 401 || error.httpStatus == 403
            || (error.httpStatus == 400 && error.message.contains(QLatin1String("client"))))) {
        error.kind = ApiError::Kind::CredentialsRejected;
    }
    if (!error.isError()) {
        const QJsonObject object = reply->json().object();
        const QString token = object.value(QLatin1String("access_token")).toString();
        const qint64 lifetime = object.value(QLatin1String("expires_in")).toInteger(3600);
        KnownSecrets::add(token);
        if (token.isEmpty() || lifetime <= 0) {
            error = ApiError::contract(tr("the OAuth answer has no access_token or expires_in"));
            error.url = reply->spec().url;
        } else if (!ApiReply::isToken68(token)) {
            error = ApiError::contract(tr("the OAuth answer's access_token contains characters "
                                          "that are not allowed in an HTTP header (such as a line "
                                          "break); it was not used and nothing was sent"));
            error.url = reply->spec().url;
        } else {
            m_token = token;
            m_refreshAt = refreshTime(m_clock.now(), lifetime);
            m_serverSpeaksHttp2 = reply->usedHttp2();
        }
    }
    notifyWaiters(error.isError() ? QString() : m_token, error);
}

void AccessTokenProvider::notifyWaiters(const QString &token, const ApiError &error)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.callback(token, error);
    }
}

} // namespace ConnectDesk
