#include "main/errorbanner.h"

#include "base/clock.h"
#include "base/countdown.h"

#include <QEvent>
#include <QGuiApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace ConnectDesk::Ui {

namespace {

using Category = ErrorPresentation::Category;

Category categoryOf(const ApiError &error)
{
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::None: return Category::None;
    case Kind::InvalidInput: return Category::Rejected;
    case Kind::Canceled: return Category::Canceled;
    case Kind::CredentialsRejected: return Category::WrongCredentials;
    case Kind::Contract:
    case Kind::TooLarge: return Category::UnexpectedAnswer;
    case Kind::Network:
    case Kind::Proxy: return Category::Offline;
    case Kind::Timeout: return Category::Timeout;
    case Kind::Tls: return Category::SecureConnection;
    case Kind::Http: break;
    }
    switch (error.httpStatus) {
    case 401: return Category::WrongCredentials;
    case 403: return Category::Forbidden;
    case 404: return Category::ProjectNotFound;
    case 400:
    case 422: return Category::Rejected;
    case 429: return Category::RateLimited;
    default: return error.httpStatus >= 500 ? Category::ServerProblem : Category::Other;
    }
}

} // namespace

ErrorPresentation ErrorPresentation::describe(const ApiError &error)
{
    ErrorPresentation p;
    p.category = categoryOf(error);
    if (p.category == Category::None)
        return p;
    if (error.httpStatus > 0)
        p.status = tr("HTTP %1").arg(error.httpStatus);
    p.httpStatus = error.httpStatus;
    // The server's own words when it gave any (it knows why; no guessing), else our reading.
    const bool serverSaid = (error.kind == ApiError::Kind::Http
                             || error.kind == ApiError::Kind::CredentialsRejected)
                            && !error.message.isEmpty();
    p.message = serverSaid ? tr("The server said: \"%1\".").arg(error.message)
                           : error.humanMessage();
    QString advice;
    switch (p.category) {
    case Category::None:
        break;
    case Category::WrongCredentials:
        p.title = tr("Wrong client ID or secret");
        p.action = Action::OpenCredentials;
        break;
    case Category::RateLimited:
        p.title = tr("Rate limited by the server");
        p.tone = Style::Tone::Warning;
        p.retryAfterSeconds = error.retryAfterSeconds;
        p.action = Action::Retry;
        break;
    case Category::ProjectNotFound:
        p.title = tr("Project not found");
        advice = tr("Check the project ID and the environment.");
        break;
    case Category::Offline:
        p.title = tr("Cannot reach the server — offline?");
        p.status = tr("No connection");
        p.action = Action::Retry;
        break;
    case Category::Timeout:
        p.title = tr("The server did not answer in time");
        p.status = tr("Timed out");
        p.action = Action::Retry;
        break;
    case Category::Forbidden:
        p.title = tr("Access denied");
        break;
    case Category::Rejected:
        p.title = error.kind == ApiError::Kind::InvalidInput ? tr("Check the highlighted fields")
                                                             : tr("The server rejected the request");
        p.tone = error.kind == ApiError::Kind::InvalidInput ? Style::Tone::Warning
                                                            : Style::Tone::Error;
        if (serverSaid)
            advice = tr("Check the fields and try again.");
        break;
    case Category::ServerProblem:
        p.title = tr("Pipedream had a problem");
        p.action = Action::Retry;
        break;
    case Category::UnexpectedAnswer:
        p.title = error.kind == ApiError::Kind::TooLarge ? tr("The answer was too large")
                                                         : tr("Unexpected answer from the server");
        p.action = Action::Retry;
        break;
    case Category::SecureConnection:
        p.title = tr("The secure connection failed");
        p.status = tr("TLS error");
        break;
    case Category::Canceled:
        p.title = tr("Canceled");
        p.tone = Style::Tone::Info;
        p.message = tr("If the request had already reached the server, a token may exist but was "
                       "not shown; it expires on its own.");
        break;
    case Category::Other:
        p.title = tr("The request failed");
        p.action = Action::Retry;
        break;
    }
    if (!advice.isEmpty())
        p.message += QLatin1Char(' ') + advice;
    return p;
}

QString ErrorPresentation::headline() const
{
    return httpStatus > 0 ? tr("%1 (%2)").arg(title, status) : title;
}

QString ErrorPresentation::actionText(Action action)
{
    switch (action) {
    case Action::None: return {};
    case Action::Retry: return tr("Retry");
    case Action::OpenCredentials: return tr("Open Projects and credentials");
    }
    return {};
}

QString ErrorPresentation::retryText(qint64 secondsLeft)
{
    if (secondsLeft <= 0)
        return tr("You can try again now.");
    return tr("You can try again in %1.").arg(Countdown::duration(secondsLeft));
}

ErrorBanner::ErrorBanner(const Clock &clock, QWidget *parent)
    : QFrame(parent)
    , m_clock(clock)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setAccessibleName(tr("Error"));
    setFrameShape(QFrame::StyledPanel);
    // [icon] Headline                        [Action] [x]
    //        One sentence. Countdown.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    layout->setHorizontalSpacing(10);
    layout->setVerticalSpacing(2);
    m_icon->setFixedSize(22, 22);
    layout->addWidget(m_icon, 0, 0, Qt::AlignVCenter);
    m_title->setObjectName(QStringLiteral("errorTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // one line, no wrap
    layout->addWidget(m_title, 0, 1);
    m_action->setObjectName(QStringLiteral("errorActionButton"));
    m_action->setAccessibleName(ErrorPresentation::actionText(ErrorPresentation::Action::Retry));
    m_action->setAccessibleDescription(tr("Error"));
    layout->addWidget(m_action, 0, 2);
    m_close->setObjectName(QStringLiteral("errorDismissButton"));
    m_close->setIcon(Style::icon(QStringLiteral("cancel")));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss the message"));
    layout->addWidget(m_close, 0, 3);

    auto *details = new QHBoxLayout;
    details->setSpacing(6);
    m_message->setObjectName(QStringLiteral("errorMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    details->addWidget(m_message, 1);
    m_countdown->setObjectName(QStringLiteral("errorCountdown"));
    QFont countdownFont = m_countdown->font();
    countdownFont.setBold(true);
    m_countdown->setFont(countdownFont);
    details->addWidget(m_countdown, 0, Qt::AlignTop);
    layout->addLayout(details, 1, 1, 1, 3);
    layout->setColumnStretch(1, 1);

    connect(m_close, &QToolButton::clicked, this, [this] {
        clear();
        emit dismissed();
    });
    connect(m_action, &QPushButton::clicked, this, [this] {
        const ErrorPresentation::Action action = m_presentation.action;
        if (action == ErrorPresentation::Action::Retry)
            emit retryRequested();
        else if (action == ErrorPresentation::Action::OpenCredentials)
            emit credentialsRequested();
    });

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ErrorBanner::refreshCountdown);
    hide();
}

void ErrorBanner::showError(const ApiError &error)
{
    m_retryingMode = false;
    const ErrorPresentation p = ErrorPresentation::describe(error);
    m_countdownEnd = p.retryAfterSeconds ? m_clock.now().addSecs(*p.retryAfterSeconds) : QDateTime();
    present(p);
}

void ErrorBanner::showRetrying(int retryNumber, int delayMs, const ApiError &cause)
{
    m_retryingMode = true;
    ErrorPresentation p = ErrorPresentation::describe(cause);
    p.tone = Style::Tone::Warning;
    p.title = cause.kind == ApiError::Kind::Timeout
                  ? tr("No answer yet, retrying")
                  : tr("Retrying: %1").arg(p.title);
    p.action = ErrorPresentation::Action::None; // Cancel is next to Generate
    p.retryAfterSeconds.reset();
    Q_UNUSED(retryNumber) // the attempt is counted next to Generate
    m_countdownEnd = m_clock.now().addMSecs(delayMs);
    present(p);
}

void ErrorBanner::showInfo(const QString &title, const QString &message)
{
    m_retryingMode = false;
    ErrorPresentation p;
    p.category = ErrorPresentation::Category::Other;
    p.tone = Style::Tone::Info;
    p.title = title;
    p.message = message;
    m_countdownEnd = {};
    present(p);
}

void ErrorBanner::present(const ErrorPresentation &presentation)
{
    m_presentation = presentation;
    const char *iconName = "error";
    if (presentation.tone == Style::Tone::Warning)
        iconName = "warning";
    else if (presentation.tone == Style::Tone::Info)
        iconName = "info";
    m_icon->setPixmap(Style::icon(QLatin1String(iconName)).pixmap(22, 22));
    const QString headline = presentation.headline();
    m_title->setText(headline);
    m_title->setToolTip(headline); // in full, should a narrow window cut it
    m_message->setText(presentation.message);
    m_message->setVisible(!presentation.message.isEmpty());
    m_action->setText(ErrorPresentation::actionText(presentation.action));
    m_action->setVisible(presentation.action != ErrorPresentation::Action::None);
    m_action->setAccessibleName(m_action->text());
    m_action->setAccessibleDescription(headline); // what the action answers
    m_action->setEnabled(true);
    setAccessibleDescription(headline + QLatin1String(". ") + presentation.message);
    updateStyle();
    refreshCountdown();
    if (m_countdownEnd.isValid())
        m_tick.start();
    else
        m_tick.stop();
    show();
}

void ErrorBanner::clear()
{
    m_tick.stop();
    m_countdownEnd = {};
    m_presentation = {};
    m_title->clear();
    m_message->clear();
    m_countdown->clear();
    hide();
}

QString ErrorBanner::title() const
{
    return m_title->text();
}

QString ErrorBanner::message() const
{
    return m_message->text();
}

QString ErrorBanner::countdownText() const
{
    return m_countdown->isVisibleTo(this) ? m_countdown->text() : QString();
}

void ErrorBanner::refreshCountdown()
{
    if (!m_countdownEnd.isValid()) {
        m_countdown->clear();
        m_countdown->hide();
        return;
    }
    // Rounded up: "1 s" until the moment has come.
    const qint64 msLeft = m_clock.now().msecsTo(m_countdownEnd);
    const qint64 secondsLeft = msLeft <= 0 ? 0 : (msLeft + 999) / 1000;
    if (m_retryingMode)
        m_countdown->setText(tr("Next try in %1…").arg(Countdown::duration(secondsLeft)));
    else
        m_countdown->setText(ErrorPresentation::retryText(secondsLeft));
    // Retry waits for the moment the server named.
    m_action->setEnabled(m_retryingMode || secondsLeft <= 0);
    m_countdown->show();
    if (secondsLeft <= 0)
        m_tick.stop();
}

void ErrorBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        updateStyle();
    QFrame::changeEvent(event);
}

void ErrorBanner::updateStyle()
{
    const QString sheet = Style::bandStyleSheet(QStringLiteral("ConnectDesk--Ui--ErrorBanner"),
                                                m_presentation.tone, QGuiApplication::palette());
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
}

} // namespace ConnectDesk::Ui
