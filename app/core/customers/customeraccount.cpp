#include "customers/customeraccount.h"

#include "api/apierror.h"
#include "api/tokenresult.h"

#include <QJsonArray>

namespace ConnectDesk {

QString accountHealthName(AccountHealth health)
{
    switch (health) {
    case AccountHealth::Healthy: return QStringLiteral("healthy");
    case AccountHealth::Unhealthy: return QStringLiteral("unhealthy");
    case AccountHealth::Dead: return QStringLiteral("dead");
    }
    return {};
}

QString accountHealthLabel(AccountHealth health)
{
    switch (health) {
    case AccountHealth::Healthy: return CustomerAccount::tr("Healthy");
    case AccountHealth::Unhealthy: return CustomerAccount::tr("Unhealthy");
    case AccountHealth::Dead: return CustomerAccount::tr("Dead: must connect again");
    }
    return {};
}

std::optional<AccountHealth> accountHealthFromName(const QString &name)
{
    for (AccountHealth health : {AccountHealth::Healthy, AccountHealth::Unhealthy, AccountHealth::Dead}) {
        if (name.compare(accountHealthName(health), Qt::CaseInsensitive) == 0)
            return health;
    }
    return std::nullopt;
}

QDateTime apiTime(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    return TokenResult::parseTimestamp(value.toString()).value_or(QDateTime());
}

QString apiTimeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

std::optional<CustomerAccount> CustomerAccount::fromJson(const QJsonObject &object)
{
    CustomerAccount account;
    account.id = object.value(QLatin1String("id")).toString();
    if (account.id.isEmpty())
        return std::nullopt;
    // Every text here came from a server: masked and made one line before anyone sees it.
    account.name = ApiError::serverText(object.value(QLatin1String("name")).toString());
    account.externalUserId = object.value(QLatin1String("external_id")).toString();
    const QJsonObject app = object.value(QLatin1String("app")).toObject();
    account.appSlug = app.value(QLatin1String("name_slug")).toString();
    account.appName = ApiError::serverText(app.value(QLatin1String("name")).toString());
    account.appIconUrl = app.value(QLatin1String("img_src")).toString();
    if (object.value(QLatin1String("dead")).toBool(false))
        account.health = AccountHealth::Dead;
    else if (!object.value(QLatin1String("healthy")).toBool(true))
        account.health = AccountHealth::Unhealthy;
    account.error = ApiError::serverText(object.value(QLatin1String("error")).toString());
    account.createdAt = apiTime(object.value(QLatin1String("created_at")));
    account.updatedAt = apiTime(object.value(QLatin1String("updated_at")));
    account.lastRefreshedAt = apiTime(object.value(QLatin1String("last_refreshed_at")));
    account.nextRefreshAt = apiTime(object.value(QLatin1String("next_refresh_at")));
    account.expiresAt = apiTime(object.value(QLatin1String("expires_at")));
    for (const QJsonValue &scope : object.value(QLatin1String("authorized_scopes")).toArray()) {
        if (scope.isString())
            account.authorizedScopes.append(ApiError::serverText(scope.toString()));
    }
    return account;
}

QJsonObject CustomerAccount::toJson() const
{
    const auto time = [](const QDateTime &t) { return t.isValid() ? QJsonValue(apiTimeText(t)) : QJsonValue(); };
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("external_user_id"), externalUserId},
        {QStringLiteral("app"), appSlug},
        {QStringLiteral("app_name"), appName},
        {QStringLiteral("health"), accountHealthName(health)},
        {QStringLiteral("error"), error.isEmpty() ? QJsonValue() : QJsonValue(error)},
        {QStringLiteral("created_at"), time(createdAt)},
        {QStringLiteral("updated_at"), time(updatedAt)},
        {QStringLiteral("last_refreshed_at"), time(lastRefreshedAt)},
        {QStringLiteral("next_refresh_at"), time(nextRefreshAt)},
        {QStringLiteral("expires_at"), time(expiresAt)},
        {QStringLiteral("authorized_scopes"), QJsonArray::fromStringList(authorizedScopes)},
    };
}

std::optional<ExternalUser> ExternalUser::fromJson(const QJsonObject &object)
{
    ExternalUser user;
    user.id = object.value(QLatin1String("id")).toString();
    user.externalId = object.value(QLatin1String("external_id")).toString();
    if (user.externalId.isEmpty())
        return std::nullopt;
    user.createdAt = apiTime(object.value(QLatin1String("created_at")));
    user.updatedAt = apiTime(object.value(QLatin1String("updated_at")));
    return user;
}

QJsonObject ExternalUser::toJson() const
{
    const auto time = [](const QDateTime &t) { return t.isValid() ? QJsonValue(apiTimeText(t)) : QJsonValue(); };
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("external_user_id"), externalId},
        {QStringLiteral("created_at"), time(createdAt)},
        {QStringLiteral("updated_at"), time(updatedAt)},
    };
}

} // namespace ConnectDesk
