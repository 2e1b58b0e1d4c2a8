#include "bulk/bulkresultcsv.h"

#include "bulk/csv.h"

#include <QIODevice>

namespace {

QString resumeKey(const QString &idCell, const QString &appCell)
{
    return idCell + QLatin1Char('\n') + appCell;
}

} // namespace

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

QString BulkResultCsv::externalUserIdCell(const QString &externalUserId)
{
    return CsvWriter::defuseFormula(externalUserId.trimmed());
}

QStringList BulkResultCsv::row(const BulkRowResult &result)
{
    // The file is opened in spreadsheets too, and IDs and error texts come from customers and
    // servers: neutralise formulas there. The link is machine-read and stays exact (it always
    // starts with https:// or http://, never with a formula character).
    const auto text = &CsvWriter::defuseFormula;
    if (result.isKept())
        return result.previousOutput;
    if (result.isOk()) {
        return {externalUserIdCell(result.input.externalUserId),
                text(result.appSlug),
                result.connectLink().toString(QUrl::FullyEncoded),
                result.token->expiresAt.toString(Qt::ISODateWithMs),
                okStatus(),
                {}};
    }
    return {externalUserIdCell(result.input.externalUserId),
            text(result.appSlug),
            {},
            {},
            QStringLiteral("error"),
            text(errorText(result))};
}

bool BulkPreviousResults::load(QIODevice *device, QString *error)
{
    CsvReader reader(device);
    QStringList fields;
    if (!reader.readRow(&fields) || fields != BulkResultCsv::header()) {
        *error = reader.hasError() ? reader.errorString()
                                   : tr("It is not a results file of connectdesk token bulk (the "
                                        "first row must be %1).")
                                         .arg(BulkResultCsv::header().join(QLatin1Char(',')));
        return false;
    }
    while (reader.readRow(&fields)) {
        if (fields.value(BulkResultCsv::statusColumn) != BulkResultCsv::okStatus())
            continue;
        // The output and its journal can hold the same row (the same link): count it once.
        const QString whole = fields.join(QLatin1Char('\n'));
        if (m_seen.contains(whole))
            continue;
        m_seen.insert(whole);
        m_rows[resumeKey(fields.value(BulkResultCsv::externalUserIdColumn),
                         fields.value(BulkResultCsv::appColumn))]
            .append(fields);
        ++m_loaded;
    }
    if (reader.hasError()) {
        *error = tr("line %1: %2").arg(reader.recordLine()).arg(reader.errorString());
        return false;
    }
    m_remaining = m_loaded;
    return true;
}

QStringList BulkPreviousResults::take(const QString &externalUserId, const QString &appSlug)
{
    const auto it = m_rows.find(resumeKey(BulkResultCsv::externalUserIdCell(externalUserId),
                                          CsvWriter::defuseFormula(appSlug)));
    if (it == m_rows.end() || it->isEmpty())
        return {};
    --m_remaining;
    return it->takeFirst();
}

} // namespace ConnectDesk
