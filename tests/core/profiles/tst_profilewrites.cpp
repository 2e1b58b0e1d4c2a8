#include "profilecommands.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "profiles/settings.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace ConnectDesk;

// Profiles when the disk or the keychain says no: a failed write never reports success and
// never leaves the settings and the keychain disagreeing; a damaged settings file comes back
// from the last good copy. Against the real Secret Service (tests/support/with-keyring.sh).
class TestProfileWrites final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_service; // a keychain service of this run's own, so its items can be listed

    static Profile profile(const QString &name)
    {
        Profile p;
        p.name = name;
        p.projectId = QStringLiteral("proj_abc123");
        p.clientId = QStringLiteral("oc_writes");
        return p;
    }

    // Every secret stored under this run's service, as secret-tool finds them.
    QByteArray keychainItems() const
    {
        QProcess search;
        search.start(QStringLiteral("secret-tool"),
                     {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                      m_service});
        search.waitForFinished(20000);
        return search.readAllStandardOutput() + search.readAllStandardError();
    }

    SecretError write(SecretStore &store, const QString &id, const QString &secret)
    {
        std::optional<SecretError> result;
        store.writeSecret(id, secret, this, [&](const SecretError &error) { result = error; });
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 20000);
        return result.value_or(SecretError::make(SecretError::Kind::Failed));
    }

    std::pair<QString, SecretError> read(SecretStore &store, const QString &id)
    {
        std::optional<std::pair<QString, SecretError>> result;
        store.readSecret(id, this, [&](const QString &secret, const SecretError &error) {
            result = std::make_pair(secret, error);
        }, true);
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 20000);
        return result.value_or(std::make_pair(QString(), SecretError::make(SecretError::Kind::Failed)));
    }

    SecretError removeWithSecret(ProfileStore &store, SecretStore &secrets, const QString &id)
    {
        std::optional<SecretError> result;
        store.removeWithSecret(id, &secrets, this, [&](const SecretError &error) { result = error; });
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 20000);
        return result.value_or(SecretError::make(SecretError::Kind::Failed));
    }

    // Makes `folder` unwritable even for root: it is moved away and a plain file takes its
    // place, so no temporary file can be created in it. undo() puts it back.
    struct BlockedFolder
    {
        QString folder;
        explicit BlockedFolder(const QString &path) : folder(path)
        {
            QDir().rename(folder, folder + QStringLiteral(".away"));
            QFile blocker(folder);
            blocker.open(QIODevice::WriteOnly);
        }
        void undo()
        {
            QFile::remove(folder);
            QDir().rename(folder + QStringLiteral(".away"), folder);
        }
    };

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("CONNECTDESK_TEST_KEYRING") == QLatin1String("private"),
                 "needs the private keyring: run it through ctest (tests/support/with-keyring.sh)");
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty(),
                 "secret-tool is missing (libsecret-tools)");
        m_service = QStringLiteral("ConnectDesk-writes-") + QUuid::createUuid().toString(QUuid::Id128);
    }

    void cliAddFailsWithoutOrphanWhenSettingsCannotBeWritten()
    {
        // The settings folder's place is taken by a file: nothing can be written there.
        const QString blocker = m_dir.filePath(QStringLiteral("not-a-folder"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QBuffer input;
        input.setData("orphan-candidate-secret\n");
        input.open(QIODevice::ReadOnly);
        Cli::ProfileCommandSetup setup;
        setup.settingsPath = blocker + QStringLiteral("/connectdesk.ini");
        setup.systemSettingsPath = QString();
        setup.keychainService = m_service;
        setup.secretInput = &input;
        const int exitCode = Cli::runProfileCommand(
            {QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Unsaved"),
             QStringLiteral("--project-id"), QStringLiteral("proj_abc123"),
             QStringLiteral("--client-id"), QStringLiteral("oc_x"),
             QStringLiteral("--client-secret-stdin")},
            setup);
        QCOMPARE(exitCode, 2);
        const QByteArray items = keychainItems();
        QVERIFY2(!items.contains("orphan-candidate-secret") && !items.contains("profile:"),
                 items.constData());
    }

    void failedWritesReportFailureAndChangeNothing()
    {
        const QString folder = m_dir.filePath(QStringLiteral("writes"));
        const QString file = folder + QStringLiteral("/connectdesk.ini");
        Settings settings(file);
        ProfileStore store(&settings, QString());
        SecretStore secrets(m_service);
        const ProfileChange added = store.add(profile(QStringLiteral("Kept")));
        QVERIFY(added.ok());
        QVERIFY(!write(secrets, added.id, QStringLiteral("kept-secret")).isError());
        QVERIFY(store.setHasStoredSecret(added.id, true));

        BlockedFolder blocked(folder);
        const ProfileChange notAdded = store.add(profile(QStringLiteral("Lost")));
        QVERIFY(!notAdded.ok());
        QVERIFY2(notAdded.firstMessage().contains(QLatin1String("could not be saved")),
                 qPrintable(notAdded.firstMessage()));
        const SecretError removal = removeWithSecret(store, secrets, added.id);
        QVERIFY(removal.isError());
        QVERIFY2(removal.message.contains(QLatin1String("not removed")), qPrintable(removal.message));
        // The secret was not touched.
        QCOMPARE(read(secrets, added.id).first, QStringLiteral("kept-secret"));
        blocked.undo();

        // QSettings shares one cache per file within a process: sync() makes it read the file
        // as it is now, as a new process would.
        Settings reread(file);
        QVERIFY(reread.sync());
        ProfileStore after(&reread, QString());
        QCOMPARE(after.userProfiles().size(), 1);
        QCOMPARE(after.userProfiles().first().id, added.id);
        QVERIFY(after.hasStoredSecret(added.id));
    }

    void truncatedSettingsComeBackFromTheLastGoodCopy_data()
    {
        QTest::addColumn<int>("keep"); // bytes kept of the good file; -1 = all but the last 7
        QTest::newRow("empty") << 0;
        QTest::newRow("cut in the first profile") << 40;
        QTest::newRow("cut near the end") << -1;
    }
    void truncatedSettingsComeBackFromTheLastGoodCopy()
    {
        QFETCH(int, keep);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("connectdesk.ini"));
        QStringList ids;
        {
            Settings settings(file);
            ProfileStore store(&settings, QString());
            for (const QString &name : {QStringLiteral("One"), QStringLiteral("Two")}) {
                const ProfileChange change = store.add(profile(name));
                QVERIFY(change.ok());
                ids << change.id;
            }
        }
        QFile ini(file);
        QVERIFY(ini.open(QIODevice::ReadWrite));
        QVERIFY(ini.resize(keep >= 0 ? keep : ini.size() - 7));
        ini.close();

        Settings settings(file);
        QVERIFY(settings.recoveredFromCorruption());
        QVERIFY(settings.restoredLastGood());
        QVERIFY2(settings.recoveryMessage().contains(QLatin1String("last good copy")),
                 qPrintable(settings.recoveryMessage()));
        QVERIFY(QFile::exists(settings.backupFilePath())); // the damaged file, kept
        ProfileStore store(&settings, QString());
        QCOMPARE(store.userProfiles().size(), 2);
        QCOMPARE(store.userProfiles().at(1).id, ids.at(1));
    }

    void settingsFilesArePrivate()
    {
        const QString folder = m_dir.filePath(QStringLiteral("private/ConnectDesk"));
        const QString file = folder + QStringLiteral("/connectdesk.ini");
        {
            Settings settings(file);
            ProfileStore store(&settings, QString());
            QVERIFY(store.add(profile(QStringLiteral("Private"))).ok());
        }
        const auto userBits = QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;
        const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        QCOMPARE(QFile::permissions(file) & ~userBits, owner);
        QCOMPARE(QFile::permissions(file + QStringLiteral(".last-good")) & ~userBits, owner);
        QCOMPARE(QFile::permissions(folder) & ~userBits, owner | QFileDevice::ExeOwner);
    }

};

QTEST_GUILESS_MAIN(TestProfileWrites)
#include "tst_profilewrites.moc"
