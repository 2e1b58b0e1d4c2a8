#include "history/historystore.h"

#include "api/apierror.h"
#include "api/tokenresult.h"
#include "base/privatefiles.h"
#include "bulk/csv.h"
#include "history/connectionwatcher.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

namespace ConnectDesk {

namespace {

// SQLite primary result codes (sqlite3.h) as QSQLITE reports them in nativeErrorCode().
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteNotADatabase = 26;

const char *const stateNames[] = {"active", "connected", "expired", "failed"};

// Each step takes the schema from version i to i + 1; a new database runs them all, so the
// upgrade path is the path every installation takes.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        // 0 -> 1: the links table.
        {QStringLiteral("CREATE TABLE links ("
                        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                        " created_at INTEGER NOT NULL,"
                        " profile TEXT NOT NULL DEFAULT '',"
                        " project_id TEXT NOT NULL DEFAULT '',"
                        " environment TEXT NOT NULL DEFAULT '',"
                        " external_user_id TEXT NOT NULL DEFAULT '',"
                        " app_slug TEXT NOT NULL DEFAULT '',"
                        " expires_at INTEGER,"
                        " state TEXT NOT NULL,"
                        " error TEXT NOT NULL DEFAULT '',"
                        " link TEXT,"
                        " token TEXT,"
                        " token_sha256 TEXT,"
                        " request_options TEXT NOT NULL DEFAULT '{}')"),
         QStringLiteral("CREATE INDEX links_created_at ON links (created_at)")},
        // 1 -> 2: the connected account, the app's display name, lookup by token hash.
        {QStringLiteral("ALTER TABLE links ADD COLUMN app_name TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("ALTER TABLE links ADD COLUMN account_id TEXT"),
         QStringLiteral("ALTER TABLE links ADD COLUMN account_name TEXT"),
         QStringLiteral("ALTER TABLE links ADD COLUMN connected_at INTEGER"),
         QStringLiteral("CREATE INDEX links_token_sha256 ON links (token_sha256)")},
        // 2 -> 3: sandbox and bulk entries. Older sandbox links are recognised by the simulator's
        // projects and its loopback address, so they stop looking live after the upgrade.
        {QStringLiteral("ALTER TABLE links ADD COLUMN sandbox INTEGER NOT NULL DEFAULT 0"),
         QStringLiteral("ALTER TABLE links ADD COLUMN bulk INTEGER NOT NULL DEFAULT 0"),
         QStringLiteral("UPDATE links SET sandbox = 1"
                        " WHERE project_id IN ('proj_sandbox', 'proj_sandbox2')"
                        " OR link LIKE 'http://127.0.0.1:%' OR link LIKE 'http://localhost:%'")},
    };
    return steps;
}

const QString selectColumns = QStringLiteral(
    "SELECT id, created_at, profile, project_id, environment, external_user_id, app_slug,"
    " app_name, expires_at, state, error, account_id, account_name, connected_at, link, token,"
    " token_sha256, request_options, sandbox, bulk FROM links");

QVariant msOrNull(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType(QMetaType::LongLong)); // NULL
    return QVariant(time.toMSecsSinceEpoch());
}

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QDateTime timeFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString isoOrEmpty(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QByteArray requestOptions(const TokenRequest &request)
{
    QJsonObject options;
    const auto putText = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            options.insert(QLatin1String(key), value);
    };
    QStringList origins;
    for (const QString &origin : request.allowedOrigins) {
        if (!origin.trimmed().isEmpty())
            origins.append(origin.trimmed());
    }
    if (!origins.isEmpty())
        options.insert(QStringLiteral("allowed_origins"), QJsonArray::fromStringList(origins));
    putText("success_redirect_uri", request.successRedirectUri.trimmed());
    putText("error_redirect_uri", request.errorRedirectUri.trimmed());
    putText("webhook_uri", request.webhookUri.trimmed());
    putText("expires_in", request.expiresIn.trimmed());
    const QStringList scopes = TokenRequest::splitScopes(request.scopes);
    if (!scopes.isEmpty())
        options.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(scopes));
    if (request.allowProgressiveScopes)
        options.insert(QStringLiteral("allow_progressive_scopes"), true);
    return QJsonDocument(options).toJson(QJsonDocument::Compact);
}

void applyRequestOptions(HistoryEntry *entry, const QByteArray &json)
{
    const QJsonObject options = QJsonDocument::fromJson(json).object();
    const auto list = [&](const char *key) {
        QStringList values;
        const QJsonArray array = options.value(QLatin1String(key)).toArray();
        for (const QJsonValue &value : array)
            values.append(value.toString());
        return values;
    };
    entry->allowedOrigins = list("allowed_origins");
    entry->successRedirectUri = options.value(QStringLiteral("success_redirect_uri")).toString();
    entry->errorRedirectUri = options.value(QStringLiteral("error_redirect_uri")).toString();
    entry->webhookUri = options.value(QStringLiteral("webhook_uri")).toString();
    entry->expiresIn = options.value(QStringLiteral("expires_in")).toString();
    entry->scopes = list("scopes");
    entry->allowProgressiveScopes =
        options.value(QStringLiteral("allow_progressive_scopes")).toBool();
}

HistoryEntry entryFrom(const QSqlQuery &q)
{
    HistoryEntry e;
    e.id = q.value(0).toLongLong();
    e.createdAt = timeFrom(q.value(1));
    e.profileName = q.value(2).toString();
    e.projectId = q.value(3).toString();
    e.environment = q.value(4).toString();
    e.externalUserId = q.value(5).toString();
    e.appSlug = q.value(6).toString();
    e.appName = q.value(7).toString();
    e.expiresAt = timeFrom(q.value(8));
    e.state = historyStateFromName(q.value(9).toString()).value_or(HistoryState::Expired);
    e.error = q.value(10).toString();
    e.accountId = q.value(11).toString();
    e.accountName = q.value(12).toString();
    e.connectedAt = timeFrom(q.value(13));
    e.link = q.value(14).toString();
    e.token = q.value(15).toString();
    e.tokenSha256 = q.value(16).toString();
    applyRequestOptions(&e, q.value(17).toString().toUtf8());
    e.sandbox = q.value(18).toBool();
    e.bulk = q.value(19).toBool();
    return e;
}

bool matches(const HistoryEntry &entry, const QString &search)
{
    return search.isEmpty() || entry.externalUserId.contains(search, Qt::CaseInsensitive)
           || entry.appSlug.contains(search, Qt::CaseInsensitive)
           || entry.appName.contains(search, Qt::CaseInsensitive);
}

} // namespace

QString historyStateName(HistoryState state)
{
    return QString::fromLatin1(stateNames[int(state)]);
}

std::optional<HistoryState> historyStateFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(stateNames)); ++i) {
        if (name.compare(QLatin1String(stateNames[i]), Qt::CaseInsensitive) == 0)
            return HistoryState(i);
    }
    return std::nullopt;
}

QString historyStateLabel(HistoryState state)
{
    switch (state) {
    case HistoryState::Active:
        return QCoreApplication::translate("ConnectDesk::HistoryStore", "Active");
    case HistoryState::Connected:
        return QCoreApplication::translate("ConnectDesk::HistoryStore", "Connected");
    case HistoryState::Expired:
        return QCoreApplication::translate("ConnectDesk::HistoryStore", "Expired");
    case HistoryState::Failed:
        return QCoreApplication::translate("ConnectDesk::HistoryStore", "Failed");
    }
    return {};
}

TokenRequest HistoryEntry::toRequest() const
{
    TokenRequest request;
    request.projectId = projectId;
    request.environment = environment;
    request.externalUserId = externalUserId;
    request.appSlug = appSlug;
    request.allowedOrigins = allowedOrigins;
    request.successRedirectUri = successRedirectUri;
    request.errorRedirectUri = errorRedirectUri;
    request.webhookUri = webhookUri;
    request.expiresIn = expiresIn;
    request.scopes = scopes;
    request.allowProgressiveScopes = allowProgressiveScopes;
    return request;
}

HistoryStore::HistoryStore(const QString &path, const Clock &clock, QObject *parent)
    : HistoryStore(path, clock, Options{}, parent)
{}

HistoryStore::HistoryStore(const QString &path, const Clock &clock, const Options &options,
                           QObject *parent)
    : QObject(parent)
    , m_path(path.isEmpty() ? defaultPath() : path)
    , m_clock(clock)
    , m_options(options)
    , m_connectionName(QStringLiteral("connectdesk-history-")
                       + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    if (!options.openOnFirstUse)
        open();
}

HistoryStore::~HistoryStore()
{
    closeConnection();
}

QString HistoryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/history.sqlite");
}

QString HistoryStore::tokenSha256(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool HistoryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName)
           && QSqlDatabase::database(m_connectionName, false).isOpen();
}

int HistoryStore::userVersion() const
{
    int version = -1;
    run([&](QSqlDatabase &db, QSqlError *error) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
            *error = q.lastError();
            return false;
        }
        version = q.value(0).toInt();
        return true;
    });
    return version;
}

HistoryStore::Problem HistoryStore::classify(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (ok && (code == sqliteCorrupt || code == sqliteNotADatabase))
        return Problem::Corrupt;
    if (ok && (code == sqliteBusy || code == sqliteLocked))
        return Problem::Locked;
    const QString text = error.databaseText();
    if (text.contains(QLatin1String("not a database")) || text.contains(QLatin1String("malformed")))
        return Problem::Corrupt;
    if (text.contains(QLatin1String("locked")))
        return Problem::Locked;
    return Problem::Other;
}

HistoryStore::Problem HistoryStore::tryOpen(const QString &databaseName, QString *detail)
{
    closeConnection();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(databaseName);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs));
    if (!db.open()) {
        *detail = db.lastError().text();
        return classify(db.lastError());
    }
    QSqlQuery q(db);
    const auto fail = [&](const QSqlError &error) {
        *detail = error.text();
        return classify(error);
    };
    // Overwrite what is deleted (purged tokens) instead of leaving it in free pages.
    if (!q.exec(QStringLiteral("PRAGMA secure_delete = ON")))
        return fail(q.lastError());
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return fail(q.lastError());
    if (!q.next() || q.value(0).toString() != QLatin1String("ok")) {
        *detail = q.value(0).toString();
        return Problem::Corrupt;
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return fail(q.lastError());
    const int version = q.value(0).toInt();
    q.finish();
    if (version > schemaVersion) {
        *detail = tr("schema version %1 is newer than this ConnectDesk understands (%2)")
                      .arg(version)
                      .arg(schemaVersion);
        return Problem::TooNew;
    }
    QSqlError error;
    if (!migrate(db, version, &error))
        return fail(error);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM links")))
        return fail(q.lastError());
    return Problem::None;
}

bool HistoryStore::migrate(QSqlDatabase &db, int from, QSqlError *error)
{
    const QList<QStringList> &steps = migrations();
    for (int version = from; version < schemaVersion; ++version) {
        if (!db.transaction()) {
            *error = db.lastError();
            return false;
        }
        QSqlQuery q(db);
        QStringList statements = steps.at(version);
        statements.append(QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
        for (const QString &statement : std::as_const(statements)) {
            if (!q.exec(statement)) {
                *error = q.lastError();
                q.finish();
                db.rollback();
                return false;
            }
        }
        q.finish();
        if (!db.commit()) {
            *error = db.lastError();
            db.rollback();
            return false;
        }
    }
    return true;
}

void HistoryStore::open()
{
    m_openAttempted = true;
    // Live links and tokens: the file is the user's alone (0600 in a 0700 folder).
    PrivateFiles::prepare(m_path);
    QString detail;
    const Problem problem = tryOpen(m_path, &detail);
    if (problem == Problem::None) {
        purgeExpired(m_clock.now());
        return;
    }
    recover(problem, detail);
    if (isOpen())
        purgeExpired(m_clock.now());
}

void HistoryStore::recover(Problem problem, const QString &detail)
{
    m_recovering = true;
    closeConnection();
    QString why;
    switch (problem) {
    case Problem::Corrupt:
        why = tr("The history database is damaged (%1).").arg(detail);
        break;
    case Problem::Locked:
        why = tr("The history database is locked by another program (%1).").arg(detail);
        break;
    case Problem::TooNew:
        why = tr("The history database was written by a newer ConnectDesk (%1).").arg(detail);
        break;
    case Problem::None:
    case Problem::Other:
        why = tr("The history database could not be opened (%1).").arg(detail);
        break;
    }

    if (problem == Problem::Locked || problem == Problem::TooNew) {
        // Locked is not damaged, and a newer ConnectDesk's file is not ours to change: leave the
        // file exactly as it is and work without it for this session.
        QString ignored;
        tryOpen(QStringLiteral(":memory:"), &ignored);
        m_persistent = false;
        m_unavailable = problem == Problem::Locked ? Unavailable::Locked : Unavailable::TooNew;
        const QString what = problem == Problem::Locked
                                 ? tr("Close the other ConnectDesk and start this one again to "
                                      "use it.")
                                 : tr("Update ConnectDesk to use it.");
        setRecoveryMessage(why + QLatin1Char(' ') + tr("It was left untouched.") + QLatin1Char(' ')
                           + what + QLatin1Char(' ')
                           + tr("Until then, this session's history is kept in memory only."));
        m_recovering = false;
        return;
    }

    QString moveError;
    const QString moved = problem == Problem::Other ? QString() : moveAside(&moveError);
    QString fresh;
    if (!moved.isEmpty() && tryOpen(m_path, &fresh) == Problem::None) {
        m_persistent = true;
        m_movedAsidePath = moved;
        setRecoveryMessage(why + QLatin1Char(' ')
                           + tr("It was kept as \"%1\" and a new, empty history was started.")
                                 .arg(QDir::toNativeSeparators(moved)));
    } else {
        // Nothing can be written where the history lives: keep this session's history in
        // memory rather than fail every write.
        const QString reason = !moveError.isEmpty() ? moveError : fresh;
        const QString kept =
            moved.isEmpty() ? tr("The file was left as it is.")
                            : tr("It was kept as \"%1\".").arg(QDir::toNativeSeparators(moved));
        QString ignored;
        tryOpen(QStringLiteral(":memory:"), &ignored);
        m_persistent = false;
        m_movedAsidePath = moved;
        setRecoveryMessage(why + QLatin1Char(' ') + kept + QLatin1Char(' ')
                           + tr("This session's history is kept in memory only%1.")
                                 .arg(reason.isEmpty() ? QString()
                                                       : QStringLiteral(" (%1)").arg(reason)));
    }
    m_recovering = false;
}

QString HistoryStore::moveAside(QString *error)
{
    const QString stamp = m_clock.now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString base = m_path + QStringLiteral(".corrupt-") + stamp;
    QString target = base;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = base + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(m_path, target)) {
        *error = tr("could not rename \"%1\"").arg(QDir::toNativeSeparators(m_path));
        return {};
    }
    // A journal belongs with its database: move it along, so nothing replays into the new one.
    for (const char *suffix : {"-journal", "-wal", "-shm"}) {
        const QString companion = m_path + QLatin1String(suffix);
        if (QFileInfo::exists(companion))
            QFile::rename(companion, target + QLatin1String(suffix));
    }
    return target;
}

void HistoryStore::closeConnection()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void HistoryStore::setRecoveryMessage(const QString &message)
{
    m_recoveryMessage = message;
    emit recovered(message);
}

void HistoryStore::openIfNotYet() const
{
    // Reads are const, and opening is not observable state for them (run() recovers likewise).
    if (!m_openAttempted)
        const_cast<HistoryStore *>(this)->open();
}

bool HistoryStore::run(const Work &work) const
{
    openIfNotYet();
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!isOpen()) {
            m_lastError = tr("The history database is not open.");
            return false;
        }
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QSqlError error;
        if (work(db, &error)) {
            m_lastError.clear();
            return true;
        }
        m_lastError = error.text();
        const Problem problem = classify(error);
        if (problem == Problem::Locked) {
            // Another program held the lock past the busy timeout: this write is lost, the file
            // is not (it is never moved aside for being busy).
            m_lastError = tr("The history database is busy: another program kept it locked for "
                             "more than %n second(s) (%1).",
                             nullptr, std::max(1, m_options.busyTimeoutMs / 1000))
                              .arg(error.text());
            return false;
        }
        if (attempt > 0 || m_recovering || !m_persistent || problem == Problem::Other)
            return false;
        // Damaged while running: move it aside and try once more on a fresh one.
        db = QSqlDatabase();
        auto *self = const_cast<HistoryStore *>(this);
        self->recover(problem, error.text());
        self->notifyChanged();
    }
    return false;
}

QList<std::pair<QString, QVariant>> HistoryStore::commonFields(const TokenRequest &request,
                                                              HistoryState state,
                                                              const HistoryOrigin &origin,
                                                              const QString &appName) const
{
    return {{QStringLiteral("created_at"), m_clock.now().toMSecsSinceEpoch()},
            {QStringLiteral("profile"), text(origin.profileName)},
            {QStringLiteral("sandbox"), int(origin.sandbox)},
            {QStringLiteral("bulk"), int(origin.bulk)},
            {QStringLiteral("project_id"), text(request.projectId.trimmed())},
            {QStringLiteral("environment"), text(request.environment.trimmed())},
            {QStringLiteral("external_user_id"), text(request.normalizedExternalUserId())},
            {QStringLiteral("app_slug"), text(request.normalizedAppSlug())},
            {QStringLiteral("app_name"), text(appName)},
            {QStringLiteral("state"), historyStateName(state)},
            {QStringLiteral("request_options"), QString::fromUtf8(requestOptions(request))}};
}

qint64 HistoryStore::insertEntry(const QList<std::pair<QString, QVariant>> &fields)
{
    QStringList columns;
    for (const auto &field : fields)
        columns.append(field.first);
    const QString placeholders = QStringList(columns.size(), QStringLiteral("?")).join(u", ");
    qint64 id = 0;
    const bool ok = run([&](QSqlDatabase &db, QSqlError *error) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO links (%1) VALUES (%2)")
                      .arg(columns.join(u", "), placeholders));
        for (const auto &field : fields)
            q.addBindValue(field.second);
        if (!q.exec()) {
            *error = q.lastError();
            return false;
        }
        id = q.lastInsertId().toLongLong();
        return true;
    });
    if (!ok)
        return 0;
    notifyChanged();
    return id;
}

qint64 HistoryStore::recordCreated(const TokenRequest &request, const TokenResult &result,
                                   const HistoryOrigin &origin, const QString &appName)
{
    auto fields = commonFields(request, HistoryState::Active, origin, appName);
    fields.append({{QStringLiteral("expires_at"), msOrNull(result.expiresAt)},
                   {QStringLiteral("link"),
                    result.connectLink(request.normalizedAppSlug()).toString(QUrl::FullyEncoded)},
                   {QStringLiteral("token"), result.token},
                   {QStringLiteral("token_sha256"), tokenSha256(result.token)}});
    return insertEntry(fields);
}

qint64 HistoryStore::recordFailed(const TokenRequest &request, const ApiError &failure,
                                  const HistoryOrigin &origin, const QString &appName)
{
    auto fields = commonFields(request, HistoryState::Failed, origin, appName);
    fields.append({QStringLiteral("error"), text(failure.humanMessage())});
    return insertEntry(fields);
}

bool HistoryStore::markConnected(qint64 id, const ConnectedAccount &account)
{
    // A Connect token is single use: once connected, its link is dead too.
    return update(QStringLiteral(
                      "UPDATE links SET state = ?, account_id = ?, account_name = ?, connected_at = ?,"
                      " app_name = CASE WHEN app_name = '' THEN ? ELSE app_name END,"
                      " link = NULL, token = NULL WHERE id = ?"),
                  {historyStateName(HistoryState::Connected), text(account.id), text(account.name),
                   msOrNull(account.createdAt.isValid() ? account.createdAt : m_clock.now()),
                   text(account.appName), id})
           > 0;
}

bool HistoryStore::markFailed(qint64 id, const QString &message)
{
    return update(QStringLiteral(
                      "UPDATE links SET state = ?, error = ?, link = NULL, token = NULL WHERE id = ?"),
                  {historyStateName(HistoryState::Failed), text(message), id})
           > 0;
}

bool HistoryStore::markExpired(qint64 id)
{
    return update(QStringLiteral("UPDATE links SET state = ?, link = NULL, token = NULL"
                                 " WHERE id = ? AND state = ?"),
                  {historyStateName(HistoryState::Expired), id,
                   historyStateName(HistoryState::Active)})
           > 0;
}

int HistoryStore::purgeExpired(const QDateTime &now)
{
    return update(QStringLiteral(
                      "UPDATE links SET link = NULL, token = NULL,"
                      " state = CASE WHEN state = 'active' THEN 'expired' ELSE state END"
                      " WHERE expires_at IS NOT NULL AND expires_at <= ?"
                      " AND (link IS NOT NULL OR token IS NOT NULL OR state = 'active')"),
                  {now.toMSecsSinceEpoch()});
}

int HistoryStore::update(const QString &sql, const QVariantList &values)
{
    int changedRows = 0;
    const bool ok = run([&](QSqlDatabase &db, QSqlError *error) {
        QSqlQuery q(db);
        q.prepare(sql);
        for (const QVariant &value : values)
            q.addBindValue(value);
        if (!q.exec()) {
            *error = q.lastError();
            return false;
        }
        changedRows = q.numRowsAffected();
        return true;
    });
    if (!ok)
        return -1;
    if (changedRows > 0)
        notifyChanged();
    return changedRows;
}

std::optional<HistoryEntry> HistoryStore::entry(qint64 id) const
{
    return first(QStringLiteral(" WHERE id = ?"), id);
}

std::optional<HistoryEntry> HistoryStore::findByToken(const QString &token) const
{
    return first(QStringLiteral(" WHERE token_sha256 = ? ORDER BY created_at DESC, id DESC"),
                 tokenSha256(token));
}

std::optional<HistoryEntry> HistoryStore::first(const QString &whereAndOrder,
                                                const QVariant &value) const
{
    std::optional<HistoryEntry> result;
    run([&](QSqlDatabase &db, QSqlError *error) {
        QSqlQuery q(db);
        q.prepare(selectColumns + whereAndOrder);
        q.addBindValue(value);
        if (!q.exec()) {
            *error = q.lastError();
            return false;
        }
        if (q.next())
            result = entryFrom(q);
        return true;
    });
    return result;
}

QList<HistoryEntry> HistoryStore::query(const HistoryQuery &filter) const
{
    QList<HistoryEntry> result;
    const QString search = filter.search.trimmed();
    run([&](QSqlDatabase &db, QSqlError *error) {
        result.clear();
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // The exact filters go to SQLite (one customer's links among thousands need no scan
        // through Qt); the case-insensitive search is done below.
        QStringList conditions;
        QVariantList values;
        const auto where = [&](const char *condition, const QString &value) {
            conditions.append(QLatin1String(condition));
            values.append(value);
        };
        if (filter.state)
            where("state = ?", historyStateName(*filter.state));
        if (!filter.externalUserId.isEmpty())
            where("external_user_id = ?", filter.externalUserId);
        if (!filter.projectId.isEmpty())
            where("project_id = ?", filter.projectId);
        if (!filter.environment.isEmpty())
            where("environment = ?", filter.environment);
        QString sql = selectColumns;
        if (!conditions.isEmpty())
            sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
        sql += QStringLiteral(" ORDER BY created_at DESC, id DESC");
        q.prepare(sql);
        for (const QVariant &value : std::as_const(values))
            q.addBindValue(value);
        if (!q.exec()) {
            *error = q.lastError();
            return false;
        }
        // Filtered here rather than with LIKE, which folds the case of ASCII letters only.
        while (q.next()) {
            HistoryEntry entry = entryFrom(q);
            if (!matches(entry, search))
                continue;
            result.append(std::move(entry));
            if (filter.limit > 0 && result.size() >= filter.limit)
                break;
        }
        return true;
    });
    return result;
}

QStringList HistoryStore::csvHeader()
{
    return {QStringLiteral("id"),           QStringLiteral("created_at"),
            QStringLiteral("profile"),      QStringLiteral("project_id"),
            QStringLiteral("environment"),  QStringLiteral("external_user_id"),
            QStringLiteral("app"),          QStringLiteral("app_name"),
            QStringLiteral("state"),        QStringLiteral("expires_at"),
            QStringLiteral("account_id"),   QStringLiteral("account_name"),
            QStringLiteral("connected_at"), QStringLiteral("error"),
            QStringLiteral("token_sha256")};
}

QStringList HistoryStore::csvRow(const HistoryEntry &e)
{
    // People open this file in spreadsheets, and the free-text fields can come from customers.
    const auto text = &CsvWriter::defuseFormula;
    return {QString::number(e.id),  isoOrEmpty(e.createdAt),   text(e.profileName),
            text(e.projectId),      e.environment,             text(e.externalUserId),
            text(e.appSlug),        text(e.appName),           historyStateName(e.state),
            isoOrEmpty(e.expiresAt), text(e.accountId),        text(e.accountName),
            isoOrEmpty(e.connectedAt), text(e.error),          e.tokenSha256};
}

bool HistoryStore::exportCsv(QIODevice *device, const HistoryQuery &filter) const
{
    CsvWriter writer(device, CsvWriter::LineEnding::CRLF);
    if (!writer.writeRow(csvHeader()))
        return false;
    const QList<HistoryEntry> entries = query(filter);
    for (const HistoryEntry &entry : entries) {
        if (!writer.writeRow(csvRow(entry)))
            return false;
    }
    return true;
}

bool HistoryStore::exportCsv(const QString &filePath, const HistoryQuery &filter,
                             QString *error) const
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (!exportCsv(&file, filter)) {
        file.cancelWriting();
        if (error)
            *error = file.errorString().isEmpty() ? m_lastError : file.errorString();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace ConnectDesk

namespace ConnectDesk {

HistoryStore::ChangeBatch::ChangeBatch(HistoryStore *store)
    : m_store(store)
{
    if (m_store)
        ++m_store->m_batchDepth;
}

HistoryStore::ChangeBatch::~ChangeBatch()
{
    if (!m_store || --m_store->m_batchDepth > 0)
        return;
    if (std::exchange(m_store->m_changedInBatch, false))
        emit m_store->changed();
}

void HistoryStore::notifyChanged()
{
    if (m_batchDepth > 0)
        m_changedInBatch = true;
    else
        emit changed();
}

} // namespace ConnectDesk
