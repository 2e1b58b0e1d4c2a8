#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ConnectDesk {

struct ScopeInfo
{
    QString scope;
    QString description; // translated
};

// The Connect token scopes of connect-api.md section 3. `connect:*` is the server default.
class ScopeCatalogue final
{
    Q_DECLARE_TR_FUNCTIONS(ScopeCatalogue)
public:
    static QList<ScopeInfo> all();
    static bool isKnown(const QString &scope);
    static QString wildcard() { return QStringLiteral("connect:*"); }
    static QString description(const QString &scope);
};

} // namespace ConnectDesk
