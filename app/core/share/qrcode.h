#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace ConnectDesk {

// A QR code symbol as a square of modules (true = dark), row by row, without the quiet zone.
struct QrMatrix
{
    int size = 0; // modules per side; 0 = no symbol
    QVector<bool> modules;

    bool isNull() const { return size <= 0; }
    bool at(int x, int y) const { return modules.at(qsizetype(y) * size + x); }

    bool operator==(const QrMatrix &) const = default;
};

// A thin wrapper over libqrencode: the text as UTF-8 in 8-bit mode, error correction level M
// (15 %), the smallest version that fits. No painting here (the core has no QtGui): widgets
// paint the matrix, toSvg() writes it as a file.
class QrCode final
{
    Q_DECLARE_TR_FUNCTIONS(QrCode)
public:
    static constexpr int quietZone = 4; // modules of white around the symbol (ISO/IEC 18004)

    // A null matrix when the text cannot be encoded (empty, or too long for any version);
    // `error` then says why.
    static QrMatrix encode(const QString &text, QString *error = nullptr);

    // A standalone SVG 1.1 document: a white square with the quiet zone and one black path,
    // `moduleSize` user units (px) per module, crisp edges.
    static QString toSvg(const QrMatrix &matrix,
                         int moduleSize = 8,
                         int quietZone = QrCode::quietZone);
};

} // namespace ConnectDesk
