#include "share/messagetemplate.h"
#include "share/messagetemplatestore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(ConnectDesk::MessageContext)

using namespace ConnectDesk;

// Message templates: the pure rendering (every placeholder, unknown ones, Unicode, expiry in
// words) with a fixed "now", the C locale and UTC; the defaults; and the settings-backed store.
class TestMessageTemplate final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QDateTime now() { return QDateTime(QDate(2026, 11, 28), QTime(12, 2, 1), Qt::UTC); }
    static QString link()
    {
        return QStringLiteral("https://pipedream.com/_static/connect.html?token=ctok_"
                              "0123456789abcdef0123456789abcdef&connectLink=true&app=slack");
    }
    static MessageContext context()
    {
        // 14399 s after now(): "3 hours 59 minutes".
        return {QUrl(link()),
                QStringLiteral("slack"),
                QStringLiteral("Slack"),
                QStringLiteral("jane@example.com"),
                QDateTime(QDate(2026, 11, 28), QTime(16, 2), Qt::UTC)};
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void render_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<MessageContext>("context");
        QTest::addColumn<QString>("expected");

        const MessageContext c = context();
        MessageContext slugOnly = c;
        slugOnly.appName.clear();
        MessageContext noApp = slugOnly;
        noApp.appSlug.clear();
        MessageContext unicode = c;
        unicode.externalUserId = QStringLiteral("Jürgen 山田 🙂");
        unicode.appName = QStringLiteral("Gmail für Ärzte");
        MessageContext tricky = c;
        tricky.externalUserId = QStringLiteral("{link} {app}");

        QTest::newRow("link") << QStringLiteral("{link}") << c << link();
        QTest::newRow("app name") << QStringLiteral("{app}") << c << QStringLiteral("Slack");
        QTest::newRow("app falls back to slug")
            << QStringLiteral("{app}") << slugOnly << QStringLiteral("slack");
        QTest::newRow("no app at all")
            << QStringLiteral("connect {app}") << noApp << QStringLiteral("connect your app");
        QTest::newRow("external user id") << QStringLiteral("for {external_user_id}.") << c
                                          << QStringLiteral("for jane@example.com.");
        QTest::newRow("expires at") << QStringLiteral("{expires_at}") << c
                                    << QStringLiteral("Saturday, 28 November 2026 at 16:02 UTC");
        QTest::newRow("expires in")
            << QStringLiteral("{expires_in}") << c << QStringLiteral("3 hours 59 minutes");
        QTest::newRow("all together")
            << QStringLiteral("{app} for {external_user_id}: {link} until {expires_at} "
                              "({expires_in})")
            << c
            << QStringLiteral("Slack for jane@example.com: ") + link()
                   + QStringLiteral(" until Saturday, 28 November 2026 at 16:02 UTC (3 hours 59 "
                                    "minutes)");
        QTest::newRow("repeated") << QStringLiteral("{app}/{app}") << c
                                  << QStringLiteral("Slack/Slack");
        QTest::newRow("unknown kept")
            << QStringLiteral("Hi {name}, {link}") << c << QStringLiteral("Hi {name}, ") + link();
        QTest::newRow("case matters") << QStringLiteral("{Link}") << c << QStringLiteral("{Link}");
        QTest::newRow("not a placeholder") << QStringLiteral("{ link } {} {1x} {link") << c
                                           << QStringLiteral("{ link } {} {1x} {link");
        QTest::newRow("double braces")
            << QStringLiteral("{{app}}") << c << QStringLiteral("{Slack}");
        QTest::newRow("unicode") << QStringLiteral("Grüße an {external_user_id} — {app} ✓")
                                 << unicode
                                 << QStringLiteral(
                                        "Grüße an Jürgen 山田 🙂 — Gmail für Ärzte ✓");
        QTest::newRow("values are not expanded again")
            << QStringLiteral("[{external_user_id}]") << tricky << QStringLiteral("[{link} {app}]");
        QTest::newRow("empty") << QString() << c << QString();
        QTest::newRow("no placeholders")
            << QStringLiteral("Line 1\nLine 2") << c << QStringLiteral("Line 1\nLine 2");
    }

    void render()
    {
        QFETCH(QString, text);
        QFETCH(MessageContext, context);
        QFETCH(QString, expected);
        QCOMPARE(MessageTemplates::render(text, context, now(), QLocale::c(), QTimeZone::utc()),
                 expected);
    }

    void expiresIn_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("full lifetime") << qint64(14400) << QStringLiteral("4 hours");
        QTest::newRow("a second later") << qint64(14399) << QStringLiteral("3 hours 59 minutes");
        QTest::newRow("one hour") << qint64(3600) << QStringLiteral("1 hour");
        QTest::newRow("one hour one minute") << qint64(3660) << QStringLiteral("1 hour 1 minute");
        QTest::newRow("two hours one minute") << qint64(7290) << QStringLiteral("2 hours 1 minute");
        QTest::newRow("minutes") << qint64(12 * 60 + 59) << QStringLiteral("12 minutes");
        QTest::newRow("one minute") << qint64(61) << QStringLiteral("1 minute");
        QTest::newRow("under a minute") << qint64(59) << QStringLiteral("less than a minute");
        QTest::newRow("now") << qint64(0) << QStringLiteral("already expired");
        QTest::newRow("past") << qint64(-300) << QStringLiteral("already expired");
    }

    void expiresIn()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, expected);
        QCOMPARE(MessageTemplates::formatExpiresIn(seconds, QLocale::c()), expected);
    }

    void expiresAt_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("expected");
        QTest::newRow("C, UTC") << QLocale::c() << QByteArray("UTC")
                                << QStringLiteral("Saturday, 28 November 2026 at 16:02 UTC");
        QTest::newRow("C, Berlin") << QLocale::c() << QByteArray("Europe/Berlin")
                                   << QStringLiteral("Saturday, 28 November 2026 at 17:02 CET");
        QTest::newRow("en_GB, New York")
            << QLocale(QLocale::English, QLocale::UnitedKingdom) << QByteArray("America/New_York")
            << QStringLiteral("Saturday, 28 November 2026 at 11:02 EST");
        QTest::newRow("C, next day in Tokyo")
            << QLocale::c() << QByteArray("Asia/Tokyo")
            << QStringLiteral("Sunday, 29 November 2026 at 01:02 JST");
    }

    void expiresAt()
    {
        QFETCH(QLocale, locale);
        QFETCH(QByteArray, zone);
        QFETCH(QString, expected);
        const QTimeZone timeZone(zone);
        QVERIFY(timeZone.isValid());
        QCOMPARE(MessageTemplates::formatExpiresAt(context().expiresAt, locale, timeZone), expected);
    }

    void expiresAtEnglishUsesTheLocalesOwnWords()
    {
        const QString text = MessageTemplates::formatExpiresAt(context().expiresAt,
                                                               QLocale(QLocale::English,
                                                                       QLocale::UnitedStates),
                                                               QTimeZone::utc());
        QVERIFY2(text.startsWith(QLatin1String("Saturday, November 28, 2026 at 4:02")),
                 qPrintable(text));
        QVERIFY2(text.endsWith(QLatin1String("PM UTC")), qPrintable(text));
    }

    void check_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("unknown");
        QTest::newRow("all known") << QStringLiteral("{app}")
                                   << QStringLiteral("{link} {external_user_id} {expires_at} "
                                                     "{expires_in}")
                                   << QStringList();
        QTest::newRow("unknown once each")
            << QString() << QStringLiteral("{name} {link} {name} {company}")
            << QStringList{QStringLiteral("{name}"), QStringLiteral("{company}")};
        QTest::newRow("subject first")
            << QStringLiteral("{Link}") << QStringLiteral("{foo} {Link}")
            << QStringList{QStringLiteral("{Link}"), QStringLiteral("{foo}")};
        QTest::newRow("braces that are no placeholder")
            << QString() << QStringLiteral("{ x } {} {1x}") << QStringList();
    }

    void check()
    {
        QFETCH(QString, subject);
        QFETCH(QString, body);
        QFETCH(QStringList, unknown);
        QCOMPARE((MessageTemplate{QStringLiteral("t"), subject, body}.check()), unknown);
    }

    void defaultsAreGood()
    {
        const QList<MessageTemplate> defaults = MessageTemplates::defaults();
        QCOMPARE(defaults.size(), 4);
        QStringList names;
        for (const MessageTemplate &entry : defaults) {
            names.append(entry.name);
            QVERIFY2(entry.check().isEmpty(), qPrintable(entry.name));
            QVERIFY2(entry.body.contains(QLatin1String("{link}")), qPrintable(entry.name));
            const RenderedMessage message
                = MessageTemplates::render(entry, context(), now(), QLocale::c(), QTimeZone::utc());
            QVERIFY(message.body.contains(link()));
            QVERIFY2(!message.body.contains(QLatin1Char('{')), qPrintable(message.body));
        }
        QCOMPARE(names,
                 (QStringList{QStringLiteral("Email"),
                              QStringLiteral("Chat"),
                              QStringLiteral("Support ticket"),
                              QStringLiteral("Link only")}));
        QCOMPARE(defaults.at(0).subject, QStringLiteral("Your link to connect {app}"));
        QCOMPARE(MessageTemplates::render(defaults.at(0),
                                          context(),
                                          now(),
                                          QLocale::c(),
                                          QTimeZone::utc())
                     .subject,
                 QStringLiteral("Your link to connect Slack"));
        QCOMPARE(MessageTemplates::render(defaults.at(1),
                                          context(),
                                          now(),
                                          QLocale::c(),
                                          QTimeZone::utc())
                     .body,
                 QStringLiteral("Here is your secure link to connect Slack: ") + link()
                     + QStringLiteral("\nIt works once and expires in 3 hours 59 minutes "
                                      "(Saturday, 28 November 2026 at 16:02 UTC)."));
        QCOMPARE(defaults.at(3).body, QStringLiteral("{link}"));
    }

    void storeStartsWithDefaults()
    {
        MessageTemplateStore store(m_dir.filePath(QStringLiteral("fresh.ini")));
        QCOMPARE(store.templates(), MessageTemplates::defaults());
        QVERIFY(!store.isCustomized());
        QVERIFY(store.find(QStringLiteral("Chat")));
        QVERIFY(!store.find(QStringLiteral("Nope")));
    }

    void storeRoundTripsThroughTheFile()
    {
        const QString file = m_dir.filePath(QStringLiteral("roundtrip.ini"));
        const QList<MessageTemplate> mine{
            {QStringLiteral("Zendesk"),
             QString(),
             QStringLiteral("Hallo {external_user_id},\n\nbitte hier klicken: {link}\n\n— Grüße")},
            {QStringLiteral("Email, short"),
             QStringLiteral("Connect {app} = go"),
             QStringLiteral("{link}\r\nbye; \"quoted\" [x]")},
        };
        {
            MessageTemplateStore store(file);
            QSignalSpy changed(&store, &MessageTemplateStore::changed);
            QVERIFY(store.setTemplates(mine));
            QCOMPARE(changed.count(), 1);
            QVERIFY(store.setTemplates(mine)); // unchanged: no signal
            QCOMPARE(changed.count(), 1);
            store.setLastUsed(QStringLiteral("Zendesk"));
        }
        MessageTemplateStore reopened(file);
        QVERIFY(reopened.isCustomized());
        QCOMPARE(reopened.templates(), mine);
        QCOMPARE(reopened.lastUsed(), QStringLiteral("Zendesk"));

        QSignalSpy changed(&reopened, &MessageTemplateStore::changed);
        QVERIFY(reopened.resetToDefaults());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(reopened.templates(), MessageTemplates::defaults());
        QVERIFY(!reopened.isCustomized());
        QCOMPARE(MessageTemplateStore(file).templates(), MessageTemplates::defaults());
    }

    void storeCleansNames()
    {
        MessageTemplateStore store(m_dir.filePath(QStringLiteral("names.ini")));
        QVERIFY(store.setTemplates({{QStringLiteral("  Chat  "), {}, QStringLiteral("a")},
                                    {QStringLiteral("chat"), {}, QStringLiteral("b")},
                                    {QStringLiteral("   "), {}, QStringLiteral("dropped")}}));
        const QList<MessageTemplate> saved = store.templates();
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved.at(0).name, QStringLiteral("Chat"));
        QCOMPARE(saved.at(1).name, QStringLiteral("chat (2)"));
        // Nothing usable left: back to the defaults rather than an empty chooser.
        QVERIFY(store.setTemplates({{QString(), {}, QStringLiteral("x")}}));
        QCOMPARE(store.templates(), MessageTemplates::defaults());
    }
};


QTEST_GUILESS_MAIN(TestMessageTemplate)
#include "tst_messagetemplate.moc"
