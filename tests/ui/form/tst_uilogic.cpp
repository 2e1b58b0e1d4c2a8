// The window's pure decisions: form -> request mapping and reasons, expiry preview, error
// presentation, band wording, expiry formatting.
#include "form/environmentband.h"
#include "form/tokenformlogic.h"
#include "main/errorbanner.h"
#include "profiles/projectsource.h"
#include "result/resultpane.h"

#include <QTest>

using namespace ConnectDesk;
using namespace ConnectDesk::Ui;

class TestUiLogic final : public QObject
{
    Q_OBJECT
private slots:
    void effectiveProjectId();
    void blockingReasons_data();
    void blockingReasons();
    void messageForNumbersEntries();
    void expiryPreview_data();
    void expiryPreview();
    void describeError_data();
    void describeError();
    void retryText();
    void bands();
    void projectChoices();
    void formatExpiry();
    void wrappableUrlText();
};

static ProjectChoice withCredentials(bool editable = false)
{
    ProjectChoice choice;
    choice.key = QStringLiteral("test");
    choice.projectId = QStringLiteral("proj_abc");
    choice.projectIdEditable = editable;
    choice.credentials.clientId = QStringLiteral("id");
    choice.credentials.clientSecret = QStringLiteral("secret");
    return choice;
}

void TestUiLogic::effectiveProjectId()
{
    QCOMPARE(TokenFormLogic::effectiveProjectId(withCredentials(false), QStringLiteral("proj_x")),
             QStringLiteral("proj_abc"));
    QCOMPARE(TokenFormLogic::effectiveProjectId(withCredentials(true), QStringLiteral(" proj_x ")),
             QStringLiteral("proj_x"));
}

void TestUiLogic::blockingReasons_data()
{
    QTest::addColumn<TokenRequest>("request");
    QTest::addColumn<bool>("credentials");
    QTest::addColumn<QStringList>("expected");

    TokenRequest valid;
    valid.projectId = QStringLiteral("proj_abc");
    valid.externalUserId = QStringLiteral("customer-1");
    QTest::newRow("valid") << valid << true << QStringList();

    TokenRequest empty = valid;
    empty.externalUserId.clear();
    QTest::newRow("no user") << empty << true
                             << QStringList{QStringLiteral("External user ID: Enter the customer's external user ID.")};

    QTest::newRow("no credentials") << valid << false
                                    << QStringList{ProjectChoice().credentialsProblem()};

    TokenRequest origins = valid;
    origins.allowedOrigins = {QStringLiteral("https://ok.example"), QStringLiteral("ftp://bad")};
    QTest::newRow("origin entry") << origins << true
                                  << QStringList{QStringLiteral("Allowed origins (entry 2, \"ftp://bad\"): Only http:// and https:// origins are allowed.")};

    TokenRequest expiry = valid;
    expiry.expiresIn = QStringLiteral("0");
    QTest::newRow("expiry") << expiry << true
                            << QStringList{QStringLiteral("Expires in: Expiry must be a whole number of seconds from 1 to 14400 (4 hours).")};
}

void TestUiLogic::blockingReasons()
{
    QFETCH(TokenRequest, request);
    QFETCH(bool, credentials);
    QFETCH(QStringList, expected);
    ProjectChoice choice = withCredentials();
    if (!credentials)
        choice.credentials = {};
    QCOMPARE(TokenFormLogic::blockingReasons(request, choice), expected);
}

void TestUiLogic::messageForNumbersEntries()
{
    const QList<FieldError> errors{{TokenField::AllowedOrigins, QStringLiteral("bad"), 2},
                                   {TokenField::WebhookUri, QStringLiteral("no host"), -1}};
    QCOMPARE(TokenFormLogic::messageFor(errors, TokenField::AllowedOrigins), QStringLiteral("Entry 3: bad"));
    QCOMPARE(TokenFormLogic::messageFor(errors, TokenField::WebhookUri), QStringLiteral("no host"));
    QCOMPARE(TokenFormLogic::messageFor(errors, TokenField::ExpiresIn), QString());
}

void TestUiLogic::expiryPreview_data()
{
    QTest::addColumn<QString>("expiresIn");
    QTest::addColumn<int>("seconds"); // -1: no preview
    QTest::addColumn<bool>("serverDefault");
    QTest::newRow("empty: default 4 h") << QString() << 14400 << true;
    QTest::newRow("15 min") << QStringLiteral("900") << 900 << false;
    QTest::newRow("1 h") << QStringLiteral(" 3600 ") << 3600 << false;
    QTest::newRow("too long") << QStringLiteral("14401") << -1 << false;
    QTest::newRow("not a number") << QStringLiteral("1h") << -1 << false;
}

void TestUiLogic::expiryPreview()
{
    QFETCH(QString, expiresIn);
    QFETCH(int, seconds);
    QFETCH(bool, serverDefault);
    const QDateTime now(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    const QString preview = TokenFormLogic::expiryPreview(expiresIn, now, locale);
    if (seconds < 0) {
        QVERIFY(preview.isEmpty());
        return;
    }
    const QDateTime until = now.toLocalTime().addSecs(seconds);
    // The same words as the result pane and the token check, time zone included (review 27).
    const QString when = until.date() == now.toLocalTime().date()
                             ? TokenFormLogic::timeText(until.toUTC(), locale)
                             : TokenFormLogic::dateTimeText(until.toUTC(), locale);
    QVERIFY2(preview.contains(when), qPrintable(preview));
    QVERIFY2(preview.contains(until.timeZoneAbbreviation()), qPrintable(preview));
    QCOMPARE(preview.startsWith(QStringLiteral("Server default")), serverDefault);
    QVERIFY(preview.contains(Countdown::duration(seconds) + QStringLiteral(" from now")));
}

void TestUiLogic::describeError_data()
{
    using Category = ErrorPresentation::Category;
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<int>("category");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("status");

    const QDateTime now = QDateTime::currentDateTimeUtc();
    ApiError credentials = ApiError::fromHttp(401, {}, R"({"error":"invalid_client"})", now);
    credentials.kind = ApiError::Kind::CredentialsRejected;
    QTest::newRow("credentials") << credentials << int(Category::WrongCredentials)
                                 << QStringLiteral("Wrong client ID or secret") << QStringLiteral("HTTP 401");
    QTest::newRow("429") << ApiError::fromHttp(429, {{"Retry-After", "30"}}, R"({"error":"Throttled"})", now)
                         << int(Category::RateLimited)
                         << QStringLiteral("Rate limited by the server") << QStringLiteral("HTTP 429");
    QTest::newRow("404") << ApiError::fromHttp(404, {}, R"({"error":"project not found"})", now)
                         << int(Category::ProjectNotFound) << QStringLiteral("Project not found")
                         << QStringLiteral("HTTP 404");
    QTest::newRow("502 html") << ApiError::fromHttp(502, {}, "<html><title>Bad Gateway</title></html>", now)
                              << int(Category::ServerProblem) << QStringLiteral("Pipedream had a problem")
                              << QStringLiteral("HTTP 502");
    ApiError offline;
    offline.kind = ApiError::Kind::Network;
    offline.message = QStringLiteral("Connection refused");
    QTest::newRow("offline") << offline << int(Category::Offline)
                             << QStringLiteral("Cannot reach the server — offline?") << QStringLiteral("No connection");
    QTest::newRow("contract") << ApiError::contract(QStringLiteral("\"token\" is missing"))
                              << int(Category::UnexpectedAnswer)
                              << QStringLiteral("Unexpected answer from the server") << QString();
    QTest::newRow("canceled") << ApiError::canceled() << int(Category::Canceled)
                              << QStringLiteral("Canceled") << QString();
}

void TestUiLogic::describeError()
{
    QFETCH(ApiError, error);
    QFETCH(int, category);
    QFETCH(QString, title);
    QFETCH(QString, status);
    const ErrorPresentation p = ErrorPresentation::describe(error);
    QCOMPARE(int(p.category), category);
    QCOMPARE(p.title, title);
    QCOMPARE(p.status, status);
    QVERIFY(!p.message.isEmpty());
    if (error.kind == ApiError::Kind::Http && !error.message.isEmpty())
        QVERIFY2(p.message.contains(error.message), qPrintable(p.message)); // the server's words
    if (error.httpStatus == 429)
        QCOMPARE(p.retryAfterSeconds, std::optional<int>(30));
}

void TestUiLogic::retryText()
{
    QCOMPARE(ErrorPresentation::retryText(12), QStringLiteral("You can try again in 12 s."));
    QCOMPARE(ErrorPresentation::retryText(0), QStringLiteral("You can try again now."));
}

void TestUiLogic::bands()
{
    const BandContent development = BandContent::forEnvironment(QStringLiteral("development"));
    QVERIFY(development.title.contains(QStringLiteral("Development")));
    QVERIFY(development.text.contains(QStringLiteral("10 external users")));
    QVERIFY(development.text.contains(QStringLiteral("signed in to pipedream.com")));
    const BandContent production = BandContent::forEnvironment(QStringLiteral("production"));
    QVERIFY(production.title.contains(QStringLiteral("Production")));
    QVERIFY(production.tone != development.tone);
    QVERIFY(production.iconName != development.iconName); // not colour alone
    const BandContent simulated = BandContent::forEnvironment(QStringLiteral("production"), true);
    QVERIFY(simulated.title.contains(QStringLiteral("simulated")));
    QVERIFY(!simulated.text.contains(QStringLiteral("real")));
    QCOMPARE(BandContent::forSandbox().title, QStringLiteral("Sandbox — links are not real"));
}

void TestUiLogic::projectChoices()
{
    EnvironmentConfig config;
    config.clientId = QStringLiteral("id");
    config.clientSecret = QStringLiteral("secret");
    config.projectId = QStringLiteral("proj_env");
    config.environment = QStringLiteral("development");
    const ProjectChoice env = ProjectChoice::fromEnvironment(config);
    QCOMPARE(env.name, QStringLiteral("PIPEDREAM_* variables")); // never the environment's word
    QCOMPARE(env.projectId, QStringLiteral("proj_env"));
    QCOMPARE(env.defaultEnvironment, QStringLiteral("development"));
    QVERIFY(env.hasCredentials());
    QVERIFY(!env.projectIdEditable);

    const ProjectChoice typed = ProjectChoice::typedIn(EnvironmentConfig());
    QVERIFY(typed.name.contains(QLatin1String("no OAuth client")));
    QVERIFY(ProjectChoice::typedIn(config).name.contains(QLatin1String("PIPEDREAM_CLIENT_ID")));
    QVERIFY(typed.projectIdEditable);
    QVERIFY(!typed.hasCredentials());
    QVERIFY(typed.credentialsProblem().contains(QStringLiteral("PIPEDREAM_CLIENT_ID")));

    const ProjectChoice sandbox = ProjectChoice::sandbox(QUrl(QStringLiteral("http://127.0.0.1:1234")));
    QVERIFY(sandbox.isSandbox);
    QVERIFY(sandbox.hasCredentials());
    QCOMPARE(sandbox.projectId, QStringLiteral("proj_sandbox"));
}

void TestUiLogic::formatExpiry()
{
    const QDateTime utc(QDate(2026, 11, 28), QTime(16, 0), Qt::UTC);
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    const QString text = ResultPane::formatExpiry(utc, locale);
    const QDateTime local = utc.toLocalTime();
    QVERIFY2(text.contains(locale.toString(local.date(), QLocale::LongFormat)), qPrintable(text));
    QVERIFY2(text.contains(TokenFormLogic::shortTime(local.time(), locale)), qPrintable(text));
    QCOMPARE(text, TokenFormLogic::dateTimeText(utc, locale)); // one format in the window
    QVERIFY2(text.endsWith(QLatin1Char(' ') + local.timeZoneAbbreviation()), qPrintable(text));
    QCOMPARE(TokenFormLogic::timeText(utc, locale),
             TokenFormLogic::shortTime(local.time(), locale) + QLatin1Char(' ')
                 + local.timeZoneAbbreviation());
    QCOMPARE(TokenFormLogic::shortTime(QTime(16, 5, 30), QLocale::c()), QStringLiteral("16:05"));
    QCOMPARE(TokenFormLogic::shortTime(QTime(16, 5, 30), locale), QStringLiteral("4:05 PM"));
}

void TestUiLogic::wrappableUrlText()
{
    const QString text = ResultPane::wrappableUrlText(QStringLiteral("https://a.b/c?x=1&y=<2>"));
    QVERIFY(text.contains(QChar(0x200B)));
    QVERIFY(text.contains(QStringLiteral("&amp;")));
    QVERIFY(text.contains(QStringLiteral("&lt;2&gt;")));
    QString plain = text;
    plain.remove(QChar(0x200B));
    QCOMPARE(plain, QStringLiteral("https://a.b/c?x=1&amp;y=&lt;2&gt;"));
}

QTEST_GUILESS_MAIN(TestUiLogic)
#include "tst_uilogic.moc"
