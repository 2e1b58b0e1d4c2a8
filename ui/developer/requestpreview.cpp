#include "developer/requestpreview.h"

#include "api/apireply.h"
#include "api/callrecord.h"
#include "api/connectclient.h"
#include "api/useragent.h"
#include "developer/devtext.h"

#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace ConnectDesk::Ui {

RequestPreview::RequestPreview(QWidget *parent)
    : QWidget(parent)
    , m_userAgent(userAgent())
{
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("requestProblemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->hide();

    m_head = DevText::codeView(QStringLiteral("requestHeadText"), tr("Request method, URL and headers"),
                               this);
    auto *prettyLabel = new QLabel(tr("Body (pretty-printed for reading):"), this);
    m_pretty = DevText::codeView(QStringLiteral("requestBodyPretty"), tr("Request body, pretty-printed"),
                                 this);
    m_compactNote = new QLabel(this);
    m_compactNote->setObjectName(QStringLiteral("requestCompactNote"));
    m_compactNote->setWordWrap(true);
    m_compact = DevText::codeView(QStringLiteral("requestBodyCompact"),
                                  tr("Request body exactly as sent"), this);
    m_compact->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_compact->setMaximumHeight(m_compact->fontMetrics().lineSpacing() * 5);
    prettyLabel->setBuddy(m_pretty);
    m_compactNote->setBuddy(m_compact);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problems);
    layout->addWidget(m_head, 2);
    layout->addWidget(prettyLabel);
    layout->addWidget(m_pretty, 3);
    layout->addWidget(m_compactNote);
    layout->addWidget(m_compact, 1);
    refresh();
}

void RequestPreview::setRequest(const TokenRequest &request, const QUrl &baseUrl)
{
    if (request == m_request && baseUrl == m_baseUrl && !m_body.isEmpty())
        return;
    m_request = request;
    m_baseUrl = baseUrl;
    refresh();
}

void RequestPreview::setUserAgent(const QByteArray &userAgent)
{
    m_userAgent = userAgent;
    refresh();
}

QString RequestPreview::headText() const
{
    return m_head->toPlainText();
}

QString RequestPreview::prettyBodyText() const
{
    return m_pretty->toPlainText();
}

void RequestPreview::refresh()
{
    const HttpRequestSpec spec = ConnectClient::createTokenSpec(m_baseUrl, m_request);
    m_body = spec.body;

    // The headers in the order ApiReply sends them; the bearer token is never shown.
    HttpHeaders headers{{QByteArrayLiteral("User-Agent"), m_userAgent},
                        {QByteArrayLiteral("Authorization"),
                         CallRecord::maskHeader("Authorization", "Bearer x")}};
    headers.append(spec.headers);
    m_head->setPlainText(QString::fromLatin1(spec.method) + QLatin1Char(' ')
                         + spec.url.toString(QUrl::FullyEncoded) + QLatin1Char('\n')
                         + DevText::headersText(headers));
    m_pretty->setPlainText(DevText::prettyBody(m_body));
    m_compactNote->setText(
        tr("Sent compact, only the fields that are set — exactly these %1 bytes (UTF-8):")
            .arg(QLocale().toString(m_body.size())));
    m_compact->setPlainText(QString::fromUtf8(m_body));

    const QList<FieldError> errors = m_request.validate();
    if (errors.isEmpty()) {
        m_problems->hide();
        m_problems->clear();
    } else {
        QStringList lines;
        for (const FieldError &error : errors)
            lines.append(tokenFieldLabel(error.field) + QStringLiteral(": ") + error.message);
        m_problems->setText(tr("Not sent as it stands — Generate refuses until these are fixed:\n%1")
                                .arg(lines.join(QLatin1Char('\n'))));
        m_problems->show();
    }
}

} // namespace ConnectDesk::Ui
