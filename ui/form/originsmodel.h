#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace ConnectDesk::Ui {

// The entries of OriginsEditor. An entry UrlRules accepts is stored normalised; one it rejects
// is kept as typed (trimmed) with the reason, so no input is ever lost. Duplicates (compared
// after normalisation) are dropped.
class OriginsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OriginsModel)
public:
    enum Column { OriginColumn, CheckColumn, ColumnCount };
    enum Role { ErrorRole = Qt::UserRole + 1 };

    struct AddResult
    {
        int added = 0;
        int rejected = 0;       // added, but with a problem
        QStringList duplicates; // dropped
        int firstAddedRow = -1;
    };

    explicit OriginsModel(QObject *parent = nullptr);

    QStringList entries() const;
    // Replaces everything; blanks and duplicates are dropped.
    AddResult setEntries(const QStringList &entries);
    // Appends; blanks and duplicates are dropped.
    AddResult addEntries(const QStringList &entries);
    QString errorAt(int row) const;
    int errorCount() const;
    // The row holding the same origin as `text` (after normalisation), or -1.
    int findDuplicate(const QString &text, int ignoreRow = -1) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Editing an entry into a blank or a duplicate drops the row (queued, so an open item
    // editor is closed first) and emits entryDropped().
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

signals:
    void entryDropped(const QString &note);

private:
    struct Entry
    {
        QString text;  // normalised when valid, else as typed (trimmed)
        QString error; // empty when valid
    };
    static Entry makeEntry(const QString &input);
    static QString keyOf(const QString &input);
    QList<Entry> collect(const QStringList &inputs, AddResult *result, bool againstExisting) const;
    void dropRowLater(const QModelIndex &index, const QString &note);

    QList<Entry> m_entries;
};

} // namespace ConnectDesk::Ui
