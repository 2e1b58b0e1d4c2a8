#include "simapps.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <algorithm>

namespace ConnectDesk::Sim {

namespace {

struct AppRow
{
    const char *slug;
    const char *name;
    const char *authType;
    const char *categories; // comma-separated
    const char *description;
};

// A snapshot of real Pipedream apps (slugs as on pipedream.com/apps).
// clang-format off
constexpr AppRow appRows[] = {
    {"activecampaign", "ActiveCampaign", "keys", "Marketing", "Email marketing, automation and CRM."},
    {"airtable_oauth", "Airtable (OAuth)", "oauth", "Productivity,Databases", "Spreadsheet-database hybrid."},
    {"anthropic", "Anthropic (Claude)", "keys", "Artificial Intelligence (AI)", "Claude models by Anthropic."},
    {"asana", "Asana", "oauth", "Project Management", "Work management for teams."},
    {"attio", "Attio", "oauth", "CRM", "The CRM for the next era of companies."},
    {"aws", "AWS", "keys", "Developer Tools", "Amazon Web Services."},
    {"bamboohr", "BambooHR", "keys", "Human Resources", "HR software for small and medium businesses."},
    {"basecamp", "Basecamp", "oauth", "Project Management", "Project management and team chat."},
    {"bitbucket", "Bitbucket", "oauth", "Developer Tools", "Git code hosting by Atlassian."},
    {"box", "Box", "oauth", "File Storage", "Cloud content management."},
    {"calendly", "Calendly", "oauth", "Scheduling", "Scheduling without the back-and-forth."},
    {"clickup", "ClickUp", "oauth", "Project Management,Productivity", "One app to replace them all."},
    {"close", "Close", "keys", "CRM", "The inside sales CRM."},
    {"coda", "Coda", "keys", "Productivity", "Docs that work like apps."},
    {"discord", "Discord", "oauth", "Communication", "Voice, video and text chat."},
    {"docusign", "DocuSign", "oauth", "Document Management", "Electronic signatures."},
    {"dropbox", "Dropbox", "oauth", "File Storage", "Cloud file storage and sharing."},
    {"figma", "Figma", "oauth", "Design", "Collaborative interface design."},
    {"freshbooks", "FreshBooks", "oauth", "Accounting", "Accounting software for small businesses."},
    {"freshdesk", "Freshdesk", "keys", "Customer Support", "Customer support software."},
    {"github", "GitHub", "oauth", "Developer Tools", "Where the world builds software."},
    {"gitlab", "GitLab", "oauth", "Developer Tools", "The DevSecOps platform."},
    {"gmail", "Gmail", "oauth", "Communication,Email", "Email by Google."},
    {"google_calendar", "Google Calendar", "oauth", "Productivity,Scheduling", "Calendars by Google."},
    {"google_docs", "Google Docs", "oauth", "Productivity", "Online documents by Google."},
    {"google_drive", "Google Drive", "oauth", "File Storage", "File storage by Google."},
    {"google_forms", "Google Forms", "oauth", "Forms & Surveys", "Forms and surveys by Google."},
    {"google_sheets", "Google Sheets", "oauth", "Productivity", "Online spreadsheets by Google."},
    {"greenhouse", "Greenhouse", "keys", "Human Resources", "Hiring software."},
    {"harvest", "Harvest", "oauth", "Time Tracking", "Time tracking and invoicing."},
    {"http", "HTTP / Webhook", "none", "Developer Tools", "Send and receive HTTP requests; no account to connect."},
    {"hubspot", "HubSpot", "oauth", "CRM,Marketing", "CRM platform for scaling companies."},
    {"instagram_business", "Instagram for Business", "oauth", "Social Media", "Instagram business accounts."},
    {"intercom", "Intercom", "oauth", "Customer Support", "Customer service platform."},
    {"jira", "Jira", "oauth", "Project Management,Developer Tools", "Issue and project tracking."},
    {"jotform", "Jotform", "keys", "Forms & Surveys", "Online form builder."},
    {"klaviyo", "Klaviyo", "keys", "Marketing", "Email and SMS marketing."},
    {"linear_app", "Linear (OAuth)", "oauth", "Project Management,Developer Tools", "Issue tracking for modern teams."},
    {"linkedin", "LinkedIn", "oauth", "Social Media", "The professional network."},
    {"mailchimp", "Mailchimp", "oauth", "Marketing,Email", "Email marketing platform."},
    {"microsoft_excel", "Microsoft Excel", "oauth", "Productivity", "Spreadsheets by Microsoft."},
    {"microsoft_outlook", "Microsoft Outlook", "oauth", "Communication,Email", "Email and calendar by Microsoft."},
    {"microsoft_teams", "Microsoft Teams", "oauth", "Communication", "Chat and meetings by Microsoft."},
    {"mixpanel", "Mixpanel", "keys", "Analytics", "Product analytics."},
    {"monday", "monday.com", "oauth", "Project Management", "Work operating system."},
    {"mongodb", "MongoDB", "keys", "Databases", "Document database."},
    {"mysql", "MySQL", "keys", "Databases", "Open-source relational database."},
    {"notion", "Notion", "oauth", "Productivity", "The connected workspace."},
    {"onedrive", "OneDrive", "oauth", "File Storage", "File storage by Microsoft."},
    {"openai", "OpenAI (ChatGPT)", "keys", "Artificial Intelligence (AI)", "GPT models by OpenAI."},
    {"pagerduty", "PagerDuty", "oauth", "Developer Tools", "Incident response."},
    {"pandadoc", "PandaDoc", "oauth", "Document Management", "Document automation."},
    {"pipedrive", "Pipedrive", "oauth", "CRM", "Sales CRM and pipeline management."},
    {"postgresql", "PostgreSQL", "keys", "Databases", "Open-source relational database."},
    {"quickbooks", "QuickBooks", "oauth", "Accounting", "Accounting software by Intuit."},
    {"reddit", "Reddit", "oauth", "Social Media", "The front page of the internet."},
    {"rss", "RSS", "none", "Content", "Read RSS and Atom feeds; no account to connect."},
    {"salesforce_rest_api", "Salesforce", "oauth", "CRM", "The customer company."},
    {"sendgrid", "SendGrid", "keys", "Email", "Email delivery by Twilio."},
    {"sentry", "Sentry", "oauth", "Developer Tools", "Application monitoring."},
    {"sharepoint", "Microsoft SharePoint Online", "oauth", "File Storage,Productivity", "Intranet and content management."},
    {"shopify", "Shopify", "oauth", "E-commerce", "Commerce platform."},
    {"slack", "Slack", "oauth", "Communication", "Messaging for teams."},
    {"smartsheet", "Smartsheet", "oauth", "Project Management", "Dynamic work management."},
    {"spotify", "Spotify", "oauth", "Entertainment", "Music streaming."},
    {"square", "Square", "oauth", "Payment Processing,E-commerce", "Payments and point of sale."},
    {"stripe", "Stripe", "keys", "Payment Processing", "Online payments infrastructure."},
    {"supabase", "Supabase", "keys", "Databases,Developer Tools", "The open-source Firebase alternative."},
    {"telegram_bot_api", "Telegram Bot", "keys", "Communication", "Telegram bots."},
    {"todoist", "Todoist", "oauth", "Productivity", "To-do lists."},
    {"trello", "Trello", "oauth", "Project Management", "Boards, lists and cards."},
    {"twilio", "Twilio", "keys", "Communication", "SMS, voice and messaging APIs."},
    {"typeform", "Typeform", "oauth", "Forms & Surveys", "Conversational forms."},
    {"webflow", "Webflow", "oauth", "Website Builders", "Visual website builder."},
    {"xero_accounting_api", "Xero Accounting", "oauth", "Accounting", "Accounting software."},
    {"youtube_data_api", "YouTube Data API", "oauth", "Video", "YouTube channels and videos."},
    {"zendesk", "Zendesk", "oauth", "Customer Support", "Customer service software."},
    {"zoho_crm", "Zoho CRM", "oauth", "CRM", "CRM by Zoho."},
    {"zoom", "Zoom", "oauth", "Communication,Video", "Video meetings."},
};
// clang-format on

struct ProfileRow
{
    const char *slug;
    const char *profile; // read_only | read_write | admin
    const char *scopes;  // space-separated
};

// Scope profiles for a few OAuth apps, so the picker and the SDK's
// App.scope_profiles have data.
// clang-format off
constexpr ProfileRow profileRows[] = {
    {"github", "read_only", "read:user repo:status"},
    {"github", "read_write", "read:user repo"},
    {"gmail", "read_only", "https://www.googleapis.com/auth/gmail.readonly"},
    {"gmail", "read_write", "https://www.googleapis.com/auth/gmail.modify"},
    {"google_sheets", "read_only", "https://www.googleapis.com/auth/spreadsheets.readonly"},
    {"google_sheets", "read_write", "https://www.googleapis.com/auth/spreadsheets"},
    {"slack", "read_only", "channels:read users:read"},
    {"slack", "read_write", "channels:read chat:write users:read"},
    {"slack", "admin", "admin channels:read chat:write users:read"},
};
// clang-format on

QByteArray slugHash(const QString &slug)
{
    return QCryptographicHash::hash(slug.toUtf8(), QCryptographicHash::Sha1);
}

QString stableId(const QString &prefix, const QString &key)
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    const QByteArray hash = slugHash(key);
    QString id = prefix;
    for (int i = 0; i < 6; ++i)
        id += QLatin1Char(alphabet[static_cast<unsigned char>(hash.at(i)) % 62]);
    return id;
}

QList<SimApp> buildCatalogue()
{
    QList<SimApp> apps;
    for (const AppRow &row : appRows) {
        SimApp app;
        app.slug = QString::fromLatin1(row.slug);
        app.id = stableId(QStringLiteral("app_"), app.slug);
        app.name = QString::fromUtf8(row.name);
        app.authType = QString::fromLatin1(row.authType);
        app.description = QString::fromUtf8(row.description);
        app.categories = QString::fromUtf8(row.categories).split(QLatin1Char(','));
        const QByteArray hash = slugHash(app.slug);
        app.featuredWeight = static_cast<unsigned char>(hash.at(10)) * 40
                             + static_cast<unsigned char>(hash.at(11)) % 40;
        app.hasActions = app.authType != QLatin1String("none") || hash.at(12) % 2 == 0;
        app.hasTriggers = static_cast<unsigned char>(hash.at(13)) % 3 != 0;
        for (const ProfileRow &profile : profileRows) {
            if (app.slug == QLatin1String(profile.slug))
                app.scopeProfiles.append(
                    {QString::fromLatin1(profile.profile),
                     QString::fromLatin1(profile.scopes).split(QLatin1Char(' '))});
        }
        apps.append(app);
    }
    std::sort(apps.begin(), apps.end(), [](const SimApp &a, const SimApp &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return apps;
}

} // namespace

QJsonObject SimApp::toJson() const
{
    QJsonArray profiles;
    for (const auto &[profile, scopes] : scopeProfiles)
        profiles.append(
            QJsonObject{{QStringLiteral("name"), profile},
                        {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)}});
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("name_slug"), slug},
        {QStringLiteral("name"), name},
        {QStringLiteral("auth_type"), authType},
        {QStringLiteral("description"), description},
        {QStringLiteral("img_src"),
         QStringLiteral("https://assets.pipedream.net/s.v0/%1/logo/orig").arg(id)},
        {QStringLiteral("custom_fields_json"), QStringLiteral("[]")},
        {QStringLiteral("categories"), QJsonArray::fromStringList(categories)},
        {QStringLiteral("featured_weight"), featuredWeight},
        {QStringLiteral("scope_profiles"), profiles},
    };
}

const QList<SimApp> &SimAppCatalogue::all()
{
    static const QList<SimApp> catalogue = buildCatalogue();
    return catalogue;
}

const SimApp *SimAppCatalogue::find(const QString &slugOrId)
{
    const QList<SimApp> &apps = all();
    const auto it = std::find_if(apps.cbegin(), apps.cend(), [&](const SimApp &app) {
        return app.slug == slugOrId || app.id == slugOrId;
    });
    return it == apps.cend() ? nullptr : &*it;
}

QList<SimApp> SimAppCatalogue::search(const QString &query)
{
    const QString needle = query.trimmed();
    QList<SimApp> result;
    for (const SimApp &app : all()) {
        if (needle.isEmpty() || app.slug.contains(needle, Qt::CaseInsensitive)
            || app.name.contains(needle, Qt::CaseInsensitive)) {
            result.append(app);
        }
    }
    return result;
}

QString SimAppCatalogue::categoryId(const QString &name)
{
    return stableId(QStringLiteral("appcat_"), name);
}

const QList<SimAppCategory> &SimAppCatalogue::categories()
{
    static const QList<SimAppCategory> list = [] {
        QStringList names;
        for (const SimApp &app : all()) {
            for (const QString &name : app.categories) {
                if (!names.contains(name))
                    names.append(name);
            }
        }
        names.sort(Qt::CaseInsensitive);
        QList<SimAppCategory> result;
        for (const QString &name : std::as_const(names))
            result.append({categoryId(name), name});
        return result;
    }();
    return list;
}

const SimAppCategory *SimAppCatalogue::findCategory(const QString &id)
{
    const QList<SimAppCategory> &list = categories();
    const auto it = std::find_if(
        list.cbegin(), list.cend(), [&](const SimAppCategory &c) { return c.id == id; });
    return it == list.cend() ? nullptr : &*it;
}

} // namespace ConnectDesk::Sim
