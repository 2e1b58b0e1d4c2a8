#include "main/welcomeflow.h"

#include "form/tokenform.h"
#include "main/mainwindow.h"
#include "main/mainwindowtools.h"
#include "main/sandboxlauncher.h"
#include "main/welcomepage.h"
#include "profiles/profileprojectsource.h"
#include "profiles/profilestore.h"
#include "profiles/settings.h"

#include <QVBoxLayout>

namespace ConnectDesk::Ui {

WelcomeFlow::WelcomeFlow(MainWindow *window, MainWindowTools *tools, SandboxLauncher *sandbox,
                         ProfileStore *profiles, Settings *settings)
    : QObject(window)
    , m_window(window)
    , m_tools(tools)
    , m_profiles(profiles)
    , m_settings(settings)
{
    // Also when the sandbox is started from the Tools menu while the welcome shows.
    connect(sandbox, &SandboxLauncher::started, this, [this] {
        if (isShowing())
            finish();
    });
    connect(m_profiles, &ProfileStore::profilesChanged, this, &WelcomeFlow::onProfilesChanged);
}

bool WelcomeFlow::showIfFirstStart(bool environmentConfigured)
{
    if (!WelcomePage::shouldShow(*m_profiles, *m_settings, environmentConfigured))
        return false;
    show();
    return true;
}

bool WelcomeFlow::isShowing() const
{
    return m_page && !m_page->isHidden();
}

void WelcomeFlow::show()
{
    if (isShowing())
        return;
    if (!m_formPage) {
        // The form's page moves into a container, so it stays inside the window (and its
        // objectNames stay findable) while the welcome takes its place. Not a QStackedWidget:
        // that would size the hidden form too, a fifth of the first frame's cost.
        m_formPage = m_window->takeCentralWidget();
        auto *container = new QWidget;
        container->setObjectName(QStringLiteral("centralContainer"));
        auto *layout = new QVBoxLayout(container);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_formPage);
        m_window->setCentralWidget(container);
    }
    m_formPage->hide();
    m_window->setModesAvailable(false);
    m_page = new WelcomePage;
    m_formPage->parentWidget()->layout()->addWidget(m_page);
    connect(m_page, &WelcomePage::trySandboxRequested, m_tools, &MainWindowTools::startSandbox);
    connect(m_page, &WelcomePage::addProjectRequested, m_tools, &MainWindowTools::openNewProfile);
    m_page->setFocus();
}

void WelcomeFlow::onProfilesChanged()
{
    if (!isShowing() || m_profiles->isEmpty())
        return;
    finish();
    // The picker has reloaded (it listens first); show the form on the new profile.
    m_window->form()->selectProject(ProfileProjectSource::keyFor(m_profiles->profiles().first().id));
}

void WelcomeFlow::finish()
{
    m_page->hide();
    m_page->deleteLater();
    m_formPage->show();
    m_window->setModesAvailable(true);
    // Only a real project ends the welcome for good: after trying the sandbox, the next start
    // offers the choice again instead of an unconfigured project.
    if (!m_profiles->isEmpty())
        WelcomePage::markDismissed(*m_settings);
    m_window->form()->focusExternalUserId();
    emit finished();
}

} // namespace ConnectDesk::Ui
