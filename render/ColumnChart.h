#pragma once

#include "documents/Document.h"

#include <QFont>
#include <QRectF>

class QPainter;

namespace casusregie::render {

// Paints a column chart in `area` (device pixels): a legend on top, a value axis with grid lines,
// one group of columns per category with the category under it. A withheld count (1 to 4) is a
// short hatched column whose height says nothing; the legend explains the hatching.
// `point` is the size of a typographic point in device pixels.
void paintColumnChart(QPainter &painter, const DocumentColumnChart &chart, const QRectF &area, const QFont &textFont, qreal point);

} // namespace casusregie::render
