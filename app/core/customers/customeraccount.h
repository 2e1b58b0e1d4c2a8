#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ConnectDesk {

// What the API says of a connected account's credentials: `healthy` false means Pipedream keeps
// retrying the refresh; `dead` means it gave up and the customer must connect again.
enum class AccountHealth { Healthy, Unhealthy, Dead };

QString accountHealthName(AccountHealth health);  // "healthy", "unhealthy", "dead" (stable)
QString accountHealthLabel(AccountHealth health); // translated, for people
std::optional<AccountHealth> accountHealthFromName(const QString &name);

// One account a customer connected (GET /v1/connect/{project_id}/accounts), as the Customers
// view and `connectdesk accounts list` show it. Never holds credentials.
struct CustomerAccount
{
    Q_DECLARE_TR_FUNCTIONS(CustomerAccount)
public:
    QString id; // apn_...
    QString name;
    QString externalUserId;
    QString appSlug;
    QString appName;
    QString appIconUrl;
    AccountHealth health = AccountHealth::Healthy;
    QString error; // the server's words (masked, one line) when unhealthy or dead
    QDateTime createdAt;       // UTC; every time is invalid when the server left it out
    QDateTime updatedAt;
    QDateTime lastRefreshedAt;
    QDateTime nextRefreshAt;
    QDateTime expiresAt;       // the credentials' expiry
    QStringList authorizedScopes;

    bool needsAttention() const { return health != AccountHealth::Healthy; }
    // "Slack" or the slug when the server sent no name.
    QString appLabel() const { return appName.isEmpty() ? appSlug : appName; }

    // Lenient: only `id` is required. `healthy` missing counts as healthy unless `dead`.
    static std::optional<CustomerAccount> fromJson(const QJsonObject &object);
    // The stable --json shape of `connectdesk accounts list` (docs/cli.md).
    QJsonObject toJson() const;

    bool operator==(const CustomerAccount &) const = default;
};

// An external user (GET /v1/connect/{project_id}/users): the customer as the project knows them.
struct ExternalUser
{
    QString id;         // exu_...
    QString externalId; // the product's own ID for the customer
    QDateTime createdAt;
    QDateTime updatedAt;

    static std::optional<ExternalUser> fromJson(const QJsonObject &object); // needs external_id
    QJsonObject toJson() const; // the stable --json shape of `connectdesk users list`

    bool operator==(const ExternalUser &) const = default;
};

// An ISO 8601 time from the API as UTC; invalid when missing or unreadable.
QDateTime apiTime(const QJsonValue &value);
QString apiTimeText(const QDateTime &time); // ISO 8601 with milliseconds and Z, or empty

} // namespace ConnectDesk
