#include "developer/calllog.h"

#include "api/connectclient.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUrlQuery>

namespace ConnectDesk {

CallLogModel::CallLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CallLogModel::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    if (m_records.size() > m_capacity)
        dropOldest(int(m_records.size()) - m_capacity);
}

void CallLogModel::dropOldest(int count)
{
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, count - 1);
    m_records.remove(0, count);
    endRemoveRows();
}

void CallLogModel::follow(ConnectClient *client)
{
    connect(client, &ConnectClient::callFinished, this, &CallLogModel::append);
}

void CallLogModel::append(const CallRecord &record)
{
    if (m_records.size() >= m_capacity)
        dropOldest(int(m_records.size()) - m_capacity + 1);
    const int row = int(m_records.size());
    beginInsertRows({}, row, row);
    m_records.append(masked(record));
    endInsertRows();
}

void CallLogModel::clear()
{
    if (m_records.isEmpty())
        return;
    beginResetModel();
    m_records.clear();
    endResetModel();
}

bool CallLogModel::isConnectionPoll(const CallRecord &record)
{
    return record.method == "GET" && record.url.path().endsWith(QLatin1String("/accounts"))
           && QUrlQuery(record.url).hasQueryItem(QStringLiteral("external_user_id"));
}

CallRecord CallLogModel::masked(CallRecord record)
{
    for (auto &[name, value] : record.requestHeaders)
        value = CallRecord::maskHeader(name, value);
    for (auto &[name, value] : record.responseHeaders)
        value = CallRecord::maskHeader(name, value);
    record.requestBody = CallRecord::maskBody(record.requestBody);
    record.responseBody = CallRecord::maskBody(record.responseBody);
    return record;
}

int CallLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int CallLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CallLogModel::isError(const CallRecord &record)
{
    return record.status == 0 || record.status >= 400 || !record.error.isEmpty();
}

QString CallLogModel::pathText(const CallRecord &record)
{
    QString text = record.url.path(QUrl::FullyEncoded);
    if (record.url.hasQuery())
        text += QLatin1Char('?') + record.url.query(QUrl::FullyEncoded);
    return text;
}

QString CallLogModel::statusText(const CallRecord &record)
{
    if (record.status == 0)
        return tr("no answer");
    return QString::number(record.status);
}

QString CallLogModel::durationText(qint64 ms)
{
    const QLocale locale;
    if (ms < 1000)
        return tr("%1 ms").arg(locale.toString(ms));
    return tr("%1 s").arg(locale.toString(double(ms) / 1000.0, 'f', 2));
}

namespace {

QString timeText(const QDateTime &utc)
{
    // The locale's long time format without the time zone: calls in a session are seconds apart.
    const QLocale locale;
    static const QRegularExpression zone(QStringLiteral("\\s*t+"));
    QString format = locale.timeFormat(QLocale::LongFormat);
    format.remove(zone);
    return locale.toString(utc.toLocalTime().time(), format.trimmed());
}

} // namespace

QVariant CallLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CallRecord &record = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return timeText(record.startedAt);
        case MethodColumn: return QString::fromLatin1(record.method);
        case PathColumn: return pathText(record);
        case StatusColumn: return statusText(record);
        case DurationColumn: return durationText(record.durationMs);
        case RetriesColumn: return record.retries;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(record.startedAt.toLocalTime(), QLocale::LongFormat);
        case PathColumn: return record.url.toString(QUrl::FullyEncoded);
        case StatusColumn:
            return record.error.isEmpty() ? statusText(record) : record.error;
        default: break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == StatusColumn || index.column() == DurationColumn
            || index.column() == RetriesColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    case IsErrorRole:
        return isError(record);
    case SearchTextRole:
        return QString(QString::fromLatin1(record.method) + QLatin1Char(' ') + pathText(record)
                       + QLatin1Char(' ') + statusText(record) + QLatin1Char(' ') + record.error);
    case StartedAtRole:
        return record.startedAt;
    case IsPollingRole:
        return isConnectionPoll(record);
    default:
        break;
    }
    return {};
}

QVariant CallLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case MethodColumn: return tr("Method");
    case PathColumn: return tr("Path");
    case StatusColumn: return tr("Status");
    case DurationColumn: return tr("Duration");
    case RetriesColumn: return tr("Retries");
    default: return {};
    }
}

CallLogFilter::CallLogFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void CallLogFilter::setText(const QString &text)
{
    if (text == m_text)
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
    beginFilterChange();
    m_text = text;
    endFilterChange(Direction::Rows);
#else
    m_text = text;
    invalidateFilter();
#endif
}

void CallLogFilter::setHidePolling(bool hide)
{
    if (hide == m_hidePolling)
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
    beginFilterChange();
    m_hidePolling = hide;
    endFilterChange(Direction::Rows);
#else
    m_hidePolling = hide;
    invalidateFilter();
#endif
}

void CallLogFilter::setErrorsOnly(bool errorsOnly)
{
    if (errorsOnly == m_errorsOnly)
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
    beginFilterChange();
    m_errorsOnly = errorsOnly;
    endFilterChange(Direction::Rows);
#else
    m_errorsOnly = errorsOnly;
    invalidateFilter();
#endif
}

bool CallLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_errorsOnly && !index.data(CallLogModel::IsErrorRole).toBool())
        return false;
    // A failed poll stays visible: an error is never hidden as noise.
    if (m_hidePolling && index.data(CallLogModel::IsPollingRole).toBool()
        && !index.data(CallLogModel::IsErrorRole).toBool())
        return false;
    const QString text = m_text.trimmed();
    if (text.isEmpty())
        return true;
    return index.data(CallLogModel::SearchTextRole).toString().contains(text, Qt::CaseInsensitive);
}

} // namespace ConnectDesk
