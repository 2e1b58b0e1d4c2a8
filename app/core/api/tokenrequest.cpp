#include "api/tokenrequest.h"

#include "api/scopecatalogue.h"
#include "api/urlrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace ConnectDesk {

QString tokenFieldName(TokenField field)
{
    switch (field) {
    case TokenField::ProjectId: return QStringLiteral("project_id");
    case TokenField::Environment: return QStringLiteral("environment");
    case TokenField::ExternalUserId: return QStringLiteral("external_user_id");
    case TokenField::AllowedOrigins: return QStringLiteral("allowed_origins");
    case TokenField::SuccessRedirectUri: return QStringLiteral("success_redirect_uri");
    case TokenField::ErrorRedirectUri: return QStringLiteral("error_redirect_uri");
    case TokenField::WebhookUri: return QStringLiteral("webhook_uri");
    case TokenField::ExpiresIn: return QStringLiteral("expires_in");
    case TokenField::Scope: return QStringLiteral("scope");
    case TokenField::AllowProgressiveScopes: return QStringLiteral("allow_progressive_scopes");
    case TokenField::App: return QStringLiteral("app");
    case TokenField::OAuthAppId: return QStringLiteral("oauth_app_id");
    }
    return {};
}

QString environmentLabel(const QString &environment)
{
    const QString wire = environment.trimmed().toLower();
    if (wire == QLatin1String("production"))
        return TokenRequest::tr("Production");
    if (wire == QLatin1String("development"))
        return TokenRequest::tr("Development");
    return environment;
}

QString tokenFieldLabel(TokenField field)
{
    switch (field) {
    case TokenField::ProjectId: return TokenRequest::tr("Project ID");
    case TokenField::Environment: return TokenRequest::tr("Environment");
    case TokenField::ExternalUserId: return TokenRequest::tr("External user ID");
    case TokenField::AllowedOrigins: return TokenRequest::tr("Allowed origins");
    case TokenField::SuccessRedirectUri: return TokenRequest::tr("Success redirect URI");
    case TokenField::ErrorRedirectUri: return TokenRequest::tr("Error redirect URI");
    case TokenField::WebhookUri: return TokenRequest::tr("Webhook URI");
    case TokenField::ExpiresIn: return TokenRequest::tr("Expires in");
    case TokenField::Scope: return TokenRequest::tr("Scope");
    case TokenField::AllowProgressiveScopes: return TokenRequest::tr("Allow progressive scopes");
    case TokenField::App: return TokenRequest::tr("App");
    case TokenField::OAuthAppId: return TokenRequest::tr("OAuth client");
    }
    return {};
}

QString TokenRequest::checkProjectId(const QString &projectId)
{
    static const QRegularExpression pattern(QStringLiteral("^proj_[a-zA-Z0-9]+$"));
    const QString id = projectId.trimmed();
    if (id.isEmpty())
        return tr("Enter the project ID (it starts with proj_).");
    if (!pattern.match(id).hasMatch())
        return tr("A project ID looks like proj_abc123: \"proj_\" followed by letters and digits.");
    return {};
}

QString TokenRequest::checkEnvironment(const QString &environment)
{
    if (environment == QLatin1String("development") || environment == QLatin1String("production"))
        return {};
    return tr("The environment must be \"development\" or \"production\".");
}

QString TokenRequest::checkExternalUserId(const QString &externalUserId)
{
    const QString id = externalUserId.trimmed();
    if (id.isEmpty())
        return tr("Enter the customer's external user ID.");
    const auto length = id.toUcs4().size();
    if (length > maxExternalUserIdLength)
        return tr("The external user ID is %1 characters long; the limit is %2.")
            .arg(length)
            .arg(maxExternalUserIdLength);
    const bool hasControl = std::any_of(id.cbegin(), id.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control;
    });
    if (hasControl)
        return tr("The external user ID contains a line break, tab or other control character.");
    // Text that was not UTF-8 arrives as U+FFFD (and so do unpaired surrogates here); invisible
    // characters (zero-width space, BOM, U+2028) make an ID that looks right but matches no one.
    const QList<uint> codePoints = id.toUcs4();
    if (codePoints.contains(uint(QChar::ReplacementCharacter)))
        return tr("The external user ID contains text that is not valid UTF-8; check the "
                  "encoding of the file or program it came from.");
    const auto invisible = std::find_if(codePoints.cbegin(), codePoints.cend(), [](uint c) {
        const QChar::Category category = QChar::category(char32_t(c));
        return category == QChar::Other_Format || category == QChar::Separator_Line
               || category == QChar::Separator_Paragraph;
    });
    if (invisible != codePoints.cend())
        return tr("The external user ID contains an invisible character (U+%1); type the ID "
                  "again instead of pasting it.")
            .arg(QString::number(*invisible, 16).toUpper().rightJustified(4, QLatin1Char('0')));
    return {};
}

QString TokenRequest::checkExpiresIn(const QString &expiresIn)
{
    const QString text = expiresIn.trimmed();
    if (text.isEmpty())
        return {};
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}$"));
    const int seconds = digits.match(text).hasMatch() ? text.toInt() : 0;
    // "10m", "2 h": the server takes seconds only; say exactly what to type (review 31).
    static const QRegularExpression withUnit(
        QStringLiteral("^([0-9]{1,5})\\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch unit = withUnit.match(text); unit.hasMatch()) {
        const QChar kind = unit.captured(2).at(0).toLower();
        const int factor = kind == QLatin1Char('h') ? 3600 : kind == QLatin1Char('m') ? 60 : 1;
        const int inSeconds = unit.captured(1).toInt() * factor;
        if (inSeconds >= minExpiresIn && inSeconds <= maxExpiresIn)
            return tr("Expiry is a number of seconds, without a unit: for %1, type %2 (from %3 "
                      "to %4).")
                .arg(text)
                .arg(inSeconds)
                .arg(minExpiresIn)
                .arg(maxExpiresIn);
    }
    if (seconds < minExpiresIn || seconds > maxExpiresIn)
        return tr("Expiry must be a whole number of seconds from %1 to %2 (4 hours).")
            .arg(minExpiresIn)
            .arg(maxExpiresIn);
    return {};
}

QStringList TokenRequest::splitScopes(const QStringList &scopes)
{
    QStringList result;
    for (const QString &entry : scopes) {
        const QStringList parts = entry.split(QRegularExpression(QStringLiteral("[\\s,]+")),
                                              Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            if (!result.contains(part))
                result.append(part);
        }
    }
    return result;
}

QString TokenRequest::checkScopes(const QStringList &scopes)
{
    const QStringList list = splitScopes(scopes);
    for (const QString &scope : list) {
        if (scope == QLatin1String("*"))
            return tr("\"*\" is not allowed for a Connect token; the widest scope is connect:*.");
        if (!ScopeCatalogue::isKnown(scope))
            return tr("\"%1\" is not a Connect scope.").arg(scope);
    }
    if (list.size() > 1 && list.contains(ScopeCatalogue::wildcard()))
        return tr("connect:* already includes every other scope: choose it alone or pick narrower scopes.");
    return {};
}

QString TokenRequest::checkAppSlug(const QString &appSlug)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
    const QString slug = appSlug.trimmed().toLower();
    if (slug.isEmpty() || pattern.match(slug).hasMatch())
        return {};
    return tr("An app slug has only letters, digits, \"_\" and \"-\" (for example google_sheets).");
}

QString TokenRequest::checkOAuthAppId(const QString &oauthAppId)
{
    static const QRegularExpression pattern(QStringLiteral("^oa_[A-Za-z0-9]+$"));
    const QString id = oauthAppId.trimmed();
    if (id.isEmpty() || pattern.match(id).hasMatch())
        return {};
    return tr("An OAuth client ID looks like oa_abc123: \"oa_\" followed by letters and digits.");
}

QList<FieldError> TokenRequest::validate() const
{
    QList<FieldError> errors;
    auto check = [&errors](TokenField field, const QString &message, int index = -1) {
        if (!message.isEmpty())
            errors.append({field, message, index});
    };
    check(TokenField::ProjectId, checkProjectId(projectId));
    check(TokenField::Environment, checkEnvironment(environment));
    check(TokenField::ExternalUserId, checkExternalUserId(externalUserId));
    for (int i = 0; i < allowedOrigins.size(); ++i) {
        if (allowedOrigins.at(i).trimmed().isEmpty())
            continue;
        QString error;
        if (UrlRules::normalizeOrigin(allowedOrigins.at(i), &error).isEmpty())
            check(TokenField::AllowedOrigins, error, i);
    }
    const std::pair<TokenField, const QString *> uris[] = {
        {TokenField::SuccessRedirectUri, &successRedirectUri},
        {TokenField::ErrorRedirectUri, &errorRedirectUri},
        {TokenField::WebhookUri, &webhookUri},
    };
    for (const auto &[field, value] : uris) {
        if (value->trimmed().isEmpty())
            continue;
        QString error;
        if (UrlRules::normalizeHttpUrl(*value, &error).isEmpty())
            check(field, error);
    }
    check(TokenField::ExpiresIn, checkExpiresIn(expiresIn));
    check(TokenField::Scope, checkScopes(scopes));
    check(TokenField::App, checkAppSlug(appSlug));
    check(TokenField::OAuthAppId, checkOAuthAppId(oauthAppId));
    return errors;
}

QStringList TokenRequest::normalizedOrigins() const
{
    QStringList result;
    for (const QString &entry : allowedOrigins) {
        const QString origin = UrlRules::normalizeOrigin(entry);
        if (!origin.isEmpty() && !result.contains(origin))
            result.append(origin);
    }
    return result;
}

QString TokenRequest::normalizedScope() const
{
    return splitScopes(scopes).join(QLatin1Char(' '));
}

QJsonObject TokenRequest::toJsonObject() const
{
    QJsonObject body;
    body.insert(QStringLiteral("external_user_id"), normalizedExternalUserId());
    const QStringList origins = normalizedOrigins();
    if (!origins.isEmpty())
        body.insert(QStringLiteral("allowed_origins"), QJsonArray::fromStringList(origins));
    const std::pair<QString, const QString *> uris[] = {
        {QStringLiteral("success_redirect_uri"), &successRedirectUri},
        {QStringLiteral("error_redirect_uri"), &errorRedirectUri},
        {QStringLiteral("webhook_uri"), &webhookUri},
    };
    for (const auto &[name, value] : uris) {
        if (!value->trimmed().isEmpty())
            body.insert(name, value->trimmed());
    }
    if (!expiresIn.trimmed().isEmpty())
        body.insert(QStringLiteral("expires_in"), expiresIn.trimmed().toInt());
    const QString scope = normalizedScope();
    if (!scope.isEmpty())
        body.insert(QStringLiteral("scope"), scope);
    if (allowProgressiveScopes)
        body.insert(QStringLiteral("allow_progressive_scopes"), true);
    if (const QString app = normalizedAppSlug(); !app.isEmpty())
        body.insert(QStringLiteral("app_id"), app);
    if (const QString client = normalizedOAuthAppId(); !client.isEmpty())
        body.insert(QStringLiteral("oauth_app_id"), client);
    return body;
}

QByteArray TokenRequest::toJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Compact);
}

bool TokenRequest::sameLinkTarget(const TokenRequest &other) const
{
    return normalizedExternalUserId() == other.normalizedExternalUserId()
           && normalizedAppSlug() == other.normalizedAppSlug()
           && projectId.trimmed() == other.projectId.trimmed()
           && environment == other.environment;
}

} // namespace ConnectDesk
