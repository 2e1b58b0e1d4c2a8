#include "share/qrcode.h"

#include <qrencode.h>

#include <algorithm>
#include <cerrno>
#include <memory>

namespace ConnectDesk {

QrMatrix QrCode::encode(const QString &text, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QrMatrix();
    };
    if (text.isEmpty())
        return fail(tr("There is nothing to encode."));
    const QByteArray data = text.toUtf8();
    errno = 0;
    const std::unique_ptr<QRcode, decltype(&QRcode_free)>
        code(QRcode_encodeData(int(data.size()),
                               reinterpret_cast<const unsigned char *>(data.constData()),
                               0,
                               QR_ECLEVEL_M),
             &QRcode_free);
    if (!code) {
        if (errno == ERANGE)
            return fail(
                tr("The text is too long for a QR code (%n bytes).", nullptr, int(data.size())));
        return fail(tr("The QR code could not be created."));
    }
    QrMatrix matrix;
    matrix.size = code->width;
    matrix.modules.resize(qsizetype(code->width) * code->width);
    // libqrencode: bit 0 of each byte is the module's colour (1 = dark); the rest is metadata.
    for (qsizetype i = 0; i < matrix.modules.size(); ++i)
        matrix.modules[i] = (code->data[i] & 0x1) != 0;
    if (error)
        error->clear();
    return matrix;
}

QString QrCode::toSvg(const QrMatrix &matrix, int moduleSize, int quietZone)
{
    moduleSize = std::max(1, moduleSize);
    quietZone = std::max(0, quietZone);
    const int side = matrix.size + 2 * quietZone;
    const QString pixels = QString::number(side * moduleSize);
    QString path;
    // One subpath per horizontal run of dark modules keeps the file small.
    for (int y = 0; y < matrix.size; ++y) {
        for (int x = 0; x < matrix.size;) {
            if (!matrix.at(x, y)) {
                ++x;
                continue;
            }
            int run = 1;
            while (x + run < matrix.size && matrix.at(x + run, y))
                ++run;
            path += QStringLiteral("M%1 %2h%3v1h-%3z").arg(x + quietZone).arg(y + quietZone).arg(run);
            x += run;
        }
    }
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%1\" "
                          "height=\"%1\" viewBox=\"0 0 %2 %2\" shape-rendering=\"crispEdges\">\n"
                          "<rect width=\"%2\" height=\"%2\" fill=\"#ffffff\"/>\n"
                          "<path fill=\"#000000\" d=\"%3\"/>\n"
                          "</svg>\n")
        .arg(pixels, QString::number(side), path);
}

} // namespace ConnectDesk
