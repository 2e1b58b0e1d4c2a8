#pragma once

#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>

#include <optional>

namespace ConnectDesk::Sim {

// One client connection. It peeks at each request head before QtHttpServer 6.4 parses it, to
// fill three gaps of that version: input that is not HTTP gets a 400 instead of a silent
// hang-up, "Expect: 100-continue" gets its "100 Continue" (or an early 413 for an oversized
// body), and the HTTP version is remembered, since keep-alive depends on it.
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

private:
    enum class State { Head, AwaitingEnd, Closing };

    void inspect();
    bool checkFirstRequestLine(); // false when rejected or still incomplete
    void inspectHead(const QByteArray &head);
    void reject(int status, const QString &message);

    QObject *m_httpServer;
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

    int connectionCount() const { return m_connections; }
    // Serve HTTPS with this configuration (certificate and key set) from the next connection.
    void setTls(const QSslConfiguration &configuration) { m_tls = configuration; }
    bool isTls() const { return m_tls.has_value(); }

protected:
    void incomingConnection(qintptr handle) override;

private:
    QObject *m_httpServer;
    int m_connections = 0;
    std::optional<QSslConfiguration> m_tls;
};

} // namespace ConnectDesk::Sim
