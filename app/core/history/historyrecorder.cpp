#include "history/historyrecorder.h"

#include "api/tokenrequest.h"
#include "api/tokenresult.h"
#include "base/clock.h"
#include "history/historystore.h"

namespace ConnectDesk {

HistoryRecorder::HistoryRecorder(HistoryStore *store, ConnectClient *client, const Clock &clock,
                                 QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_clock(clock)
{}

HistoryRecorder::~HistoryRecorder()
{
    stopAll();
}

qint64 HistoryRecorder::recordCreated(const TokenRequest &request, const TokenResult &result,
                                      const HistoryOrigin &origin, const QString &appName)
{
    return m_store ? m_store->recordCreated(request, result, origin, appName) : 0;
}

qint64 HistoryRecorder::recordFailed(const TokenRequest &request, const ApiError &error,
                                     const HistoryOrigin &origin, const QString &appName)
{
    return m_store ? m_store->recordFailed(request, error, origin, appName) : 0;
}

ConnectionWatcher *HistoryRecorder::watch(qint64 historyId, const TokenRequest &request,
                                          const TokenResult &result)
{
    if (!m_client)
        return nullptr;
    if (ConnectionWatcher *existing = historyId > 0 ? watcher(historyId) : nullptr)
        return existing;
    while (int(m_order.size()) >= m_maxWatchers) {
        const qint64 oldest = m_order.constFirst();
        if (ConnectionWatcher *old = m_watchers.value(oldest))
            old->stop();
        forget(oldest);
    }

    // The entry's creation time is the token's: both came from the same clock just now.
    QDateTime createdAt = m_clock.now();
    if (m_store && historyId > 0) {
        if (const auto entry = m_store->entry(historyId))
            createdAt = entry->createdAt;
    }
    auto *watcher = new ConnectionWatcher(m_client, m_clock, this);
    watcher->setIntervals(m_intervals);
    // A link the history could not store (id 0) is still watched, under a key of its own.
    const qint64 key = historyId > 0 ? historyId : --m_unstoredKey;
    m_watchers.insert(key, watcher);
    m_order.append(key);

    connect(watcher, &ConnectionWatcher::connected, this,
            [this, historyId](const ConnectedAccount &account) {
                if (m_store && historyId > 0)
                    m_store->markConnected(historyId, account);
                emit connected(historyId, account);
            });
    connect(watcher, &ConnectionWatcher::expired, this, [this, historyId] {
        if (m_store && historyId > 0)
            m_store->markExpired(historyId);
        emit expired(historyId);
    });
    // Finished watchers leave; their last state stays readable until the event loop runs.
    connect(watcher, &ConnectionWatcher::stateChanged, this,
            [this, key, watcher](ConnectionWatcher::State) {
                if (watcher->isFinished()) {
                    if (m_watchers.value(key) == watcher)
                        forget(key);
                    watcher->deleteLater();
                }
            });
    watcher->start(WatchTarget::from(request, result, createdAt));
    return watcher;
}

ConnectionWatcher *HistoryRecorder::watcher(qint64 historyId) const
{
    return m_watchers.value(historyId);
}

void HistoryRecorder::stopAll()
{
    const QList<qint64> ids = m_order;
    for (const qint64 id : ids) {
        if (ConnectionWatcher *watcher = m_watchers.value(id))
            watcher->stop();
        forget(id);
    }
}

void HistoryRecorder::forget(qint64 historyId)
{
    m_watchers.remove(historyId);
    m_order.removeAll(historyId);
}

} // namespace ConnectDesk
