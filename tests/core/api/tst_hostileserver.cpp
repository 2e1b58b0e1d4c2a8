#include "api/accesstokenprovider.h"
#include "api/connectclient.h"
#include "base/clock.h"
#include "hostileserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ConnectDesk;
using ConnectDesk::Testing::HostileServer;
using ConnectDesk::Testing::HostileServerThread;

// ConnectClient against a server that attacks it: secrets echoed in error text, a CR/LF inside
// the access token, links to foreign hosts, endless and compressed bodies. Real loopback HTTP.
class TestHostileServer final : public QObject
{
    Q_OBJECT

private:
    static constexpr char clientSecret[] = "hostile-client-secret-4f2a9c";
    static constexpr char accessToken[] = "hostileAccessToken.7b1e5d";

    // The client side: one ConnectClient with its own network access manager and OAuth.
    struct Client
    {
        QNetworkAccessManager nam;
        AccessTokenProvider provider{&nam, Clock::system()};
        ConnectClient client{&nam, &provider, Clock::system()};

        explicit Client(const QUrl &baseUrl)
        {
            provider.setCredentials({baseUrl, QStringLiteral("oc_hostile"),
                                     QString::fromLatin1(clientSecret), {}});
            TransportOptions options;
            options.timeoutMs = 10000;
            options.retry.maxRetries = 0;
            client.setTransportOptions(options);
        }
        std::unique_ptr<ApiReply> createToken()
        {
            TokenRequest request;
            request.projectId = QStringLiteral("proj_abc123");
            request.environment = QStringLiteral("development");
            request.externalUserId = QStringLiteral("jane@example.com");
            std::unique_ptr<ApiReply> reply(client.createToken(request));
            QSignalSpy finished(reply.get(), &ApiReply::finished);
            if (!reply->isFinished())
                finished.wait(20000);
            return reply;
        }
    };

    // A server in the test's own thread, for answers whose pace does not matter.
    struct Fixture
    {
        HostileServer server;
        std::unique_ptr<Client> api;

        explicit Fixture(const QByteArray &token = accessToken)
        {
            server.on("/v1/oauth/token", HostileServer::oauthToken(token));
            api = std::make_unique<Client>(server.baseUrl());
        }
        std::unique_ptr<ApiReply> createToken() { return api->createToken(); }
    };

    static QByteArray tokenBody(const QString &link, const QString &token)
    {
        return QStringLiteral("{\"token\":\"%1\",\"expires_at\":\"2030-01-01T00:00:00Z\","
                              "\"connect_link_url\":\"%2\"}")
            .arg(token, link)
            .toUtf8();
    }

private slots:
    void echoedSecretsAndControlsAreCleaned();
    void accessTokenWithLineBreakIsNeverSent_data();
    void accessTokenWithLineBreakIsNeverSent();
    void linkOnForeignHostIsRejected_data();
    void linkOnForeignHostIsRejected();
    void endlessChunkedBodyIsCutOff();
    void compressionBombIsTooLarge();
};

void TestHostileServer::echoedSecretsAndControlsAreCleaned()
{
    Fixture f;
    const QByteArray echoed = QByteArrayLiteral("{\"error\":\"bad client ")
                              + QByteArray(clientSecret) + " with Bearer " + accessToken
                              + " for ctok_0123456789abcdef0123456789abcdef \\u001b[2J\\u001b]0;"
                                "owned\\u0007\\r\\nFAKE PROMPT$ \\u202egnp.exe\\u0000"
                              + QByteArray(5000, 'z') + "\"}";
    f.server.on("/v1/connect/", HostileServer::fixed(400, echoed));
    const auto reply = f.createToken();
    QCOMPARE(reply->error().kind, ApiError::Kind::Http);
    const QString shown = reply->error().humanMessage();
    for (const QString &text : {shown, reply->error().message,
                                QString::fromUtf8(reply->error().rawBody),
                                reply->record().error}) {
        QVERIFY2(!text.contains(QLatin1String(clientSecret)), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String(accessToken)), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("0123456789abcdef0123456789abcdef")), qPrintable(text));
    }
    for (const QChar c : shown)
        QVERIFY2(c.category() != QChar::Other_Control && c.category() != QChar::Other_Format,
                 qPrintable(QString::number(c.unicode(), 16)));
    QVERIFY(!shown.contains(QLatin1String("[2J")));
    QVERIFY(shown.contains(QLatin1String("[hidden]")));
    QVERIFY2(reply->error().message.size() <= ApiError::maxServerTextLength,
             qPrintable(QString::number(reply->error().message.size())));
}

void TestHostileServer::accessTokenWithLineBreakIsNeverSent_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::newRow("CR LF and a second request")
        << QByteArray("abc\\r\\n\\r\\nGET /v1/connect/injected HTTP/1.1\\r\\nX: y");
    QTest::newRow("LF") << QByteArray("abc\\nX-Injected: 1");
    QTest::newRow("space") << QByteArray("abc def");
    QTest::newRow("quote") << QByteArray("abc\\\"def");
    QTest::newRow("non-ASCII") << QByteArray("abc\\u00e9");
}

void TestHostileServer::accessTokenWithLineBreakIsNeverSent()
{
    QFETCH(QByteArray, token);
    Fixture f(token);
    f.server.on("/v1/connect/", HostileServer::fixed(200, tokenBody({}, {})));
    const auto reply = f.createToken();
    QCOMPARE(reply->error().kind, ApiError::Kind::Contract);
    QVERIFY2(reply->error().humanMessage().contains(QLatin1String("HTTP header")),
             qPrintable(reply->error().humanMessage()));
    QCOMPARE(f.server.count("/v1/connect/"), 0);
    QCOMPARE(f.server.requests().size(), 1); // the OAuth call only
}

void TestHostileServer::linkOnForeignHostIsRejected_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<bool>("accepted");
    const QString token = QStringLiteral("ctok_0123456789abcdef0123456789abcdef");
    QTest::newRow("foreign host") << QStringLiteral("https://evil.example/phish?token=") + token
                                  << false;
    QTest::newRow("look-alike") << QStringLiteral("https://pipedream.com.evil.example/?token=")
                                       + token
                                << false;
    QTest::newRow("pipedream over http") << QStringLiteral("http://pipedream.com/c?token=") + token
                                         << false;
    QTest::newRow("another token")
        << QStringLiteral("https://pipedream.com/_static/connect.html?token=ctok_"
                          "ffffffffffffffffffffffffffffffff")
        << false;
    QTest::newRow("no token") << QStringLiteral("https://pipedream.com/_static/connect.html")
                              << false;
    QTest::newRow("pipedream") << QStringLiteral("https://pipedream.com/_static/connect.html?token=")
                                      + token
                               << true;
    QTest::newRow("subdomain") << QStringLiteral("https://connect.pipedream.com/x?token=") + token
                               << true;
    QTest::newRow("the API's own host") << QStringLiteral("API/_static/connect.html?token=") + token
                                        << true;
}

void TestHostileServer::linkOnForeignHostIsRejected()
{
    QFETCH(QString, link);
    QFETCH(bool, accepted);
    Fixture f;
    link.replace(QLatin1String("API"), f.server.baseUrl().toString());
    f.server.on("/v1/connect/",
                HostileServer::fixed(200, tokenBody(link, QStringLiteral(
                                                              "ctok_0123456789abcdef0123456789abcdef"))));
    const auto reply = f.createToken();
    QCOMPARE(reply->isOk(), accepted);
    QCOMPARE(reply->tokenResult().has_value(), accepted);
    if (!accepted) {
        QCOMPARE(reply->error().kind, ApiError::Kind::Contract);
        QVERIFY2(reply->error().humanMessage().contains(QLatin1String("connect_link_url")),
                 qPrintable(reply->error().humanMessage()));
    }
}

void TestHostileServer::endlessChunkedBodyIsCutOff()
{
    // The server runs on a thread of its own and writes as fast as the kernel takes the bytes:
    // how much it manages to send is what the client let through before it hung up.
    HostileServerThread server([](HostileServer &s) {
        s.on("/v1/oauth/token", HostileServer::oauthToken(accessToken));
        s.on("/v1/connect/", s.endlessChunks());
    });
    QVERIFY(server.isListening());
    Client api(server.baseUrl());
    QElapsedTimer elapsed;
    elapsed.start();
    const auto reply = api.createToken();
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error().kind, ApiError::Kind::TooLarge);
    QVERIFY2(reply->error().humanMessage().contains(QLatin1String("larger than 1 MiB")),
             qPrintable(reply->error().humanMessage()));
    QVERIFY(reply->body().isEmpty());
    const qint64 finishedMs = elapsed.elapsed();

    // The client closed the connection, so the server stops; nothing more goes out after that.
    QTRY_COMPARE_WITH_TIMEOUT(server.connectedSockets(), 0, 5000);
    const qint64 sent = server.bytesSent();
    QTest::qWait(200);
    QCOMPARE(server.bytesSent(), sent);
    qInfo("endless body: too large after %lld ms; the server sent %lld bytes (%.1f MiB)",
          finishedMs, sent, double(sent) / (1024 * 1024));
    // The cap plus what the socket buffers on both sides hold: a small multiple of 1 MiB, never
    // the gigabytes a client that keeps reading lets through.
    QVERIFY2(sent < 8 * 1024 * 1024, qPrintable(QString::number(sent)));
}

void TestHostileServer::compressionBombIsTooLarge()
{
    Fixture f;
    // 64 MiB of JSON-looking text deflated to about 64 KiB.
    const QByteArray bomb = qCompress(QByteArray(64 * 1024 * 1024, ' ')).mid(4);
    f.server.on("/v1/connect/", [bomb](QTcpSocket *socket, const HostileServer::Request &) {
        socket->write(HostileServer::response(200, bomb, "application/json",
                                              "Content-Encoding: deflate\r\n"));
        socket->disconnectFromHost();
    });
    const auto reply = f.createToken();
    QCOMPARE(reply->error().kind, ApiError::Kind::TooLarge);
    QVERIFY2(reply->error().humanMessage().contains(QLatin1String("larger than 1 MiB")),
             qPrintable(reply->error().humanMessage()));
}

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostileserver.moc"
