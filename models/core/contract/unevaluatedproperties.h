// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace tessera {

/**
 * The draft 2019-09 keyword `unevaluatedProperties`, which Debian's valijson 1.0 does not implement.
 *
 * A second pass over schema and instance: at each object it collects the property names that
 * `properties`, `patternProperties`, `additionalProperties` and the in-place applicators that
 * succeed (`allOf`, valid `anyOf`/`oneOf` branches, `if`/`then`/`else`, `$ref`, `dependentSchemas`)
 * evaluated, then applies `unevaluatedProperties` to the rest. A branch succeeds when valijson
 * accepts it (`BranchValidity`) and this pass finds nothing wrong inside it; each branch is walked
 * once. The schema is compiled once into a graph of nodes (keywords looked up once, `$ref`
 * resolved), and subtrees that cannot reach an `unevaluatedProperties` are never entered.
 *
 * The compiled schema is immutable and may be shared; check() keeps its state on the stack, so one
 * UnevaluatedProperties serves any number of threads.
 */
class UnevaluatedProperties
{
public:
    struct Violation
    {
        enum class Kind {
            UnknownProperty, ///< `unevaluatedProperties: false` and nothing evaluated the property
            InvalidValue, ///< an unevaluated property fails the `unevaluatedProperties` schema
            NoAlternative, ///< anyOf/oneOf: the branches valijson accepted all have unknown properties
        };
        Kind kind = Kind::UnknownProperty;
        std::string instancePointer; ///< e.g. "/schema/0/descripton"
        std::string property; ///< the property name; the keyword for NoAlternative
        std::vector<std::string> known; ///< names allowed at that place (for "did you mean")
    };

    /** Does `instance` validate against `subschema` (a node inside the root schema)? */
    using BranchValidity = std::function<bool(const nlohmann::json &subschema, const nlohmann::json &instance)>;

    /** Compiles `rootSchema`, which must outlive this object. */
    UnevaluatedProperties(const nlohmann::json &rootSchema, BranchValidity validity);
    ~UnevaluatedProperties();
    UnevaluatedProperties(const UnevaluatedProperties &) = delete;
    UnevaluatedProperties &operator=(const UnevaluatedProperties &) = delete;

    /** Violations of `instance` against the root schema. */
    std::vector<Violation> check(const nlohmann::json &instance) const;

    struct Node;

private:
    struct Walk;
    const Node *compile(const nlohmann::json &schema);
    const nlohmann::json *resolve(const std::string &ref) const;

    const nlohmann::json &m_root;
    BranchValidity m_validity;
    std::unordered_map<const nlohmann::json *, std::unique_ptr<Node>> m_nodes;
    const Node *m_start = nullptr;
};

} // namespace tessera
