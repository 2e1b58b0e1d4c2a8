#include "api/urlrules.h"

#include <QHostAddress>
#include <QUrl>

namespace ConnectDesk {

namespace {

bool isHttpScheme(const QString &scheme)
{
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

QString fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return {};
}

} // namespace

QString UrlRules::normalizeOrigin(const QString &input, QString *error)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return fail(error, tr("The origin is empty."));
    if (text.contains(QLatin1Char('*')))
        return fail(error, tr("Wildcards are not allowed; list each origin."));
    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
    if (schemeEnd <= 0)
        return fail(error, tr("Start the origin with http:// or https://."));
    if (!isHttpScheme(text.left(schemeEnd).toLower()))
        return fail(error, tr("Only http:// and https:// origins are allowed."));

    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        // Not QUrl::errorString(): it quotes parser internals ("source was ...; scheme = ...").
        return fail(error, tr("This is not a valid origin: check the host name and port, for "
                              "example https://app.example.com:8443."));
    if (!url.userInfo().isEmpty() || text.section(QLatin1String("://"), 1).section(QLatin1Char('/'), 0, 0).contains(QLatin1Char('@')))
        return fail(error, tr("An origin cannot contain a user name or password."));
    if (url.hasQuery())
        return fail(error, tr("An origin cannot contain a query (\"?...\")."));
    if (url.hasFragment())
        return fail(error, tr("An origin cannot contain a fragment (\"#...\")."));
    const QString path = url.path(QUrl::FullyEncoded);
    if (!path.isEmpty() && path != QLatin1String("/"))
        return fail(error, tr("An origin has no path: use scheme://host[:port] only."));

    const QString scheme = url.scheme().toLower();
    QString host = url.host(QUrl::FullyEncoded).toLower();
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']'); // IPv6 literal
    QString origin = scheme + QLatin1String("://") + host;
    const int port = url.port();
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    if (port != -1 && port != defaultPort)
        origin += QLatin1Char(':') + QString::number(port);
    return origin;
}

QString UrlRules::normalizeHttpUrl(const QString &input, QString *error)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return fail(error, tr("The URL is empty."));
    if (text.contains(QLatin1Char(' ')))
        return fail(error, tr("A URL cannot contain spaces; encode them as %20."));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return fail(error, tr("This is not a valid URL: check the host name, port and "
                              "characters, for example https://app.example.com/done."));
    if (url.isRelative() || !isHttpScheme(url.scheme().toLower()))
        return fail(error, tr("Use an absolute URL starting with http:// or https://."));
    if (url.host().isEmpty())
        return fail(error, tr("The URL has no host name."));
    return text;
}

QString UrlRules::loopbackHost(const QString &input)
{
    const QUrl url(input.trimmed(), QUrl::StrictMode);
    const QString host = url.host().toLower();
    if (!url.isValid() || host.isEmpty())
        return {};
    const QHostAddress address(host);
    const bool loopback = host == QLatin1String("localhost")
                          || host.endsWith(QLatin1String(".localhost"))
                          || (!address.isNull()
                              && (address.isLoopback() || address == QHostAddress::AnyIPv4
                                  || address == QHostAddress::AnyIPv6));
    return loopback ? host : QString();
}

} // namespace ConnectDesk
