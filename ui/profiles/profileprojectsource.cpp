#include "profiles/profileprojectsource.h"

#include "profiles/profilestore.h"
#include "profiles/secretstore.h"

#include <algorithm>

namespace ConnectDesk::Ui {

ProfileProjectSource::ProfileProjectSource(QList<ProjectChoice> fixedChoices,
                                           QString fixedPreferredKey, ProfileStore *profiles,
                                           SecretStore *secrets, QObject *parent)
    : ProjectSource(parent)
    , m_fixed(std::move(fixedChoices))
    , m_fixedPreferred(std::move(fixedPreferredKey))
    , m_profiles(profiles)
    , m_secrets(secrets)
{
    connect(m_profiles, &ProfileStore::profilesChanged, this, &ProfileProjectSource::reload);
    connect(m_secrets, &SecretStore::secretChanged, this, [this](const QString &profileId) {
        m_secretById.remove(profileId);
        readSecret(profileId);
    });
    reload();
}

QString ProfileProjectSource::keyFor(const QString &profileId)
{
    return QStringLiteral("profile:") + profileId;
}

QList<ProjectChoice> ProfileProjectSource::choices() const
{
    QList<ProjectChoice> result;
    ProjectChoice typedIn;
    for (const ProjectChoice &choice : m_fixed) {
        if (choice.projectIdEditable)
            typedIn = choice; // "Other project" stays last
        else
            result.append(choice);
    }
    const QList<Profile> profiles = m_profiles->profiles();
    for (const Profile &profile : profiles) {
        ProjectChoice choice;
        choice.key = keyFor(profile.id);
        choice.name = profile.readOnly ? tr("%1 (provided by IT)").arg(profile.displayName())
                                       : profile.displayName();
        choice.projectId = profile.projectId;
        choice.defaultEnvironment = profile.defaultEnvironment;
        choice.credentials = profile.credentials(m_secretById.value(profile.id));
        choice.unavailableReason = m_problemById.value(profile.id);
        if (choice.unavailableReason.isEmpty() && !choice.hasCredentials())
            choice.unavailableReason = tr("Reading the client secret of \"%1\" from the keychain…")
                                           .arg(profile.displayName());
        result.append(choice);
    }
    if (!typedIn.key.isEmpty())
        result.append(typedIn);
    return result;
}

QString ProfileProjectSource::preferredKey() const
{
    // An explicit --sandbox wins; otherwise the profile used last, if it still exists.
    if (m_fixedPreferred == QLatin1String("sandbox"))
        return m_fixedPreferred;
    const QString last = m_profiles->lastUsedId();
    if (!last.isEmpty() && m_profiles->profile(last))
        return keyFor(last);
    return m_fixedPreferred;
}

void ProfileProjectSource::addFixedChoice(const ProjectChoice &choice)
{
    const auto same = [&choice](const ProjectChoice &entry) { return entry.key == choice.key; };
    const auto existing = std::find_if(m_fixed.begin(), m_fixed.end(), same);
    if (existing != m_fixed.end())
        *existing = choice;
    else
        m_fixed.append(choice); // choices() still lists "Other project" last
    emit choicesChanged();
}

void ProfileProjectSource::rememberSelection(const QString &key)
{
    if (key.startsWith(QLatin1String("profile:")))
        m_profiles->setLastUsed(key.mid(int(qstrlen("profile:"))));
}

void ProfileProjectSource::reload()
{
    const QList<Profile> profiles = m_profiles->profiles();
    for (const Profile &profile : profiles) {
        if (!m_secretById.contains(profile.id) && !m_problemById.contains(profile.id))
            readSecret(profile.id);
    }
    emit choicesChanged();
}

void ProfileProjectSource::readSecret(const QString &profileId)
{
    m_problemById.remove(profileId);
    m_secrets->readSecret(profileId, this,
                          [this, profileId](const QString &secret, const SecretError &error) {
                              if (error.isError())
                                  m_problemById.insert(profileId, error.message);
                              else
                                  m_secretById.insert(profileId, secret);
                              emit choicesChanged();
                          },
                          m_profiles->hasStoredSecret(profileId));
}

} // namespace ConnectDesk::Ui
