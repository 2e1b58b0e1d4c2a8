#pragma once

#include "widgets/uistyle.h"

#include <QCoreApplication>
#include <QFrame>

class QLabel;

namespace ConnectDesk::Ui {

// What a band says: a short title, a sentence, an icon and a tone. The words carry the meaning,
// the colour only reinforces it.
struct BandContent
{
    Q_DECLARE_TR_FUNCTIONS(BandContent)
public:
    Style::Tone tone = Style::Tone::Production;
    QString iconName;
    QString title;
    QString text;

    // "development" or "production". `simulated`: the sandbox's copy of that environment.
    static BandContent forEnvironment(const QString &environment, bool simulated = false);
    // A project without an OAuth client: no link can be made, so nothing is called live.
    static BandContent forUnconfigured(const QString &environment);
    static BandContent forSandbox();
};

// A full-width coloured band with an icon and text: production vs development in the form,
// and "Sandbox — links are not real" across the top of the window.
class EnvironmentBand final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentBand)
public:
    explicit EnvironmentBand(QWidget *parent = nullptr);

    void setContent(const BandContent &content);
    void setEnvironment(const QString &environment, bool simulated = false)
    {
        setContent(BandContent::forEnvironment(environment, simulated));
    }
    const BandContent &content() const { return m_content; }
    QString title() const;
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateStyle();

    BandContent m_content;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
};

} // namespace ConnectDesk::Ui
