#pragma once

#include "api/accesstokenprovider.h"
#include "api/apireply.h"
#include "api/tokenrequest.h"

#include <QObject>

class QNetworkAccessManager;

namespace ConnectDesk {

class Clock;

// The Connect API on one injected QNetworkAccessManager. Every call returns an ApiReply that
// the caller owns (deleteLater() it after finished()).
class ConnectClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectClient)
public:
    ConnectClient(QNetworkAccessManager *network, AccessTokenProvider *tokens, const Clock &clock,
                  QObject *parent = nullptr);

    void setTransportOptions(const TransportOptions &options);
    const TransportOptions &transportOptions() const { return m_options; }
    AccessTokenProvider *tokens() const { return m_tokens; }
    QNetworkAccessManager *network() const { return m_network; }
    // Opens one connection (TCP, and TLS for https) to the API host on `network` (the client's
    // own when null) ahead of a call, sending nothing. False when there is no host to reach.
    // Over TLS it offers what this client's calls offer (HTTP/2 and HTTP/1.1, or HTTP/1.1
    // alone), since Qt pools connections apart by that offer.
    bool openConnection(QNetworkAccessManager *network = nullptr) const;
    // Whether anything records calls (callFinished): call records are built only then.
    bool hasCallListeners() const;
    QUrl baseUrl() const { return m_tokens->credentials().baseUrl; }

    // POST /v1/connect/{project_id}/tokens. An invalid request is never sent: the reply
    // finishes with Kind::InvalidInput naming the first problem.
    ApiReply *createToken(const TokenRequest &request);
    ApiReply *searchApps(const QString &query, int limit = 20, const QString &after = {});
    // GET /v1/connect/{project_id}/accounts?external_user_id=&app=&limit=&after= (limit 0: the
    // server's default page).
    ApiReply *listAccounts(const QString &projectId, const QString &environment,
                           const QString &externalUserId, const QString &appSlug = {},
                           int limit = 0, const QString &after = {});
    // DELETE /v1/connect/{project_id}/accounts/{account_id} and
    // DELETE /v1/connect/{project_id}/users/{external_user_id} (the user's accounts go too).
    // Never resent after a dropped connection: the caller asks the user.
    ApiReply *deleteAccount(const QString &projectId, const QString &environment,
                            const QString &accountId);
    ApiReply *deleteUser(const QString &projectId, const QString &environment,
                         const QString &externalUserId);
    ApiReply *listUsers(const QString &projectId, const QString &environment,
                        const QString &query = {}, int limit = 20, const QString &after = {});
    ApiReply *validateToken(const QString &token, const QString &appSlug = {});
    // GET /v1/connect/apps/{app}: {data: App} (AppInfo::oneFromJson).
    ApiReply *getApp(const QString &slugOrId);
    // GET /v1/connect/{project_id}/oauth_apps?app=: the project's custom OAuth clients
    // (OAuthClientInfo::listFromJson), at most 100.
    ApiReply *listOAuthClients(const QString &projectId, const QString &environment,
                               const QString &appSlug);

    // The exact request createToken() sends (without User-Agent and Authorization), for the
    // request preview and code export.
    static HttpRequestSpec createTokenSpec(const QUrl &baseUrl, const TokenRequest &request);

signals:
    void callFinished(const ConnectDesk::CallRecord &record);

private:
    ApiReply *send(HttpRequestSpec spec);
    ApiReply *sendDelete(const QString &path, const QString &environment);

    QNetworkAccessManager *m_network;
    AccessTokenProvider *m_tokens;
    const Clock &m_clock;
    TransportOptions m_options;
};

} // namespace ConnectDesk
