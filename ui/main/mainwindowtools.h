#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QMenu;
class QNetworkAccessManager;

namespace ConnectDesk {
class Clock;
class ConnectClient;
class HistoryRecorder;
class HistoryStore;
struct HistoryOrigin;
class MessageTemplateStore;
class ProfileStore;
class SecretStore;
}

namespace ConnectDesk::Ui {

class BulkDialog;
class ConnectionStatusWidget;
class CustomersMode;
class DeveloperTools;
class HistoryView;
class MainWindow;
class ProfileDialog;
class ProfileProjectSource;
class SandboxLauncher;
class SharePanel;

// Everything the main window offers beyond the token form and its result, added from outside
// so MainWindow stays small: sharing under the result, the developer view (View menu), bulk
// creation and the project profiles (Tools menu).
class MainWindowTools final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindowTools)
public:
    struct Services
    {
        ConnectClient *client = nullptr;
        const Clock *clock = nullptr;
        QNetworkAccessManager *network = nullptr;
        ProfileStore *profiles = nullptr;
        SecretStore *secrets = nullptr;
        MessageTemplateStore *templates = nullptr;
        HistoryStore *history = nullptr;
        HistoryRecorder *recorder = nullptr;
        QString settingsFilePath;
        ProfileProjectSource *projects = nullptr; // the picker's entries; the sandbox joins them
        SandboxLauncher *sandbox = nullptr;
    };

    MainWindowTools(MainWindow *window, const Services &services);

    SharePanel *sharePanel() const { return m_share; }
    DeveloperTools *developerTools() const { return m_developer; }
    CustomersMode *customers() const { return m_customers; }

public slots:
    void openBulk();
    void openProfiles();
    void openNewProfile(); // the profile dialog, on a new empty profile
    // Starts the built-in simulator (once), adds it to the picker and selects it. False, after
    // telling the user why, when it cannot start.
    bool startSandbox();

private:
    void addHistory(QMenu *view);
    void addCustomers(QMenu *view);
    HistoryOrigin currentOrigin() const; // the form's project, for the history
    HistoryView *createHistoryView();
    BulkDialog *createBulkDialog();

    MainWindow *m_window;
    Services m_services;
    SharePanel *m_share = nullptr;
    DeveloperTools *m_developer = nullptr;
    ConnectionStatusWidget *m_status = nullptr;
    CustomersMode *m_customers = nullptr;
    QPointer<ProfileDialog> m_profileDialog;
    QPointer<BulkDialog> m_bulkDialog; // kept for the session: its file and results stay
    QAction *m_sandboxAction = nullptr;
};

} // namespace ConnectDesk::Ui
