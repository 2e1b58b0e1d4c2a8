#pragma once

namespace ConnectDesk::Sim {

class SimState;

struct SeedResult
{
    int users = 0;    // users added (existing ones are left alone)
    int accounts = 0; // accounts added
};

// Realistic demo customers for the sandbox (docs/simulator.md, "Seeded customers"), with times
// relative to the state's clock. Idempotent: a customer that already exists in its project and
// environment is skipped with its accounts.
SeedResult seedDemoCustomers(SimState &state);

} // namespace ConnectDesk::Sim
