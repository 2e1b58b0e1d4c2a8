#include "main/errorbanner.h"

#include "base/clock.h"
#include "base/countdown.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace ConnectDesk::Ui {

ErrorPresentation ErrorPresentation::describe(const ApiError &error)
{
    using Kind = ApiError::Kind;
    ErrorPresentation p;
    p.message = error.humanMessage();
    if (error.httpStatus > 0)
        p.status = tr("HTTP %1").arg(error.httpStatus);
    switch (error.kind) {
    case Kind::None:
        p.category = Category::None;
        p.message.clear();
        return p;
    case Kind::InvalidInput:
        p.category = Category::Rejected;
        p.tone = Style::Tone::Warning;
        p.title = tr("Check the highlighted fields");
        return p;
    case Kind::Canceled:
        p.category = Category::Canceled;
        p.tone = Style::Tone::Info;
        p.title = tr("Canceled");
        p.message = tr("The request was canceled. If it had already reached the server, a token "
                       "may exist but was not shown; it expires on its own.");
        return p;
    case Kind::CredentialsRejected:
        p.category = Category::WrongCredentials;
        p.title = tr("Wrong client ID or secret");
        return p;
    case Kind::Contract:
        p.category = Category::UnexpectedAnswer;
        p.title = tr("Unexpected answer from the server");
        return p;
    case Kind::Network:
    case Kind::Proxy:
        p.category = Category::Offline;
        p.title = tr("Cannot reach the server — offline?");
        p.status = tr("No connection");
        return p;
    case Kind::Timeout:
        p.category = Category::Timeout;
        p.title = tr("The server did not answer in time");
        p.status = tr("Timed out");
        return p;
    case Kind::Tls:
        p.category = Category::SecureConnection;
        p.title = tr("The secure connection failed");
        p.status = tr("TLS error");
        return p;
    case Kind::TooLarge:
        p.category = Category::UnexpectedAnswer;
        p.title = tr("The answer was too large");
        return p;
    case Kind::Http:
        break;
    }
    switch (error.httpStatus) {
    case 401:
        p.category = Category::WrongCredentials;
        p.title = tr("Wrong client ID or secret");
        break;
    case 403:
        p.category = Category::Forbidden;
        p.title = tr("Access denied for this project");
        break;
    case 404:
        p.category = Category::ProjectNotFound;
        p.title = tr("Project not found");
        break;
    case 400:
    case 422:
        p.category = Category::Rejected;
        p.title = tr("The server rejected the request");
        break;
    case 429:
        p.category = Category::RateLimited;
        p.tone = Style::Tone::Warning;
        p.title = tr("Rate limited — too many links for this user");
        p.retryAfterSeconds = error.retryAfterSeconds;
        break;
    default:
        if (error.httpStatus >= 500) {
            p.category = Category::ServerProblem;
            p.title = tr("Pipedream had a problem");
        } else {
            p.category = Category::Other;
            p.title = tr("The request failed");
        }
        break;
    }
    return p;
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
    , m_status(new QLabel(this))
    , m_message(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setAccessibleName(tr("Error"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->setSpacing(10);
    m_icon->setFixedSize(22, 22);
    layout->addWidget(m_icon, 0, Qt::AlignTop);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(3);
    auto *headline = new QHBoxLayout;
    headline->setSpacing(8);
    m_title->setObjectName(QStringLiteral("errorTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("errorStatus"));
    headline->addWidget(m_title);
    headline->addWidget(m_status);
    headline->addStretch(1);
    texts->addLayout(headline);
    m_message->setObjectName(QStringLiteral("errorMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    texts->addWidget(m_message);
    m_countdown->setObjectName(QStringLiteral("errorCountdown"));
    QFont countdownFont = m_countdown->font();
    countdownFont.setBold(true);
    m_countdown->setFont(countdownFont);
    texts->addWidget(m_countdown);
    layout->addLayout(texts, 1);

    m_close->setObjectName(QStringLiteral("errorDismissButton"));
    m_close->setIcon(Style::icon(QStringLiteral("cancel")));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss the message"));
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, [this] {
        clear();
        emit dismissed();
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
    p.title = tr("Retrying (attempt %1): %2").arg(retryNumber + 1).arg(p.title);
    p.retryAfterSeconds.reset();
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
    m_title->setText(presentation.title);
    m_status->setText(presentation.status.isEmpty() ? QString()
                                                    : QStringLiteral("(%1)").arg(presentation.status));
    m_status->setVisible(!presentation.status.isEmpty());
    m_message->setText(presentation.message);
    m_message->setVisible(!presentation.message.isEmpty());
    setAccessibleDescription(presentation.title + QLatin1String(". ") + presentation.message);
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
        m_countdown->setText(tr("Retrying in %1…").arg(Countdown::duration(secondsLeft)));
    else
        m_countdown->setText(ErrorPresentation::retryText(secondsLeft));
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
