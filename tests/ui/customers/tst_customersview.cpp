// The Customers view against the simulator on 127.0.0.1: search as you type and paging, recent
// customers before any network call, the keyboard (type, arrows, Enter opens, Delete asks, Esc
// backs out), deletions behind their confirmations, the read-only profile, 404 as "already
// gone", faults during paging and the automatic refresh. (The troubleshooter and the audit log:
// tst_customertools.)
#include "customers/accountsmodel.h"
#include "customers/auditlog.h"
#include "customers/customerdeletion.h"
#include "customers/customerdetail.h"
#include "customers/customerfinder.h"
#include "customers/customerlistmodel.h"
#include "customers/customersview.h"
#include "customers/deletionconfirmdialog.h"
#include "customers/refreshpacer.h"
#include "fakeclock.h"
#include "history/historystore.h"
#include "simulatedapi.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ConnectDesk;
using namespace ConnectDesk::Ui;
using ConnectDesk::Sim::Fault;
using ConnectDesk::Sim::FaultKind;
using ConnectDesk::Sim::SandboxCredentials;

class TestCustomersView final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void searchAsYouTypeAndPaging();
    void recentCustomersBeforeAnyNetworkCall();
    void exactUnknownIdOffersNewLink();
    void keyboardTypeArrowsEnterEscDelete();
    void deleteAccountInProductionNeedsTypedId();
    void deleteUserInDevelopment();
    void healthFromTheSimulator();
    void readOnlyProfileCannotDelete();
    void developmentProjectNearItsUserCap();
    void deletedMeanwhileIsAlreadyGone();
    void faultDuringPagingKeepsWhatWasLoaded_data();
    void faultDuringPagingKeepsWhatWasLoaded();
    void accountsFaultOffersRetry();
    void refreshKeyAndAutomaticRefresh();

private:
    using Api = Testing::SimulatedApi<Testing::FakeClock>;
    TokenResult makeLink(const QString &user, const QString &environment = QStringLiteral("production"),
                         const QString &app = QStringLiteral("slack"));
    void connectAccount(const QString &user, const QString &app,
                        const QString &environment = QStringLiteral("production"));
    void setScope(const QString &environment, bool allowDeletes = true);
    QLineEdit *searchEdit() const
    {
        return m_view->findChild<QLineEdit *>(QStringLiteral("customerSearchEdit"));
    }
    QListView *list() const { return m_view->findChild<QListView *>(QStringLiteral("customerList")); }
    template<typename T = QPushButton>
    T *child(const QString &name) const
    {
        T *widget = m_view->findChild<T *>(name);
        if (!widget)
            qWarning("no child %s", qPrintable(name));
        return widget;
    }
    std::unique_ptr<Api> m_api;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<CustomersView> m_view;
    QString m_auditPath;
};

void TestCustomersView::init()
{
    m_api = std::make_unique<Api>();
    QVERIFY(m_api->listening);
    m_api->useFastRetries(3000, 0);
    m_dir = std::make_unique<QTemporaryDir>();
    m_history = std::make_unique<HistoryStore>(m_dir->filePath(QStringLiteral("history.sqlite")),
                                               m_api->clock);
    m_auditPath = m_dir->filePath(QStringLiteral("audit.jsonl"));
    m_view = std::make_unique<CustomersView>(&m_api->client, m_history.get(), m_api->clock,
                                             AuditLog(m_auditPath));
    m_view->resize(1000, 640);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestCustomersView::cleanup()
{
    // Dialogs opened by the view close with it.
    m_view.reset();
    m_history.reset();
    m_api.reset();
    m_dir.reset();
}

TokenResult TestCustomersView::makeLink(const QString &user, const QString &environment,
                                        const QString &app)
{
    TokenRequest request;
    request.projectId = SandboxCredentials::projectId();
    request.environment = environment;
    request.externalUserId = user;
    request.appSlug = app;
    std::unique_ptr<ApiReply> reply(m_api->client.createToken(request));
    QSignalSpy finished(reply.get(), &ApiReply::finished);
    if (!reply->isFinished() && !finished.wait(10000))
        return {};
    return reply->tokenResult().value_or(TokenResult{});
}

void TestCustomersView::connectAccount(const QString &user, const QString &app,
                                       const QString &environment)
{
    const TokenResult link = makeLink(user, environment, app);
    QVERIFY(!link.token.isEmpty());
    QString error;
    QVERIFY2(m_api->sim.openConnectLink(link.token, app, &error), qPrintable(error));
}

void TestCustomersView::setScope(const QString &environment, bool allowDeletes)
{
    CustomersContext context;
    context.scope = {SandboxCredentials::projectId(), environment};
    context.profileName = QStringLiteral("Support");
    context.allowDeletes = allowDeletes;
    m_view->setContext(context);
    m_view->activate();
}

void TestCustomersView::searchAsYouTypeAndPaging()
{
    for (int i = 1; i <= 30; ++i)
        QVERIFY(!makeLink(QStringLiteral("user-%1").arg(i, 2, 10, QLatin1Char('0'))).token.isEmpty());
    m_api->sim.clearReceivedRequests();
    setScope(QStringLiteral("production"));
    // The first page only: never everything at once.
    QTRY_COMPARE(m_view->finder()->model()->userCount(), UserSearch::defaultPageSize);
    auto *loadMore = child(QStringLiteral("customerLoadMore"));
    QVERIFY(loadMore->isVisible());
    QTest::mouseClick(loadMore, Qt::LeftButton);
    QTRY_COMPARE(m_view->finder()->model()->userCount(), 30);
    QTRY_VERIFY(!loadMore->isVisible());
    QCOMPARE(m_api->sim.requestCount(QStringLiteral("/users")), 2);

    // As you type, debounced: three keys, one request.
    m_api->sim.clearReceivedRequests();
    QTest::keyClicks(searchEdit(), QStringLiteral("r-2"));
    QTRY_COMPARE(m_view->finder()->search()->query(), QStringLiteral("r-2"));
    QTRY_VERIFY(!m_view->finder()->search()->isLoading());
    QTRY_COMPARE(m_view->finder()->model()->userCount(), 10); // user-20 .. user-29
    QCOMPARE(m_api->sim.requestCount(QStringLiteral("/users")), 1);
    QVERIFY(child<QLabel>(QStringLiteral("customerSearchStatus"))->text().contains(QLatin1String("10")));
}

void TestCustomersView::recentCustomersBeforeAnyNetworkCall()
{
    const TokenResult link = makeLink(QStringLiteral("recent-jane"));
    TokenRequest request;
    request.projectId = SandboxCredentials::projectId();
    request.externalUserId = QStringLiteral("recent-jane");
    request.appSlug = QStringLiteral("slack");
    QVERIFY(m_history->recordCreated(request, link, QStringLiteral("Support")) > 0);
    m_api->sim.clearReceivedRequests();
    setScope(QStringLiteral("production"));
    // Offered at once, from this machine's history, before the search even left.
    CustomerListModel *model = m_view->finder()->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->kindAt(0), CustomerListModel::Kind::Recent);
    QCOMPARE(model->externalIdAt(0), QStringLiteral("recent-jane"));
    QCOMPARE(m_api->sim.requestCount(QStringLiteral("/users")), 0);
    // Typing narrows them at once too.
    QTest::keyClicks(searchEdit(), QStringLiteral("zzz"));
    QCOMPARE(model->rowCount(), 0);
}

void TestCustomersView::exactUnknownIdOffersNewLink()
{
    QVERIFY(!makeLink(QStringLiteral("known@example.com")).token.isEmpty());
    setScope(QStringLiteral("production"));
    QSignalSpy newLink(m_view.get(), &CustomersView::newLinkRequested);
    QTest::keyClicks(searchEdit(), QStringLiteral("new@example.com"));
    CustomerListModel *model = m_view->finder()->model();
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->kindAt(0), CustomerListModel::Kind::NewLink);
    QTest::keyClick(searchEdit(), Qt::Key_Return);
    QCOMPARE(newLink.count(), 1);
    const auto entry = newLink.at(0).at(0).value<HistoryEntry>();
    QCOMPARE(entry.externalUserId, QStringLiteral("new@example.com"));
    QCOMPARE(entry.projectId, SandboxCredentials::projectId());
    QCOMPARE(entry.environment, QStringLiteral("production"));

    // An exact ID that exists is opened instead: no new-link offer.
    searchEdit()->clear();
    QTest::keyClicks(searchEdit(), QStringLiteral("known@example.com"));
    QTRY_COMPARE(m_view->finder()->search()->query(), QStringLiteral("known@example.com"));
    QTRY_VERIFY(!m_view->finder()->search()->isLoading());
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->kindAt(0), CustomerListModel::Kind::User);
}

void TestCustomersView::keyboardTypeArrowsEnterEscDelete()
{
    connectAccount(QStringLiteral("kb-alice"), QStringLiteral("slack"));
    connectAccount(QStringLiteral("kb-bob"), QStringLiteral("github"));
    setScope(QStringLiteral("production"));
    QTest::keyClicks(searchEdit(), QStringLiteral("kb-"));
    QTRY_COMPARE(m_view->finder()->model()->userCount(), 2);
    QTRY_VERIFY(!m_view->finder()->search()->isLoading());
    QVERIFY(searchEdit()->hasFocus());
    const QString first = m_view->finder()->currentExternalId();
    QTest::keyClick(searchEdit(), Qt::Key_Down);
    const QString second = m_view->finder()->currentExternalId();
    QVERIFY(first != second);
    QTest::keyClick(searchEdit(), Qt::Key_Up);
    QCOMPARE(m_view->finder()->currentExternalId(), first);
    QTest::keyClick(searchEdit(), Qt::Key_Down);

    // Enter opens the customer; the accounts have the focus.
    QTest::keyClick(searchEdit(), Qt::Key_Return);
    QVERIFY(m_view->isShowingCustomer());
    QCOMPARE(m_view->detail()->externalUserId(), second);
    QTRY_COMPARE(m_view->detail()->accounts()->count(), 1);
    QTableView *table = m_view->detail()->table();
    QTRY_VERIFY(table->hasFocus());

    // Delete asks (and Cancel keeps everything).
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(m_view->openConfirmation());
    QVERIFY(m_view->openConfirmation()->isVisible());
    m_view->openConfirmation()->reject();
    QTRY_VERIFY(!m_view->openConfirmation());
    m_view->activateWindow(); // the offscreen platform does not give it back by itself
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    QCOMPARE(m_view->detail()->accounts()->count(), 1);

    // Esc backs out to the search, with the customer still selected.
    QTest::keyClick(table, Qt::Key_Escape);
    QVERIFY(!m_view->isShowingCustomer());
    QTRY_VERIFY(searchEdit()->hasFocus());
    QCOMPARE(m_view->finder()->currentExternalId(), second);
    QCOMPARE(searchEdit()->text(), QStringLiteral("kb-")); // nothing typed is lost

    // In the list, Delete asks to delete the external user.
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_Delete);
    QVERIFY(m_view->openConfirmation());
    QVERIFY(m_view->openConfirmation()->request().action == AuditEntry::Action::DeleteUser);
    QCOMPARE(m_view->openConfirmation()->request().target, second);
    m_view->openConfirmation()->reject();
    QTRY_VERIFY(!m_view->openConfirmation());
    m_view->activateWindow(); // the offscreen platform does not give it back by itself
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));

    // Esc in the search clears it first.
    searchEdit()->setFocus();
    QTest::keyClick(searchEdit(), Qt::Key_Escape);
    QCOMPARE(searchEdit()->text(), QString());
}

void TestCustomersView::deleteAccountInProductionNeedsTypedId()
{
    connectAccount(QStringLiteral("prod-jane"), QStringLiteral("slack"));
    connectAccount(QStringLiteral("prod-jane"), QStringLiteral("github"));
    setScope(QStringLiteral("production"));
    m_view->openCustomer(QStringLiteral("prod-jane"));
    QTRY_COMPARE(m_view->detail()->accounts()->count(), 2);
    const QString target = m_view->detail()->currentAccount()->id;
    QTest::mouseClick(child(QStringLiteral("deleteAccountButton")), Qt::LeftButton);
    DeletionConfirmDialog *dialog = m_view->openConfirmation();
    QVERIFY(dialog);
    QVERIFY(dialog->needsTypedId());
    // It names what goes.
    const QString question = dialog->findChild<QLabel *>(QStringLiteral("deletionQuestion"))->text();
    QVERIFY2(question.contains(target) && question.contains(QLatin1String("prod-jane")),
             qPrintable(question));
    QVERIFY(!dialog->deleteButton()->isEnabled());
    QTest::keyClicks(dialog->typedIdEdit(), QStringLiteral("prod-jan"));
    QVERIFY(!dialog->deleteButton()->isEnabled());
    QTest::keyClicks(dialog->typedIdEdit(), QStringLiteral("x"));
    QVERIFY(!dialog->deleteButton()->isEnabled());
    dialog->typedIdEdit()->setText(QStringLiteral("prod-jane"));
    QVERIFY(dialog->deleteButton()->isEnabled());
    QSignalSpy finished(m_view->deletion(), &CustomerDeletion::finished);
    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QTRY_COMPARE(m_view->detail()->accounts()->count(), 1);
    QVERIFY(m_view->message().contains(QLatin1String("Deleted the account")));
    const QList<AuditEntry> entries = AuditLog(m_auditPath).entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).target, target);
    QCOMPARE(entries.at(0).result, AuditEntry::Result::Done);
    QCOMPARE(entries.at(0).environment, QStringLiteral("production"));
    QCOMPARE(entries.at(0).origin, QStringLiteral("window"));
}

void TestCustomersView::deleteUserInDevelopment()
{
    connectAccount(QStringLiteral("dev-bob"), QStringLiteral("slack"), QStringLiteral("development"));
    setScope(QStringLiteral("development"));
    m_view->openCustomer(QStringLiteral("dev-bob"));
    QTRY_COMPARE(m_view->detail()->accounts()->count(), 1);
    QTest::mouseClick(child(QStringLiteral("deleteUserButton")), Qt::LeftButton);
    DeletionConfirmDialog *dialog = m_view->openConfirmation();
    QVERIFY(dialog);
    QVERIFY(!dialog->needsTypedId()); // development: no typing
    QVERIFY(!dialog->typedIdEdit());
    const QString question = dialog->findChild<QLabel *>(QStringLiteral("deletionQuestion"))->text();
    QVERIFY2(question.contains(QLatin1String("dev-bob")) && question.contains(QLatin1String("1")),
             qPrintable(question));
    QSignalSpy finished(m_view->deletion(), &CustomerDeletion::finished);
    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QVERIFY(!m_view->isShowingCustomer()); // the customer is gone: back to the search
    QTRY_VERIFY(!m_view->finder()->search()->isLoading());
    QCOMPARE(m_view->finder()->model()->rowOf(QStringLiteral("dev-bob")), -1);
    QVERIFY(m_view->message().contains(QLatin1String("dev-bob")));
}

void TestCustomersView::healthFromTheSimulator()
{
    const QString project = SandboxCredentials::projectId();
    const QString prod = QStringLiteral("production");
    const QString user = QStringLiteral("health-kim");
    const QString ok = m_api->sim.addAccount(project, prod, user, QStringLiteral("slack"));
    const QString sick = m_api->sim.addAccount(project, prod, user, QStringLiteral("github"));
    const QString dead = m_api->sim.addAccount(project, prod, user, QStringLiteral("google_sheets"));
    QVERIFY(!ok.isEmpty() && !sick.isEmpty() && !dead.isEmpty());
    const QString sickError = QStringLiteral("invalid_grant: Token has been expired or revoked.");
    const QString deadError = QStringLiteral("The refresh token was revoked by the user.");
    QVERIFY(m_api->sim.setAccountHealth(sick, Sim::SimAccountHealth::Unhealthy, sickError));
    QVERIFY(m_api->sim.setAccountHealth(dead, Sim::SimAccountHealth::Dead, deadError));
    setScope(prod);
    m_view->openCustomer(user);
    QTRY_COMPARE(m_view->detail()->accounts()->count(), 3);
    AccountsModel *model = m_view->detail()->model();
    const auto cell = [model](const QString &id, int column) {
        return model->index(model->rowOf(id), column).data().toString();
    };
    QCOMPARE(cell(ok, AccountsModel::HealthColumn), accountHealthLabel(AccountHealth::Healthy));
    QCOMPARE(cell(sick, AccountsModel::HealthColumn), accountHealthLabel(AccountHealth::Unhealthy));
    QCOMPARE(cell(dead, AccountsModel::HealthColumn), accountHealthLabel(AccountHealth::Dead));
    QCOMPARE(cell(sick, AccountsModel::ErrorColumn), sickError); // verbatim
    QCOMPARE(cell(dead, AccountsModel::ErrorColumn), deadError);
    QCOMPARE(cell(ok, AccountsModel::ErrorColumn), QString());
    const QString status = child<QLabel>(QStringLiteral("accountsStatus"))->text();
    QVERIFY2(status.contains(QLatin1String("2")), qPrintable(status)); // two need attention
    // The filter keeps the two that need attention.
    child<QCheckBox>(QStringLiteral("attentionOnlyCheck"))->setChecked(true);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->rowOf(ok), -1);
    // Healed on the server: F5 shows it, and the filter follows.
    QVERIFY(m_api->sim.setAccountHealth(sick, Sim::SimAccountHealth::Healthy));
    QTest::keyClick(m_view->detail()->table(), Qt::Key_F5);
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->rowOf(dead), 0);
}

void TestCustomersView::readOnlyProfileCannotDelete()
{
    connectAccount(QStringLiteral("ro-carol"), QStringLiteral("slack"));
    setScope(QStringLiteral("production"), false);
    m_view->openCustomer(QStringLiteral("ro-carol"));
    QTRY_COMPARE(m_view->detail()->accounts()->count(), 1);
    auto *deleteAccount = child(QStringLiteral("deleteAccountButton"));
    auto *deleteUser = child(QStringLiteral("deleteUserButton"));
    QVERIFY(!deleteAccount->isEnabled());
    QVERIFY(!deleteUser->isEnabled());
    QVERIFY(deleteAccount->toolTip().contains(QLatin1String("Support")));
    auto *reason = child<QLabel>(QStringLiteral("deletesOffLabel"));
    QVERIFY(reason->isVisible());
    QVERIFY(reason->text().contains(QLatin1String("does not allow")));
    // The key asks nothing and sends nothing.
    m_api->sim.clearReceivedRequests();
    QTest::keyClick(m_view->detail()->table(), Qt::Key_Delete);
    QVERIFY(!m_view->openConfirmation());
    m_view->deleteUser(QStringLiteral("ro-carol"));
    QVERIFY(!m_view->openConfirmation());
    QVERIFY(m_view->message().contains(QLatin1String("does not allow")));
    QTest::qWait(50);
    for (const auto &request : m_api->sim.receivedRequests())
        QVERIFY(request.method != "DELETE");
    QVERIFY(AuditLog(m_auditPath).entries().isEmpty());
}

void TestCustomersView::developmentProjectNearItsUserCap()
{
    for (int i = 1; i <= 7; ++i)
        QVERIFY(!makeLink(QStringLiteral("cap-%1").arg(i), QStringLiteral("development")).token.isEmpty());
    setScope(QStringLiteral("development"));
    QTRY_COMPARE(m_view->finder()->model()->userCount(), 7);
    auto *label = child<QLabel>(QStringLiteral("developmentLimitLabel"));
    QVERIFY(!label->isVisible()); // 7 of 10: nothing to say yet
    QVERIFY(!makeLink(QStringLiteral("cap-8"), QStringLiteral("development")).token.isEmpty());
    QVERIFY(!makeLink(QStringLiteral("cap-9"), QStringLiteral("development")).token.isEmpty());
    m_view->finder()->searchNow();
    QTRY_COMPARE(m_view->finder()->model()->userCount(), 9);
    QTRY_VERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QLatin1String("9")) && label->text().contains(QLatin1String("10")),
             qPrintable(label->text()));
    // It offers to remove users: the list, ready for Delete.
    auto *remove = child(QStringLiteral("removeUsersButton"));
    QVERIFY(remove->isVisible() && remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_VERIFY(list()->hasFocus());
    QTest::keyClick(list(), Qt::Key_Delete);
    QVERIFY(m_view->openConfirmation());
    QVERIFY(m_view->openConfirmation()->request().action == AuditEntry::Action::DeleteUser);
    m_view->openConfirmation()->reject();
    QTRY_VERIFY(!m_view->openConfirmation());
    // A profile without deletes says so instead.
    setScope(QStringLiteral("development"), false);
    QVERIFY(!remove->isEnabled());
    QVERIFY(remove->toolTip().contains(QLatin1String("does not allow")));
    // A production project has no such cap.
    setScope(QStringLiteral("production"));
    QTRY_VERIFY(!m_view->finder()->search()->isLoading());
    QTRY_VERIFY(!label->isVisible());
}

void TestCustomersView::deletedMeanwhileIsAlreadyGone()
{
    connectAccount(QStringLiteral("gone-dan"), QStringLiteral("slack"), QStringLiteral("development"));
    setScope(QStringLiteral("development"));
    m_view->openCustomer(QStringLiteral("gone-dan"));
    QTRY_COMPARE(m_view->detail()->accounts()->count(), 1);
    const QString id = m_view->detail()->currentAccount()->id;
    // Someone else deletes it first.
    std::unique_ptr<ApiReply> other(m_api->client.deleteAccount(
        SandboxCredentials::projectId(), QStringLiteral("development"), id));
    QSignalSpy otherDone(other.get(), &ApiReply::finished);
    QVERIFY(otherDone.wait(10000));
    QVERIFY(other->isOk());

    QTest::mouseClick(child(QStringLiteral("deleteAccountButton")), Qt::LeftButton);
    QVERIFY(m_view->openConfirmation());
    QSignalSpy finished(m_view->deletion(), &CustomerDeletion::finished);
    QTest::mouseClick(m_view->openConfirmation()->deleteButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    const QString message = m_view->message();
    QVERIFY2(message.contains(QLatin1String("already gone")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("not deleted")), qPrintable(message));
    QVERIFY(child<QLabel>(QStringLiteral("customersMessageIcon"))->accessibleName()
            != QStringLiteral("Problem"));
    QCOMPARE(m_view->detail()->accounts()->count(), 0);
    const QList<AuditEntry> entries = AuditLog(m_auditPath).entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).result, AuditEntry::Result::AlreadyGone);
}

void TestCustomersView::faultDuringPagingKeepsWhatWasLoaded_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("server_error") << int(FaultKind::ServerError);
    QTest::newRow("rate_limited") << int(FaultKind::RateLimited);
}

void TestCustomersView::faultDuringPagingKeepsWhatWasLoaded()
{
    QFETCH(int, kind);
    for (int i = 1; i <= 30; ++i)
        QVERIFY(!makeLink(QStringLiteral("page-%1").arg(i, 2, 10, QLatin1Char('0'))).token.isEmpty());
    setScope(QStringLiteral("production"));
    QTRY_COMPARE(m_view->finder()->model()->userCount(), UserSearch::defaultPageSize);
    QTRY_VERIFY(!m_view->finder()->search()->isLoading());
    Fault fault = Fault::on(QStringLiteral("/users"), FaultKind(kind), -1);
    fault.retryAfterSeconds = 1;
    m_api->sim.injectFault(fault);
    QTest::mouseClick(child(QStringLiteral("customerLoadMore")), Qt::LeftButton);
    QTRY_VERIFY(m_view->finder()->search()->hasFailed());
    // What was loaded stays, and the view says so, with Retry.
    QCOMPARE(m_view->finder()->model()->userCount(), UserSearch::defaultPageSize);
    const QString status = child<QLabel>(QStringLiteral("customerSearchStatus"))->text();
    QVERIFY2(status.contains(QString::number(UserSearch::defaultPageSize))
                 && status.contains(QLatin1String("failed")),
             qPrintable(status));
    auto *retry = child(QStringLiteral("customerSearchRetry"));
    QVERIFY(retry->isVisible());
    m_api->sim.clearFaults();
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE(m_view->finder()->model()->userCount(), 30);
    QTRY_VERIFY(!retry->isVisible());
    QVERIFY(!m_view->finder()->search()->hasFailed());
}

void TestCustomersView::accountsFaultOffersRetry()
{
    connectAccount(QStringLiteral("acc-erin"), QStringLiteral("slack"));
    setScope(QStringLiteral("production"));
    m_api->sim.injectFault(Fault::on(QStringLiteral("/accounts"), FaultKind::ServerError, -1));
    m_view->openCustomer(QStringLiteral("acc-erin"));
    QTRY_VERIFY(m_view->detail()->accounts()->hasFailed());
    const QString status = child<QLabel>(QStringLiteral("accountsStatus"))->text();
    QVERIFY2(status.contains(QLatin1String("could not be loaded")), qPrintable(status));
    auto *retry = child(QStringLiteral("accountsRetry"));
    QVERIFY(retry->isVisible());
    m_api->sim.clearFaults();
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE(m_view->detail()->accounts()->count(), 1);
    QTRY_VERIFY(!retry->isVisible());

    // A failed refresh keeps the accounts shown.
    m_api->sim.injectFault(Fault::on(QStringLiteral("/accounts"), FaultKind::ServerError, -1));
    m_view->detail()->refresh();
    QTRY_VERIFY(m_view->detail()->accounts()->hasFailed());
    QCOMPARE(m_view->detail()->accounts()->count(), 1);
    QCOMPARE(m_view->detail()->model()->rowCount(), 1);
    // After a failure the automatic refresh waits longer.
    QCOMPARE(m_view->detail()->autoRefreshDelayMs(), RefreshPacer::afterFailureMs);
}

void TestCustomersView::refreshKeyAndAutomaticRefresh()
{
    connectAccount(QStringLiteral("f5-fay"), QStringLiteral("slack"));
    setScope(QStringLiteral("production"));
    m_view->openCustomer(QStringLiteral("f5-fay"));
    QTRY_COMPARE(m_view->detail()->accounts()->count(), 1);
    QTRY_COMPARE(m_view->detail()->autoRefreshDelayMs(), RefreshPacer::intervalMs);
    connectAccount(QStringLiteral("f5-fay"), QStringLiteral("github"));
    m_api->sim.clearReceivedRequests();
    QTest::keyClick(m_view->detail()->table(), Qt::Key_F5);
    QTRY_COMPARE(m_view->detail()->accounts()->count(), 2);
    QCOMPARE(m_api->sim.requestCount(QStringLiteral("/accounts")), 1);
    // Copy account ID.
    QTest::mouseClick(child(QStringLiteral("copyAccountIdButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), m_view->detail()->currentAccount()->id);
    // Only unhealthy or dead: both are healthy, so none is shown, and the view says so.
    auto *filter = child<QCheckBox>(QStringLiteral("attentionOnlyCheck"));
    filter->setChecked(true);
    QCOMPARE(m_view->detail()->model()->rowCount(), 0);
    QVERIFY(child<QLabel>(QStringLiteral("accountsStatus"))->text().contains(
        QLatin1String("None is unhealthy or dead")));
    QVERIFY(!child(QStringLiteral("copyAccountIdButton"))->isEnabled());
    filter->setChecked(false);
    QCOMPARE(m_view->detail()->model()->rowCount(), 2);
    // No refresh while the customer is out of view.
    QTest::keyClick(m_view->detail()->table(), Qt::Key_Escape);
    QCOMPARE(m_view->detail()->autoRefreshDelayMs(), -1);
}

QTEST_MAIN(TestCustomersView)
#include "tst_customersview.moc"
