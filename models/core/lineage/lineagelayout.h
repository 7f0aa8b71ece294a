// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "lineage/lineagegraph.h"

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace tessera {

/** The size of a node's card when LayoutOptions::nodeSize is unset: one per kind, in scene units. */
QSizeF defaultNodeSize(const LineageNode &node);

/** How to lay a lineage graph out. */
struct LayoutOptions
{
    enum class Engine {
        Auto, ///< Graphviz dot up to `dotLimit` nodes (a dataset with its columns counts once), the layered
              ///< layout beyond, and when dot fails
        Dot, ///< Graphviz dot (libgvc, cgraph): the best drawings, slow past a few thousand nodes
        Layered, ///< Tessera's own layered layout: longest-path layers, barycenter sweeps, Brandes–Köpf
    };
    Engine engine = Engine::Auto;
    int dotLimit = 2000; ///< dot takes about 0.9 s at 2,000 nodes here (the budget is 1 s), 25 s at 10,000
    /** The size of a node's card, in scene units; columns and jobs are usually smaller. Unset: defaultNodeSize(). */
    std::function<QSizeF(const LineageNode &)> nodeSize;
    double rankSeparation = 120; ///< between layers (left to right)
    double nodeSeparation = 24; ///< between nodes of one layer
};

/**
 * Where everything goes: left to right, upstream on the left, y down. A column whose parent (a dataset)
 * is in the graph sits inside its parent's card: the parent's own size is the card's header, the card
 * grows to hold the columns, stacked in the order that crosses fewest edges (columns without lineage
 * last, in schema order), and the card moves as one node.
 */
struct LayoutResult
{
    QHash<std::int64_t, QRectF> nodes; ///< node id → its card, in scene coordinates (every node of the graph)
    /** Edge index (into the graph's edges()) → its route: a polyline, or cubic Bézier control points
     *  (first point, then three per segment) when `splines` is true. */
    std::vector<std::vector<QPointF>> edges;
    bool splines = false;
    QString engine; ///< "dot" or "layered"
    bool cancelled = false;
    QString error; ///< set when the layout failed (the caller may fall back to the other engine)
};

/**
 * Lays lineage graphs out off the GUI thread. Graphviz keeps global state and is not thread-safe, so
 * dot layouts run one at a time (a process-wide lock); the layered layout has no such limit. A
 * layout can be cancelled: it checks `cancel` between its phases and returns with `cancelled` set.
 * Graphviz itself cannot be interrupted: a dot layout cancelled while it waits for the lock or while
 * dot runs returns at once, and the abandoned dot run finishes on a thread of its own (holding the
 * lock, so the next dot layout waits for it) and is dropped.
 */
class LineageLayout
{
public:
    static LayoutResult run(
        const LineageGraph &graph, const LayoutOptions &options, const std::atomic_bool *cancel = nullptr);

    /**
     * Keeps what the user already sees in place: every node of `next` whose key is in `previous`
     * moves back to where it was (its centre; its size may have changed); a new node moves by the same
     * offset as its nearest kept neighbour (so a node's new neighbours appear beside it; a part with no
     * kept node moves by the kept nodes' mean offset); new nodes that would overlap a kept one (or a
     * new one placed before) are pushed below it. Columns move with their card. An edge whose two ends
     * moved by the same offset keeps its route, moved along; the route of any other edge of a moved
     * node becomes a straight line (a polyline, or straight cubic segments when `splines` is set).
     * Does nothing when no node of `previous` is left.
     */
    static void keepPlaces(LayoutResult &next, const LineageGraph &graph, const QHash<QString, QRectF> &previous);

    /**
     * How many pairs of edges cross (edges as straight segments between node centres). Edges that
     * share a node do not cross, nor do segments that only touch or overlap on one line; loops and
     * edges with an end that has no place are left out.
     */
    static int crossings(const LineageGraph &graph, const LayoutResult &layout);
};

} // namespace tessera
