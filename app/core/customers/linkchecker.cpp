#include "customers/linkchecker.h"

#include "api/connectclient.h"
#include "base/clock.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ConnectDesk {

LinkChecker::LinkChecker(ConnectClient *client, const HistoryStore *history, const Clock &clock,
                         QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_history(history)
    , m_clock(clock)
{}

LinkChecker::~LinkChecker()
{
    abandonReply(m_reply, this);
}

void LinkChecker::check(const PastedLink &link)
{
    abandonReply(m_reply, this);
    m_link = link;
    m_check = {};
    m_entry = m_history ? m_history->findByToken(link.token) : std::nullopt;
    m_reply = m_client->validateToken(link.token, link.appSlug);
    connect(m_reply, &ApiReply::finished, this, &LinkChecker::onValidated);
}

void LinkChecker::cancel()
{
    abandonReply(m_reply, this);
}

void LinkChecker::onValidated()
{
    ApiReply *reply = takeFinishedReply(m_reply, this);
    if (!reply)
        return;
    m_check = TokenCheck::fromReply(reply->status(), reply->body(), reply->error());
    const LinkDiagnosis known = LinkDiagnosis::diagnose(m_link, m_check, m_entry, std::nullopt,
                                                        m_clock.now());
    if (m_check.state == TokenCheck::State::Failed || known.externalUserId.isEmpty()
        || known.projectId.isEmpty() || known.environment.isEmpty()) {
        finish(std::nullopt);
        return;
    }
    m_reply = m_client->listAccounts(known.projectId, known.environment, known.externalUserId, {}, 100);
    connect(m_reply, &ApiReply::finished, this, &LinkChecker::onAccounts);
}

void LinkChecker::onAccounts()
{
    ApiReply *reply = takeFinishedReply(m_reply, this);
    if (!reply)
        return;
    if (!reply->isOk()) {
        finish(std::nullopt); // the verdict stands on the token alone
        return;
    }
    QList<CustomerAccount> accounts;
    const QJsonArray data = reply->json().object().value(QLatin1String("data")).toArray();
    for (const QJsonValue &value : data) {
        if (auto account = CustomerAccount::fromJson(value.toObject()))
            accounts.append(*account);
    }
    finish(accounts);
}

void LinkChecker::finish(const std::optional<QList<CustomerAccount>> &accounts)
{
    emit finished(LinkDiagnosis::diagnose(m_link, m_check, m_entry, accounts, m_clock.now()));
}

} // namespace ConnectDesk
