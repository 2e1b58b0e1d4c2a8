#include "widgets/fieldmessage.h"

#include "widgets/uistyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace ConnectDesk::Ui {

FieldMessage::FieldMessage(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 2);
    layout->setSpacing(6);
    m_icon->setAlignment(Qt::AlignTop);
    updateIcon();
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setWordWrap(true);
    // Beside the icon, never centred below it when the layout gives the label spare height.
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    updateColors();
    hide();
}

void FieldMessage::setMessage(const QString &message, Severity severity)
{
    if (message == m_text->text() && severity == m_severity)
        return;
    if (severity != m_severity) {
        m_severity = severity;
        updateIcon();
        updateColors();
    }
    m_text->setText(message);
    setAccessibleName(message);
    setVisible(!message.isEmpty());
    if (m_buddy)
        m_buddy->setAccessibleDescription(message);
}

QString FieldMessage::message() const
{
    return m_text->text();
}

void FieldMessage::setBuddy(QWidget *field)
{
    m_buddy = field;
}

void FieldMessage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateColors();
    QWidget::changeEvent(event);
}

void FieldMessage::updateColors()
{
    QPalette palette = m_text->palette();
    palette.setColor(QPalette::WindowText,
                     Style::accentText(m_severity == Severity::Warning ? Style::Tone::Warning
                                                                       : Style::Tone::Error,
                                       this->palette()));
    m_text->setPalette(palette);
}

void FieldMessage::updateIcon()
{
    const int size = fontMetrics().height();
    const bool warning = m_severity == Severity::Warning;
    m_icon->setPixmap(Style::icon(warning ? QStringLiteral("warning") : QStringLiteral("error"))
                          .pixmap(size, size));
    m_icon->setAccessibleName(warning ? tr("Warning") : tr("Error"));
}

} // namespace ConnectDesk::Ui
