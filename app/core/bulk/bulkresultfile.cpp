#include "bulk/bulkresultfile.h"

#include "bulk/bulkresultcsv.h"
#include "bulk/csv.h"

#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace ConnectDesk {

BulkResultFile::BulkResultFile(const QString &outputPath)
    : m_outputPath(outputPath)
{}

BulkResultFile::~BulkResultFile() = default;

bool BulkResultFile::isSameFile(const QString &first, const QString &second)
{
#ifdef Q_OS_UNIX
    struct stat a = {};
    struct stat b = {};
    if (::stat(QFile::encodeName(first).constData(), &a) != 0
        || ::stat(QFile::encodeName(second).constData(), &b) != 0)
        return false; // one of them does not exist (yet): not the same file
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
#else
    const QString canonical = QFileInfo(first).canonicalFilePath();
    return !canonical.isEmpty() && canonical == QFileInfo(second).canonicalFilePath();
#endif
}

QString BulkResultFile::partialPath() const
{
    return m_outputPath + QLatin1String(".partial");
}

QString BulkResultFile::currentPath() const
{
    return m_direct || m_replaced ? m_outputPath : partialPath();
}

bool BulkResultFile::open()
{
    const QFileInfo output(m_outputPath);
    m_direct = output.exists() && !output.isFile(); // /dev/stdout, a pipe, a device
    m_file.setFileName(m_direct ? m_outputPath : partialPath());
    const QIODevice::OpenMode mode = m_direct ? QIODevice::WriteOnly
                                              : QIODevice::WriteOnly | QIODevice::Truncate;
    if (!m_file.open(mode)) {
        setError(m_file.errorString());
        return false;
    }
    if (!m_direct && output.exists())
        m_file.setPermissions(output.permissions()); // the results keep the old file's access
    return true;
}

void BulkResultFile::setError(const QString &message)
{
    m_error = message;
#ifdef Q_OS_UNIX
    // EFBIG: the file reached the size limit (ulimit -f) — as full as a full disk for us.
    m_diskFull = m_diskFull || errno == ENOSPC || errno == EDQUOT || errno == EFBIG;
#endif
}

bool BulkResultFile::writeRow(const QStringList &fields, bool ok)
{
    if (!m_file.isOpen())
        return false;
    // One write and one flush per row: a crash loses at most the row being written.
    const QByteArray bytes = CsvWriter::formatRow(fields).toUtf8();
    errno = 0;
    if (m_file.write(bytes) != bytes.size() || !m_file.flush()) {
        setError(m_file.errorString());
        m_file.close();
        return false;
    }
    if (ok)
        ++m_okRows;
    if (m_okRows > 0 && !m_hold && !m_replaced && !m_direct)
        return replaceOutput();
    return true;
}

void BulkResultFile::setHoldOldOutput(bool hold)
{
    m_hold = hold;
    if (!m_hold && m_okRows > 0 && !m_replaced && !m_direct && m_file.isOpen())
        replaceOutput();
}

bool BulkResultFile::replaceOutput()
{
#ifdef Q_OS_UNIX
    // rename() is atomic and the open file keeps receiving rows under its new name.
    if (std::rename(QFile::encodeName(partialPath()).constData(),
                    QFile::encodeName(m_outputPath).constData())
        != 0) {
        setError(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
#else
    m_file.close();
    QFile::remove(m_outputPath);
    if (!QFile::rename(partialPath(), m_outputPath)) {
        setError(tr("could not rename %1 to %2").arg(partialPath(), m_outputPath));
        return false;
    }
    m_file.setFileName(m_outputPath);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        setError(m_file.errorString());
        return false;
    }
#endif
    m_replaced = true;
    return true;
}

QString BulkResultFile::journalPath() const
{
    return m_outputPath + QLatin1String(".journal");
}

void BulkResultFile::journal(const QStringList &fields, bool append)
{
    if (m_direct)
        return; // a pipe or device: there is no file to resume from
    if (!m_journal.isOpen()) {
        m_journal.setFileName(journalPath());
        const QIODevice::OpenMode mode = append ? QIODevice::WriteOnly | QIODevice::Append
                                                : QIODevice::WriteOnly | QIODevice::Truncate;
        if (!m_journal.open(mode))
            return; // best effort: the output itself still gets every row
        if (m_journal.size() == 0)
            m_journal.write(CsvWriter::formatRow(BulkResultCsv::header()).toUtf8());
    }
    m_journal.write(CsvWriter::formatRow(fields).toUtf8());
    m_journal.flush();
}

bool BulkResultFile::finish(bool keepOldIfNothingSucceeded)
{
    if (!m_file.isOpen())
        return false; // a write failed: the rows written before it stay in currentPath()
    m_file.close();
    bool done = true;
    if (!m_direct && !m_replaced) {
        if (m_okRows == 0 && keepOldIfNothingSucceeded && QFileInfo::exists(m_outputPath))
            QFile::remove(partialPath());
        else
            done = replaceOutput();
    }
    if (done && m_journal.isOpen()) {
        m_journal.close();
        m_journal.remove(); // every link it holds is in the output now
    }
    return done;
}

} // namespace ConnectDesk
