// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "lineagegraphmodel.h"

#include "backgroundjob.h"
#include "catalogservice.h"
#include "lineage/lineagereader.h"

#include <QElapsedTimer>

#include <algorithm>
#include <set>

namespace tessera {

namespace {

/** What the worker reads and shapes before the layout. */
struct Shaped
{
    LineageGraph graph;
    std::unordered_map<std::int64_t, int> distances;
    QString problem;
    bool read = false; ///< false: the store could not be read (the job did not run, or failed)
};

/** Column mode: the key of the column whose paths are shown ("column:ns/name#col"), empty for all columns. */
QString focusedColumn(const LineageGraphModel::View &view)
{
    if (view.column.isEmpty()) {
        return {};
    }
    // "dataset:ns/name" → "column:ns/name#column"
    return QStringLiteral("column:") + view.columnDataset.mid(QStringLiteral("dataset:").size()) + QLatin1Char('#')
        + view.column;
}

/**
 * Drops INDIRECT column edges (column mode without them), and the columns and datasets that only they
 * reached: what stays is the DIRECT lineage of `datasetKey`'s columns (which all stay), or with `focusKey`
 * (one column's paths) what that column reaches up and down by DIRECT edges.
 */
LineageGraph withoutIndirect(const LineageGraph &graph, const QString &datasetKey, const QString &focusKey)
{
    LineageGraph direct;
    for (const LineageNode &node : graph.nodes()) {
        direct.addNode(node); // keeps its id
    }
    for (const LineageEdge &edge : graph.edges()) {
        if (edge.type != QLatin1String("INDIRECT")) {
            direct.addEdge(edge);
        }
    }
    std::set<std::int64_t> keep;
    const auto keepWithParent = [&](std::int64_t id) {
        keep.insert(id);
        if (const LineageNode *node = direct.node(id); node && node->parent != 0) {
            keep.insert(node->parent);
        }
    };
    if (const LineageNode *focus = focusKey.isEmpty() ? nullptr : direct.find(focusKey)) {
        for (const auto &[id, distance] : lineage::reach(direct, { focus->id }, 1 << 20, 1 << 20)) {
            keepWithParent(id);
        }
    } else {
        const LineageNode *start = direct.find(datasetKey);
        for (const LineageNode &node : direct.nodes()) {
            if (start && (node.id == start->id || node.parent == start->id)) {
                keep.insert(node.id);
            }
        }
        for (const LineageEdge &edge : direct.edges()) {
            keepWithParent(edge.from);
            keepWithParent(edge.to);
        }
    }
    return keep.size() == direct.nodeCount() ? direct : lineage::subgraph(direct, keep);
}

/**
 * Drops what the filters hide: domains, kinds, jobs that have not run since `since`, and in column mode
 * INDIRECT edges unless asked for.
 */
LineageGraph filtered(const LineageGraph &source, const LineageGraphModel::View &view)
{
    const bool dropIndirect = !view.columnDataset.isEmpty() && !view.showIndirect;
    const LineageGraph graph = dropIndirect ? withoutIndirect(source, view.columnDataset, focusedColumn(view)) : source;
    std::set<std::int64_t> keep;
    for (const LineageNode &node : graph.nodes()) {
        if (view.hiddenKinds.contains(node.kind)) {
            continue;
        }
        if (!node.domain.isEmpty() && view.hiddenDomains.contains(node.domain)) {
            continue;
        }
        if (node.kind == LineageNodeKind::Job && view.since.isValid()) {
            const QDateTime ran = QDateTime::fromString(node.lastRun, Qt::ISODate);
            if (!ran.isValid() || ran < view.since) {
                continue;
            }
        }
        keep.insert(node.id);
    }
    return keep.size() == graph.nodeCount() ? graph : lineage::subgraph(graph, keep);
}

Shaped shape(LineageReader &reader, const LineageGraphModel::View &view,
    const std::set<std::pair<QString, bool>> &expanded, const std::set<QString> &bundles)
{
    Shaped out;
    out.read = true; // an exception on the way leaves the default, unread answer
    LineageGraph graph;
    QString startKey;
    if (!view.columnDataset.isEmpty()) {
        graph = reader.columns(view.columnDataset, view.column, std::max(1, std::max(view.upstream, view.downstream)));
        startKey = view.column.isEmpty() ? view.columnDataset : focusedColumn(view);
        if (graph.nodeCount() == 0) {
            out.problem = LineageGraphModel::tr("The dataset has no recorded column lineage.");
            return out;
        }
    } else {
        auto around = reader.around(view.start, view.upstream, view.downstream);
        if (!around) {
            out.problem = LineageGraphModel::tr("Nothing in the catalog is called \"%1\".").arg(view.start);
            return out;
        }
        graph = std::move(*around);
        startKey = reader.resolve(view.start);
        for (const auto &[key, upstream] : expanded) {
            graph.merge(reader.neighbours(key, upstream));
        }
    }
    graph = filtered(graph, view);

    // The start: a product starts from the datasets of its output ports and a contract from its
    // datasets, as LineageReader::around() does. Remembered by key, product and domain, to be found
    // again once datasets are folded into products or domains.
    std::set<QString> startKeys;
    std::set<QString> startProducts;
    std::set<QString> startDomains;
    if (const LineageNode *start = graph.find(startKey)) {
        const bool named = startKey == view.start || startKey.mid(startKey.indexOf(QLatin1Char(':')) + 1) == view.start;
        for (const LineageNode &node : graph.nodes()) {
            const bool isStart = node.id == start->id
                || (!named && view.columnDataset.isEmpty() && node.kind == LineageNodeKind::Dataset
                    && (node.product == view.start || (start->product != view.start && node.contract == view.start)));
            if (isStart) {
                startKeys.insert(node.key);
                startProducts.insert(node.product);
                startDomains.insert(node.domain);
            }
        }
    }
    if (view.columnDataset.isEmpty()) {
        switch (view.level) {
        case LineageGraphModel::Level::Domain:
            graph = lineage::rollUp(graph, lineage::RollUp::Domain);
            break;
        case LineageGraphModel::Level::Product:
            graph = lineage::rollUp(graph, lineage::RollUp::Product);
            break;
        case LineageGraphModel::Level::Dataset:
        case LineageGraphModel::Level::Column:
            if (!view.showJobs) {
                graph = lineage::withoutJobs(graph);
            }
            break;
        }
    }
    std::set<std::int64_t> anchors;
    for (const LineageNode &node : graph.nodes()) {
        const bool folded = (node.kind == LineageNodeKind::Product && view.level == LineageGraphModel::Level::Product
                                && startProducts.count(node.key.mid(8)))
            || (node.kind == LineageNodeKind::Domain && view.level == LineageGraphModel::Level::Domain
                && startDomains.count(node.key.mid(7)));
        if (startKeys.count(node.key) || folded) {
            anchors.insert(node.id);
        }
    }
    if (view.columnDataset.isEmpty()) {
        // The start stays, whatever hub it hangs on.
        graph = lineage::bundleHubs(graph, view.hubLimit, bundles, anchors);
    }
    // Distances from the start, on the graph as shown, for colouring and for the side panel.
    std::vector<std::int64_t> present;
    for (const std::int64_t id : anchors) {
        if (graph.node(id)) {
            present.push_back(id);
        }
    }
    if (!present.empty()) {
        out.distances = lineage::reach(graph, present, 1 << 20, 1 << 20);
    }
    if (graph.nodeCount() == 0) {
        out.problem = LineageGraphModel::tr("The filters hide every node.");
    }
    out.graph = std::move(graph);
    return out;
}

} // namespace

LineageGraphModel::LineageGraphModel(CatalogService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    if (m_service) {
        // An import or sync finished: read the same view again (nodes keep their places). On a first start
        // the view may have asked before the store existed.
        connect(m_service, &CatalogService::changed, this, [this] {
            if (!m_view.start.isEmpty() || !m_view.columnDataset.isEmpty()) {
                reload();
            }
        });
    }
}

LineageGraphModel::~LineageGraphModel()
{
    if (m_cancel) {
        m_cancel->store(true); // a layout still running stops at its next phase
    }
}

QSizeF LineageGraphModel::nodeSize(const LineageNode &node)
{
    switch (node.kind) {
    case LineageNodeKind::Job:
        return { 190, 36 };
    case LineageNodeKind::Column:
        return { 170, 30 };
    case LineageNodeKind::Bundle:
        return { 120, 36 };
    case LineageNodeKind::Domain:
        return { 200, 64 };
    default:
        return { 230, 56 };
    }
}

void LineageGraphModel::setView(const View &view)
{
    if (view.start != m_view.start || view.columnDataset != m_view.columnDataset) {
        m_expanded.clear(); // expansions belong to the graph around one start
        m_expandedBundles.clear();
    }
    m_view = view;
    reload();
}

void LineageGraphModel::expand(const QString &key, bool upstream)
{
    if (m_expanded.emplace(key, upstream).second) {
        reload();
    }
}

void LineageGraphModel::collapse(const QString &key, bool upstream)
{
    if (m_expanded.erase({ key, upstream }) > 0) {
        reload();
    }
}

bool LineageGraphModel::isExpanded(const QString &key, bool upstream) const
{
    return m_expanded.count({ key, upstream }) != 0;
}

void LineageGraphModel::expandBundle(const QString &bundleKey)
{
    // "bundle:<hub key>:<up|down>" → the hub shows every neighbour on that side.
    QString hub = bundleKey.mid(7);
    if (m_expandedBundles.insert(hub).second) {
        reload();
    }
}

void LineageGraphModel::setGraph(LineageGraph graph, LayoutResult layout)
{
    ++m_generation; // whatever was on its way is stale now
    if (m_cancel) {
        m_cancel->store(true);
    }
    m_graph = std::move(graph);
    m_layout = std::move(layout);
    m_distances.clear();
    m_problem.clear();
    setBusy(false);
    Q_EMIT graphReset();
}

void LineageGraphModel::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        Q_EMIT busyChanged(busy);
    }
}

QRectF LineageGraphModel::rectOf(std::int64_t id) const
{
    return m_layout.nodes.value(id);
}

std::vector<lineage::ImpactEntry> LineageGraphModel::impactOf(std::int64_t id) const
{
    const LineageNode *node = m_graph.node(id);
    if (!node) {
        return {};
    }
    // Column mode: a column's impact, or a dataset's through its columns, is read off the column edges
    // (datasets there have none of their own): what is downstream of the column(s), folded into the
    // datasets that hold it.
    std::vector<std::int64_t> starts;
    if (node->kind == LineageNodeKind::Column) {
        starts.push_back(id);
    } else if (node->kind == LineageNodeKind::Dataset && m_graph.outgoing(id).empty()) {
        for (const LineageNode &n : m_graph.nodes()) {
            if (n.kind == LineageNodeKind::Column && n.parent == id) {
                starts.push_back(n.id);
            }
        }
    }
    if (starts.empty()) {
        return lineage::impact(m_graph, id);
    }
    const auto reached = lineage::reach(m_graph, starts, 0, 1 << 20);
    const auto holder = [&](std::int64_t n) {
        const LineageNode *c = m_graph.node(n);
        return c && c->kind == LineageNodeKind::Column && c->parent != 0 ? c->parent : n;
    };
    LineageGraph folded;
    for (const LineageNode &n : m_graph.nodes()) {
        if (n.kind != LineageNodeKind::Column) {
            folded.addNode(n); // keeps its id
        }
    }
    for (const LineageEdge &e : m_graph.edges()) {
        if (reached.count(e.from) && reached.count(e.to) && holder(e.from) != holder(e.to)) {
            LineageEdge edge;
            edge.from = holder(e.from);
            edge.to = holder(e.to);
            folded.addEdge(std::move(edge));
        }
    }
    return lineage::impact(folded, holder(id));
}

std::vector<std::int64_t> LineageGraphModel::pathBetween(std::int64_t from, std::int64_t to) const
{
    return lineage::shortestPath(m_graph, from, to);
}

void LineageGraphModel::reload()
{
    if (!m_service) {
        return;
    }
    const quint64 generation = ++m_generation;
    if (m_cancel) {
        m_cancel->store(true); // the answer it works on is already stale
    }
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    setBusy(true);
    // Where each node is now, so that nodes still shown stay where the user saw them: when the graph
    // grows or shrinks around the same start, at the same level. Another start, level or column mode
    // is another picture (a dataset's card there has another size), laid out afresh.
    QHash<QString, QRectF> previous;
    const bool samePicture = m_shown.start == m_view.start && m_shown.level == m_view.level
        && m_shown.showJobs == m_view.showJobs && m_shown.columnDataset == m_view.columnDataset
        && m_shown.column == m_view.column;
    if (samePicture) {
        for (const LineageNode &node : m_graph.nodes()) {
            if (const auto it = m_layout.nodes.constFind(node.id); it != m_layout.nodes.cend()) {
                previous.insert(node.key, *it);
            }
        }
    }
    m_service->run(
        this,
        [view = m_view, expanded = m_expanded, bundles = m_expandedBundles](CatalogReader &catalog) {
            LineageReader reader(catalog.store());
            return shape(reader, view, expanded, bundles);
        },
        [this, generation, cancel, previous, view = m_view](Shaped shaped) {
            if (generation != m_generation) {
                return;
            }
            // The layout is CPU work of its own: off the catalog's worker, so reads go on meanwhile.
            runInBackground(
                this,
                [shaped = std::move(shaped), cancel, previous]() mutable {
                    QElapsedTimer timer;
                    timer.start();
                    LayoutOptions options;
                    options.nodeSize = &LineageGraphModel::nodeSize;
                    LayoutResult layout = LineageLayout::run(shaped.graph, options, cancel.get());
                    if (!layout.cancelled && layout.error.isEmpty() && !previous.isEmpty()) {
                        LineageLayout::keepPlaces(layout, shaped.graph, previous);
                    }
                    return std::make_tuple(std::move(shaped), std::move(layout), timer.elapsed());
                },
                [this, generation, view](std::tuple<Shaped, LayoutResult, qint64> answer) {
                    if (generation != m_generation) {
                        return;
                    }
                    auto &[shaped, layout, ms] = answer;
                    if (layout.cancelled) {
                        return;
                    }
                    m_graph = std::move(shaped.graph);
                    m_shown = view;
                    m_distances = std::move(shaped.distances);
                    m_problem = !shaped.read        ? tr("The lineage could not be read from the catalog.")
                        : !shaped.problem.isEmpty() ? shaped.problem
                        : !layout.error.isEmpty()   ? layout.error
                        : m_graph.nodeCount() == 0  ? tr("No lineage is recorded for \"%1\".").arg(view.start)
                                                    : QString();
                    m_layout = std::move(layout);
                    m_layoutMs = ms;
                    setBusy(false);
                    Q_EMIT graphReset();
                });
        });
}

} // namespace tessera
