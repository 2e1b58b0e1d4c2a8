#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace ConnectDesk::Sim {

// A token request body that passed validation.
struct TokenRequestFields
{
    QString externalUserId;
    QStringList allowedOrigins;
    QString successRedirectUri;
    QString errorRedirectUri;
    QString webhookUri;
    int expiresIn = 14400;
    QString scope = QStringLiteral("connect:*");
    bool allowProgressiveScopes = false;
    QString appId;      // app id or name slug, as sent
    QString oauthAppId; // a custom OAuth client of the project
};

struct TokenRequestCheck
{
    std::optional<TokenRequestFields> fields;
    QString error; // names the offending field when `fields` is empty
    QString field;
};

// Pure request rules, kept apart from the HTTP plumbing so they can be read (and tested) alone.
namespace Validation {

constexpr int maxExternalUserIdLength = 250;
constexpr int maxExpiresIn = 14400;

bool isValidProjectId(const QString &projectId);     // ^proj_[a-zA-Z0-9]+$
bool isValidEnvironment(const QString &environment); // development | production
bool isValidOrigin(const QString &origin);           // http(s)://host[:port], nothing else
bool isAbsoluteHttpUrl(const QString &url);          // http(s) with a host
const QStringList &connectScopes();                  // the Connect token scope catalogue

// Connect token scopes: space-separated, every one from the catalogue, "*" refused.
QString checkConnectScope(const QString &scope); // empty = fine
// OAuth client-credentials scopes: the same catalogue plus "*".
QString checkOAuthScope(const QString &scope);

TokenRequestCheck checkTokenRequest(const QJsonObject &body);

} // namespace Validation
} // namespace ConnectDesk::Sim
