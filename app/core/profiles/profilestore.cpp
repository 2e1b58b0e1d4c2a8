#include "profiles/profilestore.h"

#include "profiles/settings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSettings>
#include <QUuid>

namespace ConnectDesk {

namespace {

constexpr QLatin1String exportFormat("connectdesk-profiles");
constexpr int exportVersion = 1;
constexpr qint64 maxImportBytes = 4 * 1024 * 1024;

// Ids of IT profiles without an explicit id: derived from the name, so they stay stable.
const QUuid systemIdNamespace(QStringLiteral("{6b3f7a56-0f2e-4c55-9d65-1c3c7e0f2a11}"));

QString stableId(const QString &seed)
{
    return QUuid::createUuidV5(systemIdNamespace, seed).toString(QUuid::WithoutBraces);
}

} // namespace

QString ProfileImportReport::summary() const
{
    qsizetype skipped = 0;
    for (const Problem &problem : problems) {
        if (problem.skipped)
            ++skipped;
    }
    QString text = ProfileStore::tr("%n profile(s) imported", nullptr, int(importedIds.size()));
    if (skipped > 0)
        text += ProfileStore::tr("; %n skipped", nullptr, int(skipped));
    return text + QLatin1Char('.');
}

ProfileStore::ProfileStore(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    QSettings system(QSettings::NativeFormat, QSettings::SystemScope, QStringLiteral("ConnectDesk"),
                     QStringLiteral("ConnectDesk"));
    system.setFallbacksEnabled(false);
    loadSystem(system);
    watchSettings();
}

ProfileStore::ProfileStore(Settings *settings, const QString &systemSettingsFile, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    if (!systemSettingsFile.isEmpty() && QFile::exists(systemSettingsFile)) {
        QSettings system(systemSettingsFile, QSettings::IniFormat);
        loadSystem(system);
    }
    watchSettings();
}

ProfileStore::~ProfileStore() = default;

void ProfileStore::watchSettings()
{
    // Changes made through any store sharing these Settings reach every one of them.
    connect(m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::Profiles || key == Settings::Key::ProfilesWithSecret)
            emit profilesChanged();
        else if (key == Settings::Key::LastUsedProfile)
            emit lastUsedChanged(lastUsedId());
    });
}

QList<Profile> ProfileStore::readSystemProfiles(QSettings &settings, QStringList *problems)
{
    QList<Profile> result;
    QStringList names;
    if (settings.status() != QSettings::NoError) {
        if (problems)
            problems->append(tr("The system-wide profile configuration %1 could not be read.")
                                 .arg(settings.fileName()));
        return result;
    }
    const int size = settings.beginReadArray(QStringLiteral("profiles"));
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        QVariantMap record;
        const QStringList keys = settings.childKeys();
        for (const QString &key : keys)
            record.insert(key, settings.value(key));
        Profile profile = Profile::fromRecord(record);
        profile.readOnly = true;
        const QString explicitId = record.value(QStringLiteral("id")).toString().trimmed();
        profile.id = stableId(QStringLiteral("system:")
                              + (explicitId.isEmpty() ? profile.name.simplified() : explicitId));
        QStringList messages;
        for (const QString &key : keys) {
            if (key.contains(QLatin1String("secret"), Qt::CaseInsensitive))
                messages.append(
                    tr("its \"%1\" entry was ignored: secrets belong in the keychain").arg(key));
        }
        const QList<ProfileIssue> issues = profile.validate(names);
        if (!issues.isEmpty()) {
            if (problems)
                problems->append(tr("IT profile %1 (\"%2\") was skipped: %3")
                                     .arg(i + 1)
                                     .arg(profile.name.simplified(), issues.first().message));
            continue;
        }
        if (problems && !messages.isEmpty())
            problems->append(tr("IT profile \"%1\": %2")
                                 .arg(profile.displayName(), messages.join(QStringLiteral("; "))));
        names.append(profile.name);
        result.append(profile);
    }
    settings.endArray();
    return result;
}

void ProfileStore::loadSystem(QSettings &settings)
{
    m_system = readSystemProfiles(settings, &m_systemProblems);
}

QList<Profile> ProfileStore::userProfiles() const
{
    QList<Profile> result;
    const QVariantList records = m_settings->value(Settings::Key::Profiles).toList();
    for (const QVariant &record : records) {
        Profile profile = Profile::fromRecord(record.toMap());
        if (profile.id.isEmpty()) // edited by hand: keep it stable anyway
            profile.id = stableId(QStringLiteral("user:") + profile.name.simplified());
        result.append(profile);
    }
    return result;
}

QList<Profile> ProfileStore::profiles() const
{
    return m_system + userProfiles();
}

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    const QList<Profile> all = profiles();
    for (const Profile &profile : all) {
        if (profile.id == id)
            return profile;
    }
    return std::nullopt;
}

std::optional<Profile> ProfileStore::findByName(const QString &name) const
{
    const QString wanted = name.simplified().toCaseFolded();
    const QList<Profile> all = profiles();
    for (const Profile &profile : all) {
        if (profile.name.simplified().toCaseFolded() == wanted)
            return profile;
    }
    return std::nullopt;
}

QStringList ProfileStore::names(const QString &exceptId) const
{
    QStringList result;
    const QList<Profile> all = profiles();
    for (const Profile &profile : all) {
        if (exceptId.isEmpty() || profile.id != exceptId)
            result.append(profile.name);
    }
    return result;
}

QList<ProfileIssue> ProfileStore::validate(const Profile &profile) const
{
    return profile.validate(names(profile.id));
}

bool ProfileStore::saveUser(const QList<Profile> &profiles)
{
    QVariantList records;
    for (const Profile &profile : profiles)
        records.append(profile.toRecord());
    return m_settings->setValue(Settings::Key::Profiles, records);
}

ProfileIssue ProfileStore::notSavedIssue() const
{
    return {ProfileField::General,
            tr("The profiles could not be saved: %1 Nothing was changed.")
                .arg(m_settings->errorString())};
}

ProfileChange ProfileStore::add(Profile profile)
{
    if (profile.id.isEmpty() || this->profile(profile.id))
        profile.id = Profile::newId();
    profile.readOnly = false;
    ProfileChange change{profile.id, validate(profile)};
    if (!change.ok())
        return change;
    QList<Profile> user = userProfiles();
    user.append(profile);
    if (!saveUser(user))
        change.issues.append(notSavedIssue());
    return change;
}

ProfileChange ProfileStore::update(const Profile &profile)
{
    ProfileChange change{profile.id, {}};
    const auto existing = this->profile(profile.id);
    if (!existing) {
        change.issues.append({ProfileField::General, tr("This profile no longer exists.")});
        return change;
    }
    if (existing->readOnly) {
        change.issues.append({ProfileField::General,
                              tr("\"%1\" is provided by your IT department and cannot be changed; "
                                 "duplicate it to make your own version.")
                                  .arg(existing->displayName())});
        return change;
    }
    change.issues = validate(profile);
    if (!change.ok())
        return change;
    QList<Profile> user = userProfiles();
    for (Profile &entry : user) {
        if (entry.id == profile.id) {
            if (entry == profile)
                return change;
            entry = profile;
            entry.readOnly = false;
        }
    }
    if (!saveUser(user)) {
        change.issues.append(notSavedIssue());
        return change;
    }
    emit profileUpdated(profile.id);
    return change;
}

ProfileChange ProfileStore::rename(const QString &id, const QString &newName)
{
    auto existing = profile(id);
    if (!existing)
        return {id, {{ProfileField::General, tr("This profile no longer exists.")}}};
    existing->name = newName.simplified();
    return update(*existing);
}

QString ProfileStore::uniqueCopyName(const QString &base) const
{
    const QStringList taken = names();
    const auto isFree = [&taken](const QString &candidate) {
        return Profile::checkName(candidate, taken).isEmpty();
    };
    QString candidate = tr("%1 (copy)").arg(base.simplified());
    for (int n = 2; !isFree(candidate) && n < 1000; ++n)
        candidate = tr("%1 (copy %2)").arg(base.simplified()).arg(n);
    return candidate;
}

ProfileChange ProfileStore::duplicate(const QString &id, const QString &newName)
{
    auto existing = profile(id);
    if (!existing)
        return {id, {{ProfileField::General, tr("This profile no longer exists.")}}};
    Profile copy = *existing;
    copy.id.clear();
    copy.readOnly = false;
    copy.name = newName.trimmed().isEmpty() ? uniqueCopyName(existing->name) : newName;
    return add(copy);
}

bool ProfileStore::remove(const QString &id)
{
    QList<Profile> user = userProfiles();
    const auto removed = user.removeIf([&id](const Profile &profile) { return profile.id == id; });
    if (removed == 0)
        return false;
    // The profile first: once it is gone, a stale "has a secret" mark or last-used id is
    // harmless (both are looked up by profile), while the reverse would leave a profile that
    // claims no secret.
    if (!saveUser(user))
        return false;
    if (hasStoredSecret(id))
        setHasStoredSecret(id, false);
    if (m_settings->get<QString>(Settings::Key::LastUsedProfile) == id)
        m_settings->reset(Settings::Key::LastUsedProfile);
    emit profileRemoved(id);
    return true;
}

void ProfileStore::removeWithSecret(const QString &id, SecretStore *secrets, QObject *context,
                                    SecretStore::DoneCallback done, bool evenIfSecretRemains)
{
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    const auto deliver = [guard, hasContext, done](const SecretError &error) {
        if (done && (!hasContext || guard))
            done(error);
    };
    if (hasStoredSecret(id) && !evenIfSecretRemains) {
        // A locked keyring would answer the delete with success and keep the secret: asked
        // first, so that case changes nothing at all (no removal and putting back).
        secrets->checkUnlocked(this, [this, id, secrets, deliver](const SecretError &locked) {
            if (locked.isError())
                deliver(locked);
            else
                removeThenDeleteSecret(id, secrets, deliver, false);
        });
        return;
    }
    removeThenDeleteSecret(id, secrets, deliver, evenIfSecretRemains);
}

void ProfileStore::removeThenDeleteSecret(const QString &id, SecretStore *secrets,
                                          const SecretStore::DoneCallback &deliver,
                                          bool evenIfSecretRemains)
{
    // Settings first, keychain second: a settings file that cannot be written changes nothing,
    // and a secret that cannot be deleted puts the profile back, so the two never disagree.
    const QList<Profile> before = userProfiles();
    const bool recorded = hasStoredSecret(id);
    const QString lastUsed = m_settings->get<QString>(Settings::Key::LastUsedProfile);
    if (!remove(id)) {
        SecretError notSaved = SecretError::make(SecretError::Kind::Failed);
        const QString why = m_settings->errorString();
        notSaved.message = !why.isEmpty() ? tr("The profile was not removed: %1").arg(why)
                                          : tr("This profile no longer exists.");
        QMetaObject::invokeMethod(this, [deliver, notSaved] { deliver(notSaved); },
                                  Qt::QueuedConnection);
        return;
    }
    secrets->removeSecret(id, this,
                          [this, id, secrets, before, recorded, lastUsed, deliver,
                           evenIfSecretRemains](const SecretError &failure) {
                              // No secret was ever recorded for it: an unreachable keychain cannot
                              // hold one of ours worth keeping the profile for.
                              const SecretError error = recorded ? failure : SecretError();
                              if (!error.isError() && recorded) {
                                  confirmSecretGone(id, secrets, before, lastUsed, deliver,
                                                    evenIfSecretRemains);
                                  return;
                              }
                              if (error.isError() && !evenIfSecretRemains) {
                                  if (saveUser(before)) {
                                      if (recorded)
                                          setHasStoredSecret(id, true);
                                      if (lastUsed == id)
                                          setLastUsed(id);
                                  }
                              }
                              deliver(error);
                          });
}

void ProfileStore::confirmSecretGone(const QString &id, SecretStore *secrets,
                                     const QList<Profile> &before, const QString &lastUsed,
                                     const SecretStore::DoneCallback &deliver,
                                     bool evenIfSecretRemains)
{
    // A keyring may hide the item from the delete and report "nothing to delete": only a read
    // that finds nothing proves the secret gone (SecretStore reports a read in a keyring that
    // says it is locked as Locked, never as "not found").
    secrets->readSecret(
        id, this,
        [this, id, before, lastUsed, deliver, evenIfSecretRemains](const QString &secret,
                                                                  const SecretError &readError) {
            // Nothing found is the proof; a secret still there, or no answer, is not.
            const bool gone = readError.kind == SecretError::Kind::NotFound
                              || readError.kind == SecretError::Kind::Vanished;
            SecretError error = gone ? SecretError() : readError;
            if (!error.isError() && !gone && !secret.isEmpty())
                error = SecretError::make(SecretError::Kind::Locked);
            if (error.isError() && !evenIfSecretRemains && saveUser(before)) {
                setHasStoredSecret(id, true);
                if (lastUsed == id)
                    setLastUsed(id);
            }
            deliver(error);
        },
        false);
}

bool ProfileStore::hasStoredSecret(const QString &id) const
{
    return m_settings->get<QStringList>(Settings::Key::ProfilesWithSecret).contains(id);
}

bool ProfileStore::setHasStoredSecret(const QString &id, bool stored)
{
    QStringList ids = m_settings->get<QStringList>(Settings::Key::ProfilesWithSecret);
    if (ids.contains(id) == stored)
        return true;
    if (stored)
        ids.append(id);
    else
        ids.removeAll(id);
    return m_settings->setValue(Settings::Key::ProfilesWithSecret, ids);
}

QString ProfileStore::lastUsedId() const
{
    const QString id = m_settings->get<QString>(Settings::Key::LastUsedProfile);
    return profile(id) ? id : QString();
}

void ProfileStore::setLastUsed(const QString &id)
{
    m_settings->setValue(Settings::Key::LastUsedProfile, id);
}

QByteArray ProfileStore::exportJson(const QStringList &ids) const
{
    QJsonArray list;
    const QList<Profile> all = profiles();
    for (const Profile &profile : all) {
        if (ids.isEmpty() || ids.contains(profile.id))
            list.append(profile.toJson());
    }
    const QJsonObject document{{QStringLiteral("format"), exportFormat},
                               {QStringLiteral("version"), exportVersion},
                               {QStringLiteral("profiles"), list}};
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

bool ProfileStore::exportToFile(const QString &filePath, QString *error,
                                const QStringList &ids) const
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(exportJson(ids)) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(filePath, file.errorString());
        return false;
    }
    return true;
}

ProfileImportReport ProfileStore::importJson(const QByteArray &json)
{
    ProfileImportReport report;
    const auto fail = [&report](const QString &message) {
        report.problems.append({-1, {}, {message}, true});
        return report;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("The file is not valid JSON: %1 (at byte %2).")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    QJsonArray list;
    if (document.isArray()) {
        list = document.array();
    } else {
        const QJsonObject object = document.object();
        const QString format = object.value(QLatin1String("format")).toString();
        if (!format.isEmpty() && format != exportFormat)
            return fail(
                tr("The file is a \"%1\" file, not a ConnectDesk profile export.").arg(format));
        if (object.value(QLatin1String("version")).toInt(exportVersion) > exportVersion)
            return fail(tr("The file was written by a newer ConnectDesk; update to import it."));
        if (!object.value(QLatin1String("profiles")).isArray())
            return fail(tr("The file has no \"profiles\" list."));
        list = object.value(QLatin1String("profiles")).toArray();
    }
    for (int i = 0; i < list.size(); ++i) {
        ProfileImportReport::Problem problem{i, {}, {}, true};
        if (!list.at(i).isObject()) {
            problem.messages.append(tr("Entry %1 is not a profile object.").arg(i + 1));
            report.problems.append(problem);
            continue;
        }
        QStringList notes;
        const Profile profile = Profile::fromJson(list.at(i).toObject(), &notes);
        problem.name = profile.name.simplified();
        const QList<ProfileIssue> issues = validate(profile);
        if (!issues.isEmpty()) {
            for (const ProfileIssue &issue : issues)
                problem.messages.append(issue.message);
            problem.messages += notes;
            report.problems.append(problem);
            continue;
        }
        const ProfileChange change = add(profile);
        if (!change.ok()) {
            problem.messages.append(change.firstMessage());
            report.problems.append(problem);
            continue;
        }
        report.importedIds.append(change.id);
        if (!notes.isEmpty()) {
            problem.skipped = false;
            problem.messages = notes;
            report.problems.append(problem);
        }
    }
    return report;
}

ProfileImportReport ProfileStore::importFromFile(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        ProfileImportReport report;
        report.problems.append(
            {-1, {}, {tr("Could not open %1: %2").arg(filePath, file.errorString())}, true});
        return report;
    }
    if (file.size() > maxImportBytes) {
        ProfileImportReport report;
        report.problems.append(
            {-1, {}, {tr("%1 is too large to be a profile export.").arg(filePath)}, true});
        return report;
    }
    return importJson(file.readAll());
}

} // namespace ConnectDesk
