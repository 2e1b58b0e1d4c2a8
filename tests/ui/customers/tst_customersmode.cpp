// The Customers view inside the whole window, wired as guiapp.cpp does: Ctrl+1 / Ctrl+2 switch
// between the link form and the view, "New link" fills the form with the customer and the
// account's app (keeping the form's other fields), Esc backs out without canceling a link
// request on its way (the window's Cancel holds Esc), and a profile that forbids deletions
// disables them.
#include "api/accesstokenprovider.h"
#include "api/connectclient.h"
#include "connectsimulator.h"
#include "customers/customerdetail.h"
#include "customers/customerfinder.h"
#include "customers/customerlistmodel.h"
#include "customers/customersmode.h"
#include "customers/customersview.h"
#include "form/tokenform.h"
#include "history/historyrecorder.h"
#include "history/historystore.h"
#include "main/mainwindow.h"
#include "main/mainwindowtools.h"
#include "profiles/profileprojectsource.h"
#include "profiles/profilestore.h"
#include "profiles/projectsource.h"
#include "profiles/secretstore.h"
#include "profiles/settings.h"
#include "share/messagetemplatestore.h"

#include <QApplication>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QImage>
#include <QTest>

#include <memory>

using namespace ConnectDesk;
using namespace ConnectDesk::Ui;

class TestCustomersMode final : public QObject
{
    Q_OBJECT
private:
    struct App
    {
        QTemporaryDir dir;
        Sim::ConnectSimulator sim;
        QNetworkAccessManager network;
        AccessTokenProvider tokens{&network, Clock::system()};
        ConnectClient client{&network, &tokens, Clock::system()};
        Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
        ProfileStore profiles{&settings};
        SecretStore secrets;
        MessageTemplateStore templates{dir.filePath(QStringLiteral("settings.ini"))};
        HistoryStore history{dir.filePath(QStringLiteral("history.sqlite")), Clock::system()};
        HistoryRecorder recorder{&history, &client, Clock::system()};
        std::unique_ptr<StaticProjectSource> projects;
        std::unique_ptr<MainWindow> window;
        MainWindowTools *tools = nullptr;
        QString supportKey;

        App()
        {
            if (!sim.listenLocal())
                qWarning("simulator not listening");
            // A support profile on the same sandbox project that may not delete.
            Profile support;
            support.name = QStringLiteral("Support desk");
            support.projectId = Sim::SandboxCredentials::projectId();
            support.clientId = Sim::SandboxCredentials::clientId();
            support.allowDeletes = false;
            const ProfileChange added = profiles.add(support);
            if (!added.ok())
                qWarning("profile not added: %s", qPrintable(added.firstMessage()));
            ProjectChoice sandbox = ProjectChoice::sandbox(sim.baseUrl());
            ProjectChoice profile = sandbox;
            profile.isSandbox = false;
            profile.name = support.name;
            profile.key = ProfileProjectSource::keyFor(added.id);
            supportKey = profile.key;
            projects = std::make_unique<StaticProjectSource>(
                QList<ProjectChoice>{sandbox, profile}, QStringLiteral("sandbox"));
            window = std::make_unique<MainWindow>(&client, Clock::system(), projects.get());
            tools = new MainWindowTools(window.get(),
                                        {&client, &Clock::system(), &network, &profiles, &secrets,
                                         &templates, &history, &recorder,
                                         dir.filePath(QStringLiteral("settings.ini")),
                                         nullptr, nullptr});
        }
        ~App() { window.reset(); }
        bool show()
        {
            window->show();
            return QTest::qWaitForWindowExposed(window.get());
        }
        CustomersView *view() const { return tools->customers()->view(); }
        bool connectAccount(const QString &user, const QString &app)
        {
            TokenRequest request;
            request.projectId = Sim::SandboxCredentials::projectId();
            request.externalUserId = user;
            request.appSlug = app;
            std::unique_ptr<ApiReply> reply(client.createToken(request));
            QSignalSpy finished(reply.get(), &ApiReply::finished);
            if (!finished.wait(10000) || !reply->tokenResult())
                return false;
            return sim.openConnectLink(reply->tokenResult()->token, app);
        }
        void openCustomer(const QString &user)
        {
            QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
            if (window->currentMode() == MainWindow::linkMode) // xcb: the window is not active yet
                tools->customers()->showCustomers();
            auto *search = window->findChild<QLineEdit *>(QStringLiteral("customerSearchEdit"));
            QTest::keyClicks(search, user);
            QTRY_VERIFY(view()->finder()->model()->rowOf(user) >= 0);
            QTRY_VERIFY(!view()->finder()->search()->isLoading());
            view()->finder()->selectExternalId(user);
            QTest::keyClick(search, Qt::Key_Return);
        }
    };

private slots:
    void ctrlKeysSwitchModes()
    {
        App app;
        QVERIFY(app.show());
        QCOMPARE(app.window->currentMode(), MainWindow::linkMode); // the form is the default
        QTest::keyClick(app.window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(app.window->currentMode(), app.tools->customers()->modeIndex());
        QVERIFY(app.view()->isVisible());
        auto *search = app.window->findChild<QLineEdit *>(QStringLiteral("customerSearchEdit"));
        QTRY_VERIFY(search->hasFocus());
        // The view follows the form's project and environment.
        QCOMPARE(app.view()->context().scope.projectId, Sim::SandboxCredentials::projectId());
        QCOMPARE(app.view()->context().scope.environment, QStringLiteral("production"));
        // Ctrl+Return here does not generate from a hidden form.
        QSignalSpy finished(app.window.get(), &MainWindow::requestFinished);
        QTest::keyClick(search, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(finished.count(), 0);
        auto *tabs = app.window->findChild<QTabBar *>(QStringLiteral("modeTabs"));
        QVERIFY(tabs && tabs->isVisible());
        QCOMPARE(tabs->currentIndex(), app.tools->customers()->modeIndex());
        QTest::keyClick(search, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(app.window->currentMode(), MainWindow::linkMode);
        QCOMPARE(tabs->currentIndex(), MainWindow::linkMode);
        QTRY_VERIFY(app.window->findChild<QLineEdit *>(QStringLiteral("externalUserIdEdit"))
                        ->hasFocus());
        // The tabs switch too.
        tabs->setCurrentIndex(app.tools->customers()->modeIndex());
        QCOMPARE(app.window->currentMode(), app.tools->customers()->modeIndex());
    }

    void nothingIsSentWhileTheViewIsHidden()
    {
        App app;
        QVERIFY(app.show());
        app.sim.clearReceivedRequests();
        // The form changes its environment and back: the hidden view asks nobody.
        auto *development = app.window->findChild<QWidget *>(QStringLiteral("developmentRadio"));
        QTest::mouseClick(development, Qt::LeftButton);
        QTest::qWait(2 * CustomerFinder::debounceMs);
        QCOMPARE(app.sim.requestCount(QStringLiteral("/users")), 0);
        QTest::keyClick(app.window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(app.view()->context().scope.environment, QStringLiteral("development"));
        QTRY_COMPARE(app.sim.requestCount(QStringLiteral("/users")), 1);
    }

    void newLinkPrefillsTheForm()
    {
        App app;
        QVERIFY(app.show());
        QVERIFY(app.connectAccount(QStringLiteral("jane@example.com"), QStringLiteral("github")));
        // Something else typed in the form's other fields stays.
        TokenRequest typed = app.window->form()->request();
        typed.expiresIn = QStringLiteral("900");
        app.window->form()->setRequest(typed);
        app.openCustomer(QStringLiteral("jane@example.com"));
        QVERIFY(app.view()->isShowingCustomer());
        QTRY_COMPARE(app.view()->detail()->accounts()->count(), 1);
        QTRY_VERIFY(app.view()->detail()->currentAccount());
        QTest::mouseClick(app.window->findChild<QPushButton *>(
                              QStringLiteral("customerNewLinkButton")),
                          Qt::LeftButton);
        QCOMPARE(app.window->currentMode(), MainWindow::linkMode);
        const TokenRequest request = app.window->form()->request();
        QCOMPARE(request.externalUserId, QStringLiteral("jane@example.com"));
        QCOMPARE(request.appSlug, QStringLiteral("github"));
        QCOMPARE(request.expiresIn, QStringLiteral("900"));
        QCOMPARE(request.projectId, Sim::SandboxCredentials::projectId());
        QTRY_VERIFY(app.window->findChild<QLineEdit *>(QStringLiteral("externalUserIdEdit"))
                        ->hasFocus());
    }

    void escBacksOutAndLeavesARunningRequestAlone()
    {
        App app;
        QVERIFY(app.show());
        QVERIFY(app.connectAccount(QStringLiteral("esc@example.com"), QStringLiteral("slack")));
        // A link request is on its way: the window's Esc (Cancel) is live.
        Sim::Fault slow = Sim::Fault::on(QStringLiteral("/tokens"), Sim::FaultKind::SlowReply);
        slow.delayMs = 1500;
        app.sim.injectFault(slow);
        TokenRequest request = app.window->form()->request();
        request.externalUserId = QStringLiteral("waiting@example.com");
        request.appSlug = QStringLiteral("slack");
        app.window->form()->setRequest(request);
        QSignalSpy finished(app.window.get(), &MainWindow::requestFinished);
        app.window->generate();
        QTRY_VERIFY(app.window->isBusy()); // after the form asked about the app

        app.openCustomer(QStringLiteral("esc@example.com"));
        QVERIFY(app.view()->isShowingCustomer());
        QTableView *table = app.view()->detail()->table();
        QTRY_VERIFY(table->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!app.view()->isShowingCustomer());
        QVERIFY(app.window->isBusy()); // Esc backed out of the customer, it canceled nothing
        auto *search = app.window->findChild<QLineEdit *>(QStringLiteral("customerSearchEdit"));
        QTRY_VERIFY(search->hasFocus());
        QCOMPARE(search->text(), QStringLiteral("esc@example.com"));
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());
        QTest::keyClick(search, Qt::Key_Escape); // nothing left to back out of: still nothing
        QVERIFY(app.window->isBusy());
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.constFirst().constFirst().toBool()); // the link was made after all
    }

    void profileWithoutDeletesDisablesThem()
    {
        App app;
        QVERIFY(app.show());
        QVERIFY(app.connectAccount(QStringLiteral("ro@example.com"), QStringLiteral("slack")));
        QCOMPARE(app.tools->customers()->currentContext().allowDeletes, true); // the sandbox
        QVERIFY(app.window->form()->selectProject(app.supportKey));
        QCOMPARE(app.tools->customers()->currentContext().allowDeletes, false);
        app.openCustomer(QStringLiteral("ro@example.com"));
        QTRY_COMPARE(app.view()->detail()->accounts()->count(), 1);
        auto *deleteUser = app.window->findChild<QPushButton *>(QStringLiteral("deleteUserButton"));
        QVERIFY(!deleteUser->isEnabled());
        QVERIFY2(deleteUser->toolTip().contains(QLatin1String("Support desk")),
                 qPrintable(deleteUser->toolTip()));
    }

    // The README screenshot's scene, checked: the sandbox's demo customer acme-jane.doe with the
    // Slack account made dead through the simulator. With CONNECTDESK_SCREENSHOT=<file.png> (under
    // xvfb-run with QT_QPA_PLATFORM=xcb) the picture is kept there for the README.
    void screenshot()
    {
        QTemporaryDir scratch;
        QString path = qEnvironmentVariable("CONNECTDESK_SCREENSHOT");
        if (path.isEmpty())
            path = scratch.filePath(QStringLiteral("customers.png"));
        App app;
        const QStringList size = qEnvironmentVariable("CONNECTDESK_SCREENSHOT_SIZE",
                                                      QStringLiteral("1180x700"))
                                     .split(QLatin1Char('x'));
        app.window->resize(size.value(0).toInt(), size.value(1).toInt());
        QVERIFY(app.show());
        QVERIFY(app.sim.seedDemoCustomers() > 0);
        app.tools->customers()->showCustomers();
        app.openCustomer(QStringLiteral("acme-jane.doe"));
        QTRY_COMPARE(app.view()->detail()->accounts()->count(), 3);
        for (const CustomerAccount &account : app.view()->detail()->accounts()->accounts()) {
            if (account.appSlug == QLatin1String("slack"))
                QVERIFY(app.sim.setAccountHealth(
                    account.id, Sim::SimAccountHealth::Dead,
                    QStringLiteral("The app was uninstalled from the Slack workspace.")));
        }
        app.view()->detail()->refresh();
        QTRY_COMPARE(app.view()->detail()->accounts()->needingAttention(), 2);
        app.view()->detail()->table()->selectRow(1);
        QTest::qWait(300);
        QVERIFY(app.window->grab().save(path));
        const QImage picture(path);
        QCOMPARE(picture.size() / picture.devicePixelRatio(), app.window->size());
    }
};

QTEST_MAIN(TestCustomersMode)
#include "tst_customersmode.moc"
