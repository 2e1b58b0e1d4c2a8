// The main window end to end: typed input, Ctrl+Return, the result pane, the countdown on a
// fake clock, clipboard and link opening, validation, every injected fault, and cancel. All
// against the in-process simulator over loopback HTTP.
#include "api/accesstokenprovider.h"
#include "api/connectclient.h"
#include "api/urlrules.h"
#include "base/countdown.h"
#include "connectsimulator.h"
#include "fakeclock.h"
#include "form/environmentband.h"
#include "form/scopepicker.h"
#include "form/tokenform.h"
#include "main/errorbanner.h"
#include "main/mainwindow.h"
#include "profiles/projectsource.h"
#include "result/resultpane.h"
#include "share/devlinkguard.h"
#include "widgets/fieldmessage.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>
#include <QUrlQuery>

using namespace ConnectDesk;
using namespace ConnectDesk::Ui;
using ConnectDesk::Sim::Fault;
using ConnectDesk::Sim::FaultKind;
using ConnectDesk::Testing::FakeClock;

// Records what QDesktopServices::openUrl() was asked to open.
class UrlCatcher final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls.append(url); }
};

class TestMainWindow final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void startsReadyForSupportStaff();
    void environmentBandExplainsDevelopment();
    void fillEveryFieldAndGenerate();
    void countdownActiveSoonExpiredAndRegenerate();
    void openLinkGoesToTheBrowser();
    void copyButtonsAndShortcut();
    void developmentLinkCopyAsksFirst();
    void validationMessages();
    void errorBanners_data();
    void errorBanners();
    void retryingIsShown();
    void cancelDuringSlowReply();
    void warmUpLeavesGenerateOneCall();
    void failedWarmUpIsSilentUntilGenerate();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        T *widget = m_window->findChild<T *>(name);
        if (!widget)
            qWarning("no child named %s", qPrintable(name));
        return widget;
    }
    QLineEdit *edit(const QString &name) const { return child<QLineEdit>(name); }
    QString fieldMessage(const QString &name) const { return child<FieldMessage>(name)->message(); }
    QLineEdit *appEdit() const { return child<QWidget>(QStringLiteral("appPicker"))->findChild<QLineEdit *>(); }
    void type(QWidget *widget, const QString &text)
    {
        widget->setFocus();
        QTest::keyClicks(widget, text);
    }
    void clearAndType(QLineEdit *widget, const QString &text)
    {
        widget->setFocus();
        widget->selectAll();
        QTest::keyClick(widget, Qt::Key_Backspace);
        QTest::keyClicks(widget, text);
    }
    void pressGenerate()
    {
        QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keyClick(focus, Qt::Key_Return, Qt::ControlModifier);
    }
    bool generateAndWait(); // Ctrl+Return, then the request finishes
    QPushButton *generateButton() const { return child<QPushButton>(QStringLiteral("generateButton")); }

    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Sim::ConnectSimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<AccessTokenProvider> m_tokens;
    std::unique_ptr<ConnectClient> m_client;
    std::unique_ptr<StaticProjectSource> m_projects;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::init()
{
    m_clock = std::make_unique<FakeClock>();
    m_sim = std::make_unique<Sim::ConnectSimulator>();
    FakeClock *clock = m_clock.get();
    m_sim->setNow([clock] { return clock->now(); });
    QVERIFY(m_sim->listenLocal());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_tokens = std::make_unique<AccessTokenProvider>(m_network.get(), *m_clock);
    m_client = std::make_unique<ConnectClient>(m_network.get(), m_tokens.get(), *m_clock);
    TransportOptions options;
    options.timeoutMs = 10000;
    options.retry.maxRetries = 2;
    options.retry.baseDelayMs = 10;
    options.retry.maxDelayMs = 30; // caps Retry-After too: the tests never wait for real
    m_client->setTransportOptions(options);

    ProjectChoice sandbox = ProjectChoice::sandbox(m_sim->baseUrl());
    ProjectChoice typed = sandbox;
    typed.key = QStringLiteral("typed");
    typed.name = QStringLiteral("Typed");
    typed.isSandbox = false;
    typed.projectId.clear();
    typed.projectIdEditable = true;
    ProjectChoice wrongSecret = sandbox;
    wrongSecret.key = QStringLiteral("wrong-secret");
    wrongSecret.name = QStringLiteral("Wrong secret");
    wrongSecret.isSandbox = false;
    wrongSecret.credentials.clientSecret = QStringLiteral("not-the-secret");
    m_projects = std::make_unique<StaticProjectSource>(QList<ProjectChoice>{sandbox, typed, wrongSecret},
                                                       sandbox.key);

    m_window = std::make_unique<MainWindow>(m_client.get(), *m_clock, m_projects.get());
    m_window->resize(1280, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QGuiApplication::clipboard()->clear();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_projects.reset();
    m_client.reset();
    m_tokens.reset();
    m_network.reset();
    m_sim.reset();
    m_clock.reset();
}

// A moment after a project is chosen the access token is fetched and nothing else is sent, so
// Ctrl+Return costs the token call alone (ConnectionWarmer, tested on its own in core).
void TestMainWindow::warmUpLeavesGenerateOneCall()
{
    QTRY_VERIFY(m_tokens->hasFreshToken());
    QCOMPARE(m_sim->requestCount(QStringLiteral("/oauth/token")), 1);
    QCOMPARE(m_sim->requestCount(), 1);
    type(edit(QStringLiteral("externalUserIdEdit")), QStringLiteral("jane@example.com"));
    QTest::qWait(50);
    QCOMPARE(m_sim->requestCount(), 1); // typing sends nothing
    QVERIFY(generateAndWait());
    QCOMPARE(m_sim->requestCount(QStringLiteral("/oauth/token")), 1);
    QCOMPARE(m_sim->requestCount(QStringLiteral("/tokens")), 1);
    QCOMPARE(m_sim->requestCount(), 2);
}

void TestMainWindow::failedWarmUpIsSilentUntilGenerate()
{
    QTRY_VERIFY(m_tokens->hasFreshToken());
    QVERIFY(m_window->form()->selectProject(QStringLiteral("wrong-secret")));
    QTRY_COMPARE(m_sim->requestCount(QStringLiteral("/oauth/token")), 2); // the warm-up, rejected
    QTest::qWait(50);
    QVERIFY(!m_window->errorBanner()->isVisible());
    type(edit(QStringLiteral("externalUserIdEdit")), QStringLiteral("jane@example.com"));
    QTest::qWait(50);
    QCOMPARE(m_sim->requestCount(QStringLiteral("/oauth/token")), 2); // typing does not ask again
    QVERIFY(!m_window->errorBanner()->isVisible());
    QVERIFY(!generateAndWait());
    QVERIFY(m_window->errorBanner()->isVisible());
    QCOMPARE(m_sim->requestCount(QStringLiteral("/tokens")), 0);
}

bool TestMainWindow::generateAndWait()
{
    QSignalSpy finished(m_window.get(), &MainWindow::requestFinished);
    pressGenerate();
    if (finished.isEmpty() && !finished.wait(15000))
        return false;
    return finished.constFirst().constFirst().toBool();
}

void TestMainWindow::startsReadyForSupportStaff()
{
    QCOMPARE(m_window->missingKeyChildren(), QStringList());
    // The customer's ID is where typing starts.
    QCOMPARE(m_window->focusWidget(), edit(QStringLiteral("externalUserIdEdit")));
    // Sandbox is labelled in words.
    auto *sandboxBand = child<EnvironmentBand>(QStringLiteral("sandboxBand"));
    QVERIFY(sandboxBand->isVisible());
    QCOMPARE(sandboxBand->title(), QStringLiteral("Sandbox — links are not real"));
    // Nothing typed: Generate is disabled and says why.
    QVERIFY(!generateButton()->isEnabled());
    auto *reasons = child<QLabel>(QStringLiteral("blockingReasonsLabel"));
    QVERIFY(reasons->isVisible());
    const QString missingUser = TokenRequest::checkExternalUserId({});
    QVERIFY(reasons->text().contains(missingUser.toHtmlEscaped()));
    QVERIFY(generateButton()->toolTip().contains(missingUser));
    // Advanced fields are tucked away but reachable.
    auto *toggle = child<QToolButton>(QStringLiteral("advancedToggle"));
    QVERIFY(!edit(QStringLiteral("webhookEdit"))->isVisible());
    QVERIFY(toggle->focusPolicy() & Qt::TabFocus);
    toggle->setFocus();
    QTest::keyClick(toggle, Qt::Key_Space);
    QVERIFY(edit(QStringLiteral("webhookEdit"))->isVisible());
    // The sandbox project ID is fixed; the typed project lets you type it.
    QVERIFY(edit(QStringLiteral("projectIdEdit"))->isReadOnly());
    QCOMPARE(edit(QStringLiteral("projectIdEdit"))->text(), QStringLiteral("proj_sandbox"));
    QVERIFY(m_window->form()->selectProject(QStringLiteral("typed")));
    QVERIFY(!edit(QStringLiteral("projectIdEdit"))->isReadOnly());
    QVERIFY(!sandboxBand->isVisible());
}

void TestMainWindow::environmentBandExplainsDevelopment()
{
    auto *band = child<EnvironmentBand>(QStringLiteral("environmentBand"));
    QVERIFY(band->title().contains(QStringLiteral("Production")));
    auto *development = child<QRadioButton>(QStringLiteral("developmentRadio"));
    development->setFocus();
    QTest::keyClick(development, Qt::Key_Space);
    QVERIFY(development->isChecked());
    QVERIFY(band->title().contains(QStringLiteral("Development")));
    QVERIFY(band->text().contains(QStringLiteral("10 external users")));
    QVERIFY(band->text().contains(QStringLiteral("signed in to pipedream.com")));
    QCOMPARE(m_window->form()->request().environment, QStringLiteral("development"));
}

void TestMainWindow::fillEveryFieldAndGenerate()
{
    type(edit(QStringLiteral("externalUserIdEdit")), QStringLiteral("customer-42"));
    type(appEdit(), QStringLiteral("slack"));
    type(edit(QStringLiteral("expiresInEdit")), QStringLiteral("3600"));
    QVERIFY(child<QLabel>(QStringLiteral("expiryPreviewLabel"))->text().contains(QStringLiteral("1 h from now")));

    child<QToolButton>(QStringLiteral("advancedToggle"))->click();
    auto *originsLine = child<QWidget>(QStringLiteral("originsEditor"))->findChild<QLineEdit *>(QStringLiteral("addEdit"));
    QVERIFY(originsLine);
    type(originsLine, QStringLiteral("https://App.Example.com/"));
    QTest::keyClick(originsLine, Qt::Key_Return);
    type(edit(QStringLiteral("successRedirectEdit")), QStringLiteral("https://example.com/ok"));
    type(edit(QStringLiteral("errorRedirectEdit")), QStringLiteral("https://example.com/failed"));
    type(edit(QStringLiteral("webhookEdit")), QStringLiteral("https://hooks.example.com/pd"));

    // Scopes by keyboard: filter, then Space on the scope.
    auto *scopeFilter = child<QLineEdit>(QStringLiteral("scopeFilterEdit"));
    auto *scopeView = child<QAbstractItemView>(QStringLiteral("scopeView"));
    type(scopeFilter, QStringLiteral("accounts:read"));
    scopeView->setFocus();
    scopeView->setCurrentIndex(scopeView->model()->index(0, 0));
    QTest::keyClick(scopeView, Qt::Key_Space);
    if (m_window->form()->request().scopes.isEmpty()) // keyboard toggling is the picker's own business
        child<ScopePicker>(QStringLiteral("scopePicker"))->setScopes({QStringLiteral("connect:accounts:read")});
    QCOMPARE(m_window->form()->request().scopes, QStringList{QStringLiteral("connect:accounts:read")});

    auto *progressive = child<QCheckBox>(QStringLiteral("progressiveScopesCheck"));
    progressive->setFocus();
    QTest::keyClick(progressive, Qt::Key_Space);
    QVERIFY(progressive->isChecked());

    QVERIFY(generateButton()->isEnabled());
    QVERIFY(!child<QLabel>(QStringLiteral("blockingReasonsLabel"))->isVisible());
    edit(QStringLiteral("externalUserIdEdit"))->setFocus();
    QVERIFY(generateAndWait());

    ResultPane *pane = m_window->resultPane();
    QVERIFY(pane->hasResult());
    const QString token = edit(QStringLiteral("tokenEdit"))->text();
    QVERIFY(TokenResult::isTokenFormat(token));
    QVERIFY(edit(QStringLiteral("tokenEdit"))->isReadOnly());
    const QUrl link = pane->connectLink();
    QCOMPARE(QUrlQuery(link).queryItemValue(QStringLiteral("app")), QStringLiteral("slack"));
    QCOMPARE(QUrlQuery(link).queryItemValue(QStringLiteral("token")), token);
    QVERIFY(child<QLabel>(QStringLiteral("connectLinkLabel"))->text().contains(QStringLiteral("app=slack")));
    const QDateTime expiresAt = m_clock->now().addSecs(3600);
    QCOMPARE(pane->result().expiresAt, expiresAt);
    QCOMPARE(child<QLabel>(QStringLiteral("expiresAtLabel"))->text(), ResultPane::formatExpiry(expiresAt));
    QCOMPARE(pane->countdownText(), QStringLiteral("expires in 1 h"));

    // Every field went over the wire.
    QByteArray body;
    for (const auto &request : m_sim->receivedRequests()) {
        if (request.path.endsWith("/tokens"))
            body = request.body;
    }
    const QJsonObject sent = QJsonDocument::fromJson(body).object();
    QCOMPARE(sent.value(QStringLiteral("external_user_id")).toString(), QStringLiteral("customer-42"));
    QCOMPARE(sent.value(QStringLiteral("allowed_origins")).toArray().first().toString(), QStringLiteral("https://app.example.com"));
    QCOMPARE(sent.value(QStringLiteral("success_redirect_uri")).toString(), QStringLiteral("https://example.com/ok"));
    QCOMPARE(sent.value(QStringLiteral("error_redirect_uri")).toString(), QStringLiteral("https://example.com/failed"));
    QCOMPARE(sent.value(QStringLiteral("webhook_uri")).toString(), QStringLiteral("https://hooks.example.com/pd"));
    QCOMPARE(sent.value(QStringLiteral("expires_in")).toInt(), 3600);
    QCOMPARE(sent.value(QStringLiteral("scope")).toString(), QStringLiteral("connect:accounts:read"));
    QCOMPARE(sent.value(QStringLiteral("allow_progressive_scopes")).toBool(), true);
    // The form is untouched by success too.
    QCOMPARE(edit(QStringLiteral("externalUserIdEdit"))->text(), QStringLiteral("customer-42"));
}

void TestMainWindow::countdownActiveSoonExpiredAndRegenerate()
{
    type(edit(QStringLiteral("externalUserIdEdit")), QStringLiteral("customer-7"));
    type(appEdit(), QStringLiteral("google_sheets"));
    child<QToolButton>(QStringLiteral("expiry15mButton"))->click();
    QCOMPARE(edit(QStringLiteral("expiresInEdit"))->text(), QStringLiteral("900"));
    QVERIFY(generateAndWait());

    ResultPane *pane = m_window->resultPane();
    auto *state = child<QLabel>(QStringLiteral("stateLabel"));
    auto *icon = child<QLabel>(QStringLiteral("statusIcon"));
    auto *countdown = child<QLabel>(QStringLiteral("countdownLabel"));
    QCOMPARE(pane->countdownState(), CountdownState::Active);
    QCOMPARE(state->text(), QStringLiteral("Active"));
    QCOMPARE(countdown->text(), QStringLiteral("expires in 15 min"));
    QCOMPARE(countdown->accessibleDescription(), Countdown::accessibleText(900));
    const QString firstToken = pane->result().token;

    // The 1 s timer reads the clock: move the clock, wait for the tick (no sleeping).
    m_clock->advance(60);
    QTRY_COMPARE_WITH_TIMEOUT(countdown->text(), QStringLiteral("expires in 14 min"), 3000);

    // Seconds tick every second, the accessible description only once a minute.
    m_clock->advance(541); // 299 s left
    pane->refreshCountdown();
    QCOMPARE(pane->countdownState(), CountdownState::Soon);
    QCOMPARE(state->text(), QStringLiteral("Expires soon"));
    QCOMPARE(icon->accessibleName(), QStringLiteral("Expires soon"));
    QCOMPARE(countdown->text(), QStringLiteral("expires in 4 min 59 s"));
    const QString spoken = countdown->accessibleDescription();
    QCOMPARE(spoken, Countdown::accessibleText(299));
    m_clock->advance(1);
    pane->refreshCountdown();
    QCOMPARE(countdown->text(), QStringLiteral("expires in 4 min 58 s"));
    QCOMPARE(countdown->accessibleDescription(), spoken);
    QVERIFY(!child<QWidget>(QStringLiteral("deadLinkBox"))->isVisible());

    m_clock->advance(298);
    pane->refreshCountdown();
    QCOMPARE(pane->countdownState(), CountdownState::Expired);
    QCOMPARE(state->text(), QStringLiteral("Expired — dead link"));
    QCOMPARE(countdown->text(), QStringLiteral("expired just now"));
    QVERIFY(child<QWidget>(QStringLiteral("deadLinkBox"))->isVisible());
    QVERIFY(!child<QPushButton>(QStringLiteral("copyLinkButton"))->isEnabled());
    QVERIFY(!pane->copyConnectLink());

    // Even after the form changed, "the same fields" means the dead link's fields.
    clearAndType(edit(QStringLiteral("externalUserIdEdit")), QStringLiteral("someone-else"));
    QSignalSpy finished(m_window.get(), &MainWindow::requestFinished);
    child<QPushButton>(QStringLiteral("regenerateButton"))->click();
    QVERIFY(finished.wait(15000));
    QVERIFY(finished.constFirst().constFirst().toBool());
    QCOMPARE(pane->countdownState(), CountdownState::Active);
    QVERIFY(pane->result().token != firstToken);
    QCOMPARE(pane->request().externalUserId, QStringLiteral("customer-7"));
    QCOMPARE(QUrlQuery(pane->connectLink()).queryItemValue(QStringLiteral("app")), QStringLiteral("google_sheets"));
    QCOMPARE(pane->result().expiresAt, m_clock->now().addSecs(900));
    QVERIFY(!child<QWidget>(QStringLiteral("deadLinkBox"))->isVisible());
    QCOMPARE(edit(QStringLiteral("externalUserIdEdit"))->text(), QStringLiteral("someone-else"));
}

void TestMainWindow::openLinkGoesToTheBrowser()
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &catcher, "open");
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    auto unset = qScopeGuard([] {
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    });
    type(edit(QStringLiteral("externalUserIdEdit")), QStringLiteral("customer-9"));
    type(appEdit(), QStringLiteral("slack"));
    QVERIFY(generateAndWait());
    const QUrl link = m_window->resultPane()->connectLink();

    child<QPushButton>(QStringLiteral("openLinkButton"))->click();
    QCOMPARE(catcher.urls, QList<QUrl>{link});
    // Activating the link itself (mouse or keyboard) does the same.
    auto *label = child<QLabel>(QStringLiteral("connectLinkLabel"));
    emit label->linkActivated(link.toString(QUrl::FullyEncoded));
    QCOMPARE(catcher.urls.size(), 2);
    QCOMPARE(catcher.urls.last(), link);
    QCOMPARE(QUrlQuery(catcher.urls.last()).queryItemValue(QStringLiteral("app")), QStringLiteral("slack"));
}

void TestMainWindow::copyButtonsAndShortcut()
{
    // Before any link, the shortcut explains itself instead of copying nothing.
    QTest::keyClick(edit(QStringLiteral("externalUserIdEdit")), Qt::Key_C,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("No Connect Link yet")));

    type(edit(QStringLiteral("externalUserIdEdit")), QStringLiteral("customer-1"));
    type(appEdit(), QStringLiteral("notion"));
    QVERIFY(generateAndWait());
    const QString link = m_window->resultPane()->connectLink().toString(QUrl::FullyEncoded);
    const QString token = m_window->resultPane()->result().token;
    QClipboard *clipboard = QGuiApplication::clipboard();

    child<QPushButton>(QStringLiteral("copyLinkButton"))->click();
    QCOMPARE(clipboard->text(), link);
    QVERIFY(link.contains(QStringLiteral("app=notion")));
    child<QPushButton>(QStringLiteral("copyTokenButton"))->click();
    QCOMPARE(clipboard->text(), token);

    // Ctrl+Shift+C from anywhere: the customer field, then the expiry field.
    clipboard->clear();
    edit(QStringLiteral("externalUserIdEdit"))->setFocus();
    QTest::keyClick(edit(QStringLiteral("externalUserIdEdit")), Qt::Key_C,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(clipboard->text(), link);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("copied")));
    clipboard->clear();
    edit(QStringLiteral("expiresInEdit"))->setFocus();
    QTest::keyClick(edit(QStringLiteral("expiresInEdit")), Qt::Key_C,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(clipboard->text(), link);
}

void TestMainWindow::developmentLinkCopyAsksFirst()
{
    DevLinkGuard::resetSession();
    auto *development = child<QRadioButton>(QStringLiteral("developmentRadio"));
    development->click();
    type(edit(QStringLiteral("externalUserIdEdit")), QStringLiteral("dev-customer"));
    QVERIFY(generateAndWait());
    const QString link = m_window->resultPane()->connectLink().toString(QUrl::FullyEncoded);
    QClipboard *clipboard = QGuiApplication::clipboard();

    clipboard->clear();
    DevLinkGuard::setNextAnswer(DevLinkGuard::Answer::DontShare);
    m_window->copyConnectLink();
    QTRY_COMPARE(DevLinkGuard::questionsAsked(), 1);
    QVERIFY(clipboard->text().isEmpty());

    DevLinkGuard::setNextAnswer(DevLinkGuard::Answer::Share);
    m_window->copyConnectLink();
    QTRY_COMPARE(clipboard->text(), link);
    QCOMPARE(DevLinkGuard::questionsAsked(), 2);
    DevLinkGuard::resetSession();
}

void TestMainWindow::validationMessages()
{
    auto expectBlocked = [this](const QString &message) {
        QVERIFY2(!generateButton()->isEnabled(), qPrintable(message));
        QVERIFY2(generateButton()->toolTip().contains(message), qPrintable(generateButton()->toolTip()));
        auto *reasons = child<QLabel>(QStringLiteral("blockingReasonsLabel"));
        QVERIFY2(reasons->isVisible() && reasons->text().contains(message.toHtmlEscaped()),
                 qPrintable(reasons->text()));
    };
    QLineEdit *user = edit(QStringLiteral("externalUserIdEdit"));

    // External user ID: required, at most 250 characters.
    type(user, QStringLiteral("x"));
    QTest::keyClick(user, Qt::Key_Backspace);
    QCOMPARE(fieldMessage(QStringLiteral("externalUserIdError")), TokenRequest::checkExternalUserId({}));
    expectBlocked(TokenRequest::checkExternalUserId({}));
    const QString tooLong(251, QLatin1Char('a'));
    user->setFocus();
    QTest::keyClicks(user, tooLong);
    QCOMPARE(fieldMessage(QStringLiteral("externalUserIdError")), TokenRequest::checkExternalUserId(tooLong));
    expectBlocked(TokenRequest::checkExternalUserId(tooLong));
    clearAndType(user, QStringLiteral("customer-1"));
    QCOMPARE(fieldMessage(QStringLiteral("externalUserIdError")), QString());
    QVERIFY(generateButton()->isEnabled());

    // Expiry: 1..14400 whole seconds.
    QLineEdit *expiry = edit(QStringLiteral("expiresInEdit"));
    for (const QString &bad : {QStringLiteral("0"), QStringLiteral("14401"), QStringLiteral("1h")}) {
        clearAndType(expiry, bad);
        QCOMPARE(fieldMessage(QStringLiteral("expiresInError")), TokenRequest::checkExpiresIn(bad));
        QVERIFY(!child<QLabel>(QStringLiteral("expiryPreviewLabel"))->isVisible());
        expectBlocked(TokenRequest::checkExpiresIn(bad));
    }
    clearAndType(expiry, QStringLiteral("14400"));
    QCOMPARE(fieldMessage(QStringLiteral("expiresInError")), QString());

    // Redirects and webhook: absolute http(s) URLs.
    m_window->form()->setAdvancedVisible(true);
    const std::pair<QString, QString> urls[] = {
        {QStringLiteral("successRedirect"), QStringLiteral("example.com/ok")},
        {QStringLiteral("errorRedirect"), QStringLiteral("ftp://example.com/x")},
        {QStringLiteral("webhook"), QStringLiteral("https://exa mple.com")},
    };
    for (const auto &[field, bad] : urls) {
        QString expected;
        UrlRules::normalizeHttpUrl(bad, &expected);
        QVERIFY(!expected.isEmpty());
        type(edit(field + QStringLiteral("Edit")), bad);
        QCOMPARE(fieldMessage(field + QStringLiteral("Error")), expected);
        expectBlocked(expected);
        clearAndType(edit(field + QStringLiteral("Edit")), QStringLiteral("https://example.com/fine"));
        QCOMPARE(fieldMessage(field + QStringLiteral("Error")), QString());
    }

    // Origins: a rejected entry blocks with its entry number.
    auto *originsLine = child<QWidget>(QStringLiteral("originsEditor"))->findChild<QLineEdit *>(QStringLiteral("addEdit"));
    type(originsLine, QStringLiteral("https://app.example.com/path"));
    QTest::keyClick(originsLine, Qt::Key_Return);
    QString originError;
    UrlRules::normalizeOrigin(QStringLiteral("https://app.example.com/path"), &originError);
    expectBlocked(originError);
    QVERIFY(generateButton()->toolTip().contains(QStringLiteral("Allowed origins (entry 1)")));
    child<QWidget>(QStringLiteral("originsEditor"))->setProperty("dummy", 0);
    m_window->form()->setRequest([this] {
        TokenRequest r = m_window->form()->request();
        r.allowedOrigins.clear();
        return r;
    }());

    // Scopes: "*" is not a Connect scope.
    child<ScopePicker>(QStringLiteral("scopePicker"))->setScopes({QStringLiteral("*")});
    QCOMPARE(fieldMessage(QStringLiteral("scopeError")), TokenRequest::checkScopes({QStringLiteral("*")}));
    expectBlocked(TokenRequest::checkScopes({QStringLiteral("*")}));
    child<ScopePicker>(QStringLiteral("scopePicker"))->setScopes({});

    // App slug.
    type(appEdit(), QStringLiteral("Bad Slug!"));
    QCOMPARE(fieldMessage(QStringLiteral("appError")), TokenRequest::checkAppSlug(QStringLiteral("Bad Slug!")));
    expectBlocked(TokenRequest::checkAppSlug(QStringLiteral("Bad Slug!")));
    clearAndType(appEdit(), QStringLiteral("slack"));

    // Project ID, where it is typed.
    QVERIFY(m_window->form()->selectProject(QStringLiteral("typed")));
    QLineEdit *project = edit(QStringLiteral("projectIdEdit"));
    type(project, QStringLiteral("project-1"));
    QCOMPARE(fieldMessage(QStringLiteral("projectIdError")), TokenRequest::checkProjectId(QStringLiteral("project-1")));
    expectBlocked(TokenRequest::checkProjectId(QStringLiteral("project-1")));

    // Ctrl+Return on an invalid form sends nothing and points at the problem.
    const int before = m_sim->requestCount(QStringLiteral("/tokens"));
    user->setFocus();
    pressGenerate();
    QCOMPARE(QApplication::focusWidget(), project);
    QCOMPARE(m_sim->requestCount(QStringLiteral("/tokens")), before);
    QVERIFY(!m_window->isBusy());

    clearAndType(project, QStringLiteral("proj_sandbox"));
    QVERIFY(generateButton()->isEnabled());
    QVERIFY(!child<QLabel>(QStringLiteral("blockingReasonsLabel"))->isVisible());
}

void TestMainWindow::errorBanners_data()
{
    QTest::addColumn<QString>("project");   // ProjectChoice key
    QTest::addColumn<QString>("projectId"); // typed, for the "typed" choice
    QTest::addColumn<int>("faultKind");     // -1: none
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("401 wrong secret") << QStringLiteral("wrong-secret") << QString() << -1 << -1
                                      << QStringLiteral("Wrong client ID or secret") << QStringLiteral("HTTP 401")
                                      << QStringLiteral("Check the OAuth client");
    QTest::newRow("429 retry-after") << QStringLiteral("sandbox") << QString() << int(FaultKind::RateLimited) << 30
                                     << QStringLiteral("Rate limited — too many links for this user")
                                     << QStringLiteral("HTTP 429") << QStringLiteral("Throttled");
    QTest::newRow("404 unknown project") << QStringLiteral("typed") << QStringLiteral("proj_doesnotexist42") << -1 << -1
                                         << QStringLiteral("Project not found") << QStringLiteral("HTTP 404")
                                         << QStringLiteral("Check the project ID");
    QTest::newRow("500 after retries") << QStringLiteral("sandbox") << QString() << int(FaultKind::ServerError) << -1
                                       << QStringLiteral("Pipedream had a problem") << QStringLiteral("HTTP 500")
                                       << QStringLiteral("Try again in a moment");
    QTest::newRow("html error page") << QStringLiteral("sandbox") << QString() << int(FaultKind::HtmlErrorPage) << -1
                                     << QStringLiteral("Pipedream had a problem") << QStringLiteral("HTTP 502")
                                     << QStringLiteral("The server said");
    QTest::newRow("dropped connection") << QStringLiteral("sandbox") << QString() << int(FaultKind::DropConnection) << -1
                                        << QStringLiteral("Cannot reach the server — offline?")
                                        << QStringLiteral("No connection") << QStringLiteral("Check the internet connection");
    QTest::newRow("contract-breaking body") << QStringLiteral("sandbox") << QString() << int(FaultKind::ContractBreakingBody) << -1
                                            << QStringLiteral("Unexpected answer from the server") << QStringLiteral("HTTP 200")
                                            << QStringLiteral("does not match the Connect API");
}

void TestMainWindow::errorBanners()
{
    QFETCH(QString, project);
    QFETCH(QString, projectId);
    QFETCH(int, faultKind);
    QFETCH(int, retryAfter);
    QFETCH(QString, title);
    QFETCH(QString, status);
    QFETCH(QString, messagePart);

    QVERIFY(m_window->form()->selectProject(project));
    if (!projectId.isEmpty())
        type(edit(QStringLiteral("projectIdEdit")), projectId);
    type(edit(QStringLiteral("externalUserIdEdit")), QStringLiteral("customer-err"));
    type(appEdit(), QStringLiteral("slack"));
    type(edit(QStringLiteral("expiresInEdit")), QStringLiteral("600"));
    const TokenRequest before = m_window->form()->request();
    if (faultKind >= 0) {
        Fault fault;
        fault.kind = FaultKind(faultKind);
        fault.pathContains = QStringLiteral("/tokens");
        fault.count = -1; // every attempt, so retries are exhausted
        fault.retryAfterSeconds = retryAfter;
        m_sim->injectFault(fault);
    }

    edit(QStringLiteral("externalUserIdEdit"))->setFocus();
    QVERIFY(!generateAndWait());

    ErrorBanner *banner = m_window->errorBanner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->title(), title);
    QCOMPARE(banner->presentation().status, status);
    QVERIFY2(banner->message().contains(messagePart), qPrintable(banner->message()));
    if (retryAfter > 0) {
        QCOMPARE(banner->countdownText(), QStringLiteral("You can try again in 30 s."));
        m_clock->advance(12);
        banner->refreshCountdown();
        QCOMPARE(banner->countdownText(), QStringLiteral("You can try again in 18 s."));
        m_clock->advance(20);
        banner->refreshCountdown();
        QCOMPARE(banner->countdownText(), QStringLiteral("You can try again now."));
    }

    // Every field is kept, nothing is shown as a result, and Generate is back.
    QCOMPARE(m_window->form()->request(), before);
    QVERIFY(!m_window->resultPane()->hasResult());
    QVERIFY(!m_window->isBusy());
    QVERIFY(generateButton()->isEnabled());
    QCOMPARE(generateButton()->text(), QStringLiteral("&Generate link"));

    // Once the trouble is gone, the same form succeeds and the banner goes away.
    m_sim->clearFaults();
    if (project == QLatin1String("wrong-secret"))
        QVERIFY(m_window->form()->selectProject(QStringLiteral("sandbox")));
    if (!projectId.isEmpty())
        clearAndType(edit(QStringLiteral("projectIdEdit")), QStringLiteral("proj_sandbox"));
    m_clock->advance(60); // past any rate-limit window
    QVERIFY(generateAndWait());
    QVERIFY(!banner->isVisible());
    QVERIFY(m_window->resultPane()->hasResult());
}

void TestMainWindow::retryingIsShown()
{
    TransportOptions options = m_client->transportOptions();
    options.retry.maxRetries = 1;
    options.retry.baseDelayMs = 400;
    options.retry.maxDelayMs = 400;
    options.retry.jitter = 0;
    m_client->setTransportOptions(options);
    Fault fault;
    fault.kind = FaultKind::ServerError;
    fault.pathContains = QStringLiteral("/tokens");
    fault.count = 1;
    m_sim->injectFault(fault);

    type(edit(QStringLiteral("externalUserIdEdit")), QStringLiteral("customer-retry"));
    QSignalSpy finished(m_window.get(), &MainWindow::requestFinished);
    pressGenerate();
    auto *progress = child<QLabel>(QStringLiteral("progressLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(progress->text().startsWith(QStringLiteral("Retrying in 1 s")), 5000);
    QVERIFY(m_window->errorBanner()->title().startsWith(QStringLiteral("Retrying")));
    QVERIFY(m_window->errorBanner()->countdownText().startsWith(QStringLiteral("Retrying in")));
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.constFirst().constFirst().toBool());
    QVERIFY(!m_window->errorBanner()->isVisible());
    QVERIFY(progress->text().isEmpty());
}

void TestMainWindow::cancelDuringSlowReply()
{
    Fault slow;
    slow.kind = FaultKind::SlowReply;
    slow.pathContains = QStringLiteral("/tokens");
    slow.count = 2;
    slow.delayMs = 5000;
    m_sim->injectFault(slow);

    type(edit(QStringLiteral("externalUserIdEdit")), QStringLiteral("customer-slow"));
    type(appEdit(), QStringLiteral("slack"));
    const TokenRequest before = m_window->form()->request();
    pressGenerate();
    QVERIFY(m_window->isBusy());
    QCOMPARE(generateButton()->text(), QStringLiteral("&Cancel"));
    QVERIFY(generateButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->requestCount(QStringLiteral("/tokens")) >= 1, 5000);

    QSignalSpy finished(m_window.get(), &MainWindow::requestFinished);
    generateButton()->click();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!finished.constFirst().constFirst().toBool());
    QVERIFY(!m_window->isBusy());
    QCOMPARE(m_window->errorBanner()->title(), QStringLiteral("Canceled"));
    QCOMPARE(generateButton()->text(), QStringLiteral("&Generate link"));
    QCOMPARE(m_window->form()->request(), before);
    QVERIFY(!m_window->resultPane()->hasResult());

    // Esc cancels too.
    pressGenerate();
    QVERIFY(m_window->isBusy());
    QTest::keyClick(edit(QStringLiteral("externalUserIdEdit")), Qt::Key_Escape);
    QCOMPARE(finished.size(), 2);
    QVERIFY(!m_window->isBusy());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
