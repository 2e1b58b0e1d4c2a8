#include "api/apierror.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace ConnectDesk {

namespace {

constexpr qsizetype maxMessageLength = 300;

QString capped(QString text)
{
    text = text.simplified();
    if (text.size() > maxMessageLength)
        text = text.left(maxMessageLength - 1) + QChar(0x2026);
    return text;
}

std::optional<qint64> headerNumber(const HttpHeaders &headers, QByteArrayView name)
{
    bool ok = false;
    const qint64 value = headerValue(headers, name).trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

QString htmlTitle(const QString &html)
{
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
                                          QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::DotMatchesEverythingOption);
    const auto match = title.match(html);
    if (match.hasMatch())
        return match.captured(1);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    return QString(html).remove(tags);
}

} // namespace

QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

RateLimitInfo RateLimitInfo::fromHeaders(const HttpHeaders &headers)
{
    return {headerNumber(headers, "x-ratelimit-limit"),
            headerNumber(headers, "x-ratelimit-remaining"),
            headerNumber(headers, "x-ratelimit-reset")};
}

std::optional<int> ApiError::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<int>(int(std::min<qint64>(seconds, 86400)));
    // An HTTP date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(text),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    return int(std::clamp<qint64>(now.secsTo(when), 0, 86400));
}

QString ApiError::extractServerMessage(const QByteArray &body, QString *code, QJsonObject *details)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return {};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject object = document.object();
        if (code)
            *code = object.value(QLatin1String("code")).toVariant().toString();
        if (details)
            *details = object.value(QLatin1String("details")).toObject();
        const QJsonValue error = object.value(QLatin1String("error"));
        if (error.isString())
            return capped(error.toString());
        if (error.isObject()) { // {"error": {"message": ...}} from some proxies
            const QString nested = error.toObject().value(QLatin1String("message")).toString();
            if (!nested.isEmpty())
                return capped(nested);
        }
        const QString message = object.value(QLatin1String("message")).toString();
        if (!message.isEmpty())
            return capped(message);
        const QString description = object.value(QLatin1String("error_description")).toString();
        if (!description.isEmpty())
            return capped(description);
        return capped(QString::fromUtf8(trimmed));
    }
    const QString text = QString::fromUtf8(trimmed);
    if (text.startsWith(QLatin1Char('<')))
        return capped(htmlTitle(text));
    return capped(text);
}

ApiError ApiError::fromHttp(int status, const HttpHeaders &headers, const QByteArray &body,
                            const QDateTime &now)
{
    ApiError error;
    error.kind = Kind::Http;
    error.httpStatus = status;
    error.rawBody = body.left(maxRawBody);
    error.message = extractServerMessage(body, &error.code, &error.details);
    error.rateLimit = RateLimitInfo::fromHeaders(headers);
    error.retryAfterSeconds = parseRetryAfter(headerValue(headers, "retry-after"), now);
    return error;
}

ApiError ApiError::invalidInput(const QString &message)
{
    ApiError error;
    error.kind = Kind::InvalidInput;
    error.message = message;
    return error;
}

ApiError ApiError::contract(const QString &message)
{
    ApiError error;
    error.kind = Kind::Contract;
    error.message = message;
    return error;
}

ApiError ApiError::canceled()
{
    ApiError error;
    error.kind = Kind::Canceled;
    error.message = tr("Canceled.");
    return error;
}

QString ApiError::kindName() const
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::InvalidInput: return QStringLiteral("invalid_input");
    case Kind::CredentialsRejected: return QStringLiteral("credentials_rejected");
    case Kind::Http: return QStringLiteral("http");
    case Kind::Contract: return QStringLiteral("contract");
    case Kind::Network: return QStringLiteral("network");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::Proxy: return QStringLiteral("proxy");
    case Kind::TooLarge: return QStringLiteral("too_large");
    case Kind::Canceled: return QStringLiteral("canceled");
    }
    return {};
}

QString ApiError::humanMessage() const
{
    const QString host = url.host().isEmpty() ? tr("the server") : url.host();
    const QString said = message.isEmpty() ? QString() : tr(" The server said: \"%1\".").arg(message);
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::InvalidInput:
        return message;
    case Kind::Canceled:
        return tr("Canceled.");
    case Kind::CredentialsRejected:
        return tr("Client ID or secret rejected (HTTP %1).%2 Check the OAuth client in Pipedream's "
                  "API settings; if the secret was rotated, enter the new one.")
            .arg(httpStatus)
            .arg(said);
    case Kind::Contract:
        return tr("The server's answer does not match the Connect API: %1. Nothing was created "
                  "that you can use; try again, and report it if it persists.")
            .arg(message);
    case Kind::Network:
        return tr("Could not reach %1: %2. Check the internet connection, VPN or proxy.")
            .arg(host, message);
    case Kind::Timeout:
        return tr("%1 did not answer in time. Check the connection and try again.").arg(host);
    case Kind::Tls:
        return tr("The secure connection to %1 failed: %2. ConnectDesk never ignores certificate "
                  "errors; check the system clock, proxy or corporate TLS inspection.")
            .arg(host, message);
    case Kind::Proxy:
        return tr("The proxy failed: %1. Check the system proxy settings.").arg(message);
    case Kind::TooLarge:
        return tr("The answer from %1 was larger than 1 MiB and was cut off.").arg(host);
    case Kind::Http:
        break;
    }
    switch (httpStatus) {
    case 400:
    case 422:
        return tr("The server rejected the request (HTTP %1).%2 Check the fields and try again.")
            .arg(httpStatus)
            .arg(said);
    case 401:
        return tr("Not authorised (HTTP 401).%1 The access token was refused even after a fresh "
                  "one was fetched; check the client ID and secret.")
            .arg(said);
    case 403:
        // The server's own reason (a development project's user limit, say) is the whole story;
        // a guess next to it would mislead.
        if (!message.isEmpty())
            return tr("Forbidden (HTTP 403).%1").arg(said);
        return tr("Forbidden (HTTP 403). The OAuth client may not have access to this project or "
                  "environment, or its access-token scope is too narrow.");
    case 404:
        return tr("Not found (HTTP 404).%1 Check the project ID and the environment.").arg(said);
    case 408:
        return tr("The server timed out (HTTP 408).%1 Try again.").arg(said);
    case 429:
        if (retryAfterSeconds) // "Retry-After: 0" still means a moment, never "0 seconds"
            return tr("Rate limited (HTTP 429).%1 Try again in %n second(s).", nullptr,
                      std::max(1, *retryAfterSeconds))
                .arg(said);
        return tr("Rate limited (HTTP 429).%1 Wait a minute and try again.").arg(said);
    default:
        if (httpStatus >= 300 && httpStatus < 400)
            return tr("The server answered with a redirect (HTTP %1).%2 ConnectDesk never follows "
                      "redirects (they could carry the credentials elsewhere); check the API base "
                      "URL.")
                .arg(httpStatus)
                .arg(said);
        if (httpStatus >= 500)
            return tr("Pipedream had a problem (HTTP %1).%2 Try again in a moment.")
                .arg(httpStatus)
                .arg(said);
        return tr("The request failed (HTTP %1).%2").arg(httpStatus).arg(said);
    }
}

} // namespace ConnectDesk
