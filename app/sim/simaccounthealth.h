#pragma once

namespace ConnectDesk::Sim {

// The health of a connected account, as the API reports it (docs/simulator.md). Named apart from
// the core's ConnectDesk::AccountHealth, so code using both namespaces stays unambiguous.
// Healthy  — healthy: true,  dead: false, error: null
// Unhealthy — healthy: false, dead: false, error: the last refresh's error (Pipedream retries)
// Dead     — healthy: false, dead: true,  error: why (Pipedream gave up; reconnect needed)
enum class SimAccountHealth { Healthy, Unhealthy, Dead };

} // namespace ConnectDesk::Sim
