#pragma once

#include "customers/customerdeletion.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ConnectDesk::Ui {

// Asks before an account or an external user is deleted, naming what goes (and, for a user,
// that every account of theirs goes too). In production the external user ID must be typed:
// Delete stays disabled until it matches. Cancel is the default.
class DeletionConfirmDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeletionConfirmDialog)
public:
    // `externalUserId`: the customer the account belongs to (or the user to delete);
    // `accountCount`: how many accounts a deleted user takes along (-1: unknown).
    DeletionConfirmDialog(const DeletionRequest &request, const QString &externalUserId,
                          int accountCount = -1, QWidget *parent = nullptr);

    const DeletionRequest &request() const { return m_request; }
    bool needsTypedId() const;
    QPushButton *deleteButton() const { return m_delete; }
    QLineEdit *typedIdEdit() const { return m_typed; }

private:
    void updateButton();

    DeletionRequest m_request;
    QString m_externalUserId;
    QLineEdit *m_typed = nullptr;
    QPushButton *m_delete;
};

} // namespace ConnectDesk::Ui
