#include "api/appinfo.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ConnectDesk {

namespace {

QJsonArray dataArray(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object().value(QLatin1String("data")).toArray();
}

} // namespace

std::optional<AppInfo> AppInfo::fromJson(const QJsonObject &object)
{
    AppInfo app;
    app.slug = object.value(QLatin1String("name_slug")).toString();
    if (app.slug.isEmpty())
        return std::nullopt;
    app.name = object.value(QLatin1String("name")).toString();
    if (app.name.isEmpty())
        app.name = app.slug;
    app.id = object.value(QLatin1String("id")).toString();
    app.authType = object.value(QLatin1String("auth_type")).toString();
    const QJsonArray profiles = object.value(QLatin1String("scope_profiles")).toArray();
    for (const QJsonValue &value : profiles) {
        ScopeProfile profile;
        profile.name = value[QLatin1String("name")].toString();
        const QJsonArray scopes = value[QLatin1String("scopes")].toArray();
        for (const QJsonValue &scope : scopes)
            profile.scopes.append(scope.toString());
        if (!profile.name.isEmpty())
            app.scopeProfiles.append(profile);
    }
    return app;
}

std::optional<AppInfo> AppInfo::oneFromJson(const QByteArray &json)
{
    return fromJson(QJsonDocument::fromJson(json).object().value(QLatin1String("data")).toObject());
}

QList<AppInfo> AppInfo::listFromJson(const QByteArray &json)
{
    QList<AppInfo> apps;
    const QJsonArray data = dataArray(json);
    for (const QJsonValue &value : data) {
        if (auto app = fromJson(value.toObject()))
            apps.append(*app);
    }
    return apps;
}

QList<OAuthClientInfo> OAuthClientInfo::listFromJson(const QByteArray &json)
{
    QList<OAuthClientInfo> clients;
    const QJsonArray data = dataArray(json);
    for (const QJsonValue &value : data) {
        const QJsonObject object = value.toObject();
        OAuthClientInfo client{object.value(QLatin1String("id")).toString(),
                               object.value(QLatin1String("name")).toString(),
                               object.value(QLatin1String("name_slug")).toString(),
                               object.value(QLatin1String("client_id")).toString()};
        if (client.id.isEmpty())
            continue;
        if (client.name.isEmpty())
            client.name = client.id;
        clients.append(client);
    }
    return clients;
}

} // namespace ConnectDesk
