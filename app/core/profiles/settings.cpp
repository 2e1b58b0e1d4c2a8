#include "profiles/settings.h"

#include "base/clock.h"
#include "base/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

#include <array>

namespace ConnectDesk {

namespace {

struct KeyInfo
{
    Settings::Key key;
    const char *name;
    QMetaType::Type type;
    QVariant defaultValue;
};

// The one defaults table. Record lists (QVariantList) are stored as QSettings arrays so the file
// stays readable and editable by hand.
const std::array<KeyInfo, 9> &keyTable()
{
    static const std::array<KeyInfo, 9> table{{
        {Settings::Key::Profiles, "profiles/list", QMetaType::QVariantList, QVariantList()},
        {Settings::Key::ProfilesWithSecret, "profiles/withSecret", QMetaType::QStringList,
         QStringList()},
        {Settings::Key::LastUsedProfile, "profiles/lastUsed", QMetaType::QString, QString()},
        {Settings::Key::WelcomeDismissed, "ui/welcomeDismissed", QMetaType::Bool, false},
        {Settings::Key::Language, "ui/language", QMetaType::QString, QString()},
        {Settings::Key::BulkLastFile, "bulk/lastFile", QMetaType::QString, QString()},
        {Settings::Key::WindowGeometry, "window/geometry", QMetaType::QByteArray, QByteArray()},
        {Settings::Key::WindowState, "window/state", QMetaType::QByteArray, QByteArray()},
        {Settings::Key::WindowSplitter, "window/splitter", QMetaType::QByteArray, QByteArray()},
    }};
    return table;
}

const KeyInfo &info(Settings::Key key)
{
    for (const KeyInfo &entry : keyTable()) {
        if (entry.key == key)
            return entry;
    }
    Q_UNREACHABLE();
}

} // namespace

Settings::Settings(const QString &filePath, QObject *parent)
    : Settings(filePath, Clock::system(), parent)
{}

Settings::Settings(const QString &filePath, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath)
    , m_clock(clock)
{
    const bool existed = QFileInfo::exists(m_filePath);
    open();
    if (looksCorrupt() || (existed && looksCutShort())) {
        m_settings.reset();
        moveAside();
        if (!m_backupPath.isEmpty() && restoreLastGood())
            m_restoredLastGood = true;
        open();
    }
    // Settings name projects, clients and the keychain entries: the user's alone.
    PrivateFiles::prepare(m_filePath);
}

QString Settings::lastGoodFilePath() const
{
    return m_filePath + QStringLiteral(".last-good");
}

int Settings::keyCount(const QString &filePath)
{
    if (!QFileInfo::exists(filePath))
        return 0;
    QSettings file(filePath, QSettings::IniFormat);
    return file.status() == QSettings::NoError ? int(file.allKeys().size()) : 0;
}

bool Settings::looksCutShort() const
{
    // QSettings ends every line it writes with a newline. A file that does not (or an empty
    // one), while the last good copy holds more, was cut short: by a full disk, a crash in the
    // middle of a copy, or a sync tool.
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray content = file.read(1024 * 1024);
    const bool complete = !content.trimmed().isEmpty() && content.endsWith('\n');
    return !complete && keyCount(lastGoodFilePath()) > int(m_settings->allKeys().size());
}

bool Settings::restoreLastGood()
{
    if (keyCount(lastGoodFilePath()) == 0)
        return false;
    QFile::remove(m_filePath);
    return QFile::copy(lastGoodFilePath(), m_filePath);
}

void Settings::keepLastGood()
{
    QFile current(m_filePath);
    if (!current.open(QIODevice::ReadOnly))
        return;
    const QByteArray content = current.readAll();
    if (content.trimmed().isEmpty())
        return;
    QSaveFile copy(lastGoodFilePath());
    if (!copy.open(QIODevice::WriteOnly))
        return;
    PrivateFiles::restrict(copy);
    copy.write(content);
    copy.commit();
}

Settings::~Settings()
{
    if (m_settings)
        m_settings->sync();
}

QString Settings::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QStringLiteral("/ConnectDesk/connectdesk.ini");
}

void Settings::open()
{
    PrivateFiles::restrictFolder(QFileInfo(m_filePath).absolutePath());
    m_settings = std::make_unique<QSettings>(m_filePath, QSettings::IniFormat);
}

bool Settings::looksCorrupt() const
{
    if (m_settings->status() == QSettings::FormatError)
        return true;
    QFile file(m_filePath);
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray content = file.read(1024 * 1024);
    // An INI file never holds NUL bytes; text with no key in it is not ours either (writing
    // to it would silently drop whatever it was).
    if (content.contains('\0'))
        return true;
    return !content.trimmed().isEmpty() && m_settings->allKeys().isEmpty();
}

void Settings::moveAside()
{
    const QString stamp = m_clock.now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString backup = m_filePath + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFile::exists(backup); ++n)
        backup = m_filePath + QStringLiteral(".corrupt-") + stamp + QLatin1Char('-')
                 + QString::number(n);
    if (QFile::rename(m_filePath, backup)
        || (QFile::copy(m_filePath, backup) && QFile::remove(m_filePath))) {
        m_backupPath = backup;
    } else {
        // Nothing was moved: keep the file untouched and work on an empty in-memory state.
        m_recoveryFailed = true;
    }
}

QString Settings::recoveryMessage() const
{
    if (m_restoredLastGood)
        return tr("The settings file was damaged or cut short, so ConnectDesk restored the last "
                  "good copy of your settings and profiles. The damaged file was kept as %1.")
            .arg(QDir::toNativeSeparators(m_backupPath));
    if (!m_backupPath.isEmpty())
        return tr("The settings file could not be read, so ConnectDesk started with fresh "
                  "settings. The old file was kept as %1.")
            .arg(QDir::toNativeSeparators(m_backupPath));
    if (m_recoveryFailed)
        return tr("The settings file %1 could not be read and could not be moved aside; "
                  "ConnectDesk started with fresh settings that may not be saved.")
            .arg(QDir::toNativeSeparators(m_filePath));
    return {};
}

QString Settings::keyName(Key key)
{
    return QString::fromLatin1(info(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return info(key).defaultValue;
}

QMetaType Settings::keyType(Key key)
{
    return QMetaType(info(key).type);
}

bool Settings::contains(Key key) const
{
    const KeyInfo &entry = info(key);
    if (entry.type == QMetaType::QVariantList)
        return m_settings->contains(keyName(key) + QStringLiteral("/size"));
    return m_settings->contains(keyName(key));
}

QVariant Settings::value(Key key) const
{
    const KeyInfo &entry = info(key);
    if (entry.type == QMetaType::QVariantList)
        return readRecords(keyName(key));
    QVariant value = m_settings->value(keyName(key));
    if (!value.isValid())
        return entry.defaultValue;
    // INI files hold text: bring it back to the key's type (a one-item list reads as a string).
    if (entry.type == QMetaType::QStringList && value.typeId() == QMetaType::QString)
        return QStringList{value.toString()};
    if (!value.convert(QMetaType(entry.type)))
        return entry.defaultValue;
    return value;
}

void Settings::store(Key key, const QVariant &newValue)
{
    if (info(key).type == QMetaType::QVariantList)
        writeRecords(keyName(key), newValue.toList());
    else
        m_settings->setValue(keyName(key), newValue);
}

bool Settings::setValue(Key key, const QVariant &newValue)
{
    const QVariant before = value(key);
    if (before == newValue)
        return true;
    const bool existed = contains(key);
    store(key, newValue);
    if (!sync()) {
        // QSettings keeps one cache per file for the whole process, and a later successful
        // write would flush the refused change with it: put the value back as it is on disk.
        if (existed)
            store(key, before);
        else
            m_settings->remove(keyName(key));
        return false;
    }
    emit changed(key);
    return true;
}

bool Settings::reset(Key key)
{
    if (!contains(key))
        return true;
    const QVariant before = value(key);
    m_settings->remove(keyName(key));
    if (!sync()) {
        store(key, before); // as on disk (see setValue)
        return false;
    }
    if (value(key) != before)
        emit changed(key);
    return true;
}

bool Settings::sync()
{
    m_settings->sync();
    switch (m_settings->status()) {
    case QSettings::NoError:
        m_errorString.clear();
        keepLastGood();
        return true;
    case QSettings::AccessError:
        m_errorString = tr("Could not write the settings file %1.")
                            .arg(QDir::toNativeSeparators(m_filePath));
        break;
    case QSettings::FormatError:
        m_errorString = tr("The settings file %1 is damaged.")
                            .arg(QDir::toNativeSeparators(m_filePath));
        break;
    }
    // QSettings would keep reporting this error for every later write: start afresh (the
    // caller puts the refused value back, since the cache outlives this object).
    m_settings.reset();
    open();
    return false;
}

QVariant Settings::readRecords(const QString &name) const
{
    QVariantList records;
    const int size = m_settings->beginReadArray(name);
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        QVariantMap record;
        const QStringList keys = m_settings->childKeys();
        for (const QString &field : keys)
            record.insert(field, m_settings->value(field));
        records.append(record);
    }
    m_settings->endArray();
    return records;
}

void Settings::writeRecords(const QString &name, const QVariantList &records)
{
    m_settings->remove(name);
    m_settings->beginWriteArray(name, int(records.size()));
    for (int i = 0; i < records.size(); ++i) {
        m_settings->setArrayIndex(i);
        const QVariantMap record = records.at(i).toMap();
        for (auto it = record.cbegin(); it != record.cend(); ++it)
            m_settings->setValue(it.key(), it.value());
    }
    m_settings->endArray();
}

} // namespace ConnectDesk
