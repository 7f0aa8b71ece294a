// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "lineage/edgelayeritem.h"

#include <QApplication>
#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace tessera {

EdgeLayerItem::EdgeLayerItem()
{
    setFlag(ItemUsesExtendedStyleOption); // exposedRect: paint only what is asked for
    setZValue(0);
}

void EdgeLayerItem::setEdges(std::vector<Edge> edges)
{
    prepareGeometryChange();
    m_edges = std::move(edges);
    m_highlighted.assign(m_edges.size(), false);
    m_anyHighlighted = false;
    m_bounds = {};
    for (const Edge &edge : m_edges) {
        m_bounds |= edge.bounds;
    }
    m_bounds.adjust(-8, -8, 8, 8); // arrow heads and pen width
    update();
}

void EdgeLayerItem::setHighlighted(std::vector<std::size_t> highlighted)
{
    m_highlighted.assign(m_edges.size(), false);
    for (const std::size_t i : highlighted) {
        if (i < m_highlighted.size()) {
            m_highlighted[i] = true;
        }
    }
    m_anyHighlighted = !highlighted.empty();
    update();
}

QRectF EdgeLayerItem::boundingRect() const
{
    return m_bounds;
}

void EdgeLayerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette palette = scene() ? scene()->palette() : QApplication::palette();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF exposed = option->exposedRect;
    if (lod >= 0.3) {
        painter->setRenderHint(QPainter::Antialiasing);
    }
    QColor normal = palette.color(QPalette::Text);
    normal.setAlphaF(0.45);
    QColor faint = normal;
    faint.setAlphaF(0.12);
    const QColor strong = palette.color(QPalette::Highlight);

    for (int pass = 0; pass < 2; ++pass) { // the highlighted path on top
        for (std::size_t i = 0; i < m_edges.size(); ++i) {
            const Edge &edge = m_edges[i];
            const bool high = m_highlighted[i];
            if ((pass == 1) != high || !edge.bounds.intersects(exposed)) {
                continue;
            }
            // Cosmetic pens: as wide on screen at every zoom.
            QPen pen(high ? strong : (m_anyHighlighted ? faint : normal), high ? 2.5 : 1.2);
            pen.setCosmetic(true);
            if (edge.indirect) {
                pen.setStyle(Qt::DashLine);
            }
            painter->setPen(pen);
            painter->setBrush(Qt::NoBrush);
            painter->drawPath(edge.path);
            // An arrow head where the edge meets its target, when it can be seen.
            if (lod >= 0.5) {
                const QPointF tip = edge.path.pointAtPercent(1.0);
                const QPointF before = edge.path.pointAtPercent(0.98);
                const qreal angle = std::atan2(tip.y() - before.y(), tip.x() - before.x());
                const qreal size = high ? 9 : 7;
                QPolygonF head;
                head << tip << tip - QPointF(std::cos(angle - 0.4) * size, std::sin(angle - 0.4) * size)
                     << tip - QPointF(std::cos(angle + 0.4) * size, std::sin(angle + 0.4) * size);
                painter->setPen(Qt::NoPen);
                painter->setBrush(pen.color());
                painter->drawPolygon(head);
            }
        }
    }
}

} // namespace tessera
