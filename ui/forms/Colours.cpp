#include "forms/Colours.h"

#include <QGuiApplication>

#include <algorithm>
#include <cmath>

namespace casusregie::ui {

namespace {

double channel(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double relativeLuminance(const QColor &colour)
{
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

} // namespace

double contrastRatio(const QColor &foreground, const QColor &background)
{
    const double a = relativeLuminance(foreground);
    const double b = relativeLuminance(background);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QColor attentionColour(const QPalette &palette)
{
    const bool darkTheme = palette.color(QPalette::Window).lightness() < 128;
    return darkTheme ? QColor(0xff, 0x9e, 0x9e) : QColor(0xa4, 0x00, 0x1d);
}

QColor attentionColour()
{
    return attentionColour(QGuiApplication::palette());
}

QString attentionStyle()
{
    return QStringLiteral("color: %1;").arg(attentionColour().name());
}

} // namespace casusregie::ui
