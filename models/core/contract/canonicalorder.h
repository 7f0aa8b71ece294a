// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace tessera {

/**
 * Orders the keys of an ODCS document the way the standard presents its sections: fundamentals,
 * schema, support, price, team, roles, SLA, servers, custom properties; inside each section the
 * standard's field order. Keys the standard does not name follow, alphabetically. The result is the
 * same for any key order of the input, so `fmt` is idempotent and diffs stay small.
 */
nlohmann::ordered_json canonicalOrder(const nlohmann::json &document);

/** The canonical document as YAML text (what `fmt` writes). Empty on emitter failure. */
std::string toCanonicalYaml(const nlohmann::json &document);

/** The canonical document as JSON text, indented by two spaces, ending in a newline. */
std::string toCanonicalJson(const nlohmann::json &document);

} // namespace tessera
