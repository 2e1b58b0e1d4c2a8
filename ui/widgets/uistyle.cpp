#include "widgets/uistyle.h"

#include <QEvent>
#include <QPalette>

namespace ConnectDesk::Ui::Style {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor accent(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Production: return dark ? QColor(0x4a, 0xde, 0x80) : QColor(0x16, 0xa3, 0x4a);
    case Tone::Development: return dark ? QColor(0xfb, 0xbf, 0x24) : QColor(0xd9, 0x77, 0x06);
    case Tone::Sandbox: return dark ? QColor(0xc0, 0x84, 0xfc) : QColor(0x7c, 0x3a, 0xed);
    case Tone::Error: return dark ? QColor(0xf8, 0x71, 0x71) : QColor(0xdc, 0x26, 0x26);
    case Tone::Warning: return dark ? QColor(0xfb, 0xbf, 0x24) : QColor(0xd9, 0x77, 0x06);
    case Tone::Info: return dark ? QColor(0x60, 0xa5, 0xfa) : QColor(0x25, 0x63, 0xeb);
    }
    return palette.color(QPalette::Highlight);
}

QColor tint(const QPalette &palette, const QColor &accentColor, qreal amount)
{
    const QColor base = palette.color(QPalette::Window);
    auto mix = [amount](int a, int b) { return int(a + (b - a) * amount); };
    return QColor(mix(base.red(), accentColor.red()), mix(base.green(), accentColor.green()),
                  mix(base.blue(), accentColor.blue()));
}

QColor accentText(Tone tone, const QPalette &palette)
{
    const QColor color = accent(tone, palette);
    // Darker on light windows (amber and green are too light for text as they are).
    return isDark(palette) ? color : color.darker(135);
}

QString bandStyleSheet(const QString &selector, Tone tone, const QPalette &palette)
{
    const QColor edge = accent(tone, palette);
    const QColor background = tint(palette, edge, isDark(palette) ? 0.22 : 0.14);
    return QStringLiteral("%1 { background-color: %2; border: 1px solid %3;"
                          " border-left: 5px solid %4; border-radius: 4px; }")
        .arg(selector, background.name(), tint(palette, edge, 0.45).name(), edge.name());
}

QString iconPath(const QString &name)
{
    return QStringLiteral(":/icons/") + name + QStringLiteral(".svg");
}

QIcon icon(const QString &name)
{
    return QIcon(iconPath(name));
}

void redoOnChange(const QEvent *event, const std::function<void()> &retranslate,
                  const std::function<void()> &refreshIcons)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslate();
        break;
    case QEvent::StyleChange:
    case QEvent::PaletteChange:
        refreshIcons();
        break;
    default:
        break;
    }
}

} // namespace ConnectDesk::Ui::Style
