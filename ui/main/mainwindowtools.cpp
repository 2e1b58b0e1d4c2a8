#include "main/mainwindowtools.h"

#include "bulk/bulkdialog.h"
#include "customers/customersmode.h"
#include "developer/developertools.h"
#include "form/tokenform.h"
#include "history/historyrecorder.h"
#include "history/historyview.h"
#include "history/issueagain.h"
#include "main/mainwindow.h"
#include "main/notifier.h"
#include "main/sandboxlauncher.h"
#include "profiles/profiledialog.h"
#include "profiles/profileprojectsource.h"
#include "profiles/settings.h"
#include "result/connectionstatuswidget.h"
#include "result/resultpane.h"
#include "share/sharepanel.h"

#include <QDockWidget>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace ConnectDesk::Ui {

MainWindowTools::MainWindowTools(MainWindow *window, const Services &services)
    : QObject(window)
    , m_window(window)
    , m_services(services)
{
    // "Did the customer connect?" right under the result, above sharing: an open QR code never
    // pushes it out of view (review 30).
    m_status = new ConnectionStatusWidget;
    m_status->setObjectName(QStringLiteral("connectionStatusWidget"));
    m_status->setNotifier(new DesktopNotifier(m_window, this));
    m_status->setWindowActiveCheck([this] { return m_window->isActiveWindow(); });
    m_window->addResultWidget(m_status);

    // Sharing, under the result: message templates, e-mail, QR code.
    m_share = new SharePanel(services.templates, *services.clock);
    m_share->setObjectName(QStringLiteral("sharePanel"));
    m_share->setEnabled(false);
    window->addResultWidget(m_share);
    connect(window, &MainWindow::resultShown, m_share,
            [this](const TokenResult &result, const TokenRequest &request, const QString &appName) {
                m_share->setEnabled(true);
                m_share->setLink(result, request.normalizedAppSlug(), appName,
                                 request.normalizedExternalUserId(), request.environment,
                                 m_window->resultPane()->isSandbox());
            });
    connect(m_share, &SharePanel::statusMessage, window,
            [window](const QString &text) { window->statusBar()->showMessage(text, 5000); });
    // Whatever the pane refuses to share (stale, used, expired), the share buttons refuse too.
    ResultPane *pane = window->resultPane();
    connect(pane, &ResultPane::shareabilityChanged, m_share, [this, pane] {
        m_share->setBlockedReason(pane->hasResult() ? pane->shareBlockedReason() : QString());
    });
    connect(window, &MainWindow::credentialsRequested, this, &MainWindowTools::openProfiles);

    // View > Developer mode: request preview, response, code export, call log, presets.
    m_developer = new DeveloperTools(window, services.client, services.settingsFilePath);
    m_developer->attach(window->form());
    // The developer dock is built when developer mode first turns on.
    const auto manageDeveloperDock = [this](bool on) {
        if (on)
            m_window->manageDock(m_developer->dock());
    };
    connect(m_developer->toggleAction(), &QAction::toggled, this, manageDeveloperDock);
    manageDeveloperDock(m_developer->toggleAction()->isChecked());
    QMenu *view = window->menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_developer->toggleAction());

    addHistory(view);
    addCustomers(view);

    QMenu *tools = window->menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(QStringLiteral("toolsMenu"));
    QAction *bulk = tools->addAction(tr("&Bulk create from CSV…"), this, &MainWindowTools::openBulk);
    bulk->setObjectName(QStringLiteral("actionBulk"));
    bulk->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    QAction *projects = tools->addAction(tr("&Projects and credentials…"), this,
                                         &MainWindowTools::openProfiles);
    projects->setObjectName(QStringLiteral("actionProfiles"));
    projects->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    if (services.sandbox && services.projects) {
        m_sandboxAction = tools->addAction(tr("Try the &sandbox"), this,
                                           &MainWindowTools::startSandbox);
        m_sandboxAction->setObjectName(QStringLiteral("actionSandbox"));
        m_sandboxAction->setToolTip(tr("Start a local stand-in for Pipedream; links it creates are "
                                       "not real."));
        m_sandboxAction->setEnabled(!services.sandbox->isRunning());
    }
    // Keep Help last.
    if (QMenu *help = window->findChild<QMenu *>(QStringLiteral("helpMenu"))) {
        window->menuBar()->removeAction(help->menuAction());
        window->menuBar()->addMenu(help);
    }
}

void MainWindowTools::addHistory(QMenu *view)
{
    // "Did the customer connect?": watched under the result (see the constructor), recorded in
    // the history.
    // A connection uses the token up: the top of the pane says so, and so does the status bar.
    connect(m_status, &ConnectionStatusWidget::statusChanged, this,
            [this](ConnectionStatusWidget::Status status) {
                if (status != ConnectionStatusWidget::Status::Connected || !m_status->watcher())
                    return;
                ResultPane *pane = m_window->resultPane();
                const std::optional<ConnectedAccount> &account = m_status->watcher()->account();
                const QString app = account ? (account->appName.isEmpty() ? account->appSlug
                                                                          : account->appName)
                                            : QString();
                pane->markUsed(app, account ? account->createdAt : QDateTime());
                m_window->statusBar()->showMessage(
                    app.isEmpty() ? tr("%1 connected an account.").arg(pane->externalUserId())
                                  : tr("%1 connected %2.").arg(pane->externalUserId(), app),
                    10000);
            });
    HistoryRecorder *recorder = m_services.recorder;
    connect(m_window, &MainWindow::resultShown, this,
            [this, recorder](const TokenResult &result, const TokenRequest &request,
                             const QString &appName) {
                const qint64 id =
                    recorder->recordCreated(request, result, currentOrigin(), appName);
                m_status->watch(recorder->watch(id, request, result));
            });
    connect(m_window, &MainWindow::requestFailed, this,
            [this, recorder](const TokenRequest &request, const ApiError &error,
                             const QString &appName) {
                recorder->recordFailed(request, error, currentOrigin(), appName);
            });

    // The history view (and with it the database) is built the first time the dock shows.
    auto *dock = new QDockWidget(tr("History"), m_window);
    dock->setObjectName(QStringLiteral("historyDock"));
    m_window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    m_window->manageDock(dock);
    dock->hide();
    connect(dock, &QDockWidget::visibilityChanged, this, [this, dock](bool visible) {
        if (visible && !dock->widget())
            dock->setWidget(createHistoryView());
    });
    QAction *toggle = dock->toggleViewAction();
    toggle->setText(tr("&History"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    view->addAction(toggle);
}

void MainWindowTools::addCustomers(QMenu *view)
{
    // The Customers view (Ctrl+2) beside the link form (Ctrl+1).
    m_customers = new CustomersMode(m_window, {m_services.client, m_services.clock,
                                               m_services.history, m_services.profiles,
                                               m_services.projects, {}});
    view->addSeparator();
    const auto addModeAction = [this, view](const QString &text, int index) {
        const QKeySequence key(Qt::CTRL | Qt::Key(Qt::Key_1 + index));
        QAction *action = view->addAction(text + QLatin1Char('\t')
                                          + key.toString(QKeySequence::NativeText));
        connect(action, &QAction::triggered, m_window, [this, index] { m_window->showMode(index); });
        return action;
    };
    addModeAction(tr("&Link form"), MainWindow::linkMode)
        ->setObjectName(QStringLiteral("actionLinkMode"));
    addModeAction(tr("C&ustomers"), m_customers->modeIndex())
        ->setObjectName(QStringLiteral("actionCustomersMode"));
}

HistoryOrigin MainWindowTools::currentOrigin() const
{
    const ProjectChoice project = m_window->form()->currentProject();
    return HistoryOrigin(project.name, project.isSandbox);
}

HistoryView *MainWindowTools::createHistoryView()
{
    auto *history = new HistoryView(m_services.history, *m_services.clock);
    history->setObjectName(QStringLiteral("historyView"));
    auto *issueAgain = new IssueAgain(m_window->form(), m_services.projects, history);
    connect(history, &HistoryView::issueAgainRequested, issueAgain, &IssueAgain::fill);
    connect(issueAgain, &IssueAgain::statusMessage, m_window,
            [this](const QString &text) { m_window->statusBar()->showMessage(text, 10000); });
    connect(history, &HistoryView::statusMessage, m_window,
            [this](const QString &text) { m_window->statusBar()->showMessage(text, 5000); });
    return history;
}

void MainWindowTools::openBulk()
{
    const bool first = !m_bulkDialog;
    if (first)
        m_bulkDialog = createBulkDialog();
    if (!m_bulkDialog->isBusy()) {
        m_bulkDialog->setRequestTemplate(m_window->form()->request());
        HistoryOrigin origin = currentOrigin();
        origin.bulk = true;
        m_bulkDialog->setHistory(m_services.history, origin);
    }
    if (first && !m_services.settingsFilePath.isEmpty()) {
        // The file of the last session, shown again (only read and checked; nothing is sent).
        const QString last =
            Settings(m_services.settingsFilePath).get<QString>(Settings::Key::BulkLastFile);
        if (!last.isEmpty() && QFileInfo::exists(last))
            m_bulkDialog->loadFile(last);
    }
    m_bulkDialog->open();
    m_bulkDialog->raise();
}

BulkDialog *MainWindowTools::createBulkDialog()
{
    auto *dialog = new BulkDialog(m_services.client, *m_services.clock, m_window);
    connect(dialog, &BulkDialog::statusMessage, m_window,
            [this](const QString &text) { m_window->statusBar()->showMessage(text, 5000); });
    connect(dialog, &BulkDialog::loaded, this, [this, dialog] {
        if (!m_services.settingsFilePath.isEmpty() && !dialog->filePath().isEmpty()) {
            Settings(m_services.settingsFilePath)
                .setValue(Settings::Key::BulkLastFile, dialog->filePath());
        }
    });
    return dialog;
}

void MainWindowTools::openProfiles()
{
    if (!m_profileDialog) {
        m_profileDialog = new ProfileDialog(m_services.profiles, m_services.secrets,
                                            m_services.network, *m_services.clock, m_window);
        m_profileDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_profileDialog->open();
    m_profileDialog->raise();
}

void MainWindowTools::openNewProfile()
{
    openProfiles();
    m_profileDialog->startNewProfile();
}

bool MainWindowTools::startSandbox()
{
    SandboxLauncher *sandbox = m_services.sandbox;
    if (!sandbox || !m_services.projects)
        return false;
    const bool wasRunning = sandbox->isRunning();
    if (!sandbox->start()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Sandbox"), sandbox->errorText(),
                                    QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // never a nested event loop
        return false;
    }
    if (!wasRunning)
        m_services.projects->addFixedChoice(sandbox->choice());
    if (m_sandboxAction)
        m_sandboxAction->setEnabled(false);
    m_window->form()->selectProject(sandbox->choice().key);
    m_window->form()->focusExternalUserId();
    m_window->statusBar()->showMessage(
        tr("Sandbox running at %1. Links it creates are not real.")
            .arg(sandbox->choice().credentials.baseUrl.toString()),
        10000);
    return true;
}

} // namespace ConnectDesk::Ui
