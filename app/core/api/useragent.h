#pragma once

#include <QByteArray>
#include <QString>

namespace ConnectDesk {

QString applicationVersion();
// "ConnectDesk/<version> (Qt <version>; <os>)"
QByteArray userAgent();

} // namespace ConnectDesk
