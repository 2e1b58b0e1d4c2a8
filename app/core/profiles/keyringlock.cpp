#include "profiles/keyringlock.h"

#ifdef CONNECTDESK_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

namespace ConnectDesk {

void askKeyringLocked(QObject *context, std::function<void(bool locked)> done, int timeoutMs)
{
#ifdef CONNECTDESK_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        QDBusMessage message = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.secrets"),
            QStringLiteral("/org/freedesktop/secrets/aliases/default"),
            QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
        message << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
        auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(message, timeoutMs), context);
        QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                         [done = std::move(done)](QDBusPendingCallWatcher *call) {
                             call->deleteLater();
                             const QDBusPendingReply<QDBusVariant> reply = *call;
                             done(!reply.isError() && reply.value().variant().toBool());
                         });
        return;
    }
#else
    Q_UNUSED(timeoutMs)
#endif
    QMetaObject::invokeMethod(context, [done = std::move(done)] { done(false); },
                              Qt::QueuedConnection);
}

} // namespace ConnectDesk
