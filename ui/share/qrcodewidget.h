#pragma once

#include "share/qrcode.h"

#include <QImage>
#include <QWidget>

class QAction;

namespace ConnectDesk::Ui {

// A QR code, painted crisp: whole pixels per module, a quiet zone of four modules, black on
// white whatever the palette (dark themes included), so phones can scan it from the screen.
// Never smaller than minimumPixels. "Save as PNG…", "Save as SVG…" and "Copy Image" are in its
// context menu and available as actions for buttons.
class QrCodeWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QrCodeWidget)
public:
    static constexpr int minimumPixels = 200; // the symbol with its quiet zone
    static constexpr int pngModulePixels = 10;

    explicit QrCodeWidget(QWidget *parent = nullptr);
    ~QrCodeWidget() override;

    // Encodes `text`; an empty text clears the code.
    void setText(const QString &text);
    QString text() const { return m_text; }
    const QrMatrix &matrix() const { return m_matrix; }
    QString errorString() const { return m_error; }

    // Pixels per module and where the symbol (quiet zone included) is painted at the
    // widget's current size.
    int moduleSize() const;
    QRect symbolRect() const;

    // The symbol with its quiet zone as an image, `modulePixels` per module.
    static QImage renderImage(const QrMatrix &matrix,
                              int modulePixels,
                              int quietZone = QrCode::quietZone);
    bool writePng(const QString &path) const;
    bool writeSvg(const QString &path) const;

    QAction *savePngAction() const { return m_savePng; }
    QAction *saveSvgAction() const { return m_saveSvg; }
    QAction *copyImageAction() const { return m_copyImage; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    void savePng(); // asks for a file name (FileDialog), then writes
    void saveSvg();
    void copyImage();

signals:
    void statusMessage(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    int sideModules() const { return m_matrix.size + 2 * QrCode::quietZone; }
    void reportWrite(bool ok, const QString &path);

    QString m_text;
    QrMatrix m_matrix;
    QString m_error;
    QAction *m_savePng;
    QAction *m_saveSvg;
    QAction *m_copyImage;
};

} // namespace ConnectDesk::Ui
