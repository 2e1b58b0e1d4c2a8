// Time to link in the window: from Ctrl+Return (the Generate action) to the link on screen,
// against a server that may sit behind bench/latency_relay.py. "cold" generates the moment the
// window is up (TLS handshake, OAuth call and token call all on the clock); "warm" first waits
// for the window's warm-up (ConnectionWarmer) and then generates `rounds` links in a row.
// Usage: bench_window_link --base-url URL --mode cold|warm [--rounds 5] [--settle-ms 2000]
// Prints one JSON object: {"mode", "ms": [...], "ok"}. CONNECTDESK_EXTRA_CA_CERTS is honoured.
#include "api/accesstokenprovider.h"
#include "api/connectclient.h"
#include "api/extracacerts.h"
#include "base/clock.h"
#include "form/tokenform.h"
#include "main/mainwindow.h"
#include "profiles/projectsource.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

using namespace ConnectDesk;
using namespace ConnectDesk::Ui;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption baseUrlOption(QStringLiteral("base-url"), QStringLiteral("server URL"),
                                           QStringLiteral("url"));
    const QCommandLineOption modeOption(QStringLiteral("mode"), QStringLiteral("cold or warm"),
                                        QStringLiteral("mode"), QStringLiteral("warm"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("links"),
                                          QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption settleOption(QStringLiteral("settle-ms"),
                                          QStringLiteral("warm: wait this long first"),
                                          QStringLiteral("ms"), QStringLiteral("2000"));
    parser.addOptions({baseUrlOption, modeOption, roundsOption, settleOption});
    parser.process(app);
    const bool cold = parser.value(modeOption) == QLatin1String("cold");
    const int rounds = cold ? 1 : parser.value(roundsOption).toInt();
    if (QString error; !ExtraCaCertificates::applyFromEnvironment(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }

    QNetworkAccessManager network;
    AccessTokenProvider tokens(&network, Clock::system());
    ConnectClient client(&network, &tokens, Clock::system());
    const ProjectChoice project = ProjectChoice::sandbox(QUrl(parser.value(baseUrlOption)));
    StaticProjectSource projects({project}, project.key);
    MainWindow window(&client, Clock::system(), &projects);
    window.show();

    auto *userId = window.findChild<QLineEdit *>(QStringLiteral("externalUserIdEdit"));
    auto *generate = window.findChild<QAction *>(QStringLiteral("actionGenerate"));
    if (!userId || !generate)
        return 2;

    QJsonArray times;
    int ok = 0;
    int round = 0;
    QElapsedTimer clock;
    std::function<void()> next = [&] {
        if (round == rounds) {
            const QJsonObject result{{QStringLiteral("mode"), parser.value(modeOption)},
                                     {QStringLiteral("ms"), times},
                                     {QStringLiteral("ok"), ok}};
            std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
            std::fflush(stdout);
            app.exit(ok == rounds ? 0 : 1);
            return;
        }
        userId->setText(QStringLiteral("latency-user-%1").arg(round++));
        clock.start();
        generate->trigger();
    };
    QObject::connect(&window, &MainWindow::requestFinished, &app, [&](bool succeeded) {
        times.append(double(clock.nsecsElapsed()) / 1e6);
        ok += succeeded ? 1 : 0;
        // A person reads the link before the next one: the connection stays as it would.
        QTimer::singleShot(cold ? 0 : 300, &app, next);
    });
    QTimer::singleShot(cold ? 0 : parser.value(settleOption).toInt(), &app, next);
    return app.exec();
}
