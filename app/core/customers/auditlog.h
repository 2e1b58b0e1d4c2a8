#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace ConnectDesk {

// One destructive action, as the audit log keeps it. Never a secret or a token: the target is
// an account ID or an external user ID, the detail the server's masked words.
struct AuditEntry
{
    Q_DECLARE_TR_FUNCTIONS(AuditEntry)
public:
    enum class Action { DeleteAccount, DeleteUser };
    enum class Result { Done, AlreadyGone, Failed, Unknown };

    QDateTime time; // UTC
    QString osUser;
    QString profile;
    QString projectId;
    QString environment;
    Action action = Action::DeleteAccount;
    QString target;      // apn_... or the external user ID
    QString targetLabel; // what the person saw: "Slack: jane@example.com"
    Result result = Result::Done;
    QString detail;      // why it failed, in the server's (masked) words
    QString origin;      // "window" or "cli"

    static QString actionName(Action action); // "delete_account", "delete_user" (stable)
    static QString resultName(Result result); // "done", "already_gone", "failed", "unknown"
    QString actionLabel() const;              // translated
    QString resultLabel() const;

    bool operator==(const AuditEntry &) const = default;
};

// The local, append-only record of every destructive action (<app data dir>/audit.jsonl): one
// JSON object per line, the file opened only for appending, never rewritten, 0600. A line it
// cannot read is skipped when reading and left in place.
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    explicit AuditLog(const QString &path = {}); // empty = defaultPath()
    static QString defaultPath();
    static QString currentOsUser();

    const QString &path() const { return m_path; }
    // Appends and flushes to disk; false with `*error` when the line could not be written.
    bool append(AuditEntry entry, QString *error = nullptr) const;
    // Oldest first. `skipped`: lines that could not be read.
    QList<AuditEntry> entries(int *skipped = nullptr) const;

    static QStringList csvHeader();
    static bool exportCsv(const QList<AuditEntry> &entries, QIODevice *device);

private:
    QString m_path;
};

} // namespace ConnectDesk
