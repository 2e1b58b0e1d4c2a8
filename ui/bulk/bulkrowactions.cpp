#include "bulk/bulkrowactions.h"

#include "bulk/bulkrowsmodel.h"
#include "widgets/uistyle.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QTableView>

#include <algorithm>

namespace ConnectDesk::Ui {

BulkRowActions::BulkRowActions(QTableView *view, BulkRowsModel *model)
    : QObject(view)
    , m_view(view)
    , m_model(model)
{
    m_copyLinks = addAction("bulkCopyLinksAction", tr("Copy Link"), &BulkRowActions::copyLinks);
    m_copyLinks->setIcon(Style::icon(QStringLiteral("copy")));
    m_copyLinks->setShortcut(QKeySequence::Copy);
    m_copyLinks->setShortcutContext(Qt::WidgetShortcut);
    m_copyLinks->setShortcutVisibleInContextMenu(true); // tells people Ctrl+C does it
    m_copyUsers = addAction("bulkCopyUsersAction", tr("Copy External User ID"),
                            &BulkRowActions::copyUsers);
    m_copyAll = addAction("bulkCopyAllLinksAction", tr("Copy All Created Links"),
                          &BulkRowActions::copyAllLinks);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BulkRowActions::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BulkRowActions::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BulkRowActions::updateActions);
    updateActions();
}

QAction *BulkRowActions::addAction(const char *name, const QString &text,
                                   void (BulkRowActions::*slot)())
{
    auto *action = new QAction(text, m_view);
    action->setObjectName(QLatin1String(name));
    connect(action, &QAction::triggered, this, slot);
    m_view->addAction(action);
    return action;
}

QList<int> BulkRowActions::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString BulkRowActions::selectedUsers() const
{
    QStringList users;
    for (const int row : selectedRows())
        users.append(m_model->row(row).input.externalUserId.trimmed());
    return users.join(QLatin1Char('\n'));
}

QString BulkRowActions::allLinks() const
{
    QStringList links;
    for (int row = 0; row < m_model->size(); ++row) {
        const QUrl link = m_model->row(row).link;
        if (!link.isEmpty())
            links.append(link.toString(QUrl::FullyEncoded));
    }
    return links.join(QLatin1Char('\n'));
}

void BulkRowActions::copyLinks()
{
    QStringList links;
    QString firstUser;
    for (const int row : selectedRows()) {
        const BulkRowsModel::Row &data = m_model->row(row);
        if (data.link.isEmpty())
            continue;
        links.append(data.link.toString(QUrl::FullyEncoded));
        if (firstUser.isEmpty())
            firstUser = data.input.externalUserId.trimmed();
    }
    if (links.isEmpty()) {
        emit statusMessage(tr("The selected rows have no Connect Link to copy."));
        return;
    }
    QGuiApplication::clipboard()->setText(links.join(QLatin1Char('\n')));
    if (links.size() == 1)
        emit statusMessage(tr("Connect Link for %1 copied.").arg(firstUser));
    else
        emit statusMessage(tr("%n Connect Link(s) copied, one per line.", nullptr,
                              int(links.size())));
}

void BulkRowActions::copyUsers()
{
    const QString users = selectedUsers();
    if (users.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(users);
    emit statusMessage(tr("External user IDs copied."));
}

void BulkRowActions::copyAllLinks()
{
    const QString links = allLinks();
    if (links.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(links);
    emit statusMessage(tr("%n Connect Link(s) copied, one per line.", nullptr,
                          int(links.count(QLatin1Char('\n'))) + 1));
}

void BulkRowActions::updateActions()
{
    bool selectedLink = false;
    const QList<int> rows = selectedRows();
    for (const int row : rows)
        selectedLink = selectedLink || !m_model->row(row).link.isEmpty();
    m_copyLinks->setEnabled(selectedLink);
    m_copyUsers->setEnabled(!rows.isEmpty());
    bool anyLink = false;
    for (int row = 0; row < m_model->size() && !anyLink; ++row)
        anyLink = !m_model->row(row).link.isEmpty();
    m_copyAll->setEnabled(anyLink);
}

} // namespace ConnectDesk::Ui
