#include "api/connectclient.h"
#include "connectsimulator.h"
#include "fakeclock.h"
#include "history/connectionwatcher.h"
#include "main/notifier.h"
#include "result/connectionstatuswidget.h"
#include "simulatedapi.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace ConnectDesk;
using namespace ConnectDesk::Ui;
using namespace ConnectDesk::Sim;
using ConnectDesk::Testing::FakeClock;

namespace {

class CapturingNotifier final : public Notifier
{
public:
    void notify(const QString &title, const QString &message) override
    {
        notifications.append({title, message});
    }
    QList<QPair<QString, QString>> notifications;
};

} // namespace

// The status line against a real watcher polling the simulator over loopback.
class TestConnectionStatusWidget final : public QObject
{
    Q_OBJECT

private:
    struct Fixture : Testing::SimulatedApi<Testing::FakeClock>
    {
        ConnectionWatcher watcher{&client, clock};
        TokenResult token;
        TokenRequest request;

        Fixture()
        {
            QVERIFY(listening);
            WatchIntervals intervals;
            intervals.initialMs = 5;
            intervals.maxMs = 20;
            watcher.setIntervals(intervals);
            request.projectId = SandboxCredentials::projectId();
            request.externalUserId = QStringLiteral("jane@example.com");
            request.appSlug = QStringLiteral("slack");
            request.expiresIn = QStringLiteral("600");
            std::unique_ptr<ApiReply> reply(client.createToken(request));
            QSignalSpy finished(reply.get(), &ApiReply::finished);
            QVERIFY(finished.wait(10000));
            QVERIFY(reply->tokenResult());
            token = *reply->tokenResult();
        }
        void start() { watcher.start(WatchTarget::from(request, token, clock.now())); }
    };

private slots:
    void texts();
    void waitingThenConnectedNotifiesWhenAway();
    void noNotificationWhileInFront();
    void expiredWithoutConnection();
    void stopButtonStopsWatching();
    void permanentFailureIsExplained();
};

void TestConnectionStatusWidget::texts()
{
    const QLocale c(QLocale::English, QLocale::UnitedKingdom); // 24-hour clock
    QCOMPARE(ConnectionStatusWidget::waitingText({}, c),
             QStringLiteral("Waiting for the customer to connect…"));
    const QDateTime checked = QDateTime(QDate(2026, 11, 28), QTime(14, 2, 10)); // local time
    QCOMPARE(ConnectionStatusWidget::waitingText(checked.toUTC(), c),
             QStringLiteral("Waiting for the customer to connect… (checked 14:02:10)"));
    ConnectedAccount account;
    account.name = QStringLiteral("jane@example.com");
    account.appName = QStringLiteral("Slack");
    account.createdAt = QDateTime(QDate(2026, 11, 28), QTime(14, 2, 40)).toUTC();
    QCOMPARE(ConnectionStatusWidget::connectedText(account, c),
             QStringLiteral("Connected: Slack (jane@example.com) at 14:02"));
    // Review 20: the sandbox names the account "jane@example.com (Slack)"; no nesting.
    account.name = QStringLiteral("jane@example.com (Slack)");
    QCOMPARE(ConnectionStatusWidget::connectedText(account, c),
             QStringLiteral("Connected: Slack (jane@example.com) at 14:02"));
    QCOMPARE(ConnectionStatusWidget::expiredText(), QStringLiteral("Expired without a connection"));
}

void TestConnectionStatusWidget::waitingThenConnectedNotifiesWhenAway()
{
    Fixture f;
    ConnectionStatusWidget widget;
    CapturingNotifier notifier;
    widget.setNotifier(&notifier);
    widget.setWindowActiveCheck([] { return false; });
    QCOMPARE(widget.status(), ConnectionStatusWidget::Status::None);
    QVERIFY(widget.isHidden());

    f.start();
    widget.watch(&f.watcher);
    widget.show();
    QCOMPARE(widget.status(), ConnectionStatusWidget::Status::Waiting);
    QCOMPARE(widget.text(), QStringLiteral("Waiting for the customer to connect…"));
    QTRY_VERIFY(widget.text().contains(QLatin1String("(checked ")));
    QVERIFY(widget.findChild<QPushButton *>(QStringLiteral("connectionStatusStop"))->isVisible());

    f.clock.advance(30);
    QVERIFY(f.sim.openConnectLink(f.token.token, QStringLiteral("slack")));
    QTRY_COMPARE(widget.status(), ConnectionStatusWidget::Status::Connected);
    // The simulator names the account "jane@example.com (Slack)": shown once, not nested.
    QVERIFY2(widget.text().startsWith(QLatin1String("Connected: Slack (jane@example.com) at ")),
             qPrintable(widget.text()));
    QVERIFY2(notifier.notifications.at(0).second.endsWith(
                 QLatin1String("connected Slack (jane@example.com).")),
             qPrintable(notifier.notifications.at(0).second));
    QVERIFY(widget.text().contains(QLatin1String(" at ")));
    QCOMPARE(notifier.notifications.size(), 1);
    QVERIFY(notifier.notifications.at(0).first.contains(QLatin1String("Slack")));
    QVERIFY(notifier.notifications.at(0).second.contains(QLatin1String("jane@example.com")));
    QVERIFY(!widget.findChild<QPushButton *>(QStringLiteral("connectionStatusStop"))->isVisible());
    const auto *text = widget.findChild<QLabel *>(QStringLiteral("connectionStatusText"));
    QCOMPARE(text->accessibleName(), widget.text());
}

void TestConnectionStatusWidget::noNotificationWhileInFront()
{
    Fixture f;
    ConnectionStatusWidget widget;
    CapturingNotifier notifier;
    widget.setNotifier(&notifier);
    widget.setWindowActiveCheck([] { return true; });
    f.start();
    widget.watch(&f.watcher);
    QVERIFY(f.sim.openConnectLink(f.token.token, QStringLiteral("slack")));
    QTRY_COMPARE(widget.status(), ConnectionStatusWidget::Status::Connected);
    QCOMPARE(notifier.notifications.size(), 0);
}

void TestConnectionStatusWidget::expiredWithoutConnection()
{
    Fixture f;
    ConnectionStatusWidget widget;
    CapturingNotifier notifier;
    widget.setNotifier(&notifier);
    widget.setWindowActiveCheck([] { return false; });
    f.start();
    widget.watch(&f.watcher);
    QTRY_VERIFY(f.watcher.checkCount() >= 1);
    f.clock.advance(600);
    QTRY_COMPARE(widget.status(), ConnectionStatusWidget::Status::Expired);
    QCOMPARE(widget.text(), QStringLiteral("Expired without a connection"));
    QCOMPARE(notifier.notifications.size(), 1);

    // A new widget watching the finished watcher shows the outcome at once.
    ConnectionStatusWidget later;
    later.watch(&f.watcher);
    QCOMPARE(later.status(), ConnectionStatusWidget::Status::Expired);
    later.clear();
    QCOMPARE(later.status(), ConnectionStatusWidget::Status::None);
}

void TestConnectionStatusWidget::stopButtonStopsWatching()
{
    Fixture f;
    ConnectionStatusWidget widget;
    f.start();
    widget.watch(&f.watcher);
    widget.show();
    QTest::mouseClick(widget.findChild<QPushButton *>(QStringLiteral("connectionStatusStop")),
                      Qt::LeftButton);
    QCOMPARE(f.watcher.state(), ConnectionWatcher::State::Stopped);
    QCOMPARE(widget.status(), ConnectionStatusWidget::Status::Stopped);
}

void TestConnectionStatusWidget::permanentFailureIsExplained()
{
    Fixture f;
    Fault forbidden;
    forbidden.kind = FaultKind::HttpStatus;
    forbidden.status = 403;
    forbidden.message = QStringLiteral("missing scope connect:accounts:read");
    forbidden.pathContains = QStringLiteral("/accounts");
    f.sim.injectFault(forbidden);
    ConnectionStatusWidget widget;
    f.start();
    widget.watch(&f.watcher);
    QTRY_COMPARE(widget.status(), ConnectionStatusWidget::Status::Failed);
    QVERIFY2(widget.text().contains(QLatin1String("missing scope")), qPrintable(widget.text()));
}

QTEST_MAIN(TestConnectionStatusWidget)
#include "tst_connectionstatuswidget.moc"
