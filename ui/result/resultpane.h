#pragma once

#include "api/tokenrequest.h"
#include "api/tokenresult.h"
#include "base/countdown.h"

#include <QLocale>
#include <QTimer>
#include <QWidget>

#include <memory>

class QPushButton;

namespace Ui {
class ResultPane;
}

namespace ConnectDesk {
class Clock;
}

namespace ConnectDesk::Ui {

// The created token and its Connect Link: local expiry time, a live countdown (Active, Soon,
// Expired, each with an icon and words), copy and open buttons, and for a dead link an offer
// to generate a new one with the same fields. A link that no longer matches the form, that the
// customer already used, or that is a development or sandbox link says so at the top, in its own
// colour; only a live link for the current form may be copied, opened or shared, and a
// development or sandbox link only after a question (DevLinkGuard).
class ResultPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultPane)
public:
    // Whether the shown result still belongs to what the form says.
    enum class Match {
        Current,     // same customer, app, project and environment
        FormChanged, // the form now names something else
        NewRequest,  // a new request is running
    };
    // What the top of the pane says, most important first.
    enum class Display { Empty, Active, Development, Sandbox, Soon, Expired, Used, Stale };
    Q_ENUM(Display)

    explicit ResultPane(const Clock &clock, QWidget *parent = nullptr);
    ~ResultPane() override;

    // Where the link was made: Pipedream, or the built-in simulator (never a real link).
    enum class Origin { Pipedream, Sandbox };

    void showResult(const TokenResult &result, const TokenRequest &request,
                    const QString &appName = {}, Origin origin = Origin::Pipedream);
    void clear();

    bool hasResult() const { return m_hasResult; }
    const TokenResult &result() const { return m_result; }
    const TokenRequest &request() const { return m_request; }
    QUrl connectLink() const; // with app=, empty without a result
    CountdownState countdownState() const { return m_state; }
    QString countdownText() const;
    QString accessibleCountdown() const { return m_accessibleCountdown; }
    QString externalUserId() const { return m_request.normalizedExternalUserId(); }
    bool isSandbox() const { return m_hasResult && m_origin == Origin::Sandbox; }

    void setMatch(Match match);
    Match match() const { return m_match; }
    // The customer connected with this link's token: it cannot be used again.
    void markUsed(const QString &appName, const QDateTime &connectedAt);
    bool isUsed() const { return m_usedAt.isValid(); }
    Display display() const;
    QString stateText() const;
    // Empty when the link may leave the window; else one sentence saying why not.
    QString shareBlockedReason() const;
    bool isShareable() const { return shareBlockedReason().isEmpty(); }

    // "Saturday, November 28, 2026, 4:00 PM CET": the expiry in the user's time zone.
    static QString formatExpiry(const QDateTime &utc, const QLocale &locale = QLocale());
    // The link as shown: break opportunities after "?", "&" and "/" so it wraps cleanly.
    static QString wrappableUrlText(const QString &url);
    // The pane's controls in keyboard order (link, its buttons, the token).
    QList<QWidget *> tabOrder() const;

public slots:
    void refreshCountdown(); // the 1 s tick; reads the injected clock
    bool copyConnectLink();  // false (and a status message) without a live link
    // The copy button and Ctrl+Shift+C: a development or sandbox link asks first.
    void requestCopyConnectLink();
    void copyToken();
    void openConnectLink();

signals:
    void regenerateRequested(const ConnectDesk::TokenRequest &request);
    void statusMessage(const QString &text);
    void shareabilityChanged(); // the display changed, and with it what may be shared

protected:
    void changeEvent(QEvent *event) override;

private:
    void showPage(QWidget *page); // the empty state or the result
    void applyDisplay(); // the top band, caption, buttons and link style for display()
    void flashButton(QPushButton *button, const QString &doneText);

    std::unique_ptr<::Ui::ResultPane> m_ui;
    const Clock &m_clock;
    TokenResult m_result;
    TokenRequest m_request;
    QString m_appName;
    bool m_hasResult = false;
    Origin m_origin = Origin::Pipedream;
    CountdownState m_state = CountdownState::Active;
    Match m_match = Match::Current;
    QString m_usedAppName;
    QDateTime m_usedAt;
    Display m_applied = Display::Empty;
    QString m_accessibleCountdown;
    QTimer m_tick;
};

} // namespace ConnectDesk::Ui
