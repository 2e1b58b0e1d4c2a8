#include "profiles/environmentconfig.h"

namespace ConnectDesk {

EnvironmentConfig EnvironmentConfig::fromEnvironment(const QProcessEnvironment &env)
{
    EnvironmentConfig config;
    config.clientId = env.value(QStringLiteral("PIPEDREAM_CLIENT_ID")).trimmed();
    config.clientSecret = env.value(QStringLiteral("PIPEDREAM_CLIENT_SECRET")).trimmed();
    config.projectId = env.value(QStringLiteral("PIPEDREAM_PROJECT_ID")).trimmed();
    const QString environment = env.value(QStringLiteral("PIPEDREAM_PROJECT_ENVIRONMENT")).trimmed();
    if (!environment.isEmpty())
        config.environment = environment.toLower();
    const QString baseUrl = env.value(QStringLiteral("PIPEDREAM_BASE_URL")).trimmed();
    if (!baseUrl.isEmpty())
        config.baseUrl = QUrl(baseUrl);
    return config;
}

bool EnvironmentConfig::isComplete() const
{
    return !clientId.isEmpty() && !clientSecret.isEmpty() && !projectId.isEmpty();
}

} // namespace ConnectDesk
