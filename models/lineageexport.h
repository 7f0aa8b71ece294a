// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "lineage/lineagealgorithms.h"
#include "lineage/lineagegraph.h"
#include "lineage/lineagelayout.h"

#include <QByteArray>

#include <vector>

/** Lineage in the formats other tools read: DOT and GraphML for graphs, CSV and JSON for impact. */
namespace tessera::lineageexport {

/**
 * Graphviz DOT, left to right, with every node (id = its key, label = its name, kind and domain as
 * attributes) and every edge (label = the job or transformation). With `layout`, each node's `pos`
 * (in points, y upwards as Graphviz has it) so `neato -n` draws the same picture.
 */
QByteArray toDot(const LineageGraph &graph, const LayoutResult *layout = nullptr);

/** GraphML (yEd, Gephi, NetworkX): nodes with name, kind, domain, product, owner and position; edges with label. */
QByteArray toGraphml(const LineageGraph &graph, const LayoutResult *layout = nullptr);

/** The impact list as CSV (RFC 4180), one row per dataset or product, with a header row. */
QByteArray impactCsv(const std::vector<lineage::ImpactEntry> &impact);

/** The impact list as JSON: {"changed": key, "impact": [{kind, key, name, degree, product, owner, contract, domain}]}.
 */
QByteArray impactJson(const QString &changed, const std::vector<lineage::ImpactEntry> &impact);

} // namespace tessera::lineageexport
