// connectdesk token bulk: a Connect Link for every row of a CSV file, streamed to another.
#include "commandcontext.h"
#include "commandline.h"
#include "commands.h"
#include "console.h"
#include "exitcodes.h"
#include "signalwatcher.h"

#include "base/clock.h"
#include "bulk/bulkjob.h"
#include "bulk/bulkresultcsv.h"
#include "bulk/csv.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTimer>

namespace ConnectDesk::Cli {

namespace {

class TokenBulk final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectDesk::Cli::TokenBulk)
public:
    static int run(const QStringList &arguments);
    static QString progressLine(const BulkJob &job);
    static QString duration(qint64 seconds);
};

QString TokenBulk::duration(qint64 seconds)
{
    const QLocale locale;
    const auto twoDigits = [&locale](qint64 value) {
        return locale.toString(value).rightJustified(2, locale.zeroDigit().at(0));
    };
    if (seconds >= 3600)
        return tr("%1:%2:%3").arg(locale.toString(seconds / 3600), twoDigits(seconds / 60 % 60),
                                  twoDigits(seconds % 60));
    return tr("%1:%2").arg(locale.toString(seconds / 60), twoDigits(seconds % 60));
}

QString TokenBulk::progressLine(const BulkJob &job)
{
    const QLocale locale;
    QString line = job.total() >= 0 ? tr("%1 of %Ln rows", nullptr, job.total())
                                          .arg(locale.toString(job.done()))
                                    : tr("%Ln rows", nullptr, job.done());
    if (job.failed() > 0)
        line += tr(", %1 failed").arg(locale.toString(job.failed()));
    line += tr(", %1/s").arg(locale.toString(job.rowsPerSecond(), 'f', 1));
    if (const auto eta = job.etaSeconds(); eta && job.done() > 0)
        line += tr(", %1 left").arg(duration(*eta));
    if (job.isThrottled())
        line += tr(" (rate limited: waiting)");
    else if (job.state() == BulkJob::State::Stopping)
        line += tr(" (stopping)");
    return line;
}

int TokenBulk::run(const QStringList &arguments)
{
    CommandLine commandLine(
        QStringLiteral("token bulk"), tr("--input users.csv --output links.csv [options]"),
        tr("Creates a Connect Link for every row of a CSV file (a header row with an\n"
           "external_user_id column and optionally an app column) and writes\n"
           "external_user_id,app,connect_link,expires_at,status,error rows in input order.\n"
           "Credentials come from PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET."));
    QCommandLineParser &parser = commandLine.parser();
    CommandContext context;
    const QCommandLineOption input(QStringLiteral("input"), tr("The CSV file to read."),
                                   tr("FILE"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    tr("The CSV file to write (replaced if it exists)."),
                                    tr("FILE"));
    const QCommandLineOption concurrency(
        QStringLiteral("concurrency"),
        tr("Requests in flight at once, %1 to %2. Default: %3.")
            .arg(BulkJob::minConcurrency)
            .arg(BulkJob::maxConcurrency)
            .arg(BulkJob::defaultConcurrency),
        tr("N"));
    parser.addOptions({input, output});
    context.addTokenOptions(parser);
    context.addConnectionOptions(parser);
    parser.addOption(concurrency);

    if (const auto exit = commandLine.parse(arguments, context.environmentSecret()))
        return *exit;
    for (const QCommandLineOption *required : {&input, &output}) {
        if (parser.value(*required).isEmpty())
            return commandLine.usageError(
                tr("--%1 is required.").arg(required->names().constFirst()));
    }
    int inFlight = BulkJob::defaultConcurrency;
    if (parser.isSet(concurrency)) {
        bool ok = false;
        inFlight = parser.value(concurrency).trimmed().toInt(&ok);
        if (!ok || inFlight < BulkJob::minConcurrency || inFlight > BulkJob::maxConcurrency)
            return commandLine.usageError(tr("--concurrency: use a whole number from %1 to %2.")
                                              .arg(BulkJob::minConcurrency)
                                              .arg(BulkJob::maxConcurrency));
    }
    QString error;
    if (!context.resolve(parser, &error))
        return commandLine.usageError(error);

    // Everything but the user comes from the flags: check it once, before reading any row.
    const TokenRequest request = context.tokenRequest(parser);
    TokenRequest probe = request;
    probe.externalUserId = QStringLiteral("probe");
    const QList<FieldError> problems = probe.validate();
    if (!problems.isEmpty()) {
        for (const FieldError &problem : problems)
            printErr(tr("%1: %2").arg(CommandLine::programName(), context.describe(problem)));
        return toInt(ExitCode::Usage);
    }
    if (!context.checkCredentials(&error)) {
        printErr(tr("%1: %2").arg(CommandLine::programName(), error));
        return toInt(ExitCode::Usage);
    }

    const QString inputPath = parser.value(input);
    const QString outputPath = parser.value(output);
    QFile inputFile(inputPath);
    if (!inputFile.open(QIODevice::ReadOnly)) {
        printErr(tr("%1: --input: cannot read %2: %3")
                     .arg(CommandLine::programName(), inputPath, inputFile.errorString()));
        return toInt(ExitCode::Usage);
    }
    auto source = std::make_unique<CsvRowSource>(&inputFile);
    if (!source->open()) {
        printErr(tr("%1: --input: %2: %3")
                     .arg(CommandLine::programName(), inputPath, source->errorString()));
        return toInt(ExitCode::Usage);
    }
    const QString canonicalInput = QFileInfo(inputPath).canonicalFilePath();
    if (!canonicalInput.isEmpty() && canonicalInput == QFileInfo(outputPath).canonicalFilePath())
        return commandLine.usageError(tr("--output must not be the --input file."));
    QFile outputFile(outputPath);
    if (!outputFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        printErr(tr("%1: --output: cannot write %2: %3")
                     .arg(CommandLine::programName(), outputPath, outputFile.errorString()));
        return toInt(ExitCode::Usage);
    }
    CsvWriter writer(&outputFile);
    writer.writeRow(BulkResultCsv::header());

    const CsvRowSource *rows = source.get();
    BulkJob job(context.client(), Clock::system());
    job.setRequestTemplate(request);
    job.setConcurrency(inFlight);
    QObject::connect(&job, &BulkJob::orderedRowReady, &job, [&](const BulkRowResult &result) {
        if (!writer.writeRow(BulkResultCsv::row(result)) && job.state() != BulkJob::State::Finished)
            job.abort(); // the disk is full or gone: stop creating links nobody will see
    });
    QObject::connect(&job, &BulkJob::finished, &job, [] { QCoreApplication::exit(0); });

    const bool showProgress = stderrIsTerminal();
    QTimer ticker;
    ticker.setInterval(250);
    QObject::connect(&ticker, &QTimer::timeout, &job, [&] {
        outputFile.flush();
        if (showProgress)
            writeErr(QLatin1String("\r\x1b[K") + progressLine(job));
    });
    ticker.start();

    int interrupts = 0;
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::signalled, &job, [&] {
        // First time: finish the calls in flight and write their links; second time: now.
        if (++interrupts == 1)
            job.cancel();
        else
            job.abort();
    });

    job.start(std::move(source));
    QCoreApplication::exec();
    ticker.stop();
    outputFile.flush();
    outputFile.close();

    const QLocale locale;
    if (showProgress) {
        writeErr(QLatin1String("\r\x1b[K"));
        printErr(tr("%Ln rows: %1 ok, %2 failed, in %3. Written to %4.", nullptr, job.done())
                     .arg(locale.toString(job.succeeded()), locale.toString(job.failed()),
                          duration(job.elapsedMs() / 1000), outputPath));
    }
    if (writer.hasError() || outputFile.error() != QFileDevice::NoError) {
        printErr(tr("%1: --output: writing %2 failed: %3")
                     .arg(CommandLine::programName(), outputPath, outputFile.errorString()));
        return toInt(ExitCode::Usage);
    }
    if (rows->hasError()) {
        printErr(tr("%1: --input: %2 (line %3): %4")
                     .arg(CommandLine::programName(), inputPath)
                     .arg(rows->line())
                     .arg(rows->errorString()));
        return toInt(ExitCode::Usage);
    }
    if (const auto &fatal = job.fatalError()) {
        printErr(tr("%1: %2 Every remaining row was left unsent.")
                     .arg(CommandLine::programName(), fatal->humanMessage()));
        return toInt(exitCodeFor(*fatal));
    }
    if (job.wasCanceled()) {
        printErr(tr("%1: interrupted; rows not sent are marked \"error\" in %2.")
                     .arg(CommandLine::programName(), outputPath));
        return toInt(ExitCode::Interrupted);
    }
    if (job.failed() > 0) {
        printErr(tr("%1: %2 of %Ln rows failed; see the status and error columns in %3.",
                    nullptr, job.done())
                     .arg(CommandLine::programName(), locale.toString(job.failed()), outputPath));
        return toInt(ExitCode::ApiFailure);
    }
    return toInt(ExitCode::Ok);
}

} // namespace

int runTokenBulk(const QStringList &arguments)
{
    return TokenBulk::run(arguments);
}

} // namespace ConnectDesk::Cli
