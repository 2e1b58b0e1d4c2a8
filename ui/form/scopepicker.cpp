#include "form/scopepicker.h"

#include "widgets/statuslabel.h"
#include "widgets/uistyle.h"

#include "api/scopecatalogue.h"
#include "api/tokenrequest.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace ConnectDesk::Ui {

namespace {

constexpr int ScopeRole = Qt::UserRole + 1;
constexpr int KnownRole = Qt::UserRole + 2;

} // namespace

ScopePicker::ScopePicker(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("scopePicker"));
    m_model->setColumnCount(ColumnCount);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1); // name and description
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    fillModel(); // before the view sees the model: one reset instead of a re-measure per row
    buildUi();
    retranslateLabels();

    connect(m_model, &QStandardItemModel::itemChanged, this, &ScopePicker::onItemChanged);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateHints();
    });
}

ScopePicker::~ScopePicker() = default;

void ScopePicker::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("scopeFilterEdit"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    layout->addWidget(m_filter);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("scopeView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setSectionResizeMode(ScopeColumn, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    m_view->installEventFilter(this);
    layout->addWidget(m_view, 1);

    m_noMatch = StatusLabel::makeText(QStringLiteral("scopeNoMatchLabel"), this);
    m_noMatch->hide();
    layout->addWidget(m_noMatch);

    m_hintIcon = StatusLabel::makeIcon(QStringLiteral("scopeHintIcon"), this);
    m_hint = StatusLabel::makeText(QStringLiteral("scopeHintLabel"), this);
    layout->addLayout(StatusLabel::row(m_hintIcon, m_hint));
    m_noteIcon = StatusLabel::makeIcon(QStringLiteral("scopeNoteIcon"), this);
    m_note = StatusLabel::makeText(QStringLiteral("scopeNoteLabel"), this);
    layout->addLayout(StatusLabel::row(m_noteIcon, m_note));
    m_problemIcon = StatusLabel::makeIcon(QStringLiteral("scopeProblemIcon"), this);
    m_problem = StatusLabel::makeText(QStringLiteral("scopeProblemLabel"), this);
    layout->addLayout(StatusLabel::row(m_problemIcon, m_problem));

    setFocusProxy(m_filter);
    setTabOrder(m_filter, m_view);
}

void ScopePicker::retranslate()
{
    retranslateLabels();
    retranslateDescriptions();
}

void ScopePicker::retranslateLabels()
{
    m_filter->setPlaceholderText(tr("Filter scopes"));
    m_filter->setAccessibleName(tr("Filter scopes"));
    m_filter->setAccessibleDescription(
        tr("Shows only the scopes whose name or description contains this text. Down arrow or "
           "Enter moves to the list."));
    m_view->setAccessibleName(tr("Connect token scopes"));
    m_view->setAccessibleDescription(
        tr("Space checks or unchecks the current scope. With none checked the token gets the "
           "server default, connect:*, which includes all the others."));
    m_note->clear();
    updateHints();
}

// The model's texts in the new language (fillModel() wrote them in the current one). Header and
// descriptions change the width the view measures for every row, so never at start-up.
void ScopePicker::retranslateDescriptions()
{
    m_model->setHorizontalHeaderLabels({tr("Scope"), tr("Description")});
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *scope = m_model->item(row, ScopeColumn);
        if (!scope->data(KnownRole).toBool())
            continue;
        const QString description = ScopeCatalogue::description(scope->data(ScopeRole).toString());
        m_updating = true;
        m_model->item(row, DescriptionColumn)->setText(description);
        scope->setData(description, Qt::AccessibleDescriptionRole);
        scope->setToolTip(description);
        m_updating = false;
    }
}

void ScopePicker::fillModel()
{
    m_model->setHorizontalHeaderLabels({tr("Scope"), tr("Description")});
    const QList<ScopeInfo> catalogue = ScopeCatalogue::all();
    for (const ScopeInfo &info : catalogue)
        appendScope(info.scope, info.description, true);
}

QStandardItem *ScopePicker::appendScope(const QString &scope, const QString &description,
                                        bool known)
{
    auto *name = new QStandardItem(scope);
    name->setData(scope, ScopeRole);
    name->setData(known, KnownRole);
    name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                   | Qt::ItemNeverHasChildren);
    name->setCheckState(Qt::Unchecked);
    name->setToolTip(description);
    name->setData(description, Qt::AccessibleDescriptionRole);
    auto *text = new QStandardItem(description);
    text->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren);
    text->setToolTip(description);
    if (!known) {
        const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this);
        name->setIcon(warning);
        text->setIcon(warning);
    }
    m_model->appendRow({name, text});
    return name;
}

QStandardItem *ScopePicker::wildcardItem() const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *item = m_model->item(row, ScopeColumn);
        if (item->data(ScopeRole).toString() == ScopeCatalogue::wildcard())
            return item;
    }
    return nullptr;
}

QList<QStandardItem *> ScopePicker::narrowItems() const
{
    QList<QStandardItem *> result;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *item = m_model->item(row, ScopeColumn);
        if (item->data(ScopeRole).toString() != ScopeCatalogue::wildcard())
            result.append(item);
    }
    return result;
}

QStringList ScopePicker::scopes() const
{
    QStringList result;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStandardItem *item = m_model->item(row, ScopeColumn);
        if (item->checkState() == Qt::Checked)
            result.append(item->data(ScopeRole).toString());
    }
    return result;
}

void ScopePicker::setScopes(const QStringList &scopes)
{
    const QStringList wanted = TokenRequest::splitScopes(scopes);
    const QStringList before = this->scopes();
    m_updating = true;
    for (int row = m_model->rowCount() - 1; row >= 0; --row) {
        QStandardItem *item = m_model->item(row, ScopeColumn);
        const QString scope = item->data(ScopeRole).toString();
        if (!item->data(KnownRole).toBool() && !wanted.contains(scope))
            m_model->removeRow(row);
        else
            setChecked(item, wanted.contains(scope));
    }
    for (const QString &scope : wanted) {
        if (!m_model->findItems(scope, Qt::MatchExactly, ScopeColumn).isEmpty())
            continue;
        // Not in the catalogue: kept (never lose input) with the reason core gives.
        setChecked(appendScope(scope, TokenRequest::checkScopes({scope}), false), true);
    }
    m_updating = false;
    m_remembered.clear();
    m_note->clear();
    updateHints();
    if (this->scopes() != before)
        emit changed();
}

void ScopePicker::setChecked(QStandardItem *item, bool checked)
{
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void ScopePicker::onItemChanged(QStandardItem *item)
{
    if (m_updating || item->column() != ScopeColumn)
        return;
    const bool checked = item->checkState() == Qt::Checked;
    const QString scope = item->data(ScopeRole).toString();
    const QString wildcard = ScopeCatalogue::wildcard();
    QString note;
    m_updating = true;
    if (scope == wildcard && checked) {
        m_remembered.clear();
        const QList<QStandardItem *> narrow = narrowItems();
        for (QStandardItem *other : narrow) {
            if (other->checkState() == Qt::Checked) {
                m_remembered.append(other->data(ScopeRole).toString());
                setChecked(other, false);
            }
        }
        if (!m_remembered.isEmpty())
            note = tr("Unchecked %1: connect:* includes all of these.")
                       .arg(m_remembered.join(QStringLiteral(", ")));
    } else if (scope == wildcard) {
        // Give back what connect:* replaced, so trying it out loses nothing.
        const QList<QStandardItem *> narrow = narrowItems();
        for (QStandardItem *other : narrow) {
            if (m_remembered.contains(other->data(ScopeRole).toString()))
                setChecked(other, true);
        }
        if (!m_remembered.isEmpty())
            note = tr("Checked again: %1.").arg(m_remembered.join(QStringLiteral(", ")));
        m_remembered.clear();
    } else if (checked) {
        QStandardItem *all = wildcardItem();
        if (all && all->checkState() == Qt::Checked) {
            setChecked(all, false);
            note = tr("Unchecked connect:*: it includes every other scope, so it cannot be "
                      "combined with %1.")
                       .arg(scope);
        }
        m_remembered.clear();
    }
    m_updating = false;
    m_note->setText(note);
    updateHints();
    emit changed();
}

void ScopePicker::updateHints()
{
    const QStringList checked = scopes();
    if (checked.isEmpty()) {
        StatusLabel::set(this, m_hintIcon, m_hint, QStyle::SP_MessageBoxInformation,
                  tr("No scope checked: the token gets the server default, connect:* "
                     "(everything under Connect)."));
    } else if (checked == QStringList{ScopeCatalogue::wildcard()}) {
        StatusLabel::set(this, m_hintIcon, m_hint, QStyle::SP_MessageBoxInformation,
                  tr("connect:* includes all of these; check narrower scopes instead to limit "
                     "what the token can do."));
    } else {
        StatusLabel::set(this, m_hintIcon, m_hint, QStyle::SP_DialogApplyButton,
                  tr("The token is limited to %n scope(s).", nullptr, int(checked.size())));
    }
    StatusLabel::set(this, m_noteIcon, m_note, QStyle::SP_MessageBoxInformation, m_note->text());
    StatusLabel::set(this, m_problemIcon, m_problem, QStyle::SP_MessageBoxWarning,
              TokenRequest::checkScopes(checked));

    const bool noMatch = m_proxy->rowCount() == 0;
    m_noMatch->setText(noMatch ? tr("No scope matches \"%1\".").arg(m_filter->text().trimmed())
                               : QString());
    m_noMatch->setVisible(noMatch);
}

void ScopePicker::refreshIcons()
{
    for (QLabel *icon : {m_hintIcon, m_noteIcon, m_problemIcon})
        StatusLabel::refresh(this, icon);
}

bool ScopePicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_filter) {
        const bool toList = key->key() == Qt::Key_Down
                            || ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                                && !m_filter->text().isEmpty());
        if (toList && m_proxy->rowCount() > 0) {
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_proxy->index(0, ScopeColumn));
            m_view->setFocus(Qt::TabFocusReason);
            return true;
        }
    } else if (watched == m_view && (key->key() == Qt::Key_Space || key->key() == Qt::Key_Select)) {
        // Space toggles the row's scope whichever column holds the focus.
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid()) {
            QStandardItem *item = m_model->itemFromIndex(
                m_proxy->mapToSource(current.siblingAtColumn(ScopeColumn)));
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ScopePicker::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    Style::redoOnChange(event, [this] { retranslate(); }, [this] { refreshIcons(); });
}

} // namespace ConnectDesk::Ui
