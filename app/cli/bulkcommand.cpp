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
#include "bulk/bulkresultfile.h"
#include "bulk/csv.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryFile>
#include <QTimer>

#include <utility>

namespace ConnectDesk::Cli {

namespace {

class TokenBulk final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectDesk::Cli::TokenBulk)
public:
    static int run(const QStringList &arguments);
    static QString progressLine(const BulkJob &job);
    static QString duration(qint64 seconds);
    static QString diskFullNote(const BulkResultFile &results);
    static bool openInput(const QString &path, QFile *file, QTemporaryFile *spooled);
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
    const QCommandLineOption input(QStringLiteral("input"),
                                   tr("The CSV file to read (- for standard input)."), tr("FILE"));
    const QCommandLineOption output(
        QStringLiteral("output"),
        tr("The CSV file to write (replaced once a link was created or the run ended; until "
           "then the rows go to FILE.partial)."),
        tr("FILE"));
    const QCommandLineOption resume(
        QStringLiteral("resume"),
        tr("Keep the rows that are already \"ok\" in the existing --output file and send only "
           "the others."));
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
    parser.addOption(resume);

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
    const bool resuming = parser.isSet(resume);
    if (BulkResultFile::isSameFile(inputPath, outputPath))
        return commandLine.usageError(tr("--output names the --input file (through a link or "
                                         "another path); write the results somewhere else."));
    QFile inputFile;
    QTemporaryFile spooled;
    if (!openInput(inputPath, &inputFile, &spooled))
        return toInt(ExitCode::Usage);
    QIODevice *inputDevice = spooled.isOpen() ? static_cast<QIODevice *>(&spooled) : &inputFile;
    auto source = std::make_unique<CsvRowSource>(inputDevice);
    if (!source->open()) {
        printErr(tr("%1: --input: %2: %3")
                     .arg(CommandLine::programName(), inputPath, source->errorString()));
        return toInt(ExitCode::Usage);
    }

    BulkResultFile results(outputPath);
    BulkPreviousResults previous;
    // The earlier output and its journal of links that finished ahead of an earlier row.
    for (const QString &earlier : {outputPath, results.journalPath()}) {
        if (!resuming || !QFileInfo::exists(earlier))
            continue;
        QFile old(earlier);
        if (!old.open(QIODevice::ReadOnly) || !previous.load(&old, &error)) {
            printErr(tr("%1: --resume: cannot use %2: %3")
                         .arg(CommandLine::programName(), earlier,
                              old.isOpen() ? error : old.errorString()));
            return toInt(ExitCode::Usage);
        }
    }
    if (!results.open() || !results.writeRow(BulkResultCsv::header(), false)) {
        printErr(tr("%1: --output: cannot write %2: %3%4 Nothing was sent.")
                     .arg(CommandLine::programName(), results.currentPath(),
                          results.errorString(), diskFullNote(results)));
        return toInt(ExitCode::Usage);
    }
    // Until every link kept from the old file is in the new one, the old file stays in place.
    results.setHoldOldOutput(previous.remaining() > 0);

    const CsvRowSource *rows = source.get();
    BulkJob job(context.client(), Clock::system());
    job.setRequestTemplate(request);
    job.setConcurrency(inFlight);
    if (resuming)
        job.setPreviousRows([&previous](const QString &id, const QString &app) {
            return previous.take(id, app);
        });
    bool writeFailed = false;
    QStringList unwritten; // links created but not in the file (the disk is full): for stdout
    QObject::connect(&job, &BulkJob::orderedRowReady, &job, [&](const BulkRowResult &result) {
        const QStringList cells = BulkResultCsv::row(result);
        if (!writeFailed && results.writeRow(cells, result.isOk())) {
            if (previous.remaining() == 0)
                results.setHoldOldOutput(false);
            return;
        }
        if (result.isOk() && !result.isKept())
            unwritten.append(CsvWriter::formatRow(cells).chopped(1));
        if (!std::exchange(writeFailed, true))
            job.abort(); // stop creating links nobody would see
    });
    // Links are journaled the moment they arrive: in input order they may wait for a slower
    // earlier row, and a crash must not lose them.
    QObject::connect(&job, &BulkJob::rowFinished, &job, [&](int, const BulkRowResult &result) {
        if (result.isOk())
            results.journal(BulkResultCsv::row(result), resuming);
    });
    QObject::connect(&job, &BulkJob::finished, &job, [] { QCoreApplication::exit(0); });

    const bool showProgress = stderrIsTerminal();
    QTimer ticker;
    ticker.setInterval(250);
    QObject::connect(&ticker, &QTimer::timeout, &job, [&] {
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

    // A run that stopped before any link was created keeps an earlier results file as it was.
    const bool stoppedEarly = writeFailed || job.fatalError() || job.wasCanceled();
    const bool finished = results.finish(stoppedEarly);
    const QLocale locale;
    if (showProgress) {
        writeErr(QLatin1String("\r\x1b[K"));
        printErr(tr("%Ln rows: %1 ok, %2 failed, in %3. Written to %4.", nullptr, job.done())
                     .arg(locale.toString(job.succeeded()), locale.toString(job.failed()),
                          duration(job.elapsedMs() / 1000), results.currentPath()));
    }
    if (writeFailed || !finished) {
        for (const QString &line : std::as_const(unwritten))
            printOut(line);
        const int created = job.succeeded() - job.kept();
        printErr(tr("%1: --output: writing %2 failed: %3%4")
                     .arg(CommandLine::programName(), results.currentPath(),
                          results.errorString(), diskFullNote(results)));
        printErr(tr("%1: %Ln link(s) were created in this run; the rows written before the "
                    "failure are in %2",
                    nullptr, created)
                     .arg(CommandLine::programName(), results.currentPath())
                 + (unwritten.isEmpty()
                        ? QStringLiteral(".")
                        : tr("; %Ln that could not be written were printed on stdout.", nullptr,
                             int(unwritten.size())))
                 + QLatin1Char(' ')
                 + tr("Free some space, then run the same command with --resume."));
        return toInt(ExitCode::OutputFailed);
    }
    if (rows->hasError()) {
        printErr(tr("%1: --input: %2: %3")
                     .arg(CommandLine::programName(), inputPath, rows->errorString()));
        return toInt(ExitCode::Usage);
    }
    const QString unchanged = stoppedEarly && !results.replacedOutput()
                                      && QFileInfo::exists(outputPath) && job.succeeded() == 0
                                  ? QLatin1Char(' ') + tr("%1 was left as it was.").arg(outputPath)
                                  : QString();
    if (const auto &fatal = job.fatalError()) {
        const bool serverDown = exitCodeFor(*fatal) == ExitCode::NetworkFailure;
        printErr((serverDown ? tr("%1: stopped after %2 rows in a row could not reach the "
                                  "server: %3 Every remaining row was left unsent; run the same "
                                  "command with --resume when the server can be reached.")
                                   .arg(CommandLine::programName())
                                   .arg(BulkJob::maxNetworkFailuresInARow)
                                   .arg(fatal->humanMessage())
                             : tr("%1: %2 Every remaining row was left unsent.")
                                   .arg(CommandLine::programName(), fatal->humanMessage()))
                 + unchanged);
        return toInt(exitCodeFor(*fatal));
    }
    if (job.wasCanceled()) {
        printErr(tr("%1: interrupted; rows not sent are marked \"error\" in %2; run the same "
                    "command with --resume to finish.")
                     .arg(CommandLine::programName(), results.currentPath())
                 + unchanged);
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

QString TokenBulk::diskFullNote(const BulkResultFile &results)
{
    return results.diskFull() ? QLatin1Char(' ') + tr("(the disk is full).") : QStringLiteral(".");
}

// Opens --input ("-" is standard input). Input that can only be read once (a pipe) is copied
// to a temporary file first, so the whole of it is checked before the first row is sent.
bool TokenBulk::openInput(const QString &path, QFile *file, QTemporaryFile *spooled)
{
    const bool isStdin = path == QLatin1String("-");
    if (!isStdin)
        file->setFileName(path);
    const bool opened = isStdin ? file->open(stdin, QIODevice::ReadOnly)
                                : file->open(QIODevice::ReadOnly);
    if (!opened) {
        printErr(tr("%1: --input: cannot read %2: %3")
                     .arg(CommandLine::programName(), path, file->errorString()));
        return false;
    }
    if (!file->isSequential() && !isStdin)
        return true;
    if (!spooled->open()) {
        printErr(tr("%1: --input: cannot make a temporary copy of %2: %3")
                     .arg(CommandLine::programName(), path, spooled->errorString()));
        return false;
    }
    QByteArray chunk;
    while (!(chunk = file->read(1 << 16)).isEmpty()) {
        if (spooled->write(chunk) != chunk.size()) {
            printErr(tr("%1: --input: cannot make a temporary copy of %2: %3")
                         .arg(CommandLine::programName(), path, spooled->errorString()));
            return false;
        }
    }
    return spooled->flush() && spooled->seek(0);
}

} // namespace

int runTokenBulk(const QStringList &arguments)
{
    return TokenBulk::run(arguments);
}

} // namespace ConnectDesk::Cli
