#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace ConnectDesk {

class Settings;

// The user-interface language. Our own connectdesk_<code>.qm files are embedded as resources
// under :/i18n (translations/CMakeLists.txt); Qt's qtbase_<code>.qm (standard buttons, file
// dialogs, QCommandLineParser) is loaded beside them from QLibraryInfo's translations folder.
//
// The language is chosen, first match wins: --lang CODE, the Language setting, the system's UI
// languages, English. English also loads a translator: connectdesk_en.qm holds only the plural
// forms, so "%n second(s)" reads "1 second" and "12 seconds".
//
// QtCore only, so the command line and the window share it.
class Translator final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectDesk::Translator)
public:
    // Language codes with a translation, "en" first: {"en", "de", "es", "fr", "ja"}.
    static QStringList availableLanguages();
    static bool isAvailable(const QString &code); // "de", "de_AT" and "de-AT" all count
    // The language's own name for a menu: "Deutsch", "Français", "日本語".
    static QString nativeName(const QString &code);

    // The available language for `requested` ("de", "de_AT", "pt-BR"); an empty or unavailable
    // request falls back to the first of `uiLanguages` that is available, then to "en".
    static QString resolve(const QString &requested,
                           const QStringList &uiLanguages = QLocale::system().uiLanguages());

    // Replaces the installed translators with the ones for `code` (empty: follow the system) and
    // returns the language installed. An explicit language also becomes QLocale's default, so
    // dates and numbers match the words, unless the system locale already speaks it.
    // Needs a QCoreApplication.
    static QString install(const QString &code = {});
    static QString installedLanguage(); // empty before install()
    // True when Qt's own qtbase translation was found for the installed language (or English).
    static bool hasQtTranslation();

    // The Language setting (Settings::Key::Language): a code, or empty to follow the system.
    // The first form reads the INI file without opening a Settings (startup, the command line).
    static QString savedLanguage(const QString &settingsFile = {}); // default: the user's file
    static QString savedLanguage(const Settings &settings);
    static void saveLanguage(Settings &settings, const QString &code);

    // Where Qt's own translations are looked for, in order.
    static QStringList qtTranslationPaths();
};

} // namespace ConnectDesk
