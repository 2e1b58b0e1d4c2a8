#include "fakeclock.h"
#include "form/tokenform.h"
#include "history/historystore.h"
#include "history/issueagain.h"
#include "profiles/projectsource.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ConnectDesk;
using namespace ConnectDesk::Ui;
using ConnectDesk::Testing::FakeClock;

// "Issue again" fills the real token form: it asks before replacing what was typed, picks the
// entry's project, says what to do next and brings the form into view.
class TestIssueAgain final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyFormIsFilledAtOnceWithFeedback();
    void typedCustomerIsKeptUnlessReplaced();
    void picksTheProjectTheLinkWasMadeIn();
    void sandboxEntryNeverTypesTheSandboxProject();
    void bringsTheFormIntoView();

private:
    static HistoryEntry entry(const QString &user, const QString &projectId,
                              const QString &profile = QStringLiteral("Acme"))
    {
        HistoryEntry e;
        e.id = 1;
        e.profileName = profile;
        e.projectId = projectId;
        e.environment = QStringLiteral("production");
        e.externalUserId = user;
        e.appSlug = QStringLiteral("slack");
        return e;
    }
    QLineEdit *userEdit() const
    {
        return m_form->findChild<QLineEdit *>(QStringLiteral("externalUserIdEdit"));
    }
    static QMessageBox *openBox()
    {
        const QWidgetList widgets = QApplication::topLevelWidgets();
        for (QWidget *widget : widgets) {
            if (widget->objectName() == QLatin1String("issueAgainReplaceBox")
                && widget->isVisible())
                return qobject_cast<QMessageBox *>(widget);
        }
        return nullptr;
    }

    FakeClock m_clock;
    std::unique_ptr<StaticProjectSource> m_projects;
    std::unique_ptr<QScrollArea> m_scroll;
    TokenForm *m_form = nullptr;
    std::unique_ptr<IssueAgain> m_issueAgain;
};

void TestIssueAgain::init()
{
    ProjectChoice acme;
    acme.key = QStringLiteral("profile:acme");
    acme.name = QStringLiteral("Acme");
    acme.projectId = QStringLiteral("proj_acme1");
    acme.credentials.clientId = QStringLiteral("id");
    acme.credentials.clientSecret = QStringLiteral("secret");
    ProjectChoice typed = acme;
    typed.key = QStringLiteral("custom");
    typed.name = QStringLiteral("Other project");
    typed.projectId.clear();
    typed.projectIdEditable = true;
    m_projects = std::make_unique<StaticProjectSource>(QList<ProjectChoice>{acme, typed}, acme.key);
    m_scroll = std::make_unique<QScrollArea>();
    m_scroll->setWidgetResizable(true);
    m_form = new TokenForm(m_projects.get(), m_clock);
    m_scroll->setWidget(m_form);
    m_scroll->resize(500, 600);
    m_scroll->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_scroll.get()));
    m_issueAgain = std::make_unique<IssueAgain>(m_form, m_projects.get());
}

void TestIssueAgain::cleanup()
{
    m_issueAgain.reset();
    m_scroll.reset();
    m_projects.reset();
}

void TestIssueAgain::emptyFormIsFilledAtOnceWithFeedback()
{
    QSignalSpy status(m_issueAgain.get(), &IssueAgain::statusMessage);
    m_issueAgain->fill(entry(QStringLiteral("jane@example.com"), QStringLiteral("proj_acme1")));
    QVERIFY(!openBox());
    QCOMPARE(m_form->request().externalUserId, QStringLiteral("jane@example.com"));
    QCOMPARE(m_form->request().appSlug, QStringLiteral("slack"));
    QCOMPARE(status.count(), 1);
    const QString message = status.at(0).at(0).toString();
    QVERIFY2(message.contains(QLatin1String("Form filled from history"))
                 && message.contains(QLatin1String("Ctrl+Return")),
             qPrintable(message));
}

void TestIssueAgain::typedCustomerIsKeptUnlessReplaced()
{
    QTest::keyClicks(userEdit(), QStringLiteral("bob@example.com"));
    QSignalSpy filled(m_issueAgain.get(), &IssueAgain::filled);
    m_issueAgain->fill(entry(QStringLiteral("jane@example.com"), QStringLiteral("proj_acme1")));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = openBox()));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel)); // keeping is the default
    QVERIFY(box->informativeText().contains(QLatin1String("bob@example.com")));
    QCOMPARE(m_form->request().externalUserId, QStringLiteral("bob@example.com"));
    box->button(QMessageBox::Cancel)->click();
    QCOMPARE(m_form->request().externalUserId, QStringLiteral("bob@example.com"));
    QCOMPARE(filled.count(), 0);

    m_issueAgain->fill(entry(QStringLiteral("jane@example.com"), QStringLiteral("proj_acme1")));
    QTRY_VERIFY((box = openBox()));
    box->findChild<QPushButton *>(QStringLiteral("issueAgainReplaceButton"))->click();
    QCOMPARE(m_form->request().externalUserId, QStringLiteral("jane@example.com"));
    QCOMPARE(filled.count(), 1);
}

void TestIssueAgain::picksTheProjectTheLinkWasMadeIn()
{
    QVERIFY(m_form->selectProject(QStringLiteral("custom")));
    m_issueAgain->fill(entry(QStringLiteral("jane@example.com"), QStringLiteral("proj_acme1")));
    QCOMPARE(m_form->currentProject().key, QStringLiteral("profile:acme"));
    QCOMPARE(m_form->request().projectId, QStringLiteral("proj_acme1"));
}

void TestIssueAgain::sandboxEntryNeverTypesTheSandboxProject()
{
    QVERIFY(m_form->selectProject(QStringLiteral("custom")));
    auto *projectId = m_form->findChild<QLineEdit *>(QStringLiteral("projectIdEdit"));
    QVERIFY(projectId);
    QTest::keyClicks(projectId, QStringLiteral("proj_mine1"));
    QSignalSpy status(m_issueAgain.get(), &IssueAgain::statusMessage);
    HistoryEntry sandbox = entry(QStringLiteral("jane@example.com"), QStringLiteral("proj_sandbox"),
                                 QStringLiteral("Sandbox"));
    sandbox.sandbox = true;
    m_issueAgain->fill(sandbox);
    QCOMPARE(m_form->currentProject().key, QStringLiteral("custom"));
    QCOMPARE(m_form->request().projectId, QStringLiteral("proj_mine1"));
    QCOMPARE(m_form->request().externalUserId, QStringLiteral("jane@example.com"));
    QCOMPARE(status.count(), 1);
    QVERIFY2(status.at(0).at(0).toString().contains(QLatin1String("sandbox is not running")),
             qPrintable(status.at(0).at(0).toString()));
}

void TestIssueAgain::bringsTheFormIntoView()
{
    m_scroll->resize(500, 120); // far smaller than the form
    QTRY_VERIFY(m_scroll->verticalScrollBar()->maximum() > 0);
    m_scroll->verticalScrollBar()->setValue(m_scroll->verticalScrollBar()->maximum());
    QLineEdit *field = userEdit();
    const int top = field->mapTo(m_form, QPoint()).y();
    QVERIFY(top < m_scroll->verticalScrollBar()->value()); // scrolled out of view
    m_issueAgain->fill(entry(QStringLiteral("jane@example.com"), QStringLiteral("proj_acme1")));
    const int value = m_scroll->verticalScrollBar()->value();
    QVERIFY2(top >= value && top + field->height() <= value + m_scroll->viewport()->height(),
             qPrintable(QStringLiteral("field %1, view %2").arg(top).arg(value)));
}

QTEST_MAIN(TestIssueAgain)
#include "tst_issueagain.moc"
