#pragma once

#include <QObject>

#include <functional>

namespace ConnectDesk {

// Whether the Secret Service's default collection (where QtKeychain keeps our secrets) is
// locked. gnome-keyring answers a delete in a locked collection with success and a read with
// "not found", so only this property tells a removed secret from a hidden one.
//
// Asynchronous (D-Bus, bounded by `timeoutMs`): `done` runs once, later, unless `context` is
// destroyed first. True only when the service says "locked"; false when it is unlocked, when
// there is no Secret Service or no D-Bus, or when it does not answer in time — the keychain job
// itself then reports what is wrong.
void askKeyringLocked(QObject *context, std::function<void(bool locked)> done,
                      int timeoutMs = 5000);

} // namespace ConnectDesk
