#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ConnectDesk {

// An app as the apps list (GET /v1/apps, /v1/connect/apps) describes it: what a picker shows.
struct AppInfo
{
    struct ScopeProfile
    {
        QString name; // read_only, read_write or admin
        QStringList scopes;

        bool operator==(const ScopeProfile &) const = default;
    };

    QString slug; // name_slug, as the Connect Link's app= and the token's app_id take it
    QString name; // the display name; the slug when the server gives none
    QString id;   // app_...; may be empty
    QString authType; // oauth, keys or none; empty when the server does not say
    QList<ScopeProfile> scopeProfiles;

    // Apps without authentication (auth_type none) have no account for a Connect Link to connect.
    bool isConnectable() const { return authType != QLatin1String("none"); }

    // One App object; nullopt without a slug.
    static std::optional<AppInfo> fromJson(const QJsonObject &object);
    // {data: App}, as GET /v1/connect/apps/{app} answers.
    static std::optional<AppInfo> oneFromJson(const QByteArray &json);
    // {data: [{name_slug, name, ...}], page_info}; entries without a slug are skipped.
    static QList<AppInfo> listFromJson(const QByteArray &json);
};

// A project's custom OAuth client ("bring your own app"), from GET .../oauth_apps.
struct OAuthClientInfo
{
    QString id;       // oa_..., what a token's oauth_app_id takes
    QString name;     // the client's name (the API falls back to the app's)
    QString appSlug;
    QString clientId; // the upstream provider's client id (public)

    // {data: [OauthApp], page_info}; entries without an id are skipped.
    static QList<OAuthClientInfo> listFromJson(const QByteArray &json);
};

} // namespace ConnectDesk
