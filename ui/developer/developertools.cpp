#include "developer/developertools.h"

#include "developer/calllog.h"
#include "developer/developermode.h"
#include "developer/developerpanel.h"
#include "developer/presetbar.h"
#include "developer/presetstore.h"
#include "form/tokenform.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QStatusBar>
#include <QToolBar>

namespace ConnectDesk::Ui {

DeveloperTools::DeveloperTools(QMainWindow *window, ConnectClient *client,
                               const QString &settingsFilePath)
    : QObject(window)
    , m_window(window)
    , m_client(client)
    , m_mode(new DeveloperMode(settingsFilePath, this))
    , m_presets(new PresetStore(settingsFilePath, this))
    , m_callLog(new CallLogModel(this))
{
    m_callLog->follow(client);
    if (m_mode->isEnabled())
        build();
    else if (!m_presets->names().isEmpty())
        buildPresetBar();
    connect(m_mode, &DeveloperMode::enabledChanged, this, [this](bool enabled) {
        if (enabled)
            build();
        updatePresetBarVisible();
    });
    connect(m_presets, &PresetStore::changed, this, [this] {
        if (!m_presets->names().isEmpty())
            buildPresetBar();
        updatePresetBarVisible();
    });
}

void DeveloperTools::buildPresetBar()
{
    if (m_presetBar)
        return;
    m_presetBar = new PresetBar(m_presets);
    m_presetBar->setObjectName(QStringLiteral("presetBar"));
    m_presetToolBar = new QToolBar(tr("Presets"), m_window);
    m_presetToolBar->setObjectName(QStringLiteral("presetToolBar"));
    m_presetToolBar->setMovable(false);
    m_presetToolBar->addWidget(m_presetBar);
    m_window->addToolBar(Qt::TopToolBarArea, m_presetToolBar);
    m_presetToolBar->toggleViewAction()->setVisible(false); // developer mode and presets decide
    connect(m_presetBar, &PresetBar::statusMessage, this,
            [this](const QString &text) { m_window->statusBar()->showMessage(text, 5000); });
    if (m_form)
        connect(m_presetBar, &PresetBar::loadRequested, m_form, &TokenForm::setRequest);
    updatePresetBarVisible();
    syncFromForm();
}

void DeveloperTools::updatePresetBarVisible()
{
    if (m_presetToolBar)
        m_presetToolBar->setVisible(m_mode->isEnabled() || !m_presets->names().isEmpty());
}

void DeveloperTools::build()
{
    if (m_panel)
        return;
    m_panel = new DeveloperPanel(m_client, m_callLog);
    m_panel->setObjectName(QStringLiteral("developerPanel"));
    m_dock = new QDockWidget(tr("Developer"), m_window);
    m_dock->setObjectName(QStringLiteral("developerDock"));
    // Shown and hidden by developer mode only, so the menu's check mark never lies.
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    m_dock->setWidget(m_panel);
    m_dock->toggleViewAction()->setVisible(false);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);

    m_mode->manage(m_dock);

    const auto status = [this](const QString &text) { m_window->statusBar()->showMessage(text, 5000); };
    connect(m_panel, &DeveloperPanel::statusMessage, this, status);
    buildPresetBar();
    syncFromForm();
}

DeveloperPanel *DeveloperTools::panel()
{
    build();
    return m_panel;
}

QDockWidget *DeveloperTools::dock()
{
    build();
    return m_dock;
}

PresetBar *DeveloperTools::presetBar()
{
    buildPresetBar();
    return m_presetBar;
}

QToolBar *DeveloperTools::presetToolBar()
{
    buildPresetBar();
    return m_presetToolBar;
}

DeveloperTools::~DeveloperTools() = default;

QAction *DeveloperTools::toggleAction() const
{
    return m_mode->action();
}

void DeveloperTools::attach(TokenForm *form)
{
    m_form = form;
    connect(form, &TokenForm::changed, this, &DeveloperTools::syncFromForm);
    connect(form, &TokenForm::projectChanged, this, &DeveloperTools::syncFromForm);
    if (m_presetBar)
        connect(m_presetBar, &PresetBar::loadRequested, form, &TokenForm::setRequest);
    syncFromForm();
}

void DeveloperTools::syncFromForm()
{
    if (!m_form)
        return;
    const TokenRequest request = m_form->request();
    if (m_panel)
        m_panel->setRequest(request, m_form->currentProject().credentials.baseUrl);
    if (m_presetBar)
        m_presetBar->setCurrent(request);
}

} // namespace ConnectDesk::Ui
