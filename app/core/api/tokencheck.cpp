#include "api/tokencheck.h"

#include "api/tokenresult.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ConnectDesk {

TokenCheck TokenCheck::fromReply(int status, const QByteArray &body, const ApiError &error)
{
    TokenCheck check;
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QJsonValue success = object.value(QLatin1String("success"));
    const QString message = object.value(QLatin1String("error")).toString();

    if (success.isBool() && success.toBool() && !error.isError()) {
        check.state = State::Valid;
        check.projectId = object.value(QLatin1String("project_id")).toString();
        check.environment = object.value(QLatin1String("project_environment")).toString();
        check.externalUserId = object.value(QLatin1String("external_user_id")).toString();
        if (const auto at = TokenResult::parseTimestamp(
                object.value(QLatin1String("expires_at")).toString()))
            check.expiresAt = *at;
        const QJsonObject app = object.value(QLatin1String("app")).toObject();
        check.appName = app.value(QLatin1String("name")).toString();
        return check;
    }

    const QString lower = message.toLower();
    check.serverMessage = message;
    if (success.isBool() && !message.isEmpty()) {
        if (lower.contains(QLatin1String("used")))
            check.state = State::Used;
        else if (lower.contains(QLatin1String("expired")))
            check.state = State::Expired;
        else if (lower.contains(QLatin1String("app")) && lower.contains(QLatin1String("not found")))
            check.state = State::AppNotFound;
        else if (lower.contains(QLatin1String("not found")) || status == 404)
            check.state = State::NotFound;
        if (check.state != State::Failed)
            return check;
    }
    if (status == 404 && (message.isEmpty() || !lower.contains(QLatin1String("app")))) {
        check.state = State::NotFound;
        return check;
    }
    check.state = State::Failed;
    if (error.isError())
        check.serverMessage = error.humanMessage();
    else if (message.isEmpty())
        check.serverMessage = tr("The server's answer did not say whether the token is valid.");
    return check;
}

QString TokenCheck::stateName() const
{
    switch (state) {
    case State::Valid: return QStringLiteral("valid");
    case State::Used: return QStringLiteral("used");
    case State::Expired: return QStringLiteral("expired");
    case State::NotFound: return QStringLiteral("not_found");
    case State::AppNotFound: return QStringLiteral("app_not_found");
    case State::Failed: return QStringLiteral("failed");
    }
    return {};
}

QString TokenCheck::summary() const
{
    switch (state) {
    case State::Valid:
        return appName.isEmpty() ? tr("Valid: the token can still be used.")
                                 : tr("Valid: the token can still be used to connect %1.")
                                       .arg(appName);
    case State::Used:
        return tr("Already used: an account was connected with this token. Create a new one.");
    case State::Expired:
        return tr("Expired: the token can no longer be used. Create a new one.");
    case State::NotFound:
        return tr("Not found: the server does not know this token.");
    case State::AppNotFound:
        return tr("App not found: the token is fine, but no app has this ID or slug.");
    case State::Failed:
        return tr("The check failed: %1").arg(serverMessage);
    }
    return {};
}

} // namespace ConnectDesk
