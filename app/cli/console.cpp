#include "console.h"

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define CONNECTDESK_ISATTY _isatty
#define CONNECTDESK_FILENO _fileno
#else
#include <unistd.h>
#define CONNECTDESK_ISATTY isatty
#define CONNECTDESK_FILENO fileno
#endif

namespace ConnectDesk::Cli {

namespace {

bool write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    const size_t written = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    return std::fflush(stream) == 0 && written == size_t(bytes.size()) && !std::ferror(stream);
}

} // namespace

bool printOut(const QString &text)
{
    return write(stdout, text + QLatin1Char('\n'));
}

void printErr(const QString &text)
{
    write(stderr, text + QLatin1Char('\n'));
}

void writeErr(const QString &text)
{
    write(stderr, text);
}

bool stderrIsTerminal()
{
    return CONNECTDESK_ISATTY(CONNECTDESK_FILENO(stderr)) != 0;
}

} // namespace ConnectDesk::Cli
