#include "api/tokenresult.h"
#include "share/qrcode.h"

#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace ConnectDesk;

// The QR code decodes back to the Connect Link: the module matrix rendered to a PNG, and the SVG
// export rendered by QSvgRenderer, both read by zbarimg (zbar-tools, a declared test dependency:
// the test fails without it rather than skipping).
class TestQrCode final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_zbarimg;

    static QString connectLink()
    {
        TokenResult result;
        result.token = QStringLiteral("ctok_0123456789abcdef0123456789abcdef");
        result.expiresAt = QDateTime(QDate(2026, 11, 28), QTime(16, 0), Qt::UTC);
        result.connectLinkUrl = QUrl(QStringLiteral(
            "https://pipedream.com/_static/connect.html?token=ctok_0123456789abcdef0123456789abcdef"
            "&connectLink=true"));
        return result.connectLink(QStringLiteral("google_sheets")).toString(QUrl::FullyEncoded);
    }

    static QImage render(const QrMatrix &matrix, int module)
    {
        const int side = (matrix.size + 2 * QrCode::quietZone) * module;
        QImage image(side, side, QImage::Format_RGB32);
        image.fill(Qt::white);
        for (int y = 0; y < matrix.size; ++y) {
            for (int x = 0; x < matrix.size; ++x) {
                if (!matrix.at(x, y))
                    continue;
                for (int dy = 0; dy < module; ++dy) {
                    for (int dx = 0; dx < module; ++dx)
                        image.setPixel((x + QrCode::quietZone) * module + dx,
                                       (y + QrCode::quietZone) * module + dy,
                                       qRgb(0, 0, 0));
                }
            }
        }
        return image;
    }

    QString decode(const QImage &image, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        if (!image.save(path, "PNG"))
            return QStringLiteral("<could not save %1>").arg(path);
        QProcess zbar;
        zbar.start(m_zbarimg, {QStringLiteral("--raw"), QStringLiteral("-q"), path});
        if (!zbar.waitForFinished(30000))
            return QStringLiteral("<zbarimg did not finish>");
        if (zbar.exitStatus() != QProcess::NormalExit || zbar.exitCode() != 0)
            return QStringLiteral("<zbarimg exit %1: %2>")
                .arg(zbar.exitCode())
                .arg(QString::fromLocal8Bit(zbar.readAllStandardError()));
        QString text = QString::fromUtf8(zbar.readAllStandardOutput());
        if (text.endsWith(QLatin1Char('\n')))
            text.chop(1);
        return text;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        QVERIFY2(!m_zbarimg.isEmpty(),
                 "zbarimg not found: install zbar-tools (.ci/setup-deps) to run this test");
    }

    void matrixShape()
    {
        const QrMatrix matrix = QrCode::encode(connectLink());
        QVERIFY(!matrix.isNull());
        QCOMPARE((matrix.size - 17) % 4, 0); // version v: 4v + 17 modules
        QCOMPARE(matrix.modules.size(), qsizetype(matrix.size) * matrix.size);
        // The three finder patterns: a dark 7x7 ring with a 3x3 centre, in three corners.
        for (const auto &[ox, oy] :
             {std::pair{0, 0}, std::pair{matrix.size - 7, 0}, std::pair{0, matrix.size - 7}}) {
            for (int i = 0; i < 7; ++i) {
                QVERIFY(matrix.at(ox + i, oy));
                QVERIFY(matrix.at(ox + i, oy + 6));
                QVERIFY(matrix.at(ox, oy + i));
                QVERIFY(matrix.at(ox + 6, oy + i));
            }
            QVERIFY(!matrix.at(ox + 1, oy + 1));
            QVERIFY(matrix.at(ox + 3, oy + 3));
        }
    }

    void decodesBack_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("connect link") << connectLink();
        QTest::newRow("short") << QStringLiteral("https://example.com/");
        QTest::newRow("long link")
            << connectLink() + QStringLiteral("&x=") + QString(600, QLatin1Char('a'));
    }

    void decodesBack()
    {
        QFETCH(QString, text);
        QString error;
        const QrMatrix matrix = QrCode::encode(text, &error);
        QVERIFY2(!matrix.isNull(), qPrintable(error));
        QCOMPARE(decode(render(matrix, 4), QStringLiteral("matrix.png")), text);
    }

    void svgIsWellFormedAndDecodes()
    {
        const QString link = connectLink();
        const QrMatrix matrix = QrCode::encode(link);
        const QString svg = QrCode::toSvg(matrix, 8);

        QXmlStreamReader xml(svg);
        QString root;
        int elements = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                if (root.isEmpty())
                    root = xml.name().toString();
                ++elements;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(root, QStringLiteral("svg"));
        QCOMPARE(elements, 3); // svg, rect, path
        const int side = (matrix.size + 2 * QrCode::quietZone) * 8;
        QVERIFY(svg.contains(QStringLiteral("width=\"%1\"").arg(side)));

        QSvgRenderer renderer(svg.toUtf8());
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.defaultSize(), QSize(side, side));
        QImage image(side, side, QImage::Format_RGB32);
        image.fill(Qt::red); // the SVG must paint its own white background
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        QCOMPARE(image.pixel(1, 1), qRgb(255, 255, 255));
        QCOMPARE(image.pixel(QrCode::quietZone * 8 + 1, QrCode::quietZone * 8 + 1), qRgb(0, 0, 0));
        QCOMPARE(decode(image, QStringLiteral("svg.png")), link);
    }

    void refusesWhatCannotBeEncoded()
    {
        QString error;
        QVERIFY(QrCode::encode(QString(), &error).isNull());
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(QrCode::encode(QString(3000, QLatin1Char('a')), &error).isNull());
        QVERIFY2(error.contains(QLatin1String("too long")), qPrintable(error));
        QVERIFY(QrCode::toSvg(QrMatrix()).contains(QLatin1String("<svg")));
    }
};

QTEST_MAIN(TestQrCode)
#include "tst_qrcode.moc"
