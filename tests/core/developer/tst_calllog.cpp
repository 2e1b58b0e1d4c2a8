#include "api/connectclient.h"
#include "base/clock.h"
#include "connectsimulator.h"
#include "developer/calllog.h"
#include "simulatedapi.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ConnectDesk;
using namespace ConnectDesk::Sim;

namespace {

CallRecord makeRecord(const QString &path, int status, const QString &error = {})
{
    CallRecord record;
    record.startedAt = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    record.method = QByteArrayLiteral("GET");
    record.url = QUrl(QStringLiteral("https://api.pipedream.com") + path);
    record.status = status;
    record.durationMs = 42;
    record.error = error;
    return record;
}

QStringList columnTexts(const QAbstractItemModel &model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts.append(model.index(row, column).data().toString());
    return texts;
}

} // namespace

// The session's call log: model contract, masking after a real flow, filter, clear and cap.
class TestCallLog final : public QObject
{
    Q_OBJECT

private slots:
    void modelContract()
    {
        CallLogModel model;
        CallLogFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCapacity(3);
        for (int i = 0; i < 5; ++i)
            model.append(makeRecord(QStringLiteral("/v1/connect/apps?n=%1").arg(i), i % 2 ? 200 : 500));
        filter.setErrorsOnly(true);
        filter.setText(QStringLiteral("n=4"));
        filter.setText({});
        filter.setErrorsOnly(false);
        model.setCapacity(1);
        model.clear();
        model.append(makeRecord(QStringLiteral("/v1/oauth/token"), 200));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(CallLogModel::ColumnCount));
        QCOMPARE(model.headerData(CallLogModel::StatusColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Status"));
    }

    void columns()
    {
        CallLogModel model;
        CallRecord record = makeRecord(QStringLiteral("/v1/connect/tokens/ctok_abc/validate?app_id=slack"), 200);
        record.retries = 2;
        record.durationMs = 1500;
        model.append(record);
        model.append(makeRecord(QStringLiteral("/v1/oauth/token"), 0, QStringLiteral("Connection refused")));
        QCOMPARE(model.index(0, CallLogModel::MethodColumn).data().toString(), QStringLiteral("GET"));
        QCOMPARE(model.index(0, CallLogModel::PathColumn).data().toString(),
                 QStringLiteral("/v1/connect/tokens/ctok_abc/validate?app_id=slack"));
        QCOMPARE(model.index(0, CallLogModel::StatusColumn).data().toString(), QStringLiteral("200"));
        QCOMPARE(model.index(0, CallLogModel::RetriesColumn).data().toInt(), 2);
        QVERIFY(model.index(0, CallLogModel::DurationColumn).data().toString().contains(QLatin1String("s")));
        QVERIFY(!model.index(0, CallLogModel::TimeColumn).data().toString().isEmpty());
        QCOMPARE(model.index(0, 0).data(CallLogModel::IsErrorRole).toBool(), false);
        QCOMPARE(model.index(1, CallLogModel::StatusColumn).data().toString(), QStringLiteral("no answer"));
        QCOMPARE(model.index(1, CallLogModel::StatusColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Connection refused"));
        QCOMPARE(model.index(1, 0).data(CallLogModel::IsErrorRole).toBool(), true);
        QCOMPARE(CallLogModel::durationText(42), QStringLiteral("42 ms"));
    }

    void maskedOnTheWayIn()
    {
        CallLogModel model;
        CallRecord record = makeRecord(QStringLiteral("/v1/oauth/token"), 200);
        record.requestHeaders = {{QByteArrayLiteral("authorization"), QByteArrayLiteral("Bearer leaked-token")}};
        record.requestBody = QByteArrayLiteral(R"({"client_id":"id","client_secret":"s3cret"})");
        record.responseBody = QByteArrayLiteral(R"({"access_token": "eyJ.leaked","expires_in":3600})");
        model.append(record);
        const CallRecord &stored = model.record(0);
        QCOMPARE(stored.requestHeaders.at(0).second, QByteArrayLiteral("Bearer ********"));
        QVERIFY(!stored.requestBody.contains("s3cret"));
        QVERIFY(!stored.responseBody.contains("eyJ.leaked"));
        QVERIFY(stored.requestBody.contains(R"("client_id":"id")"));
    }

    // A real session against the simulator: oauth/token, tokens, validate, apps.
    void realFlowKeepsSecretsOut()
    {
        Testing::SimulatedApi<> api;
        QVERIFY(api.listening);
        CallLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&api.client, &ConnectClient::callFinished, &model, &CallLogModel::append);

        TokenRequest request;
        request.projectId = SandboxCredentials::projectId();
        request.environment = QStringLiteral("development");
        request.externalUserId = QStringLiteral("jane@example.com");
        std::unique_ptr<ApiReply> created(api.client.createToken(request));
        QTRY_VERIFY_WITH_TIMEOUT(created->isFinished(), 10000);
        QVERIFY(created->isOk());
        const QString ctok = created->tokenResult()->token;
        std::unique_ptr<ApiReply> checked(api.client.validateToken(ctok, QStringLiteral("slack")));
        std::unique_ptr<ApiReply> apps(api.client.searchApps(QStringLiteral("sla")));
        QTRY_VERIFY_WITH_TIMEOUT(checked->isFinished() && apps->isFinished(), 10000);
        QTRY_COMPARE(model.rowCount(), 4);

        QString accessToken;
        QObject context;
        api.provider.withToken(&context, [&](const QString &token, const ApiError &) { accessToken = token; });
        QTRY_VERIFY(!accessToken.isEmpty());

        const QStringList paths = columnTexts(model, CallLogModel::PathColumn);
        QCOMPARE(paths.at(0), QStringLiteral("/v1/oauth/token"));
        QVERIFY(paths.at(1).endsWith(QLatin1String("/tokens")));

        const QString secret = SandboxCredentials::clientSecret();
        const QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole, Qt::StatusTipRole,
                               Qt::AccessibleTextRole, CallLogModel::SearchTextRole};
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                for (int role : roles) {
                    const QString text = model.index(row, column).data(role).toString();
                    QVERIFY2(!text.contains(secret), qPrintable(text));
                    QVERIFY2(!text.contains(accessToken), qPrintable(text));
                }
            }
            const CallRecord &record = model.record(row);
            QByteArray everything = record.requestBody + record.responseBody + record.url.toEncoded()
                                    + record.error.toUtf8();
            for (const auto &[name, value] : record.requestHeaders + record.responseHeaders)
                everything += name + ": " + value + '\n';
            QVERIFY(!everything.contains(secret.toUtf8()));
            QVERIFY(!everything.contains(accessToken.toUtf8()));
        }
        // What was masked is still recognisable; the Connect token (the output) is not masked.
        QVERIFY(model.record(0).requestBody.contains(R"("client_secret":"********")"));
        QVERIFY(model.record(0).responseBody.contains(R"("access_token":"********")"));
        QVERIFY(model.record(1).responseBody.contains(ctok.toUtf8()));
        bool sawMaskedBearer = false;
        for (const auto &[name, value] : model.record(1).requestHeaders)
            sawMaskedBearer |= name.compare("authorization", Qt::CaseInsensitive) == 0
                               && value == "Bearer ********";
        QVERIFY(sawMaskedBearer);
    }

    void filter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("errorsOnly");
        QTest::addColumn<QStringList>("expectedPaths");
        QTest::newRow("everything") << QString() << false
                                    << QStringList{QStringLiteral("/v1/oauth/token"),
                                                   QStringLiteral("/v1/connect/proj_a/tokens"),
                                                   QStringLiteral("/v1/connect/apps?q=sl"),
                                                   QStringLiteral("/v1/connect/proj_a/accounts")};
        QTest::newRow("errors only") << QString() << true
                                     << QStringList{QStringLiteral("/v1/connect/proj_a/tokens"),
                                                    QStringLiteral("/v1/connect/proj_a/accounts")};
        QTest::newRow("text, any case") << QStringLiteral("TOKEN") << false
                                        << QStringList{QStringLiteral("/v1/oauth/token"),
                                                       QStringLiteral("/v1/connect/proj_a/tokens")};
        QTest::newRow("text and errors") << QStringLiteral("token") << true
                                         << QStringList{QStringLiteral("/v1/connect/proj_a/tokens")};
        QTest::newRow("status") << QStringLiteral("429") << false
                                << QStringList{QStringLiteral("/v1/connect/proj_a/tokens")};
        QTest::newRow("error text") << QStringLiteral("refused") << false
                                    << QStringList{QStringLiteral("/v1/connect/proj_a/accounts")};
        QTest::newRow("no match") << QStringLiteral("nothing like it") << false << QStringList();
    }

    void filter()
    {
        QFETCH(QString, text);
        QFETCH(bool, errorsOnly);
        QFETCH(QStringList, expectedPaths);
        CallLogModel model;
        model.append(makeRecord(QStringLiteral("/v1/oauth/token"), 200));
        model.append(makeRecord(QStringLiteral("/v1/connect/proj_a/tokens"), 429));
        model.append(makeRecord(QStringLiteral("/v1/connect/apps?q=sl"), 200));
        model.append(makeRecord(QStringLiteral("/v1/connect/proj_a/accounts"), 0,
                                QStringLiteral("Connection refused")));
        CallLogFilter filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        filter.setText(text);
        filter.setErrorsOnly(errorsOnly);
        QCOMPARE(columnTexts(filter, CallLogModel::PathColumn), expectedPaths);
    }

    void clear()
    {
        CallLogModel model;
        model.append(makeRecord(QStringLiteral("/v1/oauth/token"), 200));
        model.append(makeRecord(QStringLiteral("/v1/connect/apps"), 200));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.count(), 1);
        model.clear(); // already empty: nothing to announce
        QCOMPARE(reset.count(), 1);
    }

    void capDropsTheOldest()
    {
        CallLogModel model;
        QCOMPARE(model.capacity(), 1000);
        // (modelContract() runs the model tester over the same insert/drop path at a small cap.)
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        for (int i = 0; i < 1005; ++i)
            model.append(makeRecord(QStringLiteral("/v1/connect/apps?n=%1").arg(i), 200));
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(removed.count(), 5);
        QCOMPARE(model.index(0, CallLogModel::PathColumn).data().toString(),
                 QStringLiteral("/v1/connect/apps?n=5"));
        QCOMPARE(model.index(999, CallLogModel::PathColumn).data().toString(),
                 QStringLiteral("/v1/connect/apps?n=1004"));
        model.setCapacity(2);
        QCOMPARE(columnTexts(model, CallLogModel::PathColumn),
                 (QStringList{QStringLiteral("/v1/connect/apps?n=1003"),
                              QStringLiteral("/v1/connect/apps?n=1004")}));
    }
};

QTEST_GUILESS_MAIN(TestCallLog)
#include "tst_calllog.moc"
