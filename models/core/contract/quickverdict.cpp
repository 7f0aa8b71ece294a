// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "contract/quickverdict.h"

#include <algorithm>
#include <cmath>
#include <string_view>

namespace tessera {

namespace {

bool isAnnotation(std::string_view key)
{
    return key == "description" || key == "title" || key == "examples" || key == "default" || key == "$comment"
        || key == "deprecated";
}

bool typeMatches(std::string_view type, const nlohmann::json &value)
{
    if (type == "string") {
        return value.is_string();
    }
    if (type == "integer") {
        // JSON Schema counts 1.0 as an integer.
        return value.is_number_integer()
            || (value.is_number_float() && std::isfinite(value.get<double>())
                && value.get<double>() == std::floor(value.get<double>()));
    }
    if (type == "number") {
        return value.is_number();
    }
    if (type == "boolean") {
        return value.is_boolean();
    }
    if (type == "object") {
        return value.is_object();
    }
    if (type == "array") {
        return value.is_array();
    }
    if (type == "null") {
        return value.is_null();
    }
    return false;
}

bool eval(const nlohmann::json &schema, const nlohmann::json &value)
{
    if (schema.is_boolean()) {
        return schema.get<bool>();
    }
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        const std::string &key = it.key();
        const nlohmann::json &arg = it.value();
        if (key == "const") {
            if (value != arg) {
                return false;
            }
        } else if (key == "enum") {
            if (std::none_of(arg.begin(), arg.end(), [&](const nlohmann::json &v) { return v == value; })) {
                return false;
            }
        } else if (key == "type") {
            const bool ok = arg.is_string() ? typeMatches(arg.get_ref<const std::string &>(), value)
                                            : std::any_of(arg.begin(), arg.end(), [&](const nlohmann::json &t) {
                                                  return typeMatches(t.get_ref<const std::string &>(), value);
                                              });
            if (!ok) {
                return false;
            }
        } else if (key == "required") {
            if (value.is_object()
                && std::any_of(arg.begin(), arg.end(), [&](const nlohmann::json &k) { return !value.contains(k); })) {
                return false;
            }
        } else if (key == "properties") {
            if (value.is_object()) {
                for (auto p = arg.begin(); p != arg.end(); ++p) {
                    const auto member = value.find(p.key());
                    if (member != value.end() && !eval(p.value(), *member)) {
                        return false;
                    }
                }
            }
        } else if (key == "anyOf") {
            if (std::none_of(arg.begin(), arg.end(), [&](const nlohmann::json &s) { return eval(s, value); })) {
                return false;
            }
        } else if (key == "allOf") {
            if (!std::all_of(arg.begin(), arg.end(), [&](const nlohmann::json &s) { return eval(s, value); })) {
                return false;
            }
        }
    }
    return true;
}

} // namespace

bool hasQuickVerdict(const nlohmann::json &schema)
{
    if (schema.is_boolean()) {
        return true;
    }
    if (!schema.is_object()) {
        return false;
    }
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        const std::string &key = it.key();
        const nlohmann::json &arg = it.value();
        if (isAnnotation(key) || key == "const") {
            continue;
        }
        if (key == "enum") {
            if (!arg.is_array()) {
                return false;
            }
        } else if (key == "type") {
            const auto known = [](const nlohmann::json &t) {
                return t.is_string()
                    && (t == "string" || t == "integer" || t == "number" || t == "boolean" || t == "object"
                        || t == "array" || t == "null");
            };
            if (!(known(arg) || (arg.is_array() && std::all_of(arg.begin(), arg.end(), known)))) {
                return false;
            }
        } else if (key == "required") {
            if (!arg.is_array()
                || !std::all_of(arg.begin(), arg.end(), [](const nlohmann::json &k) { return k.is_string(); })) {
                return false;
            }
        } else if (key == "properties") {
            if (!arg.is_object()
                || !std::all_of(arg.begin(), arg.end(), [](const nlohmann::json &s) { return hasQuickVerdict(s); })) {
                return false;
            }
        } else if (key == "anyOf" || key == "allOf") {
            if (!arg.is_array() || arg.empty()
                || !std::all_of(arg.begin(), arg.end(), [](const nlohmann::json &s) { return hasQuickVerdict(s); })) {
                return false;
            }
        } else {
            return false;
        }
    }
    return true;
}

std::optional<bool> quickVerdict(const nlohmann::json &subschema, const nlohmann::json &instance)
{
    if (!hasQuickVerdict(subschema)) {
        return std::nullopt;
    }
    return eval(subschema, instance);
}

} // namespace tessera
