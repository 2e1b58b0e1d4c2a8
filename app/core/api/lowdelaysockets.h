#pragma once

class QNetworkAccessManager;

namespace ConnectDesk {

// Turns Nagle's algorithm off (TCP_NODELAY) on the connections a QNetworkAccessManager opens,
// as curl and browsers do. Qt 6.4 leaves it on (the LowDelayOption line in its HTTP channel is
// commented out), and over HTTP/2, where many calls share one connection, a request written
// while an earlier one is unacknowledged then waits for that ACK: a round trip, or a 40 ms
// delayed ACK, per batch of calls. Qt gives no access to its sockets, so each time `network`
// finishes a TLS handshake the process's TCP sockets are found in /proc/self/fd and set
// (Linux; elsewhere nothing happens). Every TCP socket in ConnectDesk is an HTTP connection
// (or the sandbox's end of one), for which Nagle only ever adds waits.
class LowDelaySockets final
{
public:
    // Once per manager; further calls for the same manager do nothing.
    static void enableFor(QNetworkAccessManager *network);
    // Sets TCP_NODELAY on every TCP socket of this process that lacks it; returns how many.
    static int applyToProcessSockets();
};

} // namespace ConnectDesk
