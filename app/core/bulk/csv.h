#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace ConnectDesk {

// Streams RFC 4180 records from a device, one at a time, so a file of any size is read in
// constant memory. Accepts quoted fields with "" escapes, commas and line breaks inside quotes,
// CRLF, LF or CR line ends and UTF-8 with or without a BOM. Lenient where RFC 4180 is silent: a
// quote inside an unquoted field is kept as text, text after a closing quote is appended.
// Records may have different field counts; callers decide what a missing field means.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    explicit CsvReader(QIODevice *device);

    // Blank lines (no characters at all) are skipped unless turned off. Default: on.
    void setSkipBlankLines(bool skip) { m_skipBlankLines = skip; }

    // Reads the next record into `fields`. False at the end of the input or on an error
    // (then hasError() tells them apart).
    bool readRow(QStringList *fields);

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // The 1-based line on which the last record read (or the error) started.
    qint64 recordLine() const { return m_recordLine; }

    // Parses a whole text at once (tests, small inputs).
    static QList<QStringList> parse(const QByteArray &data, QString *error = nullptr);

private:
    bool fill();
    qint64 lineOf(qsizetype index) const; // the line of a position in m_buffer
    bool peek(QChar *c);
    void setError(const QString &message);

    QIODevice *m_device;
    QStringDecoder m_decoder;
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    bool m_skipLineFeed = false;
    bool m_skipBlankLines = true;
    bool m_atEnd = false;
    QString m_error;
};

// Writes RFC 4180 records: a field is quoted when it holds a comma, a quote, a line break or
// leading/trailing spaces, and quotes inside are doubled. UTF-8, no BOM.
class CsvWriter final
{
public:
    enum class LineEnding { LF, CRLF };

    explicit CsvWriter(QIODevice *device, LineEnding lineEnding = LineEnding::LF);

    bool writeRow(const QStringList &fields); // false when the device refused the bytes
    bool hasError() const { return m_failed; }

    static QString quoteField(const QString &field);
    // For files meant for spreadsheets: a text that a spreadsheet would run as a formula (it
    // starts with = + - @, a tab or a carriage return) gets a leading apostrophe, which shows
    // it as text. Used by the History export and the bulk results (except their link column).
    static QString defuseFormula(const QString &field);
    static QString formatRow(const QStringList &fields, LineEnding lineEnding = LineEnding::LF);

private:
    QIODevice *m_device;
    LineEnding m_lineEnding;
    bool m_failed = false;
};

} // namespace ConnectDesk
