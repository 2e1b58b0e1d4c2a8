#include "profiles/secretstore.h"

#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <optional>

using namespace ConnectDesk;

// Client secrets in a real Secret Service. ctest runs this binary twice:
//   tst_secretstore          under tests/support/with-keyring.sh (CONNECTDESK_TEST_KEYRING=private:
//                            a private D-Bus session with an unlocked gnome-keyring), and
//   tst_secretstore_nokeychain with no D-Bus at all (CONNECTDESK_TEST_KEYRING=none).
// Run by hand without either, the keychain tests skip: they never touch your own keyring.
class TestSecretStore final : public QObject
{
    Q_OBJECT

private:
    QString m_mode;

    bool privateKeyring() const { return m_mode == QLatin1String("private"); }
    bool noKeychain() const { return m_mode == QLatin1String("none"); }

    struct ReadResult
    {
        QString secret;
        SecretError error;
    };

    static std::optional<ReadResult> read(SecretStore &store, const QString &id,
                                          bool expectStored = false)
    {
        std::optional<ReadResult> result;
        QObject context;
        store.readSecret(
            id, &context,
            [&](const QString &secret, const SecretError &error) {
                result = ReadResult{secret, error};
            },
            expectStored);
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return std::nullopt;
        return result;
    }

    static std::optional<SecretError> write(SecretStore &store, const QString &id,
                                            const QString &secret)
    {
        std::optional<SecretError> result;
        QObject context;
        store.writeSecret(id, secret, &context, [&](const SecretError &error) { result = error; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return std::nullopt;
        return result;
    }

    static std::optional<SecretError> remove(SecretStore &store, const QString &id)
    {
        std::optional<SecretError> result;
        QObject context;
        store.removeSecret(id, &context, [&](const SecretError &error) { result = error; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return std::nullopt;
        return result;
    }

#define REQUIRE_PRIVATE_KEYRING() \
    if (!privateKeyring()) \
        QSKIP("needs the private keyring (run through ctest: tests/support/with-keyring.sh)");
#define REQUIRE_NO_KEYCHAIN() \
    if (!noKeychain()) \
        QSKIP("needs a session without D-Bus (ctest: tst_secretstore_nokeychain)");

private slots:
    void initTestCase()
    {
        m_mode = qEnvironmentVariable("CONNECTDESK_TEST_KEYRING");
        qInfo("keyring mode: %s",
              qPrintable(m_mode.isEmpty() ? QStringLiteral("(unset: keychain tests skip)")
                                          : m_mode));
    }

    // --- pure ---

    void classifyKeychainErrors_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("text");
        QTest::addColumn<SecretError::Kind>("kind");
        using K = SecretError::Kind;
        QTest::newRow("ok") << 0 << QString() << K::None;
        QTest::newRow("not found") << 1 << QStringLiteral("Entry not found") << K::NotFound;
        QTest::newRow("could not delete") << 2 << QString() << K::Failed;
        QTest::newRow("denied by user") << 3 << QString() << K::Locked;
        QTest::newRow("locked collection")
            << 4 << QStringLiteral("Cannot create an item in a locked collection") << K::Locked;
        QTest::newRow("no backend")
            << 5 << QStringLiteral("No keychain service available") << K::Unavailable;
        QTest::newRow("not implemented") << 6 << QString() << K::Unavailable;
        QTest::newRow("no bus") << 7
                                << QStringLiteral("Could not connect: No such file or directory")
                                << K::Unavailable;
        QTest::newRow("no service")
            << 7
            << QStringLiteral(
                   "The name org.freedesktop.secrets was not provided by any .service files")
            << K::Unavailable;
        QTest::newRow("no keyring")
            << 7
            << QStringLiteral("Object does not exist at path "
                              "\u201c/org/freedesktop/secrets/collection/login\u201d")
            << K::Unavailable;
        QTest::newRow("locked other") << 7 << QStringLiteral("Collection is locked") << K::Locked;
        QTest::newRow("other") << 7 << QStringLiteral("Something odd") << K::Failed;
    }
    void classifyKeychainErrors()
    {
        QFETCH(int, code);
        QFETCH(QString, text);
        QFETCH(SecretError::Kind, kind);
        QCOMPARE(SecretError::classifyKeychainError(code, text), kind);
    }

    void everyKindHasItsOwnMessage()
    {
        using K = SecretError::Kind;
        QStringList messages;
        for (K kind : {K::NotFound, K::Vanished, K::Unavailable, K::Locked, K::Failed}) {
            const SecretError error = SecretError::make(kind, QStringLiteral("detail"));
            QVERIFY(error.isError());
            QVERIFY(!error.message.isEmpty());
            QVERIFY(!messages.contains(error.message));
            messages.append(error.message);
        }
        QVERIFY(SecretError::make(K::NotFound)
                    .message.contains(QStringLiteral("No client secret is stored")));
    }

    void keyFormat()
    {
        QCOMPARE(SecretStore::defaultServiceName(), QStringLiteral("ConnectDesk"));
        QCOMPARE(SecretStore::keyFor(QStringLiteral("1234")), QStringLiteral("profile:1234"));
    }

    void sessionSecretStore()
    {
        SessionSecretStore store;
        QVERIFY(!store.read(QStringLiteral("a")));
        store.write(QStringLiteral("a"), QStringLiteral("one"));
        store.write(QStringLiteral("a"), QStringLiteral("two"));
        QCOMPARE(*store.read(QStringLiteral("a")), QStringLiteral("two"));
        QCOMPARE(store.size(), 1);
        QVERIFY(store.remove(QStringLiteral("a")));
        QVERIFY(!store.remove(QStringLiteral("a")));
        QCOMPARE(store.size(), 0);
    }

    // --- a real Secret Service ---

    void roundTrip()
    {
        REQUIRE_PRIVATE_KEYRING();
        SecretStore store;
        QSignalSpy changed(&store, &SecretStore::secretChanged);
        const auto written = write(store, QStringLiteral("round-trip"),
                                   QStringLiteral("s3cr\u00e9t \u2603"));
        QVERIFY(written);
        QVERIFY2(!written->isError(), qPrintable(written->message));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("round-trip"));
        const auto back = read(store, QStringLiteral("round-trip"));
        QVERIFY(back);
        QVERIFY2(!back->error.isError(), qPrintable(back->error.message));
        QCOMPARE(back->secret, QStringLiteral("s3cr\u00e9t \u2603"));
        // Another store (another process, in effect) reads the same entry.
        SecretStore other;
        QCOMPARE(read(other, QStringLiteral("round-trip"))->secret,
                 QStringLiteral("s3cr\u00e9t \u2603"));
    }

    void storedUnderServiceAndProfileKey()
    {
        REQUIRE_PRIVATE_KEYRING();
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
        QVERIFY2(!tool.isEmpty(), "secret-tool is missing (.ci/setup-deps installs libsecret-tools)");
        SecretStore store;
        QVERIFY(!write(store, QStringLiteral("key-format"), QStringLiteral("value-1"))->isError());
        QProcess lookup;
        lookup.start(tool, {QStringLiteral("lookup"), QStringLiteral("server"),
                            QStringLiteral("ConnectDesk"), QStringLiteral("user"),
                            QStringLiteral("profile:key-format")});
        QVERIFY(lookup.waitForFinished(20000));
        QCOMPARE(lookup.readAllStandardOutput().trimmed(), QByteArray("value-1"));
    }

    void overwrite()
    {
        REQUIRE_PRIVATE_KEYRING();
        SecretStore store;
        QVERIFY(!write(store, QStringLiteral("overwrite"), QStringLiteral("first"))->isError());
        QVERIFY(!write(store, QStringLiteral("overwrite"), QStringLiteral("second"))->isError());
        QCOMPARE(read(store, QStringLiteral("overwrite"))->secret, QStringLiteral("second"));
    }

    void deleteRemovesEntry()
    {
        REQUIRE_PRIVATE_KEYRING();
        SecretStore store;
        QVERIFY(!write(store, QStringLiteral("delete-me"), QStringLiteral("bye"))->isError());
        QSignalSpy changed(&store, &SecretStore::secretChanged);
        const auto removed = remove(store, QStringLiteral("delete-me"));
        QVERIFY(removed && !removed->isError());
        QCOMPARE(changed.count(), 1);
        const auto back = read(store, QStringLiteral("delete-me"));
        QCOMPARE(back->error.kind, SecretError::Kind::NotFound);
        QVERIFY(back->secret.isEmpty());
        // Deleting what is not there is not an error: afterwards there is no secret either way.
        QVERIFY(!remove(store, QStringLiteral("delete-me"))->isError());
    }

    void missingEntry()
    {
        REQUIRE_PRIVATE_KEYRING();
        SecretStore store;
        const auto never = read(store, QStringLiteral("never-stored"));
        QVERIFY(never);
        QCOMPARE(never->error.kind, SecretError::Kind::NotFound);
        QVERIFY(never->error.message.contains(
            QStringLiteral("No client secret is stored for this profile")));
    }

    void entryVanishedOutsideConnectDesk()
    {
        REQUIRE_PRIVATE_KEYRING();
        SecretStore store;
        QVERIFY(!write(store, QStringLiteral("vanishing"), QStringLiteral("here"))->isError());
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
        if (!tool.isEmpty()) {
            QProcess clear; // really outside ConnectDesk
            clear.start(tool, {QStringLiteral("clear"), QStringLiteral("server"),
                               QStringLiteral("ConnectDesk"), QStringLiteral("user"),
                               QStringLiteral("profile:vanishing")});
            QVERIFY(clear.waitForFinished(20000));
        } else {
            SecretStore other;
            QVERIFY(!remove(other, QStringLiteral("vanishing"))->isError());
        }
        const auto back = read(store, QStringLiteral("vanishing"), /*expectStored=*/true);
        QCOMPARE(back->error.kind, SecretError::Kind::Vanished);
        QVERIFY(back->error.message != SecretError::make(SecretError::Kind::NotFound).message);
    }

    void copySecret()
    {
        REQUIRE_PRIVATE_KEYRING();
        SecretStore store;
        QVERIFY(!write(store, QStringLiteral("copy-from"), QStringLiteral("shared"))->isError());
        std::optional<SecretError> copied;
        QObject context;
        store.copySecret(QStringLiteral("copy-from"), QStringLiteral("copy-to"), &context,
                         [&](const SecretError &error) { copied = error; });
        QTRY_VERIFY_WITH_TIMEOUT(copied.has_value(), 20000);
        QVERIFY(!copied->isError());
        QCOMPARE(read(store, QStringLiteral("copy-to"))->secret, QStringLiteral("shared"));
    }

    void requestsRunInOrder()
    {
        REQUIRE_PRIVATE_KEYRING();
        SecretStore store;
        QObject context;
        QStringList log;
        // Issued back to back: each job starts only after the previous one finished.
        store.writeSecret(QStringLiteral("order"), QStringLiteral("v1"), &context,
                          [&](const SecretError &e) {
                              log << QStringLiteral("write:%1").arg(e.kindName());
                          });
        store.readSecret(QStringLiteral("order"), &context,
                         [&](const QString &s, const SecretError &) {
                             log << QStringLiteral("read:") + s;
                         });
        store.writeSecret(QStringLiteral("order"), QStringLiteral("v2"), &context,
                          [&](const SecretError &e) {
                              log << QStringLiteral("write:%1").arg(e.kindName());
                          });
        store.readSecret(QStringLiteral("order"), &context,
                         [&](const QString &s, const SecretError &) {
                             log << QStringLiteral("read:") + s;
                             // A request made from a callback is queued, never nested.
                             store.removeSecret(QStringLiteral("order"), &context,
                                                [&](const SecretError &e) {
                                                    log << QStringLiteral("remove:%1")
                                                               .arg(e.kindName());
                                                });
                         });
        QCOMPARE(store.pendingRequests(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(log.size(), 5, 20000);
        QCOMPARE(log, (QStringList{QStringLiteral("write:none"), QStringLiteral("read:v1"),
                                   QStringLiteral("write:none"), QStringLiteral("read:v2"),
                                   QStringLiteral("remove:none")}));
        QCOMPARE(store.pendingRequests(), 0);
    }

    void destroyedContextIsNotCalled()
    {
        REQUIRE_PRIVATE_KEYRING();
        SecretStore store;
        bool called = false;
        auto *context = new QObject;
        store.writeSecret(QStringLiteral("ctx"), QStringLiteral("x"), context,
                          [&](const SecretError &) { called = true; });
        delete context;
        bool done = false;
        QObject keep;
        store.readSecret(QStringLiteral("ctx"), &keep,
                         [&](const QString &secret, const SecretError &) {
                             done = true;
                             QCOMPARE(secret,
                                      QStringLiteral("x")); // the write itself still happened
                         });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY(!called);
    }

    void availabilityCheck()
    {
        REQUIRE_PRIVATE_KEYRING();
        SecretStore store;
        std::optional<SecretError> result;
        store.checkAvailability(&store, [&](const SecretError &error) { result = error; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY2(!result->isError(), qPrintable(result->message));
    }

    // Last of the real-keyring tests: it locks the keyring for the rest of this run.
    void lockedKeychain()
    {
        REQUIRE_PRIVATE_KEYRING();
        QDBusInterface service(QStringLiteral("org.freedesktop.secrets"),
                               QStringLiteral("/org/freedesktop/secrets"),
                               QStringLiteral("org.freedesktop.Secret.Service"));
        QVERIFY2(service.isValid(), qPrintable(service.lastError().message()));
        const QDBusReply<QDBusObjectPath> alias = service.call(QStringLiteral("ReadAlias"),
                                                               QStringLiteral("default"));
        QVERIFY2(alias.isValid(), qPrintable(alias.error().message()));
        const QDBusMessage locked = service.call(QStringLiteral("Lock"),
                                                 QVariant::fromValue(
                                                     QList<QDBusObjectPath>{alias.value()}));
        QVERIFY2(locked.type() == QDBusMessage::ReplyMessage, qPrintable(locked.errorMessage()));

        SecretStore store;
        const auto written = write(store, QStringLiteral("locked"), QStringLiteral("nope"));
        QVERIFY(written);
        QCOMPARE(written->kind, SecretError::Kind::Locked);
        QVERIFY(written->message.contains(QStringLiteral("locked")));
    }

    // --- no keychain at all ---

    void noKeychainIsUnavailable()
    {
        REQUIRE_NO_KEYCHAIN();
        SecretStore store;
        QSignalSpy unavailable(&store, &SecretStore::keychainUnavailable);
        const auto written = write(store, QStringLiteral("p1"),
                                   QStringLiteral("secret-without-home"));
        QVERIFY(written);
        QCOMPARE(written->kind, SecretError::Kind::Unavailable);
        QVERIFY2(written->message.contains(QStringLiteral("No keychain is available")),
                 qPrintable(written->message));
        QVERIFY(written->message.contains(QStringLiteral("this session only")));
        QCOMPARE(unavailable.count(), 1);
        QCOMPARE(read(store, QStringLiteral("p1"))->error.kind, SecretError::Kind::Unavailable);

        std::optional<SecretError> probe;
        store.checkAvailability(&store, [&](const SecretError &error) { probe = error; });
        QTRY_VERIFY_WITH_TIMEOUT(probe.has_value(), 20000);
        QCOMPARE(probe->kind, SecretError::Kind::Unavailable);
    }

    void sessionOnlyOnlyWhenChosen()
    {
        REQUIRE_NO_KEYCHAIN();
        SecretStore store;
        QCOMPARE(store.storage(), SecretStore::Storage::Keychain);
        // No silent fallback: failing writes leave nothing behind, anywhere.
        QCOMPARE(write(store, QStringLiteral("p2"), QStringLiteral("kept-in-memory"))->kind,
                 SecretError::Kind::Unavailable);
        QCOMPARE(read(store, QStringLiteral("p2"))->error.kind, SecretError::Kind::Unavailable);
        QVERIFY(!store.isSessionOnly());

        store.useSessionOnlyStorage(); // the user's explicit choice
        QCOMPARE(store.storage(), SecretStore::Storage::SessionOnly);
        QCOMPARE(read(store, QStringLiteral("p2"))->error.kind, SecretError::Kind::NotFound);
        QVERIFY(!write(store, QStringLiteral("p2"), QStringLiteral("kept-in-memory"))->isError());
        QCOMPARE(read(store, QStringLiteral("p2"))->secret, QStringLiteral("kept-in-memory"));
        // Session only means this store, this process: another store has nothing.
        SecretStore other;
        QCOMPARE(read(other, QStringLiteral("p2"))->error.kind, SecretError::Kind::Unavailable);
        QVERIFY(!remove(store, QStringLiteral("p2"))->isError());
        QCOMPARE(read(store, QStringLiteral("p2"))->error.kind, SecretError::Kind::NotFound);
        QVERIFY(!write(store, QStringLiteral("p3"), QStringLiteral("kept-in-memory"))->isError());

        // Never written anywhere: not in any file this test could have written.
        const QStringList
            roots{QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                  QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
                  QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation),
                  QDir::homePath()};
        for (const QString &root : roots) {
            if (root.isEmpty() || root == QDir::rootPath()
                || !root.contains(QStringLiteral("/tests/")))
                continue; // only the test's own private folders
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.open(QIODevice::ReadOnly))
                    QVERIFY2(!file.readAll().contains("kept-in-memory"),
                             qPrintable(file.fileName()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
