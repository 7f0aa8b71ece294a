// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>

#include <cstdint>
#include <vector>

namespace tessera {

class EdgeLayerItem;
class LineageGraphModel;
class NodeItem;

/**
 * The scene of a lineage graph: it follows a LineageGraphModel (nodeeditor's pattern: the model
 * holds the graph, the scene keeps an id → item map) with one NodeItem per node and one
 * EdgeLayerItem for all edges. Nodes are created in chunks, so a 10,000-node graph never blocks the
 * GUI thread for long. Emphasis (a path, search matches) lives here; the model knows nothing of it.
 */
class LineageScene : public QGraphicsScene
{
    Q_OBJECT

public:
    /** Nodes created per turn of the event loop. */
    static constexpr int kChunk = 1500;

    explicit LineageScene(LineageGraphModel *model, QObject *parent = nullptr);

    LineageGraphModel *model() const { return m_model; }
    NodeItem *item(std::int64_t id) const { return m_items.value(id); }
    EdgeLayerItem *edgeLayer() const { return m_edges; }
    /** True while nodes of the last graph are still being created. */
    bool isBuilding() const { return m_next < m_pending.size(); }

    /** Highlights a path (node ids in order): its nodes and the edges between them; the rest dims. */
    void highlightPath(const std::vector<std::int64_t> &path);
    void clearHighlight();

    /** Marks the nodes whose name contains `text` (case-insensitive); returns them, in scene order. */
    std::vector<std::int64_t> search(const QString &text);

Q_SIGNALS:
    /** A node was double-clicked. */
    void nodeActivated(std::int64_t id);
    /** An expansion button was clicked: show one more step (or, when shown, hide it). */
    void expandRequested(std::int64_t id, bool upstream);
    /** Every node of the last graph is in the scene. */
    void built();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void rebuild();
    void buildChunk();

    QPointer<LineageGraphModel> m_model;
    QHash<std::int64_t, NodeItem *> m_items;
    EdgeLayerItem *m_edges = nullptr;
    std::vector<std::int64_t> m_pending; ///< node ids still to create
    std::size_t m_next = 0;
    quint64 m_generation = 0;
};

} // namespace tessera
