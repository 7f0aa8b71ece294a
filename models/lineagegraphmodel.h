// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "lineage/lineagealgorithms.h"
#include "lineage/lineagegraph.h"
#include "lineage/lineagelayout.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <atomic>
#include <memory>
#include <set>

namespace tessera {

class CatalogService;

/**
 * The lineage shown around one starting point, as nodes and edges with positions: what the lineage
 * view draws (the view holds no graph logic of its own). The graph is read from the store and laid
 * out off the GUI thread; a newer request cancels an older layout and drops its answer. Nodes keep
 * their places when the graph grows (expanding a node, more depth): only new nodes are placed.
 *
 * Like an item model it speaks in ids and signals: graphReset() after every change, with nodes() and
 * edges() and the positions in layout().
 */
class LineageGraphModel : public QObject
{
    Q_OBJECT

public:
    enum class Level { Domain, Product, Dataset, Column };

    /** What to show. */
    struct View
    {
        QString start; ///< a product or contract id, a dataset ref, or a node key
        int upstream = 2; ///< steps upstream of the start
        int downstream = 2; ///< steps downstream of the start
        Level level = Level::Dataset;
        bool showJobs = true; ///< the jobs between datasets, as nodes of their own
        QSet<QString> hiddenDomains;
        QSet<LineageNodeKind> hiddenKinds;
        QDateTime since; ///< only jobs that ran since (invalid: every job)
        int hubLimit = 25; ///< neighbours a node shows before the rest fold into "+N more"
        QString columnDataset; ///< column mode: the dataset whose columns open
        QString column; ///< column mode: one column's paths only (empty: all columns)
        /**
         * Column mode: INDIRECT column edges too (joins, filters, groupings and sorts that affect a column
         * without feeding it; a dataset-wide one reaches every column of its output).
         */
        bool showIndirect = true;

        bool operator==(const View &other) const = default;
    };

    explicit LineageGraphModel(CatalogService *service, QObject *parent = nullptr);
    ~LineageGraphModel() override;

    /**
     * Shows `view`: reads and lays out again, keeping the places of nodes still shown. The view is read
     * again whenever the store changes (CatalogService::changed).
     */
    void setView(const View &view);
    const View &view() const { return m_view; }

    /** Shows one more step upstream or downstream of the node (read on demand). */
    void expand(const QString &key, bool upstream);
    /** Hides what expand() added for the node. */
    void collapse(const QString &key, bool upstream);
    bool isExpanded(const QString &key, bool upstream) const;
    /** A "+N more" node: show every neighbour it stands for. */
    void expandBundle(const QString &bundleKey);

    const LineageGraph &graph() const { return m_graph; }
    const LayoutResult &layout() const { return m_layout; }
    /** Signed distance from the start of each node shown (dataset level), by id. */
    const std::unordered_map<std::int64_t, int> &distances() const { return m_distances; }
    bool isBusy() const { return m_busy; }
    /** Why the last request showed nothing ("no lineage found for …"), empty otherwise. */
    const QString &problem() const { return m_problem; }
    /** How long the last layout took, in milliseconds, and which engine made it. */
    qint64 layoutMs() const { return m_layoutMs; }

    /** The node's card in the scene, or an empty rectangle. */
    QRectF rectOf(std::int64_t id) const;

    /** What a change to the node would break downstream (on the graph shown). */
    std::vector<lineage::ImpactEntry> impactOf(std::int64_t id) const;
    /** The shortest path between two shown nodes (ids), empty when none. */
    std::vector<std::int64_t> pathBetween(std::int64_t from, std::int64_t to) const;

    /**
     * Shows a graph laid out elsewhere (a benchmark, an export preview), as if read: graphReset()
     * follows. A request in progress is dropped.
     */
    void setGraph(LineageGraph graph, LayoutResult layout);

    /** The node's size for the layout: cards for datasets and products, smaller for jobs and columns. */
    static QSizeF nodeSize(const LineageNode &node);

Q_SIGNALS:
    void busyChanged(bool busy);
    /** nodes(), edges() and layout() changed. */
    void graphReset();

private:
    void reload();
    void setBusy(bool busy);

    QPointer<CatalogService> m_service;
    View m_view;
    View m_shown; ///< the view the graph shown was read for
    std::set<std::pair<QString, bool>> m_expanded; ///< (node key, upstream)
    std::set<QString> m_expandedBundles;
    LineageGraph m_graph;
    LayoutResult m_layout;
    std::unordered_map<std::int64_t, int> m_distances;
    QString m_problem;
    qint64 m_layoutMs = 0;
    bool m_busy = false;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel; ///< of the layout in progress
};

} // namespace tessera
