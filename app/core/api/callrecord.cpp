#include "api/callrecord.h"

#include <QRegularExpression>

namespace ConnectDesk {

QByteArray CallRecord::maskHeader(const QByteArray &name, const QByteArray &value)
{
    if (name.compare("authorization", Qt::CaseInsensitive) != 0)
        return value;
    const qsizetype space = value.indexOf(' ');
    const QByteArray scheme = space > 0 ? value.left(space + 1) : QByteArray();
    return scheme + QByteArrayLiteral("********");
}

QByteArray CallRecord::maskBody(const QByteArray &body)
{
    static const QRegularExpression secret(QStringLiteral(
        "(\"(?:client_secret|access_token)\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\")"));
    QString text = QString::fromUtf8(body.left(maxBody));
    text.replace(secret, QStringLiteral("\\1********\\3"));
    return text.toUtf8();
}

} // namespace ConnectDesk
