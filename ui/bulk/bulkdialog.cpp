#include "bulk/bulkdialog.h"
#include "ui_bulkdialog.h"

#include "base/clock.h"
#include "base/countdown.h"
#include "bulk/bulkresultcsv.h"
#include "bulk/bulkrowsmodel.h"
#include "bulk/csv.h"
#include "share/devlinkguard.h"
#include "widgets/background.h"
#include "widgets/filedialog.h"
#include "widgets/uistyle.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>

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
    m_ui->startButton->setIcon(Style::icon(QStringLiteral("generate")));
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

void BulkDialog::updateRequestSummary()
{
    QStringList parts{m_template.projectId.trimmed().isEmpty() ? tr("no project")
                                                               : m_template.projectId.trimmed(),
                      DevLinkGuard::isDevelopment(m_template.environment)
                          ? tr("development", "environment")
                          : tr("production", "environment")};
    const QString app = m_template.normalizedAppSlug();
    parts.append(app.isEmpty() ? tr("rows without an app: the customer picks one")
                               : tr("rows without an app: %1").arg(app));
    if (!m_template.expiresIn.trimmed().isEmpty())
        parts.append(tr("expires in %1 s").arg(m_template.expiresIn.trimmed()));
    m_ui->requestLabel->setText(tr("For every row: %1").arg(parts.join(QStringLiteral(" · "))));

    QStringList warnings;
    for (const FieldError &problem : templateProblems())
        warnings.append(tr("%1: %2").arg(tokenFieldLabel(problem.field), problem.message));
    if (!warnings.isEmpty())
        warnings.prepend(tr("Fix the form before running:"));
    if (DevLinkGuard::isDevelopment(m_template.environment))
        warnings.append(tr("Development: at most 10 external users, and the links only work for "
                           "people signed in to pipedream.com. Use production for customers."));
    m_ui->warningLabel->setText(warnings.join(QLatin1Char('\n')));
    m_ui->warningLabel->setVisible(!warnings.isEmpty());
}

void BulkDialog::loadFile(const QString &path)
{
    if (isBusy()) {
        showError(tr("Wait for the run to finish before opening another file."));
        emit loadFailed(m_error);
        return;
    }
    prepare(path, {});
}

void BulkDialog::prepare(const QString &path, const QList<BulkRowInput> &inputs)
{
    const int generation = ++m_generation;
    m_loadingPath = path;
    setPhase(Phase::Loading);
    m_ui->summaryLabel->setText(path.isEmpty()
                                    ? tr("Checking the rows…")
                                    : tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    m_ui->progressBar->setRange(0, 0); // busy
    const TokenRequest requestTemplate = m_template;
    const auto work = [path, inputs, requestTemplate]() -> Prepared {
        if (path.isEmpty())
            return {BulkRowsModel::checkRows(inputs, requestTemplate), {}};
        Prepared prepared;
        prepared.rows = BulkRowsModel::readFile(path, requestTemplate, &prepared.error);
        return prepared;
    };
    runInBackground<Prepared>(this, work, [this, generation, path](const Prepared &prepared) {
        if (generation == m_generation)
            onPrepared(prepared, path);
    });
}

void BulkDialog::onPrepared(const Prepared &prepared, const QString &path)
{
    m_loadingPath.clear();
    if (!prepared.error.isEmpty()) {
        setPhase(m_model->size() > 0 ? Phase::Loaded : Phase::Empty);
        m_ui->progressBar->setRange(0, std::max(1, m_model->size()));
        m_ui->progressBar->setValue(0);
        updateSummary();
        showError(prepared.error);
        emit loadFailed(prepared.error);
        return;
    }
    if (!path.isEmpty()) {
        m_path = path;
        m_job.reset();
        m_results.clear();
        m_pending.clear();
        m_saved = false;
        m_ui->fileLabel->setText(QDir::toNativeSeparators(path));
        m_ui->statsLabel->clear();
    }
    m_error.clear();
    m_model->setRows(prepared.rows);
    m_ui->progressBar->setRange(0, std::max(1, m_model->size()));
    m_ui->progressBar->setValue(0);
    updateSummary();
    setPhase(m_model->size() > 0 ? Phase::Loaded : Phase::Empty);
    emit loaded(m_model->size());
}

void BulkDialog::updateSummary()
{
    const int invalid = m_model->invalidCount();
    QString summary = tr("%n row(s)", nullptr, m_model->size());
    if (invalid > 0)
        summary += tr("; %n with a problem, marked below: it will not be sent and is reported "
                      "as an error in the results.",
                      nullptr,
                      invalid);
    m_ui->summaryLabel->setText(m_model->size() > 0 || !m_path.isEmpty() ? summary : QString());
}

void BulkDialog::openFile()
{
    const QString dir = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    FileDialog::getOpenFileName(this,
                                tr("Open CSV File"),
                                dir,
                                tr("CSV files (*.csv);;All files (*)"),
                                [this](const QString &path) { loadFile(path); });
}

void BulkDialog::start()
{
    if (m_phase != Phase::Loaded || m_model->size() == 0 || !templateProblems().isEmpty())
        return;
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
    inputs.reserve(m_model->size());
    for (int i = 0; i < m_model->size(); ++i)
        inputs.append(m_model->row(i).input);
    m_results = QList<BulkRowResult>(inputs.size());
    m_pending.clear();
    m_saved = false;
    m_model->markQueued();
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

void BulkDialog::onRowFinished(const BulkRowResult &result)
{
    if (result.index >= 0 && result.index < m_results.size())
        m_results[result.index] = result;
    m_pending.append(result);
}

void BulkDialog::onJobFinished()
{
    m_flushTimer.stop();
    setPhase(Phase::Finished);
    flush();
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
    if (!m_pending.isEmpty())
        m_model->applyResults(std::exchange(m_pending, {}));
    if (!m_job)
        return;
    m_ui->progressBar->setValue(m_job->done());
    m_ui->statsLabel->setText(statsText());
    m_ui->statsLabel->setAccessibleDescription(statsText());
}

QString BulkDialog::statsText() const
{
    if (!m_job)
        return {};
    const QLocale locale;
    QStringList parts{
        tr("%1 of %Ln rows", nullptr, m_model->size()).arg(locale.toString(m_job->done()))};
    if (m_job->failed() > 0)
        parts.append(tr("%1 failed").arg(locale.toString(m_job->failed())));
    parts.append(tr("%1 rows/s").arg(locale.toString(m_job->rowsPerSecond(), 'f', 1)));
    if (m_phase == Phase::Running || m_phase == Phase::Paused) {
        if (const auto eta = m_job->etaSeconds(); eta && m_job->done() > 0)
            parts.append(tr("about %1 left").arg(Countdown::duration(*eta)));
    } else if (m_phase == Phase::Finished) {
        parts.append(tr("took %1").arg(Countdown::duration(m_job->elapsedMs() / 1000)));
    }
    QString text = parts.join(QStringLiteral(" · "));
    if (m_phase == Phase::Paused)
        text += tr(" (paused: calls already sent still finish)");
    else if (m_phase == Phase::Stopping)
        text += tr(" (stopping: waiting for the calls already sent)");
    else if (m_job->isThrottled())
        text += tr(" (rate limited: waiting)");
    return text;
}

QList<BulkRowResult> BulkDialog::results() const
{
    QList<BulkRowResult> finished;
    for (const BulkRowResult &result : m_results) {
        if (result.index >= 0)
            finished.append(result);
    }
    return finished;
}

void BulkDialog::saveResults(const QString &path)
{
    if (m_saving)
        return;
    m_saving = true;
    updateControls();
    const QList<BulkRowResult> results = m_results; // shared, read-only from here on
    const auto work = [path, results]() -> QString {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        CsvWriter writer(&file);
        writer.writeRow(BulkResultCsv::header());
        for (const BulkRowResult &result : results) {
            if (result.index >= 0)
                writer.writeRow(BulkResultCsv::row(result));
        }
        if (writer.hasError() || !file.commit())
            return tr("Writing %1 failed: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    };
    runInBackground<QString>(this, work, [this, path](const QString &error) {
        m_saving = false;
        if (error.isEmpty()) {
            m_saved = true;
            m_error.clear();
            emit statusMessage(tr("Results saved to %1.").arg(QDir::toNativeSeparators(path)));
            emit resultsSaved(path);
        } else {
            showError(error);
            emit saveFailed(error);
        }
        updateControls();
    });
}

void BulkDialog::saveResultsAs()
{
    if (m_phase != Phase::Finished)
        return;
    const QFileInfo input(m_path);
    const QString suggested = input.absoluteDir().filePath(input.completeBaseName()
                                                           + QStringLiteral("-links.csv"));
    FileDialog::getSaveFileName(this,
                                tr("Save Results"),
                                suggested,
                                tr("CSV files (*.csv)"),
                                QStringLiteral("csv"),
                                [this](const QString &path) { saveResults(path); });
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
    auto *box = new QMessageBox(QMessageBox::Question,
                                windowTitle(),
                                isBusy() ? tr("Stop the run and close?")
                                         : tr("Close without saving the results?"),
                                QMessageBox::Cancel,
                                this);
    box->setObjectName(QStringLiteral("bulkCloseBox"));
    box->setInformativeText(tr("The Connect Links created in this run are not kept anywhere "
                               "else. Save the results first to send them to your customers."));
    QPushButton *discard = box->addButton(isBusy() ? tr("Stop and Close")
                                                   : tr("Close Without Saving"),
                                          QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, discard] {
        if (box->clickedButton() != discard)
            return;
        m_closeConfirmed = true;
        reject();
    });
    box->open();
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
    m_ui->startButton->setEnabled(m_phase == Phase::Loaded && m_model->size() > 0
                                  && templateProblems().isEmpty());
    m_ui->concurrencySpin->setEnabled(m_phase != Phase::Stopping && m_phase != Phase::Finished);
    m_ui->pauseButton->setEnabled(m_phase == Phase::Running || m_phase == Phase::Paused);
    m_ui->pauseButton->setText(m_phase == Phase::Paused ? tr("&Resume") : tr("&Pause"));
    m_ui->pauseButton->setAccessibleName(m_phase == Phase::Paused ? tr("Resume") : tr("Pause"));
    m_ui->cancelButton->setEnabled(busy);
    m_ui->cancelButton->setText(m_phase == Phase::Stopping ? tr("S&top Now") : tr("&Cancel Run"));
    m_ui->saveButton->setEnabled(m_phase == Phase::Finished && !m_saving);
}

void BulkDialog::showError(const QString &message)
{
    m_error = message;
    m_ui->summaryLabel->setText(message);
    emit statusMessage(message);
}

} // namespace ConnectDesk::Ui
