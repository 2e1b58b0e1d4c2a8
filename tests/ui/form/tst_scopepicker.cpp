#include "api/scopecatalogue.h"
#include "api/tokenrequest.h"
#include "form/scopepicker.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace ConnectDesk;
using namespace ConnectDesk::Ui;

// The scope list: connect:* against the narrower scopes, the default hint and the filter.
class TestScopePicker final : public QObject
{
    Q_OBJECT

private:
    struct Parts
    {
        QLineEdit *filter;
        QTreeView *view;
        QLabel *hint;
        QLabel *note;
        QLabel *problem;
        QLabel *noMatch;
    };

    static Parts parts(ScopePicker &picker)
    {
        Parts p{picker.findChild<QLineEdit *>(QStringLiteral("scopeFilterEdit")),
                picker.findChild<QTreeView *>(QStringLiteral("scopeView")),
                picker.findChild<QLabel *>(QStringLiteral("scopeHintLabel")),
                picker.findChild<QLabel *>(QStringLiteral("scopeNoteLabel")),
                picker.findChild<QLabel *>(QStringLiteral("scopeProblemLabel")),
                picker.findChild<QLabel *>(QStringLiteral("scopeNoMatchLabel"))};
        Q_ASSERT(p.filter && p.view && p.hint && p.note && p.problem && p.noMatch);
        return p;
    }

    static int rowOf(QTreeView *view, const QString &scope)
    {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, ScopePicker::ScopeColumn).data().toString() == scope)
                return row;
        }
        return -1;
    }

    // Moves to the scope's row and presses Space, as a keyboard user does.
    static void toggle(QTreeView *view, const QString &scope)
    {
        const int row = rowOf(view, scope);
        QVERIFY2(row >= 0, qPrintable(scope));
        view->setFocus(Qt::OtherFocusReason);
        view->setCurrentIndex(view->model()->index(row, ScopePicker::DescriptionColumn));
        QTest::keyClick(view, Qt::Key_Space);
    }

    static Qt::CheckState stateOf(QTreeView *view, const QString &scope)
    {
        return view->model()
            ->index(rowOf(view, scope), ScopePicker::ScopeColumn)
            .data(Qt::CheckStateRole)
            .value<Qt::CheckState>();
    }

private slots:
    void listsTheCatalogueWithDescriptions();
    void noneCheckedShowsDefaultHint();
    void checkingWildcardUnchecksNarrowScopes();
    void uncheckingWildcardRestoresNarrowScopes();
    void checkingNarrowScopeUnchecksWildcard();
    void setScopesRoundTrip_data();
    void setScopesRoundTrip();
    void unknownScopeIsKeptWithReason();
    void filterNarrowsTheList();
    void filterKeyboardFlow();
    void everyControlIsNamed();
};

void TestScopePicker::listsTheCatalogueWithDescriptions()
{
    ScopePicker picker;
    const Parts p = parts(picker);
    const QList<ScopeInfo> catalogue = ScopeCatalogue::all();
    QCOMPARE(p.view->model()->rowCount(), catalogue.size());
    for (int row = 0; row < catalogue.size(); ++row) {
        QCOMPARE(p.view->model()->index(row, ScopePicker::ScopeColumn).data().toString(),
                 catalogue.at(row).scope);
        QCOMPARE(p.view->model()->index(row, ScopePicker::DescriptionColumn).data().toString(),
                 catalogue.at(row).description);
        QVERIFY(p.view->model()->flags(p.view->model()->index(row, 0)) & Qt::ItemIsUserCheckable);
    }
}

void TestScopePicker::noneCheckedShowsDefaultHint()
{
    ScopePicker picker;
    const Parts p = parts(picker);
    QVERIFY(picker.scopes().isEmpty());
    QVERIFY(!p.hint->isHidden());
    QVERIFY2(p.hint->text().contains(QLatin1String("connect:*"))
                 && p.hint->text().contains(QLatin1String("default")),
             qPrintable(p.hint->text()));
    QVERIFY(p.problem->isHidden());

    toggle(p.view, QStringLiteral("connect:proxy"));
    QCOMPARE(picker.scopes(), QStringList{QStringLiteral("connect:proxy")});
    QVERIFY(!p.hint->text().contains(QLatin1String("default")));
    toggle(p.view, QStringLiteral("connect:proxy"));
    QVERIFY(picker.scopes().isEmpty());
    QVERIFY(p.hint->text().contains(QLatin1String("default")));
}

void TestScopePicker::checkingWildcardUnchecksNarrowScopes()
{
    ScopePicker picker;
    const Parts p = parts(picker);
    picker.setScopes({QStringLiteral("connect:accounts:read connect:users:read")});
    QSignalSpy changed(&picker, &ScopePicker::changed);

    toggle(p.view, QStringLiteral("connect:*"));

    QCOMPARE(picker.scopes(), QStringList{QStringLiteral("connect:*")});
    QCOMPARE(stateOf(p.view, QStringLiteral("connect:accounts:read")), Qt::Unchecked);
    QCOMPARE(changed.count(), 1);
    QVERIFY2(p.hint->text().contains(QLatin1String("connect:* includes all of these")),
             qPrintable(p.hint->text()));
    QVERIFY(!p.note->isHidden());
    QVERIFY2(p.note->text().contains(QLatin1String("connect:accounts:read"))
                 && p.note->text().contains(QLatin1String("connect:users:read")),
             qPrintable(p.note->text()));
    QVERIFY(TokenRequest::checkScopes(picker.scopes()).isEmpty());
}

void TestScopePicker::uncheckingWildcardRestoresNarrowScopes()
{
    ScopePicker picker;
    const Parts p = parts(picker);
    picker.setScopes({QStringLiteral("connect:proxy"), QStringLiteral("connect:tokens:create")});
    toggle(p.view, QStringLiteral("connect:*"));
    QCOMPARE(picker.scopes(), QStringList{QStringLiteral("connect:*")});
    toggle(p.view, QStringLiteral("connect:*"));
    QCOMPARE(picker.scopes(), (QStringList{QStringLiteral("connect:tokens:create"),
                                           QStringLiteral("connect:proxy")}));
}

void TestScopePicker::checkingNarrowScopeUnchecksWildcard()
{
    ScopePicker picker;
    const Parts p = parts(picker);
    picker.setScopes({QStringLiteral("connect:*")});
    QSignalSpy changed(&picker, &ScopePicker::changed);

    toggle(p.view, QStringLiteral("connect:usage:read"));

    QCOMPARE(picker.scopes(), QStringList{QStringLiteral("connect:usage:read")});
    QCOMPARE(stateOf(p.view, QStringLiteral("connect:*")), Qt::Unchecked);
    QCOMPARE(changed.count(), 1);
    QVERIFY2(p.note->text().contains(QLatin1String("connect:*")), qPrintable(p.note->text()));
    QVERIFY(!p.note->isHidden());

    // A second narrow scope simply adds up.
    toggle(p.view, QStringLiteral("connect:users:read"));
    QCOMPARE(picker.scopes(), (QStringList{QStringLiteral("connect:usage:read"),
                                           QStringLiteral("connect:users:read")}));
    QVERIFY(p.note->isHidden());
}

void TestScopePicker::setScopesRoundTrip_data()
{
    QTest::addColumn<QStringList>("input");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QStringList{} << QStringList{};
    QTest::newRow("wildcard") << QStringList{QStringLiteral("connect:*")}
                              << QStringList{QStringLiteral("connect:*")};
    QTest::newRow("catalogue order")
        << QStringList{QStringLiteral("connect:users:read"), QStringLiteral("connect:actions:*")}
        << QStringList{QStringLiteral("connect:actions:*"), QStringLiteral("connect:users:read")};
    QTest::newRow("space separated, repeated")
        << QStringList{QStringLiteral(" connect:proxy  connect:proxy connect:triggers:* ")}
        << QStringList{QStringLiteral("connect:triggers:*"), QStringLiteral("connect:proxy")};
}

void TestScopePicker::setScopesRoundTrip()
{
    QFETCH(QStringList, input);
    QFETCH(QStringList, expected);
    ScopePicker picker;
    QSignalSpy changed(&picker, &ScopePicker::changed);
    picker.setScopes(input);
    QCOMPARE(picker.scopes(), expected);
    QCOMPARE(changed.count(), expected.isEmpty() ? 0 : 1);
    picker.setScopes(picker.scopes()); // unchanged: no signal
    QCOMPARE(changed.count(), expected.isEmpty() ? 0 : 1);
    picker.setScopes({});
    QVERIFY(picker.scopes().isEmpty());
}

void TestScopePicker::unknownScopeIsKeptWithReason()
{
    ScopePicker picker;
    const Parts p = parts(picker);
    picker.setScopes({QStringLiteral("connect:proxy connect:bogus")});
    QCOMPARE(picker.scopes(),
             (QStringList{QStringLiteral("connect:proxy"), QStringLiteral("connect:bogus")}));
    QVERIFY(!p.problem->isHidden());
    QCOMPARE(p.problem->text(), TokenRequest::checkScopes(picker.scopes()));
    const int row = rowOf(p.view, QStringLiteral("connect:bogus"));
    QVERIFY(row >= 0);
    QCOMPARE(p.view->model()->index(row, ScopePicker::DescriptionColumn).data().toString(),
             TokenRequest::checkScopes({QStringLiteral("connect:bogus")}));

    // Unchecking it leaves a valid choice; setting other scopes drops the row.
    toggle(p.view, QStringLiteral("connect:bogus"));
    QCOMPARE(picker.scopes(), QStringList{QStringLiteral("connect:proxy")});
    QVERIFY(p.problem->isHidden());
    picker.setScopes({QStringLiteral("connect:proxy")});
    QCOMPARE(rowOf(p.view, QStringLiteral("connect:bogus")), -1);
}

void TestScopePicker::filterNarrowsTheList()
{
    ScopePicker picker;
    const Parts p = parts(picker);
    picker.setScopes({QStringLiteral("connect:proxy")});

    QTest::keyClicks(p.filter, QStringLiteral("DEPLOYED"));
    QCOMPARE(p.view->model()->rowCount(), 2);
    QTest::keyClick(p.filter, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(p.filter, QStringLiteral("webhooks")); // matches a description
    QCOMPARE(p.view->model()->rowCount(), 1);
    QCOMPARE(p.view->model()->index(0, 0).data().toString(),
             QStringLiteral("connect:deployed_triggers:read"));
    QVERIFY(p.noMatch->isHidden());

    QTest::keyClick(p.filter, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(p.filter, QStringLiteral("zzz"));
    QCOMPARE(p.view->model()->rowCount(), 0);
    QVERIFY(!p.noMatch->isHidden());
    QVERIFY(p.noMatch->text().contains(QLatin1String("zzz")));

    // Filtering never changes the choice.
    QCOMPARE(picker.scopes(), QStringList{QStringLiteral("connect:proxy")});
    p.filter->clear();
    QCOMPARE(p.view->model()->rowCount(), ScopeCatalogue::all().size());
    QVERIFY(p.noMatch->isHidden());
}

void TestScopePicker::filterKeyboardFlow()
{
    ScopePicker picker;
    const Parts p = parts(picker);
    picker.show();
    picker.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&picker));

    picker.setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(p.filter->hasFocus()); // the focus proxy
    QTest::keyClicks(p.filter, QStringLiteral("users"));
    QTest::keyClick(p.filter, Qt::Key_Down);
    QTRY_VERIFY(p.view->hasFocus());
    QCOMPARE(p.view->currentIndex().row(), 0);
    QTest::keyClick(p.view, Qt::Key_Space);
    QTest::keyClick(p.view, Qt::Key_Down);
    QTest::keyClick(p.view, Qt::Key_Space);
    QCOMPARE(picker.scopes(), (QStringList{QStringLiteral("connect:users:read"),
                                           QStringLiteral("connect:users:write")}));
}

void TestScopePicker::everyControlIsNamed()
{
    ScopePicker picker;
    QCOMPARE(picker.objectName(), QStringLiteral("scopePicker"));
    const Parts p = parts(picker);
    for (QWidget *control : {static_cast<QWidget *>(p.filter), static_cast<QWidget *>(p.view)}) {
        QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
        QVERIFY2(!control->accessibleDescription().isEmpty(), qPrintable(control->objectName()));
        QVERIFY(control->focusPolicy() & Qt::TabFocus);
    }
}

QTEST_MAIN(TestScopePicker)
#include "tst_scopepicker.moc"
