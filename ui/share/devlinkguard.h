#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace ConnectDesk::Ui {

// Sharing a development link with a customer does not work (at most 10 external users, and
// the person connecting must be signed in to pipedream.com in the same browser), so every way
// of sharing one (copy, copy as message, email, QR code) asks first. "Don't ask again this
// session" lasts until the program ends. A link of the built-in sandbox (a simulator in this
// app) is not real at all: sharing it asks the same way, with its own question.
//
// The question is a window-modal box opened with open(), never a nested event loop, so the
// answer arrives through a callback.
class DevLinkGuard final
{
    Q_DECLARE_TR_FUNCTIONS(DevLinkGuard)
public:
    enum class Answer { Share, DontShare };
    // What kind of link is about to leave the window; the sandbox wins over development.
    enum class LinkKind { Live, Development, Sandbox };

    static bool isDevelopment(const QString &environment);
    static LinkKind kindOf(const QString &environment, bool sandbox = false);
    // True for a development link while "Don't ask again" has not been ticked.
    static bool needsConfirmation(const QString &environment);
    // The same for any kind ("Don't ask again" counts for that kind only).
    static bool needsConfirmation(LinkKind kind);

    // Calls `share` at once when no question is needed; otherwise asks and calls it only if
    // the user chooses "Share anyway" (and never once `parent` is gone). Returns true when
    // `share` already ran.
    static bool confirmShare(QWidget *parent,
                             const QString &environment,
                             std::function<void()> share);
    static bool confirmShare(QWidget *parent, LinkKind kind, std::function<void()> share);

    static QString question(LinkKind kind = LinkKind::Development);    // "Share a development link?"
    static QString explanation(LinkKind kind = LinkKind::Development); // why not for a customer
    // One line for tooltips and status messages; empty for a live link.
    static QString warning(LinkKind kind);

    // Test seams (as KeePassXC's MessageBox::setNextAnswer): the next question is answered
    // with `answer` without showing a box.
    static void setNextAnswer(Answer answer, bool dontAskAgain = false);
    static bool hasNextAnswer();
    static void clearNextAnswer();
    static int questionsAsked(); // questions asked so far (seam answers included)
    static void resetSession();  // forget "Don't ask again" and the count
};

} // namespace ConnectDesk::Ui
