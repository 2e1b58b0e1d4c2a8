#pragma once

#include "api/apierror.h"
#include "customers/customerlists.h"

#include <QDateTime>
#include <QStringList>

namespace ConnectDesk {

class HistoryStore;

// How long the Customers view waits before refreshing a customer's accounts on its own. Gentle
// with the project's account-management budget (2,000 calls per 5 minutes): every 30 s, later
// when the budget runs low (until X-RateLimit-Reset), after a 429 (Retry-After, at least a
// minute) or another failure (a minute).
struct RefreshPacer
{
    static constexpr int intervalMs = 30'000;
    static constexpr int afterFailureMs = 60'000;
    static constexpr int maxDelayMs = 5 * 60'000;

    static int nextDelayMs(const RateLimitInfo &rate, const ApiError &error, const QDateTime &now);
};

// The customers of `scope` this machine made links for, newest first, whose external user ID
// contains `typed` (any case): offered before any network call.
QStringList recentCustomers(const HistoryStore &history, const ProjectScope &scope,
                            const QString &typed = {}, int limit = 8);

} // namespace ConnectDesk
