// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <QPointF>
#include <QSizeF>
#include <QString>

#include <atomic>
#include <utility>
#include <vector>

/**
 * The two layout engines behind LineageLayout (private to tessera_core). They lay out "units": plain
 * nodes, or a dataset card with its columns stacked inside, which moves as one. LineageLayout builds
 * the units, runs an engine and places the columns inside their cards.
 */
namespace tessera::lineage::detail {

/** What an engine lays out: unit sizes and distinct directed edges between two different units. */
struct UnitGraph
{
    std::vector<QSizeF> sizes;
    std::vector<std::pair<int, int>> edges;
};

/** Where the units go: centres, left to right, y down; one route per edge (from its first unit to its second). */
struct UnitLayout
{
    std::vector<QPointF> centres;
    std::vector<std::vector<QPointF>> routes; ///< polylines, or cubic Bézier control points when `splines`
    bool splines = false;
    bool cancelled = false;
    QString error;
};

inline bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

/**
 * Tessera's own layered layout: depth-first cycle breaking, longest-path layers with sources pulled
 * next to their successors, dummy nodes for long edges, barycenter sweeps (the order with the fewest
 * crossings is kept) and Brandes–Köpf coordinates. Near-linear time; checks `cancel` between phases
 * and sweeps.
 */
UnitLayout layeredLayout(
    const UnitGraph &graph, double rankSeparation, double nodeSeparation, const std::atomic_bool *cancel);

/**
 * Graphviz dot through libgvc, one layout at a time in the process. Graphviz cannot be interrupted:
 * when `cancel` is set while dot runs, this returns at once with `cancelled` set, and the abandoned
 * layout finishes on its own thread (holding the lock) and is dropped.
 */
UnitLayout dotLayout(
    const UnitGraph &graph, double rankSeparation, double nodeSeparation, const std::atomic_bool *cancel);

} // namespace tessera::lineage::detail
