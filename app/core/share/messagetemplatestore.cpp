#include "share/messagetemplatestore.h"

#include "base/privatefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace ConnectDesk {

namespace {

const QString &listKey()
{
    static const QString key = QStringLiteral("messageTemplates/list");
    return key;
}

const QString &lastUsedKey()
{
    static const QString key = QStringLiteral("messageTemplates/lastUsed");
    return key;
}

} // namespace

MessageTemplateStore::MessageTemplateStore(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath)
{
    PrivateFiles::prepare(filePath); // the user's alone: 0600 in a 0700 folder
    m_settings = std::make_unique<QSettings>(filePath, QSettings::IniFormat);
}

MessageTemplateStore::~MessageTemplateStore() = default;

bool MessageTemplateStore::isCustomized() const
{
    return m_settings->value(listKey() + QStringLiteral("/size")).toInt() > 0;
}

QList<MessageTemplate> MessageTemplateStore::templates() const
{
    QList<MessageTemplate> result;
    const int size = m_settings->beginReadArray(listKey());
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        result.append({m_settings->value(QStringLiteral("name")).toString(),
                       m_settings->value(QStringLiteral("subject")).toString(),
                       m_settings->value(QStringLiteral("body")).toString()});
    }
    m_settings->endArray();
    result = normalized(result);
    return result.isEmpty() ? MessageTemplates::defaults() : result;
}

std::optional<MessageTemplate> MessageTemplateStore::find(const QString &name) const
{
    const QList<MessageTemplate> all = templates();
    for (const MessageTemplate &entry : all) {
        if (entry.name == name)
            return entry;
    }
    return std::nullopt;
}

QList<MessageTemplate> MessageTemplateStore::normalized(const QList<MessageTemplate> &templates)
{
    QList<MessageTemplate> result;
    QStringList names;
    for (MessageTemplate entry : templates) {
        entry.name = entry.name.simplified();
        if (entry.name.isEmpty())
            continue;
        const QString base = entry.name;
        for (int n = 2; names.contains(entry.name, Qt::CaseInsensitive); ++n)
            entry.name = QStringLiteral("%1 (%2)").arg(base).arg(n);
        names.append(entry.name);
        result.append(entry);
    }
    return result;
}

bool MessageTemplateStore::setTemplates(const QList<MessageTemplate> &templates)
{
    const QList<MessageTemplate> clean = normalized(templates);
    if (clean.isEmpty())
        return resetToDefaults();
    if (isCustomized() && clean == this->templates())
        return true;
    m_settings->remove(listKey());
    m_settings->beginWriteArray(listKey(), int(clean.size()));
    for (int i = 0; i < clean.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("name"), clean.at(i).name);
        m_settings->setValue(QStringLiteral("subject"), clean.at(i).subject);
        m_settings->setValue(QStringLiteral("body"), clean.at(i).body);
    }
    m_settings->endArray();
    const bool ok = sync();
    emit changed();
    return ok;
}

bool MessageTemplateStore::resetToDefaults()
{
    if (!isCustomized())
        return true;
    m_settings->remove(listKey());
    const bool ok = sync();
    emit changed();
    return ok;
}

QString MessageTemplateStore::lastUsed() const
{
    return m_settings->value(lastUsedKey()).toString();
}

void MessageTemplateStore::setLastUsed(const QString &name)
{
    if (lastUsed() == name)
        return;
    m_settings->setValue(lastUsedKey(), name);
    sync();
}

bool MessageTemplateStore::sync()
{
    m_settings->sync();
    if (m_settings->status() == QSettings::NoError) {
        m_errorString.clear();
        return true;
    }
    m_errorString = tr("Could not save the message templates to %1.")
                        .arg(QDir::toNativeSeparators(m_filePath));
    return false;
}

} // namespace ConnectDesk
