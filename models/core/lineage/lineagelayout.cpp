// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "lineage/lineagelayout.h"

#include "lineage/layoutengines.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace tessera {

using lineage::detail::UnitGraph;
using lineage::detail::UnitLayout;

namespace {

/** Space around the columns inside a dataset's card, and between them. */
constexpr double kColumnPadding = 8;
/** Between a node keepPlaces() pushed and the one it would have covered. */
constexpr double kPushGap = 12;

} // namespace

QSizeF defaultNodeSize(const LineageNode &node)
{
    switch (node.kind) {
    case LineageNodeKind::Job:
        return { 150, 36 };
    case LineageNodeKind::Column:
        return { 170, 30 };
    case LineageNodeKind::Bundle:
        return { 120, 36 };
    case LineageNodeKind::Domain:
        return { 200, 64 };
    case LineageNodeKind::Dataset:
    case LineageNodeKind::Product:
    case LineageNodeKind::System:
        break;
    }
    return { 210, 56 };
}

namespace {

/** Plain nodes, and dataset cards with their columns inside: what the engines lay out. */
struct Units
{
    UnitGraph graph;
    std::unordered_map<std::int64_t, int> unitOf; ///< node id → unit
    std::vector<std::int64_t> owner; ///< unit → the node it is (the card, for a dataset with columns)
    std::vector<std::vector<std::int64_t>> columns; ///< unit → the columns stacked in it, graph order
    std::unordered_map<std::uint64_t, std::size_t> edgeOf; ///< (unit, unit) → index into graph.edges
};

std::uint64_t unitPair(int from, int to)
{
    return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(from)) << 32) | static_cast<std::uint32_t>(to);
}

bool isGrouped(const LineageGraph &graph, const LineageNode &node)
{
    if (node.kind != LineageNodeKind::Column || node.parent == 0 || node.parent == node.id) {
        return false;
    }
    const LineageNode *parent = graph.node(node.parent);
    return parent && parent->kind != LineageNodeKind::Column;
}

Units unitsOf(const LineageGraph &graph, const std::function<QSizeF(const LineageNode &)> &sizeOf)
{
    Units u;
    for (const LineageNode &n : graph.nodes()) {
        if (!isGrouped(graph, n)) {
            u.unitOf.emplace(n.id, static_cast<int>(u.owner.size()));
            u.owner.push_back(n.id);
            u.columns.emplace_back();
        }
    }
    for (const LineageNode &n : graph.nodes()) {
        if (isGrouped(graph, n)) {
            const int unit = u.unitOf.at(n.parent);
            u.unitOf.emplace(n.id, unit);
            u.columns[static_cast<std::size_t>(unit)].push_back(n.id);
        }
    }
    u.graph.sizes.reserve(u.owner.size());
    for (std::size_t i = 0; i < u.owner.size(); ++i) {
        QSizeF size = sizeOf(*graph.node(u.owner[i]));
        if (!u.columns[i].empty()) {
            double width = size.width();
            double height = size.height() + kColumnPadding;
            for (std::int64_t c : u.columns[i]) {
                const QSizeF column = sizeOf(*graph.node(c));
                width = std::max(width, column.width() + 2 * kColumnPadding);
                height += column.height() + kColumnPadding;
            }
            size = { width, height };
        }
        u.graph.sizes.push_back(size);
    }
    for (const LineageEdge &e : graph.edges()) {
        const int from = u.unitOf.at(e.from);
        const int to = u.unitOf.at(e.to);
        if (from != to && u.edgeOf.emplace(unitPair(from, to), u.graph.edges.size()).second) {
            u.graph.edges.emplace_back(from, to);
        }
    }
    return u;
}

/** Each card's columns, in the order that crosses fewest edges: by the mean height of their neighbours. */
void placeColumns(const LineageGraph &graph, const Units &units,
    const std::function<QSizeF(const LineageNode &)> &sizeOf, QHash<std::int64_t, QRectF> &rects)
{
    std::vector<std::vector<std::int64_t>> order = units.columns;
    for (int pass = 0; pass < 2; ++pass) {
        for (std::size_t unit = 0; unit < order.size(); ++unit) {
            auto &columns = order[unit];
            if (columns.empty()) {
                continue;
            }
            std::vector<std::pair<double, std::int64_t>> keys;
            for (std::size_t i = 0; i < columns.size(); ++i) {
                const std::int64_t c = columns[i];
                double sum = 0;
                int count = 0;
                for (const bool in : { true, false }) {
                    for (std::size_t index : in ? graph.incoming(c) : graph.outgoing(c)) {
                        const LineageEdge &e = graph.edges()[index];
                        const std::int64_t other = in ? e.from : e.to;
                        if (units.unitOf.at(other) != static_cast<int>(unit) && rects.contains(other)) {
                            sum += rects.value(other).center().y();
                            ++count;
                        }
                    }
                }
                // Columns without lineage keep their schema order, after those that have some.
                keys.emplace_back(count > 0 ? sum / count : std::numeric_limits<double>::max(), c);
            }
            std::stable_sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
            const QRectF card = rects.value(units.owner[unit]);
            double y = card.top() + sizeOf(*graph.node(units.owner[unit])).height() + kColumnPadding;
            for (std::size_t i = 0; i < keys.size(); ++i) {
                const std::int64_t c = keys[i].second;
                columns[i] = c;
                const QSizeF size = sizeOf(*graph.node(c));
                rects.insert(c, QRectF(card.left() + kColumnPadding, y, size.width(), size.height()));
                y += size.height() + kColumnPadding;
            }
        }
    }
}

/** A straight route between two cards: out of the side facing the target, into the side facing the source. */
std::vector<QPointF> straightRoute(const QRectF &from, const QRectF &to, bool splines)
{
    std::vector<QPointF> points;
    if (from == to) {
        // A loop on the right-hand side.
        const QPointF start(from.right(), from.center().y() - from.height() / 4);
        const QPointF end(from.right(), from.center().y() + from.height() / 4);
        points = { start, start + QPointF(24, 0), end + QPointF(24, 0), end };
    } else if (to.center().x() >= from.right() || (to.left() >= from.left() && to.center().x() >= from.center().x())) {
        points = { QPointF(from.right(), from.center().y()), QPointF(to.left(), to.center().y()) };
    } else if (to.right() <= from.left()) {
        points = { QPointF(from.left(), from.center().y()), QPointF(to.right(), to.center().y()) };
    } else {
        // Stacked (columns of one card): out to the right, along and back in.
        const double side = std::max(from.right(), to.right()) + 16;
        points = { QPointF(from.right(), from.center().y()), QPointF(side, from.center().y()),
            QPointF(side, to.center().y()), QPointF(to.right(), to.center().y()) };
    }
    if (!splines) {
        return points;
    }
    // The same lines as cubic Bézier segments, so a route list stays of one kind.
    std::vector<QPointF> curve { points.front() };
    for (std::size_t i = 1; i < points.size(); ++i) {
        const QPointF a = points[i - 1];
        const QPointF b = points[i];
        curve.push_back(a + (b - a) / 3);
        curve.push_back(a + (b - a) * 2 / 3);
        curve.push_back(b);
    }
    return curve;
}

} // namespace

LayoutResult LineageLayout::run(const LineageGraph &graph, const LayoutOptions &options, const std::atomic_bool *cancel)
{
    LayoutResult out;
    if (lineage::detail::isCancelled(cancel)) {
        out.cancelled = true;
        return out;
    }
    const auto sizeOf
        = options.nodeSize ? options.nodeSize : std::function<QSizeF(const LineageNode &)>(defaultNodeSize);
    const Units units = unitsOf(graph, sizeOf);
    if (lineage::detail::isCancelled(cancel)) {
        out.cancelled = true;
        return out;
    }
    const bool dot = options.engine == LayoutOptions::Engine::Dot
        || (options.engine == LayoutOptions::Engine::Auto && static_cast<int>(units.owner.size()) <= options.dotLimit);
    UnitLayout placed;
    if (dot) {
        placed = lineage::detail::dotLayout(units.graph, options.rankSeparation, options.nodeSeparation, cancel);
        out.engine = QStringLiteral("dot");
        if (!placed.error.isEmpty() && !placed.cancelled && options.engine == LayoutOptions::Engine::Auto) {
            // Auto always gives a drawing: without Graphviz, the layered layout.
            placed
                = lineage::detail::layeredLayout(units.graph, options.rankSeparation, options.nodeSeparation, cancel);
            out.engine = QStringLiteral("layered");
        }
    } else {
        placed = lineage::detail::layeredLayout(units.graph, options.rankSeparation, options.nodeSeparation, cancel);
        out.engine = QStringLiteral("layered");
    }
    if (placed.cancelled || lineage::detail::isCancelled(cancel)) {
        out.cancelled = true;
        return out;
    }
    if (!placed.error.isEmpty()) {
        out.error = placed.error;
        return out;
    }
    out.splines = placed.splines;
    out.nodes.reserve(static_cast<qsizetype>(graph.nodeCount()));
    for (std::size_t i = 0; i < units.owner.size(); ++i) {
        const QSizeF size = units.graph.sizes[i];
        const QPointF centre = placed.centres[i];
        out.nodes.insert(units.owner[i],
            QRectF(centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(), size.height()));
    }
    placeColumns(graph, units, sizeOf, out.nodes);

    out.edges.reserve(graph.edgeCount());
    for (const LineageEdge &e : graph.edges()) {
        const int from = units.unitOf.at(e.from);
        const int to = units.unitOf.at(e.to);
        const bool plain = units.owner[static_cast<std::size_t>(from)] == e.from
            && units.owner[static_cast<std::size_t>(to)] == e.to && from != to;
        if (plain) {
            const auto &route = placed.routes[units.edgeOf.at(unitPair(from, to))];
            if (route.size() >= 2) {
                out.edges.push_back(route);
                continue;
            }
        }
        out.edges.push_back(straightRoute(out.nodes.value(e.from), out.nodes.value(e.to), out.splines));
    }
    return out;
}

void LineageLayout::keepPlaces(LayoutResult &next, const LineageGraph &graph, const QHash<QString, QRectF> &previous)
{
    if (previous.isEmpty() || next.nodes.isEmpty()) {
        return;
    }
    // Offsets of the nodes seen before, by id.
    std::unordered_map<std::int64_t, QPointF> offset;
    std::deque<std::int64_t> queue;
    QPointF sum;
    for (const LineageNode &n : graph.nodes()) {
        const auto now = next.nodes.constFind(n.id);
        const auto before = previous.constFind(n.key);
        if (now != next.nodes.cend() && before != previous.cend()) {
            const QPointF delta = before->center() - now->center();
            offset.emplace(n.id, delta);
            queue.push_back(n.id);
            sum += delta;
        }
    }
    if (offset.empty()) {
        return; // nothing on screen is left: the new layout stands as it is
    }
    std::unordered_set<std::int64_t> kept;
    for (const auto &[id, delta] : offset) {
        kept.insert(id);
    }
    // A new node moves with its nearest kept neighbour (breadth-first over edges and parent links).
    while (!queue.empty()) {
        const std::int64_t u = queue.front();
        queue.pop_front();
        const QPointF delta = offset.at(u);
        const auto visit = [&](std::int64_t v) {
            if (next.nodes.contains(v) && offset.emplace(v, delta).second) {
                queue.push_back(v);
            }
        };
        for (std::size_t index : graph.incoming(u)) {
            visit(graph.edges()[index].from);
        }
        for (std::size_t index : graph.outgoing(u)) {
            visit(graph.edges()[index].to);
        }
        if (const LineageNode *n = graph.node(u); n && n->parent != 0) {
            visit(n->parent);
        }
    }
    // Parts with no kept node move with the kept nodes on average.
    const QPointF mean = sum / static_cast<double>(kept.size());
    for (const LineageNode &n : graph.nodes()) {
        if (next.nodes.contains(n.id)) {
            offset.emplace(n.id, mean);
        }
    }

    const auto isColumnIn = [&](const LineageNode &n) {
        if (n.kind != LineageNodeKind::Column || n.parent == 0) {
            return false;
        }
        const LineageNode *parent = graph.node(n.parent);
        return parent && parent->kind != LineageNodeKind::Column && next.nodes.contains(n.parent);
    };
    QHash<std::int64_t, QRectF> moved;
    moved.reserve(next.nodes.size());
    // Kept cards first: they go back exactly. A spatial hash of what is placed finds overlaps quickly.
    constexpr double kCell = 256;
    std::unordered_map<std::uint64_t, std::vector<std::int64_t>> grid;
    const auto cellsOf = [&](const QRectF &r, auto &&each) {
        const auto x0 = static_cast<std::int64_t>(std::floor(r.left() / kCell));
        const auto x1 = static_cast<std::int64_t>(std::floor(r.right() / kCell));
        const auto y0 = static_cast<std::int64_t>(std::floor(r.top() / kCell));
        const auto y1 = static_cast<std::int64_t>(std::floor(r.bottom() / kCell));
        for (std::int64_t x = x0; x <= x1; ++x) {
            for (std::int64_t y = y0; y <= y1; ++y) {
                each((static_cast<std::uint64_t>(x) << 32) ^ static_cast<std::uint64_t>(y & 0xffffffff));
            }
        }
    };
    const auto place = [&](std::int64_t id, const QRectF &r) {
        moved.insert(id, r);
        cellsOf(r, [&](std::uint64_t cell) { grid[cell].push_back(id); });
    };
    const auto blocker = [&](const QRectF &r) -> std::optional<QRectF> {
        std::optional<QRectF> found;
        cellsOf(r, [&](std::uint64_t cell) {
            const auto it = grid.find(cell);
            if (it == grid.end()) {
                return;
            }
            for (std::int64_t other : it->second) {
                const QRectF o = moved.value(other);
                if (o.intersects(r) && (!found || o.bottom() > found->bottom())) {
                    found = o;
                }
            }
        });
        return found;
    };
    for (const LineageNode &n : graph.nodes()) {
        if (kept.count(n.id) && !isColumnIn(n)) {
            place(n.id, next.nodes.value(n.id).translated(offset.at(n.id)));
        }
    }
    // New cards, top to bottom: moved beside their neighbour, and below whatever they would cover.
    std::vector<std::int64_t> fresh;
    for (const LineageNode &n : graph.nodes()) {
        if (next.nodes.contains(n.id) && !kept.count(n.id) && !isColumnIn(n)) {
            fresh.push_back(n.id);
        }
    }
    std::sort(fresh.begin(), fresh.end(), [&](std::int64_t a, std::int64_t b) {
        const QRectF ra = next.nodes.value(a).translated(offset.at(a));
        const QRectF rb = next.nodes.value(b).translated(offset.at(b));
        return ra.top() != rb.top() ? ra.top() < rb.top() : ra.left() < rb.left();
    });
    for (std::int64_t id : fresh) {
        QRectF r = next.nodes.value(id).translated(offset.at(id));
        while (const auto b = blocker(r)) {
            r.moveTop(b->bottom() + kPushGap);
        }
        place(id, r);
    }
    // Columns ride in their cards.
    for (const LineageNode &n : graph.nodes()) {
        if (isColumnIn(n) && next.nodes.contains(n.id)) {
            const QPointF delta = moved.value(n.parent).topLeft() - next.nodes.value(n.parent).topLeft();
            moved.insert(n.id, next.nodes.value(n.id).translated(delta));
        }
    }

    // Routes: moved along when both ends moved alike, else a straight line.
    for (std::size_t i = 0; i < graph.edges().size() && i < next.edges.size(); ++i) {
        const LineageEdge &e = graph.edges()[i];
        const QPointF a = moved.value(e.from).topLeft() - next.nodes.value(e.from).topLeft();
        const QPointF b = moved.value(e.to).topLeft() - next.nodes.value(e.to).topLeft();
        auto &route = next.edges[i];
        if (a == b) {
            for (QPointF &p : route) {
                p += a;
            }
        } else {
            route = straightRoute(moved.value(e.from), moved.value(e.to), next.splines);
        }
    }
    next.nodes = std::move(moved);
}

int LineageLayout::crossings(const LineageGraph &graph, const LayoutResult &layout)
{
    struct Segment
    {
        QPointF a, b;
        std::int64_t from, to;
        double minX, maxX, minY, maxY;
    };
    std::vector<Segment> segments;
    segments.reserve(graph.edgeCount());
    for (const LineageEdge &e : graph.edges()) {
        const auto from = layout.nodes.constFind(e.from);
        const auto to = layout.nodes.constFind(e.to);
        if (e.from == e.to || from == layout.nodes.cend() || to == layout.nodes.cend()) {
            continue;
        }
        const QPointF a = from->center();
        const QPointF b = to->center();
        segments.push_back({ a, b, e.from, e.to, std::min(a.x(), b.x()), std::max(a.x(), b.x()), std::min(a.y(), b.y()),
            std::max(a.y(), b.y()) });
    }
    std::sort(segments.begin(), segments.end(), [](const Segment &s, const Segment &t) { return s.minX < t.minX; });
    const auto orient = [](QPointF p, QPointF q, QPointF r) {
        const double v = (q.x() - p.x()) * (r.y() - p.y()) - (q.y() - p.y()) * (r.x() - p.x());
        return v > 0 ? 1 : (v < 0 ? -1 : 0);
    };
    // A sweep from left to right: only segments whose x-ranges overlap can cross.
    std::int64_t count = 0;
    std::vector<const Segment *> active;
    for (const Segment &s : segments) {
        std::size_t keep = 0;
        for (const Segment *t : active) {
            if (t->maxX < s.minX) {
                continue; // ends before this one begins: done with it
            }
            active[keep++] = t;
            if (t->from == s.from || t->from == s.to || t->to == s.from || t->to == s.to) {
                continue; // edges that share a node meet there, they do not cross
            }
            if (t->maxY < s.minY || s.maxY < t->minY) {
                continue;
            }
            if (orient(s.a, s.b, t->a) * orient(s.a, s.b, t->b) < 0
                && orient(t->a, t->b, s.a) * orient(t->a, t->b, s.b) < 0) {
                ++count;
            }
        }
        active.resize(keep);
        active.push_back(&s);
    }
    return static_cast<int>(std::min<std::int64_t>(count, std::numeric_limits<int>::max()));
}

} // namespace tessera
