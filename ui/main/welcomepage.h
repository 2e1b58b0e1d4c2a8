#pragma once

#include <QWidget>

namespace ConnectDesk {
class ProfileStore;
class Settings;
} // namespace ConnectDesk

namespace ConnectDesk::Ui {

// The first-start page: no profile yet, so offer the two ways in. The window decides what the
// buttons do (open the sandbox, open ProfileDialog::startNewProfile()).
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // True on a first start: no profiles (user or IT), no PIPEDREAM_* project configured, and
    // the welcome not answered before (Settings::Key::WelcomeDismissed).
    static bool shouldShow(const ProfileStore &profiles, const Settings &settings,
                           bool environmentConfigured);
    // Remembers that the welcome was answered.
    static void markDismissed(Settings &settings);

signals:
    void trySandboxRequested();
    void addProjectRequested();
};

} // namespace ConnectDesk::Ui
