#pragma once

#include <QDialog>

class QFormLayout;
class QLabel;

namespace ConnectDesk::Ui {

// Help > About: the version, the Qt it runs on and was built with, the license, the application
// ID, the language, and where ConnectDesk keeps things (settings file, history database, client
// secrets in the OS keychain). "Copy diagnostics" puts the same facts on the clipboard as plain
// text for a support ticket; it never contains a secret, token or client ID.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    // The files the running app really uses; the defaults are Settings::defaultFilePath() and
    // HistoryStore::defaultPath().
    void setSettingsPath(const QString &path);
    void setHistoryPath(const QString &path);

    QString diagnostics() const;

public slots:
    void copyDiagnostics();

private:
    QLabel *addRow(const QString &caption, const QString &name, const QString &value);
    static QString qtVersionText();

    QFormLayout *m_form;
    QLabel *m_settingsPath;
    QLabel *m_historyPath;
    QLabel *m_copiedLabel;
};

} // namespace ConnectDesk::Ui
