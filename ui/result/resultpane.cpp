#include "result/resultpane.h"
#include "ui_resultpane.h"

#include "base/clock.h"
#include "form/tokenformlogic.h"
#include "share/devlinkguard.h"
#include "widgets/uistyle.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPointer>

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
    // Long states and captions ("Link for cust-aaa only …") wrap instead of widening the pane.
    m_ui->stateLabel->setWordWrap(true);
    m_ui->linkCaption->setWordWrap(true);
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
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->tokenEdit->setFont(mono);

    connect(m_ui->connectLinkLabel, &QLabel::linkActivated, this, [this] { openConnectLink(); });
    connect(m_ui->copyLinkButton, &QPushButton::clicked, this,
            &ResultPane::requestCopyConnectLink);
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
                            const QString &appName, Origin origin)
{
    m_result = result;
    m_origin = origin;
    m_request = request;
    m_appName = appName;
    m_hasResult = true;
    m_match = Match::Current;
    m_usedAppName.clear();
    m_usedAt = {};
    m_applied = Display::Empty;
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
    if (origin == Origin::Sandbox)
        summary.append(tr("built-in sandbox (not real)"));
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
    m_origin = Origin::Pipedream;
    m_match = Match::Current;
    m_usedAt = {};
    m_applied = Display::Empty;
    showPage(m_ui->emptyPage);
    emit shareabilityChanged();
}

void ResultPane::setMatch(Match match)
{
    if (!m_hasResult || match == m_match)
        return;
    m_match = match;
    applyDisplay();
}

void ResultPane::markUsed(const QString &appName, const QDateTime &connectedAt)
{
    if (!m_hasResult)
        return;
    m_usedAppName = appName;
    m_usedAt = connectedAt.isValid() ? connectedAt : m_clock.now();
    applyDisplay();
}

ResultPane::Display ResultPane::display() const
{
    if (!m_hasResult)
        return Display::Empty;
    if (m_match != Match::Current)
        return Display::Stale;
    if (isUsed())
        return Display::Used;
    switch (m_state) {
    case CountdownState::Expired: return Display::Expired;
    case CountdownState::Soon:
        // A sandbox link is never live, however long it has left.
        return m_origin == Origin::Sandbox ? Display::Sandbox : Display::Soon;
    case CountdownState::Active: break;
    }
    if (m_origin == Origin::Sandbox)
        return Display::Sandbox;
    return m_request.environment == QLatin1String("development") ? Display::Development
                                                                  : Display::Active;
}

QString ResultPane::stateText() const
{
    return m_ui->stateLabel->text();
}

QString ResultPane::shareBlockedReason() const
{
    const QString customer = m_request.normalizedExternalUserId();
    switch (display()) {
    case Display::Empty:
        return tr("No Connect Link yet: generate one first.");
    case Display::Stale:
        return m_match == Match::NewRequest
                   ? tr("Not sent: the link shown is the previous one, for %1, and a new one is "
                        "being created.")
                         .arg(customer)
                   : tr("Not sent: the link shown is for %1, not for what the form says now. "
                        "Generate a new link first.")
                         .arg(customer);
    case Display::Used:
        return tr("Not sent: %1 already used this link; it cannot connect another account. "
                  "Generate a new one.")
            .arg(customer);
    case Display::Expired:
        return tr("The Connect Link has expired; generate a new one.");
    case Display::Active:
    case Display::Development:
    case Display::Sandbox:
    case Display::Soon:
        break;
    }
    return {};
}

QUrl ResultPane::connectLink() const
{
    return m_hasResult ? m_result.connectLink(m_request.normalizedAppSlug()) : QUrl();
}

QList<QWidget *> ResultPane::tabOrder() const
{
    return {m_ui->connectLinkLabel, m_ui->copyLinkButton, m_ui->openLinkButton,
            m_ui->regenerateButton, m_ui->tokenEdit, m_ui->copyTokenButton};
}

QString ResultPane::countdownText() const
{
    return m_ui->countdownLabel->text();
}

QString ResultPane::formatExpiry(const QDateTime &utc, const QLocale &locale)
{
    return TokenFormLogic::dateTimeText(utc, locale);
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
    m_state = Countdown::state(left);
    applyDisplay();
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

void ResultPane::applyDisplay()
{
    const Display shown = display();
    if (shown == m_applied)
        return;
    const Display previous = m_applied;
    m_applied = shown;
    const QString customer = m_request.normalizedExternalUserId();
    QString iconName = QStringLiteral("active");
    QString stateText;
    QString caption = tr("Send this link to the customer:");
    QString deadText;
    Style::Tone tone = Style::Tone::Production;
    switch (shown) {
    case Display::Empty:
        return;
    case Display::Active:
        stateText = tr("Active");
        break;
    case Display::Development:
        iconName = QStringLiteral("development");
        stateText = tr("Development link — won't work for customers");
        caption = tr("Only for people signed in to pipedream.com (testing):");
        tone = Style::Tone::Development;
        break;
    case Display::Sandbox:
        iconName = QStringLiteral("sandbox");
        stateText = tr("Sandbox link — not real, do not send");
        caption = tr("Works only in this app's simulator, not for a customer:");
        deadText = tr("Made by the built-in sandbox: this link opens only the simulator inside "
                      "this app, on this computer, while the sandbox runs. Do not send it to a "
                      "customer; for a customer, generate the link in a real project.");
        tone = Style::Tone::Sandbox;
        break;
    case Display::Soon:
        iconName = QStringLiteral("soon");
        stateText = tr("Expires soon");
        tone = Style::Tone::Warning;
        break;
    case Display::Expired:
        iconName = QStringLiteral("expired");
        stateText = tr("Expired — dead link");
        caption = tr("Expired link (do not send):");
        deadText = tr("This Connect Link has expired and is dead: a customer who opens it sees "
                      "\"This link has expired\". Do not send it.");
        tone = Style::Tone::Error;
        break;
    case Display::Used: {
        const QString time = TokenFormLogic::shortTime(m_usedAt.toLocalTime().time(), locale());
        stateText = m_usedAppName.isEmpty() ? tr("Used — connected at %1").arg(time)
                                            : tr("Used — connected %1 at %2")
                                                  .arg(m_usedAppName, time);
        caption = tr("Already used by %1 (do not send again):").arg(customer);
        deadText = tr("The customer connected with this link; it cannot be used again. For "
                      "another account, generate a new link.");
        iconName = QStringLiteral("info");
        tone = Style::Tone::Info;
        break;
    }
    case Display::Stale:
        iconName = QStringLiteral("warning");
        stateText = tr("For %1, not the current form").arg(customer);
        caption = m_match == Match::NewRequest
                      ? tr("Previous link for %1 (a new one is being created; do not send):")
                            .arg(customer)
                      : tr("Link for %1 only (the form names someone or something else; do "
                           "not send):")
                            .arg(customer);
        tone = Style::Tone::Warning;
        break;
    }
    const int size = m_ui->stateLabel->fontMetrics().height() + 4;
    m_ui->statusIcon->setPixmap(Style::icon(iconName).pixmap(size, size));
    m_ui->statusIcon->setAccessibleName(stateText);
    m_ui->stateLabel->setText(stateText);
    m_ui->stateLabel->setAccessibleName(stateText);
    // One style sheet for band and title, so no colour of the previous state is left behind.
    const QPalette app = QGuiApplication::palette();
    m_ui->statusFrame->setStyleSheet(
        Style::bandStyleSheet(QStringLiteral("QFrame#statusFrame"), tone, app)
        + QStringLiteral(" QLabel#stateLabel { color: %1; }")
              .arg(Style::accentText(tone, app).name()));
    m_ui->deadLinkBox->setStyleSheet(Style::bandStyleSheet(
        QStringLiteral("QFrame#deadLinkBox"), tone, app));
    m_ui->countdownLabel->setVisible(shown != Display::Used && shown != Display::Stale);

    // A sandbox link can still be opened here (that is how the simulated customer connects).
    const bool live = shown == Display::Active || shown == Display::Development
                      || shown == Display::Sandbox || shown == Display::Soon;
    m_ui->deadLinkLabel->setText(deadText);
    m_ui->deadLinkBox->setVisible(!deadText.isEmpty());
    m_ui->copyLinkButton->setEnabled(live);
    if (!m_ui->copyLinkButton->property("plainToolTip").isValid())
        m_ui->copyLinkButton->setProperty("plainToolTip", m_ui->copyLinkButton->toolTip());
    const QString kindWarning = DevLinkGuard::warning(
        DevLinkGuard::kindOf(m_request.environment, isSandbox()));
    m_ui->copyLinkButton->setToolTip(kindWarning.isEmpty()
                                         ? m_ui->copyLinkButton->property("plainToolTip").toString()
                                         : kindWarning);
    m_ui->openLinkButton->setEnabled(live);
    m_ui->copyTokenButton->setEnabled(shown != Display::Stale);
    QFont linkFont = m_ui->connectLinkLabel->font();
    linkFont.setStrikeOut(!live);
    m_ui->connectLinkLabel->setFont(linkFont);
    m_ui->connectLinkLabel->setForegroundRole(live ? QPalette::WindowText
                                                   : QPalette::PlaceholderText);
    m_ui->linkCaption->setText(caption);
    if (shown == Display::Expired && previous != Display::Empty)
        emit statusMessage(tr("The Connect Link has expired."));
    emit shareabilityChanged();
}

void ResultPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange && m_hasResult) {
        m_applied = Display::Empty; // recolour the state band for the new palette
        applyDisplay();
    }
    QWidget::changeEvent(event);
}

bool ResultPane::copyConnectLink()
{
    const QString blocked = shareBlockedReason();
    if (!blocked.isEmpty()) {
        emit statusMessage(blocked);
        return false;
    }
    QGuiApplication::clipboard()->setText(connectLink().toString(QUrl::FullyEncoded));
    flashButton(m_ui->copyLinkButton, tr("Copied"));
    const QString customer = m_request.normalizedExternalUserId();
    emit statusMessage(isSandbox() ? tr("Sandbox link for %1 copied (not real: do not send it to "
                                        "a customer).")
                                         .arg(customer)
                                   : tr("Link for %1 copied.").arg(customer));
    return true;
}

void ResultPane::requestCopyConnectLink()
{
    if (!isShareable()) {
        copyConnectLink(); // says why nothing is copied
        return;
    }
    const QPointer<ResultPane> self(this);
    const QUrl link = connectLink();
    DevLinkGuard::confirmShare(this, DevLinkGuard::kindOf(m_request.environment, isSandbox()),
                               [self, link] {
                                   // Only the link that was asked about, if still shareable.
                                   if (self && self->connectLink() == link)
                                       self->copyConnectLink();
                               });
}

void ResultPane::copyToken()
{
    if (!m_hasResult || m_match != Match::Current) {
        emit statusMessage(shareBlockedReason());
        return;
    }
    QGuiApplication::clipboard()->setText(m_result.token);
    flashButton(m_ui->copyTokenButton, tr("Copied"));
    emit statusMessage(tr("Token for %1 copied.").arg(m_request.normalizedExternalUserId()));
}

void ResultPane::openConnectLink()
{
    const QString blocked = shareBlockedReason();
    if (!blocked.isEmpty()) {
        emit statusMessage(blocked);
        return;
    }
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
