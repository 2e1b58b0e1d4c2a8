#include "widgets/statuslabel.h"

#include <QHBoxLayout>
#include <QLabel>

namespace ConnectDesk::Ui {

namespace {

constexpr char statusPixmapProperty[] = "connectdeskStatusPixmap";

void draw(QWidget *owner, QLabel *icon, QStyle::StandardPixmap pixmap)
{
    QStyle *style = owner->style();
    const int size = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, owner);
    icon->setPixmap(style->standardIcon(pixmap, nullptr, owner)
                        .pixmap(QSize(size, size), owner->devicePixelRatioF()));
}

} // namespace

QLabel *StatusLabel::makeText(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QLabel *StatusLabel::makeIcon(const QString &objectName, QWidget *parent)
{
    auto *icon = new QLabel(parent);
    icon->setObjectName(objectName);
    icon->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    icon->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    return icon;
}

QHBoxLayout *StatusLabel::row(QLabel *icon, QLabel *label)
{
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(label, 1);
    return row;
}

void StatusLabel::set(QWidget *owner, QLabel *icon, QLabel *label, QStyle::StandardPixmap pixmap,
                      const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    icon->setVisible(!text.isEmpty());
    icon->setProperty(statusPixmapProperty, int(pixmap));
    switch (pixmap) {
    case QStyle::SP_MessageBoxWarning:
        icon->setAccessibleName(tr("Problem"));
        break;
    case QStyle::SP_DialogApplyButton:
        icon->setAccessibleName(tr("OK"));
        break;
    default:
        icon->setAccessibleName(tr("Note"));
        break;
    }
    draw(owner, icon, pixmap);
}

void StatusLabel::refresh(QWidget *owner, QLabel *icon)
{
    const QVariant pixmap = icon->property(statusPixmapProperty);
    if (pixmap.isValid())
        draw(owner, icon, QStyle::StandardPixmap(pixmap.toInt()));
}

} // namespace ConnectDesk::Ui
