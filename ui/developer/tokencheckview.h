#pragma once

#include "api/tokencheck.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ConnectDesk {
class ApiReply;
class ConnectClient;
}

namespace ConnectDesk::Ui {

// The developer panel's Check token tab: GET /v1/connect/tokens/{token}/validate?app_id= for
// the current result (or any pasted token) and what the server said — valid, already used,
// expired, not found, app not found — in words and with an icon.
class TokenCheckView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenCheckView)
public:
    explicit TokenCheckView(ConnectClient *client, QWidget *parent = nullptr);
    ~TokenCheckView() override;

    void setToken(const QString &token, const QString &appSlug = {});
    QString token() const;
    QString appSlug() const;

    bool isChecking() const { return !m_reply.isNull(); }
    bool hasResult() const { return m_hasResult; }
    const TokenCheck &result() const { return m_result; }
    QString resultText() const;

public slots:
    void check();

signals:
    void checked(const ConnectDesk::TokenCheck &result);

private:
    void onFinished();
    void showResult(const TokenCheck &result);
    void updateButton();

    ConnectClient *m_client;
    QPointer<ApiReply> m_reply;
    TokenCheck m_result;
    bool m_hasResult = false;
    QLineEdit *m_token;
    QLineEdit *m_app;
    QPushButton *m_check;
    QLabel *m_icon;
    QLabel *m_summary;
    QLabel *m_details;
};

} // namespace ConnectDesk::Ui
