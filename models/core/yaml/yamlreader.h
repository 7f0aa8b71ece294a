// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "contract/finding.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace tessera {

/** Limits that keep hostile input (deep nesting, alias bombs) from exhausting the stack or memory. */
struct ParseLimits
{
    int maxDepth = 512; ///< nesting of mappings and sequences
    std::size_t maxNodes = 5'000'000; ///< nodes in the result, counting every alias expansion
    std::size_t maxAliasNodes = 1'000'000; ///< nodes that aliases may copy in all ("billion laughs" guard)
};

/** Why reading a document failed, and where. */
struct ParseError
{
    QString message; ///< translated, without the location
    SourceLocation location;
};

/**
 * Reads YAML with libyaml's event parser straight into nlohmann::json.
 *
 * Scalars resolve by the YAML 1.2 core schema (as js-yaml and the ODCS tooling do): `true`/`false`,
 * `null`/`~`/empty, integers (decimal, 0x, 0o), floats (.inf, .nan); quoted scalars stay strings;
 * timestamps stay strings. Only the first document of a stream is read. Duplicate keys are errors.
 */
class YamlReader
{
public:
    explicit YamlReader(ParseLimits limits = {});

    /** Parses `text`; on failure returns false and fills `error`. Never throws. */
    bool parse(std::string_view text, nlohmann::json &out, ParseError &error) const;

    /**
     * Where each of `pointers` starts in `text` (JSON Pointers; "" is the root), in their order. For a
     * mapping member the location is that of its key; a pointer that names nothing gets its nearest
     * existing parent. One pass that builds no values and skips every subtree nothing is wanted from:
     * used only when findings need locations.
     */
    std::vector<SourceLocation> locate(std::string_view text, const std::vector<std::string> &pointers) const;

    /**
     * True when the YAML text has comments. libyaml drops comments, so rewriting such a file loses
     * them: `fmt` asks before it does that. A `#` counts when it is outside every scalar and starts a
     * line or follows white space.
     */
    bool hasComments(std::string_view text) const;

private:
    ParseLimits m_limits;
};

/** Escapes one JSON Pointer reference token ("~" → "~0", "/" → "~1"). */
std::string escapePointerToken(std::string_view token);

} // namespace tessera
