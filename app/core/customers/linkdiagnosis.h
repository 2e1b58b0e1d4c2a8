#pragma once

#include "api/tokencheck.h"
#include "customers/customeraccount.h"
#include "history/historystore.h"

#include <QCoreApplication>

#include <optional>

namespace ConnectDesk {

// A Connect Link or ctok_ token as someone pasted it: a whole link, a token, or either inside a
// sentence copied from an e-mail.
struct PastedLink
{
    Q_DECLARE_TR_FUNCTIONS(PastedLink)
public:
    QString token;   // ctok_...
    QString appSlug; // the link's app=, when it had one

    // nullopt with `*why` (what was expected) when the text holds no Connect token.
    static std::optional<PastedLink> parse(const QString &text, QString *why = nullptr);
    // The token with its middle masked (ctok_1a2b…9f0e): enough to tell two apart, not to use it.
    static QString maskedToken(const QString &token);
};

// What is wrong with a link, in one sentence, from what the API said of the token, what this
// machine's history knows of it and the customer's accounts.
struct LinkDiagnosis
{
    Q_DECLARE_TR_FUNCTIONS(LinkDiagnosis)
public:
    enum class Verdict {
        Usable,            // production, unused, not expired
        DevelopmentLink,   // usable, but a development link: not for customers
        SandboxLink,       // made in the built-in sandbox: never worked for anyone
        Expired,
        UsedConnected,     // it worked: the app's account is connected and healthy
        UsedUnhealthy,     // it worked, but the account is now unhealthy or dead
        UsedNoAccount,     // used, yet no account is there (deleted since?)
        NotFound,
        AppNotFound,
        CheckFailed,       // the check itself failed (network, credentials)
    };

    Verdict verdict = Verdict::CheckFailed;
    PastedLink link;
    TokenCheck check;
    std::optional<HistoryEntry> history;       // when this machine made the link
    std::optional<CustomerAccount> account;    // the app's account, when one was found
    QList<CustomerAccount> accounts;           // the customer's accounts, when looked up
    QString projectId;      // from the check (valid tokens) or the history
    QString environment;
    QString externalUserId;
    QDateTime expiresAt;    // from the check, else the history; invalid when neither knows
    QDateTime checkedAt;    // UTC

    // `accounts`: the customer's accounts when they could be looked up (nullopt: not looked up).
    static LinkDiagnosis diagnose(const PastedLink &link, const TokenCheck &check,
                                  const std::optional<HistoryEntry> &history,
                                  const std::optional<QList<CustomerAccount>> &accounts,
                                  const QDateTime &now);

    QString verdictName() const; // stable: "usable", "expired", "used_unhealthy", ...
    bool isUsable() const { return verdict == Verdict::Usable; }
    QString sentence() const;    // what is wrong, and what to do, for the support person
    bool suggestsNewLink() const;
    // A short block for a support ticket: IDs, environment, times, the API's words. No secret,
    // and the token only masked.
    QString ticketText() const;
    QJsonObject toJson() const;  // the stable --json shape of `connectdesk link check`

    static QString verdictName(Verdict verdict);
};

} // namespace ConnectDesk
