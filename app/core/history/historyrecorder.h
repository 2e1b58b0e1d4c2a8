#pragma once

#include "history/connectionwatcher.h"
#include "history/historystore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace ConnectDesk {

class Clock;
class ConnectClient;
class HistoryStore;
struct ApiError;
struct TokenRequest;
struct TokenResult;

// The glue the window and the command line call after each request: records it in the
// history and, on request, watches for the customer's connection and keeps the outcome there.
class HistoryRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryRecorder)
public:
    // `client` may be null: then nothing is watched.
    HistoryRecorder(HistoryStore *store, ConnectClient *client, const Clock &clock,
                    QObject *parent = nullptr);
    ~HistoryRecorder() override;

    HistoryStore *store() const { return m_store; }

    // The new history id (0 when the history could not store it).
    qint64 recordCreated(const TokenRequest &request, const TokenResult &result,
                         const HistoryOrigin &origin, const QString &appName = {});
    qint64 recordFailed(const TokenRequest &request, const ApiError &error,
                        const HistoryOrigin &origin = {}, const QString &appName = {});

    // Starts watching the recorded link `historyId` (created by recordCreated with `request`
    // and `result`); connected() marks it connected, expired() marks it expired. The watcher
    // belongs to the recorder and is deleted (later) once it finishes, or when more than
    // maxWatchers() run (the oldest is stopped first).
    ConnectionWatcher *watch(qint64 historyId, const TokenRequest &request,
                             const TokenResult &result);
    ConnectionWatcher *watcher(qint64 historyId) const; // nullptr when not watched
    int activeWatchers() const { return int(m_order.size()); }

    void setWatchIntervals(const WatchIntervals &intervals) { m_intervals = intervals; }
    void setMaxWatchers(int count) { m_maxWatchers = std::max(1, count); }
    int maxWatchers() const { return m_maxWatchers; }
    void stopAll();

signals:
    void connected(qint64 historyId, const ConnectDesk::ConnectedAccount &account);
    void expired(qint64 historyId);

private:
    void forget(qint64 historyId);

    HistoryStore *m_store;
    ConnectClient *m_client;
    const Clock &m_clock;
    WatchIntervals m_intervals;
    int m_maxWatchers = 5;
    QHash<qint64, QPointer<ConnectionWatcher>> m_watchers;
    QList<qint64> m_order; // oldest first
    qint64 m_unstoredKey = 0;
};

} // namespace ConnectDesk
