#pragma once

#include "profiles/projectsource.h"

#include <QObject>

#include <memory>

namespace ConnectDesk::Sim {
class ConnectSimulator;
}

namespace ConnectDesk::Ui {

// The built-in simulator, started in this process when asked: by --sandbox at start-up, or by
// "Try the sandbox" (the welcome page, the Tools menu). Links it creates are not real.
class SandboxLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxLauncher)
public:
    explicit SandboxLauncher(QObject *parent = nullptr);
    ~SandboxLauncher() override;

    // Listens on a free port of 127.0.0.1. True when running (also when it already was);
    // otherwise errorText() says why.
    bool start();
    bool isRunning() const { return m_simulator != nullptr; }
    // The sandbox project with its credentials; only meaningful while running.
    ProjectChoice choice() const;
    QString errorText() const { return m_error; }

signals:
    void started(const ConnectDesk::Ui::ProjectChoice &choice);

private:
    std::unique_ptr<Sim::ConnectSimulator> m_simulator;
    QString m_error;
};

} // namespace ConnectDesk::Ui
