#include "widgets/tabchain.h"

#include <QWidget>

namespace ConnectDesk::Ui::TabChain {

QList<QWidget *> stops(QWidget *widget)
{
    if (!widget)
        return {};
    if ((widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy())
        return {widget};
    QList<QWidget *> found;
    QWidget *start = widget->focusProxy() ? widget->focusProxy() : widget;
    QWidget *current = start;
    do {
        if ((widget == current || widget->isAncestorOf(current))
            && (current->focusPolicy() & Qt::TabFocus) && !current->focusProxy()
            && !found.contains(current))
            found.append(current);
        current = current->nextInFocusChain();
    } while (current && current != start);
    return found;
}

void chain(const QList<QWidget *> &widgets)
{
    QList<QWidget *> all;
    for (QWidget *widget : widgets) {
        for (QWidget *stop : stops(widget)) {
            if (!all.contains(stop))
                all.append(stop);
        }
    }
    for (qsizetype i = 1; i < all.size(); ++i)
        QWidget::setTabOrder(all.at(i - 1), all.at(i));
}

} // namespace ConnectDesk::Ui::TabChain
