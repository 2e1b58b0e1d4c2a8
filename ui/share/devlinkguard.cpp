#include "share/devlinkguard.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

#include <optional>

namespace ConnectDesk::Ui {

namespace {

struct SeamAnswer
{
    DevLinkGuard::Answer answer;
    bool dontAskAgain;
};

struct SessionState
{
    bool suppressed = false;        // development links
    bool sandboxSuppressed = false; // sandbox links
    int asked = 0;
    std::optional<SeamAnswer> next;
};

SessionState &session()
{
    static SessionState state;
    return state;
}

} // namespace

bool DevLinkGuard::isDevelopment(const QString &environment)
{
    return environment.trimmed().compare(QLatin1String("development"), Qt::CaseInsensitive) == 0;
}

DevLinkGuard::LinkKind DevLinkGuard::kindOf(const QString &environment, bool sandbox)
{
    if (sandbox)
        return LinkKind::Sandbox;
    return isDevelopment(environment) ? LinkKind::Development : LinkKind::Live;
}

bool DevLinkGuard::needsConfirmation(const QString &environment)
{
    return needsConfirmation(kindOf(environment));
}

bool DevLinkGuard::needsConfirmation(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Live: return false;
    case LinkKind::Development: return !session().suppressed;
    case LinkKind::Sandbox: return !session().sandboxSuppressed;
    }
    return false;
}

QString DevLinkGuard::question(LinkKind kind)
{
    if (kind == LinkKind::Sandbox)
        return tr("Share a sandbox link?");
    return tr("Share a development link?");
}

QString DevLinkGuard::explanation(LinkKind kind)
{
    if (kind == LinkKind::Sandbox)
        return tr("This Connect Link was made by the built-in sandbox, a simulator inside this "
                  "app. It is not real: it works only in this app's simulator, on this computer, "
                  "while the sandbox runs. Do not send it to a customer; for a customer, generate "
                  "the link in a real project.");
    return tr("This Connect Link was created in the development environment, so it will most "
              "likely not work for a customer: development allows at most 10 external users, "
              "and the person connecting must be signed in to pipedream.com in the same "
              "browser. For a customer, generate the link in production.");
}

QString DevLinkGuard::warning(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Live: return {};
    case LinkKind::Development: return tr("Development link: it will not work for a customer.");
    case LinkKind::Sandbox:
        return tr("Sandbox link: not real, it works only in this app's simulator. Do not send it "
                  "to a customer.");
    }
    return {};
}

bool DevLinkGuard::confirmShare(QWidget *parent,
                                const QString &environment,
                                std::function<void()> share)
{
    return confirmShare(parent, kindOf(environment), std::move(share));
}

bool DevLinkGuard::confirmShare(QWidget *parent, LinkKind kind, std::function<void()> share)
{
    if (!needsConfirmation(kind)) {
        share();
        return true;
    }
    const bool sandbox = kind == LinkKind::Sandbox;
    SessionState &state = session();
    ++state.asked;
    if (const std::optional<SeamAnswer> next = std::exchange(state.next, std::nullopt)) {
        if (next->answer == Answer::DontShare)
            return false;
        (sandbox ? state.sandboxSuppressed : state.suppressed) = next->dontAskAgain;
        share();
        return true;
    }

    auto *box = new QMessageBox(QMessageBox::Warning,
                                sandbox ? tr("Sandbox link") : tr("Development link"),
                                question(kind),
                                QMessageBox::Cancel,
                                parent);
    box->setObjectName(QStringLiteral("devLinkGuardBox"));
    // QMessageBox ignores a minimum width; its text label does not (a narrow column is hard
    // to read).
    box->setStyleSheet(QStringLiteral("QLabel#qt_msgbox_informativelabel { min-width: 26em; }"));
    box->setInformativeText(explanation(kind));
    QPushButton *shareButton = box->addButton(tr("Share anyway"), QMessageBox::AcceptRole);
    shareButton->setObjectName(QStringLiteral("shareAnywayButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setEscapeButton(QMessageBox::Cancel);
    auto *dontAsk = new QCheckBox(tr("Don't ask again this session"), box);
    dontAsk->setObjectName(QStringLiteral("dontAskAgainCheck"));
    box->setCheckBox(dontAsk);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    const QPointer<QWidget> guardParent(parent);
    QObject::connect(box,
                     &QMessageBox::finished,
                     box,
                     [box,
                      shareButton,
                      dontAsk,
                      guardParent,
                      hadParent = parent != nullptr,
                      sandbox,
                      share = std::move(share)] {
                         if (box->clickedButton() != shareButton)
                             return;
                         if (hadParent && !guardParent)
                             return;
                         if (dontAsk->isChecked())
                             (sandbox ? session().sandboxSuppressed : session().suppressed) = true;
                         share();
                     });
    box->open();
    return false;
}

void DevLinkGuard::setNextAnswer(Answer answer, bool dontAskAgain)
{
    session().next = SeamAnswer{answer, dontAskAgain};
}

bool DevLinkGuard::hasNextAnswer()
{
    return session().next.has_value();
}

void DevLinkGuard::clearNextAnswer()
{
    session().next.reset();
}

int DevLinkGuard::questionsAsked()
{
    return session().asked;
}

void DevLinkGuard::resetSession()
{
    session() = SessionState();
}

} // namespace ConnectDesk::Ui
