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
};

QTEST_GUILESS_MAIN(TestAppInfo)
#include "tst_appinfo.moc"
