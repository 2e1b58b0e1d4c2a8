#include "fakeclock.h"
#include "profiles/settings.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ConnectDesk;

// The typed settings wrapper: defaults, types, the changed signal, and corrupt-file recovery.
class TestSettings final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static void writeFile(const QString &filePath, const QByteArray &content)
    {
        QFile file(filePath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void defaultsWhenUnset()
    {
        Settings settings(path(QStringLiteral("defaults.ini")));
        QCOMPARE(settings.get<QString>(Settings::Key::LastUsedProfile), QString());
        QCOMPARE(settings.get<bool>(Settings::Key::WelcomeDismissed), false);
        QCOMPARE(settings.get<QStringList>(Settings::Key::ProfilesWithSecret), QStringList());
        QCOMPARE(settings.value(Settings::Key::Profiles).toList().size(), 0);
        QVERIFY(!settings.contains(Settings::Key::LastUsedProfile));
        QVERIFY(!settings.recoveredFromCorruption());
        QVERIFY(settings.recoveryMessage().isEmpty());
    }

    void typedRoundTripThroughTheFile()
    {
        const QString file = path(QStringLiteral("roundtrip.ini"));
        {
            Settings settings(file);
            settings.setValue(Settings::Key::WelcomeDismissed, true);
            settings.setValue(Settings::Key::LastUsedProfile, QStringLiteral("abc"));
            settings.setValue(Settings::Key::ProfilesWithSecret,
                              QStringList{QStringLiteral("one")});
            settings
                .setValue(Settings::Key::Profiles,
                          QVariantList{QVariantMap{{QStringLiteral("id"), QStringLiteral("p1")},
                                                   {QStringLiteral("name"), QStringLiteral("A")}},
                                       QVariantMap{{QStringLiteral("id"), QStringLiteral("p2")},
                                                   {QStringLiteral("name"), QStringLiteral("B")}}});
            QVERIFY(settings.sync());
        }
        Settings reopened(file);
        // Types come back, not the INI file's strings.
        QCOMPARE(reopened.value(Settings::Key::WelcomeDismissed).typeId(), QMetaType::Bool);
        QCOMPARE(reopened.get<bool>(Settings::Key::WelcomeDismissed), true);
        QCOMPARE(reopened.get<QString>(Settings::Key::LastUsedProfile), QStringLiteral("abc"));
        QCOMPARE(reopened.get<QStringList>(Settings::Key::ProfilesWithSecret),
                 QStringList{QStringLiteral("one")});
        const QVariantList records = reopened.value(Settings::Key::Profiles).toList();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).toMap().value(QStringLiteral("name")).toString(),
                 QStringLiteral("B"));
    }

    void changedSignalOncePerRealChange()
    {
        Settings settings(path(QStringLiteral("signal.ini")));
        QSignalSpy spy(&settings, &Settings::changed);
        settings.setValue(Settings::Key::LastUsedProfile, QStringLiteral("x"));
        settings.setValue(Settings::Key::LastUsedProfile, QStringLiteral("x")); // same: no signal
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Settings::Key>(), Settings::Key::LastUsedProfile);
        settings.reset(Settings::Key::LastUsedProfile);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(settings.get<QString>(Settings::Key::LastUsedProfile), QString());
        settings.reset(Settings::Key::LastUsedProfile); // already unset: no signal
        QCOMPARE(spy.count(), 2);
    }

    void keyTableIsComplete()
    {
        const QMetaEnum keys = QMetaEnum::fromType<Settings::Key>();
        QStringList names;
        for (int i = 0; i < keys.keyCount(); ++i) {
            const auto key = Settings::Key(keys.value(i));
            QVERIFY(!Settings::keyName(key).isEmpty());
            QVERIFY(Settings::keyType(key).isValid());
            QVERIFY(!names.contains(Settings::keyName(key)));
            names.append(Settings::keyName(key));
        }
    }

    void corruptFileIsMovedAside_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("unterminated section") << QByteArray("[profiles\nlastUsed=abc\n");
        QTest::newRow("binary") << QByteArray("\x01\x02\x00\xff\xfe garbage", 15);
        QTest::newRow("text without keys") << QByteArray("this is not an ini file\n");
    }
    void corruptFileIsMovedAside()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("connectdesk.ini"));
        writeFile(file, content);
        Testing::FakeClock clock(QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC));

        Settings settings(file, clock);
        QVERIFY(settings.recoveredFromCorruption());
        const QString backup = file + QStringLiteral(".corrupt-20260304-050607");
        QCOMPARE(settings.backupFilePath(), backup);
        QVERIFY(settings.recoveryMessage().contains(QDir::toNativeSeparators(backup)));
        // Nothing lost: the old bytes are in the backup.
        QFile old(backup);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), content);
        // A clean start that works.
        QCOMPARE(settings.get<QString>(Settings::Key::LastUsedProfile), QString());
        settings.setValue(Settings::Key::LastUsedProfile, QStringLiteral("fresh"));
        QVERIFY(settings.sync());
        Settings reopened(file, clock);
        QVERIFY(!reopened.recoveredFromCorruption());
        QCOMPARE(reopened.get<QString>(Settings::Key::LastUsedProfile), QStringLiteral("fresh"));
    }

    void secondCorruptionGetsItsOwnBackup()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("c.ini"));
        Testing::FakeClock clock;
        writeFile(file, "[broken\n");
        Settings first(file, clock);
        writeFile(file, "[broken again\n");
        Settings second(file, clock);
        QVERIFY(second.recoveredFromCorruption());
        QVERIFY(second.backupFilePath() != first.backupFilePath());
        QVERIFY(QFile::exists(first.backupFilePath()));
        QVERIFY(QFile::exists(second.backupFilePath()));
    }

    void emptyFileIsFine()
    {
        const QString file = path(QStringLiteral("empty.ini"));
        writeFile(file, "\n\n");
        Settings settings(file);
        QVERIFY(!settings.recoveredFromCorruption());
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
