#pragma once

#include "api/tokenrequest.h"

#include <QUrl>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace ConnectDesk::Ui {

// The developer panel's Request tab: the exact POST /v1/connect/{project}/tokens the form
// would send — method, URL, headers (Authorization masked), the JSON body pretty-printed for
// reading and the compact bytes that actually go on the wire.
class RequestPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestPreview)
public:
    explicit RequestPreview(QWidget *parent = nullptr);

    void setRequest(const ConnectDesk::TokenRequest &request, const QUrl &baseUrl);
    void setUserAgent(const QByteArray &userAgent); // default: ConnectDesk's own

    const TokenRequest &request() const { return m_request; }
    QUrl baseUrl() const { return m_baseUrl; }
    QByteArray compactBody() const { return m_body; } // the bytes sent
    QString headText() const;                       // method, URL and headers as shown
    QString prettyBodyText() const;

private:
    void refresh();

    TokenRequest m_request;
    QUrl m_baseUrl;
    QByteArray m_userAgent;
    QByteArray m_body;
    QLabel *m_problems;
    QPlainTextEdit *m_head;
    QPlainTextEdit *m_pretty;
    QLabel *m_compactNote;
    QPlainTextEdit *m_compact;
};

} // namespace ConnectDesk::Ui
