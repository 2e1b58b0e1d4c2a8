#include "base/clock.h"
#include "connectsimulator.h"
#include "main/welcomepage.h"
#include "profiles/profiledialog.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "profiles/settings.h"
#include "widgets/fieldmessage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ConnectDesk;
using namespace ConnectDesk::Ui;
using namespace ConnectDesk::Sim;

// The profile dialog on the offscreen platform, driven like a person would: typing, clicking,
// answering its (non-blocking) message boxes. D-Bus is pointed nowhere in main(), so the
// keychain is reliably unavailable and the user's own keyring is never touched.
class TestProfileDialog final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    QNetworkAccessManager m_network;

    std::unique_ptr<ProfileDialog> makeDialog()
    {
        auto dialog = std::make_unique<ProfileDialog>(m_store.get(), m_secrets.get(), &m_network,
                                                      Clock::system());
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            qWarning("dialog not exposed");
        return dialog;
    }

    template<typename T>
    static T *child(QWidget *parent, const char *name)
    {
        T *widget = parent->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }

    static void typeInto(QWidget *dialog, const char *name, const QString &text)
    {
        auto *edit = child<QLineEdit>(dialog, name);
        edit->setFocus();
        edit->selectAll();
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Backspace);
        else
            QTest::keyClicks(edit, text);
    }

    static QString messageOf(QWidget *dialog, const char *name)
    {
        auto *message = child<FieldMessage>(dialog, name);
        return message->isVisible() ? message->message() : QString();
    }

    // Waits for a message box the dialog opened (with open(), not exec()) and clicks a button.
    static bool answerBox(QWidget *dialog, const char *boxName, const QString &buttonText)
    {
        QMessageBox *box = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    return (box = dialog->findChild<QMessageBox *>(QLatin1String(boxName)))
                           && box->isVisible();
                },
                5000))
            return false;
        const QList<QAbstractButton *> buttons = box->buttons();
        for (QAbstractButton *button : buttons) {
            if (button->text().remove(QLatin1Char('&')) == buttonText) {
                QTest::mouseClick(button, Qt::LeftButton);
                return true;
            }
        }
        return false;
    }

    QString addProfile(const QString &name, bool readOnlySecret = false)
    {
        Profile profile;
        profile.name = name;
        profile.projectId = QStringLiteral("proj_abc");
        profile.clientId = QStringLiteral("oc_") + QString::number(qHash(name));
        const ProfileChange change = m_store->add(profile);
        if (readOnlySecret)
            m_store->setHasStoredSecret(change.id, true);
        return change.id;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
        m_store = std::make_unique<ProfileStore>(m_settings.get(), QString());
        m_secrets = std::make_unique<SecretStore>(QStringLiteral("ConnectDeskDialogTest"));
    }
    void cleanup()
    {
        m_secrets.reset();
        m_store.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void everyControlIsNamedAndAccessible()
    {
        auto dialog = makeDialog();
        const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
        int checked = 0;
        for (QWidget *widget : widgets) {
            if (!qobject_cast<QLineEdit *>(widget) && !qobject_cast<QPushButton *>(widget)
                && !qobject_cast<QComboBox *>(widget) && !qobject_cast<QListWidget *>(widget))
                continue;
            if (widget->parent() && qobject_cast<QComboBox *>(widget->parent()))
                continue; // a combo box's own internals
            if (qobject_cast<QDialogButtonBox *>(widget->parentWidget()))
                continue; // standard buttons name themselves
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
            ++checked;
        }
        QVERIFY(checked >= 14);
    }

    void addProfileByTyping()
    {
        QVERIFY(m_store->isEmpty());
        auto dialog = makeDialog();
        QSignalSpy saved(dialog.get(), &ProfileDialog::profileSaved);
        // No profiles yet: the dialog starts with a new one.
        QVERIFY(dialog->currentProfileId().isEmpty());
        typeInto(dialog.get(), "nameEdit", QStringLiteral("Acme production"));
        typeInto(dialog.get(), "projectIdEdit", QStringLiteral("proj_acme42"));
        typeInto(dialog.get(), "clientIdEdit", QStringLiteral("oc_acme"));
        typeInto(dialog.get(), "accessScopeEdit",
                 QStringLiteral("connect:tokens:create connect:users:read"));
        auto *environment = child<QComboBox>(dialog.get(), "environmentCombo");
        environment->setCurrentIndex(environment->findData(QStringLiteral("development")));
        QVERIFY(dialog->hasUnsavedChanges());
        QVERIFY(
            !child<QListWidget>(dialog.get(), "profileList")->isEnabled()); // save or revert first
        QTest::mouseClick(child<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);

        QCOMPARE(saved.count(), 1);
        const QList<Profile> profiles = m_store->profiles();
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.first().name, QStringLiteral("Acme production"));
        QCOMPARE(profiles.first().projectId, QStringLiteral("proj_acme42"));
        QCOMPARE(profiles.first().defaultEnvironment, QStringLiteral("development"));
        QCOMPARE(profiles.first().accessScope,
                 QStringLiteral("connect:tokens:create connect:users:read"));
        QCOMPARE(dialog->currentProfileId(), profiles.first().id);
        QVERIFY(!dialog->hasUnsavedChanges());
        QVERIFY(dialog->statusText().contains(QStringLiteral("saved")));
        auto *list = child<QListWidget>(dialog.get(), "profileList");
        QCOMPARE(list->count(), 1);
        // The project and environment tell "Acme production" from "Acme dev" at a glance.
        QCOMPARE(list->item(0)->text(),
                 QStringLiteral("Acme production\nproj_acme42 · Development"));
        QVERIFY(list->isEnabled());

        // Edit and save again: same id.
        typeInto(dialog.get(), "nameEdit", QStringLiteral("Acme prod"));
        QTest::mouseClick(child<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);
        QCOMPARE(m_store->profile(profiles.first().id)->name, QStringLiteral("Acme prod"));

        // A support profile: links yes, deletions no. Kept across a restart.
        auto *allowDeletes = child<QCheckBox>(dialog.get(), "allowDeletesCheck");
        QVERIFY(allowDeletes->isChecked());
        QVERIFY(m_store->profile(profiles.first().id)->allowDeletes);
        allowDeletes->click();
        QVERIFY(dialog->hasUnsavedChanges());
        QTest::mouseClick(child<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);
        QVERIFY(!m_store->profile(profiles.first().id)->allowDeletes);
        const ProfileStore reloaded(m_settings.get(), QString());
        QVERIFY(!reloaded.profile(profiles.first().id)->allowDeletes);
        dialog = makeDialog();
        dialog->selectProfile(profiles.first().id);
        QVERIFY(!child<QCheckBox>(dialog.get(), "allowDeletesCheck")->isChecked());
    }

    void validationMessagesInline()
    {
        addProfile(QStringLiteral("Taken"));
        auto dialog = makeDialog();
        QTest::mouseClick(child<QPushButton>(dialog.get(), "addButton"), Qt::LeftButton);
        // Nothing shouts before the user has typed.
        QVERIFY(messageOf(dialog.get(), "projectIdMessage").isEmpty());
        typeInto(dialog.get(), "projectIdEdit", QStringLiteral("abc"));
        QVERIFY(messageOf(dialog.get(), "projectIdMessage").contains(QStringLiteral("proj_")));
        typeInto(dialog.get(), "nameEdit", QStringLiteral("taken"));
        QVERIFY(messageOf(dialog.get(), "nameMessage").contains(QStringLiteral("already exists")));
        typeInto(dialog.get(), "apiBaseUrlEdit", QStringLiteral("ftp://nope"));
        QVERIFY(!messageOf(dialog.get(), "apiBaseUrlMessage").isEmpty());

        // Saving shows every problem (the untouched client ID too) and saves nothing.
        QTest::mouseClick(child<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);
        QVERIFY(!messageOf(dialog.get(), "clientIdMessage").isEmpty());
        QVERIFY(dialog->statusText().startsWith(QStringLiteral("Not saved")));
        QCOMPARE(m_store->profiles().size(), 1);

        // Fixing a field clears its message as you type.
        typeInto(dialog.get(), "projectIdEdit", QStringLiteral("proj_ok1"));
        QVERIFY(messageOf(dialog.get(), "projectIdMessage").isEmpty());
        // The message is the field's accessible description, for screen readers.
        QVERIFY(!child<QLineEdit>(dialog.get(), "nameEdit")->accessibleDescription().isEmpty());
    }

    void deleteAfterConfirmation()
    {
        const QString keep = addProfile(QStringLiteral("Keep"));
        const QString gone = addProfile(QStringLiteral("Gone"));
        auto dialog = makeDialog();
        dialog->selectProfile(gone);
        QTest::mouseClick(child<QPushButton>(dialog.get(), "deleteButton"), Qt::LeftButton);
        // Cancel first: nothing happens.
        QVERIFY(answerBox(dialog.get(), "confirmDeleteBox", QStringLiteral("Cancel")));
        QTest::qWait(50);
        QVERIFY(m_store->profile(gone));
        QTest::mouseClick(child<QPushButton>(dialog.get(), "deleteButton"), Qt::LeftButton);
        QVERIFY(answerBox(dialog.get(), "confirmDeleteBox", QStringLiteral("Delete")));
        QTRY_VERIFY(!m_store->profile(gone));
        QVERIFY(m_store->profile(keep));
        // The keychain half of the removal finishes later; then the dialog moves to what is left.
        QTRY_COMPARE(dialog->currentProfileId(), keep);
        QTRY_VERIFY(dialog->statusText().contains(QStringLiteral("deleted")));
    }

    void deleteWithUnreachableSecretAsksAgain()
    {
        const QString id = addProfile(QStringLiteral("Has secret"), /*secret stored=*/true);
        auto dialog = makeDialog();
        dialog->selectProfile(id);
        QTest::mouseClick(child<QPushButton>(dialog.get(), "deleteButton"), Qt::LeftButton);
        QVERIFY(answerBox(dialog.get(), "confirmDeleteBox", QStringLiteral("Delete")));
        // No keychain: its recorded secret cannot be deleted, so the user decides.
        QVERIFY(answerBox(dialog.get(), "deleteAnywayBox", QStringLiteral("Delete anyway")));
        QTRY_VERIFY(!m_store->profile(id));
    }

    void secretWithoutKeychainOffersSessionOnly()
    {
        auto dialog = makeDialog();
        QSignalSpy stored(dialog.get(), &ProfileDialog::secretStored);
        typeInto(dialog.get(), "nameEdit", QStringLiteral("Session"));
        typeInto(dialog.get(), "projectIdEdit", QStringLiteral("proj_session"));
        typeInto(dialog.get(), "clientIdEdit", QStringLiteral("oc_session"));
        typeInto(dialog.get(), "secretEdit", QStringLiteral("typed-secret-value"));
        auto *secretEdit = child<QLineEdit>(dialog.get(), "secretEdit");
        QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
        QTest::mouseClick(child<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);

        auto *banner = child<QWidget>(dialog.get(), "keychainBanner");
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(child<QLabel>(dialog.get(), "keychainMessage")
                    ->text()
                    .contains(QStringLiteral("No keychain is available")));
        auto *sessionOnly = child<QPushButton>(dialog.get(), "sessionOnlyButton");
        QVERIFY(sessionOnly->isVisible());
        // Not silently kept anywhere: the profile is saved, its secret is not.
        const QString id = dialog->currentProfileId();
        QVERIFY(!id.isEmpty());
        QVERIFY(!m_secrets->isSessionOnly());
        QVERIFY(!m_secrets->hasSessionSecret(id));
        QVERIFY(!m_store->hasStoredSecret(id));
        QCOMPARE(secretEdit->text(), QStringLiteral("typed-secret-value")); // nothing lost

        QTest::mouseClick(sessionOnly, Qt::LeftButton);
        QTRY_COMPARE(stored.count(), 1);
        QVERIFY(m_secrets->isSessionOnly());
        QVERIFY(m_secrets->hasSessionSecret(id));
        QVERIFY(!m_store->hasStoredSecret(id)); // not recorded as in the keychain
        QVERIFY(secretEdit->text().isEmpty());
        QVERIFY(secretEdit->placeholderText().contains(QStringLiteral("session only")));
        QVERIFY(!banner->isVisible());
        QFile settings(m_settings->filePath());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains("typed-secret-value"));
    }

    void storedSecretIsNeverShown()
    {
        const QString id = addProfile(QStringLiteral("Stored"), true);
        auto dialog = makeDialog();
        dialog->selectProfile(id);
        auto *secretEdit = child<QLineEdit>(dialog.get(), "secretEdit");
        QVERIFY(secretEdit->text().isEmpty());
        QVERIFY(secretEdit->placeholderText().contains(QStringLiteral("stored")));
        QVERIFY(!dialog->hasUnsavedChanges());
    }

    void itProfilesAreReadOnly()
    {
        QFile system(m_dir->filePath(QStringLiteral("system.conf")));
        QVERIFY(system.open(QIODevice::WriteOnly));
        system.write("[profiles]\nsize=1\n1\\name=Company\n1\\projectId=proj_company\n1\\clientId="
                     "oc_company\n1\\allowDeletes=false\n");
        system.close();
        m_store = std::make_unique<ProfileStore>(m_settings.get(), system.fileName());
        QVERIFY(!m_store->profiles().first().allowDeletes); // IT's support profile
        auto dialog = makeDialog();
        const QString id = m_store->profiles().first().id;
        dialog->selectProfile(id);
        QVERIFY(child<QLabel>(dialog.get(), "readOnlyNote")->isVisible());
        QVERIFY(child<QLineEdit>(dialog.get(), "nameEdit")->isReadOnly());
        QVERIFY(child<QLineEdit>(dialog.get(), "projectIdEdit")->isReadOnly());
        QVERIFY(!child<QComboBox>(dialog.get(), "environmentCombo")->isEnabled());
        QVERIFY(!child<QCheckBox>(dialog.get(), "allowDeletesCheck")->isEnabled());
        QVERIFY(!child<QCheckBox>(dialog.get(), "allowDeletesCheck")->isChecked());
        QVERIFY(!child<QPushButton>(dialog.get(), "deleteButton")->isEnabled());
        QVERIFY(child<QPushButton>(dialog.get(), "duplicateButton")->isEnabled());
        QVERIFY(
            !child<QLineEdit>(dialog.get(), "secretEdit")->isReadOnly()); // the secret is the user's
        QVERIFY(child<QListWidget>(dialog.get(), "profileList")
                    ->item(0)
                    ->text()
                    .contains(QStringLiteral("IT")));

        QTest::mouseClick(child<QPushButton>(dialog.get(), "duplicateButton"), Qt::LeftButton);
        QCOMPARE(m_store->profiles().size(), 2);
        QVERIFY(dialog->currentProfileId() != id);
        QVERIFY(!child<QLineEdit>(dialog.get(), "nameEdit")->isReadOnly());
        QCOMPARE(child<QLineEdit>(dialog.get(), "nameEdit")->text(),
                 QStringLiteral("Company (copy)"));
    }

    void testConnectionReportsClearly()
    {
        ConnectSimulator sim;
        QVERIFY(sim.listenLocal());
        Profile profile;
        profile.name = QStringLiteral("Sandbox");
        profile.projectId = SandboxCredentials::projectId();
        profile.clientId = SandboxCredentials::clientId();
        profile.apiBaseUrl = sim.baseUrl().toString();
        const QString id = m_store->add(profile).id;
        auto dialog = makeDialog();
        dialog->selectProfile(id);
        auto *result = child<QLabel>(dialog.get(), "testResultLabel");
        auto *test = child<QPushButton>(dialog.get(), "testButton");

        QTest::mouseClick(test, Qt::LeftButton); // no secret anywhere
        QVERIFY(result->text().contains(QStringLiteral("Enter the client secret")));

        typeInto(dialog.get(), "secretEdit", QStringLiteral("wrong-secret"));
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(
                                     QStringLiteral("Client ID or secret rejected")),
                                 15000);
        QVERIFY(!result->text().contains(QStringLiteral("wrong-secret")));

        typeInto(dialog.get(), "secretEdit", SandboxCredentials::clientSecret());
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("Connected")), 15000);

        // Offline: nothing listens there.
        typeInto(dialog.get(), "apiBaseUrlEdit", QStringLiteral("http://127.0.0.1:1"));
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("Could not reach")), 15000);
    }

    void importAndExport()
    {
        addProfile(QStringLiteral("One"));
        auto dialog = makeDialog();
        const QString file = m_dir->filePath(QStringLiteral("export.json"));
        QVERIFY(dialog->exportToFile(file));
        QVERIFY(dialog->statusText().contains(QStringLiteral("never exported")));

        QFile input(m_dir->filePath(QStringLiteral("import.json")));
        QVERIFY(input.open(QIODevice::WriteOnly));
        input.write(R"({"format": "connectdesk-profiles", "version": 1, "profiles": [
            {"name": "Two", "project_id": "proj_two", "client_id": "oc_2"},
            {"name": "Bad", "project_id": "nope", "client_id": "oc_3"}]})");
        input.close();
        const ProfileImportReport report = dialog->importFromFile(input.fileName());
        QCOMPARE(report.importedIds.size(), 1);
        QVERIFY(dialog->statusText().contains(QStringLiteral("Bad")));
        QCOMPARE(child<QListWidget>(dialog.get(), "profileList")->count(), 2);
    }

    void addAfterSaveForgetsTheSavedMessage()
    {
        auto dialog = makeDialog();
        typeInto(dialog.get(), "nameEdit", QStringLiteral("Acme dev"));
        typeInto(dialog.get(), "projectIdEdit", QStringLiteral("proj_acme42"));
        typeInto(dialog.get(), "clientIdEdit", QStringLiteral("oc_abc"));
        QTest::mouseClick(child<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);
        QVERIFY(dialog->statusText().contains(QStringLiteral("saved")));
        QTest::mouseClick(child<QPushButton>(dialog.get(), "addButton"), Qt::LeftButton);
        QVERIFY2(dialog->statusText().isEmpty(), qPrintable(dialog->statusText()));
    }

    void messagesNeverMoveSave()
    {
        auto dialog = makeDialog();
        auto *save = child<QPushButton>(dialog.get(), "saveButton");
        QTRY_VERIFY(save->isVisible());
        const QPoint before = save->mapTo(dialog.get(), QPoint());
        typeInto(dialog.get(), "projectIdEdit", QStringLiteral("abc"));
        QVERIFY(!messageOf(dialog.get(), "projectIdMessage").isEmpty());
        QApplication::processEvents(); // the layout settles
        // The error icon sits on the first line of its text, not on a line of its own.
        auto *text = child<FieldMessage>(dialog.get(), "projectIdMessage")
                         ->findChild<QLabel *>(QStringLiteral("text"));
        QVERIFY(text->alignment().testFlag(Qt::AlignTop));
        QCOMPARE(save->mapTo(dialog.get(), QPoint()), before);
        typeInto(dialog.get(), "projectIdEdit", QStringLiteral("proj_abc"));
        QVERIFY(messageOf(dialog.get(), "projectIdMessage").isEmpty());
        QApplication::processEvents();
        QCOMPARE(save->mapTo(dialog.get(), QPoint()), before);
    }

    void secretCanBeShownWhileTyped()
    {
        addProfile(QStringLiteral("Acme"));
        auto dialog = makeDialog();
        auto *secret = child<QLineEdit>(dialog.get(), "secretEdit");
        auto *toggle = secret->findChild<QAction *>(QStringLiteral("showSecretAction"));
        QVERIFY(toggle);
        QVERIFY(secret->actions().contains(toggle));
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        toggle->trigger();
        QCOMPARE(secret->echoMode(), QLineEdit::Normal);
        toggle->trigger();
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        toggle->trigger();
        QTest::mouseClick(child<QPushButton>(dialog.get(), "addButton"), Qt::LeftButton);
        QCOMPARE(secret->echoMode(), QLineEdit::Password); // another profile: hidden again
    }

    void discardingDefaultsToCancel()
    {
        addProfile(QStringLiteral("Edit me"));
        auto dialog = makeDialog();
        typeInto(dialog.get(), "nameEdit", QStringLiteral("Edited"));
        dialog->reject();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = dialog->findChild<QMessageBox *>(QStringLiteral("discardChangesBox")))
                    && box->isVisible());
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QTest::keyClick(box, Qt::Key_Return); // Enter keeps the changes
        QTRY_VERIFY(!box->isVisible());
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->hasUnsavedChanges());
    }

    void closingWithUnsavedChangesAsks()
    {
        addProfile(QStringLiteral("Edit me"));
        auto dialog = makeDialog();
        typeInto(dialog.get(), "nameEdit", QStringLiteral("Edited"));
        dialog->reject();
        QVERIFY(answerBox(dialog.get(), "discardChangesBox", QStringLiteral("Cancel")));
        QTest::qWait(20);
        QVERIFY(dialog->isVisible());
        dialog->reject();
        QVERIFY(answerBox(dialog.get(), "discardChangesBox", QStringLiteral("Discard")));
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(m_store->profiles().first().name, QStringLiteral("Edit me"));
    }

    void welcomePage()
    {
        QVERIFY(WelcomePage::shouldShow(*m_store, *m_settings, false));
        QVERIFY(!WelcomePage::shouldShow(*m_store, *m_settings, true));
        WelcomePage page;
        page.show();
        QSignalSpy sandbox(&page, &WelcomePage::trySandboxRequested);
        QSignalSpy project(&page, &WelcomePage::addProjectRequested);
        auto *sandboxButton = child<QPushButton>(&page, "trySandboxButton");
        auto *projectButton = child<QPushButton>(&page, "addProjectButton");
        QVERIFY(!sandboxButton->accessibleName().isEmpty()
                && !projectButton->accessibleName().isEmpty());
        QTest::mouseClick(sandboxButton, Qt::LeftButton);
        QTest::mouseClick(projectButton, Qt::LeftButton);
        QCOMPARE(sandbox.count(), 1);
        QCOMPARE(project.count(), 1);
        WelcomePage::markDismissed(*m_settings);
        QVERIFY(!WelcomePage::shouldShow(*m_store, *m_settings, false));
        m_settings->reset(Settings::Key::WelcomeDismissed);
        addProfile(QStringLiteral("Now there is one"));
        QVERIFY(!WelcomePage::shouldShow(*m_store, *m_settings, false));
    }
};

int main(int argc, char *argv[])
{
    // Never the user's keychain: with D-Bus pointed nowhere, the keychain is unavailable.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    QApplication app(argc, argv);
    TestProfileDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_profiledialog.moc"
