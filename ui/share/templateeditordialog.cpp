#include "share/templateeditordialog.h"
#include "ui_templateeditordialog.h"

#include "base/clock.h"
#include "widgets/uistyle.h"

#include <QApplication>
#include <QMenu>
#include <QPushButton>

namespace ConnectDesk::Ui {

TemplateEditorDialog::TemplateEditorDialog(const QList<MessageTemplate> &templates,
                                           const Clock &clock,
                                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::TemplateEditorDialog>())
    , m_clock(clock)
    , m_templates(templates.isEmpty() ? MessageTemplates::defaults() : templates)
    , m_context(sampleContext(clock.now()))
{
    m_ui->setupUi(this);
    m_ui->warningLabel->setVisible(false);
    QPalette warning = m_ui->warningLabel->palette();
    warning.setColor(QPalette::WindowText, Style::accentText(Style::Tone::Warning, palette()));
    m_ui->warningLabel->setPalette(warning);
    m_ui->previewEdit->setPlaceholderText(tr("The message as the customer will see it."));
    m_lastEdit = m_ui->bodyEdit;

    QStringList help;
    auto *menu = new QMenu(m_ui->insertPlaceholderButton);
    const QStringList names = MessageTemplates::placeholders();
    for (const QString &name : names) {
        const QString token = QLatin1Char('{') + name + QLatin1Char('}');
        help.append(token);
        QAction *action = menu->addAction(
            tr("%1 — %2").arg(token, MessageTemplates::placeholderDescription(name)));
        connect(action, &QAction::triggered, this, [this, name] { insertPlaceholder(name); });
    }
    m_ui->insertPlaceholderButton->setMenu(menu);
    m_ui->placeholderHelpLabel->setText(tr("Placeholders: %1").arg(help.join(QStringLiteral(" "))));
    m_ui->placeholderHelpLabel->setForegroundRole(QPalette::PlaceholderText);

    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now == m_ui->subjectEdit || now == m_ui->bodyEdit)
            m_lastEdit = now;
    });
    connect(m_ui->templateList,
            &QListWidget::currentRowChanged,
            this,
            &TemplateEditorDialog::showTemplate);
    connect(m_ui->templateList,
            &QListWidget::itemChanged,
            this,
            &TemplateEditorDialog::onItemRenamed);
    connect(m_ui->subjectEdit, &QLineEdit::textChanged, this, &TemplateEditorDialog::onTextEdited);
    connect(m_ui->bodyEdit, &QPlainTextEdit::textChanged, this, &TemplateEditorDialog::onTextEdited);
    connect(m_ui->addButton, &QPushButton::clicked, this, &TemplateEditorDialog::addTemplate);
    connect(m_ui->renameButton, &QPushButton::clicked, this, &TemplateEditorDialog::renameTemplate);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &TemplateEditorDialog::deleteTemplate);
    connect(m_ui->resetButton, &QPushButton::clicked, this, &TemplateEditorDialog::resetToDefaults);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    reloadList(0);
}

TemplateEditorDialog::~TemplateEditorDialog()
{
    // ~QDialog hides a shown dialog, which emits focusChanged after m_ui is gone.
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
}

MessageContext TemplateEditorDialog::sampleContext(const QDateTime &now)
{
    return {QUrl(QStringLiteral("https://pipedream.com/_static/connect.html?token=ctok_"
                                "0123456789abcdef0123456789abcdef&connectLink=true&app=slack")),
            QStringLiteral("slack"),
            QStringLiteral("Slack"),
            QStringLiteral("jane@example.com"),
            now.addSecs(4 * 3600)};
}

void TemplateEditorDialog::setPreviewContext(const MessageContext &context)
{
    m_context = context;
    updatePreview();
}

void TemplateEditorDialog::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    updatePreview();
}

QString TemplateEditorDialog::currentTemplateName() const
{
    const int row = m_ui->templateList->currentRow();
    return row >= 0 && row < m_templates.size() ? m_templates.at(row).name : QString();
}

void TemplateEditorDialog::selectTemplate(const QString &name)
{
    for (int row = 0; row < m_templates.size(); ++row) {
        if (m_templates.at(row).name == name) {
            m_ui->templateList->setCurrentRow(row);
            return;
        }
    }
}

QString TemplateEditorDialog::previewText() const
{
    return m_ui->previewEdit->toPlainText();
}

QString TemplateEditorDialog::warningText() const
{
    return m_ui->warningLabel->isHidden() ? QString() : m_ui->warningLabel->text();
}

void TemplateEditorDialog::reloadList(int select)
{
    m_loading = true;
    m_ui->templateList->clear();
    for (const MessageTemplate &entry : std::as_const(m_templates)) {
        auto *item = new QListWidgetItem(entry.name, m_ui->templateList);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    for (int row = 0; row < m_templates.size(); ++row)
        decorate(row);
    m_loading = false;
    m_ui->templateList->setCurrentRow(std::clamp(select, 0, int(m_templates.size()) - 1));
    showTemplate(m_ui->templateList->currentRow());
}

void TemplateEditorDialog::showTemplate(int row)
{
    if (m_loading)
        return;
    m_loading = true;
    const bool valid = row >= 0 && row < m_templates.size();
    m_ui->subjectEdit->setText(valid ? m_templates.at(row).subject : QString());
    m_ui->bodyEdit->setPlainText(valid ? m_templates.at(row).body : QString());
    m_ui->subjectEdit->setEnabled(valid);
    m_ui->bodyEdit->setEnabled(valid);
    m_loading = false;
    m_renameProblem.clear();
    updatePreview();
    updateButtons();
}

void TemplateEditorDialog::onTextEdited()
{
    const int row = m_ui->templateList->currentRow();
    if (m_loading || row < 0 || row >= m_templates.size())
        return;
    m_templates[row].subject = m_ui->subjectEdit->text();
    m_templates[row].body = m_ui->bodyEdit->toPlainText();
    decorate(row);
    updatePreview();
}

void TemplateEditorDialog::onItemRenamed(QListWidgetItem *item)
{
    const int row = m_ui->templateList->row(item);
    if (m_loading || row < 0 || row >= m_templates.size())
        return;
    const QString name = item->text().simplified();
    const QString old = m_templates.at(row).name;
    if (name == old)
        return;
    if (name.isEmpty())
        m_renameProblem = tr("A template needs a name.");
    else if (uniqueName(name, row) != name)
        m_renameProblem = tr("There is already a template named \"%1\".").arg(name);
    else
        m_renameProblem.clear();
    if (m_renameProblem.isEmpty())
        m_templates[row].name = name;
    const QSignalBlocker blocker(m_ui->templateList);
    item->setText(m_templates.at(row).name);
    updatePreview();
}

QString TemplateEditorDialog::uniqueName(const QString &base, int ignoreRow) const
{
    const auto taken = [this, ignoreRow](const QString &name) {
        for (int row = 0; row < m_templates.size(); ++row) {
            if (row != ignoreRow && m_templates.at(row).name.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = tr("%1 (%2)").arg(base).arg(n);
    return name;
}

void TemplateEditorDialog::decorate(int row)
{
    QListWidgetItem *item = m_ui->templateList->item(row);
    if (!item)
        return;
    const QStringList unknown = m_templates.at(row).check();
    item->setIcon(unknown.isEmpty() ? QIcon() : Style::icon(QStringLiteral("warning")));
    item->setToolTip(unknown.isEmpty()
                         ? QString()
                         : tr("Unknown placeholders: %1").arg(unknown.join(QStringLiteral(", "))));
}

void TemplateEditorDialog::updatePreview()
{
    const int row = m_ui->templateList->currentRow();
    if (row < 0 || row >= m_templates.size()) {
        m_ui->previewEdit->clear();
        m_ui->warningLabel->setVisible(false);
    QPalette warning = m_ui->warningLabel->palette();
    warning.setColor(QPalette::WindowText, Style::accentText(Style::Tone::Warning, palette()));
    m_ui->warningLabel->setPalette(warning);
        return;
    }
    const MessageTemplate &current = m_templates.at(row);
    const RenderedMessage message
        = MessageTemplates::render(current, m_context, m_clock.now(), locale(), m_zone);
    m_ui->previewEdit->setPlainText(
        message.subject.isEmpty() ? message.body
                                  : tr("Subject: %1\n\n%2").arg(message.subject, message.body));

    QStringList problems;
    if (!m_renameProblem.isEmpty())
        problems.append(m_renameProblem);
    const QStringList unknown = current.check();
    if (!unknown.isEmpty())
        problems.append(tr("Unknown placeholders: %1. They are sent exactly as typed; check the "
                           "spelling (known: {link}, {app}, {external_user_id}, {expires_at}, "
                           "{expires_in}).")
                            .arg(unknown.join(QStringLiteral(", "))));
    if (!current.body.contains(QLatin1String("{link}"))
        && !current.subject.contains(QLatin1String("{link}")))
        problems.append(tr("This template has no {link}: the customer would get no link."));
    m_ui->warningLabel->setText(problems.join(QLatin1Char('\n')));
    m_ui->warningLabel->setVisible(!problems.isEmpty());
}

void TemplateEditorDialog::updateButtons()
{
    const bool selected = m_ui->templateList->currentRow() >= 0;
    m_ui->renameButton->setEnabled(selected);
    m_ui->deleteButton->setEnabled(selected && m_templates.size() > 1);
}

void TemplateEditorDialog::addTemplate()
{
    m_templates.append({uniqueName(tr("New template")), QString(), QStringLiteral("{link}")});
    reloadList(int(m_templates.size()) - 1);
    renameTemplate();
}

void TemplateEditorDialog::renameTemplate()
{
    if (QListWidgetItem *item = m_ui->templateList->currentItem())
        m_ui->templateList->editItem(item);
}

void TemplateEditorDialog::deleteTemplate()
{
    const int row = m_ui->templateList->currentRow();
    if (row < 0 || row >= m_templates.size() || m_templates.size() <= 1)
        return;
    m_templates.removeAt(row);
    reloadList(std::min(row, int(m_templates.size()) - 1));
}

void TemplateEditorDialog::resetToDefaults()
{
    const QString current = currentTemplateName();
    m_templates = MessageTemplates::defaults();
    reloadList(0);
    selectTemplate(current);
}

void TemplateEditorDialog::insertPlaceholder(const QString &name)
{
    const QString token = QLatin1Char('{') + name + QLatin1Char('}');
    if (m_lastEdit == m_ui->subjectEdit) {
        m_ui->subjectEdit->insert(token);
        m_ui->subjectEdit->setFocus();
    } else {
        m_ui->bodyEdit->insertPlainText(token);
        m_ui->bodyEdit->setFocus();
    }
}

} // namespace ConnectDesk::Ui
