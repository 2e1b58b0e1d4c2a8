#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

namespace ConnectDesk::Testing {

// A deliberately misbehaving HTTP/1.1 server on 127.0.0.1 for the cases the simulator is too
// polite to produce: secrets echoed in error text, CR/LF inside an access token, endless or
// compressed bodies, foreign link hosts. A test gives it one answer per path; each request is
// recorded as raw bytes (so an injected second request shows up as its own entry).
class HostileServer final : public QObject
{
    Q_DISABLE_COPY_MOVE(HostileServer)
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QByteArray raw; // request line, headers and body as received
    };
    // Writes the whole answer (status line included) to the socket; may keep writing later.
    using Answer = std::function<void(QTcpSocket *socket, const Request &request)>;

    HostileServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
        m_listening = m_server.listen(QHostAddress::LocalHost);
    }

    ~HostileServer() override
    {
        // The sockets go first, while the buffers their handlers use still exist.
        m_server.close();
        const QList<QTcpSocket *> sockets = m_server.findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets) {
            socket->disconnect(this);
            delete socket;
        }
    }

    bool isListening() const { return m_listening; }
    QUrl baseUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    void on(const QByteArray &pathPrefix, Answer answer) { m_answers.append({pathPrefix, answer}); }
    const QList<Request> &requests() const { return m_requests; }
    int count(const QByteArray &pathPrefix) const
    {
        int n = 0;
        for (const Request &request : m_requests)
            n += request.path.startsWith(pathPrefix) ? 1 : 0;
        return n;
    }
    // Safe to ask from another thread (HostileServerThread).
    qint64 bytesSent() const { return m_bytesSent; }
    int connectedSockets() const { return m_connected; }

    static QByteArray response(int status, const QByteArray &body,
                               const QByteArray &contentType = "application/json",
                               const QByteArray &extraHeaders = {})
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType
               + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders
               + "Connection: close\r\n\r\n" + body;
    }
    // A 200 OAuth answer with the given access token, written byte for byte.
    static Answer oauthToken(const QByteArray &accessToken)
    {
        return [accessToken](QTcpSocket *socket, const Request &) {
            socket->write(response(200, "{\"access_token\":\"" + accessToken
                                            + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}"));
            socket->disconnectFromHost();
        };
    }
    static Answer fixed(int status, const QByteArray &body)
    {
        return [status, body](QTcpSocket *socket, const Request &) {
            socket->write(response(status, body));
            socket->disconnectFromHost();
        };
    }
    // A chunked 200 answer that never ends: a new chunk whenever the last one has been taken.
    Answer endlessChunks()
    {
        return [this](QTcpSocket *socket, const Request &) {
            // A small kernel send buffer, so what it manages to send is what the client took
            // (its buffers and its reading), not what waits on this side.
            socket->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, 64 * 1024);
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n");
            const QByteArray chunk(64 * 1024, 'a');
            const QByteArray framed = QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
            // Stops by itself once the client has gone: the socket is no longer connected.
            const auto more = [this, socket, framed] {
                while (socket->state() == QAbstractSocket::ConnectedState
                       && socket->bytesToWrite() < 4 * framed.size()) {
                    socket->write(framed);
                    m_bytesSent += framed.size();
                }
            };
            connect(socket, &QTcpSocket::bytesWritten, socket, more);
            more();
        };
    }

private:
    void serve(QTcpSocket *socket)
    {
        ++m_connected;
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            --m_connected;
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            QByteArray &buffer = m_buffers[socket];
            buffer += socket->readAll();
            // Every complete request in the buffer (header end plus Content-Length body).
            for (;;) {
                const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    return;
                qsizetype length = 0;
                const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
                for (const QByteArray &line : lines) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                if (buffer.size() < headerEnd + 4 + length)
                    return;
                Request request;
                request.raw = buffer.left(headerEnd + 4 + length);
                buffer.remove(0, request.raw.size());
                const QList<QByteArray> words = lines.value(0).trimmed().split(' ');
                request.method = words.value(0);
                request.path = words.value(1);
                m_requests.append(request);
                for (const auto &[prefix, answer] : std::as_const(m_answers)) {
                    if (request.path.startsWith(prefix)) {
                        answer(socket, request);
                        break;
                    }
                }
            }
        });
    }

    QTcpServer m_server;
    bool m_listening = false;
    QList<std::pair<QByteArray, Answer>> m_answers;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    std::atomic<qint64> m_bytesSent = 0;
    std::atomic<int> m_connected = 0;
};

// A HostileServer on a thread of its own. In the client's thread the server only writes when
// the client's event loop lets it, so it can never show how much a client lets through; here it
// writes as fast as the kernel takes the bytes, like a server on another machine.
class HostileServerThread final
{
    Q_DISABLE_COPY_MOVE(HostileServerThread)
public:
    // `setup` runs on the server's thread, before the first connection (add answers there).
    explicit HostileServerThread(const std::function<void(HostileServer &)> &setup)
    {
        m_anchor.moveToThread(&m_thread);
        m_thread.start();
        runThere([this, &setup] {
            m_server = std::make_unique<HostileServer>();
            setup(*m_server);
        });
    }
    ~HostileServerThread()
    {
        runThere([this] { m_server.reset(); });
        m_thread.quit();
        m_thread.wait();
    }

    bool isListening() const { return m_server->isListening(); }
    QUrl baseUrl() const { return m_server->baseUrl(); } // fixed once listening
    qint64 bytesSent() const { return m_server->bytesSent(); }
    int connectedSockets() const { return m_server->connectedSockets(); }

private:
    void runThere(const std::function<void()> &work)
    {
        QMetaObject::invokeMethod(&m_anchor, work, Qt::BlockingQueuedConnection);
    }

    QThread m_thread;
    QObject m_anchor; // lives on m_thread: what runThere() posts to
    std::unique_ptr<HostileServer> m_server;
};

} // namespace ConnectDesk::Testing
