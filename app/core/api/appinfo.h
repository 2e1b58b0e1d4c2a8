#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace ConnectDesk {

// An app as the apps list (GET /v1/apps, /v1/connect/apps) describes it: what a picker shows.
struct AppInfo
{
    QString slug; // name_slug, as the Connect Link's app= and the token's app_id take it
    QString name; // the display name; the slug when the server gives none

    // {data: [{name_slug, name, ...}], page_info}; entries without a slug are skipped.
    static QList<AppInfo> listFromJson(const QByteArray &json);
};

} // namespace ConnectDesk
