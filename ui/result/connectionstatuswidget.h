#pragma once

#include "history/connectionwatcher.h"

#include <QLocale>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;

namespace ConnectDesk::Ui {

class DesktopNotifier;
class Notifier;

// One line under the Connect Link: "Waiting for the customer to connect… (checked 14:02:10)",
// then "Connected: Slack (jane@example.com) at 14:02" or "Expired without a connection", each
// with an icon and words. When the window is not in front, the outcome also becomes a desktop
// notification.
class ConnectionStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionStatusWidget)
public:
    enum class Status { None, Waiting, Connected, Expired, Failed, Stopped };
    Q_ENUM(Status)

    explicit ConnectionStatusWidget(QWidget *parent = nullptr);
    ~ConnectionStatusWidget() override;

    // Shows `watcher`'s progress from now on (not owned; nullptr clears). A finished watcher
    // shows its outcome at once.
    void watch(ConnectDesk::ConnectionWatcher *watcher);
    void clear();

    // Not owned; nullptr = the desktop notifier.
    void setNotifier(Notifier *notifier);
    // Test seam: whether the window counts as "in front" (default: isActiveWindow()).
    void setWindowActiveCheck(std::function<bool()> check) { m_windowActive = std::move(check); }

    Status status() const { return m_status; }
    QString text() const;
    ConnectDesk::ConnectionWatcher *watcher() const { return m_watcher; }

    static QString waitingText(const QDateTime &checkedAt, const QLocale &locale = QLocale());
    static QString connectedText(const ConnectedAccount &account,
                                 const QLocale &locale = QLocale());
    static QString expiredText();
    static QString failedText(const ApiError &error);

signals:
    void statusChanged(ConnectDesk::Ui::ConnectionStatusWidget::Status status);

private:
    void display(Status status, const QString &text, const QString &iconName);
    void showFromWatcher();
    void notifyIfAway(const QString &title, const QString &message);
    bool windowActive() const;

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_stop;
    QPointer<ConnectDesk::ConnectionWatcher> m_watcher;
    Status m_status = Status::None;
    Notifier *m_notifier = nullptr;
    std::unique_ptr<DesktopNotifier> m_desktopNotifier;
    std::function<bool()> m_windowActive;
};

} // namespace ConnectDesk::Ui
