#pragma once

#include "share/messagetemplate.h"

#include <QObject>

#include <memory>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace ConnectDesk {

// The user's message templates, kept in the settings INI file (group "messageTemplates"). Until
// the user saves their own list, templates() is the translated default set; resetToDefaults()
// goes back to it. The list is stored as a QSettings array of {name, subject, body} records, the
// same shape Settings uses for its record lists.
class MessageTemplateStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageTemplateStore)
public:
    // `filePath`: the INI file; Settings::defaultFilePath() in the app, a temporary file in tests.
    explicit MessageTemplateStore(const QString &filePath, QObject *parent = nullptr);
    ~MessageTemplateStore() override;

    QString filePath() const { return m_filePath; }

    QList<MessageTemplate> templates() const; // never empty
    bool isCustomized() const;                // the user saved a list of their own
    std::optional<MessageTemplate> find(const QString &name) const;

    // Saves `templates` (blank names are dropped, duplicate names get a number); an empty list
    // means the defaults. False when the file cannot be written (errorString()).
    bool setTemplates(const QList<MessageTemplate> &templates);
    bool resetToDefaults();

    // The template last chosen in the share panel (by name).
    QString lastUsed() const;
    void setLastUsed(const QString &name);

    QString errorString() const { return m_errorString; }

    static QList<MessageTemplate> normalized(const QList<MessageTemplate> &templates);

signals:
    void changed();

private:
    bool sync();

    QString m_filePath;
    std::unique_ptr<QSettings> m_settings;
    QString m_errorString;
};

} // namespace ConnectDesk
