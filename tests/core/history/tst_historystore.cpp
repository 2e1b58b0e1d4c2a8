#include "api/apierror.h"
#include "api/tokenresult.h"
#include "bulk/csv.h"
#include "fakeclock.h"
#include "history/connectionwatcher.h"
#include "history/historystore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace ConnectDesk;
using ConnectDesk::Testing::FakeClock;

namespace {

TokenRequest request(const QString &user, const QString &app,
                     const QString &environment = QStringLiteral("production"))
{
    TokenRequest r;
    r.projectId = QStringLiteral("proj_abc123");
    r.environment = environment;
    r.externalUserId = user;
    r.appSlug = app;
    return r;
}

TokenResult result(const QDateTime &expiresAt, const QString &hex)
{
    TokenResult r;
    r.token = QStringLiteral("ctok_") + hex;
    r.expiresAt = expiresAt;
    r.connectLinkUrl = QUrl(QStringLiteral(
        "https://pipedream.com/_static/connect.html?token=ctok_%1&connectLink=true").arg(hex));
    return r;
}

QString hex32(int n)
{
    return QStringLiteral("%1").arg(n, 32, 16, QLatin1Char('0'));
}

// A raw connection for arranging database files the store will later open.
class RawDb final
{
public:
    explicit RawDb(const QString &path)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql, QString *error = nullptr)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        const bool ok = q.exec(sql);
        if (!ok && error)
            *error = q.lastError().text();
        return ok;
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private:
    QString m_name;
};

// The version 1 schema exactly as the first release created it.
bool createVersion1(RawDb &raw, QString *error)
{
    return raw.exec(QStringLiteral("CREATE TABLE links ("
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
                    error)
           && raw.exec(QStringLiteral("CREATE INDEX links_created_at ON links (created_at)"),
                       error);
}

// Version 2 as release 2 left it: version 1 plus the connected account.
bool createVersion2(RawDb &raw, QString *error)
{
    return createVersion1(raw, error)
           && raw.exec(QStringLiteral("ALTER TABLE links ADD COLUMN app_name TEXT NOT NULL "
                                      "DEFAULT ''"), error)
           && raw.exec(QStringLiteral("ALTER TABLE links ADD COLUMN account_id TEXT"), error)
           && raw.exec(QStringLiteral("ALTER TABLE links ADD COLUMN account_name TEXT"), error)
           && raw.exec(QStringLiteral("ALTER TABLE links ADD COLUMN connected_at INTEGER"), error)
           && raw.exec(QStringLiteral("CREATE INDEX links_token_sha256 ON links (token_sha256)"),
                       error)
           && raw.exec(QStringLiteral("PRAGMA user_version = 2"), error);
}

} // namespace

class TestHistoryStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void recordsAndReadsBack();
    void searchesAndFilters_data();
    void searchesAndFilters();
    void newestFirstWithLimit();
    void failedRequestsAreRecorded();
    void connectedForgetsLinkAndToken();
    void purgeAtExpiryKeepsOnlyTheHash();
    void purgesOnOpen();
    void migratesFromVersion1();
    void migratesFromVersion2MarkingSandboxLinks();
    void recordsSandboxAndBulkOrigins();
    void corruptFileIsMovedAside();
    void damagedPagesAreMovedAside();
    void lockedDatabaseIsMovedAside();
    void newerSchemaIsMovedAside();
    void unwritableLocationFallsBackToMemory();
    void exportsCsv();
    void stateNamesRoundTrip();
    void opensOnFirstUseWhenAsked();
    void recoversOnFirstUseWhenAsked();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    FakeClock m_clock;
};

void TestHistoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock.setNow(QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC));
}

void TestHistoryStore::recordsAndReadsBack()
{
    HistoryStore store(path(), m_clock);
    QVERIFY(store.isOpen());
    QVERIFY(store.recoveryMessage().isEmpty());
    QCOMPARE(store.userVersion(), HistoryStore::schemaVersion);
    QSignalSpy changed(&store, &HistoryStore::changed);

    TokenRequest req = request(QStringLiteral(" jane@example.com "), QStringLiteral("Slack"));
    req.allowedOrigins = {QStringLiteral("https://app.example.com"), QStringLiteral(" ")};
    req.successRedirectUri = QStringLiteral("https://example.com/ok");
    req.expiresIn = QStringLiteral("3600");
    req.scopes = {QStringLiteral("connect:accounts:read connect:proxy")};
    req.allowProgressiveScopes = true;
    const TokenResult res = result(m_clock.now().addSecs(3600), hex32(1));
    const qint64 id = store.recordCreated(req, res, QStringLiteral("Acme prod"),
                                          QStringLiteral("Slack"));
    QVERIFY(id > 0);
    QCOMPARE(changed.count(), 1);

    const auto entry = store.entry(id);
    QVERIFY(entry);
    QCOMPARE(entry->createdAt, m_clock.now());
    QCOMPARE(entry->profileName, QStringLiteral("Acme prod"));
    QCOMPARE(entry->projectId, QStringLiteral("proj_abc123"));
    QCOMPARE(entry->environment, QStringLiteral("production"));
    QCOMPARE(entry->externalUserId, QStringLiteral("jane@example.com"));
    QCOMPARE(entry->appSlug, QStringLiteral("slack"));
    QCOMPARE(entry->appName, QStringLiteral("Slack"));
    QCOMPARE(entry->expiresAt, res.expiresAt);
    QCOMPARE(entry->state, HistoryState::Active);
    QCOMPARE(entry->token, res.token);
    QCOMPARE(entry->link, res.connectLink(QStringLiteral("slack")).toString(QUrl::FullyEncoded));
    QCOMPARE(entry->tokenSha256, HistoryStore::tokenSha256(res.token));
    QVERIFY(entry->hasLiveLink(m_clock.now()));

    const TokenRequest again = entry->toRequest();
    QCOMPARE(again.projectId, req.projectId);
    QCOMPARE(again.externalUserId, QStringLiteral("jane@example.com"));
    QCOMPARE(again.appSlug, QStringLiteral("slack"));
    QCOMPARE(again.allowedOrigins, QStringList{QStringLiteral("https://app.example.com")});
    QCOMPARE(again.successRedirectUri, req.successRedirectUri);
    QCOMPARE(again.expiresIn, req.expiresIn);
    QCOMPARE(again.scopes,
             (QStringList{QStringLiteral("connect:accounts:read"),
                          QStringLiteral("connect:proxy")}));
    QVERIFY(again.allowProgressiveScopes);
    QVERIFY(again.isValid());

    QCOMPARE(store.findByToken(res.token)->id, id);
    QVERIFY(!store.findByToken(QStringLiteral("ctok_") + hex32(99)));
}

void TestHistoryStore::searchesAndFilters_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QStringList>("users");

    const QStringList all = {QStringLiteral("Jürgen"), QStringLiteral("bob@example.com"),
                             QStringLiteral("jane@example.com")};
    QTest::newRow("everything") << QString() << QString() << all;
    QTest::newRow("user, other case") << QStringLiteral("JANE") << QString()
                                      << QStringList{QStringLiteral("jane@example.com")};
    QTest::newRow("user substring") << QStringLiteral("example") << QString()
                                    << QStringList{QStringLiteral("bob@example.com"),
                                                   QStringLiteral("jane@example.com")};
    QTest::newRow("non-ASCII case") << QStringLiteral("JÜRG") << QString()
                                    << QStringList{QStringLiteral("Jürgen")};
    QTest::newRow("app slug") << QStringLiteral("sheets") << QString()
                              << QStringList{QStringLiteral("bob@example.com")};
    QTest::newRow("app name") << QStringLiteral("google") << QString()
                              << QStringList{QStringLiteral("bob@example.com")};
    QTest::newRow("state") << QString() << QStringLiteral("failed")
                           << QStringList{QStringLiteral("Jürgen")};
    QTest::newRow("state and search") << QStringLiteral("slack") << QStringLiteral("active")
                                      << QStringList{QStringLiteral("jane@example.com")};
    QTest::newRow("no match") << QStringLiteral("nobody") << QString() << QStringList{};
}

void TestHistoryStore::searchesAndFilters()
{
    QFETCH(QString, search);
    QFETCH(QString, state);
    QFETCH(QStringList, users);

    HistoryStore store(path(), m_clock);
    store.recordCreated(request(QStringLiteral("jane@example.com"), QStringLiteral("slack")),
                        result(m_clock.now().addSecs(3600), hex32(1)), {}, QStringLiteral("Slack"));
    m_clock.advance(10);
    store.recordCreated(request(QStringLiteral("bob@example.com"), QStringLiteral("google_sheets")),
                        result(m_clock.now().addSecs(3600), hex32(2)), {},
                        QStringLiteral("Google Sheets"));
    m_clock.advance(10);
    ApiError error;
    error.kind = ApiError::Kind::Network;
    error.message = QStringLiteral("Connection refused");
    store.recordFailed(request(QStringLiteral("Jürgen"), QStringLiteral("notion")), error);

    HistoryQuery query;
    query.search = search;
    if (!state.isEmpty())
        query.state = historyStateFromName(state);
    QStringList found;
    const QList<HistoryEntry> entries = store.query(query);
    for (const HistoryEntry &entry : entries)
        found.append(entry.externalUserId);
    QCOMPARE(found, users);
}

void TestHistoryStore::newestFirstWithLimit()
{
    HistoryStore store(path(), m_clock);
    for (int i = 0; i < 5; ++i) {
        store.recordCreated(request(QStringLiteral("user%1").arg(i), QStringLiteral("slack")),
                            result(m_clock.now().addSecs(3600), hex32(i)), {});
        m_clock.advance(1);
    }
    HistoryQuery query;
    query.limit = 3;
    const QList<HistoryEntry> entries = store.query(query);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).externalUserId, QStringLiteral("user4"));
    QCOMPARE(entries.at(2).externalUserId, QStringLiteral("user2"));
    QCOMPARE(store.query().size(), 5);
}

void TestHistoryStore::failedRequestsAreRecorded()
{
    HistoryStore store(path(), m_clock);
    const ApiError error = ApiError::fromHttp(
        403, {}, QByteArrayLiteral("{\"error\":\"scope not allowed\"}"), m_clock.now());
    const qint64 id = store.recordFailed(request(QStringLiteral("jane"), QStringLiteral("slack")),
                                        error, QStringLiteral("Support"));
    QVERIFY2(id > 0, qPrintable(store.lastError()));
    const auto entry = store.entry(id);
    QCOMPARE(entry->state, HistoryState::Failed);
    QVERIFY2(entry->error.contains(QLatin1String("scope not allowed")), qPrintable(entry->error));
    QVERIFY(entry->link.isEmpty());
    QVERIFY(entry->token.isEmpty());
    QVERIFY(!entry->expiresAt.isValid());
    QVERIFY(!entry->hasLiveLink(m_clock.now()));

    const qint64 other = store.recordCreated(
        request(QStringLiteral("bob"), QStringLiteral("slack")),
        result(m_clock.now().addSecs(60), hex32(3)), {});
    QVERIFY(store.markFailed(other, QStringLiteral("customer reported an error")));
    QCOMPARE(store.entry(other)->state, HistoryState::Failed);
    QVERIFY(store.entry(other)->token.isEmpty());
    QVERIFY(!store.markFailed(12345, QStringLiteral("no such entry")));
}

void TestHistoryStore::connectedForgetsLinkAndToken()
{
    HistoryStore store(path(), m_clock);
    const TokenResult res = result(m_clock.now().addSecs(3600), hex32(7));
    const qint64 id = store.recordCreated(request(QStringLiteral("jane"), QStringLiteral("slack")),
                                          res, {});
    ConnectedAccount account;
    account.id = QStringLiteral("apn_abc123");
    account.name = QStringLiteral("jane@example.com");
    account.appSlug = QStringLiteral("slack");
    account.appName = QStringLiteral("Slack");
    account.createdAt = m_clock.now().addSecs(42);
    QVERIFY(store.markConnected(id, account));

    const auto entry = store.entry(id);
    QCOMPARE(entry->state, HistoryState::Connected);
    QCOMPARE(entry->accountId, account.id);
    QCOMPARE(entry->accountName, account.name);
    QCOMPARE(entry->connectedAt, account.createdAt);
    QCOMPARE(entry->appName, QStringLiteral("Slack")); // filled in from the account
    QVERIFY(entry->link.isEmpty()); // single use: the link is dead now
    QVERIFY(entry->token.isEmpty());
    QCOMPARE(entry->tokenSha256, HistoryStore::tokenSha256(res.token));

    QVERIFY(!store.markExpired(id)); // only active entries expire
    QCOMPARE(store.entry(id)->state, HistoryState::Connected);
}

void TestHistoryStore::purgeAtExpiryKeepsOnlyTheHash()
{
    const TokenResult res = result(m_clock.now().addSecs(600), hex32(0xfeed));
    const QString link = res.connectLink(QStringLiteral("slack")).toString(QUrl::FullyEncoded);
    qint64 id = 0;
    {
        HistoryStore store(path(), m_clock);
        id = store.recordCreated(request(QStringLiteral("jane"), QStringLiteral("slack")), res, {});
        // A second, longer-lived link is left alone.
        store.recordCreated(request(QStringLiteral("bob"), QStringLiteral("slack")),
                            result(m_clock.now().addSecs(7200), hex32(0xbeef)), {});
        QCOMPARE(store.purgeExpired(m_clock.now()), 0);
        QCOMPARE(store.entry(id)->token, res.token);

        m_clock.advance(600);
        QSignalSpy changed(&store, &HistoryStore::changed);
        QCOMPARE(store.purgeExpired(m_clock.now()), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(store.purgeExpired(m_clock.now()), 0); // nothing left to purge

        const auto entry = store.entry(id);
        QCOMPARE(entry->state, HistoryState::Expired);
        QVERIFY(entry->link.isEmpty());
        QVERIFY(entry->token.isEmpty());
        QCOMPARE(entry->tokenSha256, HistoryStore::tokenSha256(res.token));
        QVERIFY(!entry->hasLiveLink(m_clock.now()));
        QCOMPARE(store.findByToken(res.token)->id, id);
        QVERIFY(!store.query({}).at(0).token.isEmpty()); // bob's is still valid
    }

    // Nothing of the token is left in the file itself, not even in free space.
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains(res.token.toUtf8()));
    QVERIFY(!bytes.contains(hex32(0xfeed).toUtf8()));
    QVERIFY(!bytes.contains(link.toUtf8()));
    QVERIFY(bytes.contains(HistoryStore::tokenSha256(res.token).toUtf8()));
    QVERIFY(bytes.contains(hex32(0xbeef).toUtf8())); // the live one is there, as expected
    QVERIFY(!QFile::exists(path() + QStringLiteral("-journal")));
    QVERIFY(!QFile::exists(path() + QStringLiteral("-wal")));
}

void TestHistoryStore::purgesOnOpen()
{
    const TokenResult res = result(m_clock.now().addSecs(60), hex32(0xabc));
    qint64 id = 0;
    {
        HistoryStore store(path(), m_clock);
        id = store.recordCreated(request(QStringLiteral("jane"), QStringLiteral("slack")), res, {});
    }
    m_clock.advance(3600);
    HistoryStore store(path(), m_clock);
    const auto entry = store.entry(id);
    QCOMPARE(entry->state, HistoryState::Expired);
    QVERIFY(entry->token.isEmpty());
    QVERIFY(entry->link.isEmpty());
}

void TestHistoryStore::migratesFromVersion1()
{
    const QDateTime created = m_clock.now().addSecs(-7200);
    {
        RawDb raw(path());
        QString error;
        QVERIFY2(createVersion1(raw, &error), qPrintable(error));
        const QString token = QStringLiteral("ctok_") + hex32(5);
        const QString insert =
            QStringLiteral("INSERT INTO links (created_at, profile, project_id, environment,"
                           " external_user_id, app_slug, expires_at, state, link, token,"
                           " token_sha256, request_options) VALUES (%1, 'Old', 'proj_old',"
                           " 'development', 'legacy@example.com', 'github', %2, 'active',"
                           " 'https://pipedream.com/_static/connect.html?token=%3',"
                           " '%3', '%4', '{\"expires_in\":\"14400\"}')")
                .arg(created.toMSecsSinceEpoch())
                .arg(m_clock.now().addSecs(3600).toMSecsSinceEpoch())
                .arg(token, HistoryStore::tokenSha256(token));
        QVERIFY2(raw.exec(insert, &error), qPrintable(error));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 1")));
    }

    HistoryStore store(path(), m_clock);
    QVERIFY(store.recoveryMessage().isEmpty());
    QCOMPARE(store.userVersion(), HistoryStore::schemaVersion);
    const QList<HistoryEntry> entries = store.query();
    QCOMPARE(entries.size(), 1);
    const HistoryEntry old = entries.first();
    QCOMPARE(old.createdAt, created);
    QCOMPARE(old.profileName, QStringLiteral("Old"));
    QCOMPARE(old.externalUserId, QStringLiteral("legacy@example.com"));
    QCOMPARE(old.state, HistoryState::Active);
    QCOMPARE(old.token, QStringLiteral("ctok_") + hex32(5));
    QCOMPARE(old.expiresIn, QStringLiteral("14400"));
    QVERIFY(old.appName.isEmpty());      // new column, default
    QVERIFY(old.accountId.isEmpty());    // new column, NULL
    QVERIFY(!old.sandbox);               // version 3: a real project's link stays real
    QVERIFY(!old.bulk);

    // The columns version 2 added work on the migrated row.
    ConnectedAccount account;
    account.id = QStringLiteral("apn_old");
    account.name = QStringLiteral("legacy");
    account.appName = QStringLiteral("GitHub");
    account.createdAt = m_clock.now();
    QVERIFY(store.markConnected(old.id, account));
    QCOMPARE(store.entry(old.id)->accountId, QStringLiteral("apn_old"));
    QCOMPARE(store.entry(old.id)->appName, QStringLiteral("GitHub"));
    QVERIFY(store.recordCreated(request(QStringLiteral("new"), QStringLiteral("slack")),
                                result(m_clock.now().addSecs(60), hex32(6)), {})
            > old.id);
}

void TestHistoryStore::migratesFromVersion2MarkingSandboxLinks()
{
    const qint64 created = m_clock.now().addSecs(-60).toMSecsSinceEpoch();
    const qint64 expires = m_clock.now().addSecs(3600).toMSecsSinceEpoch();
    {
        RawDb raw(path());
        QString error;
        QVERIFY2(createVersion2(raw, &error), qPrintable(error));
        const QString insert = QStringLiteral(
            "INSERT INTO links (created_at, profile, project_id, environment, external_user_id,"
            " app_slug, expires_at, state, link) VALUES (%1, '%2', '%3', 'production', '%4',"
            " 'slack', %5, 'active', '%6')");
        // Try the sandbox, before version 3 knew it: the simulator's project and address.
        QVERIFY2(raw.exec(insert.arg(created).arg(QStringLiteral("Sandbox"),
                                                  QStringLiteral("proj_sandbox"),
                                                  QStringLiteral("jane@example.com"))
                              .arg(expires)
                              .arg(QStringLiteral("http://127.0.0.1:45013/_static/"
                                                  "connect.html?token=ctok_1")),
                          &error),
                 qPrintable(error));
        QVERIFY2(raw.exec(insert.arg(created).arg(QStringLiteral("Acme"),
                                                  QStringLiteral("proj_acme1"),
                                                  QStringLiteral("bob@example.com"))
                              .arg(expires)
                              .arg(QStringLiteral("https://pipedream.com/_static/"
                                                  "connect.html?token=ctok_2")),
                          &error),
                 qPrintable(error));
    }

    HistoryStore store(path(), m_clock);
    QVERIFY2(store.recoveryMessage().isEmpty(), qPrintable(store.recoveryMessage()));
    QCOMPARE(store.userVersion(), 3);
    HistoryQuery query;
    query.search = QStringLiteral("jane");
    QCOMPARE(store.query(query).size(), 1);
    QVERIFY(store.query(query).first().sandbox);
    query.search = QStringLiteral("bob");
    QCOMPARE(store.query(query).size(), 1);
    QVERIFY(!store.query(query).first().sandbox);
    QVERIFY(!store.query(query).first().bulk);
}

void TestHistoryStore::recordsSandboxAndBulkOrigins()
{
    HistoryStore store(path(), m_clock);
    const qint64 sandbox =
        store.recordCreated(request(QStringLiteral("jane"), QStringLiteral("slack")),
                            result(m_clock.now().addSecs(60), hex32(1)),
                            HistoryOrigin(QStringLiteral("Sandbox"), true));
    const qint64 bulk =
        store.recordCreated(request(QStringLiteral("bob"), QStringLiteral("slack")),
                            result(m_clock.now().addSecs(60), hex32(2)),
                            HistoryOrigin(QStringLiteral("Acme"), false, true));
    ApiError error;
    error.kind = ApiError::Kind::Network;
    const qint64 failed = store.recordFailed(request(QStringLiteral("carol"), {}), error,
                                             HistoryOrigin(QStringLiteral("Sandbox"), true, true));
    QVERIFY(store.entry(sandbox)->sandbox);
    QVERIFY(!store.entry(sandbox)->bulk);
    QVERIFY(!store.entry(bulk)->sandbox);
    QVERIFY(store.entry(bulk)->bulk);
    QCOMPARE(store.entry(bulk)->profileName, QStringLiteral("Acme"));
    QVERIFY(store.entry(failed)->sandbox && store.entry(failed)->bulk);
}

void TestHistoryStore::corruptFileIsMovedAside()
{
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage.append(char((i * 7919) % 251));
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    m_clock.setNow(QDateTime(QDate(2026, 11, 28), QTime(14, 2, 3), Qt::UTC));
    HistoryStore store(path(), m_clock);
    QVERIFY(store.isOpen());
    QVERIFY(store.isPersistent());
    QVERIFY(!store.recoveryMessage().isEmpty());
    QVERIFY2(store.recoveryMessage().contains(QLatin1String("damaged")),
             qPrintable(store.recoveryMessage()));
    const QString moved = path() + QStringLiteral(".corrupt-20261128-140203");
    QCOMPARE(store.movedAsidePath(), moved);
    QVERIFY(store.recoveryMessage().contains(QDir::toNativeSeparators(moved)));

    // Nothing lost: the old bytes are still there, byte for byte.
    QFile old(moved);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), garbage);

    // And the fresh history works.
    QCOMPARE(store.userVersion(), HistoryStore::schemaVersion);
    QVERIFY(store.recordCreated(request(QStringLiteral("jane"), QStringLiteral("slack")),
                                result(m_clock.now().addSecs(60), hex32(1)), {})
            > 0);
    QCOMPARE(store.query().size(), 1);
}

void TestHistoryStore::damagedPagesAreMovedAside()
{
    {
        HistoryStore store(path(), m_clock);
        for (int i = 0; i < 20; ++i)
            store.recordCreated(request(QStringLiteral("user%1-").arg(i)
                                            + QString(240, QLatin1Char('x')),
                                        QStringLiteral("slack")),
                                result(m_clock.now().addSecs(3600), hex32(i)), {});
    }
    {
        // Keep the header (a valid SQLite file) but scribble over the pages after it.
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8192);
        file.seek(4096);
        file.write(QByteArray(file.size() - 4096, '\x5a'));
    }
    HistoryStore store(path(), m_clock);
    QVERIFY(store.isOpen());
    QVERIFY(!store.recoveryMessage().isEmpty());
    QVERIFY(QFile::exists(store.movedAsidePath()));
    QCOMPARE(store.query().size(), 0);
    QVERIFY(store.recordCreated(request(QStringLiteral("jane"), QStringLiteral("slack")),
                                result(m_clock.now().addSecs(60), hex32(1)), {})
            > 0);
}

void TestHistoryStore::lockedDatabaseIsMovedAside()
{
    {
        HistoryStore store(path(), m_clock);
        store.recordCreated(request(QStringLiteral("kept@example.com"), QStringLiteral("slack")),
                            result(m_clock.now().addSecs(3600), hex32(1)), {});
    }
    auto locker = std::make_unique<RawDb>(path());
    QString error;
    QVERIFY2(locker->exec(QStringLiteral("BEGIN EXCLUSIVE"), &error), qPrintable(error));

    HistoryStore::Options options;
    options.busyTimeoutMs = 50;
    HistoryStore store(path(), m_clock, options);
    QVERIFY(store.isOpen());
    QVERIFY(store.isPersistent());
    QVERIFY2(store.recoveryMessage().contains(QLatin1String("locked")),
             qPrintable(store.recoveryMessage()));
    QVERIFY(QFile::exists(store.movedAsidePath()));
    QVERIFY(store.recordCreated(request(QStringLiteral("jane"), QStringLiteral("slack")),
                                result(m_clock.now().addSecs(60), hex32(2)), {})
            > 0);
    QCOMPARE(store.query().size(), 1);

    // The other program finishes; the moved file still holds everything it had.
    QVERIFY(locker->exec(QStringLiteral("COMMIT")));
    locker.reset();
    RawDb moved(store.movedAsidePath());
    QCOMPARE(moved.value(QStringLiteral("SELECT external_user_id FROM links")).toString(),
             QStringLiteral("kept@example.com"));
}

void TestHistoryStore::newerSchemaIsMovedAside()
{
    {
        RawDb raw(path());
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE future (x)")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    HistoryStore store(path(), m_clock);
    QVERIFY(store.recoveryMessage().contains(QLatin1String("newer")));
    QCOMPARE(store.userVersion(), HistoryStore::schemaVersion);
    RawDb moved(store.movedAsidePath());
    QCOMPARE(moved.value(QStringLiteral("PRAGMA user_version")).toInt(), 99);
}

void TestHistoryStore::unwritableLocationFallsBackToMemory()
{
    HistoryStore store(QStringLiteral("/proc/connectdesk-no-such-dir/history.sqlite"), m_clock);
    QVERIFY(store.isOpen());
    QVERIFY(!store.isPersistent());
    QVERIFY2(store.recoveryMessage().contains(QLatin1String("memory")),
             qPrintable(store.recoveryMessage()));
    QVERIFY(store.recordCreated(request(QStringLiteral("jane"), QStringLiteral("slack")),
                                result(m_clock.now().addSecs(60), hex32(1)), {})
            > 0);
    QCOMPARE(store.query().size(), 1);
}

void TestHistoryStore::exportsCsv()
{
    HistoryStore store(path(), m_clock);
    const TokenResult live = result(m_clock.now().addSecs(3600), hex32(0x11));
    const qint64 a = store.recordCreated(
        request(QStringLiteral("Doe, \"Jane\"\nSupport"), QStringLiteral("slack")), live,
        QStringLiteral("Acme, Inc."), QStringLiteral("Slack"));
    m_clock.advance(5);
    ApiError error;
    error.kind = ApiError::Kind::Timeout;
    error.message = QStringLiteral("timed out");
    store.recordFailed(request(QStringLiteral("bob"), QStringLiteral("github")), error);
    m_clock.advance(5);
    // A customer-supplied ID that a spreadsheet would run as a formula.
    store.recordCreated(request(QStringLiteral("=HYPERLINK(\"https://evil.example\")"),
                                QStringLiteral("slack")),
                        result(m_clock.now().addSecs(3600), hex32(0x12)),
                        QStringLiteral("@Support"));

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(store.exportCsv(&buffer));
    const QByteArray csv = buffer.data();
    QVERIFY(!csv.contains(live.token.toUtf8())); // no live tokens or links in exports
    QVERIFY(!csv.contains("connect.html"));

    QString parseError;
    const QList<QStringList> rows = CsvReader::parse(csv, &parseError);
    QVERIFY2(parseError.isEmpty(), qPrintable(parseError));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0), HistoryStore::csvHeader());
    const QStringList header = rows.at(0);
    const auto column = [&](int row, const char *name) {
        return rows.at(row).value(header.indexOf(QLatin1String(name)));
    };
    QCOMPARE(column(1, "external_user_id"), QStringLiteral("'=HYPERLINK(\"https://evil.example\")"));
    QCOMPARE(column(1, "profile"), QStringLiteral("'@Support"));
    QCOMPARE(column(2, "external_user_id"), QStringLiteral("bob"));
    QCOMPARE(column(2, "state"), QStringLiteral("failed"));
    QCOMPARE(column(2, "error"), store.query().at(1).error);
    QCOMPARE(column(3, "id"), QString::number(a));
    QCOMPARE(column(3, "external_user_id"), QStringLiteral("Doe, \"Jane\"\nSupport"));
    QCOMPARE(column(3, "profile"), QStringLiteral("Acme, Inc."));
    QCOMPARE(column(3, "created_at"), QStringLiteral("2026-11-28T12:00:00Z"));
    QCOMPARE(column(3, "expires_at"), QStringLiteral("2026-11-28T13:00:00Z"));
    QCOMPARE(column(3, "token_sha256"), HistoryStore::tokenSha256(live.token));

    // Filtered export to a file.
    const QString file = m_dir->filePath(QStringLiteral("out.csv"));
    HistoryQuery onlyFailed;
    onlyFailed.state = HistoryState::Failed;
    QString fileError;
    QVERIFY2(store.exportCsv(file, onlyFailed, &fileError), qPrintable(fileError));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(CsvReader::parse(written.readAll()).size(), 2);
    QVERIFY(!store.exportCsv(m_dir->filePath(QStringLiteral("missing/dir/out.csv")), {},
                             &fileError));
    QVERIFY(!fileError.isEmpty());
}

void TestHistoryStore::stateNamesRoundTrip()
{
    for (const HistoryState state : {HistoryState::Active, HistoryState::Connected,
                                     HistoryState::Expired, HistoryState::Failed}) {
        QCOMPARE(historyStateFromName(historyStateName(state)), state);
        QVERIFY(!historyStateLabel(state).isEmpty());
    }
    QCOMPARE(historyStateFromName(QStringLiteral("CONNECTED")), HistoryState::Connected);
    QVERIFY(!historyStateFromName(QStringLiteral("bogus")));
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"

// The window's store opens on first use: nothing touches the file before, the first read
// creates it, and a write works as with an eagerly opened store.
void TestHistoryStore::opensOnFirstUseWhenAsked()
{
    HistoryStore::Options options;
    options.openOnFirstUse = true;
    HistoryStore store(path(), m_clock, options);
    QVERIFY(!store.isOpen());
    QVERIFY(!QFile::exists(path()));
    QCOMPARE(store.query().size(), 0);
    QVERIFY(store.isOpen());
    QVERIFY(QFile::exists(path()));
    QVERIFY(store.recordCreated(request(QStringLiteral("lazy@example.com"), QStringLiteral("slack")),
                                result(m_clock.now().addSecs(3600), hex32(7)), QStringLiteral("Acme"))
            > 0);
    QCOMPARE(store.query().size(), 1);
}

void TestHistoryStore::recoversOnFirstUseWhenAsked()
{
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    HistoryStore::Options options;
    options.openOnFirstUse = true;
    HistoryStore store(path(), m_clock, options);
    QSignalSpy recovered(&store, &HistoryStore::recovered);
    QVERIFY(store.recoveryMessage().isEmpty()); // not opened yet
    QCOMPARE(store.query().size(), 0);
    QCOMPARE(recovered.size(), 1);
    QVERIFY(store.recoveryMessage().contains(QLatin1String("damaged")));
    QVERIFY(store.isOpen());
}
