#include "api/connectclient.h"
#include "form/appreadiness.h"
#include "form/oauthclientpicker.h"
#include "simulatedapi.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace ConnectDesk;
using namespace ConnectDesk::Ui;
using ConnectDesk::Sim::Fault;
using ConnectDesk::Sim::FaultKind;
using ConnectDesk::Sim::SandboxCredentials;

// What the form says about the chosen app before a link is made (AppReadiness) and which OAuth
// client the link uses (OAuthClientPicker), against the simulator over loopback HTTP.
class TestAppChoice final : public QObject
{
    Q_OBJECT

private:
    struct Fixture : Testing::SimulatedApi<>
    {
        Fixture() { QVERIFY(listening); }
    };

    static QStringList items(QComboBox *combo)
    {
        QStringList result;
        for (int i = 0; i < combo->count(); ++i)
            result.append(combo->itemText(i));
        return result;
    }

private slots:
    void appWithoutAuthenticationBlocksTheLink()
    {
        Fixture f;
        AppReadiness readiness;
        readiness.setDebounceInterval(0);
        readiness.setClient(&f.client);
        auto *text = readiness.findChild<QLabel *>(QStringLiteral("appReadinessText"));
        QVERIFY(text);

        QSignalSpy changed(&readiness, &AppReadiness::changed);
        readiness.setAppSlug(QStringLiteral(" HTTP "));
        QTRY_VERIFY(!readiness.blockingReason().isEmpty());
        QCOMPARE(changed.size(), 1);
        QVERIFY2(text->text().contains(QLatin1String("HTTP / Webhook")), qPrintable(text->text()));
        QVERIFY(text->text().contains(QLatin1String("no authentication")));
        QVERIFY(!readiness.isHidden());

        // Another app: the warning goes at once, before its answer arrives.
        readiness.setAppSlug(QStringLiteral("notion"));
        QVERIFY(readiness.blockingReason().isEmpty());
        QCOMPARE(changed.size(), 2);
        QTRY_COMPARE(f.sim.requestCount(QStringLiteral("/apps/notion")), 1);
        QTest::qWait(50);
        QVERIFY(readiness.isHidden()); // connectable, no scope profiles: nothing to say
    }

    void scopeProfilesAreShown()
    {
        Fixture f;
        AppReadiness readiness;
        readiness.setDebounceInterval(0);
        readiness.setClient(&f.client);
        auto *text = readiness.findChild<QLabel *>(QStringLiteral("appReadinessText"));
        readiness.setAppSlug(QStringLiteral("slack"));
        QTRY_VERIFY(!text->text().isEmpty());
        QVERIFY2(text->text().contains(QLatin1String("read_only (channels:read users:read)")),
                 qPrintable(text->text()));
        QVERIFY(text->text().contains(QLatin1String("admin")));
        QVERIFY(readiness.blockingReason().isEmpty());
    }

    void unknownAppOrFailureSaysNothing()
    {
        Fixture f;
        AppReadiness readiness;
        readiness.setDebounceInterval(0);
        readiness.setClient(&f.client);
        readiness.setAppSlug(QStringLiteral("no_such_app"));
        QTRY_COMPARE(f.sim.requestCount(QStringLiteral("/apps/no_such_app")), 1);
        QTest::qWait(50);
        QVERIFY(readiness.isHidden());
        QVERIFY(readiness.blockingReason().isEmpty());
    }

    void listsTheProjectsClientsForTheApp()
    {
        Fixture f;
        OAuthClientPicker picker;
        picker.setDebounceInterval(0);
        picker.setClient(&f.client);
        auto *combo = picker.findChild<QComboBox *>(QStringLiteral("oauthClientCombo"));
        QVERIFY(combo);
        QCOMPARE(items(combo), QStringList{QStringLiteral("Pipedream's default")});
        QVERIFY(!combo->isEnabled()); // no app yet
        QCOMPARE(picker.oauthAppId(), QString());

        picker.setContext(SandboxCredentials::projectId(), QStringLiteral("production"),
                          QStringLiteral("slack"));
        QTRY_COMPARE(combo->count(), 3);
        QVERIFY(combo->isEnabled());
        QCOMPARE(items(combo),
                 QStringList({QStringLiteral("Pipedream's default"),
                              QStringLiteral("Acme Support Slack app (oa_sbxSlack1)"),
                              QStringLiteral("Acme Slack (staging) (oa_sbxSlack2)")}));
        QVERIFY(f.sim.receivedRequests().constLast().query.contains("app=slack"));

        QSignalSpy changed(&picker, &OAuthClientPicker::changed);
        combo->setCurrentIndex(2);
        emit combo->activated(2);
        QCOMPARE(picker.oauthAppId(), QStringLiteral("oa_sbxSlack2"));
        QCOMPARE(changed.size(), 1);

        // Another app: that client cannot apply, back to the default.
        picker.setContext(SandboxCredentials::projectId(), QStringLiteral("production"),
                          QStringLiteral("gmail"));
        QCOMPARE(picker.oauthAppId(), QString());
        QTRY_COMPARE(f.sim.requestCount(QStringLiteral("/oauth_apps")), 2);
        QVERIFY(f.sim.receivedRequests().constLast().query.contains("app=gmail"));
        QTest::qWait(50);
        QCOMPARE(combo->count(), 1);
        QVERIFY(!combo->isEnabled());
    }

    void presetClientIsSelectedWhenListed()
    {
        Fixture f;
        OAuthClientPicker picker;
        picker.setDebounceInterval(0);
        picker.setClient(&f.client);
        picker.setContext(SandboxCredentials::projectId(), QStringLiteral("production"),
                          QStringLiteral("slack"));
        picker.setOAuthAppId(QStringLiteral("oa_sbxSlack2"));
        QCOMPARE(picker.oauthAppId(), QStringLiteral("oa_sbxSlack2")); // kept while loading
        QTRY_COMPARE(picker.findChild<QComboBox *>()->count(), 3);
        QCOMPARE(picker.oauthAppId(), QStringLiteral("oa_sbxSlack2"));

        // A client the project does not have: said, and the default is used.
        auto *status = picker.findChild<QLabel *>(QStringLiteral("oauthClientStatus"));
        picker.setContext(SandboxCredentials::projectId(), QStringLiteral("development"),
                          QStringLiteral("slack"));
        picker.setOAuthAppId(QStringLiteral("oa_gone"));
        QTRY_VERIFY(!status->isHidden());
        QVERIFY(status->text().contains(QLatin1String("oa_gone")));
        QCOMPARE(picker.oauthAppId(), QString());
    }

    void failedFetchKeepsTheDefaultAndSaysWhy()
    {
        Fixture f;
        Fault fault;
        fault.kind = FaultKind::HttpStatus;
        fault.status = 403;
        fault.message = QStringLiteral("missing scope connect:projects:read");
        fault.pathContains = QStringLiteral("/oauth_apps");
        fault.count = -1;
        f.sim.injectFault(fault);
        OAuthClientPicker picker;
        picker.setDebounceInterval(0);
        picker.setClient(&f.client);
        picker.setContext(SandboxCredentials::projectId(), QStringLiteral("production"),
                          QStringLiteral("slack"));
        auto *status = picker.findChild<QLabel *>(QStringLiteral("oauthClientStatus"));
        QTRY_VERIFY(!status->isHidden());
        QVERIFY2(status->text().contains(QLatin1String("missing scope")), qPrintable(status->text()));
        QCOMPARE(picker.oauthAppId(), QString());
    }
};

QTEST_MAIN(TestAppChoice)
#include "tst_appchoice.moc"
