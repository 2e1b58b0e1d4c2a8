#pragma once

#include <QObject>

class QAction;
class QTableView;

namespace ConnectDesk::Ui {

class BulkRowsModel;

// The bulk table's right-click menu: copy the selected rows' links (also Ctrl+C, shown in the
// menu), their external user IDs, or every created link, one per line, ready to paste.
class BulkRowActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkRowActions)
public:
    BulkRowActions(QTableView *view, BulkRowsModel *model);

    QString selectedUsers() const; // one per line
    QString allLinks() const;

public slots:
    void copyLinks();
    void copyUsers();
    void copyAllLinks();

signals:
    void statusMessage(const QString &text);

private:
    QList<int> selectedRows() const;
    QAction *addAction(const char *name, const QString &text, void (BulkRowActions::*slot)());
    void updateActions();

    QTableView *m_view;
    BulkRowsModel *m_model;
    QAction *m_copyLinks = nullptr;
    QAction *m_copyUsers = nullptr;
    QAction *m_copyAll = nullptr;
};

} // namespace ConnectDesk::Ui
