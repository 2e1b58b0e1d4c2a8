// connectdesk: one executable. A command word (token, sandbox, profile, history, ...) or
// --version/--help runs the command line without widgets; anything else opens the window.
#include "cli.h"
#include "main/guiapp.h"

int main(int argc, char *argv[])
{
    if (ConnectDesk::Cli::handles(argc, argv))
        return ConnectDesk::Cli::run(argc, argv);
    return ConnectDesk::Ui::runGui(argc, argv);
}
