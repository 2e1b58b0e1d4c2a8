#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

namespace ConnectDesk {

// A checked 200 response of POST /v1/connect/{project_id}/tokens. A response that breaks the
// contract is an error, never a half-filled result.
struct TokenResult
{
    Q_DECLARE_TR_FUNCTIONS(TokenResult)
public:
    QString token;        // ctok_ + 32 hex digits
    QDateTime expiresAt;  // UTC
    QUrl connectLinkUrl;  // as returned, without app=

    static std::optional<TokenResult> fromJson(const QByteArray &body, QString *error = nullptr);
    QByteArray toJson(const QString &appSlug) const; // the CLI's --json shape

    // The link to hand to the customer: connectLinkUrl with app=<slug> set (replaced, never
    // duplicated). An empty slug leaves the link as returned.
    QUrl connectLink(const QString &appSlug) const;

    qint64 secondsLeft(const QDateTime &now) const { return now.secsTo(expiresAt); }
    bool isExpired(const QDateTime &now) const { return secondsLeft(now) <= 0; }

    // The link may go to a customer only when it points at Pipedream (https on pipedream.com or
    // a subdomain) or at the API's own host (the sandbox, test servers), and carries this
    // result's token. False with a sentence in `error` otherwise.
    bool hasTrustedLink(const QUrl &apiUrl, QString *error = nullptr) const;
    static bool isPipedreamHost(const QString &host);

    static bool isTokenFormat(const QString &token);
    static std::optional<QDateTime> parseTimestamp(const QString &text);
    static QUrl withQueryItem(const QUrl &url, const QString &key, const QString &value);

    bool operator==(const TokenResult &) const = default;
};

} // namespace ConnectDesk
