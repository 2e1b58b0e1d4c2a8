#include "share/sharepanel.h"
#include "ui_sharepanel.h"

#include "base/clock.h"
#include "share/devlinkguard.h"
#include "share/mailtolink.h"
#include "share/messagetemplatestore.h"
#include "share/qrcodewidget.h"
#include "share/templateeditordialog.h"
#include "widgets/uistyle.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>

namespace ConnectDesk::Ui {

SharePanel::SharePanel(MessageTemplateStore *templates, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::SharePanel>())
    , m_templates(templates)
    , m_clock(clock)
{
    m_ui->setupUi(this);
    m_ui->copyMessageButton->setIcon(Style::icon(QStringLiteral("copy")));
    m_ui->feedbackLabel->setVisible(false);
    m_ui->copyInsteadButton->setIcon(Style::icon(QStringLiteral("copy")));
    m_ui->copyInsteadButton->setVisible(false);
    m_ui->qrFrame->setVisible(false);
    m_openMail = [](const QUrl &url) { return QDesktopServices::openUrl(url); };

    m_feedbackTimer.setSingleShot(true);
    m_feedbackTimer.setInterval(6000);
    connect(&m_feedbackTimer, &QTimer::timeout, this, [this] {
        m_ui->feedbackLabel->clear();
        m_ui->feedbackLabel->setVisible(false);
    });

    connect(m_ui->copyMessageButton, &QPushButton::clicked, this, &SharePanel::copyMessage);
    connect(m_ui->emailButton, &QPushButton::clicked, this, &SharePanel::email);
    // Already confirmed for Email… (a development or sandbox link): not asked again.
    connect(m_ui->copyInsteadButton, &QPushButton::clicked, this, [this] {
        offerCopyInstead(false);
        if (checkShareable())
            copyRenderedMessage();
    });
    connect(m_ui->qrButton, &QPushButton::toggled, this, &SharePanel::setQrCodeVisible);
    connect(m_ui->editTemplatesButton, &QPushButton::clicked, this, &SharePanel::editTemplates);
    connect(m_ui->copyImageButton, &QPushButton::clicked, m_ui->qrCode, &QrCodeWidget::copyImage);
    m_ui->copyImageButton->setIcon(Style::icon(QStringLiteral("copy")));
    connect(m_ui->savePngButton, &QPushButton::clicked, m_ui->qrCode, &QrCodeWidget::savePng);
    connect(m_ui->saveSvgButton, &QPushButton::clicked, m_ui->qrCode, &QrCodeWidget::saveSvg);
    connect(m_ui->qrCode, &QrCodeWidget::statusMessage, this, &SharePanel::showFeedback);
    connect(m_ui->templateCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_reloading && m_ui->templateCombo->currentIndex() >= 0)
            m_templates->setLastUsed(currentTemplateName());
    });
    connect(m_templates, &MessageTemplateStore::changed, this, &SharePanel::reloadTemplates);

    reloadTemplates();
    clear();
}

SharePanel::~SharePanel() = default;

QrCodeWidget *SharePanel::qrCodeWidget() const
{
    return m_ui->qrCode;
}

bool SharePanel::isQrCodeVisible() const
{
    return m_ui->qrButton->isChecked() && !m_ui->qrFrame->isHidden();
}

void SharePanel::setLink(const TokenResult &result,
                         const QString &appSlug,
                         const QString &appName,
                         const QString &externalUserId,
                         const QString &environment,
                         bool sandbox)
{
    const QString slug = appSlug.trimmed().toLower();
    m_context = {result.connectLink(slug), slug, appName, externalUserId, result.expiresAt};
    m_environment = environment;
    m_sandbox = sandbox;
    m_hasLink = !result.connectLinkUrl.isEmpty();
    offerCopyInstead(false);
    m_ui->qrCode->setText(m_context.link.toString(QUrl::FullyEncoded));
    // A code already on screen follows the new link, unless that one must be confirmed first.
    if (m_ui->qrButton->isChecked() && DevLinkGuard::needsConfirmation(linkKind()))
        m_ui->qrButton->setChecked(false);
    updateEnabled();
}

void SharePanel::clear()
{
    m_hasLink = false;
    m_context = {};
    m_environment.clear();
    m_sandbox = false;
    offerCopyInstead(false);
    m_ui->qrButton->setChecked(false);
    m_ui->qrCode->setText({});
    updateEnabled();
}

void SharePanel::setBlockedReason(const QString &reason)
{
    if (reason == m_blockedReason)
        return;
    m_blockedReason = reason;
    if (!reason.isEmpty())
        offerCopyInstead(false);
    if (!reason.isEmpty() && m_ui->qrButton->isChecked())
        setQrCodeVisible(false); // a code on screen can be scanned: it goes too
    updateEnabled();
}

void SharePanel::updateEnabled()
{
    const bool shareable = m_hasLink && m_blockedReason.isEmpty();
    // A development or sandbox link says what it is on every way out of the window.
    const QString warning = m_hasLink ? DevLinkGuard::warning(linkKind()) : QString();
    const std::pair<QPushButton *, QString> buttons[] = {
        {m_ui->copyMessageButton,
         tr("Copy the message with the link filled in, ready to paste into a chat or a ticket")},
        {m_ui->emailButton, tr("Open a new email in your mail program with the message filled in")},
        {m_ui->qrButton, tr("Show the link as a QR code the customer can scan from the screen")},
    };
    for (const auto &[button, tip] : buttons) {
        button->setEnabled(shareable);
        button->setToolTip(m_hasLink && !m_blockedReason.isEmpty() ? m_blockedReason
                           : warning.isEmpty()                    ? tip
                                                                  : warning);
    }
    m_ui->qrKindLabel->setText(warning);
    m_ui->qrKindLabel->setVisible(!warning.isEmpty());
    m_ui->qrKindLabel->setStyleSheet(
        warning.isEmpty() ? QString()
                          : Style::bandStyleSheet(QStringLiteral("QLabel#qrKindLabel"),
                                                  m_sandbox ? Style::Tone::Sandbox
                                                            : Style::Tone::Development,
                                                  QGuiApplication::palette()));
}

DevLinkGuard::LinkKind SharePanel::linkKind() const
{
    return DevLinkGuard::kindOf(m_environment, m_sandbox);
}

void SharePanel::reloadTemplates()
{
    const QString previous = m_ui->templateCombo->count() > 0 ? currentTemplateName()
                                                              : m_templates->lastUsed();
    m_reloading = true;
    m_ui->templateCombo->clear();
    const QList<MessageTemplate> all = m_templates->templates();
    for (const MessageTemplate &entry : all)
        m_ui->templateCombo->addItem(entry.name);
    const int index = m_ui->templateCombo->findText(previous);
    m_ui->templateCombo->setCurrentIndex(index >= 0 ? index : 0);
    m_reloading = false;
}

QString SharePanel::currentTemplateName() const
{
    return m_ui->templateCombo->currentText();
}

void SharePanel::setCurrentTemplate(const QString &name)
{
    const int index = m_ui->templateCombo->findText(name);
    if (index >= 0)
        m_ui->templateCombo->setCurrentIndex(index);
}

MessageTemplate SharePanel::currentTemplate() const
{
    if (auto found = m_templates->find(currentTemplateName()))
        return *found;
    return m_templates->templates().constFirst();
}

RenderedMessage SharePanel::renderedMessage() const
{
    return MessageTemplates::render(currentTemplate(), m_context, m_clock.now(), locale(), m_zone);
}

QUrl SharePanel::mailtoUrl() const
{
    RenderedMessage message = renderedMessage();
    // A mail needs a subject even when the template has none (Chat, a template of one's own).
    if (message.subject.trimmed().isEmpty())
        message.subject = MessageTemplates::render(MessageTemplates::defaults().constFirst().subject,
                                                   m_context, m_clock.now(), locale(), m_zone);
    // External user IDs are often the customer's address: then it is the recipient.
    const QString to = MailtoLink::looksLikeEmailAddress(m_context.externalUserId)
                           ? m_context.externalUserId.trimmed()
                           : QString();
    return MailtoLink::build(to, message.subject, message.body);
}

bool SharePanel::checkShareable()
{
    if (!m_hasLink) {
        showFeedback(tr("There is no link to share yet."));
        return false;
    }
    if (!m_blockedReason.isEmpty()) {
        showFeedback(m_blockedReason);
        return false;
    }
    if (m_context.expiresAt.isValid() && m_clock.now() >= m_context.expiresAt) {
        showFeedback(tr("This link has expired; generate a new one before sending it."));
        return false;
    }
    return true;
}

void SharePanel::copyMessage()
{
    if (!checkShareable())
        return;
    DevLinkGuard::confirmShare(this, linkKind(), [this] { copyRenderedMessage(); });
}

void SharePanel::copyRenderedMessage()
{
    const QString name = currentTemplateName();
    QGuiApplication::clipboard()->setText(renderedMessage().body);
    showFeedback(m_sandbox ? tr("Copied the \"%1\" message with a sandbox link (not real: do not "
                                "send it to a customer).")
                                 .arg(name)
                           : tr("Copied the \"%1\" message with the link.").arg(name));
    emit messageCopied(name);
}

void SharePanel::email()
{
    if (!checkShareable())
        return;
    DevLinkGuard::confirmShare(this, linkKind(), [this] {
        const QUrl url = mailtoUrl();
        if (m_openMail(url)) {
            offerCopyInstead(false);
            showFeedback(tr("Opened a new email in your mail program."));
            emit emailOpened(url);
        } else {
            // Review 29: say what happened and offer the next best thing, one click away.
            showFeedback(tr("No mail program could be opened on this computer. Copy the message "
                            "instead and paste it into your mail or webmail."));
            offerCopyInstead(true);
        }
    });
}

void SharePanel::setQrCodeVisible(bool visible)
{
    const auto apply = [this](bool show) {
        const QSignalBlocker blocker(m_ui->qrButton);
        m_ui->qrButton->setChecked(show);
        m_ui->qrButton->setText(show ? tr("Hide &QR code") : tr("Show &QR code"));
        m_ui->qrFrame->setVisible(show);
    };
    if (!visible) {
        apply(false);
        return;
    }
    apply(false); // shown only once confirmed
    if (!checkShareable())
        return;
    DevLinkGuard::confirmShare(this, linkKind(), [this, apply] {
        if (m_hasLink)
            apply(true);
    });
}

void SharePanel::editTemplates()
{
    auto *dialog = new TemplateEditorDialog(m_templates->templates(), m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_hasLink)
        dialog->setPreviewContext(m_context);
    dialog->setTimeZone(m_zone);
    dialog->selectTemplate(currentTemplateName());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString chosen = dialog->currentTemplateName();
        if (!m_templates->setTemplates(dialog->templates()))
            showFeedback(m_templates->errorString());
        setCurrentTemplate(chosen);
    });
    dialog->open();
}

bool SharePanel::isCopyInsteadOffered() const
{
    return !m_ui->copyInsteadButton->isHidden();
}

void SharePanel::offerCopyInstead(bool offer)
{
    m_ui->copyInsteadButton->setVisible(offer);
    if (offer) {
        m_feedbackTimer.stop(); // the offer and its reason stay until used or replaced
        m_ui->copyInsteadButton->setFocus(Qt::OtherFocusReason);
    }
}

void SharePanel::showFeedback(const QString &text)
{
    m_ui->feedbackLabel->setText(text);
    m_ui->feedbackLabel->setVisible(!text.isEmpty());
    if (!isCopyInsteadOffered())
        m_feedbackTimer.start();
    emit statusMessage(text);
}

} // namespace ConnectDesk::Ui
