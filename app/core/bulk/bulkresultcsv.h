#pragma once

#include "bulk/bulkjob.h"

#include <QHash>
#include <QSet>
#include <QStringList>

class QIODevice;

namespace ConnectDesk {

// The results file of a bulk run, as `connectdesk token bulk` writes it:
// external_user_id,app,connect_link,expires_at,status,error — one row per input row, in order.
class BulkResultCsv final
{
public:
    static QStringList header();
    static QStringList row(const BulkRowResult &result);
    static QString errorText(const BulkRowResult &result); // empty for a row that succeeded
    // The external_user_id cell for an ID: as sent (trimmed), formulas neutralised. --resume
    // matches input rows to earlier results through it.
    static QString externalUserIdCell(const QString &externalUserId);
    static QString okStatus() { return QStringLiteral("ok"); }

    // Column positions in header().
    static constexpr int externalUserIdColumn = 0;
    static constexpr int appColumn = 1;
    static constexpr int statusColumn = 4;
};

// The rows that succeeded in an earlier results file, for `token bulk --resume`: an input row
// whose external user ID and app match an ok row is not sent again, and that row is written to
// the new file as it was. Each earlier row is used once (an ID listed twice needs two rows).
class BulkPreviousResults final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectDesk::BulkPreviousResults)
public:
    // Adds the ok rows of a results file (call again for its journal); rows already loaded are
    // skipped. False, with `*error`, when it is not a results file (wrong header, broken CSV).
    bool load(QIODevice *device, QString *error);

    // The earlier row for this ID (as read from the input) and app (normalised), taken out of
    // the set; empty when there is none.
    QStringList take(const QString &externalUserId, const QString &appSlug);
    int remaining() const { return m_remaining; }
    int loaded() const { return m_loaded; }

private:
    QHash<QString, QList<QStringList>> m_rows; // by externalUserIdCell + '\n' + app cell
    QSet<QString> m_seen;                      // every row loaded, to skip exact repeats
    int m_remaining = 0;
    int m_loaded = 0;
};

} // namespace ConnectDesk
