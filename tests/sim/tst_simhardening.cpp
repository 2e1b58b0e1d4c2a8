#include "connectsimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace ConnectDesk::Sim;

// The sandbox as something a hostile web page or a flood of clients can reach: its controls
// refuse cross-site requests, idle connections are closed, connections are capped, and
// oversized bodies are refused from the head alone.
class TestSimHardening final : public QObject
{
    Q_OBJECT

private:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;
    std::unique_ptr<ConnectSimulator> m_sim;
    QNetworkAccessManager m_nam;

    int post(const QString &path, const QByteArray &body, const Headers &headers,
             QByteArray *answer = nullptr)
    {
        QNetworkRequest request(m_sim->baseUrl().resolved(QUrl(path)));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        std::unique_ptr<QNetworkReply> reply(m_nam.post(request, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(10000))
            return -1;
        if (answer)
            *answer = reply->readAll();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }
    int pendingFaults()
    {
        QNetworkRequest request(m_sim->baseUrl().resolved(QUrl(QStringLiteral("/_sandbox/faults"))));
        std::unique_ptr<QNetworkReply> reply(m_nam.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        return int(QJsonDocument::fromJson(reply->readAll())
                       .object()
                       .value(QStringLiteral("faults"))
                       .toArray()
                       .size());
    }
    QByteArray ownOrigin() const { return m_sim->baseUrl().toString().toUtf8(); }
    static QByteArray fault() { return R"({"kind":"server_error","count":1})"; }

private slots:
    void init()
    {
        m_sim = std::make_unique<ConnectSimulator>();
        QVERIFY(m_sim->listenLocal());
    }
    void cleanup() { m_sim.reset(); }

    void controlsRefuseCrossSiteRequests_data()
    {
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<int>("status");
        const QByteArray json = "application/json";
        QTest::newRow("text/plain, as a cross-site form or fetch sends it")
            << Headers{{"Content-Type", "text/plain"}} << 415;
        QTest::newRow("form encoded") << Headers{{"Content-Type", "application/x-www-form-urlencoded"}}
                                      << 415;
        QTest::newRow("another origin")
            << Headers{{"Content-Type", json}, {"Origin", "https://evil.example"}} << 403;
        QTest::newRow("opaque origin") << Headers{{"Content-Type", json}, {"Origin", "null"}} << 403;
        QTest::newRow("cross-site fetch metadata")
            << Headers{{"Content-Type", json}, {"Sec-Fetch-Site", "cross-site"}} << 403;
        QTest::newRow("DNS rebinding: a foreign Host")
            << Headers{{"Content-Type", json}, {"Host", "evil.example"}} << 403;
        QTest::newRow("a script (no Origin)") << Headers{{"Content-Type", json}} << 200;
        QTest::newRow("the sandbox's own origin")
            << Headers{{"Content-Type", "application/json; charset=utf-8"}, {"Origin", "OWN"}}
            << 200;
    }
    void controlsRefuseCrossSiteRequests()
    {
        QFETCH(Headers, headers);
        QFETCH(int, status);
        for (auto &header : headers) {
            if (header.second == "OWN")
                header.second = ownOrigin();
        }
        QCOMPARE(post(QStringLiteral("/_sandbox/faults"), fault(), headers), status);
        QCOMPARE(pendingFaults(), status == 200 ? 1 : 0);
        QCOMPARE(post(QStringLiteral("/_sandbox/open"),
                      R"({"token":"ctok_00000000000000000000000000000000","app":"slack"})",
                      headers),
                 status == 200 ? 404 : status); // an unknown token, but the check passed
    }

    void ownConnectFormStillWorks()
    {
        // The page's form posts form data from the sandbox's own origin.
        QByteArray answer;
        const int status = post(QStringLiteral("/_sandbox/connect"),
                                "token=ctok_00000000000000000000000000000000&app=slack",
                                {{"Content-Type", "application/x-www-form-urlencoded"},
                                 {"Origin", ownOrigin()}},
                                &answer);
        QCOMPARE(status, 404); // unknown token: the form itself was accepted
        QCOMPARE(post(QStringLiteral("/_sandbox/connect"),
                      "token=ctok_00000000000000000000000000000000&app=slack",
                      {{"Content-Type", "application/x-www-form-urlencoded"},
                       {"Origin", "https://evil.example"}}),
                 403);
    }

    void oversizedBodyIsRefusedFromTheHead()
    {
        // 50 MB announced, not a byte of it sent: the answer comes at once.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_sim->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /v1/connect/proj_sandbox/tokens HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     "Content-Type: application/json\r\nContent-Length: 52428800\r\n\r\n");
        QByteArray received;
        QVERIFY(QTest::qWaitFor([&] {
            socket.waitForReadyRead(20);
            received += socket.readAll();
            return received.contains("\r\n\r\n");
        }, 10000));
        QVERIFY2(received.startsWith("HTTP/1.1 413"), received.constData());
    }

    void idleConnectionsAreClosed()
    {
        m_sim->setConnectionLimits(256, 200);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_sim->port());
        QVERIFY(socket.waitForConnected(5000));
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 10000);
        QTRY_COMPARE(m_sim->openConnectionCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSimHardening)
#include "tst_simhardening.moc"
