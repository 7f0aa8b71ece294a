// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <nlohmann/json.hpp>

#include <optional>

namespace tessera {

/**
 * The verdict on a *simple* subschema without valijson: one built only from `properties`,
 * `required`, `const`, `enum`, `type`, `anyOf`, `allOf` and annotations. These are the
 * discriminators of the ODCS schemas (`if: {properties: {type: {const: postgres}}, required: [type]}`),
 * asked thousands of times per contract by the unevaluatedProperties pass. Returns nullopt for any
 * other subschema, which then goes to valijson. Tests check it against valijson on every such
 * subschema of the bundled schemas and every value of the shared fixtures.
 */
std::optional<bool> quickVerdict(const nlohmann::json &subschema, const nlohmann::json &instance);

/** Whether quickVerdict() answers for this subschema. */
bool hasQuickVerdict(const nlohmann::json &subschema);

} // namespace tessera
