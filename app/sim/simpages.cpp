#include "simpages.h"

#include "simapps.h"
#include "simstate.h"

#include <QUrl>

namespace ConnectDesk::Sim::Pages {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString page(const QString &content, bool wide = false)
{
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
               "<meta name=\"robots\" content=\"noindex\">\n"
               "<title>ConnectDesk Sandbox — not a real Pipedream page</title>\n<style>\n"
               "body{margin:0;min-height:100vh;display:flex;align-items:center;"
               "justify-content:center;background:#f3f4f8;color:#1d2230;"
               "font:15px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif}\n"
               ".card{background:#fff;border-radius:14px;box-shadow:0 8px 30px rgba(20,30,60,.12);"
               "padding:32px 36px;max-width:420px;width:calc(100% - 48px)}\n"
               ".banner{background:#fff4d6;color:#7a5200;border-radius:8px;padding:8px 12px;"
               "font-size:13px;margin-bottom:20px}\n"
               "h1{font-size:22px;margin:0 0 12px}\n"
               "dl{display:grid;grid-template-columns:auto 1fr;gap:4px 14px;margin:16px 0 24px}\n"
               "dt{color:#6b7280}dd{margin:0;word-break:break-all}\n"
               "button{width:100%;padding:12px;border:0;border-radius:8px;background:#2f6bff;"
               "color:#fff;font-size:16px;cursor:pointer}\nbutton:hover{background:#1f55d8}\n"
               "select,input{width:100%;box-sizing:border-box;padding:9px;margin:4px 0 14px;"
               "border:1px solid #cdd2dc;border-radius:8px;font-size:15px}\n"
               "label{font-size:13px;color:#6b7280}\n.ok{color:#0a7d38}.bad{color:#b42318}\n"
               ".wide{max-width:1180px}.warn{color:#8a5a00}\n"
               "table{border-collapse:collapse;width:100%;font-size:13px;margin:8px 0 24px}\n"
               "th,td{text-align:left;vertical-align:top;padding:6px 8px;"
               "border-bottom:1px solid #e5e7ee}\nth{color:#6b7280;font-weight:600}\n"
               "h2{font-size:17px;margin:20px 0 4px}\ncode{word-break:break-all}\n"
               "td form{display:flex;gap:4px;flex-wrap:wrap;margin:0}\n"
               "td form input{width:auto;flex:1 1 140px;margin:0;padding:4px 6px;font-size:13px}\n"
               "td form button{width:auto;padding:4px 8px;font-size:13px}\n"
               "</style>\n</head>\n<body>\n<main class=\"card%2\">\n"
               "<div class=\"banner\">ConnectDesk Sandbox — not a real Pipedream page. "
               "Nothing here talks to Pipedream or to the app.</div>\n%1\n</main>\n</body>\n"
               "</html>\n")
        .arg(content, wide ? QStringLiteral(" wide") : QString());
}

QString details(const SimConnectToken &token, const QString &projectName)
{
    return QStringLiteral("<dl><dt>External user</dt><dd>%1</dd>"
                          "<dt>Project</dt><dd>%2 (%3)</dd>"
                          "<dt>Environment</dt><dd>%4</dd>"
                          "<dt>Link expires</dt><dd>%5</dd></dl>\n")
        .arg(esc(token.fields.externalUserId),
             esc(projectName),
             esc(token.projectId),
             esc(token.environment),
             esc(isoTime(token.expiresAt)));
}

QString formStart(const SimConnectToken &token)
{
    return QStringLiteral("<form method=\"post\" action=\"/_sandbox/connect\">\n"
                          "<input type=\"hidden\" name=\"token\" value=\"%1\">\n")
        .arg(esc(token.token));
}

QString accountNameField()
{
    return QStringLiteral("<label for=\"account_name\">Account name (optional)</label>\n"
                          "<input id=\"account_name\" name=\"account_name\" "
                          "placeholder=\"e.g. Acme workspace\">\n");
}

} // namespace

QString connectPage(const SimConnectToken &token, const SimApp *app, const QString &projectName)
{
    return page(QStringLiteral("<h1>Connect your %1 account</h1>\n%2%3"
                               "<input type=\"hidden\" name=\"app\" value=\"%4\">\n%5"
                               "<button type=\"submit\">Connect %1</button>\n</form>")
                    .arg(esc(app->name),
                         details(token, projectName),
                         formStart(token),
                         esc(app->slug),
                         accountNameField()));
}

QString appPickerPage(const SimConnectToken &token,
                      const QList<SimApp> &apps,
                      const QString &projectName)
{
    QString options;
    for (const SimApp &app : apps) {
        options += QStringLiteral("<option value=\"%1\">%2</option>\n")
                       .arg(esc(app.slug), esc(app.name));
    }
    return page(
        QStringLiteral("<h1>Connect an account</h1>\n"
                       "<p>This link does not name an app (no <code>app=</code> "
                       "parameter). Pick one:</p>\n%1%2"
                       "<label for=\"app\">App</label>\n"
                       "<select id=\"app\" name=\"app\">\n%3</select>\n%4"
                       "<button type=\"submit\">Connect</button>\n</form>")
            .arg(details(token, projectName), formStart(token), options, accountNameField()));
}

QString connectedPage(const SimAccount &account, const SimApp &app)
{
    return page(
        QStringLiteral("<h1 class=\"ok\">Connected</h1>\n"
                       "<p>Your %1 account is connected. You can close this window.</p>\n"
                       "<dl><dt>Account</dt><dd>%2</dd><dt>Name</dt><dd>%3</dd>"
                       "<dt>External user</dt><dd>%4</dd></dl>")
            .arg(esc(app.name), esc(account.id), esc(account.name), esc(account.externalId)));
}

QString messagePage(const QString &heading, const QString &text)
{
    return page(QStringLiteral("<h1 class=\"bad\">%1</h1>\n<p>%2</p>").arg(esc(heading), esc(text)));
}

namespace {

QString healthCell(const SimAccount &account)
{
    // Text and a symbol, never colour alone.
    switch (account.health) {
    case SimAccountHealth::Healthy:
        return QStringLiteral("<span class=\"ok\">✔ healthy</span>");
    case SimAccountHealth::Unhealthy:
        return QStringLiteral("<span class=\"warn\">⚠ unhealthy</span>");
    case SimAccountHealth::Dead:
        return QStringLiteral("<span class=\"bad\">✖ dead</span>");
    }
    return {};
}

QString timeCell(const QDateTime &time)
{
    return time.isValid() ? esc(isoTime(time)) : QStringLiteral("—");
}

QString healthForm(const SimAccount &account)
{
    return QStringLiteral("<form method=\"post\" action=\"/_sandbox/accounts/%1/health\">"
                          "<input name=\"error\" aria-label=\"Error text\" "
                          "placeholder=\"error text (optional)\">"
                          "<button name=\"state\" value=\"healthy\">Heal</button>"
                          "<button name=\"state\" value=\"unhealthy\">Make unhealthy</button>"
                          "<button name=\"state\" value=\"dead\">Make dead</button></form>")
        .arg(esc(QString::fromLatin1(QUrl::toPercentEncoding(account.id))));
}

QString scopeTable(const SimState &state, const SimProject &project, const QString &environment)
{
    const QList<SimUser> users = state.users(project.id, environment);
    const QList<SimAccount> accounts = state.accounts(project.id, environment);
    QString cap;
    if (environment == QLatin1String("development"))
        cap = QStringLiteral(" of at most %1").arg(SimState::developmentUserLimit);
    QString html = QStringLiteral("<h2>%1 (<code>%2</code>), %3</h2>\n<p>%4 external user(s)%5, "
                                  "%6 account(s)</p>\n")
                       .arg(esc(project.name), esc(project.id), esc(environment))
                       .arg(users.size())
                       .arg(cap)
                       .arg(accounts.size());
    if (users.isEmpty())
        return html;
    html += QStringLiteral("<table>\n<tr><th>External user</th><th>Account</th><th>App</th>"
                           "<th>Health</th><th>Error</th><th>Last refreshed</th>"
                           "<th>Next refresh</th><th>Credentials expire</th><th>Break or heal</th>"
                           "</tr>\n");
    for (const SimUser &user : users) {
        bool any = false;
        for (const SimAccount &account : accounts) {
            if (account.externalId != user.externalId)
                continue;
            any = true;
            const SimApp *app = SimAppCatalogue::find(account.appSlug);
            html += QStringLiteral("<tr id=\"%1\"><td>%2</td><td>%3<br><code>%1</code></td>"
                                   "<td>%4</td><td>%5</td><td>%6</td><td>%7</td><td>%8</td>"
                                   "<td>%9</td><td>%10</td></tr>\n")
                        .arg(esc(account.id),
                             esc(user.externalId),
                             esc(account.name),
                             esc(app ? app->name : account.appSlug),
                             healthCell(account),
                             esc(account.error),
                             timeCell(account.lastRefreshedAt),
                             timeCell(account.nextRefreshAt),
                             timeCell(account.expiresAt),
                             healthForm(account)); // one pass: IDs may contain "%1"
        }
        if (!any)
            html += QStringLiteral("<tr><td>%1</td><td colspan=\"8\">no connected account</td>"
                                   "</tr>\n")
                        .arg(esc(user.externalId));
    }
    return html + QStringLiteral("</table>\n");
}

} // namespace

QString customersPage(const SimState &state)
{
    QString content = QStringLiteral(
        "<h1>Sandbox customers</h1>\n"
        "<p>Every external user and connected account the sandbox holds. Break or heal an "
        "account to see how ConnectDesk shows it; scripts use <code>POST "
        "/_sandbox/accounts/{account_id}/health</code> with <code>{\"state\": \"healthy\" | "
        "\"unhealthy\" | \"dead\", \"error\"?: \"...\"}</code>. No customers? "
        "<code>POST /_sandbox/seed</code> adds the demo ones.</p>\n");
    for (const SimProject &project : SimState::projects()) {
        for (const QString &environment :
             {QStringLiteral("production"), QStringLiteral("development")}) {
            content += scopeTable(state, project, environment);
        }
    }
    return page(content, true);
}

} // namespace ConnectDesk::Sim::Pages
