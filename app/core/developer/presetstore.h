#pragma once

#include "api/tokenrequest.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace ConnectDesk {

// A named token form ("Slack onboarding — prod, 2 h, least scope"): environment, origins,
// redirects, webhook, expiry, scopes, progressive scopes, app and optionally the project ID.
// Never the external user ID (a preset serves many customers) and never anything secret.
struct Preset
{
    QString name;
    TokenRequest request; // externalUserId is always empty; projectId empty = not saved

    // `request` minus the external user ID (and minus the project ID unless asked for).
    static Preset fromRequest(const QString &name, const TokenRequest &request,
                              bool includeProjectId);
    // `current` with every saved field applied; keeps its external user ID, and its project
    // ID when the preset has none.
    TokenRequest applyTo(const TokenRequest &current) const;

    bool operator==(const Preset &) const = default;
};

// Presets in the settings INI file under [presets] (one QSettings array). Names are trimmed,
// unique ignoring case, and kept in the order they were first saved.
class PresetStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetStore)
public:
    // `filePath`: the INI file (Settings::filePath() in the app; a temporary file in tests).
    explicit PresetStore(const QString &filePath, QObject *parent = nullptr);
    ~PresetStore() override;

    QString filePath() const { return m_filePath; }

    QStringList names() const;
    QList<Preset> presets() const { return m_presets; }
    std::optional<Preset> preset(const QString &name) const;
    bool contains(const QString &name) const { return indexOf(name) >= 0; }

    // Empty when `name` is acceptable as a new name (`except` is the preset being renamed).
    QString checkName(const QString &name, const QString &except = {}) const;

    // Adds `preset`, or replaces the one with the same name. False (errorString()) when the
    // name is empty or the file cannot be written.
    bool save(const Preset &preset);
    bool rename(const QString &from, const QString &to);
    bool remove(const QString &name);
    QString errorString() const { return m_errorString; }

    static QString groupName() { return QStringLiteral("presets"); }

signals:
    void changed();

private:
    int indexOf(const QString &name) const;
    void load();
    bool write();

    QString m_filePath;
    std::unique_ptr<QSettings> m_settings;
    QList<Preset> m_presets;
    QString m_errorString;
};

} // namespace ConnectDesk
