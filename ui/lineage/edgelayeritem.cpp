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

namespace {

/**
 * Draws the runs of `line` whose segments cross `exposed`. A long edge crosses a view in a few
 * segments; handing the rasterizer only those (rather than the whole line, to be clipped there)
 * keeps a pan across thousands of long edges within a frame.
 */
void drawVisiblePart(QPainter *painter, const QPolygonF &line, const QRectF &exposed)
{
    const qsizetype n = line.size();
    const QPointF *points = line.constData();
    const qreal left = exposed.left() - 1;
    const qreal right = exposed.right() + 1;
    const qreal top = exposed.top() - 1;
    const qreal bottom = exposed.bottom() + 1;
    qsizetype run = -1; // first point of the run being collected
    for (qsizetype k = 0; k + 1 < n; ++k) {
        const QPointF &a = points[k];
        const QPointF &b = points[k + 1];
        const bool visible = std::max(a.x(), b.x()) >= left && std::min(a.x(), b.x()) <= right
            && std::max(a.y(), b.y()) >= top && std::min(a.y(), b.y()) <= bottom;
        if (visible && run < 0) {
            run = k;
        } else if (!visible && run >= 0) {
            painter->drawPolyline(points + run, static_cast<int>(k - run + 1));
            run = -1;
        }
    }
    if (run >= 0) {
        painter->drawPolyline(points + run, static_cast<int>(n - run));
    }
}

} // namespace

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
    for (Edge &edge : m_edges) {
        // Flattened and headed once here, not on every frame: a pan repaints thousands of edges.
        const QList<QPolygonF> parts = edge.path.toSubpathPolygons();
        edge.line = parts.isEmpty() ? QPolygonF() : parts.front();
        if (edge.line.size() >= 2) {
            const QPointF tip = edge.line.back();
            QPointF before = edge.line[edge.line.size() - 2];
            for (qsizetype i = edge.line.size() - 2; i >= 0 && QLineF(edge.line[i], tip).length() < 6; --i) {
                before = edge.line[i];
            }
            const qreal angle = std::atan2(tip.y() - before.y(), tip.x() - before.x());
            constexpr qreal kSize = 7;
            edge.head = QPolygonF { tip, tip - QPointF(std::cos(angle - 0.4) * kSize, std::sin(angle - 0.4) * kSize),
                tip - QPointF(std::cos(angle + 0.4) * kSize, std::sin(angle + 0.4) * kSize) };
        }
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

    // Cosmetic pens one pixel wide take the rasterizer's fast line path; wider or fractional widths go
    // through the general stroker, many times slower on thousands of edges.
    QPen normalPen(m_anyHighlighted ? faint : normal, 0);
    QPen indirectPen = normalPen;
    indirectPen.setStyle(Qt::DashLine);
    QPen strongPen(strong, 2.5);
    strongPen.setCosmetic(true);
    const bool smooth = lod > 1.5; // close up, the curve itself rather than its flattened line
    const QPen *current = nullptr;
    painter->setBrush(Qt::NoBrush);
    std::vector<const QPolygonF *> heads;
    for (int pass = 0; pass < 2; ++pass) { // the highlighted path on top
        heads.clear();
        for (std::size_t i = 0; i < m_edges.size(); ++i) {
            const Edge &edge = m_edges[i];
            const bool high = m_highlighted[i];
            if ((pass == 1) != high || !edge.bounds.intersects(exposed)) {
                continue;
            }
            const QPen &pen = high ? strongPen : (edge.indirect ? indirectPen : normalPen);
            if (&pen != current) { // a pen change costs the raster engine more than a short line
                painter->setPen(pen);
                current = &pen;
            }
            if (smooth) {
                painter->drawPath(edge.path);
            } else {
                drawVisiblePart(painter, edge.line, exposed);
            }
            // An arrow head where the edge meets its target, when it can be seen: all in one go below.
            if (lod >= 0.5 && edge.head.size() == 3 && exposed.contains(edge.head.front())) {
                heads.push_back(&edge.head);
            }
        }
        if (!heads.empty()) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(pass == 1 ? strong : (m_anyHighlighted ? faint : normal));
            for (const QPolygonF *head : heads) {
                painter->drawPolygon(*head);
            }
            painter->setBrush(Qt::NoBrush);
            current = nullptr;
        }
    }
}

} // namespace tessera
