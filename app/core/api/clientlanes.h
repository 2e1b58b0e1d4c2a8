#pragma once

#include <QHash>

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
// options and call log. Over HTTP/2 one connection carries every call and the extra lanes cost
// one idle connection each.
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
    // overlap whatever comes first (the OAuth call) instead of delaying the first calls.
    void preconnect(int callsInFlight);
    int laneCount() const { return int(m_lanes.size()) + 1; }
    ConnectClient *mainClient() const { return m_client; }

    // The lane with the fewest calls in flight, counted as one busier until release(); the
    // client itself while the server speaks HTTP/2.
    ConnectClient *acquire();
    void release(ConnectClient *lane);

private:
    struct Lane;
    ConnectClient *m_client;
    const Clock &m_clock;
    std::vector<std::unique_ptr<Lane>> m_lanes; // beyond the client itself
    QHash<ConnectClient *, int> m_busy;
};

} // namespace ConnectDesk
