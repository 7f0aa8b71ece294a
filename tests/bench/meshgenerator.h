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
 * product with its datasets and columns, and dataset lineage in tiers (source-aligned → aggregates →
 * consumer-aligned): every dataset of tier t > 0 reads 1–3 datasets of tier t - 1, and the fan-out
 * follows. Built as an ImportBatch, so benchmarks measure the store, not file parsing.
 */
ImportBatch generateMesh(const MeshSize &size, std::uint32_t seed = 42);

/**
 * Products [first, first + count) of the mesh generateMesh() builds, with the contracts and the lineage
 * into their datasets. Every product draws from its own random stream and lineage only reads products
 * that come before, so a mesh generated chunk by chunk and applied chunk by chunk holds the same rows as
 * one generated whole, with only one chunk in memory at a time.
 */
ImportBatch generateMeshChunk(const MeshSize &size, int first, int count, std::uint32_t seed = 42);

/** Words the generator uses, for typing benchmark queries. */
const std::vector<std::string> &meshVocabulary();

} // namespace tessera::bench
