#include "api/scopecatalogue.h"

namespace ConnectDesk {

QList<ScopeInfo> ScopeCatalogue::all()
{
    return {
        {QStringLiteral("connect:*"), tr("Everything under Connect (the server default)")},
        {QStringLiteral("connect:actions:*"), tr("Run Connect actions")},
        {QStringLiteral("connect:triggers:*"), tr("Connect triggers")},
        {QStringLiteral("connect:accounts:read"), tr("List and fetch the user's connected accounts")},
        {QStringLiteral("connect:accounts:write"), tr("Create or remove connected accounts")},
        {QStringLiteral("connect:deployed_triggers:read"),
         tr("Read deployed triggers, their events and webhooks")},
        {QStringLiteral("connect:deployed_triggers:write"), tr("Modify or delete deployed triggers")},
        {QStringLiteral("connect:usage:read"), tr("Usage records for a time window")},
        {QStringLiteral("connect:users:read"), tr("List and fetch external users")},
        {QStringLiteral("connect:users:write"), tr("Delete external users")},
        {QStringLiteral("connect:tokens:create"), tr("Create Connect tokens")},
        {QStringLiteral("connect:proxy"), tr("Call the Connect proxy")},
        {QStringLiteral("connect:workflow:invoke"), tr("Invoke workflows on the user's behalf")},
        {QStringLiteral("connect:projects:read"), tr("Read projects")},
        {QStringLiteral("connect:projects:write"), tr("Modify projects")},
    };
}

bool ScopeCatalogue::isKnown(const QString &scope)
{
    const auto scopes = all();
    return std::any_of(scopes.cbegin(), scopes.cend(),
                       [&](const ScopeInfo &info) { return info.scope == scope; });
}

QString ScopeCatalogue::description(const QString &scope)
{
    const auto scopes = all();
    for (const ScopeInfo &info : scopes) {
        if (info.scope == scope)
            return info.description;
    }
    return {};
}

} // namespace ConnectDesk
