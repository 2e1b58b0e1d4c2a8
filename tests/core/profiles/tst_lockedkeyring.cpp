#include "profilecommands.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "profiles/settings.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace ConnectDesk;

// A profile removal while the keyring is locked. gnome-keyring answers a delete in a locked
// collection with success and a read with "not found", so the removal used to look done while
// the secret stayed. Against the real Secret Service (tests/support/with-keyring.sh), locked
// and unlocked again over D-Bus as a desktop would.
class TestLockedKeyring final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_service; // a keychain service of this run's own

    static Profile profile(const QString &name)
    {
        Profile p;
        p.name = name;
        p.projectId = QStringLiteral("proj_abc123");
        p.clientId = QStringLiteral("oc_locked");
        return p;
    }

    static QDBusInterface secretService()
    {
        return QDBusInterface(QStringLiteral("org.freedesktop.secrets"),
                              QStringLiteral("/org/freedesktop/secrets"),
                              QStringLiteral("org.freedesktop.Secret.Service"));
    }
    static QDBusObjectPath defaultCollection()
    {
        QDBusInterface service = secretService();
        const QDBusReply<QDBusObjectPath> alias = service.call(QStringLiteral("ReadAlias"),
                                                               QStringLiteral("default"));
        return alias.isValid() ? alias.value() : QDBusObjectPath();
    }
    static bool isLocked()
    {
        QDBusInterface collection(QStringLiteral("org.freedesktop.secrets"),
                                  defaultCollection().path(),
                                  QStringLiteral("org.freedesktop.Secret.Collection"));
        return collection.property("Locked").toBool();
    }
    // Locks the default collection, as the desktop does after a timeout or on screen lock.
    static QString lock()
    {
        QDBusInterface service = secretService();
        const QDBusMessage answer = service.call(QStringLiteral("Lock"),
                                                 QVariant::fromValue(QList<QDBusObjectPath>{
                                                     defaultCollection()}));
        return answer.type() == QDBusMessage::ReplyMessage ? QString() : answer.errorMessage();
    }
    // Unlocks it with the password with-keyring.sh gave it ("test"), without a prompt:
    // gnome-keyring's own interface for that, with a plain (unencrypted) session.
    static QString unlock()
    {
        QDBusInterface service = secretService();
        const QDBusMessage opened = service.call(QStringLiteral("OpenSession"),
                                                 QStringLiteral("plain"),
                                                 QVariant::fromValue(QDBusVariant(QString())));
        if (opened.type() != QDBusMessage::ReplyMessage || opened.arguments().size() != 2)
            return opened.errorMessage();
        const QDBusObjectPath session = opened.arguments().at(1).value<QDBusObjectPath>();
        QDBusArgument secret; // (oayays): session, parameters, value, content type
        secret.beginStructure();
        secret << session << QByteArray() << QByteArray("test") << QStringLiteral("text/plain");
        secret.endStructure();
        QDBusInterface internal(QStringLiteral("org.freedesktop.secrets"),
                                QStringLiteral("/org/freedesktop/secrets"),
                                QStringLiteral(
                                    "org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"));
        const QDBusMessage answer = internal.call(QStringLiteral("UnlockWithMasterPassword"),
                                                  QVariant::fromValue(defaultCollection()),
                                                  QVariant::fromValue(secret));
        return answer.type() == QDBusMessage::ReplyMessage ? QString() : answer.errorMessage();
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
        });
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 20000);
        return result.value_or(std::make_pair(QString(), SecretError::make(SecretError::Kind::Failed)));
    }
    SecretError remove(SecretStore &store, const QString &id)
    {
        std::optional<SecretError> result;
        store.removeSecret(id, this, [&](const SecretError &error) { result = error; });
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 20000);
        return result.value_or(SecretError::make(SecretError::Kind::Failed));
    }
    SecretError removeWithSecret(ProfileStore &store, SecretStore &secrets, const QString &id,
                                 bool evenIfSecretRemains = false)
    {
        std::optional<SecretError> result;
        store.removeWithSecret(id, &secrets, this,
                               [&](const SecretError &error) { result = error; },
                               evenIfSecretRemains);
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 20000);
        return result.value_or(SecretError::make(SecretError::Kind::Failed));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("CONNECTDESK_TEST_KEYRING") == QLatin1String("private"),
                 "needs the private keyring: run it through ctest (tests/support/with-keyring.sh)");
        QVERIFY(m_dir.isValid());
        QVERIFY2(!defaultCollection().path().isEmpty(), "the Secret Service has no default collection");
        m_service = QStringLiteral("ConnectDesk-locked-") + QUuid::createUuid().toString(QUuid::Id128);
    }

    void removalIsRefusedWhileTheKeyringIsLocked()
    {
        const QString file = m_dir.filePath(QStringLiteral("locked/connectdesk.ini"));
        Settings settings(file);
        ProfileStore store(&settings, QString());
        SecretStore secrets(m_service);
        const ProfileChange kept = store.add(profile(QStringLiteral("Kept")));
        const ProfileChange plain = store.add(profile(QStringLiteral("No secret")));
        const ProfileChange forced = store.add(profile(QStringLiteral("Forced")));
        QVERIFY(kept.ok() && plain.ok() && forced.ok());
        for (const QString &id : {kept.id, forced.id}) {
            QVERIFY(!write(secrets, id, QStringLiteral("kept-secret-") + id).isError());
            QVERIFY(store.setHasStoredSecret(id, true));
        }
        QVERIFY(!isLocked());

        QCOMPARE(lock(), QString());
        QVERIFY(isLocked());
        QSignalSpy removed(&store, &ProfileStore::profileRemoved);
        QElapsedTimer elapsed;
        elapsed.start();
        const SecretError refused = removeWithSecret(store, secrets, kept.id);
        const qint64 refusedMs = elapsed.elapsed();
        QCOMPARE(refused.kind, SecretError::Kind::Locked);
        QVERIFY2(refused.message.contains(QLatin1String("keyring is locked: unlock it and try again")),
                 qPrintable(refused.message));
        // Nothing changed: not even removed and put back.
        QCOMPARE(removed.count(), 0);
        QVERIFY(store.profile(kept.id));
        QVERIFY(store.hasStoredSecret(kept.id));
        qInfo("removal refused in %lld ms", refusedMs);

        // The keychain layer itself no longer takes a locked keyring's word: the delete and the
        // read say Locked, not "deleted" and "not found".
        QCOMPARE(remove(secrets, kept.id).kind, SecretError::Kind::Locked);
        QCOMPARE(read(secrets, kept.id).second.kind, SecretError::Kind::Locked);

        // The command line refuses too (exit 2) and keeps the profile.
        QVERIFY(settings.sync());
        Cli::ProfileCommandSetup setup;
        setup.settingsPath = file;
        setup.systemSettingsPath = QString();
        setup.keychainService = m_service;
        QCOMPARE(Cli::runProfileCommand({QStringLiteral("remove"), QStringLiteral("Kept")}, setup),
                 2);
        {
            Settings reread(file);
            QVERIFY(reread.sync());
            QVERIFY(ProfileStore(&reread, QString()).profile(kept.id));
        }

        // A profile without a stored secret has nothing to lose: it goes at once.
        QVERIFY(!removeWithSecret(store, secrets, plain.id).isError());
        QVERIFY(!store.profile(plain.id));
        // Asked to remove it even if the secret remains (--force, "Delete anyway"): it goes.
        QCOMPARE(removeWithSecret(store, secrets, forced.id, true).kind, SecretError::Kind::Locked);
        QVERIFY(!store.profile(forced.id));

        // Unlocked again, the secret is there, as it was all along; now the removal works.
        QCOMPARE(unlock(), QString());
        QVERIFY(!isLocked());
        QCOMPARE(read(secrets, kept.id).first, QStringLiteral("kept-secret-") + kept.id);
        QVERIFY(!removeWithSecret(store, secrets, kept.id).isError());
        QVERIFY(!store.profile(kept.id));
        QCOMPARE(read(secrets, kept.id).second.kind, SecretError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestLockedKeyring)
#include "tst_lockedkeyring.moc"
