#include "profiles/profiledialog.h"
#include "ui_profiledialog.h"

#include "profiles/profilefields.h"

#include "api/tokenrequest.h"
#include "profiles/connectiontest.h"
#include "profiles/secretstore.h"
#include "widgets/fieldmessage.h"
#include "widgets/uistyle.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace ConnectDesk::Ui {

namespace {

constexpr int idRole = Qt::UserRole;

QMessageBox *makeBox(QWidget *parent, const QString &objectName, const QString &title,
                     const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    return box;
}

} // namespace

ProfileDialog::ProfileDialog(ProfileStore *profiles, SecretStore *secrets,
                             QNetworkAccessManager *network, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::ProfileDialog>())
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_network(network)
    , m_clock(clock)
{
    m_ui->setupUi(this);
    m_ui->keychainBanner->hide();
    m_ui->readOnlyNote->hide();
    m_fields = new ProfileFields(m_ui.get(), m_profiles, this);
    connect(m_fields, &ProfileFields::edited, this, [this] { setDirty(true); });
    connect(m_ui->secretEdit, &QLineEdit::textChanged, this, [this] { updateButtons(); });
    addSecretToggle();
    keepSpaceForMessages();

    connect(m_ui->profileList, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *item) {
                if (!m_loading && item)
                    selectProfile(item->data(idRole).toString());
            });
    connect(m_ui->addButton, &QPushButton::clicked, this, &ProfileDialog::startNewProfile);
    connect(m_ui->duplicateButton, &QPushButton::clicked, this, &ProfileDialog::duplicateCurrent);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ProfileDialog::confirmDelete);
    connect(m_ui->importButton, &QPushButton::clicked, this, &ProfileDialog::chooseImportFile);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ProfileDialog::chooseExportFile);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ProfileDialog::save);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &ProfileDialog::revert);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_ui->sessionOnlyButton, &QPushButton::clicked, this,
            &ProfileDialog::keepSecretsForSession);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_profiles, &ProfileStore::profilesChanged, this, [this] {
        if (!m_dirty)
            reloadList();
    });

    reloadList();
    const QString preferred = m_profiles->lastUsedId();
    const QList<Profile> all = m_profiles->profiles();
    if (!preferred.isEmpty())
        selectProfile(preferred);
    else if (!all.isEmpty())
        selectProfile(all.first().id);
    else
        startNewProfile();
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::addSecretToggle()
{
    // Shows what was typed (to check a paste); a stored secret is never read back, so there is
    // nothing else to show. Hidden again whenever another profile is shown.
    m_showSecret = m_ui->secretEdit->addAction(Style::icon(QStringLiteral("show")),
                                               QLineEdit::TrailingPosition);
    m_showSecret->setObjectName(QStringLiteral("showSecretAction"));
    m_showSecret->setCheckable(true);
    m_showSecret->setToolTip(tr("Show or hide the typed client secret"));
    connect(m_showSecret, &QAction::toggled, this, [this](bool shown) {
        m_ui->secretEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showSecret->setToolTip(shown ? tr("Hide the typed client secret")
                                       : tr("Show the typed client secret"));
    });
}

void ProfileDialog::keepSpaceForMessages()
{
    // A message appearing or going never moves Save (or any field) under the pointer.
    const QList<FieldMessage *> messages = findChildren<FieldMessage *>();
    for (FieldMessage *message : messages) {
        QSizePolicy policy = message->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        message->setSizePolicy(policy);
    }
    const int lines = 2;
    for (QLabel *label : {m_ui->statusLabel, m_ui->testResultLabel})
        label->setMinimumHeight(label->fontMetrics().lineSpacing() * lines);
}

void ProfileDialog::reloadList()
{
    m_loading = true;
    m_ui->profileList->clear();
    const QList<Profile> all = m_profiles->profiles();
    for (const Profile &profile : all) {
        // Two lines: "Acme production" and "Acme dev" differ in what the second line says.
        const QString name = profile.readOnly ? tr("%1 (IT)").arg(profile.displayName())
                                              : profile.displayName();
        const QString project = profile.projectId.isEmpty() ? tr("no project ID")
                                                            : profile.projectId;
        auto *item = new QListWidgetItem(
            tr("%1\n%2 · %3").arg(name, project, environmentLabel(profile.defaultEnvironment)));
        item->setData(idRole, profile.id);
        item->setToolTip(
            profile.readOnly
                ? tr("%1 — provided by your IT department (read-only)").arg(profile.projectId)
                : profile.projectId);
        m_ui->profileList->addItem(item);
        if (profile.id == m_currentId)
            m_ui->profileList->setCurrentItem(item);
    }
    if (m_isNew) {
        auto *item = new QListWidgetItem(tr("New profile"));
        m_ui->profileList->addItem(item);
        m_ui->profileList->setCurrentItem(item);
    }
    m_loading = false;
    updateButtons();
}

void ProfileDialog::selectProfile(const QString &id)
{
    const auto profile = m_profiles->profile(id);
    if (!profile)
        return;
    m_isNew = false;
    m_currentId = id;
    reloadList();
    showProfile(profile);
}

void ProfileDialog::startNewProfile()
{
    m_isNew = true;
    m_currentId.clear();
    setStatus({}); // "Profile … saved." belonged to the previous one
    reloadList();
    showProfile(std::nullopt);
    m_ui->nameEdit->setFocus();
}

void ProfileDialog::showProfile(const std::optional<Profile> &profile)
{
    const Profile shown = profile.value_or(Profile());
    m_readOnly = shown.readOnly;
    m_fields->show(shown);
    m_ui->secretEdit->clear(); // a stored secret is never read back into the field
    m_showSecret->setChecked(false);
    m_ui->readOnlyNote->setVisible(m_readOnly);
    m_ui->testResultLabel->clear();
    m_pendingSecretId.clear();
    updateSecretPlaceholder();
    setDirty(false);
}

Profile ProfileDialog::profileFromFields() const
{
    Profile base;
    if (const auto existing = m_profiles->profile(m_currentId))
        base = *existing;
    base.id = m_currentId;
    return m_fields->read(base);
}

void ProfileDialog::updateSecretPlaceholder()
{
    QString state;
    if (!m_currentId.isEmpty() && m_secrets->hasSessionSecret(m_currentId))
        state = tr("•••• kept for this session only — type to replace");
    else if (!m_currentId.isEmpty() && m_profiles->hasStoredSecret(m_currentId))
        state = tr("•••• stored — type to replace");
    else
        state = tr("Not stored — paste the client secret");
    m_ui->secretEdit->setPlaceholderText(state);
    m_ui->secretEdit->setAccessibleDescription(state);
}

void ProfileDialog::setDirty(bool dirty)
{
    m_dirty = dirty;
    updateButtons();
}

void ProfileDialog::updateButtons()
{
    const bool pendingSecret = !m_ui->secretEdit->text().isEmpty();
    const bool busy = m_dirty || m_isNew;
    // While a profile has unsaved edits, the list waits: save or revert first.
    m_ui->profileList->setEnabled(!m_dirty);
    m_ui->addButton->setEnabled(!busy);
    m_ui->duplicateButton->setEnabled(!busy && !m_currentId.isEmpty());
    m_ui->deleteButton->setEnabled(!m_dirty && (m_isNew || (!m_currentId.isEmpty() && !m_readOnly)));
    m_ui->importButton->setEnabled(!busy);
    m_ui->exportButton->setEnabled(!busy && !m_profiles->profiles().isEmpty());
    m_ui->saveButton->setEnabled(m_dirty || m_isNew || pendingSecret);
    m_ui->revertButton->setEnabled(m_dirty || pendingSecret);
}

void ProfileDialog::save()
{
    const QString secret = m_ui->secretEdit->text().trimmed();
    if (m_readOnly) { // only the secret of an IT profile is the user's
        if (!secret.isEmpty())
            storeSecret(m_currentId, secret);
        return;
    }
    Profile profile = profileFromFields();
    if (const QString problem = m_fields->validateAll(profile); !problem.isEmpty()) {
        setStatus(tr("Not saved: %1").arg(problem));
        return;
    }
    const ProfileChange change = m_isNew ? m_profiles->add(profile) : m_profiles->update(profile);
    if (!change.ok()) {
        setStatus(tr("Not saved: %1").arg(change.firstMessage()));
        return;
    }
    m_isNew = false;
    m_currentId = change.id;
    m_dirty = false;
    reloadList();
    updateSecretPlaceholder();
    setStatus(tr("Profile \"%1\" saved.").arg(profile.displayName()));
    emit profileSaved(change.id);
    if (!secret.isEmpty())
        storeSecret(change.id, secret);
}

void ProfileDialog::revert()
{
    if (m_isNew && m_profiles->profiles().isEmpty()) {
        showProfile(std::nullopt);
        return;
    }
    if (m_isNew) {
        m_isNew = false;
        selectProfile(m_profiles->profiles().first().id);
        return;
    }
    selectProfile(m_currentId);
}

void ProfileDialog::storeSecret(const QString &id, const QString &secret)
{
    m_pendingSecretId = id;
    m_ui->saveButton->setEnabled(false);
    setStatus(tr("Storing the client secret…"));
    m_secrets->writeSecret(id, secret, this, [this, id](const SecretError &error) {
        updateButtons();
        if (error.isError()) {
            onSecretError(error);
            return;
        }
        const bool sessionOnly = m_secrets->isSessionOnly();
        if (!sessionOnly)
            m_profiles->setHasStoredSecret(id, true);
        m_pendingSecretId.clear();
        m_ui->keychainBanner->hide();
        if (id == m_currentId)
            m_ui->secretEdit->clear();
        updateSecretPlaceholder();
        setStatus(sessionOnly ? tr("Saved. The client secret is kept for this session only and "
                                   "will be forgotten when ConnectDesk quits.")
                              : tr("Saved. The client secret is in the OS keychain."));
        emit secretStored(id);
    });
}

void ProfileDialog::onSecretError(const SecretError &error)
{
    // The typed secret stays in its (masked) field so nothing is lost; Save tries again.
    m_ui->keychainMessage->setText(error.message);
    m_ui->sessionOnlyButton->setVisible(error.kind == SecretError::Kind::Unavailable);
    m_ui->keychainBanner->show();
    setStatus(tr("The profile is saved, but its client secret is not: %1").arg(error.message));
}

void ProfileDialog::keepSecretsForSession()
{
    m_secrets->useSessionOnlyStorage(); // the user's explicit choice, never automatic
    m_ui->keychainBanner->hide();
    const QString secret = m_ui->secretEdit->text().trimmed();
    if (!m_pendingSecretId.isEmpty() && m_pendingSecretId == m_currentId && !secret.isEmpty())
        storeSecret(m_pendingSecretId, secret);
}

void ProfileDialog::duplicateCurrent()
{
    const QString source = m_currentId;
    const ProfileChange change = m_profiles->duplicate(source);
    if (!change.ok()) {
        setStatus(change.firstMessage());
        return;
    }
    selectProfile(change.id);
    setStatus(tr("Duplicated. Rename the copy and save."));
    if (m_profiles->hasStoredSecret(source) || m_secrets->hasSessionSecret(source)) {
        const QString copy = change.id;
        m_secrets->copySecret(source, copy, this, [this, copy](const SecretError &error) {
            if (error.isError()) {
                setStatus(
                    tr("Duplicated, but its client secret was not copied: %1").arg(error.message));
                return;
            }
            if (!m_secrets->isSessionOnly())
                m_profiles->setHasStoredSecret(copy, true);
            updateSecretPlaceholder();
        });
    }
}

void ProfileDialog::confirmDelete()
{
    if (m_isNew) {
        revert();
        return;
    }
    const auto profile = m_profiles->profile(m_currentId);
    if (!profile || profile->readOnly)
        return;
    QMessageBox *box = makeBox(
        this, QStringLiteral("confirmDeleteBox"), tr("Delete profile"),
        tr("Delete the profile \"%1\"? Its client secret is removed from the keychain too.")
            .arg(profile->displayName()));
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, remove] {
        if (box->clickedButton() == remove)
            deleteCurrent(false);
    });
    box->open();
}

void ProfileDialog::deleteCurrent(bool evenIfSecretRemains)
{
    const QString id = m_currentId;
    const auto profile = m_profiles->profile(id);
    if (!profile)
        return;
    const QString name = profile->displayName();
    m_profiles->removeWithSecret(
        id, m_secrets, this,
        [this, id, name](const SecretError &error) {
            if (!m_profiles->profile(id)) {
                const QList<Profile> rest = m_profiles->profiles();
                if (rest.isEmpty())
                    startNewProfile();
                else
                    selectProfile(rest.first().id);
                setStatus(error.isError() ? tr("Profile \"%1\" deleted; its secret may remain in "
                                               "the keychain: %2")
                                                .arg(name, error.message)
                                          : tr("Profile \"%1\" deleted.").arg(name));
                return;
            }
            QMessageBox *box = makeBox(
                this, QStringLiteral("deleteAnywayBox"), tr("Delete profile"),
                tr("The client secret of \"%1\" could not be removed: %2\n\nDelete the profile "
                   "anyway? Its secret may then stay in the keychain.")
                    .arg(name, error.message));
            QPushButton *anyway = box->addButton(tr("Delete anyway"), QMessageBox::DestructiveRole);
            box->addButton(QMessageBox::Cancel);
            connect(box, &QMessageBox::finished, this, [this, box, anyway] {
                if (box->clickedButton() == anyway)
                    deleteCurrent(true);
            });
            box->open();
        },
        evenIfSecretRemains);
}

void ProfileDialog::testConnection()
{
    const Profile profile = profileFromFields();
    for (const ProfileIssue &issue : m_profiles->validate(profile)) {
        if (issue.field == ProfileField::ClientId || issue.field == ProfileField::ApiBaseUrl) {
            m_ui->testResultLabel->setText(issue.message);
            return;
        }
    }
    const QString typed = m_ui->secretEdit->text().trimmed();
    if (!typed.isEmpty()) {
        runConnectionTest(profile.credentials(typed));
        return;
    }
    const bool stored = m_profiles->hasStoredSecret(m_currentId);
    if (m_currentId.isEmpty() || (!stored && !m_secrets->hasSessionSecret(m_currentId))) {
        m_ui->testResultLabel->setText(tr("Enter the client secret to test the connection."));
        return;
    }
    m_ui->testButton->setEnabled(false);
    m_ui->testResultLabel->setText(tr("Reading the client secret…"));
    m_secrets->readSecret(
        m_currentId, this,
        [this, profile](const QString &secret, const SecretError &error) {
            m_ui->testButton->setEnabled(true);
            if (error.isError()) {
                m_ui->testResultLabel->setText(error.message);
                return;
            }
            runConnectionTest(profile.credentials(secret));
        },
        stored);
}

void ProfileDialog::runConnectionTest(const ClientCredentials &credentials)
{
    m_ui->testButton->setEnabled(false);
    m_ui->testResultLabel->setText(tr("Testing…"));
    ConnectDesk::testConnection(
        m_network, credentials, this,
        [this](const ConnectionTestResult &result) {
            m_ui->testButton->setEnabled(true);
            m_ui->testResultLabel->setText(
                (result.ok() ? tr("✔ %1") : tr("✖ %1")).arg(result.message));
        },
        m_clock);
}

void ProfileDialog::chooseImportFile()
{
    auto *dialog = new QFileDialog(this, tr("Import profiles"), QString(),
                                   tr("JSON files (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("importFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &file) { importFromFile(file); });
    dialog->open();
}

void ProfileDialog::chooseExportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export profiles"), QStringLiteral("profiles.json"),
                                   tr("JSON files (*.json)"));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &file) { exportToFile(file); });
    dialog->open();
}

ProfileImportReport ProfileDialog::importFromFile(const QString &filePath)
{
    const ProfileImportReport report = m_profiles->importFromFile(filePath);
    QStringList lines{report.summary()};
    for (const ProfileImportReport::Problem &problem : report.problems) {
        const QString who = problem.name.isEmpty()
                                ? (problem.index < 0 ? tr("File")
                                                     : tr("Entry %1").arg(problem.index + 1))
                                : problem.name;
        lines.append(tr("• %1: %2").arg(who, problem.messages.join(QLatin1Char(' '))));
    }
    setStatus(lines.join(QLatin1Char('\n')));
    reloadList();
    if (!report.importedIds.isEmpty() && !m_dirty && !m_isNew)
        selectProfile(report.importedIds.first());
    return report;
}

bool ProfileDialog::exportToFile(const QString &filePath)
{
    QString error;
    if (!m_profiles->exportToFile(filePath, &error)) {
        setStatus(error);
        return false;
    }
    setStatus(tr("Exported %n profile(s) to %1. Client secrets are never exported.", nullptr,
                 int(m_profiles->profiles().size()))
                  .arg(QDir::toNativeSeparators(filePath)));
    return true;
}

void ProfileDialog::setStatus(const QString &text)
{
    m_ui->statusLabel->setText(text);
}

QString ProfileDialog::statusText() const
{
    return m_ui->statusLabel->text();
}

void ProfileDialog::done(int result)
{
    if (hasUnsavedChanges() || !m_ui->secretEdit->text().isEmpty()) {
        if (!m_closeConfirmed) {
            QMessageBox *box = makeBox(this, QStringLiteral("discardChangesBox"), tr("Profiles"),
                                       tr("Discard the unsaved changes?"));
            QPushButton *discard = box->addButton(QMessageBox::Discard);
            box->addButton(QMessageBox::Cancel);
            box->setDefaultButton(QMessageBox::Cancel); // Enter keeps the changes
            box->setEscapeButton(QMessageBox::Cancel);
            connect(box, &QMessageBox::finished, this, [this, box, discard, result] {
                if (box->clickedButton() != discard)
                    return;
                m_closeConfirmed = true;
                done(result);
            });
            box->open();
            return;
        }
    }
    m_closeConfirmed = false;
    m_ui->secretEdit->clear();
    QDialog::done(result);
}

} // namespace ConnectDesk::Ui
