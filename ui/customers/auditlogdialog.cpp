#include "customers/auditlogdialog.h"

#include "customers/accountsmodel.h"
#include "widgets/filedialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ConnectDesk::Ui {

AuditLogDialog::AuditLogDialog(AuditLog log, QWidget *parent)
    : QDialog(parent)
    , m_log(std::move(log))
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Audit Log"));
    auto *where = new QLabel(tr("Every deletion made on this machine, newest first. The log is "
                                "only ever appended to: %1")
                                 .arg(QDir::toNativeSeparators(m_log.path())),
                             this);
    where->setWordWrap(true);
    where->setTextFormat(Qt::PlainText);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("auditLogTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setColumnCount(9);
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("OS user"), tr("Profile"), tr("Project"),
                                        tr("Environment"), tr("Action"), tr("Target"),
                                        tr("Result"), tr("Detail")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("auditLogMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("Export CSV…"),
                                                   QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("auditLogExport"));
    connect(exportButton, &QPushButton::clicked, this, &AuditLogDialog::exportCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(900, 420);
    reload();
}

QString AuditLogDialog::message() const
{
    return m_message->text();
}

void AuditLogDialog::reload()
{
    int skipped = 0;
    m_entries = m_log.entries(&skipped);
    m_table->setRowCount(int(m_entries.size()));
    int row = 0;
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it, ++row) {
        const AuditEntry &entry = *it;
        const QString target = entry.targetLabel.isEmpty() || entry.targetLabel == entry.target
                                   ? entry.target
                                   : tr("%1 (%2)").arg(entry.targetLabel, entry.target);
        const QStringList cells{AccountsModel::timeText(entry.time), entry.osUser, entry.profile,
                                entry.projectId, entry.environment, entry.actionLabel(), target,
                                entry.resultLabel(), entry.detail};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    QString text = m_entries.isEmpty() ? tr("Nothing has been deleted from this machine.")
                                       : tr("%n deletion(s) recorded.", nullptr,
                                            int(m_entries.size()));
    if (skipped > 0)
        text += QLatin1Char(' ')
                + tr("%n line(s) could not be read and are left as they are.", nullptr, skipped);
    m_message->setText(text);
}

void AuditLogDialog::exportCsv()
{
    const QString documents = QStandardPaths::writableLocation(
        QStandardPaths::DocumentsLocation);
    FileDialog::getSaveFileName(this, tr("Export Audit Log"),
                                QDir(documents).filePath(QStringLiteral("connectdesk-audit.csv")),
                                tr("CSV files (*.csv)"), QStringLiteral("csv"),
                                [this](const QString &path) { exportCsvTo(path); });
}

bool AuditLogDialog::exportCsvTo(const QString &path)
{
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && AuditLog::exportCsv(m_entries, &file)
                    && file.commit();
    m_message->setText(ok ? tr("Exported %n deletion(s) to %1.", nullptr, int(m_entries.size()))
                                .arg(QDir::toNativeSeparators(path))
                          : tr("Could not export to %1: %2")
                                .arg(QDir::toNativeSeparators(path), file.errorString()));
    return ok;
}

} // namespace ConnectDesk::Ui
