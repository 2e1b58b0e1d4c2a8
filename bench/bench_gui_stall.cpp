// Measures the longest GUI event-loop stall while the bulk window runs a job against a sandbox
// server in another process: a 5 ms timer records how late each tick fires.
// Usage: bench_gui_stall --base-url URL [--rows 1000]
// Prints one JSON object: {"rows", "ok", "seconds", "ticks", "max_stall_ms", "p99_stall_ms"}.
#include "api/accesstokenprovider.h"
#include "api/connectclient.h"
#include "base/clock.h"
#include "bulk/bulkdialog.h"
#include "bulk/bulkjob.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLabel>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace ConnectDesk;
using ConnectDesk::Ui::BulkDialog;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption baseUrlOption(QStringLiteral("base-url"), QStringLiteral("sandbox URL"),
                                           QStringLiteral("url"));
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("rows"),
                                        QStringLiteral("n"), QStringLiteral("1000"));
    parser.addOptions({baseUrlOption, rowsOption});
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();

    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("users.csv"));
    {
        QFile csv(csvPath);
        if (!csv.open(QIODevice::WriteOnly))
            return 1;
        QTextStream out(&csv);
        out << "external_user_id,app\n";
        for (int i = 0; i < rows; ++i)
            out << "stall-user-" << i << ",slack\n";
    }

    QNetworkAccessManager network;
    AccessTokenProvider tokens(&network, Clock::system());
    tokens.setCredentials({QUrl(parser.value(baseUrlOption)), QStringLiteral("sandbox-client-id"),
                           QStringLiteral("sandbox-client-secret"), {}});
    ConnectClient client(&network, &tokens, Clock::system());

    BulkDialog dialog(&client, Clock::system());
    TokenRequest request;
    request.projectId = QStringLiteral("proj_sandbox");
    request.environment = QStringLiteral("production");
    dialog.setRequestTemplate(request);
    dialog.resize(1000, 700);
    dialog.show();
    QObject::connect(&dialog, &BulkDialog::loadFailed, &app, [](const QString &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        QApplication::exit(1);
    });

    constexpr int intervalMs = 5;
    QList<qint64> stalls;
    QElapsedTimer clock;
    qint64 last = 0;
    QTimer meter;
    meter.setTimerType(Qt::PreciseTimer);
    meter.setInterval(intervalMs);
    QObject::connect(&meter, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.elapsed();
        stalls.append(std::max<qint64>(0, now - last - intervalMs));
        last = now;
    });

    QElapsedTimer run;
    QObject::connect(&dialog, &BulkDialog::runFinished, &app, [&] {
        meter.stop();
        const double seconds = run.elapsed() / 1000.0;
        QList<qint64> sorted = stalls;
        std::sort(sorted.begin(), sorted.end());
        const qint64 maxStall = sorted.isEmpty() ? 0 : sorted.last();
        const qint64 p99 = sorted.isEmpty() ? 0 : sorted.at(qsizetype(sorted.size() * 0.99));
        const QJsonObject result{{QStringLiteral("rows"), rows},
                                 {QStringLiteral("ok"), dialog.job() ? dialog.job()->succeeded() : 0},
                                 {QStringLiteral("seconds"), seconds},
                                 {QStringLiteral("ticks"), int(stalls.size())},
                                 {QStringLiteral("max_stall_ms"), maxStall},
                                 {QStringLiteral("p99_stall_ms"), p99}};
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
        // exit(), not quit(): Qt 6's quit() asks the windows first, and the bulk window refuses
        // to close while its results are unsaved.
        QApplication::exit(0);
    });

    // Loading runs in the background; once the rows are in, let the window settle, then run.
    QObject::connect(&dialog, &BulkDialog::loaded, &app, [&](int) {
        QTimer::singleShot(200, &dialog, [&] {
            clock.start();
            run.start();
            meter.start();
            dialog.start();
            if (!dialog.isBusy()) { // say why instead of waiting forever
                const auto *why = dialog.findChild<QLabel *>(QStringLiteral("warningLabel"));
                std::fprintf(stderr, "bench_gui_stall: the run did not start: %s\n",
                             why ? qPrintable(why->text()) : "unknown");
                QApplication::exit(1);
            }
        });
    });
    dialog.loadFile(csvPath);
    return app.exec();
}
