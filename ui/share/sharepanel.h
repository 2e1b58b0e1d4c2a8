#pragma once

#include "api/tokenresult.h"
#include "share/devlinkguard.h"
#include "share/messagetemplate.h"

#include <QTimeZone>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class SharePanel;
}

namespace ConnectDesk {
class Clock;
class MessageTemplateStore;
} // namespace ConnectDesk

namespace ConnectDesk::Ui {

class QrCodeWidget;

// Handing a generated Connect Link to the customer: a message from a template (copied, or as a
// new email through mailto:), the QR code with PNG/SVG export, and the template editor. Every
// way of sharing a development or sandbox link asks first (DevLinkGuard) and carries its
// marking (tooltips, the QR code's caption), and a dead link is not shared.
class SharePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SharePanel)
public:
    SharePanel(MessageTemplateStore *templates, const Clock &clock, QWidget *parent = nullptr);
    ~SharePanel() override;

    void setLink(const ConnectDesk::TokenResult &result,
                 const QString &appSlug,
                 const QString &appName,
                 const QString &externalUserId,
                 const QString &environment,
                 bool sandbox = false); // made by the built-in simulator: not real
    void clear();
    // Non-empty: the link must not leave the window now (used, expired, not for the current
    // form); the share buttons are disabled and say why.
    void setBlockedReason(const QString &reason);
    QString blockedReason() const { return m_blockedReason; }

    bool hasLink() const { return m_hasLink; }
    QUrl connectLink() const { return m_context.link; }
    QString environment() const { return m_environment; }
    bool isSandbox() const { return m_sandbox; }
    DevLinkGuard::LinkKind linkKind() const; // Live, Development or Sandbox
    const MessageContext &messageContext() const { return m_context; }

    QString currentTemplateName() const;
    void setCurrentTemplate(const QString &name);
    MessageTemplate currentTemplate() const;
    RenderedMessage renderedMessage() const; // the chosen template, filled in now
    QUrl mailtoUrl() const;                  // what Email… opens

    // How Email… opens a mailto: URL (default: QDesktopServices::openUrl); false when no mail
    // program could be opened. A seam for tests.
    void setMailOpener(std::function<bool(const QUrl &)> opener) { m_openMail = std::move(opener); }
    // After Email… found no mail program: the offer to copy the message instead is showing.
    bool isCopyInsteadOffered() const;

    // {expires_at} is shown in this zone (default: the system's); the locale is the widget's.
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

    QrCodeWidget *qrCodeWidget() const;
    bool isQrCodeVisible() const;

public slots:
    void copyMessage();
    void email();
    void setQrCodeVisible(bool visible);
    void editTemplates();

signals:
    void statusMessage(const QString &text);
    void messageCopied(const QString &templateName);
    void emailOpened(const QUrl &mailto);

private:
    void reloadTemplates();
    void updateEnabled();
    bool checkShareable(); // false (and a message) without a live link
    void showFeedback(const QString &text);
    void offerCopyInstead(bool offer);
    void copyRenderedMessage(); // the clipboard part of Copy as message, already confirmed

    std::unique_ptr<::Ui::SharePanel> m_ui;
    MessageTemplateStore *m_templates;
    const Clock &m_clock;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    MessageContext m_context;
    QString m_environment;
    bool m_sandbox = false;
    QString m_blockedReason;
    bool m_hasLink = false;
    bool m_reloading = false;
    QTimer m_feedbackTimer;
    std::function<bool(const QUrl &)> m_openMail;
};

} // namespace ConnectDesk::Ui
