#include "profiles/profilesessions.h"

#include "api/connectclient.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"

namespace ConnectDesk {

ProfileSessions::ProfileSessions(QNetworkAccessManager *network, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
{}

ProfileSessions::~ProfileSessions() = default;

ConnectClient *ProfileSessions::client(const QString &profileId,
                                       const ClientCredentials &credentials)
{
    auto it = m_sessions.find(profileId);
    if (it == m_sessions.end() || !it->client || !it->tokens) {
        Session session;
        session.tokens = new AccessTokenProvider(m_network, m_clock, this);
        session.client = new ConnectClient(m_network, session.tokens, m_clock, session.tokens);
        if (m_options)
            session.client->setTransportOptions(*m_options);
        connect(session.client, &ConnectClient::callFinished, this,
                [this, profileId](const CallRecord &record) {
                    emit callFinished(profileId, record);
                });
        it = m_sessions.insert(profileId, session);
    }
    it->tokens->setCredentials(credentials); // a no-op when they are unchanged
    return it->client;
}

AccessTokenProvider *ProfileSessions::tokens(const QString &profileId) const
{
    const auto it = m_sessions.constFind(profileId);
    return it == m_sessions.cend() ? nullptr : it->tokens.data();
}

void ProfileSessions::forget(const QString &profileId)
{
    const auto it = m_sessions.constFind(profileId);
    if (it == m_sessions.cend())
        return;
    if (it->tokens) {
        it->tokens->clear();
        it->tokens->deleteLater(); // the client is its child
    }
    m_sessions.erase(it);
}

void ProfileSessions::clear()
{
    const QStringList ids = m_sessions.keys();
    for (const QString &id : ids)
        forget(id);
}

void ProfileSessions::watch(ProfileStore *profiles, SecretStore *secrets)
{
    if (profiles) {
        connect(profiles, &ProfileStore::profileUpdated, this, &ProfileSessions::forget);
        connect(profiles, &ProfileStore::profileRemoved, this, &ProfileSessions::forget);
    }
    if (secrets)
        connect(secrets, &SecretStore::secretChanged, this, &ProfileSessions::forget);
}

void ProfileSessions::setTransportOptions(const TransportOptions &options)
{
    m_options = options;
    for (const Session &session : std::as_const(m_sessions)) {
        if (session.client)
            session.client->setTransportOptions(options);
    }
}

} // namespace ConnectDesk
