#pragma once

#include "customers/auditlog.h"
#include "customers/customeraccount.h"
#include "customers/customerscontext.h"
#include "customers/deletionconfirmdialog.h"
#include "history/historystore.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace ConnectDesk {
class Clock;
class ConnectClient;
class CustomerDeletion;
class HistoryStore;
struct DeletionOutcome;
struct DeletionRequest;
struct LinkDiagnosis;
}

namespace ConnectDesk::Ui {

class CustomerDetail;
class CustomerFinder;
class LinkTroubleshooter;

// The Customers view (Ctrl+2): find a customer, see their accounts and health, act on them
// (new link, copy an account ID, delete behind a confirmation), troubleshoot a pasted link
// (Ctrl+V), and read the audit log. It works in the link form's project and environment.
class CustomersView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomersView)
public:
    // `history` may be null. `auditLog`: where deletions are recorded.
    CustomersView(ConnectClient *client, const HistoryStore *history, const Clock &clock,
                  const AuditLog &auditLog, QWidget *parent = nullptr);
    ~CustomersView() override;

    void setContext(const CustomersContext &context);
    const CustomersContext &context() const { return m_context; }

    CustomerFinder *finder() const { return m_finder; }
    CustomerDetail *detail() const { return m_detail; }
    LinkTroubleshooter *troubleshooter() const { return m_troubleshooter; }
    CustomerDeletion *deletion() const { return m_deletion; }
    bool isShowingCustomer() const;
    QString message() const; // the outcome of the last action, may be empty
    DeletionConfirmDialog *openConfirmation() const { return m_confirm; }

public slots:
    void activate();    // the view came into view: the search has the focus
    void openCustomer(const QString &externalUserId);
    void backToSearch();
    void deleteUser(const QString &externalUserId, int accountCount = -1);
    void deleteAccount(const ConnectDesk::CustomerAccount &account);
    void showAuditLog();
    bool checkClipboard(); // Ctrl+V: a link or token on the clipboard goes to the troubleshooter

signals:
    // "New link": the link form, filled with what is known of the link to make.
    void newLinkRequested(const ConnectDesk::HistoryEntry &entry);
    void statusMessage(const QString &text);

private:
    void requestNewLink(const QString &externalUserId, const QString &appSlug);
    void newLinkFromDiagnosis(const LinkDiagnosis &diagnosis);
    void confirmAndDelete(const DeletionRequest &request, const QString &externalUserId,
                          int accountCount);
    void onDeletionFinished(const DeletionRequest &request, const DeletionOutcome &outcome);
    void showMessage(const QString &text, bool problem);

    CustomersContext m_context;
    CustomerDeletion *m_deletion;
    CustomerFinder *m_finder;
    CustomerDetail *m_detail;
    LinkTroubleshooter *m_troubleshooter;
    QStackedWidget *m_pages;
    QLabel *m_scopeLabel;
    QLabel *m_messageIcon;
    QLabel *m_message;
    QPushButton *m_auditButton;
    QPointer<DeletionConfirmDialog> m_confirm;
};

} // namespace ConnectDesk::Ui
