#pragma once

#include "customers/customeraccount.h"

#include <QAbstractTableModel>
#include <QList>

namespace ConnectDesk::Ui {

// One customer's connected accounts as a table. Health is an icon *and* a word (never colour
// alone); the server's error text is shown verbatim in its own column. A filter keeps only the
// accounts that need attention (unhealthy or dead).
class AccountsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsModel)
public:
    enum Column { AppColumn, NameColumn, HealthColumn, ErrorColumn, CreatedColumn, UpdatedColumn,
                  RefreshedColumn, NextRefreshColumn, ExpiresColumn, ScopesColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // the account ID (apn_...)
        HealthRole,                // AccountHealth as int
        AppSlugRole,
    };

    explicit AccountsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setAccounts(const QList<CustomerAccount> &accounts);
    void setAttentionOnly(bool on);
    bool attentionOnly() const { return m_attentionOnly; }

    const CustomerAccount *accountAt(int row) const;
    int rowOf(const QString &accountId) const; // -1 when not shown
    int totalCount() const { return int(m_all.size()); }

    static QString healthIconName(AccountHealth health); // "active", "warning", "error"
    // "Healthy", "Unhealthy: <error>" — what a screen reader says for the health cell.
    static QString healthText(const CustomerAccount &account);
    static QString timeText(const QDateTime &utc); // local time, or "—" when the server sent none

private:
    void rebuild();

    QList<CustomerAccount> m_all;
    QList<CustomerAccount> m_shown;
    bool m_attentionOnly = false;
};

} // namespace ConnectDesk::Ui
