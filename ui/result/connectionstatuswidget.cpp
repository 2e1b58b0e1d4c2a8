#include "result/connectionstatuswidget.h"

#include "history/accountlabel.h"
#include "main/notifier.h"
#include "widgets/uistyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace ConnectDesk::Ui {

namespace {

// The locale's long time format (with seconds) without a time zone name.
QString timeWithSeconds(const QDateTime &utc, const QLocale &locale)
{
    QString format = locale.timeFormat(QLocale::LongFormat);
    format.remove(QLatin1Char('t'));
    return locale.toString(utc.toLocalTime().time(), format.trimmed());
}

} // namespace

ConnectionStatusWidget::ConnectionStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_stop(new QPushButton(tr("Stop watching"), this))
{
    setObjectName(QStringLiteral("connectionStatus"));
    m_icon->setObjectName(QStringLiteral("connectionStatusIcon"));
    m_text->setObjectName(QStringLiteral("connectionStatusText"));
    m_stop->setObjectName(QStringLiteral("connectionStatusStop"));
    m_stop->setAccessibleName(tr("Stop watching for the customer's connection"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_icon->setAccessibleName(tr("Connection status icon"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_stop, 0, Qt::AlignTop);

    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_watcher)
            m_watcher->stop();
    });
    clear();
}

ConnectionStatusWidget::~ConnectionStatusWidget()
{
    if (m_watcher)
        m_watcher->disconnect(this);
}

void ConnectionStatusWidget::setNotifier(Notifier *notifier)
{
    m_notifier = notifier;
}

QString ConnectionStatusWidget::text() const
{
    return m_text->text();
}

QString ConnectionStatusWidget::waitingText(const QDateTime &checkedAt, const QLocale &locale)
{
    if (!checkedAt.isValid())
        return tr("Waiting for the customer to connect…");
    return tr("Waiting for the customer to connect… (checked %1)")
        .arg(timeWithSeconds(checkedAt, locale));
}

QString ConnectionStatusWidget::connectedText(const ConnectedAccount &account,
                                              const QLocale &locale)
{
    const QString time = locale.toString(account.createdAt.toLocalTime().time(),
                                         QLocale::ShortFormat);
    return tr("Connected: %1 at %2")
        .arg(AccountLabel::label(account.appName, account.appSlug, account.name), time);
}

QString ConnectionStatusWidget::expiredText()
{
    return tr("Expired without a connection");
}

QString ConnectionStatusWidget::failedText(const ApiError &error)
{
    return tr("Cannot tell whether the customer connected: %1").arg(error.humanMessage());
}

void ConnectionStatusWidget::clear()
{
    if (m_watcher)
        m_watcher->disconnect(this);
    m_watcher = nullptr;
    display(Status::None, {}, {});
}

void ConnectionStatusWidget::watch(ConnectionWatcher *watcher)
{
    if (m_watcher)
        m_watcher->disconnect(this);
    m_watcher = watcher;
    if (!watcher) {
        display(Status::None, {}, {});
        return;
    }
    connect(watcher, &ConnectionWatcher::checked, this, [this] { showFromWatcher(); });
    connect(watcher, &ConnectionWatcher::checkFailed, this, [this](const ApiError &error) {
        display(Status::Waiting,
                tr("Waiting for the customer to connect… (the last check failed: %1 Trying "
                   "again.)")
                    .arg(error.humanMessage()),
                QStringLiteral("waiting"));
    });
    connect(watcher, &ConnectionWatcher::connected, this, [this](const ConnectedAccount &account) {
        showFromWatcher();
        const QString app = account.appName.isEmpty() ? account.appSlug : account.appName;
        const QString user = m_watcher ? m_watcher->target().externalUserId : QString();
        notifyIfAway(tr("Customer connected %1").arg(app),
                     tr("%1 connected %2.")
                         .arg(user, AccountLabel::label(account.appName, account.appSlug,
                                                        account.name)));
    });
    connect(watcher, &ConnectionWatcher::expired, this, [this] {
        showFromWatcher();
        notifyIfAway(tr("Connect Link expired"),
                     tr("The link for %1 expired without a connection.")
                         .arg(m_watcher ? m_watcher->target().externalUserId : QString()));
    });
    connect(watcher, &ConnectionWatcher::failed, this, [this] { showFromWatcher(); });
    connect(watcher, &ConnectionWatcher::stateChanged, this, [this](ConnectionWatcher::State s) {
        if (s == ConnectionWatcher::State::Stopped || s == ConnectionWatcher::State::Watching)
            showFromWatcher();
    });
    connect(watcher, &QObject::destroyed, this, [this] { m_stop->hide(); });
    showFromWatcher();
}

void ConnectionStatusWidget::showFromWatcher()
{
    if (!m_watcher)
        return;
    switch (m_watcher->state()) {
    case ConnectionWatcher::State::Idle:
    case ConnectionWatcher::State::Watching:
        display(Status::Waiting, waitingText(m_watcher->lastCheckedAt()),
                QStringLiteral("waiting"));
        break;
    case ConnectionWatcher::State::Connected:
        display(Status::Connected,
             m_watcher->account() ? connectedText(*m_watcher->account()) : tr("Connected"),
             QStringLiteral("active"));
        break;
    case ConnectionWatcher::State::Expired:
        display(Status::Expired, expiredText(), QStringLiteral("expired"));
        break;
    case ConnectionWatcher::State::Failed:
        display(Status::Failed, failedText(m_watcher->lastError()), QStringLiteral("warning"));
        break;
    case ConnectionWatcher::State::Stopped:
        display(Status::Stopped, tr("No longer watching for the customer's connection."),
             QStringLiteral("info"));
        break;
    }
}

void ConnectionStatusWidget::display(Status status, const QString &text, const QString &iconName)
{
    m_text->setText(text);
    m_text->setAccessibleName(text.isEmpty() ? tr("Connection status") : text);
    if (iconName.isEmpty()) {
        m_icon->clear();
    } else {
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        m_icon->setPixmap(Style::icon(iconName).pixmap(size, size));
    }
    m_stop->setVisible(status == Status::Waiting);
    setVisible(status != Status::None);
    if (status != m_status) {
        m_status = status;
        emit statusChanged(status);
    }
}

bool ConnectionStatusWidget::windowActive() const
{
    if (m_windowActive)
        return m_windowActive();
    return isVisible() && window()->isActiveWindow();
}

void ConnectionStatusWidget::notifyIfAway(const QString &title, const QString &message)
{
    if (windowActive())
        return;
    if (!m_notifier) {
        if (!m_desktopNotifier)
            m_desktopNotifier = std::make_unique<DesktopNotifier>(this);
        m_desktopNotifier->notify(title, message);
        return;
    }
    m_notifier->notify(title, message);
}

} // namespace ConnectDesk::Ui
