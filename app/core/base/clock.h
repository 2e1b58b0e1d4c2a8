#pragma once

#include <QDateTime>

namespace ConnectDesk {

// The one source of "now" for everything that reads the time (expiry, countdowns, token
// refresh), so tests can drive time without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // always UTC

    static const Clock &system();
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace ConnectDesk
