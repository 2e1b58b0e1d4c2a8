#pragma once

#include "profiles/profile.h"
#include "profiles/secretstore.h"

#include <QObject>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace ConnectDesk {

class Settings;

// The outcome of a change: the profile's id, or what is wrong (nothing was changed then).
struct ProfileChange
{
    QString id;
    QList<ProfileIssue> issues;

    bool ok() const { return issues.isEmpty(); }
    QString firstMessage() const { return issues.isEmpty() ? QString() : issues.first().message; }
};

struct ProfileImportReport
{
    struct Problem
    {
        int index = -1; // position in the imported list (0-based), -1 for the whole file
        QString name;   // the profile's name as given
        QStringList messages;
        bool skipped = true; // false: imported, with notes (e.g. an ignored secret field)
    };
    QStringList importedIds;
    QList<Problem> problems;

    bool hasProblems() const { return !problems.isEmpty(); }
    QString summary() const; // "2 profiles imported; 1 skipped."
};

// Profiles in the user's Settings, plus read-only ones IT provides in the system-wide
// configuration (the platform's system scope of QSettings, e.g. /etc/xdg/ConnectDesk/
// ConnectDesk.conf on Linux). Never holds a secret: whether one is stored is a flag only.
//
// System file format (IT): a QSettings array "profiles" with keys name, projectId,
// environment, clientId, accessScope, apiBaseUrl and an optional stable id:
//     [profiles]
//     size=1
//     1\name=Acme support
//     1\projectId=proj_abc123
//     1\clientId=oc_...
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)
public:
    // System profiles from the platform's system scope.
    explicit ProfileStore(Settings *settings, QObject *parent = nullptr);
    // System profiles from this INI file instead (tests; an empty path = none).
    ProfileStore(Settings *settings, const QString &systemSettingsFile, QObject *parent = nullptr);
    ~ProfileStore() override;

    Settings *settings() const { return m_settings; }

    // System profiles first (in the file's order), then the user's (in creation order).
    QList<Profile> profiles() const;
    QList<Profile> userProfiles() const;
    QList<Profile> systemProfiles() const { return m_system; }
    QStringList systemProblems() const { return m_systemProblems; } // what was skipped and why
    bool isEmpty() const { return profiles().isEmpty(); }
    std::optional<Profile> profile(const QString &id) const;
    std::optional<Profile> findByName(const QString &name) const; // case-insensitive
    QStringList names(const QString &exceptId = {}) const;

    // Validation in context: the profile's own rules plus a duplicate-name check.
    QList<ProfileIssue> validate(const Profile &profile) const;

    ProfileChange add(Profile profile);           // assigns a new id when profile.id is empty
    ProfileChange update(const Profile &profile); // by id; read-only profiles refuse
    ProfileChange rename(const QString &id, const QString &newName);
    // A copy named `newName` (default: "<name> (copy)", numbered when taken), with a new id.
    // Its secret is not copied here: use SecretStore::copySecret.
    ProfileChange duplicate(const QString &id, const QString &newName = {});
    // Removes the settings entry only; removeWithSecret() also deletes the keychain entry.
    // False when there is no such profile or the settings file cannot be written (then nothing
    // changed). add/update/rename/duplicate report an unwritable file as an issue likewise.
    bool remove(const QString &id);

    // Removes the profile, then deletes its secret. If the settings cannot be written nothing
    // changes and `done` gets the error (Kind::Failed). If a recorded secret cannot be deleted
    // (no or a locked keychain) the profile is put back and `done` gets the error, unless
    // `evenIfSecretRemains`. A keyring that says it is locked is asked first: then nothing
    // changes and `done` gets Kind::Locked. Read-only profiles are never removed.
    void removeWithSecret(const QString &id, SecretStore *secrets, QObject *context,
                          SecretStore::DoneCallback done, bool evenIfSecretRemains = false);

    // Non-secret bookkeeping of whether the keychain holds a secret for a profile.
    bool hasStoredSecret(const QString &id) const;
    bool setHasStoredSecret(const QString &id, bool stored); // false: settings not writable

    QString lastUsedId() const; // empty when unset or the profile is gone
    void setLastUsed(const QString &id);

    // JSON export of the given profiles (all when empty), never with secrets:
    // {"format": "connectdesk-profiles", "version": 1, "profiles": [{name, project_id, ...}]}
    QByteArray exportJson(const QStringList &ids = {}) const;
    bool exportToFile(const QString &filePath, QString *error = nullptr,
                      const QStringList &ids = {}) const;
    // Adds every valid profile (new ids); invalid ones and name clashes are skipped and
    // reported per profile. Accepts the export format or a bare array of profiles.
    ProfileImportReport importJson(const QByteArray &json);
    ProfileImportReport importFromFile(const QString &filePath);

    // Reads IT profiles from a QSettings (pure, for tests and tools).
    static QList<Profile> readSystemProfiles(QSettings &settings, QStringList *problems = nullptr);

signals:
    void profilesChanged();
    void profileRemoved(const QString &id);
    void profileUpdated(const QString &id); // fields changed: cached access tokens are stale
    void lastUsedChanged(const QString &id);

private:
    void loadSystem(QSettings &settings);
    void watchSettings();
    bool saveUser(const QList<Profile> &profiles);
    ProfileIssue notSavedIssue() const;
    void removeThenDeleteSecret(const QString &id, SecretStore *secrets,
                                const SecretStore::DoneCallback &deliver, bool evenIfSecretRemains);
    void confirmSecretGone(const QString &id, SecretStore *secrets, const QList<Profile> &before,
                           const QString &lastUsed, const SecretStore::DoneCallback &deliver,
                           bool evenIfSecretRemains);
    QString uniqueCopyName(const QString &base) const;

    Settings *m_settings;
    QList<Profile> m_system;
    QStringList m_systemProblems;
};

} // namespace ConnectDesk
