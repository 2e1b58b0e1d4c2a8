// The wire baseline of Qt itself: the same token requests as `connectdesk token bulk`, sent with
// a bare QNetworkAccessManager at the same concurrency, nothing else (no validation, retries,
// CSV or history). bench/run times it beside ConnectDesk and curl, to tell our per-row cost from
// Qt's.
// Usage: bench_bare_qnam URL ACCESS_TOKEN ROWS CONCURRENCY [CA_FILE]
// Prints the number of 200 answers; exit code 0 when all were 200.
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

#include <cstdio>
#include <functional>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 5) {
        std::fputs("usage: bench_bare_qnam URL ACCESS_TOKEN ROWS CONCURRENCY [CA_FILE]\n", stderr);
        return 2;
    }
    const QUrl url(args.at(1) + QStringLiteral("/v1/connect/proj_sandbox/tokens"));
    const QByteArray bearer = "Bearer " + args.at(2).toUtf8();
    const int rows = args.at(3).toInt();
    const int concurrency = args.at(4).toInt();
    if (args.size() > 5) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(args.at(5));
        QSslConfiguration::setDefaultConfiguration(tls);
    }

    QNetworkAccessManager network;
    int sent = 0;
    int done = 0;
    int ok = 0;
    std::function<void()> sendNext = [&] {
        if (sent >= rows)
            return;
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", bearer);
        request.setRawHeader("x-pd-environment", "production");
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const QByteArray body = "{\"external_user_id\":\"qnam-" + QByteArray::number(sent++) + "\"}";
        QNetworkReply *reply = network.post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply] {
            reply->readAll();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                ++ok;
            reply->deleteLater();
            if (++done == rows)
                QCoreApplication::quit();
            else
                sendNext();
        });
    };
    for (int i = 0; i < concurrency; ++i)
        sendNext();
    if (rows > 0)
        QCoreApplication::exec();
    std::printf("%d\n", ok);
    return ok == rows ? 0 : 1;
}
