#include "simconnection.h"

#include "simhttp.h"

namespace ConnectDesk::Sim {

namespace {

constexpr qsizetype maxInspectedHead = 64 * 1024;
constexpr qsizetype maxMethodLength = 24;

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v';
}

} // namespace

SimSocket::SimSocket(QObject *httpServer, QObject *parent)
    : QSslSocket(parent)
    , m_httpServer(httpServer)
{
    // Connected before QtHttpServer connects its own handler, so this runs first. It only
    // peeks: the bytes stay for QtHttpServer's parser.
    connect(this, &QIODevice::readyRead, this, &SimSocket::inspect);
    m_lastActivity.start();
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        if (m_pendingReplies > 0 || bytesToWrite() > 0) {
            touch();
            return;
        }
        abort(); // an idle client holds a file descriptor and nothing else
    });
    connect(this, &QIODevice::bytesWritten, this, &SimSocket::touch);
}

void SimSocket::setIdleTimeout(int ms)
{
    m_idleTimeoutMs = ms;
    touch();
}

void SimSocket::touch()
{
    m_lastActivity.restart();
    if (m_idleTimeoutMs > 0)
        m_idleTimer.start(m_idleTimeoutMs);
}

void SimSocket::expectReplyAfter(int ms)
{
    ++m_pendingReplies;
    Q_UNUSED(ms) // the idle timer re-arms itself while a reply is pending
    touch();
}

void SimSocket::replySent()
{
    m_pendingReplies = std::max(0, m_pendingReplies - 1);
    touch();
}

void SimSocket::requestHandled()
{
    if (m_state == State::AwaitingEnd)
        m_state = State::Head;
    m_head.clear();
}

void SimSocket::inspect()
{
    touch();
    if (m_state != State::Head)
        return;
    // While a head arrives, QtHttpServer consumes every byte, so peek() shows only new bytes;
    // after a request it stops, and what it left is the start of the next one (see
    // requestHandled()). Either way, appending is right.
    m_head += peek(bytesAvailable());
    qsizetype start = 0;
    while (start < m_head.size() && isWhitespace(m_head.at(start))) // QtHttpServer skips these
        ++start;
    m_head.remove(0, start);

    if (!m_firstLineChecked && !checkFirstRequestLine())
        return;

    qsizetype end = m_head.indexOf("\r\n\r\n");
    qsizetype separator = 4;
    if (const qsizetype bare = m_head.indexOf("\n\n"); bare >= 0 && (end < 0 || bare < end)) {
        end = bare;
        separator = 2;
    }
    if (end < 0) {
        if (m_head.size() > maxInspectedHead) { // QtHttpServer copes; stop looking
            m_state = State::AwaitingEnd;
            m_head.clear();
        }
        return;
    }
    const QByteArray head = m_head.left(end + separator);
    m_head.clear();
    m_state = State::AwaitingEnd;
    inspectHead(head);
}

bool SimSocket::checkFirstRequestLine()
{
    const qsizetype newline = m_head.indexOf('\n');
    QByteArray line = newline < 0 ? m_head : m_head.left(newline);
    if (line.endsWith('\r'))
        line.chop(1);
    // The method must be an upper-case token; anything else is not HTTP, whatever follows.
    const qsizetype space = line.indexOf(' ');
    const QByteArray method = space < 0 ? line : line.left(space);
    const bool methodOk = method.size() <= maxMethodLength
                          && std::all_of(method.cbegin(), method.cend(), [](char c) {
                                 return (c >= 'A' && c <= 'Z') || c == '-' || c == '_';
                             });
    if (!methodOk) {
        reject(400, QStringLiteral("malformed HTTP request line"));
        return false;
    }
    if (newline < 0)
        return false; // wait for the rest of the line
    m_firstLineChecked = true;
    emit firstRequestStarted();
    const QList<QByteArray> parts = line.simplified().split(' ');
    if (parts.size() != 3 || parts.at(2).size() != 8 || !parts.at(2).startsWith("HTTP/1.")) {
        reject(400, QStringLiteral("malformed HTTP request line"));
        return false;
    }
    m_http10 = parts.at(2) == "HTTP/1.0";
    return true;
}

void SimSocket::inspectHead(const QByteArray &head)
{
    qint64 contentLength = 0;
    bool expectContinue = false;
    bool chunked = false;
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed().toLower();
        if (name == "content-length")
            contentLength = value.toLongLong();
        else if (name == "transfer-encoding")
            chunked = value.contains("chunked");
        else if (name == "expect")
            expectContinue = value == "100-continue";
    }
    if (contentLength > maxRequestBodyBytes) {
        // Refused from the head alone, before any of the body is buffered; with "Expect:
        // 100-continue" the client has not even sent it yet.
        reject(413, QStringLiteral("request body larger than 1 MiB"));
        return;
    }
    if (!expectContinue || (contentLength <= 0 && !chunked))
        return;
    write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
}

void SimSocket::reject(int status, const QString &message)
{
    m_state = State::Closing;
    // Keep QtHttpServer away from this connection: it would hang up without a word.
    if (m_httpServer)
        QObject::disconnect(this, &QIODevice::readyRead, m_httpServer, nullptr);
    connect(this, &QAbstractSocket::disconnected, this, &QObject::deleteLater);
    // Whatever else the client sends is read and dropped, never kept: closing with unread bytes
    // would reset the connection and the client might never see the answer.
    readAll();
    connect(this, &QIODevice::readyRead, this, [this] { skip(bytesAvailable()); });
    const SimResponse response = SimResponse::error(status, message);
    write(responseHead(response, response.body.size(), false));
    write(response.body);
    if (status == 413) // the client may still be sending the body it announced
        QTimer::singleShot(1000, this, [this] { disconnectFromHost(); });
    else
        disconnectFromHost();
}

SimTcpServer::SimTcpServer(QObject *httpServer, QObject *parent)
    : QTcpServer(parent)
    , m_httpServer(httpServer)
{
    // Qt's default backlog of 50 drops the SYN of a burst's 51st newcomer, which then waits a
    // full second for its retry (a thousand clients at once took 18 s to get in). The kernel
    // caps it at net.core.somaxconn.
    setListenBacklogSize(defaultListenBacklog);
}

bool SimTcpServer::makeRoom()
{
    m_open.removeIf([](const QPointer<SimSocket> &socket) {
        return !socket || socket->state() != QAbstractSocket::ConnectedState;
    });
    if (m_maxConnections <= 0 || m_open.size() < m_maxConnections)
        return true;
    SimSocket *oldest = nullptr;
    for (const QPointer<SimSocket> &socket : std::as_const(m_open)) {
        if (socket->isIdle() && (!oldest || socket->idleForMs() > oldest->idleForMs()))
            oldest = socket;
    }
    if (!oldest)
        return false;
    m_open.removeOne(oldest);
    oldest->abort();
    return true;
}

void SimTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new SimSocket(m_httpServer, this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    ++m_connections;
    if (!makeRoom()) {
        // Every connection is busy: say so rather than stop answering altogether.
        socket->reject(503, QStringLiteral("too many connections; try again"));
        return;
    }
    m_open.append(socket);
    connect(socket, &SimSocket::firstRequestStarted, this, [this] { ++m_usedConnections; });
    socket->setIdleTimeout(m_idleTimeoutMs);
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    if (m_tls) {
        socket->setSslConfiguration(*m_tls);
        socket->startServerEncryption(); // QtHttpServer's writes wait in the socket meanwhile
    }
    addPendingConnection(socket);
}

} // namespace ConnectDesk::Sim
