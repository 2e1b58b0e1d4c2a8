#pragma once

#include <QCoreApplication>
#include <QStyle>

class QHBoxLayout;
class QLabel;
class QWidget;

namespace ConnectDesk::Ui {

// A status line under a field: a small standard icon (named for screen readers, so the state
// is never colour alone) and a wrapped plain-text label. Shared by the form's pickers.
class StatusLabel final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectDesk::Ui::StatusLabel)
public:
    static QLabel *makeText(const QString &objectName, QWidget *parent);
    static QLabel *makeIcon(const QString &objectName, QWidget *parent);
    static QHBoxLayout *row(QLabel *icon, QLabel *label);

    // Shows `text` with `pixmap` (both hidden when text is empty), drawn in `owner`'s style.
    static void set(QWidget *owner, QLabel *icon, QLabel *label, QStyle::StandardPixmap pixmap,
                    const QString &text);
    // Redraws an icon set by set() after a style or palette change.
    static void refresh(QWidget *owner, QLabel *icon);
};

} // namespace ConnectDesk::Ui
