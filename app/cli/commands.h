#pragma once

#include <QStringList>

namespace ConnectDesk::Cli {

// Each runs on the QCoreApplication that Cli::run() made, with the arguments that follow the
// command words, and returns the process exit code (exitcodes.h).
int runTokenCreate(const QStringList &arguments);
int runTokenBulk(const QStringList &arguments);
int runSandbox(const QStringList &arguments);
int runUsersList(const QStringList &arguments);
int runUsersDelete(const QStringList &arguments);
int runAccountsList(const QStringList &arguments);
int runAccountsDelete(const QStringList &arguments);
int runLinkCheck(const QStringList &arguments);

} // namespace ConnectDesk::Cli
