#pragma once

#include <QStringList>
#include <QStyle>
#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
namespace Ui {
class OriginsEditor;
}
QT_END_NAMESPACE

namespace ConnectDesk::Ui {

class OriginsModel;

// The allowed origins of a Connect token as an editable list: add (button or Enter), edit in
// place (double-click or F2), remove (button or Delete) and paste several at once (Ctrl+V or
// "Paste lines"). Entries are checked with UrlRules as they are typed and normalised when
// committed; a rejected entry stays in the list with its reason, and duplicates are dropped
// with a note.
class OriginsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OriginsEditor)
public:
    explicit OriginsEditor(QWidget *parent = nullptr);
    ~OriginsEditor() override;

    // The entries as the user has them (valid ones normalised), for TokenRequest::allowedOrigins.
    QStringList origins() const;
    // Replaces the list; blanks and duplicates are dropped. Emits changed() when it differs.
    void setOrigins(const QStringList &origins);
    bool hasErrors() const;
    // Selects entry `index` of origins() and gives the list focus (to point at a FieldError).
    void focusEntry(int index);

public slots:
    // Adds each origin on the clipboard (lines, commas and whitespace separate them).
    void pasteLines();
    // Ctrl+Z in the list: puts back what the last removal took (review 31). False when there
    // is nothing to undo.
    bool undoRemove();

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void addFromLine();
    void addEntries(const QStringList &entries, bool keepFocusInLine);
    void removeSelected();
    void showInputCheck(const QString &text, int editedRow);
    void updateProblems();
    void updateButtons();
    void showNote(const QString &note);
    void onModelChanged();
    void refreshIcons();

    std::unique_ptr<::Ui::OriginsEditor> m_ui;
    OriginsModel *m_model;
    int m_editingRow = -1; // row of the open in-place editor
    bool m_quiet = false;  // setOrigins() decides itself whether changed() is due
    QList<QStringList> m_undo; // the list before each removal, newest last
};

} // namespace ConnectDesk::Ui
