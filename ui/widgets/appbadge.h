#pragma once

#include <QIcon>
#include <QString>

namespace ConnectDesk::Ui {

// An app's small badge: the first letter of its name on a colour derived from its slug, so apps
// can be told apart at a glance in lists. Drawn locally: Pipedream's logos (img_src) live on
// another host, and a support screen must not wait for, or leak lookups to, it.
namespace AppBadge {
QIcon icon(const QString &appSlug, const QString &appName, int size = 20);
QColor colorFor(const QString &appSlug); // stable for a slug, dark enough for white text
} // namespace AppBadge

} // namespace ConnectDesk::Ui
