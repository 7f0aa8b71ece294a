// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <regex>
#include <set>
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
 * evaluated, then applies `unevaluatedProperties` to the rest. Whether a branch succeeds is asked of
 * `BranchValidity` (valijson, plus this pass for the branch itself).
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
        std::string property; ///< the property name; empty for NoAlternative
        std::vector<std::string> known; ///< names that were allowed at that place (for "did you mean")
    };

    /** Does `instance` validate against the subschema at `schemaPointer` (JSON Pointer into the root)? */
    using BranchValidity = std::function<bool(const std::string &schemaPointer, const nlohmann::json &instance)>;

    UnevaluatedProperties(const nlohmann::json &rootSchema, BranchValidity validity);

    /** Violations of the whole instance against the subschema at `schemaPointer` ("" for the root). */
    std::vector<Violation> check(const nlohmann::json &instance, const std::string &schemaPointer = {}) const;

private:
    struct Frame;
    void visit(const nlohmann::json &schema, const std::string &schemaPointer, const nlohmann::json &instance,
        const std::string &instancePointer, std::set<std::string> &evaluated, std::vector<Violation> &out,
        std::set<std::string> &known, int depth) const;
    void descend(const nlohmann::json &schema, const std::string &schemaPointer, const nlohmann::json &instance,
        const std::string &instancePointer, std::vector<Violation> &out, int depth) const;
    bool branchValid(const std::string &schemaPointer, const nlohmann::json &instance, int depth) const;
    const nlohmann::json *resolve(const std::string &ref, std::string &pointer) const;
    const std::regex &regexFor(const std::string &pattern) const;

    const nlohmann::json &m_root;
    BranchValidity m_validity;
    mutable std::unordered_map<std::string, std::regex> m_regexes; // guarded by the caller (one per thread)
};

} // namespace tessera
