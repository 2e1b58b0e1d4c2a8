#include "api/urlrules.h"
#include "form/originseditor.h"
#include "form/originsmodel.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QVBoxLayout>

using namespace ConnectDesk;
using namespace ConnectDesk::Ui;

// The allowed-origins list editor, driven through real key events and the clipboard.
class TestOriginsEditor final : public QObject
{
    Q_OBJECT

private:
    struct Parts
    {
        QLineEdit *addEdit;
        QPushButton *addButton;
        QTreeView *view;
        QPushButton *removeButton;
        QPushButton *pasteButton;
        QLabel *inputHint;
        QLabel *problem;
        QLabel *note;
    };

    static Parts parts(OriginsEditor &editor)
    {
        Parts p{editor.findChild<QLineEdit *>(QStringLiteral("addEdit")),
                editor.findChild<QPushButton *>(QStringLiteral("addButton")),
                editor.findChild<QTreeView *>(QStringLiteral("originsView")),
                editor.findChild<QPushButton *>(QStringLiteral("removeButton")),
                editor.findChild<QPushButton *>(QStringLiteral("pasteButton")),
                editor.findChild<QLabel *>(QStringLiteral("inputHintLabel")),
                editor.findChild<QLabel *>(QStringLiteral("problemLabel")),
                editor.findChild<QLabel *>(QStringLiteral("noteLabel"))};
        Q_ASSERT(p.addEdit && p.addButton && p.view && p.removeButton && p.pasteButton
                 && p.inputHint && p.problem && p.note);
        return p;
    }

    static void showAndActivate(QWidget &widget)
    {
        widget.show();
        widget.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&widget));
    }

    static void selectRow(QTreeView *view, int row)
    {
        view->setFocus(Qt::OtherFocusReason);
        view->selectionModel()->setCurrentIndex(view->model()->index(row, 0),
                                                QItemSelectionModel::ClearAndSelect
                                                    | QItemSelectionModel::Rows);
    }

    static QLineEdit *openInlineEditor(QTreeView *view)
    {
        QLineEdit *inlineEdit = nullptr;
        [&] {
            QTRY_VERIFY(
                (inlineEdit = view->findChild<QLineEdit *>(QStringLiteral("originInlineEdit"))));
        }();
        return inlineEdit;
    }

    static QString checkText(QTreeView *view, int row)
    {
        return view->model()->index(row, OriginsModel::CheckColumn).data().toString();
    }

private slots:
    void init();
    void modelPassesTester();
    void addNormalisesWithEnter();
    void addWithButton();
    void checksAsYouType_data();
    void checksAsYouType();
    void rejectedEntryIsKeptWithReason();
    void duplicatesAreDroppedWithNote();
    void editInPlaceWithF2();
    void editInPlaceWithDoubleClick();
    void editIntoDuplicateDropsRow();
    void escapeCancelsEdit();
    void removeWithDeleteKey();
    void removeSeveralWithButton();
    void pasteLinesWithCtrlVInList();
    void pasteSeveralInAddLineGoesToList();
    void pasteOneInAddLineStaysInLine();
    void pasteButtonUsesClipboard();
    void emptyClipboardExplains();
    void setOriginsRoundTrip();
    void enterDoesNotReachDialogDefaultButton();
    void focusEntrySelectsRow();
    void everyControlIsNamed();
};

void TestOriginsEditor::init()
{
    QGuiApplication::clipboard()->clear();
}

void TestOriginsEditor::modelPassesTester()
{
    OriginsEditor editor;
    const Parts p = parts(editor);
    QAbstractItemModelTester tester(p.view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    editor.setOrigins({QStringLiteral("https://a.com"), QStringLiteral("bad")});
    QGuiApplication::clipboard()->setText(QStringLiteral("https://b.com\nhttps://c.com"));
    editor.pasteLines();
    QVERIFY(
        p.view->model()->setData(p.view->model()->index(0, 0), QStringLiteral("https://d.com")));
    QVERIFY(
        p.view->model()->setData(p.view->model()->index(1, 0), QStringLiteral("https://d.com/")));
    QTRY_COMPARE(editor.origins().size(), 3); // the duplicate edit drops its row
    QVERIFY(p.view->model()->removeRows(0, 2));
    editor.setOrigins({});
    QCOMPARE(p.view->model()->rowCount(), 0);
}

void TestOriginsEditor::addNormalisesWithEnter()
{
    OriginsEditor editor;
    const Parts p = parts(editor);
    QSignalSpy changed(&editor, &OriginsEditor::changed);

    QTest::keyClicks(p.addEdit, QStringLiteral("https://App.com/"));
    QVERIFY(p.inputHint->isVisibleTo(&editor));
    QVERIFY2(p.inputHint->text().contains(QLatin1String("https://app.com")),
             qPrintable(p.inputHint->text()));
    QTest::keyClick(p.addEdit, Qt::Key_Return);

    QCOMPARE(editor.origins(), QStringList{QStringLiteral("https://app.com")});
    QVERIFY(p.addEdit->text().isEmpty());
    QVERIFY(!editor.hasErrors());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(checkText(p.view, 0), QStringLiteral("Valid"));

    QTest::keyClicks(p.addEdit, QStringLiteral("  http://LOCALHOST:3000  "));
    QTest::keyClick(p.addEdit, Qt::Key_Enter);
    QCOMPARE(editor.origins(), (QStringList{QStringLiteral("https://app.com"),
                                            QStringLiteral("http://localhost:3000")}));
    QCOMPARE(changed.count(), 2);
}

void TestOriginsEditor::addWithButton()
{
    OriginsEditor editor;
    const Parts p = parts(editor);
    QVERIFY(!p.addButton->isEnabled());
    QTest::keyClicks(p.addEdit, QStringLiteral("https://example.org:443"));
    QVERIFY(p.addButton->isEnabled());
    QTest::mouseClick(p.addButton, Qt::LeftButton);
    QCOMPARE(editor.origins(), QStringList{QStringLiteral("https://example.org")});
    QVERIFY(!p.addButton->isEnabled());
}

void TestOriginsEditor::checksAsYouType_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("valid");

    QTest::newRow("no scheme") << "app.com" << false;
    QTest::newRow("path") << "https://app.com/login" << false;
    QTest::newRow("wildcard") << "https://*.app.com" << false;
    QTest::newRow("ftp") << "ftp://app.com" << false;
    QTest::newRow("upper case") << "HTTPS://APP.COM" << true;
    QTest::newRow("port") << "http://127.0.0.1:8080" << true;
}

void TestOriginsEditor::checksAsYouType()
{
    QFETCH(QString, typed);
    QFETCH(bool, valid);
    OriginsEditor editor;
    const Parts p = parts(editor);
    QTest::keyClicks(p.addEdit, typed);
    QString error;
    const QString normalized = UrlRules::normalizeOrigin(typed, &error);
    QCOMPARE(normalized.isEmpty(), !valid);
    if (valid && normalized != typed.trimmed())
        QVERIFY2(p.inputHint->text().contains(normalized), qPrintable(p.inputHint->text()));
    else if (valid)
        QCOMPARE(p.inputHint->text(), QStringLiteral("Valid origin."));
    else
        QCOMPARE(p.inputHint->text(), error); // the reason comes from core, word for word
    QVERIFY(!p.inputHint->isHidden());
}

void TestOriginsEditor::rejectedEntryIsKeptWithReason()
{
    OriginsEditor editor;
    const Parts p = parts(editor);
    QVERIFY(p.problem->isHidden());

    QTest::keyClicks(p.addEdit, QStringLiteral("app.example.com/path"));
    QTest::keyClick(p.addEdit, Qt::Key_Return);

    QCOMPARE(editor.origins(), QStringList{QStringLiteral("app.example.com/path")});
    QVERIFY(editor.hasErrors());
    QString error;
    UrlRules::normalizeOrigin(QStringLiteral("app.example.com/path"), &error);
    const QModelIndex check = p.view->model()->index(0, OriginsModel::CheckColumn);
    QCOMPARE(check.data().toString(), error);
    QVERIFY(check.data(Qt::DecorationRole).canConvert<QIcon>());
    QCOMPARE(p.view->model()->index(0, 0).data(Qt::ToolTipRole).toString(), error);
    QVERIFY(!p.problem->isHidden());
    QVERIFY(p.problem->text().contains(QLatin1Char('1')));

    // Fixing it in place clears the problem.
    selectRow(p.view, 0);
    QTest::keyClick(p.view, Qt::Key_F2);
    QLineEdit *inlineEdit = openInlineEditor(p.view);
    QVERIFY(inlineEdit);
    inlineEdit->selectAll();
    QTest::keyClicks(inlineEdit, QStringLiteral("https://app.example.com"));
    QTest::keyClick(inlineEdit, Qt::Key_Return);
    QTRY_COMPARE(editor.origins(), QStringList{QStringLiteral("https://app.example.com")});
    QVERIFY(!editor.hasErrors());
    QVERIFY(p.problem->isHidden());
}

void TestOriginsEditor::duplicatesAreDroppedWithNote()
{
    OriginsEditor editor;
    const Parts p = parts(editor);
    editor.setOrigins({QStringLiteral("https://app.com")});
    QSignalSpy changed(&editor, &OriginsEditor::changed);

    QTest::keyClicks(p.addEdit, QStringLiteral("HTTPS://app.com:443/"));
    QVERIFY(p.inputHint->text().contains(QLatin1String("already")));
    QTest::keyClick(p.addEdit, Qt::Key_Return);

    QCOMPARE(editor.origins(), QStringList{QStringLiteral("https://app.com")});
    QCOMPARE(changed.count(), 0);
    QVERIFY(!p.note->isHidden());
    QVERIFY2(p.note->text().contains(QLatin1String("duplicate"))
                 && p.note->text().contains(QLatin1String("https://app.com")),
             qPrintable(p.note->text()));

    // A rejected entry typed twice is a duplicate too.
    QTest::keyClicks(p.addEdit, QStringLiteral("nonsense"));
    QTest::keyClick(p.addEdit, Qt::Key_Return);
    QTest::keyClicks(p.addEdit, QStringLiteral("nonsense "));
    QTest::keyClick(p.addEdit, Qt::Key_Return);
    QCOMPARE(editor.origins(),
             (QStringList{QStringLiteral("https://app.com"), QStringLiteral("nonsense")}));
}

void TestOriginsEditor::editInPlaceWithF2()
{
    OriginsEditor editor;
    const Parts p = parts(editor);
    showAndActivate(editor);
    editor.setOrigins({QStringLiteral("https://a.com"), QStringLiteral("https://b.com")});
    QSignalSpy changed(&editor, &OriginsEditor::changed);

    selectRow(p.view, 1);
    QTest::keyClick(p.view, Qt::Key_F2);
    QLineEdit *inlineEdit = openInlineEditor(p.view);
    QVERIFY(inlineEdit);
    QCOMPARE(inlineEdit->text(), QStringLiteral("https://b.com"));
    QVERIFY(!inlineEdit->accessibleName().isEmpty());

    inlineEdit->selectAll();
    QTest::keyClicks(inlineEdit, QStringLiteral("https://New.com/"));
    // Checked while typing, like a new entry.
    QVERIFY2(p.inputHint->text().contains(QLatin1String("https://new.com")),
             qPrintable(p.inputHint->text()));
    QTest::keyClick(inlineEdit, Qt::Key_Return);

    QTRY_COMPARE(editor.origins(),
                 (QStringList{QStringLiteral("https://a.com"), QStringLiteral("https://new.com")}));
    QCOMPARE(changed.count(), 1);

    // Editing into something invalid keeps the text, with the reason beside it.
    selectRow(p.view, 0);
    QTest::keyClick(p.view, Qt::Key_F2);
    inlineEdit = openInlineEditor(p.view);
    QVERIFY(inlineEdit);
    inlineEdit->selectAll();
    QTest::keyClicks(inlineEdit, QStringLiteral("https://a.com/x"));
    QTest::keyClick(inlineEdit, Qt::Key_Return);
    QTRY_COMPARE(editor.origins().constFirst(), QStringLiteral("https://a.com/x"));
    QVERIFY(editor.hasErrors());
    QVERIFY(!checkText(p.view, 0).isEmpty());
    QVERIFY(checkText(p.view, 0) != QStringLiteral("Valid"));
}

void TestOriginsEditor::editInPlaceWithDoubleClick()
{
    OriginsEditor editor;
    const Parts p = parts(editor);
    showAndActivate(editor);
    editor.setOrigins({QStringLiteral("https://a.com")});

    const QRect rect = p.view->visualRect(p.view->model()->index(0, 0));
    // A real double-click: press and release, then the double-click event.
    QTest::mouseClick(p.view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(p.view->viewport(), Qt::LeftButton, {}, rect.center());
    QLineEdit *inlineEdit = openInlineEditor(p.view);
    QVERIFY(inlineEdit);
    inlineEdit->selectAll();
    QTest::keyClicks(inlineEdit, QStringLiteral("http://A.com:8080"));
    QTest::keyClick(inlineEdit, Qt::Key_Enter);
    QTRY_COMPARE(editor.origins(), QStringList{QStringLiteral("http://a.com:8080")});
}

void TestOriginsEditor::editIntoDuplicateDropsRow()
{
    OriginsEditor editor;
    const Parts p = parts(editor);
    showAndActivate(editor);
    editor.setOrigins({QStringLiteral("https://a.com"), QStringLiteral("https://b.com")});

    selectRow(p.view, 1);
    QTest::keyClick(p.view, Qt::Key_F2);
    QLineEdit *inlineEdit = openInlineEditor(p.view);
    QVERIFY(inlineEdit);
    inlineEdit->selectAll();
    QTest::keyClicks(inlineEdit, QStringLiteral("https://A.com/"));
    QVERIFY(p.inputHint->text().contains(QLatin1String("already")));
    QTest::keyClick(inlineEdit, Qt::Key_Return);

    QTRY_COMPARE(editor.origins(), QStringList{QStringLiteral("https://a.com")});
    QTRY_VERIFY(!p.note->isHidden());
    QVERIFY2(p.note->text().contains(QLatin1String("duplicate")), qPrintable(p.note->text()));
}

void TestOriginsEditor::escapeCancelsEdit()
{
    OriginsEditor editor;
    const Parts p = parts(editor);
    showAndActivate(editor);
    editor.setOrigins({QStringLiteral("https://a.com")});
    QSignalSpy changed(&editor, &OriginsEditor::changed);

    selectRow(p.view, 0);
    QTest::keyClick(p.view, Qt::Key_F2);
    QLineEdit *inlineEdit = openInlineEditor(p.view);
    QVERIFY(inlineEdit);
    inlineEdit->selectAll();
    QTest::keyClicks(inlineEdit, QStringLiteral("https://other.com"));
    QTest::keyClick(inlineEdit, Qt::Key_Escape);
    QTRY_VERIFY(
        !p.view->findChild<QLineEdit *>(QStringLiteral("originInlineEdit"))
        || !p.view->findChild<QLineEdit *>(QStringLiteral("originInlineEdit"))->isVisible());
    QCOMPARE(editor.origins(), QStringList{QStringLiteral("https://a.com")});
    QCOMPARE(changed.count(), 0);
}

void TestOriginsEditor::removeWithDeleteKey()
{
    OriginsEditor editor;
    const Parts p = parts(editor);
    editor.setOrigins({QStringLiteral("https://a.com"), QStringLiteral("https://b.com"),
                       QStringLiteral("https://c.com")});
    QSignalSpy changed(&editor, &OriginsEditor::changed);

    selectRow(p.view, 1);
    QVERIFY(p.removeButton->isEnabled());
    QTest::keyClick(p.view, Qt::Key_Delete);

    QCOMPARE(editor.origins(),
             (QStringList{QStringLiteral("https://a.com"), QStringLiteral("https://c.com")}));
    QCOMPARE(changed.count(), 1);
    // The selection moves to the entry that took its place, so Delete can be pressed again.
    QCOMPARE(p.view->currentIndex().row(), 1);
    QTest::keyClick(p.view, Qt::Key_Delete);
    QCOMPARE(editor.origins(), QStringList{QStringLiteral("https://a.com")});
    QVERIFY(p.note->text().contains(QLatin1String("https://c.com")));

    // Review 31: Ctrl+Z puts back what Delete took, one removal at a time, in place.
    changed.clear();
    QTest::keyClick(p.view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor.origins(),
             (QStringList{QStringLiteral("https://a.com"), QStringLiteral("https://c.com")}));
    QVERIFY(changed.count() >= 1);
    QVERIFY2(p.note->text().startsWith(QLatin1String("Put back 1 origin")), qPrintable(p.note->text()));
    QTest::keyClick(p.view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor.origins(),
             (QStringList{QStringLiteral("https://a.com"), QStringLiteral("https://b.com"),
                          QStringLiteral("https://c.com")}));
    QVERIFY(!editor.undoRemove()); // nothing left to undo
}

void TestOriginsEditor::removeSeveralWithButton()
{
    OriginsEditor editor;
    const Parts p = parts(editor);
    editor.setOrigins({QStringLiteral("https://a.com"), QStringLiteral("https://b.com"),
                       QStringLiteral("https://c.com")});
    QVERIFY(!p.removeButton->isEnabled());
    QItemSelectionModel *selection = p.view->selectionModel();
    selection->select(p.view->model()->index(0, 0),
                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection->select(p.view->model()->index(2, 0),
                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(p.removeButton->isEnabled());
    QTest::mouseClick(p.removeButton, Qt::LeftButton);
    QCOMPARE(editor.origins(), QStringList{QStringLiteral("https://b.com")});
}

void TestOriginsEditor::pasteLinesWithCtrlVInList()
{
    OriginsEditor editor;
    const Parts p = parts(editor);
    editor.setOrigins({QStringLiteral("https://a.com")});
    QSignalSpy changed(&editor, &OriginsEditor::changed);
    QGuiApplication::clipboard()->setText(
        QStringLiteral("https://B.com/\r\nhttps://c.com, http://localhost:3000\n\n  "
                       "https://A.com\tnot-an-origin\n"));

    p.view->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(p.view, Qt::Key_V, Qt::ControlModifier);

    QCOMPARE(editor.origins(),
             (QStringList{QStringLiteral("https://a.com"), QStringLiteral("https://b.com"),
                          QStringLiteral("https://c.com"), QStringLiteral("http://localhost:3000"),
                          QStringLiteral("not-an-origin")}));
    QCOMPARE(changed.count(), 1); // one paste, one change
    QVERIFY(editor.hasErrors());
    QVERIFY2(p.note->text().contains(QLatin1String("4"))
                 && p.note->text().contains(QLatin1String("duplicate")),
             qPrintable(p.note->text()));
    // The pasted entries are selected, ready to be removed again.
    QCOMPARE(p.view->selectionModel()->selectedRows().size(), 4);
}

void TestOriginsEditor::pasteSeveralInAddLineGoesToList()
{
    OriginsEditor editor;
    const Parts p = parts(editor);
    QGuiApplication::clipboard()->setText(QStringLiteral("https://a.com\nhttps://b.com"));
    p.addEdit->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(p.addEdit, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(editor.origins(),
             (QStringList{QStringLiteral("https://a.com"), QStringLiteral("https://b.com")}));
    QVERIFY(p.addEdit->text().isEmpty());
}

void TestOriginsEditor::pasteOneInAddLineStaysInLine()
{
    OriginsEditor editor;
    const Parts p = parts(editor);
    QGuiApplication::clipboard()->setText(QStringLiteral("https://single.com"));
    p.addEdit->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(p.addEdit, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(p.addEdit->text(), QStringLiteral("https://single.com"));
    QVERIFY(editor.origins().isEmpty());
    QTest::keyClick(p.addEdit, Qt::Key_Return);
    QCOMPARE(editor.origins(), QStringList{QStringLiteral("https://single.com")});
}

void TestOriginsEditor::pasteButtonUsesClipboard()
{
    OriginsEditor editor;
    const Parts p = parts(editor);
    QGuiApplication::clipboard()->setText(QStringLiteral("https://x.com https://y.com"));
    QTest::mouseClick(p.pasteButton, Qt::LeftButton);
    QCOMPARE(editor.origins(),
             (QStringList{QStringLiteral("https://x.com"), QStringLiteral("https://y.com")}));
}

void TestOriginsEditor::emptyClipboardExplains()
{
    OriginsEditor editor;
    const Parts p = parts(editor);
    QSignalSpy changed(&editor, &OriginsEditor::changed);
    QTest::mouseClick(p.pasteButton, Qt::LeftButton);
    QVERIFY(editor.origins().isEmpty());
    QCOMPARE(changed.count(), 0);
    QVERIFY(!p.note->isHidden());
    QVERIFY(p.note->text().contains(QLatin1String("clipboard")));
}

void TestOriginsEditor::setOriginsRoundTrip()
{
    OriginsEditor editor;
    QSignalSpy changed(&editor, &OriginsEditor::changed);
    editor.setOrigins({QStringLiteral(" https://App.com/ "), QString(), QStringLiteral("bad"),
                       QStringLiteral("https://app.com"), QStringLiteral("http://x.com:80")});
    QCOMPARE(editor.origins(),
             (QStringList{QStringLiteral("https://app.com"), QStringLiteral("bad"),
                          QStringLiteral("http://x.com")}));
    QVERIFY(editor.hasErrors());
    QCOMPARE(changed.count(), 1);

    editor.setOrigins(editor.origins()); // unchanged: no signal
    QCOMPARE(changed.count(), 1);

    editor.setOrigins({});
    QVERIFY(editor.origins().isEmpty());
    QVERIFY(!editor.hasErrors());
    QCOMPARE(changed.count(), 2);
}

void TestOriginsEditor::enterDoesNotReachDialogDefaultButton()
{
    QDialog dialog;
    auto *layout = new QVBoxLayout(&dialog);
    auto *editor = new OriginsEditor(&dialog);
    auto *ok = new QPushButton(QStringLiteral("OK"), &dialog);
    ok->setDefault(true);
    layout->addWidget(editor);
    layout->addWidget(ok);
    QSignalSpy clicked(ok, &QPushButton::clicked);
    showAndActivate(dialog);

    const Parts p = parts(*editor);
    p.addEdit->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(p.addEdit, QStringLiteral("https://a.com"));
    QTest::keyClick(p.addEdit, Qt::Key_Return);
    QCOMPARE(editor->origins(), QStringList{QStringLiteral("https://a.com")});
    QCOMPARE(clicked.count(), 0);

    // On an empty line Enter belongs to the dialog again.
    QTest::keyClick(p.addEdit, Qt::Key_Return);
    QCOMPARE(clicked.count(), 1);
}

void TestOriginsEditor::focusEntrySelectsRow()
{
    OriginsEditor editor;
    const Parts p = parts(editor);
    showAndActivate(editor);
    editor.setOrigins({QStringLiteral("https://a.com"), QStringLiteral("bad")});
    editor.focusEntry(1);
    QCOMPARE(p.view->currentIndex().row(), 1);
    QTRY_VERIFY(p.view->hasFocus());
    editor.focusEntry(5); // out of range: ignored
    QCOMPARE(p.view->currentIndex().row(), 1);
}

void TestOriginsEditor::everyControlIsNamed()
{
    OriginsEditor editor;
    QCOMPARE(editor.objectName(), QStringLiteral("originsEditor"));
    const QList<QWidget *> controls = {
        editor.findChild<QWidget *>(QStringLiteral("addEdit")),
        editor.findChild<QWidget *>(QStringLiteral("addButton")),
        editor.findChild<QWidget *>(QStringLiteral("originsView")),
        editor.findChild<QWidget *>(QStringLiteral("removeButton")),
        editor.findChild<QWidget *>(QStringLiteral("pasteButton")),
    };
    for (QWidget *control : controls) {
        QVERIFY(control);
        QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
        QVERIFY2(!control->accessibleDescription().isEmpty(), qPrintable(control->objectName()));
        QVERIFY2(control->focusPolicy() & Qt::TabFocus, qPrintable(control->objectName()));
    }
}

QTEST_MAIN(TestOriginsEditor)
#include "tst_originseditor.moc"
