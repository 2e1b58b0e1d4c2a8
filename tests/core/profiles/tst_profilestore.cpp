#include "profiles/profilestore.h"
#include "profiles/settings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace ConnectDesk;

// Profiles in settings: CRUD, names, validation, IT-provided read-only profiles, JSON.
class TestProfileStore final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ProfileStore> m_store;

    static Profile sample(const QString &name,
                          const QString &projectId = QStringLiteral("proj_abc123"))
    {
        Profile profile;
        profile.name = name;
        profile.projectId = projectId;
        profile.clientId = QStringLiteral("client-")
                           + name.simplified().toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
        return profile;
    }

    QString writeSystemFile(const QByteArray &content)
    {
        const QString path = m_dir->filePath(QStringLiteral("system.conf"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(content);
        return path;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("user.ini")));
        m_store = std::make_unique<ProfileStore>(m_settings.get(), QString());
    }
    void cleanup()
    {
        m_store.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void addAndFind()
    {
        QVERIFY(m_store->isEmpty());
        QSignalSpy changed(m_store.get(), &ProfileStore::profilesChanged);
        Profile profile = sample(QStringLiteral("Acme production"));
        profile.accessScope = QStringLiteral("connect:tokens:create   connect:users:read");
        const ProfileChange change = m_store->add(profile);
        QVERIFY2(change.ok(), qPrintable(change.firstMessage()));
        QVERIFY(!QUuid::fromString(change.id).isNull()); // a stable UUID
        QCOMPARE(changed.count(), 1);
        const auto stored = m_store->profile(change.id);
        QVERIFY(stored);
        QCOMPARE(stored->name, QStringLiteral("Acme production"));
        QCOMPARE(stored->accessScope, QStringLiteral("connect:tokens:create connect:users:read"));
        QCOMPARE(stored->defaultEnvironment, QStringLiteral("production"));
        QVERIFY(!stored->readOnly);
        QCOMPARE(m_store->findByName(QStringLiteral("  ACME   production "))->id, change.id);

        // A second store on the same file sees it (it lives in the settings file).
        Settings again(m_settings->filePath());
        ProfileStore other(&again, QString());
        QCOMPARE(other.profiles().size(), 1);
        QCOMPARE(other.profiles().first().id, change.id);
    }

    void editKeepsId()
    {
        const QString id = m_store->add(sample(QStringLiteral("Dev"))).id;
        QSignalSpy updated(m_store.get(), &ProfileStore::profileUpdated);
        Profile profile = *m_store->profile(id);
        profile.defaultEnvironment = QStringLiteral("development");
        profile.apiBaseUrl = QStringLiteral("http://127.0.0.1:8080");
        QVERIFY(m_store->update(profile).ok());
        QCOMPARE(updated.count(), 1);
        QCOMPARE(m_store->profile(id)->defaultEnvironment, QStringLiteral("development"));
        QCOMPARE(m_store->profile(id)->baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:8080")));
    }

    void renameKeepsIdAndSecretFlag()
    {
        const QString id = m_store->add(sample(QStringLiteral("Old name"))).id;
        m_store->setHasStoredSecret(id, true);
        QVERIFY(m_store->rename(id, QStringLiteral("New name")).ok());
        QCOMPARE(m_store->profile(id)->name, QStringLiteral("New name"));
        QVERIFY(m_store->hasStoredSecret(id)); // the keychain key is the id: nothing orphaned
        QVERIFY(!m_store->findByName(QStringLiteral("Old name")));
    }

    void duplicateGetsNewIdAndFreeName()
    {
        const QString id = m_store->add(sample(QStringLiteral("Acme"))).id;
        const ProfileChange first = m_store->duplicate(id);
        QVERIFY(first.ok());
        QVERIFY(first.id != id);
        QCOMPARE(m_store->profile(first.id)->name, QStringLiteral("Acme (copy)"));
        QCOMPARE(m_store->profile(first.id)->projectId, QStringLiteral("proj_abc123"));
        const ProfileChange second = m_store->duplicate(id);
        QCOMPARE(m_store->profile(second.id)->name, QStringLiteral("Acme (copy 2)"));
        const ProfileChange named = m_store->duplicate(id, QStringLiteral("Acme staging"));
        QCOMPARE(m_store->profile(named.id)->name, QStringLiteral("Acme staging"));
        QCOMPARE(m_store->profiles().size(), 4);
    }

    void removeForgetsFlagsAndLastUsed()
    {
        const QString id = m_store->add(sample(QStringLiteral("Gone soon"))).id;
        const QString keep = m_store->add(sample(QStringLiteral("Stays"))).id;
        m_store->setHasStoredSecret(id, true);
        m_store->setLastUsed(id);
        QSignalSpy removed(m_store.get(), &ProfileStore::profileRemoved);
        QVERIFY(m_store->remove(id));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).toString(), id);
        QVERIFY(!m_store->profile(id));
        QVERIFY(!m_store->hasStoredSecret(id));
        QCOMPARE(m_store->lastUsedId(), QString());
        QVERIFY(!m_store->remove(id));
        QVERIFY(m_store->profile(keep));
    }

    void namesMustBeUniqueAndPresent_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("blank") << QStringLiteral("   ") << false;
        QTest::newRow("same") << QStringLiteral("Acme") << false;
        QTest::newRow("case and spaces") << QStringLiteral("  aCmE ") << false;
        QTest::newRow("control character") << QStringLiteral("Ac\tme 2") << false;
        QTest::newRow("too long") << QString(Profile::maxNameLength + 1, QLatin1Char('x')) << false;
        QTest::newRow("different") << QStringLiteral("Acme 2") << true;
    }
    void namesMustBeUniqueAndPresent()
    {
        QFETCH(QString, name);
        QFETCH(bool, ok);
        QVERIFY(m_store->add(sample(QStringLiteral("Acme"))).ok());
        const ProfileChange change = m_store->add(sample(name));
        QCOMPARE(change.ok(), ok);
        if (!ok) {
            QCOMPARE(change.issues.first().field, ProfileField::Name);
            QVERIFY(!change.firstMessage().isEmpty());
            QCOMPARE(m_store->profiles().size(), 1); // nothing half-added
        }
    }

    void renameToTakenNameRefused()
    {
        m_store->add(sample(QStringLiteral("One")));
        const QString two = m_store->add(sample(QStringLiteral("Two"))).id;
        const ProfileChange change = m_store->rename(two, QStringLiteral("one"));
        QVERIFY(!change.ok());
        QVERIFY(change.firstMessage().contains(QStringLiteral("already exists")));
        QCOMPARE(m_store->profile(two)->name, QStringLiteral("Two"));
        QVERIFY(m_store->rename(two, QStringLiteral("Two")).ok()); // its own name is fine
    }

    void invalidProjectIds_data()
    {
        QTest::addColumn<QString>("projectId");
        QTest::addColumn<bool>("ok");
        QTest::newRow("valid") << QStringLiteral("proj_abc123") << true;
        QTest::newRow("valid with spaces around") << QStringLiteral("  proj_XyZ9 ") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("no prefix") << QStringLiteral("abc123") << false;
        QTest::newRow("prefix only") << QStringLiteral("proj_") << false;
        QTest::newRow("wrong prefix") << QStringLiteral("project_abc") << false;
        QTest::newRow("dash") << QStringLiteral("proj_abc-123") << false;
        QTest::newRow("inner space") << QStringLiteral("proj_abc 123") << false;
        QTest::newRow("upper prefix") << QStringLiteral("PROJ_abc") << false;
        QTest::newRow("unicode") << QStringLiteral("proj_ab\u00e7") << false;
    }
    void invalidProjectIds()
    {
        QFETCH(QString, projectId);
        QFETCH(bool, ok);
        const ProfileChange change = m_store->add(sample(QStringLiteral("P"), projectId));
        QCOMPARE(change.ok(), ok);
        if (!ok)
            QCOMPARE(change.issues.first().field, ProfileField::ProjectId);
    }

    void otherFieldRules_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("field"); // -1 = valid
        const QString env = QStringLiteral("production");
        const QString id = QStringLiteral("oc_abc");
        QTest::newRow("all fine") << env << id << QString() << QString() << -1;
        QTest::newRow("scope list")
            << env << id << QStringLiteral("connect:tokens:create *") << QString() << -1;
        QTest::newRow("sandbox url")
            << env << id << QString() << QStringLiteral("http://127.0.0.1:1234") << -1;
        QTest::newRow("bad env") << QStringLiteral("staging") << id << QString() << QString()
                                 << int(ProfileField::Environment);
        QTest::newRow("no client")
            << env << QString() << QString() << QString() << int(ProfileField::ClientId);
        QTest::newRow("client with space") << env << QStringLiteral("oc abc") << QString()
                                           << QString() << int(ProfileField::ClientId);
        QTest::newRow("scope comma")
            << env << id << QStringLiteral("connect:tokens:create,connect:users:read") << QString()
            << int(ProfileField::AccessScope);
        QTest::newRow("ftp url") << env << id << QString() << QStringLiteral("ftp://example.com")
                                 << int(ProfileField::ApiBaseUrl);
        QTest::newRow("relative url")
            << env << id << QString() << QStringLiteral("api.pipedream.com")
            << int(ProfileField::ApiBaseUrl);
        QTest::newRow("url with password")
            << env << id << QString() << QStringLiteral("https://u:p@example.com")
            << int(ProfileField::ApiBaseUrl);
    }
    void otherFieldRules()
    {
        QFETCH(QString, environment);
        QFETCH(QString, clientId);
        QFETCH(QString, scope);
        QFETCH(QString, url);
        QFETCH(int, field);
        Profile profile = sample(QStringLiteral("X"));
        profile.defaultEnvironment = environment;
        profile.clientId = clientId;
        profile.accessScope = scope;
        profile.apiBaseUrl = url;
        const QList<ProfileIssue> issues = profile.validate();
        if (field < 0) {
            QVERIFY2(issues.isEmpty(),
                     qPrintable(issues.isEmpty() ? QString() : issues.first().message));
        } else {
            QCOMPARE(issues.size(), 1);
            QCOMPARE(int(issues.first().field), field);
        }
    }

    void systemProfilesAreReadOnly()
    {
        const QString system = writeSystemFile("[profiles]\n"
                                               "size=3\n"
                                               "1\\name=IT Production\n"
                                               "1\\projectId=proj_it1\n"
                                               "1\\clientId=oc_it\n"
                                               "1\\clientSecret=should-never-be-read\n"
                                               "2\\name=Broken\n"
                                               "2\\projectId=nope\n"
                                               "2\\clientId=oc_it\n"
                                               "3\\name=IT Dev\n"
                                               "3\\id=it-dev\n"
                                               "3\\projectId=proj_it2\n"
                                               "3\\environment=development\n"
                                               "3\\clientId=oc_it\n");
        m_store = std::make_unique<ProfileStore>(m_settings.get(), system);
        const QList<Profile> profiles = m_store->profiles();
        QCOMPARE(profiles.size(), 2);
        QVERIFY(profiles.at(0).readOnly && profiles.at(1).readOnly);
        QCOMPARE(profiles.at(1).defaultEnvironment, QStringLiteral("development"));
        // Problems are reported, not swallowed: the skipped profile and the ignored secret.
        const QString problems = m_store->systemProblems().join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QStringLiteral("Broken")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("clientSecret")), qPrintable(problems));
        QVERIFY(!problems.contains(QStringLiteral("should-never-be-read")));

        // Stable ids across loads (their keychain entries must stay reachable).
        ProfileStore again(m_settings.get(), system);
        QCOMPARE(again.profiles().at(0).id, profiles.at(0).id);
        QCOMPARE(again.profiles().at(1).id, profiles.at(1).id);

        // Read-only: no edit, rename or removal; duplicating makes an editable copy.
        Profile edited = profiles.at(0);
        edited.projectId = QStringLiteral("proj_mine");
        QVERIFY(!m_store->update(edited).ok());
        QVERIFY(!m_store->rename(edited.id, QStringLiteral("Mine")).ok());
        QVERIFY(!m_store->remove(edited.id));
        QCOMPARE(m_store->profile(edited.id)->projectId, QStringLiteral("proj_it1"));
        const ProfileChange copy = m_store->duplicate(edited.id);
        QVERIFY(copy.ok());
        QVERIFY(!m_store->profile(copy.id)->readOnly);
        // A user profile cannot take an IT profile's name.
        QVERIFY(!m_store->add(sample(QStringLiteral("it production"))).ok());
    }

    void exportHasNoSecretsAndImportRoundTrips()
    {
        const QString id = m_store->add(sample(QStringLiteral("Exported"))).id;
        m_store->setHasStoredSecret(id, true);
        const QByteArray json = m_store->exportJson();
        const QJsonObject document = QJsonDocument::fromJson(json).object();
        QCOMPARE(document.value(QStringLiteral("format")).toString(),
                 QStringLiteral("connectdesk-profiles"));
        const QJsonObject entry
            = document.value(QStringLiteral("profiles")).toArray().first().toObject();
        QCOMPARE(entry.value(QStringLiteral("name")).toString(), QStringLiteral("Exported"));
        QCOMPARE(entry.value(QStringLiteral("project_id")).toString(),
                 QStringLiteral("proj_abc123"));
        const QStringList keys = entry.keys();
        for (const QString &key : keys)
            QVERIFY2(!key.contains(QStringLiteral("secret")) && key != QStringLiteral("id"),
                     qPrintable(key));

        // Import into a fresh store.
        QTemporaryDir dir;
        Settings otherSettings(dir.filePath(QStringLiteral("o.ini")));
        ProfileStore other(&otherSettings, QString());
        const ProfileImportReport report = other.importJson(json);
        QCOMPARE(report.importedIds.size(), 1);
        QVERIFY(!report.hasProblems());
        QCOMPARE(other.profiles().first().name, QStringLiteral("Exported"));
        QVERIFY(other.profiles().first().id != id); // new ids: no secret is implied
        QVERIFY(!other.hasStoredSecret(other.profiles().first().id));

        // Importing the same file again: a name clash per profile, nothing duplicated.
        const ProfileImportReport again = other.importJson(json);
        QCOMPARE(again.importedIds.size(), 0);
        QCOMPARE(again.problems.size(), 1);
        QVERIFY(again.problems.first().skipped);
        QCOMPARE(other.profiles().size(), 1);
    }

    void exportToFileWritesJson()
    {
        m_store->add(sample(QStringLiteral("File")));
        const QString file = m_dir->filePath(QStringLiteral("out/profiles.json"));
        QDir().mkpath(m_dir->filePath(QStringLiteral("out")));
        QString error;
        QVERIFY2(m_store->exportToFile(file, &error), qPrintable(error));
        QCOMPARE(m_store->importFromFile(file).importedIds.size(), 0); // its own names clash
        QVERIFY(
            !m_store->exportToFile(m_dir->filePath(QStringLiteral("missing/dir/x.json")), &error));
        QVERIFY(!error.isEmpty());
    }

    void importReportsPerProfile()
    {
        const QByteArray json = R"({"format": "connectdesk-profiles", "version": 1, "profiles": [
            {"name": "Good", "project_id": "proj_good", "client_id": "oc_1"},
            {"name": "", "project_id": "proj_x", "client_id": "oc_1"},
            {"name": "Bad project", "project_id": "prj_x", "client_id": "oc_1"},
            "not an object",
            {"name": "With secret", "project_id": "proj_s", "client_id": "oc_1", "client_secret": "pssst"},
            {"name": "good", "project_id": "proj_dup", "client_id": "oc_1"}
        ]})";
        const ProfileImportReport report = m_store->importJson(json);
        QCOMPARE(report.importedIds.size(), 2);
        QCOMPARE(m_store->profiles().size(), 2);
        QCOMPARE(report.problems.size(), 5);
        QCOMPARE(report.problems.at(0).index, 1);
        QCOMPARE(report.problems.at(1).index, 2);
        QCOMPARE(report.problems.at(1).name, QStringLiteral("Bad project"));
        QVERIFY(
            report.problems.at(1).messages.join(QLatin1Char(' ')).contains(QStringLiteral("proj_")));
        QCOMPARE(report.problems.at(2).index, 3);
        // The secret is ignored, said so, and never repeated.
        QCOMPARE(report.problems.at(3).index, 4);
        QVERIFY(!report.problems.at(3).skipped);
        QVERIFY(report.problems.at(3)
                    .messages.join(QLatin1Char(' '))
                    .contains(QStringLiteral("client_secret")));
        QVERIFY(
            !report.problems.at(3).messages.join(QLatin1Char(' ')).contains(QStringLiteral("pssst")));
        QCOMPARE(report.problems.at(4).index, 5); // duplicate name within the file
        QVERIFY(!report.summary().isEmpty());
        QFile settingsFile(m_settings->filePath());
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        QVERIFY(!settingsFile.readAll().contains("pssst"));
    }

    void importRejectsWholeFile_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{nope");
        QTest::newRow("other format")
            << QByteArray(R"({"format": "something-else", "profiles": []})");
        QTest::newRow("newer version")
            << QByteArray(R"({"format": "connectdesk-profiles", "version": 99, "profiles": []})");
        QTest::newRow("no list") << QByteArray(R"({"format": "connectdesk-profiles"})");
    }
    void importRejectsWholeFile()
    {
        QFETCH(QByteArray, json);
        const ProfileImportReport report = m_store->importJson(json);
        QCOMPARE(report.importedIds.size(), 0);
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems.first().index, -1);
        QVERIFY(m_store->isEmpty());
    }

    void importAcceptsBareArray()
    {
        const ProfileImportReport report = m_store->importJson(
            R"([{"name": "Bare", "project_id": "proj_bare", "client_id": "oc", "environment": "Development"}])");
        QCOMPARE(report.importedIds.size(), 1);
        QCOMPARE(m_store->profiles().first().defaultEnvironment, QStringLiteral("development"));
    }

    void lastUsedIsRemembered()
    {
        const QString a = m_store->add(sample(QStringLiteral("A"))).id;
        const QString b = m_store->add(sample(QStringLiteral("B"))).id;
        QSignalSpy spy(m_store.get(), &ProfileStore::lastUsedChanged);
        m_store->setLastUsed(b);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), b);
        Settings reopened(m_settings->filePath());
        ProfileStore other(&reopened, QString());
        QCOMPARE(other.lastUsedId(), b);
        m_store->setLastUsed(QStringLiteral("no-such-profile"));
        QCOMPARE(m_store->lastUsedId(), QString()); // a stale id is not offered
        Q_UNUSED(a);
    }

    void settingsFileHoldsNoSecretFields()
    {
        m_store->add(sample(QStringLiteral("Plain")));
        m_settings->sync();
        QSettings raw(m_settings->filePath(), QSettings::IniFormat);
        const QStringList keys = raw.allKeys();
        for (const QString &key : keys)
            QVERIFY2(!key.contains(QStringLiteral("secret"), Qt::CaseInsensitive)
                         || key == QStringLiteral("profiles/withSecret"),
                     qPrintable(key));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
