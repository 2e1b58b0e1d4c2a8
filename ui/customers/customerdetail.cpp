#include "customers/customerdetail.h"

#include "base/clock.h"
#include "customers/accountsmodel.h"
#include "customers/customerdeletion.h"
#include "customers/refreshpacer.h"
#include "history/historymodel.h"
#include "history/historystore.h"
#include "widgets/statuslabel.h"
#include "widgets/uistyle.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ConnectDesk::Ui {

CustomerDetail::CustomerDetail(ConnectClient *client, const HistoryStore *history,
                               const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_history(history)
    , m_clock(clock)
    , m_accounts(new AccountList(this))
    , m_model(new AccountsModel(this))
{
    const auto button = [this](const QString &name, const QString &text, const QString &icon) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        if (!icon.isEmpty())
            b->setIcon(Style::icon(icon));
        return b;
    };
    m_back = button(QStringLiteral("customerBackButton"), tr("Back to search"), {});
    m_back->setToolTip(tr("Back to the customer search (Esc)"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("customerTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("customerScope"));
    m_scope->setTextFormat(Qt::PlainText);
    m_refresh = button(QStringLiteral("customerRefreshButton"), tr("Refresh"),
                       QStringLiteral("refresh"));
    m_refresh->setToolTip(tr("Ask the server again (F5)"));
    m_attentionOnly = new QCheckBox(tr("Only &unhealthy or dead"), this);
    m_attentionOnly->setObjectName(QStringLiteral("attentionOnlyCheck"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setAccessibleName(tr("Connected accounts"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_links = new QTreeWidget(this);
    m_links->setObjectName(QStringLiteral("customerLinks"));
    m_links->setAccessibleName(tr("Links made on this machine"));
    m_links->setRootIsDecorated(false);
    m_links->setHeaderLabels({tr("Made"), tr("App"), tr("State"), tr("Outcome")});
    m_links->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_links->header()->setStretchLastSection(true);
    auto *linksBox = new QWidget(this);
    auto *linksLayout = new QVBoxLayout(linksBox);
    linksLayout->setContentsMargins(0, 0, 0, 0);
    auto *linksLabel = new QLabel(tr("Links made for this customer on this machine"), linksBox);
    linksLabel->setBuddy(m_links);
    linksLayout->addWidget(linksLabel);
    linksLayout->addWidget(m_links, 1);

    m_statusIcon = StatusLabel::makeIcon(QStringLiteral("accountsStatusIcon"), this);
    m_status = StatusLabel::makeText(QStringLiteral("accountsStatus"), this);
    m_retry = button(QStringLiteral("accountsRetry"), tr("Retry"), {});
    m_loadMore = button(QStringLiteral("accountsLoadMore"), tr("Load more"), {});

    m_newLink = button(QStringLiteral("customerNewLinkButton"), tr("New link"), {});
    m_newLink->setToolTip(tr("Make a Connect Link for this customer and the selected account's app"));
    m_copyId = button(QStringLiteral("copyAccountIdButton"), tr("Copy account ID"),
                      QStringLiteral("copy"));
    m_deleteAccount = button(QStringLiteral("deleteAccountButton"), tr("Delete account…"), {});
    m_deleteUser = button(QStringLiteral("deleteUserButton"), tr("Delete customer…"), {});
    m_deletesOff = new QLabel(this);
    m_deletesOff->setObjectName(QStringLiteral("deletesOffLabel"));
    m_deletesOff->setWordWrap(true);
    m_deletesOff->setTextFormat(Qt::PlainText);

    auto *top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addWidget(m_title);
    top->addWidget(m_scope, 1);
    top->addWidget(m_attentionOnly);
    top->addWidget(m_refresh);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_newLink);
    actions->addWidget(m_copyId);
    actions->addStretch(1);
    actions->addWidget(m_deletesOff, 2);
    actions->addWidget(m_deleteAccount);
    actions->addWidget(m_deleteUser);
    auto *statusRow = StatusLabel::row(m_statusIcon, m_status);
    statusRow->addWidget(m_retry);
    statusRow->addWidget(m_loadMore);
    // Small screens (1024x600): the lists give way before the view has to scroll.
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 4);
    m_links->setMinimumHeight(m_links->fontMetrics().height() * 3);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(linksBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);
    layout->addLayout(statusRow);

    m_autoRefresh.setSingleShot(true);
    connect(&m_autoRefresh, &QTimer::timeout, this, [this] {
        if (isVisible() && !m_accounts->isLoading())
            m_accounts->refresh();
    });
    connect(m_accounts, &PagedLoader::loaded, this, &CustomerDetail::onLoaded);
    connect(m_accounts, &PagedLoader::failed, this, [this] {
        updateStatus();
        scheduleRefresh();
    });
    connect(m_accounts, &PagedLoader::loadingChanged, this, &CustomerDetail::updateStatus);
    connect(m_attentionOnly, &QCheckBox::toggled, this, [this](bool on) {
        const CustomerAccount *current = currentAccount();
        const QString id = current ? current->id : QString();
        m_model->setAttentionOnly(on);
        const int row = m_model->rowOf(id);
        if (m_model->rowCount() > 0)
            m_table->selectRow(row >= 0 ? row : 0);
        updateStatus();
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomerDetail::updateActions);
    connect(m_back, &QPushButton::clicked, this, &CustomerDetail::backRequested);
    connect(m_refresh, &QPushButton::clicked, this, &CustomerDetail::refresh);
    connect(m_retry, &QPushButton::clicked, this, &CustomerDetail::loadMore);
    connect(m_loadMore, &QPushButton::clicked, this, &CustomerDetail::loadMore);
    connect(m_copyId, &QPushButton::clicked, this, &CustomerDetail::copyAccountId);
    connect(m_newLink, &QPushButton::clicked, this, [this] {
        const CustomerAccount *account = currentAccount();
        emit newLinkRequested(m_externalUserId, account ? account->appSlug : QString());
    });
    connect(m_deleteAccount, &QPushButton::clicked, this, &CustomerDetail::requestDeleteAccount);
    connect(m_deleteUser, &QPushButton::clicked, this, [this] {
        emit deleteUserRequested(m_externalUserId,
                                 m_accounts->hasMore() ? -1 : int(m_accounts->count()));
    });
    if (m_history)
        connect(m_history, &HistoryStore::changed, this, &CustomerDetail::reloadLinks);
    setFocusProxy(m_table);
    updateActions();
}

void CustomerDetail::open(const CustomersContext &context, const QString &externalUserId)
{
    m_context = context;
    m_externalUserId = externalUserId.trimmed();
    m_title->setText(m_externalUserId);
    m_scope->setText(tr("%1 · %2").arg(context.scope.projectId, context.scope.environment));
    m_updatedAt = {};
    m_autoRefresh.stop();
    m_accounts->load(m_client, context.scope, m_externalUserId);
    reloadLinks();
    setContext(context);
    updateStatus();
}

void CustomerDetail::setContext(const CustomersContext &context)
{
    m_context.allowDeletes = context.allowDeletes;
    m_context.profileName = context.profileName;
    updateActions();
}

const CustomerAccount *CustomerDetail::currentAccount() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->accountAt(current.row()) : nullptr;
}

int CustomerDetail::autoRefreshDelayMs() const
{
    return m_autoRefresh.isActive() ? m_autoRefresh.interval() : -1;
}

void CustomerDetail::refresh()
{
    m_autoRefresh.stop();
    if (!m_accounts->refresh())
        updateStatus();
}

void CustomerDetail::loadMore()
{
    m_accounts->loadMore();
    updateStatus();
}

void CustomerDetail::onLoaded()
{
    const CustomerAccount *current = currentAccount();
    const QString id = current ? current->id : QString();
    m_model->setAccounts(m_accounts->accounts());
    if (m_model->rowCount() > 0) {
        const int row = m_model->rowOf(id);
        m_table->selectRow(row >= 0 ? row : 0);
    }
    if (!m_accounts->isLoading())
        m_updatedAt = m_clock.now();
    updateStatus();
    updateActions();
    scheduleRefresh();
}

void CustomerDetail::scheduleRefresh()
{
    if (!isVisible() || m_externalUserId.isEmpty()) {
        m_autoRefresh.stop();
        return;
    }
    m_autoRefresh.start(RefreshPacer::nextDelayMs(m_accounts->rateLimit(),
                                                  m_accounts->lastError(), m_clock.now()));
}

void CustomerDetail::updateStatus()
{
    const qsizetype count = m_accounts->count();
    QString text;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (m_accounts->isLoading()) {
        text = count ? tr("Refreshing…") : tr("Loading accounts…");
    } else if (m_accounts->hasFailed()) {
        icon = QStyle::SP_MessageBoxWarning;
        text = count ? tr("Showing the %n account(s) loaded; the rest could not be loaded: %1",
                          nullptr, int(count))
                           .arg(m_accounts->lastError().humanMessage())
                     : tr("The accounts could not be loaded: %1")
                           .arg(m_accounts->lastError().humanMessage());
    } else if (count == 0) {
        text = tr("%1 has no connected accounts.").arg(m_externalUserId);
    } else {
        const int attention = m_accounts->needingAttention();
        text = tr("%n account(s)", nullptr, int(count));
        if (attention > 0) {
            icon = QStyle::SP_MessageBoxWarning;
            text += QLatin1String(", ") + tr("%n need(s) attention", nullptr, attention);
        }
        if (m_model->attentionOnly() && attention == 0)
            text += QLatin1String(". ") + tr("None is unhealthy or dead.");
        if (m_updatedAt.isValid())
            text += QLatin1String(". ") + tr("Updated %1.").arg(
                        QLocale().toString(m_updatedAt.toLocalTime().time(),
                                           QLocale::ShortFormat));
    }
    StatusLabel::set(this, m_statusIcon, m_status, icon, text);
    m_retry->setVisible(m_accounts->hasFailed() && !m_accounts->isLoading());
    m_loadMore->setVisible(m_accounts->hasMore() && !m_accounts->hasFailed());
    m_loadMore->setEnabled(!m_accounts->isLoading());
}

void CustomerDetail::updateActions()
{
    const bool account = currentAccount() != nullptr;
    const bool deletes = m_context.allowDeletes;
    const QString off = CustomerDeletion::deletesOffMessage(m_context.profileName);
    m_copyId->setEnabled(account);
    m_deleteAccount->setEnabled(account && deletes);
    m_deleteUser->setEnabled(deletes && !m_externalUserId.isEmpty());
    m_deleteAccount->setToolTip(deletes ? tr("Delete the selected account (Delete)") : off);
    m_deleteUser->setToolTip(deletes ? tr("Delete this external user and all their accounts")
                                     : off);
    m_deletesOff->setText(deletes ? QString() : off);
    m_deletesOff->setVisible(!deletes);
}

void CustomerDetail::reloadLinks()
{
    // A hidden page reads nothing (the history changes while links are made): it catches up
    // when shown.
    if (!isVisible()) {
        m_linksStale = true;
        return;
    }
    m_linksStale = false;
    m_links->clear();
    if (!m_history || m_externalUserId.isEmpty())
        return;
    HistoryQuery query;
    query.externalUserId = m_externalUserId;
    query.projectId = m_context.scope.projectId;
    query.environment = m_context.scope.environment;
    query.limit = 50;
    const QDateTime now = m_clock.now();
    const QList<HistoryEntry> entries = m_history->query(query);
    for (const HistoryEntry &entry : entries) {
        auto *item = new QTreeWidgetItem(
            m_links, {HistoryModel::timeText(entry.createdAt, now),
                      entry.appName.isEmpty() ? entry.appSlug : entry.appName,
                      historyStateLabel(entry.state), HistoryModel::outcomeText(entry, now)});
        item->setToolTip(3, item->text(3));
    }
    if (entries.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_links, {tr("No link was made for this customer on "
                                                      "this machine.")});
        item->setFlags(Qt::ItemIsEnabled);
        item->setFirstColumnSpanned(true);
    }
}

void CustomerDetail::copyAccountId()
{
    const CustomerAccount *account = currentAccount();
    if (!account)
        return;
    QGuiApplication::clipboard()->setText(account->id);
    emit statusMessage(tr("Account ID %1 copied.").arg(account->id));
}

void CustomerDetail::focusAccounts()
{
    m_table->setFocus(Qt::OtherFocusReason);
}

void CustomerDetail::requestDeleteAccount()
{
    const CustomerAccount *account = currentAccount();
    if (!account)
        return;
    if (!m_context.allowDeletes) {
        emit statusMessage(m_deletesOff->text());
        return;
    }
    emit deleteAccountRequested(*account);
}

bool CustomerDetail::event(QEvent *event)
{
    // Esc, Delete and F5 are this page's own, not a window shortcut's (the window's disabled
    // Cancel holds Esc).
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier
            && (key->key() == Qt::Key_Escape || key->key() == Qt::Key_Delete
                || key->key() == Qt::Key_F5)) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void CustomerDetail::keyPressEvent(QKeyEvent *event)
{
    switch (event->modifiers() == Qt::NoModifier ? event->key() : 0) {
    case Qt::Key_Escape: emit backRequested(); return;
    case Qt::Key_Delete: requestDeleteAccount(); return;
    case Qt::Key_F5: refresh(); return;
    default: QWidget::keyPressEvent(event);
    }
}

void CustomerDetail::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_linksStale)
        reloadLinks();
    if (!m_accounts->isLoading() && !m_autoRefresh.isActive())
        scheduleRefresh();
}

void CustomerDetail::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_autoRefresh.stop(); // only while the customer is in view
}

} // namespace ConnectDesk::Ui
