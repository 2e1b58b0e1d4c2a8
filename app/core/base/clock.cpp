#include "base/clock.h"

namespace ConnectDesk {

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace ConnectDesk
