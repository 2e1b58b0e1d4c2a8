// Accessibility of every window and dialog, built the way ui/guiapp.cpp builds them (a
// ConnectClient against the in-process simulator): every focusable widget has an accessible
// name, inputs and buttons a description, the main form's tab order leads from the external
// user ID to the app to Generate, focus is visible, the countdown does not chatter to screen
// readers every second, and the link's state is never shown by colour alone.
#include "api/accesstokenprovider.h"
#include "api/connectclient.h"
#include "bulk/bulkdialog.h"
#include "connectsimulator.h"
#include "developer/developerpanel.h"
#include "fakeclock.h"
#include "form/tokenform.h"
#include "history/historystore.h"
#include "history/historyview.h"
#include "main/aboutdialog.h"
#include "main/mainwindow.h"
#include "main/welcomepage.h"
#include "profiles/profiledialog.h"
#include "profiles/profilestore.h"
#include "profiles/projectsource.h"
#include "profiles/secretstore.h"
#include "profiles/settings.h"
#include "result/resultpane.h"
#include "share/messagetemplate.h"
#include "share/messagetemplatestore.h"
#include "share/sharepanel.h"
#include "share/templateeditordialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>

#include <functional>
#include <memory>

using namespace ConnectDesk;
using namespace ConnectDesk::Ui;
using ConnectDesk::Testing::FakeClock;

namespace {

QString stripped(QString text)
{
    if (Qt::mightBeRichText(text)) {
        QTextDocument document;
        document.setHtml(text);
        text = document.toPlainText();
    }
    text.remove(QLatin1Char('&'));
    return text.trimmed();
}

// Widgets that are parts of another widget, named through it: a combo box's line edit and
// popup, a spin box's line edit, a calendar's internals, a tab bar's scroll buttons.
bool isInternalPart(const QWidget *widget, const QWidget *root)
{
    for (const QWidget *up = widget->parentWidget(); up && up != root->parentWidget();
         up = up->parentWidget()) {
        if (qobject_cast<const QComboBox *>(up) || qobject_cast<const QAbstractSpinBox *>(up)
            || qobject_cast<const QCalendarWidget *>(up) || qobject_cast<const QTabBar *>(up))
            return true;
    }
    return false;
}

// What Qt itself exposes as the name when accessibleName is empty: the text of a QLabel
// sibling whose buddy is the widget (QAccessibleWidget's buddyString()).
QString buddyText(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    if (!parent)
        return {};
    for (const QObject *object : parent->children()) {
        const auto *label = qobject_cast<const QLabel *>(object);
        if (label && label->buddy() == widget)
            return stripped(label->text());
    }
    return {};
}

// Strict but sensible: an explicit accessible name, a buddy label, or a widget's own text
// (button text, label text, a checkable group box's title, every tab's text).
bool hasAccessibleName(const QWidget *widget)
{
    if (!widget->accessibleName().trimmed().isEmpty())
        return true;
    if (!buddyText(widget).isEmpty())
        return true;
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        return !stripped(button->text()).isEmpty();
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        return !stripped(label->text()).isEmpty();
    if (const auto *group = qobject_cast<const QGroupBox *>(widget))
        return !stripped(group->title()).isEmpty();
    if (const auto *tabs = qobject_cast<const QTabBar *>(widget)) {
        for (int i = 0; i < tabs->count(); ++i) {
            if (stripped(tabs->tabText(i)).isEmpty() && tabs->tabToolTip(i).isEmpty())
                return false;
        }
        return tabs->count() > 0;
    }
    return false;
}

// Inputs and buttons: the things a person operates.
bool isControl(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
           || qobject_cast<const QComboBox *>(widget)
           || qobject_cast<const QAbstractSpinBox *>(widget)
           || qobject_cast<const QPlainTextEdit *>(widget)
           || qobject_cast<const QTextEdit *>(widget)
           || qobject_cast<const QAbstractItemView *>(widget);
}

QString describe(const QWidget *widget, const QWidget *root)
{
    QStringList path;
    for (const QWidget *up = widget->parentWidget(); up && up != root; up = up->parentWidget()) {
        if (!up->objectName().isEmpty() && !up->objectName().startsWith(QLatin1String("qt_")))
            path.prepend(up->objectName());
    }
    QString text = QString::fromLatin1(widget->metaObject()->className()) + QStringLiteral(" \"")
                   + widget->objectName() + QLatin1Char('"');
    if (!path.isEmpty())
        text += QStringLiteral(" in ") + path.join(QLatin1Char('/'));
    return text;
}

QList<QWidget *> focusableWidgets(QWidget *root)
{
    QList<QWidget *> widgets{root};
    widgets += root->findChildren<QWidget *>();
    QList<QWidget *> focusable;
    for (QWidget *widget : std::as_const(widgets)) {
        if (widget->focusPolicy() == Qt::NoFocus || isInternalPart(widget, root))
            continue;
        // Text a mouse can select (QLabel gives it click focus) is read, not operated: it is
        // not in the Tab chain, and its name is whatever it shows. A label reachable by Tab
        // (keyboard links) is checked like any control.
        if (qobject_cast<QLabel *>(widget) && !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        // Another top-level window (a popup list, a message box) is checked on its own.
        if (widget != root && widget->isWindow() && widget->windowType() != Qt::Popup)
            continue;
        focusable.append(widget);
    }
    return focusable;
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void everyFocusableWidgetHasAName_data();
    void everyFocusableWidgetHasAName();
    void everyControlHasADescription_data();
    void everyControlHasADescription();
    void mainFormTabOrder();
    void focusIsVisible();
    void countdownIsNotAnnouncedEverySecond();
    void statesAreNotColourAlone();

private:
    void windowRows();
    std::unique_ptr<QWidget> build(const QString &name);
    std::unique_ptr<MainWindow> buildMainWindow();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Sim::ConnectSimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<AccessTokenProvider> m_tokens;
    std::unique_ptr<ConnectClient> m_client;
    std::unique_ptr<StaticProjectSource> m_projects;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<MessageTemplateStore> m_templates;
    std::unique_ptr<HistoryStore> m_history;
};

void TestAccessibility::initTestCase()
{
    // The keychain is never reached: the user's own keyring stays untouched.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<FakeClock>();
    m_sim = std::make_unique<Sim::ConnectSimulator>();
    FakeClock *clock = m_clock.get();
    m_sim->setNow([clock] { return clock->now(); });
    QVERIFY(m_sim->listenLocal());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_tokens = std::make_unique<AccessTokenProvider>(m_network.get(), *m_clock);
    m_client = std::make_unique<ConnectClient>(m_network.get(), m_tokens.get(), *m_clock);
    m_projects = std::make_unique<StaticProjectSource>(
        QList<ProjectChoice>{ProjectChoice::sandbox(m_sim->baseUrl())},
        ProjectChoice::sandbox(m_sim->baseUrl()).key);
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_profiles = std::make_unique<ProfileStore>(m_settings.get(), QString());
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("ConnectDeskAccessibilityTest"));
    m_templates = std::make_unique<MessageTemplateStore>(
        m_dir->filePath(QStringLiteral("templates.ini")));
    m_history = std::make_unique<HistoryStore>(m_dir->filePath(QStringLiteral("history.sqlite")),
                                               *m_clock);
}

void TestAccessibility::cleanupTestCase()
{
    m_history.reset();
    m_templates.reset();
    m_secrets.reset();
    m_profiles.reset();
    m_settings.reset();
    m_client.reset();
    m_tokens.reset();
    m_network.reset();
    m_sim.reset();
}

std::unique_ptr<MainWindow> TestAccessibility::buildMainWindow()
{
    return std::make_unique<MainWindow>(m_client.get(), *m_clock, m_projects.get());
}

std::unique_ptr<QWidget> TestAccessibility::build(const QString &name)
{
    if (name == QLatin1String("main window"))
        return buildMainWindow();
    if (name == QLatin1String("profile dialog"))
        return std::make_unique<ProfileDialog>(m_profiles.get(), m_secrets.get(), m_network.get(),
                                               *m_clock);
    if (name == QLatin1String("welcome page"))
        return std::make_unique<WelcomePage>();
    if (name == QLatin1String("share panel"))
        return std::make_unique<SharePanel>(m_templates.get(), *m_clock);
    if (name == QLatin1String("template editor"))
        return std::make_unique<TemplateEditorDialog>(MessageTemplates::defaults(), *m_clock);
    if (name == QLatin1String("bulk dialog"))
        return std::make_unique<BulkDialog>(m_client.get(), *m_clock);
    if (name == QLatin1String("history view"))
        return std::make_unique<HistoryView>(m_history.get(), *m_clock);
    if (name == QLatin1String("developer panel"))
        return std::make_unique<DeveloperPanel>(m_client.get());
    if (name == QLatin1String("about dialog"))
        return std::make_unique<AboutDialog>();
    return nullptr;
}

void TestAccessibility::windowRows()
{
    QTest::addColumn<QString>("window");
    for (const char *name : {"main window", "profile dialog", "welcome page", "share panel",
                             "template editor", "bulk dialog", "history view", "developer panel",
                             "about dialog"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestAccessibility::everyFocusableWidgetHasAName_data()
{
    windowRows();
}

void TestAccessibility::everyFocusableWidgetHasAName()
{
    QFETCH(QString, window);
    const std::unique_ptr<QWidget> root = build(window);
    QVERIFY2(root, qPrintable(window));
    root->show();
    QVERIFY(QTest::qWaitForWindowExposed(root.get()));

    const QList<QWidget *> focusable = focusableWidgets(root.get());
    QVERIFY2(!focusable.isEmpty(), "nothing focusable: the walk found no widgets");
    QStringList unnamed;
    for (QWidget *widget : focusable) {
        if (!hasAccessibleName(widget)) {
            unnamed.append(describe(widget, root.get()));
            qInfo("no accessible name: %s", qPrintable(unnamed.constLast()));
        }
    }
    QVERIFY2(unnamed.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 focusable widgets in the %3 have no accessible "
                                       "name (setAccessibleName or a buddy label):\n  %4")
                            .arg(unnamed.size())
                            .arg(focusable.size())
                            .arg(window, unnamed.join(QStringLiteral("\n  ")))));
}

void TestAccessibility::everyControlHasADescription_data()
{
    windowRows();
}

// What a screen reader reads after the name: the accessible description, which Qt fills from
// the tooltip when none is set.
void TestAccessibility::everyControlHasADescription()
{
    QFETCH(QString, window);
    const std::unique_ptr<QWidget> root = build(window);
    QVERIFY2(root, qPrintable(window));
    root->show();
    QVERIFY(QTest::qWaitForWindowExposed(root.get()));

    QStringList missing;
    int controls = 0;
    for (QWidget *widget : focusableWidgets(root.get())) {
        if (!isControl(widget) || qobject_cast<QTabBar *>(widget))
            continue;
        // OK, Cancel, Close: the standard buttons say all there is to say.
        if (auto *box = qobject_cast<QDialogButtonBox *>(widget->parentWidget());
            box && box->standardButton(qobject_cast<QAbstractButton *>(widget))
                       != QDialogButtonBox::NoButton)
            continue;
        ++controls;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(iface);
        if (iface->text(QAccessible::Description).trimmed().isEmpty()) {
            missing.append(describe(widget, root.get()));
            qInfo("no accessible description: %s", qPrintable(missing.constLast()));
        }
    }
    QVERIFY(controls > 0);
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 inputs and buttons in the %3 have no accessible "
                                       "description (setAccessibleDescription or a tooltip):\n  %4")
                            .arg(missing.size())
                            .arg(controls)
                            .arg(window, missing.join(QStringLiteral("\n  ")))));
}

// Start, Tab, Tab...: the external user ID has the focus, the app comes next, and Generate is
// reached by Tab alone through the form's own fields (never the result pane or the menu).
void TestAccessibility::mainFormTabOrder()
{
    const auto window = buildMainWindow();
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));

    auto *userId = window->findChild<QLineEdit *>(QStringLiteral("externalUserIdEdit"));
    auto *appPicker = window->findChild<QWidget *>(QStringLiteral("appPicker"));
    auto *generate = window->findChild<QPushButton *>(QStringLiteral("generateButton"));
    auto *form = window->findChild<QWidget *>(QStringLiteral("tokenForm"));
    QVERIFY(userId && appPicker && generate && form);

    QTRY_COMPARE(QApplication::focusWidget(), userId);
    QTest::keyClicks(userId, QStringLiteral("customer-42"));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QWidget *afterUserId = QApplication::focusWidget();
    QVERIFY2(afterUserId && (afterUserId == appPicker || appPicker->isAncestorOf(afterUserId)),
             qPrintable(QStringLiteral("Tab from the external user ID went to %1, not the app")
                            .arg(afterUserId ? describe(afterUserId, window.get())
                                             : QStringLiteral("nothing"))));

    QStringList path;
    for (int presses = 0; presses < 60 && QApplication::focusWidget() != generate; ++presses) {
        QWidget *from = QApplication::focusWidget();
        QTest::keyClick(from, Qt::Key_Tab);
        QWidget *to = QApplication::focusWidget();
        QVERIFY2(to && to != from,
                 qPrintable(QStringLiteral("Tab did not move the focus from %1")
                                .arg(describe(from, window.get()))));
        if (to == generate)
            break;
        path.append(describe(to, window.get()));
        QVERIFY2(form->isAncestorOf(to),
                 qPrintable(QStringLiteral("Tab left the form before reaching Generate: %1\n"
                                           "  path: %2")
                                .arg(describe(to, window.get()),
                                     path.join(QStringLiteral(" → ")))));
        QVERIFY2(to != userId, "Tab wrapped around to the external user ID without Generate");
    }
    QVERIFY2(QApplication::focusWidget() == generate,
             qPrintable(QStringLiteral("Generate not reached by Tab; the path went: %1")
                            .arg(path.join(QStringLiteral(" → ")))));

    // And back: Shift+Tab from Generate stays in the form.
    QTest::keyClick(generate, Qt::Key_Backtab);
    QVERIFY(QApplication::focusWidget() && form->isAncestorOf(QApplication::focusWidget()));
}

// A focused control looks different from an unfocused one (the style's focus frame, or the
// Generate button's own :focus border).
void TestAccessibility::focusIsVisible()
{
    const auto window = buildMainWindow();
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    auto *generate = window->findChild<QPushButton *>(QStringLiteral("generateButton"));
    auto *userId = window->findChild<QLineEdit *>(QStringLiteral("externalUserIdEdit"));
    QVERIFY(generate && userId);
    QTest::keyClicks(userId, QStringLiteral("customer-42"));

    for (QWidget *widget : {static_cast<QWidget *>(generate), static_cast<QWidget *>(userId)}) {
        QWidget *other = widget == generate ? static_cast<QWidget *>(userId) : generate;
        other->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(other->hasFocus());
        const QImage unfocused = widget->grab().toImage();
        widget->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(widget->hasFocus());
        const QImage focused = widget->grab().toImage();
        QVERIFY2(unfocused != focused,
                 qPrintable(describe(widget, window.get()) + QStringLiteral(" looks the same "
                                                                            "with focus")));
    }
}

// The visible countdown ticks every second; what assistive technology is told changes at most
// once a minute (and with the state).
void TestAccessibility::countdownIsNotAnnouncedEverySecond()
{
    ResultPane pane(*m_clock);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    TokenRequest request;
    request.projectId = QStringLiteral("proj_abc123");
    request.externalUserId = QStringLiteral("customer-42");
    TokenResult result;
    result.token = QStringLiteral("ctok_0123456789abcdef0123456789abcdef");
    result.expiresAt = m_clock->now().addSecs(4 * 60 + 50); // seconds shown from 5 min down
    result.connectLinkUrl = QUrl(QStringLiteral("https://pipedream.com/_static/connect.html"
                                                "?token=ctok_0123456789abcdef0123456789abcdef"));
    pane.showResult(result, request);

    auto *countdown = pane.findChild<QLabel *>(QStringLiteral("countdownLabel"));
    auto *statusFrame = pane.findChild<QWidget *>(QStringLiteral("statusFrame"));
    QVERIFY(countdown && statusFrame);

    // What assistive technology reads: the name and description of the countdown and of the
    // status line around it. QLabel tells it about every text change unless the label has an
    // accessible name of its own (QLabel::setText sends NameChanged then).
    const auto told = [&] {
        QStringList texts;
        for (QWidget *widget : {static_cast<QWidget *>(countdown), statusFrame}) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
            texts << iface->text(QAccessible::Name) << iface->text(QAccessible::Description);
        }
        return texts;
    };
    QStringList shown;
    QList<QStringList> heard{told()};
    const int ticks = 150; // 2.5 minutes: the text changes every second
    for (int i = 0; i < ticks; ++i) {
        m_clock->advance(1);
        pane.refreshCountdown();
        shown.append(countdown->text());
        if (told() != heard.constLast())
            heard.append(told());
    }
    shown.removeDuplicates();
    QVERIFY2(shown.size() >= ticks - 1, "the visible countdown did not tick every second");
    QVERIFY2(!countdown->accessibleName().isEmpty(),
             "the countdown label has no accessible name, so every text change is announced");
    // 4:50 -> 2:20 left crosses two minute boundaries: "5 minutes", "4 minutes", "3 minutes".
    QVERIFY2(heard.size() - 1 <= 3,
             qPrintable(QStringLiteral("what screen readers are told changed %1 times in %2 "
                                       "seconds, e.g. %3")
                            .arg(heard.size() - 1)
                            .arg(ticks)
                            .arg(heard.value(1).join(QStringLiteral(" | ")))));
    QVERIFY2(heard.size() - 1 >= 2, "the countdown never tells assistive technology anything");
    QVERIFY(!pane.accessibleCountdown().isEmpty());
    QVERIFY2(told().join(QLatin1Char(' ')).contains(pane.accessibleCountdown()),
             qPrintable(told().join(QStringLiteral(" | "))));
}

// Active, Soon and Expired each have words and a distinct icon, not just a colour.
void TestAccessibility::statesAreNotColourAlone()
{
    ResultPane pane(*m_clock);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    TokenRequest request;
    request.projectId = QStringLiteral("proj_abc123");
    request.externalUserId = QStringLiteral("customer-42");
    TokenResult result;
    result.token = QStringLiteral("ctok_0123456789abcdef0123456789abcdef");
    result.expiresAt = m_clock->now().addSecs(3600);
    result.connectLinkUrl = QUrl(QStringLiteral("https://pipedream.com/_static/connect.html"
                                                "?token=ctok_0123456789abcdef0123456789abcdef"));
    pane.showResult(result, request);
    auto *stateLabel = pane.findChild<QLabel *>(QStringLiteral("stateLabel"));
    auto *icon = pane.findChild<QLabel *>(QStringLiteral("statusIcon"));
    QVERIFY(stateLabel && icon);

    QStringList words;
    QStringList names;
    QList<QImage> icons;
    for (qint64 secondsLeft : {3600, 120, -5}) {
        m_clock->setNow(result.expiresAt.addSecs(-secondsLeft));
        pane.refreshCountdown();
        words.append(stateLabel->text());
        names.append(icon->accessibleName());
        icons.append(icon->pixmap().toImage());
    }
    QCOMPARE(pane.countdownState(), CountdownState::Expired);
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(!words.at(i).trimmed().isEmpty(), "a state without words");
        QVERIFY2(!names.at(i).trimmed().isEmpty(), "a state icon without an accessible name");
        QVERIFY2(!icons.at(i).isNull(), "a state without an icon");
    }
    QCOMPARE(QSet<QString>(words.cbegin(), words.cend()).size(), 3);
    QVERIFY2(icons.at(0) != icons.at(1) && icons.at(1) != icons.at(2) && icons.at(0) != icons.at(2),
             "two states share an icon");
}

QTEST_MAIN(TestAccessibility)

#include "tst_accessibility.moc"
