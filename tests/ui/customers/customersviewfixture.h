#pragma once

// What the Customers view's widget tests start from: the simulator with a signed-in client on a
// fake clock, a history and an audit log in a temporary folder, and the view shown.
#include "customers/auditlog.h"
#include "customers/customersview.h"
#include "fakeclock.h"
#include "history/historystore.h"
#include "simulatedapi.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace ConnectDesk::Testing {

struct CustomersViewFixture
{
    using Api = SimulatedApi<FakeClock>;

    std::unique_ptr<Api> api;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<HistoryStore> history;
    std::unique_ptr<Ui::CustomersView> view;
    QString auditPath;

    // False when the simulator could not listen or the view was never exposed.
    bool start()
    {
        api = std::make_unique<Api>();
        if (!api->listening)
            return false;
        api->useFastRetries(3000, 0);
        dir = std::make_unique<QTemporaryDir>();
        history = std::make_unique<HistoryStore>(dir->filePath(QStringLiteral("history.sqlite")),
                                                 api->clock);
        auditPath = dir->filePath(QStringLiteral("audit.jsonl"));
        view = std::make_unique<Ui::CustomersView>(&api->client, history.get(), api->clock,
                                                   AuditLog(auditPath));
        view->resize(1000, 640);
        view->show();
        return QTest::qWaitForWindowExposed(view.get());
    }

    void stop() // dialogs opened by the view close with it
    {
        view.reset();
        history.reset();
        api.reset();
        dir.reset();
    }

    void setScope(const QString &environment, bool allowDeletes = true)
    {
        Ui::CustomersContext context;
        context.scope = {Sim::SandboxCredentials::projectId(), environment};
        context.profileName = QStringLiteral("Support");
        context.allowDeletes = allowDeletes;
        view->setContext(context);
        view->activate();
    }

    TokenResult makeLink(const QString &user, const QString &environment = QStringLiteral("production"),
                         const QString &app = QStringLiteral("slack"))
    {
        TokenRequest request;
        request.projectId = Sim::SandboxCredentials::projectId();
        request.environment = environment;
        request.externalUserId = user;
        request.appSlug = app;
        std::unique_ptr<ApiReply> reply(api->client.createToken(request));
        QSignalSpy finished(reply.get(), &ApiReply::finished);
        if (!reply->isFinished() && !finished.wait(10000))
            return {};
        return reply->tokenResult().value_or(TokenResult{});
    }

    template<typename T = QPushButton>
    T *child(const QString &name) const
    {
        T *widget = view->findChild<T *>(name);
        if (!widget)
            qWarning("no child %s", qPrintable(name));
        return widget;
    }
};

} // namespace ConnectDesk::Testing
