#pragma once

#include "bulk/bulkjob.h"

#include <QStringList>

namespace ConnectDesk {

// The results file of a bulk run, as `connectdesk token bulk` writes it:
// external_user_id,app,connect_link,expires_at,status,error — one row per input row, in order.
class BulkResultCsv final
{
public:
    static QStringList header();
    static QStringList row(const BulkRowResult &result);
    static QString errorText(const BulkRowResult &result); // empty for a row that succeeded
};

} // namespace ConnectDesk
