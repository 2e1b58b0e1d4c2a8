#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

#include <algorithm>
#include <optional>

namespace ConnectDesk::Sim {

// One client connection. It peeks at each request head before QtHttpServer 6.4 parses it, to
// fill three gaps of that version: input that is not HTTP gets a 400 instead of a silent
// hang-up, "Expect: 100-continue" gets its "100 Continue", a body announced over 1 MiB gets 413
// before any of it is buffered, and the HTTP version is remembered (keep-alive depends on it).
// It also closes itself when idle, so idle clients cannot pile up file descriptors.
// A QSslSocket, so the simulator can also serve HTTPS; without startServerEncryption() it is
// plain TCP, and peek() always sees plain text.
class SimSocket final : public QSslSocket
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimSocket)
public:
    // `httpServer` is the receiver of QtHttpServer's own readyRead connection.
    SimSocket(QObject *httpServer, QObject *parent);

    bool isHttp10() const { return m_http10; }
    // QtHttpServer finished parsing a request: the next bytes start a new one.
    void requestHandled();

    // A connection with nothing to read or write for this long is closed (0 = never).
    void setIdleTimeout(int ms);
    // A reply is held back for `ms` (a slow-reply fault): not idle meanwhile.
    void expectReplyAfter(int ms);
    void replySent();
    // Idle between requests, with no reply pending: the one to close when connections run out.
    bool isIdle() const
    {
        return m_state == State::Head && m_head.isEmpty() && m_pendingReplies == 0;
    }
    qint64 idleForMs() const { return m_lastActivity.elapsed(); }
    // Answers with a JSON error and closes, keeping QtHttpServer away from the connection.
    void reject(int status, const QString &message);

signals:
    void firstRequestStarted(); // the first request line arrived (once per connection)

private:
    enum class State { Head, AwaitingEnd, Closing };

    void inspect();
    bool checkFirstRequestLine(); // false when rejected or still incomplete
    void inspectHead(const QByteArray &head);
    void touch();

    QObject *m_httpServer;
    QTimer m_idleTimer;
    QElapsedTimer m_lastActivity;
    int m_idleTimeoutMs = 0;
    int m_pendingReplies = 0;
    State m_state = State::Head;
    QByteArray m_head;
    bool m_firstLineChecked = false;
    bool m_http10 = false;
};

class SimTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimTcpServer)
public:
    SimTcpServer(QObject *httpServer, QObject *parent);

    static constexpr int defaultMaxConnections = 256;  // far below a 1,024 open-file limit
    static constexpr int defaultIdleTimeoutMs = 60000;
    static constexpr int defaultListenBacklog = 1024; // connections waiting to be accepted

    int connectionCount() const { return m_connections; } // accepted so far
    // Accepted so far and carried at least one request: a connection opened ahead and never
    // used, or a stray one from another program, is not counted.
    int usedConnectionCount() const { return m_usedConnections; }
    int openConnectionCount() const
    {
        return int(std::count_if(m_open.cbegin(), m_open.cend(), [](const QPointer<SimSocket> &s) {
            return s && s->state() == QAbstractSocket::ConnectedState;
        }));
    }
    // At the cap, the longest-idle connection is closed to make room; when none is idle the
    // newcomer gets a 503 and is closed.
    void setMaxConnections(int max) { m_maxConnections = max; }
    void setIdleTimeout(int ms) { m_idleTimeoutMs = ms; }
    // Serve HTTPS with this configuration (certificate and key set) from the next connection.
    void setTls(const QSslConfiguration &configuration) { m_tls = configuration; }
    bool isTls() const { return m_tls.has_value(); }

protected:
    void incomingConnection(qintptr handle) override;

private:
    bool makeRoom();

    QObject *m_httpServer;
    int m_connections = 0;
    int m_usedConnections = 0;
    int m_maxConnections = defaultMaxConnections;
    int m_idleTimeoutMs = defaultIdleTimeoutMs;
    QList<QPointer<SimSocket>> m_open;
    std::optional<QSslConfiguration> m_tls;
};

} // namespace ConnectDesk::Sim
