#include "main/mainwindow.h"
#include "ui_mainwindow.h"

#include "api/connectclient.h"
#include "api/connectionwarmer.h"
#include "api/useragent.h"
#include "form/environmentband.h"
#include "form/tokenform.h"
#include "main/aboutdialog.h"
#include "main/errorbanner.h"
#include "main/languagemenu.h"
#include "result/resultpane.h"
#include "share/devlinkguard.h"
#include "widgets/uistyle.h"

#include <QGuiApplication>
#include <QMessageBox>
#include <QScreen>

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
    m_ui->centralLayout->insertWidget(1, m_banner);
    m_ui->centralLayout->setStretchFactor(m_ui->mainSplitter, 1);

    m_form = new TokenForm(projects, m_clock, m_ui->formScrollContents);
    m_form->setObjectName(QStringLiteral("tokenForm"));
    m_form->setClient(m_client);
    m_ui->formScrollLayout->addWidget(m_form);
    // Tab goes from the form's last field on to Generate (the scroll areas take no focus).
    if (auto *last = m_form->findChild<QWidget *>(QStringLiteral("progressiveScopesCheck")))
        setTabOrder(last, m_ui->generateButton);
    m_result = new ResultPane(m_clock, m_ui->resultScrollContents);
    m_result->setObjectName(QStringLiteral("resultPane"));
    m_ui->resultScrollLayout->addWidget(m_result);
    m_ui->mainSplitter->setStretchFactor(0, 5);
    m_ui->mainSplitter->setStretchFactor(1, 6);
    m_ui->mainSplitter->setSizes({560, 620});

    m_serverLabel = new QLabel(this);
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    statusBar()->addPermanentWidget(m_serverLabel);

    m_ui->generateButton->setIcon(Style::icon(QStringLiteral("generate")));
    m_ui->generateButton->setMinimumHeight(m_ui->generateButton->sizeHint().height() + 10);
    m_ui->shortcutHintLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->actionGenerate->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return),
                                        QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_ui->actionGenerate->setIcon(Style::icon(QStringLiteral("generate")));
    m_ui->actionCopyLink->setIcon(Style::icon(QStringLiteral("copy")));
    m_ui->actionOpenLink->setIcon(Style::icon(QStringLiteral("open-link")));
    m_ui->actionCancel->setEnabled(false);
    m_ui->shortcutHintLabel->setText(
        m_ui->actionGenerate->shortcut().toString(QKeySequence::NativeText));

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
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    // File > Language: saved in the settings, used from the next start.
    m_ui->fileMenu->insertMenu(m_ui->actionQuit, new LanguageMenu(nullptr, m_ui->fileMenu));
    m_ui->fileMenu->insertSeparator(m_ui->actionQuit);

    connect(m_form, &TokenForm::changed, this, &MainWindow::updateGenerateState);
    connect(m_form, &TokenForm::projectChanged, this, &MainWindow::applyProject);
    // Token and connection ready before Ctrl+Return (ConnectionWarmer); a moment after a project
    // is chosen, so start-up and quick switching between projects stay free of network work.
    m_warmer = new ConnectionWarmer(m_client, m_clock, this);
    m_warmTimer.setSingleShot(true);
    m_warmTimer.setInterval(250);
    connect(&m_warmTimer, &QTimer::timeout, m_warmer, &ConnectionWarmer::warm);
    connect(m_form, &TokenForm::changed, m_warmer, &ConnectionWarmer::noteActivity);
    connect(m_result, &ResultPane::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_result, &ResultPane::regenerateRequested, this, [this](const TokenRequest &request) {
        if (!isBusy())
            startRequest(request, m_resultChoice, m_resultAppName);
    });

    applyProject(m_form->currentProject());
    updateGenerateStyle();
    updateGenerateState();
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
    setWindowTitle(choice.isSandbox ? tr("ConnectDesk — Sandbox (links are not real)")
                                    : tr("ConnectDesk"));
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

void MainWindow::generate()
{
    if (isBusy())
        return;
    if (!m_form->blockingReasons().isEmpty()) {
        m_form->revealAllErrors();
        statusBar()->showMessage(tr("Nothing was sent: fix the fields listed under Generate first."),
                                 5000);
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
    m_banner->clear();
    ApiReply *reply = m_client->createToken(request);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, &MainWindow::onReplyFinished);
    connect(reply, &ApiReply::retrying, this,
            [this](int retryNumber, int delayMs, const ApiError &cause) {
                m_banner->showRetrying(retryNumber, delayMs, cause);
                const int seconds = (delayMs + 999) / 1000;
                m_ui->progressLabel->setText(
                    tr("Retrying in %n s (attempt %1)…", nullptr, seconds).arg(retryNumber + 1));
            });
    setBusy(true);
    m_ui->progressLabel->setText(tr("Creating the token…"));
    statusBar()->showMessage(tr("Creating a Connect token for %1…")
                                 .arg(request.normalizedExternalUserId()));
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
    setBusy(false);
    m_ui->progressLabel->clear();

    if (reply->isOk() && reply->tokenResult()) {
        m_banner->clear();
        m_resultChoice = m_pendingChoice;
        m_resultAppName = m_pendingAppName;
        m_result->showResult(*reply->tokenResult(), m_pendingRequest, m_pendingAppName);
        emit resultShown(*reply->tokenResult(), m_pendingRequest, m_pendingAppName);
        statusBar()->showMessage(tr("Connect Link ready. %1 copies it.")
                                     .arg(m_ui->actionCopyLink->shortcut().toString(
                                         QKeySequence::NativeText)),
                                 8000);
        emit requestFinished(true);
        return;
    }
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
    if (!m_result->hasResult()) {
        m_result->copyConnectLink(); // says there is nothing to copy yet
        return;
    }
    // A development link does not work for a customer: ask before it leaves the window.
    DevLinkGuard::confirmShare(this, m_result->request().environment,
                               [this] { m_result->copyConnectLink(); });
}

void MainWindow::addResultWidget(QWidget *widget)
{
    m_ui->resultScrollLayout->addWidget(widget);
}

void MainWindow::setBusy(bool busy)
{
    m_ui->actionCancel->setEnabled(busy);
    m_ui->generateButton->setText(busy ? tr("&Cancel") : tr("&Generate link"));
    m_ui->generateButton->setIcon(Style::icon(busy ? QStringLiteral("cancel")
                                                   : QStringLiteral("generate")));
    m_ui->generateButton->setAccessibleName(busy ? tr("Cancel the request")
                                                 : tr("Generate the Connect Link"));
    m_ui->generateButton->setProperty("busy", busy);
    updateGenerateStyle();
    updateGenerateState();
}

void MainWindow::updateGenerateState()
{
    const QStringList reasons = m_form->blockingReasons();
    const bool busy = isBusy();
    m_ui->generateButton->setEnabled(busy || reasons.isEmpty());
    if (busy || reasons.isEmpty()) {
        m_ui->generateButton->setToolTip(busy ? tr("Cancel the running request (Esc)")
                                              : tr("Create the token and Connect Link (%1)")
                                                    .arg(m_ui->shortcutHintLabel->text()));
        m_ui->blockingReasonsLabel->clear();
        m_ui->blockingReasonsLabel->hide();
        return;
    }
    m_ui->generateButton->setToolTip(tr("Generate is disabled until:\n• %1")
                                         .arg(reasons.join(QStringLiteral("\n• "))));
    QString html = QStringLiteral("<b>%1</b><ul style=\"margin-left:0px; -qt-list-indent:1\">")
                       .arg(tr("Before you can generate:").toHtmlEscaped());
    for (const QString &reason : reasons)
        html += QStringLiteral("<li>%1</li>").arg(reason.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_ui->blockingReasonsLabel->setText(html);
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
