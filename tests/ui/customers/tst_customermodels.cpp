// The Customers view's models on their own: health shown as an icon and a word for every state
// (never colour alone), the server's error verbatim, the "only unhealthy or dead" filter, and
// the order of what the search offers.
#include "customers/accountsmodel.h"
#include "customers/customerlistmodel.h"
#include "widgets/appbadge.h"
#include "widgets/uistyle.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QIcon>
#include <QTest>

using namespace ConnectDesk;
using namespace ConnectDesk::Ui;

class TestCustomerModels final : public QObject
{
    Q_OBJECT
private slots:
    void healthForEveryState_data();
    void healthForEveryState();
    void attentionFilter();
    void missingTimesAreShownAsMissing();
    void searchOffersRecentThenUsersThenNewLink();

private:
    static CustomerAccount account(const QString &id, AccountHealth health,
                                   const QString &error = {})
    {
        CustomerAccount a;
        a.id = id;
        a.name = id + QStringLiteral("@example.com");
        a.externalUserId = QStringLiteral("jane");
        a.appSlug = QStringLiteral("slack");
        a.appName = QStringLiteral("Slack");
        a.health = health;
        a.error = error;
        a.createdAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        a.authorizedScopes = {QStringLiteral("chat:write"), QStringLiteral("users:read")};
        return a;
    }
};

void TestCustomerModels::healthForEveryState_data()
{
    QTest::addColumn<int>("health");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("iconName");
    QTest::newRow("healthy") << int(AccountHealth::Healthy) << QString()
                             << QStringLiteral("active");
    QTest::newRow("unhealthy") << int(AccountHealth::Unhealthy)
                               << QStringLiteral("invalid_grant: token revoked by the user")
                               << QStringLiteral("warning");
    QTest::newRow("dead") << int(AccountHealth::Dead)
                          << QStringLiteral("Refresh failed 10 times; giving up")
                          << QStringLiteral("error");
}

void TestCustomerModels::healthForEveryState()
{
    QFETCH(int, health);
    QFETCH(QString, error);
    QFETCH(QString, iconName);
    AccountsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAccounts({account(QStringLiteral("apn_1"), AccountHealth(health), error)});
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex cell = model.index(0, AccountsModel::HealthColumn);
    // A word, not only a colour: the health label is the cell's text.
    QCOMPARE(cell.data().toString(), accountHealthLabel(AccountHealth(health)));
    QVERIFY(!cell.data().toString().isEmpty());
    // And an icon, distinct per state.
    QCOMPARE(AccountsModel::healthIconName(AccountHealth(health)), iconName);
    QVERIFY(!qvariant_cast<QIcon>(cell.data(Qt::DecorationRole)).isNull());
    // The app has its badge: a letter on the slug's own colour, the same every time.
    QVERIFY(!qvariant_cast<QIcon>(model.index(0, AccountsModel::AppColumn).data(Qt::DecorationRole)).isNull());
    QCOMPARE(AppBadge::colorFor(QStringLiteral("slack")), AppBadge::colorFor(QStringLiteral("slack")));
    QVERIFY(AppBadge::colorFor(QStringLiteral("slack")) != AppBadge::colorFor(QStringLiteral("github")));
    // The server's words, verbatim, in their own column and for screen readers.
    QCOMPARE(model.index(0, AccountsModel::ErrorColumn).data().toString(), error);
    const QString spoken = cell.data(Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.startsWith(accountHealthLabel(AccountHealth(health))), qPrintable(spoken));
    QVERIFY2(spoken.contains(error), qPrintable(spoken));
    QCOMPARE(model.index(0, AccountsModel::AppColumn).data().toString(), QStringLiteral("Slack"));
    QCOMPARE(model.index(0, AccountsModel::ScopesColumn).data().toString(),
             QStringLiteral("chat:write users:read"));
}

void TestCustomerModels::attentionFilter()
{
    AccountsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAccounts({account(QStringLiteral("apn_ok"), AccountHealth::Healthy),
                       account(QStringLiteral("apn_sick"), AccountHealth::Unhealthy, QStringLiteral("401")),
                       account(QStringLiteral("apn_dead"), AccountHealth::Dead, QStringLiteral("gone"))});
    QCOMPARE(model.rowCount(), 3);
    model.setAttentionOnly(true);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(QStringLiteral("apn_ok")), -1);
    QCOMPARE(model.accountAt(0)->id, QStringLiteral("apn_sick"));
    QCOMPARE(model.accountAt(1)->id, QStringLiteral("apn_dead"));
    QCOMPARE(model.totalCount(), 3);
    model.setAttentionOnly(false);
    QCOMPARE(model.rowCount(), 3);
}

void TestCustomerModels::missingTimesAreShownAsMissing()
{
    AccountsModel model;
    model.setAccounts({account(QStringLiteral("apn_1"), AccountHealth::Healthy)});
    QCOMPARE(model.index(0, AccountsModel::ExpiresColumn).data().toString(), QStringLiteral("—"));
    QVERIFY(model.index(0, AccountsModel::CreatedColumn).data().toString() != QStringLiteral("—"));
}

void TestCustomerModels::searchOffersRecentThenUsersThenNewLink()
{
    CustomerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecent({QStringLiteral("jane")});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.kindAt(0), CustomerListModel::Kind::Recent);
    ExternalUser jane{QStringLiteral("exu_1"), QStringLiteral("jane"), {}, {}};
    ExternalUser bob{QStringLiteral("exu_2"), QStringLiteral("bob"), {}, {}};
    model.setUsers({jane, bob});
    QCOMPARE(model.rowCount(), 2); // jane only once, as the recent one
    QCOMPARE(model.externalIdAt(1), QStringLiteral("bob"));
    QCOMPARE(model.kindAt(1), CustomerListModel::Kind::User);
    model.setNewLinkId(QStringLiteral("carol"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.kindAt(2), CustomerListModel::Kind::NewLink);
    // A found customer is not marked healthy: their accounts may not be.
    QCOMPARE(CustomerListModel::iconName(CustomerListModel::Kind::User), QStringLiteral("customer"));
    QVERIFY(QFile::exists(Style::iconPath(CustomerListModel::iconName(CustomerListModel::Kind::User))));
    QVERIFY(model.index(2).data().toString().contains(QLatin1String("carol")));
    QCOMPARE(model.rowOf(QStringLiteral("bob")), 1);
}

QTEST_MAIN(TestCustomerModels)
#include "tst_customermodels.moc"
