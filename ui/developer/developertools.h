#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;
class QToolBar;

namespace ConnectDesk {
class CallLogModel;
class ConnectClient;
class PresetStore;
}

namespace ConnectDesk::Ui {

class DeveloperMode;
class DeveloperPanel;
class PresetBar;
class TokenForm;

// Issue 6 in one piece for the main window: the developer panel in a bottom dock, the preset
// bar in a toolbar, both shown only in developer mode, and the "Developer mode" action whose
// state is remembered. The panel and the preset bar are built the first time developer mode is
// on (most people never turn it on; building them costs a tenth of start-up), while the call
// log records from the start. The window adds toggleAction() to its View menu and calls attach(form):
//
//     m_developer = new DeveloperTools(this, m_client, settings->filePath());
//     m_developer->attach(m_form);
//     m_ui->viewMenu->addAction(m_developer->toggleAction());
class DeveloperTools final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeveloperTools)
public:
    // `settingsFilePath`: the INI file the presets and the developer-mode switch live in.
    DeveloperTools(QMainWindow *window, ConnectClient *client, const QString &settingsFilePath);
    ~DeveloperTools() override;

    // Live request preview and code as `form` changes; presets save it and load into it.
    void attach(TokenForm *form);

    QAction *toggleAction() const;
    DeveloperMode *mode() const { return m_mode; }
    PresetStore *presets() const { return m_presets; }
    CallLogModel *callLog() const { return m_callLog; }
    bool isBuilt() const { return m_panel != nullptr; }
    // These build the developer parts if they are not built yet.
    DeveloperPanel *panel();
    QDockWidget *dock();
    PresetBar *presetBar();
    QToolBar *presetToolBar();

private:
    void build();
    void buildPresetBar();
    // The presets bar shows in developer mode, and whenever presets exist (a support lead can
    // hand agents presets without developer mode; review 31).
    void updatePresetBarVisible();
    void syncFromForm();

    QMainWindow *m_window;
    ConnectClient *m_client;
    DeveloperMode *m_mode;
    PresetStore *m_presets;
    CallLogModel *m_callLog;
    DeveloperPanel *m_panel = nullptr;
    QDockWidget *m_dock = nullptr;
    PresetBar *m_presetBar = nullptr;
    QToolBar *m_presetToolBar = nullptr;
    QPointer<TokenForm> m_form;
};

} // namespace ConnectDesk::Ui
