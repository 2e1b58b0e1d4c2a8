#include "connectsimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace ConnectDesk::Sim;

// The connectdesk binary's `token create --wait` and `history list` against an in-process
// simulator. The event loop keeps running while the process works (QTRY_*), so the simulator
// answers; nothing here blocks on the process.
class TestCliHistory final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QProcess> start(const QStringList &arguments)
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PIPEDREAM_BASE_URL"), m_sim.baseUrl().toString());
        env.insert(QStringLiteral("PIPEDREAM_CLIENT_ID"), SandboxCredentials::clientId());
        env.insert(QStringLiteral("PIPEDREAM_CLIENT_SECRET"), SandboxCredentials::clientSecret());
        env.insert(QStringLiteral("PIPEDREAM_PROJECT_ID"), SandboxCredentials::projectId());
        env.insert(QStringLiteral("PIPEDREAM_PROJECT_ENVIRONMENT"), QStringLiteral("production"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("HOME"), m_home->path());
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(CONNECTDESK_BINARY), arguments);
        return process;
    }

    // The next stdout line, waiting (event loop running) until it is there.
    static QByteArray readLine(QProcess *process)
    {
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(process->canReadLine()
                                         || process->state() == QProcess::NotRunning,
                                     20000);
        }();
        return process->readLine().trimmed();
    }

    static int finish(QProcess *process)
    {
        [&] { QTRY_COMPARE_WITH_TIMEOUT(process->state(), QProcess::NotRunning, 30000); }();
        return process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    }

    QJsonArray historyJson(const QStringList &extra = {})
    {
        auto process = start(QStringList{QStringLiteral("history"), QStringLiteral("list"),
                                         QStringLiteral("--json")}
                             + extra);
        if (finish(process.get()) != 0)
            return {};
        return QJsonDocument::fromJson(process->readAllStandardOutput()).array();
    }

    ConnectSimulator m_sim;
    std::unique_ptr<QTemporaryDir> m_home;

private slots:
    void initTestCase();
    void init();
    void waitsForTheConnectionAsJson();
    void waitsForTheConnectionAsText();
    void expiresWithoutConnectionExitsSix();
    void unreachableServerWhileWaitingExitsFive();
    void interruptedWaitExits130();
    void withoutWaitTheLinkIsStillRecorded();
    void historyListFiltersAndRejectsBadInput();
};

void TestCliHistory::initTestCase()
{
    QVERIFY(m_sim.listenLocal());
}

void TestCliHistory::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

void TestCliHistory::waitsForTheConnectionAsJson()
{
    auto process = start({QStringLiteral("token"), QStringLiteral("create"),
                          QStringLiteral("--external-user-id"), QStringLiteral("jane@example.com"),
                          QStringLiteral("--app"), QStringLiteral("slack"),
                          QStringLiteral("--wait"), QStringLiteral("--json")});
    const QJsonObject created = QJsonDocument::fromJson(readLine(process.get())).object();
    const QString token = created.value(QStringLiteral("token")).toString();
    QVERIFY2(token.startsWith(QLatin1String("ctok_")), process->readAllStandardError().constData());
    QCOMPARE(process->state(), QProcess::Running); // still waiting

    QString error;
    QVERIFY2(m_sim.openConnectLink(token, QStringLiteral("slack"), &error), qPrintable(error));
    const QJsonObject outcome = QJsonDocument::fromJson(readLine(process.get())).object();
    QCOMPARE(finish(process.get()), 0);
    QCOMPARE(outcome.value(QStringLiteral("status")).toString(), QStringLiteral("connected"));
    QCOMPARE(outcome.value(QStringLiteral("external_user_id")).toString(),
             QStringLiteral("jane@example.com"));
    const QJsonObject account = outcome.value(QStringLiteral("account")).toObject();
    QVERIFY(account.value(QStringLiteral("id")).toString().startsWith(QLatin1String("apn_")));
    QCOMPARE(account.value(QStringLiteral("app")).toString(), QStringLiteral("slack"));
    QCOMPARE(account.value(QStringLiteral("app_name")).toString(), QStringLiteral("Slack"));

    // The same history the window shows has it, connected, without the dead link.
    const QJsonArray history = historyJson();
    QCOMPARE(history.size(), 1);
    const QJsonObject entry = history.at(0).toObject();
    QCOMPARE(entry.value(QStringLiteral("state")).toString(), QStringLiteral("connected"));
    QCOMPARE(entry.value(QStringLiteral("account")).toObject().value(QStringLiteral("id")),
             account.value(QStringLiteral("id")));
    QVERIFY(!entry.contains(QStringLiteral("connect_link")));
    QVERIFY(!QJsonDocument(history).toJson().contains(token.toUtf8()));
}

void TestCliHistory::waitsForTheConnectionAsText()
{
    auto process = start({QStringLiteral("token"), QStringLiteral("create"),
                          QStringLiteral("--external-user-id"), QStringLiteral("bob"),
                          QStringLiteral("--app"), QStringLiteral("github"),
                          QStringLiteral("--wait")});
    const QUrl link(QString::fromUtf8(readLine(process.get())));
    const QString token = QUrlQuery(link).queryItemValue(QStringLiteral("token"));
    QVERIFY2(token.startsWith(QLatin1String("ctok_")), link.toEncoded().constData());
    QVERIFY(m_sim.openConnectLink(token, QStringLiteral("github")));
    const QString line = QString::fromUtf8(readLine(process.get()));
    QCOMPARE(finish(process.get()), 0);
    QVERIFY2(line.startsWith(QLatin1String("Connected: GitHub (bob), account apn_")),
             qPrintable(line)); // not "GitHub (bob (GitHub))" (review 20)
    QVERIFY(line.contains(QLatin1String("account apn_")));
}

void TestCliHistory::expiresWithoutConnectionExitsSix()
{
    auto process = start({QStringLiteral("token"), QStringLiteral("create"),
                          QStringLiteral("--external-user-id"), QStringLiteral("carol"),
                          QStringLiteral("--app"), QStringLiteral("slack"),
                          QStringLiteral("--expires-in"), QStringLiteral("1"),
                          QStringLiteral("--wait"), QStringLiteral("--json")});
    QVERIFY(!readLine(process.get()).isEmpty());
    const QJsonObject outcome = QJsonDocument::fromJson(readLine(process.get())).object();
    QCOMPARE(finish(process.get()), 6);
    QCOMPARE(outcome.value(QStringLiteral("status")).toString(), QStringLiteral("expired"));
    QVERIFY(process->readAllStandardError().contains("expired without a connection"));
    const QJsonArray history = historyJson();
    QCOMPARE(history.at(0).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("expired"));
}

void TestCliHistory::unreachableServerWhileWaitingExitsFive()
{
    Fault drop;
    drop.kind = FaultKind::DropConnection;
    drop.pathContains = QStringLiteral("/accounts");
    drop.count = -1;
    m_sim.injectFault(drop);
    auto process = start({QStringLiteral("token"), QStringLiteral("create"),
                          QStringLiteral("--external-user-id"), QStringLiteral("gina"),
                          QStringLiteral("--expires-in"), QStringLiteral("1"),
                          QStringLiteral("--wait")});
    QVERIFY(!readLine(process.get()).isEmpty());
    QCOMPARE(finish(process.get()), 5); // not 6: nobody knows whether she connected
    m_sim.clearFaults();
    const QByteArray err = process->readAllStandardError();
    QVERIFY2(err.contains("could not reach the server"), err.constData());
    QVERIFY2(!err.contains("expired without a connection"), err.constData());
    QVERIFY2(err.contains("could not check for a connection"), err.constData()); // said while waiting
    QVERIFY(!err.contains(SandboxCredentials::clientSecret().toUtf8()));
}

void TestCliHistory::interruptedWaitExits130()
{
    auto process = start({QStringLiteral("token"), QStringLiteral("create"),
                          QStringLiteral("--external-user-id"), QStringLiteral("dave"),
                          QStringLiteral("--wait")});
    QVERIFY(!readLine(process.get()).isEmpty());
    process->terminate(); // SIGTERM
    QCOMPARE(finish(process.get()), 130);
    // Interrupted, not expired: the entry stays active with its link.
    const QJsonObject entry = historyJson().at(0).toObject();
    QCOMPARE(entry.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    QVERIFY(entry.contains(QStringLiteral("connect_link")));
}

void TestCliHistory::withoutWaitTheLinkIsStillRecorded()
{
    auto process = start({QStringLiteral("token"), QStringLiteral("create"),
                          QStringLiteral("--external-user-id"), QStringLiteral("erin"),
                          QStringLiteral("--app"), QStringLiteral("notion")});
    const QByteArray link = readLine(process.get());
    QCOMPARE(finish(process.get()), 0);
    QVERIFY(process->readAllStandardOutput().isEmpty()); // the link is the only line
    const QJsonObject entry = historyJson().at(0).toObject();
    QCOMPARE(entry.value(QStringLiteral("external_user_id")).toString(), QStringLiteral("erin"));
    QCOMPARE(entry.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    QCOMPARE(entry.value(QStringLiteral("connect_link")).toString().toUtf8(), link);

    // A failed request is recorded as failed.
    Fault fault;
    fault.kind = FaultKind::HttpStatus;
    fault.status = 403;
    fault.message = QStringLiteral("project not allowed");
    fault.pathContains = QStringLiteral("/tokens");
    m_sim.injectFault(fault);
    auto failing = start({QStringLiteral("token"), QStringLiteral("create"),
                          QStringLiteral("--external-user-id"), QStringLiteral("frank")});
    QCOMPARE(finish(failing.get()), 4);
    const QJsonObject failed = historyJson().at(0).toObject();
    QCOMPARE(failed.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    const QString message = failed.value(QStringLiteral("error")).toString();
    QVERIFY2(message.contains(QLatin1String("project not allowed")), qPrintable(message));
}

void TestCliHistory::historyListFiltersAndRejectsBadInput()
{
    for (const char *user : {"ann@example.com", "ben@example.com", "cid"}) {
        auto process = start({QStringLiteral("token"), QStringLiteral("create"),
                              QStringLiteral("--external-user-id"), QString::fromLatin1(user),
                              QStringLiteral("--app"), QStringLiteral("slack")});
        QCOMPARE(finish(process.get()), 0);
    }
    QCOMPARE(historyJson().size(), 3);
    QCOMPARE(historyJson({QStringLiteral("--search"), QStringLiteral("EXAMPLE")}).size(), 2);
    QCOMPARE(historyJson({QStringLiteral("--limit"), QStringLiteral("1")})
                 .at(0).toObject().value(QStringLiteral("external_user_id")).toString(),
             QStringLiteral("cid")); // newest first
    QCOMPARE(historyJson({QStringLiteral("--state"), QStringLiteral("connected")}).size(), 0);

    auto text = start({QStringLiteral("history"), QStringLiteral("list")});
    QCOMPARE(finish(text.get()), 0);
    const QList<QByteArray> lines = text->readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0).split('\t').value(1), QByteArray("active"));
    QCOMPARE(lines.at(0).split('\t').value(2), QByteArray("cid"));

    for (const QStringList &bad : {QStringList{QStringLiteral("--state"), QStringLiteral("gone")},
                                   QStringList{QStringLiteral("--limit"), QStringLiteral("0")},
                                   QStringList{QStringLiteral("--nope")}}) {
        auto process = start(QStringList{QStringLiteral("history"), QStringLiteral("list")} + bad);
        QCOMPARE(finish(process.get()), 2);
    }
    auto missing = start({QStringLiteral("history")});
    QCOMPARE(finish(missing.get()), 2);
}

QTEST_GUILESS_MAIN(TestCliHistory)
#include "tst_clihistory.moc"
