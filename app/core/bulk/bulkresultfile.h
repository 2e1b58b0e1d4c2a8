#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

namespace ConnectDesk {

// Where `token bulk` writes its results so that nothing is lost: every row is flushed as soon as
// it is written, into "<output>.partial" next to the output, which is renamed over the output
// once the run has something to say (a row succeeded, or the run ended). Until then an earlier
// results file stays as it was, so a rerun with wrong credentials cannot replace good links
// with error rows. An output that is not a regular file (/dev/stdout, a pipe) is written
// directly.
class BulkResultFile final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectDesk::BulkResultFile)
    Q_DISABLE_COPY_MOVE(BulkResultFile)
public:
    explicit BulkResultFile(const QString &outputPath);
    ~BulkResultFile(); // leaves the partial file where it is: it may hold the only copy of links

    // True when both paths name the same file, through hard links, symbolic links or bind
    // mounts too (compared by device and inode where the system has them).
    static bool isSameFile(const QString &first, const QString &second);

    bool open(); // false: errorString()
    // Writes and flushes one row; `ok` rows let the file replace the old output. False when the
    // bytes did not reach the file (disk full, ...): errorString(), diskFull().
    bool writeRow(const QStringList &fields, bool ok);
    // While true, the partial file does not replace the old output even after an ok row (--resume
    // waits until every row it keeps from the old output has been written again).
    void setHoldOldOutput(bool hold);
    // Ends the run: the partial file replaces the output, unless nothing succeeded and
    // `keepOldIfNothingSucceeded` (then it is deleted and the old output stays). False on error.
    // Once every row is in the output, this run's journal is deleted.
    bool finish(bool keepOldIfNothingSucceeded);

    // Appends a succeeded row to "<output>.journal" at once, flushed, in completion order: a row
    // can finish long before it is its turn in the output, and a crash (kill -9) in between must
    // not lose its link. --resume reads the journal too. Opened on the first row (`append`: keep
    // what an interrupted run left there).
    void journal(const QStringList &fields, bool append);
    QString journalPath() const;

    QString outputPath() const { return m_outputPath; }
    QString partialPath() const;
    // Where the rows written so far are now: the output once it was replaced, else the partial.
    QString currentPath() const;
    bool replacedOutput() const { return m_replaced; }
    int okRowsWritten() const { return m_okRows; }
    QString errorString() const { return m_error; }
    bool diskFull() const { return m_diskFull; }

private:
    bool replaceOutput();
    void setError(const QString &message);

    QString m_outputPath;
    QFile m_file;
    QFile m_journal;
    bool m_direct = false;   // not a regular file: no partial, no rename
    bool m_replaced = false; // the partial file became the output
    bool m_hold = false;
    int m_okRows = 0;
    bool m_diskFull = false;
    QString m_error;
};

} // namespace ConnectDesk
