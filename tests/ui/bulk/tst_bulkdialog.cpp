#include "api/connectclient.h"
#include "api/tokenresult.h"
#include "base/clock.h"
#include "bulk/bulkdialog.h"
#include "bulk/bulkrowsmodel.h"
#include "bulk/csv.h"
#include "connectsimulator.h"
#include "fakeclock.h"
#include "simulatedapi.h"
#include "widgets/filedialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QTableView>
#include <QElapsedTimer>
#include <QFile>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace ConnectDesk;
using namespace ConnectDesk::Sim;
using namespace ConnectDesk::Ui;

// Bulk in the window, on the offscreen platform, against the simulator over loopback HTTP with a
// real ConnectClient: preview, run to 100 %, results file, cancel, pause and resume.
class TestBulkDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A fake clock (never advanced) makes the run's duration exactly zero where that matters.
    template<typename ClockType = SystemClock>
    struct FixtureOn : Testing::SimulatedApi<ClockType>
    {
        BulkDialog dialog{&this->client, this->clock};
        QAbstractItemModelTester tester{dialog.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest};

        FixtureOn()
        {
            QVERIFY(this->listening);
            this->useFastRetries(10000);
            dialog.setRequestTemplate(requestTemplate());
        }
        template<typename T = QPushButton>
        T *child(const char *name) const
        {
            return dialog.findChild<T *>(QLatin1String(name));
        }
        int tokenRequests() const { return this->sim.requestCount(QStringLiteral("/tokens")); }
        void slowReplies(int delayMs)
        {
            Fault slow;
            slow.kind = FaultKind::SlowReply;
            slow.pathContains = QStringLiteral("/tokens");
            slow.count = -1;
            slow.delayMs = delayMs;
            this->sim.injectFault(slow);
        }
    };
    using Fixture = FixtureOn<>;

    static TokenRequest requestTemplate()
    {
        TokenRequest r;
        r.projectId = SandboxCredentials::projectId();
        r.environment = QStringLiteral("production");
        r.appSlug = QStringLiteral("slack");
        r.expiresIn = QStringLiteral("3600");
        return r;
    }

    QString writeCsv(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(content);
        return path;
    }

    QString usersCsv(const QString &name, int count)
    {
        QByteArray csv = "external_user_id,app\n";
        for (int i = 0; i < count; ++i)
            csv += "user-" + QByteArray::number(i) + "@example.com," + (i % 3 == 1 ? "github" : "")
                   + "\n";
        return writeCsv(name, csv);
    }

    template<typename F>
    static bool load(F &f, const QString &path)
    {
        QSignalSpy loaded(&f.dialog, &BulkDialog::loaded);
        f.dialog.loadFile(path);
        return loaded.count() == 1 || loaded.wait(20000);
    }

    template<typename F>
    static bool save(F &f, const QString &path)
    {
        QSignalSpy saved(&f.dialog, &BulkDialog::resultsSaved);
        f.dialog.saveResults(path);
        return saved.count() == 1 || saved.wait(20000);
    }

    template<typename F>
    static bool run(F &f)
    {
        QSignalSpy finished(&f.dialog, &BulkDialog::runFinished);
        f.dialog.start();
        return finished.count() == 1 || finished.wait(30000);
    }

    template<typename T = QMessageBox, typename F>
    static T *openBox(F &f, const char *name)
    {
        T *box = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                box = f.dialog.template findChild<T *>(QLatin1String(name));
                return box && box->isVisible();
            },
            5000);
        return shown ? box : nullptr;
    }

    static QList<QStringList> readCsv(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return CsvReader::parse(file.readAll());
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init() { FileDialog::clearNextFileName(); }

    void previewMarksTheBadRows()
    {
        Fixture f;
        const QString path = writeCsv(QStringLiteral("preview.csv"),
                                      "name,external_user_id,app\n"
                                      "Jane,jane@example.com,\n"
                                      "Nobody,,github\n"
                                      "Carol,carol@example.com,not a slug!\n"
                                      "Bob,  bob@example.com ,GitHub\n");
        FileDialog::setNextFileName(path);
        QSignalSpy loaded(&f.dialog, &BulkDialog::loaded);
        QTest::mouseClick(f.child("openButton"), Qt::LeftButton);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.constFirst().constFirst().toInt(), 4);
        QCOMPARE(f.dialog.phase(), BulkDialog::Phase::Loaded);
        BulkRowsModel *model = f.dialog.model();
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->invalidCount(), 2);
        QCOMPARE(model->row(0).state, BulkRowsModel::State::Ready);
        QCOMPARE(model->row(0).appSlug, QStringLiteral("slack")); // the form's default app
        QCOMPARE(model->row(3).appSlug, QStringLiteral("github"));

        const QModelIndex bad = model->index(1, BulkRowsModel::StatusColumn);
        QCOMPARE(bad.data(BulkRowsModel::StateRole).value<BulkRowsModel::State>(),
                 BulkRowsModel::State::Invalid);
        QVERIFY(!bad.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(bad.data().toString(), BulkRowsModel::stateText(BulkRowsModel::State::Invalid));
        QVERIFY(model->index(1, BulkRowsModel::DetailColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("External user ID")));
        QVERIFY(model->index(2, BulkRowsModel::DetailColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("app slug")));
        QVERIFY(model->index(0, BulkRowsModel::StatusColumn)
                    .data(Qt::DecorationRole)
                    .value<QIcon>()
                    .isNull());
        QVERIFY2(f.child<QLabel>("summaryLabel")->text().contains(QLatin1String("2 with a problem")),
                 qPrintable(f.child<QLabel>("summaryLabel")->text()));
        QVERIFY(f.child("startButton")->isEnabled());

        // A form that cannot be sent: every row would fail, so Run waits for a fix.
        TokenRequest broken = requestTemplate();
        broken.projectId.clear();
        f.dialog.setRequestTemplate(broken);
        QTRY_COMPARE(f.dialog.phase(), BulkDialog::Phase::Loaded);
        QVERIFY(!f.child("startButton")->isEnabled());
        QVERIFY(f.child<QLabel>("warningLabel")->text().contains(QLatin1String("Fix the form")));
        QCOMPARE(model->invalidCount(), 2); // row problems are the rows' own

        TokenRequest development = requestTemplate();
        development.environment = QStringLiteral("development");
        f.dialog.setRequestTemplate(development);
        QTRY_COMPARE(f.dialog.phase(), BulkDialog::Phase::Loaded);
        QVERIFY(f.child("startButton")->isEnabled());
        QVERIFY(
            f.child<QLabel>("warningLabel")->text().contains(QLatin1String("10 external users")));

        QSignalSpy failed(&f.dialog, &BulkDialog::loadFailed);
        f.dialog.loadFile(writeCsv(QStringLiteral("noheader.csv"), "jane,slack\n"));
        QVERIFY(failed.wait(20000));
        QVERIFY(f.dialog.errorString().contains(QLatin1String("external_user_id")));
        QCOMPARE(model->rowCount(), 4); // the previous file stays
        QCOMPARE(f.dialog.phase(), BulkDialog::Phase::Loaded);
        QCOMPARE(f.dialog.filePath(), path);
    }

    // Review 23: the environment can be changed in the dialog, for this run only.
    void environmentCanBeChangedHere()
    {
        Fixture f;
        auto *combo = f.child<QComboBox>("environmentCombo");
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("production"));
        QVERIFY(!f.child<QLabel>("warningLabel")->text().contains(QLatin1String("10 external users")));
        f.dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.dialog));
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down); // to Development, as a user would
        QCOMPARE(f.dialog.requestTemplate().environment, QStringLiteral("development"));
        QVERIFY(f.child<QLabel>("warningLabel")->text().contains(QLatin1String("10 external users")));
        QVERIFY(f.child<QLabel>("requestLabel")->text().contains(QLatin1String("development"),
                                                                 Qt::CaseInsensitive));
        // The main window's template brings its own environment back.
        f.dialog.setRequestTemplate(requestTemplate());
        QCOMPARE(combo->currentData().toString(), QStringLiteral("production"));
        // Not while a run is going.
        QVERIFY(load(f, writeCsv(QStringLiteral("env.csv"), "external_user_id\na\nb\n")));
        f.slowReplies(2000);
        QTest::mouseClick(f.child("startButton"), Qt::LeftButton);
        QVERIFY(f.dialog.isBusy());
        QVERIFY(!combo->isEnabled());
        f.dialog.cancel();
    }

    void runsToTheEndAndSavesResults()
    {
        Fixture f;
        constexpr int good = 40;
        QByteArray csv = "external_user_id,app\n";
        for (int i = 0; i < good; ++i) {
            csv += "user-" + QByteArray::number(i) + "@example.com," + (i % 3 == 1 ? "github" : "")
                   + "\n";
            if (i == 7)
                csv += ",slack\n"; // the bad row, row 9
        }
        QVERIFY(load(f, writeCsv(QStringLiteral("run.csv"), csv)));
        const int rows = good + 1;
        QCOMPARE(f.dialog.model()->rowCount(), rows);
        QSignalSpy dataChanged(f.dialog.model(), &QAbstractItemModel::dataChanged);
        QSignalSpy finished(&f.dialog, &BulkDialog::runFinished);
        QElapsedTimer elapsed;
        elapsed.start();
        QTest::mouseClick(f.child("startButton"), Qt::LeftButton);
        QCOMPARE(f.dialog.phase(), BulkDialog::Phase::Running);
        QVERIFY(!f.child("openButton")->isEnabled());
        QVERIFY(!f.child("saveButton")->isEnabled());
        QVERIFY(finished.wait(30000));
        const qint64 ms = elapsed.elapsed();
        QCOMPARE(f.dialog.phase(), BulkDialog::Phase::Finished);

        auto *progress = f.child<QProgressBar>("progressBar");
        QCOMPARE(progress->maximum(), rows);
        QCOMPARE(progress->value(), progress->maximum());
        const QString stats = f.child<QLabel>("statsLabel")->text();
        QVERIFY2(stats.contains(QStringLiteral("%1 of %1 rows").arg(rows)), qPrintable(stats));
        QVERIFY2(stats.contains(QLatin1String("rows/s")), qPrintable(stats));
        QVERIFY2(stats.contains(QLatin1String("1 failed")), qPrintable(stats));
        QCOMPARE(f.tokenRequests(), good); // the bad row was never sent
        // Batched: one markQueued, then at most one update per tick (plus the final one).
        QVERIFY2(dataChanged.count() <= ms / 90 + 3,
                 qPrintable(QStringLiteral("%1 updates in %2 ms").arg(dataChanged.count()).arg(ms)));
        QCOMPARE(f.dialog.model()->row(0).state, BulkRowsModel::State::Created);
        QCOMPARE(f.dialog.model()->row(8).state, BulkRowsModel::State::Invalid);
        QVERIFY(f.dialog.hasUnsavedResults());

        // Closing now would lose the links: the dialog asks first.
        f.dialog.show();
        f.dialog.reject();
        auto *box = f.dialog.findChild<QMessageBox *>(QStringLiteral("bulkCloseBox"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        box->button(QMessageBox::Cancel)->click();
        QVERIFY(f.dialog.isVisible());

        const QString out = m_dir.filePath(QStringLiteral("run-links.csv"));
        FileDialog::setNextFileName(out);
        QVERIFY(f.child("saveButton")->isEnabled());
        QSignalSpy savedSpy(&f.dialog, &BulkDialog::resultsSaved);
        QTest::mouseClick(f.child("saveButton"), Qt::LeftButton);
        QVERIFY(savedSpy.wait(20000));
        QCOMPARE(savedSpy.constFirst().constFirst().toString(), out);
        QVERIFY(!f.dialog.hasUnsavedResults());
        f.dialog.reject(); // saved: closes without asking
        QVERIFY(!f.dialog.isVisible());
        const QList<QStringList> saved = readCsv(out);
        QCOMPARE(saved.size(), rows + 1);
        QCOMPARE(saved.at(0),
                 (QStringList{QStringLiteral("external_user_id"),
                              QStringLiteral("app"),
                              QStringLiteral("connect_link"),
                              QStringLiteral("expires_at"),
                              QStringLiteral("status"),
                              QStringLiteral("error")}));
        int input = 0;
        for (int line = 1; line <= rows; ++line) {
            const QStringList &row = saved.at(line);
            QCOMPARE(row.size(), 6);
            if (line == 9) {
                QCOMPARE(row.at(0), QString());
                QCOMPARE(row.at(1), QStringLiteral("slack"));
                QCOMPARE(row.at(4), QStringLiteral("error"));
                QVERIFY2(row.at(5).startsWith(QLatin1String("external_user_id: ")),
                         qPrintable(row.at(5)));
                QVERIFY(row.at(2).isEmpty());
                continue;
            }
            const QString app = input % 3 == 1 ? QStringLiteral("github") : QStringLiteral("slack");
            QCOMPARE(row.at(0), QStringLiteral("user-%1@example.com").arg(input));
            QCOMPARE(row.at(1), app);
            const QUrl link(row.at(2));
            QVERIFY(link.isValid());
            QVERIFY2(row.at(2).contains(QLatin1String("token=ctok_")), qPrintable(row.at(2)));
            QVERIFY(row.at(2).contains(QLatin1String("app=") + app));
            QVERIFY(TokenResult::parseTimestamp(row.at(3)));
            QCOMPARE(row.at(4), QStringLiteral("ok"));
            QCOMPARE(row.at(5), QString());
            ++input;
        }
    }

    void openingAnotherFileAsksBeforeLosingResults()
    {
        Fixture f;
        f.dialog.show();
        const QString first = usersCsv(QStringLiteral("first.csv"), 3);
        QVERIFY(load(f, first));
        QVERIFY(run(f));
        QVERIFY(f.dialog.hasUnsavedResults());
        const QString second = usersCsv(QStringLiteral("second.csv"), 5);
        FileDialog::setNextFileName(second);
        QTest::mouseClick(f.child("openButton"), Qt::LeftButton);
        QMessageBox *box = openBox(f, "bulkReplaceResultsBox");
        QVERIFY(box);
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        box->button(QMessageBox::Cancel)->click();
        QVERIFY(FileDialog::hasNextFileName()); // no file was even asked for
        QCOMPARE(f.dialog.filePath(), first);
        QCOMPARE(f.dialog.model()->row(0).state, BulkRowsModel::State::Created);

        QSignalSpy loaded(&f.dialog, &BulkDialog::loaded);
        QTest::mouseClick(f.child("openButton"), Qt::LeftButton);
        QVERIFY((box = openBox(f, "bulkReplaceResultsBox")));
        box->findChild<QPushButton *>(QStringLiteral("bulkOpenAnotherButton"))->click();
        QVERIFY(loaded.count() == 1 || loaded.wait(20000));
        QCOMPARE(f.dialog.filePath(), second);
        QCOMPARE(f.dialog.model()->rowCount(), 5);
    }

    void bulkLinksAreRecordedInHistory()
    {
        Fixture f;
        HistoryStore history(m_dir.filePath(QStringLiteral("bulk-history.sqlite")), f.clock);
        QSignalSpy changed(&history, &HistoryStore::changed);
        f.dialog.setHistory(&history, HistoryOrigin(QStringLiteral("Acme"), false));
        QVERIFY(load(f, writeCsv(QStringLiteral("history.csv"),
                                 "external_user_id,app\nann,\nbea,\n,slack\ncat,\n")));
        QVERIFY(run(f));
        const QList<HistoryEntry> entries = history.query();
        QCOMPARE(entries.size(), 3); // the invalid row was never sent, so it is not history
        for (const HistoryEntry &entry : entries) {
            QVERIFY(entry.bulk);
            QVERIFY(!entry.sandbox);
            QCOMPARE(entry.profileName, QStringLiteral("Acme"));
            QCOMPARE(entry.projectId, SandboxCredentials::projectId());
            QCOMPARE(entry.state, HistoryState::Active);
            QVERIFY(entry.link.contains(QLatin1String("token=ctok_")));
        }
        QVERIFY(changed.count() <= 3);
    }

    void brokenFileAfterARunKeepsTheFinishedRun()
    {
        Fixture f;
        f.dialog.show();
        const QString good = usersCsv(QStringLiteral("good.csv"), 3);
        QVERIFY(load(f, good));
        QVERIFY(run(f));
        QCOMPARE(f.tokenRequests(), 3);
        QVERIFY(!f.child("startButton")->isEnabled());

        QSignalSpy failed(&f.dialog, &BulkDialog::loadFailed);
        f.dialog.loadFile(writeCsv(QStringLiteral("broken.csv"),
                                   "external_user_id\n\"unclosed\nmore\n"));
        QVERIFY(failed.wait(20000));
        QCOMPARE(f.dialog.phase(), BulkDialog::Phase::Finished);
        QVERIFY(!f.child("startButton")->isEnabled()); // Run never sends the old file again
        auto *message = f.child<QLabel>("messageLabel");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().startsWith(QLatin1String("Not opened: "))
                     && message->text().contains(QLatin1String("broken.csv")),
                 qPrintable(message->text()));
        QVERIFY(!message->styleSheet().isEmpty()); // the error band, not ordinary text
        QCOMPARE(f.dialog.filePath(), good);
        QCOMPARE(f.dialog.model()->row(0).state, BulkRowsModel::State::Created);
        auto *progress = f.child<QProgressBar>("progressBar");
        QCOMPARE(progress->value(), progress->maximum());
        QVERIFY(f.dialog.hasUnsavedResults());
        f.dialog.start();
        QCOMPARE(f.tokenRequests(), 3);
    }

    void developmentChecksTheUserLimitFirst()
    {
        Fixture f;
        f.dialog.show();
        TokenRequest development = requestTemplate();
        development.environment = QStringLiteral("development");
        f.dialog.setRequestTemplate(development);
        QVERIFY(load(f, usersCsv(QStringLiteral("fifteen.csv"), 15)));
        QTest::mouseClick(f.child("startButton"), Qt::LeftButton);
        QMessageBox *box = openBox(f, "bulkUserLimitBox");
        QVERIFY(box);
        QVERIFY2(box->text().contains(QLatin1String("15"))
                     && box->text().contains(QLatin1String("10")),
                 qPrintable(box->text()));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QCOMPARE(f.tokenRequests(), 0); // nothing sent before the answer
        box->button(QMessageBox::Cancel)->click();
        QCOMPARE(f.dialog.phase(), BulkDialog::Phase::Loaded);
        QCOMPARE(f.tokenRequests(), 0);

        QSignalSpy finished(&f.dialog, &BulkDialog::runFinished);
        QTest::mouseClick(f.child("startButton"), Qt::LeftButton);
        QVERIFY((box = openBox(f, "bulkUserLimitBox")));
        box->findChild<QPushButton *>(QStringLiteral("bulkFirstUsersButton"))->click();
        QVERIFY(finished.wait(30000));
        QCOMPARE(f.tokenRequests(), 10);
        QCOMPARE(f.dialog.model()->row(9).state, BulkRowsModel::State::Created);
        QCOMPARE(f.dialog.model()->row(10).state, BulkRowsModel::State::NotSent);
        QVERIFY(f.dialog.model()->row(14).error.contains(QLatin1String("10 external users")));
        QCOMPARE(f.dialog.results().size(), 15); // the unsent rows are in the results file too
        QVERIFY2(f.child<QLabel>("statsLabel")->text().contains(QLatin1String("10 of 10 rows")),
                 qPrintable(f.child<QLabel>("statsLabel")->text()));
    }

    void developmentLimitCanSwitchToProduction()
    {
        Fixture f;
        f.dialog.show();
        TokenRequest development = requestTemplate();
        development.environment = QStringLiteral("development");
        f.dialog.setRequestTemplate(development);
        QVERIFY(load(f, usersCsv(QStringLiteral("twelve.csv"), 12)));
        QSignalSpy finished(&f.dialog, &BulkDialog::runFinished);
        f.dialog.start();
        QMessageBox *box = openBox(f, "bulkUserLimitBox");
        QVERIFY(box);
        box->findChild<QPushButton *>(QStringLiteral("bulkUseProductionButton"))->click();
        QVERIFY(finished.wait(30000));
        QCOMPARE(f.dialog.requestTemplate().environment, QStringLiteral("production"));
        QCOMPARE(f.tokenRequests(), 12);
        QCOMPARE(f.dialog.job()->failed(), 0);
        QVERIFY(f.child<QLabel>("requestLabel")->text().contains(QLatin1String("Production")));
    }

    void serverReasonIsQuotedAndFailedRowsCanBeRetried()
    {
        Fixture f;
        f.dialog.show();
        TokenRequest development = requestTemplate();
        development.environment = QStringLiteral("development");
        f.dialog.setRequestTemplate(development);
        QVERIFY(load(f, usersCsv(QStringLiteral("ten.csv"), 10)));
        QVERIFY(run(f)); // ten users: no question
        QCOMPARE(f.tokenRequests(), 10);
        f.dialog.saveResults(m_dir.filePath(QStringLiteral("ten-links.csv")));
        QTRY_VERIFY(!f.dialog.hasUnsavedResults());
        QVERIFY(load(f, writeCsv(QStringLiteral("two-more.csv"),
                                 "external_user_id\nnew-1\nnew-2\nuser-0@example.com\n")));
        QVERIFY(run(f));
        BulkRowsModel *model = f.dialog.model();
        QCOMPARE(model->row(0).state, BulkRowsModel::State::Failed);
        const QString error = model->index(0, BulkRowsModel::DetailColumn).data().toString();
        QVERIFY2(error.contains(QLatin1String("limited to 10 external users"))
                     && !error.contains(QLatin1String("may not have access")),
                 qPrintable(error));
        const QString tip = model->index(0, BulkRowsModel::DetailColumn).data(Qt::ToolTipRole)
                                .toString();
        QVERIFY2(tip.startsWith(QLatin1String("<p>")), qPrintable(tip)); // rich text wraps
        QCOMPARE(model->row(2).state, BulkRowsModel::State::Created);

        QCOMPARE(f.dialog.failedCount(), 2);
        auto *retry = f.child("retryButton");
        QVERIFY(retry->isEnabled());
        const int before = f.tokenRequests();
        QSignalSpy finished(&f.dialog, &BulkDialog::runFinished);
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(f.tokenRequests(), before + 2); // only the failed rows again
        QCOMPARE(model->row(2).state, BulkRowsModel::State::Created); // left alone
        QCOMPARE(f.dialog.results().size(), 3);
    }

    void copyMenuWordingAndSaveConfirmation()
    {
        FixtureOn<Testing::FakeClock> f;
        f.dialog.show();
        QVERIFY(load(f, usersCsv(QStringLiteral("copy.csv"), 3)));
        QVERIFY(run(f));
        QVERIFY2(f.child<QLabel>("statsLabel")->text().contains(
                     QLatin1String("took less than a second")),
                 qPrintable(f.child<QLabel>("statsLabel")->text()));
        QVERIFY(!f.child<QLabel>("concurrencyLabel")->text().contains(QLatin1String("flight")));
        QVERIFY(!f.child("startButton")->icon().isNull());

        auto *view = f.child<QTableView>("rowsView");
        QCOMPARE(view->contextMenuPolicy(), Qt::ActionsContextMenu);
        QAction *copy = nullptr;
        QAction *copyAll = nullptr;
        const QList<QAction *> actions = view->actions();
        for (QAction *action : actions) {
            if (action->objectName() == QLatin1String("bulkCopyLinksAction"))
                copy = action;
            if (action->objectName() == QLatin1String("bulkCopyAllLinksAction"))
                copyAll = action;
        }
        QVERIFY(copy && copyAll);
        QCOMPARE(copy->shortcut(), QKeySequence(QKeySequence::Copy));
        view->selectRow(1);
        QVERIFY(copy->isEnabled());
        copy->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 f.dialog.model()->row(1).link.toString(QUrl::FullyEncoded));
        QVERIFY2(f.dialog.message().contains(QLatin1String("user-1@example.com")),
                 qPrintable(f.dialog.message()));
        copyAll->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text().split(QLatin1Char('\n')).size(), 3);

        QVERIFY(save(f, m_dir.filePath(QStringLiteral("copy-links.csv"))));
        QVERIFY2(f.dialog.message().contains(QLatin1String("Results saved to")),
                 qPrintable(f.dialog.message()));
        QVERIFY(f.child<QLabel>("messageLabel")->isVisible());
    }

    void cancelMidRunStopsDispatch()
    {
        Fixture f;
        f.slowReplies(400);
        f.child<QSpinBox>("concurrencySpin")->setValue(2);
        QVERIFY(load(f, usersCsv(QStringLiteral("cancel.csv"), 20)));
        QSignalSpy finished(&f.dialog, &BulkDialog::runFinished);
        f.dialog.start();
        QTRY_COMPARE_WITH_TIMEOUT(f.tokenRequests(), 2, 10000);
        QTest::mouseClick(f.child("cancelButton"), Qt::LeftButton);
        QCOMPARE(f.dialog.phase(), BulkDialog::Phase::Stopping);
        QCOMPARE(f.child("cancelButton")->text().remove(QLatin1Char('&')),
                 QStringLiteral("Stop Now"));
        const int sent = f.dialog.job()->sent();
        QCOMPARE(sent, 2);
        QVERIFY(finished.wait(20000));
        QCOMPARE(f.dialog.phase(), BulkDialog::Phase::Finished);
        QCOMPARE(f.tokenRequests(), sent);
        QCOMPARE(f.dialog.job()->sent(), sent);
        QVERIFY(f.dialog.job()->wasCanceled());
        // The calls in flight finished normally; the rest were never sent.
        const QList<BulkRowResult> results = f.dialog.results();
        QCOMPARE(results.size(), 20);
        QCOMPARE(std::count_if(results.cbegin(),
                               results.cend(),
                               [](const BulkRowResult &r) { return r.isOk(); }),
                 sent);
        QCOMPARE(f.dialog.model()->row(19).state, BulkRowsModel::State::NotSent);
        auto *progress = f.child<QProgressBar>("progressBar");
        QCOMPARE(progress->value(), progress->maximum());

        const QString out = m_dir.filePath(QStringLiteral("cancel-links.csv"));
        QVERIFY(save(f, out));
        const QList<QStringList> saved = readCsv(out);
        QCOMPARE(saved.size(), 21);
        QCOMPARE(saved.at(20).at(4), QStringLiteral("error"));
    }

    void stopNowAbortsCallsInFlight()
    {
        Fixture f;
        f.slowReplies(5000);
        f.child<QSpinBox>("concurrencySpin")->setValue(3);
        QVERIFY(load(f, usersCsv(QStringLiteral("abort.csv"), 10)));
        QSignalSpy finished(&f.dialog, &BulkDialog::runFinished);
        f.dialog.start();
        QTRY_COMPARE_WITH_TIMEOUT(f.tokenRequests(), 3, 10000);
        f.dialog.cancel();
        f.dialog.cancel(); // "Stop Now"
        QVERIFY(finished.wait(5000));
        QCOMPARE(f.dialog.job()->succeeded(), 0);
        QCOMPARE(f.tokenRequests(), 3);
        QCOMPARE(f.dialog.model()->row(0).state, BulkRowsModel::State::NotSent);
    }

    void loadsInTheBackground()
    {
        Fixture f;
        const QString path = usersCsv(QStringLiteral("large.csv"), 20000);
        QSignalSpy loaded(&f.dialog, &BulkDialog::loaded);
        f.dialog.loadFile(path);
        // Nothing read yet: the file is read and checked on the thread pool.
        QCOMPARE(f.dialog.phase(), BulkDialog::Phase::Loading);
        QCOMPARE(f.dialog.model()->rowCount(), 0);
        QVERIFY(!f.child("startButton")->isEnabled());
        // New form values while reading: the file is checked against them, the stale read dropped.
        TokenRequest github = requestTemplate();
        github.appSlug = QStringLiteral("github");
        f.dialog.setRequestTemplate(github);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(f.dialog.model()->rowCount(), 20000);
        QCOMPARE(f.dialog.model()->row(0).appSlug, QStringLiteral("github"));
        QCOMPARE(f.dialog.phase(), BulkDialog::Phase::Loaded);
        QVERIFY(f.child("startButton")->isEnabled());

        QSignalSpy failed(&f.dialog, &BulkDialog::saveFailed);
        f.dialog.saveResults(m_dir.filePath(QStringLiteral("missing-dir/out.csv")));
        QVERIFY(failed.wait(20000));
    }

    void pauseAndResume()
    {
        Fixture f;
        f.slowReplies(200);
        f.child<QSpinBox>("concurrencySpin")->setValue(1);
        QVERIFY(load(f, usersCsv(QStringLiteral("pause.csv"), 5)));
        QSignalSpy finished(&f.dialog, &BulkDialog::runFinished);
        f.dialog.start();
        QTRY_COMPARE_WITH_TIMEOUT(f.tokenRequests(), 1, 10000);
        QTest::mouseClick(f.child("pauseButton"), Qt::LeftButton);
        QCOMPARE(f.dialog.phase(), BulkDialog::Phase::Paused);
        QCOMPARE(f.child("pauseButton")->text().remove(QLatin1Char('&')), QStringLiteral("Resume"));
        // The call in flight finishes; nothing new is sent while paused.
        QTRY_COMPARE_WITH_TIMEOUT(f.dialog.job()->inFlight(), 0, 10000);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(f.dialog.job()->sent(), 1);
        QCOMPARE(f.dialog.job()->done(), 1);
        QTRY_VERIFY(f.child<QLabel>("statsLabel")->text().contains(QLatin1String("paused")));
        QCOMPARE(f.tokenRequests(), 1);
        QVERIFY(!finished.count());

        QTest::mouseClick(f.child("pauseButton"), Qt::LeftButton);
        QCOMPARE(f.dialog.phase(), BulkDialog::Phase::Running);
        QVERIFY(finished.wait(20000));
        QCOMPARE(f.dialog.job()->succeeded(), 5);
        QCOMPARE(f.tokenRequests(), 5);
    }
};

QTEST_MAIN(TestBulkDialog)
#include "tst_bulkdialog.moc"
