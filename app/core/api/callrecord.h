#pragma once

#include "api/apierror.h"

#include <QDateTime>

namespace ConnectDesk {

// One finished call as the call log and request/response views show it. Secrets are masked
// before a record is made: it is safe to display, copy or export.
struct CallRecord
{
    QDateTime startedAt;
    QByteArray method;
    QUrl url;
    HttpHeaders requestHeaders;
    QByteArray requestBody;
    int status = 0;          // 0 when no HTTP answer arrived
    HttpHeaders responseHeaders;
    QByteArray responseBody; // capped
    qint64 durationMs = 0;   // all attempts, waits included
    int retries = 0;
    QString error;           // human message when the call failed

    static constexpr qsizetype maxBody = 64 * 1024;

    static QByteArray maskHeader(const QByteArray &name, const QByteArray &value);
    static QByteArray maskBody(const QByteArray &body); // client_secret / access_token values
};

} // namespace ConnectDesk
