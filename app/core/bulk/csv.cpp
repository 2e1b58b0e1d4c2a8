#include "bulk/csv.h"

#include <QBuffer>
#include <QIODevice>

#include <algorithm>

namespace ConnectDesk {

namespace {

constexpr qint64 chunkBytes = 64 * 1024;

} // namespace

CsvReader::CsvReader(QIODevice *device)
    : m_device(device)
    , m_decoder(QStringDecoder::Utf8) // skips a leading BOM
{}

void CsvReader::setError(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

qint64 CsvReader::lineOf(qsizetype index) const
{
    qint64 line = m_line;
    qsizetype start = m_pos;
    if (m_skipLineFeed && start < m_buffer.size() && m_buffer.at(start) == QLatin1Char('\n'))
        ++start; // the second half of a CRLF already counted
    for (qsizetype i = start; i < index && i < m_buffer.size(); ++i) {
        const QChar c = m_buffer.at(i);
        const bool crlf = c == QLatin1Char('\r') && i + 1 < m_buffer.size()
                          && m_buffer.at(i + 1) == QLatin1Char('\n');
        if (c == QLatin1Char('\n') || (c == QLatin1Char('\r') && !crlf))
            ++line;
    }
    return line;
}

bool CsvReader::fill()
{
    if (m_atEnd || hasError())
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    QByteArray bytes(chunkBytes, Qt::Uninitialized);
    const qint64 read = m_device->read(bytes.data(), chunkBytes);
    if (read < 0) {
        setError(tr("line %1: the file could not be read (%2)")
                     .arg(m_line)
                     .arg(m_device->errorString()));
        return false;
    }
    if (read == 0) {
        m_atEnd = true;
        return false;
    }
    bytes.truncate(read);
    const qsizetype fresh = m_buffer.size();
    m_buffer += m_decoder.decode(bytes);
    if (m_decoder.hasError()) {
        // Name the line of the bad bytes, not the line where this chunk began.
        const qsizetype bad = m_buffer.indexOf(QChar(QChar::ReplacementCharacter), fresh);
        setError(tr("line %1: the file is not UTF-8 text").arg(lineOf(bad < 0 ? fresh : bad)));
        return false;
    }
    return m_pos < m_buffer.size() || fill();
}

bool CsvReader::peek(QChar *c)
{
    if (m_pos >= m_buffer.size() && !fill())
        return false;
    *c = m_buffer.at(m_pos);
    return true;
}

bool CsvReader::readRow(QStringList *fields)
{
    fields->clear();
    if (hasError())
        return false;

    QString field;
    bool inQuotes = false;
    bool quoted = false;  // the current field opened with a quote
    bool started = false; // the record has at least one character
    m_recordLine = m_line;

    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (hasError())
                return false;
            if (inQuotes) {
                setError(tr("line %1: a quoted field is not closed").arg(m_recordLine));
                return false;
            }
            if (!started)
                return false;
            fields->append(field);
            return true;
        }
        const QChar c = m_buffer.at(m_pos++);
        if (m_skipLineFeed) {
            m_skipLineFeed = false;
            if (c == QLatin1Char('\n'))
                continue;
        }
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                QChar next;
                if (peek(&next) && next == QLatin1Char('"')) {
                    field += c;
                    ++m_pos;
                } else if (hasError()) {
                    return false;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++m_line;
                field += c;
            }
            continue;
        }
        switch (c.unicode()) {
        case u'"':
            if (field.isEmpty() && !quoted) {
                inQuotes = quoted = started = true;
            } else {
                field += c;
            }
            break;
        case u',':
            fields->append(field);
            field.clear();
            quoted = false;
            started = true;
            break;
        case u'\r':
            m_skipLineFeed = true;
            [[fallthrough]];
        case u'\n':
            ++m_line;
            if (!started && m_skipBlankLines) {
                m_recordLine = m_line;
                break;
            }
            fields->append(field);
            return true;
        default:
            field += c;
            started = true;
            break;
        }
    }
}

QList<QStringList> CsvReader::parse(const QByteArray &data, QString *error)
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<QStringList> rows;
    QStringList fields;
    while (reader.readRow(&fields))
        rows.append(fields);
    if (error)
        *error = reader.errorString();
    return rows;
}

CsvWriter::CsvWriter(QIODevice *device, LineEnding lineEnding)
    : m_device(device)
    , m_lineEnding(lineEnding)
{}

QString CsvWriter::defuseFormula(const QString &field)
{
    if (field.isEmpty())
        return field;
    const QChar first = field.front();
    const bool formula = first == QLatin1Char('=') || first == QLatin1Char('+')
                         || first == QLatin1Char('-') || first == QLatin1Char('@')
                         || first == QLatin1Char('\t') || first == QLatin1Char('\r');
    return formula ? QLatin1Char('\'') + field : field;
}

QString CsvWriter::quoteField(const QString &field)
{
    const bool special = std::any_of(field.cbegin(), field.cend(), [](QChar c) {
        return c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n')
               || c == QLatin1Char('\r');
    });
    const bool padded = !field.isEmpty() && (field.front().isSpace() || field.back().isSpace());
    const bool needsQuotes = special || padded;
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvWriter::formatRow(const QStringList &fields, LineEnding lineEnding)
{
    QString line;
    if (fields.size() == 1 && fields.constFirst().isEmpty()) {
        line = QStringLiteral("\"\""); // an empty line would read back as a skipped blank line
    } else {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                line += QLatin1Char(',');
            line += quoteField(fields.at(i));
        }
    }
    line += lineEnding == LineEnding::CRLF ? QLatin1String("\r\n") : QLatin1String("\n");
    return line;
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    const QByteArray bytes = formatRow(fields, m_lineEnding).toUtf8();
    if (m_device->write(bytes) != bytes.size())
        m_failed = true;
    return !m_failed;
}

} // namespace ConnectDesk
