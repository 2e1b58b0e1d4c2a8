#pragma once

#include "api/tokenrequest.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace ConnectDesk::CodeExport {

// What "Copy as cURL" puts around the token request.
struct CurlOptions
{
    // Prepend the POST /v1/oauth/token call that sets PIPEDREAM_ACCESS_TOKEN from
    // $PIPEDREAM_CLIENT_ID / $PIPEDREAM_CLIENT_SECRET.
    bool includeOAuthCall = false;
    QString oauthScope;        // optional "scope" of that call; empty = the server default
    // A real access token to write into the command instead of $PIPEDREAM_ACCESS_TOKEN. Only
    // after the user explicitly chose to include it; ignored with includeOAuthCall.
    QString literalAccessToken;
    QByteArray userAgent;      // sent as User-Agent when not empty (else curl's own)
};

// POSIX shell word for `text`: single quotes, embedded ones as '\''. Safe for any bytes
// (quotes, spaces, $, backticks, newlines, Unicode).
QString shellQuote(const QString &text);
// A double-quoted JSON string literal ("...", escaped like QJsonDocument) — also a valid
// TypeScript and Python string literal.
QString jsonStringLiteral(const QString &text);

// The exact request ConnectClient::createToken() sends, as a bash command. Its --data-raw
// bytes equal ConnectClient::createTokenSpec(baseUrl, request).body.
QString curlCommand(const TokenRequest &request, const QUrl &baseUrl,
                    const CurlOptions &options = {});
// The oauth/token step alone (sets PIPEDREAM_ACCESS_TOKEN), as used by curlCommand().
QString curlOAuthStep(const QUrl &baseUrl, const QString &scope = {});

// `client.tokens.create({...})` with @pipedream/sdk 3.x (camelCase names, only set fields).
QString typeScriptSnippet(const TokenRequest &request, const QUrl &baseUrl = {});
// `pd.tokens.create(...)` with the `pipedream` 2.x Python package (snake_case, only set fields).
QString pythonSnippet(const TokenRequest &request, const QUrl &baseUrl = {});

// True for https://api.pipedream.com (with or without a trailing slash): snippets then leave
// the SDK's default base URL alone.
bool isDefaultBaseUrl(const QUrl &baseUrl);

} // namespace ConnectDesk::CodeExport
