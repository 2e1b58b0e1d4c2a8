#pragma once

#include "bulk/bulkjob.h"

#include <QList>

namespace ConnectDesk {

// A development project accepts at most ten distinct external users; the eleventh gets HTTP 403
// ("development projects are limited to 10 external users"). A bulk run checks this before it
// sends anything, so the user can switch to production or send only the first ten users' rows.
struct DevelopmentLimit
{
    static constexpr int maxUsers = 10;

    // Distinct external user IDs (trimmed, as sent) among `rows`; blank IDs do not count.
    static int distinctUsers(const QList<BulkRowInput> &rows);
    // The positions in `rows` of the rows of the first `count` distinct users, in input order.
    static QList<int> rowsOfFirstUsers(const QList<BulkRowInput> &rows, int count = maxUsers);
};

} // namespace ConnectDesk
