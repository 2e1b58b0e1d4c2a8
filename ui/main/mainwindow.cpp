#include "main/mainwindow.h"
#include "ui_mainwindow.h"

#include "api/connectclient.h"
#include "api/connectionwarmer.h"
#include "api/useragent.h"
#include "base/clock.h"
#include "form/environmentband.h"
#include "form/tokenform.h"
#include "main/aboutdialog.h"
#include "main/errorbanner.h"
#include "main/languagemenu.h"
#include "profiles/settings.h"
#include "result/resultpane.h"
#include "widgets/tabchain.h"
#include "widgets/uistyle.h"
#include "widgets/wheelguard.h"

#include <QApplication>
#include <QDockWidget>
#include <QGuiApplication>
#include <QMessageBox>
#include <QScreen>
#include <QShortcut>
#include <QMenuBar>
#include <QTabBar>
#include <QTimer>

namespace ConnectDesk::Ui {

MainWindow::MainWindow(ConnectClient *client, const Clock &clock, ProjectSource *projects,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<::Ui::MainWindow>())
    , m_client(client)
    , m_clock(clock)
{
    m_ui->setupUi(this);
    setWindowIcon(Style::icon(QStringLiteral("connectdesk")));

    m_sandboxBand = new EnvironmentBand(m_ui->centralWidget);
    m_sandboxBand->setObjectName(QStringLiteral("sandboxBand"));
    m_sandboxBand->setContent(BandContent::forSandbox());
    m_sandboxBand->hide();
    m_banner = new ErrorBanner(m_clock, m_ui->centralWidget);
    // The bands take the height their text needs; the splitter takes the rest.
    m_sandboxBand->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_banner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->centralLayout->insertWidget(0, m_sandboxBand);
    m_ui->centralLayout->setStretchFactor(m_ui->mainSplitter, 1);
    // Modes: the link form (Ctrl+1) and what addMode() adds (the Customers view), one shown at a
    // time in the splitter's place (a hidden page takes no room). Their tabs sit in the menu
    // bar's corner, so the form keeps its height on small screens.
    m_modePages.append(m_ui->mainSplitter);
    m_modeBar = new QTabBar(this);
    m_modeBar->setObjectName(QStringLiteral("modeTabs"));
    m_modeBar->setDocumentMode(true);
    m_modeBar->setDrawBase(false);
    m_modeBar->setExpanding(false);
    m_modeBar->setFocusPolicy(Qt::NoFocus); // the keys switch modes, not Tab
    m_modeBar->addTab(tr("Link form"));
    m_modeBar->setTabToolTip(linkMode, QKeySequence(Qt::CTRL | Qt::Key_1)
                                           .toString(QKeySequence::NativeText));
    m_modeBar->hide(); // shown once there is a second mode
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_1), this), &QShortcut::activated, this,
            [this] { showMode(linkMode); });
    connect(m_modeBar, &QTabBar::currentChanged, this, &MainWindow::showMode);
    // Server errors belong to the result: the banner sits above it, so the form never moves
    // under the pointer when one appears.
    auto *resultColumn = new QWidget;
    resultColumn->setObjectName(QStringLiteral("resultColumn"));
    auto *resultColumnLayout = new QVBoxLayout(resultColumn);
    resultColumnLayout->setContentsMargins(0, 0, 0, 0);
    resultColumnLayout->setSpacing(6);
    m_ui->mainSplitter->addWidget(resultColumn);
    resultColumnLayout->addWidget(m_banner);
    resultColumnLayout->addWidget(m_ui->resultScroll, 1);

    m_form = new TokenForm(projects, m_clock, m_ui->formScrollContents);
    m_form->setObjectName(QStringLiteral("tokenForm"));
    m_form->setClient(m_client);
    m_ui->formScrollLayout->addWidget(m_form);
    m_result = new ResultPane(m_clock, m_ui->resultScrollContents);
    m_result->setObjectName(QStringLiteral("resultPane"));
    m_ui->resultScrollLayout->addWidget(m_result);
    // Everything under the result stays together at the top, however tall the window.
    m_ui->resultScrollLayout->addStretch(1);
    updateTabOrder();
    m_ui->mainSplitter->setStretchFactor(0, 5);
    m_ui->mainSplitter->setStretchFactor(1, 6);
    m_ui->mainSplitter->setSizes({560, 620});

    m_serverLabel = new QLabel(this);
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    statusBar()->addPermanentWidget(m_serverLabel);

    m_ui->generateButton->setIcon(Style::icon(QStringLiteral("generate")));
    m_ui->generateButton->setMinimumHeight(m_ui->generateButton->sizeHint().height() + 10);
    m_ui->shortcutHintLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->actionGenerate->setIcon(Style::icon(QStringLiteral("generate")));
    m_ui->actionCopyLink->setIcon(Style::icon(QStringLiteral("copy")));
    m_ui->actionOpenLink->setIcon(Style::icon(QStringLiteral("open-link")));
    m_ui->actionCancel->setEnabled(false);
    // The keys live in window shortcuts, not in the menu actions: a menu command that cannot
    // act is disabled, while its key still says why (a disabled action swallows its key).
    const QKeySequence generateKey(Qt::CTRL | Qt::Key_Return);
    const QKeySequence copyKey(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    const auto showKey = [](QAction *action, const QKeySequence &key) {
        action->setText(action->text() + QLatin1Char('\t')
                        + key.toString(QKeySequence::NativeText));
    };
    showKey(m_ui->actionGenerate, generateKey);
    showKey(m_ui->actionCopyLink, copyKey);
    for (const QKeySequence &key : {generateKey, QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(key, this), &QShortcut::activated, this, &MainWindow::generate);
    connect(new QShortcut(copyKey, this), &QShortcut::activated, this,
            &MainWindow::copyConnectLink);
    m_ui->shortcutHintLabel->setText(generateKey.toString(QKeySequence::NativeText));
    m_ui->shortcutHintLabel->setProperty("copyKey", copyKey.toString(QKeySequence::NativeText));
    m_elapsedTick = new QTimer(this);
    m_elapsedTick->setInterval(1000);
    connect(m_elapsedTick, &QTimer::timeout, this, &MainWindow::updateElapsed);

    connect(m_ui->generateButton, &QPushButton::clicked, this, [this] {
        if (isBusy())
            cancel();
        else
            generate();
    });
    connect(m_ui->actionGenerate, &QAction::triggered, this, &MainWindow::generate);
    connect(m_ui->actionCancel, &QAction::triggered, this, &MainWindow::cancel);
    connect(m_ui->actionCopyLink, &QAction::triggered, this, &MainWindow::copyConnectLink);
    connect(m_ui->actionCopyToken, &QAction::triggered, m_result, &ResultPane::copyToken);
    connect(m_ui->actionOpenLink, &QAction::triggered, m_result, &ResultPane::openConnectLink);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    // The welcome page may have hidden the form since the last look.
    connect(m_ui->linkMenu, &QMenu::aboutToShow, this, &MainWindow::updateActions);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    // File > Language: saved in the settings, used from the next start.
    m_ui->fileMenu->insertMenu(m_ui->actionQuit, new LanguageMenu(nullptr, m_ui->fileMenu));
    m_ui->fileMenu->insertSeparator(m_ui->actionQuit);

    connect(m_form, &TokenForm::changed, this, &MainWindow::updateGenerateState);
    connect(m_form, &TokenForm::changed, this, &MainWindow::updateResultMatch);
    connect(m_form, &TokenForm::projectChanged, this, &MainWindow::applyProject);
    // Token and connection ready before Ctrl+Return (ConnectionWarmer); a moment after a project
    // is chosen, so start-up and quick switching between projects stay free of network work.
    m_warmer = new ConnectionWarmer(m_client, m_clock, this);
    m_warmTimer.setSingleShot(true);
    m_warmTimer.setInterval(250);
    connect(&m_warmTimer, &QTimer::timeout, m_warmer, &ConnectionWarmer::warm);
    connect(m_form, &TokenForm::changed, m_warmer, &ConnectionWarmer::noteActivity);
    connect(m_form, &TokenForm::appChecked, this, [this] {
        // Only when the app is still the one Generate was pressed for.
        if (!m_generateAfterAppCheck.isEmpty()
            && m_generateAfterAppCheck == m_form->request().appSlug
            && !m_form->isAppCheckPending())
            generate();
    });
    connect(m_result, &ResultPane::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_result, &ResultPane::shareabilityChanged, this, &MainWindow::updateActions);
    connect(m_result, &ResultPane::regenerateRequested, this, [this](const TokenRequest &request) {
        if (isBusy())
            return;
        // The form shows what the new link is for, so the result matches it.
        m_form->selectProject(m_resultChoice.key);
        m_form->setRequest(request);
        startRequest(request, m_resultChoice, m_resultAppName);
    });
    connect(m_banner, &ErrorBanner::retryRequested, this, &MainWindow::retry);
    connect(m_banner, &ErrorBanner::credentialsRequested, this,
            &MainWindow::credentialsRequested);

    applyProject(m_form->currentProject());
    updateGenerateStyle();
    updateGenerateState();
    updateActions();
    m_ui->formScroll->setMinimumHeight(minimumFormHeight());
    // Fits a 1280x720 screen with room for the window frame and panels.
    QSize size(1200, 680);
    if (const QScreen *current = screen())
        size = size.boundedTo(current->availableSize() - QSize(16, 40));
    resize(size);
    m_form->focusExternalUserId();
}

MainWindow::~MainWindow()
{
    if (m_reply)
        m_reply->disconnect(this);
}

QStringList MainWindow::keyChildNames()
{
    return {
        QStringLiteral("tokenForm"),         QStringLiteral("resultPane"),
        QStringLiteral("errorBanner"),       QStringLiteral("sandboxBand"),
        QStringLiteral("environmentBand"),   QStringLiteral("projectCombo"),
        QStringLiteral("projectIdEdit"),     QStringLiteral("productionRadio"),
        QStringLiteral("developmentRadio"),  QStringLiteral("externalUserIdEdit"),
        QStringLiteral("appPicker"),         QStringLiteral("expiresInEdit"),
        QStringLiteral("originsEditor"),     QStringLiteral("successRedirectEdit"),
        QStringLiteral("errorRedirectEdit"), QStringLiteral("webhookEdit"),
        QStringLiteral("scopePicker"),       QStringLiteral("progressiveScopesCheck"),
        QStringLiteral("advancedToggle"),    QStringLiteral("generateButton"),
        QStringLiteral("blockingReasonsLabel"), QStringLiteral("connectLinkLabel"),
        QStringLiteral("copyLinkButton"),    QStringLiteral("tokenEdit"),
        QStringLiteral("countdownLabel"),    QStringLiteral("regenerateButton"),
    };
}

QStringList MainWindow::missingKeyChildren() const
{
    QStringList missing;
    for (const QString &name : keyChildNames()) {
        if (!findChild<QWidget *>(name))
            missing.append(name);
    }
    return missing;
}

void MainWindow::applyProject(const ProjectChoice &choice)
{
    m_sandboxBand->setVisible(choice.isSandbox);
    // The platform adds the application name itself ("… — ConnectDesk").
    setWindowTitle(choice.isSandbox ? tr("Sandbox (links are not real)") : tr("ConnectDesk"));
    const QUrl base = choice.credentials.baseUrl;
    m_serverLabel->setText(choice.isSandbox
                               ? tr("Server: built-in simulator at %1").arg(base.authority())
                               : tr("Server: %1").arg(base.authority()));
    applyCredentials(choice);
    m_warmTimer.start();
}

void MainWindow::applyCredentials(const ProjectChoice &choice)
{
    // Setting credentials drops the cached access token, so only when they really change.
    if (!(m_client->tokens()->credentials() == choice.credentials))
        m_client->tokens()->setCredentials(choice.credentials);
}

int MainWindow::minimumFormHeight() const
{
    // Two fifths of a small screen (the project and the customer's ID in view), never more
    // than 320 px.
    const int available = screen() ? screen()->availableSize().height() : 768;
    return std::clamp(available * 2 / 5, 200, 320);
}

void MainWindow::manageDock(QDockWidget *dock)
{
    if (!dock || m_managedDocks.contains(dock))
        return;
    m_managedDocks.append(dock);
    const auto onVisible = [this, dock](bool visible) {
        if (!visible)
            return;
        if (!m_sizedDocks.contains(dock)) {
            m_sizedDocks.append(dock);
            // A restored layout keeps its sizes; else a third of the window, at most 280 px.
            if (!m_layoutRestored) {
                const Qt::Orientation direction = dockWidgetArea(dock) == Qt::BottomDockWidgetArea
                                                      ? Qt::Vertical
                                                      : Qt::Horizontal;
                const int extent = direction == Qt::Vertical ? height() : width();
                resizeDocks({dock}, {std::min(extent / 3, 280)}, direction);
            }
        }
        QTimer::singleShot(0, this, &MainWindow::fitToScreen);
    };
    connect(dock, &QDockWidget::visibilityChanged, this, onVisible);
    if (dock->isVisibleTo(this))
        onVisible(true);
}

void MainWindow::fitToScreen()
{
    // A dock's content gives way (and clips) before the window outgrows the screen or the form
    // shrinks below its minimum. (Its content may be built only as it first shows.)
    for (QDockWidget *dock : std::as_const(m_managedDocks)) {
        QWidget *content = dock->widget();
        if (!content || content->property("fitted").toBool())
            continue;
        content->setProperty("fitted", true);
        content->setMinimumHeight(std::min(content->minimumSizeHint().height(), 80));
        content->setMinimumWidth(std::min(content->minimumSizeHint().width(), 320));
    }
    const QScreen *current = screen();
    if (!current || isMaximized() || isFullScreen())
        return;
    const QRect available = current->availableGeometry();
    const QSize frameExtra = frameGeometry().size() - geometry().size();
    const QSize limit = available.size() - frameExtra;
    setMaximumSize(limit);
    if (width() > limit.width() || height() > limit.height())
        resize(size().boundedTo(limit));
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    // A dock's first layout can grow the window after the dock has shown: take it back.
    if (const QScreen *current = screen()) {
        const QSize available = current->availableSize();
        if (width() > available.width() || height() > available.height())
            QTimer::singleShot(0, this, &MainWindow::fitToScreen);
    }
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    fitToScreen();
}

void MainWindow::restoreLayout(const Settings &settings)
{
    const QByteArray geometry = settings.get<QByteArray>(Settings::Key::WindowGeometry);
    const QByteArray state = settings.get<QByteArray>(Settings::Key::WindowState);
    const QByteArray splitter = settings.get<QByteArray>(Settings::Key::WindowSplitter);
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    if (!state.isEmpty())
        m_layoutRestored = restoreState(state);
    if (!splitter.isEmpty())
        m_ui->mainSplitter->restoreState(splitter);
    fitToScreen();
}

void MainWindow::saveLayout(Settings &settings) const
{
    settings.setValue(Settings::Key::WindowGeometry, saveGeometry());
    settings.setValue(Settings::Key::WindowState, saveState());
    settings.setValue(Settings::Key::WindowSplitter, m_ui->mainSplitter->saveState());
}

void MainWindow::generate()
{
    if (isBusy())
        return;
    if (currentMode() != linkMode) {
        statusBar()->showMessage(tr("Switch to the link form (Ctrl+1) to generate a link."), 5000);
        return;
    }
    if (!m_form->isVisibleTo(this)) {
        statusBar()->showMessage(tr("Set up a project or try the sandbox first."), 5000);
        return;
    }
    m_form->closePopups();
    m_generateAfterAppCheck.clear();
    if (!m_form->blockingReasons().isEmpty()) {
        m_form->revealAllErrors();
        statusBar()->showMessage(tr("Nothing was sent: fix the fields listed under Generate first."),
                                 5000);
        return;
    }
    // "sla" + Ctrl+Return at once: ask the server about the app first, then go on (or stop).
    if (m_form->isAppCheckPending()) {
        m_generateAfterAppCheck = m_form->request().appSlug;
        m_form->checkAppNow();
        statusBar()->showMessage(tr("Checking the app \"%1\"…")
                                     .arg(m_form->request().normalizedAppSlug()));
        return;
    }
    startRequest(m_form->request(), m_form->currentProject(), m_form->appName());
}

void MainWindow::startRequest(const TokenRequest &request, const ProjectChoice &choice,
                              const QString &appName)
{
    applyCredentials(choice);
    m_pendingRequest = request;
    m_pendingChoice = choice;
    m_pendingAppName = appName;
    m_requestStartedAt = m_clock.now();
    m_retryText.clear();
    m_banner->clear();
    ApiReply *reply = m_client->createToken(request);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, &MainWindow::onReplyFinished);
    connect(reply, &ApiReply::retrying, this,
            [this](int retryNumber, int delayMs, const ApiError &cause) {
                m_banner->showRetrying(retryNumber, delayMs, cause);
                m_retryText = cause.kind == ApiError::Kind::Timeout
                                  ? tr("no answer yet, retrying (attempt %1)").arg(retryNumber + 1)
                                  : tr("retrying (attempt %1)").arg(retryNumber + 1);
                updateElapsed();
            });
    setBusy(true);
    updateElapsed();
    m_elapsedTick->start();
    statusBar()->showMessage(tr("Creating a Connect token for %1…")
                                 .arg(request.normalizedExternalUserId()));
}

void MainWindow::updateElapsed()
{
    if (!isBusy()) {
        m_ui->progressLabel->clear();
        return;
    }
    const qint64 seconds = std::max<qint64>(0, m_requestStartedAt.secsTo(m_clock.now()));
    QString text = tr("Creating the token… %n s", nullptr, int(seconds));
    if (!m_retryText.isEmpty())
        text = tr("%1 — %2").arg(text, m_retryText);
    m_ui->progressLabel->setText(text);
}

void MainWindow::retry()
{
    if (isBusy())
        return;
    if (m_form->request().sameLinkTarget(m_pendingRequest))
        generate(); // the form as it is now, edits included
    else
        startRequest(m_pendingRequest, m_pendingChoice, m_pendingAppName);
}

void MainWindow::cancel()
{
    if (m_reply)
        m_reply->cancel(); // finishes at once with Kind::Canceled
}

void MainWindow::onReplyFinished()
{
    ApiReply *reply = takeFinishedReply(m_reply, this);
    if (!reply)
        return;
    m_elapsedTick->stop();
    m_retryText.clear();
    m_ui->progressLabel->clear();

    if (reply->isOk() && reply->tokenResult()) {
        m_banner->clear();
        m_resultChoice = m_pendingChoice;
        m_resultAppName = m_pendingAppName;
        m_result->showResult(*reply->tokenResult(), m_pendingRequest, m_pendingAppName,
                             m_pendingChoice.isSandbox ? ResultPane::Origin::Sandbox
                                                       : ResultPane::Origin::Pipedream);
        setBusy(false); // also checks the new result against the form, edited meanwhile or not
        emit resultShown(*reply->tokenResult(), m_pendingRequest, m_pendingAppName);
        statusBar()->showMessage(
            m_pendingChoice.isSandbox
                ? tr("Sandbox link for %1 ready: it is not real and works only in this app's "
                     "simulator.")
                      .arg(m_pendingRequest.normalizedExternalUserId())
                : tr("Link for %1 ready. %2 copies it.")
                      .arg(m_pendingRequest.normalizedExternalUserId(),
                           m_ui->shortcutHintLabel->property("copyKey").toString()),
            8000);
        emit requestFinished(true);
        return;
    }
    setBusy(false);
    const ApiError &error = reply->error();
    if (error.kind == ApiError::Kind::InvalidInput)
        m_form->revealAllErrors();
    m_banner->showError(error);
    if (error.kind != ApiError::Kind::Canceled && error.kind != ApiError::Kind::InvalidInput)
        emit requestFailed(m_pendingRequest, error, m_pendingAppName);
    statusBar()->showMessage(error.kind == ApiError::Kind::Canceled
                                 ? tr("Request canceled. Every field is kept.")
                                 : tr("No link was created. Every field is kept; fix the problem "
                                      "and generate again."),
                             8000);
    emit requestFinished(false);
}

void MainWindow::copyConnectLink()
{
    // A development or sandbox link does not work for a customer: it asks before it leaves.
    m_result->requestCopyConnectLink();
}

int MainWindow::addMode(QWidget *page, const QString &title)
{
    const int index = int(m_modePages.size());
    m_modePages.append(page);
    page->hide();
    m_ui->centralLayout->addWidget(page, 1);
    m_modeBar->addTab(title);
    if (!menuBar()->cornerWidget(Qt::TopRightCorner)) {
        // No taller than the menus: the tabs must not cost the form a pixel of height.
        // The current mode is underlined and bold, not only shaded.
        m_modeBar->setStyleSheet(QStringLiteral(
            "QTabBar::tab { padding: 0px 10px; border: none; border-bottom: 2px solid transparent; }"
            "QTabBar::tab:selected { font-weight: bold; border-bottom: 2px solid palette(highlight); }"
            "QTabBar::tab:hover:!selected { border-bottom: 2px solid palette(mid); }"));
        m_modeBar->setFixedHeight(menuBar()->sizeHint().height());
        menuBar()->setCornerWidget(m_modeBar, Qt::TopRightCorner);
    }
    m_modeBar->setVisible(m_modesAvailable);
    if (index < 9) {
        const QKeySequence key(Qt::CTRL | Qt::Key(Qt::Key_1 + index));
        m_modeBar->setTabToolTip(index, key.toString(QKeySequence::NativeText));
        connect(new QShortcut(key, this), &QShortcut::activated, this,
                [this, index] { showMode(index); });
    }
    return index;
}

int MainWindow::currentMode() const
{
    return m_currentMode;
}

void MainWindow::setModesAvailable(bool available)
{
    if (!available)
        showMode(linkMode);
    m_modesAvailable = available;
    m_modeBar->setVisible(available && m_modePages.size() > 1);
}

void MainWindow::showMode(int index)
{
    if (index < 0 || index >= m_modePages.size() || index == m_currentMode)
        return;
    if (!m_modesAvailable && index != linkMode) {
        m_modeBar->setCurrentIndex(m_currentMode); // a tab clicked meanwhile does not stick
        return;
    }
    m_currentMode = index;
    m_modeBar->setCurrentIndex(index);
    for (qsizetype i = 0; i < m_modePages.size(); ++i)
        m_modePages.at(i)->setVisible(i == index);
    emit modeChanged(index);
    if (index == linkMode)
        m_form->focusExternalUserId();
}

void MainWindow::addResultWidget(QWidget *widget)
{
    m_ui->resultScrollLayout->insertWidget(m_ui->resultScrollLayout->count() - 1, widget);
    m_resultWidgets.append(widget);
    updateTabOrder();
}

void MainWindow::updateTabOrder()
{
    // One path through the window: the form top to bottom, Generate, then the result and
    // everything under it (the scroll areas and bands take no focus).
    m_tabOrder = m_form->tabOrder();
    m_tabOrder.append(m_ui->generateButton);
    m_tabOrder.append(m_banner);
    m_tabOrder.append(m_result->tabOrder());
    m_tabOrder.append(m_resultWidgets);
    TabChain::chain(m_tabOrder);
    WheelGuard::protect(this);
}

bool MainWindow::focusNextPrevChild(bool next)
{
    // The focus chain alone cannot keep the path linear: containers that forward their focus
    // (the pickers' hosts) sit at odd places in it. So the window walks its own list of stops,
    // skipping what is hidden or disabled; the docks follow the result.
    QList<QWidget *> stops;
    QList<QWidget *> order = m_tabOrder;
    for (QDockWidget *dock : std::as_const(m_managedDocks))
        order.append(dock);
    for (QWidget *widget : std::as_const(order)) {
        for (QWidget *stop : TabChain::stops(widget)) {
            if (stop->isVisible() && stop->isEnabled() && !stops.contains(stop))
                stops.append(stop);
        }
    }
    QWidget *current = QApplication::focusWidget();
    while (current && !stops.contains(current) && current != this)
        current = current->parentWidget();
    const qsizetype at = current ? stops.indexOf(current) : -1;
    if (at < 0 || stops.isEmpty())
        return QMainWindow::focusNextPrevChild(next);
    const qsizetype count = stops.size();
    QWidget *target = stops.at((at + (next ? 1 : count - 1)) % count);
    target->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    return true;
}

void MainWindow::setBusy(bool busy)
{
    m_ui->actionCancel->setEnabled(busy);
    m_ui->generateButton->setText(busy ? tr("Cancel") : tr("&Generate link"));
    m_ui->generateButton->setIcon(Style::icon(busy ? QStringLiteral("cancel")
                                                   : QStringLiteral("generate")));
    m_ui->generateButton->setAccessibleName(busy ? tr("Cancel the request")
                                                 : tr("Generate the Connect Link"));
    m_ui->generateButton->setProperty("busy", busy);
    updateGenerateStyle();
    updateGenerateState();
    updateResultMatch();
}

void MainWindow::updateResultMatch()
{
    if (!m_result->hasResult())
        return;
    using Match = ResultPane::Match;
    if (isBusy())
        m_result->setMatch(Match::NewRequest);
    else if (m_form->currentProject().key == m_resultChoice.key
             && m_form->request().sameLinkTarget(m_result->request()))
        m_result->setMatch(Match::Current);
    else
        m_result->setMatch(Match::FormChanged);
}

void MainWindow::updateActions()
{
    const bool busy = isBusy();
    m_ui->actionGenerate->setEnabled(!busy && m_form->isVisibleTo(this)
                                     && m_form->blockingReasons().isEmpty());
    const bool shareable = m_result->isShareable();
    m_ui->actionCopyLink->setEnabled(shareable);
    m_ui->actionOpenLink->setEnabled(shareable);
    m_ui->actionCopyToken->setEnabled(m_result->hasResult()
                                      && m_result->match() == ResultPane::Match::Current);
    m_ui->actionCopyLink->setStatusTip(shareable ? QString() : m_result->shareBlockedReason());
}

void MainWindow::updateGenerateState()
{
    const QStringList reasons = m_form->blockingReasons();
    const bool busy = isBusy();
    updateActions();
    m_ui->generateButton->setEnabled(busy || reasons.isEmpty());
    if (busy || reasons.isEmpty()) {
        m_ui->generateButton->setToolTip(busy ? tr("Cancel the running request (Esc)")
                                              : tr("Create the token and Connect Link (%1)")
                                                    .arg(m_ui->shortcutHintLabel->text()));
        m_ui->blockingReasonsLabel->setFullText({});
        m_ui->blockingReasonsLabel->setToolTip({});
        m_ui->blockingReasonsLabel->hide(); // its line stays reserved
        return;
    }
    const QString details = tr("Generate is disabled until:\n• %1")
                                .arg(reasons.join(QStringLiteral("\n• ")));
    m_ui->generateButton->setToolTip(details);
    // One line at a fixed height (review 18): the form does not grow and shrink as items are
    // resolved. The count, then the first item (elided); all of them are in the tooltip.
    m_ui->blockingReasonsLabel->setFullText(
        reasons.size() == 1 ? tr("Before you can generate: %1").arg(reasons.constFirst())
                            : tr("Before you can generate, fix %n things. First: %1", nullptr,
                                 int(reasons.size()))
                                  .arg(reasons.constFirst()));
    m_ui->blockingReasonsLabel->setToolTip(details);
    m_ui->blockingReasonsLabel->setAccessibleName(tr("Before you can generate: %1")
                                                      .arg(reasons.join(QLatin1Char(' '))));
    m_ui->blockingReasonsLabel->show();
}

void MainWindow::updateGenerateStyle()
{
    const QPalette palette = QGuiApplication::palette();
    if (isBusy()) {
        m_ui->generateButton->setStyleSheet({});
        return;
    }
    const QColor accent = palette.color(QPalette::Highlight);
    m_ui->generateButton->setStyleSheet(
        QStringLiteral("QPushButton#generateButton { background-color: %1; color: %2;"
                       " border: 1px solid %3; border-radius: 5px; padding: 6px 22px;"
                       " font-weight: bold; }"
                       "QPushButton#generateButton:hover { background-color: %4; }"
                       "QPushButton#generateButton:focus { border: 2px solid %5; }"
                       "QPushButton#generateButton:disabled { background-color: %6; color: %7;"
                       " border: 1px solid %8; }")
            .arg(accent.name(), palette.color(QPalette::HighlightedText).name(),
                 accent.darker(120).name(), accent.lighter(112).name(),
                 palette.color(QPalette::WindowText).name(),
                 Style::tint(palette, palette.color(QPalette::Mid), 0.35).name(),
                 palette.color(QPalette::Disabled, QPalette::ButtonText).name(),
                 palette.color(QPalette::Mid).name()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange)
        updateGenerateStyle(); // dark/light switched while running
    QMainWindow::changeEvent(event);
}

void MainWindow::showAbout()
{
    auto *about = new AboutDialog(this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open(); // never a nested event loop
}

} // namespace ConnectDesk::Ui
