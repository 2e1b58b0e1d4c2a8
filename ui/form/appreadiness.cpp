#include "form/appreadiness.h"

#include "api/connectclient.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace ConnectDesk::Ui {

AppReadiness::AppReadiness(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
{
    m_text->setObjectName(QStringLiteral("appReadinessText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(defaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &AppReadiness::fetch);
    setVisible(false);
}

AppReadiness::~AppReadiness()
{
    cancelFetch();
}

void AppReadiness::setClient(ConnectClient *client)
{
    cancelFetch();
    m_client = client;
    if (!m_slug.isEmpty())
        m_debounce.start();
}

void AppReadiness::setAppSlug(const QString &slug)
{
    const QString normalized = slug.trimmed().toLower();
    if (normalized == m_slug)
        return;
    m_slug = normalized;
    cancelFetch();
    show(std::nullopt);
    if (!m_slug.isEmpty())
        m_debounce.start();
}

QString AppReadiness::blockingReason() const
{
    if (!m_app || m_app->isConnectable())
        return {};
    return tr("%1 needs no authentication, so a Connect Link has no account to connect. Choose "
              "another app, or leave the app empty.")
        .arg(m_app->name);
}

void AppReadiness::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        show(m_app);
    QWidget::changeEvent(event);
}

void AppReadiness::fetch()
{
    cancelFetch();
    if (!m_client || m_slug.isEmpty())
        return;
    m_reply = m_client->getApp(m_slug);
    ApiReply *reply = m_reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { onFetched(reply); });
}

void AppReadiness::onFetched(ApiReply *reply)
{
    if (reply != m_reply)
        return;
    takeFinishedReply(m_reply, this);
    // Failures say nothing here: the picker reports unknown apps, and a link can still be made.
    if (reply->error().isError())
        return;
    const auto app = AppInfo::oneFromJson(reply->body());
    if (app && app->slug == m_slug)
        show(app);
}

void AppReadiness::show(const std::optional<AppInfo> &app)
{
    const bool wasBlocking = !blockingReason().isEmpty();
    m_app = app;
    QString text = blockingReason();
    if (text.isEmpty() && app && !app->scopeProfiles.isEmpty()) {
        QStringList profiles;
        for (const AppInfo::ScopeProfile &profile : app->scopeProfiles)
            profiles.append(tr("%1 (%2)").arg(profile.name, profile.scopes.join(QLatin1Char(' '))));
        text = tr("Scope profiles of %1: %2").arg(app->name, profiles.join(QStringLiteral("; ")));
    }
    m_text->setText(text);
    setVisible(!text.isEmpty());
    if (wasBlocking != !blockingReason().isEmpty())
        emit changed();
}

void AppReadiness::cancelFetch()
{
    m_debounce.stop();
    abandonReply(m_reply, this);
}

} // namespace ConnectDesk::Ui
