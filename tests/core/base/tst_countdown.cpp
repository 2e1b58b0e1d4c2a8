#include "base/countdown.h"

#include <QTest>

using ConnectDesk::Countdown;
using ConnectDesk::CountdownState;

class TestCountdown final : public QObject
{
    Q_OBJECT
private slots:
    void state_data();
    void state();
    void duration_data();
    void duration();
    void text_data();
    void text();
    void accessibleText_data();
    void accessibleText();
    void accessibleTextChangesAtMostOncePerMinute();
};

void TestCountdown::state_data()
{
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<CountdownState>("expected");
    QTest::newRow("four hours") << qint64(14400) << CountdownState::Active;
    QTest::newRow("just over five minutes") << qint64(301) << CountdownState::Active;
    QTest::newRow("five minutes") << qint64(300) << CountdownState::Soon;
    QTest::newRow("one second") << qint64(1) << CountdownState::Soon;
    QTest::newRow("zero") << qint64(0) << CountdownState::Expired;
    QTest::newRow("past") << qint64(-3600) << CountdownState::Expired;
}

void TestCountdown::state()
{
    QFETCH(qint64, secondsLeft);
    QFETCH(CountdownState, expected);
    QCOMPARE(Countdown::state(secondsLeft), expected);
}

void TestCountdown::duration_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("4 h") << qint64(14400) << QStringLiteral("4 h");
    QTest::newRow("3 h 59 min 59 s") << qint64(14399) << QStringLiteral("3 h 59 min");
    QTest::newRow("1 h 1 min") << qint64(3660) << QStringLiteral("1 h 1 min");
    QTest::newRow("1 h") << qint64(3600) << QStringLiteral("1 h");
    QTest::newRow("59 min 59 s") << qint64(3599) << QStringLiteral("59 min");
    QTest::newRow("15 min") << qint64(900) << QStringLiteral("15 min");
    QTest::newRow("5 min") << qint64(300) << QStringLiteral("5 min");
    QTest::newRow("4 min 59 s") << qint64(299) << QStringLiteral("4 min 59 s");
    QTest::newRow("2 min") << qint64(120) << QStringLiteral("2 min");
    QTest::newRow("1 min 5 s") << qint64(65) << QStringLiteral("1 min 5 s");
    QTest::newRow("59 s") << qint64(59) << QStringLiteral("59 s");
    QTest::newRow("1 s") << qint64(1) << QStringLiteral("1 s");
    QTest::newRow("0 s") << qint64(0) << QStringLiteral("0 s");
    QTest::newRow("negative clamps") << qint64(-5) << QStringLiteral("0 s");
}

void TestCountdown::duration()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);
    QCOMPARE(Countdown::duration(seconds), expected);
}

void TestCountdown::text_data()
{
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<QString>("expected");
    QTest::newRow("active") << qint64(14340) << QStringLiteral("expires in 3 h 59 min");
    QTest::newRow("soon") << qint64(272) << QStringLiteral("expires in 4 min 32 s");
    QTest::newRow("last second") << qint64(1) << QStringLiteral("expires in 1 s");
    QTest::newRow("expired now") << qint64(0) << QStringLiteral("expired just now");
    QTest::newRow("expired 59 s ago") << qint64(-59) << QStringLiteral("expired just now");
    QTest::newRow("expired 2 min ago") << qint64(-150) << QStringLiteral("expired 2 min ago");
    QTest::newRow("expired 1 h ago") << qint64(-3700) << QStringLiteral("expired 1 h 1 min ago");
}

void TestCountdown::text()
{
    QFETCH(qint64, secondsLeft);
    QFETCH(QString, expected);
    QCOMPARE(Countdown::text(secondsLeft), expected);
}

void TestCountdown::accessibleText_data()
{
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<QString>("expected");
    QTest::newRow("4 h") << qint64(14400) << QStringLiteral("Expires in 4 hour(s).");
    QTest::newRow("3 h 59 min 30 s rounds up") << qint64(14370) << QStringLiteral("Expires in 4 hour(s).");
    QTest::newRow("3 h 59 min") << qint64(14340) << QStringLiteral("Expires in 3 hour(s) and 59 minute(s).");
    QTest::newRow("4 min 1 s") << qint64(241) << QStringLiteral("Expires in 5 minute(s).");
    QTest::newRow("1 s") << qint64(1) << QStringLiteral("Expires in 1 minute(s).");
    QTest::newRow("expired") << qint64(0) << QStringLiteral("The link has expired.");
}

void TestCountdown::accessibleText()
{
    QFETCH(qint64, secondsLeft);
    QFETCH(QString, expected);
    QCOMPARE(Countdown::accessibleText(secondsLeft), expected);
}

void TestCountdown::accessibleTextChangesAtMostOncePerMinute()
{
    // Counting down second by second for ten minutes changes the spoken text ten times.
    int changes = 0;
    QString previous = Countdown::accessibleText(14400);
    for (qint64 left = 14399; left >= 14400 - 600; --left) {
        const QString now = Countdown::accessibleText(left);
        if (now != previous)
            ++changes;
        previous = now;
    }
    QCOMPARE(changes, 10);
}

QTEST_GUILESS_MAIN(TestCountdown)
#include "tst_countdown.moc"
