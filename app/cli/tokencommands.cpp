// connectdesk token create: one Connect token, its Connect Link on stdout.
#include "commandcontext.h"
#include "commandline.h"
#include "commands.h"
#include "console.h"
#include "exitcodes.h"
#include "linkfollowup.h"

#include "api/apireply.h"
#include "api/connectclient.h"

#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace ConnectDesk::Cli {

namespace {

class TokenCreate final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectDesk::Cli::TokenCreate)
public:
    static constexpr int stillWaitingMs = 5000;
    static int run(const QStringList &arguments);
};

int TokenCreate::run(const QStringList &arguments)
{
    CommandLine commandLine(
        QStringLiteral("token create"), tr("--external-user-id ID [options]"),
        tr("Creates a Connect token for one customer and prints its Connect Link (with app=\n"
           "when --app is given) as the only line on stdout.\n"
           "Credentials come from PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET.\n"
           "With --wait, then waits until the customer connects an account (a second line on\n"
           "stdout: the account; exit code 0) or the link expires (exit code 6)."));
    QCommandLineParser &parser = commandLine.parser();
    CommandContext context;
    const QCommandLineOption externalUserId(
        QStringLiteral("external-user-id"),
        tr("Your ID for the customer (required, at most 250 characters)."), tr("ID"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        tr("Print {\"token\", \"expires_at\", \"connect_link_url\", \"connect_link\"} instead "
           "of the link."));
    parser.addOption(externalUserId);
    context.addTokenOptions(parser);
    context.addConnectionOptions(parser);
    parser.addOption(json);
    const QCommandLineOption wait(
        QStringLiteral("wait"),
        tr("After printing the link, wait for the customer to connect and print the account "
           "(with --json, as a second JSON line)."));
    parser.addOption(wait);

    if (const auto exit = commandLine.parse(arguments, context.environmentSecret()))
        return *exit;

    QString error;
    if (!context.resolve(parser, &error))
        return commandLine.usageError(error);
    TokenRequest request = context.tokenRequest(parser);
    request.externalUserId = parser.value(externalUserId);
    const QList<FieldError> problems = request.validate();
    if (!problems.isEmpty()) {
        for (const FieldError &problem : problems)
            printErr(tr("%1: %2").arg(CommandLine::programName(), context.describe(problem)));
        return toInt(ExitCode::Usage);
    }
    if (!context.checkCredentials(&error)) {
        printErr(tr("%1: %2").arg(CommandLine::programName(), error));
        return toInt(ExitCode::Usage);
    }

    ApiReply *reply = context.client()->createToken(request);
    // Never minutes of silence: say when a call is slow and when it is tried again.
    const QString host = context.settings().credentials.baseUrl.host();
    QTimer stillWaiting;
    stillWaiting.setSingleShot(true);
    QObject::connect(&stillWaiting, &QTimer::timeout, reply, [host] {
        printErr(tr("%1: still waiting for an answer from %2…")
                     .arg(CommandLine::programName(), host));
    });
    stillWaiting.start(stillWaitingMs);
    QObject::connect(reply, &ApiReply::retrying, reply,
                     [&stillWaiting](int, int delayMs, const ApiError &cause) {
                         printErr(tr("%1: %2 Trying again in %Ln second(s).", nullptr,
                                     std::max(1, (delayMs + 999) / 1000))
                                      .arg(CommandLine::programName(), cause.humanMessage()));
                         stillWaiting.start(stillWaitingMs + delayMs);
                     });
    const QString app = request.normalizedAppSlug();
    const bool asJson = parser.isSet(json);
    // Records the outcome in the history; with --wait, watches for the connection.
    LinkFollowUp followUp(context.client(), parser.isSet(wait), asJson);
    QObject::connect(reply, &ApiReply::finished, reply,
                     [reply, app, asJson, request, &followUp, &stillWaiting] {
        stillWaiting.stop();
        reply->deleteLater();
        const std::optional<TokenResult> &result = reply->tokenResult();
        if (!reply->isOk() || !result) {
            ApiError failure = reply->error();
            if (!failure.isError())
                failure = ApiError::contract(tr("no token in the answer"));
            printErr(tr("%1: %2").arg(CommandLine::programName(), failure.humanMessage()));
            followUp.recordFailed(request, failure);
            QCoreApplication::exit(toInt(exitCodeFor(failure)));
            return;
        }
        const QString written = asJson ? QString::fromUtf8(result->toJson(app))
                                       : result->connectLink(app).toString(QUrl::FullyEncoded);
        if (!printOut(written)) {
            const int reason = errno;
            followUp.follow(request, *result, false); // the history still has it
            printErr(tr("%1: the link was created but could not be written to standard output "
                        "(%2). It is in the history: connectdesk history list.")
                         .arg(CommandLine::programName(),
                              QString::fromLocal8Bit(std::strerror(reason))));
            QCoreApplication::exit(toInt(ExitCode::OutputFailed));
            return;
        }
        if (followUp.follow(request, *result))
            return; // --wait: the follow-up ends the event loop
        QCoreApplication::exit(toInt(ExitCode::Ok));
    });
    return QCoreApplication::exec();
}

} // namespace

int runTokenCreate(const QStringList &arguments)
{
    return TokenCreate::run(arguments);
}

} // namespace ConnectDesk::Cli
