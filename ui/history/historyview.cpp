#include "history/historyview.h"
#include "ui_historyview.h"

#include "base/clock.h"
#include "history/historymodel.h"
#include "history/historystore.h"
#include "share/devlinkguard.h"
#include "widgets/filedialog.h"
#include "widgets/uistyle.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>

namespace ConnectDesk::Ui {

HistoryView::HistoryView(HistoryStore *store, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::HistoryView>())
    , m_store(store)
    , m_clock(clock)
    , m_model(new HistoryModel(store, clock, this))
{
    m_ui->setupUi(this);
    m_ui->historyCopyLink->setIcon(Style::icon(QStringLiteral("copy")));
    m_ui->historyIssueAgain->setIcon(Style::icon(QStringLiteral("refresh")));

    m_ui->historyStateFilter->addItem(tr("All states"));
    for (const HistoryState state : {HistoryState::Active, HistoryState::Connected,
                                     HistoryState::Expired, HistoryState::Failed}) {
        m_ui->historyStateFilter->addItem(historyStateLabel(state), int(state));
    }

    m_ui->historyTable->setModel(m_model);
    QHeaderView *header = m_ui->historyTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HistoryModel::OutcomeColumn, QHeaderView::Stretch);

    connect(m_ui->historySearch, &QLineEdit::textChanged, m_model, &HistoryModel::setSearch);
    connect(m_ui->historyStateFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QVariant state = m_ui->historyStateFilter->itemData(index);
        m_model->setStateFilter(state.isValid() ? std::optional(HistoryState(state.toInt()))
                                                : std::nullopt);
    });
    connect(m_ui->historyCopyLink, &QPushButton::clicked, this, &HistoryView::copySelectedLink);
    connect(m_ui->historyIssueAgain, &QPushButton::clicked, this, &HistoryView::issueAgain);
    connect(m_ui->historyExportCsv, &QPushButton::clicked, this, &HistoryView::exportCsv);
    connect(m_ui->historyTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryView::updateActions);
    addContextMenu();

    // A reload (a watcher marked a link connected, say) keeps the selected entry selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const auto entry = selectedEntry();
        m_selectedBeforeReset = entry ? entry->id : 0;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_selectedBeforeReset)
            selectEntry(m_selectedBeforeReset);
        updateActions();
    });

    if (m_store) {
        connect(m_store, &HistoryStore::recovered, this, &HistoryView::showMessage);
        showMessage(m_store->recoveryMessage());
    } else {
        showMessage({});
    }

    m_purgeTimer.setInterval(purgeIntervalMs);
    connect(&m_purgeTimer, &QTimer::timeout, this, &HistoryView::purgeNow);
    m_purgeTimer.start();
    updateActions();
}

HistoryView::~HistoryView() = default;

std::optional<HistoryEntry> HistoryView::selectedEntry() const
{
    const QModelIndexList rows = m_ui->historyTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const HistoryEntry *entry = m_model->entryAt(rows.constFirst().row());
    return entry ? std::optional(*entry) : std::nullopt;
}

bool HistoryView::selectEntry(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_ui->historyTable->selectRow(row);
    return true;
}

QString HistoryView::message() const
{
    return m_ui->historyMessage->text();
}

void HistoryView::showMessage(const QString &text)
{
    m_ui->historyMessage->setText(text);
    m_ui->historyMessage->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        emit statusMessage(text);
}

void HistoryView::addContextMenu()
{
    const auto add = [this](const QString &name, const QString &text, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, slot);
        m_ui->historyTable->addAction(action);
        return action;
    };
    m_copyLinkAction = add(QStringLiteral("historyCopyLinkAction"), tr("Copy Link"),
                           &HistoryView::copySelectedLink);
    m_copyLinkAction->setIcon(Style::icon(QStringLiteral("copy")));
    m_copyUserAction = add(QStringLiteral("historyCopyUserAction"), tr("Copy External User ID"),
                           &HistoryView::copySelectedUser);
    m_issueAgainAction = add(QStringLiteral("historyIssueAgainAction"), tr("Issue Again"),
                             &HistoryView::issueAgain);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_ui->historyTable->addAction(separator);
    m_exportAction = add(QStringLiteral("historyExportAction"), tr("Export Shown Links as CSV…"),
                         &HistoryView::exportCsv);
    m_ui->historyTable->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void HistoryView::updateActions()
{
    const auto entry = selectedEntry();
    const bool live = entry && entry->hasLiveLink(m_clock.now());
    m_ui->historyCopyLink->setEnabled(live);
    QString tip = tr("Only a link whose token is still valid and unused can be copied");
    if (live) {
        tip = entry->sandbox ? tr("A sandbox link is not real: copying it asks first")
                             : tr("Copy this Connect Link to the clipboard");
    }
    m_ui->historyCopyLink->setToolTip(tip);
    m_copyLinkAction->setEnabled(live);
    m_copyUserAction->setEnabled(entry.has_value());
    m_ui->historyIssueAgain->setEnabled(entry.has_value());
    m_issueAgainAction->setEnabled(entry.has_value());
    m_ui->historyExportCsv->setEnabled(m_model->rowCount() > 0);
    m_exportAction->setEnabled(m_model->rowCount() > 0);
}

bool HistoryView::copySelectedLink()
{
    const auto entry = selectedEntry();
    if (!entry || !entry->hasLiveLink(m_clock.now())) {
        emit statusMessage(tr("This link can no longer be used: issue a new one."));
        updateActions();
        return false;
    }
    const QPointer<HistoryView> self(this);
    const auto copy = [self, link = entry->link, user = entry->externalUserId] {
        if (!self)
            return;
        QGuiApplication::clipboard()->setText(link);
        emit self->statusMessage(tr("Connect Link for %1 copied.").arg(user));
    };
    if (entry->sandbox) {
        confirmSandboxCopy(*entry, copy);
        return false;
    }
    return DevLinkGuard::confirmShare(this, entry->environment, copy);
}

// The same kind of question as the development guard, for a link of the built-in simulator,
// which only ever worked on this computer while the sandbox ran.
void HistoryView::confirmSandboxCopy(const HistoryEntry &entry, const std::function<void()> &copy)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Sandbox Link"),
                                tr("Copy a sandbox link for %1?").arg(entry.externalUserId),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("sandboxLinkGuardBox"));
    box->setInformativeText(tr("This link was made by the built-in sandbox, a stand-in for "
                               "Pipedream on this computer. It is not real: it never works for a "
                               "customer. Generate the link again with a real project."));
    QPushButton *copyButton = box->addButton(tr("Copy Anyway"), QMessageBox::AcceptRole);
    copyButton->setObjectName(QStringLiteral("copyAnywayButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [box, copyButton, copy] {
        if (box->clickedButton() == copyButton)
            copy();
    });
    box->open(); // never a nested event loop
}

void HistoryView::copySelectedUser()
{
    if (const auto entry = selectedEntry()) {
        QGuiApplication::clipboard()->setText(entry->externalUserId);
        emit statusMessage(tr("External user ID %1 copied.").arg(entry->externalUserId));
    }
}

void HistoryView::issueAgain()
{
    if (const auto entry = selectedEntry())
        emit issueAgainRequested(*entry);
}

void HistoryView::exportCsv()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("connectdesk-history-%1.csv")
                          .arg(m_clock.now().toLocalTime().toString(QStringLiteral("yyyy-MM-dd"))));
    // Window-modal and asynchronous: no nested event loop.
    FileDialog::getSaveFileName(this, tr("Export history"), suggested,
                                tr("CSV files (*.csv);;All files (*)"), QStringLiteral("csv"),
                                [self = QPointer<HistoryView>(this)](const QString &path) {
                                    if (self)
                                        self->exportCsvTo(path);
                                });
}

bool HistoryView::exportCsvTo(const QString &path)
{
    if (!m_store)
        return false;
    HistoryQuery query = m_model->currentQuery();
    query.limit = 0;
    QString error;
    if (!m_store->exportCsv(path, query, &error)) {
        showMessage(tr("Could not export the history to \"%1\": %2")
                        .arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    showMessage(tr("Exported %n link(s) to \"%1\".", nullptr, int(m_store->query(query).size()))
                    .arg(QDir::toNativeSeparators(path)));
    return true;
}

void HistoryView::purgeNow()
{
    if (m_store)
        m_store->purgeExpired(m_clock.now());
    // Live links may have died without a purge (a second ago): refresh what depends on now.
    m_model->refreshTimes();
    updateActions();
}

} // namespace ConnectDesk::Ui
