#include "api/tokenresult.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUrlQuery>

namespace ConnectDesk {

namespace {

std::optional<TokenResult> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

bool TokenResult::isTokenFormat(const QString &token)
{
    static const QRegularExpression pattern(QStringLiteral("^ctok_[0-9a-f]{32}$"));
    return pattern.match(token).hasMatch();
}

std::optional<QDateTime> TokenResult::parseTimestamp(const QString &text)
{
    // ISO 8601 with a date and a time, with or without milliseconds; no zone means UTC.
    static const QRegularExpression pattern(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:?\\d{2})?$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    QString normalized = text;
    // Qt reads at most milliseconds; drop finer digits it would reject.
    static const QRegularExpression fraction(QStringLiteral("\\.(\\d{3})\\d+"));
    normalized.replace(fraction, QStringLiteral(".\\1"));
    QDateTime parsed = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeSpec(Qt::UTC);
    return parsed.toUTC();
}

std::optional<TokenResult> TokenResult::fromJson(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(error, tr("the response is not JSON (%1)").arg(parseError.errorString()));
    if (!document.isObject())
        return fail(error, tr("the response is not a JSON object"));
    const QJsonObject object = document.object();

    TokenResult result;
    const QJsonValue token = object.value(QLatin1String("token"));
    if (!token.isString() || !isTokenFormat(token.toString()))
        return fail(error, tr("\"token\" is missing or not of the form ctok_ + 32 hex digits"));
    result.token = token.toString();

    const QJsonValue expiresAt = object.value(QLatin1String("expires_at"));
    const auto expiry = expiresAt.isString() ? parseTimestamp(expiresAt.toString()) : std::nullopt;
    if (!expiry)
        return fail(error, tr("\"expires_at\" is missing or not an ISO 8601 date and time"));
    result.expiresAt = *expiry;

    const QJsonValue link = object.value(QLatin1String("connect_link_url"));
    const QUrl url(link.toString(), QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!link.isString() || !url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return fail(error, tr("\"connect_link_url\" is missing or not an absolute URL"));
    result.connectLinkUrl = url;
    return result;
}

bool TokenResult::isPipedreamHost(const QString &host)
{
    const QString lower = host.toLower();
    return lower == QLatin1String("pipedream.com") || lower.endsWith(QLatin1String(".pipedream.com"));
}

bool TokenResult::hasTrustedLink(const QUrl &apiUrl, QString *error) const
{
    const QString host = connectLinkUrl.host().toLower();
    const bool pipedream = isPipedreamHost(host)
                           && connectLinkUrl.scheme() == QLatin1String("https");
    const bool apiHost = !host.isEmpty() && host == apiUrl.host().toLower()
                         && connectLinkUrl.scheme() == apiUrl.scheme();
    if (!pipedream && !apiHost) {
        if (error)
            *error = tr("\"connect_link_url\" points to %1, which is neither Pipedream nor the API "
                        "server; the link was not used")
                         .arg(host.isEmpty() ? tr("no host") : host);
        return false;
    }
    if (!connectLinkUrl.userInfo().isEmpty()
        || QUrlQuery(connectLinkUrl).queryItemValue(QStringLiteral("token")) != token) {
        if (error)
            *error = tr("\"connect_link_url\" does not carry the token just created; the link "
                        "was not used");
        return false;
    }
    return true;
}

QUrl TokenResult::withQueryItem(const QUrl &url, const QString &key, const QString &value)
{
    QUrlQuery query(url);
    query.removeAllQueryItems(key);
    query.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    QUrl result = url;
    result.setQuery(query);
    return result;
}

QUrl TokenResult::connectLink(const QString &appSlug) const
{
    const QString slug = appSlug.trimmed();
    if (slug.isEmpty())
        return connectLinkUrl;
    return withQueryItem(connectLinkUrl, QStringLiteral("app"), slug);
}

QByteArray TokenResult::toJson(const QString &appSlug) const
{
    QJsonObject object;
    object.insert(QStringLiteral("token"), token);
    object.insert(QStringLiteral("expires_at"), expiresAt.toString(Qt::ISODateWithMs));
    object.insert(QStringLiteral("connect_link_url"), connectLinkUrl.toString(QUrl::FullyEncoded));
    object.insert(QStringLiteral("connect_link"), connectLink(appSlug).toString(QUrl::FullyEncoded));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace ConnectDesk
