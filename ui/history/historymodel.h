#pragma once

#include "history/historystore.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace ConnectDesk {
class Clock;
}

namespace ConnectDesk::Ui {

// The history as a table, newest first: one row per generated (or failed) link. Reads
// HistoryStore::query() with the current search and state filter and reloads whenever the
// store changes.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)
public:
    enum Column { TimeColumn, UserColumn, AppColumn, ProjectColumn, EnvironmentColumn,
                  StateColumn, OutcomeColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        StateRole,                 // HistoryState as int
        LiveLinkRole,              // bool: the link can still be sent
        SandboxRole,               // bool: made in the built-in sandbox, never a real link
    };

    HistoryModel(HistoryStore *store, const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setSearch(const QString &text);
    void setStateFilter(std::optional<HistoryState> state);
    void setLimit(int limit); // 0 = all
    const HistoryQuery &currentQuery() const { return m_query; }

    const HistoryEntry *entryAt(int row) const;
    int rowOf(qint64 id) const; // -1 when not shown

    // Time texts in the user's locale and time zone: "14:02" today, else date and time.
    static QString timeText(const QDateTime &utc, const QDateTime &now,
                            const QLocale &locale = QLocale());
    // "Expires 16:00", "Expired 16:00", "Slack (jane@example.com) at 14:02", the error.
    static QString outcomeText(const HistoryEntry &entry, const QDateTime &now,
                               const QLocale &locale = QLocale());
    // "Support · proj_abc123", "Sandbox (not real)".
    static QString projectText(const HistoryEntry &entry);
    static QString projectToolTip(const HistoryEntry &entry);

public slots:
    void reload();
    void refreshTimes(); // texts and roles that depend on "now" (no reset: selection stays)

private:
    HistoryStore *m_store;
    const Clock &m_clock;
    HistoryQuery m_query;
    QList<HistoryEntry> m_entries;
};

} // namespace ConnectDesk::Ui
