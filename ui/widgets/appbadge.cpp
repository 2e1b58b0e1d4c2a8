#include "widgets/appbadge.h"

#include <QCryptographicHash>
#include <QPainter>
#include <QPixmap>

namespace ConnectDesk::Ui::AppBadge {

QColor colorFor(const QString &appSlug)
{
    // A hash, not qHash: the same slug gets the same colour in every run.
    const QByteArray digest = QCryptographicHash::hash(appSlug.toUtf8(), QCryptographicHash::Md5);
    const int hue = (quint8(digest.at(0)) << 8 | quint8(digest.at(1))) % 360;
    return QColor::fromHsl(hue, 150, 80); // lightness 80/255: white text stays readable
}

QIcon icon(const QString &appSlug, const QString &appName, int size)
{
    const QString name = appName.trimmed().isEmpty() ? appSlug.trimmed() : appName.trimmed();
    QIcon icon;
    for (const int scale : {1, 2}) { // crisp on high-DPI screens too
        QPixmap pixmap(size * scale, size * scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colorFor(appSlug.isEmpty() ? name : appSlug));
        const qreal side = size * scale;
        painter.drawRoundedRect(QRectF(0, 0, side, side), side / 5, side / 5);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(int(side * 0.6));
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRectF(0, 0, side, side), Qt::AlignCenter,
                         name.isEmpty() ? QStringLiteral("?") : name.left(1).toUpper());
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace ConnectDesk::Ui::AppBadge
