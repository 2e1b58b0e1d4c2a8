#pragma once

namespace ConnectDesk::Ui {

// Creates the QApplication, parses GUI options (--sandbox, --self-test, --lang, ...), shows the
// main window and runs the event loop. Returns the process exit code.
int runGui(int argc, char *argv[]);

} // namespace ConnectDesk::Ui
