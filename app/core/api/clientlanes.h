#pragma once

#include <QHash>
#include <QMetaObject>

#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace ConnectDesk {

class Clock;
class ConnectClient;

// Calls in flight spread over several connection pools. Qt 6.4 opens at most six HTTP/1.1
// connections to a host per QNetworkAccessManager, whatever else asks, so N calls at once need
// ceil(N / 6) managers. The first lane is the client itself; the others are clients on managers
// of their own that share its access-token provider (one OAuth call for all), transport
// options and call log. Over HTTP/2 one connection carries every call, so over TLS the extra
// lanes connect only once the first handshake has said (ALPN) that the server speaks HTTP/1.1;
// from then on they offer HTTP/1.1 alone, so that they open all their connections at once.
class ClientLanes final
{
public:
    static constexpr int callsPerLane = 6; // Qt's HTTP/1.1 connections per host per manager

    ClientLanes(ConnectClient *client, const Clock &clock);
    ~ClientLanes();
    ClientLanes(const ClientLanes &) = delete;
    ClientLanes &operator=(const ClientLanes &) = delete;

    // Enough lanes for `callsInFlight` calls at once (never fewer than there are).
    void reserve(int callsInFlight);
    // Opens the connections `callsInFlight` calls will use, so that their TCP and TLS handshakes
    // overlap whatever comes first (the OAuth call) instead of delaying the first calls. Without
    // a fresh access token the caller is expected to fetch one next: that call opens the first.
    void preconnect(int callsInFlight);
    int laneCount() const { return int(m_lanes.size()) + 1; }
    ConnectClient *mainClient() const { return m_client; }
    // The server chose HTTP/2 for the client's connection (ALPN, or an answer that came over it).
    bool serverSpeaksHttp2() const;

    // The first lane with fewer than six calls in flight (else the least busy), counted as one
    // busier until release(); the client itself while the server speaks HTTP/2.
    ConnectClient *acquire();
    void release(ConnectClient *lane);

private:
    struct Lane;
    enum class Protocol { Unknown, Http1, Http2 };
    void learnProtocol(Protocol protocol);
    void preconnectLanes(int connections);

    ConnectClient *m_client;
    const Clock &m_clock;
    bool m_tls = false; // https (known from preconnect()): HTTP/2 possible, learnt from ALPN
    std::vector<std::unique_ptr<Lane>> m_lanes; // beyond the client itself
    QHash<ConnectClient *, int> m_busy;
    Protocol m_protocol = Protocol::Unknown;
    QMetaObject::Connection m_alpnWatch; // the first TLS handshake on the client's manager
    int m_lanesToPreconnect = 0;         // connections waiting for that handshake's answer
};

} // namespace ConnectDesk
