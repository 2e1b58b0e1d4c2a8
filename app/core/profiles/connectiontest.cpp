#include "profiles/connectiontest.h"

#include "api/useragent.h"
#include "base/clock.h"

#include <QPointer>

namespace ConnectDesk {

QString ConnectionTestResult::outcomeName() const
{
    switch (outcome) {
    case Outcome::Ok: return QStringLiteral("ok");
    case Outcome::InvalidInput: return QStringLiteral("invalid_input");
    case Outcome::CredentialsRejected: return QStringLiteral("credentials_rejected");
    case Outcome::Offline: return QStringLiteral("offline");
    case Outcome::Proxy: return QStringLiteral("proxy");
    case Outcome::Tls: return QStringLiteral("tls");
    case Outcome::Timeout: return QStringLiteral("timeout");
    case Outcome::Http: return QStringLiteral("http");
    case Outcome::Other: return QStringLiteral("other");
    }
    return {};
}

ConnectionTestResult::Outcome ConnectionTestResult::classify(const ApiError &error)
{
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::None: return Outcome::Ok;
    case Kind::InvalidInput: return Outcome::InvalidInput;
    case Kind::CredentialsRejected: return Outcome::CredentialsRejected;
    case Kind::Network: return Outcome::Offline;
    case Kind::Proxy: return Outcome::Proxy;
    case Kind::Tls: return Outcome::Tls;
    case Kind::Timeout: return Outcome::Timeout;
    case Kind::Http:
        // The provider already maps 401/403 from the token endpoint; be safe if it did not.
        return (error.httpStatus == 401 || error.httpStatus == 403) ? Outcome::CredentialsRejected
                                                                    : Outcome::Http;
    case Kind::Contract:
    case Kind::TooLarge:
    case Kind::Canceled: return Outcome::Other;
    }
    return Outcome::Other;
}

ConnectionTestResult ConnectionTestResult::fromError(const ApiError &error, const QUrl &baseUrl)
{
    ConnectionTestResult result;
    result.error = error;
    result.outcome = classify(error);
    if (result.outcome == Outcome::Ok) {
        const QString host = baseUrl.host().isEmpty() ? tr("the server") : baseUrl.host();
        result.message = tr("Connected: %1 accepted the client ID and secret.").arg(host);
    } else if (result.outcome == Outcome::CredentialsRejected
               && error.kind != ApiError::Kind::CredentialsRejected) {
        ApiError mapped = error;
        mapped.kind = ApiError::Kind::CredentialsRejected;
        result.error = mapped;
        result.message = mapped.humanMessage();
    } else {
        result.message = error.humanMessage();
    }
    return result;
}

void testConnection(QNetworkAccessManager *network, const ClientCredentials &credentials,
                    QObject *context, std::function<void(const ConnectionTestResult &)> done,
                    const Clock &clock, int timeoutMs)
{
    auto *provider = new AccessTokenProvider(network, clock);
    TransportOptions options;
    options.timeoutMs = timeoutMs;
    options.retry.maxRetries = 0; // one clear answer, quickly
    options.userAgent = userAgent();
    provider->setTransportOptions(options);
    provider->setCredentials(credentials);
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    const QUrl baseUrl = credentials.baseUrl;
    // The provider is its own callback context; it goes away once it has answered.
    provider->withToken(provider, [provider, guard, hasContext, baseUrl,
                                   done = std::move(done)](const QString &, const ApiError &error) {
        provider->deleteLater();
        if (done && (!hasContext || guard))
            done(ConnectionTestResult::fromError(error, baseUrl));
    });
}

} // namespace ConnectDesk
