#include "api/accesstokenprovider.h"
#include "api/connectclient.h"
#include "api/tokenresult.h"
#include "base/clock.h"
#include "connectsimulator.h"
#include "developer/codeexport.h"
#include "simulatedapi.h"
#include "tst_codeexport_data.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ConnectDesk;
using namespace ConnectDesk::Sim;

Q_DECLARE_METATYPE(ConnectDesk::TokenRequest)

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

TokenRequest minimalRequest()
{
    TokenRequest r;
    r.projectId = QStringLiteral("proj_abc123");
    r.environment = QStringLiteral("production");
    r.externalUserId = QStringLiteral("jane@example.com");
    return r;
}

TokenRequest quotesRequest()
{
    TokenRequest r;
    r.projectId = QStringLiteral("proj_abc123");
    r.environment = QStringLiteral("development");
    r.externalUserId = u8("o'brien \"$HOME\" `id` & more");
    return r;
}

TokenRequest everyFieldRequest()
{
    TokenRequest r;
    r.projectId = QStringLiteral("proj_abc123");
    r.environment = QStringLiteral("development");
    r.externalUserId = u8("user ü 😀 ユーザー");
    r.allowedOrigins = {QStringLiteral("https://app.example.com"),
                        QStringLiteral("http://localhost:3000")};
    r.successRedirectUri = QStringLiteral("https://app.example.com/done?msg=line1%0Aline2&name=O%27Brien");
    r.errorRedirectUri = QStringLiteral("https://app.example.com/error?who=%27%24HOME%27&cmd=%60id%60");
    r.webhookUri = QStringLiteral("https://hooks.example.com/pd?sig=%22x%22%20y");
    r.expiresIn = QStringLiteral("7200");
    r.scopes = {QStringLiteral("connect:accounts:read connect:tokens:create")};
    r.allowProgressiveScopes = true;
    r.appSlug = QStringLiteral("slack");
    return r;
}

struct ProcessResult
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs a program without blocking the event loop, so the in-process simulator keeps serving.
ProcessResult run(const QString &program, const QStringList &arguments,
                  const QProcessEnvironment &environment, const QString &workingDirectory = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    process.closeWriteChannel();
    ProcessResult result;
    result.finished = finished.wait(30000);
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList names{QStringLiteral("PIPEDREAM_ACCESS_TOKEN"),
                            QStringLiteral("PIPEDREAM_CLIENT_ID"),
                            QStringLiteral("PIPEDREAM_CLIENT_SECRET"),
                            QStringLiteral("PIPEDREAM_BASE_URL")};
    for (const QString &name : names)
        env.remove(name);
    return env;
}

QJsonObject camelToWire(const QJsonObject &camel)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("externalUserId"), QStringLiteral("external_user_id")},
        {QStringLiteral("allowedOrigins"), QStringLiteral("allowed_origins")},
        {QStringLiteral("successRedirectUri"), QStringLiteral("success_redirect_uri")},
        {QStringLiteral("errorRedirectUri"), QStringLiteral("error_redirect_uri")},
        {QStringLiteral("webhookUri"), QStringLiteral("webhook_uri")},
        {QStringLiteral("expiresIn"), QStringLiteral("expires_in")},
        {QStringLiteral("scope"), QStringLiteral("scope")},
        {QStringLiteral("allowProgressiveScopes"), QStringLiteral("allow_progressive_scopes")},
        {QStringLiteral("appId"), QStringLiteral("app_id")},
        {QStringLiteral("oauthAppId"), QStringLiteral("oauth_app_id")},
    };
    QJsonObject wire;
    for (auto it = camel.begin(); it != camel.end(); ++it)
        wire.insert(names.value(it.key(), QStringLiteral("UNKNOWN:") + it.key()), it.value());
    return wire;
}

} // namespace

// Code export: exact snippets for awkward inputs, real interpreters parsing them (against fake
// SDK modules that echo their arguments), and the copied cURL run against the simulator.
class TestCodeExport final : public QObject
{
    Q_OBJECT

private:
    struct Fixture : Testing::SimulatedApi<>
    {
        bool start() const { return listening; }

        QString accessToken()
        {
            QString token;
            bool done = false;
            QObject context;
            provider.withToken(&context, [&](const QString &value, const ApiError &) {
                token = value;
                done = true;
            });
            if (!QTest::qWaitFor([&done] { return done; }, 10000))
                return {};
            return token;
        }

        std::optional<ReceivedRequest> lastTokenRequest() const
        {
            const QList<ReceivedRequest> received = sim.receivedRequests();
            for (auto it = received.crbegin(); it != received.crend(); ++it) {
                if (it->path.endsWith("/tokens") && it->method == "POST")
                    return *it;
            }
            return std::nullopt;
        }
    };

    static TokenRequest forSimulator(TokenRequest request)
    {
        request.projectId = SandboxCredentials::projectId();
        return request;
    }

    void addSimulatorRows()
    {
        QTest::addColumn<TokenRequest>("request");
        QTest::newRow("minimal") << forSimulator(minimalRequest());
        QTest::newRow("quotes, $HOME, backticks") << forSimulator(quotesRequest());
        QTest::newRow("every field, Unicode, encoded newline") << forSimulator(everyFieldRequest());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(everyFieldRequest().isValid());
        QVERIFY(quotesRequest().isValid());
    }

    void shellQuote_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u8("abc") << u8("'abc'");
        QTest::newRow("empty") << QString() << u8("''");
        QTest::newRow("single quote") << u8("it's") << u8("'it'\\''s'");
        QTest::newRow("only quotes") << u8("''") << u8("''\\'''\\'''");
        QTest::newRow("double quotes") << u8("say \"hi\"") << u8("'say \"hi\"'");
        QTest::newRow("spaces") << u8("a b  c") << u8("'a b  c'");
        QTest::newRow("$HOME") << u8("$HOME ${HOME}") << u8("'$HOME ${HOME}'");
        QTest::newRow("backticks") << u8("`id` $(id)") << u8("'`id` $(id)'");
        QTest::newRow("backslash") << u8("a\\nb\\") << u8("'a\\nb\\'");
        QTest::newRow("newline") << u8("line1\nline2") << u8("'line1\nline2'");
        QTest::newRow("unicode") << u8("ü 😀 ユーザー") << u8("'ü 😀 ユーザー'");
        QTest::newRow("glob and history") << u8("*?[a]!~") << u8("'*?[a]!~'");
    }

    void shellQuote()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const QString quoted = CodeExport::shellQuote(input);
        QCOMPARE(quoted, expected);
        // What bash makes of it: the very same bytes.
        const ProcessResult result =
            run(QStringLiteral("bash"),
                {QStringLiteral("-c"), QStringLiteral("printf %s ") + quoted}, cleanEnvironment());
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, input.toUtf8());
    }

    void jsonStringLiteral_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u8("abc") << u8("\"abc\"");
        QTest::newRow("quotes") << u8("o'brien \"x\"") << u8("\"o'brien \\\"x\\\"\"");
        QTest::newRow("backslash") << u8("a\\b") << u8("\"a\\\\b\"");
        QTest::newRow("newline and tab") << u8("a\nb\tc") << u8("\"a\\nb\\tc\"");
        QTest::newRow("dollar and backtick") << u8("$HOME `id`") << u8("\"$HOME `id`\"");
        QTest::newRow("unicode") << u8("ü 😀") << u8("\"ü 😀\"");
    }

    void jsonStringLiteral()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const QString literal = CodeExport::jsonStringLiteral(input);
        QCOMPARE(literal, expected);
        const QJsonDocument parsed =
            QJsonDocument::fromJson(QByteArray('[' + literal.toUtf8() + ']'));
        QCOMPARE(parsed.array().at(0).toString(), input);
    }

    void snippets_data()
    {
        QTest::addColumn<TokenRequest>("request");
        QTest::addColumn<QUrl>("baseUrl");
        QTest::addColumn<QString>("curl");
        QTest::addColumn<QString>("typeScript");
        QTest::addColumn<QString>("python");

        const auto add = [](const char *name, const TokenRequest &request, const QUrl &baseUrl,
                            const CodeExportTestData::Expected &expected) {
            QTest::newRow(name) << request << baseUrl << expected.curl << expected.typeScript
                                << expected.python;
        };
        add("minimal, default server", minimalRequest(),
            QUrl(QStringLiteral("https://api.pipedream.com")), CodeExportTestData::minimal());
        add("quotes, $HOME and backticks", quotesRequest(),
            QUrl(QStringLiteral("https://api.pipedream.com/")), CodeExportTestData::quotes());
        add("every field, Unicode, encoded newline, local server", everyFieldRequest(),
            QUrl(QStringLiteral("http://127.0.0.1:8123/")), CodeExportTestData::everyField());
        // Not valid (a raw newline), but a snippet must still quote it safely.
        TokenRequest newline = minimalRequest();
        newline.externalUserId = u8("two\nlines 'q'");
        add("raw newline in the user ID", newline, QUrl(), CodeExportTestData::newline());
    }

    void snippets()
    {
        QFETCH(TokenRequest, request);
        QFETCH(QUrl, baseUrl);
        QFETCH(QString, curl);
        QFETCH(QString, typeScript);
        QFETCH(QString, python);
        QCOMPARE(CodeExport::curlCommand(request, baseUrl), curl);
        QCOMPARE(CodeExport::typeScriptSnippet(request, baseUrl), typeScript);
        QCOMPARE(CodeExport::pythonSnippet(request, baseUrl), python);
        // The --data-raw bytes are exactly what ConnectClient sends.
        const QByteArray body = ConnectClient::createTokenSpec(baseUrl, request).body;
        QVERIFY(curl.contains(QStringLiteral("--data-raw ")
                              + CodeExport::shellQuote(QString::fromUtf8(body))));
    }

    void onlySetFieldsAppear()
    {
        const QString ts = CodeExport::typeScriptSnippet(minimalRequest());
        const QString py = CodeExport::pythonSnippet(minimalRequest());
        for (const char *name : {"allowedOrigins", "expiresIn", "scope:", "webhookUri",
                                 "allowProgressiveScopes", "baseUrl"})
            QVERIFY2(!ts.contains(QLatin1String(name)), name);
        for (const char *name : {"allowed_origins", "expires_in", "scope=", "webhook_uri",
                                 "allow_progressive_scopes", "base_url"})
            QVERIFY2(!py.contains(QLatin1String(name)), name);
    }

    void literalTokenOnlyWhenAsked()
    {
        const TokenRequest request = minimalRequest();
        const QUrl base(QStringLiteral("https://api.pipedream.com"));
        QVERIFY(!CodeExport::curlCommand(request, base).contains(QLatin1String("real access")));
        CodeExport::CurlOptions options;
        options.literalAccessToken = QStringLiteral("eyJ.secret'token");
        const QString withToken = CodeExport::curlCommand(request, base, options);
        QVERIFY(withToken.startsWith(QLatin1String("# Contains a real access token")));
        QVERIFY(withToken.contains(QLatin1String("--header 'Authorization: Bearer eyJ.secret'\\''token'")));
        QVERIFY(!withToken.contains(QLatin1String("$PIPEDREAM_ACCESS_TOKEN")));
        // The oauth/token step wins: a literal token is never written next to it.
        options.includeOAuthCall = true;
        const QString withOAuth = CodeExport::curlCommand(request, base, options);
        QVERIFY(!withOAuth.contains(QLatin1String("eyJ.secret")));
        QVERIFY(withOAuth.contains(QLatin1String("$PIPEDREAM_CLIENT_SECRET")));
        QVERIFY(withOAuth.contains(QLatin1String("https://api.pipedream.com/v1/oauth/token")));
        options.userAgent = QByteArrayLiteral("ConnectDesk/0.1.0 (test)");
        QVERIFY(CodeExport::curlCommand(request, base, options)
                    .contains(QLatin1String("--header 'User-Agent: ConnectDesk/0.1.0 (test)'")));
    }

    void pythonRunsWithFakeSdk_data() { addSimulatorRows(); }
    void pythonRunsWithFakeSdk()
    {
        QFETCH(TokenRequest, request);
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        QVERIFY2(!python.isEmpty(), "python3 is missing (.ci/setup-deps installs it)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("pipedream")));
        QFile fake(dir.filePath(QStringLiteral("pipedream/__init__.py")));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write(CodeExportTestData::fakePythonSdk());
        fake.close();
        QFile script(dir.filePath(QStringLiteral("snippet.py")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        const QUrl base(QStringLiteral("http://127.0.0.1:9"));
        script.write(CodeExport::pythonSnippet(request, base).toUtf8());
        script.close();

        QProcessEnvironment env = cleanEnvironment();
        env.insert(QStringLiteral("PIPEDREAM_CLIENT_ID"), QStringLiteral("id-from-env"));
        env.insert(QStringLiteral("PIPEDREAM_CLIENT_SECRET"), QStringLiteral("secret-from-env"));
        env.insert(QStringLiteral("PYTHONIOENCODING"), QStringLiteral("utf-8"));
        const ProcessResult result = run(python, {QStringLiteral("snippet.py")}, env, dir.path());
        QVERIFY(result.finished);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QList<QByteArray> lines = result.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject call = QJsonDocument::fromJson(lines.at(0)).object();
        const QJsonObject client = call.value(QLatin1String("client")).toObject();
        QCOMPARE(client.value(QLatin1String("client_id")).toString(), QStringLiteral("id-from-env"));
        QCOMPARE(client.value(QLatin1String("client_secret")).toString(),
                 QStringLiteral("secret-from-env"));
        QCOMPARE(client.value(QLatin1String("project_id")).toString(), request.projectId);
        QCOMPARE(client.value(QLatin1String("project_environment")).toString(), request.environment);
        QCOMPARE(client.value(QLatin1String("base_url")).toString(), QStringLiteral("http://127.0.0.1:9"));
        // Python's keyword arguments are the wire fields, value for value.
        QCOMPARE(call.value(QLatin1String("create")).toObject(), request.toJsonObject());
        const QString link = QString::fromUtf8(lines.at(1));
        if (request.appSlug.isEmpty()) {
            QVERIFY(link.endsWith(QLatin1String("app=old")));
        } else {
            QVERIFY(link.contains(QLatin1String("app=") + request.appSlug));
            QCOMPARE(link.count(QLatin1String("app=")), 1);
        }
    }

    void typeScriptRunsWithFakeSdk_data() { addSimulatorRows(); }
    void typeScriptRunsWithFakeSdk()
    {
        QFETCH(TokenRequest, request);
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        QVERIFY2(!node.isEmpty(), "node is missing (.ci/setup-deps installs nodejs)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString package = QStringLiteral("node_modules/@pipedream/sdk");
        QVERIFY(QDir(dir.path()).mkpath(package));
        QFile manifest(dir.filePath(package + QStringLiteral("/package.json")));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write(R"({"name": "@pipedream/sdk", "version": "3.0.0", "type": "module", "main": "index.js"})");
        manifest.close();
        QFile fake(dir.filePath(package + QStringLiteral("/index.js")));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write(CodeExportTestData::fakeNodeSdk());
        fake.close();
        QFile script(dir.filePath(QStringLiteral("snippet.mjs")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(CodeExport::typeScriptSnippet(request, QUrl(QStringLiteral("http://127.0.0.1:9")))
                         .toUtf8());
        script.close();

        QProcessEnvironment env = cleanEnvironment();
        env.insert(QStringLiteral("PIPEDREAM_CLIENT_ID"), QStringLiteral("id-from-env"));
        env.insert(QStringLiteral("PIPEDREAM_CLIENT_SECRET"), QStringLiteral("secret-from-env"));
        const ProcessResult result = run(node, {QStringLiteral("snippet.mjs")}, env, dir.path());
        QVERIFY(result.finished);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QList<QByteArray> lines = result.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject call = QJsonDocument::fromJson(lines.at(0)).object();
        const QJsonObject client = call.value(QLatin1String("client")).toObject();
        QCOMPARE(client.value(QLatin1String("clientId")).toString(), QStringLiteral("id-from-env"));
        QCOMPARE(client.value(QLatin1String("clientSecret")).toString(), QStringLiteral("secret-from-env"));
        QCOMPARE(client.value(QLatin1String("projectId")).toString(), request.projectId);
        QCOMPARE(client.value(QLatin1String("projectEnvironment")).toString(), request.environment);
        QCOMPARE(client.value(QLatin1String("baseUrl")).toString(), QStringLiteral("http://127.0.0.1:9"));
        // camelCase names, and the values the wire would carry.
        QCOMPARE(camelToWire(call.value(QLatin1String("create")).toObject()), request.toJsonObject());
        const QString link = QString::fromUtf8(lines.at(1));
        if (!request.appSlug.isEmpty()) {
            QVERIFY(link.contains(QLatin1String("app=") + request.appSlug));
            QCOMPARE(link.count(QLatin1String("app=")), 1);
        }
    }

    void curlRunsAgainstSimulator_data() { addSimulatorRows(); }
    void curlRunsAgainstSimulator()
    {
        QFETCH(TokenRequest, request);
        Fixture f;
        QVERIFY(f.start());
        const QString accessToken = f.accessToken();
        QVERIFY(!accessToken.isEmpty());

        const QString command = CodeExport::curlCommand(request, f.sim.baseUrl());
        QVERIFY(!command.contains(accessToken));
        QProcessEnvironment env = cleanEnvironment();
        env.insert(QStringLiteral("PIPEDREAM_ACCESS_TOKEN"), accessToken);
        const ProcessResult result =
            run(QStringLiteral("bash"), {QStringLiteral("-c"), command}, env);
        QVERIFY(result.finished);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QString problem;
        const auto token = TokenResult::fromJson(result.out, &problem);
        QVERIFY2(token.has_value(), qPrintable(problem + QLatin1Char(' ') + QString::fromUtf8(result.out)));

        const auto received = f.lastTokenRequest();
        QVERIFY(received.has_value());
        const HttpRequestSpec spec = ConnectClient::createTokenSpec(f.sim.baseUrl(), request);
        QCOMPARE(received->body, spec.body);
        QCOMPARE(received->path, spec.url.path(QUrl::FullyEncoded).toUtf8());
        QCOMPARE(received->headers.value("authorization"), "Bearer " + accessToken.toUtf8());
        QCOMPARE(received->headers.value("x-pd-environment"), request.environment.toUtf8());
        QCOMPARE(received->headers.value("content-type"), QByteArray("application/json"));
    }

    void curlWithOAuthStepRunsAgainstSimulator()
    {
        Fixture f;
        QVERIFY(f.start());
        const TokenRequest request = forSimulator(everyFieldRequest());
        CodeExport::CurlOptions options;
        options.includeOAuthCall = true;
        options.oauthScope = QStringLiteral("connect:tokens:create");
        const QString command = CodeExport::curlCommand(request, f.sim.baseUrl(), options);
        QVERIFY(!command.contains(SandboxCredentials::clientSecret()));

        QProcessEnvironment env = cleanEnvironment();
        env.insert(QStringLiteral("PIPEDREAM_CLIENT_ID"), SandboxCredentials::clientId());
        env.insert(QStringLiteral("PIPEDREAM_CLIENT_SECRET"), SandboxCredentials::clientSecret());
        const ProcessResult result =
            run(QStringLiteral("bash"), {QStringLiteral("-c"), command}, env);
        QVERIFY(result.finished);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(TokenResult::fromJson(result.out).has_value(), result.out.constData());
        QCOMPARE(f.sim.requestCount(QStringLiteral("/oauth/token")), 1);
        const auto received = f.lastTokenRequest();
        QVERIFY(received.has_value());
        QCOMPARE(received->body, ConnectClient::createTokenSpec(f.sim.baseUrl(), request).body);

        // Wrong secret: the script stops with a message instead of sending "Bearer ".
        env.insert(QStringLiteral("PIPEDREAM_CLIENT_SECRET"), QStringLiteral("wrong"));
        const ProcessResult refused =
            run(QStringLiteral("bash"), {QStringLiteral("-c"), command}, env);
        QVERIFY(refused.finished);
        QVERIFY(refused.exitCode != 0);
        QVERIFY(refused.err.contains("no access token"));
        QCOMPARE(f.sim.requestCount(QStringLiteral("/tokens")), 1);
    }

    void curlWithLiteralTokenRunsAgainstSimulator()
    {
        Fixture f;
        QVERIFY(f.start());
        CodeExport::CurlOptions options;
        options.literalAccessToken = f.accessToken();
        const QString command =
            CodeExport::curlCommand(forSimulator(quotesRequest()), f.sim.baseUrl(), options);
        const ProcessResult result =
            run(QStringLiteral("bash"), {QStringLiteral("-c"), command}, cleanEnvironment());
        QVERIFY(result.finished);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(TokenResult::fromJson(result.out).has_value(), result.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCodeExport)
#include "tst_codeexport.moc"
