#pragma once

#include "exitcodes.h"
#include "history/connectionwatcher.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <memory>

namespace ConnectDesk {
class ConnectClient;
class HistoryRecorder;
class HistoryStore;
struct TokenRequest;
struct TokenResult;
}

namespace ConnectDesk::Cli {

class SignalWatcher;

// `token create --wait`: the link expired before the customer connected (docs/cli.md).
inline constexpr int exitExpiredWithoutConnection = toInt(ExitCode::ExpiredUnused);

// What `token create` does after the API answered: records the link (or the failure) in the
// history the window shows, and with --wait watches for the customer's connection, printing the
// account on stdout (a text line, or a JSON line after the token's JSON line) and ending the
// event loop with 0 (connected), 6 (expired without a connection), the failure's exit code,
// or 130 (interrupted). A history that cannot be written never fails the command: it warns.
class LinkFollowUp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkFollowUp)
public:
    // `historyPath` empty = HistoryStore::defaultPath().
    LinkFollowUp(ConnectClient *client, bool wait, bool json, const QString &profileName = {},
                 const QString &historyPath = {});
    ~LinkFollowUp() override;

    void setWatchIntervals(const WatchIntervals &intervals) { m_intervals = intervals; }

    void recordFailed(const TokenRequest &request, const ApiError &error);
    // Records the link; with --wait starts watching and returns true: the event loop ends
    // later. Without --wait returns false at once.
    // `wait` false: record only, even with --wait (the link never reached the user).
    bool follow(const TokenRequest &request, const TokenResult &result, bool wait = true);

    // "Connected: Slack (jane@example.com), account apn_..., at 2026-11-28T14:02:10Z"
    static QString accountText(const ConnectedAccount &account);
    // {"status":"connected","external_user_id":...,"account":{...}} as one line
    static QByteArray accountJson(const ConnectedAccount &account, const QString &externalUserId);
    static QByteArray expiredJson(const QString &externalUserId, const QDateTime &expiresAt);

private:
    HistoryRecorder *recorder();
    void onConnected(const ConnectedAccount &account);
    void onExpired();
    void onFailed(const ApiError &error);

    ConnectClient *m_client;
    bool m_wait;
    bool m_json;
    QString m_profileName;
    QString m_historyPath;
    WatchIntervals m_intervals;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<HistoryRecorder> m_recorder;
    std::unique_ptr<SignalWatcher> m_signals;
    QPointer<ConnectionWatcher> m_watcher;
    QString m_externalUserId;
};

} // namespace ConnectDesk::Cli
