#pragma once

#include "customers/auditlog.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace ConnectDesk::Ui {

// The local audit log of deletions, newest first, and its CSV export. Read-only: the log is
// append-only and this dialog never changes it.
class AuditLogDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogDialog)
public:
    explicit AuditLogDialog(AuditLog log, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QString message() const;

public slots:
    void reload();
    void exportCsv(); // asks with FileDialog (tests: FileDialog::setNextFileName())
    bool exportCsvTo(const QString &path);

private:
    AuditLog m_log;
    QList<AuditEntry> m_entries;
    QTableWidget *m_table;
    QLabel *m_message;
};

} // namespace ConnectDesk::Ui
