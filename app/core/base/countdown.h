#pragma once

#include <QCoreApplication>
#include <QString>

namespace ConnectDesk {

// How close a Connect token is to its end, for the live countdown of the result pane.
enum class CountdownState {
    Active,  // more than five minutes left
    Soon,    // five minutes or less
    Expired, // nothing left: the link is dead
};

// Pure countdown wording, shared by the window and the command line. Durations read
// "3 h 59 min", "4 min 05 s", "12 s"; plurals and numbers go through tr() and QLocale.
class Countdown final
{
    Q_DECLARE_TR_FUNCTIONS(Countdown)
public:
    static constexpr qint64 soonSeconds = 5 * 60;

    static CountdownState state(qint64 secondsLeft);
    // "3 h 59 min" (whole minutes from an hour up), "42 min", "4 min 5 s" (seconds under
    // five minutes, where they matter), "12 s".
    static QString duration(qint64 seconds);
    // "expires in 3 h 59 min", "expired 2 min ago", "expired just now".
    static QString text(qint64 secondsLeft);
    // Minute resolution, for screen readers: it changes at most once a minute (and when the
    // state changes), so assistive technology is not flooded every second.
    static QString accessibleText(qint64 secondsLeft);
};

} // namespace ConnectDesk
