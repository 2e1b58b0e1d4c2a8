#pragma once

#include "api/accesstokenprovider.h"

#include <QProcessEnvironment>

namespace ConnectDesk {

// What the official SDKs read from the environment (connect-api.md section 8).
struct EnvironmentConfig
{
    QString clientId;
    QString clientSecret;
    QString projectId;
    QString environment = QStringLiteral("production");
    QUrl baseUrl = QUrl(QStringLiteral("https://api.pipedream.com"));

    static EnvironmentConfig fromEnvironment(
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // True when enough is set to make calls: client id, secret and project id.
    bool isComplete() const;
    ClientCredentials credentials() const { return {baseUrl, clientId, clientSecret, {}}; }
};

} // namespace ConnectDesk
