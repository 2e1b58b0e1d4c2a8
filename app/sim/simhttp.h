#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace ConnectDesk::Sim {

constexpr qint64 maxRequestBodyBytes = 1024 * 1024; // larger bodies get 413

// One request, copied out of QHttpServerRequest: the server reuses that object for the next
// request on the same connection, and delayed replies outlive it.
struct SimRequest
{
    QByteArray method;
    QByteArray path;                       // percent-encoded, as received
    QByteArray query;                      // percent-encoded, without '?'
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
    QString queryValue(const QString &key) const;
    bool hasQueryValue(const QString &key) const;
    // Decoded path segments without the leading empty one: "/v1/a%2Fb" -> {"v1", "a/b"}.
    QStringList segments() const;
};

struct SimResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
    }

    static SimResponse json(int status, const QJsonObject &object);
    // The API's error shape: {"error": message, "code"?: code}.
    static SimResponse error(int status, const QString &message, const QString &code = {});
    static SimResponse html(int status, const QString &html);
    static SimResponse redirect(const QString &location);
    static SimResponse empty(int status);
};

QByteArray reasonPhrase(int status);

// Status line and headers (ending in the blank line) for a response whose body is
// `contentLength` bytes long; Content-Length may deliberately exceed the body (truncation).
QByteArray responseHead(const SimResponse &response, qint64 contentLength, bool keepAlive);

} // namespace ConnectDesk::Sim
