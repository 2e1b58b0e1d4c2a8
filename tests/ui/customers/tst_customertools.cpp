// The Customers view's tools against the simulator on 127.0.0.1: the link troubleshooter (a text
// that is no link, a usable link, an expired one with "New link" filled from the history, "Copy
// diagnosis" without the token) and the audit log viewer with its CSV export.
#include "customers/auditlog.h"
#include "customers/auditlogdialog.h"
#include "customers/customersview.h"
#include "customers/linktroubleshooter.h"
#include "fakeclock.h"
#include "history/historystore.h"
#include "simulatedapi.h"
#include "customersviewfixture.h"
#include "widgets/filedialog.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ConnectDesk;
using namespace ConnectDesk::Ui;
using ConnectDesk::Sim::SandboxCredentials;

class TestCustomerTools final : public QObject, private Testing::CustomersViewFixture
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void troubleshooter();
    void auditLogDialogExports();

};

void TestCustomerTools::init()
{
    QVERIFY(start());
}

void TestCustomerTools::cleanup()
{
    stop();
}

void TestCustomerTools::troubleshooter()
{
    setScope(QStringLiteral("production"));
    LinkTroubleshooter *checker = view->troubleshooter();
    auto *field = child<QLineEdit>(QStringLiteral("checkLinkEdit"));
    // Not a link: say what was expected, keep the text.
    QGuiApplication::clipboard()->setText(QStringLiteral("hello there"));
    QVERIFY(!view->checkClipboard());
    field->setText(QStringLiteral("hello there"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(!checker->sentence().isEmpty());
    QVERIFY(!checker->diagnosis());
    QCOMPARE(field->text(), QStringLiteral("hello there"));

    // A fresh production link this machine made: usable.
    const TokenResult link = makeLink(QStringLiteral("ts-gina"));
    TokenRequest request;
    request.projectId = SandboxCredentials::projectId();
    request.externalUserId = QStringLiteral("ts-gina");
    request.appSlug = QStringLiteral("slack");
    request.expiresIn = QStringLiteral("600");
    QVERIFY(history->recordCreated(request, link, QStringLiteral("Support")) > 0);
    QGuiApplication::clipboard()->setText(link.connectLink(QStringLiteral("slack")).toString());
    QVERIFY(view->checkClipboard());
    QTRY_VERIFY(checker->diagnosis().has_value());
    QCOMPARE(checker->diagnosis()->verdict, LinkDiagnosis::Verdict::Usable);
    QVERIFY(!checker->sentence().isEmpty());
    QVERIFY(!child(QStringLiteral("diagnosisNewLinkButton"))->isVisible());
    QTest::mouseClick(child(QStringLiteral("copyDiagnosisButton")), Qt::LeftButton);
    const QString ticket = QGuiApplication::clipboard()->text();
    QVERIFY(!ticket.isEmpty());
    QVERIFY2(!ticket.contains(link.token), "the ticket must not hold the token");

    // Hours later it has expired: a new link is suggested and pre-fills for that customer.
    api->clock.advance(5 * 3600);
    field->setText(link.token);
    QTest::mouseClick(child(QStringLiteral("checkLinkButton")), Qt::LeftButton);
    QTRY_VERIFY(checker->diagnosis().has_value());
    QCOMPARE(checker->diagnosis()->verdict, LinkDiagnosis::Verdict::Expired);
    auto *newLink = child(QStringLiteral("diagnosisNewLinkButton"));
    QVERIFY(newLink->isVisible());
    QSignalSpy requested(view.get(), &CustomersView::newLinkRequested);
    QTest::mouseClick(newLink, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    const auto entry = requested.at(0).at(0).value<HistoryEntry>();
    QCOMPARE(entry.externalUserId, QStringLiteral("ts-gina"));
    QCOMPARE(entry.appSlug, QStringLiteral("slack"));
    QCOMPARE(entry.expiresIn, QStringLiteral("600")); // the expired link's own fields
}


void TestCustomerTools::auditLogDialogExports()
{
    AuditEntry entry;
    entry.time = api->clock.now();
    entry.profile = QStringLiteral("Support");
    entry.projectId = SandboxCredentials::projectId();
    entry.environment = QStringLiteral("production");
    entry.target = QStringLiteral("apn_123");
    entry.targetLabel = QStringLiteral("Slack: jane@example.com");
    QVERIFY(AuditLog(auditPath).append(entry));
    QTest::mouseClick(child(QStringLiteral("auditLogButton")), Qt::LeftButton);
    auto *table = view->findChild<QTableView *>(QStringLiteral("auditLogTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 1);
    QVERIFY(table->model()->index(0, 6).data().toString().contains(QLatin1String("apn_123")));
    auto *dialog = view->findChild<AuditLogDialog *>();
    QVERIFY(dialog);
    const QString csv = dir->filePath(QStringLiteral("audit.csv"));
    FileDialog::setNextFileName(csv);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("auditLogExport")),
                      Qt::LeftButton);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("apn_123"));
    QCOMPARE(text.count('\n'), 2); // the header and one line
    QVERIFY2(dialog->message().contains(QLatin1String("Exported")), qPrintable(dialog->message()));
}


QTEST_MAIN(TestCustomerTools)
#include "tst_customertools.moc"
