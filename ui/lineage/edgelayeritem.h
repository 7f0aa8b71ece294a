// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <QGraphicsItem>
#include <QPainterPath>
#include <QPolygonF>

#include <cstdint>
#include <vector>

namespace tessera {

/**
 * Every edge of a lineage graph in one item: tens of thousands of edges as items would make the
 * scene crawl, so one item keeps their routes and paints only those crossing the exposed area
 * (STYLE-REFERENCE: coarse items for masses). Edges on a highlighted path are drawn stronger and the
 * others faint.
 */
class EdgeLayerItem : public QGraphicsItem
{
public:
    struct Edge
    {
        std::int64_t from = 0;
        std::int64_t to = 0;
        QPainterPath path;
        QRectF bounds;
        QPolygonF line; ///< the path flattened once: what is drawn up to reading zoom (setEdges() fills it)
        QPolygonF head; ///< the arrow head at the target (setEdges() fills it)
        bool column = false; ///< a column edge (drawn dashed when INDIRECT)
        bool indirect = false;
    };

    EdgeLayerItem();

    void setEdges(std::vector<Edge> edges);
    const std::vector<Edge> &edges() const { return m_edges; }

    /** Edges (indices) drawn strong; the rest faint. Empty: every edge normal. */
    void setHighlighted(std::vector<std::size_t> highlighted);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    enum { Type = UserType + 2 };
    int type() const override { return Type; }

private:
    std::vector<Edge> m_edges;
    std::vector<bool> m_highlighted;
    bool m_anyHighlighted = false;
    QRectF m_bounds;
};

} // namespace tessera
