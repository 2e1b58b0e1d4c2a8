#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QVariant>

#include <memory>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace ConnectDesk {

class Clock;

// The user's settings: a small typed wrapper over one INI file. Every key has one entry in the
// defaults table (settings.cpp); value() returns the default when the key is unset. Secrets
// never go here (architecture rule): client secrets live in the keychain.
//
// A file QSettings cannot parse is moved aside as "<file>.corrupt-<timestamp>", the settings
// start clean, and recoveredFromCorruption()/recoveryMessage() tell the UI to say so.
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)
public:
    enum class Key {
        Profiles,           // QVariantList of QVariantMap: ProfileStore's records (no secrets)
        ProfilesWithSecret, // QStringList: profile ids whose client secret is in the keychain
        LastUsedProfile,    // QString: profile id
        WelcomeDismissed,   // bool: the first-start welcome was answered
        Language,           // QString: UI language code ("de"); empty follows the system
        BulkLastFile,       // QString: the CSV file the bulk window opened last
    };
    Q_ENUM(Key)

    // `filePath`: the INI file (created on first write). Tests pass a temporary file.
    explicit Settings(const QString &filePath, QObject *parent = nullptr);
    Settings(const QString &filePath, const Clock &clock, QObject *parent = nullptr);
    ~Settings() override;

    // <generic config dir>/ConnectDesk/connectdesk.ini (~/.config/ConnectDesk/... on Linux).
    static QString defaultFilePath();
    QString filePath() const { return m_filePath; }

    QVariant value(Key key) const; // converted to the key's type; the default when unset
    template<typename T>
    T get(Key key) const
    {
        return value(key).value<T>();
    }
    void setValue(Key key, const QVariant &value); // emits changed(key) when the value changes
    void reset(Key key);                           // back to the default
    bool contains(Key key) const;

    static QString keyName(Key key); // the path inside the file ("profiles/lastUsed", ...)
    static QVariant defaultValue(Key key);
    static QMetaType keyType(Key key);

    // Writes pending changes (QSettings writes a temporary file and renames it). False when the
    // file cannot be written; errorString() says why.
    bool sync();
    QString errorString() const { return m_errorString; }

    bool recoveredFromCorruption() const { return !m_backupPath.isEmpty() || m_recoveryFailed; }
    QString recoveryMessage() const; // one sentence for the UI; empty when nothing happened
    QString backupFilePath() const { return m_backupPath; }

signals:
    void changed(ConnectDesk::Settings::Key key);

private:
    void open();
    bool looksCorrupt() const;
    void moveAside();
    QVariant readRecords(const QString &name) const;
    void writeRecords(const QString &name, const QVariantList &records);

    QString m_filePath;
    const Clock &m_clock;
    std::unique_ptr<QSettings> m_settings;
    QString m_backupPath;
    bool m_recoveryFailed = false;
    QString m_errorString;
};

} // namespace ConnectDesk
