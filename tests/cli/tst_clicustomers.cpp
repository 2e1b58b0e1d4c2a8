// connectdesk users / accounts / link check: the real binary through QProcess against an
// in-process simulator, with exit codes and the --json shapes scripts depend on.
#include "connectsimulator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

using namespace ConnectDesk;
using namespace ConnectDesk::Sim;
using namespace Qt::StringLiterals;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

} // namespace

class TestCliCustomers final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ConnectSimulator> m_sim;
    QTemporaryDir m_home;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("PIPEDREAM_BASE_URL"), m_sim->baseUrl().toString());
        env.insert(QStringLiteral("PIPEDREAM_CLIENT_ID"), SandboxCredentials::clientId());
        env.insert(QStringLiteral("PIPEDREAM_CLIENT_SECRET"), SandboxCredentials::clientSecret());
        env.insert(QStringLiteral("PIPEDREAM_PROJECT_ID"), SandboxCredentials::projectId());
        env.insert(QStringLiteral("PIPEDREAM_PROJECT_ENVIRONMENT"), QStringLiteral("production"));
        return env;
    }

    Result run(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(CONNECTDESK_BINARY), arguments);
        process.closeWriteChannel();
        if (!finished.wait(30000)) { // the simulator answers on this thread
            process.kill();
            process.waitForFinished();
        }
        Result result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        result.err = QString::fromUtf8(process.readAllStandardError());
        // Nothing secret is ever printed.
        if (QString(result.out + result.err).contains(SandboxCredentials::clientSecret()))
            result.exitCode = -99;
        return result;
    }

    // A link for `user` (via the CLI itself), optionally opened by the "customer".
    QString link(const QString &user, bool connect = false, const QString &app = QStringLiteral("slack"))
    {
        const Result made = run({QStringLiteral("token"), QStringLiteral("create"),
                                 QStringLiteral("--external-user-id"), user, QStringLiteral("--app"), app});
        if (made.exitCode != 0)
            return {};
        if (connect) {
            const QString token = QUrlQuery(QUrl(made.out)).queryItemValue(QStringLiteral("token"));
            if (!m_sim->openConnectLink(token, app))
                return {};
        }
        return made.out;
    }

    QString auditPath() const
    {
        return m_home.filePath(QStringLiteral("data/ConnectDesk/ConnectDesk/audit.jsonl"));
    }

private slots:
    void init()
    {
        m_sim = std::make_unique<ConnectSimulator>();
        QVERIFY(m_sim->listenLocal());
        QVERIFY(m_home.isValid());
        QFile::remove(auditPath());
    }

    // `connectdesk sandbox` starts with the demo customers; `--no-seed` starts empty.
    void sandboxProcessIsSeededUnlessAsked_data()
    {
        QTest::addColumn<bool>("seeded");
        QTest::newRow("default") << true;
        QTest::newRow("--no-seed") << false;
    }
    void sandboxProcessIsSeededUnlessAsked()
    {
        QFETCH(bool, seeded);
        QProcess sandbox;
        QStringList arguments{QStringLiteral("sandbox")};
        if (!seeded)
            arguments << QStringLiteral("--no-seed");
        sandbox.start(QStringLiteral(CONNECTDESK_BINARY), arguments);
        QVERIFY(sandbox.waitForStarted());
        QString printed;
        QTRY_VERIFY_WITH_TIMEOUT((printed += QString::fromUtf8(sandbox.readAllStandardOutput()),
                                  printed.contains(QLatin1String("PIPEDREAM_BASE_URL="))),
                                 10000);
        const QString baseUrl = printed.section(QStringLiteral("PIPEDREAM_BASE_URL="), 1).section(QLatin1Char('\n'), 0, 0);
        QProcess users;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("PIPEDREAM_BASE_URL"), baseUrl.trimmed());
        users.setProcessEnvironment(env);
        users.start(QStringLiteral(CONNECTDESK_BINARY), {QStringLiteral("users"), QStringLiteral("list")});
        QVERIFY(users.waitForFinished(30000)); // the sandbox is another process: no event loop needed
        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished(10000));
        QCOMPARE(users.exitCode(), 0);
        const QString out = QString::fromUtf8(users.readAllStandardOutput());
        QCOMPARE(out.contains(QStringLiteral("acme-jane.doe")), seeded);
        QCOMPARE(out.trimmed().isEmpty(), !seeded);
    }

    void usersListAndQuery()
    {
        for (const QString &user : {QStringLiteral("acme-1"), QStringLiteral("acme-2"),
                                    QStringLiteral("acme-3"), QStringLiteral("globex")})
            QVERIFY(!link(user).isEmpty());
        Result all = run({QStringLiteral("users"), QStringLiteral("list")});
        QCOMPARE(all.exitCode, 0);
        QStringList ids = all.out.split(QLatin1Char('\n'));
        ids.sort();
        QCOMPARE(ids, (QStringList{QStringLiteral("acme-1"), QStringLiteral("acme-2"),
                                   QStringLiteral("acme-3"), QStringLiteral("globex")}));

        Result two = run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--query"),
                          QStringLiteral("ACME"), QStringLiteral("--limit"), QStringLiteral("2"),
                          QStringLiteral("--json")});
        QCOMPARE(two.exitCode, 0);
        const QJsonObject json = two.json();
        QCOMPARE(json.value(QStringLiteral("users")).toArray().size(), 2);
        QCOMPARE(json.value(QStringLiteral("has_more")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("complete")).toBool(), true);
        const QJsonObject first = json.value(QStringLiteral("users")).toArray().first().toObject();
        QCOMPARE(first.keys(), (QStringList{QStringLiteral("created_at"), QStringLiteral("external_user_id"),
                                            QStringLiteral("id"), QStringLiteral("updated_at")}));
        QVERIFY(first.value(QStringLiteral("external_user_id")).toString().startsWith(QLatin1String("acme-")));
    }

    void usageErrorsSendNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("limit 0") << QStringList{u"users"_s, u"list"_s, u"--limit"_s, u"0"_s} << u"--limit"_s;
        QTest::newRow("limit text") << QStringList{u"users"_s, u"list"_s, u"--limit"_s, u"many"_s} << u"--limit"_s;
        QTest::newRow("query too long") << QStringList{u"users"_s, u"list"_s, u"--query"_s, QString(300, u'q')} << u"at most"_s;
        QTest::newRow("accounts without a user") << QStringList{u"accounts"_s, u"list"_s} << u"--external-user-id"_s;
        QTest::newRow("bad app") << QStringList{u"accounts"_s, u"list"_s, u"--external-user-id"_s, u"jane"_s, u"--app"_s, u"not a slug!"_s} << u"--app"_s;
        QTest::newRow("delete user without --yes") << QStringList{u"users"_s, u"delete"_s, u"jane"_s} << u"--yes"_s;
        QTest::newRow("delete account without --yes") << QStringList{u"accounts"_s, u"delete"_s, u"apn_1"_s} << u"--yes"_s;
        QTest::newRow("delete without an ID") << QStringList{u"accounts"_s, u"delete"_s, u"--yes"_s} << u"missing ACCOUNT_ID"_s;
        QTest::newRow("two IDs") << QStringList{u"users"_s, u"delete"_s, u"a"_s, u"b"_s, u"--yes"_s} << u"unexpected argument"_s;
        QTest::newRow("not a link") << QStringList{u"link"_s, u"check"_s, u"hello"_s} << u"not a Connect Link"_s;
        QTest::newRow("unknown subcommand") << QStringList{u"users"_s, u"lsit"_s} << u"did you mean \"list\""_s;
        QTest::newRow("no subcommand") << QStringList{u"accounts"_s} << u"missing command"_s;
    }
    void usageErrorsSendNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const Result result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(says), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        QCOMPARE(m_sim->receivedRequests().size(), 0);
        QVERIFY(!QFile::exists(auditPath()));
    }

    void accountsListWithHealthAndJson()
    {
        QVERIFY(!link(QStringLiteral("jane"), true, QStringLiteral("slack")).isEmpty());
        QVERIFY(!link(QStringLiteral("jane"), true, QStringLiteral("github")).isEmpty());
        const Result text = run({QStringLiteral("accounts"), QStringLiteral("list"),
                                 QStringLiteral("--external-user-id"), QStringLiteral("jane")});
        QCOMPARE(text.exitCode, 0);
        const QStringList rows = text.out.split(QLatin1Char('\n'));
        QCOMPARE(rows.size(), 2);
        for (const QString &row : rows) {
            const QStringList fields = row.split(QLatin1Char('\t'));
            QVERIFY2(fields.size() >= 4, qPrintable(row));
            QVERIFY(fields.at(0).startsWith(QLatin1String("apn_")));
            QCOMPARE(fields.at(3), QStringLiteral("healthy"));
        }
        const Result slack = run({QStringLiteral("accounts"), QStringLiteral("list"),
                                  QStringLiteral("--external-user-id"), QStringLiteral("jane"),
                                  QStringLiteral("--app"), QStringLiteral("slack"), QStringLiteral("--json")});
        QCOMPARE(slack.exitCode, 0);
        const QJsonArray accounts = slack.json().value(QStringLiteral("accounts")).toArray();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.first().toObject().value(QStringLiteral("app")).toString(), QStringLiteral("slack"));
        QCOMPARE(accounts.first().toObject().value(QStringLiteral("health")).toString(), QStringLiteral("healthy"));
        QCOMPARE(slack.json().value(QStringLiteral("external_user_id")).toString(), QStringLiteral("jane"));

        const Result unhealthy = run({QStringLiteral("accounts"), QStringLiteral("list"),
                                      QStringLiteral("--external-user-id"), QStringLiteral("jane"),
                                      QStringLiteral("--unhealthy"), QStringLiteral("--json")});
        QCOMPARE(unhealthy.exitCode, 0);
        QCOMPARE(unhealthy.json().value(QStringLiteral("accounts")).toArray().size(), 0);

        // GitHub breaks: --unhealthy shows it alone, with the server's words.
        const QString github = run({QStringLiteral("accounts"), QStringLiteral("list"),
                                    QStringLiteral("--external-user-id"), QStringLiteral("jane"),
                                    QStringLiteral("--app"), QStringLiteral("github"), QStringLiteral("--json")})
                                   .json().value(QStringLiteral("accounts")).toArray().first().toObject()
                                   .value(QStringLiteral("id")).toString();
        QVERIFY(m_sim->setAccountHealth(github, SimAccountHealth::Dead, QStringLiteral("The refresh token was revoked.")));
        const Result broken = run({QStringLiteral("accounts"), QStringLiteral("list"),
                                   QStringLiteral("--external-user-id"), QStringLiteral("jane"),
                                   QStringLiteral("--unhealthy")});
        QCOMPARE(broken.exitCode, 0);
        QCOMPARE(broken.out, github + QStringLiteral("\tgithub\t") + broken.out.section(QLatin1Char('\t'), 2, 2)
                                 + QStringLiteral("\tdead\tThe refresh token was revoked."));
    }

    void deletesAreConfirmedLoggedAndIdempotent()
    {
        QVERIFY(!link(QStringLiteral("jane"), true).isEmpty());
        const Result listed = run({QStringLiteral("accounts"), QStringLiteral("list"),
                                   QStringLiteral("--external-user-id"), QStringLiteral("jane"),
                                   QStringLiteral("--json")});
        const QString account = listed.json().value(QStringLiteral("accounts")).toArray().first()
                                    .toObject().value(QStringLiteral("id")).toString();
        QVERIFY(account.startsWith(QLatin1String("apn_")));

        const QStringList deleteAccount{QStringLiteral("accounts"), QStringLiteral("delete"), account,
                                        QStringLiteral("--yes")};
        Result first = run(deleteAccount);
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.err.contains(QStringLiteral("Deleted")), qPrintable(first.err));
        Result again = run(deleteAccount);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.err.contains(QStringLiteral("already gone")), qPrintable(again.err));

        Result user = run({QStringLiteral("users"), QStringLiteral("delete"), QStringLiteral("jane"),
                           QStringLiteral("--yes")});
        QCOMPARE(user.exitCode, 0);
        QVERIFY2(user.err.contains(QStringLiteral("Deleted the external user jane")), qPrintable(user.err));
        QCOMPARE(run({QStringLiteral("users"), QStringLiteral("list")}).out, QString());

        QFile audit(auditPath());
        QVERIFY(audit.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = audit.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        const QJsonObject entry = QJsonDocument::fromJson(lines.at(0)).object();
        QCOMPARE(entry.value(QStringLiteral("action")).toString(), QStringLiteral("delete_account"));
        QCOMPARE(entry.value(QStringLiteral("target")).toString(), account);
        QCOMPARE(entry.value(QStringLiteral("result")).toString(), QStringLiteral("done"));
        QCOMPARE(entry.value(QStringLiteral("origin")).toString(), QStringLiteral("cli"));
        QCOMPARE(entry.value(QStringLiteral("project_id")).toString(), SandboxCredentials::projectId());
        QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(QStringLiteral("result")).toString(),
                 QStringLiteral("already_gone"));
        QCOMPARE(QJsonDocument::fromJson(lines.at(2)).object().value(QStringLiteral("action")).toString(),
                 QStringLiteral("delete_user"));
    }

    void aFailedDeleteExitsWithTheApiCode()
    {
        m_sim->injectFault(Fault::on(QStringLiteral("/users/"), FaultKind::ServerError, 10));
        const Result result = run({QStringLiteral("users"), QStringLiteral("delete"),
                                   QStringLiteral("jane"), QStringLiteral("--yes")});
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(result.err.contains(QStringLiteral("not deleted")), qPrintable(result.err));
        QFile audit(auditPath());
        QVERIFY(audit.open(QIODevice::ReadOnly));
        QVERIFY(audit.readAll().contains("\"result\":\"failed\""));
    }

    void linkCheckVerdictsAndExitCodes()
    {
        const QString fresh = link(QStringLiteral("jane"));
        Result usable = run({QStringLiteral("link"), QStringLiteral("check"), fresh});
        QCOMPARE(usable.exitCode, 0);
        QVERIFY2(usable.out.startsWith(QStringLiteral("The link works")), qPrintable(usable.out));

        const QString used = link(QStringLiteral("joe"), true);
        Result json = run({QStringLiteral("link"), QStringLiteral("check"), used, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 4);
        const QJsonObject diagnosis = json.json();
        QCOMPARE(diagnosis.value(QStringLiteral("verdict")).toString(), QStringLiteral("used_connected"));
        QCOMPARE(diagnosis.value(QStringLiteral("usable")).toBool(), false);
        QCOMPARE(diagnosis.value(QStringLiteral("external_user_id")).toString(), QStringLiteral("joe"));
        QCOMPARE(diagnosis.value(QStringLiteral("made_here")).toBool(), true);
        const QString token = QUrlQuery(QUrl(used)).queryItemValue(QStringLiteral("token"));
        QVERIFY(!json.out.contains(token)); // masked, never whole

        Result unknown = run({QStringLiteral("link"), QStringLiteral("check"),
                              QStringLiteral("ctok_00000000000000000000000000000000")});
        QCOMPARE(unknown.exitCode, 4);
        QVERIFY2(unknown.out.contains(QStringLiteral("does not know this token")), qPrintable(unknown.out));

        // The server answers nothing but errors: the check failed, it is not a verdict on the link.
        m_sim->injectFault(Fault::on(QStringLiteral("/validate"), FaultKind::ServerError, 20));
        Result failed = run({QStringLiteral("link"), QStringLiteral("check"), fresh});
        QCOMPARE(failed.exitCode, 5);
        QVERIFY2(failed.err.contains(QStringLiteral("could not be checked")), qPrintable(failed.err));
    }
};

QTEST_GUILESS_MAIN(TestCliCustomers)
#include "tst_clicustomers.moc"
