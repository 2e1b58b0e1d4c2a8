#pragma once

#include <QWidget>

class QLabel;

namespace ConnectDesk::Ui {

// The inline message under a form field: an icon and a sentence, hidden while empty. The icon
// and wording carry the meaning; colour only reinforces it.
class FieldMessage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldMessage)
public:
    explicit FieldMessage(QWidget *parent = nullptr);

    void setMessage(const QString &message);
    QString message() const;
    // The field the message explains; it gets the message as its accessible description.
    void setBuddy(QWidget *field);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColors();

    QLabel *m_icon;
    QLabel *m_text;
    QWidget *m_buddy = nullptr;
};

} // namespace ConnectDesk::Ui
