#include "customers/customersmode.h"

#include "customers/customersview.h"
#include "form/tokenform.h"
#include "history/historystore.h"
#include "history/issueagain.h"
#include "main/mainwindow.h"
#include "profiles/profileprojectsource.h"
#include "profiles/profilestore.h"

#include <QStatusBar>
#include <QVBoxLayout>

namespace ConnectDesk::Ui {

CustomersMode::CustomersMode(MainWindow *window, const Services &services)
    : QObject(window)
    , m_window(window)
    , m_services(services)
{
    // The view itself is built the first time the mode shows: most starts never open it, and
    // it would cost the first frame 7 % of its instructions (callgrind, bench/README.md).
    m_page = new QWidget;
    m_page->setObjectName(QStringLiteral("customersPage"));
    auto *layout = new QVBoxLayout(m_page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_index = window->addMode(m_page, tr("Customers"));
    m_issueAgain = new IssueAgain(window->form(), services.projects, this);

    TokenForm *form = window->form();
    connect(form, &TokenForm::changed, this, &CustomersMode::updateContext);
    connect(form, &TokenForm::projectChanged, this, &CustomersMode::updateContext);
    if (services.profiles)
        connect(services.profiles, &ProfileStore::profilesChanged, this,
                &CustomersMode::updateContext);
    connect(window, &MainWindow::modeChanged, this, [this](int index) {
        if (index != m_index)
            return;
        CustomersView *shown = view();
        updateContext();
        shown->activate();
    });
    connect(m_issueAgain, &IssueAgain::statusMessage, this, &CustomersMode::showStatus);
}

CustomersView *CustomersMode::view()
{
    if (m_view)
        return m_view;
    m_view = new CustomersView(m_services.client, m_services.history, *m_services.clock,
                               AuditLog(m_services.auditLogPath));
    m_view->setObjectName(QStringLiteral("customersView"));
    m_page->layout()->addWidget(m_view);
    m_view->show(); // a child added after its parent was shown stays hidden otherwise
    connect(m_view, &CustomersView::newLinkRequested, this, &CustomersMode::newLink);
    connect(m_view, &CustomersView::statusMessage, this, &CustomersMode::showStatus);
    updateContext();
    return m_view;
}

void CustomersMode::showStatus(const QString &text)
{
    m_window->statusBar()->showMessage(text, 10000);
}

CustomersContext CustomersMode::currentContext() const
{
    const TokenForm *form = m_window->form();
    const ProjectChoice project = form->currentProject();
    const TokenRequest request = form->request();
    CustomersContext context;
    context.scope = {request.projectId.trimmed(), request.environment};
    context.profileName = project.name;
    context.sandbox = project.isSandbox;
    const QString prefix = ProfileProjectSource::keyFor({});
    if (m_services.profiles && project.key.startsWith(prefix)) {
        if (const auto profile = m_services.profiles->profile(project.key.mid(prefix.size())))
            context.allowDeletes = profile->allowDeletes;
    }
    return context;
}

void CustomersMode::updateContext()
{
    if (m_view) // else the view takes the context when it is built
        m_view->setContext(currentContext());
}

void CustomersMode::showCustomers()
{
    m_window->showMode(m_index);
}

void CustomersMode::newLink(const HistoryEntry &customer)
{
    // The customer and the app from the view; the form's other fields (origins, redirects,
    // expiry, scopes) stay as they are.
    const TokenRequest typed = m_window->form()->request();
    HistoryEntry entry = customer;
    entry.allowedOrigins = typed.allowedOrigins;
    entry.successRedirectUri = typed.successRedirectUri;
    entry.errorRedirectUri = typed.errorRedirectUri;
    entry.webhookUri = typed.webhookUri;
    entry.expiresIn = typed.expiresIn;
    entry.scopes = typed.scopes;
    entry.allowProgressiveScopes = typed.allowProgressiveScopes;
    if (customer.id != 0) { // a link from the history: its own fields
        entry = customer;
    }
    m_window->showMode(MainWindow::linkMode);
    m_issueAgain->fill(entry);
}

} // namespace ConnectDesk::Ui
