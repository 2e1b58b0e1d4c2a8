#pragma once

#include "profiles/profile.h"
#include "profiles/profilestore.h"

#include <QDialog>

#include <memory>

class QAction;
class QNetworkAccessManager;

namespace Ui {
class ProfileDialog;
}

namespace ConnectDesk {
class Clock;
class SecretStore;
struct SecretError;
} // namespace ConnectDesk

namespace ConnectDesk::Ui {

class ProfileFields;

// Manages profiles: list, add, edit, duplicate, delete, import/export JSON and "Test
// connection". The client secret goes to the keychain (SecretStore) and is never read back into
// the field: a stored secret shows as a placeholder until the user types a new one. IT-provided
// profiles are read-only (their secret can still be stored). Everything is asynchronous; the
// dialog never blocks and opens no nested event loop.
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)
public:
    ProfileDialog(ProfileStore *profiles, SecretStore *secrets, QNetworkAccessManager *network,
                  const Clock &clock, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    void selectProfile(const QString &id);
    QString currentProfileId() const { return m_currentId; } // empty for a new, unsaved one
    void startNewProfile(); // what "Add" does; the welcome page's "Add a project" calls it
    bool hasUnsavedChanges() const { return m_dirty; }

    // What the Import/Export buttons do after their file dialog (tests call these directly).
    ProfileImportReport importFromFile(const QString &filePath);
    bool exportToFile(const QString &filePath);

    QString statusText() const;

signals:
    void profileSaved(const QString &id);
    void secretStored(const QString &id); // in the keychain, or for this session only

public slots:
    void done(int result) override; // asks before discarding unsaved changes

private:
    void addSecretToggle();
    void keepSpaceForMessages();
    void reloadList();
    void showProfile(const std::optional<Profile> &profile);
    Profile profileFromFields() const;
    void updateSecretPlaceholder();
    void updateButtons();
    void setDirty(bool dirty);

    void save();
    void revert();
    void storeSecret(const QString &id, const QString &secret);
    void onSecretError(const SecretError &error);
    void keepSecretsForSession();
    void duplicateCurrent();
    void confirmDelete();
    void deleteCurrent(bool evenIfSecretRemains);
    void testConnection();
    void runConnectionTest(const ClientCredentials &credentials);
    void chooseImportFile();
    void chooseExportFile();
    void setStatus(const QString &text);

    std::unique_ptr<::Ui::ProfileDialog> m_ui;
    ProfileFields *m_fields = nullptr;
    QAction *m_showSecret = nullptr;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    const Clock &m_clock;
    QString m_currentId;
    bool m_isNew = false;
    bool m_readOnly = false;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_closeConfirmed = false;
    QString m_pendingSecretId; // a secret waiting for the user's session-only choice
};

} // namespace ConnectDesk::Ui
