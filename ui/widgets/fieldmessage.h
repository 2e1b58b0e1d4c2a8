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
    // An error blocks Generate; a warning only says what will go wrong (review 31's localhost
    // webhook). Each has its own icon and words for screen readers, not only a colour.
    enum class Severity { Error, Warning };

    explicit FieldMessage(QWidget *parent = nullptr);

    void setMessage(const QString &message, Severity severity = Severity::Error);
    QString message() const;
    Severity severity() const { return m_severity; }
    // The field the message explains; it gets the message as its accessible description.
    void setBuddy(QWidget *field);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColors();
    void updateIcon();

    QLabel *m_icon;
    QLabel *m_text;
    QWidget *m_buddy = nullptr;
    Severity m_severity = Severity::Error;
};

} // namespace ConnectDesk::Ui
