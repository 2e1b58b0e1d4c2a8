#include "main/languagemenu.h"

#include "base/translator.h"
#include "profiles/settings.h"

#include <QActionGroup>
#include <QMessageBox>

namespace ConnectDesk::Ui {

LanguageMenu::LanguageMenu(Settings *settings, QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_settings(settings)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group->setExclusive(true);

    const QString system = Translator::resolve({});
    QAction *followSystem =
        addAction(tr("System language (%1)").arg(Translator::nativeName(system)));
    followSystem->setObjectName(QStringLiteral("languageSystemAction"));
    followSystem->setData(QString());
    addSeparator();
    QList<QAction *> actions{followSystem};
    for (const QString &code : Translator::availableLanguages()) {
        QAction *action = addAction(Translator::nativeName(code));
        action->setObjectName(QStringLiteral("languageAction_") + code);
        action->setData(code);
        // The language's name in the current one too, for whoever cannot read the native name.
        const QString here = QLocale().languageToString(QLocale(code).language());
        action->setToolTip(here);
        action->setStatusTip(here);
        actions.append(action);
    }
    for (QAction *action : std::as_const(actions)) {
        action->setCheckable(true);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, action] { choose(action->data().toString()); });
    }
    connect(this, &QMenu::aboutToShow, this, &LanguageMenu::updateChecks);
    updateChecks();
}

LanguageMenu::~LanguageMenu() = default;

Settings *LanguageMenu::settings()
{
    if (!m_settings) {
        m_ownSettings = std::make_unique<Settings>(Settings::defaultFilePath());
        m_settings = m_ownSettings.get();
    }
    return m_settings;
}

QString LanguageMenu::savedLanguage() const
{
    return m_settings ? Translator::savedLanguage(*m_settings) : Translator::savedLanguage();
}

void LanguageMenu::updateChecks()
{
    const QString saved = savedLanguage();
    const QString current = saved.isEmpty() ? QString() : Translator::resolve(saved);
    const QList<QAction *> actions = m_group->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().toString() == current);
}

void LanguageMenu::choose(const QString &code, bool quiet)
{
    Translator::saveLanguage(*settings(), code);
    updateChecks();
    emit languageChosen(code);
    if (quiet)
        return;
    const QString language = Translator::nativeName(Translator::resolve(code));
    // Parented to the window, not to a popup menu.
    QWidget *owner = parentWidget();
    while (qobject_cast<QMenu *>(owner))
        owner = owner->parentWidget();
    auto *note = new QMessageBox(QMessageBox::Information, tr("Language"),
                                 code.isEmpty()
                                     ? tr("ConnectDesk will follow the system language (%1) the "
                                          "next time it starts.")
                                           .arg(language)
                                     : tr("ConnectDesk will use %1 the next time it starts.")
                                           .arg(language),
                                 QMessageBox::Ok, owner ? owner->window() : nullptr);
    note->setObjectName(QStringLiteral("languageNote"));
    note->setAttribute(Qt::WA_DeleteOnClose);
    note->open(); // never a nested event loop
}

} // namespace ConnectDesk::Ui
