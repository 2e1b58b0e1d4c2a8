#include "api/connectclient.h"
#include "base/clock.h"
#include "connectsimulator.h"
#include "developer/requestpreview.h"
#include "simulatedapi.h"

#include <QJsonDocument>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

using namespace ConnectDesk;
using namespace ConnectDesk::Sim;
using namespace ConnectDesk::Ui;

Q_DECLARE_METATYPE(ConnectDesk::TokenRequest)

// The Request tab shows exactly what goes on the wire: its compact body and headers are
// compared with what the simulator receives from a real createToken for the same form.
class TestRequestPreview final : public QObject
{
    Q_OBJECT

private slots:
    void previewEqualsTheWire_data()
    {
        QTest::addColumn<TokenRequest>("request");
        TokenRequest minimal;
        minimal.projectId = SandboxCredentials::projectId();
        minimal.environment = QStringLiteral("development");
        minimal.externalUserId = QStringLiteral("  jane@example.com  "); // trimmed on the wire
        QTest::newRow("minimal, untrimmed") << minimal;

        TokenRequest awkward = minimal;
        awkward.externalUserId = QString::fromUtf8("o'brien \"$HOME\" `id` ü 😀 ユーザー");
        awkward.allowedOrigins = {QStringLiteral("HTTPS://App.Example.com/"), QString(),
                                  QStringLiteral("http://localhost:3000"),
                                  QStringLiteral("https://app.example.com")};
        awkward.successRedirectUri = QStringLiteral(" https://app.example.com/done?msg=a%0Ab ");
        awkward.errorRedirectUri = QStringLiteral("https://app.example.com/error?x=%22q%22");
        awkward.webhookUri = QStringLiteral("https://hooks.example.com/pd");
        awkward.expiresIn = QStringLiteral(" 600 ");
        awkward.scopes = {QStringLiteral("connect:accounts:read, connect:tokens:create"),
                          QStringLiteral("connect:accounts:read")};
        awkward.allowProgressiveScopes = true;
        awkward.appSlug = QStringLiteral("Slack");
        QTest::newRow("every field, normalised") << awkward;
    }

    void previewEqualsTheWire()
    {
        QFETCH(TokenRequest, request);
        Testing::SimulatedApi<> api;
        QVERIFY(api.listening);

        RequestPreview preview;
        preview.setRequest(request, api.sim.baseUrl());
        QVERIFY(request.isValid());
        QVERIFY(preview.findChild<QLabel *>(QStringLiteral("requestProblemsLabel"))->isHidden());

        std::unique_ptr<ApiReply> reply(api.client.createToken(request));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QVERIFY2(reply->isOk(), qPrintable(reply->error().humanMessage()));

        const QList<ReceivedRequest> received = api.sim.receivedRequests();
        QVERIFY(!received.isEmpty());
        const ReceivedRequest &sent = received.constLast();
        QVERIFY(sent.path.endsWith("/tokens"));
        QCOMPARE(preview.compactBody(), sent.body);

        // First line: method and URL; then the headers, as received (the bearer masked).
        const QStringList lines = preview.headText().split(QLatin1Char('\n'));
        QCOMPARE(lines.first(), QStringLiteral("POST ") + api.sim.baseUrl().toString()
                                    + QString::fromUtf8(sent.path));
        QHash<QByteArray, QByteArray> shown;
        for (const QString &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(QLatin1String(": "));
            QVERIFY(colon > 0);
            shown.insert(line.left(colon).toLower().toLatin1(), line.mid(colon + 2).toUtf8());
        }
        QCOMPARE(shown.value("authorization"), QByteArrayLiteral("Bearer ********"));
        QVERIFY(sent.headers.value("authorization").startsWith("Bearer "));
        for (const QByteArray &name : {QByteArray("x-pd-environment"), QByteArray("content-type"),
                                      QByteArray("user-agent")})
            QCOMPARE(shown.value(name), sent.headers.value(name));

        // The pretty body is the same JSON.
        QCOMPARE(QJsonDocument::fromJson(preview.prettyBodyText().toUtf8()),
                 QJsonDocument::fromJson(sent.body));
        QVERIFY(preview.prettyBodyText().contains(QLatin1Char('\n')));
        QVERIFY(!preview.headText().contains(QString::fromUtf8(sent.headers.value("authorization").mid(7))));
    }

    void invalidFormSaysSo()
    {
        RequestPreview preview;
        TokenRequest request;
        request.projectId = QStringLiteral("not a project");
        preview.setRequest(request, QUrl(QStringLiteral("https://api.pipedream.com")));
        auto *problems = preview.findChild<QLabel *>(QStringLiteral("requestProblemsLabel"));
        QVERIFY(!problems->isHidden());
        QVERIFY(problems->text().contains(tokenFieldLabel(TokenField::ProjectId)));
        QCOMPARE(preview.compactBody(), QByteArrayLiteral(R"({"external_user_id":""})"));
    }
};

QTEST_MAIN(TestRequestPreview)
#include "tst_requestpreview.moc"
