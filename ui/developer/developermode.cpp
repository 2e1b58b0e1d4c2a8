#include "developer/developermode.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QWidget>

namespace ConnectDesk::Ui {

DeveloperMode::DeveloperMode(const QString &settingsFilePath, QObject *parent)
    : QObject(parent)
{
    QDir().mkpath(QFileInfo(settingsFilePath).absolutePath());
    m_settings = std::make_unique<QSettings>(settingsFilePath, QSettings::IniFormat);
    m_action = new QAction(tr("&Developer mode"), this);
    m_action->setObjectName(QStringLiteral("actionDeveloperMode"));
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_action->setToolTip(tr("Show the request, response, code export, call log, token check "
                            "and presets"));
    m_action->setStatusTip(m_action->toolTip());
    m_action->setChecked(m_settings->value(settingsKey(), false).toBool());
    connect(m_action, &QAction::toggled, this, [this](bool enabled) {
        m_settings->setValue(settingsKey(), enabled);
        m_settings->sync();
        apply(enabled);
        emit enabledChanged(enabled);
    });
}

DeveloperMode::~DeveloperMode() = default;

bool DeveloperMode::isEnabled() const
{
    return m_action->isChecked();
}

void DeveloperMode::setEnabled(bool enabled)
{
    m_action->setChecked(enabled); // toggled() saves and applies
}

void DeveloperMode::manage(QWidget *widget)
{
    m_widgets.append(widget);
    widget->setVisible(isEnabled());
}

void DeveloperMode::apply(bool enabled)
{
    for (const QPointer<QWidget> &widget : std::as_const(m_widgets)) {
        if (widget)
            widget->setVisible(enabled);
    }
}

} // namespace ConnectDesk::Ui
