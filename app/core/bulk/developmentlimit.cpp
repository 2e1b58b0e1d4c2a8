#include "bulk/developmentlimit.h"

#include <QSet>

namespace ConnectDesk {

int DevelopmentLimit::distinctUsers(const QList<BulkRowInput> &rows)
{
    QSet<QString> users;
    for (const BulkRowInput &row : rows) {
        const QString user = row.externalUserId.trimmed();
        if (!user.isEmpty())
            users.insert(user);
    }
    return int(users.size());
}

QList<int> DevelopmentLimit::rowsOfFirstUsers(const QList<BulkRowInput> &rows, int count)
{
    QSet<QString> users;
    QList<int> positions;
    for (int i = 0; i < rows.size(); ++i) {
        const QString user = rows.at(i).externalUserId.trimmed();
        if (user.isEmpty())
            continue;
        if (!users.contains(user)) {
            if (int(users.size()) >= count)
                continue;
            users.insert(user);
        }
        positions.append(i);
    }
    return positions;
}

} // namespace ConnectDesk
