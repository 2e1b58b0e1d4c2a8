#include "api/useragent.h"

#include "connectdeskversion.h"

#include <QSysInfo>
#include <QtGlobal>

namespace ConnectDesk {

QString applicationVersion()
{
    return QStringLiteral(CONNECTDESK_VERSION);
}

QByteArray userAgent()
{
    return QByteArrayLiteral("ConnectDesk/") + QByteArrayLiteral(CONNECTDESK_VERSION)
           + QByteArrayLiteral(" (Qt ") + QByteArray(qVersion()) + QByteArrayLiteral("; ")
           + QSysInfo::prettyProductName().toUtf8() + QByteArrayLiteral(")");
}

} // namespace ConnectDesk
