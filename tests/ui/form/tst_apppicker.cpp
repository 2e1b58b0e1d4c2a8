#include "api/accesstokenprovider.h"
#include "api/connectclient.h"
#include "api/tokenrequest.h"
#include "base/clock.h"
#include "connectsimulator.h"
#include "form/apppicker.h"
#include "simulatedapi.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ConnectDesk;
using namespace ConnectDesk::Ui;
using ConnectDesk::Sim::ConnectSimulator;
using ConnectDesk::Sim::Fault;
using ConnectDesk::Sim::FaultKind;
using ConnectDesk::Sim::SandboxCredentials;

// The app picker against the in-process simulator over loopback HTTP, with a real client.
class TestAppPicker final : public QObject
{
    Q_OBJECT

private:
    static inline const QString appsPath = QStringLiteral("/v1/connect/apps");

    struct Parts
    {
        QLineEdit *edit;
        QAbstractItemView *popup;
        QLabel *status;
        QLabel *searchStatus;
    };

    static Parts parts(AppPicker &picker)
    {
        Parts p{picker.findChild<QLineEdit *>(QStringLiteral("appEdit")), nullptr,
                picker.findChild<QLabel *>(QStringLiteral("appStatusLabel")),
                picker.findChild<QLabel *>(QStringLiteral("appSearchStatusLabel"))};
        Q_ASSERT(p.edit && p.status && p.searchStatus);
        p.popup = p.edit->completer()->popup();
        Q_ASSERT(p.popup && p.popup->objectName() == QLatin1String("appPopup"));
        return p;
    }

    static QStringList popupRows(const Parts &p)
    {
        QStringList rows;
        for (int row = 0; row < p.popup->model()->rowCount(); ++row)
            rows.append(p.popup->model()->index(row, 0).data().toString());
        return rows;
    }

    // A shown, active picker with the keyboard focus in its line.
    std::unique_ptr<AppPicker> makePicker(ConnectClient *client)
    {
        auto picker = std::make_unique<AppPicker>();
        picker->setDebounceInterval(20);
        picker->setClient(client);
        picker->show();
        picker->activateWindow();
        if (!QTest::qWaitForWindowActive(picker.get()))
            return nullptr;
        picker->setFocus(Qt::OtherFocusReason);
        return picker;
    }

    std::unique_ptr<Testing::SimulatedApi<>> m_api;

private slots:
    void init();
    void cleanup();
    void typingSearchesAfterDebounce();
    void cachedQueryIsNotAskedAgain();
    void keyboardSelectionSetsSlug();
    void escapeClosesPopupAndKeepsText();
    void newQueryCancelsRequestInFlight();
    void unknownSlugIsAWarning();
    void checkNowAsksWithoutWaitingForTheDebounce();
    void invalidSlugShowsError();
    void serverErrorIsShownQuietly();
    void withoutClientOnlyFreeTyping();
    void setAppSlugLooksUpTheName();
    void everyControlIsNamed();
};

void TestAppPicker::init()
{
    m_api = std::make_unique<Testing::SimulatedApi<>>();
    QVERIFY(m_api->listening);
}

void TestAppPicker::cleanup()
{
    m_api.reset();
}

void TestAppPicker::typingSearchesAfterDebounce()
{
    auto picker = makePicker(&m_api->client);
    QVERIFY(picker);
    const Parts p = parts(*picker);

    QTest::keyClicks(p.edit, QStringLiteral("sla"));
    QCOMPARE(m_api->sim.requestCount(appsPath), 0); // waiting for the typing to pause

    QTRY_VERIFY(p.popup->isVisible());
    QVERIFY2(popupRows(p).contains(QStringLiteral("Slack (slack)")),
             qPrintable(popupRows(p).join(u'|')));
    QCOMPARE(m_api->sim.requestCount(appsPath), 1); // one request for three key presses
    const auto requests = m_api->sim.receivedRequests();
    const auto search = std::find_if(requests.cbegin(), requests.cend(), [](const auto &r) {
        return r.path.contains(appsPath.toUtf8());
    });
    QVERIFY(search != requests.cend());
    QVERIFY2(search->query.contains("q=sla"), search->query.constData());
    QVERIFY(p.searchStatus->isHidden());
    // Review 30: the popup opens below the line under the field, not over it.
    if (p.status->isVisible() && !p.status->text().isEmpty()) {
        const int lineBottom = p.status->mapToGlobal(QPoint(0, p.status->height())).y();
        QVERIFY2(p.popup->mapToGlobal(QPoint(0, 0)).y() >= lineBottom,
                 qPrintable(QStringLiteral("popup at %1, status line ends at %2")
                                .arg(p.popup->mapToGlobal(QPoint(0, 0)).y())
                                .arg(lineBottom)));
    }
    QVERIFY2(p.popup->mapToGlobal(QPoint(0, 0)).y()
                 >= p.edit->mapToGlobal(QPoint(0, p.edit->height())).y(),
             "the popup covers the field");
}

void TestAppPicker::cachedQueryIsNotAskedAgain()
{
    auto picker = makePicker(&m_api->client);
    QVERIFY(picker);
    const Parts p = parts(*picker);

    QTest::keyClicks(p.edit, QStringLiteral("sla"));
    QTRY_VERIFY(p.popup->isVisible());
    QCOMPARE(m_api->sim.requestCount(appsPath), 1);

    QTest::keyClick(p.popup, Qt::Key_Escape);
    QTRY_VERIFY(!p.popup->isVisible());
    QTest::keyClick(p.edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(p.edit, Qt::Key_Backspace);
    QTest::keyClicks(p.edit, QStringLiteral("SLA")); // same query, other case

    // Answered from the cache at once: no debounce, no request.
    QVERIFY(p.popup->isVisible());
    QVERIFY(popupRows(p).contains(QStringLiteral("Slack (slack)")));
    QTest::qWait(0);
    QCOMPARE(m_api->sim.requestCount(appsPath), 1);

    // Another query does ask.
    QTest::keyClicks(p.edit, QStringLiteral("c"));
    QTRY_COMPARE(m_api->sim.requestCount(appsPath), 2);
}

void TestAppPicker::keyboardSelectionSetsSlug()
{
    auto picker = makePicker(&m_api->client);
    QVERIFY(picker);
    const Parts p = parts(*picker);
    QSignalSpy changed(picker.get(), &AppPicker::changed);

    QTest::keyClicks(p.edit, QStringLiteral("sla"));
    QTRY_VERIFY(p.popup->isVisible());
    const int rows = p.popup->model()->rowCount();
    for (int i = 0;
         i < rows && p.popup->currentIndex().data().toString() != QLatin1String("Slack (slack)");
         ++i)
        QTest::keyClick(p.popup, Qt::Key_Down);
    QCOMPARE(p.popup->currentIndex().data().toString(), QStringLiteral("Slack (slack)"));
    QTest::keyClick(p.popup, Qt::Key_Return);

    QTRY_VERIFY(!p.popup->isVisible());
    QCOMPARE(picker->appSlug(), QStringLiteral("slack"));
    QCOMPARE(picker->appName(), QStringLiteral("Slack"));
    QVERIFY2(p.status->text().contains(QLatin1String("Slack")), qPrintable(p.status->text()));
    QVERIFY(changed.count() >= 1);
    QVERIFY(TokenRequest::checkAppSlug(picker->appSlug()).isEmpty());
    // Walking the list and picking did not start more searches.
    QTest::qWait(0);
    QCOMPARE(m_api->sim.requestCount(appsPath), 1);
}

void TestAppPicker::escapeClosesPopupAndKeepsText()
{
    auto picker = makePicker(&m_api->client);
    QVERIFY(picker);
    const Parts p = parts(*picker);
    QTest::keyClicks(p.edit, QStringLiteral("goo"));
    QTRY_VERIFY(p.popup->isVisible());
    QTest::keyClick(p.popup, Qt::Key_Escape);
    QTRY_VERIFY(!p.popup->isVisible());
    QCOMPARE(picker->appSlug(), QStringLiteral("goo"));

    // Down arrow brings the results back without a new request.
    QTest::keyClick(p.edit, Qt::Key_Down);
    QVERIFY(p.popup->isVisible());
    QCOMPARE(m_api->sim.requestCount(appsPath), 1);
}

void TestAppPicker::newQueryCancelsRequestInFlight()
{
    auto picker = makePicker(&m_api->client);
    QVERIFY(picker);
    const Parts p = parts(*picker);
    QSignalSpy calls(&m_api->client, &ConnectClient::callFinished);

    Fault slow;
    slow.kind = FaultKind::SlowReply;
    slow.pathContains = appsPath;
    slow.delayMs = 3000;
    m_api->sim.injectFault(slow);

    QTest::keyClicks(p.edit, QStringLiteral("zz"));
    QTRY_COMPARE(m_api->sim.requestCount(appsPath), 1); // the slow one is on its way
    QTest::keyClick(p.edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(p.edit, QStringLiteral("sla"));

    QTRY_VERIFY(p.popup->isVisible());
    QVERIFY(popupRows(p).contains(QStringLiteral("Slack (slack)")));
    QCOMPARE(m_api->sim.requestCount(appsPath), 2);
    const QString canceled = ApiError::canceled().humanMessage();
    QTRY_VERIFY(std::any_of(calls.cbegin(), calls.cend(), [&](const QList<QVariant> &args) {
        const auto record = args.at(0).value<CallRecord>();
        return record.url.query().contains(QLatin1String("q=zz")) && record.error == canceled;
    }));
    QVERIFY(p.searchStatus->isHidden()); // a cancel is not an error to show
}

void TestAppPicker::unknownSlugIsAWarning()
{
    auto picker = makePicker(&m_api->client);
    QVERIFY(picker);
    const Parts p = parts(*picker);
    QSignalSpy changed(picker.get(), &AppPicker::changed);

    QTest::keyClicks(p.edit, QStringLiteral("my_internal_app"));
    QTRY_COMPARE(m_api->sim.requestCount(appsPath), 1);
    QTRY_COMPARE(picker->check(), AppPicker::Check::Unknown);
    QVERIFY(!p.popup->isVisible());
    QCOMPARE(picker->appSlug(), QStringLiteral("my_internal_app")); // kept as typed
    QVERIFY(picker->appName().isEmpty());
    // One warning, on the picker's own line; the search line stays quiet.
    QCOMPARE(p.status->text(), QStringLiteral("No app \"my_internal_app\" in Pipedream's apps."));
    QCOMPARE(picker->problem(), p.status->text());
    QVERIFY(p.searchStatus->isHidden());
    QVERIFY(changed.count() >= QStringLiteral("my_internal_app").size());

    // A partial name suggests the app it may mean.
    QTest::keyClick(p.edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(p.edit, QStringLiteral("sla"));
    QTRY_COMPARE(picker->check(), AppPicker::Check::Unknown);
    QVERIFY2(p.status->text().startsWith(QStringLiteral("No app \"sla\". Did you mean ")),
             qPrintable(p.status->text()));

    picker->setAppSlug(QStringLiteral("Google_Sheets"));
    QCOMPARE(picker->appSlug(), QStringLiteral("Google_Sheets")); // raw; TokenRequest normalises
    QTRY_COMPARE(picker->appName(), QStringLiteral("Google Sheets"));
    QCOMPARE(picker->check(), AppPicker::Check::Known);
}

void TestAppPicker::checkNowAsksWithoutWaitingForTheDebounce()
{
    auto picker = makePicker(&m_api->client);
    QVERIFY(picker);
    picker->setDebounceInterval(60000);
    const Parts p = parts(*picker);
    QTest::keyClicks(p.edit, QStringLiteral("slack"));
    QCOMPARE(picker->check(), AppPicker::Check::Pending);
    QSignalSpy checked(picker.get(), &AppPicker::checked);
    picker->checkNow();
    QVERIFY(checked.wait(5000));
    QCOMPARE(picker->check(), AppPicker::Check::Known);
    QVERIFY(!p.popup->isVisible()); // asked quietly
}

void TestAppPicker::invalidSlugShowsError()
{
    auto picker = makePicker(&m_api->client);
    QVERIFY(picker);
    const Parts p = parts(*picker);
    QTest::keyClicks(p.edit, QStringLiteral("not a slug!"));
    const QString expected = TokenRequest::checkAppSlug(QStringLiteral("not a slug!"));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(p.status->text(), expected);
    QVERIFY(!p.status->isHidden());
    QCOMPARE(picker->appSlug(), QStringLiteral("not a slug!")); // kept as typed
    QCOMPARE(picker->check(), AppPicker::Check::Invalid);
    // Said once: no search is made for it, so no "no app matches" line joins it.
    QCOMPARE(m_api->sim.requestCount(appsPath), 0);
    QVERIFY(p.searchStatus->isHidden());

    QTest::keyClick(p.edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(p.edit, QStringLiteral("slack"));
    QVERIFY(p.status->text() != expected);
}

void TestAppPicker::serverErrorIsShownQuietly()
{
    TransportOptions options = m_api->client.transportOptions();
    options.retry.maxRetries = 0;
    m_api->client.setTransportOptions(options);
    Fault failure;
    failure.kind = FaultKind::ServerError;
    failure.pathContains = appsPath;
    failure.count = 5;
    failure.message = QStringLiteral("search is down");
    m_api->sim.injectFault(failure);

    auto picker = makePicker(&m_api->client);
    QVERIFY(picker);
    const Parts p = parts(*picker);
    QTest::keyClicks(p.edit, QStringLiteral("sla"));

    QTRY_VERIFY(!p.searchStatus->isHidden());
    const QString text = p.searchStatus->text();
    QVERIFY2(text.startsWith(QLatin1String("App search unavailable: "))
                 && text.contains(QLatin1String("500"))
                 && text.contains(QLatin1String("search is down"))
                 && text.endsWith(QLatin1String("you can still type a slug.")),
             qPrintable(text));
    QVERIFY(!p.popup->isVisible());
    QCOMPARE(picker->appSlug(), QStringLiteral("sla"));
    QVERIFY(p.edit->isEnabled());
    // Said once (on the search line), and the slug is taken as typed since nobody can check it.
    QVERIFY(p.status->text().isEmpty());
    QCOMPARE(picker->check(), AppPicker::Check::Unverifiable);

    // Failures are not cached: once the server is back, the same query is asked again.
    m_api->sim.clearFaults();
    QTest::keyClick(p.edit, Qt::Key_Backspace);
    QTest::keyClicks(p.edit, QStringLiteral("a"));
    QTRY_VERIFY(p.popup->isVisible());
    QVERIFY(p.searchStatus->isHidden());
}

void TestAppPicker::withoutClientOnlyFreeTyping()
{
    auto picker = makePicker(nullptr);
    QVERIFY(picker);
    const Parts p = parts(*picker);
    QTest::keyClicks(p.edit, QStringLiteral("slack"));
    QCOMPARE(picker->appSlug(), QStringLiteral("slack"));
    QVERIFY(!p.popup->isVisible());
    QVERIFY(p.searchStatus->isHidden());
    QTest::qWait(0);
    QCOMPARE(m_api->sim.requestCount(appsPath), 0);

    // A client set later serves the next edits.
    picker->setClient(&m_api->client);
    QTRY_COMPARE(picker->appName(), QStringLiteral("Slack")); // the typed slug is looked up
    QTest::keyClick(p.edit, Qt::Key_Backspace);
    QTRY_VERIFY(p.popup->isVisible());
}

void TestAppPicker::setAppSlugLooksUpTheName()
{
    AppPicker picker;
    picker.setClient(&m_api->client);
    const Parts p = parts(picker);
    QSignalSpy changed(&picker, &AppPicker::changed);
    picker.setAppSlug(QStringLiteral("slack"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(picker.appSlug(), QStringLiteral("slack"));
    QTRY_COMPARE(picker.appName(), QStringLiteral("Slack"));
    QVERIFY(!p.popup->isVisible());
    QVERIFY(p.status->text().contains(QLatin1String("Slack")));

    // Known now: setting it again asks nothing.
    const int before = m_api->sim.requestCount(appsPath);
    picker.setAppSlug({});
    picker.setAppSlug(QStringLiteral("slack"));
    QTest::qWait(0);
    QCOMPARE(m_api->sim.requestCount(appsPath), before);
}

void TestAppPicker::everyControlIsNamed()
{
    AppPicker picker;
    QCOMPARE(picker.objectName(), QStringLiteral("appPicker"));
    const Parts p = parts(picker);
    for (QWidget *control : {static_cast<QWidget *>(p.edit), static_cast<QWidget *>(p.popup)}) {
        QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
        QVERIFY2(!control->accessibleDescription().isEmpty(), qPrintable(control->objectName()));
    }
    QCOMPARE(picker.debounceInterval(), AppPicker::defaultDebounceMs);
}

QTEST_MAIN(TestAppPicker)
#include "tst_apppicker.moc"
