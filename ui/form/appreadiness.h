#pragma once

#include "api/appinfo.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace ConnectDesk {
class ApiReply;
class ConnectClient;
} // namespace ConnectDesk

namespace ConnectDesk::Ui {

// One line under the app picker saying, before any link is made, whether the chosen app can
// be connected through a Connect Link (an app without authentication cannot) and which scope
// profiles it offers. Looks the app up with GET /v1/connect/apps/{app} after a short pause;
// says nothing while it does not know (unknown slugs are the app picker's to report).
class AppReadiness final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppReadiness)
public:
    static constexpr int defaultDebounceMs = 300;

    explicit AppReadiness(QWidget *parent = nullptr);
    ~AppReadiness() override;

    void setClient(ConnectDesk::ConnectClient *client);
    void setAppSlug(const QString &slug); // normalised; refetches only when it changed
    void setDebounceInterval(int milliseconds) { m_debounce.setInterval(milliseconds); }

    // Set when the chosen app is known to have no account to connect: no link should be made.
    QString blockingReason() const;

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fetch();
    void onFetched(ConnectDesk::ApiReply *reply);
    void show(const std::optional<ConnectDesk::AppInfo> &app);
    void cancelFetch();

    QLabel *m_text = nullptr;
    QPointer<ConnectDesk::ConnectClient> m_client;
    QPointer<ConnectDesk::ApiReply> m_reply;
    QTimer m_debounce;
    QString m_slug;
    std::optional<ConnectDesk::AppInfo> m_app;
};

} // namespace ConnectDesk::Ui
