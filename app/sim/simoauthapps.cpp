#include "simoauthapps.h"

#include "simapps.h"

#include <QJsonArray>

namespace ConnectDesk::Sim {

namespace {

const QList<SimOAuthApp> &allClients()
{
    static const QList<SimOAuthApp> clients{
        {QStringLiteral("oa_sbxSlack1"),
         QStringLiteral("proj_sandbox"),
         QStringLiteral("slack"),
         QStringLiteral("Acme Support Slack app"),
         QStringLiteral("1234567890.1111111111"),
         {QStringLiteral("channels:read"), QStringLiteral("chat:write")},
         QStringLiteral("2026-01-15T09:30:00.000Z")},
        {QStringLiteral("oa_sbxSlack2"),
         QStringLiteral("proj_sandbox"),
         QStringLiteral("slack"),
         QStringLiteral("Acme Slack (staging)"),
         QStringLiteral("1234567890.2222222222"),
         {QStringLiteral("channels:read")},
         QStringLiteral("2026-02-01T12:00:00.000Z")},
        {QStringLiteral("oa_sbxSheets"),
         QStringLiteral("proj_sandbox"),
         QStringLiteral("google_sheets"),
         QString(),
         QStringLiteral("123-sandbox.apps.googleusercontent.com"),
         {QStringLiteral("https://www.googleapis.com/auth/spreadsheets")},
         QStringLiteral("2026-03-10T08:00:00.000Z")},
    };
    return clients;
}

} // namespace

QJsonObject SimOAuthApp::toJson() const
{
    const SimApp *app = SimAppCatalogue::find(appSlug);
    QJsonObject json = app ? app->toJson() : QJsonObject{};
    json.insert(QStringLiteral("id"), id);
    json.insert(QStringLiteral("client_id"), clientId);
    json.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(scopes));
    json.insert(QStringLiteral("additional_scopes"), QJsonArray());
    json.insert(QStringLiteral("redirect_uri"),
                QStringLiteral("https://api.pipedream.com/connect/oauth/%1/callback").arg(id));
    json.insert(QStringLiteral("owner_id"), ownerId);
    json.insert(QStringLiteral("created_at"), createdAt);
    json.insert(QStringLiteral("updated_at"), createdAt);
    if (!name.isEmpty())
        json.insert(QStringLiteral("name"), name);
    return json;
}

QList<SimOAuthApp> SimOAuthApps::forProject(const QString &projectId)
{
    QList<SimOAuthApp> result;
    for (const SimOAuthApp &client : allClients()) {
        if (client.ownerId == projectId)
            result.append(client);
    }
    return result;
}

const SimOAuthApp *SimOAuthApps::find(const QString &projectId, const QString &id)
{
    for (const SimOAuthApp &client : allClients()) {
        if (client.ownerId == projectId && client.id == id)
            return &client;
    }
    return nullptr;
}

} // namespace ConnectDesk::Sim
