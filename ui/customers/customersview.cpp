#include "customers/customersview.h"

#include "customers/accountsmodel.h"
#include "customers/auditlogdialog.h"
#include "customers/customerdeletion.h"
#include "customers/customerdetail.h"
#include "customers/customerfinder.h"
#include "customers/deletionconfirmdialog.h"
#include "customers/linkdiagnosis.h"
#include "customers/linktroubleshooter.h"
#include "history/historystore.h"
#include "widgets/statuslabel.h"

#include <QClipboard>
#include <QFrame>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ConnectDesk::Ui {

CustomersView::CustomersView(ConnectClient *client, const HistoryStore *history,
                             const Clock &clock, const AuditLog &auditLog, QWidget *parent)
    : QWidget(parent)
    , m_deletion(new CustomerDeletion(client, auditLog, this))
{
    m_finder = new CustomerFinder(client, history, this);
    m_finder->setObjectName(QStringLiteral("customerFinder"));
    m_detail = new CustomerDetail(client, history, clock, this);
    m_detail->setObjectName(QStringLiteral("customerDetail"));
    m_troubleshooter = new LinkTroubleshooter(client, history, clock, this);
    m_troubleshooter->setObjectName(QStringLiteral("linkTroubleshooter"));
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("customerPages"));
    m_pages->addWidget(m_finder);
    m_pages->addWidget(m_detail);
    m_scopeLabel = new QLabel(this);
    m_scopeLabel->setObjectName(QStringLiteral("customersScopeLabel"));
    m_scopeLabel->setTextFormat(Qt::PlainText);
    m_scopeLabel->setWordWrap(true);
    m_auditButton = new QPushButton(tr("Audit log…"), this);
    m_auditButton->setObjectName(QStringLiteral("auditLogButton"));
    m_messageIcon = StatusLabel::makeIcon(QStringLiteral("customersMessageIcon"), this);
    m_message = StatusLabel::makeText(QStringLiteral("customersMessage"), this);
    StatusLabel::set(this, m_messageIcon, m_message, QStyle::SP_MessageBoxInformation, {});

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto *top = new QHBoxLayout;
    top->addWidget(m_scopeLabel, 1);
    top->addWidget(m_auditButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 4);
    layout->addLayout(top);
    layout->addWidget(m_troubleshooter);
    layout->addWidget(line);
    layout->addWidget(m_pages, 1);
    layout->addLayout(StatusLabel::row(m_messageIcon, m_message));

    connect(m_finder, &CustomerFinder::openRequested, this, &CustomersView::openCustomer);
    connect(m_finder, &CustomerFinder::newLinkRequested, this,
            [this](const QString &id) { requestNewLink(id, {}); });
    connect(m_finder, &CustomerFinder::deleteRequested, this,
            [this](const QString &id) { deleteUser(id); });
    connect(m_detail, &CustomerDetail::backRequested, this, &CustomersView::backToSearch);
    connect(m_detail, &CustomerDetail::newLinkRequested, this, &CustomersView::requestNewLink);
    connect(m_detail, &CustomerDetail::deleteAccountRequested, this,
            &CustomersView::deleteAccount);
    connect(m_detail, &CustomerDetail::deleteUserRequested, this, &CustomersView::deleteUser);
    connect(m_detail, &CustomerDetail::statusMessage, this, &CustomersView::statusMessage);
    connect(m_troubleshooter, &LinkTroubleshooter::newLinkRequested, this,
            &CustomersView::newLinkFromDiagnosis);
    connect(m_troubleshooter, &LinkTroubleshooter::statusMessage, this,
            &CustomersView::statusMessage);
    connect(m_deletion, &CustomerDeletion::finished, this, &CustomersView::onDeletionFinished);
    connect(m_auditButton, &QPushButton::clicked, this, &CustomersView::showAuditLog);
    if (history)
        connect(history, &HistoryStore::changed, m_finder, &CustomerFinder::reloadRecent);
    // Ctrl+V outside a text field: troubleshoot what was copied (a field pastes as usual).
    auto *paste = new QShortcut(QKeySequence::Paste, this);
    paste->setContext(Qt::WidgetWithChildrenShortcut);
    connect(paste, &QShortcut::activated, this, &CustomersView::checkClipboard);
    setContext({});
}

CustomersView::~CustomersView() = default;

void CustomersView::setContext(const CustomersContext &context)
{
    const bool sameScope = context.scope == m_context.scope;
    m_context = context;
    m_finder->setContext(context);
    m_detail->setContext(context);
    if (!sameScope && isShowingCustomer())
        backToSearch(); // that customer belongs to the other project
    m_scopeLabel->setText(
        context.isValid()
            ? tr("Customers of %1 in %2 (%3). Change the project or environment in the link "
                 "form (Ctrl+1).")
                  .arg(context.scope.projectId, context.scope.environment, context.profileName)
            : tr("No project chosen: pick one in the link form (Ctrl+1)."));
    m_auditButton->setToolTip(tr("Every deletion made on this machine"));
}

bool CustomersView::isShowingCustomer() const
{
    return m_pages->currentWidget() == m_detail;
}

QString CustomersView::message() const
{
    return m_message->text();
}

void CustomersView::activate()
{
    if (isShowingCustomer()) {
        m_detail->focusAccounts();
        return;
    }
    m_finder->reloadRecent();
    m_finder->focusSearch();
}

void CustomersView::openCustomer(const QString &externalUserId)
{
    if (externalUserId.trimmed().isEmpty() || !m_context.isValid())
        return;
    m_detail->open(m_context, externalUserId);
    m_pages->setCurrentWidget(m_detail);
    m_detail->focusAccounts();
}

void CustomersView::backToSearch()
{
    const QString shown = m_detail->externalUserId();
    m_pages->setCurrentWidget(m_finder);
    m_finder->selectExternalId(shown);
    m_finder->focusSearch();
}

void CustomersView::requestNewLink(const QString &externalUserId, const QString &appSlug)
{
    HistoryEntry entry;
    entry.profileName = m_context.profileName;
    entry.projectId = m_context.scope.projectId;
    entry.environment = m_context.scope.environment;
    entry.externalUserId = externalUserId.trimmed();
    entry.appSlug = appSlug;
    entry.sandbox = m_context.sandbox;
    emit newLinkRequested(entry);
}

void CustomersView::newLinkFromDiagnosis(const LinkDiagnosis &diagnosis)
{
    if (diagnosis.history) {
        emit newLinkRequested(*diagnosis.history); // every field of the link it replaces
        return;
    }
    HistoryEntry entry;
    entry.profileName = m_context.profileName;
    entry.projectId = diagnosis.projectId.isEmpty() ? m_context.scope.projectId
                                                    : diagnosis.projectId;
    entry.environment = diagnosis.environment.isEmpty() ? m_context.scope.environment
                                                        : diagnosis.environment;
    entry.externalUserId = diagnosis.externalUserId;
    entry.appSlug = !diagnosis.link.appSlug.isEmpty() ? diagnosis.link.appSlug
                    : diagnosis.account                ? diagnosis.account->appSlug
                                                       : QString();
    entry.sandbox = m_context.sandbox;
    emit newLinkRequested(entry);
}

void CustomersView::deleteUser(const QString &externalUserId, int accountCount)
{
    DeletionRequest request;
    request.action = AuditEntry::Action::DeleteUser;
    request.target = externalUserId;
    request.targetLabel = externalUserId;
    confirmAndDelete(request, externalUserId, accountCount);
}

void CustomersView::deleteAccount(const CustomerAccount &account)
{
    DeletionRequest request;
    request.action = AuditEntry::Action::DeleteAccount;
    request.target = account.id;
    request.targetLabel = account.name.isEmpty()
                              ? account.appLabel()
                              : tr("%1: %2").arg(account.appLabel(), account.name);
    const QString user = account.externalUserId.isEmpty() ? m_detail->externalUserId()
                                                          : account.externalUserId;
    confirmAndDelete(request, user, -1);
}

void CustomersView::confirmAndDelete(const DeletionRequest &base, const QString &externalUserId,
                                     int accountCount)
{
    DeletionRequest request = base;
    request.profileName = m_context.profileName;
    request.allowDeletes = m_context.allowDeletes;
    request.scope = m_context.scope;
    request.origin = QStringLiteral("window");
    if (const QString refusal = CustomerDeletion::refusal(request); !refusal.isEmpty()) {
        showMessage(refusal, true);
        return;
    }
    if (m_deletion->isRunning() || m_confirm) {
        showMessage(tr("Another deletion is still on its way: wait for its answer."), true);
        return;
    }
    auto *dialog = new DeletionConfirmDialog(request, externalUserId, accountCount, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_confirm = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result != QDialog::Accepted) {
            showMessage(tr("Nothing was deleted."), false);
            return;
        }
        if (!m_deletion->start(dialog->request()))
            showMessage(tr("Nothing was deleted: another deletion is on its way."), true);
        else
            showMessage(tr("Deleting %1…").arg(dialog->request().targetLabel), false);
    });
    dialog->open(); // never a nested event loop
}

void CustomersView::onDeletionFinished(const DeletionRequest &request,
                                       const DeletionOutcome &outcome)
{
    // Already gone is no error: what was asked for is true now.
    showMessage(outcome.message(request), !outcome.removed() || !outcome.auditError.isEmpty());
    const bool user = request.action == AuditEntry::Action::DeleteUser;
    if (outcome.removed()) {
        if (user) {
            if (isShowingCustomer() && m_detail->externalUserId() == request.target)
                backToSearch();
            m_finder->searchNow();
        } else {
            m_detail->accounts()->forget(request.target);
        }
    } else if (outcome.result == AuditEntry::Result::Unknown) {
        if (user)
            m_finder->searchNow();
        else
            m_detail->refresh(); // see whether it happened
    }
}

void CustomersView::showMessage(const QString &text, bool problem)
{
    StatusLabel::set(this, m_messageIcon, m_message,
                     problem ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation,
                     text);
    if (!text.isEmpty())
        emit statusMessage(text);
}

void CustomersView::showAuditLog()
{
    auto *dialog = new AuditLogDialog(m_deletion->auditLog(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool CustomersView::checkClipboard()
{
    const QString text = QGuiApplication::clipboard()->text();
    QString why;
    if (!PastedLink::parse(text, &why)) {
        showMessage(why, true);
        return false;
    }
    m_troubleshooter->setText(text);
    m_troubleshooter->check();
    return true;
}

} // namespace ConnectDesk::Ui
