// The bulk results file: its cells (BulkResultCsv), --resume (BulkPreviousResults) and how it
// reaches the disk (BulkResultFile).
#include "bulk/bulkresultcsv.h"
#include "bulk/bulkresultfile.h"
#include "bulk/csv.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace ConnectDesk;

class tst_BulkResults final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static BulkRowResult okResult(const QString &id, const QString &app)
    {
        BulkRowResult result;
        result.index = 0;
        result.input = {id, app};
        result.appSlug = app;
        TokenResult token;
        token.token = QStringLiteral("ctok_abc");
        token.expiresAt = QDateTime(QDate(2026, 11, 28), QTime(16, 0), Qt::UTC);
        token.connectLinkUrl = QUrl(QStringLiteral("https://pipedream.com/_static/connect.html"
                                                   "?token=ctok_abc&connectLink=true"));
        result.token = token;
        return result;
    }

    QByteArray readAll(const QString &path) const
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QString write(const QString &name, const QByteArray &content) const
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return file.fileName();
    }

private slots:
    void cellsNeutraliseFormulasButNotTheLink();
    void previousResultsHandOutOkRowsOnce();
    void previousResultsRefuseOtherFiles();
    void fileKeepsTheOldOutputUntilARowSucceeds();
    void fileKeepsTheOldOutputWhenNothingSucceeded();
    void fileWithNoOldOutputIsWrittenAnyway();
    void holdKeepsTheOldOutputWhileResuming();
    void sameFileByInode();
    void fullDeviceIsReported();
    void journalHoldsLinksUntilTheOutputHasThem();
};

void tst_BulkResults::cellsNeutraliseFormulasButNotTheLink()
{
    BulkRowResult ok = okResult(QStringLiteral("  =HYPERLINK(\"x\")  "), QStringLiteral("slack"));
    const QStringList cells = BulkResultCsv::row(ok);
    QCOMPARE(cells.at(0), QStringLiteral("'=HYPERLINK(\"x\")")); // trimmed, as sent
    QVERIFY(cells.at(2).startsWith(QLatin1String("https://pipedream.com/")));
    QCOMPARE(cells.at(4), QStringLiteral("ok"));

    BulkRowResult failed;
    failed.input = {QStringLiteral("  heidi  "), QStringLiteral("-app")};
    failed.appSlug = QStringLiteral("-app");
    failed.error = ApiError::invalidInput(QStringLiteral("@the server said"));
    const QStringList bad = BulkResultCsv::row(failed);
    QCOMPARE(bad.at(0), QStringLiteral("heidi"));
    QCOMPARE(bad.at(1), QStringLiteral("'-app"));
    QCOMPARE(bad.at(5), QStringLiteral("'@the server said"));
    for (const QString &cell : {QStringLiteral("+1"), QStringLiteral("\tx"), QStringLiteral("\rx")})
        QVERIFY(BulkResultCsv::externalUserIdCell(QStringLiteral("a") + cell).startsWith(QLatin1Char('a')));
}

void tst_BulkResults::previousResultsHandOutOkRowsOnce()
{
    QByteArray csv = CsvWriter::formatRow(BulkResultCsv::header()).toUtf8();
    csv += CsvWriter::formatRow(BulkResultCsv::row(okResult(QStringLiteral("=x"), QStringLiteral("slack")))).toUtf8();
    csv += CsvWriter::formatRow(BulkResultCsv::row(okResult(QStringLiteral("jane"), QStringLiteral("slack")))).toUtf8();
    csv += "bob,slack,,,error,Canceled.\n";
    QBuffer buffer(&csv);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    BulkPreviousResults previous;
    QString error;
    QVERIFY2(previous.load(&buffer, &error), qPrintable(error));
    QCOMPARE(previous.loaded(), 2);
    QVERIFY(previous.take(QStringLiteral("bob"), QStringLiteral("slack")).isEmpty()); // not ok
    QVERIFY(previous.take(QStringLiteral("jane"), QStringLiteral("github")).isEmpty()); // other app
    const QStringList formula = previous.take(QStringLiteral(" =x "), QStringLiteral("slack"));
    QCOMPARE(formula.value(0), QStringLiteral("'=x"));
    QVERIFY(!previous.take(QStringLiteral("jane"), QStringLiteral("slack")).isEmpty());
    QVERIFY(previous.take(QStringLiteral("jane"), QStringLiteral("slack")).isEmpty()); // used once
    QCOMPARE(previous.remaining(), 0);
}

void tst_BulkResults::previousResultsRefuseOtherFiles()
{
    QByteArray csv("external_user_id\nu1\n");
    QBuffer buffer(&csv);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    BulkPreviousResults previous;
    QString error;
    QVERIFY(!previous.load(&buffer, &error));
    QVERIFY2(error.contains(QLatin1String("results file")), qPrintable(error));
}

void tst_BulkResults::fileKeepsTheOldOutputUntilARowSucceeds()
{
    const QString output = write(QStringLiteral("a.csv"), "old results\n");
    BulkResultFile file(output);
    QVERIFY(file.open());
    QVERIFY(file.writeRow(BulkResultCsv::header(), false));
    QVERIFY(file.writeRow({QStringLiteral("u1"), {}, {}, {}, QStringLiteral("error"), QStringLiteral("x")}, false));
    QCOMPARE(readAll(output), QByteArray("old results\n"));
    QVERIFY(readAll(file.partialPath()).contains("u1,")); // flushed at once
    QVERIFY(file.writeRow({QStringLiteral("u2"), {}, QStringLiteral("https://l"), {}, QStringLiteral("ok"), {}}, true));
    QVERIFY(file.replacedOutput());
    QVERIFY(!QFile::exists(file.partialPath()));
    QVERIFY(readAll(output).contains("u2,,https://l")); // in place while the run goes on
    QVERIFY(file.writeRow({QStringLiteral("u3"), {}, {}, {}, QStringLiteral("error"), {}}, false));
    QVERIFY(readAll(output).endsWith("u3,,,,error,\n"));
    QVERIFY(file.finish(true));
}

void tst_BulkResults::fileKeepsTheOldOutputWhenNothingSucceeded()
{
    const QString output = write(QStringLiteral("b.csv"), "old results\n");
    BulkResultFile file(output);
    QVERIFY(file.open());
    QVERIFY(file.writeRow({QStringLiteral("u1"), {}, {}, {}, QStringLiteral("error"), {}}, false));
    QVERIFY(file.finish(true));
    QCOMPARE(readAll(output), QByteArray("old results\n"));
    QVERIFY(!QFile::exists(file.partialPath()));

    BulkResultFile completed(output); // a run that ended normally reports even all-error rows
    QVERIFY(completed.open());
    QVERIFY(completed.writeRow({QStringLiteral("u1"), {}, {}, {}, QStringLiteral("error"), {}}, false));
    QVERIFY(completed.finish(false));
    QCOMPARE(readAll(output), QByteArray("u1,,,,error,\n"));
}

void tst_BulkResults::fileWithNoOldOutputIsWrittenAnyway()
{
    const QString output = m_dir.filePath(QStringLiteral("c.csv"));
    BulkResultFile file(output);
    QVERIFY(file.open());
    QVERIFY(file.writeRow({QStringLiteral("u1"), {}, {}, {}, QStringLiteral("error"), {}}, false));
    QVERIFY(file.finish(true));
    QCOMPARE(readAll(output), QByteArray("u1,,,,error,\n"));
}

void tst_BulkResults::holdKeepsTheOldOutputWhileResuming()
{
    const QString output = write(QStringLiteral("d.csv"), "old results\n");
    BulkResultFile file(output);
    QVERIFY(file.open());
    file.setHoldOldOutput(true);
    QVERIFY(file.writeRow({QStringLiteral("u1"), {}, QStringLiteral("https://l"), {}, QStringLiteral("ok"), {}}, true));
    QCOMPARE(readAll(output), QByteArray("old results\n"));
    file.setHoldOldOutput(false);
    QVERIFY(file.replacedOutput());
    QCOMPARE(readAll(output), QByteArray("u1,,https://l,,ok,\n"));
}

void tst_BulkResults::sameFileByInode()
{
    const QString input = write(QStringLiteral("in.csv"), "external_user_id\n");
    const QString hard = m_dir.filePath(QStringLiteral("hard.csv"));
    QCOMPARE(::link(QFile::encodeName(input).constData(), QFile::encodeName(hard).constData()), 0);
    const QString symbolic = m_dir.filePath(QStringLiteral("sym.csv"));
    QVERIFY(QFile::link(input, symbolic));
    const QString copy = write(QStringLiteral("copy.csv"), "external_user_id\n");
    QVERIFY(BulkResultFile::isSameFile(input, hard));
    QVERIFY(BulkResultFile::isSameFile(input, symbolic));
    QVERIFY(BulkResultFile::isSameFile(input, m_dir.path() + QStringLiteral("/./in.csv")));
    QVERIFY(!BulkResultFile::isSameFile(input, copy));
    QVERIFY(!BulkResultFile::isSameFile(input, m_dir.filePath(QStringLiteral("missing.csv"))));
}

void tst_BulkResults::fullDeviceIsReported()
{
    BulkResultFile file(QStringLiteral("/dev/full")); // not a regular file: written directly
    QVERIFY(file.open());
    QVERIFY(!file.writeRow(BulkResultCsv::header(), false));
    QVERIFY(file.diskFull());
    QVERIFY(!file.errorString().isEmpty());
    QCOMPARE(file.currentPath(), QStringLiteral("/dev/full"));
}

void tst_BulkResults::journalHoldsLinksUntilTheOutputHasThem()
{
    const QString output = m_dir.filePath(QStringLiteral("e.csv"));
    const QStringList late{QStringLiteral("u2"), {}, QStringLiteral("https://l2"), {}, QStringLiteral("ok"), {}};
    {
        BulkResultFile crashed(output);
        QVERIFY(crashed.open());
        crashed.journal(late, false); // u2 finished while u1 was still in flight
        QVERIFY(readAll(crashed.journalPath()).endsWith("u2,,https://l2,,ok,\n"));
    } // "crash": nothing finished
    QFile journalFile(output + QStringLiteral(".journal"));
    QVERIFY(journalFile.open(QIODevice::ReadOnly));
    BulkPreviousResults previous;
    QString error;
    QVERIFY2(previous.load(&journalFile, &error), qPrintable(error));
    QCOMPARE(previous.take(QStringLiteral("u2"), QString()), late);

    BulkResultFile completed(output);
    QVERIFY(completed.open());
    completed.journal(late, true);
    QVERIFY(completed.writeRow(late, true));
    QVERIFY(completed.finish(false));
    QVERIFY(!QFile::exists(completed.journalPath()));
}

QTEST_GUILESS_MAIN(tst_BulkResults)
#include "tst_bulkresults.moc"
