#pragma once

#include "bulk/bulkjob.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace ConnectDesk::Ui {

// The rows of a bulk run, for the bulk window's table: what was read from the CSV file, the
// problem that keeps a row from being sent, and then what became of it. Results arrive in
// batches (applyResults), each batch one dataChanged() per column range.
class BulkRowsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkRowsModel)
public:
    enum Column { NumberColumn, UserColumn, AppColumn, StatusColumn, DetailColumn, ColumnCount };
    enum class State { Ready, Invalid, Queued, Created, Failed, NotSent };
    Q_ENUM(State)
    enum Role { StateRole = Qt::UserRole + 1, LinkRole };

    struct Row
    {
        BulkRowInput input;
        QString appSlug;                   // the app the link is for (row's, else the default)
        std::optional<FieldError> problem; // why the row will not be sent
        State state = State::Ready;
        QString error; // after the run
        QUrl link;
        QDateTime expiresAt;
    };

    explicit BulkRowsModel(QObject *parent = nullptr);
    ~BulkRowsModel() override;

    void setRows(QList<Row> rows);
    void clear() { setRows({}); }
    const Row &row(int index) const { return m_rows.at(index); }
    int size() const { return int(m_rows.size()); }
    int invalidCount() const;

    // The given rows become Queued, their old outcome forgotten (Invalid rows stay as they are).
    void markQueued(const QList<int> &rows);
    // The given rows will not be sent in this run, for `reason`.
    void markNotSent(const QList<int> &rows, const QString &reason);
    void applyResults(const QList<BulkRowResult> &results);

    static QString stateText(State state);
    static QString wrappedToolTip(const QString &text); // "" stays "" (no tool tip)

    // The preview rows for `inputs`: the request BulkJob would send for each, checked, with
    // the first problem of the row's own fields (user, app). Pure; safe on any thread.
    static QList<Row> checkRows(const QList<BulkRowInput> &inputs,
                                const TokenRequest &requestTemplate);
    // Reads a bulk CSV file (CsvRowSource, as the command line) and checks its rows. Safe on
    // any thread. On failure: no rows, and `error` says what and where.
    static QList<Row> readFile(const QString &path,
                               const TokenRequest &requestTemplate,
                               QString *error);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString detail(const Row &row) const;
    QIcon icon(State state) const;

    QList<Row> m_rows;
    QIcon m_errorIcon;
    QIcon m_warningIcon;
    QIcon m_okIcon;
};

} // namespace ConnectDesk::Ui
