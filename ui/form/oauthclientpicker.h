#pragma once

#include "api/appinfo.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
QT_END_NAMESPACE

namespace ConnectDesk {
class ApiReply;
class ConnectClient;
} // namespace ConnectDesk

namespace ConnectDesk::Ui {

// Which OAuth client a Connect Link uses for its app: "Pipedream's default" or one of the
// project's custom OAuth clients for that app (GET .../oauth_apps?app=, fetched after a short
// pause, the previous request canceled). Disabled until an app is chosen; a failed fetch keeps
// the default and says why.
class OAuthClientPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthClientPicker)
public:
    static constexpr int defaultDebounceMs = 300;

    explicit OAuthClientPicker(QWidget *parent = nullptr);
    ~OAuthClientPicker() override;

    void setClient(ConnectDesk::ConnectClient *client);
    // Refetches only when something changed. An empty app clears the list.
    void setContext(const QString &projectId, const QString &environment, const QString &appSlug);

    QString oauthAppId() const; // empty: Pipedream's default
    void setOAuthAppId(const QString &id);
    void setDebounceInterval(int milliseconds) { m_debounce.setInterval(milliseconds); }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fetch();
    void onFetched(ConnectDesk::ApiReply *reply);
    void fill(const QList<ConnectDesk::OAuthClientInfo> &clients);
    void cancelFetch();

    QLabel *m_label = nullptr;
    QComboBox *m_combo = nullptr;
    QLabel *m_status = nullptr;
    QPointer<ConnectDesk::ConnectClient> m_client;
    QPointer<ConnectDesk::ApiReply> m_reply;
    QTimer m_debounce;
    QString m_projectId;
    QString m_environment;
    QString m_appSlug;
    QString m_wanted; // the id to select once the list arrives
};

} // namespace ConnectDesk::Ui
