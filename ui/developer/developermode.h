#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QWidget;

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace ConnectDesk::Ui {

// The "Developer mode" switch: a checkable action for the View menu (Ctrl+Shift+D) that shows
// or hides the developer parts (the developer panel's dock, the preset bar) so support staff
// see a simple window. The choice is remembered in the settings file (off by default).
class DeveloperMode final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeveloperMode)
public:
    // `settingsFilePath`: the INI file (Settings::filePath() in the app; a temporary file in tests).
    explicit DeveloperMode(const QString &settingsFilePath, QObject *parent = nullptr);
    ~DeveloperMode() override;

    QAction *action() const { return m_action; } // objectName "actionDeveloperMode"
    bool isEnabled() const;
    void setEnabled(bool enabled);

    // `widget` is shown only in developer mode, from now on.
    void manage(QWidget *widget);

    static QString settingsKey() { return QStringLiteral("ui/developerMode"); }

signals:
    void enabledChanged(bool enabled);

private:
    void apply(bool enabled);

    std::unique_ptr<QSettings> m_settings;
    QAction *m_action;
    QList<QPointer<QWidget>> m_widgets;
};

} // namespace ConnectDesk::Ui
