#pragma once

#include "customers/customerlists.h"
#include "customers/customerscontext.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace ConnectDesk {
class Clock;
class ConnectClient;
class HistoryStore;
}

namespace ConnectDesk::Ui {

class AccountsModel;

// One customer: their connected accounts with health (icon and word, the server's error
// verbatim), a filter for the ones needing attention, the links this machine made for them,
// and the actions (new link, copy account ID, delete account or user). F5 refreshes; while
// shown it refreshes itself, gently (RefreshPacer). Esc goes back to the search.
class CustomerDetail final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerDetail)
public:
    CustomerDetail(ConnectClient *client, const HistoryStore *history, const Clock &clock,
                   QWidget *parent = nullptr);

    void open(const CustomersContext &context, const QString &externalUserId);
    void setContext(const CustomersContext &context); // deletions allowed or not
    const QString &externalUserId() const { return m_externalUserId; }
    AccountList *accounts() const { return m_accounts; }
    AccountsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    const CustomerAccount *currentAccount() const;
    int autoRefreshDelayMs() const; // -1 when no refresh is planned

public slots:
    void refresh(); // F5
    void loadMore();
    void copyAccountId();
    void reloadLinks(); // the history changed
    void focusAccounts();

signals:
    void backRequested();
    void newLinkRequested(const QString &externalUserId, const QString &appSlug);
    void deleteAccountRequested(const ConnectDesk::CustomerAccount &account);
    void deleteUserRequested(const QString &externalUserId, int accountCount);
    void statusMessage(const QString &text);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onLoaded();
    void updateStatus();
    void updateActions();
    void scheduleRefresh();
    void requestDeleteAccount();

    ConnectClient *m_client;
    const HistoryStore *m_history;
    const Clock &m_clock;
    CustomersContext m_context;
    QString m_externalUserId;
    AccountList *m_accounts;
    AccountsModel *m_model;
    QTimer m_autoRefresh;
    QDateTime m_updatedAt;
    bool m_linksStale = false; // the history changed while the page was hidden
    QLabel *m_title;
    QLabel *m_scope;
    QCheckBox *m_attentionOnly;
    QTableView *m_table;
    QTreeWidget *m_links;
    QLabel *m_statusIcon;
    QLabel *m_status;
    QPushButton *m_retry;
    QPushButton *m_loadMore;
    QPushButton *m_back;
    QPushButton *m_refresh;
    QPushButton *m_newLink;
    QPushButton *m_copyId;
    QPushButton *m_deleteAccount;
    QPushButton *m_deleteUser;
    QLabel *m_deletesOff;
};

} // namespace ConnectDesk::Ui
