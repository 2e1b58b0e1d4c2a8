#pragma once

#include "api/callrecord.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QList>
#include <QSortFilterProxyModel>

namespace ConnectDesk {

// Every call the app made this session (oauth/token, tokens, apps, accounts, ...), newest
// last, at most capacity() rows (the oldest are dropped). Fed from ConnectClient::callFinished.
// Records are masked again on the way in, so nothing secret can reach a cell or tooltip.
class ConnectClient;

class CallLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallLogModel)
public:
    enum Column { TimeColumn, MethodColumn, PathColumn, StatusColumn, DurationColumn,
                  RetriesColumn, ColumnCount };
    enum Role {
        IsErrorRole = Qt::UserRole + 1, // bool: no answer, or a status >= 400, or an error text
        SearchTextRole,                 // QString the text filter matches against
        StartedAtRole,                  // QDateTime (UTC)
        IsPollingRole,                  // bool: a "did the customer connect?" check
    };

    static constexpr int defaultCapacity = 1000;

    explicit CallLogModel(QObject *parent = nullptr);

    int capacity() const { return m_capacity; }
    void setCapacity(int capacity); // drops the oldest rows beyond it

    void append(const ConnectDesk::CallRecord &record);
    // Appends every call `client` finishes from now on.
    void follow(ConnectClient *client);
    void clear();
    const CallRecord &record(int row) const { return m_records.at(row); }
    const QList<CallRecord> &records() const { return m_records; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static bool isError(const CallRecord &record);
    static QString pathText(const CallRecord &record); // path and query, as shown
    static QString statusText(const CallRecord &record);
    static QString durationText(qint64 ms);
    static CallRecord masked(CallRecord record); // idempotent
    // The connection watcher's poll: GET .../accounts?external_user_id=..., every few seconds
    // while a link waits for its customer.
    static bool isConnectionPoll(const CallRecord &record);

private:
    void dropOldest(int count);

    QList<CallRecord> m_records;
    int m_capacity = defaultCapacity;
};

// Text (case-insensitive, over method, path, status and error), "errors only" and "hide
// connection polling" (off here; the call log view turns it on).
class CallLogFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallLogFilter)
public:
    explicit CallLogFilter(QObject *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    bool errorsOnly() const { return m_errorsOnly; }
    void setErrorsOnly(bool errorsOnly);
    bool hidesPolling() const { return m_hidePolling; }
    void setHidePolling(bool hide);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    bool m_errorsOnly = false;
    bool m_hidePolling = false;
};

} // namespace ConnectDesk
