#include "profiles/settings.h"

#include "base/clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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
const std::array<KeyInfo, 6> &keyTable()
{
    static const std::array<KeyInfo, 6> table{{
        {Settings::Key::Profiles, "profiles/list", QMetaType::QVariantList, QVariantList()},
        {Settings::Key::ProfilesWithSecret, "profiles/withSecret", QMetaType::QStringList,
         QStringList()},
        {Settings::Key::LastUsedProfile, "profiles/lastUsed", QMetaType::QString, QString()},
        {Settings::Key::WelcomeDismissed, "ui/welcomeDismissed", QMetaType::Bool, false},
        {Settings::Key::Language, "ui/language", QMetaType::QString, QString()},
        {Settings::Key::BulkLastFile, "bulk/lastFile", QMetaType::QString, QString()},
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
    open();
    if (looksCorrupt()) {
        m_settings.reset();
        moveAside();
        open();
    }
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
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
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

void Settings::setValue(Key key, const QVariant &newValue)
{
    if (value(key) == newValue)
        return;
    const KeyInfo &entry = info(key);
    if (entry.type == QMetaType::QVariantList)
        writeRecords(keyName(key), newValue.toList());
    else
        m_settings->setValue(keyName(key), newValue);
    sync();
    emit changed(key);
}

void Settings::reset(Key key)
{
    if (!contains(key))
        return;
    const QVariant before = value(key);
    m_settings->remove(keyName(key));
    sync();
    if (value(key) != before)
        emit changed(key);
}

bool Settings::sync()
{
    m_settings->sync();
    switch (m_settings->status()) {
    case QSettings::NoError: m_errorString.clear(); return true;
    case QSettings::AccessError:
        m_errorString = tr("Could not write the settings file %1.")
                            .arg(QDir::toNativeSeparators(m_filePath));
        return false;
    case QSettings::FormatError:
        m_errorString = tr("The settings file %1 is damaged.")
                            .arg(QDir::toNativeSeparators(m_filePath));
        return false;
    }
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
