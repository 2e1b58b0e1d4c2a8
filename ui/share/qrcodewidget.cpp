#include "share/qrcodewidget.h"

#include "widgets/filedialog.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QMenu>
#include <QPainter>
#include <QSaveFile>
#include <QStandardPaths>

namespace ConnectDesk::Ui {

namespace {

QString suggestedPath(const QString &suffix)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return QDir(dir).filePath(QStringLiteral("connect-link-qr.") + suffix);
}

} // namespace

QrCodeWidget::QrCodeWidget(QWidget *parent)
    : QWidget(parent)
    , m_savePng(new QAction(tr("Save as PNG…"), this))
    , m_saveSvg(new QAction(tr("Save as SVG…"), this))
    , m_copyImage(new QAction(tr("Copy Image"), this))
{
    setAccessibleName(tr("QR code of the Connect Link"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setFocusPolicy(Qt::StrongFocus);
    m_savePng->setObjectName(QStringLiteral("qrSavePngAction"));
    m_saveSvg->setObjectName(QStringLiteral("qrSaveSvgAction"));
    m_copyImage->setObjectName(QStringLiteral("qrCopyImageAction"));
    connect(m_savePng, &QAction::triggered, this, &QrCodeWidget::savePng);
    connect(m_saveSvg, &QAction::triggered, this, &QrCodeWidget::saveSvg);
    connect(m_copyImage, &QAction::triggered, this, &QrCodeWidget::copyImage);
    setText({});
}

QrCodeWidget::~QrCodeWidget() = default;

void QrCodeWidget::setText(const QString &text)
{
    m_text = text;
    m_error.clear();
    m_matrix = text.isEmpty() ? QrMatrix() : QrCode::encode(text, &m_error);
    const bool ok = !m_matrix.isNull();
    for (QAction *action : {m_savePng, m_saveSvg, m_copyImage})
        action->setEnabled(ok);
    setAccessibleDescription(ok ? text : m_error);
    setToolTip(ok ? text : m_error);
    updateGeometry();
    update();
}

int QrCodeWidget::moduleSize() const
{
    if (m_matrix.isNull())
        return 0;
    return std::max(1, std::min(width(), height()) / sideModules());
}

QRect QrCodeWidget::symbolRect() const
{
    if (m_matrix.isNull())
        return {};
    const int side = moduleSize() * sideModules();
    return {(width() - side) / 2, (height() - side) / 2, side, side};
}

QSize QrCodeWidget::minimumSizeHint() const
{
    if (m_matrix.isNull())
        return {minimumPixels, minimumPixels};
    // The smallest whole module size that reaches minimumPixels.
    const int modules = sideModules();
    const int module = (minimumPixels + modules - 1) / modules;
    return {module * modules, module * modules};
}

QSize QrCodeWidget::sizeHint() const
{
    const QSize minimum = minimumSizeHint();
    if (m_matrix.isNull())
        return minimum;
    const int modules = sideModules();
    const int module = std::max(minimum.width() / modules, 6);
    return {module * modules, module * modules};
}

QImage QrCodeWidget::renderImage(const QrMatrix &matrix, int modulePixels, int quietZone)
{
    if (matrix.isNull() || modulePixels < 1)
        return {};
    const int side = (matrix.size + 2 * quietZone) * modulePixels;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < matrix.size; ++y) {
        for (int x = 0; x < matrix.size; ++x) {
            if (matrix.at(x, y))
                painter.fillRect((x + quietZone) * modulePixels,
                                 (y + quietZone) * modulePixels,
                                 modulePixels,
                                 modulePixels,
                                 Qt::black);
        }
    }
    return image;
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_matrix.isNull()) {
        if (!m_error.isEmpty()) {
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_error);
        }
        return;
    }
    // Fixed colours on purpose: scanners need dark modules on a light background.
    const int module = moduleSize();
    const QRect symbol = symbolRect();
    painter.fillRect(symbol, Qt::white);
    const QPoint origin = symbol.topLeft()
                          + QPoint(QrCode::quietZone * module, QrCode::quietZone * module);
    for (int y = 0; y < m_matrix.size; ++y) {
        for (int x = 0; x < m_matrix.size; ++x) {
            if (m_matrix.at(x, y))
                painter.fillRect(origin.x() + x * module,
                                 origin.y() + y * module,
                                 module,
                                 module,
                                 Qt::black);
        }
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawRect(symbol.adjusted(1, 1, -1, -1));
    }
}

void QrCodeWidget::contextMenuEvent(QContextMenuEvent *event)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_copyImage);
    menu->addSeparator();
    menu->addAction(m_savePng);
    menu->addAction(m_saveSvg);
    menu->popup(event->globalPos()); // not exec(): no nested event loop
}

bool QrCodeWidget::writePng(const QString &path) const
{
    const QImage image = renderImage(m_matrix, pngModulePixels);
    QSaveFile file(path);
    if (image.isNull() || !file.open(QIODevice::WriteOnly))
        return false;
    return image.save(&file, "PNG") && file.commit();
}

bool QrCodeWidget::writeSvg(const QString &path) const
{
    if (m_matrix.isNull())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QrCode::toSvg(m_matrix).toUtf8());
    return file.commit();
}

void QrCodeWidget::reportWrite(bool ok, const QString &path)
{
    emit statusMessage(
        ok ? tr("QR code saved to %1.").arg(QDir::toNativeSeparators(path))
           : tr("Could not save the QR code to %1.").arg(QDir::toNativeSeparators(path)));
}

void QrCodeWidget::savePng()
{
    if (m_matrix.isNull())
        return;
    FileDialog::getSaveFileName(this,
                                tr("Save QR Code as PNG"),
                                suggestedPath(QStringLiteral("png")),
                                tr("PNG images (*.png)"),
                                QStringLiteral("png"),
                                [this](const QString &path) { reportWrite(writePng(path), path); });
}

void QrCodeWidget::saveSvg()
{
    if (m_matrix.isNull())
        return;
    FileDialog::getSaveFileName(this,
                                tr("Save QR Code as SVG"),
                                suggestedPath(QStringLiteral("svg")),
                                tr("SVG images (*.svg)"),
                                QStringLiteral("svg"),
                                [this](const QString &path) { reportWrite(writeSvg(path), path); });
}

void QrCodeWidget::copyImage()
{
    if (m_matrix.isNull())
        return;
    QGuiApplication::clipboard()->setImage(renderImage(m_matrix, pngModulePixels));
    emit statusMessage(tr("QR code copied as an image."));
}

} // namespace ConnectDesk::Ui
