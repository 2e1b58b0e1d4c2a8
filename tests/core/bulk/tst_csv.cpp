#include "bulk/csv.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using namespace ConnectDesk;

namespace {

using Rows = QList<QStringList>;

QStringList L(std::initializer_list<const char *> fields)
{
    QStringList list;
    for (const char *field : fields)
        list.append(QString::fromUtf8(field));
    return list;
}

Rows R(std::initializer_list<std::initializer_list<const char *>> rows)
{
    Rows list;
    for (const auto &row : rows)
        list.append(L(row));
    return list;
}

// Hands out at most a few bytes per read, so every chunk boundary case is exercised: a CRLF, a
// "" escape or a multi-byte UTF-8 character split across reads.
class TrickleDevice final : public QIODevice
{
public:
    explicit TrickleDevice(QByteArray data, qint64 step) : m_data(std::move(data)), m_step(step)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min({maxSize, m_step, qint64(m_data.size()) - m_pos});
        std::memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_pos = 0;
};

Rows readAll(QIODevice *device, QString *error)
{
    CsvReader reader(device);
    Rows rows;
    QStringList fields;
    while (reader.readRow(&fields))
        rows.append(fields);
    *error = reader.errorString();
    return rows;
}

} // namespace

class tst_Csv : public QObject
{
    Q_OBJECT

private slots:
    void read_data();
    void read();
    void readInSmallPieces_data() { read_data(); }
    void readInSmallPieces();
    void recordLine();
    void blankLinesKeptOnRequest();
    void write_data();
    void write();
    void writeCrlf();
    void roundTrip_data();
    void roundTrip();
    void roundTripRandom();
    void largeInput();
};

void tst_Csv::read_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Rows>("expected");
    QTest::addColumn<bool>("fails");

    QTest::newRow("simple") << QByteArray("a,b,c\n1,2,3\n") << R({{"a", "b", "c"}, {"1", "2", "3"}}) << false;
    QTest::newRow("no final line break") << QByteArray("a,b\n1,2") << R({{"a", "b"}, {"1", "2"}}) << false;
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << R({{"a", "b"}, {"1", "2"}}) << false;
    QTest::newRow("CR only") << QByteArray("a\r1\r") << R({{"a"}, {"1"}}) << false;
    QTest::newRow("mixed line ends") << QByteArray("a\r\nb\nc\rd") << R({{"a"}, {"b"}, {"c"}, {"d"}}) << false;
    QTest::newRow("quoted comma") << QByteArray("\"a,b\",c\n") << R({{"a,b", "c"}}) << false;
    QTest::newRow("escaped quotes") << QByteArray("\"he said \"\"hi\"\"\",x\n")
                                    << R({{"he said \"hi\"", "x"}}) << false;
    QTest::newRow("only quotes") << QByteArray("\"\"\"\"\n") << R({{"\""}}) << false;
    QTest::newRow("newline in quotes") << QByteArray("\"line1\nline2\",x\ny,z\n")
                                       << R({{"line1\nline2", "x"}, {"y", "z"}}) << false;
    QTest::newRow("CRLF in quotes kept") << QByteArray("\"a\r\nb\"\r\n")
                                         << R({{"a\r\nb"}}) << false;
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF" "external_user_id,app\nu1,slack\n")
                         << R({{"external_user_id", "app"}, {"u1", "slack"}}) << false;
    QTest::newRow("BOM before quote") << QByteArray("\xEF\xBB\xBF\"id\"\nu1\n")
                                      << R({{"id"}, {"u1"}}) << false;
    QTest::newRow("unicode") << QByteArray("名前,Zoë,😀\n\"ü,ß\",x\n")
                             << R({{"名前", "Zoë", "😀"}, {"ü,ß", "x"}})
                             << false;
    QTest::newRow("empty fields") << QByteArray(",,\na,,b\n") << R({{"", "", ""}, {"a", "", "b"}}) << false;
    QTest::newRow("trailing comma") << QByteArray("a,\n") << R({{"a", ""}}) << false;
    QTest::newRow("empty quoted field") << QByteArray("\"\"\n\"\",\"\"\n") << R({{""}, {"", ""}}) << false;
    QTest::newRow("ragged rows") << QByteArray("a,b,c\n1\n1,2,3,4\n")
                                 << R({{"a", "b", "c"}, {"1"}, {"1", "2", "3", "4"}}) << false;
    QTest::newRow("blank lines skipped") << QByteArray("a\n\n\nb\r\n\r\n") << R({{"a"}, {"b"}}) << false;
    QTest::newRow("leading blank lines") << QByteArray("\n\r\na\n") << R({{"a"}}) << false;
    QTest::newRow("spaces kept") << QByteArray(" a , b \n") << R({{" a ", " b "}}) << false;
    QTest::newRow("quote inside unquoted field") << QByteArray("ab\"c,d\n") << R({{"ab\"c", "d"}}) << false;
    QTest::newRow("text after closing quote") << QByteArray("\"ab\"c,d\n") << R({{"abc", "d"}}) << false;
    QTest::newRow("empty input") << QByteArray() << R({}) << false;
    QTest::newRow("only BOM") << QByteArray("\xEF\xBB\xBF") << R({}) << false;
    QTest::newRow("only line breaks") << QByteArray("\n\r\n\n") << R({}) << false;
    QTest::newRow("unterminated quote") << QByteArray("a\n\"abc\n") << R({}) << true;
    QTest::newRow("not UTF-8") << QByteArray("a\n\xff\xfe,b\n") << R({}) << true;
}

void tst_Csv::read()
{
    QFETCH(QByteArray, input);
    QFETCH(Rows, expected);
    QFETCH(bool, fails);
    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QString error;
    const Rows rows = readAll(&buffer, &error);
    QCOMPARE(!error.isEmpty(), fails);
    if (!fails) // where a failure stops depends on how the device hands out bytes
        QCOMPARE(rows, expected);

    QString parseError;
    const Rows parsed = CsvReader::parse(input, &parseError);
    QCOMPARE(parseError, error);
    if (!fails)
        QCOMPARE(parsed, expected);
}

void tst_Csv::readInSmallPieces()
{
    QFETCH(QByteArray, input);
    QFETCH(Rows, expected);
    QFETCH(bool, fails);
    for (qint64 step : {1, 2, 3}) {
        TrickleDevice device(input, step);
        QString error;
        const Rows rows = readAll(&device, &error);
        QCOMPARE(!error.isEmpty(), fails);
        if (!fails)
            QCOMPARE(rows, expected);
    }
}

void tst_Csv::recordLine()
{
    QByteArray input("h\n\"two\nlines\"\n\nlast\n\"open\n");
    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    QStringList fields;
    QVERIFY(reader.readRow(&fields));
    QCOMPARE(reader.recordLine(), 1);
    QVERIFY(reader.readRow(&fields));
    QCOMPARE(reader.recordLine(), 2);
    QVERIFY(reader.readRow(&fields));
    QCOMPARE(fields, L({"last"}));
    QCOMPARE(reader.recordLine(), 5);
    QVERIFY(!reader.readRow(&fields));
    QVERIFY(reader.hasError());
    QVERIFY2(reader.errorString().contains(QLatin1String("line 6")), qPrintable(reader.errorString()));
    QVERIFY(!reader.readRow(&fields)); // stays failed
}

void tst_Csv::blankLinesKeptOnRequest()
{
    QByteArray input("a\n\nb\n");
    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    reader.setSkipBlankLines(false);
    Rows rows;
    QStringList fields;
    while (reader.readRow(&fields))
        rows.append(fields);
    QCOMPARE(rows, (R({{"a"}, {""}, {"b"}})));
}

void tst_Csv::write_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << L({"a", "b"}) << QStringLiteral("a,b\n");
    QTest::newRow("comma") << L({"a,b", "c"}) << QStringLiteral("\"a,b\",c\n");
    QTest::newRow("quote") << L({"say \"hi\""}) << QStringLiteral("\"say \"\"hi\"\"\"\n");
    QTest::newRow("line feed") << L({"a\nb"}) << QStringLiteral("\"a\nb\"\n");
    QTest::newRow("carriage return") << L({"a\rb"}) << QStringLiteral("\"a\rb\"\n");
    QTest::newRow("leading space") << L({" a", "b "}) << QStringLiteral("\" a\",\"b \"\n");
    QTest::newRow("empty fields") << L({"", ""}) << QStringLiteral(",\n");
    QTest::newRow("one empty field") << L({""}) << QStringLiteral("\"\"\n");
    QTest::newRow("unicode") << L({"Zoë", "😀"})
                             << QString::fromUtf8("Zoë,😀\n");
    QTest::newRow("url") << L({"https://x.test/c?token=ctok_1&app=slack"})
                         << QStringLiteral("https://x.test/c?token=ctok_1&app=slack\n");
}

void tst_Csv::write()
{
    QFETCH(QStringList, fields);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::formatRow(fields), expected);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    QVERIFY(writer.writeRow(fields));
    QCOMPARE(bytes, expected.toUtf8());
}

void tst_Csv::writeCrlf()
{
    QCOMPARE(CsvWriter::formatRow(L({"a", "b\r\nc"}), CsvWriter::LineEnding::CRLF),
             QStringLiteral("a,\"b\r\nc\"\r\n"));
}

void tst_Csv::roundTrip_data()
{
    QTest::addColumn<Rows>("rows");
    QTest::newRow("header and rows") << R({{"external_user_id", "app"}, {"u1", "slack"}, {"u2", ""}});
    QTest::newRow("awkward") << R({{"a,b", "\"", "\n", "\r\n", " x ", ""},
                                     {"ü", "名前", "", "", "", ""}});
    QTest::newRow("single empty field") << R({{""}, {"x"}, {""}});
    QTest::newRow("ragged") << R({{"a"}, {"a", "b", "c"}, {"", ""}});
}

void tst_Csv::roundTrip()
{
    QFETCH(Rows, rows);
    QByteArray bytes;
    QBuffer out(&bytes);
    QVERIFY(out.open(QIODevice::WriteOnly));
    CsvWriter writer(&out);
    for (const QStringList &row : rows)
        QVERIFY(writer.writeRow(row));
    QString error;
    QCOMPARE(CsvReader::parse(bytes, &error), rows);
    QVERIFY(error.isEmpty());
}

void tst_Csv::roundTripRandom()
{
    const QString alphabet = QString::fromUtf8("ab ,\"\n\r\tü😀");
    QRandomGenerator random(4180);
    const QList<uint> alphabetUcs4 = alphabet.toUcs4();
    for (int round = 0; round < 200; ++round) {
        Rows rows;
        const int rowCount = random.bounded(1, 6);
        for (int r = 0; r < rowCount; ++r) {
            QStringList row;
            const int fieldCount = random.bounded(1, 5);
            for (int f = 0; f < fieldCount; ++f) {
                QList<uint> field;
                const int length = random.bounded(0, 6);
                for (int i = 0; i < length; ++i)
                    field.append(alphabetUcs4.at(random.bounded(int(alphabetUcs4.size()))));
                row.append(QString::fromUcs4(reinterpret_cast<const char32_t *>(field.constData()),
                                             field.size()));
            }
            rows.append(row);
        }
        QString text;
        for (const QStringList &row : rows)
            text += CsvWriter::formatRow(row, round % 2 ? CsvWriter::LineEnding::CRLF
                                                        : CsvWriter::LineEnding::LF);
        QString error;
        const Rows parsed = CsvReader::parse(text.toUtf8(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(parsed, rows);
        TrickleDevice device(text.toUtf8(), 1);
        QCOMPARE(readAll(&device, &error), rows);
    }
}

void tst_Csv::largeInput()
{
    // Far beyond one 64 KiB read, with fields straddling the chunk boundaries.
    QByteArray bytes;
    QBuffer out(&bytes);
    QVERIFY(out.open(QIODevice::WriteOnly));
    CsvWriter writer(&out, CsvWriter::LineEnding::CRLF);
    const int count = 20000;
    for (int i = 0; i < count; ++i)
        writer.writeRow({QStringLiteral("user-%1").arg(i), QString::fromUtf8("ä,\"ö\"\nü"), {}});
    QVERIFY(bytes.size() > 5 * 64 * 1024);
    QBuffer in(&bytes);
    QVERIFY(in.open(QIODevice::ReadOnly));
    CsvReader reader(&in);
    QStringList fields;
    int read = 0;
    while (reader.readRow(&fields)) {
        QCOMPARE(fields.value(0), QStringLiteral("user-%1").arg(read));
        QCOMPARE(fields.value(1), QString::fromUtf8("ä,\"ö\"\nü"));
        QCOMPARE(fields.size(), 3);
        ++read;
    }
    QVERIFY(!reader.hasError());
    QCOMPARE(read, count);
}

QTEST_GUILESS_MAIN(tst_Csv)
#include "tst_csv.moc"
