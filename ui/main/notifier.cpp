#include "main/notifier.h"

#include <QApplication>
#include <QIcon>
#include <QSystemTrayIcon>
#include <QWidget>

namespace ConnectDesk::Ui {

namespace {
constexpr int messageMs = 10000;
}

DesktopNotifier::DesktopNotifier(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    m_hideTray.setSingleShot(true);
    m_hideTray.setInterval(messageMs + 2000);
    connect(&m_hideTray, &QTimer::timeout, this, [this] {
        if (m_tray)
            m_tray->hide();
    });
}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::notify(const QString &title, const QString &message)
{
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            m_tray->setToolTip(QApplication::applicationDisplayName());
            // Clicking the message brings the window back.
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                if (m_window) {
                    m_window->window()->raise();
                    m_window->window()->activateWindow();
                }
            });
        }
        // The icon shows only as long as the message needs it.
        m_tray->show();
        m_tray->showMessage(title, message, QSystemTrayIcon::Information, messageMs);
        m_hideTray.start();
        return;
    }
    if (m_window)
        QApplication::alert(m_window->window());
}

} // namespace ConnectDesk::Ui
