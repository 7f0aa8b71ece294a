// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
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
 * once. Not thread-safe: use one object per thread (it is cheap; it holds references only).
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

    UnevaluatedProperties(const nlohmann::json &rootSchema, BranchValidity validity);

    /** Violations of `instance` against the root schema. */
    std::vector<Violation> check(const nlohmann::json &instance) const;

private:
    /** What one schema evaluated at one instance object. */
    struct Annotations
    {
        std::vector<const std::string *> evaluated; ///< keys of the instance object
        std::vector<const nlohmann::json *> known; ///< `properties` maps seen (names for suggestions)

        bool has(const std::string &key) const;
        void add(const std::string &key);
        void merge(const Annotations &other);
    };

    void visit(const nlohmann::json &schema, const nlohmann::json &instance, Annotations &annotations,
        std::vector<Violation> &out, int depth) const;
    void descend(
        const nlohmann::json &schema, const nlohmann::json &instance, std::vector<Violation> &out, int depth) const;
    /** Walks a branch on trial: true, with its annotations merged, when it succeeds. */
    bool tryBranch(
        const nlohmann::json &schema, const nlohmann::json &instance, Annotations &annotations, int depth) const;
    const nlohmann::json *resolve(const std::string &ref) const;
    std::string pointer() const;
    void push(std::string token) const { m_path.push_back(std::move(token)); }
    void pop() const { m_path.pop_back(); }

    const nlohmann::json &m_root;
    BranchValidity m_validity;
    mutable std::vector<std::string> m_path; // instance path of the object being visited
};

} // namespace tessera
