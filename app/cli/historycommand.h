#pragma once

#include "history/historystore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace ConnectDesk::Cli {

// connectdesk history list [--json] [--search TEXT] [--state S] [--limit N]
int runHistory(const QStringList &arguments);

class HistoryCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectDesk::Cli::HistoryCommand)
public:
    static int run(const QStringList &arguments);
    static int list(const QStringList &arguments);
    static QString help();

    // One entry as a JSON object: never the token; the link only while it can be used.
    static QJsonObject toJson(const HistoryEntry &entry, const QDateTime &now);
    // One entry as a tab-separated line: time, state, external user, app, environment, outcome.
    static QString toText(const HistoryEntry &entry, const QDateTime &now);
};

} // namespace ConnectDesk::Cli
