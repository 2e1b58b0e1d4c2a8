#pragma once

#include <QSslConfiguration>
#include <optional>

#include <QtHttpServer/QAbstractHttpServer>

#include "simaccounthealth.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace ConnectDesk::Sim {

class SimApi;
class SimFaultQueue;
class SimSandbox;
class SimState;
class SimTcpServer;
struct SimRequest;
struct SimResponse;

// Fixed credentials of the sandbox world (docs/simulator.md).
struct SandboxCredentials
{
    static QString clientId();        // "sandbox-client-id"
    static QString clientSecret();    // "sandbox-client-secret"
    static QString projectId();       // "proj_sandbox"
    static QString secondProjectId(); // "proj_sandbox2"
};

enum class FaultKind {
    HttpStatus,
    RateLimited,
    Unauthorized,
    ServerError,
    HtmlErrorPage,
    TruncatedBody,
    ContractBreakingBody,
    SlowReply,
    DropConnection
};

struct Fault
{
    FaultKind kind = FaultKind::ServerError;
    // Applies to requests whose path contains this (empty = all).
    QString pathContains;
    // How many matching requests it hits; < 0 = until clearFaults(); 0 = none.
    int count = 1;
    // HttpStatus (default 400), ServerError (5xx, default 500), HtmlErrorPage (default 502).
    int status = 0;
    // HttpStatus/ServerError/Unauthorized: {"error": message}.
    // ContractBreakingBody: the raw body to send instead of the per-endpoint default.
    QString message;
    // RateLimited: Retry-After seconds (-1 = omit the header, send X-RateLimit-Reset only).
    int retryAfterSeconds = -1;
    // SlowReply: answer normally after this delay.
    int delayMs = 0;

    // The common case: `count` requests whose path contains `pathContains` get `kind`.
    static Fault on(const QString &pathContains, FaultKind kind, int count = 1)
    {
        Fault fault;
        fault.kind = kind;
        fault.pathContains = pathContains;
        fault.count = count;
        return fault;
    }
};

struct ReceivedRequest
{
    QByteArray method;
    QByteArray path;
    QByteArray query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

// A local stand-in for Pipedream's Connect API on 127.0.0.1 (see docs/simulator.md).
class ConnectSimulator final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectSimulator)
public:
    explicit ConnectSimulator(QObject *parent = nullptr);
    ~ConnectSimulator() override;

    bool listenLocal(quint16 port = 0); // 127.0.0.1; 0 = a free port
    // Serve HTTPS instead (before listenLocal()): a PEM certificate (chain) and its PEM key.
    // False, with `error` set, when either cannot be read.
    bool useTls(const QString &certificateFile, const QString &keyFile, QString *error = nullptr);
    quint16 port() const;
    QUrl baseUrl() const; // http(s)://127.0.0.1:<port>

    void injectFault(const Fault &fault); // queued; each consumed per matching request
    void clearFaults();
    void setTokensPerMinutePerUser(int limit);   // default 100
    void setAccessTokenLifetime(int seconds);    // default 3600
    void expireAccessTokens();                   // every issued access token now answers 401
    void setNow(std::function<QDateTime()> now); // time source (default: current UTC)

    // Plays the customer: the Connect Link was opened and an account connected. Marks the token
    // used and creates an account apn_... for the token's external user / project / environment.
    bool openConnectLink(const QString &token, const QString &appSlug, QString *error = nullptr);

    // Customers and accounts (docs/simulator.md, "Customers"). Adds the demo customers to
    // proj_sandbox (production and development); idempotent. Returns how many accounts it added.
    int seedDemoCustomers();
    // Breaks or heals an account of any project and environment; false for an unknown account.
    // `error` is the text the API reports (ignored for Healthy; empty: a realistic default).
    bool setAccountHealth(const QString &accountId,
                          SimAccountHealth health,
                          const QString &error = {});
    // As if a token had been created for the user; false when a development project is full.
    bool addUser(const QString &projectId,
                 const QString &environment,
                 const QString &externalUserId);
    // As if the user connected an account (healthy, fresh credentials); registers the user. The
    // new account's id, or empty for an unknown app, one without authentication, or a full
    // development project.
    QString addAccount(const QString &projectId,
                       const QString &environment,
                       const QString &externalUserId,
                       const QString &appSlug,
                       const QString &accountName = {});
    // Account management budget per project over 5 minutes (default 2000).
    void setAccountCallsPerFiveMinutes(int limit);

    QList<ReceivedRequest> receivedRequests() const;          // everything received, in order
    int requestCount(const QString &pathContains = {}) const; // over the recorded requests
    void clearReceivedRequests();
    void setRecording(bool on);  // default on; benchmarks turn it off to keep memory flat
    int connectionCount() const; // TCP connections accepted so far (keep-alive checks)
    int usedConnectionCount() const; // of those, the ones that carried a request
    int openConnectionCount() const; // open right now
    // At most `maxConnections` open at once (the longest-idle one is closed for a newcomer) and
    // idle ones closed after `idleTimeoutMs`; defaults 256 and 60 s. 0 = no limit.
    void setConnectionLimits(int maxConnections, int idleTimeoutMs);

signals:
    void requestReceived(const QByteArray &method, const QByteArray &path);
    void accountConnected(const QString &externalUserId, const QString &appSlug);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    enum class Delivery { Normal, Truncated, Drop };

    SimResponse respond(const SimRequest &request, Delivery *delivery, int *delayMs);
    void deliver(QTcpSocket *socket,
                 const SimResponse &response,
                 Delivery delivery,
                 bool keepAlive,
                 bool headOnly);
    void record(const SimRequest &request);

    std::unique_ptr<SimState> m_state;
    std::unique_ptr<SimFaultQueue> m_faults;
    std::unique_ptr<SimApi> m_api;
    std::unique_ptr<SimSandbox> m_sandbox;
    SimTcpServer *m_server = nullptr;
    std::optional<QSslConfiguration> m_tls;
    int m_maxConnections = 256;    // SimTcpServer::defaultMaxConnections
    int m_idleTimeoutMs = 60000;   // SimTcpServer::defaultIdleTimeoutMs
    QList<ReceivedRequest> m_received;
    bool m_recording = true;
};

} // namespace ConnectDesk::Sim
