#include "main/sandboxlauncher.h"

#include "connectsimulator.h"

namespace ConnectDesk::Ui {

SandboxLauncher::SandboxLauncher(QObject *parent)
    : QObject(parent)
{}

SandboxLauncher::~SandboxLauncher() = default;

bool SandboxLauncher::start()
{
    if (m_simulator)
        return true;
    auto simulator = std::make_unique<Sim::ConnectSimulator>();
    if (!simulator->listenLocal(0)) {
        m_error = tr("Could not start the sandbox: no local port could be opened on 127.0.0.1.");
        return false;
    }
    // A newcomer sees a populated Customers view: demo customers with healthy, unhealthy and
    // dead accounts.
    simulator->seedDemoCustomers();
    m_error.clear();
    m_simulator = std::move(simulator);
    emit started(choice());
    return true;
}

ProjectChoice SandboxLauncher::choice() const
{
    return m_simulator ? ProjectChoice::sandbox(m_simulator->baseUrl()) : ProjectChoice();
}

} // namespace ConnectDesk::Ui
