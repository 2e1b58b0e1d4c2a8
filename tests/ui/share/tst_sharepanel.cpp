#include "fakeclock.h"
#include "share/devlinkguard.h"
#include "share/messagetemplatestore.h"
#include "share/qrcodewidget.h"
#include "share/sharepanel.h"
#include "share/templateeditordialog.h"
#include "widgets/filedialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace ConnectDesk;
using namespace ConnectDesk::Ui;
using ConnectDesk::Testing::FakeClock;

// The share panel on the offscreen platform: copy as message, Email… (the mailto: URL caught by
// a URL handler), the QR code, the template editor, and the development-link guard.
class TestSharePanel final : public QObject
{
    Q_OBJECT

public slots:
    void handleMailto(const QUrl &url) { m_mailto.append(url); } // QDesktopServices handler

private:
    QTemporaryDir m_dir;
    QList<QUrl> m_mailto;

    struct Fixture
    {
        FakeClock clock;
        MessageTemplateStore store;
        SharePanel panel;
        TokenResult result;

        explicit Fixture(const QString &settingsFile,
                         const QString &environment = QStringLiteral("production"))
            : store(settingsFile)
            , panel(&store, clock)
        {
            panel.setLocale(QLocale::c());
            panel.setTimeZone(QTimeZone::utc());
            result.token = QStringLiteral("ctok_0123456789abcdef0123456789abcdef");
            result.expiresAt = clock.now().addSecs(14399);
            result.connectLinkUrl = QUrl(
                QStringLiteral("https://pipedream.com/_static/connect.html?token="
                               "ctok_0123456789abcdef0123456789abcdef&connectLink=true"));
            panel.setLink(result,
                          QStringLiteral("slack"),
                          QStringLiteral("Slack"),
                          QStringLiteral("jane@example.com"),
                          environment);
        }
        template<typename T = QPushButton>
        T *child(const char *name) const
        {
            return panel.findChild<T *>(QLatin1String(name));
        }
        QString link() const
        {
            return result.connectLink(QStringLiteral("slack")).toString(QUrl::FullyEncoded);
        }
    };

    QString settingsFile(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    static QString clipboardText() { return QGuiApplication::clipboard()->text(); }
    static void setClipboard(const QString &text) { QGuiApplication::clipboard()->setText(text); }

    static QMessageBox *openGuardBox()
    {
        const auto widgets = QApplication::topLevelWidgets();
        for (QWidget *widget : widgets) {
            if (widget->objectName() == QLatin1String("devLinkGuardBox") && widget->isVisible())
                return qobject_cast<QMessageBox *>(widget);
        }
        return nullptr;
    }

    static QString zbarDecode(const QImage &image, const QString &path)
    {
        const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        if (zbarimg.isEmpty() || !image.save(path, "PNG"))
            return QStringLiteral("<zbarimg missing or image not saved>");
        QProcess zbar;
        zbar.start(zbarimg, {QStringLiteral("--raw"), QStringLiteral("-q"), path});
        zbar.waitForFinished(30000);
        return QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QDesktopServices::setUrlHandler(QStringLiteral("mailto"), this, "handleMailto");
    }
    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("mailto")); }

    void init()
    {
        DevLinkGuard::resetSession();
        FileDialog::clearNextFileName();
        m_mailto.clear();
        setClipboard(QStringLiteral("untouched"));
    }

    void copyAsMessageFillsTheTemplate()
    {
        Fixture f(settingsFile("copy.ini"));
        QCOMPARE(f.child<QComboBox>("templateCombo")->count(), 4);
        f.panel.setCurrentTemplate(QStringLiteral("Chat"));
        QSignalSpy copied(&f.panel, &SharePanel::messageCopied);
        QTest::mouseClick(f.child("copyMessageButton"), Qt::LeftButton);
        QCOMPARE(copied.count(), 1);
        QCOMPARE(clipboardText(),
                 QStringLiteral("Here is your secure link to connect Slack: ") + f.link()
                     + QStringLiteral("\nIt works once and expires in 3 hours 59 minutes "
                                      "(Saturday, 28 November 2026 at 15:59 UTC)."));
        QVERIFY(f.child<QLabel>("feedbackLabel")->text().contains(QLatin1String("Chat")));
        // The choice is remembered for the next start.
        QCOMPARE(f.store.lastUsed(), QStringLiteral("Chat"));
        SharePanel again(&f.store, f.clock);
        QCOMPARE(again.currentTemplateName(), QStringLiteral("Chat"));
    }

    void everyMailHasASubjectAndNoRelativeTime()
    {
        Fixture f(settingsFile("subject.ini"));
        for (const QString &name : {QStringLiteral("Support ticket"), QStringLiteral("Chat"),
                                    QStringLiteral("Link only")}) {
            f.panel.setCurrentTemplate(name);
            QCOMPARE(QUrlQuery(f.panel.mailtoUrl())
                         .queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded),
                     QStringLiteral("Your link to connect Slack"));
        }
        // "for 3 hours 59 minutes from now" is wrong by the time the customer reads it.
        f.panel.setCurrentTemplate(QStringLiteral("Email"));
        const QString body = f.panel.renderedMessage().body;
        QVERIFY2(!body.contains(QStringLiteral("from now")), qPrintable(body));
        QVERIFY(body.contains(QStringLiteral("valid until Saturday, 28 November 2026 at 15:59 UTC.")));
    }

    void blockedLinkCannotBeShared()
    {
        Fixture f(settingsFile("blocked.ini"));
        f.panel.setQrCodeVisible(true);
        QVERIFY(f.panel.isQrCodeVisible());
        const QString reason = QStringLiteral("Not sent: the link shown is for jane@example.com.");
        f.panel.setBlockedReason(reason);
        QVERIFY(!f.panel.isQrCodeVisible()); // a code on screen could still be scanned
        for (const char *name : {"copyMessageButton", "emailButton", "qrButton"}) {
            QVERIFY2(!f.child(name)->isEnabled(), name);
            QCOMPARE(f.child(name)->toolTip(), reason);
        }
        f.panel.copyMessage();
        f.panel.email();
        QCOMPARE(clipboardText(), QStringLiteral("untouched"));
        QVERIFY(m_mailto.isEmpty());
        QCOMPARE(f.child<QLabel>("feedbackLabel")->text(), reason);
        f.panel.setBlockedReason({});
        QVERIFY(f.child("copyMessageButton")->isEnabled());
    }

    void emailOpensMailtoWithTheTemplate()
    {
        Fixture f(settingsFile("email.ini"));
        f.panel.setCurrentTemplate(QStringLiteral("Email"));
        QTest::mouseClick(f.child("emailButton"), Qt::LeftButton);
        QCOMPARE(m_mailto.size(), 1);
        const QUrl url = m_mailto.constFirst();
        QCOMPARE(url, f.panel.mailtoUrl());
        QCOMPARE(url.scheme(), QStringLiteral("mailto"));
        QCOMPARE(url.path(), QStringLiteral("jane@example.com")); // the user ID is an address
        const RenderedMessage message = f.panel.renderedMessage();
        QCOMPARE(message.subject, QStringLiteral("Your link to connect Slack"));
        QVERIFY(message.body.contains(f.link()));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded),
                 message.subject);
        QString crlf = message.body;
        crlf.replace(QLatin1String("\n"), QLatin1String("\r\n"));
        QCOMPARE(query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded), crlf);
        QVERIFY(url.toEncoded().contains("subject=Your%20link%20to%20connect%20Slack"));
        QVERIFY(url.toEncoded().contains("%0D%0A"));

        // A user ID that is not an address leaves the recipient to the user.
        f.panel.setLink(f.result,
                        QStringLiteral("slack"),
                        {},
                        QStringLiteral("user_42"),
                        QStringLiteral("production"));
        QCOMPARE(f.panel.mailtoUrl().path(), QString());
    }

    void guardAsksForDevelopmentOnly()
    {
        Fixture production(settingsFile("guard.ini"));
        DevLinkGuard::setNextAnswer(DevLinkGuard::Answer::DontShare);
        production.panel.copyMessage();
        QVERIFY(clipboardText().contains(production.link())); // not asked: copied
        QCOMPARE(DevLinkGuard::questionsAsked(), 0);
        QVERIFY(DevLinkGuard::hasNextAnswer());
        DevLinkGuard::clearNextAnswer();

        Fixture development(settingsFile("guard.ini"), QStringLiteral("development"));
        setClipboard(QStringLiteral("untouched"));
        DevLinkGuard::setNextAnswer(DevLinkGuard::Answer::DontShare);
        QTest::mouseClick(development.child("copyMessageButton"), Qt::LeftButton);
        QCOMPARE(DevLinkGuard::questionsAsked(), 1);
        QCOMPARE(clipboardText(), QStringLiteral("untouched")); // "No" copies nothing

        DevLinkGuard::setNextAnswer(DevLinkGuard::Answer::DontShare);
        QTest::mouseClick(development.child("emailButton"), Qt::LeftButton);
        QCOMPARE(m_mailto.size(), 0);

        DevLinkGuard::setNextAnswer(DevLinkGuard::Answer::DontShare);
        QTest::mouseClick(development.child("qrButton"), Qt::LeftButton);
        QVERIFY(!development.panel.isQrCodeVisible());
        QVERIFY(!development.child("qrButton")->isChecked());
        QCOMPARE(DevLinkGuard::questionsAsked(), 3);

        DevLinkGuard::setNextAnswer(DevLinkGuard::Answer::Share);
        QTest::mouseClick(development.child("copyMessageButton"), Qt::LeftButton);
        QVERIFY(clipboardText().contains(development.link()));
        QCOMPARE(DevLinkGuard::questionsAsked(), 4);
        // Not "don't ask again": the next share asks again.
        QVERIFY(DevLinkGuard::needsConfirmation(QStringLiteral("development")));
        QVERIFY(!DevLinkGuard::needsConfirmation(QStringLiteral("production")));
    }

    // Item 1 of issue #12: a sandbox link is marked on every way out (copy as message, Email…,
    // QR code), like a development link, with its own question and words.
    void sandboxLinkIsMarkedAndAsksFirst()
    {
        Fixture f(settingsFile("sandbox.ini"));
        f.panel.setLink(f.result, QStringLiteral("slack"), QStringLiteral("Slack"),
                        QStringLiteral("jane@example.com"), QStringLiteral("production"), true);
        f.panel.resize(480, 600);
        f.panel.show();
        QVERIFY(f.panel.isSandbox());
        QCOMPARE(f.panel.linkKind(), DevLinkGuard::LinkKind::Sandbox);
        for (const char *name : {"copyMessageButton", "emailButton", "qrButton"}) {
            QVERIFY2(f.child(name)->isEnabled(), name);
            QVERIFY2(f.child(name)->toolTip().startsWith(QLatin1String("Sandbox link: not real")),
                     qPrintable(f.child(name)->toolTip()));
        }
        // Each way out asks, with the sandbox's question; "No" lets nothing out.
        DevLinkGuard::setNextAnswer(DevLinkGuard::Answer::DontShare);
        QTest::mouseClick(f.child("copyMessageButton"), Qt::LeftButton);
        QCOMPARE(clipboardText(), QStringLiteral("untouched"));
        DevLinkGuard::setNextAnswer(DevLinkGuard::Answer::DontShare);
        QTest::mouseClick(f.child("emailButton"), Qt::LeftButton);
        QCOMPARE(m_mailto.size(), 0);
        DevLinkGuard::setNextAnswer(DevLinkGuard::Answer::DontShare);
        QTest::mouseClick(f.child("qrButton"), Qt::LeftButton);
        QVERIFY(!f.panel.isQrCodeVisible());
        QCOMPARE(DevLinkGuard::questionsAsked(), 3);
        // The real box says what a sandbox link is.
        QTest::mouseClick(f.child("copyMessageButton"), Qt::LeftButton);
        QMessageBox *box = openGuardBox();
        QVERIFY(box);
        QCOMPARE(box->text(), QStringLiteral("Share a sandbox link?"));
        QVERIFY(box->informativeText().contains(QLatin1String("simulator")));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!openGuardBox());
        QCOMPARE(clipboardText(), QStringLiteral("untouched"));
        // Shared anyway: the QR code carries the marking above it.
        DevLinkGuard::setNextAnswer(DevLinkGuard::Answer::Share);
        QTest::mouseClick(f.child("qrButton"), Qt::LeftButton);
        QVERIFY(f.panel.isQrCodeVisible());
        auto *mark = f.child<QLabel>("qrKindLabel");
        QVERIFY(mark->isVisible());
        QVERIFY(mark->text().contains(QLatin1String("Sandbox link")));
        QVERIFY(mark->text().contains(QLatin1String("Do not send it to a customer")));
        DevLinkGuard::setNextAnswer(DevLinkGuard::Answer::Share);
        QTest::mouseClick(f.child("copyMessageButton"), Qt::LeftButton);
        QVERIFY(clipboardText().contains(f.link()));
        QVERIFY(f.child<QLabel>("feedbackLabel")->text().contains(QLatin1String("sandbox link")));
        // "Don't ask again" for development says nothing about the sandbox.
        DevLinkGuard::setNextAnswer(DevLinkGuard::Answer::Share, true);
        DevLinkGuard::confirmShare(nullptr, QStringLiteral("development"), [] {});
        QVERIFY(!DevLinkGuard::needsConfirmation(QStringLiteral("development")));
        QVERIFY(DevLinkGuard::needsConfirmation(DevLinkGuard::LinkKind::Sandbox));

        // The next link is a real one: no marking left behind.
        f.panel.setLink(f.result, QStringLiteral("slack"), QStringLiteral("Slack"),
                        QStringLiteral("jane@example.com"), QStringLiteral("production"));
        QVERIFY(!f.panel.isSandbox());
        QVERIFY(f.child<QLabel>("qrKindLabel")->isHidden());
        QVERIFY(!f.child("copyMessageButton")->toolTip().contains(QLatin1String("Sandbox")));
    }

    // Review 29: Email… without a mail program says so and offers to copy the message instead.
    void noMailProgramOffersToCopyInstead()
    {
        Fixture f(settingsFile("nomail.ini"), QStringLiteral("development"));
        f.panel.show();
        QList<QUrl> tried;
        f.panel.setMailOpener([&tried](const QUrl &url) {
            tried.append(url);
            return false;
        });
        auto *offer = f.child("copyInsteadButton");
        QVERIFY(offer->isHidden());
        DevLinkGuard::setNextAnswer(DevLinkGuard::Answer::Share);
        QTest::mouseClick(f.child("emailButton"), Qt::LeftButton);
        QCOMPARE(tried.size(), 1);
        QCOMPARE(clipboardText(), QStringLiteral("untouched")); // only offered, not done
        QVERIFY(f.panel.isCopyInsteadOffered());
        QVERIFY(offer->isVisible());
        QVERIFY2(f.child<QLabel>("feedbackLabel")->text().startsWith(
                     QLatin1String("No mail program could be opened")),
                 qPrintable(f.child<QLabel>("feedbackLabel")->text()));
        // The offer does not vanish with the usual feedback timeout.
        QTest::qWait(50);
        QVERIFY(offer->isVisible());
        const int asked = DevLinkGuard::questionsAsked();
        QTest::mouseClick(offer, Qt::LeftButton);
        QCOMPARE(DevLinkGuard::questionsAsked(), asked); // already confirmed for Email…
        QCOMPARE(clipboardText(), f.panel.renderedMessage().body);
        QVERIFY(clipboardText().contains(f.link()));
        QVERIFY(!f.panel.isCopyInsteadOffered());
        QVERIFY(f.child<QLabel>("feedbackLabel")->text().startsWith(QLatin1String("Copied the ")));

        // A link that may not leave any more takes the offer with it.
        DevLinkGuard::setNextAnswer(DevLinkGuard::Answer::Share);
        QTest::mouseClick(f.child("emailButton"), Qt::LeftButton);
        QVERIFY(f.panel.isCopyInsteadOffered());
        f.panel.setBlockedReason(QStringLiteral("Not sent: used."));
        QVERIFY(!f.panel.isCopyInsteadOffered());

        // With a mail program: no offer.
        f.panel.setBlockedReason({});
        f.panel.setMailOpener([](const QUrl &) { return true; });
        DevLinkGuard::setNextAnswer(DevLinkGuard::Answer::Share);
        QTest::mouseClick(f.child("emailButton"), Qt::LeftButton);
        QVERIFY(!f.panel.isCopyInsteadOffered());
    }

    void guardBoxExplainsAndCancelCopiesNothing()
    {
        Fixture f(settingsFile("box.ini"), QStringLiteral("development"));
        f.panel.show();
        QTest::mouseClick(f.child("copyMessageButton"), Qt::LeftButton);
        QMessageBox *box = openGuardBox();
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(QLatin1String("at most 10 external users")));
        QVERIFY(box->informativeText().contains(QLatin1String("signed in to pipedream.com")));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!openGuardBox());
        QCOMPARE(clipboardText(), QStringLiteral("untouched"));

        // "Share anyway" with "Don't ask again this session": copied, and not asked again.
        QTest::mouseClick(f.child("copyMessageButton"), Qt::LeftButton);
        box = openGuardBox();
        QVERIFY(box);
        box->findChild<QCheckBox *>(QStringLiteral("dontAskAgainCheck"))->setChecked(true);
        box->findChild<QPushButton *>(QStringLiteral("shareAnywayButton"))->click();
        QTRY_VERIFY(clipboardText().contains(f.link()));
        setClipboard(QStringLiteral("untouched"));
        const int asked = DevLinkGuard::questionsAsked();
        QTest::mouseClick(f.child("emailButton"), Qt::LeftButton);
        QCOMPARE(m_mailto.size(), 1);
        QCOMPARE(DevLinkGuard::questionsAsked(), asked);
        QVERIFY(!openGuardBox());
    }

    void plainLinkCopyCanUseTheGuard()
    {
        // The reusable entry point, as the result pane's "Copy link" uses it.
        bool shared = false;
        DevLinkGuard::setNextAnswer(DevLinkGuard::Answer::DontShare);
        QVERIFY(!DevLinkGuard::confirmShare(nullptr, QStringLiteral("development"), [&shared] {
            shared = true;
        }));
        QVERIFY(!shared);
        QVERIFY(DevLinkGuard::confirmShare(nullptr, QStringLiteral("production"), [&shared] {
            shared = true;
        }));
        QVERIFY(shared);
    }

    void qrCodeScansAndSaves()
    {
        Fixture f(settingsFile("qr.ini"));
        f.panel.resize(480, 600);
        f.panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.panel));
        QVERIFY(!f.panel.isQrCodeVisible());
        QTest::mouseClick(f.child("qrButton"), Qt::LeftButton);
        QVERIFY(f.panel.isQrCodeVisible());
        QrCodeWidget *qr = f.panel.qrCodeWidget();
        QCOMPARE(qr->text(), f.link());
        QVERIFY(qr->minimumSizeHint().width() >= QrCodeWidget::minimumPixels);
        QTRY_VERIFY(qr->width() >= QrCodeWidget::minimumPixels);
        QVERIFY(qr->moduleSize() >= 1);

        // Black on white even on a dark palette, and it scans from the screen.
        QPalette dark = qr->palette();
        dark.setColor(QPalette::Window, Qt::black);
        dark.setColor(QPalette::Base, Qt::black);
        dark.setColor(QPalette::WindowText, Qt::white);
        qr->setPalette(dark);
        const QImage shot = qr->grab().toImage();
        const QRect symbol = qr->symbolRect();
        const int module = qr->moduleSize();
        QCOMPARE(symbol.width() % module, 0);
        QCOMPARE(QColor(shot.pixel(symbol.topLeft() + QPoint(1, 1))), QColor(Qt::white));
        const QPoint firstModule = symbol.topLeft() + QPoint(4 * module, 4 * module);
        QCOMPARE(QColor(shot.pixel(firstModule)), QColor(Qt::black));
        QCOMPARE(zbarDecode(shot, m_dir.filePath(QStringLiteral("screen.png"))), f.link());

        const QString png = m_dir.filePath(QStringLiteral("code.png"));
        FileDialog::setNextFileName(png);
        QTest::mouseClick(f.child("savePngButton"), Qt::LeftButton);
        const QImage saved(png);
        QCOMPARE(saved.width(), (qr->matrix().size + 8) * QrCodeWidget::pngModulePixels);
        QCOMPARE(zbarDecode(saved, m_dir.filePath(QStringLiteral("code-copy.png"))), f.link());

        const QString svg = m_dir.filePath(QStringLiteral("code.svg"));
        FileDialog::setNextFileName(svg);
        QTest::mouseClick(f.child("saveSvgButton"), Qt::LeftButton);
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QVERIFY(svgFile.readAll().contains("<svg"));

        FileDialog::setNextFileName(QString()); // Cancel: nothing written, nothing said
        QSignalSpy status(&f.panel, &SharePanel::statusMessage);
        QTest::mouseClick(f.child("savePngButton"), Qt::LeftButton);
        QCOMPARE(status.count(), 0);

        // A new development link hides the code until confirmed.
        f.panel.setLink(f.result,
                        QStringLiteral("slack"),
                        {},
                        QStringLiteral("x"),
                        QStringLiteral("development"));
        QVERIFY(!f.panel.isQrCodeVisible());
    }

    void expiredLinkIsNotShared()
    {
        Fixture f(settingsFile("expired.ini"));
        f.clock.advance(14400);
        f.panel.copyMessage();
        f.panel.email();
        QCOMPARE(clipboardText(), QStringLiteral("untouched"));
        QCOMPARE(m_mailto.size(), 0);
        QVERIFY(f.child<QLabel>("feedbackLabel")->text().contains(QLatin1String("expired")));
        f.panel.clear();
        QVERIFY(!f.child("copyMessageButton")->isEnabled());
        QVERIFY(!f.child("qrButton")->isEnabled());
    }

    void editorEditsAndWarns()
    {
        FakeClock clock;
        TemplateEditorDialog dialog(MessageTemplates::defaults(), clock);
        dialog.setLocale(QLocale::c());
        dialog.setTimeZone(QTimeZone::utc());
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("templateList"));
        auto *body = dialog.findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"));
        QCOMPARE(list->count(), 4);
        dialog.selectTemplate(QStringLiteral("Chat"));
        QCOMPARE(dialog.currentTemplateName(), QStringLiteral("Chat"));
        QVERIFY(dialog.warningText().isEmpty());
        QVERIFY(dialog.previewText().contains(QLatin1String("connect Slack")));

        body->setPlainText(QStringLiteral("Hi {name}, {link}"));
        QVERIFY(dialog.warningText().contains(QLatin1String("{name}")));
        QVERIFY(
            dialog.previewText().startsWith(QLatin1String("Hi {name}, https://pipedream.com/")));
        QCOMPARE(dialog.templates().at(1).body, QStringLiteral("Hi {name}, {link}"));
        body->setPlainText(QStringLiteral("no link here"));
        QVERIFY(dialog.warningText().contains(QLatin1String("no {link}")));

        dialog.insertPlaceholder(QStringLiteral("link"));
        QVERIFY(dialog.templates().at(1).body.contains(QLatin1String("{link}")));

        dialog.addTemplate();
        QCOMPARE(list->count(), 5);
        QCOMPARE(dialog.currentTemplateName(), QStringLiteral("New template"));
        list->currentItem()->setText(QStringLiteral("email")); // clashes with "Email"
        QCOMPARE(dialog.currentTemplateName(), QStringLiteral("New template"));
        QVERIFY(dialog.warningText().contains(QLatin1String("already")));
        list->currentItem()->setText(QStringLiteral("Zendesk"));
        QCOMPARE(dialog.templates().last().name, QStringLiteral("Zendesk"));

        dialog.deleteTemplate();
        QCOMPARE(dialog.templates().size(), 4);
        dialog.resetToDefaults();
        QCOMPARE(dialog.templates(), MessageTemplates::defaults());
        for (int i = 0; i < 3; ++i)
            dialog.deleteTemplate();
        QCOMPARE(dialog.templates().size(), 1);
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("deleteButton"))->isEnabled());
    }

    void editTemplatesSavesToTheStore()
    {
        Fixture f(settingsFile("editor.ini"));
        f.panel.show();
        QTest::mouseClick(f.child("editTemplatesButton"), Qt::LeftButton);
        auto *dialog = f.panel.findChild<TemplateEditorDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->addTemplate();
        dialog->findChild<QListWidget *>(QStringLiteral("templateList"))
            ->currentItem()
            ->setText(QStringLiteral("Slack DM"));
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"))
            ->setPlainText(QStringLiteral("{app} link for {external_user_id}: {link}"));
        dialog->accept();
        QTRY_VERIFY(!f.panel.findChild<TemplateEditorDialog *>());
        QVERIFY(f.store.isCustomized());
        QCOMPARE(f.store.templates().size(), 5);
        QCOMPARE(f.panel.currentTemplateName(), QStringLiteral("Slack DM"));
        f.panel.copyMessage();
        QCOMPARE(clipboardText(), QStringLiteral("Slack link for jane@example.com: ") + f.link());
    }
};

QTEST_MAIN(TestSharePanel)
#include "tst_sharepanel.moc"
