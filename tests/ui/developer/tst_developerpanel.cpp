#include "api/connectclient.h"
#include "api/useragent.h"
#include "base/clock.h"
#include "connectsimulator.h"
#include "developer/calllog.h"
#include "developer/calllogview.h"
#include "developer/codeexport.h"
#include "developer/codeexportview.h"
#include "developer/developermode.h"
#include "developer/developerpanel.h"
#include "developer/developertools.h"
#include "developer/presetbar.h"
#include "developer/presetstore.h"
#include "developer/requestpreview.h"
#include "developer/responseview.h"
#include "developer/tokencheckview.h"
#include "form/tokenform.h"
#include "profiles/projectsource.h"
#include "simulatedapi.h"

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QMainWindow>
#include <QToolBar>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ConnectDesk;
using namespace ConnectDesk::Sim;
using namespace ConnectDesk::Ui;

Q_DECLARE_METATYPE(ConnectDesk::TokenRequest)

namespace {

TokenRequest sandboxRequest()
{
    TokenRequest r;
    r.projectId = SandboxCredentials::projectId();
    r.environment = QStringLiteral("development");
    r.externalUserId = QStringLiteral("o'brien $HOME");
    r.expiresIn = QStringLiteral("7200");
    r.appSlug = QStringLiteral("slack");
    return r;
}

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

} // namespace

// The developer panel and its switch, offscreen: developer mode persists, Copy as cURL fills the
// clipboard with a command that works, the token check follows the token's life, the call log
// and Response tab follow the app's calls, presets round-trip through the bar.
class TestDeveloperPanel final : public QObject
{
    Q_OBJECT

private:
    struct Fixture : Testing::SimulatedApi<>
    {
        DeveloperPanel panel{&client};

        bool start()
        {
            if (!listening)
                return false;
            panel.setRequest(sandboxRequest(), sim.baseUrl());
            return true;
        }

        std::optional<TokenResult> createToken()
        {
            std::unique_ptr<ApiReply> reply(client.createToken(sandboxRequest()));
            if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000) || !reply->isOk())
                return std::nullopt;
            return reply->tokenResult();
        }
    };

    QTemporaryDir m_dir;
    QString settingsPath() const { return m_dir.filePath(QStringLiteral("connectdesk.ini")); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { QFile::remove(settingsPath()); }

    void developerModeShowsHidesAndPersists()
    {
        QWidget window;
        auto *dock = new QWidget(&window);
        auto *bar = new QWidget(&window);
        {
            DeveloperMode mode(settingsPath());
            QVERIFY(!mode.isEnabled()); // support staff see the simple window by default
            QCOMPARE(mode.action()->objectName(), QStringLiteral("actionDeveloperMode"));
            QVERIFY(mode.action()->isCheckable());
            mode.manage(dock);
            mode.manage(bar);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(!dock->isVisible());
            QVERIFY(!bar->isVisible());
            QSignalSpy changed(&mode, &DeveloperMode::enabledChanged);
            mode.action()->trigger();
            QCOMPARE(changed.count(), 1);
            QVERIFY(dock->isVisible());
            QVERIFY(bar->isVisible());
        }
        {
            DeveloperMode mode(settingsPath()); // next start: remembered
            QVERIFY(mode.isEnabled());
            QVERIFY(mode.action()->isChecked());
            auto *later = new QWidget(&window);
            mode.manage(later);
            QVERIFY(later->isVisible());
            mode.setEnabled(false);
            QVERIFY(!later->isVisible());
        }
        DeveloperMode mode(settingsPath());
        QVERIFY(!mode.isEnabled());
    }

    void copyAsCurlPutsAWorkingCommandOnTheClipboard()
    {
        Fixture f;
        QVERIFY(f.start());
        auto *button = child<QPushButton>(&f.panel, "copyCurlButton");
        QVERIFY(button);
        QGuiApplication::clipboard()->clear();
        button->click();
        CodeExport::CurlOptions options;
        options.userAgent = userAgent();
        const QString expected = CodeExport::curlCommand(sandboxRequest(), f.sim.baseUrl(), options);
        QCOMPARE(QGuiApplication::clipboard()->text(), expected);
        QCOMPARE(f.panel.codeView()->snippet(), expected);
        QVERIFY(expected.contains(QLatin1String("$PIPEDREAM_ACCESS_TOKEN")));

        // The clipboard's command, run by bash with a real access token, creates a token.
        QString accessToken;
        QObject context;
        f.provider.withToken(&context, [&](const QString &token, const ApiError &) { accessToken = token; });
        QTRY_VERIFY(!accessToken.isEmpty());
        QProcess bash;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PIPEDREAM_ACCESS_TOKEN"), accessToken);
        bash.setProcessEnvironment(env);
        QSignalSpy finished(&bash, &QProcess::finished);
        bash.start(QStringLiteral("bash"), {QStringLiteral("-c"), QGuiApplication::clipboard()->text()});
        QVERIFY(finished.wait(20000));
        QCOMPARE(bash.exitCode(), 0);
        QVERIFY(TokenResult::fromJson(bash.readAllStandardOutput()).has_value());
        QCOMPARE(f.sim.receivedRequests().constLast().body,
                 ConnectClient::createTokenSpec(f.sim.baseUrl(), sandboxRequest()).body);

        child<QPushButton>(&f.panel, "copyTypeScriptButton")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 CodeExport::typeScriptSnippet(sandboxRequest(), f.sim.baseUrl()));
        child<QPushButton>(&f.panel, "copyPythonButton")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 CodeExport::pythonSnippet(sandboxRequest(), f.sim.baseUrl()));
    }

    void realTokenOnlyAfterTheExplicitChoice()
    {
        Fixture f;
        QVERIFY(f.start());
        CodeExportView *code = f.panel.codeView();
        QString accessToken;
        QObject context;
        f.provider.withToken(&context, [&](const QString &token, const ApiError &) { accessToken = token; });
        QTRY_VERIFY(!accessToken.isEmpty());
        QVERIFY(!code->snippet().contains(accessToken));
        child<QCheckBox>(code, "curlRealTokenCheck")->setChecked(true);
        QTRY_VERIFY(code->snippet().contains(accessToken));
        QVERIFY(code->snippet().startsWith(QLatin1String("# Contains a real access token")));
        child<QCheckBox>(code, "curlRealTokenCheck")->setChecked(false);
        QVERIFY(!code->snippet().contains(accessToken));
        QVERIFY(!code->hasRealToken());
        child<QCheckBox>(code, "curlOAuthStepCheck")->setChecked(true);
        QVERIFY(code->snippet().contains(QLatin1String("$PIPEDREAM_CLIENT_SECRET")));
        QVERIFY(!child<QCheckBox>(code, "curlRealTokenCheck")->isEnabled());
    }

    void checkTokenShowsValidThenUsed()
    {
        Fixture f;
        QVERIFY(f.start());
        const auto created = f.createToken();
        QVERIFY(created.has_value());
        TokenCheckView *check = f.panel.tokenCheckView();
        // The new token became the one to check, with the form's app.
        QTRY_COMPARE(check->token(), created->token);
        QCOMPARE(check->appSlug(), QStringLiteral("slack"));

        auto *button = child<QPushButton>(check, "checkTokenButton");
        auto *label = child<QLabel>(check, "checkTokenResultLabel");
        button->click();
        QTRY_VERIFY_WITH_TIMEOUT(check->hasResult() && !check->isChecking(), 10000);
        QCOMPARE(check->result().state, TokenCheck::State::Valid);
        QVERIFY2(label->text().startsWith(QLatin1String("Valid")), qPrintable(label->text()));

        QString error;
        QVERIFY2(f.sim.openConnectLink(created->token, QStringLiteral("slack"), &error), qPrintable(error));
        button->click();
        QTRY_VERIFY_WITH_TIMEOUT(!check->isChecking() && check->result().state != TokenCheck::State::Valid,
                                 10000);
        QCOMPARE(check->result().state, TokenCheck::State::Used);
        QVERIFY2(label->text().startsWith(QLatin1String("Already used")), qPrintable(label->text()));
    }

    void checkTokenOtherAnswers()
    {
        Fixture f;
        QVERIFY(f.start());
        const auto created = f.createToken();
        QVERIFY(created.has_value());
        TokenCheckView *check = f.panel.tokenCheckView();

        check->setToken(created->token, QStringLiteral("no_such_app_xyz"));
        check->check();
        QTRY_VERIFY_WITH_TIMEOUT(check->hasResult() && !check->isChecking(), 10000);
        QCOMPARE(check->result().state, TokenCheck::State::AppNotFound);

        check->setToken(QStringLiteral("ctok_00000000000000000000000000000000"), {});
        check->check();
        QTRY_VERIFY_WITH_TIMEOUT(check->hasResult() && !check->isChecking(), 10000);
        QCOMPARE(check->result().state, TokenCheck::State::NotFound);

        const QDateTime later = created->expiresAt.addSecs(60);
        f.sim.setNow([later] { return later; });
        check->setToken(created->token, QStringLiteral("slack"));
        check->check();
        QTRY_VERIFY_WITH_TIMEOUT(check->hasResult() && !check->isChecking(), 10000);
        QCOMPARE(check->result().state, TokenCheck::State::Expired);
    }

    void callLogAndResponseFollowTheApp()
    {
        Fixture f;
        QVERIFY(f.start());
        const auto created = f.createToken();
        QVERIFY(created.has_value());
        CallLogModel *log = f.panel.callLog();
        QTRY_COMPARE(log->rowCount(), 2); // oauth/token, tokens
        ResponseView *response = f.panel.responseView();
        QVERIFY(response->hasRecord());
        QVERIFY(response->summaryText().contains(QLatin1String("HTTP 200")));
        QVERIFY(response->bodyText().contains(created->token));
        QVERIFY(response->bodyText().contains(QLatin1Char('\n'))); // pretty-printed

        // A failing call: shown in the log as an error, the Response tab shows it the same way.
        Fault fault;
        fault.kind = FaultKind::HttpStatus;
        fault.status = 400;
        fault.message = QStringLiteral("bad things");
        fault.pathContains = QStringLiteral("/tokens");
        f.sim.injectFault(fault);
        std::unique_ptr<ApiReply> failed(f.client.createToken(sandboxRequest()));
        QTRY_VERIFY_WITH_TIMEOUT(failed->isFinished(), 10000);
        QVERIFY(!failed->isOk());
        QTRY_COMPARE(log->rowCount(), 3);
        QVERIFY(response->summaryText().contains(QLatin1String("HTTP 400")));
        QVERIFY(response->bodyText().contains(QLatin1String("bad things")));

        CallLogView *view = f.panel.callLogView();
        child<QCheckBox>(view, "callLogErrorsOnlyCheck")->setChecked(true);
        QCOMPARE(view->filter()->rowCount(), 1);
        child<QCheckBox>(view, "callLogErrorsOnlyCheck")->setChecked(false);
        child<QLineEdit>(view, "callLogFilterEdit")->setText(QStringLiteral("oauth"));
        QCOMPARE(view->filter()->rowCount(), 1);
        child<QLineEdit>(view, "callLogFilterEdit")->clear();

        // Activating the oauth/token row shows it in the Response tab — masked.
        QTableView *table = view->table();
        emit table->activated(table->model()->index(0, 0));
        QCOMPARE(f.panel.currentTab(), DeveloperPanel::Tab::Response);
        QVERIFY(response->summaryText().contains(QLatin1String("/v1/oauth/token")));
        QVERIFY(response->bodyText().contains(QLatin1String("********")));
        QVERIFY(!response->bodyText().contains(SandboxCredentials::clientSecret()));

        child<QPushButton>(view, "callLogClearButton")->click();
        QCOMPARE(log->rowCount(), 0);
    }

    void callLogHidesConnectionPollingAndShowsPastRequests()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.createToken().has_value());
        // What the connection watcher sends every few seconds while a link waits.
        for (int i = 0; i < 3; ++i) {
            std::unique_ptr<ApiReply> poll(f.client.listAccounts(
                SandboxCredentials::projectId(), QStringLiteral("development"),
                QStringLiteral("o'brien $HOME")));
            QTRY_VERIFY_WITH_TIMEOUT(poll->isFinished(), 10000);
        }
        CallLogModel *log = f.panel.callLog();
        QTRY_COMPARE(log->rowCount(), 5);
        CallLogView *view = f.panel.callLogView();
        auto *hide = child<QCheckBox>(view, "callLogHidePollingCheck");
        QVERIFY(hide && hide->isChecked() && hide->isVisibleTo(view)); // on by default, visible
        QCOMPARE(view->filter()->rowCount(), 2); // oauth/token, tokens
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("callLogCountLabel"))->text().contains(
            QLatin1String("2 of 5")));
        hide->setChecked(false);
        QCOMPARE(view->filter()->rowCount(), 5);
        hide->setChecked(true);
        QCOMPARE(view->filter()->rowCount(), 2);

        // The request of a past call can be read, masked.
        QTableView *table = view->table();
        emit table->activated(table->model()->index(0, 0));
        ResponseView *response = f.panel.responseView();
        QVERIFY2(response->requestText().startsWith(QLatin1String("POST ")),
                 qPrintable(response->requestText()));
        QVERIFY(response->requestText().contains(QLatin1String("/v1/oauth/token")));
        QVERIFY(!response->requestText().contains(SandboxCredentials::clientSecret()));
        emit table->activated(table->model()->index(1, 0));
        QVERIFY2(response->requestText().contains(QLatin1String("o'brien $HOME")),
                 qPrintable(response->requestText()));
    }

    void rateLimitHeadersAreCalledOut()
    {
        ResponseView view;
        CallRecord record;
        record.method = QByteArrayLiteral("POST");
        record.url = QUrl(QStringLiteral("https://api.pipedream.com/v1/connect/proj_a/tokens"));
        record.status = 429;
        record.retries = 2;
        record.durationMs = 2100;
        record.error = QStringLiteral("Too many requests");
        record.responseHeaders = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                                  {QByteArrayLiteral("Retry-After"), QByteArrayLiteral("7")},
                                  {QByteArrayLiteral("X-RateLimit-Limit"), QByteArrayLiteral("100")},
                                  {QByteArrayLiteral("X-RateLimit-Remaining"), QByteArrayLiteral("0")},
                                  {QByteArrayLiteral("X-RateLimit-Reset"), QByteArrayLiteral("1800000000")}};
        record.responseBody = QByteArrayLiteral(R"({"error":"Throttled"})");
        view.showRecord(record);
        QVERIFY(view.summaryText().contains(QLatin1String("HTTP 429")));
        QVERIFY(view.summaryText().contains(QLatin1String("2 retries")));
        const QString limits = view.rateLimitText();
        QVERIFY(limits.contains(QLatin1String("Retry-After: 7")));
        QVERIFY(limits.contains(QLatin1String("X-RateLimit-Remaining: 0")));
        QVERIFY(limits.contains(QLatin1String("0 of 100 calls left")));
        QVERIFY(!limits.contains(QLatin1String("Content-Type")));
        QVERIFY(view.headersText().contains(QLatin1String("Content-Type: application/json")));
        QVERIFY(child<QLabel>(&view, "responseErrorLabel")->text().contains(QLatin1String("Too many")));

        record.responseHeaders = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain")}};
        record.status = 200;
        view.showRecord(record);
        QVERIFY(view.rateLimitText().isEmpty());
    }

    // The one-object integration the main window uses: dock + preset toolbar behind the
    // developer-mode action, the preview live with a real TokenForm, presets loading into it.
    // The panel is built when developer mode first turns on, yet shows the calls made before.
    void toolsBuildThePanelLateWithTheEarlierCalls()
    {
        Testing::SimulatedApi<> api;
        QVERIFY(api.listening);
        QMainWindow window;
        auto *tools = new DeveloperTools(&window, &api.client, settingsPath());
        QVERIFY(!tools->isBuilt());
        QVERIFY(!window.findChild<DeveloperPanel *>());

        std::unique_ptr<ApiReply> reply(api.client.createToken(sandboxRequest()));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QVERIFY(reply->isOk());
        QTRY_COMPARE(tools->callLog()->rowCount(), 2); // oauth/token, tokens

        tools->toggleAction()->trigger();
        QVERIFY(tools->isBuilt());
        QVERIFY(tools->dock()->isVisibleTo(&window));
        QCOMPARE(tools->panel()->callLog()->rowCount(), 2);
        QVERIFY(tools->panel()->responseView()->hasRecord());
        QVERIFY(tools->panel()->responseView()->bodyText().contains(reply->tokenResult()->token));
        QCOMPARE(tools->panel()->tokenCheckView()->token(), reply->tokenResult()->token);
    }

    void toolsAttachToTheForm()
    {
        ConnectSimulator sim;
        QVERIFY(sim.listenLocal());
        QNetworkAccessManager nam;
        SystemClock clock;
        AccessTokenProvider provider(&nam, clock);
        ConnectClient client(&nam, &provider, clock);
        const ProjectChoice sandbox = ProjectChoice::sandbox(sim.baseUrl());
        StaticProjectSource projects({sandbox}, sandbox.key);

        QMainWindow window;
        auto *form = new TokenForm(&projects, clock);
        window.setCentralWidget(form);
        auto *tools = new DeveloperTools(&window, &client, settingsPath());
        tools->attach(form);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!tools->dock()->isVisible());
        QVERIFY(!tools->presetToolBar()->isVisible());
        tools->toggleAction()->trigger();
        QVERIFY(tools->dock()->isVisible());
        QVERIFY(tools->presetToolBar()->isVisible());

        auto *userEdit = child<QLineEdit>(form, "externalUserIdEdit");
        auto *expiresEdit = child<QLineEdit>(form, "expiresInEdit");
        userEdit->setFocus();
        QTest::keyClicks(userEdit, QStringLiteral("typed-live"));
        QTRY_VERIFY(tools->panel()->requestPreview()->compactBody().contains("typed-live"));
        QCOMPARE(tools->panel()->requestPreview()->baseUrl(), sim.baseUrl());
        QVERIFY(tools->panel()->codeView()->snippet().contains(QLatin1String("typed-live")));

        expiresEdit->setText(QStringLiteral("900"));
        QTRY_COMPARE(tools->presetBar()->current().expiresIn, QStringLiteral("900"));
        QVERIFY(tools->presetBar()->saveAs(QStringLiteral("fifteen minutes")));
        expiresEdit->setText(QStringLiteral("3600"));
        userEdit->setText(QStringLiteral("another-customer"));
        QTRY_COMPARE(tools->presetBar()->current().externalUserId, QStringLiteral("another-customer"));
        QVERIFY(tools->presetBar()->load(QStringLiteral("fifteen minutes")));
        QCOMPARE(expiresEdit->text(), QStringLiteral("900"));
        QCOMPARE(userEdit->text(), QStringLiteral("another-customer"));
    }

    // Review 31: presets a support lead saved show without developer mode, and load.
    void presetsWithoutDeveloperMode()
    {
        {
            PresetStore seeded(settingsPath());
            TokenRequest request = sandboxRequest();
            request.expiresIn = QStringLiteral("900");
            QVERIFY(seeded.save(Preset::fromRequest(QStringLiteral("Agents: 15 min"), request,
                                                    false)));
        }
        ConnectSimulator sim;
        QVERIFY(sim.listenLocal());
        QNetworkAccessManager nam;
        SystemClock clock;
        AccessTokenProvider provider(&nam, clock);
        ConnectClient client(&nam, &provider, clock);
        const ProjectChoice sandbox = ProjectChoice::sandbox(sim.baseUrl());
        StaticProjectSource projects({sandbox}, sandbox.key);
        QMainWindow window;
        auto *form = new TokenForm(&projects, clock);
        window.setCentralWidget(form);
        auto *tools = new DeveloperTools(&window, &client, settingsPath());
        tools->attach(form);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!tools->toggleAction()->isChecked());
        QVERIFY(!tools->isBuilt()); // no developer dock
        QVERIFY(tools->presetToolBar()->isVisible());
        QVERIFY(tools->presetBar()->load(QStringLiteral("Agents: 15 min")));
        QCOMPARE(child<QLineEdit>(form, "expiresInEdit")->text(), QStringLiteral("900"));
        // Without presets and without developer mode, the bar goes.
        QVERIFY(tools->presets()->remove(QStringLiteral("Agents: 15 min")));
        QVERIFY(!tools->presetToolBar()->isVisible());
    }

    void presetBarRoundTrip()
    {
        PresetStore store(settingsPath());
        PresetBar bar(&store);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        TokenRequest form = sandboxRequest();
        form.scopes = {QStringLiteral("connect:accounts:read")};
        bar.setCurrent(form);
        auto *combo = child<QComboBox>(&bar, "presetCombo");
        const QString name = QString::fromUtf8("Slack onboarding — prod, 2 h, least scope");
        combo->setEditText(name);
        child<QPushButton>(&bar, "presetSaveButton")->click();
        QCOMPARE(store.names(), QStringList{name});
        QVERIFY(child<QPushButton>(&bar, "presetLoadButton")->isEnabled());

        TokenRequest other;
        other.externalUserId = QStringLiteral("next-customer");
        bar.setCurrent(other);
        QSignalSpy loaded(&bar, &PresetBar::loadRequested);
        child<QPushButton>(&bar, "presetLoadButton")->click();
        QCOMPARE(loaded.count(), 1);
        const auto request = loaded.at(0).at(0).value<TokenRequest>();
        QCOMPARE(request.externalUserId, QStringLiteral("next-customer"));
        QCOMPARE(request.scopes, form.scopes);
        QCOMPARE(request.expiresIn, QStringLiteral("7200"));
        QCOMPARE(request.projectId, SandboxCredentials::projectId());

        // Rename through its (window-modal, non-blocking) dialog.
        child<QPushButton>(&bar, "presetRenameButton")->click();
        auto *dialog = bar.findChild<QInputDialog *>(QStringLiteral("presetRenameDialog"));
        QVERIFY(dialog);
        dialog->setTextValue(QString::fromUtf8("Slack — 本番"));
        dialog->accept();
        QCOMPARE(store.names(), QStringList{QString::fromUtf8("Slack — 本番")});
        QCOMPARE(bar.currentName(), QString::fromUtf8("Slack — 本番"));

        // Delete asks first; Cancel keeps it, Yes removes it.
        child<QPushButton>(&bar, "presetDeleteButton")->click();
        auto *confirm = bar.findChild<QMessageBox *>(QStringLiteral("presetDeleteConfirm"));
        QVERIFY(confirm);
        confirm->button(QMessageBox::Cancel)->click();
        QCOMPARE(store.names().size(), 1);
        QTRY_VERIFY(!bar.findChild<QMessageBox *>(QStringLiteral("presetDeleteConfirm")));
        child<QPushButton>(&bar, "presetDeleteButton")->click();
        confirm = bar.findChild<QMessageBox *>(QStringLiteral("presetDeleteConfirm"));
        QVERIFY(confirm);
        confirm->button(QMessageBox::Yes)->click();
        QVERIFY(store.names().isEmpty());
        QVERIFY(!child<QPushButton>(&bar, "presetLoadButton")->isEnabled());

        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("o'brien"));
        QVERIFY(!bytes.contains(SandboxCredentials::clientSecret().toUtf8()));
    }
};

QTEST_MAIN(TestDeveloperPanel)
#include "tst_developerpanel.moc"
