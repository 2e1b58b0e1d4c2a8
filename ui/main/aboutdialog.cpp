#include "main/aboutdialog.h"

#include "api/useragent.h"
#include "base/translator.h"
#include "connectdeskversion.h"
#include "history/historystore.h"
#include "profiles/secretstore.h"
#include "profiles/settings.h"
#include "widgets/uistyle.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QSysInfo>
#include <QVBoxLayout>

namespace ConnectDesk::Ui {

namespace {

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About ConnectDesk"));

    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("aboutIcon"));
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize) * 2;
    icon->setPixmap(Style::icon(QStringLiteral("connectdesk")).pixmap(iconSize, iconSize));
    icon->setAccessibleName(tr("ConnectDesk logo"));

    auto *title = new QLabel(tr("ConnectDesk %1").arg(applicationVersion()), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    auto *summary = new QLabel(tr("Create Pipedream Connect tokens and Connect Links."), this);
    summary->setObjectName(QStringLiteral("aboutSummary"));
    summary->setWordWrap(true);

    auto *heading = new QVBoxLayout;
    heading->addWidget(title);
    heading->addWidget(summary);
    heading->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(heading, 1);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    addRow(tr("Version:"), QStringLiteral("versionValue"), applicationVersion());
    addRow(tr("Qt:"), QStringLiteral("qtVersionValue"), qtVersionText());
    addRow(tr("License:"), QStringLiteral("licenseValue"),
           tr("MIT License — free to use, copy, change and share."));
    addRow(tr("Application ID:"), QStringLiteral("appIdValue"),
           QStringLiteral(CONNECTDESK_APP_ID));
    const QString language = Translator::installedLanguage().isEmpty()
                                 ? Translator::resolve({})
                                 : Translator::installedLanguage();
    addRow(tr("Language:"), QStringLiteral("languageValue"),
           tr("%1 (%2)").arg(Translator::nativeName(language), QLocale().name()));
    m_settingsPath = addRow(tr("Settings file:"), QStringLiteral("settingsPathValue"), {});
    m_historyPath = addRow(tr("History database:"), QStringLiteral("historyPathValue"), {});
    addRow(tr("Client secrets:"), QStringLiteral("secretsValue"),
           tr("OS keychain (service \"%1\"); never written to a file")
               .arg(SecretStore::defaultServiceName()));
    setSettingsPath(Settings::defaultFilePath());
    setHistoryPath(HistoryStore::defaultPath());

    m_copiedLabel = new QLabel(this);
    m_copiedLabel->setObjectName(QStringLiteral("diagnosticsCopiedLabel"));
    m_copiedLabel->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("aboutButtons"));
    QPushButton *copy = buttons->addButton(tr("Copy &diagnostics"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyDiagnosticsButton"));
    copy->setAccessibleName(tr("Copy diagnostics"));
    copy->setAccessibleDescription(
        tr("Copies the versions, the language and these file locations as plain text for a "
           "support request. No secrets or tokens are included."));
    copy->setToolTip(copy->accessibleDescription());
    copy->setIcon(Style::icon(QStringLiteral("copy")));
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAccessibleDescription(tr("Closes the About window."));
    close->setDefault(true);
    close->setFocus(); // not the first value label: the dialog opens on its default button

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(6);
    layout->addLayout(m_form);
    layout->addWidget(m_copiedLabel);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(copy, &QPushButton::clicked, this, &AboutDialog::copyDiagnostics);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520);
}

AboutDialog::~AboutDialog() = default;

QLabel *AboutDialog::addRow(const QString &caption, const QString &name, const QString &value)
{
    auto *label = new QLabel(caption, this);
    auto *field = new QLabel(value, this);
    field->setObjectName(name);
    field->setWordWrap(true);
    field->setTextFormat(Qt::PlainText);
    // Paths and versions can be selected and copied, by mouse or keyboard.
    field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    field->setFocusPolicy(Qt::TabFocus);
    label->setBuddy(field);
    m_form->addRow(label, field);
    return field;
}

void AboutDialog::setSettingsPath(const QString &path)
{
    m_settingsPath->setText(nativePath(path));
    m_settingsPath->setAccessibleName(tr("Settings file: %1").arg(nativePath(path)));
}

void AboutDialog::setHistoryPath(const QString &path)
{
    m_historyPath->setText(nativePath(path));
    m_historyPath->setAccessibleName(tr("History database: %1").arg(nativePath(path)));
}

QString AboutDialog::qtVersionText()
{
    const QString runtime = QString::fromLatin1(qVersion());
    const QString build = QStringLiteral(QT_VERSION_STR);
    return runtime == build ? tr("%1 (built with the same version)").arg(runtime)
                            : tr("%1 (built with %2)").arg(runtime, build);
}

QString AboutDialog::diagnostics() const
{
    // Plain English on purpose: whoever answers the support ticket reads it.
    const auto exists = [](const QString &path) {
        return QFileInfo::exists(path) ? QStringLiteral("exists")
                                       : QStringLiteral("not created yet");
    };
    const QString settingsPath = QDir::fromNativeSeparators(m_settingsPath->text());
    const QString historyPath = QDir::fromNativeSeparators(m_historyPath->text());
    QStringList lines;
    lines << QStringLiteral("ConnectDesk %1 (%2)")
                 .arg(applicationVersion(), QStringLiteral(CONNECTDESK_APP_ID))
          << QStringLiteral("Qt %1, built with %2, platform %3")
                 .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
                      QGuiApplication::platformName())
          << QStringLiteral("OS: %1 (%2 %3, %4)")
                 .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(),
                      QSysInfo::kernelVersion(), QSysInfo::currentCpuArchitecture())
          << QStringLiteral("Language: %1, locale %2, system locale %3, Qt translation %4")
                 .arg(Translator::installedLanguage().isEmpty() ? QStringLiteral("(default)")
                                                                : Translator::installedLanguage(),
                      QLocale().name(), QLocale::system().name(),
                      Translator::hasQtTranslation() ? QStringLiteral("loaded")
                                                     : QStringLiteral("missing"))
          << QStringLiteral("Settings: %1 (%2)").arg(nativePath(settingsPath), exists(settingsPath))
          << QStringLiteral("History: %1 (%2)").arg(nativePath(historyPath), exists(historyPath))
          << QStringLiteral("Client secrets: OS keychain, service \"%1\"")
                 .arg(SecretStore::defaultServiceName());
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void AboutDialog::copyDiagnostics()
{
    QGuiApplication::clipboard()->setText(diagnostics());
    m_copiedLabel->setText(tr("Diagnostics copied to the clipboard."));
}

} // namespace ConnectDesk::Ui
