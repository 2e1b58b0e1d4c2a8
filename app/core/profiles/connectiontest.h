#pragma once

#include "api/accesstokenprovider.h"
#include "api/apierror.h"

#include <QCoreApplication>

#include <functional>

class QNetworkAccessManager;

namespace ConnectDesk {

class Clock;

// The answer to "Test connection": can these credentials get an access token?
struct ConnectionTestResult
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionTestResult)
public:
    enum class Outcome {
        Ok,
        InvalidInput,        // nothing sent: no client id or secret
        CredentialsRejected, // 401/403: the server cannot say whether the id or the secret is wrong
        Offline,             // no connection, DNS failure, refused, dropped
        Proxy,
        Tls,
        Timeout,
        Http,  // any other HTTP error (429, 5xx, 404 from a wrong base URL, ...)
        Other, // an answer that breaks the API's shape, canceled, ...
    };

    Outcome outcome = Outcome::Ok;
    QString message; // one clear sentence (ApiError::humanMessage for failures)
    ApiError error;

    bool ok() const { return outcome == Outcome::Ok; }
    QString outcomeName() const; // stable: "ok", "credentials_rejected", "offline", ...

    // Pure: how a failed token fetch is reported.
    static ConnectionTestResult fromError(const ApiError &error, const QUrl &baseUrl = {});
    static Outcome classify(const ApiError &error);
};

// Fetches one access token with `credentials` on a throw-away provider (no retries, a short
// timeout; nothing is cached) and calls `done` once, later, unless `context` is destroyed.
void testConnection(QNetworkAccessManager *network, const ClientCredentials &credentials,
                    QObject *context, std::function<void(const ConnectionTestResult &)> done,
                    const Clock &clock, int timeoutMs = 15000);

} // namespace ConnectDesk
