#include "history/issueagain.h"

#include "form/tokenform.h"
#include "history/historystore.h"
#include "profiles/projectsource.h"

#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>

namespace ConnectDesk::Ui {

IssueAgain::IssueAgain(TokenForm *form, ProjectSource *projects, QObject *parent)
    : QObject(parent)
    , m_form(form)
    , m_projects(projects)
{}

void IssueAgain::fill(const HistoryEntry &entry)
{
    if (!m_form)
        return;
    if (!wouldReplaceTyping(entry)) {
        apply(entry);
        return;
    }
    const TokenRequest typed = m_form->request();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Issue Again"),
                                tr("Replace what is in the form?"), QMessageBox::Cancel,
                                m_form->window());
    box->setObjectName(QStringLiteral("issueAgainReplaceBox"));
    box->setInformativeText(
        tr("The form holds %1 (app: %2). Issue again fills it with the fields of the link for "
           "%3 (app: %4).")
            .arg(typed.normalizedExternalUserId(),
                 typed.normalizedAppSlug().isEmpty() ? tr("none") : typed.normalizedAppSlug(),
                 entry.externalUserId, entry.appSlug.isEmpty() ? tr("none") : entry.appSlug));
    QPushButton *replace = box->addButton(tr("Replace"), QMessageBox::AcceptRole);
    replace->setObjectName(QStringLiteral("issueAgainReplaceButton"));
    box->setDefaultButton(QMessageBox::Cancel); // keeping what was typed is the safe answer
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, replace, entry] {
        if (box->clickedButton() == replace)
            apply(entry);
        else
            emit statusMessage(tr("The form was kept as it was."));
    });
    box->open(); // never a nested event loop
}

bool IssueAgain::wouldReplaceTyping(const HistoryEntry &entry) const
{
    const TokenRequest typed = m_form->request();
    const QString user = typed.normalizedExternalUserId();
    const QString app = typed.normalizedAppSlug();
    return (!user.isEmpty() && user != entry.externalUserId)
           || (!app.isEmpty() && app != entry.appSlug);
}

QString IssueAgain::projectKeyFor(const HistoryEntry &entry) const
{
    if (!m_projects)
        return {};
    QString key;
    const QList<ProjectChoice> choices = m_projects->choices();
    for (const ProjectChoice &choice : choices) {
        if (choice.isSandbox != entry.sandbox)
            continue;
        if (entry.sandbox || choice.projectId == entry.projectId) {
            if (choice.name == entry.profileName)
                return choice.key; // the very profile it was made with
            if (key.isEmpty())
                key = choice.key;
        }
    }
    return key;
}

void IssueAgain::apply(const HistoryEntry &entry)
{
    const QString key = projectKeyFor(entry);
    const bool projectFound = !key.isEmpty() && m_form->selectProject(key);
    TokenRequest request = entry.toRequest();
    if (entry.sandbox && !projectFound)
        request.projectId = m_form->request().projectId; // never type the sandbox's ID in
    m_form->setRequest(request);
    bringIntoView();

    const ProjectChoice project = m_form->currentProject();
    QString message = tr("Form filled from history for %1: press Ctrl+Return to generate the link.")
                          .arg(entry.externalUserId);
    if (entry.sandbox && !project.isSandbox) {
        message = tr("Form filled from a sandbox link for %1, but the sandbox is not running: a "
                     "new link would be made in %2. Check the project before you press "
                     "Ctrl+Return.")
                      .arg(entry.externalUserId, project.name);
    } else if (!projectFound && !project.projectIdEditable
               && project.projectId != entry.projectId) {
        message = tr("Form filled from history for %1, but its project %2 is not in the picker: "
                     "the link would be made in %3. Check the project before you press "
                     "Ctrl+Return.")
                      .arg(entry.externalUserId, entry.projectId, project.name);
    }
    emit statusMessage(message);
    emit filled();
}

void IssueAgain::bringIntoView()
{
    m_form->focusExternalUserId();
    auto *field = m_form->findChild<QWidget *>(QStringLiteral("externalUserIdEdit"));
    for (QWidget *parent = m_form->parentWidget(); parent && field;
         parent = parent->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(parent)) {
            scroll->ensureWidgetVisible(field);
            break;
        }
    }
}

} // namespace ConnectDesk::Ui
