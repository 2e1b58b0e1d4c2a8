#include "customers/customerlists.h"

#include "api/connectclient.h"

#include <QJsonObject>

namespace ConnectDesk {

UserSearch::UserSearch(QObject *parent)
    : PagedLoader(parent)
{}

QString UserSearch::checkQuery(const QString &query)
{
    if (query.trimmed().size() > maxQueryLength)
        return tr("A search can be at most %1 characters long: no external user ID is longer.")
            .arg(maxQueryLength);
    return {};
}

bool UserSearch::search(ConnectClient *client, const ProjectScope &scope, const QString &query,
                        int pageSize)
{
    if (!checkQuery(query).isEmpty())
        return false;
    m_query = query.trimmed();
    start([client, scope, q = m_query, pageSize](const QString &after) {
        return client->listUsers(scope.projectId, scope.environment, q, pageSize, after);
    });
    return true;
}

void UserSearch::appendItems(const QJsonArray &data)
{
    for (const QJsonValue &value : data) {
        if (auto user = ExternalUser::fromJson(value.toObject()))
            m_users.append(*user);
    }
}

AccountList::AccountList(QObject *parent)
    : PagedLoader(parent)
{}

bool AccountList::load(ConnectClient *client, const ProjectScope &scope,
                       const QString &externalUserId, const QString &appSlug, int pageSize)
{
    if (!TokenRequest::checkExternalUserId(externalUserId).isEmpty())
        return false;
    m_client = client;
    m_scope = scope;
    m_externalUserId = externalUserId.trimmed();
    m_appSlug = appSlug;
    m_pageSize = pageSize;
    start(makeFetch());
    return true;
}

bool AccountList::refresh()
{
    if (!m_client || isLoading())
        return false;
    start(makeFetch(), true);
    return true;
}

PagedLoader::Fetch AccountList::makeFetch() const
{
    // A refresh asks for as many as are shown, so a customer with a second page loaded does
    // not see it shrink back to the first.
    const int limit = int(qBound(qsizetype(m_pageSize), m_accounts.size(), qsizetype(100)));
    return [client = m_client, scope = m_scope, user = m_externalUserId, app = m_appSlug,
            limit](const QString &after) {
        return client->listAccounts(scope.projectId, scope.environment, user, app, limit, after);
    };
}

int AccountList::needingAttention() const
{
    return int(std::count_if(m_accounts.cbegin(), m_accounts.cend(),
                             [](const CustomerAccount &a) { return a.needsAttention(); }));
}

void AccountList::forget(const QString &accountId)
{
    if (m_accounts.removeIf([&](const CustomerAccount &a) { return a.id == accountId; }) > 0)
        emit loaded();
}

void AccountList::appendItems(const QJsonArray &data)
{
    for (const QJsonValue &value : data) {
        if (auto account = CustomerAccount::fromJson(value.toObject()))
            m_accounts.append(*account);
    }
}

} // namespace ConnectDesk
