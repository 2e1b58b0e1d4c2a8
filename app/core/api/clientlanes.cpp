#include "api/clientlanes.h"

#include "api/connectclient.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslConfiguration>

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

    void offerHttp1Only()
    {
        TransportOptions options = client.transportOptions();
        options.offerHttp2 = false;
        client.setTransportOptions(options);
    }
};

ClientLanes::ClientLanes(ConnectClient *client, const Clock &clock)
    : m_client(client)
    , m_clock(clock)
{
    m_busy.insert(m_client, 0);
}

ClientLanes::~ClientLanes()
{
    QObject::disconnect(m_alpnWatch);
}

void ClientLanes::reserve(int callsInFlight)
{
    const int wanted = (callsInFlight + callsPerLane - 1) / callsPerLane;
    while (laneCount() < wanted) {
        m_lanes.push_back(std::make_unique<Lane>(m_client->network(), m_client, m_clock));
        if (m_tls && m_protocol == Protocol::Http1)
            m_lanes.back()->offerHttp1Only();
        m_busy.insert(&m_lanes.back()->client, 0);
    }
}

void ClientLanes::preconnect(int callsInFlight)
{
    m_tls = m_client->baseUrl().scheme() == QLatin1String("https");
    if (!m_tls)
        m_protocol = Protocol::Http1; // Qt speaks HTTP/2 over cleartext only when told to
    else if (m_protocol == Protocol::Unknown && m_client->tokens()->hasFreshToken())
        m_protocol = m_client->tokens()->serverSpeaksHttp2() ? Protocol::Http2 : Protocol::Http1;
    reserve(callsInFlight);
    // Without a fresh access token the OAuth call that fetches one opens the first connection
    // (and Qt pools it with these): one fewer ahead, or one would stay unused.
    const int fetching = m_client->tokens()->hasFreshToken() ? 0 : 1;
    for (int i = fetching; i < std::min(callsInFlight, callsPerLane); ++i)
        m_client->openConnection();
    m_lanesToPreconnect = std::max(m_lanesToPreconnect, callsInFlight - callsPerLane);
    if (m_protocol != Protocol::Unknown) {
        learnProtocol(m_protocol);
        return;
    }
    // HTTP/2 would make the lanes' handshakes a waste: wait for the first one's answer, as
    // Qt and curl --parallel wait for their first connection before they open more.
    if (m_alpnWatch)
        return;
    QNetworkAccessManager *network = m_client->network();
    m_alpnWatch = QObject::connect(network, &QNetworkAccessManager::encrypted, network,
                                   [this](QNetworkReply *reply) {
        const QUrl api = m_client->baseUrl();
        if (reply->url().host() != api.host() || reply->url().port(443) != api.port(443))
            return; // the window shares the manager: another host's handshake says nothing
        const bool http2 = reply->sslConfiguration().nextNegotiatedProtocol()
                           == QSslConfiguration::ALPNProtocolHTTP2;
        learnProtocol(http2 ? Protocol::Http2 : Protocol::Http1);
    });
}

void ClientLanes::learnProtocol(Protocol protocol)
{
    QObject::disconnect(m_alpnWatch);
    m_protocol = protocol;
    if (protocol != Protocol::Http1)
        return;
    // Over cleartext nothing was offered; changing the offer would only pool calls apart from
    // the connections opened for them.
    if (m_tls) {
        for (const auto &lane : m_lanes)
            lane->offerHttp1Only();
    }
    preconnectLanes(std::exchange(m_lanesToPreconnect, 0));
}

void ClientLanes::preconnectLanes(int connections)
{
    for (const auto &lane : m_lanes) {
        if (connections <= 0)
            break;
        for (int i = 0; i < std::min(connections, callsPerLane); ++i)
            lane->client.openConnection();
        connections -= callsPerLane;
    }
}

bool ClientLanes::serverSpeaksHttp2() const
{
    return m_protocol == Protocol::Http2 || m_client->tokens()->serverSpeaksHttp2();
}

ConnectClient *ClientLanes::acquire()
{
    ConnectClient *best = m_client;
    if (!serverSpeaksHttp2()) {
        // Lanes fill in order, each up to its six connections: a call spread evenly instead
        // would leave connections opened ahead idle on full lanes and open new ones on the last.
        for (const auto &lane : m_lanes) {
            if (m_busy.value(best) < callsPerLane)
                break;
            if (m_busy.value(&lane->client) < m_busy.value(best))
                best = &lane->client;
        }
    } // HTTP/2: every call multiplexed on the client's one connection
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
