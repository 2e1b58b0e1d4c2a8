// connectdesk: one executable. No arguments, the window's options (--sandbox, --self-test,
// --lang, Qt's -platform, ...) or a path/URL open the window; anything else is the command line,
// which also answers mistyped words ("unknown command "tokne", did you mean "token"?").
#include "cli.h"
#include "main/guiapp.h"

int main(int argc, char *argv[])
{
    if (ConnectDesk::Cli::handles(argc, argv))
        return ConnectDesk::Cli::run(argc, argv);
    return ConnectDesk::Ui::runGui(argc, argv);
}
