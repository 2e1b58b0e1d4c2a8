#pragma once

#include "api/apierror.h"
#include "widgets/uistyle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFrame>
#include <QTimer>

#include <optional>

class QLabel;
class QPushButton;
class QToolButton;

namespace ConnectDesk {
class Clock;
}

namespace ConnectDesk::Ui {

// How a failed call is shown: a one-line headline naming the kind of trouble with the HTTP
// status (or the transport failure), one sentence (the server's own words when it gave any,
// else ApiError::humanMessage()), and the action that helps, if there is one.
struct ErrorPresentation
{
    Q_DECLARE_TR_FUNCTIONS(ErrorPresentation)
public:
    enum class Category {
        None,
        WrongCredentials,
        RateLimited,
        ProjectNotFound,
        Offline,
        Timeout,
        Forbidden,
        Rejected,        // 400/422
        ServerProblem,   // 5xx
        UnexpectedAnswer,
        SecureConnection,
        Canceled,
        Other,
    };

    enum class Action { None, Retry, OpenCredentials };

    Category category = Category::None;
    Style::Tone tone = Style::Tone::Error;
    Action action = Action::None;
    QString title;   // "Wrong client ID or secret"
    QString status;  // "HTTP 401", "No connection"
    int httpStatus = 0;
    QString message; // one sentence: what happened (the server's words) or what to do
    std::optional<int> retryAfterSeconds;

    static ErrorPresentation describe(const ApiError &error);
    QString headline() const; // "Wrong client ID or secret (HTTP 401)"; the title alone without HTTP
    static QString actionText(Action action); // the button: "Retry", "Open Projects and …"
    // "You can try again in 12 s." / "You can try again now."
    static QString retryText(qint64 secondsLeft);
};

// The banner above the result for server and network errors (field errors stay next to their
// fields): a one-line headline, one sentence, and a button for the action that helps. A
// rate-limit answer with Retry-After counts down until another try makes sense.
class ErrorBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorBanner)
public:
    explicit ErrorBanner(const Clock &clock, QWidget *parent = nullptr);

    void showError(const ApiError &error);
    // A retry is scheduled: "Retrying in N s" with what went wrong.
    void showRetrying(int retryNumber, int delayMs, const ApiError &cause);
    void showInfo(const QString &title, const QString &message);
    void clear();

    const ErrorPresentation &presentation() const { return m_presentation; }
    QString title() const; // the headline as shown
    QString message() const;
    QString countdownText() const;
    QPushButton *actionButton() const { return m_action; }

public slots:
    void refreshCountdown(); // the 1 s tick; reads the clock

signals:
    void dismissed();
    void retryRequested();
    void credentialsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void present(const ErrorPresentation &presentation);
    void updateStyle();

    const Clock &m_clock;
    ErrorPresentation m_presentation;
    QDateTime m_countdownEnd;
    bool m_retryingMode = false;
    QTimer m_tick;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_message;
    QLabel *m_countdown;
    QPushButton *m_action;
    QToolButton *m_close;
};

} // namespace ConnectDesk::Ui
