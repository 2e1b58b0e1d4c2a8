#pragma once

#include "api/tokenrequest.h"
#include "developer/codeexport.h"

#include <QUrl>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace ConnectDesk {
class TokenSource;
}

namespace ConnectDesk::Ui {

// The developer panel's Code tab: the current form as a cURL command, TypeScript
// (@pipedream/sdk) or Python (pipedream), shown and copied to the clipboard. cURL uses
// $PIPEDREAM_ACCESS_TOKEN unless the user explicitly asks for the real token.
class CodeExportView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeExportView)
public:
    enum class Language { Curl, TypeScript, Python };
    Q_ENUM(Language)

    // `tokens` hands out the real access token for the explicit "include it" option.
    explicit CodeExportView(TokenSource *tokens, QWidget *parent = nullptr);

    void setRequest(const ConnectDesk::TokenRequest &request, const QUrl &baseUrl);
    void setUserAgent(const QByteArray &userAgent); // the cURL's User-Agent (default: ours)

    Language language() const { return m_language; }
    void setLanguage(Language language);
    QString snippet() const; // what is shown (and copied)
    CodeExport::CurlOptions curlOptions() const;
    void setIncludeOAuthCall(bool include);
    // Asks the token source for the current access token; the snippet shows it once it arrives.
    void setIncludeRealToken(bool include);
    bool hasRealToken() const { return !m_realToken.isEmpty(); }

public slots:
    void copyCurl();
    void copyTypeScript();
    void copyPython();

signals:
    void copied(ConnectDesk::Ui::CodeExportView::Language language);
    void statusMessage(const QString &text);

private:
    void refresh();
    void copy(Language language);

    TokenSource *m_tokens;
    TokenRequest m_request;
    QUrl m_baseUrl;
    QByteArray m_userAgent;
    Language m_language = Language::Curl;
    QString m_realToken; // only while the user asks for it
    int m_tokenRequestId = 0;
    QButtonGroup *m_languages;
    QCheckBox *m_oauthStep;
    QCheckBox *m_realTokenCheck;
    QLabel *m_note;
    QPlainTextEdit *m_code;
};

} // namespace ConnectDesk::Ui
