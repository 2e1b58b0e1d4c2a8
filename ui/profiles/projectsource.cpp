#include "profiles/projectsource.h"

#include "connectsimulator.h"

namespace ConnectDesk::Ui {

QString ProjectChoice::credentialsProblem() const
{
    if (!unavailableReason.isEmpty())
        return unavailableReason;
    if (hasCredentials())
        return {};
    return tr("No OAuth client for this project: add it under Tools > Projects and credentials "
              "(Ctrl+,), or set PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET before starting "
              "ConnectDesk. Tools > Try the sandbox shows the whole flow without an account.");
}

ProjectChoice ProjectChoice::fromEnvironment(const EnvironmentConfig &config)
{
    ProjectChoice choice;
    choice.key = QStringLiteral("environment");
    // Not "Environment": that word is the production/development choice right below.
    choice.name = tr("PIPEDREAM_* variables");
    choice.projectId = config.projectId;
    if (config.environment == QLatin1String("development"))
        choice.defaultEnvironment = config.environment;
    choice.credentials = config.credentials();
    return choice;
}

ProjectChoice ProjectChoice::sandbox(const QUrl &baseUrl)
{
    ProjectChoice choice;
    choice.key = QStringLiteral("sandbox");
    choice.name = tr("Sandbox");
    choice.projectId = Sim::SandboxCredentials::projectId();
    choice.isSandbox = true;
    choice.credentials.baseUrl = baseUrl;
    choice.credentials.clientId = Sim::SandboxCredentials::clientId();
    choice.credentials.clientSecret = Sim::SandboxCredentials::clientSecret();
    return choice;
}

ProjectChoice ProjectChoice::typedIn(const EnvironmentConfig &config)
{
    ProjectChoice choice;
    choice.key = QStringLiteral("custom");
    choice.projectIdEditable = true;
    if (config.environment == QLatin1String("development"))
        choice.defaultEnvironment = config.environment;
    choice.credentials = config.credentials();
    // Says whose OAuth client creates the tokens.
    choice.name = choice.hasCredentials()
                      ? tr("Other project (type its ID; client from PIPEDREAM_CLIENT_ID)")
                      : tr("Other project (type its ID; no OAuth client set)");
    return choice;
}

StaticProjectSource::StaticProjectSource(QList<ProjectChoice> choices, QString preferredKey,
                                         QObject *parent)
    : ProjectSource(parent)
    , m_choices(std::move(choices))
    , m_preferredKey(std::move(preferredKey))
{}

void StaticProjectSource::setChoices(const QList<ProjectChoice> &choices,
                                     const QString &preferredKey)
{
    m_choices = choices;
    m_preferredKey = preferredKey;
    emit choicesChanged();
}

} // namespace ConnectDesk::Ui
