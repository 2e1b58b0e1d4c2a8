#include "history/accountlabel.h"

#include <QCoreApplication>

namespace ConnectDesk::AccountLabel {

namespace {

// "x (Slack)" -> "x" when the bracketed part is the app; anything else is left alone.
QString withoutAppSuffix(const QString &name, const QString &appName, const QString &appSlug)
{
    if (!name.endsWith(QLatin1Char(')')))
        return name;
    const qsizetype open = name.lastIndexOf(QLatin1Char('('));
    if (open <= 0)
        return name;
    const QString inner = name.mid(open + 1, name.size() - open - 2).trimmed();
    const bool isApp = (!appName.isEmpty() && inner.compare(appName, Qt::CaseInsensitive) == 0)
                       || (!appSlug.isEmpty() && inner.compare(appSlug, Qt::CaseInsensitive) == 0);
    return isApp ? name.left(open).trimmed() : name;
}

} // namespace

QString accountName(const QString &name, const QString &appName, const QString &appSlug)
{
    const QString app = appName.trimmed();
    const QString slug = appSlug.trimmed();
    const QString stripped = withoutAppSuffix(name.trimmed(), app, slug);
    if ((!app.isEmpty() && stripped.compare(app, Qt::CaseInsensitive) == 0)
        || (!slug.isEmpty() && stripped.compare(slug, Qt::CaseInsensitive) == 0))
        return {};
    return stripped;
}

QString label(const QString &appName, const QString &appSlug, const QString &name)
{
    const QString app = appName.trimmed().isEmpty() ? appSlug.trimmed() : appName.trimmed();
    const QString account = accountName(name, appName, appSlug);
    if (account.isEmpty())
        return app;
    if (app.isEmpty())
        return account;
    if (account.contains(QLatin1Char('(')) || account.contains(QLatin1Char(')')))
        return QCoreApplication::translate("ConnectDesk::AccountLabel", "%1 — %2",
                                           "app — account name that has parentheses")
            .arg(app, account);
    return QCoreApplication::translate("ConnectDesk::AccountLabel", "%1 (%2)", "app (account name)")
        .arg(app, account);
}

} // namespace ConnectDesk::AccountLabel
