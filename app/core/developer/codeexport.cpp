#include "developer/codeexport.h"

#include "api/accesstokenprovider.h"
#include "api/connectclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ConnectDesk::CodeExport {

namespace {

// The wire fields in the order every snippet lists them.
struct FieldNames
{
    const char *wire;
    const char *camel;
};
constexpr FieldNames fieldOrder[] = {
    {"external_user_id", "externalUserId"},
    {"allowed_origins", "allowedOrigins"},
    {"success_redirect_uri", "successRedirectUri"},
    {"error_redirect_uri", "errorRedirectUri"},
    {"webhook_uri", "webhookUri"},
    {"expires_in", "expiresIn"},
    {"scope", "scope"},
    {"allow_progressive_scopes", "allowProgressiveScopes"},
    {"app_id", "appId"},
    {"oauth_app_id", "oauthAppId"},
};

enum class Language { TypeScript, Python };

QString literal(const QJsonValue &value, Language language)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        if (language == Language::Python)
            return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toInteger());
    case QJsonValue::String:
        return jsonStringLiteral(value.toString());
    case QJsonValue::Array: {
        QStringList items;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            items.append(literal(item, language));
        return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    default:
        return language == Language::Python ? QStringLiteral("None") : QStringLiteral("null");
    }
}

QString baseUrlText(const QUrl &baseUrl)
{
    QString text = baseUrl.toString(QUrl::FullyEncoded);
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

// Text for inside a double-quoted shell word: only \ " $ ` keep a special meaning there.
QString escapeForDoubleQuotes(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"') || c == QLatin1Char('$')
            || c == QLatin1Char('`'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString headerLine(const QByteArray &name, const QByteArray &value)
{
    return QStringLiteral("  --header ")
           + shellQuote(QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value));
}

} // namespace

QString shellQuote(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

QString jsonStringLiteral(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2)); // strip [ and ]
}

bool isDefaultBaseUrl(const QUrl &baseUrl)
{
    if (baseUrl.isEmpty())
        return true;
    const QUrl standard = ClientCredentials().baseUrl;
    const QString path = baseUrl.path();
    return baseUrl.scheme() == standard.scheme() && baseUrl.host() == standard.host()
           && baseUrl.port(443) == 443 && (path.isEmpty() || path == QLatin1String("/"))
           && !baseUrl.hasQuery() && !baseUrl.hasFragment();
}

QString curlOAuthStep(const QUrl &baseUrl, const QString &scope)
{
    // The same URL and body AccessTokenProvider uses; id and secret come from the environment.
    // Access tokens are JWTs (no quotes), so sed can pick the value out without jq.
    const QUrl url = baseUrl.resolved(QUrl(QStringLiteral("/v1/oauth/token")));
    QString body = QStringLiteral(
        "{\\\"grant_type\\\":\\\"client_credentials\\\","
        "\\\"client_id\\\":\\\"$PIPEDREAM_CLIENT_ID\\\","
        "\\\"client_secret\\\":\\\"$PIPEDREAM_CLIENT_SECRET\\\"");
    if (!scope.simplified().isEmpty())
        body += QStringLiteral(",\\\"scope\\\":")
                + escapeForDoubleQuotes(jsonStringLiteral(scope.simplified()));
    body += QLatin1Char('}');
    QStringList lines;
    lines << QStringLiteral("# An access token for your OAuth client "
                            "(PIPEDREAM_CLIENT_ID, PIPEDREAM_CLIENT_SECRET); it lasts about an hour.")
          << QStringLiteral("PIPEDREAM_ACCESS_TOKEN=\"$(curl --silent --show-error --request POST \\")
          << QStringLiteral("  --url ") + shellQuote(url.toString(QUrl::FullyEncoded)) + QStringLiteral(" \\")
          << QStringLiteral("  --header 'Content-Type: application/json' \\")
          << QStringLiteral("  --data-raw \"") + body + QStringLiteral("\" \\")
          << QStringLiteral("  | sed -n 's/.*\"access_token\" *: *\"\\([^\"]*\\)\".*/\\1/p')\"")
          << QStringLiteral(": \"${PIPEDREAM_ACCESS_TOKEN:?the oauth/token call returned no "
                            "access token}\"");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString curlCommand(const TokenRequest &request, const QUrl &baseUrl, const CurlOptions &options)
{
    const HttpRequestSpec spec = ConnectClient::createTokenSpec(baseUrl, request);
    const bool literalToken = !options.includeOAuthCall && !options.literalAccessToken.isEmpty();

    QStringList lines;
    if (literalToken)
        lines << QStringLiteral("# Contains a real access token: anyone with this command can act "
                                "as your OAuth client until the token expires.");
    lines << QStringLiteral("curl --request ") + QString::fromLatin1(spec.method);
    lines << QStringLiteral("  --url ") + shellQuote(spec.url.toString(QUrl::FullyEncoded));
    if (literalToken)
        lines << headerLine(QByteArrayLiteral("Authorization"),
                            QByteArrayLiteral("Bearer ") + options.literalAccessToken.toUtf8());
    else
        lines << QStringLiteral("  --header \"Authorization: Bearer $PIPEDREAM_ACCESS_TOKEN\"");
    for (const auto &[name, value] : spec.headers)
        lines << headerLine(name, value);
    if (!options.userAgent.isEmpty())
        lines << headerLine(QByteArrayLiteral("User-Agent"), options.userAgent);
    lines << QStringLiteral("  --data-raw ") + shellQuote(QString::fromUtf8(spec.body));

    const QString command = lines.join(QStringLiteral(" \\\n")) + QLatin1Char('\n');
    if (!options.includeOAuthCall)
        return command;
    return curlOAuthStep(baseUrl, options.oauthScope) + QLatin1Char('\n')
           + QStringLiteral("# The Connect token.\n") + command;
}

QString typeScriptSnippet(const TokenRequest &request, const QUrl &baseUrl)
{
    const QJsonObject body = request.toJsonObject();
    QString out;
    out += QStringLiteral("import { PipedreamClient } from \"@pipedream/sdk\";\n\n");
    out += QStringLiteral("const client = new PipedreamClient({\n"
                          "  clientId: process.env.PIPEDREAM_CLIENT_ID,\n"
                          "  clientSecret: process.env.PIPEDREAM_CLIENT_SECRET,\n");
    out += QStringLiteral("  projectId: ") + jsonStringLiteral(request.projectId.trimmed())
           + QStringLiteral(",\n");
    out += QStringLiteral("  projectEnvironment: ") + jsonStringLiteral(request.environment)
           + QStringLiteral(",\n");
    if (!isDefaultBaseUrl(baseUrl))
        out += QStringLiteral("  baseUrl: ") + jsonStringLiteral(baseUrlText(baseUrl))
               + QStringLiteral(",\n");
    out += QStringLiteral("});\n\nconst token = await client.tokens.create({\n");
    for (const FieldNames &field : fieldOrder) {
        const QString wire = QString::fromLatin1(field.wire);
        if (body.contains(wire))
            out += QStringLiteral("  ") + QLatin1String(field.camel) + QStringLiteral(": ")
                   + literal(body.value(wire), Language::TypeScript) + QStringLiteral(",\n");
    }
    out += QStringLiteral("});\n\n");
    const QString app = request.normalizedAppSlug();
    if (app.isEmpty()) {
        out += QStringLiteral("console.log(token.connectLinkUrl);\n");
    } else {
        out += QStringLiteral("// The Connect Link with the app preselected.\n"
                              "const link = new URL(token.connectLinkUrl);\n");
        out += QStringLiteral("link.searchParams.set(\"app\", ") + jsonStringLiteral(app)
               + QStringLiteral(");\n");
        out += QStringLiteral("console.log(link.toString());\n");
    }
    return out;
}

QString pythonSnippet(const TokenRequest &request, const QUrl &baseUrl)
{
    const QJsonObject body = request.toJsonObject();
    const QString app = request.normalizedAppSlug();
    QString out;
    out += QStringLiteral("import os\n");
    if (!app.isEmpty())
        out += QStringLiteral("from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit\n");
    out += QStringLiteral("\nfrom pipedream import Pipedream\n\n");
    out += QStringLiteral("pd = Pipedream(\n"
                          "    client_id=os.environ[\"PIPEDREAM_CLIENT_ID\"],\n"
                          "    client_secret=os.environ[\"PIPEDREAM_CLIENT_SECRET\"],\n");
    out += QStringLiteral("    project_id=") + jsonStringLiteral(request.projectId.trimmed())
           + QStringLiteral(",\n");
    out += QStringLiteral("    project_environment=") + jsonStringLiteral(request.environment)
           + QStringLiteral(",\n");
    if (!isDefaultBaseUrl(baseUrl))
        out += QStringLiteral("    base_url=") + jsonStringLiteral(baseUrlText(baseUrl))
               + QStringLiteral(",\n");
    out += QStringLiteral(")\n\ntoken = pd.tokens.create(\n");
    for (const FieldNames &field : fieldOrder) {
        const QString wire = QString::fromLatin1(field.wire);
        if (body.contains(wire))
            out += QStringLiteral("    ") + wire + QLatin1Char('=')
                   + literal(body.value(wire), Language::Python) + QStringLiteral(",\n");
    }
    out += QStringLiteral(")\n");
    if (app.isEmpty()) {
        out += QStringLiteral("print(token.connect_link_url)\n");
    } else {
        out += QStringLiteral("\n# The Connect Link with the app preselected.\n"
                              "parts = urlsplit(token.connect_link_url)\n"
                              "query = dict(parse_qsl(parts.query))\n");
        out += QStringLiteral("query[\"app\"] = ") + jsonStringLiteral(app) + QLatin1Char('\n');
        out += QStringLiteral("print(urlunsplit(parts._replace(query=urlencode(query))))\n");
    }
    return out;
}

} // namespace ConnectDesk::CodeExport
