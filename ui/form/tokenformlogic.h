#pragma once

#include "api/tokenrequest.h"
#include "profiles/projectsource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace ConnectDesk::Ui {

// The token form's decisions, as pure functions the tests hit directly. The rules themselves
// live in core (TokenRequest::validate and friends); this only maps and words them.
class TokenFormLogic final
{
    Q_DECLARE_TR_FUNCTIONS(TokenFormLogic)
public:
    // The project ID the request uses: the typed one when the choice lets the user type it.
    static QString effectiveProjectId(const ProjectChoice &choice, const QString &typedId);

    // Why Generate is disabled, one line per problem ("External user ID: Enter ...").
    // Empty when the request can be sent.
    static QStringList blockingReasons(const TokenRequest &request, const ProjectChoice &choice);

    // The first message for `field` (entry-numbered for list fields), empty when it is fine.
    static QString messageFor(const QList<FieldError> &errors, TokenField field);

    // "Valid until 4:00 PM (4 h from now)". Empty expiresIn uses the server default (4 h);
    // an invalid value gives an empty string (the field's own message explains it).
    static QString expiryPreview(const QString &expiresIn, const QDateTime &nowUtc,
                                 const QLocale &locale = QLocale());

    // The locale's short time without seconds ("4:00 PM", "16:00"), and a date-and-time.
    static QString shortTime(const QTime &time, const QLocale &locale = QLocale());
    static QString shortDateTime(const QDateTime &dateTime, const QLocale &locale = QLocale());
    // The window's one way of writing a moment (review 27), in the user's time zone:
    // "Saturday, 5 December 2026, 07:51 UTC" (the locale's long date and short time), and
    // "07:51 UTC" for a moment of today.
    static QString dateTimeText(const QDateTime &utc, const QLocale &locale = QLocale());
    static QString timeText(const QDateTime &utc, const QLocale &locale = QLocale());

    // Seconds for the quick choices: 15 min, 1 h, 4 h.
    static QList<int> quickExpiries() { return {15 * 60, 60 * 60, 4 * 60 * 60}; }
};

} // namespace ConnectDesk::Ui
