#include "developer/responseview.h"

#include "api/apireply.h"
#include "developer/calllog.h"
#include "developer/devtext.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace ConnectDesk::Ui {

ResponseView::ResponseView(QWidget *parent)
    : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("responseSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("responseErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rateLimit = new QLabel(this);
    m_rateLimit->setObjectName(QStringLiteral("responseRateLimitLabel"));
    m_rateLimit->setWordWrap(true);
    m_rateLimit->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rateLimit->setFrameShape(QFrame::StyledPanel);
    m_rateLimit->setMargin(6);
    m_request = DevText::codeView(QStringLiteral("responseRequestText"), tr("Request sent"), this);
    m_headers = DevText::codeView(QStringLiteral("responseHeadersText"), tr("Response headers"), this);
    m_body = DevText::codeView(QStringLiteral("responseBodyText"), tr("Response body"), this);

    auto *requestLabel = new QLabel(tr("Request sent:"), this);
    requestLabel->setBuddy(m_request);
    auto *headersLabel = new QLabel(tr("Headers:"), this);
    headersLabel->setBuddy(m_headers);
    auto *bodyLabel = new QLabel(tr("Body (pretty-printed):"), this);
    bodyLabel->setBuddy(m_body);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_rateLimit);
    layout->addWidget(requestLabel);
    layout->addWidget(m_request, 2);
    layout->addWidget(headersLabel);
    layout->addWidget(m_headers, 2);
    layout->addWidget(bodyLabel);
    layout->addWidget(m_body, 3);
    clear();
}

void ResponseView::clear()
{
    m_record = {};
    m_hasRecord = false;
    m_summary->setText(tr("No response yet. Generate a link, or double-click a call in the "
                          "call log."));
    m_error->hide();
    m_rateLimit->hide();
    m_request->clear();
    m_headers->clear();
    m_body->clear();
}

void ResponseView::showReply(const ApiReply &reply)
{
    showRecord(reply.record()); // masked, like every record
}

void ResponseView::showRecord(const CallRecord &input)
{
    m_record = CallLogModel::masked(input);
    m_hasRecord = true;
    const CallRecord &r = m_record;
    const QString status = r.status == 0 ? tr("No HTTP answer") : tr("HTTP %1").arg(r.status);
    const QString retries = r.retries == 0 ? tr("no retries") : tr("%n retries", nullptr, r.retries);
    m_summary->setText(tr("%1 %2 — %3 · %4 in total · %5 · %6")
                           .arg(QString::fromLatin1(r.method), CallLogModel::pathText(r), status,
                                CallLogModel::durationText(r.durationMs), retries,
                                QLocale().toString(r.startedAt.toLocalTime(), QLocale::ShortFormat)));
    m_error->setVisible(!r.error.isEmpty());
    m_error->setText(tr("Error: %1").arg(r.error));
    const QString limits = describeRateLimit(r.responseHeaders);
    m_rateLimit->setVisible(!limits.isEmpty());
    m_rateLimit->setText(limits);
    QString request = QString::fromLatin1(r.method) + QLatin1Char(' ')
                      + r.url.toString(QUrl::FullyEncoded);
    if (!r.requestHeaders.isEmpty())
        request += QLatin1Char('\n') + DevText::headersText(r.requestHeaders);
    if (!r.requestBody.isEmpty())
        request += QStringLiteral("\n\n") + DevText::prettyBody(r.requestBody);
    m_request->setPlainText(request);
    m_headers->setPlainText(DevText::headersText(r.responseHeaders));
    m_body->setPlainText(DevText::prettyBody(r.responseBody));
}

QString ResponseView::summaryText() const
{
    return m_summary->text();
}

QString ResponseView::rateLimitText() const
{
    return m_rateLimit->isHidden() ? QString() : m_rateLimit->text();
}

QString ResponseView::headersText() const
{
    return m_headers->toPlainText();
}

QString ResponseView::requestText() const
{
    return m_request->toPlainText();
}

QString ResponseView::bodyText() const
{
    return m_body->toPlainText();
}

QString ResponseView::describeRateLimit(const HttpHeaders &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (lower.startsWith("x-ratelimit-") || lower == "retry-after")
            lines.append(QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromLatin1(value));
    }
    if (lines.isEmpty())
        return {};
    const RateLimitInfo info = RateLimitInfo::fromHeaders(headers);
    QStringList meaning;
    if (info.remaining && info.limit)
        meaning.append(tr("%1 of %Ln calls left", nullptr, int(*info.limit))
                           .arg(QLocale().toString(*info.remaining)));
    if (info.resetUnix)
        meaning.append(tr("the window resets at %1")
                           .arg(QLocale().toString(
                               QDateTime::fromSecsSinceEpoch(*info.resetUnix).toLocalTime().time(),
                               QLocale::LongFormat)));
    const QByteArray retryAfter = headerValue(headers, "Retry-After");
    if (!retryAfter.isEmpty())
        meaning.append(tr("the server asks to wait %1 before retrying")
                           .arg(QString::fromLatin1(retryAfter)));
    QString text = tr("Rate limit") + QStringLiteral(":\n") + lines.join(QLatin1Char('\n'));
    if (!meaning.isEmpty())
        text += QStringLiteral("\n") + tr("Meaning: %1.").arg(meaning.join(QStringLiteral("; ")));
    return text;
}

} // namespace ConnectDesk::Ui
