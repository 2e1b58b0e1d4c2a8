#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ConnectDesk {

enum class TokenField {
    ProjectId,
    Environment,
    ExternalUserId,
    AllowedOrigins,
    SuccessRedirectUri,
    ErrorRedirectUri,
    WebhookUri,
    ExpiresIn,
    Scope,
    AllowProgressiveScopes,
    App,
    OAuthAppId,
};

// The snake_case wire name ("external_user_id"), or for fields not sent, a stable name
// ("project_id", "environment") used by the command line and logs. App is "app", the name of
// the Connect Link parameter and the bulk CSV column; it is sent as app_id.
QString tokenFieldName(TokenField field);
// The field as a person reads it ("External user ID").
QString tokenFieldLabel(TokenField field);
// "Production" / "Development" in the user's language for a wire value ("production"), never
// the raw value; an unknown value is shown as it is.
QString environmentLabel(const QString &environment);

struct FieldError
{
    TokenField field;
    QString message; // one sentence a person understands
    int index = -1;  // entry index for list fields (allowed origins), else -1

    bool operator==(const FieldError &) const = default;
};

// Everything needed for POST /v1/connect/{project_id}/tokens, as the user typed it. Values are
// kept raw so the form never loses input; validate() explains what is wrong and toJson() sends
// the normalised values of only the fields that are set.
struct TokenRequest
{
    Q_DECLARE_TR_FUNCTIONS(TokenRequest)
public:
    static constexpr int maxExternalUserIdLength = 250;
    static constexpr int minExpiresIn = 1;
    static constexpr int maxExpiresIn = 14400;

    QString projectId;
    QString environment = QStringLiteral("production");
    QString externalUserId;
    QStringList allowedOrigins;   // blank entries are ignored
    QString successRedirectUri;   // empty = not set
    QString errorRedirectUri;
    QString webhookUri;
    QString expiresIn;            // seconds as typed; empty = server default (14400)
    QStringList scopes;           // entries may hold several space-separated scopes; empty = connect:*
    bool allowProgressiveScopes = false; // sent only when true (false is the server default)
    QString appSlug;              // sent as app_id (as the SDK does) and the Connect Link's app=
    QString oauthAppId;           // a custom OAuth client (oa_...); empty = Pipedream's default

    QList<FieldError> validate() const;
    bool isValid() const { return validate().isEmpty(); }

    // Normalised values (only meaningful for a valid request).
    QString normalizedExternalUserId() const { return externalUserId.trimmed(); }
    QStringList normalizedOrigins() const;
    QString normalizedScope() const; // single-space separated, de-duplicated, catalogue order kept as given
    QString normalizedAppSlug() const { return appSlug.trimmed().toLower(); }
    QString normalizedOAuthAppId() const { return oauthAppId.trimmed(); }

    QJsonObject toJsonObject() const;
    QByteArray toJson() const; // compact; exactly the request body

    bool operator==(const TokenRequest &) const = default;
    // Whether a link made from `other` is for the same customer, app, project and environment
    // (the options that do not change who the link connects, like expiry, may differ).
    bool sameLinkTarget(const TokenRequest &other) const;

    // Single-field rules, shared with the form's as-you-type validation.
    static QString checkProjectId(const QString &projectId);     // empty string = valid
    static QString checkEnvironment(const QString &environment);
    static QString checkExternalUserId(const QString &externalUserId);
    static QString checkExpiresIn(const QString &expiresIn);
    static QString checkScopes(const QStringList &scopes);
    static QString checkAppSlug(const QString &appSlug);
    static QString checkOAuthAppId(const QString &oauthAppId);
    static QStringList splitScopes(const QStringList &scopes);
};

} // namespace ConnectDesk
