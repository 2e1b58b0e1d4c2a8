// The language machinery: the embedded .qm files, Qt's own qtbase translations beside them,
// the language choice (--lang, the setting, the system) and the Language menu.
#include "base/countdown.h"
#include "base/translator.h"
#include "main/languagemenu.h"
#include "profiles/settings.h"

#include <QAction>
#include <QApplication>
#include <QLibraryInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ConnectDesk;
using namespace ConnectDesk::Ui;

class TestTranslator final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Translator::install(QStringLiteral("en")); }

    void embedsEveryLanguage()
    {
        const QStringList languages = Translator::availableLanguages();
        QCOMPARE(languages.value(0), QStringLiteral("en"));
        for (const char *code : {"de", "es", "fr", "ja"})
            QVERIFY2(languages.contains(QLatin1String(code)), code);
        QCOMPARE(Translator::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(Translator::nativeName(QStringLiteral("ja")), QStringLiteral("日本語"));
        QCOMPARE(Translator::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
        QCOMPARE(Translator::nativeName(QStringLiteral("es")), QStringLiteral("Español"));
        QCOMPARE(Translator::nativeName(QStringLiteral("pt_BR")).left(9), QStringLiteral("Português"));
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QStringList>("system");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char *requested,
                            std::initializer_list<const char *> system, const char *expected) {
            QStringList languages;
            for (const char *language : system)
                languages.append(QString::fromLatin1(language));
            QTest::newRow(name) << QString::fromLatin1(requested) << languages
                                << QString::fromLatin1(expected);
        };
        row("exact", "de", {}, "de");
        row("territory", "de_AT", {}, "de");
        row("bcp47", "es-MX", {}, "es");
        row("upper case", "FR", {}, "fr");
        row("posix locale name", "ja_JP.UTF-8", {}, "ja");
        row("system", "", {"ja-JP", "en-US"}, "ja");
        row("system second choice", "", {"pt-BR", "fr-CA"}, "fr");
        row("english first", "", {"en-GB", "de-DE"}, "en");
        row("C locale", "", {"C"}, "en");
        row("unknown falls back to system", "zz", {"de-DE"}, "de");
        row("nothing known", "pt", {"pt-BR"}, "en");
    }
    void resolve()
    {
        QFETCH(QString, requested);
        QFETCH(QStringList, system);
        QFETCH(QString, expected);
        QCOMPARE(Translator::resolve(requested, system), expected);
    }

    // connectdesk_en.qm holds the plural forms: "1 minute", "2 minutes", never "minute(s)".
    void englishPlurals()
    {
        QCOMPARE(Translator::install(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(Countdown::accessibleText(60), QStringLiteral("Expires in 1 minute."));
        QCOMPARE(Countdown::accessibleText(120), QStringLiteral("Expires in 2 minutes."));
        QCOMPARE(Countdown::accessibleText(3600), QStringLiteral("Expires in 1 hour."));
    }

    void germanWithQtsOwn()
    {
        const QString english = Countdown::accessibleText(120);
        QCOMPARE(Translator::install(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(Translator::installedLanguage(), QStringLiteral("de"));
        const QString german = Countdown::accessibleText(120);
        QVERIFY2(german != english && german.contains(QLatin1Char('2')), qPrintable(german));
        QCOMPARE(QLocale().language(), QLocale::German); // dates and numbers follow the words
        // Qt's own strings (standard buttons, QCommandLineParser) come from qtbase_de.qm.
        QVERIFY2(Translator::hasQtTranslation(),
                 qPrintable(QStringLiteral("qtbase_de.qm not found in %1 (Debian: "
                                           "qt6-translations-l10n)")
                                .arg(Translator::qtTranslationPaths().join(QStringLiteral(", ")))));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QStringLiteral("Abbrechen"));
    }

    void everyLanguageTranslates_data()
    {
        QTest::addColumn<QString>("code");
        for (const char *code : {"de", "es", "fr", "ja"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }
    void everyLanguageTranslates()
    {
        QFETCH(QString, code);
        Translator::install(QStringLiteral("en"));
        const QStringList english{Countdown::text(3 * 3600 + 59 * 60), Countdown::text(-300),
                                  Countdown::accessibleText(-1)};
        QCOMPARE(Translator::install(code), code);
        const QStringList translated{Countdown::text(3 * 3600 + 59 * 60), Countdown::text(-300),
                                     Countdown::accessibleText(-1)};
        for (int i = 0; i < english.size(); ++i)
            QVERIFY2(translated.at(i) != english.at(i), qPrintable(translated.at(i)));
        QVERIFY2(Translator::hasQtTranslation(), qPrintable(code));
    }

    void settingIsSavedAndRead()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        {
            Settings settings(file);
            QCOMPARE(Translator::savedLanguage(settings), QString());
            Translator::saveLanguage(settings, QStringLiteral("ja-JP"));
            QCOMPARE(Translator::savedLanguage(settings), QStringLiteral("ja_JP"));
        }
        QCOMPARE(Translator::savedLanguage(file), QStringLiteral("ja_JP"));
        {
            Settings settings(file);
            Translator::saveLanguage(settings, {});
        }
        QCOMPARE(Translator::savedLanguage(file), QString());
        QCOMPARE(Translator::savedLanguage(dir.filePath(QStringLiteral("missing.ini"))), QString());
    }

    void languageMenu()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        LanguageMenu menu(&settings);
        const QList<QAction *> actions = menu.actions();
        QStringList codes;
        for (QAction *action : actions) {
            if (!action->isSeparator())
                codes.append(action->data().toString());
        }
        QCOMPARE(codes, QStringList{QString()} + Translator::availableLanguages());
        auto *system = menu.findChild<QAction *>(QStringLiteral("languageSystemAction"));
        QVERIFY(system && system->isChecked());

        QSignalSpy chosen(&menu, &LanguageMenu::languageChosen);
        auto *french = menu.findChild<QAction *>(QStringLiteral("languageAction_fr"));
        QVERIFY(french);
        QCOMPARE(french->text(), QStringLiteral("Français"));
        menu.choose(QStringLiteral("fr"), true);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("fr"));
        QCOMPARE(settings.get<QString>(Settings::Key::Language), QStringLiteral("fr"));
        QVERIFY(french->isChecked());
        QVERIFY(!system->isChecked());
        menu.choose({}, true);
        QVERIFY(!settings.contains(Settings::Key::Language));
        QVERIFY(system->isChecked());
    }
};

QTEST_MAIN(TestTranslator)

#include "tst_translator.moc"
