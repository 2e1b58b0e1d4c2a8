#pragma once

#include "customers/linkdiagnosis.h"

#include <QObject>
#include <QPointer>

namespace ConnectDesk {

class ApiReply;
class Clock;
class ConnectClient;

// Troubleshoots one pasted link: asks the API about the token (GET /v1/connect/tokens/{ctok}/
// validate), looks it up in this machine's history and, when the customer is known, fetches
// their accounts; then finished() gives the diagnosis.
class LinkChecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkChecker)
public:
    // `history` may be null (no history on this machine).
    LinkChecker(ConnectClient *client, const HistoryStore *history, const Clock &clock,
                QObject *parent = nullptr);
    ~LinkChecker() override;

    void check(const PastedLink &link); // replaces a check in progress
    void cancel();
    bool isRunning() const { return !m_reply.isNull(); }

signals:
    void finished(const ConnectDesk::LinkDiagnosis &diagnosis);

private:
    void onValidated();
    void onAccounts();
    void finish(const std::optional<QList<CustomerAccount>> &accounts);

    ConnectClient *m_client;
    const HistoryStore *m_history;
    const Clock &m_clock;
    QPointer<ApiReply> m_reply;
    PastedLink m_link;
    TokenCheck m_check;
    std::optional<HistoryEntry> m_entry;
};

} // namespace ConnectDesk
