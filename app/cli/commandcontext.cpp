#include "commandcontext.h"

#include "api/connectclient.h"
#include "api/urlrules.h"
#include "base/clock.h"
#include "profilecommands.h"
#include "profiles/environmentconfig.h"

#include <QCommandLineParser>
#include <QNetworkAccessManager>

namespace ConnectDesk::Cli {

namespace {

const QString kProjectIdVar = QStringLiteral("PIPEDREAM_PROJECT_ID");
const QString kEnvironmentVar = QStringLiteral("PIPEDREAM_PROJECT_ENVIRONMENT");
const QString kBaseUrlVar = QStringLiteral("PIPEDREAM_BASE_URL");

QString flag(const QCommandLineOption &option)
{
    return QLatin1String("--") + option.names().constLast();
}

} // namespace

CommandContext::CommandContext(QProcessEnvironment environment)
    : m_environment(std::move(environment))
    , m_profile(QStringLiteral("profile"),
                tr("A saved profile (connectdesk profile list): its project, environment, client "
                   "ID and keychain secret. Flags still win over it."),
                tr("NAME"))
    , m_projectId(QStringLiteral("project-id"),
                  tr("Project ID (proj_...). Default: $PIPEDREAM_PROJECT_ID."), tr("ID"))
    , m_environmentOption(QStringLiteral("environment"),
                          tr("development or production. Default: $PIPEDREAM_PROJECT_ENVIRONMENT, "
                             "else production."),
                          tr("ENV"))
    , m_baseUrl(QStringLiteral("api-base-url"),
                tr("API base URL. Default: $PIPEDREAM_BASE_URL, else https://api.pipedream.com."),
                tr("URL"))
    , m_allowedOrigin(QStringLiteral("allowed-origin"),
                      tr("An origin (scheme://host[:port]) allowed to use the token from a "
                         "browser. Repeat for several."),
                      tr("ORIGIN"))
    , m_successRedirect(QStringLiteral("success-redirect-uri"),
                        tr("Where the Connect Link sends the customer on success."), tr("URL"))
    , m_errorRedirect(QStringLiteral("error-redirect-uri"),
                      tr("Where the Connect Link sends the customer on error."), tr("URL"))
    , m_webhook(QStringLiteral("webhook-uri"),
                tr("Receives CONNECTION_SUCCESS / CONNECTION_ERROR events."), tr("URL"))
    , m_expiresIn(QStringLiteral("expires-in"),
                  tr("Token lifetime in seconds, 1 to 14400. Default: 14400 (4 hours)."),
                  tr("SECONDS"))
    , m_scope(QStringLiteral("scope"),
              tr("A Connect scope (connect:accounts:read, ...). Repeat or separate with spaces. "
                 "Default: connect:*."),
              tr("SCOPE"))
    , m_progressive(QStringLiteral("allow-progressive-scopes"),
                    tr("Let the customer grant a subset of the app's OAuth scopes."))
    , m_app(QStringLiteral("app"),
            tr("App slug (slack, google_sheets, ...): sent as app_id and added to the Connect "
               "Link as app=."),
            tr("SLUG"))
    , m_oauthAppId(QStringLiteral("oauth-app-id"),
                   tr("The project's custom OAuth client for the app (oa_...). Default: "
                      "Pipedream's."),
                   tr("ID"))
{}

CommandContext::~CommandContext() = default;

void CommandContext::addConnectionOptions(QCommandLineParser &parser)
{
    parser.addOptions({m_profile, m_projectId, m_environmentOption, m_baseUrl});
}

void CommandContext::addTokenOptions(QCommandLineParser &parser)
{
    parser.addOptions({m_allowedOrigin, m_successRedirect, m_errorRedirect, m_webhook, m_expiresIn,
                       m_scope, m_progressive, m_app, m_oauthAppId});
    m_hasTokenOptions = true;
}

bool CommandContext::resolve(const QCommandLineParser &parser, QString *error)
{
    // A flag given with an empty value is a mistake (an unset shell variable, usually), not a
    // request for the default.
    QList<const QCommandLineOption *> valued{&m_profile, &m_projectId, &m_environmentOption, &m_baseUrl};
    // Commands without token fields (users, accounts, link check) never added them.
    if (m_hasTokenOptions)
        valued << &m_allowedOrigin << &m_successRedirect << &m_errorRedirect << &m_webhook
               << &m_expiresIn << &m_scope << &m_app << &m_oauthAppId;
    for (const QCommandLineOption *option : std::as_const(valued)) {
        const QStringList values = parser.values(*option);
        for (const QString &value : values) {
            if (value.trimmed().isEmpty()) {
                *error = tr("%1: the value is empty.").arg(flag(*option));
                return false;
            }
        }
    }
    // " , ," would send no scope at all, which means the widest default: refuse it.
    const QStringList scopes = m_hasTokenOptions ? parser.values(m_scope) : QStringList();
    for (const QString &value : scopes) {
        if (TokenRequest::splitScopes({value}).isEmpty()) {
            *error = tr("%1: \"%2\" names no scope; give scopes such as "
                        "connect:accounts:read, separated by spaces or commas.")
                         .arg(flag(m_scope), value);
            return false;
        }
    }

    // 1. The environment (what the official SDKs read).
    const EnvironmentConfig config = EnvironmentConfig::fromEnvironment(m_environment);
    CallSettings settings;
    settings.credentials = config.credentials();
    settings.projectId = config.projectId;
    settings.environment = config.environment;
    if (!settings.projectId.isEmpty())
        settings.projectIdSource = kProjectIdVar;
    if (!m_environment.value(kEnvironmentVar).trimmed().isEmpty())
        settings.environmentSource = kEnvironmentVar;
    QString baseUrl = m_environment.value(kBaseUrlVar).trimmed();
    if (!baseUrl.isEmpty())
        settings.baseUrlSource = kBaseUrlVar;

    // 2. A profile wins over the environment; its secret comes from the keychain.
    if (parser.isSet(m_profile)) {
        const ProfileResolution resolution = resolveProfileCredentials(parser.value(m_profile).trimmed());
        if (!resolution.resolved) {
            *error = tr("%1: %2").arg(flag(m_profile), resolution.error);
            return false;
        }
        const QString source = flag(m_profile) + QLatin1Char(' ') + parser.value(m_profile).trimmed();
        settings.credentials = resolution.resolved->credentials;
        settings.projectId = resolution.resolved->projectId;
        settings.projectIdSource = source;
        settings.environment = resolution.resolved->environment;
        settings.environmentSource = source;
        baseUrl.clear();
        settings.baseUrlSource = source;
        settings.profileName = resolution.resolved->profile.displayName();
        settings.allowDeletes = resolution.resolved->profile.allowDeletes;
    }

    // 3. Flags win.
    if (parser.isSet(m_projectId)) {
        settings.projectId = parser.value(m_projectId).trimmed();
        settings.projectIdSource = flag(m_projectId);
    }
    if (parser.isSet(m_environmentOption)) {
        settings.environment = parser.value(m_environmentOption).trimmed().toLower();
        settings.environmentSource = flag(m_environmentOption);
    }
    if (parser.isSet(m_baseUrl)) {
        baseUrl = parser.value(m_baseUrl).trimmed();
        settings.baseUrlSource = flag(m_baseUrl);
    }
    if (!baseUrl.isEmpty()) {
        QString why;
        const QString normalized = UrlRules::normalizeHttpUrl(baseUrl, &why);
        if (normalized.isEmpty()) {
            *error = tr("%1: %2").arg(settings.baseUrlSource, why);
            return false;
        }
        settings.credentials.baseUrl = QUrl(normalized);
    }
    m_settings = settings;
    return true;
}

TokenRequest CommandContext::tokenRequest(const QCommandLineParser &parser) const
{
    TokenRequest request;
    request.projectId = m_settings.projectId;
    request.environment = m_settings.environment;
    request.allowedOrigins = parser.values(m_allowedOrigin);
    request.successRedirectUri = parser.value(m_successRedirect);
    request.errorRedirectUri = parser.value(m_errorRedirect);
    request.webhookUri = parser.value(m_webhook);
    request.expiresIn = parser.value(m_expiresIn);
    request.scopes = parser.values(m_scope);
    request.allowProgressiveScopes = parser.isSet(m_progressive);
    request.appSlug = parser.value(m_app);
    request.oauthAppId = parser.value(m_oauthAppId);
    return request;
}

QString CommandContext::sourceOf(TokenField field) const
{
    switch (field) {
    case TokenField::ProjectId:
        return m_settings.projectIdSource.isEmpty()
                   ? tr("%1 or %2").arg(flag(m_projectId), kProjectIdVar)
                   : m_settings.projectIdSource;
    case TokenField::Environment:
        return m_settings.environmentSource.isEmpty()
                   ? tr("%1 or %2").arg(flag(m_environmentOption), kEnvironmentVar)
                   : m_settings.environmentSource;
    case TokenField::ExternalUserId: return QStringLiteral("--external-user-id");
    case TokenField::AllowedOrigins: return flag(m_allowedOrigin);
    case TokenField::SuccessRedirectUri: return flag(m_successRedirect);
    case TokenField::ErrorRedirectUri: return flag(m_errorRedirect);
    case TokenField::WebhookUri: return flag(m_webhook);
    case TokenField::ExpiresIn: return flag(m_expiresIn);
    case TokenField::Scope: return flag(m_scope);
    case TokenField::AllowProgressiveScopes: return flag(m_progressive);
    case TokenField::App: return flag(m_app);
    case TokenField::OAuthAppId: return flag(m_oauthAppId);
    }
    return {};
}

QString CommandContext::describe(const FieldError &error) const
{
    QString where = sourceOf(error.field);
    if (error.field == TokenField::AllowedOrigins && error.index >= 0)
        where = tr("%1 #%2").arg(where).arg(error.index + 1);
    return tr("%1 (%2): %3").arg(tokenFieldName(error.field), where, error.message);
}

bool CommandContext::checkCredentials(QString *error) const
{
    if (m_settings.credentials.clientId.isEmpty()) {
        *error = tr("PIPEDREAM_CLIENT_ID is not set: export the OAuth client ID (Pipedream "
                    "workspace settings, API).");
        return false;
    }
    if (m_settings.credentials.clientSecret.isEmpty()) {
        *error = tr("PIPEDREAM_CLIENT_SECRET is not set: export the OAuth client secret. It is "
                    "read only from the environment, never from the command line.");
        return false;
    }
    return true;
}

ConnectClient *CommandContext::client()
{
    if (!m_client) {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_tokens = std::make_unique<AccessTokenProvider>(m_network.get(), Clock::system());
        m_tokens->setCredentials(m_settings.credentials);
        m_client = std::make_unique<ConnectClient>(m_network.get(), m_tokens.get(),
                                                   Clock::system());
    }
    return m_client.get();
}

} // namespace ConnectDesk::Cli
