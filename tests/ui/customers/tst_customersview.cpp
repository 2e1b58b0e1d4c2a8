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
#include "customersviewfixture.h"

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

class TestCustomersView final : public QObject, private Testing::CustomersViewFixture
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
    void connectAccount(const QString &user, const QString &app,
                        const QString &environment = QStringLiteral("production"));
    QLineEdit *searchEdit() const
    {
        return view->findChild<QLineEdit *>(QStringLiteral("customerSearchEdit"));
    }
    QListView *list() const { return view->findChild<QListView *>(QStringLiteral("customerList")); }
};

void TestCustomersView::init()
{
    QVERIFY(start());
}

void TestCustomersView::cleanup()
{
    stop();
}

void TestCustomersView::connectAccount(const QString &user, const QString &app,
                                       const QString &environment)
{
    const TokenResult link = makeLink(user, environment, app);
    QVERIFY(!link.token.isEmpty());
    QString error;
    QVERIFY2(api->sim.openConnectLink(link.token, app, &error), qPrintable(error));
}

void TestCustomersView::searchAsYouTypeAndPaging()
{
    for (int i = 1; i <= 30; ++i)
        QVERIFY(!makeLink(QStringLiteral("user-%1").arg(i, 2, 10, QLatin1Char('0'))).token.isEmpty());
    api->sim.clearReceivedRequests();
    setScope(QStringLiteral("production"));
    // The first page only: never everything at once.
    QTRY_COMPARE(view->finder()->model()->userCount(), UserSearch::defaultPageSize);
    auto *loadMore = child(QStringLiteral("customerLoadMore"));
    QVERIFY(loadMore->isVisible());
    QTest::mouseClick(loadMore, Qt::LeftButton);
    QTRY_COMPARE(view->finder()->model()->userCount(), 30);
    QTRY_VERIFY(!loadMore->isVisible());
    QCOMPARE(api->sim.requestCount(QStringLiteral("/users")), 2);

    // As you type, debounced: three keys, one request.
    api->sim.clearReceivedRequests();
    QTest::keyClicks(searchEdit(), QStringLiteral("r-2"));
    QTRY_COMPARE(view->finder()->search()->query(), QStringLiteral("r-2"));
    QTRY_VERIFY(!view->finder()->search()->isLoading());
    QTRY_COMPARE(view->finder()->model()->userCount(), 10); // user-20 .. user-29
    QCOMPARE(api->sim.requestCount(QStringLiteral("/users")), 1);
    QVERIFY(child<QLabel>(QStringLiteral("customerSearchStatus"))->text().contains(QLatin1String("10")));
}

void TestCustomersView::recentCustomersBeforeAnyNetworkCall()
{
    const TokenResult link = makeLink(QStringLiteral("recent-jane"));
    TokenRequest request;
    request.projectId = SandboxCredentials::projectId();
    request.externalUserId = QStringLiteral("recent-jane");
    request.appSlug = QStringLiteral("slack");
    QVERIFY(history->recordCreated(request, link, QStringLiteral("Support")) > 0);
    api->sim.clearReceivedRequests();
    setScope(QStringLiteral("production"));
    // Offered at once, from this machine's history, before the search even left.
    CustomerListModel *model = view->finder()->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->kindAt(0), CustomerListModel::Kind::Recent);
    QCOMPARE(model->externalIdAt(0), QStringLiteral("recent-jane"));
    QCOMPARE(api->sim.requestCount(QStringLiteral("/users")), 0);
    // Typing narrows them at once too.
    QTest::keyClicks(searchEdit(), QStringLiteral("zzz"));
    QCOMPARE(model->rowCount(), 0);
}

void TestCustomersView::exactUnknownIdOffersNewLink()
{
    QVERIFY(!makeLink(QStringLiteral("known@example.com")).token.isEmpty());
    setScope(QStringLiteral("production"));
    QSignalSpy newLink(view.get(), &CustomersView::newLinkRequested);
    QTest::keyClicks(searchEdit(), QStringLiteral("new@example.com"));
    CustomerListModel *model = view->finder()->model();
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
    QTRY_COMPARE(view->finder()->search()->query(), QStringLiteral("known@example.com"));
    QTRY_VERIFY(!view->finder()->search()->isLoading());
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->kindAt(0), CustomerListModel::Kind::User);
}

void TestCustomersView::keyboardTypeArrowsEnterEscDelete()
{
    connectAccount(QStringLiteral("kb-alice"), QStringLiteral("slack"));
    connectAccount(QStringLiteral("kb-bob"), QStringLiteral("github"));
    setScope(QStringLiteral("production"));
    QTest::keyClicks(searchEdit(), QStringLiteral("kb-"));
    QTRY_COMPARE(view->finder()->model()->userCount(), 2);
    QTRY_VERIFY(!view->finder()->search()->isLoading());
    QVERIFY(searchEdit()->hasFocus());
    const QString first = view->finder()->currentExternalId();
    QTest::keyClick(searchEdit(), Qt::Key_Down);
    const QString second = view->finder()->currentExternalId();
    QVERIFY(first != second);
    QTest::keyClick(searchEdit(), Qt::Key_Up);
    QCOMPARE(view->finder()->currentExternalId(), first);
    QTest::keyClick(searchEdit(), Qt::Key_Down);

    // Enter opens the customer; the accounts have the focus.
    QTest::keyClick(searchEdit(), Qt::Key_Return);
    QVERIFY(view->isShowingCustomer());
    QCOMPARE(view->detail()->externalUserId(), second);
    QTRY_COMPARE(view->detail()->accounts()->count(), 1);
    QTableView *table = view->detail()->table();
    QTRY_VERIFY(table->hasFocus());

    // Delete asks (and Cancel keeps everything).
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(view->openConfirmation());
    QVERIFY(view->openConfirmation()->isVisible());
    view->openConfirmation()->reject();
    QTRY_VERIFY(!view->openConfirmation());
    view->activateWindow(); // the offscreen platform does not give it back by itself
    QVERIFY(QTest::qWaitForWindowActive(view.get()));
    QCOMPARE(view->detail()->accounts()->count(), 1);

    // Esc backs out to the search, with the customer still selected.
    QTest::keyClick(table, Qt::Key_Escape);
    QVERIFY(!view->isShowingCustomer());
    QTRY_VERIFY(searchEdit()->hasFocus());
    QCOMPARE(view->finder()->currentExternalId(), second);
    QCOMPARE(searchEdit()->text(), QStringLiteral("kb-")); // nothing typed is lost

    // In the list, Delete asks to delete the external user.
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_Delete);
    QVERIFY(view->openConfirmation());
    QVERIFY(view->openConfirmation()->request().action == AuditEntry::Action::DeleteUser);
    QCOMPARE(view->openConfirmation()->request().target, second);
    view->openConfirmation()->reject();
    QTRY_VERIFY(!view->openConfirmation());
    view->activateWindow(); // the offscreen platform does not give it back by itself
    QVERIFY(QTest::qWaitForWindowActive(view.get()));

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
    view->openCustomer(QStringLiteral("prod-jane"));
    QTRY_COMPARE(view->detail()->accounts()->count(), 2);
    const QString target = view->detail()->currentAccount()->id;
    QTest::mouseClick(child(QStringLiteral("deleteAccountButton")), Qt::LeftButton);
    DeletionConfirmDialog *dialog = view->openConfirmation();
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
    QSignalSpy finished(view->deletion(), &CustomerDeletion::finished);
    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QTRY_COMPARE(view->detail()->accounts()->count(), 1);
    QVERIFY(view->message().contains(QLatin1String("Deleted the account")));
    const QList<AuditEntry> entries = AuditLog(auditPath).entries();
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
    view->openCustomer(QStringLiteral("dev-bob"));
    QTRY_COMPARE(view->detail()->accounts()->count(), 1);
    QTest::mouseClick(child(QStringLiteral("deleteUserButton")), Qt::LeftButton);
    DeletionConfirmDialog *dialog = view->openConfirmation();
    QVERIFY(dialog);
    QVERIFY(!dialog->needsTypedId()); // development: no typing
    QVERIFY(!dialog->typedIdEdit());
    const QString question = dialog->findChild<QLabel *>(QStringLiteral("deletionQuestion"))->text();
    QVERIFY2(question.contains(QLatin1String("dev-bob")) && question.contains(QLatin1String("1")),
             qPrintable(question));
    QSignalSpy finished(view->deletion(), &CustomerDeletion::finished);
    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QVERIFY(!view->isShowingCustomer()); // the customer is gone: back to the search
    QTRY_VERIFY(!view->finder()->search()->isLoading());
    QCOMPARE(view->finder()->model()->rowOf(QStringLiteral("dev-bob")), -1);
    QVERIFY(view->message().contains(QLatin1String("dev-bob")));
}

void TestCustomersView::healthFromTheSimulator()
{
    const QString project = SandboxCredentials::projectId();
    const QString prod = QStringLiteral("production");
    const QString user = QStringLiteral("health-kim");
    const QString ok = api->sim.addAccount(project, prod, user, QStringLiteral("slack"));
    const QString sick = api->sim.addAccount(project, prod, user, QStringLiteral("github"));
    const QString dead = api->sim.addAccount(project, prod, user, QStringLiteral("google_sheets"));
    QVERIFY(!ok.isEmpty() && !sick.isEmpty() && !dead.isEmpty());
    const QString sickError = QStringLiteral("invalid_grant: Token has been expired or revoked.");
    const QString deadError = QStringLiteral("The refresh token was revoked by the user.");
    QVERIFY(api->sim.setAccountHealth(sick, Sim::SimAccountHealth::Unhealthy, sickError));
    QVERIFY(api->sim.setAccountHealth(dead, Sim::SimAccountHealth::Dead, deadError));
    setScope(prod);
    view->openCustomer(user);
    QTRY_COMPARE(view->detail()->accounts()->count(), 3);
    AccountsModel *model = view->detail()->model();
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
    QVERIFY(api->sim.setAccountHealth(sick, Sim::SimAccountHealth::Healthy));
    QTest::keyClick(view->detail()->table(), Qt::Key_F5);
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->rowOf(dead), 0);
}

void TestCustomersView::readOnlyProfileCannotDelete()
{
    connectAccount(QStringLiteral("ro-carol"), QStringLiteral("slack"));
    setScope(QStringLiteral("production"), false);
    view->openCustomer(QStringLiteral("ro-carol"));
    QTRY_COMPARE(view->detail()->accounts()->count(), 1);
    auto *deleteAccount = child(QStringLiteral("deleteAccountButton"));
    auto *deleteUser = child(QStringLiteral("deleteUserButton"));
    QVERIFY(!deleteAccount->isEnabled());
    QVERIFY(!deleteUser->isEnabled());
    QVERIFY(deleteAccount->toolTip().contains(QLatin1String("Support")));
    auto *reason = child<QLabel>(QStringLiteral("deletesOffLabel"));
    QVERIFY(reason->isVisible());
    QVERIFY(reason->text().contains(QLatin1String("does not allow")));
    // The key asks nothing and sends nothing.
    api->sim.clearReceivedRequests();
    QTest::keyClick(view->detail()->table(), Qt::Key_Delete);
    QVERIFY(!view->openConfirmation());
    view->deleteUser(QStringLiteral("ro-carol"));
    QVERIFY(!view->openConfirmation());
    QVERIFY(view->message().contains(QLatin1String("does not allow")));
    QTest::qWait(50);
    for (const auto &request : api->sim.receivedRequests())
        QVERIFY(request.method != "DELETE");
    QVERIFY(AuditLog(auditPath).entries().isEmpty());
}

void TestCustomersView::developmentProjectNearItsUserCap()
{
    for (int i = 1; i <= 7; ++i)
        QVERIFY(!makeLink(QStringLiteral("cap-%1").arg(i), QStringLiteral("development")).token.isEmpty());
    setScope(QStringLiteral("development"));
    QTRY_COMPARE(view->finder()->model()->userCount(), 7);
    auto *label = child<QLabel>(QStringLiteral("developmentLimitLabel"));
    QVERIFY(!label->isVisible()); // 7 of 10: nothing to say yet
    QVERIFY(!makeLink(QStringLiteral("cap-8"), QStringLiteral("development")).token.isEmpty());
    QVERIFY(!makeLink(QStringLiteral("cap-9"), QStringLiteral("development")).token.isEmpty());
    view->finder()->searchNow();
    QTRY_COMPARE(view->finder()->model()->userCount(), 9);
    QTRY_VERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QLatin1String("9")) && label->text().contains(QLatin1String("10")),
             qPrintable(label->text()));
    // It offers to remove users: the list, ready for Delete.
    auto *remove = child(QStringLiteral("removeUsersButton"));
    QVERIFY(remove->isVisible() && remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_VERIFY(list()->hasFocus());
    QTest::keyClick(list(), Qt::Key_Delete);
    QVERIFY(view->openConfirmation());
    QVERIFY(view->openConfirmation()->request().action == AuditEntry::Action::DeleteUser);
    view->openConfirmation()->reject();
    QTRY_VERIFY(!view->openConfirmation());
    // A profile without deletes says so instead.
    setScope(QStringLiteral("development"), false);
    QVERIFY(!remove->isEnabled());
    QVERIFY(remove->toolTip().contains(QLatin1String("does not allow")));
    // A production project has no such cap.
    setScope(QStringLiteral("production"));
    QTRY_VERIFY(!view->finder()->search()->isLoading());
    QTRY_VERIFY(!label->isVisible());
}

void TestCustomersView::deletedMeanwhileIsAlreadyGone()
{
    connectAccount(QStringLiteral("gone-dan"), QStringLiteral("slack"), QStringLiteral("development"));
    setScope(QStringLiteral("development"));
    view->openCustomer(QStringLiteral("gone-dan"));
    QTRY_COMPARE(view->detail()->accounts()->count(), 1);
    const QString id = view->detail()->currentAccount()->id;
    // Someone else deletes it first.
    std::unique_ptr<ApiReply> other(api->client.deleteAccount(
        SandboxCredentials::projectId(), QStringLiteral("development"), id));
    QSignalSpy otherDone(other.get(), &ApiReply::finished);
    QVERIFY(otherDone.wait(10000));
    QVERIFY(other->isOk());

    QTest::mouseClick(child(QStringLiteral("deleteAccountButton")), Qt::LeftButton);
    QVERIFY(view->openConfirmation());
    QSignalSpy finished(view->deletion(), &CustomerDeletion::finished);
    QTest::mouseClick(view->openConfirmation()->deleteButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    const QString message = view->message();
    QVERIFY2(message.contains(QLatin1String("already gone")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("not deleted")), qPrintable(message));
    QVERIFY(child<QLabel>(QStringLiteral("customersMessageIcon"))->accessibleName()
            != QStringLiteral("Problem"));
    QCOMPARE(view->detail()->accounts()->count(), 0);
    const QList<AuditEntry> entries = AuditLog(auditPath).entries();
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
    QTRY_COMPARE(view->finder()->model()->userCount(), UserSearch::defaultPageSize);
    QTRY_VERIFY(!view->finder()->search()->isLoading());
    Fault fault = Fault::on(QStringLiteral("/users"), FaultKind(kind), -1);
    fault.retryAfterSeconds = 1;
    api->sim.injectFault(fault);
    QTest::mouseClick(child(QStringLiteral("customerLoadMore")), Qt::LeftButton);
    QTRY_VERIFY(view->finder()->search()->hasFailed());
    // What was loaded stays, and the view says so, with Retry.
    QCOMPARE(view->finder()->model()->userCount(), UserSearch::defaultPageSize);
    const QString status = child<QLabel>(QStringLiteral("customerSearchStatus"))->text();
    QVERIFY2(status.contains(QString::number(UserSearch::defaultPageSize))
                 && status.contains(QLatin1String("failed")),
             qPrintable(status));
    auto *retry = child(QStringLiteral("customerSearchRetry"));
    QVERIFY(retry->isVisible());
    api->sim.clearFaults();
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE(view->finder()->model()->userCount(), 30);
    QTRY_VERIFY(!retry->isVisible());
    QVERIFY(!view->finder()->search()->hasFailed());
}

void TestCustomersView::accountsFaultOffersRetry()
{
    connectAccount(QStringLiteral("acc-erin"), QStringLiteral("slack"));
    setScope(QStringLiteral("production"));
    api->sim.injectFault(Fault::on(QStringLiteral("/accounts"), FaultKind::ServerError, -1));
    view->openCustomer(QStringLiteral("acc-erin"));
    QTRY_VERIFY(view->detail()->accounts()->hasFailed());
    const QString status = child<QLabel>(QStringLiteral("accountsStatus"))->text();
    QVERIFY2(status.contains(QLatin1String("could not be loaded")), qPrintable(status));
    auto *retry = child(QStringLiteral("accountsRetry"));
    QVERIFY(retry->isVisible());
    api->sim.clearFaults();
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE(view->detail()->accounts()->count(), 1);
    QTRY_VERIFY(!retry->isVisible());

    // A failed refresh keeps the accounts shown.
    api->sim.injectFault(Fault::on(QStringLiteral("/accounts"), FaultKind::ServerError, -1));
    view->detail()->refresh();
    QTRY_VERIFY(view->detail()->accounts()->hasFailed());
    QCOMPARE(view->detail()->accounts()->count(), 1);
    QCOMPARE(view->detail()->model()->rowCount(), 1);
    // After a failure the automatic refresh waits longer.
    QCOMPARE(view->detail()->autoRefreshDelayMs(), RefreshPacer::afterFailureMs);
}

void TestCustomersView::refreshKeyAndAutomaticRefresh()
{
    connectAccount(QStringLiteral("f5-fay"), QStringLiteral("slack"));
    setScope(QStringLiteral("production"));
    view->openCustomer(QStringLiteral("f5-fay"));
    QTRY_COMPARE(view->detail()->accounts()->count(), 1);
    QTRY_COMPARE(view->detail()->autoRefreshDelayMs(), RefreshPacer::intervalMs);
    connectAccount(QStringLiteral("f5-fay"), QStringLiteral("github"));
    api->sim.clearReceivedRequests();
    QTest::keyClick(view->detail()->table(), Qt::Key_F5);
    QTRY_COMPARE(view->detail()->accounts()->count(), 2);
    QCOMPARE(api->sim.requestCount(QStringLiteral("/accounts")), 1);
    // Copy account ID.
    QTest::mouseClick(child(QStringLiteral("copyAccountIdButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), view->detail()->currentAccount()->id);
    // Only unhealthy or dead: both are healthy, so none is shown, and the view says so.
    auto *filter = child<QCheckBox>(QStringLiteral("attentionOnlyCheck"));
    filter->setChecked(true);
    QCOMPARE(view->detail()->model()->rowCount(), 0);
    QVERIFY(child<QLabel>(QStringLiteral("accountsStatus"))->text().contains(
        QLatin1String("None is unhealthy or dead")));
    QVERIFY(!child(QStringLiteral("copyAccountIdButton"))->isEnabled());
    filter->setChecked(false);
    QCOMPARE(view->detail()->model()->rowCount(), 2);
    // No refresh while the customer is out of view.
    QTest::keyClick(view->detail()->table(), Qt::Key_Escape);
    QCOMPARE(view->detail()->autoRefreshDelayMs(), -1);
}

QTEST_MAIN(TestCustomersView)
#include "tst_customersview.moc"
