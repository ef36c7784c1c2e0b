#pragma once

#include <QtGlobal>

#include <functional>

class QPainter;

namespace casusregie::render {

// The part of a page where text goes and the strip under it for the footer, in device pixels.
struct PageGeometry {
    qreal width = 0;
    qreal bodyHeight = 0;
    qreal footerHeight = 0;
};

// Places blocks from the top of a page down; a block that does not fit on what is left of the
// page starts the next page. Blocks are never taller than a page (the writer splits long text).
// Without a painter it only counts the pages, so "pagina X van Y" can be known first.
class PageFlow {
public:
    using Draw = std::function<void(QPainter &)>;
    // Called at the end of each page (the footer; a new page unless `last`); false when the
    // device refused to start a new page.
    using PageEnd = std::function<bool(int page, bool last)>;

    PageFlow(QPainter *painter, const PageGeometry &geometry, PageEnd pageEnd);

    qreal width() const { return m_geometry.width; }
    qreal pageHeight() const { return m_geometry.bodyHeight; }
    int pages() const { return m_page; }

    void skip(qreal height);        // white space; none at the top of a page
    void keepRoomFor(qreal height); // starts a new page when less is left
    void place(qreal height, const Draw &draw);
    // Drawn at the top of every new page until cleared: a table's header row.
    void setPageStart(std::function<void()> start) { m_pageStart = std::move(start); }
    // Ends the last page; false when a page could not be started.
    bool finish();

private:
    void nextPage();
    void paintAt(qreal top, const Draw &draw, qreal clipTop, qreal clipHeight);

    QPainter *m_painter;
    PageGeometry m_geometry;
    PageEnd m_pageEnd;
    std::function<void()> m_pageStart;
    qreal m_y = 0;
    int m_page = 1;
    bool m_ok = true;
    bool m_startingPage = false;
};

} // namespace casusregie::render
