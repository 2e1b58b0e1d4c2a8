#pragma once

#include "customers/linkdiagnosis.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ConnectDesk {
class Clock;
class ConnectClient;
class HistoryStore;
class LinkChecker;
}

namespace ConnectDesk::Ui {

// "Check a link": a pasted Connect Link or ctok_ token is checked with the API, found in this
// machine's history and compared with the customer's accounts; then one sentence says what is
// wrong and what to do. "Copy diagnosis" puts a block for a support ticket on the clipboard
// (no secrets); "New link" is offered when a new link is the cure.
class LinkTroubleshooter final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkTroubleshooter)
public:
    LinkTroubleshooter(ConnectClient *client, const HistoryStore *history, const Clock &clock,
                       QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    bool isChecking() const;
    const std::optional<LinkDiagnosis> &diagnosis() const { return m_diagnosis; }
    QString sentence() const; // what is shown, or why the text is not a link

public slots:
    void check();          // the field's text
    void copyDiagnosis();
    void focusField();

signals:
    // "New link": the diagnosis names the customer (and the history entry when known).
    void newLinkRequested(const ConnectDesk::LinkDiagnosis &diagnosis);
    void statusMessage(const QString &text);

private:
    void onFinished(const LinkDiagnosis &diagnosis);
    void showSentence(const QString &iconName, const QString &text);

    LinkChecker *m_checker;
    std::optional<LinkDiagnosis> m_diagnosis;
    QLineEdit *m_field;
    QPushButton *m_check;
    QLabel *m_icon;
    QLabel *m_sentence;
    QPushButton *m_copy;
    QPushButton *m_newLink;
};

} // namespace ConnectDesk::Ui
