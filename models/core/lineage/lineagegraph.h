// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <QHashFunctions> // std::hash<QString>, for the key index
#include <QString>

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace tessera {

/** What a lineage node stands for. */
enum class LineageNodeKind : std::uint8_t {
    Dataset, ///< a table, topic or file (an output port's data, or a dataset OpenLineage names)
    Job, ///< what turns inputs into outputs (an OpenLineage job)
    Product, ///< a data product (datasets folded into it)
    Domain, ///< a domain (products folded into it)
    Column, ///< a column of a dataset (column mode)
    System, ///< a source system outside the mesh (a dataset no product owns, folded by namespace)
    Bundle, ///< "+295 more": neighbours of a hub, folded until the user expands them
};

/** One node. Plain value; the graph owns it. */
struct LineageNode
{
    std::int64_t id = 0; ///< unique in its graph, assigned by LineageGraph::addNode()
    LineageNodeKind kind = LineageNodeKind::Dataset;
    /**
     * Stable identity across loads, used to keep a node's place when the graph grows:
     * "dataset:<ref>", "job:<namespace>/<name>", "product:<id>", "domain:<name>", "system:<namespace>",
     * "column:<dataset ref>#<column>", "bundle:<hub key>:<up|down>".
     */
    QString key;
    QString name;
    QString domain;
    QString product; ///< the owning product's id (datasets, columns, products themselves)
    QString contract; ///< the contract id (datasets)
    QString owner; ///< the owning team
    QString status; ///< lifecycle status of the product or contract ("deprecated" and "retired" get a badge)
    bool slaBreached = false; ///< the latest SLA measurement of its contract is not met
    QString lastRun; ///< jobs: ISO 8601 time of the latest run seen (filter by time window)
    std::int64_t parent = 0; ///< columns: their dataset's node id; 0 otherwise
    int folded = 0; ///< bundles: how many neighbours they stand for; products/domains: datasets folded in
    QString productName; ///< the owning product's name (datasets, columns, products themselves)
    /** Datasets: the OpenLineage namespace ("postgres://db:5432"; "contract:<id>@<version>" for a contract's
     *  own datasets); jobs: the job's namespace; systems: the namespace they fold. */
    QString namespaceName;
};

/** A directed edge, upstream to downstream. */
struct LineageEdge
{
    std::int64_t from = 0;
    std::int64_t to = 0;
    QString label; ///< the job between two datasets, or a column edge's transformation
    QString type; ///< column edges: DIRECT or INDIRECT
    QString subtype; ///< column edges: IDENTITY, TRANSFORMATION, AGGREGATION, FILTER, JOIN, GROUP_BY, SORT, ...
    int weight = 1; ///< roll-ups: how many edges this one stands for

    bool operator==(const LineageEdge &other) const = default;
};

/**
 * A lineage graph: nodes with stable keys and directed edges, with adjacency in both directions.
 * A value type, built off the GUI thread and handed to a model whole. Adding a node whose key is
 * already there returns the existing node's id; adding an edge twice keeps one.
 */
class LineageGraph
{
public:
    /**
     * Adds `node` unless its key is present; returns the node's id. The id is assigned here: a node
     * that comes with an id not yet used keeps it (subgraph() keeps ids), any other gets a new one.
     * Nodes with an empty key are never merged.
     */
    std::int64_t addNode(LineageNode node);
    /**
     * Adds the edge unless an equal one (same ends, label, type and subtype; the weight is not
     * compared) is present. Returns false, adding nothing, when either end is not a node of the graph.
     */
    bool addEdge(LineageEdge edge);

    const std::vector<LineageNode> &nodes() const { return m_nodes; }
    const std::vector<LineageEdge> &edges() const { return m_edges; }
    std::size_t nodeCount() const { return m_nodes.size(); }
    std::size_t edgeCount() const { return m_edges.size(); }

    /** The node with `id`, or null. */
    const LineageNode *node(std::int64_t id) const;
    /** The node with `key`, or null. */
    const LineageNode *find(const QString &key) const;
    /** The node with `id` to change in place, or null. Its id and key must not change. */
    LineageNode *mutableNode(std::int64_t id);

    /** Indices into edges() of the edges into / out of `id`. */
    const std::vector<std::size_t> &incoming(std::int64_t id) const;
    const std::vector<std::size_t> &outgoing(std::int64_t id) const;

    /**
     * Every node and edge of `other` (nodes matched by key). A node already present keeps its id and
     * gains the fields it lacked; new nodes get ids of this graph (column parents follow).
     */
    void merge(const LineageGraph &other);

private:
    std::vector<LineageNode> m_nodes;
    std::vector<LineageEdge> m_edges;
    std::unordered_map<std::int64_t, std::size_t> m_byId;
    std::unordered_map<QString, std::int64_t> m_byKey;
    std::unordered_map<std::int64_t, std::vector<std::size_t>> m_in;
    std::unordered_map<std::int64_t, std::vector<std::size_t>> m_out;
    std::unordered_multimap<std::uint64_t, std::size_t> m_edgeIndex; ///< hash of (from, to) → edge, for addEdge()
    std::int64_t m_nextId = 1;
};

} // namespace tessera
