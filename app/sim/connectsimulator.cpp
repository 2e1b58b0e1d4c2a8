#include "connectsimulator.h"

#include "simapi.h"
#include "simapps.h"
#include "simconnection.h"
#include "simfaults.h"
#include "simhttp.h"
#include "simsandbox.h"
#include "simseed.h"
#include "simstate.h"

#include <QtHttpServer/QHttpServerRequest>

#include <QFile>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>

namespace ConnectDesk::Sim {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        break;
    }
    return QByteArrayLiteral("UNKNOWN");
}

SimRequest toSimRequest(const QHttpServerRequest &request)
{
    SimRequest result;
    result.method = methodName(request.method());
    const QUrl url = request.url();
    result.path = url.path(QUrl::FullyEncoded).toUtf8();
    if (result.path.isEmpty())
        result.path = QByteArrayLiteral("/");
    result.query = url.query(QUrl::FullyEncoded).toUtf8();
    const auto headers = request.headers();
    for (const auto &header : headers) {
        const QByteArray name = header.first.toLower();
        const auto it = result.headers.find(name);
        if (it == result.headers.end())
            result.headers.insert(name, header.second);
        else
            *it += QByteArrayLiteral(", ") + header.second;
    }
    result.body = request.body();
    return result;
}

} // namespace

QString SandboxCredentials::clientId()
{
    return QStringLiteral("sandbox-client-id");
}

QString SandboxCredentials::clientSecret()
{
    return QStringLiteral("sandbox-client-secret");
}

QString SandboxCredentials::projectId()
{
    return QStringLiteral("proj_sandbox");
}

QString SandboxCredentials::secondProjectId()
{
    return QStringLiteral("proj_sandbox2");
}

ConnectSimulator::ConnectSimulator(QObject *parent)
    : QAbstractHttpServer(parent)
    , m_state(std::make_unique<SimState>())
    , m_faults(std::make_unique<SimFaultQueue>())
{
    m_api = std::make_unique<SimApi>(*m_state, [this] { return baseUrl(); });
    m_sandbox = std::make_unique<SimSandbox>(*m_state, *m_faults);
    m_state->setAccountConnectedHandler([this](const SimAccount &account) {
        emit accountConnected(account.externalId, account.appSlug);
    });
}

ConnectSimulator::~ConnectSimulator()
{
    // Connections and their pending (delayed) replies go before the state they refer to.
    delete m_server;
    m_server = nullptr;
}

bool ConnectSimulator::listenLocal(quint16 port)
{
    if (m_server)
        return port == 0 || port == m_server->serverPort();
    auto *server = new SimTcpServer(this, this);
    if (m_tls)
        server->setTls(*m_tls);
    server->setMaxConnections(m_maxConnections);
    server->setIdleTimeout(m_idleTimeoutMs);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        qWarning("ConnectSimulator: cannot listen on 127.0.0.1:%u: %s",
                 unsigned(port),
                 qUtf8Printable(server->errorString()));
        delete server;
        return false;
    }
    bind(server);
    m_server = server;
    return true;
}

bool ConnectSimulator::useTls(const QString &certificateFile, const QString &keyFile,
                              QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    if (chain.isEmpty())
        return fail(QStringLiteral("no PEM certificate in %1").arg(certificateFile));
    QFile keyIn(keyFile);
    if (!keyIn.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(keyFile, keyIn.errorString()));
    const QByteArray pem = keyIn.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return fail(QStringLiteral("no unencrypted PEM RSA or EC key in %1").arg(keyFile));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients need no certificate
    m_tls = configuration;
    return true;
}

quint16 ConnectSimulator::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl ConnectSimulator::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void ConnectSimulator::injectFault(const Fault &fault)
{
    m_faults->enqueue(fault);
}

void ConnectSimulator::clearFaults()
{
    m_faults->clear();
}

void ConnectSimulator::setTokensPerMinutePerUser(int limit)
{
    m_state->setTokensPerMinutePerUser(std::max(0, limit));
}

void ConnectSimulator::setAccessTokenLifetime(int seconds)
{
    m_state->setAccessTokenLifetime(std::max(1, seconds));
}

void ConnectSimulator::expireAccessTokens()
{
    m_state->expireAccessTokens();
}

void ConnectSimulator::setNow(std::function<QDateTime()> now)
{
    m_state->setNow(std::move(now));
}

bool ConnectSimulator::openConnectLink(const QString &token, const QString &appSlug, QString *error)
{
    return m_state->connectAccount(token, appSlug, {}, nullptr, error).has_value();
}

int ConnectSimulator::seedDemoCustomers()
{
    return Sim::seedDemoCustomers(*m_state).accounts;
}

bool ConnectSimulator::setAccountHealth(const QString &accountId,
                                        SimAccountHealth health,
                                        const QString &error)
{
    return m_state->setAccountHealth(accountId, health, error);
}

bool ConnectSimulator::addUser(const QString &projectId,
                               const QString &environment,
                               const QString &externalUserId)
{
    return m_state->registerUser(projectId, environment, externalUserId);
}

QString ConnectSimulator::addAccount(const QString &projectId,
                                     const QString &environment,
                                     const QString &externalUserId,
                                     const QString &appSlug,
                                     const QString &accountName)
{
    const SimApp *app = SimAppCatalogue::find(appSlug);
    if (!app || app->authType == QLatin1String("none")
        || !m_state->registerUser(projectId, environment, externalUserId))
        return {};
    SimAccount account;
    account.id = QStringLiteral("apn_") + randomBase62(7);
    account.name = accountName.isEmpty()
                       ? QStringLiteral("%1 (%2)").arg(externalUserId, app->name)
                       : accountName;
    account.projectId = projectId;
    account.environment = environment;
    account.externalId = externalUserId;
    account.appSlug = app->slug;
    account.createdAt = m_state->now();
    account.updatedAt = account.createdAt;
    refreshCredentials(account, *app, account.createdAt);
    m_state->addAccount(account);
    return account.id;
}

void ConnectSimulator::setAccountCallsPerFiveMinutes(int limit)
{
    m_state->setAccountCallsPerWindow(std::max(0, limit));
}

QList<ReceivedRequest> ConnectSimulator::receivedRequests() const
{
    return m_received;
}

int ConnectSimulator::requestCount(const QString &pathContains) const
{
    if (pathContains.isEmpty())
        return static_cast<int>(m_received.size());
    return static_cast<int>(
        std::count_if(m_received.cbegin(), m_received.cend(), [&](const ReceivedRequest &request) {
            return QString::fromUtf8(request.path).contains(pathContains);
        }));
}

void ConnectSimulator::clearReceivedRequests()
{
    m_received.clear();
}

void ConnectSimulator::setRecording(bool on)
{
    m_recording = on;
}

int ConnectSimulator::connectionCount() const
{
    return m_server ? m_server->connectionCount() : 0;
}

int ConnectSimulator::usedConnectionCount() const
{
    return m_server ? m_server->usedConnectionCount() : 0;
}

int ConnectSimulator::openConnectionCount() const
{
    return m_server ? m_server->openConnectionCount() : 0;
}

void ConnectSimulator::setConnectionLimits(int maxConnections, int idleTimeoutMs)
{
    m_maxConnections = maxConnections;
    m_idleTimeoutMs = idleTimeoutMs;
    if (m_server) {
        m_server->setMaxConnections(maxConnections);
        m_server->setIdleTimeout(idleTimeoutMs);
    }
}

void ConnectSimulator::record(const SimRequest &request)
{
    if (!m_recording)
        return;
    m_received.append({request.method, request.path, request.query, request.headers, request.body});
}

bool ConnectSimulator::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const SimRequest simRequest = toSimRequest(request);
    record(simRequest);
    emit requestReceived(simRequest.method, simRequest.path);

    auto *simSocket = qobject_cast<SimSocket *>(socket);
    if (simSocket)
        simSocket->requestHandled();
    const QByteArray connection = simRequest.header(QByteArrayLiteral("connection")).toLower();
    const bool keepAlive = simSocket && simSocket->isHttp10() ? connection.contains("keep-alive")
                                                              : !connection.contains("close");
    const bool headOnly = simRequest.method == "HEAD";

    Delivery delivery = Delivery::Normal;
    int delayMs = 0;
    const SimResponse response = respond(simRequest, &delivery, &delayMs);
    if (delayMs <= 0) {
        deliver(socket, response, delivery, keepAlive, headOnly);
        return true;
    }
    const QPointer<QTcpSocket> guarded(socket);
    if (simSocket)
        simSocket->expectReplyAfter(delayMs); // a held-back reply is not an idle connection
    QTimer::singleShot(delayMs, socket, [this, guarded, response, delivery, keepAlive, headOnly] {
        if (guarded && guarded->state() == QAbstractSocket::ConnectedState)
            deliver(guarded, response, delivery, keepAlive, headOnly);
        if (auto *held = qobject_cast<SimSocket *>(guarded.data()))
            held->replySent();
    });
    return true;
}

void ConnectSimulator::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request)
    // Not reached: handleRequest() answers everything. Kept as a plain 404 for safety.
    deliver(socket,
            SimResponse::error(404, QStringLiteral("not found")),
            Delivery::Normal,
            false,
            false);
}

SimResponse ConnectSimulator::respond(const SimRequest &request, Delivery *delivery, int *delayMs)
{
    if (request.body.size() > maxRequestBodyBytes)
        return SimResponse::error(413,
                                  QStringLiteral("request body larger than 1 MiB"),
                                  QStringLiteral("payload_too_large"));

    if (!SimSandbox::isControlPath(request.path)) {
        if (const auto fault = m_faults->take(request.path)) {
            switch (fault->kind) {
            case FaultKind::SlowReply:
                *delayMs = std::max(1, fault->delayMs);
                break;
            case FaultKind::TruncatedBody:
                *delivery = Delivery::Truncated;
                break;
            case FaultKind::DropConnection:
                *delivery = Delivery::Drop;
                return SimResponse::empty(500);
            default:
                // A throttled account call names the account budget, anything else the token one.
                const int limit = SimApi::isAccountManagement(request.segments())
                                      ? m_state->accountCallsPerWindow()
                                      : m_state->tokensPerMinutePerUser();
                if (auto faulty = Faults::response(*fault, request.path, m_state->now(), limit)) {
                    return *faulty;
                }
                break;
            }
        }
    }
    if (auto sandbox = m_sandbox->handle(request))
        return *sandbox;
    return m_api->handle(request);
}

void ConnectSimulator::deliver(QTcpSocket *socket,
                               const SimResponse &response,
                               Delivery delivery,
                               bool keepAlive,
                               bool headOnly)
{
    switch (delivery) {
    case Delivery::Drop:
        socket->abort();
        return;
    case Delivery::Truncated: {
        // Promise the whole body, send half of it, hang up.
        SimResponse truncated = response;
        truncated.status = 200;
        const qint64 promised = std::max<qint64>(response.body.size(), 64);
        socket->write(responseHead(truncated, promised, true));
        socket->write(response.body.left(response.body.size() / 2));
        socket->disconnectFromHost();
        return;
    }
    case Delivery::Normal:
        break;
    }
    socket->write(responseHead(response, response.body.size(), keepAlive));
    if (!headOnly)
        socket->write(response.body);
    if (!keepAlive)
        socket->disconnectFromHost();
}

} // namespace ConnectDesk::Sim
