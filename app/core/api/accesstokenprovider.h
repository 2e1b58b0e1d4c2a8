#pragma once

#include "api/apireply.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace ConnectDesk {

class Clock;

struct ClientCredentials
{
    QUrl baseUrl = QUrl(QStringLiteral("https://api.pipedream.com"));
    QString clientId;
    QString clientSecret; // held in memory only
    QString scope;        // access-token scope; empty = the server default "*"

    bool operator==(const ClientCredentials &) const = default;
};

// OAuth client-credentials access tokens, as the official SDKs handle them: kept in memory only,
// renewed 120 s before expiry (half the lifetime if shorter), one fetch in flight while other
// callers wait for it.
class AccessTokenProvider final : public QObject, public TokenSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessTokenProvider)
public:
    AccessTokenProvider(QNetworkAccessManager *network, const Clock &clock, QObject *parent = nullptr);
    ~AccessTokenProvider() override;

    void setCredentials(const ClientCredentials &credentials); // drops any cached token
    const ClientCredentials &credentials() const { return m_credentials; }
    void setTransportOptions(const TransportOptions &options) { m_options = options; }

    void withToken(QObject *context, Callback callback) override;
    void invalidate(const QString &token) override;
    QString freshToken() const override { return hasFreshToken() ? m_token : QString(); }
    void clear();

    bool hasFreshToken() const;
    QDateTime refreshAt() const { return m_refreshAt; }
    int fetchCount() const { return m_fetchCount; }
    // The last token came over HTTP/2: one connection to the API can carry every call at once.
    bool serverSpeaksHttp2() const { return m_serverSpeaksHttp2; }

    // When a token obtained at `obtained` with `lifetimeSeconds` should be renewed.
    static QDateTime refreshTime(const QDateTime &obtained, qint64 lifetimeSeconds);
    // The JSON body of POST /v1/oauth/token.
    static QByteArray requestBody(const ClientCredentials &credentials);

signals:
    void callFinished(const ConnectDesk::CallRecord &record);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };
    void fetch();
    void onFetched();
    void notifyWaiters(const QString &token, const ApiError &error);

    QNetworkAccessManager *m_network;
    const Clock &m_clock;
    ClientCredentials m_credentials;
    TransportOptions m_options;
    QString m_token;
    QDateTime m_refreshAt;
    QPointer<ApiReply> m_inFlight;
    QList<Waiter> m_waiters;
    int m_fetchCount = 0;
    bool m_serverSpeaksHttp2 = false;
};

} // namespace ConnectDesk
