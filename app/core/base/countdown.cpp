#include "base/countdown.h"

namespace ConnectDesk {

CountdownState Countdown::state(qint64 secondsLeft)
{
    if (secondsLeft <= 0)
        return CountdownState::Expired;
    if (secondsLeft <= soonSeconds)
        return CountdownState::Soon;
    return CountdownState::Active;
}

QString Countdown::duration(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    const int hours = int(seconds / 3600);
    const int minutes = int((seconds % 3600) / 60);
    const int secs = int(seconds % 60);
    if (hours > 0) {
        if (minutes == 0)
            return tr("%n h", "hours, abbreviated", hours);
        //: hours and minutes, abbreviated: "3 h 59 min"
        return tr("%1 %2").arg(tr("%n h", "hours, abbreviated", hours),
                               tr("%n min", "minutes, abbreviated", minutes));
    }
    if (seconds >= soonSeconds || (minutes > 0 && secs == 0))
        return tr("%n min", "minutes, abbreviated", minutes);
    if (minutes > 0)
        return tr("%1 %2").arg(tr("%n min", "minutes, abbreviated", minutes),
                               tr("%n s", "seconds, abbreviated", secs));
    return tr("%n s", "seconds, abbreviated", secs);
}

QString Countdown::text(qint64 secondsLeft)
{
    if (secondsLeft > 0)
        return tr("expires in %1").arg(duration(secondsLeft));
    const qint64 ago = -secondsLeft;
    if (ago < 60)
        return tr("expired just now");
    // Past expiry, seconds no longer matter.
    return tr("expired %1 ago").arg(duration(ago - ago % 60));
}

QString Countdown::accessibleText(qint64 secondsLeft)
{
    if (secondsLeft <= 0)
        return tr("The link has expired.");
    // Rounded up to whole minutes: "expires in 1 minute" until the very end.
    const qint64 minutesLeft = (secondsLeft + 59) / 60;
    const int hours = int(minutesLeft / 60);
    const int minutes = int(minutesLeft % 60);
    if (hours == 0)
        return tr("Expires in %n minute(s).", nullptr, minutes);
    if (minutes == 0)
        return tr("Expires in %n hour(s).", nullptr, hours);
    //: "Expires in 3 hours and 59 minutes."
    return tr("Expires in %1 and %2.")
        .arg(tr("%n hour(s)", nullptr, hours), tr("%n minute(s)", nullptr, minutes));
}

} // namespace ConnectDesk
