#include "developer/tokencheckview.h"

#include "api/connectclient.h"
#include "form/tokenformlogic.h"
#include "widgets/uistyle.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ConnectDesk::Ui {

TokenCheckView::TokenCheckView(ConnectClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
{
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("checkTokenEdit"));
    m_token->setPlaceholderText(QStringLiteral("ctok_…"));
    m_token->setAccessibleName(tr("Connect token to check"));
    m_app = new QLineEdit(this);
    m_app->setObjectName(QStringLiteral("checkAppEdit"));
    m_app->setPlaceholderText(tr("app slug or ID, e.g. slack (optional)"));
    m_app->setAccessibleName(tr("App to check the token against"));
    m_check = new QPushButton(tr("C&heck token"), this);
    m_check->setObjectName(QStringLiteral("checkTokenButton"));
    m_check->setAccessibleName(tr("Ask the server whether the token is still valid"));
    m_check->setAccessibleDescription(
        tr("Asks GET /v1/connect/tokens/{token}/validate whether a Connect Link still works."));

    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("checkTokenIcon"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("checkTokenResultLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("checkTokenDetailsLabel"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Token:"), m_token);
    form->addRow(tr("&App:"), m_app);
    auto *result = new QHBoxLayout;
    result->addWidget(m_icon, 0, Qt::AlignTop);
    result->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Asks GET /v1/connect/tokens/{token}/validate whether a "
                                    "Connect Link still works."), this));
    layout->addLayout(form);
    layout->addWidget(m_check, 0, Qt::AlignLeft);
    layout->addLayout(result);
    layout->addWidget(m_details);
    layout->addStretch();

    connect(m_check, &QPushButton::clicked, this, &TokenCheckView::check);
    connect(m_token, &QLineEdit::returnPressed, this, &TokenCheckView::check);
    connect(m_token, &QLineEdit::textChanged, this, &TokenCheckView::updateButton);
    updateButton();
}

TokenCheckView::~TokenCheckView()
{
    abandonReply(m_reply, this);
}

void TokenCheckView::setToken(const QString &token, const QString &appSlug)
{
    if (token != m_token->text()) {
        m_hasResult = false;
        m_icon->clear();
        m_summary->clear();
        m_details->clear();
    }
    m_token->setText(token);
    m_app->setText(appSlug);
}

QString TokenCheckView::token() const
{
    return m_token->text().trimmed();
}

QString TokenCheckView::appSlug() const
{
    return m_app->text().trimmed();
}

QString TokenCheckView::resultText() const
{
    return m_summary->text();
}

void TokenCheckView::updateButton()
{
    m_check->setEnabled(!isChecking() && !token().isEmpty());
}

void TokenCheckView::check()
{
    if (isChecking() || token().isEmpty())
        return;
    m_summary->setText(tr("Checking…"));
    m_icon->clear();
    m_details->clear();
    m_reply = m_client->validateToken(token(), appSlug());
    connect(m_reply, &ApiReply::finished, this, &TokenCheckView::onFinished);
    updateButton();
}

void TokenCheckView::onFinished()
{
    ApiReply *reply = takeFinishedReply(m_reply, this);
    if (!reply)
        return;
    showResult(TokenCheck::fromReply(reply->status(), reply->body(), reply->error()));
    updateButton();
}

void TokenCheckView::showResult(const TokenCheck &result)
{
    m_result = result;
    m_hasResult = true;
    const bool valid = result.state == TokenCheck::State::Valid;
    const bool failed = result.state == TokenCheck::State::Failed;
    m_icon->setPixmap(Style::icon(valid ? QStringLiteral("active")
                                  : failed ? QStringLiteral("error")
                                           : QStringLiteral("expired"))
                          .pixmap(24, 24));
    m_summary->setText(result.summary());
    m_summary->setAccessibleName(result.summary());
    QStringList details;
    if (valid) {
        if (!result.projectId.isEmpty())
            details.append(tr("Project: %1 (%2)").arg(result.projectId, result.environment));
        if (!result.externalUserId.isEmpty())
            details.append(tr("External user ID: %1").arg(result.externalUserId));
        if (result.expiresAt.isValid())
            details.append(tr("Expires: %1")
                               .arg(TokenFormLogic::dateTimeText(result.expiresAt, locale())));
    } else if (!result.serverMessage.isEmpty() && !failed) {
        details.append(tr("The server said: \"%1\"").arg(result.serverMessage));
    }
    m_details->setText(details.join(QLatin1Char('\n')));
    emit checked(result);
}

} // namespace ConnectDesk::Ui
