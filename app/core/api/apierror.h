#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>
#include <utility>

namespace ConnectDesk {

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name); // case-insensitive

struct RateLimitInfo
{
    std::optional<qint64> limit;
    std::optional<qint64> remaining;
    std::optional<qint64> resetUnix; // X-RateLimit-Reset, Unix seconds

    bool isEmpty() const { return !limit && !remaining && !resetUnix; }
    static RateLimitInfo fromHeaders(const HttpHeaders &headers);
};

// Every way a call can fail, as one value the UI and the command line both render.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        None,
        InvalidInput,        // rejected before sending
        CredentialsRejected, // the OAuth token endpoint said no
        Http,                // any other non-2xx answer
        Contract,            // a 2xx answer that breaks the documented shape
        Network,             // no connection, DNS, refused, dropped
        Timeout,
        Tls,
        Proxy,
        TooLarge,            // response body over the cap
        Canceled,
    };

    static constexpr qsizetype maxRawBody = 4096;

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message;        // the server's own words ("error"), else the raw text, else the network error
    QString code;           // the server's "code", when present
    QJsonObject details;
    QByteArray rawBody;     // capped at maxRawBody
    std::optional<int> retryAfterSeconds;
    RateLimitInfo rateLimit;
    QUrl url;               // what was called (never carries secrets)

    bool isError() const { return kind != Kind::None; }
    QString humanMessage() const; // one sentence: what happened and what to do
    QString kindName() const;     // stable, for logs and JSON ("http", "network", ...)

    static ApiError fromHttp(int status, const HttpHeaders &headers, const QByteArray &body,
                             const QDateTime &now);
    static ApiError invalidInput(const QString &message);
    static ApiError contract(const QString &message);
    static ApiError canceled();

    // Pure helpers, exposed for tests.
    static std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &now);
    static QString extractServerMessage(const QByteArray &body, QString *code = nullptr,
                                        QJsonObject *details = nullptr);

    // Every text a server (or the network layer quoting one) provides goes through this before
    // it is shown, stored or printed: known secrets and Connect tokens masked (KnownSecrets),
    // control characters, ANSI escape sequences and bidi overrides removed, one line, at most
    // maxServerTextLength characters.
    static QString serverText(const QString &text);
    static QByteArray serverBytes(const QByteArray &body); // rawBody: masked and capped
    static constexpr qsizetype maxServerTextLength = 300;
    // The same cleaning applied to every server-provided field of this error.
    void sanitize();
};

} // namespace ConnectDesk
