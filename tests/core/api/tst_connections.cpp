#include "api/clientlanes.h"
#include "api/connectclient.h"
#include "api/lowdelaysockets.h"
#include "bulk/bulkjob.h"
#include "connectsimulator.h"
#include "simulatedapi.h"

#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <arpa/inet.h>
#include <dirent.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

using namespace ConnectDesk;
using namespace ConnectDesk::Sim;
using namespace Qt::StringLiterals;

namespace {

QString tlsFile(const char *name)
{
    return QStringLiteral(CONNECTDESK_TEST_DATA "/tls/") + QLatin1String(name);
}

// This process's TCP sockets connected to 127.0.0.1:port (the client's ends, not the server's),
// and whether Nagle's algorithm is off on each. Read from the kernel, not from Qt, which hides
// its sockets.
struct ClientSocket
{
    int fd = -1;
    bool noDelay = false;
};

QList<ClientSocket> clientSocketsTo(quint16 port)
{
    QList<ClientSocket> found;
    DIR *descriptors = opendir("/proc/self/fd");
    if (!descriptors)
        return found;
    while (const dirent *entry = readdir(descriptors)) {
        const int fd = std::atoi(entry->d_name);
        sockaddr_in peer{};
        socklen_t size = sizeof peer;
        if (entry->d_name[0] < '0' || entry->d_name[0] > '9'
            || getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &size) != 0
            || peer.sin_family != AF_INET || ntohs(peer.sin_port) != port)
            continue;
        int noDelay = 0;
        size = sizeof noDelay;
        getsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &noDelay, &size);
        found.append({fd, noDelay != 0});
    }
    closedir(descriptors);
    return found;
}

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost) ? probe.serverPort() : 0;
}

TokenRequest templateRequest()
{
    TokenRequest r;
    r.projectId = SandboxCredentials::projectId();
    r.environment = QStringLiteral("production");
    r.appSlug = QStringLiteral("slack");
    return r;
}

QList<BulkRowInput> users(int count)
{
    QList<BulkRowInput> rows;
    for (int i = 0; i < count; ++i)
        rows.append({u"conn-user-"_s + QString::number(i), {}});
    return rows;
}

} // namespace

// What connections the client opens, as the server sees them: a connection opened ahead of a
// call carries that call (over TLS too), extra connection pools over TLS wait for the first
// handshake's protocol answer, HTTP/2 carries every call on one connection, and Nagle's
// algorithm is off on the API's connections.
class tst_Connections final : public QObject
{
    Q_OBJECT

private:
    // The simulator over HTTPS (the test certificate, trusted by this process's clients).
    struct TlsApi : Testing::SimulatedApi<>
    {
        TlsApi()
            : SimulatedApi(SandboxCredentials::clientSecret(), tlsFile("sandbox-cert.pem"),
                           tlsFile("sandbox-key.pem"))
        {
            QVERIFY(listening);
            QCOMPARE(sim.baseUrl().scheme(), u"https"_s);
        }
        void pointAt(const QUrl &base)
        {
            provider.setCredentials({base, SandboxCredentials::clientId(),
                                     SandboxCredentials::clientSecret(), {}});
        }
    };

    // Runs a job to its end; `out` keeps it (and its connection pools) alive for counting.
    static bool runBulk(ConnectClient *client, int rows, int concurrency, BulkJob **out = nullptr)
    {
        static SystemClock clock;
        auto *job = new BulkJob(client, clock);
        job->setConcurrency(concurrency);
        job->setRequestTemplate(templateRequest());
        QSignalSpy finished(job, &BulkJob::finished);
        job->start(users(rows));
        const bool ok = finished.wait(30000) && job->succeeded() == rows;
        if (!ok)
            qWarning("bulk: %d of %d rows succeeded", job->succeeded(), rows);
        if (out)
            *out = job;
        else
            delete job;
        return ok;
    }

private slots:
    void initTestCase()
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(tlsFile("sandbox-cert.pem"));
        QSslConfiguration::setDefaultConfiguration(tls);
    }

    void connectionOpenedAheadCarriesTheCallsOverTls()
    {
        TlsApi api;
        QSignalSpy handshakes(&api.nam, &QNetworkAccessManager::encrypted);
        QVERIFY(api.client.openConnection());
        QTRY_COMPARE(handshakes.count(), 1);
        const quint16 port = quint16(api.sim.baseUrl().port());
        QCOMPARE(clientSocketsTo(port).size(), 1);
        for (int i = 0; i < 3; ++i) { // the OAuth call and three token calls
            TokenRequest request = templateRequest();
            request.externalUserId = u"ahead-"_s + QString::number(i);
            std::unique_ptr<ApiReply> reply(api.client.createToken(request));
            QTRY_VERIFY(reply->isFinished());
            QVERIFY2(reply->isOk(), qPrintable(reply->error().humanMessage()));
        }
        // Had it offered other protocols than the calls (ALPN), Qt would have pooled it apart
        // and the calls would have opened a second connection. (Counted on this side: under a
        // parallel ctest another program may knock on the simulator's port.)
        QCOMPARE(clientSocketsTo(port).size(), 1);
        QCOMPARE(api.sim.requestCount(), 4);
    }

    void callWithAFreshTokenStillFinishesLater()
    {
        // With a token at hand start() sends at once (no event-loop turn first), but finished()
        // still never comes from start(): callers connect to it afterwards.
        Testing::SimulatedApi<> api;
        QVERIFY(api.listening);
        TokenRequest request = templateRequest();
        request.externalUserId = u"first"_s;
        std::unique_ptr<ApiReply> first(api.client.createToken(request));
        QTRY_VERIFY(first->isFinished());
        QVERIFY(api.provider.hasFreshToken());
        request.externalUserId = u"second"_s;
        std::unique_ptr<ApiReply> second(api.client.createToken(request));
        QVERIFY(!second->isFinished());
        QSignalSpy finished(second.get(), &ApiReply::finished);
        QVERIFY(finished.wait(5000));
        QVERIFY2(second->isOk(), qPrintable(second->error().humanMessage()));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(api.sim.requestCount(QStringLiteral("/oauth/token")), 1);
    }

    void nagleIsOffOnTheApisConnections()
    {
        TlsApi api;
        TokenRequest request = templateRequest();
        request.externalUserId = u"nagle"_s;
        std::unique_ptr<ApiReply> reply(api.client.createToken(request));
        QTRY_VERIFY(reply->isFinished());
        QVERIFY(reply->isOk());
        const QList<ClientSocket> sockets = clientSocketsTo(api.sim.baseUrl().port());
        QVERIFY(!sockets.isEmpty());
        for (const ClientSocket &socket : sockets)
            QVERIFY2(socket.noDelay, qPrintable(u"fd %1 still has Nagle on"_s.arg(socket.fd)));
    }

    void lowDelayCountsOnlySocketsItChanged()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QVERIFY(socket.waitForConnected(5000));
        QCOMPARE(socket.socketOption(QAbstractSocket::LowDelayOption).toInt(), 0);
        QVERIFY(LowDelaySockets::applyToProcessSockets() >= 1);
        QCOMPARE(socket.socketOption(QAbstractSocket::LowDelayOption).toInt(), 1);
        QCOMPARE(clientSocketsTo(server.serverPort()).size(), 1);
        QCOMPARE(LowDelaySockets::applyToProcessSockets(), 0); // nothing left to change
    }

    void lanesOpenOneConnectionPerCall_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::newRow("https") << true;
        QTest::newRow("http") << false;
    }

    void lanesOpenOneConnectionPerCall()
    {
        QFETCH(bool, tls);
        std::unique_ptr<Testing::SimulatedApi<>> api;
        if (tls)
            api = std::make_unique<TlsApi>();
        else
            api = std::make_unique<Testing::SimulatedApi<>>();
        QVERIFY(api->listening);
        // 14 calls at once: the client's six connections and two more pools (6 + 6 + 2). The
        // connections opened ahead are the ones the calls use (Qt may open one more per pool
        // when calls arrive while its connections are still being opened); a pool whose calls
        // offer other protocols than its connections opened for them would open as many again.
        BulkJob *job = nullptr;
        QVERIFY(runBulk(&api->client, 42, 14, &job));
        std::unique_ptr<BulkJob> owned(job);
        QCOMPARE(api->sim.requestCount(QStringLiteral("/tokens")), 42);
        const qsizetype open = clientSocketsTo(quint16(api->sim.baseUrl().port())).size();
        QVERIFY2(open >= 14 && open <= 14 + 3, qPrintable(QString::number(open)));
    }

    void http2CarriesEveryCallOnOneConnection()
    {
        // nghttpx (Debian's nghttp2-proxy) speaks HTTP/2 over TLS in front of the simulator,
        // which speaks HTTP/1.1 only.
        const QString nghttpx = QStandardPaths::findExecutable(
            u"nghttpx"_s, {u"/usr/sbin"_s, u"/usr/bin"_s, u"/usr/local/bin"_s});
        QVERIFY2(!nghttpx.isEmpty(), "nghttpx is missing: apt-get install nghttp2-proxy");
        TlsApi api;
        const quint16 port = freePort();
        QProcess proxy;
        proxy.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        proxy.start(nghttpx, {u"--conf=/dev/null"_s, u"--frontend=127.0.0.1,%1"_s.arg(port),
                              u"--backend=127.0.0.1,%1;;tls"_s.arg(api.sim.baseUrl().port()),
                              u"--workers=1"_s, u"--log-level=ERROR"_s, u"--no-ocsp"_s,
                              u"--insecure"_s, // its own hop to the simulator, not the client's
                              tlsFile("sandbox-key.pem"), tlsFile("sandbox-cert.pem")});
        QVERIFY(proxy.waitForStarted(5000));
        const auto stopProxy = qScopeGuard([&proxy] {
            proxy.terminate();
            proxy.waitForFinished(5000);
        });
        QTRY_VERIFY_WITH_TIMEOUT(
            [port] {
                QTcpSocket probe;
                probe.connectToHost(QHostAddress::LocalHost, port);
                return probe.waitForConnected(200);
            }(),
            10000);
        api.pointAt(QUrl(u"https://127.0.0.1:%1"_s.arg(port)));

        BulkJob *job = nullptr;
        QVERIFY(runBulk(&api.client, 48, 16, &job));
        std::unique_ptr<BulkJob> owned(job);
        QVERIFY(api.provider.serverSpeaksHttp2());
        // One connection carried the OAuth call and all 48 token calls: no connection pool
        // beyond the client's own was opened, and nothing was opened ahead and left unused.
        const QList<ClientSocket> sockets = clientSocketsTo(port);
        QCOMPARE(sockets.size(), 1);
        QVERIFY(sockets.first().noDelay);
        QCOMPARE(api.sim.requestCount(QStringLiteral("/tokens")), 48);
    }
};

QTEST_GUILESS_MAIN(tst_Connections)
#include "tst_connections.moc"
