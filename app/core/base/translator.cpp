#include "base/translator.h"

#include "profiles/settings.h"

#include <QDir>
#include <QHash>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace ConnectDesk {

namespace {

const QString &resourceFolder()
{
    static const QString folder = QStringLiteral(":/i18n");
    return folder;
}

const QString &english()
{
    static const QString code = QStringLiteral("en");
    return code;
}

struct State
{
    QList<QPointer<QTranslator>> translators;
    QString language;
    bool qtTranslation = false;
};

State &state()
{
    static State s;
    return s;
}

// "de-AT" -> "de_AT", "DE" -> "de"; QLocale's own spelling of language and territory.
QString normalized(const QString &code)
{
    QString text = code.trimmed();
    text.replace(QLatin1Char('-'), QLatin1Char('_'));
    const qsizetype dot = text.indexOf(QLatin1Char('.')); // "de_DE.UTF-8"
    if (dot >= 0)
        text.truncate(dot);
    const qsizetype at = text.indexOf(QLatin1Char('@')); // "de_DE@euro"
    if (at >= 0)
        text.truncate(at);
    const qsizetype underscore = text.indexOf(QLatin1Char('_'));
    if (underscore < 0)
        return text.toLower();
    return text.left(underscore).toLower() + text.mid(underscore);
}

// The available code that `code` asks for: the whole code, then its language alone.
QString match(const QString &code, const QStringList &available)
{
    const QString name = normalized(code);
    if (name.isEmpty())
        return {};
    if (available.contains(name))
        return name;
    const QString language = name.section(QLatin1Char('_'), 0, 0);
    if (available.contains(language))
        return language;
    return {};
}

bool installFile(const QString &baseName, const QString &folder)
{
    auto translator = std::make_unique<QTranslator>(QCoreApplication::instance());
    if (!translator->load(baseName, folder) || translator->isEmpty())
        return false;
    QCoreApplication::installTranslator(translator.get());
    state().translators.append(translator.release());
    return true;
}

} // namespace

QStringList Translator::availableLanguages()
{
    static const QLatin1String prefix("connectdesk_");
    QStringList codes;
    const QStringList files = QDir(resourceFolder())
                                  .entryList({QStringLiteral("connectdesk_*.qm")}, QDir::Files,
                                             QDir::Name);
    for (const QString &file : files) {
        const QString code = QFileInfo(file).completeBaseName().mid(prefix.size());
        if (!code.isEmpty() && code != english())
            codes.append(code);
    }
    codes.prepend(english());
    return codes;
}

bool Translator::isAvailable(const QString &code)
{
    return !match(code, availableLanguages()).isEmpty();
}

QString Translator::nativeName(const QString &code)
{
    const QString name = normalized(code);
    // CLDR names some languages with their default country ("español de España"); a menu wants
    // the language alone.
    static const QHash<QString, QString> endonyms{
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
    };
    if (const auto known = endonyms.constFind(name); known != endonyms.cend())
        return *known;
    QString native = QLocale(name).nativeLanguageName();
    if (native.isEmpty())
        return name;
    // "français", "español": a menu entry starts with a capital.
    native[0] = native.at(0).toUpper();
    return native;
}

QString Translator::resolve(const QString &requested, const QStringList &uiLanguages)
{
    const QStringList available = availableLanguages();
    const QString wanted = match(requested, available);
    if (!wanted.isEmpty())
        return wanted;
    for (const QString &language : uiLanguages) {
        // "C" and "POSIX" speak English.
        if (language == QLatin1String("C") || language == QLatin1String("POSIX"))
            return english();
        const QString found = match(language, available);
        if (!found.isEmpty())
            return found;
        // An English UI language that is not ours ("en-GB" with only "en") still means English
        // rather than the next language in the list.
        if (normalized(language).startsWith(english()))
            return english();
    }
    return english();
}

QStringList Translator::qtTranslationPaths()
{
    QStringList paths{QLibraryInfo::path(QLibraryInfo::TranslationsPath)};
    // Deployed on Windows and macOS: windeployqt/macdeployqt put them beside the program.
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/translations");
    if (!paths.contains(beside))
        paths.append(beside);
    return paths;
}

QString Translator::install(const QString &code)
{
    State &s = state();
    for (const QPointer<QTranslator> &translator : std::as_const(s.translators)) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator.data();
        }
    }
    s.translators.clear();

    const QString language = resolve(code);
    s.language = language;
    // Ours, then Qt's: QCoreApplication asks the most recently installed translator first, and
    // the two never share a context.
    installFile(QStringLiteral("connectdesk_") + language, resourceFolder());
    s.qtTranslation = language == english();
    if (language != english()) {
        for (const QString &path : qtTranslationPaths()) {
            if (installFile(QStringLiteral("qtbase_") + language, path)) {
                s.qtTranslation = true;
                break;
            }
        }
    }

    // Dates, numbers and durations follow the words. A system locale that already speaks the
    // language keeps its regional formats (de_AT stays de_AT when German is chosen).
    if (!normalized(code).isEmpty()) {
        const QLocale system = QLocale::system();
        const QLocale chosen(language);
        const QLocale requested(normalized(code));
        if (system.language() == chosen.language())
            QLocale::setDefault(system);
        else if (requested.language() == chosen.language())
            QLocale::setDefault(requested); // "de_AT" asked for on an English system
        else
            QLocale::setDefault(chosen);
    } else {
        QLocale::setDefault(QLocale::system());
    }
    return language;
}

QString Translator::installedLanguage()
{
    return state().language;
}

bool Translator::hasQtTranslation()
{
    return state().qtTranslation;
}

QString Translator::savedLanguage(const QString &settingsFile)
{
    const QString file = settingsFile.isEmpty() ? Settings::defaultFilePath() : settingsFile;
    if (!QFileInfo::exists(file))
        return {};
    const QSettings settings(file, QSettings::IniFormat);
    return settings.value(Settings::keyName(Settings::Key::Language)).toString().trimmed();
}

QString Translator::savedLanguage(const Settings &settings)
{
    return settings.get<QString>(Settings::Key::Language).trimmed();
}

void Translator::saveLanguage(Settings &settings, const QString &code)
{
    const QString value = normalized(code);
    if (value.isEmpty())
        settings.reset(Settings::Key::Language);
    else
        settings.setValue(Settings::Key::Language, value);
    settings.sync();
}

} // namespace ConnectDesk
