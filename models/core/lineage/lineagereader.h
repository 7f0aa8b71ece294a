// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "lineage/lineagegraph.h"

#include <QString>

#include <optional>

namespace tessera {

class Store;

/**
 * Reads lineage graphs out of the store: datasets and the jobs between them (from OpenLineage runs
 * and catalog relations), with each dataset's product, domain, owner, contract, status and SLA state,
 * and column-level edges on demand. Synchronous and read-only; models/ runs it on a worker.
 *
 * Keys: "dataset:<ref>", where the ref is "contract/object" for the current (highest) version of a
 * contract's dataset and "namespace/name" otherwise (an older version's dataset has the namespace
 * "contract:<id>@<version>"); "job:<namespace>/<name>"; "product:<id>"; "column:<dataset ref>#<column>".
 * A dataset's owner is its product's team (else its contract's), its status and SLA state its
 * contract's. A product that consumes a contract on an input port, where no recorded lineage runs from
 * that contract into the product's own datasets, appears as a Product node fed by the contract's
 * datasets (of the port's version, else the current one), the edge labelled with the port's name.
 * Every graph read is the whole mesh's graph (mesh()) cut by lineage::reach() to the same limits.
 *
 * A job reads every input and writes every output its recorded runs name: dataset → job and job → dataset
 * edges, also for runs that named only outputs or only inputs. A Job node's `lastRun` is the latest eventTime
 * of its recorded runs (runs without datasets count too), as UTC ISO 8601 with the fraction of a second the
 * event gave ("2026-06-01T21:13:29.598581Z"; see runTimeLess() in store/store.h). It is empty when no run of
 * the job had a readable eventTime; a filter on "runs in the last N days" then treats the job as one that did
 * not run in that window (LineageGraphModel's `since` hides it), since nothing shows that it did.
 */
class LineageReader
{
public:
    explicit LineageReader(Store &store);

    /**
     * The key of the dataset graph's node for `id`: a dataset ref ("contract/object" or
     * "namespace/name"), a contract id (its current version's first dataset), a product id (its first
     * output dataset, or the product's own node when it has none) or a node key ("dataset:…",
     * "product:…", "job:…"). Empty when nothing matches.
     */
    QString resolve(const QString &id);

    /**
     * The datasets and jobs within `upstream` and `downstream` steps of the node `id` names (see
     * resolve(); a contract starts from all its datasets, of every version kept, and a product from
     * those of the contracts on its output ports), counted as lineage::reach() counts them, with every
     * edge between two of them. The start nodes have distance 0. Nullopt when `id` names nothing.
     */
    std::optional<LineageGraph> around(const QString &id, int upstream, int downstream);

    /**
     * The direct neighbours of the dataset `key` in one direction (with the jobs between), for
     * expanding a node on screen, with the node itself: around(key, 1, 0) or around(key, 0, 1).
     * `upstream` picks the direction. Empty when `key` names nothing.
     */
    LineageGraph neighbours(const QString &key, bool upstream);

    /**
     * Column mode for the dataset `key` (a key, a ref, or anything resolve() takes): its columns, and,
     * `depth` column edges up and down, the columns they come from and feed (with their datasets as
     * parents: Dataset nodes without edges) and every column edge between them. With `column` set,
     * only that column's own upstream and downstream paths. Empty when the dataset or column is unknown.
     *
     * Each (type, subtype) a column pair was recorded with is an edge of its own (label "TYPE/SUBTYPE"). A
     * dataset-wide input of the column-lineage facet (its `dataset` list: INDIRECT JOIN, FILTER, GROUP_BY,
     * SORT, ...) affects every column of the output dataset, so it appears as an edge from the input column
     * to each column of the output dataset the store knows, with the entry's type and subtype, and is walked
     * like any other column edge.
     */
    LineageGraph columns(const QString &key, const QString &column = {}, int depth = 1);

    /**
     * The whole mesh's dataset graph (every dataset, every job with a recorded edge, every edge, and the
     * Product nodes of catalog relations), for roll-ups and overviews. A job whose runs named no dataset at
     * all has no edge and so no node here (around() still starts from its key).
     */
    LineageGraph mesh();

private:
    Store &m_store;
};

} // namespace tessera
