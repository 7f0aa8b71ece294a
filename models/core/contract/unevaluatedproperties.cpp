// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "contract/unevaluatedproperties.h"

#include "yaml/yamlreader.h"

namespace tessera {

namespace {
constexpr int kMaxDepth = 256; // schema recursion ("$ref": "#") meets instance depth, which the reader bounds
}

UnevaluatedProperties::UnevaluatedProperties(const nlohmann::json &rootSchema, BranchValidity validity)
    : m_root(rootSchema)
    , m_validity(std::move(validity))
{ }

std::vector<UnevaluatedProperties::Violation> UnevaluatedProperties::check(
    const nlohmann::json &instance, const std::string &schemaPointer) const
{
    std::vector<Violation> out;
    std::string pointer = schemaPointer;
    const nlohmann::json *schema = schemaPointer.empty() ? &m_root : resolve("#" + schemaPointer, pointer);
    if (schema) {
        descend(*schema, pointer, instance, {}, out, 0);
    }
    return out;
}

const nlohmann::json *UnevaluatedProperties::resolve(const std::string &ref, std::string &pointer) const
{
    if (ref.empty() || ref.front() != '#') {
        return nullptr; // remote and $id-relative references are outside this pass
    }
    pointer = ref.substr(1);
    if (pointer.empty()) {
        return &m_root;
    }
    try {
        return &m_root.at(nlohmann::json::json_pointer(pointer));
    } catch (const nlohmann::json::exception &) {
        return nullptr;
    }
}

const std::regex &UnevaluatedProperties::regexFor(const std::string &pattern) const
{
    auto it = m_regexes.find(pattern);
    if (it == m_regexes.end()) {
        std::regex re;
        try {
            re = std::regex(pattern, std::regex::ECMAScript);
        } catch (const std::regex_error &) {
            re = std::regex("(?!)"); // an invalid pattern matches nothing
        }
        it = m_regexes.emplace(pattern, std::move(re)).first;
    }
    return it->second;
}

bool UnevaluatedProperties::branchValid(
    const std::string &schemaPointer, const nlohmann::json &instance, int depth) const
{
    if (!m_validity(schemaPointer, instance)) {
        return false;
    }
    // valijson knows nothing of unevaluatedProperties: a branch that has unknown keys fails too.
    std::string pointer;
    const nlohmann::json *schema = resolve("#" + schemaPointer, pointer);
    if (!schema) {
        return true;
    }
    std::vector<Violation> violations;
    descend(*schema, pointer, instance, {}, violations, depth + 1);
    return violations.empty();
}

void UnevaluatedProperties::descend(const nlohmann::json &schema, const std::string &schemaPointer,
    const nlohmann::json &instance, const std::string &instancePointer, std::vector<Violation> &out, int depth) const
{
    std::set<std::string> evaluated;
    std::set<std::string> known;
    visit(schema, schemaPointer, instance, instancePointer, evaluated, out, known, depth);
}

void UnevaluatedProperties::visit(const nlohmann::json &schema, const std::string &schemaPointer,
    const nlohmann::json &instance, const std::string &instancePointer, std::set<std::string> &evaluated,
    std::vector<Violation> &out, std::set<std::string> &known, int depth) const
{
    if (!schema.is_object() || depth > kMaxDepth) {
        return;
    }
    std::set<std::string> local;
    const auto childPointer = [&](const char *keyword) { return schemaPointer + '/' + keyword; };

    if (const auto ref = schema.find("$ref"); ref != schema.end() && ref->is_string()) {
        std::string target;
        if (const nlohmann::json *resolved = resolve(ref->get<std::string>(), target)) {
            visit(*resolved, target, instance, instancePointer, local, out, known, depth + 1);
        }
    }

    if (instance.is_object()) {
        const auto properties = schema.find("properties");
        const auto patterns = schema.find("patternProperties");
        const auto additional = schema.find("additionalProperties");
        if (properties != schema.end() && properties->is_object()) {
            for (auto it = properties->begin(); it != properties->end(); ++it) {
                known.insert(it.key());
            }
        }
        for (auto member = instance.begin(); member != instance.end(); ++member) {
            const std::string &key = member.key();
            const std::string memberPointer = instancePointer + '/' + escapePointerToken(key);
            bool matched = false;
            if (properties != schema.end() && properties->is_object()) {
                if (const auto p = properties->find(key); p != properties->end()) {
                    matched = true;
                    local.insert(key);
                    descend(*p, childPointer("properties") + '/' + escapePointerToken(key), *member, memberPointer, out,
                        depth + 1);
                }
            }
            if (patterns != schema.end() && patterns->is_object()) {
                for (auto p = patterns->begin(); p != patterns->end(); ++p) {
                    if (std::regex_search(key, regexFor(p.key()))) {
                        matched = true;
                        local.insert(key);
                        descend(*p, childPointer("patternProperties") + '/' + escapePointerToken(p.key()), *member,
                            memberPointer, out, depth + 1);
                    }
                }
            }
            if (!matched && additional != schema.end()) {
                local.insert(key);
                descend(*additional, childPointer("additionalProperties"), *member, memberPointer, out, depth + 1);
            }
        }
        if (const auto deps = schema.find("dependentSchemas"); deps != schema.end() && deps->is_object()) {
            for (auto d = deps->begin(); d != deps->end(); ++d) {
                if (instance.contains(d.key())) {
                    visit(*d, childPointer("dependentSchemas") + '/' + escapePointerToken(d.key()), instance,
                        instancePointer, local, out, known, depth + 1);
                }
            }
        }
    } else if (instance.is_array()) {
        if (const auto items = schema.find("items"); items != schema.end()) {
            if (items->is_array()) {
                for (std::size_t i = 0; i < items->size() && i < instance.size(); ++i) {
                    descend((*items)[i], childPointer("items") + '/' + std::to_string(i), instance[i],
                        instancePointer + '/' + std::to_string(i), out, depth + 1);
                }
                if (const auto extra = schema.find("additionalItems"); extra != schema.end()) {
                    for (std::size_t i = items->size(); i < instance.size(); ++i) {
                        descend(*extra, childPointer("additionalItems"), instance[i],
                            instancePointer + '/' + std::to_string(i), out, depth + 1);
                    }
                }
            } else {
                for (std::size_t i = 0; i < instance.size(); ++i) {
                    descend(*items, childPointer("items"), instance[i], instancePointer + '/' + std::to_string(i), out,
                        depth + 1);
                }
            }
        }
    }

    // In-place applicators: their annotations count only where the branch itself succeeds.
    if (const auto all = schema.find("allOf"); all != schema.end() && all->is_array()) {
        for (std::size_t i = 0; i < all->size(); ++i) {
            visit((*all)[i], childPointer("allOf") + '/' + std::to_string(i), instance, instancePointer, local, out,
                known, depth + 1);
        }
    }
    for (const char *keyword : { "anyOf", "oneOf" }) {
        const auto branches = schema.find(keyword);
        if (branches == schema.end() || !branches->is_array()) {
            continue;
        }
        std::vector<std::size_t> valid;
        std::size_t acceptedByValijson = 0;
        for (std::size_t i = 0; i < branches->size(); ++i) {
            const std::string pointer = childPointer(keyword) + '/' + std::to_string(i);
            if (!m_validity(pointer, instance)) {
                continue;
            }
            ++acceptedByValijson;
            if (branchValid(pointer, instance, depth)) {
                valid.push_back(i);
            }
        }
        const bool oneOf = std::string_view(keyword) == "oneOf";
        // valijson judged the combinator on its own; where unknown properties sink every branch it
        // accepted, the combinator fails after all.
        const bool valijsonPassed = oneOf ? acceptedByValijson == 1 : acceptedByValijson > 0;
        const bool passes = oneOf ? valid.size() == 1 : !valid.empty();
        if (valijsonPassed && !passes) {
            out.push_back({ Violation::Kind::NoAlternative, instancePointer, keyword, {} });
        }
        if (!passes) {
            continue; // no branch's annotations survive a failed combinator
        }
        for (std::size_t i : valid) {
            visit((*branches)[i], childPointer(keyword) + '/' + std::to_string(i), instance, instancePointer, local,
                out, known, depth + 1);
        }
    }
    if (const auto condition = schema.find("if"); condition != schema.end()) {
        if (branchValid(childPointer("if"), instance, depth)) {
            visit(*condition, childPointer("if"), instance, instancePointer, local, out, known, depth + 1);
            if (const auto then = schema.find("then"); then != schema.end()) {
                visit(*then, childPointer("then"), instance, instancePointer, local, out, known, depth + 1);
            }
        } else if (const auto otherwise = schema.find("else"); otherwise != schema.end()) {
            visit(*otherwise, childPointer("else"), instance, instancePointer, local, out, known, depth + 1);
        }
    }

    if (const auto uneval = schema.find("unevaluatedProperties"); uneval != schema.end() && instance.is_object()) {
        for (auto member = instance.begin(); member != instance.end(); ++member) {
            const std::string &key = member.key();
            if (local.count(key) != 0) {
                continue;
            }
            const std::string memberPointer = instancePointer + '/' + escapePointerToken(key);
            if (uneval->is_boolean() && !uneval->get<bool>()) {
                out.push_back({ Violation::Kind::UnknownProperty, memberPointer, key,
                    std::vector<std::string>(known.begin(), known.end()) });
            } else if (uneval->is_object()) {
                if (!branchValid(childPointer("unevaluatedProperties"), *member, depth)) {
                    out.push_back({ Violation::Kind::InvalidValue, memberPointer, key, {} });
                }
                descend(*uneval, childPointer("unevaluatedProperties"), *member, memberPointer, out, depth + 1);
            }
            local.insert(key);
        }
    }
    evaluated.insert(local.begin(), local.end());
}

} // namespace tessera
