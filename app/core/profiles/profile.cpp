#include "profiles/profile.h"

#include "api/tokenrequest.h"
#include "api/urlrules.h"

#include <QRegularExpression>
#include <QUuid>

namespace ConnectDesk {

namespace {

// Export/import keys (snake_case, like the API) and the settings record keys.
constexpr QLatin1String jsonName("name");
constexpr QLatin1String jsonProjectId("project_id");
constexpr QLatin1String jsonEnvironment("environment");
constexpr QLatin1String jsonClientId("client_id");
constexpr QLatin1String jsonAccessScope("access_scope");
constexpr QLatin1String jsonApiBaseUrl("api_base_url");
constexpr QLatin1String jsonAllowDeletes("allow_deletes");

constexpr QLatin1String recordId("id");
constexpr QLatin1String recordName("name");
constexpr QLatin1String recordProjectId("projectId");
constexpr QLatin1String recordEnvironment("environment");
constexpr QLatin1String recordClientId("clientId");
constexpr QLatin1String recordAccessScope("accessScope");
constexpr QLatin1String recordApiBaseUrl("apiBaseUrl");
constexpr QLatin1String recordAllowDeletes("allowDeletes");

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

QString normalizedName(const QString &name)
{
    return name.simplified().toCaseFolded();
}

} // namespace

QString Profile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Profile::fieldLabel(ProfileField field)
{
    switch (field) {
    case ProfileField::General: return tr("Profile");
    case ProfileField::Name: return tr("Name");
    case ProfileField::ProjectId: return tr("Project ID");
    case ProfileField::Environment: return tr("Default environment");
    case ProfileField::ClientId: return tr("Client ID");
    case ProfileField::AccessScope: return tr("Access scope");
    case ProfileField::ApiBaseUrl: return tr("API base URL");
    }
    return {};
}

QString Profile::checkName(const QString &name, const QStringList &otherNames)
{
    const QString simplified = name.simplified();
    if (simplified.isEmpty())
        return tr("Enter a name for the profile.");
    if (simplified.size() > maxNameLength)
        return tr("The name is %1 characters long; the limit is %2.")
            .arg(simplified.size())
            .arg(maxNameLength);
    if (hasControlCharacter(name))
        return tr("The name contains a line break, tab or other control character.");
    const QString folded = normalizedName(simplified);
    for (const QString &other : otherNames) {
        if (normalizedName(other) == folded)
            return tr("A profile named \"%1\" already exists; choose another name.").arg(simplified);
    }
    return {};
}

QString Profile::checkClientId(const QString &clientId)
{
    const QString id = clientId.trimmed();
    if (id.isEmpty())
        return tr("Enter the OAuth client ID (from Pipedream's API settings).");
    static const QRegularExpression spaces(QStringLiteral("\\s"));
    if (id.contains(spaces) || hasControlCharacter(id))
        return tr("A client ID has no spaces or line breaks; check that it was pasted whole.");
    return {};
}

QString Profile::checkAccessScope(const QString &scope)
{
    // Access-token scopes (connect-api.md section 1) are space-separated words such as
    // "connect:tokens:create" or "*"; the server knows the full list, so only the form is checked.
    static const QRegularExpression word(QStringLiteral("^[A-Za-z0-9_.:*-]+$"));
    const QStringList words = scope.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &entry : words) {
        if (!word.match(entry).hasMatch())
            return tr("\"%1\" is not a scope; separate scopes such as connect:tokens:create with "
                      "spaces.")
                .arg(entry);
    }
    return {};
}

QString Profile::checkApiBaseUrl(const QString &url)
{
    if (url.trimmed().isEmpty())
        return {};
    QString error;
    if (UrlRules::normalizeHttpUrl(url, &error).isEmpty())
        return tr("The API base URL must be an absolute http(s) address such as "
                  "https://api.pipedream.com: %1")
            .arg(error);
    const QUrl parsed(url.trimmed());
    if (!parsed.userInfo().isEmpty() || parsed.hasQuery() || parsed.hasFragment())
        return tr("The API base URL must not carry a user name, password, query or fragment.");
    return {};
}

QList<ProfileIssue> Profile::validate(const QStringList &otherNames) const
{
    QList<ProfileIssue> issues;
    const auto check = [&issues](ProfileField field, const QString &message) {
        if (!message.isEmpty())
            issues.append({field, message});
    };
    check(ProfileField::Name, checkName(name, otherNames));
    check(ProfileField::ProjectId, TokenRequest::checkProjectId(projectId));
    check(ProfileField::Environment, TokenRequest::checkEnvironment(defaultEnvironment));
    check(ProfileField::ClientId, checkClientId(clientId));
    check(ProfileField::AccessScope, checkAccessScope(accessScope));
    check(ProfileField::ApiBaseUrl, checkApiBaseUrl(apiBaseUrl));
    return issues;
}

QUrl Profile::baseUrl() const
{
    const QString url = apiBaseUrl.trimmed();
    return url.isEmpty() ? ClientCredentials().baseUrl : QUrl(url);
}

ClientCredentials Profile::credentials(const QString &clientSecret) const
{
    return {baseUrl(), clientId.trimmed(), clientSecret, accessScope.simplified()};
}

QVariantMap Profile::toRecord() const
{
    return {{recordId, id},
            {recordName, name.simplified()},
            {recordProjectId, projectId.trimmed()},
            {recordEnvironment, defaultEnvironment},
            {recordClientId, clientId.trimmed()},
            {recordAccessScope, accessScope.simplified()},
            {recordApiBaseUrl, apiBaseUrl.trimmed()},
            {recordAllowDeletes, allowDeletes}};
}

Profile Profile::fromRecord(const QVariantMap &record)
{
    Profile profile;
    profile.id = record.value(recordId).toString();
    profile.name = record.value(recordName).toString();
    profile.projectId = record.value(recordProjectId).toString();
    const QString environment = record.value(recordEnvironment).toString().trimmed().toLower();
    if (!environment.isEmpty())
        profile.defaultEnvironment = environment;
    profile.clientId = record.value(recordClientId).toString();
    profile.accessScope = record.value(recordAccessScope).toString();
    profile.apiBaseUrl = record.value(recordApiBaseUrl).toString();
    profile.allowDeletes = record.value(recordAllowDeletes, true).toBool();
    return profile;
}

QJsonObject Profile::toJson() const
{
    QJsonObject object{{jsonName, name.simplified()},
                       {jsonProjectId, projectId.trimmed()},
                       {jsonEnvironment, defaultEnvironment},
                       {jsonClientId, clientId.trimmed()}};
    if (!accessScope.trimmed().isEmpty())
        object.insert(jsonAccessScope, accessScope.simplified());
    if (!apiBaseUrl.trimmed().isEmpty())
        object.insert(jsonApiBaseUrl, apiBaseUrl.trimmed());
    if (!allowDeletes)
        object.insert(jsonAllowDeletes, false);
    return object;
}

Profile Profile::fromJson(const QJsonObject &object, QStringList *notes)
{
    Profile profile;
    profile.name = object.value(jsonName).toString();
    profile.projectId = object.value(jsonProjectId).toString().trimmed();
    const QString environment = object.value(jsonEnvironment).toString().trimmed().toLower();
    if (!environment.isEmpty())
        profile.defaultEnvironment = environment;
    profile.clientId = object.value(jsonClientId).toString().trimmed();
    profile.accessScope = object.value(jsonAccessScope).toString().simplified();
    profile.apiBaseUrl = object.value(jsonApiBaseUrl).toString().trimmed();
    profile.allowDeletes = object.value(jsonAllowDeletes).toBool(true);
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key().toLower();
        if (key.contains(QLatin1String("secret")) || key.contains(QLatin1String("password"))
            || key.contains(QLatin1String("token"))) {
            if (notes)
                notes->append(tr("The field \"%1\" was ignored: secrets are never imported; "
                                 "enter the client secret in ConnectDesk.")
                                  .arg(it.key()));
        }
    }
    return profile;
}

} // namespace ConnectDesk
