#pragma once

#include <QStringList>
#include <QStyle>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;
class QTreeView;
QT_END_NAMESPACE

namespace ConnectDesk::Ui {

// The Connect token scopes of ScopeCatalogue as a checkable, filterable list with their
// descriptions. Nothing checked means the server default, connect:*; connect:* and the narrower
// scopes exclude each other (checking one side unchecks the other, with a note).
class ScopePicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopePicker)
public:
    enum Column { ScopeColumn, DescriptionColumn, ColumnCount };

    explicit ScopePicker(QWidget *parent = nullptr);
    ~ScopePicker() override;

    // The checked scopes in catalogue order; empty = the server default (connect:*).
    QStringList scopes() const;
    // Checks exactly `scopes` (entries may hold several, space-separated). Scopes that are not
    // in the catalogue are kept, shown with the reason, and returned by scopes().
    void setScopes(const QStringList &scopes);

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void retranslateLabels();
    void retranslateDescriptions();
    void fillModel();
    QStandardItem *appendScope(const QString &scope, const QString &description, bool known);
    void onItemChanged(QStandardItem *item);
    void setChecked(QStandardItem *item, bool checked);
    QStandardItem *wildcardItem() const;
    QList<QStandardItem *> narrowItems() const;
    void updateHints();
    void refreshIcons();

    QLineEdit *m_filter = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_hintIcon = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_noteIcon = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_problemIcon = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_noMatch = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QStringList m_remembered; // narrow scopes unchecked by connect:*, restored if it is unchecked
    bool m_updating = false;
};

} // namespace ConnectDesk::Ui
