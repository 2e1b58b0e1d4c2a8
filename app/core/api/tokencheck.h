#pragma once

#include "api/apierror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace ConnectDesk {

// What GET /v1/connect/tokens/{token}/validate?app_id= said about a Connect token. The
// server's wording is unconfirmed, so the answer is read leniently: "success" decides, and
// the "error" text is matched for the known cases.
struct TokenCheck
{
    Q_DECLARE_TR_FUNCTIONS(TokenCheck)
public:
    enum class State {
        Valid,       // usable now (with this app, when one was given)
        Used,        // an account was already connected with it
        Expired,
        NotFound,    // no such token
        AppNotFound, // the token is fine but app_id names no app
        Failed,      // the check itself failed (network, 401, unexpected answer)
    };

    State state = State::Failed;
    QString serverMessage;   // the server's "error", or the failure's human message
    QString projectId;       // when valid
    QString environment;
    QString externalUserId;
    QDateTime expiresAt;     // UTC, when valid and given
    QString appName;         // when an app was checked and found

    // From the reply's HTTP status (0 = no answer), body and error (Kind::None on success).
    static TokenCheck fromReply(int status, const QByteArray &body, const ApiError &error);

    QString stateName() const; // stable: "valid", "used", "expired", "not_found", ...
    QString summary() const;   // one sentence for the user
    bool operator==(const TokenCheck &) const = default;
};

} // namespace ConnectDesk
