#include "main/guiapp.h"

#include "api/accesstokenprovider.h"
#include "api/connectclient.h"
#include "api/extracacerts.h"
#include "api/useragent.h"
#include "base/clock.h"
#include "base/translator.h"
#include "form/tokenform.h"
#include "history/historyrecorder.h"
#include "history/historystore.h"
#include "main/mainwindow.h"
#include "main/mainwindowtools.h"
#include "main/sandboxlauncher.h"
#include "main/welcomeflow.h"
#include "profiles/environmentconfig.h"
#include "profiles/profileprojectsource.h"
#include "profiles/profilestore.h"
#include "profiles/projectsource.h"
#include "profiles/secretstore.h"
#include "profiles/settings.h"
#include "share/messagetemplatestore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>

namespace ConnectDesk::Ui {

namespace {

struct GuiOptions
{
    bool sandbox = false;
    bool selfTest = false;
    QUrl apiBaseUrl; // empty: PIPEDREAM_BASE_URL or the default
    QString language;
};

void printError(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stderr);
}

// Parses the GUI's own options; Qt's (-platform, -style, ...) were taken by QApplication.
std::optional<GuiOptions> parseOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     QApplication::translate("GuiApp", "Use the built-in simulator."));
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
                                      QApplication::translate("GuiApp", "Build and render the window once, then exit."));
    const QCommandLineOption baseUrl(QStringLiteral("api-base-url"),
                                     QApplication::translate("GuiApp", "Connect API base URL."),
                                     QStringLiteral("url"));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QApplication::translate("GuiApp", "User interface language."),
                                      QStringLiteral("code"));
    parser.addOptions({sandbox, selfTest, baseUrl, language});
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return std::nullopt;
    }
    GuiOptions options;
    options.sandbox = parser.isSet(sandbox);
    options.selfTest = parser.isSet(selfTest);
    options.language = parser.value(language);
    if (parser.isSet(baseUrl)) {
        options.apiBaseUrl = QUrl(parser.value(baseUrl), QUrl::StrictMode);
        const QString scheme = options.apiBaseUrl.scheme();
        if (!options.apiBaseUrl.isValid() || options.apiBaseUrl.host().isEmpty()
            || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
            printError(QApplication::translate("GuiApp", "--api-base-url needs an http(s) URL, got \"%1\".")
                           .arg(parser.value(baseUrl)));
            return std::nullopt;
        }
    }
    return options;
}

// The picker's entries: the environment's project, the sandbox, and a typed-in project.
QList<ProjectChoice> buildChoices(const GuiOptions &options, const EnvironmentConfig &config,
                                  const SandboxLauncher &sandbox, QString *preferred)
{
    QList<ProjectChoice> choices;
    EnvironmentConfig effective = config;
    if (!options.apiBaseUrl.isEmpty())
        effective.baseUrl = options.apiBaseUrl;
    if (sandbox.isRunning()) {
        choices.append(sandbox.choice());
        *preferred = choices.constLast().key;
    }
    if (effective.isComplete()) {
        choices.append(ProjectChoice::fromEnvironment(effective));
        if (preferred->isEmpty())
            *preferred = choices.constLast().key;
    }
    choices.append(ProjectChoice::typedIn(effective));
    if (preferred->isEmpty())
        *preferred = choices.constLast().key;
    return choices;
}

int runSelfTest(MainWindow &window)
{
    const QStringList missing = window.missingKeyChildren();
    const QPixmap rendered = window.grab();
    if (rendered.isNull() || rendered.width() < 400 || rendered.height() < 300) {
        printError(QStringLiteral("self-test: the window did not render"));
        return 1;
    }
    if (!missing.isEmpty()) {
        printError(QStringLiteral("self-test: missing widgets: ") + missing.join(QStringLiteral(", ")));
        return 1;
    }
    std::fputs("self-test: ok\n", stdout);
    std::fflush(stdout); // bench/run times the first frame by this line, before the teardown
    return 0;
}

} // namespace

int runGui(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ConnectDesk"));
    QApplication::setOrganizationName(QStringLiteral("ConnectDesk"));
    QApplication::setApplicationVersion(applicationVersion());
    QApplication::setApplicationDisplayName(QStringLiteral("ConnectDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/connectdesk.svg")));
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    // The saved language (or the system's) first, so option errors are translated too.
    Translator::install(Translator::savedLanguage());
    const auto options = parseOptions(QApplication::arguments());
    if (!options)
        return 2;
    if (!options->language.isEmpty()) {
        if (!Translator::isAvailable(options->language)) {
            printError(QApplication::translate("GuiApp", "--lang: no translation for \"%1\"; "
                                                         "available: %2.")
                           .arg(options->language,
                                Translator::availableLanguages().join(QStringLiteral(", "))));
        }
        Translator::install(options->language); // dates and numbers follow it too
    }

    if (QString error; !ExtraCaCertificates::applyFromEnvironment(&error)) {
        printError(error);
        return 2;
    }
    QNetworkAccessManager network;
    SystemClock clock;
    AccessTokenProvider tokens(&network, clock);
    ConnectClient client(&network, &tokens, clock);

    SandboxLauncher sandbox;
    if (options->sandbox && !sandbox.start()) {
        printError(sandbox.errorText());
        return 1;
    }

    // Non-secret settings and profiles in one INI file; client secrets in the OS keychain.
    Settings settings(Settings::defaultFilePath());
    ProfileStore profiles(&settings);
    SecretStore secrets;
    MessageTemplateStore templates(Settings::defaultFilePath());
    // Sandbox links are not real: with --sandbox they get a history of their own that ends with
    // the session. (A sandbox started later from the window shares the history, marked "Sandbox".)
    const QString historyPath = options->sandbox ? QDir::temp().filePath(
                                    QStringLiteral("connectdesk-sandbox-%1.sqlite")
                                        .arg(QCoreApplication::applicationPid()))
                                          : QString();
    HistoryStore::Options historyOptions;
    historyOptions.openOnFirstUse = true; // SQLite loads when the history is first used
    HistoryStore history(historyPath, clock, historyOptions);
    HistoryRecorder recorder(&history, &client, clock);

    QString preferred;
    const EnvironmentConfig environment = EnvironmentConfig::fromEnvironment();
    const QList<ProjectChoice> fixed = buildChoices(*options, environment, sandbox, &preferred);
    ProfileProjectSource projects(fixed, preferred, &profiles, &secrets);
    MainWindow window(&client, clock, &projects);
    QObject::connect(window.form(), &TokenForm::projectChanged, &projects,
                     [&projects](const ProjectChoice &choice) { projects.rememberSelection(choice.key); });
    MainWindowTools tools(&window, {&client, &clock, &network, &profiles, &secrets, &templates,
                                    &history, &recorder, Settings::defaultFilePath(), &projects,
                                    &sandbox});
    WelcomeFlow welcome(&window, &tools, &sandbox, &profiles, &settings);
    if (!options->sandbox)
        welcome.showIfFirstStart(!environment.clientId.isEmpty() && !environment.clientSecret.isEmpty());
    if (settings.recoveredFromCorruption())
        window.statusBar()->showMessage(settings.recoveryMessage());
    if (options->selfTest)
        return runSelfTest(window);
    window.restoreLayout(settings);
    window.show();
    const int code = QApplication::exec();
    window.saveLayout(settings);
    settings.sync();
    if (!historyPath.isEmpty())
        QFile::remove(historyPath);
    return code;
}

} // namespace ConnectDesk::Ui
