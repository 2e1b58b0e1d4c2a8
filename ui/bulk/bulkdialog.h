#pragma once

#include "api/tokenrequest.h"
#include "bulk/bulkjob.h"
#include "bulk/bulkrowsmodel.h"
#include "history/historystore.h"

#include <QDialog>
#include <QTimer>

#include <memory>

namespace Ui {
class BulkDialog;
}

namespace ConnectDesk {
class Clock;
class ConnectClient;
} // namespace ConnectDesk

namespace ConnectDesk::Ui {

class BulkRowActions;

// Bulk in the window: open a CSV file (the format of `connectdesk token bulk`), preview its rows
// with the problems that keep a row from being sent, run it with the same BulkJob as the
// command line (progress, throughput, time left, pause, cancel), retry the rows that failed and
// save the results CSV. Every link made (and every failure) is also recorded in the history, so
// nothing is lost when the results are not saved. In development it checks the ten-user limit
// before sending anything.
// The window stays responsive whatever the number of rows: reading and checking the file and
// writing the results run on the thread pool, and results reach the table in batches, at most
// every updateIntervalMs.
class BulkDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkDialog)
public:
    enum class Phase { Empty, Loading, Loaded, Running, Paused, Stopping, Finished };
    Q_ENUM(Phase)

    static constexpr int updateIntervalMs = 100;

    BulkDialog(ConnectClient *client, const Clock &clock, QWidget *parent = nullptr);
    ~BulkDialog() override;

    // Every field but the external user ID (the form's current values); its app is the
    // default for rows without one. Rows already loaded are checked again (in the background).
    void setRequestTemplate(const TokenRequest &request);
    const TokenRequest &requestTemplate() const { return m_template; }
    QList<FieldError> templateProblems() const;
    // Where the links are recorded (null: nowhere) and under which profile and project.
    void setHistory(HistoryStore *store, const HistoryOrigin &origin);

    // Reads and checks the file in the background (Phase::Loading), then loaded() or
    // loadFailed(); a failed load keeps the rows and the state shown before (a finished run
    // stays finished: Run never re-runs it) and shows the error.
    void loadFile(const QString &path);
    QString errorString() const { return m_error; }
    QString message() const; // the line under the summary: an error or a confirmation
    QString filePath() const { return m_path; }

    // Writes the results CSV in the background, then resultsSaved() or saveFailed().
    void saveResults(const QString &path);
    bool isSaving() const { return m_saving; }
    bool hasUnsavedResults() const { return m_phase == Phase::Finished && !m_saved; }

    Phase phase() const { return m_phase; }
    bool isBusy() const; // a run is going on (running, paused or stopping)
    BulkRowsModel *model() const { return m_model; }
    BulkJob *job() const { return m_job.get(); } // the current or last run; null before one
    QList<BulkRowResult> results() const;        // in input order, finished rows only
    QString statsText() const;
    int failedCount() const; // rows that failed on the server or the network (retryable)
    BulkRowActions *rowActions() const { return m_rowActions; }

public slots:
    // Asks first when finished results are not saved, then for a file (FileDialog), then
    // loadFile().
    void openFile();
    void start(); // in development with more than ten users, asks first
    void retryFailed();
    void togglePause();
    void cancel();        // first: finish the calls in flight; while stopping: abort them
    void saveResultsAs(); // asks for a file name (FileDialog), then saveResults()
    void reject() override;

signals:
    void loaded(int rows);
    void loadFailed(const QString &error);
    void runFinished();
    void resultsSaved(const QString &path);
    void saveFailed(const QString &error);
    void statusMessage(const QString &text);

private:
    struct Prepared
    {
        QList<BulkRowsModel::Row> rows;
        QString error;
    };

    void chooseFile();
    void run(const QList<int> &rows);
    void record(const QList<BulkRowResult> &results);
    void prepare(const QString &path, const QList<BulkRowInput> &inputs);
    void onPrepared(const Prepared &prepared, const QString &path);
    void onRowFinished(const BulkRowResult &result);
    void onJobFinished();
    void flush();
    void setPhase(Phase phase);
    void updateControls();
    void updateRequestSummary();
    void updateSummary();
    void showError(const QString &message);
    void showNotice(const QString &message); // a confirmation, in the dialog and the status bar
    void showMessage(const QString &message, bool error);
    void clearMessage();

    std::unique_ptr<::Ui::BulkDialog> m_ui;
    ConnectClient *m_client;
    const Clock &m_clock;
    TokenRequest m_template;
    BulkRowsModel *m_model;
    BulkRowActions *m_rowActions = nullptr;
    HistoryStore *m_history = nullptr;
    HistoryOrigin m_origin;
    QList<int> m_jobRows; // the table row of each row the current job sends
    std::unique_ptr<BulkJob> m_job;
    QList<BulkRowResult> m_results; // by input index; index -1 = not finished
    QList<BulkRowResult> m_pending; // finished since the last flush
    QTimer m_flushTimer;
    Phase m_phase = Phase::Empty;
    Phase m_phaseBeforeLoading = Phase::Empty;
    int m_generation = 0; // the latest background check; older ones are dropped
    QString m_path;
    QString m_loadingPath;
    QString m_error;
    bool m_saved = false;
    bool m_saving = false;
    bool m_closeConfirmed = false;
};

} // namespace ConnectDesk::Ui
