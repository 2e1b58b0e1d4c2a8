// The customers core over real loopback HTTP against the simulator: search and paging, a
// customer's accounts, deletions and their audit log, link checks, faults while paging, and
// external user IDs that need encoding.
#include "api/connectclient.h"
#include "connectsimulator.h"
#include "customers/customerdeletion.h"
#include "customers/customerlists.h"
#include "customers/linkchecker.h"
#include "fakeclock.h"
#include "history/historystore.h"
#include "simulatedapi.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(ConnectDesk::DeletionRequest)
Q_DECLARE_METATYPE(ConnectDesk::DeletionOutcome)
Q_DECLARE_METATYPE(ConnectDesk::LinkDiagnosis)

using namespace ConnectDesk;
using namespace Qt::StringLiterals;
using namespace ConnectDesk::Sim;

class TestCustomers final : public QObject
{
    Q_OBJECT

private:
    struct Fixture : Testing::SimulatedApi<Testing::FakeClock>
    {
        Fixture()
        {
            QVERIFY(listening);
            useFastRetries(10000, 0); // the lists see the 429s and 5xx answers themselves
        }

        std::optional<TokenResult> createToken(const QString &user,
                                               const QString &environment = QStringLiteral("production"),
                                               const QString &app = QStringLiteral("slack"))
        {
            TokenRequest request;
            request.projectId = SandboxCredentials::projectId();
            request.environment = environment;
            request.externalUserId = user;
            request.appSlug = app;
            std::unique_ptr<ApiReply> reply(client.createToken(request));
            QSignalSpy finished(reply.get(), &ApiReply::finished);
            if (!finished.wait(10000) || !reply->isOk())
                return std::nullopt;
            return reply->tokenResult();
        }

        bool connectAccount(const QString &user, const QString &app)
        {
            const auto token = createToken(user, QStringLiteral("production"), app);
            return token && sim.openConnectLink(token->token, app);
        }
    };

    static ProjectScope production()
    {
        return {SandboxCredentials::projectId(), QStringLiteral("production")};
    }

    static bool waitLoaded(PagedLoader &loader)
    {
        QSignalSpy done(&loader, &PagedLoader::loadingChanged);
        while (loader.isLoading()) {
            if (!done.wait(10000))
                return false;
        }
        return true;
    }

    static QStringList idsOf(const UserSearch &search)
    {
        QStringList ids;
        for (const ExternalUser &user : search.users())
            ids.append(user.externalId);
        return ids;
    }

    static std::pair<DeletionRequest, DeletionOutcome> runDeletion(CustomerDeletion &deletion,
                                                                   const DeletionRequest &request)
    {
        QSignalSpy finished(&deletion, &CustomerDeletion::finished);
        if (!deletion.start(request) || !finished.wait(10000))
            return {};
        return {finished.at(0).at(0).value<DeletionRequest>(),
                finished.at(0).at(1).value<DeletionOutcome>()};
    }

    static DeletionRequest deletionOf(AuditEntry::Action action, const QString &target)
    {
        DeletionRequest request;
        request.action = action;
        request.profileName = QStringLiteral("Sandbox");
        request.scope = production();
        request.target = target;
        request.origin = QStringLiteral("test");
        return request;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<DeletionRequest>();
        qRegisterMetaType<DeletionOutcome>();
        qRegisterMetaType<LinkDiagnosis>();
    }

    void searchPagesThroughMatchingUsers()
    {
        Fixture f;
        for (int i = 1; i <= 7; ++i)
            QVERIFY(f.createToken(QStringLiteral("acme-%1").arg(i)));
        QVERIFY(f.createToken(QStringLiteral("globex-1")));

        UserSearch search;
        QVERIFY(search.search(&f.client, production(), QStringLiteral("ACME"), 3));
        QVERIFY(waitLoaded(search));
        QVERIFY2(!search.hasFailed(), qPrintable(search.lastError().humanMessage()));
        QCOMPARE(search.count(), 3);
        QVERIFY(search.hasMore());
        QVERIFY(search.loadMore());
        QVERIFY(waitLoaded(search));
        QCOMPARE(search.count(), 6);
        QVERIFY(search.loadMore());
        QVERIFY(waitLoaded(search));
        QCOMPARE(search.count(), 7);
        QVERIFY(!search.hasMore());
        QVERIFY(!search.loadMore());
        QStringList ids = idsOf(search);
        ids.sort();
        QCOMPARE(ids.first(), QStringLiteral("acme-1"));
        QVERIFY(!ids.contains(QStringLiteral("globex-1")));
        QCOMPARE(ids.removeDuplicates(), 0); // no page repeated
        // Each page was its own call; nothing asked for everything at once.
        QCOMPARE(f.sim.requestCount(QStringLiteral("/users")), 3);
    }

    void searchChecksTheQueryBeforeSending()
    {
        Fixture f;
        UserSearch search;
        QVERIFY(!search.search(&f.client, production(), QString(300, QLatin1Char('x'))));
        QVERIFY(!UserSearch::checkQuery(QString(300, QLatin1Char('x'))).isEmpty());
        QVERIFY(UserSearch::checkQuery(QString()).isEmpty());
        QCOMPARE(f.sim.requestCount(QStringLiteral("/users")), 0);
    }

    void failedPageKeepsWhatWasLoadedAndRetries_data()
    {
        QTest::addColumn<FaultKind>("kind");
        QTest::newRow("429") << FaultKind::RateLimited;
        QTest::newRow("503") << FaultKind::ServerError;
    }
    void failedPageKeepsWhatWasLoadedAndRetries()
    {
        QFETCH(FaultKind, kind);
        Fixture f;
        for (int i = 1; i <= 5; ++i)
            QVERIFY(f.createToken(QStringLiteral("user-%1").arg(i)));
        UserSearch search;
        QVERIFY(search.search(&f.client, production(), QString(), 2));
        QVERIFY(waitLoaded(search));
        QCOMPARE(search.count(), 2);

        f.sim.injectFault(Fault::on(QStringLiteral("/users"), kind));
        QSignalSpy failed(&search, &PagedLoader::failed);
        QVERIFY(search.loadMore());
        QVERIFY(waitLoaded(search));
        QCOMPARE(failed.size(), 1);
        QVERIFY(search.hasFailed());
        QCOMPARE(search.count(), 2); // kept
        QVERIFY(search.hasMore());

        QVERIFY(search.loadMore()); // the same page again
        QVERIFY(waitLoaded(search));
        QVERIFY(!search.hasFailed());
        QCOMPARE(search.count(), 4);
        QCOMPARE(idsOf(search).removeDuplicates(), 0);
    }

    void accountsOfACustomer()
    {
        Fixture f;
        QVERIFY(f.connectAccount(QStringLiteral("jane"), QStringLiteral("slack")));
        QVERIFY(f.connectAccount(QStringLiteral("jane"), QStringLiteral("github")));
        QVERIFY(f.connectAccount(QStringLiteral("joe"), QStringLiteral("slack")));
        AccountList accounts;
        QVERIFY(accounts.load(&f.client, production(), QStringLiteral("jane")));
        QVERIFY(waitLoaded(accounts));
        QVERIFY2(!accounts.hasFailed(), qPrintable(accounts.lastError().humanMessage()));
        QCOMPARE(accounts.count(), 2);
        QStringList apps;
        for (const CustomerAccount &account : accounts.accounts()) {
            QCOMPARE(account.externalUserId, QStringLiteral("jane"));
            QCOMPARE(account.health, AccountHealth::Healthy);
            QVERIFY(account.id.startsWith(QLatin1String("apn_")));
            QVERIFY(account.createdAt.isValid());
            apps.append(account.appSlug);
        }
        apps.sort();
        QCOMPARE(apps, (QStringList{u"github"_s, u"slack"_s}));
        QCOMPARE(accounts.needingAttention(), 0);

        // A refresh keeps the shown accounts until the answer, and a failed one keeps them.
        f.sim.injectFault(Fault::on(QStringLiteral("/accounts"), FaultKind::ServerError));
        QVERIFY(accounts.refresh());
        QCOMPARE(accounts.count(), 2);
        QVERIFY(waitLoaded(accounts));
        QVERIFY(accounts.hasFailed());
        QCOMPARE(accounts.count(), 2);
        QVERIFY(accounts.refresh());
        QVERIFY(waitLoaded(accounts));
        QVERIFY(!accounts.hasFailed());
        QCOMPARE(accounts.count(), 2);
    }

    void idsAreEncodedExactlyOnce_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("slash") << QStringLiteral("team/jane");
        QTest::newRow("question mark") << QStringLiteral("who?me");
        QTest::newRow("hash") << QStringLiteral("jane#2");
        QTest::newRow("space") << QStringLiteral("jane doe");
        QTest::newRow("ampersand and equals") << QStringLiteral("a&b=c");
        QTest::newRow("plus") << QStringLiteral("jane+tag@example.com");
        QTest::newRow("percent") << QStringLiteral("100%25real");
        QTest::newRow("umlaut") << QStringLiteral("müller-gmbh");
        QTest::newRow("japanese") << QStringLiteral("顧客-山田");
    }
    void idsAreEncodedExactlyOnce()
    {
        QFETCH(QString, id);
        Fixture f;
        QVERIFY(f.connectAccount(id, QStringLiteral("slack")));
        QVERIFY(f.createToken(id + QStringLiteral("x"))); // a near miss must not match

        AccountList accounts;
        QVERIFY(accounts.load(&f.client, production(), id));
        QVERIFY(waitLoaded(accounts));
        QVERIFY2(!accounts.hasFailed(), qPrintable(accounts.lastError().humanMessage()));
        QCOMPARE(accounts.count(), 1);
        QCOMPARE(accounts.accounts().first().externalUserId, id);

        UserSearch search;
        QVERIFY(search.search(&f.client, production(), id));
        QVERIFY(waitLoaded(search));
        QVERIFY(idsOf(search).contains(id));

        QTemporaryDir dir;
        CustomerDeletion logged(&f.client, AuditLog(dir.filePath(QStringLiteral("audit.jsonl"))));
        const auto [request, outcome] = runDeletion(logged, deletionOf(AuditEntry::Action::DeleteUser, id));
        QVERIFY2(outcome.result == AuditEntry::Result::Done, qPrintable(outcome.message(request)));
        // Only the near miss is left.
        UserSearch left;
        QVERIFY(left.search(&f.client, production(), QString()));
        QVERIFY(waitLoaded(left));
        QCOMPARE(idsOf(left), QStringList{id + QStringLiteral("x")});
    }

    void deletingAnAccountTwiceSaysItIsAlreadyGone()
    {
        Fixture f;
        QVERIFY(f.connectAccount(QStringLiteral("jane"), QStringLiteral("slack")));
        AccountList accounts;
        QVERIFY(accounts.load(&f.client, production(), QStringLiteral("jane")));
        QVERIFY(waitLoaded(accounts));
        QCOMPARE(accounts.count(), 1);
        const QString id = accounts.accounts().first().id;

        QTemporaryDir dir;
        CustomerDeletion deletion(&f.client, AuditLog(dir.filePath(QStringLiteral("audit.jsonl"))));
        DeletionRequest request = deletionOf(AuditEntry::Action::DeleteAccount, id);
        request.targetLabel = QStringLiteral("Slack: jane@example.com");
        const auto first = runDeletion(deletion, request).second;
        QCOMPARE(first.result, AuditEntry::Result::Done);
        QVERIFY(first.removed());
        const auto second = runDeletion(deletion, request).second;
        QCOMPARE(second.result, AuditEntry::Result::AlreadyGone);
        QVERIFY(second.removed());
        QVERIFY2(second.message(request).contains(QStringLiteral("already gone")),
                 qPrintable(second.message(request)));

        const QList<AuditEntry> entries = deletion.auditLog().entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).result, AuditEntry::Result::Done);
        QCOMPARE(entries.at(1).result, AuditEntry::Result::AlreadyGone);
        QCOMPARE(entries.at(0).target, id);
        QCOMPARE(entries.at(0).projectId, SandboxCredentials::projectId());
        QCOMPARE(entries.at(0).environment, QStringLiteral("production"));
        QCOMPARE(entries.at(0).profile, QStringLiteral("Sandbox"));
        // No secret reached the file: not the client secret, not an access token.
        QFile file(deletion.auditLog().path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(SandboxCredentials::clientSecret().toUtf8()));
        QVERIFY(!bytes.contains("Bearer"));
        QVERIFY(!bytes.contains("ctok_"));

        QVERIFY(accounts.refresh());
        QVERIFY(waitLoaded(accounts));
        QCOMPARE(accounts.count(), 0);
    }

    void deletingAUserTakesTheirAccounts()
    {
        Fixture f;
        QVERIFY(f.connectAccount(QStringLiteral("jane"), QStringLiteral("slack")));
        QVERIFY(f.connectAccount(QStringLiteral("jane"), QStringLiteral("github")));
        QTemporaryDir dir;
        CustomerDeletion deletion(&f.client, AuditLog(dir.filePath(QStringLiteral("audit.jsonl"))));
        const DeletionRequest request = deletionOf(AuditEntry::Action::DeleteUser, QStringLiteral("jane"));
        QCOMPARE(runDeletion(deletion, request).second.result, AuditEntry::Result::Done);
        AccountList accounts;
        QVERIFY(accounts.load(&f.client, production(), QStringLiteral("jane")));
        QVERIFY(waitLoaded(accounts));
        QCOMPARE(accounts.count(), 0);
        QCOMPARE(runDeletion(deletion, request).second.result, AuditEntry::Result::AlreadyGone);
    }

    void aProfileWithoutDeletesSendsNothing()
    {
        Fixture f;
        QTemporaryDir dir;
        CustomerDeletion deletion(&f.client, AuditLog(dir.filePath(QStringLiteral("audit.jsonl"))));
        DeletionRequest request = deletionOf(AuditEntry::Action::DeleteUser, QStringLiteral("jane"));
        request.allowDeletes = false;
        QVERIFY(!CustomerDeletion::refusal(request).isEmpty());
        QVERIFY(!deletion.start(request));
        QTest::qWait(50);
        QCOMPARE(f.sim.requestCount(QStringLiteral("/users")), 0);
        QVERIFY(deletion.auditLog().entries().isEmpty());
    }

    void aFailedDeletionIsLoggedAsFailed()
    {
        Fixture f;
        QVERIFY(f.connectAccount(QStringLiteral("jane"), QStringLiteral("slack")));
        f.sim.injectFault(Fault::on(QStringLiteral("/users/"), FaultKind::ServerError));
        QTemporaryDir dir;
        CustomerDeletion deletion(&f.client, AuditLog(dir.filePath(QStringLiteral("audit.jsonl"))));
        const auto [request, outcome]
            = runDeletion(deletion, deletionOf(AuditEntry::Action::DeleteUser, QStringLiteral("jane")));
        QCOMPARE(outcome.result, AuditEntry::Result::Failed);
        QVERIFY(!outcome.removed());
        QVERIFY(outcome.message(request).contains(QStringLiteral("not deleted")));
        const QList<AuditEntry> entries = deletion.auditLog().entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().result, AuditEntry::Result::Failed);
        QVERIFY(!entries.first().detail.isEmpty());
    }

    void confirmationRules()
    {
        QVERIFY(DeletionConfirmation::needsTypedId(QStringLiteral("production")));
        QVERIFY(!DeletionConfirmation::needsTypedId(QStringLiteral("development")));
        QVERIFY(DeletionConfirmation::accepts(QStringLiteral(" jane "), QStringLiteral("jane")));
        QVERIFY(!DeletionConfirmation::accepts(QStringLiteral("Jane"), QStringLiteral("jane")));
        QVERIFY(!DeletionConfirmation::accepts(QString(), QString()));
    }

    void linkChecks()
    {
        Fixture f;
        QTemporaryDir dir;
        HistoryStore history(dir.filePath(QStringLiteral("history.sqlite")), f.clock);
        LinkChecker checker(&f.client, &history, f.clock);
        const auto check = [&](const QString &text) {
            QSignalSpy finished(&checker, &LinkChecker::finished);
            const auto link = PastedLink::parse(text);
            if (!link)
                return LinkDiagnosis();
            checker.check(*link);
            if (!finished.wait(10000))
                return LinkDiagnosis();
            return finished.at(0).at(0).value<LinkDiagnosis>();
        };
        const auto made = [&](const QString &user, const QString &environment) {
            auto token = f.createToken(user, environment);
            TokenRequest request;
            request.projectId = SandboxCredentials::projectId();
            request.environment = environment;
            request.externalUserId = user;
            request.appSlug = QStringLiteral("slack");
            history.recordCreated(request, *token, QStringLiteral("Sandbox"));
            return token->connectLink(QStringLiteral("slack")).toString();
        };

        const QString usable = made(QStringLiteral("jane"), QStringLiteral("production"));
        LinkDiagnosis d = check(usable);
        QCOMPARE(d.verdict, LinkDiagnosis::Verdict::Usable);
        QCOMPARE(d.externalUserId, QStringLiteral("jane"));

        QCOMPARE(check(made(QStringLiteral("dev-user"), QStringLiteral("development"))).verdict,
                 LinkDiagnosis::Verdict::DevelopmentLink);

        // Used, and it worked: the account is there.
        QVERIFY(f.sim.openConnectLink(PastedLink::parse(usable)->token, QStringLiteral("slack")));
        d = check(usable);
        QCOMPARE(d.verdict, LinkDiagnosis::Verdict::UsedConnected);
        QVERIFY(d.account);
        QCOMPARE(d.account->appSlug, QStringLiteral("slack"));
        QCOMPARE(d.accounts.size(), 1);

        // Used, and the account broke since: the server's words are quoted.
        QVERIFY(f.sim.setAccountHealth(d.account->id, SimAccountHealth::Unhealthy,
                                       QStringLiteral("invalid_grant: Token has been expired or revoked.")));
        d = check(usable);
        QCOMPARE(d.verdict, LinkDiagnosis::Verdict::UsedUnhealthy);
        QVERIFY2(d.sentence().contains(QStringLiteral("\"invalid_grant: Token has been expired or revoked.\"")),
                 qPrintable(d.sentence()));
        QVERIFY(d.suggestsNewLink());
        QVERIFY(f.sim.setAccountHealth(d.account->id, SimAccountHealth::Dead, QStringLiteral("revoked")));
        d = check(usable);
        QCOMPARE(d.verdict, LinkDiagnosis::Verdict::UsedUnhealthy);
        QCOMPARE(d.account->health, AccountHealth::Dead);
        QVERIFY2(d.sentence().contains(QStringLiteral("is dead")), qPrintable(d.sentence()));

        // Used, but the account was deleted since.
        CustomerDeletion deletion(&f.client, AuditLog(dir.filePath(QStringLiteral("audit.jsonl"))));
        QCOMPARE(runDeletion(deletion, deletionOf(AuditEntry::Action::DeleteAccount, d.account->id))
                     .second.result,
                 AuditEntry::Result::Done);
        QCOMPARE(check(usable).verdict, LinkDiagnosis::Verdict::UsedNoAccount);

        // Expired: the clock moves past the link's life.
        const QString expiring = made(QStringLiteral("late"), QStringLiteral("production"));
        f.clock.advance(5 * 3600);
        d = check(expiring);
        QCOMPARE(d.verdict, LinkDiagnosis::Verdict::Expired);
        QVERIFY(d.suggestsNewLink());
        QCOMPARE(d.externalUserId, QStringLiteral("late")); // from history

        QCOMPARE(check(QStringLiteral("ctok_00000000000000000000000000000000")).verdict,
                 LinkDiagnosis::Verdict::NotFound);

        // The check itself fails: the server is gone.
        f.useFastRetries(2000, 0);
        f.provider.setCredentials({QUrl(QStringLiteral("http://127.0.0.1:1")),
                                   SandboxCredentials::clientId(), SandboxCredentials::clientSecret(), {}});
        QCOMPARE(check(QStringLiteral("ctok_00000000000000000000000000000001")).verdict,
                 LinkDiagnosis::Verdict::CheckFailed);
    }
};

QTEST_GUILESS_MAIN(TestCustomers)
#include "tst_customers.moc"
