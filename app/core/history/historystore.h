#pragma once

#include "api/tokenrequest.h"
#include "base/clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

class QIODevice;
class QSqlDatabase;
class QSqlError;

namespace ConnectDesk {

struct ApiError;
struct ConnectedAccount;
struct TokenResult;

enum class HistoryState { Active, Connected, Expired, Failed };

QString historyStateName(HistoryState state);                   // "active", ... (stable)
std::optional<HistoryState> historyStateFromName(const QString &name); // case-insensitive
QString historyStateLabel(HistoryState state);                  // translated, for people

// Where a history entry came from, besides its request. A profile's name alone converts to it:
// a real project, from the window or the command line.
struct HistoryOrigin
{
    HistoryOrigin(const QString &profile = {}) // NOLINT: implicit on purpose, see above
        : profileName(profile)
    {}
    HistoryOrigin(const QString &profile, bool fromSandbox, bool fromBulk = false)
        : profileName(profile)
        , sandbox(fromSandbox)
        , bulk(fromBulk)
    {}

    QString profileName;
    bool sandbox = false; // the built-in simulator: its links are not real
    bool bulk = false;    // made by Bulk create from CSV
};

// One generated (or failed) Connect Link as the history remembers it.
struct HistoryEntry
{
    qint64 id = 0;
    QDateTime createdAt; // UTC
    QString profileName;
    QString projectId;
    QString environment;
    QString externalUserId;
    QString appSlug;
    QString appName;
    QDateTime expiresAt; // UTC; invalid for a failed request
    HistoryState state = HistoryState::Active;
    QString error; // why it failed
    QString accountId;   // the connected account, when known
    QString accountName;
    QDateTime connectedAt;
    QString link;  // only while the token is valid; empty afterwards
    QString token; // only while the token is valid; empty afterwards
    QString tokenSha256; // hex; kept after expiry
    bool sandbox = false; // made in the built-in simulator: the link never worked for customers
    bool bulk = false;    // made by Bulk create from CSV

    // The request's other fields, so "Issue again" fills the whole form.
    QStringList allowedOrigins;
    QString successRedirectUri;
    QString errorRedirectUri;
    QString webhookUri;
    QString expiresIn;
    QStringList scopes;
    bool allowProgressiveScopes = false;

    bool hasLiveLink(const QDateTime &now) const
    {
        return state == HistoryState::Active && !link.isEmpty() && expiresAt.isValid()
               && now < expiresAt;
    }
    TokenRequest toRequest() const; // the request that made this link
    bool operator==(const HistoryEntry &) const = default;
};

struct HistoryQuery
{
    QString search; // substring of the external user ID or the app (slug or name), any case
    std::optional<HistoryState> state;
    int limit = 0; // 0 = no limit
    // Exact matches, when set: one customer's links (the Customers view).
    QString externalUserId;
    QString projectId;
    QString environment;
};

// Every generated link in a local SQLite database (Qt SQL), newest first. Links and tokens are
// kept only while the token is valid; afterwards only a SHA-256 of the token remains. API
// credentials never reach this class. A corrupt database file is moved aside
// (history.sqlite.corrupt-<timestamp>), a fresh one is created and recoveryMessage() says so.
// A file locked by another program (past the busy timeout) or written by a newer ConnectDesk is
// left untouched: the session keeps its history in memory (isPersistent() false,
// unavailable() says why) and recoveryMessage() says so. A write that finds the file locked
// fails with lastError() and changes nothing on disk.
class HistoryStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryStore)
public:
    static constexpr int schemaVersion = 3;

    struct Options
    {
        int busyTimeoutMs = 1500; // how long to wait for another process's lock
        // Open (or recover) the database on the first read or write instead of right away: the
        // window does not pay for SQLite (about 1.6 MiB and 4% of start-up) until it is used.
        bool openOnFirstUse = false;
    };

    // `path` empty = defaultPath(). Opens (or recovers) the database right away, unless
    // Options::openOnFirstUse.
    explicit HistoryStore(const QString &path = {}, const Clock &clock = Clock::system(),
                          QObject *parent = nullptr);
    HistoryStore(const QString &path, const Clock &clock, const Options &options,
                 QObject *parent = nullptr);
    ~HistoryStore() override;

    static QString defaultPath(); // <app data dir>/history.sqlite
    static QString tokenSha256(const QString &token); // lowercase hex

    QString path() const { return m_path; }
    bool isOpen() const;
    bool isPersistent() const { return m_persistent; } // false: kept in memory this session only
    // Why the history file is not used this session (None when it is, or it was replaced).
    enum class Unavailable { None, Locked, TooNew };
    Unavailable unavailable() const { return m_unavailable; }
    QString recoveryMessage() const { return m_recoveryMessage; } // empty when all was well
    QString movedAsidePath() const { return m_movedAsidePath; }
    QString lastError() const { return m_lastError; }
    int userVersion() const;

    // Returns the new entry's id, or 0 when it could not be stored.
    qint64 recordCreated(const TokenRequest &request, const TokenResult &result,
                         const HistoryOrigin &origin, const QString &appName = {});
    qint64 recordFailed(const TokenRequest &request, const ApiError &error,
                        const HistoryOrigin &origin = {}, const QString &appName = {});

    bool markConnected(qint64 id, const ConnectedAccount &account);
    bool markFailed(qint64 id, const QString &error);
    bool markExpired(qint64 id);
    // Forgets links and tokens of every token expired at `now`; active ones become expired.
    // Returns how many entries changed (-1 on failure).
    int purgeExpired(const QDateTime &now);

    std::optional<HistoryEntry> entry(qint64 id) const;
    std::optional<HistoryEntry> findByToken(const QString &token) const;
    QList<HistoryEntry> query(const HistoryQuery &query = {}) const;

    // RFC 4180 CSV of the matching entries (never links or tokens; the token's SHA-256 only).
    static QStringList csvHeader();
    static QStringList csvRow(const HistoryEntry &entry);
    bool exportCsv(QIODevice *device, const HistoryQuery &query = {}) const;
    bool exportCsv(const QString &filePath, const HistoryQuery &query = {},
                   QString *error = nullptr) const;

    // Holds changed() back while it lives, then emits it once if anything changed: a bulk run
    // records many rows at a time without the history view reloading for each.
    class ChangeBatch final
    {
    public:
        explicit ChangeBatch(HistoryStore *store);
        ~ChangeBatch();
        Q_DISABLE_COPY_MOVE(ChangeBatch)

    private:
        HistoryStore *m_store;
    };

signals:
    void changed(); // after every write that changed something
    void recovered(const QString &message);

private:
    enum class Problem { None, Corrupt, Locked, TooNew, Other };
    using Work = std::function<bool(QSqlDatabase &db, QSqlError *error)>;

    void open();
    void openIfNotYet() const;
    Problem tryOpen(const QString &databaseName, QString *detail);
    bool migrate(QSqlDatabase &db, int from, QSqlError *error);
    void closeConnection();
    QString moveAside(QString *error);
    void recover(Problem problem, const QString &detail);
    bool run(const Work &work) const;
    // The fields every entry has, then one INSERT of any set of fields (0 when it failed).
    QList<std::pair<QString, QVariant>> commonFields(const TokenRequest &request, HistoryState state,
                                                     const HistoryOrigin &origin,
                                                     const QString &appName) const;
    qint64 insertEntry(const QList<std::pair<QString, QVariant>> &fields);
    // One UPDATE with its bound values: the rows it changed (changed() emitted when any), or -1.
    int update(const QString &sql, const QVariantList &values);
    // The first entry a WHERE (and ORDER BY) clause with one bound value finds.
    std::optional<HistoryEntry> first(const QString &whereAndOrder, const QVariant &value) const;
    static Problem classify(const QSqlError &error);
    void setRecoveryMessage(const QString &message);
    void notifyChanged();

    QString m_path;
    const Clock &m_clock;
    Options m_options;
    QString m_connectionName;
    bool m_persistent = true;
    Unavailable m_unavailable = Unavailable::None;
    QString m_recoveryMessage;
    QString m_movedAsidePath;
    mutable QString m_lastError;
    mutable bool m_recovering = false;
    bool m_openAttempted = false;
    int m_batchDepth = 0;
    bool m_changedInBatch = false;
};

} // namespace ConnectDesk
