#include "api/accesstokenprovider.h"
#include "api/connectclient.h"
#include "base/clock.h"
#include "form/environmentband.h"
#include "form/tokenform.h"
#include "bulk/bulkdialog.h"
#include "history/historyrecorder.h"
#include "history/historystore.h"
#include "main/mainwindow.h"
#include "main/mainwindowtools.h"
#include "main/sandboxlauncher.h"
#include "main/welcomeflow.h"
#include "main/welcomepage.h"
#include "profiles/profiledialog.h"
#include "profiles/profileprojectsource.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "profiles/settings.h"
#include "result/resultpane.h"
#include "share/messagetemplatestore.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTabBar>
#include <QTest>

#include <memory>

using namespace ConnectDesk;
using namespace ConnectDesk::Ui;

// The first start, as guiapp.cpp wires it: a window with no profile and no PIPEDREAM_* client
// shows the welcome instead of the form. Its two buttons are clicked like a person would; "Try
// the sandbox" starts the real simulator in-process and a link is created through it.
class TestWelcomeFlow final : public QObject
{
    Q_OBJECT

private:
    // Everything guiapp.cpp builds, pointed at a temporary folder.
    struct App
    {
        QTemporaryDir dir;
        QNetworkAccessManager network;
        AccessTokenProvider tokens{&network, Clock::system()};
        ConnectClient client{&network, &tokens, Clock::system()};
        Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
        ProfileStore profiles{&settings};
        SecretStore secrets;
        MessageTemplateStore templates{dir.filePath(QStringLiteral("settings.ini"))};
        HistoryStore history{dir.filePath(QStringLiteral("history.sqlite")), Clock::system()};
        HistoryRecorder recorder{&history, &client, Clock::system()};
        SandboxLauncher sandbox;
        std::unique_ptr<ProfileProjectSource> projects;
        std::unique_ptr<MainWindow> window;
        MainWindowTools *tools = nullptr;
        WelcomeFlow *welcome = nullptr;

        App()
        {
            projects = std::make_unique<ProfileProjectSource>(
                QList<ProjectChoice>{ProjectChoice::typedIn({})}, QStringLiteral("custom"),
                &profiles, &secrets);
            window = std::make_unique<MainWindow>(&client, Clock::system(), projects.get());
            tools = new MainWindowTools(window.get(),
                                        {&client, &Clock::system(), &network, &profiles, &secrets,
                                         &templates, &history, &recorder,
                                         dir.filePath(QStringLiteral("settings.ini")),
                                         projects.get(), &sandbox});
            welcome = new WelcomeFlow(window.get(), tools, &sandbox, &profiles, &settings);
        }
        ~App() { window.reset(); } // before the stores it points at
        void show()
        {
            window->resize(1100, 720);
            window->show();
            if (!QTest::qWaitForWindowExposed(window.get()))
                qWarning("window not exposed");
        }
        QWidget *container() const
        {
            return window->findChild<QWidget *>(QStringLiteral("centralContainer"));
        }
        QAction *sandboxAction() const
        {
            return window->findChild<QAction *>(QStringLiteral("actionSandbox"));
        }
    };

    static QPushButton *button(QWidget *parent, const char *name)
    {
        auto *widget = parent->findChild<QPushButton *>(QLatin1String(name));
        if (!widget)
            qWarning("no button %s", name);
        return widget;
    }

private slots:
    void firstStartShowsTheWelcomeInsteadOfTheForm()
    {
        App app;
        QVERIFY(app.welcome->showIfFirstStart(false));
        app.show();
        QVERIFY(app.welcome->isShowing());
        QVERIFY(app.welcome->page()->isVisible());
        QVERIFY(!app.window->form()->isVisible());
        // The form stays inside the window, so its key widgets are still found.
        QCOMPARE(app.window->missingKeyChildren(), QStringList());
        QVERIFY(app.sandboxAction()->isEnabled());
        // The keyboard starts on what the text recommends first, the sandbox; Enter takes it.
        QTRY_COMPARE(app.window->focusWidget(), button(app.welcome->page(), "trySandboxButton"));
        QVERIFY(button(app.welcome->page(), "trySandboxButton")->isDefault());
        QVERIFY(!button(app.welcome->page(), "addProjectButton")->isDefault());
        // Nothing to switch to yet: the mode tabs hide and Ctrl+2 (or the menu) stays here.
        QVERIFY(!app.window->findChild<QTabBar *>(QStringLiteral("modeTabs"))->isVisible());
        app.window->showMode(1);
        QCOMPARE(app.window->currentMode(), MainWindow::linkMode);
        QVERIFY(app.welcome->page()->isVisible());
    }

    void notShownWhenThereIsSomethingToWorkWith()
    {
        {
            App app;
            QVERIFY(!app.welcome->showIfFirstStart(true)); // PIPEDREAM_* client set
            QVERIFY(!app.container());
        }
        {
            App app;
            Profile profile;
            profile.name = QStringLiteral("Acme");
            profile.projectId = QStringLiteral("proj_abc123");
            profile.clientId = QStringLiteral("client-1");
            QVERIFY(app.profiles.add(profile).ok());
            QVERIFY(!app.welcome->showIfFirstStart(false));
        }
        {
            App app;
            WelcomePage::markDismissed(app.settings);
            QVERIFY(!app.welcome->showIfFirstStart(false));
        }
    }

    void trySandboxCreatesALinkThroughTheSimulator()
    {
        App app;
        QVERIFY(app.welcome->showIfFirstStart(false));
        app.show();
        QSignalSpy finished(app.welcome, &WelcomeFlow::finished);
        QTest::mouseClick(button(app.welcome->page(), "trySandboxButton"), Qt::LeftButton);

        QCOMPARE(finished.size(), 1);
        QVERIFY(app.sandbox.isRunning());
        QVERIFY(!app.welcome->isShowing());
        QVERIFY(app.window->form()->isVisible());
        QCOMPARE(app.window->form()->currentProject().key, QStringLiteral("sandbox"));
        // With a project, the Customers mode is there.
        QVERIFY(app.window->findChild<QTabBar *>(QStringLiteral("modeTabs"))->isVisible());
        app.window->showMode(1);
        QCOMPARE(app.window->currentMode(), 1);
        app.window->showMode(MainWindow::linkMode);
        QVERIFY(app.window->findChild<QWidget *>(QStringLiteral("sandboxBand"))->isVisible());
        QVERIFY(!app.sandboxAction()->isEnabled()); // running already
        // Trying the sandbox is no real project: the next start offers the welcome again
        // instead of an unconfigured "Other project" that claims live links.
        QVERIFY(!app.settings.get<bool>(Settings::Key::WelcomeDismissed));
        QVERIFY(WelcomePage::shouldShow(app.profiles, app.settings, false));

        // The whole flow: type a customer, press Ctrl+Return, get a link from the simulator.
        QSignalSpy shown(app.window.get(), &MainWindow::resultShown);
        auto *user = app.window->findChild<QLineEdit *>(QStringLiteral("externalUserIdEdit"));
        QTRY_VERIFY(user->hasFocus());
        QTest::keyClicks(user, QStringLiteral("customer-42"));
        QTest::keyClick(user, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(shown.wait(10000));
        const auto result = shown.first().first().value<TokenResult>();
        QVERIFY(result.connectLinkUrl.toString().startsWith(
            app.sandbox.choice().credentials.baseUrl.toString()));
        // History knows it is not real, so after a restart it never looks like a live link.
        const QList<HistoryEntry> entries = app.history.query();
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries.first().sandbox);
        QVERIFY(!entries.first().bulk);
        QCOMPARE(entries.first().externalUserId, QStringLiteral("customer-42"));
    }

    void bulkWindowKeepsItsFileAndRecordsItsLinks()
    {
        App app;
        app.show();
        QVERIFY(app.tools->startSandbox());
        const QString csv = app.dir.filePath(QStringLiteral("customers.csv"));
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("external_user_id\nann\nbea\n");
        }
        app.tools->openBulk();
        auto *bulk = app.window->findChild<BulkDialog *>();
        QVERIFY(bulk);
        QSignalSpy loaded(bulk, &BulkDialog::loaded);
        bulk->loadFile(csv);
        QVERIFY(loaded.wait(10000));
        QSignalSpy finished(bulk, &BulkDialog::runFinished);
        bulk->start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(bulk->job()->succeeded(), 2);
        const QList<HistoryEntry> entries = app.history.query();
        QCOMPARE(entries.size(), 2);
        for (const HistoryEntry &entry : entries)
            QVERIFY(entry.bulk && entry.sandbox);

        // Closed and opened again: the same window, its file and results still there; the file
        // is remembered for the next start too.
        bulk->saveResults(app.dir.filePath(QStringLiteral("links.csv")));
        QTRY_VERIFY(!bulk->hasUnsavedResults());
        bulk->reject();
        QTRY_VERIFY(!bulk->isVisible());
        app.tools->openBulk();
        QCOMPARE(app.window->findChildren<BulkDialog *>().size(), 1);
        QVERIFY(bulk->isVisible());
        QCOMPARE(bulk->filePath(), csv);
        QCOMPARE(bulk->results().size(), 2);
        QCOMPARE(Settings(app.dir.filePath(QStringLiteral("settings.ini")))
                     .get<QString>(Settings::Key::BulkLastFile),
                 csv);
    }

    void unconfiguredProjectIsNeverCalledLive()
    {
        App app; // only "Other project", with no OAuth client
        app.show();
        auto *band = app.window->findChild<EnvironmentBand *>(QStringLiteral("environmentBand"));
        QVERIFY(band);
        QCOMPARE(band->title(), QStringLiteral("Production — not set up yet"));
        QVERIFY(!band->text().contains(QStringLiteral("live")));
        // Generate, menu and shortcut alike, cannot act.
        QVERIFY(!app.window->findChild<QAction *>(QStringLiteral("actionGenerate"))->isEnabled());
    }

    void sandboxFromTheToolsMenuAlsoEndsTheWelcome()
    {
        App app;
        QVERIFY(app.welcome->showIfFirstStart(false));
        app.show();
        app.sandboxAction()->trigger();
        QVERIFY(!app.welcome->isShowing());
        QCOMPARE(app.window->form()->currentProject().key, QStringLiteral("sandbox"));
        // A second start of the sandbox keeps one picker entry.
        QVERIFY(app.tools->startSandbox());
        const auto choices = app.projects->choices();
        QCOMPARE(std::count_if(choices.begin(), choices.end(),
                               [](const ProjectChoice &c) { return c.isSandbox; }),
                 1);
    }

    void addProjectOpensTheDialogAndTheFormComesBackOnTheNewProfile()
    {
        App app;
        QVERIFY(app.welcome->showIfFirstStart(false));
        app.show();
        QTest::mouseClick(button(app.welcome->page(), "addProjectButton"), Qt::LeftButton);
        auto *dialog = app.window->findChild<ProfileDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        QVERIFY(name);
        QVERIFY(name->text().isEmpty()); // a new, empty profile

        // Closing the dialog without a profile keeps the welcome.
        dialog->reject();
        QTRY_VERIFY(!dialog->isVisible());
        QVERIFY(app.welcome->isShowing());
        QVERIFY(!app.settings.get<bool>(Settings::Key::WelcomeDismissed));

        // Once a profile exists (as Save in the dialog does), the form shows, on that profile.
        Profile profile;
        profile.name = QStringLiteral("Acme production");
        profile.projectId = QStringLiteral("proj_abc123");
        profile.clientId = QStringLiteral("client-1");
        const ProfileChange added = app.profiles.add(profile);
        QVERIFY(added.ok());
        QVERIFY(!app.welcome->isShowing());
        QVERIFY(app.window->form()->isVisible());
        QCOMPARE(app.window->form()->currentProject().key,
                 ProfileProjectSource::keyFor(added.id));
        QVERIFY(app.settings.get<bool>(Settings::Key::WelcomeDismissed));
    }
};

int main(int argc, char *argv[])
{
    // Never the user's keychain: with D-Bus pointed nowhere, the keychain is unavailable.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    QApplication app(argc, argv);
    TestWelcomeFlow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_welcomeflow.moc"
