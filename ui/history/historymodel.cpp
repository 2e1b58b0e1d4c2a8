#include "history/historymodel.h"

#include "base/clock.h"
#include "history/accountlabel.h"
#include "widgets/uistyle.h"

#include <QPalette>

namespace ConnectDesk::Ui {

namespace {

QString stateIconName(HistoryState state)
{
    switch (state) {
    case HistoryState::Active:
        return QStringLiteral("waiting"); // a clock: waiting for the customer
    case HistoryState::Connected:
        return QStringLiteral("active"); // a check mark
    case HistoryState::Expired:
        return QStringLiteral("expired");
    case HistoryState::Failed:
        return QStringLiteral("error");
    }
    return {};
}

} // namespace

HistoryModel::HistoryModel(HistoryStore *store, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_clock(clock)
{
    if (m_store)
        connect(m_store, &HistoryStore::changed, this, &HistoryModel::reload);
    reload();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const HistoryEntry *HistoryModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int HistoryModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

QString HistoryModel::timeText(const QDateTime &utc, const QDateTime &now, const QLocale &locale)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    if (local.date() == now.toLocalTime().date())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

QString HistoryModel::outcomeText(const HistoryEntry &entry, const QDateTime &now,
                                  const QLocale &locale)
{
    switch (entry.state) {
    case HistoryState::Active:
        return tr("Expires %1").arg(timeText(entry.expiresAt, now, locale));
    case HistoryState::Expired:
        return tr("Expired %1").arg(timeText(entry.expiresAt, now, locale));
    case HistoryState::Connected: {
        const QString when = timeText(entry.connectedAt, now, locale);
        return tr("%1 at %2")
            .arg(AccountLabel::label(entry.appName, entry.appSlug, entry.accountName), when);
    }
    case HistoryState::Failed:
        return entry.error;
    }
    return {};
}

QString HistoryModel::projectText(const HistoryEntry &entry)
{
    if (entry.sandbox)
        return tr("Sandbox (not real)");
    if (entry.profileName.isEmpty())
        return entry.projectId;
    if (entry.projectId.isEmpty())
        return entry.profileName;
    return tr("%1 · %2").arg(entry.profileName, entry.projectId);
}

QString HistoryModel::projectToolTip(const HistoryEntry &entry)
{
    QStringList lines;
    lines.append(entry.profileName.isEmpty()
                     ? tr("Project %1").arg(entry.projectId)
                     : tr("Profile %1, project %2").arg(entry.profileName, entry.projectId));
    if (entry.sandbox)
        lines.append(tr("Made in the built-in sandbox: the link never worked for a customer."));
    if (entry.bulk)
        lines.append(tr("Made by Bulk create from CSV."));
    return lines.join(QLatin1Char('\n'));
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry &entry = m_entries.at(index.row());
    const QDateTime now = m_clock.now();
    switch (role) {
    case IdRole:
        return entry.id;
    case StateRole:
        return int(entry.state);
    case LiveLinkRole:
        return entry.hasLiveLink(now);
    case SandboxRole:
        return entry.sandbox;
    default:
        break;
    }

    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case TimeColumn:
            return role == Qt::AccessibleTextRole
                       ? QLocale().toString(entry.createdAt.toLocalTime(), QLocale::LongFormat)
                       : timeText(entry.createdAt, now);
        case UserColumn:
            return entry.externalUserId;
        case AppColumn:
            return entry.appName.isEmpty() ? entry.appSlug : entry.appName;
        case ProjectColumn:
            return projectText(entry);
        case EnvironmentColumn:
            return environmentLabel(entry.environment);
        case StateColumn:
            return historyStateLabel(entry.state); // words, beside the icon: never colour alone
        case OutcomeColumn:
            return outcomeText(entry, now);
        }
    }
    if (role == Qt::DecorationRole && index.column() == StateColumn)
        return Style::icon(stateIconName(entry.state));
    if (role == Qt::DecorationRole && index.column() == ProjectColumn && entry.sandbox)
        return Style::icon(QStringLiteral("sandbox")); // the badge, beside the words
    if (role == Qt::ForegroundRole && index.column() == ProjectColumn && entry.sandbox)
        return Style::accentText(Style::Tone::Sandbox, QPalette());
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(entry.createdAt.toLocalTime(), QLocale::LongFormat);
        case AppColumn:
            return entry.appSlug;
        case UserColumn:
        case ProjectColumn:
            return projectToolTip(entry);
        case OutcomeColumn:
            return outcomeText(entry, now);
        }
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("External user");
    case AppColumn:
        return tr("App");
    case ProjectColumn:
        return tr("Project");
    case EnvironmentColumn:
        return tr("Environment");
    case StateColumn:
        return tr("State");
    case OutcomeColumn:
        return tr("Expires / connected");
    }
    return {};
}

void HistoryModel::setSearch(const QString &text)
{
    if (m_query.search == text)
        return;
    m_query.search = text;
    reload();
}

void HistoryModel::setStateFilter(std::optional<HistoryState> state)
{
    if (m_query.state == state)
        return;
    m_query.state = state;
    reload();
}

void HistoryModel::setLimit(int limit)
{
    if (m_query.limit == limit)
        return;
    m_query.limit = limit;
    reload();
}

void HistoryModel::reload()
{
    beginResetModel();
    m_entries = m_store ? m_store->query(m_query) : QList<HistoryEntry>{};
    endResetModel();
}

void HistoryModel::refreshTimes()
{
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace ConnectDesk::Ui
