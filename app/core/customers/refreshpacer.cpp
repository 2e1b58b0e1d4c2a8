#include "customers/refreshpacer.h"

#include "history/historystore.h"

#include <algorithm>

namespace ConnectDesk {

int RefreshPacer::nextDelayMs(const RateLimitInfo &rate, const ApiError &error, const QDateTime &now)
{
    if (error.isError() && error.kind == ApiError::Kind::Http && error.httpStatus == 429)
        return int(std::clamp(qint64(error.retryAfterSeconds.value_or(0)) * 1000,
                              qint64(afterFailureMs), qint64(maxDelayMs)));
    if (error.isError())
        return afterFailureMs;
    // Less than a tenth of the budget left: wait for the window to reset.
    if (rate.limit && rate.remaining && *rate.remaining * 10 < *rate.limit && rate.resetUnix) {
        const qint64 untilReset = (*rate.resetUnix - now.toSecsSinceEpoch() + 1) * 1000;
        return int(std::clamp(untilReset, qint64(intervalMs), qint64(maxDelayMs)));
    }
    return intervalMs;
}

QStringList recentCustomers(const HistoryStore &history, const ProjectScope &scope,
                            const QString &typed, int limit)
{
    HistoryQuery query;
    query.projectId = scope.projectId;
    query.environment = scope.environment;
    query.limit = 500; // the newest links are enough to find the recent customers
    QStringList customers;
    const QString wanted = typed.trimmed();
    const QList<HistoryEntry> entries = history.query(query);
    for (const HistoryEntry &entry : entries) {
        const QString id = entry.externalUserId;
        if (id.isEmpty() || customers.contains(id)
            || (!wanted.isEmpty() && !id.contains(wanted, Qt::CaseInsensitive)))
            continue;
        customers.append(id);
        if (customers.size() >= limit)
            break;
    }
    return customers;
}

} // namespace ConnectDesk
