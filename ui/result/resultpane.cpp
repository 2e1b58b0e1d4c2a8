#include "result/resultpane.h"
#include "ui_resultpane.h"

#include "base/clock.h"
#include "form/tokenformlogic.h"
#include "widgets/uistyle.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QGuiApplication>

namespace ConnectDesk::Ui {

ResultPane::ResultPane(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::ResultPane>())
    , m_clock(clock)
{
    m_ui->setupUi(this);
    showPage(m_ui->emptyPage);
    QFont heading = m_ui->resultHeading->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.35);
    heading.setBold(true);
    m_ui->resultHeading->setFont(heading);
    QFont state = m_ui->stateLabel->font();
    state.setBold(true);
    m_ui->stateLabel->setFont(state);
    m_ui->emptyStateLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->emptyStateLabel->setMargin(24);

    m_ui->connectLinkLabel->setTextFormat(Qt::RichText);
    m_ui->connectLinkLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse
                                                    | Qt::LinksAccessibleByKeyboard);
    m_ui->connectLinkLabel->setOpenExternalLinks(false);
    m_ui->connectLinkLabel->setFocusPolicy(Qt::StrongFocus);
    QFont linkFont = m_ui->connectLinkLabel->font();
    linkFont.setPointSizeF(linkFont.pointSizeF() * 1.1);
    m_ui->connectLinkLabel->setFont(linkFont);
    m_ui->copyLinkButton->setIcon(Style::icon(QStringLiteral("copy")));
    m_ui->copyTokenButton->setIcon(Style::icon(QStringLiteral("copy")));
    m_ui->openLinkButton->setIcon(Style::icon(QStringLiteral("open-link")));
    m_ui->regenerateButton->setIcon(Style::icon(QStringLiteral("refresh")));
    m_ui->deadLinkLabel->setText(
        tr("This Connect Link has expired and is dead: a customer who opens it sees \"This link "
           "has expired\". Do not send it."));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->tokenEdit->setFont(mono);

    connect(m_ui->connectLinkLabel, &QLabel::linkActivated, this, [this] { openConnectLink(); });
    connect(m_ui->copyLinkButton, &QPushButton::clicked, this, &ResultPane::copyConnectLink);
    connect(m_ui->openLinkButton, &QPushButton::clicked, this, &ResultPane::openConnectLink);
    connect(m_ui->copyTokenButton, &QPushButton::clicked, this, &ResultPane::copyToken);
    connect(m_ui->regenerateButton, &QPushButton::clicked, this,
            [this] { emit regenerateRequested(m_request); });

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ResultPane::refreshCountdown);
    clear();
}

ResultPane::~ResultPane() = default;

void ResultPane::showResult(const TokenResult &result, const TokenRequest &request,
                            const QString &appName)
{
    m_result = result;
    m_request = request;
    m_appName = appName;
    m_hasResult = true;
    m_stateApplied = false;
    m_accessibleCountdown.clear();

    const QString link = connectLink().toString(QUrl::FullyEncoded);
    m_ui->connectLinkLabel->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                                        .arg(link.toHtmlEscaped(), wrappableUrlText(link)));
    m_ui->connectLinkLabel->setToolTip(link);
    m_ui->connectLinkLabel->setAccessibleName(tr("Connect Link: %1").arg(link));
    m_ui->tokenEdit->setText(result.token);
    m_ui->tokenEdit->setCursorPosition(0);
    m_ui->expiresAtLabel->setText(formatExpiry(result.expiresAt));

    QStringList summary{request.normalizedExternalUserId()};
    const QString slug = request.normalizedAppSlug();
    if (!slug.isEmpty())
        summary.append(appName.isEmpty() || appName == slug ? slug
                                                            : tr("%1 (%2)").arg(appName, slug));
    else
        summary.append(tr("no app chosen: the customer picks one"));
    summary.append(request.environment == QLatin1String("development")
                       ? tr("development", "environment")
                       : tr("production", "environment"));
    summary.append(request.projectId.trimmed());
    m_ui->summaryLabel->setText(summary.join(QStringLiteral(" · ")));

    showPage(m_ui->resultPage);
    refreshCountdown();
    m_tick.start();
}

void ResultPane::showPage(QWidget *page)
{
    m_ui->emptyPage->setVisible(page == m_ui->emptyPage);
    m_ui->resultPage->setVisible(page == m_ui->resultPage);
}

void ResultPane::clear()
{
    m_hasResult = false;
    m_tick.stop();
    m_result = {};
    m_request = {};
    showPage(m_ui->emptyPage);
}

QUrl ResultPane::connectLink() const
{
    return m_hasResult ? m_result.connectLink(m_request.normalizedAppSlug()) : QUrl();
}

QString ResultPane::countdownText() const
{
    return m_ui->countdownLabel->text();
}

QString ResultPane::formatExpiry(const QDateTime &utc, const QLocale &locale)
{
    const QDateTime local = utc.toLocalTime();
    return tr("%1, %2 %3")
        .arg(locale.toString(local.date(), QLocale::LongFormat),
             TokenFormLogic::shortTime(local.time(), locale), local.timeZoneAbbreviation());
}

QString ResultPane::wrappableUrlText(const QString &url)
{
    static const QChar zeroWidthSpace(0x200B);
    QString text;
    text.reserve(url.size() + 16);
    for (const QChar c : url) {
        text += c;
        if (c == QLatin1Char('?') || c == QLatin1Char('&') || c == QLatin1Char('/'))
            text += zeroWidthSpace;
    }
    return text.toHtmlEscaped();
}

void ResultPane::refreshCountdown()
{
    if (!m_hasResult)
        return;
    const qint64 left = m_result.secondsLeft(m_clock.now());
    applyState(Countdown::state(left));
    m_ui->countdownLabel->setText(Countdown::text(left));
    // Screen readers hear a minute-resolution text, changed at most once a minute.
    const QString accessible = Countdown::accessibleText(left);
    if (accessible != m_accessibleCountdown) {
        m_accessibleCountdown = accessible;
        m_ui->countdownLabel->setAccessibleDescription(accessible);
        m_ui->statusFrame->setAccessibleDescription(accessible);
    }
    if (m_state == CountdownState::Expired)
        m_tick.stop();
}

void ResultPane::applyState(CountdownState state)
{
    if (m_stateApplied && state == m_state)
        return;
    m_state = state;
    m_stateApplied = true;
    const int size = m_ui->stateLabel->fontMetrics().height() + 4;
    QString iconName;
    QString stateText;
    Style::Tone tone = Style::Tone::Production;
    switch (state) {
    case CountdownState::Active:
        iconName = QStringLiteral("active");
        stateText = tr("Active");
        break;
    case CountdownState::Soon:
        iconName = QStringLiteral("soon");
        stateText = tr("Expires soon");
        tone = Style::Tone::Warning;
        break;
    case CountdownState::Expired:
        iconName = QStringLiteral("expired");
        stateText = tr("Expired — dead link");
        tone = Style::Tone::Error;
        break;
    }
    m_ui->statusIcon->setPixmap(Style::icon(iconName).pixmap(size, size));
    m_ui->statusIcon->setAccessibleName(stateText);
    m_ui->stateLabel->setText(stateText);
    QPalette palette = m_ui->stateLabel->palette();
    palette.setColor(QPalette::WindowText, Style::accentText(tone, QGuiApplication::palette()));
    m_ui->stateLabel->setPalette(palette);
    m_ui->statusFrame->setStyleSheet(
        Style::bandStyleSheet(QStringLiteral("QFrame#statusFrame"), tone, QGuiApplication::palette()));
    m_ui->deadLinkBox->setStyleSheet(Style::bandStyleSheet(
        QStringLiteral("QFrame#deadLinkBox"), Style::Tone::Error, QGuiApplication::palette()));

    const bool dead = state == CountdownState::Expired;
    m_ui->deadLinkBox->setVisible(dead);
    m_ui->copyLinkButton->setEnabled(!dead);
    m_ui->openLinkButton->setEnabled(!dead);
    QFont linkFont = m_ui->connectLinkLabel->font();
    linkFont.setStrikeOut(dead);
    m_ui->connectLinkLabel->setFont(linkFont);
    m_ui->linkCaption->setText(dead ? tr("Expired link (do not send):")
                                    : tr("Send this link to the customer:"));
    if (dead)
        emit statusMessage(tr("The Connect Link has expired."));
}

void ResultPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange && m_hasResult) {
        m_stateApplied = false; // recolour the state band for the new palette
        applyState(m_state);
    }
    QWidget::changeEvent(event);
}

bool ResultPane::copyConnectLink()
{
    if (!m_hasResult) {
        emit statusMessage(tr("No Connect Link yet: generate one first."));
        return false;
    }
    if (m_state == CountdownState::Expired) {
        emit statusMessage(tr("The Connect Link has expired; generate a new one."));
        return false;
    }
    QGuiApplication::clipboard()->setText(connectLink().toString(QUrl::FullyEncoded));
    flashButton(m_ui->copyLinkButton, tr("Copied"));
    emit statusMessage(tr("Connect Link copied to the clipboard."));
    return true;
}

void ResultPane::copyToken()
{
    if (!m_hasResult)
        return;
    QGuiApplication::clipboard()->setText(m_result.token);
    flashButton(m_ui->copyTokenButton, tr("Copied"));
    emit statusMessage(tr("Token copied to the clipboard."));
}

void ResultPane::openConnectLink()
{
    if (!m_hasResult)
        return;
    if (!QDesktopServices::openUrl(connectLink()))
        emit statusMessage(tr("Could not open a browser; copy the link instead."));
    else
        emit statusMessage(tr("Connect Link opened in the browser."));
}

void ResultPane::flashButton(QPushButton *button, const QString &doneText)
{
    const QString original = button->property("originalText").toString().isEmpty()
                                 ? button->text()
                                 : button->property("originalText").toString();
    button->setProperty("originalText", original);
    button->setText(doneText);
    QTimer::singleShot(1500, button, [button, original] { button->setText(original); });
}

} // namespace ConnectDesk::Ui
