#include "bulk/bulkdialog.h"
#include "ui_bulkdialog.h"

#include "base/clock.h"
#include "bulk/bulkdialogtext.h"
#include "bulk/bulkquestions.h"
#include "bulk/bulkrowactions.h"
#include "bulk/bulkrowsmodel.h"
#include "bulk/developmentlimit.h"
#include "share/devlinkguard.h"
#include "widgets/background.h"
#include "widgets/uistyle.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSet>

namespace ConnectDesk::Ui {

BulkDialog::BulkDialog(ConnectClient *client, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::BulkDialog>())
    , m_client(client)
    , m_clock(clock)
    , m_model(new BulkRowsModel(this))
{
    m_ui->setupUi(this);
    m_ui->rowsView->setModel(m_model);
    QHeaderView *header = m_ui->rowsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->resizeSection(BulkRowsModel::NumberColumn, 60);
    header->resizeSection(BulkRowsModel::UserColumn, 220);
    header->resizeSection(BulkRowsModel::StatusColumn, 150);
    m_ui->rowsView->verticalHeader()->setVisible(false);
    // Fixed row heights: the view never measures thousands of rows.
    m_ui->rowsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->rowsView->setTextElideMode(Qt::ElideMiddle); // a link's start and token both show
    m_rowActions = new BulkRowActions(m_ui->rowsView, m_model);
    connect(m_rowActions, &BulkRowActions::statusMessage, this, &BulkDialog::showNotice);
    m_ui->startButton->setIcon(Style::icon(QStringLiteral("run"))); // visible on any button
    m_ui->retryButton->setIcon(Style::icon(QStringLiteral("refresh")));
    m_ui->messageLabel->hide();
    m_ui->cancelButton->setIcon(Style::icon(QStringLiteral("cancel")));
    m_ui->concurrencySpin->setRange(BulkJob::minConcurrency, BulkJob::maxConcurrency);
    m_ui->concurrencySpin->setValue(BulkJob::defaultConcurrency);
    m_ui->progressBar->setRange(0, 1);
    m_ui->progressBar->setValue(0);
    m_ui->fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette warning = m_ui->warningLabel->palette();
    warning.setColor(QPalette::WindowText, Style::accentText(Style::Tone::Warning, palette()));
    m_ui->warningLabel->setPalette(warning);

    m_flushTimer.setInterval(updateIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &BulkDialog::flush);
    connect(m_ui->openButton, &QPushButton::clicked, this, &BulkDialog::openFile);
    connect(m_ui->startButton, &QPushButton::clicked, this, &BulkDialog::start);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &BulkDialog::retryFailed);
    connect(m_ui->pauseButton, &QPushButton::clicked, this, &BulkDialog::togglePause);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &BulkDialog::cancel);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &BulkDialog::saveResultsAs);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &BulkDialog::reject);
    connect(m_ui->concurrencySpin, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_job)
            m_job->setConcurrency(value);
    });

    updateRequestSummary();
    updateControls();
    // The environment can be changed here, for this run only (review 23); the project is the
    // main window's, whose OAuth client makes the calls.
    m_ui->environmentCombo->addItem(tr("Production"), QStringLiteral("production"));
    m_ui->environmentCombo->addItem(tr("Development"), QStringLiteral("development"));
    connect(m_ui->environmentCombo, &QComboBox::activated, this, [this] {
        TokenRequest changed = m_template;
        changed.environment = m_ui->environmentCombo->currentData().toString();
        if (changed.environment != m_template.environment)
            setRequestTemplate(changed);
    });
}

BulkDialog::~BulkDialog() = default;

bool BulkDialog::isBusy() const
{
    return m_phase == Phase::Running || m_phase == Phase::Paused || m_phase == Phase::Stopping;
}

QList<FieldError> BulkDialog::templateProblems() const
{
    TokenRequest probe = m_template;
    probe.externalUserId = QStringLiteral("probe"); // rows bring their own
    QList<FieldError> problems = probe.validate();
    problems.removeIf(
        [](const FieldError &problem) { return problem.field == TokenField::ExternalUserId; });
    return problems;
}

void BulkDialog::setRequestTemplate(const TokenRequest &request)
{
    m_template = request;
    m_template.externalUserId.clear();
    const int environment = m_ui->environmentCombo->findData(
        DevLinkGuard::isDevelopment(m_template.environment) ? QStringLiteral("development")
                                                            : QStringLiteral("production"));
    m_ui->environmentCombo->setCurrentIndex(environment);
    updateRequestSummary();
    if (m_phase == Phase::Loading && !m_loadingPath.isEmpty()) {
        prepare(m_loadingPath, {}); // read again, checked against the new values
    } else if (m_phase == Phase::Loading || m_phase == Phase::Loaded) {
        QList<BulkRowInput> inputs;
        inputs.reserve(m_model->size());
        for (int i = 0; i < m_model->size(); ++i)
            inputs.append(m_model->row(i).input);
        prepare({}, inputs);
    }
    updateControls();
}

void BulkDialog::setHistory(HistoryStore *store, const HistoryOrigin &origin)
{
    m_history = store;
    m_origin = origin;
    m_origin.bulk = true;
}

void BulkDialog::updateRequestSummary()
{
    m_ui->requestLabel->setText(BulkDialogText::requestSummary(m_template));
    const QString warnings = BulkDialogText::warnings(m_template, templateProblems());
    m_ui->warningLabel->setText(warnings);
    m_ui->warningLabel->setVisible(!warnings.isEmpty());
}

void BulkDialog::start()
{
    if (m_phase != Phase::Loaded || m_model->size() == 0 || !templateProblems().isEmpty())
        return;
    QList<BulkRowInput> inputs;
    QList<int> rows;
    for (int i = 0; i < m_model->size(); ++i) {
        rows.append(i);
        inputs.append(m_model->row(i).input);
    }
    m_results = QList<BulkRowResult>(m_model->size());
    const int users = DevelopmentLimit::distinctUsers(inputs);
    const bool development = DevLinkGuard::isDevelopment(m_template.environment);
    if (!development || users <= DevelopmentLimit::maxUsers) {
        run(rows);
        return;
    }
    using Answer = BulkQuestions::UserLimitAnswer;
    BulkQuestions::askAboutUserLimit(
        this, users, DevelopmentLimit::maxUsers, [this, rows, inputs](Answer answer) {
            if (m_phase != Phase::Loaded)
                return;
            if (answer == Answer::UseProduction) {
                m_template.environment = QStringLiteral("production");
                updateRequestSummary();
                run(rows);
                return;
            }
            const QList<int> first = DevelopmentLimit::rowsOfFirstUsers(inputs);
            run(first);
            const QSet<int> sent(first.cbegin(), first.cend());
            QList<int> others;
            for (const int row : rows) {
                if (!sent.contains(row))
                    others.append(row);
            }
            const QString reason = tr("Not sent: development allows %1 external users.")
                                       .arg(DevelopmentLimit::maxUsers);
            m_model->markNotSent(others, reason);
            for (const int row : std::as_const(others)) {
                // In the saved results too, with the reason, so no customer silently goes missing.
                BulkRowResult result;
                result.index = row;
                result.input = m_model->row(row).input;
                result.appSlug = m_model->row(row).appSlug;
                result.error = ApiError::invalidInput(reason);
                result.fieldError = m_model->row(row).problem; // its own problem comes first
                m_results[row] = result;
            }
        });
}

void BulkDialog::retryFailed()
{
    if (m_phase != Phase::Finished || !templateProblems().isEmpty())
        return;
    QList<int> rows;
    for (int i = 0; i < m_model->size(); ++i) {
        if (m_model->row(i).state == BulkRowsModel::State::Failed)
            rows.append(i);
    }
    if (!rows.isEmpty())
        run(rows);
}

void BulkDialog::run(const QList<int> &rows)
{
    m_job = std::make_unique<BulkJob>(m_client, m_clock);
    m_job->setRequestTemplate(m_template);
    m_job->setConcurrency(m_ui->concurrencySpin->value());
    connect(m_job.get(), &BulkJob::rowFinished, this, [this](int, const BulkRowResult &result) {
        onRowFinished(result);
    });
    connect(m_job.get(), &BulkJob::finished, this, &BulkDialog::onJobFinished);
    connect(m_job.get(), &BulkJob::stateChanged, this, [this](BulkJob::State state) {
        if (state == BulkJob::State::Paused)
            setPhase(Phase::Paused);
        else if (state == BulkJob::State::Running)
            setPhase(Phase::Running);
        else if (state == BulkJob::State::Stopping)
            setPhase(Phase::Stopping);
    });

    QList<BulkRowInput> inputs;
    inputs.reserve(rows.size());
    for (const int row : rows)
        inputs.append(m_model->row(row).input);
    m_jobRows = rows;
    if (m_results.size() != m_model->size())
        m_results = QList<BulkRowResult>(m_model->size());
    m_pending.clear();
    m_saved = false;
    clearMessage();
    m_model->markQueued(rows);
    m_ui->progressBar->setRange(0, int(inputs.size()));
    m_ui->progressBar->setValue(0);
    m_job->start(inputs);
    setPhase(Phase::Running);
    m_flushTimer.start();
    flush();
}

void BulkDialog::togglePause()
{
    if (!m_job)
        return;
    if (m_job->state() == BulkJob::State::Running)
        m_job->pause();
    else if (m_job->state() == BulkJob::State::Paused)
        m_job->resume();
    flush();
}

void BulkDialog::cancel()
{
    if (!m_job || !isBusy())
        return;
    if (m_phase == Phase::Stopping)
        m_job->abort();
    else
        m_job->cancel();
    flush();
}

void BulkDialog::onRowFinished(const BulkRowResult &finished)
{
    // The job counts its own rows; the table and the results count the file's.
    BulkRowResult result = finished;
    result.index = m_jobRows.value(finished.index, -1);
    if (result.index >= 0 && result.index < m_results.size())
        m_results[result.index] = result;
    m_pending.append(result);
}

void BulkDialog::record(const QList<BulkRowResult> &results)
{
    if (!m_history || !m_job)
        return;
    const HistoryStore::ChangeBatch batch(m_history); // one reload of the history view
    for (const BulkRowResult &result : results) {
        const TokenRequest request = m_job->requestFor(result.input);
        if (result.isOk())
            m_history->recordCreated(request, *result.token, m_origin);
        else if (!result.fieldError && result.error.kind != ApiError::Kind::Canceled)
            m_history->recordFailed(request, result.error, m_origin);
    }
}

void BulkDialog::onJobFinished()
{
    m_flushTimer.stop();
    setPhase(Phase::Finished);
    flush();
    updateControls(); // "Retry failed rows" counts the rows flush() just marked
    const QLocale locale;
    QString message = tr("Done: %1 created, %2 failed.")
                          .arg(locale.toString(m_job->succeeded()),
                               locale.toString(m_job->failed()));
    if (const auto &fatal = m_job->fatalError())
        message = tr("Stopped: %1 Rows not yet sent were not sent.").arg(fatal->humanMessage());
    else if (m_job->wasCanceled())
        message = tr("Canceled: %1 created; rows not sent are marked \"Not sent\".")
                      .arg(locale.toString(m_job->succeeded()));
    emit statusMessage(message);
    emit runFinished();
}

void BulkDialog::flush()
{
    if (!m_pending.isEmpty()) {
        const QList<BulkRowResult> results = std::exchange(m_pending, {});
        record(results);
        m_model->applyResults(results);
    }
    if (!m_job)
        return;
    m_ui->progressBar->setValue(m_job->done());
    m_ui->statsLabel->setText(statsText());
    m_ui->statsLabel->setAccessibleDescription(statsText());
}

QString BulkDialog::statsText() const
{
    using Stage = BulkDialogText::Stage;
    if (!m_job)
        return {};
    const Stage stage = m_phase == Phase::Paused     ? Stage::Paused
                        : m_phase == Phase::Stopping ? Stage::Stopping
                        : m_phase == Phase::Finished ? Stage::Finished
                                                     : Stage::Running;
    return BulkDialogText::stats(*m_job, int(m_jobRows.size()), stage);
}

void BulkDialog::reject()
{
    if (m_closeConfirmed || (!isBusy() && !hasUnsavedResults())) {
        m_closeConfirmed = false;
        if (m_job && isBusy())
            m_job->abort();
        QDialog::reject();
        return;
    }
    BulkQuestions::askBeforeClosing(this, isBusy(), m_history != nullptr, [this] {
        m_closeConfirmed = true;
        reject();
    });
}

void BulkDialog::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    updateControls();
}

void BulkDialog::updateControls()
{
    const bool busy = isBusy();
    m_ui->openButton->setEnabled(!busy);
    m_ui->environmentCombo->setEnabled(!busy);
    m_ui->startButton->setEnabled(m_phase == Phase::Loaded && m_model->size() > 0
                                  && templateProblems().isEmpty());
    m_ui->concurrencySpin->setEnabled(m_phase != Phase::Stopping && m_phase != Phase::Finished);
    m_ui->pauseButton->setEnabled(m_phase == Phase::Running || m_phase == Phase::Paused);
    m_ui->pauseButton->setText(m_phase == Phase::Paused ? tr("&Resume") : tr("&Pause"));
    m_ui->pauseButton->setAccessibleName(m_phase == Phase::Paused ? tr("Resume") : tr("Pause"));
    m_ui->cancelButton->setEnabled(busy);
    m_ui->cancelButton->setText(m_phase == Phase::Stopping ? tr("S&top Now") : tr("&Cancel Run"));
    m_ui->saveButton->setEnabled(m_phase == Phase::Finished && !m_saving);
    m_ui->retryButton->setEnabled(m_phase == Phase::Finished && failedCount() > 0
                                  && templateProblems().isEmpty());
}

int BulkDialog::failedCount() const
{
    int failed = 0;
    for (int i = 0; i < m_model->size(); ++i)
        failed += m_model->row(i).state == BulkRowsModel::State::Failed ? 1 : 0;
    return failed;
}

QString BulkDialog::message() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

void BulkDialog::showError(const QString &message)
{
    showMessage(message, true);
    m_error = message;
}

void BulkDialog::showNotice(const QString &message)
{
    showMessage(message, false);
}

void BulkDialog::showMessage(const QString &message, bool error)
{
    m_error.clear();
    m_ui->messageLabel->setText(message);
    // A band in the error (or info) colour, with the words saying which: never plain text.
    m_ui->messageLabel->setStyleSheet(Style::bandStyleSheet(
        QStringLiteral("QLabel#messageLabel"), error ? Style::Tone::Error : Style::Tone::Info,
        palette()));
    m_ui->messageLabel->show();
    emit statusMessage(message);
}

void BulkDialog::clearMessage()
{
    m_error.clear();
    m_ui->messageLabel->clear();
    m_ui->messageLabel->hide();
}

} // namespace ConnectDesk::Ui
