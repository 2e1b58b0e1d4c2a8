#include "widgets/elidedlabel.h"

#include <QEvent>

namespace ConnectDesk::Ui {

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);
    updateHeight();
}

void ElidedLabel::setFullText(const QString &text)
{
    m_fullText = text;
    updateElided();
}

QSize ElidedLabel::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 20, height()};
}

QSize ElidedLabel::minimumSizeHint() const
{
    return {0, height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    updateElided();
}

void ElidedLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        updateHeight();
        updateElided();
    }
}

void ElidedLabel::updateElided()
{
    const int available = contentsRect().width() - 2 * margin();
    QString shown = m_fullText;
    shown.replace(QLatin1Char('\n'), QLatin1Char(' '));
    setText(fontMetrics().elidedText(shown, Qt::ElideRight, std::max(available, 0)));
}

void ElidedLabel::updateHeight()
{
    const QMargins m = contentsMargins();
    setFixedHeight(fontMetrics().height() + m.top() + m.bottom() + 2 * margin() + 2);
}

} // namespace ConnectDesk::Ui
