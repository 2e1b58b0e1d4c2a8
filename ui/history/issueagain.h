#pragma once

#include <QObject>
#include <QPointer>

namespace ConnectDesk {
struct HistoryEntry;
}

namespace ConnectDesk::Ui {

class ProjectSource;
class TokenForm;

// "Issue again" from the history: fills the form with a past link's fields. It asks before
// replacing another customer or app typed in the form (never throwing it away silently), picks
// the entry's project when the picker has it, brings the form into view and says what to do
// next.
class IssueAgain final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IssueAgain)
public:
    // `projects` may be null: then the form's project stays.
    IssueAgain(TokenForm *form, ProjectSource *projects, QObject *parent = nullptr);

    // Fills the form at once, or after the user agreed to replace what was typed.
    void fill(const HistoryEntry &entry);

signals:
    void statusMessage(const QString &text);
    void filled();

private:
    bool wouldReplaceTyping(const HistoryEntry &entry) const;
    void apply(const HistoryEntry &entry);
    QString projectKeyFor(const HistoryEntry &entry) const; // empty: the picker lacks it
    void bringIntoView();

    QPointer<TokenForm> m_form;
    QPointer<ProjectSource> m_projects;
};

} // namespace ConnectDesk::Ui
