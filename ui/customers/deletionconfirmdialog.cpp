#include "customers/deletionconfirmdialog.h"

#include "widgets/uistyle.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ConnectDesk::Ui {

DeletionConfirmDialog::DeletionConfirmDialog(const DeletionRequest &request,
                                             const QString &externalUserId, int accountCount,
                                             QWidget *parent)
    : QDialog(parent)
    , m_request(request)
    , m_externalUserId(externalUserId)
{
    setObjectName(QStringLiteral("deletionConfirmDialog"));
    const bool user = request.action == AuditEntry::Action::DeleteUser;
    const QString what = request.targetLabel.isEmpty() ? request.target : request.targetLabel;
    setWindowTitle(user ? tr("Delete External User") : tr("Delete Account"));

    auto *question = new QLabel(this);
    question->setObjectName(QStringLiteral("deletionQuestion"));
    question->setWordWrap(true);
    question->setTextFormat(Qt::PlainText);
    QString text;
    if (user) {
        text = accountCount < 0
                   ? tr("Delete the external user %1 and every account they connected?")
                         .arg(externalUserId)
                   : tr("Delete the external user %1 and their %n connected account(s)?", nullptr,
                        accountCount)
                         .arg(externalUserId);
    } else {
        text = tr("Delete the account %1 (%2) of %3?").arg(what, request.target, externalUserId);
    }
    question->setText(text);
    auto *where = new QLabel(tr("Project %1, %2. This cannot be undone; it is written to the "
                                "audit log.")
                                 .arg(request.scope.projectId, request.scope.environment),
                             this);
    where->setObjectName(QStringLiteral("deletionScope"));
    where->setWordWrap(true);
    where->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(where);
    if (needsTypedId()) {
        auto *prompt = new QLabel(tr("This is production: type the external user ID %1 to "
                                     "confirm.")
                                      .arg(externalUserId),
                                  this);
        prompt->setWordWrap(true);
        prompt->setTextFormat(Qt::PlainText);
        m_typed = new QLineEdit(this);
        m_typed->setObjectName(QStringLiteral("deletionTypedId"));
        m_typed->setAccessibleName(tr("External user ID to confirm"));
        prompt->setBuddy(m_typed);
        layout->addWidget(prompt);
        layout->addWidget(m_typed);
        connect(m_typed, &QLineEdit::textChanged, this, &DeletionConfirmDialog::updateButton);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_delete = buttons->addButton(user ? tr("Delete user") : tr("Delete account"),
                                  QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("deletionConfirmButton"));
    m_delete->setIcon(Style::icon(QStringLiteral("error")));
    m_delete->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true); // the safe answer
    layout->addWidget(buttons);
    connect(m_delete, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButton();
    if (m_typed)
        m_typed->setFocus();
}

bool DeletionConfirmDialog::needsTypedId() const
{
    return DeletionConfirmation::needsTypedId(m_request.scope.environment);
}

void DeletionConfirmDialog::updateButton()
{
    const bool ok = !m_typed || DeletionConfirmation::accepts(m_typed->text(), m_externalUserId);
    m_delete->setEnabled(ok);
    m_delete->setToolTip(ok ? QString()
                            : tr("Type %1 exactly to enable Delete.").arg(m_externalUserId));
}

} // namespace ConnectDesk::Ui
