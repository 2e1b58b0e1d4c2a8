#pragma once

#include "connectsimulator.h"
#include "simhttp.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace ConnectDesk::Sim {

// Injected faults, first in first out; each hit consumes one of a fault's `count`.
class SimFaultQueue final
{
    Q_DISABLE_COPY_MOVE(SimFaultQueue)
public:
    SimFaultQueue() = default;

    void enqueue(const Fault &fault);
    void clear() { m_faults.clear(); }
    // The first queued fault matching `path`, consumed once.
    std::optional<Fault> take(const QByteArray &path);
    const QList<Fault> &pending() const { return m_faults; }

private:
    QList<Fault> m_faults;
};

namespace Faults {

QString kindName(FaultKind kind); // "rate_limited", ...
std::optional<FaultKind> kindFromName(const QString &name);
std::optional<Fault> fromJson(const QJsonObject &object, QString *error);
QJsonObject toJson(const Fault &fault);

// The answer that replaces the normal one, or nullopt for the faults that only change how the
// normal answer travels (TruncatedBody, SlowReply, DropConnection).
std::optional<SimResponse> response(const Fault &fault,
                                    const QByteArray &path,
                                    const QDateTime &now,
                                    int rateLimit);

} // namespace Faults
} // namespace ConnectDesk::Sim
