#pragma once

#include "profiles/profile.h"

#include <QObject>

namespace Ui {
class ProfileDialog;
}

namespace ConnectDesk {
class ProfileStore;
}

namespace ConnectDesk::Ui {

class FieldMessage;

// The profile dialog's form: fills the fields from a Profile, reads them back, and shows core's
// validation inline under each field — once the user has touched it, or all at once on save.
// The client secret field is not part of it (the dialog handles the keychain).
class ProfileFields final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileFields)
public:
    ProfileFields(::Ui::ProfileDialog *ui, const ProfileStore *profiles, QObject *parent = nullptr);

    // Shows `profile` (read-only ones cannot be edited) and clears every message.
    void show(const Profile &profile);
    // The fields as a profile, on top of `base` (the stored version: id, read-only flag).
    Profile read(const Profile &base) const;
    // Shows every field's message; returns the first problem (empty when valid).
    QString validateAll(const Profile &base);

signals:
    void edited(); // the user changed a field

private:
    void onEdited(ProfileField field);
    void validate(ProfileField field, const Profile &profile);
    FieldMessage *messageFor(ProfileField field) const;

    ::Ui::ProfileDialog *m_ui;
    const ProfileStore *m_profiles;
    Profile m_base;
    QList<ProfileField> m_touched;
    bool m_loading = false;
};

} // namespace ConnectDesk::Ui
