#include "customers/accountsmodel.h"

#include "widgets/appbadge.h"
#include "widgets/uistyle.h"

#include <QLocale>

namespace ConnectDesk::Ui {

AccountsModel::AccountsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int AccountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int AccountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AccountsModel::healthIconName(AccountHealth health)
{
    switch (health) {
    case AccountHealth::Healthy: return QStringLiteral("active");
    case AccountHealth::Unhealthy: return QStringLiteral("warning");
    case AccountHealth::Dead: return QStringLiteral("error");
    }
    return {};
}

QString AccountsModel::healthText(const CustomerAccount &account)
{
    const QString label = accountHealthLabel(account.health);
    return account.error.isEmpty() ? label : tr("%1: %2").arg(label, account.error);
}

QString AccountsModel::timeText(const QDateTime &utc)
{
    if (!utc.isValid())
        return QStringLiteral("—");
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QVariant AccountsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const CustomerAccount &account = m_shown.at(index.row());
    switch (role) {
    case IdRole: return account.id;
    case HealthRole: return int(account.health);
    case AppSlugRole: return account.appSlug;
    default: break;
    }
    const int column = index.column();
    if (role == Qt::DecorationRole && column == HealthColumn)
        return Style::icon(healthIconName(account.health));
    if (role == Qt::DecorationRole && column == AppColumn)
        return AppBadge::icon(account.appSlug, account.appName);
    if (role == Qt::AccessibleTextRole && column == HealthColumn)
        return healthText(account);
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case AppColumn: return account.appSlug;
        case NameColumn: return account.id;
        case HealthColumn:
        case ErrorColumn: return healthText(account);
        case ScopesColumn: return account.authorizedScopes.join(QLatin1Char('\n'));
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case AppColumn: return account.appLabel();
    case NameColumn: return account.name.isEmpty() ? account.id : account.name;
    case HealthColumn: return accountHealthLabel(account.health);
    case ErrorColumn: return account.error;
    case CreatedColumn: return timeText(account.createdAt);
    case UpdatedColumn: return timeText(account.updatedAt);
    case RefreshedColumn: return timeText(account.lastRefreshedAt);
    case NextRefreshColumn: return timeText(account.nextRefreshAt);
    case ExpiresColumn: return timeText(account.expiresAt);
    case ScopesColumn: return account.authorizedScopes.join(QLatin1Char(' '));
    default: return {};
    }
}

QVariant AccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AppColumn: return tr("App");
    case NameColumn: return tr("Account");
    case HealthColumn: return tr("Health");
    case ErrorColumn: return tr("Server error");
    case CreatedColumn: return tr("Created");
    case UpdatedColumn: return tr("Updated");
    case RefreshedColumn: return tr("Last refreshed");
    case NextRefreshColumn: return tr("Next refresh");
    case ExpiresColumn: return tr("Credentials expire");
    case ScopesColumn: return tr("Scopes");
    default: return {};
    }
}

void AccountsModel::setAccounts(const QList<CustomerAccount> &accounts)
{
    m_all = accounts;
    rebuild();
}

void AccountsModel::setAttentionOnly(bool on)
{
    if (m_attentionOnly == on)
        return;
    m_attentionOnly = on;
    rebuild();
}

void AccountsModel::rebuild()
{
    beginResetModel();
    m_shown.clear();
    for (const CustomerAccount &account : std::as_const(m_all)) {
        if (!m_attentionOnly || account.needsAttention())
            m_shown.append(account);
    }
    endResetModel();
}

const CustomerAccount *AccountsModel::accountAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? &m_shown.at(row) : nullptr;
}

int AccountsModel::rowOf(const QString &accountId) const
{
    for (qsizetype i = 0; i < m_shown.size(); ++i) {
        if (m_shown.at(i).id == accountId)
            return int(i);
    }
    return -1;
}

} // namespace ConnectDesk::Ui
