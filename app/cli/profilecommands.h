#pragma once

#include "api/accesstokenprovider.h"
#include "profiles/profile.h"

#include <QStringList>

#include <optional>

class QIODevice;

namespace ConnectDesk::Cli {

// Where the profile commands find their state. The defaults are the user's settings file
// (Settings::defaultFilePath()), the platform's system-wide profiles, the "ConnectDesk"
// keychain service and the process's standard input; tests replace them.
struct ProfileCommandSetup
{
    QString settingsPath;                      // empty = Settings::defaultFilePath()
    std::optional<QString> systemSettingsPath; // nullopt = the platform's system scope
    QString keychainService;                   // empty = SecretStore::defaultServiceName()
    QIODevice *secretInput = nullptr;          // null = standard input
};

// connectdesk profile add|list|test|remove ... — `arguments` are the words after "profile".
// Returns the exit code (exitcodes.h): 0 ok, 2 invalid input or usage (also: no secret in the
// keychain, no or a locked keychain), 3 credentials rejected, 4 API error, 5 network.
int runProfileCommand(const QStringList &arguments);
int runProfileCommand(const QStringList &arguments, const ProfileCommandSetup &setup);

// A profile made ready for calls: its fields plus the client secret from the keychain.
struct ResolvedProfile
{
    Profile profile;
    ClientCredentials credentials; // base URL (the profile's, else the public API), client ID,
                                   // secret, access-token scope
    QString projectId;
    QString environment; // the profile's default environment
};

struct ProfileResolution
{
    std::optional<ResolvedProfile> resolved;
    int exitCode = 0; // 0 when resolved, else 2 (unknown profile, no secret, keychain problem)
    QString error;    // one sentence when not resolved; never contains the secret
};

// For `token create/bulk --profile NAME`: finds the profile by name (case-insensitive) and
// reads its client secret from the keychain. COMMAND LINE ONLY: it waits for the keychain on a
// local QEventLoop, which the GUI must never do. Layering is the caller's: flags win over the
// profile, and the profile wins over PIPEDREAM_* variables.
ProfileResolution resolveProfileCredentials(const QString &name,
                                            const ProfileCommandSetup &setup = {});

} // namespace ConnectDesk::Cli
