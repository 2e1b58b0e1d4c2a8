#include "form/originseditor.h"

#include "widgets/statuslabel.h"
#include "widgets/uistyle.h"

#include "api/urlrules.h"
#include "form/originsmodel.h"
#include "ui_originseditor.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStyledItemDelegate>

#include <algorithm>
#include <functional>

namespace ConnectDesk::Ui {

namespace {


// Pasted text holds one origin per line, or several separated by commas or whitespace.
QStringList splitEntries(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

bool isReturnKey(const QKeyEvent *event)
{
    return event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
}

bool isRemoveKey(const QKeyEvent *event)
{
    return event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace;
}

// Names the in-place editor and reports its text as it changes, so an edited entry is
// checked as it is typed, like a new one.
class OriginDelegate final : public QStyledItemDelegate
{
public:
    using TextChanged = std::function<void(const QString &text, int row)>;

    OriginDelegate(QObject *parent, TextChanged onTextChanged)
        : QStyledItemDelegate(parent)
        , m_onTextChanged(std::move(onTextChanged))
    {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            line->setObjectName(QStringLiteral("originInlineEdit"));
            line->setAccessibleName(OriginsEditor::tr("Edit allowed origin"));
            line->setAccessibleDescription(
                OriginsEditor::tr("Enter saves the origin, Escape cancels the edit."));
            const int row = index.row();
            connect(
                line, &QLineEdit::textChanged, line,
                [callback = m_onTextChanged, row](const QString &text) { callback(text, row); });
        }
        return editor;
    }

private:
    TextChanged m_onTextChanged;
};

} // namespace

OriginsEditor::OriginsEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::OriginsEditor>())
    , m_model(new OriginsModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("originsEditor"));
    setFocusProxy(m_ui->addEdit);

    QTreeView *view = m_ui->originsView;
    view->setModel(m_model);
    // Origins are short; the reasons beside them get the rest of the width.
    view->header()->setSectionResizeMode(OriginsModel::OriginColumn, QHeaderView::ResizeToContents);
    view->header()->setStretchLastSection(true);
    auto *delegate = new OriginDelegate(this, [this](const QString &text, int row) {
        m_editingRow = row;
        showInputCheck(text, row);
    });
    view->setItemDelegate(delegate);
    connect(delegate, &QAbstractItemDelegate::closeEditor, this, [this] {
        m_editingRow = -1;
        showInputCheck(m_ui->addEdit->text(), -1);
    });

    m_ui->addEdit->installEventFilter(this);
    view->installEventFilter(this);

    connect(m_ui->addEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        showInputCheck(text, -1);
        updateButtons();
    });
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] {
        addFromLine();
        m_ui->addEdit->setFocus(Qt::OtherFocusReason);
    });
    connect(m_ui->removeButton, &QPushButton::clicked, this, &OriginsEditor::removeSelected);
    connect(m_ui->pasteButton, &QPushButton::clicked, this, &OriginsEditor::pasteLines);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OriginsEditor::updateButtons);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &OriginsEditor::onModelChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &OriginsEditor::onModelChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &OriginsEditor::onModelChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OriginsEditor::onModelChanged);
    connect(m_model, &OriginsModel::entryDropped, this, &OriginsEditor::showNote);

    showInputCheck({}, -1);
    showNote({});
    updateProblems();
    updateButtons();
}

OriginsEditor::~OriginsEditor() = default;

QStringList OriginsEditor::origins() const
{
    return m_model->entries();
}

void OriginsEditor::setOrigins(const QStringList &origins)
{
    const QStringList before = m_model->entries();
    m_quiet = true;
    m_model->setEntries(origins);
    m_quiet = false;
    showNote({});
    if (m_model->entries() != before)
        emit changed();
}

bool OriginsEditor::hasErrors() const
{
    return m_model->errorCount() > 0;
}

void OriginsEditor::focusEntry(int index)
{
    if (index < 0 || index >= m_model->rowCount())
        return;
    QTreeView *view = m_ui->originsView;
    const QModelIndex item = m_model->index(index, OriginsModel::OriginColumn);
    view->selectionModel()->setCurrentIndex(item, QItemSelectionModel::ClearAndSelect
                                                      | QItemSelectionModel::Rows);
    view->scrollTo(item);
    view->setFocus(Qt::OtherFocusReason);
}

void OriginsEditor::pasteLines()
{
    const QStringList entries = splitEntries(QGuiApplication::clipboard()->text());
    if (entries.isEmpty()) {
        showNote(tr("The clipboard holds no text to paste."));
        return;
    }
    addEntries(entries, false);
}

void OriginsEditor::addFromLine()
{
    const QString text = m_ui->addEdit->text();
    if (text.trimmed().isEmpty())
        return;
    addEntries({text}, true);
    m_ui->addEdit->clear();
}

void OriginsEditor::addEntries(const QStringList &entries, bool keepFocusInLine)
{
    const OriginsModel::AddResult result = m_model->addEntries(entries);
    QStringList parts;
    if (result.added > 0)
        parts.append(tr("Added %n origin(s).", nullptr, result.added));
    if (!result.duplicates.isEmpty()) {
        parts.append(tr("Dropped %n duplicate(s) already in the list: %1.", nullptr,
                        int(result.duplicates.size()))
                         .arg(result.duplicates.join(QStringLiteral(", "))));
    }
    showNote(parts.join(QLatin1Char(' ')));
    if (result.firstAddedRow < 0)
        return;
    const QModelIndex last = m_model->index(m_model->rowCount() - 1, OriginsModel::OriginColumn);
    m_ui->originsView->scrollTo(last);
    if (!keepFocusInLine) {
        QItemSelectionModel *selection = m_ui->originsView->selectionModel();
        const QModelIndex first = m_model->index(result.firstAddedRow, OriginsModel::OriginColumn);
        selection->select(QItemSelection(first, last),
                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        selection->setCurrentIndex(last, QItemSelectionModel::NoUpdate);
    }
}

bool OriginsEditor::undoRemove()
{
    if (m_undo.isEmpty())
        return false;
    const QStringList before = m_undo.takeLast();
    const QStringList now = m_model->entries();
    m_model->setEntries(before); // emits changed() through the model's reset
    qsizetype restored = 0;
    for (const QString &entry : before)
        restored += now.contains(entry) ? 0 : 1;
    showNote(tr("Put back %n origin(s).", nullptr, int(restored)));
    return true;
}

void OriginsEditor::removeSelected()
{
    QTreeView *view = m_ui->originsView;
    QList<int> rows;
    const QModelIndexList selected = view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    if (rows.isEmpty() && view->currentIndex().isValid())
        rows.append(view->currentIndex().row());
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    m_undo.append(m_model->entries());
    if (m_undo.size() > 20)
        m_undo.removeFirst();

    QStringList removed;
    for (int row : std::as_const(rows)) {
        removed.prepend(m_model->index(row, OriginsModel::OriginColumn).data().toString());
        m_model->removeRows(row, 1);
    }
    showNote(tr("Removed %n origin(s): %1.", nullptr, int(removed.size()))
                 .arg(removed.join(QStringLiteral(", "))));

    // Keep keyboard users where they were: on the entry that moved up into the gap.
    const int next = std::min(rows.last(), m_model->rowCount() - 1);
    if (next >= 0) {
        view->selectionModel()->setCurrentIndex(m_model->index(next, OriginsModel::OriginColumn),
                                                QItemSelectionModel::ClearAndSelect
                                                    | QItemSelectionModel::Rows);
    } else if (view->hasFocus()) {
        m_ui->addEdit->setFocus(Qt::OtherFocusReason);
    }
}

void OriginsEditor::showInputCheck(const QString &text, int editedRow)
{
    QLabel *icon = m_ui->inputHintIcon;
    QLabel *label = m_ui->inputHintLabel;
    if (text.trimmed().isEmpty()) {
        if (editedRow >= 0)
            StatusLabel::set(this, icon, label, QStyle::SP_MessageBoxInformation,
                      tr("An entry left empty is removed."));
        else
            StatusLabel::set(this, icon, label, QStyle::SP_MessageBoxInformation, {});
        return;
    }
    QString error;
    const QString normalized = UrlRules::normalizeOrigin(text, &error);
    if (normalized.isEmpty())
        StatusLabel::set(this, icon, label, QStyle::SP_MessageBoxWarning, error);
    else if (m_model->findDuplicate(text, editedRow) >= 0)
        StatusLabel::set(this, icon, label, QStyle::SP_MessageBoxInformation,
                  tr("%1 is already in the list.").arg(normalized));
    else if (normalized != text.trimmed())
        StatusLabel::set(this, icon, label, QStyle::SP_DialogApplyButton,
                  tr("Valid; it will be saved as %1.").arg(normalized));
    else
        StatusLabel::set(this, icon, label, QStyle::SP_DialogApplyButton, tr("Valid origin."));
}

void OriginsEditor::onModelChanged()
{
    updateProblems();
    updateButtons();
    if (m_editingRow < 0)
        showInputCheck(m_ui->addEdit->text(), -1); // "already in the list" may have changed
    if (!m_quiet)
        emit changed();
}

void OriginsEditor::updateProblems()
{
    const int problems = m_model->errorCount();
    StatusLabel::set(this, m_ui->problemIcon, m_ui->problemLabel, QStyle::SP_MessageBoxWarning,
              problems == 0 ? QString()
                            : tr("%n origin(s) need fixing before a token can be created; the "
                                 "reason is shown beside each.",
                                 nullptr, problems));
}

void OriginsEditor::updateButtons()
{
    m_ui->addButton->setEnabled(!m_ui->addEdit->text().trimmed().isEmpty());
    m_ui->removeButton->setEnabled(m_ui->originsView->selectionModel()->hasSelection());
}

void OriginsEditor::showNote(const QString &note)
{
    StatusLabel::set(this, m_ui->noteIcon, m_ui->noteLabel, QStyle::SP_MessageBoxInformation, note);
}

void OriginsEditor::refreshIcons()
{
    for (QLabel *icon : {m_ui->inputHintIcon, m_ui->problemIcon, m_ui->noteIcon})
        StatusLabel::refresh(this, icon);
}

bool OriginsEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool press = event->type() == QEvent::KeyPress;

    if (watched == m_ui->addEdit) {
        // Enter adds (and is not passed on to a dialog's default button); on an empty line it
        // is, so the surrounding form keeps its Enter.
        if (isReturnKey(key) && !m_ui->addEdit->text().trimmed().isEmpty()) {
            key->accept();
            if (press)
                addFromLine();
            return true;
        }
        // Several origins on the clipboard go straight into the list; one is pasted into the
        // line as usual, to be looked at before Enter.
        if (press && key->matches(QKeySequence::Paste)
            && splitEntries(QGuiApplication::clipboard()->text()).size() > 1) {
            pasteLines();
            return true;
        }
    } else if (watched == m_ui->originsView) {
        const bool ours = isRemoveKey(key) || key->matches(QKeySequence::Paste)
                          || key->matches(QKeySequence::Undo);
        if (ours && !press) { // keep window-wide shortcuts from taking these keys
            key->accept();
            return true;
        }
        if (press && isRemoveKey(key)) {
            removeSelected();
            return true;
        }
        if (press && key->matches(QKeySequence::Paste)) {
            pasteLines();
            return true;
        }
        if (press && key->matches(QKeySequence::Undo)) {
            undoRemove();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void OriginsEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    const auto retranslate = [this] {
        m_ui->retranslateUi(this);
        showInputCheck(m_ui->addEdit->text(), -1);
        updateProblems();
    };
    Style::redoOnChange(event, retranslate, [this] { refreshIcons(); });
}

} // namespace ConnectDesk::Ui
