#pragma once

#include "api/tokenrequest.h"
#include "history/historystore.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class HistoryView;
}

class QAction;

namespace ConnectDesk {
class Clock;
}

namespace ConnectDesk::Ui {

class HistoryModel;

// Every generated link, newest first: search by external user or app, filter by state, copy a
// still-valid link (asking first for a sandbox or development one), issue a new link with the
// same fields, export what is shown as CSV; the same from a right-click menu. Once a minute it
// has the store forget links and tokens that expired.
class HistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryView)
public:
    HistoryView(HistoryStore *store, const Clock &clock, QWidget *parent = nullptr);
    ~HistoryView() override;

    HistoryModel *model() const { return m_model; }
    std::optional<HistoryEntry> selectedEntry() const;
    bool selectEntry(qint64 id); // false when it is not shown
    QString message() const;      // the message line (recovery, export outcome), may be empty

    static constexpr int purgeIntervalMs = 60 * 1000;

public slots:
    // True when copied now. A sandbox or development link asks first (copied once confirmed);
    // without a still-valid link, false and a message.
    bool copySelectedLink();
    void copySelectedUser();
    void issueAgain();
    void exportCsv(); // asks with FileDialog (tests: FileDialog::setNextFileName())
    bool exportCsvTo(const QString &path);
    void purgeNow();

signals:
    // The main window fills its form with this request ("Issue again").
    void issueAgainRequested(const ConnectDesk::HistoryEntry &entry);
    void statusMessage(const QString &text);

private:
    void addContextMenu();
    void confirmSandboxCopy(const HistoryEntry &entry, const std::function<void()> &copy);
    void updateActions();
    void showMessage(const QString &text);

    std::unique_ptr<::Ui::HistoryView> m_ui;
    HistoryStore *m_store;
    const Clock &m_clock;
    HistoryModel *m_model;
    QTimer m_purgeTimer;
    QAction *m_copyLinkAction = nullptr;
    QAction *m_copyUserAction = nullptr;
    QAction *m_issueAgainAction = nullptr;
    QAction *m_exportAction = nullptr;
    qint64 m_selectedBeforeReset = 0;
};

} // namespace ConnectDesk::Ui
