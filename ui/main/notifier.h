#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QSystemTrayIcon;
class QWidget;

namespace ConnectDesk::Ui {

// Tells the user about something that happened while they looked elsewhere. An interface so
// tests capture the notifications instead of showing them.
class Notifier
{
public:
    virtual ~Notifier() = default;
    virtual void notify(const QString &title, const QString &message) = 0;
};

// A desktop notification through the system tray when there is one that shows messages, else
// QApplication::alert() on the window (a flashing task bar entry, a bouncing dock icon).
class DesktopNotifier final : public QObject, public Notifier
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)
public:
    explicit DesktopNotifier(QWidget *window, QObject *parent = nullptr);
    ~DesktopNotifier() override;

    void notify(const QString &title, const QString &message) override;

private:
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr; // only while a message shows
    QTimer m_hideTray;
};

} // namespace ConnectDesk::Ui
