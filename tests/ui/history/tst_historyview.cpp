#include "api/apierror.h"
#include "api/tokenresult.h"
#include "bulk/csv.h"
#include "fakeclock.h"
#include "history/connectionwatcher.h"
#include "history/historymodel.h"
#include "history/historystore.h"
#include "history/historyview.h"
#include "share/devlinkguard.h"
#include "widgets/filedialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ConnectDesk;
using namespace ConnectDesk::Ui;
using ConnectDesk::Testing::FakeClock;

class TestHistoryView final : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        QTemporaryDir dir;
        FakeClock clock;
        std::unique_ptr<HistoryStore> store;
        qint64 jane = 0, bob = 0, failed = 0, expired = 0;
        TokenResult janeResult;

        Fixture()
        {
            store = std::make_unique<HistoryStore>(dir.filePath(QStringLiteral("history.sqlite")),
                                                   clock);
            TokenRequest old = request(QStringLiteral("old@example.com"), QStringLiteral("github"));
            expired = store->recordCreated(old, result(60, 4), QStringLiteral("Support"));
            clock.advance(120); // its token is dead now
            store->purgeExpired(clock.now());

            TokenRequest janeRequest = request(QStringLiteral("jane@example.com"),
                                               QStringLiteral("slack"));
            janeRequest.allowedOrigins = {QStringLiteral("https://app.example.com")};
            janeRequest.expiresIn = QStringLiteral("3600");
            janeRequest.scopes = {QStringLiteral("connect:accounts:read")};
            janeResult = result(3600, 1);
            jane = store->recordCreated(janeRequest, janeResult, QStringLiteral("Support"),
                                        QStringLiteral("Slack"));
            clock.advance(10);
            bob = store->recordCreated(request(QStringLiteral("bob@example.com"),
                                               QStringLiteral("google_sheets")),
                                       result(3600, 2), QStringLiteral("Support"),
                                       QStringLiteral("Google Sheets"));
            clock.advance(10);
            ApiError error;
            error.kind = ApiError::Kind::Network;
            error.message = QStringLiteral("Connection refused");
            failed = store->recordFailed(request(QStringLiteral("carol"), QStringLiteral("notion")),
                                         error, QStringLiteral("Support"));
        }

        TokenResult result(int lifetime, int n) const
        {
            TokenResult r;
            r.token = QStringLiteral("ctok_%1").arg(n, 32, 16, QLatin1Char('0'));
            r.expiresAt = clock.now().addSecs(lifetime);
            r.connectLinkUrl =
                QUrl(QStringLiteral("https://pipedream.com/_static/connect.html?token=") + r.token
                     + QStringLiteral("&connectLink=true"));
            return r;
        }
    };

    static TokenRequest request(const QString &user, const QString &app)
    {
        TokenRequest r;
        r.projectId = QStringLiteral("proj_abc123");
        r.environment = QStringLiteral("production");
        r.externalUserId = user;
        r.appSlug = app;
        return r;
    }

    template<typename T>
    static T *child(QWidget *view, const char *name)
    {
        T *widget = view->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("missing child %s", name);
        return widget;
    }

    static QStringList users(const HistoryModel *model)
    {
        QStringList result;
        for (int row = 0; row < model->rowCount(); ++row)
            result.append(model->index(row, HistoryModel::UserColumn).data().toString());
        return result;
    }

private slots:
    void modelPassesTheTester();
    void showsEveryColumnWithIconAndWords();
    void searchAndFilterByTyping();
    void copiesAStillValidLink();
    void deadLinksCannotBeCopied();
    void issueAgainSendsTheStoredRequest();
    void exportsCsvOfWhatIsShown();
    void keepsSelectionWhenAConnectionArrives();
    void sandboxRowsAreBadgedAndAskBeforeCopying();
    void developmentLinksAskBeforeCopying();
    void olderRowsShowTheirDate();
    void rightClickMenuActsOnTheSelectedRow();
    void minuteTickPurgesExpiredLinks();
    void showsTheRecoveryMessage();
    void hasStableNamesAndAccessibleNames();
};

void TestHistoryView::modelPassesTheTester()
{
    Fixture f;
    HistoryModel model(f.store.get(), f.clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(HistoryModel::ColumnCount));
    model.setSearch(QStringLiteral("example"));
    QCOMPARE(model.rowCount(), 3);
    model.setStateFilter(HistoryState::Active);
    QCOMPARE(model.rowCount(), 2);
    model.setLimit(1);
    QCOMPARE(model.rowCount(), 1);
    model.setLimit(0);
    model.setStateFilter(std::nullopt);
    model.setSearch({});
    f.store->recordCreated(request(QStringLiteral("dave"), QStringLiteral("slack")),
                           f.result(60, 9), {});
    QCOMPARE(model.rowCount(), 5); // reloads on the store's changed()
    model.refreshTimes();
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            QVERIFY(index.data(Qt::DisplayRole).isValid());
            QVERIFY(index.data(HistoryModel::IdRole).toLongLong() > 0);
        }
    }
}

void TestHistoryView::showsEveryColumnWithIconAndWords()
{
    Fixture f;
    HistoryModel model(f.store.get(), f.clock);
    QCOMPARE(users(&model), (QStringList{QStringLiteral("carol"), QStringLiteral("bob@example.com"),
                                         QStringLiteral("jane@example.com"),
                                         QStringLiteral("old@example.com")}));
    const int janeRow = model.rowOf(f.jane);
    QCOMPARE(model.index(janeRow, HistoryModel::AppColumn).data().toString(),
             QStringLiteral("Slack"));
    // People's words, never the wire value; the project with the profile it was made with.
    QCOMPARE(model.index(janeRow, HistoryModel::EnvironmentColumn).data().toString(),
             QStringLiteral("Production"));
    QCOMPARE(model.index(janeRow, HistoryModel::ProjectColumn).data().toString(),
             QStringLiteral("Support · proj_abc123"));
    QVERIFY(model.index(janeRow, HistoryModel::ProjectColumn).data(Qt::DecorationRole).isNull());
    QVERIFY(!model.index(janeRow, 0).data(HistoryModel::SandboxRole).toBool());
    QCOMPARE(model.index(janeRow, HistoryModel::StateColumn).data().toString(),
             historyStateLabel(HistoryState::Active));
    QVERIFY(!model.index(janeRow, HistoryModel::StateColumn).data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());
    QVERIFY(model.index(janeRow, HistoryModel::OutcomeColumn).data().toString().startsWith(
        QLatin1String("Expires ")));
    QVERIFY(model.index(janeRow, 0).data(HistoryModel::LiveLinkRole).toBool());

    const int failedRow = model.rowOf(f.failed);
    QCOMPARE(model.index(failedRow, HistoryModel::StateColumn).data().toString(),
             historyStateLabel(HistoryState::Failed));
    QVERIFY(model.index(failedRow, HistoryModel::OutcomeColumn).data().toString().contains(
        QLatin1String("Connection refused")));
    const int oldRow = model.rowOf(f.expired);
    QVERIFY(model.index(oldRow, HistoryModel::OutcomeColumn).data().toString().startsWith(
        QLatin1String("Expired ")));

    ConnectedAccount account;
    account.id = QStringLiteral("apn_1");
    account.name = QStringLiteral("jane@example.com (Slack)"); // as the sandbox names it
    account.appName = QStringLiteral("Slack");
    account.createdAt = f.clock.now();
    f.store->markConnected(f.jane, account);
    const QString outcome =
        model.index(model.rowOf(f.jane), HistoryModel::OutcomeColumn).data().toString();
    QVERIFY2(outcome.startsWith(QLatin1String("Slack (jane@example.com) at ")),
             qPrintable(outcome));
}

void TestHistoryView::searchAndFilterByTyping()
{
    Fixture f;
    HistoryView view(f.store.get(), f.clock);
    view.show();
    auto *search = child<QLineEdit>(&view, "historySearch");
    auto *state = child<QComboBox>(&view, "historyStateFilter");
    QVERIFY(search && state);

    QTest::keyClicks(search, QStringLiteral("JANE"));
    QCOMPARE(users(view.model()), QStringList{QStringLiteral("jane@example.com")});
    search->clear();
    QTest::keyClicks(search, QStringLiteral("sheets")); // the app's slug
    QCOMPARE(users(view.model()), QStringList{QStringLiteral("bob@example.com")});
    search->clear();
    QTest::keyClicks(search, QStringLiteral("Google")); // the app's name
    QCOMPARE(users(view.model()), QStringList{QStringLiteral("bob@example.com")});
    search->clear();
    QCOMPARE(view.model()->rowCount(), 4);

    state->setCurrentIndex(state->findText(historyStateLabel(HistoryState::Failed)));
    QCOMPARE(users(view.model()), QStringList{QStringLiteral("carol")});
    state->setCurrentIndex(state->findText(historyStateLabel(HistoryState::Expired)));
    QCOMPARE(users(view.model()), QStringList{QStringLiteral("old@example.com")});
    QTest::keyClicks(search, QStringLiteral("jane"));
    QCOMPARE(view.model()->rowCount(), 0);
    state->setCurrentIndex(0); // all states
    QCOMPARE(users(view.model()), QStringList{QStringLiteral("jane@example.com")});
}

void TestHistoryView::copiesAStillValidLink()
{
    Fixture f;
    HistoryView view(f.store.get(), f.clock);
    view.show();
    auto *copy = child<QPushButton>(&view, "historyCopyLink");
    QVERIFY(copy);
    QVERIFY(!copy->isEnabled()); // nothing selected
    QGuiApplication::clipboard()->clear();
    QVERIFY(view.selectEntry(f.jane));
    QVERIFY(copy->isEnabled());
    QSignalSpy status(&view, &HistoryView::statusMessage);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             f.janeResult.connectLink(QStringLiteral("slack")).toString(QUrl::FullyEncoded));
    QCOMPARE(status.count(), 1);
}

void TestHistoryView::deadLinksCannotBeCopied()
{
    Fixture f;
    HistoryView view(f.store.get(), f.clock);
    view.show();
    auto *copy = child<QPushButton>(&view, "historyCopyLink");
    QGuiApplication::clipboard()->setText(QStringLiteral("untouched"));
    for (const qint64 id : {f.expired, f.failed}) {
        QVERIFY(view.selectEntry(id));
        QVERIFY(!copy->isEnabled());
        QVERIFY(!view.copySelectedLink());
    }
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("untouched"));
}

void TestHistoryView::issueAgainSendsTheStoredRequest()
{
    Fixture f;
    HistoryView view(f.store.get(), f.clock);
    view.show();
    auto *again = child<QPushButton>(&view, "historyIssueAgain");
    QVERIFY(!again->isEnabled());
    QSignalSpy requested(&view, &HistoryView::issueAgainRequested);
    QVERIFY(view.selectEntry(f.jane));
    QVERIFY(again->isEnabled());
    QTest::mouseClick(again, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    const auto request = requested.at(0).at(0).value<HistoryEntry>().toRequest();
    QCOMPARE(request.projectId, QStringLiteral("proj_abc123"));
    QCOMPARE(request.environment, QStringLiteral("production"));
    QCOMPARE(request.externalUserId, QStringLiteral("jane@example.com"));
    QCOMPARE(request.appSlug, QStringLiteral("slack"));
    QCOMPARE(request.allowedOrigins, QStringList{QStringLiteral("https://app.example.com")});
    QCOMPARE(request.expiresIn, QStringLiteral("3600"));
    QCOMPARE(request.scopes, QStringList{QStringLiteral("connect:accounts:read")});

    // A failed request can be issued again too.
    QVERIFY(view.selectEntry(f.failed));
    QTest::mouseClick(again, Qt::LeftButton);
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.at(1).at(0).value<HistoryEntry>().externalUserId, QStringLiteral("carol"));
}

static QMessageBox *openBox(const char *name)
{
    QMessageBox *found = nullptr;
    const QWidgetList widgets = QApplication::topLevelWidgets();
    for (QWidget *widget : widgets) {
        if (widget->objectName() == QLatin1String(name) && widget->isVisible())
            found = qobject_cast<QMessageBox *>(widget);
    }
    return found;
}

void TestHistoryView::sandboxRowsAreBadgedAndAskBeforeCopying()
{
    Fixture f;
    const TokenResult sandboxResult = f.result(3600, 7);
    const qint64 id = f.store->recordCreated(request(QStringLiteral("dana@example.com"),
                                                     QStringLiteral("slack")),
                                             sandboxResult,
                                             HistoryOrigin(QStringLiteral("Sandbox"), true));
    HistoryView view(f.store.get(), f.clock);
    view.show();
    const int row = view.model()->rowOf(id);
    const QModelIndex project = view.model()->index(row, HistoryModel::ProjectColumn);
    QCOMPARE(project.data().toString(), QStringLiteral("Sandbox (not real)"));
    QVERIFY(!project.data(Qt::DecorationRole).value<QIcon>().isNull()); // the badge
    QVERIFY(project.data(Qt::ToolTipRole).toString().contains(QLatin1String("never worked")));
    QVERIFY(project.data(HistoryModel::SandboxRole).toBool());

    QGuiApplication::clipboard()->setText(QStringLiteral("untouched"));
    QSignalSpy status(&view, &HistoryView::statusMessage);
    QVERIFY(view.selectEntry(id));
    QVERIFY(!view.copySelectedLink()); // asks first
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = openBox("sandboxLinkGuardBox")));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QVERIFY(box->text().contains(QLatin1String("dana@example.com")));
    box->button(QMessageBox::Cancel)->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("untouched"));
    QCOMPARE(status.count(), 0);

    QTest::mouseClick(child<QPushButton>(&view, "historyCopyLink"), Qt::LeftButton);
    QTRY_VERIFY((box = openBox("sandboxLinkGuardBox")));
    box->findChild<QPushButton *>(QStringLiteral("copyAnywayButton"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             sandboxResult.connectLink(QStringLiteral("slack")).toString(QUrl::FullyEncoded));
    QCOMPARE(status.count(), 1);
    QVERIFY(status.at(0).at(0).toString().contains(QLatin1String("dana@example.com")));
}

void TestHistoryView::developmentLinksAskBeforeCopying()
{
    Fixture f;
    TokenRequest dev = request(QStringLiteral("erin"), QStringLiteral("slack"));
    dev.environment = QStringLiteral("development");
    const TokenResult devResult = f.result(3600, 8);
    const qint64 id = f.store->recordCreated(dev, devResult, QStringLiteral("Acme dev"));
    HistoryView view(f.store.get(), f.clock);
    view.show();
    QCOMPARE(view.model()->index(view.model()->rowOf(id), HistoryModel::EnvironmentColumn)
                 .data()
                 .toString(),
             QStringLiteral("Development"));
    QVERIFY(view.selectEntry(id));
    DevLinkGuard::resetSession();
    QGuiApplication::clipboard()->setText(QStringLiteral("untouched"));
    DevLinkGuard::setNextAnswer(DevLinkGuard::Answer::DontShare);
    QVERIFY(!view.copySelectedLink());
    QCOMPARE(DevLinkGuard::questionsAsked(), 1);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("untouched"));
    DevLinkGuard::setNextAnswer(DevLinkGuard::Answer::Share);
    QVERIFY(view.copySelectedLink());
    QCOMPARE(DevLinkGuard::questionsAsked(), 2);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             devResult.connectLink(QStringLiteral("slack")).toString(QUrl::FullyEncoded));
    DevLinkGuard::resetSession();
}

void TestHistoryView::olderRowsShowTheirDate()
{
    Fixture f;
    const QDateTime made = f.clock.now();
    f.clock.advance(3 * 24 * 3600); // three days later
    HistoryModel model(f.store.get(), f.clock);
    const QString shown = model.index(model.rowOf(f.jane), HistoryModel::TimeColumn).data()
                              .toString();
    QCOMPARE(shown, QLocale().toString(made.addSecs(-20).toLocalTime(), QLocale::ShortFormat));
    QVERIFY(shown != QLocale().toString(made.addSecs(-20).toLocalTime().time(),
                                        QLocale::ShortFormat));
}

void TestHistoryView::rightClickMenuActsOnTheSelectedRow()
{
    Fixture f;
    HistoryView view(f.store.get(), f.clock);
    view.show();
    auto *table = child<QTableView>(&view, "historyTable");
    QCOMPARE(table->contextMenuPolicy(), Qt::ActionsContextMenu);
    const auto action = [table](const char *name) -> QAction * {
        const QList<QAction *> actions = table->actions();
        for (QAction *action : actions) {
            if (action->objectName() == QLatin1String(name))
                return action;
        }
        return nullptr;
    };
    QAction *copyUser = action("historyCopyUserAction");
    QAction *copyLink = action("historyCopyLinkAction");
    QAction *again = action("historyIssueAgainAction");
    QVERIFY(copyUser && copyLink && again && action("historyExportAction"));
    QVERIFY(!copyUser->isEnabled());
    QVERIFY(view.selectEntry(f.expired));
    QVERIFY(copyUser->isEnabled() && again->isEnabled());
    QVERIFY(!copyLink->isEnabled()); // a dead link
    copyUser->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("old@example.com"));
    QVERIFY(view.selectEntry(f.jane));
    QVERIFY(copyLink->isEnabled());
    copyLink->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             f.janeResult.connectLink(QStringLiteral("slack")).toString(QUrl::FullyEncoded));
    QSignalSpy requested(&view, &HistoryView::issueAgainRequested);
    again->trigger();
    QCOMPARE(requested.count(), 1);
}

void TestHistoryView::exportsCsvOfWhatIsShown()
{
    Fixture f;
    HistoryView view(f.store.get(), f.clock);
    view.show();
    QTest::keyClicks(child<QLineEdit>(&view, "historySearch"), QStringLiteral("example"));
    const QString path = f.dir.filePath(QStringLiteral("export.csv"));
    FileDialog::setNextFileName(path);
    QTest::mouseClick(child<QPushButton>(&view, "historyExportCsv"), Qt::LeftButton);
    QVERIFY(!FileDialog::hasNextFileName());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = CsvReader::parse(file.readAll());
    QCOMPARE(rows.size(), 4); // header + the three matching entries
    QCOMPARE(rows.at(0), HistoryStore::csvHeader());
    QVERIFY(view.message().contains(QLatin1String("export.csv")));

    // Cancel writes nothing.
    QFile::remove(path);
    FileDialog::setNextFileName(QString());
    QTest::mouseClick(child<QPushButton>(&view, "historyExportCsv"), Qt::LeftButton);
    QVERIFY(!QFile::exists(path));
}

void TestHistoryView::keepsSelectionWhenAConnectionArrives()
{
    Fixture f;
    HistoryView view(f.store.get(), f.clock);
    view.show();
    QVERIFY(view.selectEntry(f.bob));
    ConnectedAccount account;
    account.id = QStringLiteral("apn_x");
    account.name = QStringLiteral("jane");
    account.createdAt = f.clock.now();
    QVERIFY(f.store->markConnected(f.jane, account)); // another row changes
    QCOMPARE(view.selectedEntry()->id, f.bob);
    QVERIFY(f.store->markConnected(f.bob, account)); // the selected row itself
    QCOMPARE(view.selectedEntry()->id, f.bob);
    QCOMPARE(view.selectedEntry()->state, HistoryState::Connected);
    QVERIFY(!child<QPushButton>(&view, "historyCopyLink")->isEnabled()); // single use
}

void TestHistoryView::minuteTickPurgesExpiredLinks()
{
    Fixture f;
    HistoryView view(f.store.get(), f.clock);
    view.show();
    QVERIFY(view.selectEntry(f.jane));
    auto *copy = child<QPushButton>(&view, "historyCopyLink");
    QVERIFY(copy->isEnabled());
    f.clock.advance(3600);
    view.purgeNow(); // what the minute timer calls
    QCOMPARE(view.selectedEntry()->id, f.jane);
    QCOMPARE(view.selectedEntry()->state, HistoryState::Expired);
    QVERIFY(view.selectedEntry()->token.isEmpty());
    QVERIFY(!copy->isEnabled());
}

void TestHistoryView::showsTheRecoveryMessage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(2048, '!'));
    }
    FakeClock clock;
    HistoryStore store(path, clock);
    HistoryView view(&store, clock);
    view.show();
    auto *message = child<QLabel>(&view, "historyMessage");
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), store.recoveryMessage());
    QVERIFY(!message->text().isEmpty());
}

void TestHistoryView::hasStableNamesAndAccessibleNames()
{
    Fixture f;
    HistoryView view(f.store.get(), f.clock);
    for (const char *name : {"historySearch", "historyStateFilter", "historyTable",
                             "historyCopyLink", "historyIssueAgain", "historyExportCsv",
                             "historyMessage"}) {
        auto *widget = view.findChild<QWidget *>(QLatin1String(name));
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
}

QTEST_MAIN(TestHistoryView)
#include "tst_historyview.moc"
