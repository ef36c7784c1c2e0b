#include "ColumnChart.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace casusregie::render {

namespace {

// Blues from dark to light: the series stay apart on a black-and-white printout too.
const std::array seriesColours{QColor(0x1b, 0x3a, 0x5c), QColor(0x2f, 0x6f, 0xa8), QColor(0x6f, 0xa8, 0xdc),
                               QColor(0xb4, 0xd2, 0xec), QColor(0x7a, 0x7a, 0x7a)};

QColor colourOf(qsizetype series)
{
    return seriesColours.at(std::size_t(series) % seriesColours.size());
}

// The top of the value axis and its step: a round step (1, 2 or 5 times a power of ten) that
// gives at most five grid lines above zero.
std::pair<int, int> valueScale(int largest)
{
    largest = std::max(largest, 4);
    for (qint64 power = 1;; power *= 10) {
        for (const qint64 factor : {1, 2, 5}) {
            const qint64 step = factor * power;
            if (largest <= step * 5)
                return {int(step * qint64(std::ceil(double(largest) / double(step)))), int(step)};
        }
    }
}

} // namespace

void paintColumnChart(QPainter &painter, const DocumentColumnChart &chart, const QRectF &area, const QFont &textFont, qreal point)
{
    painter.save();
    painter.setFont(textFont);
    const QFontMetricsF metrics(textFont, painter.device());
    const qreal lineHeight = metrics.height();

    // The legend: a swatch and a name per series, then what hatching means.
    qreal x = area.left();
    const qreal swatch = lineHeight * 0.7;
    const auto legendEntry = [&](const QBrush &brush, const QString &name) {
        painter.fillRect(QRectF(x, area.top() + (lineHeight - swatch) / 2, swatch, swatch), brush);
        x += swatch + point * 3;
        painter.setPen(Qt::black);
        painter.drawText(QPointF(x, area.top() + metrics.ascent()), name);
        x += metrics.horizontalAdvance(name) + point * 10;
    };
    for (qsizetype series = 0; series < chart.series.size(); ++series)
        legendEntry(colourOf(series), chart.series.at(series).name);
    legendEntry(QBrush(QColor(0x60, 0x60, 0x60), Qt::BDiagPattern), chart.withheldLabel);

    int largest = 0;
    for (const DocumentSeries &series : chart.series) {
        for (const DocumentBar &bar : series.bars)
            largest = std::max(largest, bar.value);
    }
    const auto [top, step] = valueScale(largest);
    const qreal axisWidth = metrics.horizontalAdvance(QString::number(top)) + point * 4;
    const QRectF plot(area.left() + axisWidth, area.top() + lineHeight * 1.8, area.width() - axisWidth,
                      area.height() - lineHeight * 3.2);

    // Grid lines with their values.
    const auto yOf = [&](qreal value) { return plot.bottom() - plot.height() * value / top; };
    for (int value = 0; value <= top; value += step) {
        painter.setPen(QPen(value == 0 ? Qt::black : QColor(0xc8, 0xc8, 0xc8), point * (value == 0 ? 0.8 : 0.4)));
        painter.drawLine(QPointF(plot.left(), yOf(value)), QPointF(plot.right(), yOf(value)));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(area.left(), yOf(value) - lineHeight / 2, axisWidth - point * 3, lineHeight),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(value));
    }

    // Per category a group of columns with a gap on both sides, and the category under it.
    const qsizetype categories = chart.categories.size();
    const qsizetype seriesCount = std::max<qsizetype>(chart.series.size(), 1);
    const qreal groupWidth = plot.width() / std::max<qsizetype>(categories, 1);
    const qreal columnWidth = groupWidth * 0.8 / seriesCount;
    const qreal withheldHeight = std::min(plot.height() * 0.04, plot.height() * 1.0 / top);
    for (qsizetype category = 0; category < categories; ++category) {
        const qreal groupLeft = plot.left() + groupWidth * category + groupWidth * 0.1;
        for (qsizetype series = 0; series < chart.series.size(); ++series) {
            const DocumentBar bar = chart.series.at(series).bars.value(category);
            const qreal height = bar.withheld ? withheldHeight : plot.height() * bar.value / top;
            const QRectF column(groupLeft + columnWidth * series, plot.bottom() - height, columnWidth, height);
            painter.fillRect(column, bar.withheld ? QBrush(colourOf(series), Qt::BDiagPattern) : QBrush(colourOf(series)));
        }
        painter.setPen(Qt::black);
        painter.drawText(QRectF(plot.left() + groupWidth * category, plot.bottom() + point * 2, groupWidth, lineHeight),
                         Qt::AlignHCenter | Qt::AlignTop, chart.categories.at(category));
    }
    painter.restore();
}

} // namespace casusregie::render
