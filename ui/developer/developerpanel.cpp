#include "developer/developerpanel.h"

#include "api/connectclient.h"
#include "developer/calllog.h"
#include "developer/calllogview.h"
#include "developer/codeexportview.h"
#include "developer/requestpreview.h"
#include "developer/responseview.h"
#include "developer/tokencheckview.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace ConnectDesk::Ui {

static bool isTokenCreation(const CallRecord &record)
{
    return record.method == "POST" && record.url.path().endsWith(QLatin1String("/tokens"));
}

DeveloperPanel::DeveloperPanel(ConnectClient *client, CallLogModel *callLog, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_callLog(callLog)
{
    if (!m_callLog) {
        m_callLog = new CallLogModel(this);
        m_callLog->follow(client);
    }
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("developerTabs"));
    m_tabs->setAccessibleName(tr("Developer tools"));
    m_tabs->setDocumentMode(true);
    m_request = new RequestPreview(m_tabs);
    m_request->setObjectName(QStringLiteral("requestPreview"));
    m_request->setUserAgent(client->transportOptions().userAgent); // what ApiReply sends
    m_response = new ResponseView(m_tabs);
    m_response->setObjectName(QStringLiteral("responseView"));
    m_code = new CodeExportView(client->tokens(), m_tabs);
    m_code->setObjectName(QStringLiteral("codeExportView"));
    m_code->setUserAgent(client->transportOptions().userAgent);
    m_callLogView = new CallLogView(m_callLog, m_tabs);
    m_callLogView->setObjectName(QStringLiteral("callLogView"));
    m_check = new TokenCheckView(client, m_tabs);
    m_check->setObjectName(QStringLiteral("tokenCheckView"));
    m_tabs->addTab(m_request, tr("&Request"));
    m_tabs->addTab(m_response, tr("Re&sponse"));
    m_tabs->addTab(m_code, tr("C&ode"));
    m_tabs->addTab(m_callLogView, tr("Call &log"));
    m_tabs->addTab(m_check, tr("Check &token"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_client, &ConnectClient::callFinished, this, &DeveloperPanel::onCallFinished);
    connect(m_callLogView, &CallLogView::recordActivated, this, [this](const CallRecord &record) {
        showRecord(record);
        showTab(Tab::Response);
    });
    connect(m_code, &CodeExportView::statusMessage, this, &DeveloperPanel::statusMessage);

    // Built late: the last token creation so far fills the Response and Check token tabs.
    const QList<CallRecord> &records = m_callLog->records();
    for (auto it = records.crbegin(); it != records.crend(); ++it) {
        if (isTokenCreation(*it)) {
            showTokenCreation(*it);
            break;
        }
    }
}

void DeveloperPanel::setRequest(const TokenRequest &request, const QUrl &baseUrl)
{
    m_appSlug = request.normalizedAppSlug();
    m_request->setRequest(request, baseUrl);
    m_code->setRequest(request, baseUrl);
}

void DeveloperPanel::showReply(const ApiReply &reply)
{
    m_response->showReply(reply);
}

void DeveloperPanel::showRecord(const CallRecord &record)
{
    m_response->showRecord(record);
}

void DeveloperPanel::setResult(const TokenResult &result, const QString &appSlug)
{
    m_check->setToken(result.token, appSlug);
}

void DeveloperPanel::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

DeveloperPanel::Tab DeveloperPanel::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

void DeveloperPanel::onCallFinished(const CallRecord &record)
{
    // The log follows the client itself. Token creation is what the panel is about: its answer
    // goes to the Response tab, and a new token becomes the one to check.
    if (isTokenCreation(record))
        showTokenCreation(record);
}

void DeveloperPanel::showTokenCreation(const CallRecord &record)
{
    m_response->showRecord(record);
    if (record.status >= 200 && record.status < 300) {
        if (const auto result = TokenResult::fromJson(record.responseBody))
            setResult(*result, m_appSlug);
    }
}

} // namespace ConnectDesk::Ui
