// The customers core without a network: parsing accounts, reading pasted links, every link
// verdict, the audit log on disk and the refresh pacing.
#include "api/knownsecrets.h"
#include "api/tokenresult.h"
#include "customers/auditlog.h"
#include "customers/customeraccount.h"
#include "customers/linkdiagnosis.h"
#include "customers/refreshpacer.h"
#include "history/historystore.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ConnectDesk;
using namespace Qt::StringLiterals;

namespace {

const QString token = QStringLiteral("ctok_0123456789abcdef0123456789abcdef");

QJsonObject accountJson(const QJsonObject &extra = {})
{
    QJsonObject o{
        {u"id"_s, u"apn_abc123"_s}, {u"name"_s, u"jane@example.com"_s}, {u"external_id"_s, u"jane"_s},
        {u"healthy"_s, true}, {u"dead"_s, false},
        {u"app"_s, QJsonObject{{u"name_slug"_s, u"slack"_s}, {u"name"_s, u"Slack"_s},
                               {u"img_src"_s, u"https:\x2f/example.com/slack.svg"_s}}},
        {u"created_at"_s, u"2026-12-01T10:00:00.000Z"_s}, {u"updated_at"_s, u"2026-12-02T11:00:00Z"_s},
        {u"last_refreshed_at"_s, u"2026-12-05T07:00:00Z"_s}, {u"next_refresh_at"_s, u"2026-12-05T08:00:00Z"_s},
        {u"expires_at"_s, u"2026-12-05T09:00:00Z"_s},
        {u"authorized_scopes"_s, QJsonArray{u"chat:write"_s, u"users:read"_s}},
        {u"error"_s, QJsonValue()}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

CustomerAccount account(AccountHealth health, const QString &app = QStringLiteral("slack"),
                        const QString &error = {})
{
    CustomerAccount a;
    a.id = QStringLiteral("apn_") + app;
    a.name = QStringLiteral("jane@example.com");
    a.externalUserId = QStringLiteral("jane");
    a.appSlug = app;
    a.appName = app == QLatin1String("slack") ? QStringLiteral("Slack") : app;
    a.health = health;
    a.error = error;
    a.createdAt = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
    return a;
}

TokenCheck checkOf(TokenCheck::State state, const QString &environment = QStringLiteral("production"))
{
    TokenCheck c;
    c.state = state;
    if (state == TokenCheck::State::Valid) {
        c.projectId = QStringLiteral("proj_abc");
        c.environment = environment;
        c.externalUserId = QStringLiteral("jane");
        c.expiresAt = QDateTime(QDate(2026, 12, 5), QTime(12, 0), Qt::UTC);
    } else {
        c.serverMessage = QStringLiteral("token %1").arg(TokenCheck().stateName());
    }
    return c;
}

HistoryEntry historyOf(bool sandbox = false)
{
    HistoryEntry e;
    e.id = 7;
    e.createdAt = QDateTime(QDate(2026, 12, 5), QTime(9, 0), Qt::UTC);
    e.expiresAt = e.createdAt.addSecs(4 * 3600);
    e.profileName = QStringLiteral("Acme support");
    e.projectId = QStringLiteral("proj_abc");
    e.environment = QStringLiteral("production");
    e.externalUserId = QStringLiteral("jane");
    e.appSlug = QStringLiteral("slack");
    e.appName = QStringLiteral("Slack");
    e.sandbox = sandbox;
    return e;
}

const QDateTime now(QDate(2026, 12, 5), QTime(10, 0), Qt::UTC);

} // namespace

class TestCustomerParsing final : public QObject
{
    Q_OBJECT

private slots:
    void accountHealth_data()
    {
        QTest::addColumn<QJsonObject>("extra");
        QTest::addColumn<AccountHealth>("health");
        QTest::addColumn<QString>("error");
        QTest::newRow("healthy") << QJsonObject{} << AccountHealth::Healthy << QString();
        QTest::newRow("unhealthy")
            << QJsonObject{{u"healthy"_s, false}, {u"error"_s, u"invalid_grant: Token has been expired or revoked."_s}}
            << AccountHealth::Unhealthy << QStringLiteral("invalid_grant: Token has been expired or revoked.");
        QTest::newRow("dead")
            << QJsonObject{{u"healthy"_s, false}, {u"dead"_s, true}, {u"error"_s, u"refresh token revoked"_s}}
            << AccountHealth::Dead << QStringLiteral("refresh token revoked");
        QTest::newRow("dead without healthy") << QJsonObject{{u"dead"_s, true}} << AccountHealth::Dead << QString();
        QTest::newRow("healthy missing") << QJsonObject{{u"healthy"_s, QJsonValue()}} << AccountHealth::Healthy << QString();
        QTest::newRow("error on several lines, masked")
            << QJsonObject{{u"healthy"_s, false}, {u"error"_s, QString(u"bad\nnews "_s + token)}}
            << AccountHealth::Unhealthy << QStringLiteral("bad news ctok_");
    }
    void accountHealth()
    {
        QFETCH(QJsonObject, extra);
        QFETCH(AccountHealth, health);
        QFETCH(QString, error);
        const auto parsed = CustomerAccount::fromJson(accountJson(extra));
        QVERIFY(parsed);
        QCOMPARE(parsed->health, health);
        QVERIFY2(parsed->error.startsWith(error), qPrintable(parsed->error));
        QVERIFY(!parsed->error.contains(QLatin1Char('\n')));
        QVERIFY(!parsed->error.contains(token));
        QCOMPARE(parsed->needsAttention(), health != AccountHealth::Healthy);
        QCOMPARE(parsed->toJson().value(u"health"_s).toString(), accountHealthName(health));
    }

    void accountFields()
    {
        const auto a = CustomerAccount::fromJson(accountJson());
        QVERIFY(a);
        QCOMPARE(a->id, QStringLiteral("apn_abc123"));
        QCOMPARE(a->appLabel(), QStringLiteral("Slack"));
        QCOMPARE(a->appSlug, QStringLiteral("slack"));
        QCOMPARE(a->externalUserId, QStringLiteral("jane"));
        QCOMPARE(a->createdAt, QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC));
        QCOMPARE(a->updatedAt, QDateTime(QDate(2026, 12, 2), QTime(11, 0), Qt::UTC));
        QCOMPARE(a->nextRefreshAt, QDateTime(QDate(2026, 12, 5), QTime(8, 0), Qt::UTC));
        QCOMPARE(a->expiresAt, QDateTime(QDate(2026, 12, 5), QTime(9, 0), Qt::UTC));
        QCOMPARE(a->authorizedScopes, (QStringList{u"chat:write"_s, u"users:read"_s}));
        const QJsonObject json = a->toJson();
        QCOMPARE(json.keys(), (QStringList{u"app"_s, u"app_name"_s, u"authorized_scopes"_s, u"created_at"_s,
                                           u"error"_s, u"expires_at"_s, u"external_user_id"_s, u"health"_s,
                                           u"id"_s, u"last_refreshed_at"_s, u"name"_s, u"next_refresh_at"_s,
                                           u"updated_at"_s}));
        QCOMPARE(json.value(u"created_at"_s).toString(), QStringLiteral("2026-12-01T10:00:00.000Z"));
        QVERIFY(json.value(u"error"_s).isNull());
        QVERIFY(!CustomerAccount::fromJson(QJsonObject{{u"name"_s, u"no id"_s}}));
        const auto user = ExternalUser::fromJson({{u"id"_s, u"exu_1"_s}, {u"external_id"_s, u"jane"_s}});
        QVERIFY(user);
        QCOMPARE(user->toJson().value(u"external_user_id"_s).toString(), QStringLiteral("jane"));
        QVERIFY(!ExternalUser::fromJson({{u"id"_s, u"exu_1"_s}}));
    }

    void pastedLink_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("app");
        QTest::addColumn<QString>("why"); // part of the message when not a link
        const QString link = u"https://pipedream.com/_static/connect.html?token="_s + token
                             + u"&connectLink=true&app=google_sheets"_s;
        QTest::newRow("link") << link << token << u"google_sheets"_s << QString();
        QTest::newRow("link in a sentence") << u"Hi, your link "_s + link + u" says expired."_s
                                            << token << u"google_sheets"_s << QString();
        QTest::newRow("token") << u"  "_s + token + u"\n"_s << token << QString() << QString();
        QTest::newRow("token in text") << u"token: "_s + token + u"."_s << token << QString() << QString();
        QTest::newRow("cut-off token") << u"ctok_12ab"_s << QString() << QString() << u"cut-off"_s;
        QTest::newRow("not a link") << u"hello there"_s << QString() << QString() << u"not a Connect Link"_s;
        QTest::newRow("other link") << u"https://example.com/?token=abc"_s << QString() << QString()
                                    << u"not a Connect Link"_s;
        QTest::newRow("empty") << u"   "_s << QString() << QString() << u"Paste a Connect Link"_s;
    }
    void pastedLink()
    {
        QFETCH(QString, text);
        QFETCH(QString, token);
        QFETCH(QString, app);
        QFETCH(QString, why);
        QString message;
        const auto parsed = PastedLink::parse(text, &message);
        QCOMPARE(parsed.has_value(), !token.isEmpty());
        if (parsed) {
            QCOMPARE(parsed->token, token);
            QCOMPARE(parsed->appSlug, app);
        } else {
            QVERIFY2(message.contains(why), qPrintable(message));
        }
    }

    void maskedToken()
    {
        const QString masked = PastedLink::maskedToken(token);
        QCOMPARE(masked, QStringLiteral("ctok_0123…cdef"));
        QVERIFY(!masked.contains(token));
    }

    void verdicts_data()
    {
        using V = LinkDiagnosis::Verdict;
        using S = TokenCheck::State;
        QTest::addColumn<TokenCheck>("check");
        QTest::addColumn<bool>("inHistory");
        QTest::addColumn<bool>("sandbox");
        QTest::addColumn<QList<CustomerAccount>>("accounts");
        QTest::addColumn<V>("verdict");
        QTest::addColumn<QString>("says");
        QTest::addColumn<bool>("newLink");
        const QList<CustomerAccount> healthy{account(AccountHealth::Healthy)};
        QTest::newRow("usable") << checkOf(S::Valid) << false << false << QList<CustomerAccount>()
                                << V::Usable << u"valid until 2026-12-05 12:00 UTC"_s << false;
        QTest::newRow("development") << checkOf(S::Valid, u"development"_s) << false << false
                                     << QList<CustomerAccount>() << V::DevelopmentLink
                                     << u"development link"_s << true;
        QTest::newRow("sandbox") << checkOf(S::Used) << true << true << healthy << V::SandboxLink
                                 << u"sandbox"_s << true;
        QTest::newRow("expired") << checkOf(S::Expired) << true << false << QList<CustomerAccount>()
                                 << V::Expired << u"expired"_s << true;
        QTest::newRow("used, connected") << checkOf(S::Used) << true << false << healthy
                                         << V::UsedConnected << u"connected and healthy"_s << false;
        QTest::newRow("used, unhealthy")
            << checkOf(S::Used) << true << false
            << QList<CustomerAccount>{account(AccountHealth::Unhealthy, u"slack"_s, u"invalid_grant"_s)}
            << V::UsedUnhealthy << u"\"invalid_grant\""_s << true;
        QTest::newRow("used, dead") << checkOf(S::Used) << true << false
                                    << QList<CustomerAccount>{account(AccountHealth::Dead, u"slack"_s, u"revoked"_s)}
                                    << V::UsedUnhealthy << u"\"revoked\""_s << true;
        QTest::newRow("used, other app only")
            << checkOf(S::Used) << true << false
            << QList<CustomerAccount>{account(AccountHealth::Healthy, u"github"_s)} << V::UsedNoAccount
            << u"no Slack account"_s << true;
        QTest::newRow("used, not made here") << checkOf(S::Used) << false << false
                                             << QList<CustomerAccount>() << V::UsedNoAccount
                                             << u"find them in Customers"_s << false;
        QTest::newRow("not found") << checkOf(S::NotFound) << false << false << QList<CustomerAccount>()
                                   << V::NotFound << u"does not know this token"_s << false;
        QTest::newRow("app not found") << checkOf(S::AppNotFound) << true << false
                                       << QList<CustomerAccount>() << V::AppNotFound << u"app"_s << true;
        QTest::newRow("check failed") << checkOf(S::Failed) << true << false << QList<CustomerAccount>()
                                      << V::CheckFailed << u"could not be checked"_s << false;
    }
    void verdicts()
    {
        QFETCH(TokenCheck, check);
        QFETCH(bool, inHistory);
        QFETCH(bool, sandbox);
        QFETCH(QList<CustomerAccount>, accounts);
        QFETCH(LinkDiagnosis::Verdict, verdict);
        QFETCH(QString, says);
        QFETCH(bool, newLink);
        PastedLink link;
        link.token = token;
        const auto history = inHistory ? std::optional(historyOf(sandbox)) : std::nullopt;
        const LinkDiagnosis d = LinkDiagnosis::diagnose(link, check, history, accounts, now);
        QCOMPARE(d.verdictName(), LinkDiagnosis::verdictName(verdict));
        QVERIFY2(d.sentence().contains(says, Qt::CaseInsensitive), qPrintable(d.sentence()));
        QCOMPARE(d.suggestsNewLink(), newLink);
        QCOMPARE(d.isUsable(), verdict == LinkDiagnosis::Verdict::Usable);
        // The ticket block: IDs and words, never the token itself.
        const QString ticket = d.ticketText();
        QVERIFY(!ticket.contains(token));
        QVERIFY(ticket.contains(QStringLiteral("Verdict: ") + d.verdictName()));
        QVERIFY(ticket.contains(PastedLink::maskedToken(token)));
        if (inHistory || check.state == TokenCheck::State::Valid)
            QVERIFY2(ticket.contains(QStringLiteral("External user ID: jane")), qPrintable(ticket));
        const QByteArray json = QJsonDocument(d.toJson()).toJson();
        QVERIFY(!json.contains(token.toUtf8()));
        QCOMPARE(d.toJson().value(u"usable"_s).toBool(), d.isUsable());
    }

    void auditLogIsAppendOnlyAndPrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/audit.jsonl"));
        const AuditLog log(path);
        AuditEntry first;
        first.profile = QStringLiteral("Acme");
        first.projectId = QStringLiteral("proj_abc");
        first.environment = QStringLiteral("production");
        first.action = AuditEntry::Action::DeleteAccount;
        first.target = QStringLiteral("apn_1");
        first.targetLabel = QStringLiteral("Slack: jane@example.com");
        first.origin = QStringLiteral("window");
        QString error;
        QVERIFY2(log.append(first, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther), QFile::Permissions());

        AuditEntry second = first;
        second.action = AuditEntry::Action::DeleteUser;
        second.target = QStringLiteral("jane");
        second.result = AuditEntry::Result::AlreadyGone;
        QVERIFY(log.append(second));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray after = file.readAll();
        file.close();
        QVERIFY(after.startsWith(before)); // nothing earlier changed
        QCOMPARE(after.count('\n'), 2);

        const QList<AuditEntry> entries = log.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).target, QStringLiteral("apn_1"));
        QCOMPARE(entries.at(1).result, AuditEntry::Result::AlreadyGone);
        QCOMPARE(entries.at(1).action, AuditEntry::Action::DeleteUser);
        QVERIFY(entries.at(0).time.isValid());
        QVERIFY(!entries.at(0).osUser.isEmpty());
    }

    void auditLogKeepsNoSecrets()
    {
        QTemporaryDir dir;
        const AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
        const QString secret = QStringLiteral("sk_live_audit_secret_0123456789");
        KnownSecrets::add(secret);
        AuditEntry entry;
        entry.target = QStringLiteral("apn_1");
        entry.result = AuditEntry::Result::Failed;
        entry.detail = QStringLiteral("server said %1 and %2").arg(secret, token);
        QVERIFY(log.append(entry));
        QFile file(log.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(secret.toUtf8()));
        QVERIFY(!bytes.contains(token.toUtf8()));
        QVERIFY(bytes.contains("server said"));
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        QVERIFY(AuditLog::exportCsv(log.entries(), &csv));
        QVERIFY(!csv.data().contains(secret.toUtf8()));
        KnownSecrets::clearForTesting();
    }

    void auditLogSkipsUnreadableLinesAndExportsCsv()
    {
        QTemporaryDir dir;
        const AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
        AuditEntry entry;
        entry.target = QStringLiteral("=cmd|' /C calc'!A0"); // a formula must stay text
        entry.profile = QStringLiteral("Acme, Inc.");
        QVERIFY(log.append(entry));
        {
            QFile file(log.path());
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Append));
            file.write("{not json\n");
        }
        QVERIFY(log.append(entry));
        int skipped = 0;
        const QList<AuditEntry> entries = log.entries(&skipped);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(skipped, 1);
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        QVERIFY(AuditLog::exportCsv(entries, &csv));
        const QList<QByteArray> lines = csv.data().split('\n');
        QVERIFY(lines.at(0).startsWith("time,os_user,profile,project_id,environment,action,target"));
        QVERIFY2(lines.at(1).contains(",'=cmd|"), lines.at(1).constData());
        QVERIFY(lines.at(1).contains("\"Acme, Inc.\""));
        QCOMPARE(csv.data().count("\r\n"), 3);
    }

    void auditLogSaysWhenItCannotWrite()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const AuditLog log(dir.filePath(QStringLiteral("file/audit.jsonl"))); // a file as folder
        QString error;
        QVERIFY(!log.append(AuditEntry(), &error));
        QVERIFY2(error.contains(QStringLiteral("audit log")), qPrintable(error));
    }

    void refreshPacing_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("remaining");
        QTest::addColumn<int>("resetInSeconds");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<int>("expectedMs");
        QTest::newRow("plenty left") << 2000 << 1500 << 200 << 0 << -1 << 30000;
        QTest::newRow("nothing said") << -1 << -1 << -1 << 0 << -1 << 30000;
        QTest::newRow("budget low: wait for the reset") << 2000 << 150 << 120 << 0 << -1 << 121000;
        QTest::newRow("budget low, reset far: capped") << 2000 << 10 << 3600 << 0 << -1 << 300000;
        QTest::newRow("429 with Retry-After") << -1 << -1 << -1 << 429 << 90 << 90000;
        QTest::newRow("429, short Retry-After: a minute") << -1 << -1 << -1 << 429 << 2 << 60000;
        QTest::newRow("500") << -1 << -1 << -1 << 500 << -1 << 60000;
    }
    void refreshPacing()
    {
        QFETCH(int, limit);
        QFETCH(int, remaining);
        QFETCH(int, resetInSeconds);
        QFETCH(int, status);
        QFETCH(int, retryAfter);
        QFETCH(int, expectedMs);
        RateLimitInfo rate;
        if (limit >= 0)
            rate.limit = limit;
        if (remaining >= 0)
            rate.remaining = remaining;
        if (resetInSeconds >= 0)
            rate.resetUnix = now.toSecsSinceEpoch() + resetInSeconds;
        ApiError error;
        if (status) {
            error.kind = ApiError::Kind::Http;
            error.httpStatus = status;
            if (retryAfter >= 0)
                error.retryAfterSeconds = retryAfter;
        }
        QCOMPARE(RefreshPacer::nextDelayMs(rate, error, now), expectedMs);
    }

    void recentCustomersComeFromHistory()
    {
        QTemporaryDir dir;
        HistoryStore history(dir.filePath(QStringLiteral("history.sqlite")));
        int made = 0;
        const auto record = [&](const QString &user, const QString &env, int minutesAgo) {
            TokenRequest request;
            request.projectId = QStringLiteral("proj_abc");
            request.environment = env;
            request.externalUserId = user;
            TokenResult result;
            result.token = QStringLiteral("ctok_%1").arg(QString::number(++made).rightJustified(32, u'0'));
            result.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600 - 60 * minutesAgo);
            result.connectLinkUrl = QUrl(QStringLiteral("https://pipedream.com/_static/connect.html?token=") + result.token);
            QVERIFY(history.recordCreated(request, result, QStringLiteral("Acme")) > 0);
        };
        record(QStringLiteral("alice"), QStringLiteral("production"), 0);
        record(QStringLiteral("bob"), QStringLiteral("production"), 0);
        record(QStringLiteral("alice"), QStringLiteral("production"), 0);
        record(QStringLiteral("carol"), QStringLiteral("development"), 0);
        const ProjectScope production{QStringLiteral("proj_abc"), QStringLiteral("production")};
        const QStringList recent = recentCustomers(history, production);
        QCOMPARE(recent, (QStringList{u"alice"_s, u"bob"_s}));
        QCOMPARE(recentCustomers(history, production, QStringLiteral("BO")), QStringList{u"bob"_s});
        QCOMPARE(recentCustomers(history, {QStringLiteral("proj_abc"), QStringLiteral("development")}),
                 QStringList{u"carol"_s});
        QCOMPARE(recentCustomers(history, production, {}, 1), QStringList{u"alice"_s});
    }
};

QTEST_GUILESS_MAIN(TestCustomerParsing)
#include "tst_customerparsing.moc"
