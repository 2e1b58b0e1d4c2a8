#include "api/connectclient.h"

#include "api/lowdelaysockets.h"
#include "api/useragent.h"

#include <QMetaMethod>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QUrlQuery>

namespace ConnectDesk {

namespace {

QUrl apiUrl(const QUrl &baseUrl, const QString &path, const QUrlQuery &query = {})
{
    QUrl url = baseUrl;
    QString basePath = url.path(QUrl::FullyEncoded);
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    // The segments are percent-encoded already (encodedSegment): taken as they are, not encoded twice.
    url.setPath(basePath + path, QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QString encodedSegment(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

// A value for QUrlQuery, which leaves '&', '=', '+' and '#' alone: encoded here so that an
// external user ID like "a&b=c" or "x+y" reaches the server as itself, encoded exactly once.
QString queryValue(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

HttpHeaders environmentHeaders(const QString &environment)
{
    return {{QByteArrayLiteral("x-pd-environment"), environment.toUtf8()}};
}

} // namespace

ConnectClient::ConnectClient(QNetworkAccessManager *network, AccessTokenProvider *tokens,
                             const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_clock(clock)
{
    m_options.userAgent = userAgent();
    LowDelaySockets::enableFor(m_network);
    connect(m_tokens, &AccessTokenProvider::callFinished, this, &ConnectClient::callFinished);
}

void ConnectClient::setTransportOptions(const TransportOptions &options)
{
    m_options = options;
    if (m_options.userAgent.isEmpty())
        m_options.userAgent = userAgent();
    m_tokens->setTransportOptions(m_options);
}

HttpRequestSpec ConnectClient::createTokenSpec(const QUrl &baseUrl, const TokenRequest &request)
{
    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("POST");
    spec.url = apiUrl(baseUrl, QStringLiteral("/v1/connect/%1/tokens")
                                   .arg(encodedSegment(request.projectId.trimmed())));
    spec.headers = environmentHeaders(request.environment);
    spec.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    spec.body = request.toJson();
    spec.expect = HttpRequestSpec::Expect::TokenResult;
    // A cut-off answer may mean the token exists: resending can leave one spare token, unused,
    // never shown, expiring on its own (it counts toward the per-user rate limit). A link for
    // the support person is worth more than that.
    spec.resendAfterTransportFailure = true;
    return spec;
}

ApiReply *ConnectClient::createToken(const TokenRequest &request)
{
    const QList<FieldError> errors = request.validate();
    if (!errors.isEmpty()) {
        auto *reply = new ApiReply(m_network, m_clock, m_tokens, createTokenSpec(baseUrl(), request),
                                   m_options, this);
        const FieldError &first = errors.constFirst();
        reply->failWithoutSending(ApiError::invalidInput(tokenFieldLabel(first.field)
                                                         + QLatin1String(": ") + first.message));
        return reply;
    }
    return send(createTokenSpec(baseUrl(), request));
}

ApiReply *ConnectClient::searchApps(const QString &query, int limit, const QString &after)
{
    QUrlQuery urlQuery;
    if (!query.isEmpty())
        urlQuery.addQueryItem(QStringLiteral("q"), query);
    urlQuery.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!after.isEmpty())
        urlQuery.addQueryItem(QStringLiteral("after"), after);
    HttpRequestSpec spec;
    spec.url = apiUrl(baseUrl(), QStringLiteral("/v1/connect/apps"), urlQuery);
    return send(std::move(spec));
}

ApiReply *ConnectClient::listAccounts(const QString &projectId, const QString &environment,
                                      const QString &externalUserId, const QString &appSlug,
                                      int limit, const QString &after)
{
    QUrlQuery urlQuery;
    urlQuery.addQueryItem(QStringLiteral("external_user_id"), queryValue(externalUserId));
    if (!appSlug.isEmpty())
        urlQuery.addQueryItem(QStringLiteral("app"), appSlug);
    if (limit > 0)
        urlQuery.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!after.isEmpty())
        urlQuery.addQueryItem(QStringLiteral("after"), queryValue(after));
    HttpRequestSpec spec;
    spec.url = apiUrl(baseUrl(), QStringLiteral("/v1/connect/%1/accounts").arg(encodedSegment(projectId)),
                      urlQuery);
    spec.headers = environmentHeaders(environment);
    return send(std::move(spec));
}

ApiReply *ConnectClient::deleteAccount(const QString &projectId, const QString &environment,
                                       const QString &accountId)
{
    return sendDelete(QStringLiteral("/v1/connect/%1/accounts/%2")
                          .arg(encodedSegment(projectId), encodedSegment(accountId)),
                      environment);
}

ApiReply *ConnectClient::deleteUser(const QString &projectId, const QString &environment,
                                    const QString &externalUserId)
{
    return sendDelete(QStringLiteral("/v1/connect/%1/users/%2")
                          .arg(encodedSegment(projectId), encodedSegment(externalUserId)),
                      environment);
}

ApiReply *ConnectClient::sendDelete(const QString &path, const QString &environment)
{
    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("DELETE");
    spec.url = apiUrl(baseUrl(), path);
    spec.headers = environmentHeaders(environment);
    spec.expect = HttpRequestSpec::Expect::Anything; // 204 No Content
    return send(std::move(spec));
}

ApiReply *ConnectClient::getApp(const QString &slugOrId)
{
    HttpRequestSpec spec;
    spec.url = apiUrl(baseUrl(),
                      QStringLiteral("/v1/connect/apps/%1").arg(encodedSegment(slugOrId)), {});
    return send(std::move(spec));
}

ApiReply *ConnectClient::listOAuthClients(const QString &projectId, const QString &environment,
                                          const QString &appSlug)
{
    QUrlQuery urlQuery;
    if (!appSlug.isEmpty())
        urlQuery.addQueryItem(QStringLiteral("app"), appSlug);
    urlQuery.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    HttpRequestSpec spec;
    spec.url = apiUrl(baseUrl(),
                      QStringLiteral("/v1/connect/%1/oauth_apps").arg(encodedSegment(projectId)),
                      urlQuery);
    spec.headers = environmentHeaders(environment);
    return send(std::move(spec));
}

ApiReply *ConnectClient::listUsers(const QString &projectId, const QString &environment,
                                   const QString &query, int limit, const QString &after)
{
    QUrlQuery urlQuery;
    if (!query.isEmpty())
        urlQuery.addQueryItem(QStringLiteral("q"), queryValue(query));
    urlQuery.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!after.isEmpty())
        urlQuery.addQueryItem(QStringLiteral("after"), queryValue(after));
    HttpRequestSpec spec;
    spec.url = apiUrl(baseUrl(), QStringLiteral("/v1/connect/%1/users").arg(encodedSegment(projectId)),
                      urlQuery);
    spec.headers = environmentHeaders(environment);
    return send(std::move(spec));
}

ApiReply *ConnectClient::validateToken(const QString &token, const QString &appSlug)
{
    QUrlQuery urlQuery;
    if (!appSlug.isEmpty())
        urlQuery.addQueryItem(QStringLiteral("app_id"), appSlug);
    HttpRequestSpec spec;
    spec.url = apiUrl(baseUrl(), QStringLiteral("/v1/connect/tokens/%1/validate").arg(encodedSegment(token)),
                      urlQuery);
    return send(std::move(spec));
}

ApiReply *ConnectClient::send(HttpRequestSpec spec)
{
    auto *reply = new ApiReply(m_network, m_clock, m_tokens, std::move(spec), m_options, this);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        // A record masks and copies both bodies; only build it for someone who listens (the
        // developer view does; a command-line bulk run of thousands of rows does not).
        if (hasCallListeners())
            emit callFinished(reply->record());
    });
    reply->start();
    return reply;
}

bool ConnectClient::hasCallListeners() const
{
    return isSignalConnected(QMetaMethod::fromSignal(&ConnectClient::callFinished));
}

bool ConnectClient::openConnection(QNetworkAccessManager *network) const
{
    const QUrl base = baseUrl();
    if (!base.isValid() || base.host().isEmpty())
        return false;
    QNetworkAccessManager *on = network ? network : m_network;
    if (base.scheme() == QLatin1String("https")) {
        // Without HTTP/2 in its ALPN offer the connection would be pooled apart from calls that
        // offer it (all calls, unless offerHttp2 is off) and never carry one.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (m_options.offerHttp2)
            tls.setAllowedNextProtocols({QSslConfiguration::ALPNProtocolHTTP2,
                                         QSslConfiguration::NextProtocolHttp1_1});
        on->connectToHostEncrypted(base.host(), quint16(base.port(443)), tls);
    } else
        on->connectToHost(base.host(), quint16(base.port(80)));
    return true;
}

} // namespace ConnectDesk
