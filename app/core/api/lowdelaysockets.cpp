#include "api/lowdelaysockets.h"

#include <QNetworkAccessManager>

#ifdef Q_OS_LINUX
#include <dirent.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <cstdlib>
#endif

namespace ConnectDesk {

namespace {

constexpr char enabledProperty[] = "connectdesk_lowDelaySockets";

#ifdef Q_OS_LINUX
// Whether fd is a TCP socket (IPv4 or IPv6) with Nagle still on. A descriptor closed (or
// reused) by another thread meanwhile just fails a call here.
bool isTcpWithNagle(int fd)
{
    int value = 0;
    socklen_t size = sizeof value;
    if (getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &value, &size) != 0
        || (value != AF_INET && value != AF_INET6))
        return false;
    size = sizeof value;
    if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &value, &size) != 0 || value != SOCK_STREAM)
        return false;
    size = sizeof value;
    return getsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &value, &size) == 0 && value == 0;
}
#endif

} // namespace

void LowDelaySockets::enableFor(QNetworkAccessManager *network)
{
    if (!network || network->property(enabledProperty).toBool())
        return;
    network->setProperty(enabledProperty, true);
    // encrypted() comes once per new TLS connection (the handshake done, before or with the
    // first request on it), queued from Qt's HTTP thread: the next requests find Nagle off.
    QObject::connect(network, &QNetworkAccessManager::encrypted, network,
                     [] { applyToProcessSockets(); });
}

int LowDelaySockets::applyToProcessSockets()
{
    int changed = 0;
#ifdef Q_OS_LINUX
    DIR *descriptors = opendir("/proc/self/fd");
    if (!descriptors)
        return 0;
    const int own = dirfd(descriptors);
    while (const dirent *entry = readdir(descriptors)) {
        if (entry->d_name[0] < '0' || entry->d_name[0] > '9')
            continue;
        const int fd = std::atoi(entry->d_name);
        if (fd == own || !isTcpWithNagle(fd))
            continue;
        const int on = 1;
        if (setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on) == 0)
            ++changed;
    }
    closedir(descriptors);
#endif
    return changed;
}

} // namespace ConnectDesk
