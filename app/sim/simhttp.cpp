#include "simhttp.h"

#include <QJsonDocument>
#include <QUrl>

namespace ConnectDesk::Sim {

namespace {

QUrlQuery parsedQuery(const QByteArray &query)
{
    // '+' is a space in query strings (HTML forms, curl users); a real '+' arrives as %2B.
    QByteArray spaced = query;
    spaced.replace('+', QByteArrayLiteral("%20"));
    return QUrlQuery(QString::fromUtf8(spaced));
}

} // namespace

QString SimRequest::queryValue(const QString &key) const
{
    return parsedQuery(query).queryItemValue(key, QUrl::FullyDecoded);
}

bool SimRequest::hasQueryValue(const QString &key) const
{
    return parsedQuery(query).hasQueryItem(key);
}

QStringList SimRequest::segments() const
{
    QStringList result;
    const QList<QByteArray> parts = path.split('/');
    for (const QByteArray &part : parts) {
        if (!part.isEmpty())
            result.append(QUrl::fromPercentEncoding(part));
    }
    return result;
}

SimResponse SimResponse::json(int status, const QJsonObject &object)
{
    SimResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

SimResponse SimResponse::error(int status, const QString &message, const QString &code)
{
    QJsonObject object{{QStringLiteral("error"), message}};
    if (!code.isEmpty())
        object.insert(QStringLiteral("code"), code);
    return json(status, object);
}

SimResponse SimResponse::html(int status, const QString &html)
{
    SimResponse response;
    response.status = status;
    response.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    response.body = html.toUtf8();
    response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

SimResponse SimResponse::redirect(const QString &location)
{
    SimResponse response;
    response.status = 303;
    response.contentType.clear();
    response.addHeader(QByteArrayLiteral("Location"), location.toUtf8());
    return response;
}

SimResponse SimResponse::empty(int status)
{
    SimResponse response;
    response.status = status;
    response.contentType.clear();
    return response;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 204:
        return QByteArrayLiteral("No Content");
    case 303:
        return QByteArrayLiteral("See Other");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 410:
        return QByteArrayLiteral("Gone");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 422:
        return QByteArrayLiteral("Unprocessable Entity");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        break;
    }
    if (status >= 500)
        return QByteArrayLiteral("Server Error");
    if (status >= 400)
        return QByteArrayLiteral("Client Error");
    return QByteArrayLiteral("Status");
}

QByteArray responseHead(const SimResponse &response, qint64 contentLength, bool keepAlive)
{
    QByteArray head = QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(response.status) + ' '
                      + reasonPhrase(response.status) + "\r\n";
    head += QByteArrayLiteral("Server: ConnectDesk-Sim\r\n");
    if (!response.contentType.isEmpty())
        head += QByteArrayLiteral("Content-Type: ") + response.contentType + "\r\n";
    // RFC 9110: no Content-Length on 204.
    if (response.status != 204)
        head += QByteArrayLiteral("Content-Length: ") + QByteArray::number(contentLength) + "\r\n";
    for (const auto &header : response.headers)
        head += header.first + QByteArrayLiteral(": ") + header.second + "\r\n";
    head += keepAlive ? QByteArrayLiteral("Connection: keep-alive\r\n")
                      : QByteArrayLiteral("Connection: close\r\n");
    head += "\r\n";
    return head;
}

} // namespace ConnectDesk::Sim
