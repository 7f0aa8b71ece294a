// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace tessera {

/** One difference between two contracts. */
struct Change
{
    enum class Kind { Added, Removed, Updated };

    Kind kind = Kind::Updated;
    /** Path with natural keys, as datacontract-cli prints it: "schema.orders.properties.order_date.logicalType". */
    std::string path;
    /** The same place as path segments (for rules), e.g. {"schema", "orders", "properties", "order_date",
     * "logicalType"}. */
    std::vector<std::string> segments;
    /** The generic shape of the path: list elements replaced by "*", e.g. "schema.*.properties.*.logicalType". */
    std::string shape;
    std::string oldPointer; ///< JSON Pointer in the old document (empty for Added)
    std::string newPointer; ///< JSON Pointer in the new document (empty for Removed)
    nlohmann::json oldValue; ///< null for Added
    nlohmann::json newValue; ///< null for Removed
    /** True inside an added or removed subtree: the topmost change already says it. */
    bool nested = false;
};

/** A roll-up of changes by entity (schema object, property, SLA, server, top-level field). */
struct ChangeSummary
{
    Change::Kind kind = Change::Kind::Updated;
    std::string path;
};

/**
 * A structural diff of two ODCS documents that matches list items by their natural key, not by
 * position: schema objects and properties by `name`, SLA properties by `property`, servers by
 * `server`, support channels by `channel`, roles by `role`, team members by `username`,
 * authoritative definitions by `url`, custom properties by `property`, quality rules by `name`.
 * Scalar lists (tags, enum values) compare as one value. Changes come sorted by path.
 */
class ContractDiff
{
public:
    static std::vector<Change> compare(const nlohmann::json &oldDocument, const nlohmann::json &newDocument);

    /** The changes rolled up to one line per entity, sorted by path. */
    static std::vector<ChangeSummary> summarize(const std::vector<Change> &changes);

    /** "added", "removed", "updated" */
    static const char *kindName(Change::Kind kind);
};

} // namespace tessera
