#pragma once

#include "customers/customeraccount.h"

#include <QAbstractListModel>
#include <QList>
#include <QStringList>

namespace ConnectDesk::Ui {

// What the customer search offers, in order: customers this machine made links for (known at
// once, before any network call), then the external users the server found, then — when the
// typed text is an ID no user has yet — "New link for this customer".
class CustomerListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerListModel)
public:
    enum class Kind { Recent, User, NewLink };
    enum Role {
        ExternalIdRole = Qt::UserRole + 1, // the external user ID
        KindRole,                          // Kind as int
    };

    explicit CustomerListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setRecent(const QStringList &externalIds);
    void setUsers(const QList<ExternalUser> &users);
    // The typed ID to offer a new link for; empty: none.
    void setNewLinkId(const QString &externalId);

    // The row's icon: a found customer gets a neutral person, never a health mark.
    static QString iconName(Kind kind);
    Kind kindAt(int row) const;
    QString externalIdAt(int row) const;
    int rowOf(const QString &externalId) const; // the first row for it, -1 when none
    int userCount() const { return int(m_users.size()); }

private:
    struct Row
    {
        Kind kind;
        QString externalId;
        QDateTime createdAt;
    };
    void rebuild();

    QStringList m_recent;
    QList<ExternalUser> m_users;
    QString m_newLinkId;
    QList<Row> m_rows;
};

} // namespace ConnectDesk::Ui
