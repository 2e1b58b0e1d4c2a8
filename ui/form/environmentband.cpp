#include "form/environmentband.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ConnectDesk::Ui {

BandContent BandContent::forEnvironment(const QString &environment, bool simulated)
{
    BandContent content;
    if (environment == QLatin1String("development")) {
        content.tone = Style::Tone::Development;
        content.iconName = QStringLiteral("development");
        content.title = tr("Development — for testing only");
        content.text = tr("Development links do not work for customers: a project allows at most "
                          "10 external users, and the person connecting must be signed in to "
                          "pipedream.com in the same browser. Use production for customers.");
    } else {
        content.tone = Style::Tone::Production;
        content.iconName = QStringLiteral("production");
        content.title = tr("Production — live customer links");
        content.text = tr("Links work for any customer. Accounts they connect are real and "
                          "live only in production.");
    }
    if (simulated) {
        content.title = content.tone == Style::Tone::Production ? tr("Production — simulated")
                                                                 : tr("Development — simulated");
        content.text = content.tone == Style::Tone::Production
                           ? tr("The sandbox imitates production with the same rules; nothing "
                                "created here is live.")
                           : tr("The sandbox imitates development: %1").arg(content.text);
    }
    return content;
}

BandContent BandContent::forUnconfigured(const QString &environment)
{
    BandContent content;
    content.tone = Style::Tone::Info;
    content.iconName = QStringLiteral("info");
    content.title = environment == QLatin1String("development")
                        ? tr("Development — not set up yet")
                        : tr("Production — not set up yet");
    content.text = tr("This project has no OAuth client yet, so no link can be made here. Add "
                      "one under Tools > Projects and credentials, or try the sandbox.");
    return content;
}

BandContent BandContent::forSandbox()
{
    BandContent content;
    content.tone = Style::Tone::Sandbox;
    content.iconName = QStringLiteral("sandbox");
    content.title = tr("Sandbox — links are not real");
    content.text = tr("ConnectDesk is talking to its built-in simulator. Tokens and Connect Links "
                      "created here work only on this computer; never send them to a customer.");
    return content;
}

EnvironmentBand::EnvironmentBand(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
{
    if (objectName().isEmpty())
        setObjectName(QStringLiteral("environmentBand"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(10);
    m_icon->setFixedSize(22, 22);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    m_title->setObjectName(QStringLiteral("bandTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_text->setObjectName(QStringLiteral("bandText"));
    m_text->setWordWrap(true);
    m_title->setWordWrap(true);
    texts->addWidget(m_title);
    texts->addWidget(m_text);
    layout->addLayout(texts, 1);
    setContent(BandContent::forEnvironment(QStringLiteral("production")));
}

void EnvironmentBand::setContent(const BandContent &content)
{
    m_content = content;
    m_icon->setPixmap(Style::icon(content.iconName).pixmap(22, 22));
    m_title->setText(content.title);
    m_text->setText(content.text);
    m_text->setVisible(!content.text.isEmpty());
    setAccessibleName(content.title);
    setAccessibleDescription(content.text);
    updateStyle();
}

QString EnvironmentBand::title() const
{
    return m_title->text();
}

QString EnvironmentBand::text() const
{
    return m_text->text();
}

void EnvironmentBand::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        updateStyle();
    QFrame::changeEvent(event);
}

void EnvironmentBand::updateStyle()
{
    // Only this frame is styled; the labels keep the palette's text colour.
    const QString sheet = Style::bandStyleSheet(QStringLiteral("ConnectDesk--Ui--EnvironmentBand"),
                                                m_content.tone, QGuiApplication::palette());
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
}

} // namespace ConnectDesk::Ui
