#include "share/messagetemplate.h"

#include <QRegularExpression>

namespace ConnectDesk {

namespace {

const QRegularExpression &placeholderPattern()
{
    // {name}: letters, digits and underscores, starting with a letter or underscore.
    static const QRegularExpression pattern(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    return pattern;
}

// A locale's short time format without seconds (the C locale's short format has them).
QString timeFormatWithoutSeconds(const QLocale &locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[^A-Za-z']?s+"));
    format.remove(seconds);
    return format.trimmed();
}

} // namespace

QStringList MessageTemplate::check() const
{
    QStringList unknown = MessageTemplates::unknownPlaceholders(subject);
    const QStringList inBody = MessageTemplates::unknownPlaceholders(body);
    for (const QString &name : inBody) {
        if (!unknown.contains(name))
            unknown.append(name);
    }
    return unknown;
}

QStringList MessageTemplates::placeholders()
{
    return {QStringLiteral("link"),
            QStringLiteral("app"),
            QStringLiteral("external_user_id"),
            QStringLiteral("expires_at"),
            QStringLiteral("expires_in")};
}

QString MessageTemplates::placeholderDescription(const QString &name)
{
    if (name == QLatin1String("link"))
        return tr("the Connect Link");
    if (name == QLatin1String("app"))
        return tr("the app's name (Slack), or its slug");
    if (name == QLatin1String("external_user_id"))
        return tr("the customer's external user ID");
    if (name == QLatin1String("expires_at"))
        return tr("when the link expires, as a date and time");
    if (name == QLatin1String("expires_in"))
        return tr("how long the link is still valid (3 hours 59 minutes)");
    return {};
}

QList<MessageTemplate> MessageTemplates::defaults()
{
    return {
        {tr("Email"),
         tr("Your link to connect {app}"),
         tr("Hello,\n"
            "\n"
            "To finish setting up the integration, please open this secure link and connect "
            "{app}:\n"
            "\n"
            "{link}\n"
            "\n"
            "The link can be used once and is valid until {expires_at}. If it has expired by "
            "the time you open it, reply to this email and we will send you a new one.\n"
            "\n"
            "Thank you!")},
        {tr("Chat"),
         QString(),
         tr("Here is your secure link to connect {app}: {link}\n"
            "It works once and expires in {expires_in} ({expires_at}).")},
        {tr("Support ticket"),
         tr("Your link to connect {app}"),
         tr("Hi,\n"
            "\n"
            "Please use the link below to connect {app}. It can be used once and is valid until "
            "{expires_at}.\n"
            "\n"
            "{link}\n"
            "\n"
            "If the link has expired before you get to it, reply to this ticket and we will send "
            "a fresh one.\n"
            "\n"
            "Reference: {external_user_id}")},
        {tr("Link only"), QString(), QStringLiteral("{link}")},
    };
}

QString MessageTemplates::appText(const MessageContext &context)
{
    if (!context.appName.trimmed().isEmpty())
        return context.appName.trimmed();
    if (!context.appSlug.trimmed().isEmpty())
        return context.appSlug.trimmed();
    //: {app} when no app was chosen: "connect your app"
    return tr("your app");
}

QString MessageTemplates::formatExpiresAt(const QDateTime &expiresAt,
                                          const QLocale &locale,
                                          const QTimeZone &zone)
{
    if (!expiresAt.isValid())
        return {};
    const QDateTime there = expiresAt.toTimeZone(zone);
    //: {expires_at}: "Saturday, 28 November 2026 at 16:02 UTC" (date, time, time zone)
    return tr("%1 at %2 %3")
        .arg(locale.toString(there.date(), QLocale::LongFormat),
             locale.toString(there.time(), timeFormatWithoutSeconds(locale)),
             there.timeZoneAbbreviation());
}

QString MessageTemplates::formatExpiresIn(qint64 secondsLeft, const QLocale &locale)
{
    Q_UNUSED(locale) // numbers go through %Ln, which follows the default locale
    if (secondsLeft <= 0)
        return tr("already expired");
    if (secondsLeft < 60)
        return tr("less than a minute");
    const int hours = int(secondsLeft / 3600);
    const int minutes = int(secondsLeft % 3600 / 60);
    // Separate singular and plural sources keep the untranslated English right; translators
    // still get %n for their own plural rules.
    const QString hourText = hours == 1 ? tr("%Ln hour", "singular", hours)
                                        : tr("%Ln hours", "plural", hours);
    const QString minuteText = minutes == 1 ? tr("%Ln minute", "singular", minutes)
                                            : tr("%Ln minutes", "plural", minutes);
    if (hours == 0)
        return minuteText;
    if (minutes == 0)
        return hourText;
    //: {expires_in}: "3 hours 59 minutes"
    return tr("%1 %2").arg(hourText, minuteText);
}

QStringList MessageTemplates::unknownPlaceholders(const QString &text)
{
    const QStringList known = placeholders();
    QStringList unknown;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (!known.contains(match.captured(1)) && !unknown.contains(match.captured(0)))
            unknown.append(match.captured(0));
    }
    return unknown;
}

QString MessageTemplates::render(const QString &text,
                                 const MessageContext &context,
                                 const QDateTime &now,
                                 const QLocale &locale,
                                 const QTimeZone &zone)
{
    QString out;
    out.reserve(text.size() + 256);
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1);
        QString value;
        bool known = true;
        if (name == QLatin1String("link"))
            value = context.link.toString(QUrl::FullyEncoded);
        else if (name == QLatin1String("app"))
            value = appText(context);
        else if (name == QLatin1String("external_user_id"))
            value = context.externalUserId.trimmed();
        else if (name == QLatin1String("expires_at"))
            value = formatExpiresAt(context.expiresAt, locale, zone);
        else if (name == QLatin1String("expires_in"))
            value = context.expiresAt.isValid()
                        ? formatExpiresIn(now.secsTo(context.expiresAt), locale)
                        : QString();
        else
            known = false;
        out += QStringView(text).mid(last, match.capturedStart() - last);
        out += known ? value : match.captured(0);
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

RenderedMessage MessageTemplates::render(const MessageTemplate &messageTemplate,
                                         const MessageContext &context,
                                         const QDateTime &now,
                                         const QLocale &locale,
                                         const QTimeZone &zone)
{
    return {render(messageTemplate.subject, context, now, locale, zone),
            render(messageTemplate.body, context, now, locale, zone)};
}

} // namespace ConnectDesk
