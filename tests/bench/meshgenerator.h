// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "store/store.h"

#include <cstdint>

namespace tessera::bench {

/** The size of a synthetic mesh. */
struct MeshSize
{
    int products = 1000;
    int datasetsPerContract = 10; ///< one contract per product
    int columnsPerDataset = 4;
};

/**
 * A deterministic synthetic mesh (same seed, same mesh): products in 12 domains, one contract per
 * product with its datasets and columns, and lineage in tiers (source-aligned → aggregates →
 * consumer-aligned) with fan-in of 1–3 inputs per dataset and the fan-out that follows, plus column
 * lineage for each edge. Built as an ImportBatch, so benchmarks measure the store, not file parsing.
 */
ImportBatch generateMesh(const MeshSize &size, std::uint32_t seed = 42);

/** Words the generator uses, for typing benchmark queries. */
const std::vector<std::string> &meshVocabulary();

} // namespace tessera::bench
