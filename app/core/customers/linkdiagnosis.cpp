#include "customers/linkdiagnosis.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace ConnectDesk {

namespace {

const QRegularExpression &tokenPattern()
{
    static const QRegularExpression pattern(QStringLiteral("ctok_[0-9A-Za-z]{8,}"));
    return pattern;
}

QString utcText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
}

} // namespace

std::optional<PastedLink> PastedLink::parse(const QString &text, QString *why)
{
    const auto fail = [why](const QString &message) -> std::optional<PastedLink> {
        if (why)
            *why = message;
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("Paste a Connect Link (https://pipedream.com/_static/connect.html?token=ctok_...) "
                       "or a Connect token (ctok_...)."));
    PastedLink link;
    // A link anywhere in the text: its token= and app= parameters.
    static const QRegularExpression urlPattern(QStringLiteral("https?://\\S+"));
    for (auto it = urlPattern.globalMatch(trimmed); it.hasNext();) {
        const QUrl url(it.next().captured(0), QUrl::TolerantMode);
        const QUrlQuery query(url);
        const QString token = query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
        if (tokenPattern().match(token).capturedStart() == 0 && tokenPattern().match(token).capturedLength() == token.size()) {
            link.token = token;
            link.appSlug = query.queryItemValue(QStringLiteral("app"), QUrl::FullyDecoded);
            return link;
        }
    }
    const QRegularExpressionMatch match = tokenPattern().match(trimmed);
    if (match.hasMatch()) {
        link.token = match.captured(0);
        return link;
    }
    if (trimmed.startsWith(QLatin1String("ctok_")))
        return fail(tr("This looks like a cut-off Connect token: a token is \"ctok_\" followed by "
                       "at least 8 letters and digits. Paste the whole link."));
    return fail(tr("This is not a Connect Link or token. Expected a link like "
                   "https://pipedream.com/_static/connect.html?token=ctok_... or a token "
                   "starting with \"ctok_\"."));
}

QString PastedLink::maskedToken(const QString &token)
{
    if (token.size() < 17)
        return QStringLiteral("ctok_…");
    return token.left(9) + QStringLiteral("…") + token.right(4);
}

LinkDiagnosis LinkDiagnosis::diagnose(const PastedLink &link, const TokenCheck &check,
                                      const std::optional<HistoryEntry> &history,
                                      const std::optional<QList<CustomerAccount>> &accounts,
                                      const QDateTime &now)
{
    LinkDiagnosis d;
    d.link = link;
    d.check = check;
    d.history = history;
    d.checkedAt = now.toUTC();
    d.projectId = !check.projectId.isEmpty() ? check.projectId : history ? history->projectId : QString();
    d.environment = !check.environment.isEmpty() ? check.environment
                    : history                    ? history->environment
                                                 : QString();
    d.externalUserId = !check.externalUserId.isEmpty() ? check.externalUserId
                       : history                       ? history->externalUserId
                                                       : QString();
    d.expiresAt = check.expiresAt.isValid() ? check.expiresAt
                  : history                ? history->expiresAt
                                           : QDateTime();
    if (accounts)
        d.accounts = *accounts;
    const QString app = !link.appSlug.isEmpty() ? link.appSlug : history ? history->appSlug : QString();
    // The app's account: the one the history recorded, else the newest of that app.
    for (const CustomerAccount &account : d.accounts) {
        const bool recorded = history && !history->accountId.isEmpty() && account.id == history->accountId;
        const bool sameApp = !app.isEmpty() && account.appSlug == app;
        if (recorded || (sameApp && (!d.account || account.createdAt > d.account->createdAt)))
            d.account = account;
        if (recorded)
            break;
    }

    using State = TokenCheck::State;
    if (history && history->sandbox && check.state != State::Failed) {
        d.verdict = Verdict::SandboxLink;
        return d;
    }
    switch (check.state) {
    case State::Valid:
        d.verdict = d.environment == QLatin1String("development") ? Verdict::DevelopmentLink
                                                                   : Verdict::Usable;
        break;
    case State::Expired: d.verdict = Verdict::Expired; break;
    case State::Used:
        d.verdict = !d.account                 ? Verdict::UsedNoAccount
                    : d.account->needsAttention() ? Verdict::UsedUnhealthy
                                                  : Verdict::UsedConnected;
        break;
    case State::NotFound: d.verdict = Verdict::NotFound; break;
    case State::AppNotFound: d.verdict = Verdict::AppNotFound; break;
    case State::Failed: d.verdict = Verdict::CheckFailed; break;
    }
    return d;
}

QString LinkDiagnosis::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Usable: return QStringLiteral("usable");
    case Verdict::DevelopmentLink: return QStringLiteral("development_link");
    case Verdict::SandboxLink: return QStringLiteral("sandbox_link");
    case Verdict::Expired: return QStringLiteral("expired");
    case Verdict::UsedConnected: return QStringLiteral("used_connected");
    case Verdict::UsedUnhealthy: return QStringLiteral("used_unhealthy");
    case Verdict::UsedNoAccount: return QStringLiteral("used_no_account");
    case Verdict::NotFound: return QStringLiteral("not_found");
    case Verdict::AppNotFound: return QStringLiteral("app_not_found");
    case Verdict::CheckFailed: return QStringLiteral("check_failed");
    }
    return {};
}

QString LinkDiagnosis::verdictName() const
{
    return verdictName(verdict);
}

bool LinkDiagnosis::suggestsNewLink() const
{
    switch (verdict) {
    case Verdict::Expired:
    case Verdict::UsedUnhealthy:
    case Verdict::UsedNoAccount:
    case Verdict::DevelopmentLink:
    case Verdict::SandboxLink:
    case Verdict::AppNotFound:
        return !externalUserId.isEmpty();
    default:
        return false;
    }
}

QString LinkDiagnosis::sentence() const
{
    const QString app = account ? account->appLabel()
                        : !link.appSlug.isEmpty() ? link.appSlug
                        : history ? history->appName
                                  : QString();
    switch (verdict) {
    case Verdict::Usable:
        if (!expiresAt.isValid())
            return tr("The link works: it is unused and not expired. The customer can open it now; "
                      "if they say it does not work, check the app and their browser.");
        return tr("The link works: it is unused and valid until %1. The customer can open it now; "
                  "if they say it does not work, check the app and their browser.")
            .arg(utcText(expiresAt));
    case Verdict::DevelopmentLink:
        return tr("This is a development link: it works only for the project's developers, not for "
                  "a customer. Create a production link for the customer.");
    case Verdict::SandboxLink:
        return tr("This link was made in ConnectDesk's built-in sandbox: it never worked for anyone. "
                  "Create a real link with a project profile.");
    case Verdict::Expired:
        return tr("The link has expired: Connect Links are short-lived. Issue a new link and ask the "
                  "customer to open it right away.");
    case Verdict::UsedConnected:
        return tr("The link was used and it worked: %1 (%2) is connected and healthy. A link works "
                  "only once; if the customer needs another account, create a new link.")
            .arg(app, account->name);
    case Verdict::UsedUnhealthy: {
        const QString reason = account->error.isEmpty() ? tr("no reason given") : account->error;
        return account->health == AccountHealth::Dead
                   ? tr("The link worked, but the %1 account is dead: \"%2\". Ask the customer to "
                        "connect again with a new link.")
                         .arg(app, reason)
                   : tr("The link worked, but the %1 account is unhealthy: \"%2\". Pipedream keeps "
                        "retrying; if it stays so, ask the customer to connect again with a new link.")
                         .arg(app, reason);
    }
    case Verdict::UsedNoAccount:
        return externalUserId.isEmpty()
                   ? tr("The link was already used. This machine did not make it, so the customer is "
                        "unknown: find them in Customers to see their accounts.")
                   : tr("The link was already used, but the customer has no %1 account now: it may "
                        "have been deleted. Create a new link.")
                         .arg(app.isEmpty() ? tr("matching") : app);
    case Verdict::NotFound:
        return tr("The server does not know this token: it may be mistyped or cut off, or it belongs "
                  "to another project or environment. Ask the customer to paste the whole link.");
    case Verdict::AppNotFound:
        return tr("The token is fine but the link names an app that does not exist (\"%1\"). "
                  "Create a new link with the right app.")
            .arg(link.appSlug);
    case Verdict::CheckFailed:
        return tr("The link could not be checked: %1").arg(check.serverMessage);
    }
    return {};
}

QString LinkDiagnosis::ticketText() const
{
    QStringList lines;
    const auto add = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines.append(label + QStringLiteral(": ") + value);
    };
    add(QStringLiteral("Connect Link check"), utcText(checkedAt));
    add(QStringLiteral("Verdict"), verdictName());
    add(QStringLiteral("Token"), PastedLink::maskedToken(link.token));
    add(QStringLiteral("App"), link.appSlug.isEmpty() && history ? history->appSlug : link.appSlug);
    add(QStringLiteral("Project"), projectId);
    add(QStringLiteral("Environment"), environment);
    add(QStringLiteral("External user ID"), externalUserId);
    if (history) {
        add(QStringLiteral("Created"), utcText(history->createdAt));
        add(QStringLiteral("Profile"), history->profileName);
    }
    add(QStringLiteral("Expires"), utcText(expiresAt));
    add(QStringLiteral("API said"), check.serverMessage);
    for (const CustomerAccount &a : accounts) {
        QString line = QStringLiteral("%1 %2 (%3): %4").arg(a.id, a.appSlug, a.name, accountHealthName(a.health));
        if (!a.error.isEmpty())
            line += QStringLiteral(" \"%1\"").arg(a.error);
        add(QStringLiteral("Account"), line);
    }
    add(QStringLiteral("Diagnosis"), sentence());
    return lines.join(QLatin1Char('\n'));
}

QJsonObject LinkDiagnosis::toJson() const
{
    QJsonArray accountArray;
    for (const CustomerAccount &a : accounts)
        accountArray.append(a.toJson());
    return {
        {QStringLiteral("verdict"), verdictName()},
        {QStringLiteral("usable"), isUsable()},
        {QStringLiteral("message"), sentence()},
        {QStringLiteral("token_state"), check.stateName()},
        {QStringLiteral("api_message"), check.serverMessage},
        {QStringLiteral("token"), PastedLink::maskedToken(link.token)},
        {QStringLiteral("app"), link.appSlug},
        {QStringLiteral("project_id"), projectId},
        {QStringLiteral("environment"), environment},
        {QStringLiteral("external_user_id"), externalUserId},
        {QStringLiteral("expires_at"), expiresAt.isValid() ? QJsonValue(apiTimeText(expiresAt)) : QJsonValue()},
        {QStringLiteral("made_here"), history.has_value()},
        {QStringLiteral("account_id"), account ? QJsonValue(account->id) : QJsonValue()},
        {QStringLiteral("accounts"), accountArray},
    };
}

} // namespace ConnectDesk
