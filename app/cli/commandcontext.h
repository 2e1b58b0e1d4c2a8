#pragma once

#include "api/accesstokenprovider.h"
#include "api/tokenrequest.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QProcessEnvironment>

#include <memory>

class QCommandLineParser;
class QNetworkAccessManager;

namespace ConnectDesk {
class ConnectClient;
}

namespace ConnectDesk::Cli {

// Where the call goes and as whom: resolved from defaults, then the environment, then flags
// (a --profile's stored values sit between the environment and the flags). Each value remembers
// where it came from, so a message can say which flag or variable to fix.
struct CallSettings
{
    ClientCredentials credentials; // base URL, client ID, secret
    QString projectId;
    QString environment = QStringLiteral("production");

    QString baseUrlSource;     // "--api-base-url", "PIPEDREAM_BASE_URL" or empty (default)
    QString projectIdSource;   // "--project-id", "PIPEDREAM_PROJECT_ID" or empty (unset)
    QString environmentSource; // "--environment", "PIPEDREAM_PROJECT_ENVIRONMENT" or empty
    QString profileName;       // the --profile used, if any (for the audit log)
    bool allowDeletes = true;  // false when that profile forbids deletions
};

// The shared part of every API command: the connection and token-field flags, the resolved
// settings and, on first use, the network stack (one QNetworkAccessManager, one access-token
// provider, one client) that all of the command's calls share.
class CommandContext final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectDesk::Cli::CommandContext)
public:
    explicit CommandContext(
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());
    ~CommandContext();
    CommandContext(const CommandContext &) = delete;
    CommandContext &operator=(const CommandContext &) = delete;

    // --profile, --project-id, --environment, --api-base-url.
    void addConnectionOptions(QCommandLineParser &parser);
    // Every token field but the external user ID: --allowed-origin, --success-redirect-uri,
    // --error-redirect-uri, --webhook-uri, --expires-in, --scope, --allow-progressive-scopes,
    // --app.
    void addTokenOptions(QCommandLineParser &parser);

    // Applies the environment, then the flags. False, with `*error` naming the flag or
    // variable, when a value is unusable (a base URL that is not http(s)).
    bool resolve(const QCommandLineParser &parser, QString *error);
    const CallSettings &settings() const { return m_settings; }
    // The secret as the environment holds it, so messages can make sure never to echo it.
    QString environmentSecret() const
    {
        return m_environment.value(QStringLiteral("PIPEDREAM_CLIENT_SECRET")).trimmed();
    }

    // The token request the flags describe (external user ID left empty).
    TokenRequest tokenRequest(const QCommandLineParser &parser) const;
    // "expires_in (--expires-in): <why>" — the wire name and where to fix it.
    QString describe(const FieldError &error) const;
    QString sourceOf(TokenField field) const;

    // False, with `*error` naming the variable, when the client ID or secret is not set.
    bool checkCredentials(QString *error) const;

    // The client for this command's calls, created on first use.
    ConnectClient *client();

private:
    QProcessEnvironment m_environment;
    CallSettings m_settings;

    QCommandLineOption m_profile;
    QCommandLineOption m_projectId;
    QCommandLineOption m_environmentOption;
    QCommandLineOption m_baseUrl;
    QCommandLineOption m_allowedOrigin;
    QCommandLineOption m_successRedirect;
    QCommandLineOption m_errorRedirect;
    QCommandLineOption m_webhook;
    QCommandLineOption m_expiresIn;
    QCommandLineOption m_scope;
    QCommandLineOption m_progressive;
    QCommandLineOption m_app;
    QCommandLineOption m_oauthAppId;
    bool m_hasTokenOptions = false;

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<AccessTokenProvider> m_tokens;
    std::unique_ptr<ConnectClient> m_client;
};

} // namespace ConnectDesk::Cli
