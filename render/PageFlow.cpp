#include "PageFlow.h"

#include <QPainter>

#include <algorithm>

namespace casusregie::render {

PageFlow::PageFlow(QPainter *painter, const PageGeometry &geometry, PageEnd pageEnd)
    : m_painter(painter)
    , m_geometry(geometry)
    , m_pageEnd(std::move(pageEnd))
{
}

void PageFlow::skip(qreal height)
{
    if (m_y > 0)
        m_y += height;
}

void PageFlow::keepRoomFor(qreal height)
{
    if (m_y > 0 && m_y + height > m_geometry.bodyHeight)
        nextPage();
}

void PageFlow::place(qreal height, const Draw &draw)
{
    if (m_y > 0 && m_y + height > m_geometry.bodyHeight)
        nextPage();
    // The writer splits text so that no block is taller than a page; the clip keeps the footer clear.
    paintAt(m_y, draw, m_y, std::min(height, m_geometry.bodyHeight - m_y));
    m_y += height;
}

void PageFlow::paintAt(qreal top, const Draw &draw, qreal clipTop, qreal clipHeight)
{
    if (!m_painter)
        return;
    m_painter->save();
    m_painter->setClipRect(QRectF(0, clipTop, m_geometry.width, clipHeight));
    m_painter->translate(0, top);
    draw(*m_painter);
    m_painter->restore();
}

void PageFlow::nextPage()
{
    if (m_painter && m_pageEnd)
        m_ok = m_pageEnd(m_page, false) && m_ok;
    ++m_page;
    m_y = 0;
    if (m_pageStart && !m_startingPage) {
        m_startingPage = true;
        m_pageStart();
        m_startingPage = false;
    }
}

bool PageFlow::finish()
{
    if (m_painter && m_pageEnd)
        m_ok = m_pageEnd(m_page, true) && m_ok;
    return m_ok;
}

} // namespace casusregie::render
