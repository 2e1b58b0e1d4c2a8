#pragma once

#include "api/callrecord.h"
#include "api/tokenrequest.h"
#include "api/tokenresult.h"

#include <QUrl>
#include <QWidget>

class QTabWidget;

namespace ConnectDesk {
class ApiReply;
class CallLogModel;
class ConnectClient;
}

namespace ConnectDesk::Ui {

class CallLogView;
class CodeExportView;
class RequestPreview;
class ResponseView;
class TokenCheckView;

// What developers use to learn and debug the Connect API: the exact request, the response,
// code to copy, every call of the session and a token check. It listens to
// ConnectClient::callFinished itself, so the call log, the Response tab (for token
// creation) and the token to check follow the app without more wiring; the window only feeds
// setRequest() as the form changes.
class DeveloperPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeveloperPanel)
public:
    enum class Tab { Request, Response, Code, CallLog, CheckToken };
    Q_ENUM(Tab)

    // `callLog`: a log already following `client` (DeveloperTools keeps one from start-up, so
    // the panel can be built late and still show every call); null = the panel keeps its own.
    explicit DeveloperPanel(ConnectClient *client, CallLogModel *callLog = nullptr,
                            QWidget *parent = nullptr);

    void setRequest(const ConnectDesk::TokenRequest &request, const QUrl &baseUrl);
    void showReply(const ConnectDesk::ApiReply &reply);
    void showRecord(const ConnectDesk::CallRecord &record);
    // The token the Check token tab checks (the window's current result).
    void setResult(const ConnectDesk::TokenResult &result, const QString &appSlug = {});

    void showTab(Tab tab);
    Tab currentTab() const;

    CallLogModel *callLog() const { return m_callLog; }
    RequestPreview *requestPreview() const { return m_request; }
    ResponseView *responseView() const { return m_response; }
    CodeExportView *codeView() const { return m_code; }
    CallLogView *callLogView() const { return m_callLogView; }
    TokenCheckView *tokenCheckView() const { return m_check; }

signals:
    void statusMessage(const QString &text);

private:
    void onCallFinished(const ConnectDesk::CallRecord &record);
    void showTokenCreation(const ConnectDesk::CallRecord &record);

    ConnectClient *m_client;
    CallLogModel *m_callLog;
    QString m_appSlug;
    QTabWidget *m_tabs;
    RequestPreview *m_request;
    ResponseView *m_response;
    CodeExportView *m_code;
    CallLogView *m_callLogView;
    TokenCheckView *m_check;
};

} // namespace ConnectDesk::Ui
