#pragma once

#include <QString>

namespace ConnectDesk::Cli {

// UTF-8 output on the process's standard streams. stdout carries only results (links, JSON,
// sandbox settings); everything for people goes to stderr.
// Adds a line break. False when the text did not reach stdout (a full disk, a closed pipe):
// a result that was not delivered must not end with exit code 0.
bool printOut(const QString &text);
void printErr(const QString &text); // adds a line break, prefixed with nothing
void writeErr(const QString &text); // as is: progress lines rewrite themselves with \r
bool stderrIsTerminal();

} // namespace ConnectDesk::Cli
