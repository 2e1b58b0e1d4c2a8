// A support profile (profile add --no-deletes) through the real binary, its client secret in a
// real Secret Service: it lists customers and accounts but every delete is refused before
// anything is sent, and nothing reaches the audit log.
#include "connectsimulator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace ConnectDesk;
using namespace ConnectDesk::Sim;

class TestCliSupportProfile final : public QObject
{
    Q_OBJECT

private:
    ConnectSimulator m_sim;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        process.setProgram(QStringLiteral(CONNECTDESK_BINARY));
        process.setArguments(arguments);
        process.start();
        Run result;
        if (!process.waitForStarted(10000))
            return result;
        if (!input.isNull())
            process.write(input);
        process.closeWriteChannel();
        // The simulator answers on this thread: wait with the event loop running.
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000))
            process.kill();
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    static QString auditPath()
    {
        // The child process has the same XDG_DATA_HOME (ctest sets it) and application name.
        return qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/ConnectDesk/ConnectDesk/audit.jsonl");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sim.listenLocal());
        // Start from no profiles and no audit log (ctest keeps this test's home between runs).
        QVERIFY(!qEnvironmentVariable("XDG_CONFIG_HOME").isEmpty());
        QDir(qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/ConnectDesk")).removeRecursively();
        QFile::remove(auditPath());
    }

    void supportProfileListsButNeverDeletes()
    {
        const QStringList add{QStringLiteral("profile"), QStringLiteral("add"),
                              QStringLiteral("--name"), QStringLiteral("Support"),
                              QStringLiteral("--project-id"), SandboxCredentials::projectId(),
                              QStringLiteral("--client-id"), SandboxCredentials::clientId(),
                              QStringLiteral("--api-base-url"), m_sim.baseUrl().toString(),
                              QStringLiteral("--no-deletes"), QStringLiteral("--client-secret-stdin")};
        const Run added = run(add, SandboxCredentials::clientSecret().toUtf8() + '\n');
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));

        const Run listed = run({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray profiles
            = QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QStringLiteral("profiles")).toArray();
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.first().toObject().value(QStringLiteral("allow_deletes")).toBool(true), false);

        // A customer with an account, made through the same profile (links are allowed).
        const Run link = run({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--profile"),
                              QStringLiteral("Support"), QStringLiteral("--external-user-id"),
                              QStringLiteral("jane"), QStringLiteral("--app"), QStringLiteral("slack")});
        QVERIFY2(link.exitCode == 0, qPrintable(link.err));
        const QString token = QUrlQuery(QUrl(link.out.trimmed())).queryItemValue(QStringLiteral("token"));
        QVERIFY(m_sim.openConnectLink(token, QStringLiteral("slack")));

        const Run accounts = run({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--profile"),
                                  QStringLiteral("Support"), QStringLiteral("--external-user-id"),
                                  QStringLiteral("jane")});
        QVERIFY2(accounts.exitCode == 0, qPrintable(accounts.err));
        const QString account = accounts.out.section(QLatin1Char('\t'), 0, 0);
        QVERIFY(account.startsWith(QLatin1String("apn_")));

        m_sim.clearReceivedRequests();
        for (const QStringList &command :
             {QStringList{QStringLiteral("accounts"), QStringLiteral("delete"), account},
              QStringList{QStringLiteral("users"), QStringLiteral("delete"), QStringLiteral("jane")}}) {
            const Run refused = run(command + QStringList{QStringLiteral("--yes"), QStringLiteral("--profile"),
                                                          QStringLiteral("Support")});
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(refused.err.contains(QStringLiteral("does not allow deleting")), qPrintable(refused.err));
        }
        QCOMPARE(m_sim.requestCount(QStringLiteral("/accounts/")), 0);
        QCOMPARE(m_sim.requestCount(QStringLiteral("/users/")), 0);
        QVERIFY(!QFile::exists(auditPath()));

        // The same account is still there.
        const Run still = run({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--profile"),
                               QStringLiteral("Support"), QStringLiteral("--external-user-id"),
                               QStringLiteral("jane")});
        QCOMPARE(still.out.section(QLatin1Char('\t'), 0, 0), account);
    }
};

QTEST_GUILESS_MAIN(TestCliSupportProfile)
#include "tst_clisupportprofile.moc"
