#pragma once

#include "main/welcomepage.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace ConnectDesk::Ui {

class MainWindow;
class MainWindowTools;
class SandboxLauncher;

// The first start: with no profile and no PIPEDREAM_* client, the form could not create a single
// token, so the window shows the WelcomePage in its place. "Try the sandbox" starts the built-in
// simulator and shows the form on it; "Add a project" opens the profile dialog, and the form
// comes back, on the new profile, as soon as a profile exists. Either answer is remembered.
class WelcomeFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeFlow)
public:
    WelcomeFlow(MainWindow *window, MainWindowTools *tools, SandboxLauncher *sandbox,
                ProfileStore *profiles, Settings *settings);

    // Shows the welcome when WelcomePage::shouldShow() says it is a first start; true if shown.
    bool showIfFirstStart(bool environmentConfigured);
    void show();
    bool isShowing() const;
    WelcomePage *page() const { return m_page; }

signals:
    void finished(); // the form is back

private:
    void finish();
    void onProfilesChanged();

    MainWindow *m_window;
    MainWindowTools *m_tools;
    ProfileStore *m_profiles;
    Settings *m_settings;
    QWidget *m_formPage = nullptr; // the window's central widget before the welcome
    QPointer<WelcomePage> m_page;
};

} // namespace ConnectDesk::Ui
