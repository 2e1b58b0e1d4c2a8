#include "form/oauthclientpicker.h"

#include "api/connectclient.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ConnectDesk::Ui {

OAuthClientPicker::OAuthClientPicker(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_combo(new QComboBox(this))
    , m_status(new QLabel(this))
{
    m_combo->setObjectName(QStringLiteral("oauthClientCombo"));
    m_status->setObjectName(QStringLiteral("oauthClientStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    m_label->setBuddy(m_combo);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_label);
    row->addWidget(m_combo, 1);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addLayout(row);
    column->addWidget(m_status);
    setFocusProxy(m_combo);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(defaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &OAuthClientPicker::fetch);
    connect(m_combo, &QComboBox::activated, this, [this] {
        m_wanted = oauthAppId();
        emit changed();
    });
    retranslate();
    fill({});
}

OAuthClientPicker::~OAuthClientPicker()
{
    cancelFetch();
}

void OAuthClientPicker::setClient(ConnectClient *client)
{
    cancelFetch();
    m_client = client;
    if (!m_appSlug.isEmpty())
        m_debounce.start();
}

void OAuthClientPicker::setContext(const QString &projectId, const QString &environment,
                                   const QString &appSlug)
{
    if (projectId == m_projectId && environment == m_environment && appSlug == m_appSlug)
        return;
    if (appSlug != m_appSlug)
        m_wanted.clear(); // another app's client cannot be meant
    m_projectId = projectId;
    m_environment = environment;
    m_appSlug = appSlug;
    cancelFetch();
    fill({});
    if (!m_appSlug.isEmpty())
        m_debounce.start();
}

QString OAuthClientPicker::oauthAppId() const
{
    return m_combo->currentData().toString();
}

void OAuthClientPicker::setOAuthAppId(const QString &id)
{
    m_wanted = id.trimmed();
    const int index = m_combo->findData(m_wanted);
    if (index >= 0) {
        m_combo->setCurrentIndex(index);
    } else if (!m_wanted.isEmpty()) {
        // Not (yet) listed: keep it visible rather than silently sending the default.
        m_combo->addItem(m_wanted, m_wanted);
        m_combo->setCurrentIndex(m_combo->count() - 1);
        m_combo->setEnabled(true);
    }
    emit changed();
}

void OAuthClientPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OAuthClientPicker::retranslate()
{
    m_label->setText(tr("OAuth client:"));
    m_combo->setToolTip(tr("Which OAuth client the customer authorizes: Pipedream's, or one of "
                           "your project's own clients for this app (sent as oauth_app_id)."));
    if (m_combo->count() > 0)
        m_combo->setItemText(0, tr("Pipedream's default"));
}

void OAuthClientPicker::fetch()
{
    cancelFetch();
    if (!m_client || m_appSlug.isEmpty() || m_projectId.isEmpty())
        return;
    m_reply = m_client->listOAuthClients(m_projectId, m_environment, m_appSlug);
    ApiReply *reply = m_reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { onFetched(reply); });
}

void OAuthClientPicker::onFetched(ApiReply *reply)
{
    if (reply != m_reply)
        return;
    takeFinishedReply(m_reply, this);
    if (reply->error().isError()) {
        fill({});
        m_status->setText(tr("Could not load the project's OAuth clients, so Pipedream's "
                             "default is used: %1")
                              .arg(reply->error().humanMessage()));
        m_status->show();
        return;
    }
    fill(OAuthClientInfo::listFromJson(reply->body()));
    if (!m_wanted.isEmpty() && oauthAppId() != m_wanted) {
        m_status->setText(tr("The project has no OAuth client %1 for this app; Pipedream's "
                             "default is used.")
                              .arg(m_wanted));
        m_status->show();
    }
}

void OAuthClientPicker::fill(const QList<OAuthClientInfo> &clients)
{
    const QString previous = oauthAppId();
    m_combo->clear();
    m_combo->addItem(tr("Pipedream's default"), QString());
    for (const OAuthClientInfo &client : clients) {
        if (!client.appSlug.isEmpty() && client.appSlug != m_appSlug)
            continue; // the filter is the server's; a stray entry must not be offered
        m_combo->addItem(tr("%1 (%2)").arg(client.name, client.id), client.id);
    }
    m_status->hide();
    const int index = m_combo->findData(m_wanted);
    m_combo->setCurrentIndex(index >= 0 ? index : 0);
    m_combo->setEnabled(m_combo->count() > 1);
    if (oauthAppId() != previous)
        emit changed();
}

void OAuthClientPicker::cancelFetch()
{
    m_debounce.stop();
    abandonReply(m_reply, this);
}

} // namespace ConnectDesk::Ui
