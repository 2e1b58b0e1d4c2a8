#include "api/appinfo.h"

#include <QTest>

using namespace ConnectDesk;
using namespace Qt::StringLiterals;

// The apps list parse the app picker relies on: slugs kept, names defaulted, junk skipped.
class TestAppInfo final : public QObject
{
    Q_OBJECT

private slots:
    void listFromJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("slugs");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("two apps") << QByteArray(R"({"data":[{"name_slug":"slack","name":"Slack"},
            {"name_slug":"google_sheets","name":"Google Sheets"}],"page_info":{}})")
                                  << QStringList{u"slack"_s, u"google_sheets"_s}
                                  << QStringList{u"Slack"_s, u"Google Sheets"_s};
        QTest::newRow("no name: the slug") << QByteArray(R"({"data":[{"name_slug":"x_y"}]})")
                                           << QStringList{u"x_y"_s} << QStringList{u"x_y"_s};
        QTest::newRow("no slug: skipped") << QByteArray(R"({"data":[{"name":"Nameless"},
            {"name_slug":"","name":"Empty"},{"name_slug":"a","name":"A"}]})")
                                          << QStringList{u"a"_s} << QStringList{u"A"_s};
        QTest::newRow("not JSON") << QByteArray("<html>") << QStringList{} << QStringList{};
        QTest::newRow("data not a list") << QByteArray(R"({"data":{"name_slug":"a"}})")
                                         << QStringList{} << QStringList{};
    }
    void listFromJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, slugs);
        QFETCH(QStringList, names);
        const QList<AppInfo> apps = AppInfo::listFromJson(json);
        QStringList gotSlugs, gotNames;
        for (const AppInfo &app : apps) {
            gotSlugs << app.slug;
            gotNames << app.name;
        }
        QCOMPARE(gotSlugs, slugs);
        QCOMPARE(gotNames, names);
    }

    // What the readiness line needs: auth_type (none = nothing to connect) and scope profiles.
    void oneAppWithReadiness()
    {
        const auto slack = AppInfo::oneFromJson(R"({"data":{"id":"app_1","name_slug":"slack",
            "name":"Slack","auth_type":"oauth","scope_profiles":[{"name":"read_only",
            "scopes":["channels:read","users:read"]},{"scopes":["x"]}]}})");
        QVERIFY(slack);
        QCOMPARE(slack->id, u"app_1"_s);
        QCOMPARE(slack->authType, u"oauth"_s);
        QVERIFY(slack->isConnectable());
        QCOMPARE(slack->scopeProfiles.size(), 1); // a profile without a name is skipped
        QCOMPARE(slack->scopeProfiles.first().name, u"read_only"_s);
        QCOMPARE(slack->scopeProfiles.first().scopes,
                 QStringList({u"channels:read"_s, u"users:read"_s}));

        const auto http = AppInfo::oneFromJson(
            R"({"data":{"name_slug":"http","name":"HTTP","auth_type":"none","scope_profiles":[]}})");
        QVERIFY(http);
        QVERIFY(!http->isConnectable());
        // Unknown auth type: assume it can be connected rather than block a link.
        QVERIFY(AppInfo::oneFromJson(R"({"data":{"name_slug":"a"}})")->isConnectable());
        QVERIFY(!AppInfo::oneFromJson(R"({"data":[]})"));
        QVERIFY(!AppInfo::oneFromJson("<html>"));
    }

    void oauthClients()
    {
        const QList<OAuthClientInfo> clients = OAuthClientInfo::listFromJson(
            R"({"data":[{"id":"oa_1","name":"Acme","name_slug":"slack","client_id":"c1"},
                        {"name":"no id"},{"id":"oa_2","name_slug":"slack"}],"page_info":{}})");
        QCOMPARE(clients.size(), 2);
        QCOMPARE(clients.at(0).id, u"oa_1"_s);
        QCOMPARE(clients.at(0).name, u"Acme"_s);
        QCOMPARE(clients.at(0).appSlug, u"slack"_s);
        QCOMPARE(clients.at(0).clientId, u"c1"_s);
        QCOMPARE(clients.at(1).name, u"oa_2"_s); // no name: the id
        QVERIFY(OAuthClientInfo::listFromJson("{}").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAppInfo)
#include "tst_appinfo.moc"
