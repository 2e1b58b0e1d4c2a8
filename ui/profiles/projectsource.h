#pragma once

#include "api/accesstokenprovider.h"
#include "profiles/environmentconfig.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

namespace ConnectDesk::Ui {

// One entry of the project picker: where tokens are created and with which OAuth client.
// Sources today: the PIPEDREAM_* environment, the in-process sandbox and a typed-in project;
// profiles (with keychain secrets) become another ProjectSource later.
struct ProjectChoice
{
    Q_DECLARE_TR_FUNCTIONS(ProjectChoice)
public:
    QString key;   // stable identifier ("environment", "sandbox", "custom", "profile:<id>")
    QString name;  // shown in the picker
    QString projectId;                                   // empty: the user types it
    QString defaultEnvironment = QStringLiteral("production");
    ClientCredentials credentials;                       // the secret stays in memory
    bool isSandbox = false;
    bool projectIdEditable = false;
    QString unavailableReason; // e.g. the keychain could not give the secret; empty = fine

    bool hasCredentials() const
    {
        return !credentials.clientId.isEmpty() && !credentials.clientSecret.isEmpty();
    }
    // Why tokens cannot be created with this choice (empty when they can).
    QString credentialsProblem() const;

    bool operator==(const ProjectChoice &) const = default;

    // The project of the PIPEDREAM_* variables, named after them.
    static ProjectChoice fromEnvironment(const EnvironmentConfig &config);
    // The in-process simulator's sandbox project at `baseUrl`.
    static ProjectChoice sandbox(const QUrl &baseUrl);
    // A project whose ID is typed in, using whatever client credentials the environment holds.
    static ProjectChoice typedIn(const EnvironmentConfig &config);
};

// What the project picker lists. The window only reads it, so profiles can plug in later.
class ProjectSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectSource)
public:
    using QObject::QObject;
    ~ProjectSource() override = default;

    virtual QList<ProjectChoice> choices() const = 0;
    // The key of the entry to select at start-up (empty = the first).
    virtual QString preferredKey() const = 0;

signals:
    void choicesChanged();
};

// A fixed list, built at start-up (and by tests).
class StaticProjectSource final : public ProjectSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaticProjectSource)
public:
    explicit StaticProjectSource(QList<ProjectChoice> choices = {}, QString preferredKey = {},
                                 QObject *parent = nullptr);

    QList<ProjectChoice> choices() const override { return m_choices; }
    QString preferredKey() const override { return m_preferredKey; }
    void setChoices(const QList<ProjectChoice> &choices, const QString &preferredKey = {});

private:
    QList<ProjectChoice> m_choices;
    QString m_preferredKey;
};

} // namespace ConnectDesk::Ui
