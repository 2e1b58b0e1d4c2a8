#include "simfaults.h"

#include <QJsonValue>

#include <cmath>

namespace ConnectDesk::Sim {

void SimFaultQueue::enqueue(const Fault &fault)
{
    if (fault.count == 0)
        return;
    m_faults.append(fault);
}

std::optional<Fault> SimFaultQueue::take(const QByteArray &path)
{
    const QString decodedPath = QString::fromUtf8(path);
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &fault = m_faults[i];
        if (!fault.pathContains.isEmpty() && !decodedPath.contains(fault.pathContains))
            continue;
        const Fault hit = fault;
        if (fault.count > 0 && --fault.count == 0)
            m_faults.removeAt(i);
        return hit;
    }
    return std::nullopt;
}

namespace Faults {

namespace {

struct KindName
{
    FaultKind kind;
    const char *name;
};

constexpr KindName kindNames[] = {
    {FaultKind::HttpStatus, "http_status"},
    {FaultKind::RateLimited, "rate_limited"},
    {FaultKind::Unauthorized, "unauthorized"},
    {FaultKind::ServerError, "server_error"},
    {FaultKind::HtmlErrorPage, "html_error_page"},
    {FaultKind::TruncatedBody, "truncated_body"},
    {FaultKind::ContractBreakingBody, "contract_breaking_body"},
    {FaultKind::SlowReply, "slow_reply"},
    {FaultKind::DropConnection, "drop_connection"},
};

// A 200 body that breaks the contract of the endpoint it answers for.
QByteArray contractBreakingBody(const QByteArray &path)
{
    if (path.contains("/oauth/token"))
        return QByteArrayLiteral(R"({"access_token":12345,"token_type":"Bearer"})");
    if (path.contains("/validate"))
        return QByteArrayLiteral(R"({"success":"maybe"})");
    if (path.contains("/tokens"))
        return QByteArrayLiteral(R"({"token":"abc","expires_at":"not-a-date"})");
    if (path.contains("/apps"))
        return QByteArrayLiteral(R"({"data":"not-a-list","page_info":null})");
    if (path.contains("/accounts") || path.contains("/users"))
        return QByteArrayLiteral(R"({"data":[{"id":42}],"page_info":{"count":"one"}})");
    return QByteArrayLiteral(R"(["unexpected","array"])");
}

QString htmlErrorPage(int status)
{
    const QString title = QStringLiteral("%1 %2").arg(status).arg(
        QString::fromLatin1(reasonPhrase(status)));
    return QStringLiteral("<html>\r\n<head><title>%1</title></head>\r\n<body>\r\n"
                          "<center><h1>%1</h1></center>\r\n<hr><center>nginx</center>\r\n"
                          "</body>\r\n</html>\r\n")
        .arg(title);
}

int intField(const QJsonObject &object, const QString &key, int fallback, bool *ok)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::floor(number) != number || std::abs(number) > 1e9) {
        *ok = false;
        return fallback;
    }
    return static_cast<int>(number);
}

} // namespace

QString kindName(FaultKind kind)
{
    for (const KindName &entry : kindNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<FaultKind> kindFromName(const QString &name)
{
    for (const KindName &entry : kindNames) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

std::optional<Fault> fromJson(const QJsonObject &object, QString *error)
{
    const auto kind = kindFromName(object.value(QStringLiteral("kind")).toString());
    if (!kind) {
        *error = QStringLiteral("kind must be one of http_status, rate_limited, unauthorized, "
                                "server_error, html_error_page, truncated_body, "
                                "contract_breaking_body, slow_reply, drop_connection");
        return std::nullopt;
    }
    Fault fault;
    fault.kind = *kind;
    bool ok = true;
    fault.pathContains = object.value(QStringLiteral("path_contains")).toString();
    fault.message = object.value(QStringLiteral("message")).toString();
    fault.count = intField(object, QStringLiteral("count"), 1, &ok);
    fault.status = intField(object, QStringLiteral("status"), 0, &ok);
    fault.retryAfterSeconds = intField(object, QStringLiteral("retry_after"), -1, &ok);
    fault.delayMs = intField(object, QStringLiteral("delay_ms"), 0, &ok);
    if (!ok) {
        *error = QStringLiteral("count, status, retry_after and delay_ms must be integers");
        return std::nullopt;
    }
    if (fault.status != 0 && (fault.status < 100 || fault.status > 599)) {
        *error = QStringLiteral("status must be an HTTP status code (100-599)");
        return std::nullopt;
    }
    if (fault.delayMs < 0 || fault.delayMs > 600000) {
        *error = QStringLiteral("delay_ms must be between 0 and 600000");
        return std::nullopt;
    }
    return fault;
}

QJsonObject toJson(const Fault &fault)
{
    return {
        {QStringLiteral("kind"), kindName(fault.kind)},
        {QStringLiteral("path_contains"), fault.pathContains},
        {QStringLiteral("count"), fault.count},
        {QStringLiteral("status"), fault.status},
        {QStringLiteral("message"), fault.message},
        {QStringLiteral("retry_after"), fault.retryAfterSeconds},
        {QStringLiteral("delay_ms"), fault.delayMs},
    };
}

std::optional<SimResponse> response(const Fault &fault,
                                    const QByteArray &path,
                                    const QDateTime &now,
                                    int rateLimit)
{
    switch (fault.kind) {
    case FaultKind::HttpStatus: {
        const int status = fault.status >= 100 && fault.status <= 599 ? fault.status : 400;
        const QString message = fault.message.isEmpty() ? QString::fromLatin1(reasonPhrase(status))
                                                        : fault.message;
        return SimResponse::error(status, message);
    }
    case FaultKind::RateLimited: {
        SimResponse r = SimResponse::error(429, QStringLiteral("Throttled"));
        const qint64 wait = std::max(1, fault.retryAfterSeconds);
        const qint64 reset = (now.toMSecsSinceEpoch() + 999) / 1000 + wait;
        if (fault.retryAfterSeconds >= 0)
            r.addHeader(QByteArrayLiteral("Retry-After"),
                        QByteArray::number(fault.retryAfterSeconds));
        r.addHeader(QByteArrayLiteral("X-RateLimit-Limit"), QByteArray::number(rateLimit));
        r.addHeader(QByteArrayLiteral("X-RateLimit-Remaining"), QByteArrayLiteral("0"));
        r.addHeader(QByteArrayLiteral("X-RateLimit-Reset"), QByteArray::number(reset));
        return r;
    }
    case FaultKind::Unauthorized: {
        SimResponse r = SimResponse::error(401,
                                           fault.message.isEmpty() ? QStringLiteral("Unauthorized")
                                                                   : fault.message);
        r.addHeader(QByteArrayLiteral("WWW-Authenticate"),
                    QByteArrayLiteral("Bearer error=\"invalid_token\""));
        return r;
    }
    case FaultKind::ServerError: {
        const int status = fault.status >= 500 && fault.status <= 599 ? fault.status : 500;
        return SimResponse::error(status,
                                  fault.message.isEmpty() ? QStringLiteral("Internal server error")
                                                          : fault.message);
    }
    case FaultKind::HtmlErrorPage: {
        const int status = fault.status >= 400 && fault.status <= 599 ? fault.status : 502;
        SimResponse r = SimResponse::html(status, htmlErrorPage(status));
        r.headers.clear();
        return r;
    }
    case FaultKind::ContractBreakingBody: {
        SimResponse r;
        r.status = 200;
        r.body = fault.message.isEmpty() ? contractBreakingBody(path) : fault.message.toUtf8();
        return r;
    }
    case FaultKind::TruncatedBody:
    case FaultKind::SlowReply:
    case FaultKind::DropConnection:
        break;
    }
    return std::nullopt;
}

} // namespace Faults
} // namespace ConnectDesk::Sim
