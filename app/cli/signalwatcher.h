#pragma once

#include <QObject>

class QSocketNotifier;

namespace ConnectDesk::Cli {

// Turns SIGINT and SIGTERM (Ctrl+C / console close on Windows) into a Qt signal delivered on
// the event loop, so long-running commands can stop cleanly. One instance at a time; the
// default handlers come back when it is destroyed.
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void signalled(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace ConnectDesk::Cli
