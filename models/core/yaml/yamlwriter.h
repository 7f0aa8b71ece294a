// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace tessera {

/**
 * Writes JSON values as block-style YAML with libyaml's emitter, keeping the key order of the
 * ordered_json it is given. Strings that would read back as another type ("true", "1.0", "null", "")
 * are quoted; multi-line strings use the literal block style. Reading the output with YamlReader
 * gives back the same value.
 */
class YamlWriter
{
public:
    /** Returns the YAML text, ending in a newline. Never throws; an empty string means the emitter failed. */
    static std::string write(const nlohmann::ordered_json &value);
};

} // namespace tessera
