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
// A file QSettings cannot parse, or one cut short, is moved aside as "<file>.corrupt-<timestamp>"
// and the last good copy ("<file>.last-good", refreshed after every successful write) is
// restored; without one the settings start clean. recoveredFromCorruption()/recoveryMessage()
// tell the UI to say so. The file is created 0600 in a 0700 folder.
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
        WindowGeometry,     // QByteArray: QMainWindow::saveGeometry() of the main window
        WindowState,        // QByteArray: QMainWindow::saveState() (docks and their sizes)
        WindowSplitter,     // QByteArray: the form/result splitter's saveState()
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
    // Writes the file right away. False (and the old value kept) when it cannot be written;
    // errorString() says why. Emits changed(key) when the value changed.
    bool setValue(Key key, const QVariant &value);
    bool reset(Key key); // back to the default; false when the file cannot be written
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
    QString backupFilePath() const { return m_backupPath; } // the damaged file, moved aside
    QString lastGoodFilePath() const;
    bool restoredLastGood() const { return m_restoredLastGood; }

signals:
    void changed(ConnectDesk::Settings::Key key);

private:
    void open();
    bool looksCorrupt() const;
    bool looksCutShort() const;
    void moveAside();
    bool restoreLastGood();
    void keepLastGood();
    static int keyCount(const QString &filePath);
    void store(Key key, const QVariant &newValue); // into the cache, no sync
    QVariant readRecords(const QString &name) const;
    void writeRecords(const QString &name, const QVariantList &records);

    QString m_filePath;
    const Clock &m_clock;
    std::unique_ptr<QSettings> m_settings;
    QString m_backupPath;
    bool m_recoveryFailed = false;
    bool m_restoredLastGood = false;
    QString m_errorString;
};

} // namespace ConnectDesk
