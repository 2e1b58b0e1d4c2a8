#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;
class QToolBar;

namespace ConnectDesk {
class ConnectClient;
class PresetStore;
}

namespace ConnectDesk::Ui {

class DeveloperMode;
class DeveloperPanel;
class PresetBar;
class TokenForm;

// Issue 6 in one piece for the main window: the developer panel in a bottom dock, the preset
// bar in a toolbar, both shown only in developer mode, and the "Developer Mode" action whose
// state is remembered. The window adds toggleAction() to its View menu and calls attach(form):
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
    DeveloperPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    PresetStore *presets() const { return m_presets; }
    PresetBar *presetBar() const { return m_presetBar; }
    QToolBar *presetToolBar() const { return m_presetToolBar; }

private:
    void syncFromForm();

    QMainWindow *m_window;
    DeveloperMode *m_mode;
    PresetStore *m_presets;
    DeveloperPanel *m_panel;
    QDockWidget *m_dock;
    PresetBar *m_presetBar;
    QToolBar *m_presetToolBar;
    QPointer<TokenForm> m_form;
};

} // namespace ConnectDesk::Ui
