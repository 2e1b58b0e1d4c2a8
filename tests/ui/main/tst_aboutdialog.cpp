// Help > About: versions, license, application ID, where things live, and diagnostics that
// never carry a secret.
#include "api/useragent.h"
#include "connectdeskversion.h"
#include "history/historystore.h"
#include "main/aboutdialog.h"
#include "profiles/settings.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace ConnectDesk;
using namespace ConnectDesk::Ui;

class TestAboutDialog final : public QObject
{
    Q_OBJECT

private:
    static QString value(const AboutDialog &dialog, const char *name)
    {
        auto *label = dialog.findChild<QLabel *>(QLatin1String(name));
        return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
    }

private slots:
    void showsVersionsLicenseAndPlaces()
    {
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(value(dialog, "versionValue"), applicationVersion());
        QCOMPARE(applicationVersion(), QStringLiteral(CONNECTDESK_VERSION));
        QVERIFY(value(dialog, "qtVersionValue").contains(QString::fromLatin1(qVersion())));
        QVERIFY(value(dialog, "licenseValue").contains(QLatin1String("MIT")));
        QCOMPARE(value(dialog, "appIdValue"), QStringLiteral("io.github.connectdesk.ConnectDesk"));
        QCOMPARE(value(dialog, "settingsPathValue"),
                 QDir::toNativeSeparators(Settings::defaultFilePath()));
        QCOMPARE(value(dialog, "historyPathValue"),
                 QDir::toNativeSeparators(HistoryStore::defaultPath()));
        QVERIFY(value(dialog, "secretsValue").contains(QLatin1String("keychain")));
        QVERIFY(!value(dialog, "languageValue").isEmpty());

        dialog.setSettingsPath(QStringLiteral("/etc/elsewhere/connectdesk.ini"));
        QCOMPARE(value(dialog, "settingsPathValue"),
                 QDir::toNativeSeparators(QStringLiteral("/etc/elsewhere/connectdesk.ini")));
    }

    void copiesDiagnosticsWithoutSecrets()
    {
        const QByteArray secret = "pd_secret_do_not_leak_0123456789";
        qputenv("PIPEDREAM_CLIENT_SECRET", secret);
        qputenv("PIPEDREAM_CLIENT_ID", "oc_client_id_do_not_leak");
        AboutDialog dialog;
        dialog.setHistoryPath(QStringLiteral("/tmp/somewhere/history.sqlite"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyDiagnosticsButton"));
        QVERIFY(copy);
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(copy, Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        QCOMPARE(copied, dialog.diagnostics());
        for (const QString &expected :
             {applicationVersion(), QString::fromLatin1(qVersion()),
              QStringLiteral("io.github.connectdesk.ConnectDesk"),
              QDir::toNativeSeparators(Settings::defaultFilePath()),
              QDir::toNativeSeparators(QStringLiteral("/tmp/somewhere/history.sqlite")),
              QStringLiteral("keychain")})
            QVERIFY2(copied.contains(expected), qPrintable(expected + QStringLiteral(" missing")));
        QVERIFY(!copied.contains(QString::fromLatin1(secret)));
        QVERIFY(!copied.contains(QLatin1String("oc_client_id_do_not_leak")));
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("diagnosticsCopiedLabel"))
                     ->text()
                     .isEmpty());
        qunsetenv("PIPEDREAM_CLIENT_SECRET");
        qunsetenv("PIPEDREAM_CLIENT_ID");
    }
};

QTEST_MAIN(TestAboutDialog)

#include "tst_aboutdialog.moc"
