#include "exitcodes.h"

#include <QTest>

using namespace ConnectDesk;
using namespace ConnectDesk::Cli;

// The exit-code contract of docs/cli.md, as a table.
class tst_CliExitCodes final : public QObject
{
    Q_OBJECT

private slots:
    void mapping_data();
    void mapping();
    void fromError();
};

void tst_CliExitCodes::mapping_data()
{
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("code");
    QTest::newRow("none") << ApiError::Kind::None << 0;
    QTest::newRow("invalid input") << ApiError::Kind::InvalidInput << 2;
    QTest::newRow("credentials rejected") << ApiError::Kind::CredentialsRejected << 3;
    QTest::newRow("http") << ApiError::Kind::Http << 4;
    QTest::newRow("contract") << ApiError::Kind::Contract << 4;
    QTest::newRow("too large") << ApiError::Kind::TooLarge << 4;
    QTest::newRow("network") << ApiError::Kind::Network << 5;
    QTest::newRow("timeout") << ApiError::Kind::Timeout << 5;
    QTest::newRow("tls") << ApiError::Kind::Tls << 5;
    QTest::newRow("proxy") << ApiError::Kind::Proxy << 5;
    QTest::newRow("canceled") << ApiError::Kind::Canceled << 130;
}

void tst_CliExitCodes::mapping()
{
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, code);
    QCOMPARE(toInt(exitCodeFor(kind)), code);
}

void tst_CliExitCodes::fromError()
{
    ApiError error = ApiError::fromHttp(404, {}, QByteArray("{\"error\":\"project not found\"}"),
                                        QDateTime::currentDateTimeUtc());
    QCOMPARE(exitCodeFor(error), ExitCode::ApiFailure);
    QCOMPARE(exitCodeFor(ApiError::invalidInput(QStringLiteral("x"))), ExitCode::Usage);
    QCOMPARE(exitCodeFor(ApiError()), ExitCode::Ok);
}

QTEST_GUILESS_MAIN(tst_CliExitCodes)
#include "tst_cli_exitcodes.moc"
