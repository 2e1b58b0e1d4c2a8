#include "form/tokenformlogic.h"

#include "base/countdown.h"

#include <QRegularExpression>

namespace ConnectDesk::Ui {

QString TokenFormLogic::effectiveProjectId(const ProjectChoice &choice, const QString &typedId)
{
    return choice.projectIdEditable ? typedId.trimmed() : choice.projectId;
}

QString TokenFormLogic::messageFor(const QList<FieldError> &errors, TokenField field)
{
    for (const FieldError &error : errors) {
        if (error.field != field)
            continue;
        if (error.index >= 0)
            return tr("Entry %1: %2").arg(error.index + 1).arg(error.message);
        return error.message;
    }
    return {};
}

QStringList TokenFormLogic::blockingReasons(const TokenRequest &request, const ProjectChoice &choice)
{
    QStringList reasons;
    const QString credentials = choice.credentialsProblem();
    if (!credentials.isEmpty())
        reasons.append(credentials);
    for (const FieldError &error : request.validate()) {
        // A list entry is named by its text too: the origins list shows no numbers (review 31).
        const QString entry = error.field == TokenField::AllowedOrigins
                                  ? request.allowedOrigins.value(error.index).trimmed()
                                  : QString();
        const QString label =
            error.index < 0   ? tokenFieldLabel(error.field)
            : entry.isEmpty() ? tr("%1 (entry %2)").arg(tokenFieldLabel(error.field)).arg(error.index + 1)
                              : tr("%1 (entry %2, \"%3\")")
                                    .arg(tokenFieldLabel(error.field), QString::number(error.index + 1),
                                         entry);
        reasons.append(tr("%1: %2").arg(label, error.message));
    }
    return reasons;
}

QString TokenFormLogic::expiryPreview(const QString &expiresIn, const QDateTime &nowUtc,
                                      const QLocale &locale)
{
    if (!TokenRequest::checkExpiresIn(expiresIn).isEmpty())
        return {};
    const QString text = expiresIn.trimmed();
    const bool serverDefault = text.isEmpty();
    const int seconds = serverDefault ? TokenRequest::maxExpiresIn : text.toInt();
    const QDateTime nowLocal = nowUtc.toLocalTime();
    const QDateTime until = nowLocal.addSecs(seconds);
    const QString when = until.date() == nowLocal.date() ? timeText(until, locale)
                                                         : dateTimeText(until, locale);
    if (serverDefault)
        return tr("Server default: valid until %1 (%2 from now).").arg(when, Countdown::duration(seconds));
    return tr("Valid until %1 (%2 from now).").arg(when, Countdown::duration(seconds));
}

QString TokenFormLogic::shortTime(const QTime &time, const QLocale &locale)
{
    // Some locales (C among them) put seconds in the short format; a link's expiry needs none.
    static const QRegularExpression seconds(QStringLiteral("[:.]ss"));
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(seconds);
    return locale.toString(time, format);
}

QString TokenFormLogic::dateTimeText(const QDateTime &utc, const QLocale &locale)
{
    const QDateTime local = utc.toLocalTime();
    return tr("%1, %2 %3")
        .arg(locale.toString(local.date(), QLocale::LongFormat), shortTime(local.time(), locale),
             local.timeZoneAbbreviation());
}

QString TokenFormLogic::timeText(const QDateTime &utc, const QLocale &locale)
{
    const QDateTime local = utc.toLocalTime();
    return tr("%1 %2", "time and time zone")
        .arg(shortTime(local.time(), locale), local.timeZoneAbbreviation());
}

QString TokenFormLogic::shortDateTime(const QDateTime &dateTime, const QLocale &locale)
{
    return tr("%1 %2").arg(locale.toString(dateTime.date(), QLocale::ShortFormat),
                           shortTime(dateTime.time(), locale));
}

} // namespace ConnectDesk::Ui
