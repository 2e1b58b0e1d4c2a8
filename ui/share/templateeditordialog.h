#pragma once

#include "share/messagetemplate.h"

#include <QDialog>
#include <QPointer>
#include <QTimeZone>

#include <memory>

namespace Ui {
class TemplateEditorDialog;
}

class QListWidgetItem;
class QWidget;

namespace ConnectDesk {
class Clock;
}

namespace ConnectDesk::Ui {

// Edits a copy of the message templates: list, add, rename, delete, reset to the defaults, with
// a live preview and a warning for placeholders rendering does not know. The caller reads
// templates() after accepted() and saves them.
class TemplateEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateEditorDialog)
public:
    TemplateEditorDialog(const QList<MessageTemplate> &templates,
                         const Clock &clock,
                         QWidget *parent = nullptr);
    ~TemplateEditorDialog() override;

    QList<MessageTemplate> templates() const { return m_templates; }
    QString currentTemplateName() const;
    void selectTemplate(const QString &name);

    // The link the preview is filled with (default: sampleContext()).
    void setPreviewContext(const MessageContext &context);
    void setTimeZone(const QTimeZone &zone);
    QString previewText() const;
    QString warningText() const; // empty when every placeholder is known

    static MessageContext sampleContext(const QDateTime &now);

public slots:
    void addTemplate();
    void renameTemplate();
    void deleteTemplate();
    void resetToDefaults();
    void insertPlaceholder(const QString &name); // at the cursor of the subject or the body

private:
    void reloadList(int select);
    void showTemplate(int row);
    void onTextEdited();
    void onItemRenamed(QListWidgetItem *item);
    void updatePreview();
    void updateButtons();
    void decorate(int row);
    QString uniqueName(const QString &base, int ignoreRow = -1) const;

    std::unique_ptr<::Ui::TemplateEditorDialog> m_ui;
    const Clock &m_clock;
    QList<MessageTemplate> m_templates;
    MessageContext m_context;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QString m_renameProblem;
    QPointer<QWidget> m_lastEdit;
    bool m_loading = false;
};

} // namespace ConnectDesk::Ui
