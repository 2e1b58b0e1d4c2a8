#include "simseed.h"

#include "simapps.h"
#include "simstate.h"

#include <algorithm>

namespace ConnectDesk::Sim {

namespace {

constexpr qint64 minute = 60;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

struct SeedAccount
{
    const char *app;
    const char *name;      // UTF-8
    qint64 createdAgo;     // seconds before now
    qint64 refreshedAgo;   // last successful refresh, seconds before now
    SimAccountHealth health;
    const char *error;     // nullptr: healthy
    const char *scopes;    // space-separated; nullptr: the app's read_write profile, if any
};

struct SeedCustomer
{
    const char *project;
    const char *environment;
    const char *externalId; // UTF-8
    qint64 createdAgo;
    qint64 updatedAgo;
    QList<SeedAccount> accounts;
};

const char invalidGrant[] = "invalid_grant: Token has been expired or revoked.";
const char revoked[] = "The refresh token was revoked by the user.";

// Production: customers a support desk would look up. Development: a team's test users, eight of
// the ten a development project may have, so the "near the cap" warning shows.
const QList<SeedCustomer> &customers()
{
    using enum SimAccountHealth;
    static const QList<SeedCustomer> list{
        {"proj_sandbox", "production", "acme-jane.doe", 41 * day, 12 * minute,
         {{"slack", "Acme Corp workspace", 41 * day, 12 * minute, Healthy, nullptr,
           nullptr},
          {"google_sheets", "jane.doe@acme.example", 20 * day, 31 * minute, Healthy,
           nullptr, nullptr},
          {"github", "jdoe-acme", 6 * day, 3 * day + 2 * hour, Unhealthy,
           invalidGrant, nullptr}}},
        {"proj_sandbox", "production", "globex-42", 9 * day, 2 * hour,
         {{"hubspot", "Globex CRM", 9 * day, 6 * day, Dead, revoked,
           "crm.objects.contacts.read crm.objects.deals.read oauth"},
          {"notion", "Globex wiki", 2 * day, 35 * minute, Healthy, nullptr, ""}}},
        {"proj_sandbox", "production", "initech-peter@initech.example", 3 * day, 3 * day,
         {{"gmail", "peter@initech.example", 3 * day, 18 * minute, Healthy, nullptr,
           nullptr},
          {"stripe", "Initech billing", 3 * day, 3 * day, Healthy, nullptr,
           nullptr}}},
        {"proj_sandbox", "production", "müller-gmbh", 15 * day, 15 * day,
         {{"airtable_oauth", "Müller GmbH – Aufträge", 15 * day, 40 * minute,
           Healthy, nullptr, "data.records:read data.records:write schema.bases:read"}}},
        // A link was sent, nobody connected yet.
        {"proj_sandbox", "production", "株式会社さくら-田中", 5 * hour, 5 * hour, {}},
        // Slashes and spaces in IDs happen (tenant paths); they must be encoded once in paths.
        {"proj_sandbox", "production", "hooli/gavin belson", 30 * day, 1 * day,
         {{"discord", "Hooli XYZ", 30 * day, 25 * minute, Healthy, nullptr,
           "identify guilds"}}},

        {"proj_sandbox", "development", "dev-alice", 60 * day, 1 * hour,
         {{"slack", "Sandbox dev workspace", 60 * day, 50 * minute, Healthy, nullptr,
           nullptr}}},
        {"proj_sandbox", "development", "dev-bob", 58 * day, 4 * day, {}},
        {"proj_sandbox", "development", "qa-test-01", 30 * day, 2 * day,
         {{"google_sheets", "qa-sheets@test.example", 30 * day, 2 * day, Unhealthy,
           "Request had insufficient authentication scopes.", nullptr}}},
        {"proj_sandbox", "development", "qa-test-02", 30 * day, 10 * day,
         {{"github", "qa-bot", 30 * day, 10 * day, Dead, revoked, nullptr}}},
        {"proj_sandbox", "development", "qa-test-03", 29 * day, 29 * day, {}},
        {"proj_sandbox", "development", "acme-jane.doe", 45 * day, 42 * day,
         {{"slack", "Acme Corp (test)", 45 * day, 20 * minute, Healthy, nullptr,
           nullptr}}},
        {"proj_sandbox", "development", "staging-ci", 12 * day, 12 * day,
         {{"openai", "CI key", 12 * day, 12 * day, Healthy, nullptr, nullptr}}},
        {"proj_sandbox", "development", "demo-user", 1 * day, 1 * day, {}},
    };
    return list;
}

} // namespace

SeedResult seedDemoCustomers(SimState &state)
{
    SeedResult result;
    const QDateTime now = state.now();
    for (const SeedCustomer &customer : customers()) {
        SimUser user;
        user.projectId = QString::fromLatin1(customer.project);
        user.environment = QString::fromLatin1(customer.environment);
        user.externalId = QString::fromUtf8(customer.externalId);
        user.createdAt = now.addSecs(-customer.createdAgo);
        user.updatedAt = now.addSecs(-customer.updatedAgo);
        if (!state.addUser(user))
            continue;
        ++result.users;
        for (const SeedAccount &seed : customer.accounts) {
            const SimApp *app = SimAppCatalogue::find(QString::fromLatin1(seed.app));
            if (!app)
                continue;
            SimAccount account;
            account.name = QString::fromUtf8(seed.name);
            account.projectId = user.projectId;
            account.environment = user.environment;
            account.externalId = user.externalId;
            account.appSlug = app->slug;
            account.createdAt = now.addSecs(-seed.createdAgo);
            if (seed.scopes)
                account.authorizedScopes = QString::fromLatin1(seed.scopes)
                                               .split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const QDateTime refreshed = now.addSecs(-seed.refreshedAgo);
            refreshCredentials(account, *app, refreshed);
            account.updatedAt = refreshed;
            if (seed.health != SimAccountHealth::Healthy) {
                account.health = seed.health;
                account.error = QString::fromUtf8(seed.error);
                // Unhealthy: Pipedream retries soon; dead: no refresh planned.
                account.nextRefreshAt = seed.health == SimAccountHealth::Dead
                                            ? QDateTime()
                                            : now.addSecs(11 * minute);
                account.updatedAt = now.addSecs(-std::min(seed.refreshedAgo, 2 * hour));
            }
            state.addAccount(account);
            ++result.accounts;
        }
    }
    return result;
}

} // namespace ConnectDesk::Sim
