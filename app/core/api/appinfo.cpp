#include "api/appinfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ConnectDesk {

QList<AppInfo> AppInfo::listFromJson(const QByteArray &json)
{
    QList<AppInfo> apps;
    const QJsonArray data
        = QJsonDocument::fromJson(json).object().value(QLatin1String("data")).toArray();
    for (const QJsonValue &value : data) {
        const QJsonObject object = value.toObject();
        AppInfo app{object.value(QLatin1String("name_slug")).toString(),
                    object.value(QLatin1String("name")).toString()};
        if (app.slug.isEmpty())
            continue;
        if (app.name.isEmpty())
            app.name = app.slug;
        apps.append(app);
    }
    return apps;
}

} // namespace ConnectDesk
