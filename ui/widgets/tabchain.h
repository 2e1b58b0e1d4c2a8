#pragma once

#include <QList>

class QWidget;

namespace ConnectDesk::Ui::TabChain {

// The keyboard stops inside `widget`, in their current order: the widget itself when it takes
// Tab focus, else its focusable descendants (a compound picker may not take focus itself).
QList<QWidget *> stops(QWidget *widget);

// Tab visits `widgets` in this order (each one's stops, as stops() finds them).
void chain(const QList<QWidget *> &widgets);

} // namespace ConnectDesk::Ui::TabChain
