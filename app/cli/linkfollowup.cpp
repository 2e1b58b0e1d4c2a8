#include "linkfollowup.h"

#include "commandline.h"
#include "console.h"
#include "exitcodes.h"
#include "signalwatcher.h"

#include "api/tokenrequest.h"
#include "api/tokenresult.h"
#include "base/clock.h"
#include "history/accountlabel.h"
#include "history/historyrecorder.h"
#include "history/historystore.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ConnectDesk::Cli {

LinkFollowUp::LinkFollowUp(ConnectClient *client, bool wait, bool json, const QString &profileName,
                           const QString &historyPath)
    : m_client(client)
    , m_wait(wait)
    , m_json(json)
    , m_profileName(profileName)
    , m_historyPath(historyPath)
{
    if (!m_wait)
        return;
    // Installed before the link is printed: a script may interrupt as soon as it reads it.
    m_signals = std::make_unique<SignalWatcher>();
    connect(m_signals.get(), &SignalWatcher::signalled, this, [this] {
        if (m_watcher) {
            m_watcher->stop();
            printErr(tr("%1: stopped waiting; the link stays valid until it expires.")
                         .arg(CommandLine::programName()));
        }
        QCoreApplication::exit(toInt(ExitCode::Interrupted));
    });
}

LinkFollowUp::~LinkFollowUp()
{
    if (m_recorder)
        m_recorder->stopAll();
}

HistoryRecorder *LinkFollowUp::recorder()
{
    if (!m_recorder) {
        // Opened only once there is something to record.
        m_store = std::make_unique<HistoryStore>(m_historyPath, Clock::system());
        if (!m_store->recoveryMessage().isEmpty())
            printErr(tr("%1: warning: %2").arg(CommandLine::programName(),
                                                m_store->recoveryMessage()));
        m_recorder = std::make_unique<HistoryRecorder>(m_store.get(), m_client, Clock::system());
        m_recorder->setWatchIntervals(m_intervals);
    }
    return m_recorder.get();
}

void LinkFollowUp::recordFailed(const TokenRequest &request, const ApiError &error)
{
    if (!recorder()->recordFailed(request, error, m_profileName))
        printErr(tr("%1: warning: the failure was not recorded in the history: %2")
                     .arg(CommandLine::programName(), m_store->lastError()));
}

bool LinkFollowUp::follow(const TokenRequest &request, const TokenResult &result, bool wait)
{
    const qint64 id = recorder()->recordCreated(request, result, m_profileName);
    if (id <= 0)
        printErr(tr("%1: warning: the link was not recorded in the history: %2")
                     .arg(CommandLine::programName(), m_store->lastError()));
    if (!m_wait || !wait)
        return false;

    m_externalUserId = request.normalizedExternalUserId();
    m_watcher = recorder()->watch(id, request, result);
    if (!m_watcher)
        return false;
    connect(m_watcher, &ConnectionWatcher::connected, this, &LinkFollowUp::onConnected);
    connect(m_watcher, &ConnectionWatcher::expired, this, &LinkFollowUp::onExpired);
    connect(m_watcher, &ConnectionWatcher::failed, this, &LinkFollowUp::onFailed);
    connect(m_watcher, &ConnectionWatcher::checkFailed, this, [this](const ApiError &error) {
        // Say so while waiting, rather than minutes of silence before a verdict.
        printErr(tr("%1: could not check for a connection (%2); trying again in %Ln second(s).",
                    nullptr, std::max(1, (m_watcher->nextDelayMs() + 999) / 1000))
                     .arg(CommandLine::programName(), error.humanMessage()));
    });
    printErr(tr("Waiting for the customer to connect… (Ctrl+C to stop)"));
    return true;
}

QString LinkFollowUp::accountText(const ConnectedAccount &account)
{
    const QString when = account.createdAt.toUTC().toString(Qt::ISODate);
    return tr("Connected: %1, account %2, at %3")
        .arg(AccountLabel::label(account.appName, account.appSlug, account.name), account.id,
             when);
}

QByteArray LinkFollowUp::accountJson(const ConnectedAccount &account, const QString &externalUserId)
{
    const QJsonObject object{
        {QStringLiteral("status"), QStringLiteral("connected")},
        {QStringLiteral("external_user_id"), externalUserId},
        {QStringLiteral("account"), account.toJson()},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray LinkFollowUp::expiredJson(const QString &externalUserId, const QDateTime &expiresAt)
{
    const QJsonObject object{
        {QStringLiteral("status"), QStringLiteral("expired")},
        {QStringLiteral("external_user_id"), externalUserId},
        {QStringLiteral("expires_at"), expiresAt.toUTC().toString(Qt::ISODateWithMs)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void LinkFollowUp::onConnected(const ConnectedAccount &account)
{
    printOut(m_json ? QString::fromUtf8(accountJson(account, m_externalUserId))
                    : accountText(account));
    QCoreApplication::exit(toInt(ExitCode::Ok));
}

void LinkFollowUp::onExpired()
{
    // The watch also ends at expiry when the last looks got no answer: then nobody knows
    // whether the customer connected, and saying "expired without a connection" would be false.
    if (m_watcher && m_watcher->lastError().isError()) {
        const ApiError &error = m_watcher->lastError();
        printErr(tr("%1: the link has expired, and whether the customer connected is unknown: "
                    "could not reach the server: %2")
                     .arg(CommandLine::programName(), error.humanMessage()));
        QCoreApplication::exit(toInt(exitCodeFor(error)));
        return;
    }
    const QDateTime expiresAt = m_watcher ? m_watcher->target().expiresAt : QDateTime();
    if (m_json)
        printOut(QString::fromUtf8(expiredJson(m_externalUserId, expiresAt)));
    printErr(tr("%1: the link expired without a connection.").arg(CommandLine::programName()));
    QCoreApplication::exit(exitExpiredWithoutConnection);
}

void LinkFollowUp::onFailed(const ApiError &error)
{
    printErr(tr("%1: cannot tell whether the customer connected: %2")
                 .arg(CommandLine::programName(), error.humanMessage()));
    QCoreApplication::exit(toInt(exitCodeFor(error)));
}

} // namespace ConnectDesk::Cli
