#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ConnectDesk::Sim {

// A project's custom OAuth client ("bring your own app") as GET .../oauth_apps
// lists it.
struct SimOAuthApp
{
    QString id;      // oa_...
    QString ownerId; // the project
    QString appSlug;
    QString name;     // the client's own name (falls back to the app's in JSON when
                      // empty)
    QString clientId; // the upstream provider's client id; the secret is never
                      // stored or returned
    QStringList scopes;
    QString createdAt; // ISO 8601

    // The SDK's OauthApp: the app's metadata merged with the client's fields.
    QJsonObject toJson() const;
};

// The sandbox's fixed custom OAuth clients (proj_sandbox has three,
// proj_sandbox2 none).
class SimOAuthApps final
{
public:
    static QList<SimOAuthApp> forProject(const QString &projectId);
    static const SimOAuthApp *find(const QString &projectId, const QString &id);
};

} // namespace ConnectDesk::Sim
