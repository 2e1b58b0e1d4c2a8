#pragma once

#include "profiles/projectsource.h"

#include <QHash>

namespace ConnectDesk {
class ProfileStore;
class SecretStore;
}

namespace ConnectDesk::Ui {

// The project picker's entries with profiles: the fixed entries (sandbox, environment) first,
// then every profile, then "Other project". Each profile's client secret is read from the
// keychain asynchronously and kept in memory only; until it arrives (or when the keychain
// fails) the entry explains why tokens cannot be created yet.
class ProfileProjectSource final : public ProjectSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileProjectSource)
public:
    ProfileProjectSource(QList<ProjectChoice> fixedChoices, QString fixedPreferredKey,
                         ProfileStore *profiles, SecretStore *secrets, QObject *parent = nullptr);

    QList<ProjectChoice> choices() const override;
    QString preferredKey() const override;

    // Adds (or replaces, by key) a fixed entry, e.g. the sandbox once it is started.
    void addFixedChoice(const ProjectChoice &choice);
    // Remembers a picked profile as the last one used (other keys are not remembered).
    void rememberSelection(const QString &key);
    static QString keyFor(const QString &profileId);

private:
    void reload();
    void readSecret(const QString &profileId);

    QList<ProjectChoice> m_fixed;
    QString m_fixedPreferred;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    QHash<QString, QString> m_secretById;  // memory only
    QHash<QString, QString> m_problemById; // why a profile's secret is not available
};

} // namespace ConnectDesk::Ui
