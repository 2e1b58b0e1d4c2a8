#include "developer/calllogview.h"

#include "widgets/uistyle.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace ConnectDesk::Ui {

namespace {

// Failed calls in the error colour; the Status column's words ("no answer", 4xx, 5xx) carry
// the meaning, the colour only reinforces it.
class ErrorRowDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(CallLogModel::IsErrorRole).toBool())
            option->palette.setColor(QPalette::Text,
                                     Style::accentText(Style::Tone::Error, option->palette));
    }
};

} // namespace

CallLogView::CallLogView(CallLogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new CallLogFilter(this))
{
    m_filter->setSourceModel(m_model);

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("callLogFilterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter by method, path, status or error"));
    m_filterEdit->setAccessibleName(tr("Filter the call log"));
    m_filterEdit->setClearButtonEnabled(true);
    m_errorsOnly = new QCheckBox(tr("&Errors only"), this);
    m_errorsOnly->setObjectName(QStringLiteral("callLogErrorsOnlyCheck"));
    m_errorsOnly->setToolTip(tr("Show only the calls that ended in an error"));
    m_hidePolling = new QCheckBox(tr("Hide connection &polling"), this);
    m_hidePolling->setObjectName(QStringLiteral("callLogHidePollingCheck"));
    m_hidePolling->setToolTip(tr("Hide the checks for the customer's connection (GET …/accounts"
                                 "?external_user_id=…) made every few seconds while a link waits; "
                                 "failed checks stay visible"));
    m_hidePolling->setChecked(true);
    m_filter->setHidePolling(true);
    m_clear = new QPushButton(tr("C&lear"), this);
    m_clear->setObjectName(QStringLiteral("callLogClearButton"));
    m_clear->setAccessibleName(tr("Clear the call log"));
    m_clear->setToolTip(tr("Remove every call from the log"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("callLogCountLabel"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("callLogTable"));
    m_table->setAccessibleName(tr("Calls made this session"));
    m_table->setAccessibleDescription(
        tr("Every API call of this session with its status and duration. Enter or a double-click "
           "shows the call's request and response."));
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new ErrorRowDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CallLogModel::PathColumn, QHeaderView::Stretch);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filterEdit, 1);
    bar->addWidget(m_errorsOnly);
    bar->addWidget(m_hidePolling);
    bar->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &CallLogFilter::setText);
    connect(m_errorsOnly, &QCheckBox::toggled, m_filter, &CallLogFilter::setErrorsOnly);
    connect(m_hidePolling, &QCheckBox::toggled, m_filter, &CallLogFilter::setHidePolling);
    connect(m_clear, &QPushButton::clicked, m_model, &CallLogModel::clear);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_filter->mapToSource(index);
        if (source.isValid())
            emit recordActivated(m_model->record(source.row()));
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        updateCount();
        m_table->scrollToBottom();
    });
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &CallLogView::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &CallLogView::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &CallLogView::updateCount);
    // A hidden poll changes the total without showing a row.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CallLogView::updateCount);
    updateCount();
}

void CallLogView::updateCount()
{
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total
                         ? tr("%n call(s) this session", nullptr, total)
                         : tr("%1 of %n call(s) shown", nullptr, total).arg(shown));
    m_clear->setEnabled(total > 0);
}

} // namespace ConnectDesk::Ui
