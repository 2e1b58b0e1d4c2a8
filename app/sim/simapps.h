#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
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
    int featuredWeight = 0; // popularity order; made up but stable per slug
    // Named scope subsets ({name: read_only|read_write|admin, scopes}); empty for most apps.
    QList<QPair<QString, QStringList>> scopeProfiles;
    bool hasActions = false; // made up but stable, for the has_actions / has_triggers filters
    bool hasTriggers = false;

    QJsonObject toJson() const;
};

struct SimAppCategory
{
    QString id; // "appcat_" + stable hash of the name
    QString name;
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
    // Every category used by the catalogue, sorted by name.
    static const QList<SimAppCategory> &categories();
    static const SimAppCategory *findCategory(const QString &id);
    static QString categoryId(const QString &name);
};

} // namespace ConnectDesk::Sim
