#pragma once

#include "api/accesstokenprovider.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

namespace ConnectDesk {

enum class ProfileField {
    General,
    Name,
    ProjectId,
    Environment,
    ClientId,
    AccessScope,
    ApiBaseUrl
};

struct ProfileIssue
{
    ProfileField field = ProfileField::General;
    QString message; // one sentence a person understands

    bool operator==(const ProfileIssue &) const = default;
};

// A project as support staff pick it: which project, which environment by default, and which
// OAuth client. Holds no secret: the client secret is in the keychain under secretKey().
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)
public:
    static constexpr int maxNameLength = 80;

    QString id;   // stable (a UUID without braces): survives renames, keys the keychain entry
    QString name; // unique among profiles, case-insensitively
    QString projectId;
    QString defaultEnvironment = QStringLiteral("production");
    QString clientId;
    QString accessScope;   // access-token scope, space-separated; empty = the server default "*"
    QString apiBaseUrl;    // empty = https://api.pipedream.com
    bool readOnly = false; // provided by IT through the system-wide configuration
    // Deleting accounts and external users (the Customers view, `accounts delete`). A support
    // profile may create links without being able to delete anything.
    bool allowDeletes = true;

    // `otherNames`: the names of every other profile (for the duplicate check).
    QList<ProfileIssue> validate(const QStringList &otherNames = {}) const;
    bool isValid(const QStringList &otherNames = {}) const
    {
        return validate(otherNames).isEmpty();
    }

    QString displayName() const { return name.simplified(); }
    QUrl baseUrl() const; // apiBaseUrl, or the public API
    ClientCredentials credentials(const QString &clientSecret) const;

    // The settings record (every field but readOnly) and the export/import JSON object
    // (no id, never a secret).
    QVariantMap toRecord() const;
    static Profile fromRecord(const QVariantMap &record);
    QJsonObject toJson() const;
    // Reads one exported profile. Unknown keys are ignored; secret-looking keys are ignored and
    // reported in `notes`.
    static Profile fromJson(const QJsonObject &object, QStringList *notes = nullptr);

    static QString newId();
    static QString fieldLabel(ProfileField field);

    // Single-field rules, shared with the dialog's as-you-type validation. Empty = valid.
    static QString checkName(const QString &name, const QStringList &otherNames = {});
    static QString checkClientId(const QString &clientId);
    static QString checkAccessScope(const QString &scope);
    static QString checkApiBaseUrl(const QString &url);

    bool operator==(const Profile &) const = default;
};

} // namespace ConnectDesk
