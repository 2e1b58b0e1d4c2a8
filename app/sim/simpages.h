#pragma once

#include <QList>
#include <QString>

namespace ConnectDesk::Sim {

struct SimAccount;
struct SimApp;
struct SimConnectToken;
class SimState;

// The sandbox's stand-in for Pipedream's hosted Connect page. Every value is HTML-escaped.
namespace Pages {

QString connectPage(const SimConnectToken &token, const SimApp *app, const QString &projectName);
QString appPickerPage(const SimConnectToken &token,
                      const QList<SimApp> &apps,
                      const QString &projectName);
QString connectedPage(const SimAccount &account, const SimApp &app);
QString messagePage(const QString &heading, const QString &text);
// Every external user and account of both projects and environments, with forms that break or
// heal each account (POST /_sandbox/accounts/{id}/health as form data).
QString customersPage(const SimState &state);

} // namespace Pages
} // namespace ConnectDesk::Sim
