#include "api/tokenrequest.h"
#include "api/urlrules.h"

#include <QJsonDocument>
#include <QTest>

using namespace ConnectDesk;

// Validation and wire shape of POST /v1/connect/{project_id}/tokens.
class TestTokenRequest final : public QObject
{
    Q_OBJECT

private:
    static TokenRequest valid()
    {
        TokenRequest request;
        request.projectId = QStringLiteral("proj_abc123");
        request.environment = QStringLiteral("production");
        request.externalUserId = QStringLiteral("user-42");
        return request;
    }

private slots:
    void rejectsBadInput_data();
    void rejectsBadInput();
    void acceptsEdgeCases_data();
    void acceptsEdgeCases();
    void normalizesOrigins_data();
    void normalizesOrigins();
    void minimalBodyHasOnlyExternalUserId();
    void fullBodyHasEveryFieldSnakeCase();
    void scopesAreDeduplicatedAndSingleSpaced();
    void blankOriginsAreIgnored();
    void errorsNameTheListEntry();
    void reportsEveryProblemAtOnce();
    void loopbackWebhookHost_data();
    void loopbackWebhookHost();
};

// Review 31: a webhook on this computer is valid but unreachable for Pipedream's servers.
void TestTokenRequest::loopbackWebhookHost_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("host");
    QTest::newRow("localhost") << "http://localhost:8080/hook" << "localhost";
    QTest::newRow("upper case") << "HTTP://LocalHost/hook" << "localhost";
    QTest::newRow("sub.localhost") << "http://api.localhost/x" << "api.localhost";
    QTest::newRow("127.0.0.1") << "http://127.0.0.1:9000/" << "127.0.0.1";
    QTest::newRow("127.1.2.3") << "https://127.1.2.3/" << "127.1.2.3";
    QTest::newRow("ipv6 loopback") << "http://[::1]:8080/" << "::1";
    QTest::newRow("any") << "http://0.0.0.0/" << "0.0.0.0";
    QTest::newRow("public") << "https://hooks.example.com/x" << "";
    QTest::newRow("localhost in path") << "https://example.com/localhost" << "";
    QTest::newRow("localhost.example.com") << "https://localhost.example.com/" << "";
    QTest::newRow("private LAN is not loopback") << "http://192.168.1.5/" << "";
    QTest::newRow("empty") << "" << "";
}

void TestTokenRequest::loopbackWebhookHost()
{
    QFETCH(QString, uri);
    QFETCH(QString, host);
    QCOMPARE(UrlRules::loopbackHost(uri), host);
}

void TestTokenRequest::rejectsBadInput_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("expectedField");
    QTest::addColumn<QString>("messagePart");

    const int project = int(TokenField::ProjectId);
    const int env = int(TokenField::Environment);
    const int user = int(TokenField::ExternalUserId);
    const int origins = int(TokenField::AllowedOrigins);
    const int success = int(TokenField::SuccessRedirectUri);
    const int error = int(TokenField::ErrorRedirectUri);
    const int webhook = int(TokenField::WebhookUri);
    const int expires = int(TokenField::ExpiresIn);
    const int scope = int(TokenField::Scope);
    const int app = int(TokenField::App);

    QTest::newRow("project empty") << "project" << "" << project << "Enter the project ID";
    QTest::newRow("project blank") << "project" << "   " << project << "Enter the project ID";
    QTest::newRow("project no prefix") << "project" << "abc123" << project << "proj_";
    QTest::newRow("project prefix only") << "project" << "proj_" << project << "proj_";
    QTest::newRow("project dash") << "project" << "proj_abc-123" << project << "proj_";
    QTest::newRow("project space inside") << "project" << "proj_abc 123" << project << "proj_";
    QTest::newRow("project uppercase prefix") << "project" << "PROJ_abc" << project << "proj_";
    QTest::newRow("project unicode") << "project" << "proj_äbc" << project << "proj_";
    QTest::newRow("env empty") << "environment" << "" << env << "development";
    QTest::newRow("env capitalised") << "environment" << "Production" << env << "development";
    QTest::newRow("env other") << "environment" << "staging" << env << "production";
    QTest::newRow("user empty") << "user" << "" << user << "external user ID";
    QTest::newRow("user blank") << "user" << " \t " << user << "external user ID";
    QTest::newRow("user 251 chars") << "user" << QString(251, QLatin1Char('a')) << user << "250";
    QTest::newRow("user 251 emoji") << "user" << QString::fromUcs4(std::u32string(251, U'\U0001F600').c_str()) << user << "250";
    QTest::newRow("origin bad host, no QUrl internals") << "origin" << "https://exa<mple.com" << origins << "check the host name";
    QTest::newRow("success bad port, no QUrl internals") << "success" << "https://app.example.com:99999/x" << success << "check the host name";
    QTest::newRow("user line separator inside") << "user" << QString::fromUtf16(u"hei\u2028di") << user << "U+2028";
    QTest::newRow("user zero-width space") << "user" << QString::fromUtf16(u"heidi\u200B") << user << "U+200B";
    QTest::newRow("user zero-width joiner") << "user" << QString::fromUtf16(u"hei\u200Ddi") << user << "invisible";
    QTest::newRow("user BOM inside") << "user" << QString::fromUtf16(u"a\uFEFFb") << user << "U+FEFF";
    QTest::newRow("user invalid UTF-8") << "user" << QString::fromUtf8("ab\xff\xfe" "c") << user << "UTF-8";
    QTest::newRow("user lone surrogate") << "user" << QString(QChar(0xD800)) + QStringLiteral("x") << user << "UTF-8";
    QTest::newRow("user newline inside") << "user" << "jane\ndoe" << user << "control";
    QTest::newRow("user tab inside") << "user" << "jane\tdoe" << user << "control";
    QTest::newRow("origin no scheme") << "origin" << "example.com" << origins << "http";
    QTest::newRow("origin ftp") << "origin" << "ftp://example.com" << origins << "http";
    QTest::newRow("origin javascript") << "origin" << "javascript://example.com" << origins << "http";
    QTest::newRow("origin path") << "origin" << "https://example.com/app" << origins << "path";
    QTest::newRow("origin two slashes") << "origin" << "https://example.com//" << origins << "path";
    QTest::newRow("origin query") << "origin" << "https://example.com?x=1" << origins << "query";
    QTest::newRow("origin empty query") << "origin" << "https://example.com/?" << origins << "query";
    QTest::newRow("origin fragment") << "origin" << "https://example.com#top" << origins << "fragment";
    QTest::newRow("origin user info") << "origin" << "https://user:pw@example.com" << origins << "user name";
    QTest::newRow("origin user only") << "origin" << "https://user@example.com" << origins << "user name";
    QTest::newRow("origin wildcard") << "origin" << "https://*.example.com" << origins << "Wildcards";
    QTest::newRow("origin no host") << "origin" << "https://" << origins << "valid origin";
    QTest::newRow("origin bad port") << "origin" << "https://example.com:99999" << origins << "valid origin";
    QTest::newRow("origin port letters") << "origin" << "https://example.com:abc" << origins << "valid origin";
    QTest::newRow("origin space in host") << "origin" << "https://exa mple.com" << origins << "valid origin";
    QTest::newRow("success relative") << "success" << "/done" << success << "absolute";
    QTest::newRow("success ftp") << "success" << "ftp://example.com/done" << success << "absolute";
    QTest::newRow("success mailto") << "success" << "mailto:a@example.com" << success << "absolute";
    QTest::newRow("success no host") << "success" << "https:///done" << success << "host";
    QTest::newRow("error relative") << "error" << "oops.html" << error << "absolute";
    QTest::newRow("error space") << "error" << "https://example.com/a b" << error << "space";
    QTest::newRow("webhook no scheme") << "webhook" << "hooks.example.com/x" << webhook << "absolute";
    QTest::newRow("webhook bad port") << "webhook" << "https://example.com:70000/x" << webhook << "valid URL";
    QTest::newRow("expires zero") << "expires" << "0" << expires << "1 to 14400";
    QTest::newRow("expires negative") << "expires" << "-5" << expires << "1 to 14400";
    QTest::newRow("expires too big") << "expires" << "14401" << expires << "1 to 14400";
    QTest::newRow("expires decimal") << "expires" << "60.5" << expires << "1 to 14400";
    QTest::newRow("expires words") << "expires" << "one hour" << expires << "1 to 14400";
    QTest::newRow("expires huge") << "expires" << "99999999999999" << expires << "1 to 14400";
    QTest::newRow("expires unit") << "expires" << "60s" << expires << "1 to 14400";
    // Review 31: a duration with a unit is refused with the number to type instead.
    QTest::newRow("expires 10m") << "expires" << "10m" << expires << "for 10m, type 600 (";
    QTest::newRow("expires 2 h") << "expires" << "2 h" << expires << "for 2 h, type 7200 (";
    QTest::newRow("expires 90 Minutes") << "expires" << "90 Minutes" << expires << "type 5400";
    QTest::newRow("expires 30 s") << "expires" << "30 s" << expires << "type 30 (from 1 to 14400)";
    QTest::newRow("expires 5h too long") << "expires" << "5h" << expires
                                         << "whole number of seconds from 1 to 14400";
    QTest::newRow("scope star") << "scope" << "*" << scope << "not allowed";
    QTest::newRow("scope unknown") << "scope" << "connect:everything" << scope << "not a Connect scope";
    QTest::newRow("scope typo") << "scope" << "connect:account:read" << scope << "not a Connect scope";
    QTest::newRow("scope oauth style") << "scope" << "read write" << scope << "not a Connect scope";
    QTest::newRow("scope wildcard plus narrow") << "scope" << "connect:* connect:proxy" << scope << "connect:*";
    QTest::newRow("app uppercase space") << "app" << "google sheets" << app << "slug";
    QTest::newRow("app url") << "app" << "https://slack.com" << app << "slug";
    QTest::newRow("app leading dash") << "app" << "-slack" << app << "slug";
    const int client = int(TokenField::OAuthAppId);
    QTest::newRow("client without prefix") << "client" << "abc123" << client << "oa_";
    QTest::newRow("client with space") << "client" << "oa_abc 123" << client << "oa_";
    QTest::newRow("client prefix only") << "client" << "oa_" << client << "oa_";
}

void TestTokenRequest::rejectsBadInput()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(int, expectedField);
    QFETCH(QString, messagePart);

    TokenRequest request = valid();
    if (field == QLatin1String("project"))
        request.projectId = value;
    else if (field == QLatin1String("environment"))
        request.environment = value;
    else if (field == QLatin1String("user"))
        request.externalUserId = value;
    else if (field == QLatin1String("origin"))
        request.allowedOrigins = {QStringLiteral("https://ok.example.com"), value};
    else if (field == QLatin1String("success"))
        request.successRedirectUri = value;
    else if (field == QLatin1String("error"))
        request.errorRedirectUri = value;
    else if (field == QLatin1String("webhook"))
        request.webhookUri = value;
    else if (field == QLatin1String("expires"))
        request.expiresIn = value;
    else if (field == QLatin1String("scope"))
        request.scopes = {value};
    else if (field == QLatin1String("app"))
        request.appSlug = value;
    else if (field == QLatin1String("client"))
        request.oauthAppId = value;
    else
        QFAIL("unknown field in test data");

    const QList<FieldError> errors = request.validate();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(int(errors.first().field), expectedField);
    QVERIFY2(errors.first().message.contains(messagePart, Qt::CaseInsensitive),
             qPrintable(errors.first().message));
    QVERIFY(!request.isValid());
    QVERIFY2(!errors.first().message.contains(QLatin1String("source was")), qPrintable(errors.first().message));
    if (field == QLatin1String("origin"))
        QCOMPARE(errors.first().index, 1);
}

void TestTokenRequest::acceptsEdgeCases_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");

    QTest::newRow("user 250 chars") << "user" << QString(250, QLatin1Char('a'));
    QTest::newRow("user 250 emoji (500 UTF-16 units)")
        << "user" << QString::fromUcs4(std::u32string(250, U'\U0001F600').c_str());
    QTest::newRow("user unicode") << "user" << "Jürgen 山田 ✓";
    QTest::newRow("user emoji") << "user" << "jane 😀 doe";
    QTest::newRow("user email") << "user" << "jane@example.com";
    QTest::newRow("user one char") << "user" << "x";
    QTest::newRow("user surrounding spaces") << "user" << "  jane  ";
    QTest::newRow("project long") << "project" << "proj_AbC123xyz789";
    QTest::newRow("env development") << "environment" << "development";
    QTest::newRow("origin localhost port") << "origin" << "http://localhost:3000";
    QTest::newRow("origin ipv6") << "origin" << "http://[::1]:8080";
    QTest::newRow("origin trailing slash") << "origin" << "https://Example.COM/";
    QTest::newRow("origin idn") << "origin" << "https://bücher.example";
    QTest::newRow("success with query") << "success" << "https://app.example.com/done?x=1#y";
    QTest::newRow("webhook http") << "webhook" << "http://hooks.example.com/pd";
    QTest::newRow("expires 1") << "expires" << "1";
    QTest::newRow("expires 14400") << "expires" << "14400";
    QTest::newRow("expires padded") << "expires" << " 900 ";
    QTest::newRow("scope wildcard alone") << "scope" << "connect:*";
    QTest::newRow("scope several") << "scope" << "connect:accounts:read connect:users:read";
    QTest::newRow("scope projects") << "scope" << "connect:projects:read";
    QTest::newRow("app slug") << "app" << "google_sheets";
    QTest::newRow("app capitalised") << "app" << "Slack";
    QTest::newRow("app empty") << "app" << "";
}

void TestTokenRequest::acceptsEdgeCases()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    TokenRequest request = valid();
    if (field == QLatin1String("user"))
        request.externalUserId = value;
    else if (field == QLatin1String("project"))
        request.projectId = value;
    else if (field == QLatin1String("environment"))
        request.environment = value;
    else if (field == QLatin1String("origin"))
        request.allowedOrigins = {value};
    else if (field == QLatin1String("success"))
        request.successRedirectUri = value;
    else if (field == QLatin1String("webhook"))
        request.webhookUri = value;
    else if (field == QLatin1String("expires"))
        request.expiresIn = value;
    else if (field == QLatin1String("scope"))
        request.scopes = {value};
    else if (field == QLatin1String("app"))
        request.appSlug = value;
    const auto errors = request.validate();
    QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().message));
}

void TestTokenRequest::normalizesOrigins_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("trailing slash, case") << "https://App.com/" << "https://app.com";
    QTest::newRow("spaces") << "  https://app.com  " << "https://app.com";
    QTest::newRow("scheme case") << "HTTPS://app.com" << "https://app.com";
    QTest::newRow("default https port") << "https://app.com:443" << "https://app.com";
    QTest::newRow("default http port") << "http://app.com:80/" << "http://app.com";
    QTest::newRow("other port kept") << "https://app.com:8443" << "https://app.com:8443";
    QTest::newRow("ipv6") << "http://[::1]:3000/" << "http://[::1]:3000";
    QTest::newRow("idn to ascii") << "https://Bücher.example" << "https://xn--bcher-kva.example";
}

void TestTokenRequest::normalizesOrigins()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    TokenRequest request = valid();
    request.allowedOrigins = {input};
    QVERIFY(request.isValid());
    QCOMPARE(request.normalizedOrigins(), QStringList{expected});
}

void TestTokenRequest::minimalBodyHasOnlyExternalUserId()
{
    TokenRequest request = valid();
    request.externalUserId = QStringLiteral("  jane  ");
    QCOMPARE(request.toJson(), QByteArray("{\"external_user_id\":\"jane\"}"));
}

void TestTokenRequest::fullBodyHasEveryFieldSnakeCase()
{
    TokenRequest request = valid();
    request.allowedOrigins = {QStringLiteral("https://App.com/"), QStringLiteral("https://app.com"),
                              QStringLiteral("http://localhost:3000")};
    request.successRedirectUri = QStringLiteral("https://app.com/ok");
    request.errorRedirectUri = QStringLiteral("https://app.com/err");
    request.webhookUri = QStringLiteral("https://hooks.app.com/pd");
    request.expiresIn = QStringLiteral("3600");
    request.scopes = {QStringLiteral("connect:accounts:read"), QStringLiteral("connect:users:read")};
    request.allowProgressiveScopes = true;
    request.appSlug = QStringLiteral(" Slack "); // sent as app_id, as the official SDK does
    request.oauthAppId = QStringLiteral(" oa_abc123 ");
    QVERIFY(request.isValid());
    QCOMPARE(request.toJson(),
             QByteArray("{\"allow_progressive_scopes\":true,\"allowed_origins\":[\"https://app.com\",\"http://localhost:3000\"],"
                        "\"app_id\":\"slack\","
                        "\"error_redirect_uri\":\"https://app.com/err\",\"expires_in\":3600,\"external_user_id\":\"user-42\","
                        "\"oauth_app_id\":\"oa_abc123\",\"scope\":\"connect:accounts:read connect:users:read\",\"success_redirect_uri\":\"https://app.com/ok\","
                        "\"webhook_uri\":\"https://hooks.app.com/pd\"}"));
    QVERIFY(QJsonDocument::fromJson(request.toJson()).object().value(QLatin1String("expires_in")).isDouble());
}

void TestTokenRequest::scopesAreDeduplicatedAndSingleSpaced()
{
    TokenRequest request = valid();
    request.scopes = {QStringLiteral("  connect:proxy   connect:users:read "), QStringLiteral("connect:proxy"),
                      QStringLiteral("connect:users:read,connect:usage:read")};
    QVERIFY(request.isValid());
    QCOMPARE(request.normalizedScope(), QStringLiteral("connect:proxy connect:users:read connect:usage:read"));
}

void TestTokenRequest::blankOriginsAreIgnored()
{
    TokenRequest request = valid();
    request.allowedOrigins = {QString(), QStringLiteral("   ")};
    QVERIFY(request.isValid());
    QCOMPARE(request.toJson(), QByteArray("{\"external_user_id\":\"user-42\"}"));
}

void TestTokenRequest::errorsNameTheListEntry()
{
    TokenRequest request = valid();
    request.allowedOrigins = {QStringLiteral("https://a.com/x"), QStringLiteral("https://b.com"),
                              QStringLiteral("c.com")};
    const auto errors = request.validate();
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0).index, 0);
    QCOMPARE(errors.at(1).index, 2);
    QCOMPARE(tokenFieldName(errors.at(0).field), QStringLiteral("allowed_origins"));
}

void TestTokenRequest::reportsEveryProblemAtOnce()
{
    TokenRequest request;
    request.projectId = QStringLiteral("nope");
    request.environment = QStringLiteral("prod");
    request.expiresIn = QStringLiteral("0");
    request.scopes = {QStringLiteral("*")};
    const auto errors = request.validate();
    QList<TokenField> fields;
    for (const auto &error : errors)
        fields.append(error.field);
    QCOMPARE(fields, (QList<TokenField>{TokenField::ProjectId, TokenField::Environment,
                                         TokenField::ExternalUserId, TokenField::ExpiresIn,
                                         TokenField::Scope}));
}

QTEST_GUILESS_MAIN(TestTokenRequest)
#include "tst_tokenrequest.moc"
