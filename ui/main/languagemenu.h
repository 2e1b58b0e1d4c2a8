#pragma once

#include <QMenu>

#include <memory>

class QActionGroup;

namespace ConnectDesk {
class Settings;
}

namespace ConnectDesk::Ui {

// "Language" submenu: "System language" plus every available translation, each in its own
// language (Translator::availableLanguages()). Choosing one saves it (Settings::Key::Language)
// and says it applies on the next start; the running window is not half-translated.
// The window adds it wherever its settings live (mainwindow.cpp: File menu).
class LanguageMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)
public:
    // `settings`: where the choice is kept; null opens the user's settings file when needed.
    explicit LanguageMenu(Settings *settings, QWidget *parent = nullptr);
    ~LanguageMenu() override;

    QString savedLanguage() const; // empty: follow the system
    // What choosing an entry does (tests call it directly): saves, emits languageChosen() and
    // shows a short non-modal note unless `quiet`.
    void choose(const QString &code, bool quiet = false);

signals:
    void languageChosen(const QString &code); // empty: follow the system

private:
    Settings *settings();
    void updateChecks();

    Settings *m_settings;
    std::unique_ptr<Settings> m_ownSettings;
    QActionGroup *m_group;
};

} // namespace ConnectDesk::Ui
