#pragma once

#include "customers/customeraccount.h"
#include "customers/pagedloader.h"

namespace ConnectDesk {

class ConnectClient;

// Where a customer lives: a project and one of its environments.
struct ProjectScope
{
    QString projectId;
    QString environment; // "production" or "development"

    bool operator==(const ProjectScope &) const = default;
};

// External users whose ID contains a text (GET /v1/connect/{project_id}/users?q=), page by page.
class UserSearch final : public PagedLoader
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserSearch)
public:
    static constexpr int maxQueryLength = 250; // no external user ID is longer
    static constexpr int defaultPageSize = 25;

    explicit UserSearch(QObject *parent = nullptr);

    // Empty = valid. An empty query lists every user, newest first.
    static QString checkQuery(const QString &query);

    // Starts a search; false (nothing sent) when checkQuery() objects.
    bool search(ConnectClient *client, const ProjectScope &scope, const QString &query,
                int pageSize = defaultPageSize);
    const QString &query() const { return m_query; }
    const QList<ExternalUser> &users() const { return m_users; }
    qsizetype count() const override { return m_users.size(); }

protected:
    void clearItems() override { m_users.clear(); }
    void appendItems(const QJsonArray &data) override;

private:
    QString m_query;
    QList<ExternalUser> m_users;
};

// One customer's connected accounts (GET /v1/connect/{project_id}/accounts?external_user_id=).
class AccountList final : public PagedLoader
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountList)
public:
    static constexpr int defaultPageSize = 50;

    explicit AccountList(QObject *parent = nullptr);

    // False (nothing sent) when the external user ID is not one the API accepts.
    bool load(ConnectClient *client, const ProjectScope &scope, const QString &externalUserId,
              const QString &appSlug = {}, int pageSize = defaultPageSize);
    // The same customer again; the accounts shown stay until the answer arrives.
    bool refresh();

    const QString &externalUserId() const { return m_externalUserId; }
    const ProjectScope &scope() const { return m_scope; }
    const QList<CustomerAccount> &accounts() const { return m_accounts; }
    qsizetype count() const override { return m_accounts.size(); }
    int needingAttention() const; // unhealthy or dead
    // Forgets one account (after it was deleted) without asking the server.
    void forget(const QString &accountId);

protected:
    void clearItems() override { m_accounts.clear(); }
    void appendItems(const QJsonArray &data) override;

private:
    Fetch makeFetch() const;

    ConnectClient *m_client = nullptr;
    ProjectScope m_scope;
    QString m_externalUserId;
    QString m_appSlug;
    int m_pageSize = defaultPageSize;
    QList<CustomerAccount> m_accounts;
};

} // namespace ConnectDesk
