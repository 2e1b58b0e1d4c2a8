#include "customers/customerdeletion.h"

#include "api/connectclient.h"

namespace ConnectDesk {

QString DeletionOutcome::message(const DeletionRequest &request) const
{
    const bool user = request.action == AuditEntry::Action::DeleteUser;
    const QString what = request.targetLabel.isEmpty() ? request.target : request.targetLabel;
    QString text;
    switch (result) {
    case AuditEntry::Result::Done:
        text = user ? tr("Deleted the external user %1 and their accounts.").arg(what)
                    : tr("Deleted the account %1.").arg(what);
        break;
    case AuditEntry::Result::AlreadyGone:
        text = user ? tr("The external user %1 was already gone: nothing to delete.").arg(what)
                    : tr("The account %1 was already gone: nothing to delete.").arg(what);
        break;
    case AuditEntry::Result::Unknown:
        text = tr("The answer to the deletion of %1 was lost (%2). It may have happened: refresh "
                  "to see before trying again.")
                   .arg(what, error.humanMessage());
        break;
    case AuditEntry::Result::Failed:
        text = tr("%1 was not deleted: %2").arg(what, error.humanMessage());
        break;
    }
    if (!auditError.isEmpty())
        text += QLatin1Char(' ') + auditError;
    return text;
}

CustomerDeletion::CustomerDeletion(ConnectClient *client, AuditLog log, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_log(std::move(log))
{}

CustomerDeletion::~CustomerDeletion()
{
    abandonReply(m_reply, this);
}

QString CustomerDeletion::refusal(const DeletionRequest &request)
{
    if (!request.allowDeletes)
        return deletesOffMessage(request.profileName);
    if (request.target.trimmed().isEmpty())
        return DeletionOutcome::tr("Nothing to delete: no ID was given.");
    return {};
}

QString CustomerDeletion::deletesOffMessage(const QString &profileName)
{
    return DeletionOutcome::tr("The profile \"%1\" does not allow deleting accounts or users.")
        .arg(profileName);
}

bool CustomerDeletion::start(const DeletionRequest &request)
{
    if (isRunning() || !refusal(request).isEmpty())
        return false;
    m_request = request;
    const ProjectScope &scope = request.scope;
    m_reply = request.action == AuditEntry::Action::DeleteUser
                  ? m_client->deleteUser(scope.projectId, scope.environment, request.target)
                  : m_client->deleteAccount(scope.projectId, scope.environment, request.target);
    connect(m_reply, &ApiReply::finished, this, &CustomerDeletion::onFinished);
    return true;
}

void CustomerDeletion::onFinished()
{
    ApiReply *reply = takeFinishedReply(m_reply, this);
    if (!reply)
        return;
    DeletionOutcome outcome;
    const ApiError &error = reply->error();
    outcome.error = error;
    if (!error.isError())
        outcome.result = AuditEntry::Result::Done;
    else if (error.kind == ApiError::Kind::Http && error.httpStatus == 404)
        outcome.result = AuditEntry::Result::AlreadyGone;
    else if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout
             || error.kind == ApiError::Kind::TooLarge)
        outcome.result = AuditEntry::Result::Unknown; // it may have reached the server
    else
        outcome.result = AuditEntry::Result::Failed;

    AuditEntry entry;
    entry.profile = m_request.profileName;
    entry.projectId = m_request.scope.projectId;
    entry.environment = m_request.scope.environment;
    entry.action = m_request.action;
    entry.target = m_request.target;
    entry.targetLabel = m_request.targetLabel;
    entry.result = outcome.result;
    entry.origin = m_request.origin;
    if (outcome.result == AuditEntry::Result::Failed || outcome.result == AuditEntry::Result::Unknown)
        entry.detail = error.humanMessage();
    m_log.append(entry, &outcome.auditError);
    emit finished(m_request, outcome);
}

} // namespace ConnectDesk
