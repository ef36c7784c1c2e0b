#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace casusregie::ui {

// The one colour that asks for attention (an error, an overdue date, a refusal), chosen for the
// theme in use: dark red on a light background, light red on a dark (high-contrast) one; either
// way at least 4.5:1 against the background (WCAG 2.1 AA, 1.4.3).
QColor attentionColour(const QPalette &palette);
QColor attentionColour(); // for the application's palette
// As a style sheet for a label: "color: #rrggbb;".
QString attentionStyle();

// The contrast ratio of two colours as WCAG 2.1 defines it, from 1:1 to 21:1.
double contrastRatio(const QColor &foreground, const QColor &background);

} // namespace casusregie::ui
