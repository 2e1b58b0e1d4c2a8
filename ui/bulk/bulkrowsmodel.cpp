#include "bulk/bulkrowsmodel.h"

#include "base/clock.h"
#include "bulk/bulkresultcsv.h"
#include "widgets/uistyle.h"

#include <QDir>
#include <QFile>
#include <QLocale>

namespace ConnectDesk::Ui {

namespace {

bool isRowField(TokenField field)
{
    return field == TokenField::ExternalUserId || field == TokenField::App;
}

} // namespace

BulkRowsModel::BulkRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_errorIcon(Style::icon(QStringLiteral("error")))
    , m_warningIcon(Style::icon(QStringLiteral("warning")))
    , m_okIcon(Style::icon(QStringLiteral("active")))
{}

BulkRowsModel::~BulkRowsModel() = default;

void BulkRowsModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int BulkRowsModel::invalidCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) {
        return row.problem.has_value();
    }));
}

void BulkRowsModel::markQueued(const QList<int> &rows)
{
    for (const int i : rows) {
        Row &row = m_rows[i];
        if (row.state == State::Invalid)
            continue;
        row.state = State::Queued;
        row.error.clear();
        row.link.clear();
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, StatusColumn), index(size() - 1, DetailColumn));
}

void BulkRowsModel::markNotSent(const QList<int> &rows, const QString &reason)
{
    for (const int i : rows) {
        Row &row = m_rows[i];
        if (row.state == State::Invalid)
            continue;
        row.state = State::NotSent;
        row.error = reason;
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, StatusColumn), index(size() - 1, DetailColumn));
}

void BulkRowsModel::applyResults(const QList<BulkRowResult> &results)
{
    int first = size();
    int last = -1;
    for (const BulkRowResult &result : results) {
        if (result.index < 0 || result.index >= size())
            continue;
        Row &row = m_rows[result.index];
        row.appSlug = result.appSlug;
        if (result.isOk()) {
            row.state = State::Created;
            row.link = result.connectLink();
            row.expiresAt = result.token->expiresAt;
            row.error.clear();
        } else {
            row.state = result.fieldError                               ? State::Invalid
                        : result.error.kind == ApiError::Kind::Canceled ? State::NotSent
                                                                        : State::Failed;
            row.error = BulkResultCsv::errorText(result);
        }
        first = std::min(first, result.index);
        last = std::max(last, result.index);
    }
    if (last >= first)
        emit dataChanged(index(first, AppColumn), index(last, DetailColumn));
}

QList<BulkRowsModel::Row> BulkRowsModel::checkRows(const QList<BulkRowInput> &inputs,
                                                   const TokenRequest &requestTemplate)
{
    // The form's own problems are shown once, above the table; only the row's fields count here.
    BulkJob probe(nullptr, Clock::system());
    probe.setRequestTemplate(requestTemplate);
    QList<Row> rows;
    rows.reserve(inputs.size());
    for (const BulkRowInput &input : inputs) {
        Row row;
        row.input = input;
        const TokenRequest request = probe.requestFor(input);
        row.appSlug = request.normalizedAppSlug();
        const QList<FieldError> problems = request.validate();
        for (const FieldError &problem : problems) {
            if (isRowField(problem.field)) {
                row.problem = problem;
                break;
            }
        }
        row.state = row.problem ? State::Invalid : State::Ready;
        rows.append(std::move(row));
    }
    return rows;
}

QList<BulkRowsModel::Row> BulkRowsModel::readFile(const QString &path,
                                                  const TokenRequest &requestTemplate,
                                                  QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(shown, file.errorString());
        return {};
    }
    CsvRowSource source(&file);
    if (!source.open()) {
        *error = tr("%1: %2").arg(shown, source.errorString());
        return {};
    }
    QList<BulkRowInput> inputs;
    if (source.total() > 0)
        inputs.reserve(source.total());
    while (std::optional<BulkRowInput> input = source.next())
        inputs.append(std::move(*input));
    if (source.hasError()) {
        *error = tr("%1, line %2: %3").arg(shown).arg(source.line()).arg(source.errorString());
        return {};
    }
    error->clear();
    return checkRows(inputs, requestTemplate);
}

QString BulkRowsModel::wrappedToolTip(const QString &text)
{
    // Rich text, so the tool tip wraps at a readable width instead of running off the screen.
    if (text.isEmpty())
        return {};
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
}

QString BulkRowsModel::stateText(State state)
{
    switch (state) {
    case State::Ready:
        return tr("Ready");
    case State::Invalid:
        return tr("Will not be sent");
    case State::Queued:
        return tr("Waiting");
    case State::Created:
        return tr("Created");
    case State::Failed:
        return tr("Failed");
    case State::NotSent:
        return tr("Not sent");
    }
    return {};
}

QString BulkRowsModel::detail(const Row &row) const
{
    switch (row.state) {
    case State::Created:
        return row.link.toString(QUrl::FullyEncoded);
    case State::Failed:
    case State::NotSent:
        return row.error;
    case State::Invalid:
        return row.problem ? tokenFieldLabel(row.problem->field) + QLatin1String(": ")
                                 + row.problem->message
                           : row.error;
    case State::Ready:
    case State::Queued:
        break;
    }
    return {};
}

QIcon BulkRowsModel::icon(State state) const
{
    switch (state) {
    case State::Invalid:
    case State::Failed:
        return m_errorIcon;
    case State::NotSent:
        return m_warningIcon;
    case State::Created:
        return m_okIcon;
    case State::Ready:
    case State::Queued:
        break;
    }
    return {};
}

int BulkRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : size();
}

int BulkRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == StateRole)
        return QVariant::fromValue(row.state);
    if (role == LinkRole)
        return row.link;
    switch (index.column()) {
    case NumberColumn:
        if (role == Qt::DisplayRole)
            return QLocale().toString(index.row() + 1);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case UserColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return row.input.externalUserId;
        break;
    case AppColumn:
        if (role == Qt::DisplayRole)
            return row.appSlug.isEmpty() ? tr("(customer picks)") : row.appSlug;
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return stateText(row.state);
        if (role == Qt::DecorationRole)
            return icon(row.state);
        if (role == Qt::ToolTipRole)
            return wrappedToolTip(detail(row));
        break;
    case DetailColumn:
        if (role == Qt::DisplayRole)
            return detail(row);
        if (role == Qt::ToolTipRole)
            return wrappedToolTip(detail(row));
        break;
    default:
        break;
    }
    return {};
}

QVariant BulkRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Row");
    case UserColumn:
        return tr("External user ID");
    case AppColumn:
        return tr("App");
    case StatusColumn:
        return tr("Status");
    case DetailColumn:
        return tr("Connect Link or problem");
    default:
        return {};
    }
}

} // namespace ConnectDesk::Ui
