#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

#include <functional>

class QEvent;
class QPalette;
class QWidget;

namespace ConnectDesk::Ui::Style {

// Accent colours of the bands and messages. They are blended into the system palette, so
// light and dark themes both keep readable text.
enum class Tone { Production, Development, Sandbox, Error, Warning, Info };

bool isDark(const QPalette &palette);
QColor accent(Tone tone, const QPalette &palette);
// `accent` mixed into the window colour: a soft background that keeps windowText readable.
QColor tint(const QPalette &palette, const QColor &accent, qreal amount = 0.16);
// Text in the accent colour, adjusted for contrast against the window colour.
QColor accentText(Tone tone, const QPalette &palette);
// The stylesheet of a band: tinted background, a solid accent edge on the left. `selector`
// names the band's class ("ConnectDesk--Ui--EnvironmentBand") so child labels stay unstyled.
// Pass the application palette, not the band's own (which the stylesheet itself changes).
QString bandStyleSheet(const QString &selector, Tone tone, const QPalette &palette);

QIcon icon(const QString &name); // ":/icons/<name>.svg"
QString iconPath(const QString &name);

// For a widget's changeEvent(): redo its texts after a language change, its icons after a style
// or palette change (light to dark and back).
void redoOnChange(const QEvent *event, const std::function<void()> &retranslate,
                  const std::function<void()> &refreshIcons);

} // namespace ConnectDesk::Ui::Style
