#include "form/originsmodel.h"

#include "api/urlrules.h"

#include <QApplication>
#include <QIcon>
#include <QPersistentModelIndex>
#include <QSet>
#include <QStyle>

#include <algorithm>

namespace ConnectDesk::Ui {

OriginsModel::OriginsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

OriginsModel::Entry OriginsModel::makeEntry(const QString &input)
{
    Entry entry;
    const QString normalized = UrlRules::normalizeOrigin(input, &entry.error);
    if (normalized.isEmpty()) {
        entry.text = input.trimmed();
    } else {
        entry.text = normalized;
        entry.error.clear();
    }
    return entry;
}

QString OriginsModel::keyOf(const QString &input)
{
    return makeEntry(input).text;
}

QStringList OriginsModel::entries() const
{
    QStringList result;
    result.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        result.append(entry.text);
    return result;
}

QList<OriginsModel::Entry> OriginsModel::collect(const QStringList &inputs, AddResult *result,
                                                 bool againstExisting) const
{
    QSet<QString> seen;
    if (againstExisting) {
        for (const Entry &entry : m_entries)
            seen.insert(entry.text);
    }
    QList<Entry> fresh;
    for (const QString &input : inputs) {
        if (input.trimmed().isEmpty())
            continue;
        const Entry entry = makeEntry(input);
        if (seen.contains(entry.text)) {
            if (!result->duplicates.contains(entry.text))
                result->duplicates.append(entry.text);
            continue;
        }
        seen.insert(entry.text);
        fresh.append(entry);
        if (!entry.error.isEmpty())
            ++result->rejected;
    }
    result->added = int(fresh.size());
    return fresh;
}

OriginsModel::AddResult OriginsModel::setEntries(const QStringList &entries)
{
    AddResult result;
    const QList<Entry> fresh = collect(entries, &result, false);
    beginResetModel();
    m_entries = fresh;
    endResetModel();
    result.firstAddedRow = fresh.isEmpty() ? -1 : 0;
    return result;
}

OriginsModel::AddResult OriginsModel::addEntries(const QStringList &entries)
{
    AddResult result;
    const QList<Entry> fresh = collect(entries, &result, true);
    if (fresh.isEmpty())
        return result;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_entries.append(fresh);
    endInsertRows();
    result.firstAddedRow = first;
    return result;
}

QString OriginsModel::errorAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).error : QString();
}

int OriginsModel::errorCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const Entry &entry) { return !entry.error.isEmpty(); }));
}

int OriginsModel::findDuplicate(const QString &text, int ignoreRow) const
{
    if (text.trimmed().isEmpty())
        return -1;
    const QString key = keyOf(text);
    for (int row = 0; row < m_entries.size(); ++row) {
        if (row != ignoreRow && m_entries.at(row).text == key)
            return row;
    }
    return -1;
}

int OriginsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int OriginsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OriginsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    const bool valid = entry.error.isEmpty();
    if (role == ErrorRole)
        return entry.error;
    if (role == Qt::ToolTipRole)
        return valid ? tr("Valid origin: %1").arg(entry.text) : entry.error;

    if (index.column() == OriginColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return entry.text;
        case Qt::AccessibleDescriptionRole:
            return valid ? tr("Valid origin") : tr("Problem: %1").arg(entry.error);
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return valid ? tr("Valid") : entry.error;
    case Qt::DecorationRole:
        // The state is told by the text; the icon repeats it (never colour alone).
        return QApplication::style()->standardIcon(valid ? QStyle::SP_DialogApplyButton
                                                         : QStyle::SP_MessageBoxWarning);
    default:
        return {};
    }
}

QVariant OriginsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OriginColumn:
        return tr("Origin");
    case CheckColumn:
        return tr("Check");
    default:
        return {};
    }
}

Qt::ItemFlags OriginsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid()) {
        result |= Qt::ItemNeverHasChildren;
        if (index.column() == OriginColumn)
            result |= Qt::ItemIsEditable;
    }
    return result;
}

bool OriginsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != OriginColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const QString input = value.toString();
    const int row = index.row();
    if (input.trimmed().isEmpty()) {
        dropRowLater(index, tr("The emptied entry %1 was removed.").arg(m_entries.at(row).text));
        return true;
    }
    const Entry entry = makeEntry(input);
    if (entry.text == m_entries.at(row).text)
        return true;
    if (findDuplicate(input, row) >= 0) {
        dropRowLater(index,
                     tr("%1 is already in the list; the duplicate was dropped.").arg(entry.text));
        return true;
    }
    m_entries[row] = entry;
    emit dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
    return true;
}

void OriginsModel::dropRowLater(const QModelIndex &index, const QString &note)
{
    const QPersistentModelIndex persistent(index);
    QMetaObject::invokeMethod(
        this,
        [this, persistent, note] {
            if (!persistent.isValid())
                return;
            removeRows(persistent.row(), 1);
            emit entryDropped(note);
        },
        Qt::QueuedConnection);
}

bool OriginsModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_entries.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_entries.remove(row, count);
    endRemoveRows();
    return true;
}

} // namespace ConnectDesk::Ui
