#include "simpages.h"

#include "simapps.h"
#include "simstate.h"

namespace ConnectDesk::Sim::Pages {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString page(const QString &content)
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
               "</style>\n</head>\n<body>\n<main class=\"card\">\n"
               "<div class=\"banner\">ConnectDesk Sandbox — not a real Pipedream page. "
               "Nothing here talks to Pipedream or to the app.</div>\n%1\n</main>\n</body>\n"
               "</html>\n")
        .arg(content);
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

} // namespace ConnectDesk::Sim::Pages
