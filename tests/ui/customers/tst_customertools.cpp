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

class TestCustomerTools final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void troubleshooter();
    void auditLogDialogExports();

private:
    using Api = Testing::SimulatedApi<Testing::FakeClock>;
    TokenResult makeLink(const QString &user)
    {
        TokenRequest request;
        request.projectId = SandboxCredentials::projectId();
        request.externalUserId = user;
        request.appSlug = QStringLiteral("slack");
        std::unique_ptr<ApiReply> reply(m_api->client.createToken(request));
        QSignalSpy finished(reply.get(), &ApiReply::finished);
        if (!reply->isFinished() && !finished.wait(10000))
            return {};
        return reply->tokenResult().value_or(TokenResult{});
    }
    void setScope(const QString &environment)
    {
        CustomersContext context;
        context.scope = {SandboxCredentials::projectId(), environment};
        context.profileName = QStringLiteral("Support");
        m_view->setContext(context);
        m_view->activate();
    }
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

void TestCustomerTools::init()
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

void TestCustomerTools::cleanup()
{
    m_view.reset();
    m_history.reset();
    m_api.reset();
    m_dir.reset();
}

void TestCustomerTools::troubleshooter()
{
    setScope(QStringLiteral("production"));
    LinkTroubleshooter *checker = m_view->troubleshooter();
    auto *field = child<QLineEdit>(QStringLiteral("checkLinkEdit"));
    // Not a link: say what was expected, keep the text.
    QGuiApplication::clipboard()->setText(QStringLiteral("hello there"));
    QVERIFY(!m_view->checkClipboard());
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
    QVERIFY(m_history->recordCreated(request, link, QStringLiteral("Support")) > 0);
    QGuiApplication::clipboard()->setText(link.connectLink(QStringLiteral("slack")).toString());
    QVERIFY(m_view->checkClipboard());
    QTRY_VERIFY(checker->diagnosis().has_value());
    QCOMPARE(checker->diagnosis()->verdict, LinkDiagnosis::Verdict::Usable);
    QVERIFY(!checker->sentence().isEmpty());
    QVERIFY(!child(QStringLiteral("diagnosisNewLinkButton"))->isVisible());
    QTest::mouseClick(child(QStringLiteral("copyDiagnosisButton")), Qt::LeftButton);
    const QString ticket = QGuiApplication::clipboard()->text();
    QVERIFY(!ticket.isEmpty());
    QVERIFY2(!ticket.contains(link.token), "the ticket must not hold the token");

    // Hours later it has expired: a new link is suggested and pre-fills for that customer.
    m_api->clock.advance(5 * 3600);
    field->setText(link.token);
    QTest::mouseClick(child(QStringLiteral("checkLinkButton")), Qt::LeftButton);
    QTRY_VERIFY(checker->diagnosis().has_value());
    QCOMPARE(checker->diagnosis()->verdict, LinkDiagnosis::Verdict::Expired);
    auto *newLink = child(QStringLiteral("diagnosisNewLinkButton"));
    QVERIFY(newLink->isVisible());
    QSignalSpy requested(m_view.get(), &CustomersView::newLinkRequested);
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
    entry.time = m_api->clock.now();
    entry.profile = QStringLiteral("Support");
    entry.projectId = SandboxCredentials::projectId();
    entry.environment = QStringLiteral("production");
    entry.target = QStringLiteral("apn_123");
    entry.targetLabel = QStringLiteral("Slack: jane@example.com");
    QVERIFY(AuditLog(m_auditPath).append(entry));
    QTest::mouseClick(child(QStringLiteral("auditLogButton")), Qt::LeftButton);
    auto *table = m_view->findChild<QTableView *>(QStringLiteral("auditLogTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 1);
    QVERIFY(table->model()->index(0, 6).data().toString().contains(QLatin1String("apn_123")));
    auto *dialog = m_view->findChild<AuditLogDialog *>();
    QVERIFY(dialog);
    const QString csv = m_dir->filePath(QStringLiteral("audit.csv"));
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
