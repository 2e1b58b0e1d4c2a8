// Review 20: "Connected: Slack (jane@example.com (Slack))". The app and the account in one phrase,
// never with nested parentheses, wherever it is shown (pane, notification, history, CLI).
#include "history/accountlabel.h"

#include <QTest>

using namespace ConnectDesk;

class TestAccountLabel final : public QObject
{
    Q_OBJECT
private slots:
    void label_data();
    void label();
    void accountName_data();
    void accountName();
};

void TestAccountLabel::label_data()
{
    QTest::addColumn<QString>("appName");
    QTest::addColumn<QString>("appSlug");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "Slack" << "slack" << "jane@example.com" << "Slack (jane@example.com)";
    QTest::newRow("sandbox name repeats the app")
        << "Slack" << "slack" << "jane@example.com (Slack)" << "Slack (jane@example.com)";
    QTest::newRow("repeats the slug, other case")
        << "Google Sheets" << "google_sheets" << "bob (GOOGLE_SHEETS)" << "Google Sheets (bob)";
    QTest::newRow("spaces around") << "Slack" << "slack" << "  jane (Slack)  "
                                   << "Slack (jane)";
    QTest::newRow("own parentheses: a dash instead")
        << "Slack" << "slack" << "Jane (work)" << QString::fromUtf8("Slack — Jane (work)");
    QTest::newRow("own parentheses and the app")
        << "Slack" << "slack" << "Jane (work) (Slack)" << QString::fromUtf8("Slack — Jane (work)");
    QTest::newRow("only the app") << "Slack" << "slack" << "Slack" << "Slack";
    QTest::newRow("no name") << "Slack" << "slack" << "" << "Slack";
    QTest::newRow("no app name: the slug") << "" << "slack" << "jane (slack)" << "slack (jane)";
    QTest::newRow("nothing but a name") << "" << "" << "jane" << "jane";
    QTest::newRow("unbalanced") << "Slack" << "slack" << "jane)" << QString::fromUtf8("Slack — jane)");
}

void TestAccountLabel::label()
{
    QFETCH(QString, appName);
    QFETCH(QString, appSlug);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const QString got = AccountLabel::label(appName, appSlug, name);
    QCOMPARE(got, expected);
    // Never one bracket inside another.
    int depth = 0;
    for (const QChar c : got) {
        depth += c == QLatin1Char('(') ? 1 : c == QLatin1Char(')') ? -1 : 0;
        QVERIFY2(depth <= 1, qPrintable(got));
    }
}

void TestAccountLabel::accountName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("sandbox") << "jane@example.com (Slack)" << "jane@example.com";
    QTest::newRow("plain") << "jane@example.com" << "jane@example.com";
    QTest::newRow("another bracket is kept") << "Jane (work)" << "Jane (work)";
    QTest::newRow("only the app") << "slack" << "";
    QTest::newRow("empty") << "" << "";
}

void TestAccountLabel::accountName()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(AccountLabel::accountName(name, QStringLiteral("Slack"), QStringLiteral("slack")),
             expected);
}

QTEST_GUILESS_MAIN(TestAccountLabel)

#include "tst_accountlabel.moc"
