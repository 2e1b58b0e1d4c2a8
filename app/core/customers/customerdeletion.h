#pragma once

#include "api/apierror.h"
#include "customers/auditlog.h"
#include "customers/customerlists.h"

#include <QObject>
#include <QPointer>

namespace ConnectDesk {

class ApiReply;
class ConnectClient;

// What is about to be deleted, by whom.
struct DeletionRequest
{
    AuditEntry::Action action = AuditEntry::Action::DeleteAccount;
    QString profileName;
    bool allowDeletes = true; // the profile's switch
    ProjectScope scope;
    QString target;      // account ID, or the external user ID
    QString targetLabel; // as the person saw it ("Slack: jane@example.com")
    QString origin;      // "window" or "cli", for the audit log
};

struct DeletionOutcome
{
    Q_DECLARE_TR_FUNCTIONS(DeletionOutcome)
public:
    AuditEntry::Result result = AuditEntry::Result::Failed;
    ApiError error;      // when it failed, or the answer was lost
    QString auditError;  // the audit log could not be written (the deletion itself happened)

    bool removed() const // gone now, whether by this call or before it
    {
        return result == AuditEntry::Result::Done || result == AuditEntry::Result::AlreadyGone;
    }
    QString message(const DeletionRequest &request) const; // one sentence for the user
};

// The confirmation rule: production deletions need the external user ID typed.
struct DeletionConfirmation
{
    static bool needsTypedId(const QString &environment)
    {
        return environment != QLatin1String("development");
    }
    static bool accepts(const QString &typed, const QString &externalUserId)
    {
        return typed.trimmed() == externalUserId.trimmed() && !externalUserId.trimmed().isEmpty();
    }
};

// Deletes one account or external user and writes the audit log entry. 404 means someone
// already deleted it (AlreadyGone); a DELETE whose answer was lost is never resent (Unknown:
// refresh to see).
class CustomerDeletion final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerDeletion)
public:
    CustomerDeletion(ConnectClient *client, AuditLog log, QObject *parent = nullptr);
    ~CustomerDeletion() override;

    // Empty when `request` may be sent; else why not (the profile forbids deletions).
    static QString refusal(const DeletionRequest &request);
    // Why nothing can be deleted with the profile `profileName` (allowDeletes off).
    static QString deletesOffMessage(const QString &profileName);
    // False, sending nothing, when refused or a deletion is on its way.
    bool start(const DeletionRequest &request);
    bool isRunning() const { return !m_reply.isNull(); }
    const AuditLog &auditLog() const { return m_log; }

signals:
    void finished(const ConnectDesk::DeletionRequest &request,
                  const ConnectDesk::DeletionOutcome &outcome);

private:
    void onFinished();

    ConnectClient *m_client;
    AuditLog m_log;
    QPointer<ApiReply> m_reply;
    DeletionRequest m_request;
};

} // namespace ConnectDesk
