#include "bulk/bulkresultcsv.h"

namespace ConnectDesk {

QStringList BulkResultCsv::header()
{
    return {QStringLiteral("external_user_id"),
            QStringLiteral("app"),
            QStringLiteral("connect_link"),
            QStringLiteral("expires_at"),
            QStringLiteral("status"),
            QStringLiteral("error")};
}

QString BulkResultCsv::errorText(const BulkRowResult &result)
{
    if (result.isOk())
        return {};
    if (result.fieldError)
        return tokenFieldName(result.fieldError->field) + QLatin1String(": ")
               + result.fieldError->message;
    return result.error.humanMessage();
}

QStringList BulkResultCsv::row(const BulkRowResult &result)
{
    if (result.isOk()) {
        return {result.input.externalUserId,
                result.appSlug,
                result.connectLink().toString(QUrl::FullyEncoded),
                result.token->expiresAt.toString(Qt::ISODateWithMs),
                QStringLiteral("ok"),
                {}};
    }
    return {result.input.externalUserId,
            result.appSlug,
            {},
            {},
            QStringLiteral("error"),
            errorText(result)};
}

} // namespace ConnectDesk
