#include "main/welcomepage.h"

#include "profiles/profilestore.h"
#include "profiles/settings.h"

#include <QIcon>
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
    // The text recommends the sandbox first, so Enter on arrival does that (review 27).
    sandbox->setDefault(true);
    setFocusProxy(sandbox);

    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("welcomeIcon"));
    icon->setPixmap(QIcon(QStringLiteral(":/icons/connectdesk.svg")).pixmap(64, 64));
    icon->setAccessibleName(tr("ConnectDesk"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(sandbox);
    buttons->addWidget(project);
    buttons->addStretch();

    // A readable line length, centred in however wide a window.
    auto *column = new QWidget(this);
    column->setMaximumWidth(560);
    auto *content = new QVBoxLayout(column);
    content->addWidget(icon, 0, Qt::AlignHCenter);
    content->addWidget(title, 0, Qt::AlignHCenter);
    content->addWidget(text);
    content->addSpacing(12);
    content->addLayout(buttons);

    // Stretches, not an alignment, centre it: an aligned widget loses the word-wrapped text's
    // height-for-width and the text is cut.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 10);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addLayout(row);
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
