#pragma once

#include "customers/customerlists.h"
#include "customers/customerscontext.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace ConnectDesk {
class ConnectClient;
class HistoryStore;
}

namespace ConnectDesk::Ui {

class CustomerListModel;

// Find a customer: a search field (as you type, debounced), the customers this machine made
// links for (at once, before any network call), the server's external users page by page
// ("Load more"), and "New link for this customer" for an exact ID nobody has yet. A failed page
// keeps what was loaded and offers Retry. Keys: Down/Up move, Enter opens, Delete asks to
// delete, Esc backs out (the list to the search, the search to empty).
class CustomerFinder final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerFinder)
public:
    static constexpr int debounceMs = 300;

    CustomerFinder(ConnectClient *client, const HistoryStore *history, QWidget *parent = nullptr);

    void setContext(const CustomersContext &context);
    const CustomersContext &context() const { return m_context; }
    UserSearch *search() const { return m_search; }
    CustomerListModel *model() const { return m_model; }
    QString currentExternalId() const; // the selected row's ID, or empty
    bool selectExternalId(const QString &externalId);

public slots:
    void focusSearch();
    void searchNow();      // skips the debounce
    void reloadRecent();   // the history changed
    void loadMore();
    void openCurrent();    // Enter
    void deleteCurrent();  // Delete: asks (deleteRequested) for a user row

signals:
    void openRequested(const QString &externalId);
    void newLinkRequested(const QString &externalId);
    void deleteRequested(const QString &externalId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void onLoaded();
    void updateStatus();
    void updateDevelopmentLimit();
    void updateNewLinkOffer();
    void moveSelection(int delta);
    void showRemoveUsers();
    void refreshStale(); // what setContext() left for when the finder shows

    ConnectClient *m_client;
    const HistoryStore *m_history;
    CustomersContext m_context;
    UserSearch *m_search;
    CustomerListModel *m_model;
    QTimer m_debounce;
    bool m_answered = false; // the search for the current query has its answer
    bool m_stale = false;    // recent customers and the search wait for the finder to show
    QLineEdit *m_searchEdit;
    QListView *m_list;
    QPushButton *m_loadMore;
    QLabel *m_statusIcon;
    QLabel *m_status;
    QPushButton *m_retry;
    QLabel *m_limitLabel;
    QPushButton *m_removeUsers;
};

} // namespace ConnectDesk::Ui
