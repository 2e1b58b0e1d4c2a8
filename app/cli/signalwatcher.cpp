#include "signalwatcher.h"

#include <QPointer>
#include <QSocketNotifier>

#include <csignal>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#else
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace ConnectDesk::Cli {

namespace {

#ifdef Q_OS_WIN
QPointer<SignalWatcher> g_watcher;

BOOL WINAPI consoleHandler(DWORD type)
{
    if (type != CTRL_C_EVENT && type != CTRL_BREAK_EVENT && type != CTRL_CLOSE_EVENT)
        return FALSE;
    if (SignalWatcher *watcher = g_watcher.data()) {
        const int number = type == CTRL_C_EVENT ? SIGINT : SIGTERM;
        // Runs on a system thread: hand over to the watcher's thread.
        QMetaObject::invokeMethod(watcher, [watcher, number] { emit watcher->signalled(number); },
                                  Qt::QueuedConnection);
        return TRUE;
    }
    return FALSE;
}
#else
int g_pipe[2] = {-1, -1};

void handler(int number)
{
    const char byte = char(number);
    // write() is async-signal-safe; a full pipe just drops the repeat.
    [[maybe_unused]] const auto written = ::write(g_pipe[1], &byte, 1);
}
#endif

} // namespace

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_WIN
    g_watcher = this;
    SetConsoleCtrlHandler(consoleHandler, TRUE);
#else
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0) {
        qWarning("SignalWatcher: socketpair failed");
        return;
    }
    ::fcntl(g_pipe[1], F_SETFL, ::fcntl(g_pipe[1], F_GETFL) | O_NONBLOCK);
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        if (::read(g_pipe[0], &byte, 1) == 1)
            emit signalled(int(byte));
    });
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
#endif
}

SignalWatcher::~SignalWatcher()
{
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(consoleHandler, FALSE);
    g_watcher = nullptr;
#else
    if (!m_notifier)
        return;
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    delete m_notifier;
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
#endif
}

} // namespace ConnectDesk::Cli
