#pragma once

#include "api/apierror.h"
#include "api/tokenrequest.h"
#include "api/tokenresult.h"
#include "profiles/projectsource.h"

#include <QDateTime>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Ui {
class MainWindow;
}

class QDockWidget;
class QLabel;
class QTabBar;

namespace ConnectDesk {
class ApiReply;
class Clock;
class ConnectClient;
class ConnectionWarmer;
class Settings;
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
    // The window's modes, as tabs: the link form first (Ctrl+1, the default), then each added
    // page (Ctrl+2, ...). Returns the new mode's index.
    int addMode(QWidget *page, const QString &title);
    int currentMode() const;
    void showMode(int index);
    // While the welcome page stands in for the form there is nothing to switch between: the
    // tabs hide and only the link mode can be shown.
    void setModesAvailable(bool available);
    static constexpr int linkMode = 0;
    // A dock added from outside: it starts at a sensible size, never squeezes the form below
    // a usable minimum and never makes the window larger than the screen.
    void manageDock(QDockWidget *dock);
    // Window geometry, docks and the form/result splitter, between starts.
    void restoreLayout(const Settings &settings);
    void saveLayout(Settings &settings) const;
    // The height below which the form stops being usable; docks give way first.
    int minimumFormHeight() const;

    // The objectNames --self-test and the GUI tests rely on.
    static QStringList keyChildNames();
    QStringList missingKeyChildren() const;

public slots:
    void generate(); // Ctrl+Return: sends the form, or shows what to fix first
    void cancel();   // Esc while a request runs
    void copyConnectLink(); // Ctrl+Shift+C

signals:
    void credentialsRequested(); // the error banner's "Open Projects and credentials"
    void requestFinished(bool ok);
    void resultShown(const ConnectDesk::TokenResult &result, const ConnectDesk::TokenRequest &request,
                     const QString &appName);
    // The server or the network refused (not canceled, not invalid input).
    void requestFailed(const ConnectDesk::TokenRequest &request, const ConnectDesk::ApiError &error,
                       const QString &appName);
    void modeChanged(int index);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void startRequest(const TokenRequest &request, const ProjectChoice &choice,
                      const QString &appName);
    void onReplyFinished();
    void applyProject(const ProjectChoice &choice);
    void applyCredentials(const ProjectChoice &choice);
    void setBusy(bool busy);
    void updateGenerateState();
    void updateGenerateStyle();
    void updateResultMatch(); // marks the shown result stale when the form names another target
    void updateActions();     // menu commands that cannot act are disabled
    void updateElapsed();     // "Creating the token… 12 s"
    void fitToScreen();       // never larger than the available screen
    void retry();
    void updateTabOrder();
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
    QList<QWidget *> m_modePages; // the link form's splitter first
    bool m_modesAvailable = true;
    int m_currentMode = linkMode;
    QTabBar *m_modeBar;
    QPointer<ApiReply> m_reply;
    TokenRequest m_pendingRequest;
    ProjectChoice m_pendingChoice;
    QString m_pendingAppName;
    ProjectChoice m_resultChoice; // the project the shown result was created in
    QString m_resultAppName;
    QDateTime m_requestStartedAt;
    QString m_generateAfterAppCheck; // the app slug Generate waits to hear about
    QString m_retryText; // "No answer yet, retrying (attempt 2)" while a retry waits
    QTimer *m_elapsedTick;
    QList<QWidget *> m_resultWidgets; // added under the result, in keyboard order
    QList<QWidget *> m_tabOrder;      // the window's keyboard path (TabChain::stops of each)
    QList<QDockWidget *> m_managedDocks;
    QList<QDockWidget *> m_sizedDocks; // docks that already have their first size
    bool m_layoutRestored = false;
};

} // namespace ConnectDesk::Ui
