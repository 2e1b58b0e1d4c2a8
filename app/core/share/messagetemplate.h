#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

namespace ConnectDesk {

// An editable text for handing a Connect Link to a customer (email, chat, a ticket). `subject`
// is used by email only. Placeholders: {link} {app} {external_user_id} {expires_at} {expires_in}.
struct MessageTemplate
{
    QString name;    // shown in the chooser; unique within a list
    QString subject; // empty = no subject line
    QString body;

    // Placeholders in the subject or body that rendering does not know ("{name}"), in order of
    // first appearance, each once. They are left as typed; the editor warns about them.
    QStringList check() const;

    bool operator==(const MessageTemplate &) const = default;
};

// What a message is about: one generated link.
struct MessageContext
{
    QUrl link;       // the Connect Link, app= included
    QString appSlug; // "slack"
    QString appName; // "Slack"; empty = use the slug
    QString externalUserId;
    QDateTime expiresAt; // UTC

    bool operator==(const MessageContext &) const = default;
};

struct RenderedMessage
{
    QString subject;
    QString body;

    bool operator==(const RenderedMessage &) const = default;
};

// Pure rendering of message templates, and the default set.
class MessageTemplates final
{
    Q_DECLARE_TR_FUNCTIONS(MessageTemplates)
public:
    // The names rendering knows, without braces: "link", "app", "external_user_id",
    // "expires_at", "expires_in".
    static QStringList placeholders();
    static QString placeholderDescription(const QString &name); // for the editor's help

    // Email, Chat, Support ticket, Link only (names and texts translated).
    static QList<MessageTemplate> defaults();

    // Replaces every known {placeholder} in one pass (values are never expanded again, so a
    // user ID that contains "{link}" stays as it is); unknown ones are kept verbatim.
    // `now` is the clock's time (for {expires_in}); {expires_at} is shown in `zone`.
    static QString render(const QString &text,
                          const MessageContext &context,
                          const QDateTime &now,
                          const QLocale &locale = QLocale(),
                          const QTimeZone &zone = QTimeZone::systemTimeZone());
    static RenderedMessage render(const MessageTemplate &messageTemplate,
                                  const MessageContext &context,
                                  const QDateTime &now,
                                  const QLocale &locale = QLocale(),
                                  const QTimeZone &zone = QTimeZone::systemTimeZone());

    // Unknown placeholders of one text, as in MessageTemplate::check().
    static QStringList unknownPlaceholders(const QString &text);

    // {app}: the display name, else the slug, else a neutral "your app".
    static QString appText(const MessageContext &context);
    // {expires_at}: "Saturday, 28 November 2026 at 16:02 UTC" (long date, time without
    // seconds, time zone abbreviation), in the customer's words rather than ISO 8601.
    static QString formatExpiresAt(const QDateTime &expiresAt,
                                   const QLocale &locale,
                                   const QTimeZone &zone);
    // {expires_in}: "3 hours 59 minutes", "4 hours", "12 minutes", "less than a minute",
    // "already expired". Whole minutes, rounded down: never promises more time than is left.
    static QString formatExpiresIn(qint64 secondsLeft, const QLocale &locale);
};

} // namespace ConnectDesk
