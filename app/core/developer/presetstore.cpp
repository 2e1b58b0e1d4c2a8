#include "developer/presetstore.h"

#include "base/privatefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace ConnectDesk {

namespace {

const QString arrayName = QStringLiteral("presets/list");

QStringList readList(const QVariant &value)
{
    // INI files hold text: a one-item list reads back as a plain string.
    if (!value.isValid())
        return {};
    if (value.typeId() == QMetaType::QString)
        return value.toString().isEmpty() ? QStringList() : QStringList{value.toString()};
    return value.toStringList();
}

} // namespace

Preset Preset::fromRequest(const QString &name, const TokenRequest &request, bool includeProjectId)
{
    Preset preset;
    preset.name = name.trimmed();
    preset.request = request;
    preset.request.externalUserId.clear();
    if (!includeProjectId)
        preset.request.projectId.clear();
    return preset;
}

TokenRequest Preset::applyTo(const TokenRequest &current) const
{
    TokenRequest result = request;
    result.externalUserId = current.externalUserId;
    if (result.projectId.trimmed().isEmpty())
        result.projectId = current.projectId;
    return result;
}

PresetStore::PresetStore(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath)
{
    PrivateFiles::prepare(m_filePath); // the user's alone: 0600 in a 0700 folder
    m_settings = std::make_unique<QSettings>(m_filePath, QSettings::IniFormat);
    load();
}

PresetStore::~PresetStore() = default;

void PresetStore::load()
{
    m_presets.clear();
    const int size = m_settings->beginReadArray(arrayName);
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        Preset preset;
        preset.name = m_settings->value(QStringLiteral("name")).toString().trimmed();
        if (preset.name.isEmpty() || indexOf(preset.name) >= 0)
            continue;
        TokenRequest &r = preset.request;
        r.projectId = m_settings->value(QStringLiteral("projectId")).toString();
        r.environment = m_settings->value(QStringLiteral("environment"), r.environment).toString();
        r.allowedOrigins = readList(m_settings->value(QStringLiteral("allowedOrigins")));
        r.successRedirectUri = m_settings->value(QStringLiteral("successRedirectUri")).toString();
        r.errorRedirectUri = m_settings->value(QStringLiteral("errorRedirectUri")).toString();
        r.webhookUri = m_settings->value(QStringLiteral("webhookUri")).toString();
        r.expiresIn = m_settings->value(QStringLiteral("expiresIn")).toString();
        r.scopes = readList(m_settings->value(QStringLiteral("scopes")));
        r.allowProgressiveScopes =
            m_settings->value(QStringLiteral("allowProgressiveScopes"), false).toBool();
        r.appSlug = m_settings->value(QStringLiteral("appSlug")).toString();
        m_presets.append(preset);
    }
    m_settings->endArray();
}

bool PresetStore::write()
{
    m_settings->remove(arrayName);
    m_settings->beginWriteArray(arrayName, int(m_presets.size()));
    for (int i = 0; i < m_presets.size(); ++i) {
        m_settings->setArrayIndex(i);
        const Preset &preset = m_presets.at(i);
        const TokenRequest &r = preset.request;
        // Exactly the fields a preset holds: no external user ID, nothing secret.
        m_settings->setValue(QStringLiteral("name"), preset.name);
        m_settings->setValue(QStringLiteral("projectId"), r.projectId);
        m_settings->setValue(QStringLiteral("environment"), r.environment);
        m_settings->setValue(QStringLiteral("allowedOrigins"), r.allowedOrigins);
        m_settings->setValue(QStringLiteral("successRedirectUri"), r.successRedirectUri);
        m_settings->setValue(QStringLiteral("errorRedirectUri"), r.errorRedirectUri);
        m_settings->setValue(QStringLiteral("webhookUri"), r.webhookUri);
        m_settings->setValue(QStringLiteral("expiresIn"), r.expiresIn);
        m_settings->setValue(QStringLiteral("scopes"), r.scopes);
        m_settings->setValue(QStringLiteral("allowProgressiveScopes"), r.allowProgressiveScopes);
        m_settings->setValue(QStringLiteral("appSlug"), r.appSlug);
    }
    m_settings->endArray();
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        m_errorString = tr("Could not write the presets to %1.")
                            .arg(QDir::toNativeSeparators(m_filePath));
        return false;
    }
    m_errorString.clear();
    emit changed();
    return true;
}

QStringList PresetStore::names() const
{
    QStringList result;
    for (const Preset &preset : m_presets)
        result.append(preset.name);
    return result;
}

int PresetStore::indexOf(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (int i = 0; i < m_presets.size(); ++i) {
        if (m_presets.at(i).name.compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

std::optional<Preset> PresetStore::preset(const QString &name) const
{
    const int index = indexOf(name);
    if (index < 0)
        return std::nullopt;
    return m_presets.at(index);
}

QString PresetStore::checkName(const QString &name, const QString &except) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Give the preset a name.");
    const int index = indexOf(trimmed);
    if (index >= 0 && (except.isEmpty() || index != indexOf(except)))
        return tr("A preset called \"%1\" already exists.").arg(m_presets.at(index).name);
    return {};
}

bool PresetStore::save(const Preset &preset)
{
    Preset stored = Preset::fromRequest(preset.name, preset.request,
                                        !preset.request.projectId.trimmed().isEmpty());
    if (stored.name.isEmpty()) {
        m_errorString = tr("Give the preset a name.");
        return false;
    }
    const QList<Preset> before = m_presets;
    const int index = indexOf(stored.name);
    if (index >= 0)
        m_presets[index] = stored;
    else
        m_presets.append(stored);
    if (!write()) {
        m_presets = before;
        return false;
    }
    return true;
}

bool PresetStore::rename(const QString &from, const QString &to)
{
    const int index = indexOf(from);
    if (index < 0) {
        m_errorString = tr("There is no preset called \"%1\".").arg(from.trimmed());
        return false;
    }
    const QString problem = checkName(to, from);
    if (!problem.isEmpty()) {
        m_errorString = problem;
        return false;
    }
    const QList<Preset> before = m_presets;
    m_presets[index].name = to.trimmed();
    if (!write()) {
        m_presets = before;
        return false;
    }
    return true;
}

bool PresetStore::remove(const QString &name)
{
    const int index = indexOf(name);
    if (index < 0) {
        m_errorString = tr("There is no preset called \"%1\".").arg(name.trimmed());
        return false;
    }
    const QList<Preset> before = m_presets;
    m_presets.removeAt(index);
    if (!write()) {
        m_presets = before;
        return false;
    }
    return true;
}

} // namespace ConnectDesk
