#include "DocumentLayout.h"

#include "ColumnChart.h"
#include "PageFlow.h"

#include <QFontMetricsF>
#include <QTextLayout>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace casusregie::render {

namespace {

// DejaVu (fonts-dejavu-core) has every Dutch diacritic and is embedded in the PDF, so a page
// looks the same on every machine that opens it.
const QString fontFamily = QStringLiteral("DejaVu Sans");
constexpr qreal bodyPoints = 9.5;
constexpr qreal cellPaddingPoints = 3;

// Lines break between words, and inside a word only when it is wider than the column.
QTextOption wrapped()
{
    QTextOption option(Qt::AlignLeft | Qt::AlignTop);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

QFont font(qreal points, bool bold = false)
{
    QFont chosen(fontFamily);
    chosen.setPointSizeF(points);
    chosen.setBold(bold);
    // No ligatures ("fl" as one glyph): text copied or searched in the PDF then reads as typed
    // ("afloop", not "aﬂoop"). Latin script needs no shaping.
    chosen.setStyleStrategy(QFont::PreferNoShaping);
    return chosen;
}

// Column widths in proportion to the longest text in each column, within limits, but never
// narrower than its longest word: a date or a name is not broken in the middle.
QList<qreal> columnShares(const DocumentSection &section)
{
    QList<qreal> weights;
    for (qsizetype column = 0; column < section.tableHeader.size(); ++column) {
        QStringList texts{section.tableHeader.at(column)};
        for (const DocumentRow &row : section.tableRows)
            texts << row.cells.value(column);
        qsizetype longest = 0;
        qsizetype longestWord = 0;
        for (const QString &text : std::as_const(texts)) {
            longest = std::max(longest, text.size());
            for (const QString &word : text.split(QLatin1Char(' ')))
                longestWord = std::max(longestWord, word.size());
        }
        weights << std::max(qreal(longestWord) * 1.35 + 2, std::clamp<qreal>(qreal(longest), 8, 45));
    }
    qreal total = 0;
    for (const qreal weight : weights)
        total += weight;
    for (qreal &weight : weights)
        weight /= total;
    return weights;
}

// Writes one document through a PageFlow: header, notice, sections with their tables.
class DocumentWriter {
public:
    DocumentWriter(PageFlow &flow, QPaintDevice &device)
        : m_flow(flow)
        , m_device(device)
        , m_width(flow.width())
    {
    }

    void write(const Document &document)
    {
        for (qsizetype i = 0; i < document.headerLines.size(); ++i)
            paragraph(document.headerLines.at(i), i == 0 ? font(13, true) : font(bodyPoints + 1), i == 0 ? 0 : points(1));
        if (!document.notice.isEmpty())
            notice(document.notice);
        for (const DocumentSection &section : document.sections)
            writeSection(section);
    }

private:
    qreal points(qreal value) const { return value * m_device.logicalDpiY() / 72.0; }

    // Measured the way QPainter::drawText lays the text out with the same option.
    qreal textHeight(const QString &text, const QFont &chosen, qreal width) const
    {
        QTextLayout layout(text, chosen, &m_device);
        layout.setTextOption(wrapped());
        layout.beginLayout();
        qreal height = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, height));
            height += line.height();
        }
        layout.endLayout();
        return height;
    }

    // Text cut at line ends into pieces no taller than `limit`: a paragraph or a table cell
    // longer than a page continues on the next page, each line printed once.
    QStringList pieces(const QString &text, const QFont &chosen, qreal width, qreal limit) const
    {
        if (textHeight(text, chosen, width) <= limit)
            return {text};
        QTextLayout layout(text, chosen, &m_device);
        layout.setTextOption(wrapped());
        layout.beginLayout();
        QStringList cut;
        int pieceStart = 0;
        qreal pieceHeight = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            if (pieceHeight + line.height() > limit && line.textStart() > pieceStart) {
                cut << text.mid(pieceStart, line.textStart() - pieceStart).trimmed();
                pieceStart = line.textStart();
                pieceHeight = 0;
            }
            pieceHeight += line.height();
        }
        layout.endLayout();
        cut << text.mid(pieceStart).trimmed();
        return cut;
    }

    void paragraph(const QString &text, const QFont &chosen, qreal spaceBefore)
    {
        m_flow.skip(spaceBefore);
        for (const QString &piece : pieces(text, chosen, m_width, m_flow.pageHeight() * 0.9)) {
            const qreal height = textHeight(piece, chosen, m_width);
            m_flow.place(height, [piece, chosen, width = m_width, height](QPainter &painter) {
                painter.setFont(chosen);
                painter.drawText(QRectF(0, 0, width, height), piece, wrapped());
            });
        }
    }

    void notice(const QString &text)
    {
        m_flow.skip(points(8));
        const QFont bold = font(bodyPoints + 0.5, true);
        const qreal padding = points(5);
        const qreal height = textHeight(text, bold, m_width - 2 * padding) + 2 * padding;
        m_flow.place(height, [text, bold, padding, width = m_width, height, line = points(0.8)](QPainter &painter) {
            painter.setPen(QPen(Qt::black, line));
            painter.drawRect(QRectF(0, 0, width, height));
            painter.setFont(bold);
            painter.drawText(QRectF(padding, padding, width - 2 * padding, height - 2 * padding), text, wrapped());
        });
        m_flow.skip(points(4));
    }

    void writeSection(const DocumentSection &section)
    {
        const QFont headingFont = font(11.5, true);
        const qreal headingHeight = textHeight(section.heading, headingFont, m_width);
        // A heading never ends a page: it stays with the first lines under it.
        m_flow.skip(points(10));
        m_flow.keepRoomFor(headingHeight + points(bodyPoints * 4));
        paragraph(section.heading, headingFont, 0);
        for (const QString &text : section.paragraphs)
            paragraph(text, font(bodyPoints), points(3));
        if (!section.columns.categories.isEmpty())
            columnChart(section.columns);
        if (!section.tableHeader.isEmpty())
            table(section);
        if (!section.bars.isEmpty())
            chart(section.bars);
    }

    // A chart about 7 cm high, kept whole on one page.
    void columnChart(const DocumentColumnChart &chart)
    {
        m_flow.skip(points(6));
        const qreal height = points(200);
        m_flow.place(height, [chart, height, width = m_width, point = points(1)](QPainter &painter) {
            paintColumnChart(painter, chart, QRectF(0, 0, width, height), font(bodyPoints - 1), point);
        });
    }

    // Horizontal bars, one per line: label, bar in proportion to the largest value, the value.
    // A withheld count is a short hatched bar with its text, so its length says nothing.
    void chart(const QList<DocumentBar> &bars)
    {
        m_flow.skip(points(6));
        const QFont chosen = font(bodyPoints);
        const qreal labelWidth = m_width * 0.38;
        const qreal valueWidth = m_width * 0.1;
        const qreal barSpace = m_width - labelWidth - valueWidth - points(8);
        int largest = 1;
        for (const DocumentBar &bar : bars)
            largest = std::max(largest, bar.value);
        for (const DocumentBar &bar : bars) {
            const qreal height = std::max(textHeight(bar.label, chosen, labelWidth - points(4)), points(bodyPoints * 1.6));
            const qreal length = bar.withheld ? barSpace * 0.04 : barSpace * bar.value / largest;
            m_flow.place(height + points(2), [=, this](QPainter &painter) {
                painter.setFont(chosen);
                painter.drawText(QRectF(0, 0, labelWidth - points(4), height), bar.label, wrapped());
                const QRectF drawn(labelWidth, points(2), length, height - points(4));
                painter.fillRect(drawn, bar.withheld ? QBrush(QColor(0x60, 0x60, 0x60), Qt::BDiagPattern) : QBrush(QColor(0x2f, 0x5d, 0x8a)));
                painter.setPen(Qt::black);
                painter.drawText(QRectF(labelWidth + length + points(4), 0, valueWidth, height), bar.valueText, wrapped());
            });
        }
    }

    void table(const DocumentSection &section)
    {
        m_flow.skip(points(4));
        QList<qreal> widths;
        for (const qreal share : columnShares(section))
            widths << share * m_width;
        const auto headerRow = [this, &section, &widths]() { row(section.tableHeader, widths, true); };
        // A short table stays whole on one page; a long one starts with at least one row under its header.
        qreal whole = rowHeight(section.tableHeader, widths, true);
        for (const DocumentRow &cells : section.tableRows)
            whole += rowHeight(cells.cells, widths, false);
        const qreal start = rowHeight(section.tableHeader, widths, true) * 2;
        m_flow.keepRoomFor(whole <= m_flow.pageHeight() / 3 ? whole : start);
        // The header row is repeated at the top of every page the table continues on (set after
        // the page break above, which would otherwise print it twice).
        m_flow.setPageStart(headerRow);
        headerRow();
        for (const DocumentRow &cells : section.tableRows)
            row(cells.cells, widths, false);
        m_flow.setPageStart({});
    }

    qreal rowHeight(const QStringList &cells, const QList<qreal> &widths, bool header) const
    {
        const QFont chosen = font(bodyPoints, header);
        const qreal padding = points(cellPaddingPoints);
        qreal height = 0;
        for (qsizetype column = 0; column < widths.size(); ++column)
            height = std::max(height, textHeight(cells.value(column), chosen, widths.at(column) - 2 * padding));
        return height + 2 * padding;
    }

    // A row moves to the next page whole when it does not fit; a row taller than a page goes on
    // as the next rows, its cells cut at line ends.
    void row(const QStringList &cells, const QList<qreal> &widths, bool header)
    {
        const qreal padding = points(cellPaddingPoints);
        const qreal limit = (m_flow.pageHeight() - rowHeight({}, widths, true)) * 0.8;
        if (!header && rowHeight(cells, widths, header) > limit) {
            QList<QStringList> cut;
            qsizetype rows = 0;
            for (qsizetype column = 0; column < widths.size(); ++column) {
                cut << pieces(cells.value(column), font(bodyPoints), widths.at(column) - 2 * padding, limit - 2 * padding);
                rows = std::max(rows, cut.last().size());
            }
            for (qsizetype piece = 0; piece < rows; ++piece) {
                QStringList part;
                for (const QStringList &column : std::as_const(cut))
                    part << column.value(piece);
                drawRow(part, widths, false);
            }
            return;
        }
        drawRow(cells, widths, header);
    }

    void drawRow(const QStringList &cells, const QList<qreal> &widths, bool header)
    {
        const qreal height = rowHeight(cells, widths, header);
        const QFont chosen = font(bodyPoints, header);
        const qreal padding = points(cellPaddingPoints);
        m_flow.place(height, [cells, widths, header, chosen, padding, height, line = points(0.5)](QPainter &painter) {
            qreal left = 0;
            painter.setFont(chosen);
            for (qsizetype column = 0; column < widths.size(); ++column) {
                const QRectF cell(left, 0, widths.at(column), height);
                if (header)
                    painter.fillRect(cell, QColor(0xE6, 0xE6, 0xE6));
                painter.setPen(QPen(QColor(0x80, 0x80, 0x80), line));
                painter.drawRect(cell);
                painter.setPen(Qt::black);
                painter.drawText(cell.adjusted(padding, padding, -padding, -padding), cells.value(column), wrapped());
                left += widths.at(column);
            }
        });
    }

    PageFlow &m_flow;
    QPaintDevice &m_device;
    qreal m_width;
};

PageGeometry geometryOf(QPagedPaintDevice &device)
{
    constexpr qreal footerMillimetres = 14; // kept free at the bottom of the printable area
    const QRectF printable = device.pageLayout().paintRectPixels(device.logicalDpiY());
    const qreal footer = footerMillimetres * device.logicalDpiY() / 25.4;
    return {printable.width(), printable.height() - footer, footer};
}

void drawFooter(QPainter &painter, const PageGeometry &geometry, const QString &footer, int page, int pages)
{
    const qreal dpi = painter.device()->logicalDpiY();
    const qreal top = geometry.bodyHeight + 3 * dpi / 25.4;
    painter.save();
    painter.setPen(QPen(Qt::black, 0.4 * dpi / 72));
    painter.drawLine(QPointF(0, top), QPointF(geometry.width, top));
    painter.setFont(font(7.5));
    const QString pageText = QStringLiteral("pagina %1 van %2").arg(page).arg(pages);
    const qreal pageTextWidth = QFontMetricsF(painter.font(), painter.device()).horizontalAdvance(pageText) * 1.1;
    const QRectF area(0, top + 1.5 * dpi / 25.4, geometry.width, geometry.footerHeight);
    painter.drawText(QRectF(area.left(), area.top(), area.width() - pageTextWidth * 1.2, area.height()), footer, wrapped());
    painter.drawText(area, Qt::AlignRight | Qt::AlignTop, pageText);
    painter.restore();
}

// Lays the document out once without painting to count its pages, then paints it with
// "pagina X van Y" on every page.
bool printDocument(const Document &document, QPagedPaintDevice &device, QPainter &painter, bool &firstPage)
{
    const PageGeometry geometry = geometryOf(device);
    PageFlow counting(nullptr, geometry, {});
    DocumentWriter(counting, device).write(document);
    const int pages = counting.pages();
    if (!firstPage && !device.newPage())
        return false;
    firstPage = false;
    PageFlow painting(&painter, geometry, [&](int page, bool last) {
        drawFooter(painter, geometry, document.pageFooter, page, pages);
        return last || device.newPage();
    });
    DocumentWriter(painting, device).write(document);
    return painting.finish();
}

} // namespace

QPageLayout a4Layout()
{
    // 25 mm on the left for the holes of a binder; the footer lies inside the printable area.
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(25, 15, 15, 12), QPageLayout::Millimeter);
}

int pageCount(const Document &document, QPagedPaintDevice &device)
{
    PageFlow counting(nullptr, geometryOf(device), {});
    DocumentWriter(counting, device).write(document);
    return counting.pages();
}

bool printDocuments(const QList<Document> &documents, QPagedPaintDevice &device)
{
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    bool firstPage = true;
    for (const Document &document : documents) {
        if (!printDocument(document, device, painter, firstPage))
            return false;
    }
    return painter.end();
}

} // namespace casusregie::render
