#include "api/clientlanes.h"

#include "api/connectclient.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>

#include <algorithm>

namespace ConnectDesk {

struct ClientLanes::Lane
{
    QNetworkAccessManager network;
    ConnectClient client;

    Lane(QNetworkAccessManager *like, ConnectClient *main, const Clock &clock)
        : client(&network, main->tokens(), clock)
    {
        network.setRedirectPolicy(like->redirectPolicy());
        network.setProxy(like->proxy());
        network.setTransferTimeout(like->transferTimeout());
        client.setTransportOptions(main->transportOptions());
        // Calls made on a lane show in the main client's call log, when it has one.
        if (main->hasCallListeners())
            QObject::connect(&client, &ConnectClient::callFinished, main,
                             &ConnectClient::callFinished);
    }
};

ClientLanes::ClientLanes(ConnectClient *client, const Clock &clock)
    : m_client(client)
    , m_clock(clock)
{
    m_busy.insert(m_client, 0);
}

ClientLanes::~ClientLanes() = default;

void ClientLanes::reserve(int callsInFlight)
{
    const int wanted = (callsInFlight + callsPerLane - 1) / callsPerLane;
    while (laneCount() < wanted) {
        m_lanes.push_back(std::make_unique<Lane>(m_client->network(), m_client, m_clock));
        m_busy.insert(&m_lanes.back()->client, 0);
    }
}

void ClientLanes::preconnect(int callsInFlight)
{
    reserve(callsInFlight);
    const auto open = [this](QNetworkAccessManager *network, int connections) {
        for (int i = 0; i < connections; ++i)
            m_client->openConnection(network);
    };
    open(m_client->network(), std::min(callsInFlight, callsPerLane));
    int left = callsInFlight - callsPerLane;
    for (const auto &lane : m_lanes) {
        if (left <= 0)
            break;
        open(&lane->network, std::min(left, callsPerLane));
        left -= callsPerLane;
    }
}

ConnectClient *ClientLanes::acquire()
{
    ConnectClient *best = m_client;
    if (m_client->tokens()->serverSpeaksHttp2()) {
        ++m_busy[best]; // HTTP/2: every call multiplexed on the client's one connection
        return best;
    }
    for (auto it = m_busy.cbegin(); it != m_busy.cend(); ++it) {
        if (it.value() < m_busy.value(best))
            best = it.key();
    }
    ++m_busy[best];
    return best;
}

void ClientLanes::release(ConnectClient *lane)
{
    const auto it = m_busy.find(lane);
    if (it != m_busy.end() && it.value() > 0)
        --it.value();
}

} // namespace ConnectDesk
