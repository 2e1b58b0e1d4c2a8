#pragma once

#include <QObject>

class QWidget;

namespace ConnectDesk::Ui {

// Combo boxes under `root` ignore the mouse wheel unless they have the keyboard focus: the
// wheel scrolls the pane they sit in, and a template or project never changes because it
// passed under the pointer. Owned by `root`.
class WheelGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WheelGuard)
public:
    static void protect(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QObject *parent) : QObject(parent) {}
};

} // namespace ConnectDesk::Ui
