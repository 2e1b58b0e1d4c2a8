#pragma once

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace ConnectDesk::Ui {

// The questions the bulk window asks before it acts. Each is a window-modal box opened with
// open(), never a nested event loop; the answer arrives through a callback, and only when the
// user agreed (Cancel, the default, does nothing).
class BulkQuestions final
{
    Q_DECLARE_TR_FUNCTIONS(BulkQuestions)
public:
    // Before closing during a run, or with finished results that were not saved.
    static void askBeforeClosing(QWidget *parent, bool running, bool keptInHistory,
                                 const std::function<void()> &close);
    // Before another file replaces finished results that were not saved.
    static void askBeforeReplacingResults(QWidget *parent, bool keptInHistory,
                                          const std::function<void()> &replace);

    enum class UserLimitAnswer { UseProduction, FirstUsersOnly };
    // Before a development run with more distinct users than development allows.
    static void askAboutUserLimit(QWidget *parent, int users, int limit,
                                  const std::function<void(UserLimitAnswer)> &answer);
};

} // namespace ConnectDesk::Ui
