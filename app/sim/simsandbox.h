#pragma once

#include "simhttp.h"

#include <functional>
#include <optional>

namespace ConnectDesk::Sim {

class SimFaultQueue;
class SimState;

// What only the sandbox has: the hosted Connect page stand-in (/_static/connect.html and its
// form target /_sandbox/connect) and the remote controls under /_sandbox/ for other processes.
class SimSandbox final
{
    Q_DISABLE_COPY_MOVE(SimSandbox)
public:
    SimSandbox(SimState &state, SimFaultQueue &faults);

    static bool isControlPath(const QByteArray &path); // /_sandbox/...: never faulted
    // nullopt when the path is not the sandbox's.
    std::optional<SimResponse> handle(const SimRequest &request);

private:
    SimResponse connectPage(const SimRequest &request);
    SimResponse connectForm(const SimRequest &request);
    SimResponse open(const SimRequest &request);
    SimResponse faults(const SimRequest &request);
    SimResponse accountHealth(const SimRequest &request, const QString &accountId);
    SimResponse seed();
    SimResponse customersPage();

    SimState &m_state;
    SimFaultQueue &m_faults;
};

} // namespace ConnectDesk::Sim
