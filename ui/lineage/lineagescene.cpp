// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "lineage/lineagescene.h"

#include "lineage/edgelayeritem.h"
#include "lineage/nodeitem.h"
#include "lineagegraphmodel.h"

#include <QGraphicsSceneMouseEvent>
#include <QTimer>

#include <set>
#include <utility>

namespace tessera {

namespace {

/** An edge's route as a path: the layout's Bézier curve or polyline, else a straight line. */
QPainterPath routeOf(const LayoutResult &layout, std::size_t index, const QRectF &from, const QRectF &to)
{
    QPainterPath path;
    const std::vector<QPointF> *points
        = index < layout.edges.size() && layout.edges[index].size() >= 2 ? &layout.edges[index] : nullptr;
    if (!points) {
        // Out of the source's right side, into the target's left side (left to right).
        const QPointF start(from.right(), from.center().y());
        const QPointF end(to.left(), to.center().y());
        const qreal bend = std::max(40.0, std::abs(end.x() - start.x()) / 2);
        path.moveTo(start);
        path.cubicTo(start + QPointF(bend, 0), end - QPointF(bend, 0), end);
        return path;
    }
    path.moveTo(points->front());
    if (layout.splines && (points->size() - 1) % 3 == 0) {
        for (std::size_t i = 1; i + 2 < points->size(); i += 3) {
            path.cubicTo((*points)[i], (*points)[i + 1], (*points)[i + 2]);
        }
    } else {
        for (std::size_t i = 1; i < points->size(); ++i) {
            path.lineTo((*points)[i]);
        }
    }
    return path;
}

} // namespace

LineageScene::LineageScene(LineageGraphModel *model, QObject *parent)
    : QGraphicsScene(parent)
    , m_model(model)
    , m_edges(new EdgeLayerItem)
{
    addItem(m_edges);
    // A mostly static graph: the default BSP index (chip example); the rect is set explicitly.
    setItemIndexMethod(BspTreeIndex);
    if (m_model) {
        connect(m_model, &LineageGraphModel::graphReset, this, &LineageScene::rebuild);
    }
}

void LineageScene::rebuild()
{
    ++m_generation;
    // Old node items go; the edge layer stays and is refilled. Removing a selected item changes the
    // selection, and whoever hears of it may walk the items: they are out of m_items first.
    const QHash<std::int64_t, NodeItem *> old = std::exchange(m_items, {});
    for (NodeItem *item : old) {
        removeItem(item);
        delete item;
    }
    m_pending.clear();
    m_next = 0;
    const LineageGraph &graph = m_model->graph();
    const LayoutResult &layout = m_model->layout();

    std::vector<EdgeLayerItem::Edge> edges;
    edges.reserve(graph.edgeCount());
    for (std::size_t i = 0; i < graph.edges().size(); ++i) {
        const LineageEdge &e = graph.edges()[i];
        EdgeLayerItem::Edge edge;
        edge.from = e.from;
        edge.to = e.to;
        edge.path = routeOf(layout, i, layout.nodes.value(e.from), layout.nodes.value(e.to));
        edge.bounds = edge.path.controlPointRect();
        edge.column = !e.type.isEmpty();
        edge.indirect = e.type == QLatin1String("INDIRECT");
        edges.push_back(std::move(edge));
    }
    m_edges->setEdges(std::move(edges));

    QRectF bounds = m_edges->boundingRect();
    for (const LineageNode &node : graph.nodes()) {
        m_pending.push_back(node.id);
        bounds |= layout.nodes.value(node.id);
    }
    setSceneRect(bounds.adjusted(-200, -200, 200, 200));
    buildChunk();
}

void LineageScene::buildChunk()
{
    const LineageGraph &graph = m_model->graph();
    const LayoutResult &layout = m_model->layout();
    const auto &distances = m_model->distances();
    const std::size_t end = std::min(m_pending.size(), m_next + kChunk);
    for (; m_next < end; ++m_next) {
        const LineageNode *node = graph.node(m_pending[m_next]);
        if (!node) {
            continue;
        }
        const auto distance = distances.find(node->id);
        auto *item
            = new NodeItem(*node, layout.nodes.value(node->id), distance == distances.end() ? 0 : distance->second);
        item->setExpanded(m_model->isExpanded(node->key, true), m_model->isExpanded(node->key, false));
        addItem(item);
        m_items.insert(node->id, item);
    }
    if (m_next < m_pending.size()) {
        // The rest on the next turn of the event loop, so input and painting go on meanwhile.
        QTimer::singleShot(0, this, [this, generation = m_generation] {
            if (generation == m_generation) {
                buildChunk();
            }
        });
        return;
    }
    Q_EMIT built();
}

void LineageScene::highlightPath(const std::vector<std::int64_t> &path)
{
    const std::set<std::int64_t> onPath(path.begin(), path.end());
    for (NodeItem *item : std::as_const(m_items)) {
        item->setEmphasis(onPath.count(item->id()) ? NodeItem::Emphasis::Highlighted : NodeItem::Emphasis::Dimmed);
    }
    std::vector<std::size_t> edges;
    for (std::size_t i = 0; i + 1 < path.size(); ++i) {
        for (std::size_t e = 0; e < m_edges->edges().size(); ++e) {
            const auto &edge = m_edges->edges()[e];
            if ((edge.from == path[i] && edge.to == path[i + 1]) || (edge.from == path[i + 1] && edge.to == path[i])) {
                edges.push_back(e);
            }
        }
    }
    m_edges->setHighlighted(std::move(edges));
}

void LineageScene::clearHighlight()
{
    for (NodeItem *item : std::as_const(m_items)) {
        item->setEmphasis(NodeItem::Emphasis::Normal);
    }
    m_edges->setHighlighted({});
}

std::vector<std::int64_t> LineageScene::search(const QString &text)
{
    std::vector<std::pair<QPointF, std::int64_t>> found;
    const QString needle = text.trimmed();
    for (NodeItem *item : std::as_const(m_items)) {
        const bool match = !needle.isEmpty() && item->node().name.contains(needle, Qt::CaseInsensitive);
        item->setMatched(match);
        if (match) {
            found.emplace_back(item->pos(), item->id());
        }
    }
    // Left to right, then top to bottom: the order the eye reads the graph in.
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        return a.first.x() != b.first.x() ? a.first.x() < b.first.x() : a.first.y() < b.first.y();
    });
    std::vector<std::int64_t> out;
    for (const auto &[pos, id] : found) {
        out.push_back(id);
    }
    return out;
}

void LineageScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        for (QGraphicsItem *hit : items(event->scenePos())) {
            if (auto *node = qgraphicsitem_cast<NodeItem *>(hit)) {
                const NodeItem::Side side = node->sideAt(node->mapFromScene(event->scenePos()));
                if (side != NodeItem::Side::None) {
                    Q_EMIT expandRequested(node->id(), side == NodeItem::Side::Upstream);
                    event->accept();
                    return;
                }
                break;
            }
        }
    }
    QGraphicsScene::mousePressEvent(event);
}

void LineageScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    for (QGraphicsItem *hit : items(event->scenePos())) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(hit)) {
            Q_EMIT nodeActivated(node->id());
            event->accept();
            return;
        }
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

} // namespace tessera
