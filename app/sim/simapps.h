#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ConnectDesk::Sim {

struct SimApp
{
    QString id; // "app_" + 6 base62 characters, stable per slug
    QString slug;
    QString name;
    QString authType; // "oauth", "keys" or "none"
    QString description;
    QStringList categories;

    QJsonObject toJson() const;
};

// The bundled app catalogue: a fixed snapshot of popular Pipedream apps, sorted by name.
class SimAppCatalogue final
{
public:
    static const QList<SimApp> &all();
    // By name_slug or by id; nullptr when unknown.
    static const SimApp *find(const QString &slugOrId);
    // Case-insensitive substring match on slug or name; an empty query matches everything.
    static QList<SimApp> search(const QString &query);
};

} // namespace ConnectDesk::Sim
