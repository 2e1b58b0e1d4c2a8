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
// to generate a new one with the same fields.
class ResultPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultPane)
public:
    explicit ResultPane(const Clock &clock, QWidget *parent = nullptr);
    ~ResultPane() override;

    void showResult(const TokenResult &result, const TokenRequest &request,
                    const QString &appName = {});
    void clear();

    bool hasResult() const { return m_hasResult; }
    const TokenResult &result() const { return m_result; }
    const TokenRequest &request() const { return m_request; }
    QUrl connectLink() const; // with app=, empty without a result
    CountdownState countdownState() const { return m_state; }
    QString countdownText() const;
    QString accessibleCountdown() const { return m_accessibleCountdown; }

    // "Saturday, November 28, 2026, 4:00 PM CET": the expiry in the user's time zone.
    static QString formatExpiry(const QDateTime &utc, const QLocale &locale = QLocale());
    // The link as shown: break opportunities after "?", "&" and "/" so it wraps cleanly.
    static QString wrappableUrlText(const QString &url);

public slots:
    void refreshCountdown(); // the 1 s tick; reads the injected clock
    bool copyConnectLink();  // false (and a status message) without a live link
    void copyToken();
    void openConnectLink();

signals:
    void regenerateRequested(const ConnectDesk::TokenRequest &request);
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showPage(QWidget *page); // the empty state or the result
    void applyState(CountdownState state);
    void flashButton(QPushButton *button, const QString &doneText);

    std::unique_ptr<::Ui::ResultPane> m_ui;
    const Clock &m_clock;
    TokenResult m_result;
    TokenRequest m_request;
    QString m_appName;
    bool m_hasResult = false;
    CountdownState m_state = CountdownState::Active;
    bool m_stateApplied = false;
    QString m_accessibleCountdown;
    QTimer m_tick;
};

} // namespace ConnectDesk::Ui
