#pragma once

#include "api/accesstokenprovider.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

class QNetworkAccessManager;

namespace ConnectDesk {

class Clock;
class ConnectClient;
class ProfileStore;
class SecretStore;

// One AccessTokenProvider + ConnectClient per profile (keyed by profile id), so switching
// between profiles keeps each one's access token — in memory only, never on disk — and
// switching back does not fetch a new one. A profile's session is dropped when the profile
// changes, is removed or its secret changes (watch()).
class ProfileSessions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSessions)
public:
    ProfileSessions(QNetworkAccessManager *network, const Clock &clock, QObject *parent = nullptr);
    ~ProfileSessions() override;

    // The client for this profile, created on first use. New credentials (a changed id, secret,
    // scope or base URL) drop the cached access token; the same credentials keep it.
    ConnectClient *client(const QString &profileId, const ClientCredentials &credentials);
    AccessTokenProvider *tokens(const QString &profileId) const; // nullptr when none yet
    bool contains(const QString &profileId) const { return m_sessions.contains(profileId); }
    qsizetype size() const { return m_sessions.size(); }

    void forget(const QString &profileId);
    void clear();
    // Forgets a profile's session when it is updated or removed, or its secret is written or
    // removed. Either pointer may be null.
    void watch(ProfileStore *profiles, SecretStore *secrets);
    // Applied to every client, now and later (timeouts, retries, User-Agent).
    void setTransportOptions(const TransportOptions &options);

signals:
    // Every call any profile's client makes, for the call log.
    void callFinished(const QString &profileId, const ConnectDesk::CallRecord &record);

private:
    struct Session
    {
        QPointer<AccessTokenProvider> tokens;
        QPointer<ConnectClient> client;
    };

    QNetworkAccessManager *m_network;
    const Clock &m_clock;
    std::optional<TransportOptions> m_options;
    QHash<QString, Session> m_sessions;
};

} // namespace ConnectDesk
