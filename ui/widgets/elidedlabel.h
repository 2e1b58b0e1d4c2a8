#pragma once

#include <QLabel>

namespace ConnectDesk::Ui {

// One line of plain text, elided to the width it gets, at a fixed height and kept in the layout
// while hidden: a message that comes and goes, or changes length, never moves what is around
// it. The caller puts the details in its tooltip.
class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateElided();
    void updateHeight();

    QString m_fullText;
};

} // namespace ConnectDesk::Ui
