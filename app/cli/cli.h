#pragma once

namespace ConnectDesk::Cli {

// True when argv asks for the command line (a command word, --version or --help).
bool handles(int argc, char *argv[]);
// Runs the command line on a QCoreApplication; returns the process exit code.
int run(int argc, char *argv[]);

} // namespace ConnectDesk::Cli
