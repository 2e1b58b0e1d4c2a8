#include "customers/customerlistmodel.h"

#include "widgets/uistyle.h"

#include <QLocale>

namespace ConnectDesk::Ui {

CustomerListModel::CustomerListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case ExternalIdRole: return row.externalId;
    case KindRole: return int(row.kind);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (row.kind) {
        case Kind::Recent: return tr("%1 — recent on this machine").arg(row.externalId);
        case Kind::User:
            return row.createdAt.isValid()
                       ? tr("%1 — since %2")
                             .arg(row.externalId,
                                  QLocale().toString(row.createdAt.toLocalTime().date(),
                                                     QLocale::ShortFormat))
                       : row.externalId;
        case Kind::NewLink: return tr("New link for this customer: %1").arg(row.externalId);
        }
        return {};
    case Qt::DecorationRole:
        return Style::icon(iconName(row.kind));
    case Qt::ToolTipRole:
        return row.kind == Kind::NewLink
                   ? tr("No external user has this ID yet: make a Connect Link for them.")
                   : tr("Press Enter to see this customer's accounts.");
    default: return {};
    }
}

void CustomerListModel::setRecent(const QStringList &externalIds)
{
    m_recent = externalIds;
    rebuild();
}

void CustomerListModel::setUsers(const QList<ExternalUser> &users)
{
    m_users = users;
    rebuild();
}

void CustomerListModel::setNewLinkId(const QString &externalId)
{
    if (m_newLinkId == externalId)
        return;
    m_newLinkId = externalId;
    rebuild();
}

void CustomerListModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    for (const QString &id : std::as_const(m_recent))
        m_rows.append({Kind::Recent, id, {}});
    for (const ExternalUser &user : std::as_const(m_users)) {
        if (!m_recent.contains(user.externalId))
            m_rows.append({Kind::User, user.externalId, user.createdAt});
    }
    if (!m_newLinkId.isEmpty())
        m_rows.append({Kind::NewLink, m_newLinkId, {}});
    endResetModel();
}

CustomerListModel::Kind CustomerListModel::kindAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).kind : Kind::User;
}

QString CustomerListModel::externalIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).externalId : QString();
}

int CustomerListModel::rowOf(const QString &externalId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).externalId == externalId)
            return int(i);
    }
    return -1;
}

QString CustomerListModel::iconName(Kind kind)
{
    switch (kind) {
    case Kind::Recent: return QStringLiteral("waiting");
    // A neutral person: a found customer says nothing about the health of their accounts.
    case Kind::User: return QStringLiteral("customer");
    case Kind::NewLink: return QStringLiteral("generate");
    }
    return {};
}

} // namespace ConnectDesk::Ui
