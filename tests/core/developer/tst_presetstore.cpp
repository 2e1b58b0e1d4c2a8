#include "api/connectclient.h"
#include "base/clock.h"
#include "connectsimulator.h"
#include "developer/presetstore.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ConnectDesk;
using namespace ConnectDesk::Sim;

Q_DECLARE_METATYPE(ConnectDesk::TokenRequest)

namespace {

TokenRequest fullRequest()
{
    TokenRequest r;
    r.projectId = QStringLiteral("proj_abc123");
    r.environment = QStringLiteral("production");
    r.externalUserId = QStringLiteral("customer-42@example.com");
    r.allowedOrigins = {QStringLiteral("https://app.example.com"), QStringLiteral("http://localhost:3000")};
    r.successRedirectUri = QStringLiteral("https://app.example.com/done?x=1,2&y=%22q%22");
    r.errorRedirectUri = QStringLiteral("https://app.example.com/error");
    r.webhookUri = QStringLiteral("https://hooks.example.com/pd");
    r.expiresIn = QStringLiteral("7200");
    r.scopes = {QStringLiteral("connect:accounts:read"), QStringLiteral("connect:tokens:create")};
    r.allowProgressiveScopes = true;
    r.appSlug = QStringLiteral("slack");
    return r;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// Presets: round-trip through the INI file, Unicode names, rename/delete rules, no secrets.
class TestPresetStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("connectdesk.ini")); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { QFile::remove(path()); }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<TokenRequest>("request");
        QTest::addColumn<bool>("includeProjectId");
        QTest::newRow("every field") << QString::fromUtf8("Slack onboarding — prod, 2 h, least scope")
                                     << fullRequest() << true;
        TokenRequest single = fullRequest();
        single.allowedOrigins = {QStringLiteral("https://only.example.com")};
        single.scopes = {QStringLiteral("connect:accounts:read connect:users:read")};
        QTest::newRow("one origin, one scope entry, no project")
            << QString::fromUtf8("Ünïcødé 😀 プリセット, with \"quotes\" and = ; #") << single << false;
        TokenRequest empty;
        empty.environment = QStringLiteral("development");
        QTest::newRow("nothing set") << QStringLiteral("blank") << empty << false;
    }

    void roundTrip()
    {
        QFETCH(QString, name);
        QFETCH(TokenRequest, request);
        QFETCH(bool, includeProjectId);
        const Preset preset = Preset::fromRequest(name, request, includeProjectId);
        QVERIFY(preset.request.externalUserId.isEmpty());
        QCOMPARE(preset.request.projectId.isEmpty(), !includeProjectId);
        {
            PresetStore store(path());
            QSignalSpy changed(&store, &PresetStore::changed);
            QVERIFY2(store.save(preset), qPrintable(store.errorString()));
            QCOMPARE(changed.count(), 1);
        }
        PresetStore reloaded(path());
        QCOMPARE(reloaded.names(), QStringList{name});
        const auto loaded = reloaded.preset(name);
        QVERIFY(loaded.has_value());
        QCOMPARE(*loaded, preset);
        QVERIFY(!fileBytes(path()).contains("customer-42"));
    }

    void applyToKeepsTheCustomer()
    {
        const Preset withProject = Preset::fromRequest(QStringLiteral("p"), fullRequest(), true);
        TokenRequest current;
        current.projectId = QStringLiteral("proj_current");
        current.externalUserId = QStringLiteral("someone-else");
        TokenRequest applied = withProject.applyTo(current);
        QCOMPARE(applied.externalUserId, QStringLiteral("someone-else"));
        QCOMPARE(applied.projectId, QStringLiteral("proj_abc123"));
        QCOMPARE(applied.scopes, fullRequest().scopes);
        const Preset withoutProject = Preset::fromRequest(QStringLiteral("p"), fullRequest(), false);
        applied = withoutProject.applyTo(current);
        QCOMPARE(applied.projectId, QStringLiteral("proj_current"));
        QCOMPARE(applied.appSlug, QStringLiteral("slack"));
    }

    void saveReplacesSameNameIgnoringCase()
    {
        PresetStore store(path());
        QVERIFY(store.save(Preset::fromRequest(QStringLiteral("Prod"), fullRequest(), true)));
        QVERIFY(store.save(Preset::fromRequest(QStringLiteral("Dev"), TokenRequest(), false)));
        TokenRequest changed = fullRequest();
        changed.expiresIn = QStringLiteral("600");
        QVERIFY(store.save(Preset::fromRequest(QStringLiteral("  prod "), changed, true)));
        QCOMPARE(store.names(), (QStringList{QStringLiteral("prod"), QStringLiteral("Dev")}));
        QCOMPARE(PresetStore(path()).preset(QStringLiteral("PROD"))->request.expiresIn,
                 QStringLiteral("600"));
        QVERIFY(!store.save(Preset::fromRequest(QStringLiteral("   "), changed, true)));
        QVERIFY(!store.errorString().isEmpty());
    }

    void renameAndDelete()
    {
        PresetStore store(path());
        QVERIFY(store.save(Preset::fromRequest(QStringLiteral("One"), fullRequest(), true)));
        QVERIFY(store.save(Preset::fromRequest(QStringLiteral("Two"), fullRequest(), false)));
        QVERIFY(!store.rename(QStringLiteral("One"), QStringLiteral("two")));
        QVERIFY(store.errorString().contains(QLatin1String("already exists")));
        QVERIFY(!store.rename(QStringLiteral("Missing"), QStringLiteral("Three")));
        QVERIFY(!store.rename(QStringLiteral("One"), QStringLiteral(" ")));
        QVERIFY(store.rename(QStringLiteral("one"), QStringLiteral("ONE"))); // case change only
        const QString unicode = QString::fromUtf8("Slack — 本番 😀");
        QVERIFY(store.rename(QStringLiteral("ONE"), unicode));
        QVERIFY(store.remove(QStringLiteral("two")));
        QVERIFY(!store.remove(QStringLiteral("two")));
        PresetStore reloaded(path());
        QCOMPARE(reloaded.names(), QStringList{unicode});
        QCOMPARE(reloaded.preset(unicode)->request.projectId, QStringLiteral("proj_abc123"));
    }

    void keepsOtherSettings()
    {
        {
            QSettings other(path(), QSettings::IniFormat);
            other.setValue(QStringLiteral("profiles/lastUsed"), QStringLiteral("abc"));
        }
        PresetStore store(path());
        QVERIFY(store.save(Preset::fromRequest(QStringLiteral("p"), fullRequest(), true)));
        QVERIFY(store.remove(QStringLiteral("p")));
        QSettings other(path(), QSettings::IniFormat);
        QCOMPARE(other.value(QStringLiteral("profiles/lastUsed")).toString(), QStringLiteral("abc"));
    }

    // After a real token flow, the settings file holds the preset and nothing secret.
    void noSecretsInTheFile()
    {
        ConnectSimulator sim;
        QVERIFY(sim.listenLocal());
        QNetworkAccessManager nam;
        SystemClock clock;
        AccessTokenProvider provider(&nam, clock);
        provider.setCredentials({sim.baseUrl(), SandboxCredentials::clientId(),
                                 SandboxCredentials::clientSecret(), {}});
        ConnectClient client(&nam, &provider, clock);
        TokenRequest request = fullRequest();
        request.projectId = SandboxCredentials::projectId();
        std::unique_ptr<ApiReply> reply(client.createToken(request));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QVERIFY2(reply->isOk(), qPrintable(reply->error().humanMessage()));
        QString accessToken;
        QObject context;
        provider.withToken(&context, [&](const QString &token, const ApiError &) { accessToken = token; });
        QTRY_VERIFY(!accessToken.isEmpty());

        PresetStore store(path());
        QVERIFY(store.save(Preset::fromRequest(QStringLiteral("after a flow"), request, true)));
        const QByteArray bytes = fileBytes(path());
        QVERIFY(bytes.contains("after a flow"));
        QVERIFY(bytes.contains("proj_sandbox"));
        QVERIFY(!bytes.contains(SandboxCredentials::clientSecret().toUtf8()));
        QVERIFY(!bytes.contains(SandboxCredentials::clientId().toUtf8()));
        QVERIFY(!bytes.contains(accessToken.toUtf8()));
        QVERIFY(!bytes.contains(reply->tokenResult()->token.toUtf8()));
        QVERIFY(!bytes.contains("customer-42"));
    }
};

QTEST_GUILESS_MAIN(TestPresetStore)
#include "tst_presetstore.moc"
