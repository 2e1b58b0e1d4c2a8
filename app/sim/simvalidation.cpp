#include "simvalidation.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace ConnectDesk::Sim::Validation {

namespace {

TokenRequestCheck failure(const QString &field, const QString &message)
{
    TokenRequestCheck check;
    check.field = field;
    check.error = message;
    return check;
}

const QStringList &knownFields()
{
    static const QStringList fields{QStringLiteral("external_user_id"),
                                    QStringLiteral("allowed_origins"),
                                    QStringLiteral("success_redirect_uri"),
                                    QStringLiteral("error_redirect_uri"),
                                    QStringLiteral("webhook_uri"),
                                    QStringLiteral("expires_in"),
                                    QStringLiteral("scope"),
                                    QStringLiteral("allow_progressive_scopes"),
                                    QStringLiteral("app_id"),
                                    QStringLiteral("oauth_app_id")};
    return fields;
}

QString checkScopeList(const QString &scope, bool allowStar)
{
    const QStringList parts = scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return QStringLiteral("scope must list at least one scope");
    for (const QString &part : parts) {
        if (part == QLatin1String("*")) {
            if (allowStar)
                continue;
            return QStringLiteral("scope \"*\" is not allowed for Connect tokens; use connect:*");
        }
        if (!connectScopes().contains(part))
            return QStringLiteral("scope contains an unknown scope: %1").arg(part);
    }
    return {};
}

} // namespace

bool isValidProjectId(const QString &projectId)
{
    static const QRegularExpression pattern(QStringLiteral("^proj_[a-zA-Z0-9]+$"));
    return pattern.match(projectId).hasMatch();
}

bool isValidEnvironment(const QString &environment)
{
    return environment == QLatin1String("development")
           || environment == QLatin1String("production");
}

bool isValidOrigin(const QString &origin)
{
    // Strict on purpose: the real service compares origins literally with the browser's
    // Origin header, so anything with a path, query, credentials or whitespace is a client bug.
    static const QRegularExpression
        shape(QStringLiteral("^https?://(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9.-]+)(:[0-9]{1,5})?$"),
              QRegularExpression::CaseInsensitiveOption);
    if (!shape.match(origin).hasMatch())
        return false;
    const QUrl url(origin, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const int port = url.port();
    return port == -1 || (port > 0 && port <= 65535);
}

bool isAbsoluteHttpUrl(const QString &text)
{
    if (text.isEmpty() || text != text.trimmed() || text.contains(QLatin1Char(' ')))
        return false;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return false;
    return !url.host().isEmpty() && url.port() != 0;
}

const QStringList &connectScopes()
{
    static const QStringList scopes{
        QStringLiteral("connect:*"),
        QStringLiteral("connect:actions:*"),
        QStringLiteral("connect:triggers:*"),
        QStringLiteral("connect:accounts:read"),
        QStringLiteral("connect:accounts:write"),
        QStringLiteral("connect:deployed_triggers:read"),
        QStringLiteral("connect:deployed_triggers:write"),
        QStringLiteral("connect:usage:read"),
        QStringLiteral("connect:users:read"),
        QStringLiteral("connect:users:write"),
        QStringLiteral("connect:tokens:create"),
        QStringLiteral("connect:proxy"),
        QStringLiteral("connect:workflow:invoke"),
        QStringLiteral("connect:projects:read"),
        QStringLiteral("connect:projects:write"),
    };
    return scopes;
}

QString checkConnectScope(const QString &scope)
{
    return checkScopeList(scope, false);
}

QString checkOAuthScope(const QString &scope)
{
    return checkScopeList(scope, true);
}

TokenRequestCheck checkTokenRequest(const QJsonObject &body)
{
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (!knownFields().contains(it.key()))
            return failure(it.key(), QStringLiteral("unknown field: %1").arg(it.key()));
    }

    TokenRequestFields fields;

    const QJsonValue externalUserId = body.value(QStringLiteral("external_user_id"));
    if (externalUserId.isUndefined())
        return failure(QStringLiteral("external_user_id"),
                       QStringLiteral("external_user_id is required"));
    if (!externalUserId.isString())
        return failure(QStringLiteral("external_user_id"),
                       QStringLiteral("external_user_id must be a string"));
    fields.externalUserId = externalUserId.toString();
    if (fields.externalUserId.isEmpty())
        return failure(QStringLiteral("external_user_id"),
                       QStringLiteral("external_user_id must not be empty"));
    // Characters, not UTF-16 units.
    if (fields.externalUserId.toUcs4().size() > maxExternalUserIdLength)
        return failure(QStringLiteral("external_user_id"),
                       QStringLiteral("external_user_id must be at most %1 characters")
                           .arg(maxExternalUserIdLength));

    if (body.contains(QStringLiteral("allowed_origins"))) {
        const QJsonValue origins = body.value(QStringLiteral("allowed_origins"));
        if (!origins.isArray())
            return failure(QStringLiteral("allowed_origins"),
                           QStringLiteral("allowed_origins must be an array of origins"));
        const QJsonArray array = origins.toArray();
        for (const QJsonValue &origin : array) {
            if (!origin.isString() || !isValidOrigin(origin.toString())) {
                const QString shown = origin.isString() ? origin.toString()
                                                        : QStringLiteral("(not a string)");
                return failure(QStringLiteral("allowed_origins"),
                               QStringLiteral("allowed_origins contains an invalid origin: %1 "
                                              "(expected scheme://host[:port])")
                                   .arg(shown));
            }
            fields.allowedOrigins.append(origin.toString());
        }
    }

    const struct
    {
        QString name;
        QString *target;
    } urls[] = {
        {QStringLiteral("success_redirect_uri"), &fields.successRedirectUri},
        {QStringLiteral("error_redirect_uri"), &fields.errorRedirectUri},
        {QStringLiteral("webhook_uri"), &fields.webhookUri},
    };
    for (const auto &url : urls) {
        if (!body.contains(url.name))
            continue;
        const QJsonValue value = body.value(url.name);
        if (!value.isString() || !isAbsoluteHttpUrl(value.toString()))
            return failure(url.name,
                           QStringLiteral("%1 must be an absolute http(s) URL").arg(url.name));
        *url.target = value.toString();
    }

    if (body.contains(QStringLiteral("expires_in"))) {
        const QJsonValue value = body.value(QStringLiteral("expires_in"));
        const double number = value.toDouble(-1.0);
        if (!value.isDouble() || std::floor(number) != number)
            return failure(QStringLiteral("expires_in"),
                           QStringLiteral("expires_in must be an integer number of seconds"));
        if (number < 1 || number > maxExpiresIn)
            return failure(QStringLiteral("expires_in"),
                           QStringLiteral("expires_in must be between 1 and %1 seconds")
                               .arg(maxExpiresIn));
        fields.expiresIn = static_cast<int>(number);
    }

    if (body.contains(QStringLiteral("scope"))) {
        const QJsonValue value = body.value(QStringLiteral("scope"));
        if (!value.isString())
            return failure(QStringLiteral("scope"), QStringLiteral("scope must be a string"));
        const QString problem = checkConnectScope(value.toString());
        if (!problem.isEmpty())
            return failure(QStringLiteral("scope"), problem);
        fields.scope
            = value.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts).join(QLatin1Char(' '));
    }

    if (body.contains(QStringLiteral("allow_progressive_scopes"))) {
        const QJsonValue value = body.value(QStringLiteral("allow_progressive_scopes"));
        if (!value.isBool())
            return failure(QStringLiteral("allow_progressive_scopes"),
                           QStringLiteral("allow_progressive_scopes must be a boolean"));
        fields.allowProgressiveScopes = value.toBool();
    }

    // Existence (a known app, a client of this project) is checked by the API handler.
    const struct
    {
        QString name;
        QString *target;
    } ids[] = {
        {QStringLiteral("app_id"), &fields.appId},
        {QStringLiteral("oauth_app_id"), &fields.oauthAppId},
    };
    for (const auto &id : ids) {
        if (!body.contains(id.name))
            continue;
        const QJsonValue value = body.value(id.name);
        if (!value.isString() || value.toString().trimmed().isEmpty())
            return failure(id.name, QStringLiteral("%1 must be a non-empty string").arg(id.name));
        *id.target = value.toString();
    }

    TokenRequestCheck check;
    check.fields = fields;
    return check;
}

} // namespace ConnectDesk::Sim::Validation
