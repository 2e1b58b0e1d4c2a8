#pragma once

#include "api/apierror.h"
#include "api/tokenrequest.h"
#include "api/tokenresult.h"
#include "profiles/projectsource.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Ui {
class MainWindow;
}

class QLabel;

namespace ConnectDesk {
class ApiReply;
class Clock;
class ConnectClient;
class ConnectionWarmer;
}

namespace ConnectDesk::Ui {

class EnvironmentBand;
class ErrorBanner;
class ResultPane;
class TokenForm;

// The product's face: the token form on the left, the result on the right, the sandbox band and
// the error banner above them. Everything it needs is injected; it owns no network or clock.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    MainWindow(ConnectClient *client, const Clock &clock, ProjectSource *projects,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    TokenForm *form() const { return m_form; }
    ResultPane *resultPane() const { return m_result; }
    ErrorBanner *errorBanner() const { return m_banner; }
    bool isBusy() const { return !m_reply.isNull(); }

    // Adds a widget under the result (sharing, connection status).
    void addResultWidget(QWidget *widget);

    // The objectNames --self-test and the GUI tests rely on.
    static QStringList keyChildNames();
    QStringList missingKeyChildren() const;

public slots:
    void generate(); // Ctrl+Return: sends the form, or shows what to fix first
    void cancel();   // Esc while a request runs
    void copyConnectLink(); // Ctrl+Shift+C

signals:
    void requestFinished(bool ok);
    void resultShown(const ConnectDesk::TokenResult &result, const ConnectDesk::TokenRequest &request,
                     const QString &appName);
    // The server or the network refused (not canceled, not invalid input).
    void requestFailed(const ConnectDesk::TokenRequest &request, const ConnectDesk::ApiError &error,
                       const QString &appName);

protected:
    void changeEvent(QEvent *event) override;

private:
    void startRequest(const TokenRequest &request, const ProjectChoice &choice,
                      const QString &appName);
    void onReplyFinished();
    void applyProject(const ProjectChoice &choice);
    void applyCredentials(const ProjectChoice &choice);
    void setBusy(bool busy);
    void updateGenerateState();
    void updateGenerateStyle();
    void showAbout();

    std::unique_ptr<::Ui::MainWindow> m_ui;
    ConnectClient *m_client;
    ConnectionWarmer *m_warmer = nullptr;
    QTimer m_warmTimer;
    const Clock &m_clock;
    TokenForm *m_form;
    ResultPane *m_result;
    ErrorBanner *m_banner;
    EnvironmentBand *m_sandboxBand;
    QLabel *m_serverLabel;
    QPointer<ApiReply> m_reply;
    TokenRequest m_pendingRequest;
    ProjectChoice m_pendingChoice;
    QString m_pendingAppName;
    ProjectChoice m_resultChoice; // the project the shown result was created in
    QString m_resultAppName;
};

} // namespace ConnectDesk::Ui
