#include "welcomepage.h"

#include "profilestore.h"
#include "settings.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ConnectDesk::Ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *title = new QLabel(tr("Welcome to ConnectDesk"), this);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);

    auto *text = new QLabel(
        tr("ConnectDesk creates Pipedream Connect Links for your customers. Try it first in the "
           "sandbox — a built-in stand-in for Pipedream, no account needed, links are not real — "
           "or add your project with its OAuth client. The client secret is kept in your "
           "system's keychain."),
        this);
    text->setObjectName(QStringLiteral("welcomeText"));
    text->setWordWrap(true);

    auto *sandbox = new QPushButton(tr("Try the &sandbox"), this);
    sandbox->setObjectName(QStringLiteral("trySandboxButton"));
    sandbox->setAccessibleName(tr("Try the sandbox"));
    sandbox->setToolTip(tr("See the whole flow against a local simulator; nothing is sent to "
                           "Pipedream."));
    auto *project = new QPushButton(tr("&Add a project"), this);
    project->setObjectName(QStringLiteral("addProjectButton"));
    project->setAccessibleName(tr("Add a project"));
    project->setToolTip(tr("Create a profile with your project ID and OAuth client."));
    project->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(sandbox);
    buttons->addWidget(project);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(text);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(sandbox, &QPushButton::clicked, this, &WelcomePage::trySandboxRequested);
    connect(project, &QPushButton::clicked, this, &WelcomePage::addProjectRequested);
}

bool WelcomePage::shouldShow(const ProfileStore &profiles, const Settings &settings,
                             bool environmentConfigured)
{
    return profiles.isEmpty() && !environmentConfigured
           && !settings.get<bool>(Settings::Key::WelcomeDismissed);
}

void WelcomePage::markDismissed(Settings &settings)
{
    settings.setValue(Settings::Key::WelcomeDismissed, true);
}

} // namespace ConnectDesk::Ui
