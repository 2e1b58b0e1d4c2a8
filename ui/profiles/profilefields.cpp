#include "profiles/profilefields.h"
#include "ui_profiledialog.h"

#include "profiles/profilestore.h"

namespace ConnectDesk::Ui {

namespace {

constexpr ProfileField validatedFields[] = {ProfileField::Name,        ProfileField::ProjectId,
                                            ProfileField::Environment, ProfileField::ClientId,
                                            ProfileField::AccessScope, ProfileField::ApiBaseUrl};

} // namespace

ProfileFields::ProfileFields(::Ui::ProfileDialog *ui, const ProfileStore *profiles, QObject *parent)
    : QObject(parent)
    , m_ui(ui)
    , m_profiles(profiles)
{
    m_ui->environmentCombo->addItem(tr("Production"), QStringLiteral("production"));
    m_ui->environmentCombo->addItem(tr("Development"), QStringLiteral("development"));
    m_ui->nameMessage->setBuddy(m_ui->nameEdit);
    m_ui->projectIdMessage->setBuddy(m_ui->projectIdEdit);
    m_ui->environmentMessage->setBuddy(m_ui->environmentCombo);
    m_ui->clientIdMessage->setBuddy(m_ui->clientIdEdit);
    m_ui->accessScopeMessage->setBuddy(m_ui->accessScopeEdit);
    m_ui->apiBaseUrlMessage->setBuddy(m_ui->apiBaseUrlEdit);

    const auto watch = [this](QLineEdit *edit, ProfileField field) {
        connect(edit, &QLineEdit::textEdited, this, [this, field] { onEdited(field); });
    };
    watch(m_ui->nameEdit, ProfileField::Name);
    watch(m_ui->projectIdEdit, ProfileField::ProjectId);
    watch(m_ui->clientIdEdit, ProfileField::ClientId);
    watch(m_ui->accessScopeEdit, ProfileField::AccessScope);
    watch(m_ui->apiBaseUrlEdit, ProfileField::ApiBaseUrl);
    connect(m_ui->environmentCombo, &QComboBox::currentIndexChanged, this,
            [this] { onEdited(ProfileField::Environment); });
    connect(m_ui->allowDeletesCheck, &QCheckBox::toggled, this, [this] {
        if (!m_loading)
            emit edited();
    });
}

void ProfileFields::show(const Profile &profile)
{
    m_loading = true;
    m_base = profile;
    m_ui->nameEdit->setText(profile.name);
    m_ui->projectIdEdit->setText(profile.projectId);
    const int environment = m_ui->environmentCombo->findData(profile.defaultEnvironment);
    m_ui->environmentCombo->setCurrentIndex(std::max(environment, 0));
    m_ui->clientIdEdit->setText(profile.clientId);
    m_ui->accessScopeEdit->setText(profile.accessScope);
    m_ui->apiBaseUrlEdit->setText(profile.apiBaseUrl);
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->projectIdEdit, m_ui->clientIdEdit,
                            m_ui->accessScopeEdit, m_ui->apiBaseUrlEdit})
        edit->setReadOnly(profile.readOnly);
    m_ui->environmentCombo->setEnabled(!profile.readOnly);
    m_ui->allowDeletesCheck->setChecked(profile.allowDeletes);
    m_ui->allowDeletesCheck->setEnabled(!profile.readOnly);
    m_touched.clear();
    for (ProfileField field : validatedFields)
        messageFor(field)->setMessage({});
    m_loading = false;
}

Profile ProfileFields::read(const Profile &base) const
{
    Profile profile = base;
    profile.name = m_ui->nameEdit->text();
    profile.projectId = m_ui->projectIdEdit->text().trimmed();
    profile.defaultEnvironment = m_ui->environmentCombo->currentData().toString();
    profile.clientId = m_ui->clientIdEdit->text().trimmed();
    profile.accessScope = m_ui->accessScopeEdit->text().simplified();
    profile.apiBaseUrl = m_ui->apiBaseUrlEdit->text().trimmed();
    profile.allowDeletes = m_ui->allowDeletesCheck->isChecked();
    return profile;
}

QString ProfileFields::validateAll(const Profile &base)
{
    const Profile profile = read(base);
    for (ProfileField field : validatedFields) {
        if (!m_touched.contains(field))
            m_touched.append(field);
        validate(field, profile);
    }
    const QList<ProfileIssue> issues = m_profiles->validate(profile);
    return issues.isEmpty() ? QString() : issues.first().message;
}

void ProfileFields::onEdited(ProfileField field)
{
    if (m_loading)
        return;
    if (!m_touched.contains(field))
        m_touched.append(field);
    validate(field, read(m_base));
    emit edited();
}

void ProfileFields::validate(ProfileField field, const Profile &profile)
{
    // The rules live in core: ask the store (which knows the other names), show this field's.
    QString text;
    const QList<ProfileIssue> issues = m_profiles->validate(profile);
    for (const ProfileIssue &issue : issues) {
        if (issue.field == field) {
            text = issue.message;
            break;
        }
    }
    if (FieldMessage *message = messageFor(field))
        message->setMessage(m_touched.contains(field) ? text : QString());
}

FieldMessage *ProfileFields::messageFor(ProfileField field) const
{
    switch (field) {
    case ProfileField::Name: return m_ui->nameMessage;
    case ProfileField::ProjectId: return m_ui->projectIdMessage;
    case ProfileField::Environment: return m_ui->environmentMessage;
    case ProfileField::ClientId: return m_ui->clientIdMessage;
    case ProfileField::AccessScope: return m_ui->accessScopeMessage;
    case ProfileField::ApiBaseUrl: return m_ui->apiBaseUrlMessage;
    case ProfileField::General: break;
    }
    return nullptr;
}

} // namespace ConnectDesk::Ui
