#pragma once

#include "customers/customerscontext.h"

#include <QObject>

class QWidget;

namespace ConnectDesk {
class Clock;
class ConnectClient;
class HistoryStore;
class ProfileStore;
struct HistoryEntry;
}

namespace ConnectDesk::Ui {

class CustomersView;
class IssueAgain;
class MainWindow;
class ProjectSource;

// The Customers view as the main window's second mode (Ctrl+2): it follows the link form's
// project, environment and profile (whose allowDeletes switch it obeys), and its "New link"
// fills the form the way "Issue again" does, then switches back to it (Ctrl+1).
class CustomersMode final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomersMode)
public:
    struct Services
    {
        ConnectClient *client = nullptr;
        const Clock *clock = nullptr;
        const HistoryStore *history = nullptr;
        const ProfileStore *profiles = nullptr; // may be null: deletions allowed
        ProjectSource *projects = nullptr;
        QString auditLogPath; // empty: AuditLog::defaultPath()
    };

    CustomersMode(MainWindow *window, const Services &services);

    CustomersView *view(); // built on first use (the mode shown, or asked for here)
    int modeIndex() const { return m_index; }
    CustomersContext currentContext() const; // from the link form

public slots:
    void showCustomers();
    void newLink(const ConnectDesk::HistoryEntry &entry);

private:
    void updateContext();
    void showStatus(const QString &text);

    MainWindow *m_window;
    Services m_services;
    QWidget *m_page;                 // the mode's page; the view goes in it when built
    CustomersView *m_view = nullptr;
    IssueAgain *m_issueAgain;
    int m_index;
};

} // namespace ConnectDesk::Ui
