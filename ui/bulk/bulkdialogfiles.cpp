// BulkDialog, its files: reading and checking a CSV in the background (a broken file leaves
// the dialog as it was), and saving the results. The run itself is in bulkdialog.cpp.
#include "bulk/bulkdialog.h"
#include "ui_bulkdialog.h"

#include "bulk/bulkdialogtext.h"
#include "bulk/bulkquestions.h"
#include "bulk/bulkresultcsv.h"
#include "bulk/bulkrowsmodel.h"
#include "bulk/csv.h"
#include "widgets/background.h"
#include "widgets/filedialog.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace ConnectDesk::Ui {

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
    if (m_phase != Phase::Loading)
        m_phaseBeforeLoading = m_phase;
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
        // The file is refused; what was shown before stays exactly as it was (a finished run
        // stays finished, so Run cannot send the previous file again).
        setPhase(m_phaseBeforeLoading);
        const int total = m_job ? int(m_jobRows.size()) : m_model->size();
        m_ui->progressBar->setRange(0, std::max(1, total));
        m_ui->progressBar->setValue(m_job ? m_job->done() : 0);
        updateSummary();
        showError(tr("Not opened: %1").arg(prepared.error));
        emit loadFailed(prepared.error);
        return;
    }
    if (!path.isEmpty()) {
        m_path = path;
        m_job.reset();
        m_jobRows.clear();
        m_results.clear();
        m_pending.clear();
        m_saved = false;
        m_ui->fileLabel->setText(QDir::toNativeSeparators(path));
        m_ui->statsLabel->clear();
    }
    clearMessage();
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
    if (hasUnsavedResults()) {
        BulkQuestions::askBeforeReplacingResults(this, m_history != nullptr,
                                                 [this] { chooseFile(); });
        return;
    }
    chooseFile();
}

void BulkDialog::chooseFile()
{
    const QString dir = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    FileDialog::getOpenFileName(this,
                                tr("Open CSV File"),
                                dir,
                                tr("CSV files (*.csv);;All files (*)"),
                                [this](const QString &path) { loadFile(path); });
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
            showNotice(tr("Results saved to %1.").arg(QDir::toNativeSeparators(path)));
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

} // namespace ConnectDesk::Ui
