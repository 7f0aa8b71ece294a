// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "lineage/lineagegraph.h"

#include <QStringList>

#include <set>

namespace tessera::lineage {

/**
 * Every node within `upstream` steps against the edges and `downstream` steps along them from any of
 * `start`, with its signed distance (negative upstream, 0 for the start, positive downstream). A step
 * is one dataset-to-dataset hop: a job between two datasets does not count as a step of its own (a job
 * has the distance of the datasets it leads to: input 0 → job 1 → output 1 downstream; output 0 →
 * job -1 → input -1 upstream). Breadth-first, so each distance is the shortest; safe on cycles;
 * limits honoured exactly. A node both up- and downstream (a cycle) gets the nearer side's distance,
 * the downstream one on a tie. Ids not in the graph are ignored.
 */
std::unordered_map<std::int64_t, int> reach(
    const LineageGraph &graph, const std::vector<std::int64_t> &start, int upstream, int downstream);

/**
 * The part of `graph` on `nodes`, with every edge between two of them. Keys and ids are kept; a column
 * whose parent is left out gets parent 0.
 */
LineageGraph subgraph(const LineageGraph &graph, const std::set<std::int64_t> &nodes);

/**
 * The shortest path between two nodes, as node ids from `from` to `to`: along the edges if there is
 * such a path, else against them, else ignoring direction. Empty when they are not connected.
 */
std::vector<std::int64_t> shortestPath(const LineageGraph &graph, std::int64_t from, std::int64_t to);

/** One dataset or product a change could break. */
struct ImpactEntry
{
    LineageNodeKind kind = LineageNodeKind::Dataset; ///< Dataset or Product
    QString key;
    QString name;
    int degree = 0; ///< steps downstream of the changed node (1: reads it directly)
    QString product; ///< the owning product (datasets)
    QString owner; ///< the owning team
    QString contract; ///< the contract that describes it (datasets)
    QString domain;
};

/**
 * Everything downstream of `start` that a change could break: every dataset and every product that
 * owns one (and every Product node downstream, such as a product that consumes a contract on an input
 * port), each with its degree (the shortest number of steps, as reach() counts them), owning team and
 * contract. A product's degree is that of its nearest dataset. Sorted by degree, datasets before
 * products of the same degree, then name. The start itself is not listed.
 */
std::vector<ImpactEntry> impact(const LineageGraph &graph, std::int64_t start);
/**
 * The same from several nodes at once (a contract's datasets of every version): each entry's degree is the
 * shortest from any of `starts`, and none of the starts is listed. Ids not in the graph are ignored.
 */
std::vector<ImpactEntry> impact(const LineageGraph &graph, const std::vector<std::int64_t> &starts);

/** How far to fold a dataset-level graph. */
enum class RollUp { Product, Domain };

/**
 * The graph one level up: datasets folded into their product (datasets no product owns into a
 * System node per namespace, key "system:<namespace>"), or further, products (and datasets that have
 * a domain but no product) into their domain. Jobs disappear; an edge between two folded nodes stands
 * for every dataset-to-dataset edge between their members (weight; input → job → output counts once)
 * and keeps the job names in its label (up to three, by name, then "…"). Edges within one folded
 * node are dropped. A folded node counts its datasets in `folded`, is breached when a member is, and
 * shows the members' status when they all share one. Column and Bundle nodes have no place one level
 * up and are left out.
 */
LineageGraph rollUp(const LineageGraph &graph, RollUp level);

/**
 * A graph in which no node shows more than `limit` neighbours in one direction: the rest of a hub's
 * neighbours (those beyond the first `limit`, by name) are folded into one Bundle node "+N more"
 * (key "bundle:<hub key>:<up|down>", `folded` = N) with one edge to the hub (its weight: the edges it
 * stands for). Hubs whose side is in `expanded` ("<hub key>:up" or ":down", or the bundle's own key)
 * keep every neighbour. Folded nodes that are reachable another way stay, with their edge to the hub:
 * what still hangs together with a hub or with one of `anchors` (pass the start) once the folded edges
 * are taken away. What hung on only through a folded neighbour goes with it. Parts of the graph
 * without a hub are not touched; ids are kept. A `limit` below 1 bundles nothing.
 */
LineageGraph bundleHubs(const LineageGraph &graph, int limit, const std::set<QString> &expanded,
    const std::set<std::int64_t> &anchors = {});

/**
 * The graph without job nodes: each input → job → output becomes input → output, labelled with the
 * job's name (for "hide jobs"; a chain of jobs gives their names joined by " → "). Ids are kept.
 */
LineageGraph withoutJobs(const LineageGraph &graph);

} // namespace tessera::lineage
