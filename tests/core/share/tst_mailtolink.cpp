#include "share/mailtolink.h"

#include <QTest>
#include <QUrlQuery>

using namespace ConnectDesk;

// mailto: URLs as RFC 6068 wants them: %20 for spaces, %0D%0A for line breaks, UTF-8.
class TestMailtoLink final : public QObject
{
    Q_OBJECT

private slots:
    void build_data()
    {
        QTest::addColumn<QStringList>("to");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("spaces and a line break")
            << QStringList() << QStringLiteral("Hi there") << QStringLiteral("Line 1\nLine 2")
            << QByteArray("mailto:?subject=Hi%20there&body=Line%201%0D%0ALine%202");
        QTest::newRow("CRLF and CR become CRLF")
            << QStringList() << QString() << QStringLiteral("a\r\nb\rc\n\nd")
            << QByteArray("mailto:?body=a%0D%0Ab%0D%0Ac%0D%0A%0D%0Ad");
        QTest::newRow("reserved characters")
            << QStringList() << QStringLiteral("a&b=c?d#e+f%g/h:i;j,k") << QString()
            << QByteArray("mailto:?subject=a%26b%3Dc%3Fd%23e%2Bf%25g%2Fh%3Ai%3Bj%2Ck");
        QTest::newRow("a Connect Link in the body")
            << QStringList() << QString()
            << QStringLiteral("https://pipedream.com/_static/connect.html?token=ctok_1&app=slack")
            << QByteArray("mailto:?body=https%3A%2F%2Fpipedream.com%2F_static%2Fconnect.html%3F"
                          "token%3Dctok_1%26app%3Dslack");
        QTest::newRow("unicode as UTF-8")
            << QStringList() << QStringLiteral("Grüße 山") << QString()
            << QByteArray("mailto:?subject=Gr%C3%BC%C3%9Fe%20%E5%B1%B1");
        QTest::newRow("unreserved stay") << QStringList() << QStringLiteral("a-b.c_d~e")
                                         << QString() << QByteArray("mailto:?subject=a-b.c_d~e");
        QTest::newRow("recipient")
            << QStringList{QStringLiteral("jane@example.com")} << QStringLiteral("S")
            << QStringLiteral("B") << QByteArray("mailto:jane@example.com?subject=S&body=B");
        QTest::newRow("recipient with plus")
            << QStringList{QStringLiteral(" jane+test@example.com ")} << QString() << QString()
            << QByteArray("mailto:jane%2Btest@example.com");
        QTest::newRow("two recipients") << QStringList{QStringLiteral("a@example.com"),
                                                       QString(),
                                                       QStringLiteral("b@example.com")}
                                        << QString() << QStringLiteral("x")
                                        << QByteArray("mailto:a@example.com,b@example.com?body=x");
        QTest::newRow("nothing") << QStringList() << QString() << QString()
                                 << QByteArray("mailto:");
    }

    void build()
    {
        QFETCH(QStringList, to);
        QFETCH(QString, subject);
        QFETCH(QString, body);
        QFETCH(QByteArray, expected);
        const QUrl url = MailtoLink::build(to, subject, body);
        QVERIFY2(url.isValid(), qPrintable(url.errorString()));
        QCOMPARE(url.scheme(), QStringLiteral("mailto"));
        QCOMPARE(url.toEncoded(), expected);
        QCOMPARE(url.toString(QUrl::FullyEncoded).toLatin1(), expected);
    }

    void decodesBackToTheText()
    {
        const QString subject = QStringLiteral("Your link to connect Slack & more + 100%");
        const QString body = QStringLiteral(
            "Hello Jürgen,\n\nopen https://x.example/c?a=1&b=2#f\n\n"
            "Thanks!");
        const QUrl url = MailtoLink::build(QStringLiteral("jane@example.com"), subject, body);
        QCOMPARE(url.path(), QStringLiteral("jane@example.com"));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded), subject);
        QString crlf = body;
        crlf.replace(QLatin1String("\n"), QLatin1String("\r\n"));
        QCOMPARE(query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded), crlf);
        QVERIFY(!url.toEncoded().contains('+'));
        QVERIFY(!url.toEncoded().contains(' '));
    }

    void looksLikeEmailAddress_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        QTest::newRow("plain") << QStringLiteral("jane@example.com") << true;
        QTest::newRow("plus and dots") << QStringLiteral("jane.doe+x@mail.example.co.uk") << true;
        QTest::newRow("padded") << QStringLiteral(" jane@example.com ") << true;
        QTest::newRow("an id") << QStringLiteral("user_123") << false;
        QTest::newRow("no domain dot") << QStringLiteral("jane@localhost") << false;
        QTest::newRow("two at") << QStringLiteral("a@b@example.com") << false;
        QTest::newRow("spaces") << QStringLiteral("jane doe@example.com") << false;
        QTest::newRow("list") << QStringLiteral("a@example.com,b@example.com") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void looksLikeEmailAddress()
    {
        QFETCH(QString, text);
        QFETCH(bool, expected);
        QCOMPARE(MailtoLink::looksLikeEmailAddress(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestMailtoLink)
#include "tst_mailtolink.moc"
