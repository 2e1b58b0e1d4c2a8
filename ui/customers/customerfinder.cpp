#include "customers/customerfinder.h"

#include "api/tokenrequest.h"
#include "bulk/developmentlimit.h"
#include "customers/customerdeletion.h"
#include "customers/customerlistmodel.h"
#include "customers/refreshpacer.h"
#include "history/historystore.h"
#include "widgets/statuslabel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ConnectDesk::Ui {

CustomerFinder::CustomerFinder(ConnectClient *client, const HistoryStore *history,
                               QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_history(history)
    , m_search(new UserSearch(this))
    , m_model(new CustomerListModel(this))
{
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("customerSearchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search external user IDs"));
    m_searchEdit->setAccessibleName(tr("Search customers"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMaxLength(UserSearch::maxQueryLength + 50); // too long is said, not cut
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("customerList"));
    m_list->setAccessibleName(tr("Customers"));
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_loadMore = new QPushButton(tr("Load more"), this);
    m_loadMore->setObjectName(QStringLiteral("customerLoadMore"));
    m_statusIcon = StatusLabel::makeIcon(QStringLiteral("customerSearchStatusIcon"), this);
    m_status = StatusLabel::makeText(QStringLiteral("customerSearchStatus"), this);
    m_retry = new QPushButton(tr("Retry"), this);
    m_retry->setObjectName(QStringLiteral("customerSearchRetry"));
    m_limitLabel = new QLabel(this);
    m_limitLabel->setObjectName(QStringLiteral("developmentLimitLabel"));
    m_limitLabel->setWordWrap(true);
    m_removeUsers = new QPushButton(tr("Remove users…"), this);
    m_removeUsers->setObjectName(QStringLiteral("removeUsersButton"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_searchEdit);
    auto *limitRow = new QHBoxLayout;
    limitRow->addWidget(m_limitLabel, 1);
    limitRow->addWidget(m_removeUsers);
    layout->addLayout(limitRow);
    layout->addWidget(m_list, 1);
    auto *statusRow = StatusLabel::row(m_statusIcon, m_status);
    statusRow->addWidget(m_retry);
    statusRow->addWidget(m_loadMore);
    layout->addLayout(statusRow);
    m_limitLabel->hide();
    m_removeUsers->hide();
    m_retry->hide();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &CustomerFinder::searchNow);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this] {
        reloadRecent(); // at once, from this machine
        m_model->setNewLinkId({});
        m_debounce.start();
        updateStatus();
    });
    connect(m_search, &PagedLoader::loaded, this, &CustomerFinder::onLoaded);
    connect(m_search, &PagedLoader::failed, this, &CustomerFinder::updateStatus);
    connect(m_search, &PagedLoader::loadingChanged, this, [this](bool loading) {
        if (!loading)
            m_answered = true; // the server spoke (or failed) for the current query
        updateStatus();
    });
    connect(m_loadMore, &QPushButton::clicked, this, &CustomerFinder::loadMore);
    connect(m_retry, &QPushButton::clicked, this, &CustomerFinder::loadMore);
    connect(m_removeUsers, &QPushButton::clicked, this, &CustomerFinder::showRemoveUsers);
    connect(m_list, &QListView::activated, this, &CustomerFinder::openCurrent);
    m_searchEdit->installEventFilter(this);
    m_list->installEventFilter(this);
    setFocusProxy(m_searchEdit);
    updateStatus();
}

void CustomerFinder::setContext(const CustomersContext &context)
{
    if (m_context == context)
        return;
    const bool sameScope = m_context.scope == context.scope;
    m_context = context;
    if (sameScope) {
        updateDevelopmentLimit(); // deletions allowed or not
        return;
    }
    m_search->clear();
    m_answered = false;
    m_model->setUsers({});
    m_model->setNewLinkId({});
    m_stale = true;
    if (isVisible())
        refreshStale();
    updateStatus();
}

void CustomerFinder::refreshStale()
{
    // Nothing is read or sent for a view nobody looks at: not the history (SQLite opens on first
    // use), not the server.
    if (!m_stale)
        return;
    m_stale = false;
    reloadRecent();
    if (m_context.isValid())
        m_debounce.start();
}

void CustomerFinder::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshStale();
}

void CustomerFinder::focusSearch()
{
    m_searchEdit->setFocus(Qt::OtherFocusReason);
    m_searchEdit->selectAll();
}

void CustomerFinder::reloadRecent()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    const QString typed = m_searchEdit->text();
    m_model->setRecent(m_history && m_context.isValid()
                           ? recentCustomers(*m_history, m_context.scope, typed)
                           : QStringList());
    if (!m_list->currentIndex().isValid() && m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
}

void CustomerFinder::searchNow()
{
    m_debounce.stop();
    if (!m_context.isValid()) {
        updateStatus();
        return;
    }
    m_answered = false;
    m_search->search(m_client, m_context.scope, m_searchEdit->text()); // false: said by status
    updateStatus();
}

void CustomerFinder::loadMore()
{
    m_search->loadMore();
    updateStatus();
}

void CustomerFinder::onLoaded()
{
    const QString selected = currentExternalId();
    m_model->setUsers(m_search->users());
    updateNewLinkOffer();
    if (!selectExternalId(selected) && m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    updateStatus();
    updateDevelopmentLimit();
}

void CustomerFinder::updateNewLinkOffer()
{
    // Only once the server answered for this very text, and it knows no such user.
    const QString typed = m_searchEdit->text().trimmed();
    bool offer = m_answered && !typed.isEmpty() && !m_search->isLoading() && !m_search->hasFailed()
                 && m_search->query() == typed && !m_search->hasMore()
                 && TokenRequest::checkExternalUserId(typed).isEmpty();
    for (const ExternalUser &user : m_search->users())
        offer = offer && user.externalId != typed;
    m_model->setNewLinkId(offer ? typed : QString());
}

void CustomerFinder::updateStatus()
{
    const qsizetype count = m_search->users().size();
    QString text;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    const QString tooLong = UserSearch::checkQuery(m_searchEdit->text());
    if (!m_context.isValid()) {
        text = tr("Choose a project in the link form (Ctrl+1) to find its customers.");
    } else if (!tooLong.isEmpty()) {
        text = tooLong;
        icon = QStyle::SP_MessageBoxWarning;
    } else if (m_search->isLoading()) {
        text = count ? tr("Loading more customers…") : tr("Searching…");
    } else if (m_search->hasFailed()) {
        icon = QStyle::SP_MessageBoxWarning;
        text = count ? tr("Showing the %1 customers loaded; the next page failed: %2")
                           .arg(count)
                           .arg(m_search->lastError().humanMessage())
                     : tr("The search failed: %1").arg(m_search->lastError().humanMessage());
    } else if (m_debounce.isActive()) {
        text.clear();
    } else if (count == 0 && m_search->query().isEmpty()) {
        text = tr("No external users in this project and environment yet.");
    } else if (count == 0) {
        text = tr("No external user matches \"%1\".").arg(m_search->query());
    } else if (m_search->hasMore()) {
        text = m_search->totalCount()
                   ? tr("Showing %1 of %2 customers.").arg(count).arg(*m_search->totalCount())
                   : tr("Showing the first %1 customers.").arg(count);
    } else {
        text = tr("%n customer(s) found.", nullptr, int(count));
    }
    StatusLabel::set(this, m_statusIcon, m_status, icon, text);
    m_retry->setVisible(m_search->hasFailed() && !m_search->isLoading());
    m_loadMore->setVisible(m_search->hasMore() && !m_search->hasFailed());
    m_loadMore->setEnabled(!m_search->isLoading());
}

void CustomerFinder::updateDevelopmentLimit()
{
    // A development project takes at most ten external users: near the cap, say so and offer
    // to remove some (only an unfiltered list knows the count).
    std::optional<int> users;
    if (m_context.scope.environment == QLatin1String("development") && m_search->query().isEmpty()
        && !m_search->hasFailed()) {
        if (m_search->totalCount())
            users = *m_search->totalCount();
        else if (!m_search->hasMore())
            users = int(m_search->users().size());
    }
    const bool near = users && *users >= DevelopmentLimit::maxUsers - 2;
    if (near) {
        m_limitLabel->setText(
            *users >= DevelopmentLimit::maxUsers
                ? tr("This development project has reached its limit of %1 external users: links "
                     "for new customers are refused. Remove users you no longer need.")
                      .arg(DevelopmentLimit::maxUsers)
                : tr("This development project has %1 of its %2 external users: links for new "
                     "customers are refused beyond that.")
                      .arg(*users)
                      .arg(DevelopmentLimit::maxUsers));
    }
    m_limitLabel->setVisible(near);
    m_removeUsers->setVisible(near);
    m_removeUsers->setEnabled(m_context.allowDeletes);
    m_removeUsers->setToolTip(m_context.allowDeletes
                                  ? tr("Select a user and press Delete.")
                                  : CustomerDeletion::deletesOffMessage(m_context.profileName));
}

void CustomerFinder::showRemoveUsers()
{
    if (!m_searchEdit->text().isEmpty())
        m_searchEdit->clear();
    m_list->setFocus(Qt::OtherFocusReason);
    const QModelIndex first = m_model->index(0);
    if (first.isValid() && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(first);
    StatusLabel::set(this, m_statusIcon, m_status, QStyle::SP_MessageBoxInformation,
                     tr("Select a user you no longer need and press Delete."));
}

QString CustomerFinder::currentExternalId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? m_model->externalIdAt(current.row()) : QString();
}

bool CustomerFinder::selectExternalId(const QString &externalId)
{
    const int row = externalId.isEmpty() ? -1 : m_model->rowOf(externalId);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_model->index(row));
    return true;
}

void CustomerFinder::moveSelection(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_list->currentIndex();
    const int row = current.isValid() ? std::clamp(current.row() + delta, 0, rows - 1)
                                      : (delta > 0 ? 0 : rows - 1);
    m_list->setCurrentIndex(m_model->index(row));
    // At the bottom of what is loaded, Down loads the next page.
    if (delta > 0 && row == rows - 1 && m_search->hasMore())
        loadMore();
}

void CustomerFinder::openCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const QString id = m_model->externalIdAt(current.row());
    if (m_model->kindAt(current.row()) == CustomerListModel::Kind::NewLink)
        emit newLinkRequested(id);
    else
        emit openRequested(id);
}

void CustomerFinder::deleteCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid() && m_model->kindAt(current.row()) != CustomerListModel::Kind::NewLink)
        emit deleteRequested(m_model->externalIdAt(current.row()));
}

bool CustomerFinder::eventFilter(QObject *watched, QEvent *event)
{
    const bool inSearch = watched == m_searchEdit;
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if ((key->modifiers() & ~Qt::KeyboardModifiers(Qt::KeypadModifier)) != Qt::NoModifier)
        return QWidget::eventFilter(watched, event);
    const int k = key->key();
    const bool ours = k == Qt::Key_Return || k == Qt::Key_Enter || k == Qt::Key_Up
                      || k == Qt::Key_Down || (k == Qt::Key_Delete && !inSearch)
                      || k == Qt::Key_Escape;
    if (!ours)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept(); // ours, not a window shortcut's (the disabled Cancel holds Esc)
        return true;
    }
    switch (k) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // Typed faster than the pause: the exact ID opens when it is listed already; otherwise
        // the search goes now (a row of the previous text would be the wrong customer).
        if (inSearch && m_debounce.isActive()
            && !selectExternalId(m_searchEdit->text().trimmed())) {
            searchNow();
            return true;
        }
        openCurrent();
        return true;
    case Qt::Key_Up: moveSelection(-1); return true;
    case Qt::Key_Down: moveSelection(1); return true;
    case Qt::Key_Delete: deleteCurrent(); return true;
    case Qt::Key_Escape: // backs out: the list to the search, the search to empty
        if (inSearch)
            m_searchEdit->clear();
        else
            focusSearch();
        return true;
    default: return false;
    }
}

} // namespace ConnectDesk::Ui
