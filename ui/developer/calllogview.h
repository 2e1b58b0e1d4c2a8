#pragma once

#include "developer/calllog.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ConnectDesk::Ui {

// The developer panel's Call log tab: every call this session in a table, with a text filter,
// "Errors only", "Hide connection polling" (on by default: the watcher's checks every few
// seconds would bury the token calls) and Clear. Activating a row asks to show that call, its
// request and its response.
class CallLogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallLogView)
public:
    explicit CallLogView(CallLogModel *model, QWidget *parent = nullptr);

    CallLogModel *model() const { return m_model; }
    CallLogFilter *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }

signals:
    void recordActivated(const ConnectDesk::CallRecord &record);

private:
    void updateCount();

    CallLogModel *m_model;
    CallLogFilter *m_filter;
    QLineEdit *m_filterEdit;
    QCheckBox *m_errorsOnly;
    QCheckBox *m_hidePolling;
    QPushButton *m_clear;
    QLabel *m_count;
    QTableView *m_table;
};

} // namespace ConnectDesk::Ui
