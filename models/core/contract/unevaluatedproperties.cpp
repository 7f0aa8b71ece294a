// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "contract/unevaluatedproperties.h"

#include "yaml/yamlreader.h"

#include <algorithm>
#include <regex>
#include <set>
#include <unordered_map>

namespace tessera {

namespace {

constexpr int kMaxDepth = 256; // schema recursion ("$ref": "#") meets instance depth, which the reader bounds

bool matchesPattern(const std::string &pattern, const std::string &key)
{
    // patternProperties is rare (the ODCS schemas have none); compiled patterns are cached per thread.
    thread_local std::unordered_map<std::string, std::regex> cache;
    auto it = cache.find(pattern);
    if (it == cache.end()) {
        std::regex re;
        try {
            re = std::regex(pattern, std::regex::ECMAScript);
        } catch (const std::regex_error &) {
            re = std::regex("(?!)"); // an invalid pattern matches nothing
        }
        it = cache.emplace(pattern, std::move(re)).first;
    }
    return std::regex_search(key, it->second);
}

} // namespace

bool UnevaluatedProperties::Annotations::has(const std::string &key) const
{
    return std::any_of(evaluated.begin(), evaluated.end(), [&](const std::string *k) { return *k == key; });
}

void UnevaluatedProperties::Annotations::add(const std::string &key)
{
    if (!has(key)) {
        evaluated.push_back(&key);
    }
}

void UnevaluatedProperties::Annotations::merge(const Annotations &other)
{
    for (const std::string *key : other.evaluated) {
        add(*key);
    }
    known.insert(known.end(), other.known.begin(), other.known.end());
}

UnevaluatedProperties::UnevaluatedProperties(const nlohmann::json &rootSchema, BranchValidity validity)
    : m_root(rootSchema)
    , m_validity(std::move(validity))
{ }

std::vector<UnevaluatedProperties::Violation> UnevaluatedProperties::check(const nlohmann::json &instance) const
{
    std::vector<Violation> out;
    m_path.clear();
    descend(m_root, instance, out, 0);
    return out;
}

std::string UnevaluatedProperties::pointer() const
{
    std::string p;
    for (const auto &token : m_path) {
        p += '/';
        p += escapePointerToken(token);
    }
    return p;
}

const nlohmann::json *UnevaluatedProperties::resolve(const std::string &ref) const
{
    if (ref.empty() || ref.front() != '#') {
        return nullptr; // remote and $id-relative references are outside this pass
    }
    if (ref.size() == 1) {
        return &m_root;
    }
    try {
        return &m_root.at(nlohmann::json::json_pointer(ref.substr(1)));
    } catch (const nlohmann::json::exception &) {
        return nullptr;
    }
}

void UnevaluatedProperties::descend(
    const nlohmann::json &schema, const nlohmann::json &instance, std::vector<Violation> &out, int depth) const
{
    Annotations annotations;
    visit(schema, instance, annotations, out, depth);
}

bool UnevaluatedProperties::tryBranch(
    const nlohmann::json &schema, const nlohmann::json &instance, Annotations &annotations, int depth) const
{
    // valijson first: it settles most branches (a server's `if: {type: {const: postgres}}`) at once.
    if (!m_validity(schema, instance)) {
        return false;
    }
    Annotations trial;
    std::vector<Violation> violations;
    visit(schema, instance, trial, violations, depth + 1);
    if (!violations.empty()) {
        return false;
    }
    annotations.merge(trial);
    return true;
}

void UnevaluatedProperties::visit(const nlohmann::json &schema, const nlohmann::json &instance,
    Annotations &annotations, std::vector<Violation> &out, int depth) const
{
    if (!schema.is_object() || depth > kMaxDepth) {
        return;
    }
    Annotations local;

    if (const auto ref = schema.find("$ref"); ref != schema.end() && ref->is_string()) {
        if (const nlohmann::json *target = resolve(ref->get_ref<const std::string &>())) {
            visit(*target, instance, local, out, depth + 1);
        }
    }

    if (instance.is_object()) {
        const auto properties = schema.find("properties");
        const auto patterns = schema.find("patternProperties");
        const auto additional = schema.find("additionalProperties");
        const bool hasProperties = properties != schema.end() && properties->is_object();
        const bool hasPatterns = patterns != schema.end() && patterns->is_object();
        if (hasProperties) {
            local.known.push_back(&*properties);
        }
        if (hasProperties || hasPatterns || additional != schema.end()) {
            for (auto member = instance.begin(); member != instance.end(); ++member) {
                const std::string &key = member.key();
                bool matched = false;
                push(key);
                if (hasProperties) {
                    if (const auto p = properties->find(key); p != properties->end()) {
                        matched = true;
                        local.add(key);
                        descend(*p, *member, out, depth + 1);
                    }
                }
                if (hasPatterns) {
                    for (auto p = patterns->begin(); p != patterns->end(); ++p) {
                        if (matchesPattern(p.key(), key)) {
                            matched = true;
                            local.add(key);
                            descend(*p, *member, out, depth + 1);
                        }
                    }
                }
                if (!matched && additional != schema.end()) {
                    local.add(key);
                    descend(*additional, *member, out, depth + 1);
                }
                pop();
            }
        }
        if (const auto deps = schema.find("dependentSchemas"); deps != schema.end() && deps->is_object()) {
            for (auto d = deps->begin(); d != deps->end(); ++d) {
                if (instance.contains(d.key())) {
                    visit(*d, instance, local, out, depth + 1);
                }
            }
        }
    } else if (instance.is_array()) {
        if (const auto items = schema.find("items"); items != schema.end()) {
            const auto extra = schema.find("additionalItems");
            for (std::size_t i = 0; i < instance.size(); ++i) {
                const nlohmann::json *itemSchema = nullptr;
                if (items->is_array()) {
                    itemSchema = i < items->size() ? &(*items)[i] : extra != schema.end() ? &*extra : nullptr;
                } else {
                    itemSchema = &*items;
                }
                if (itemSchema) {
                    push(std::to_string(i));
                    descend(*itemSchema, instance[i], out, depth + 1);
                    pop();
                }
            }
        }
    }

    // In-place applicators: their annotations count only where the branch itself succeeds.
    if (const auto all = schema.find("allOf"); all != schema.end() && all->is_array()) {
        for (const auto &branch : *all) {
            visit(branch, instance, local, out, depth + 1);
        }
    }
    for (const char *keyword : { "anyOf", "oneOf" }) {
        const auto branches = schema.find(keyword);
        if (branches == schema.end() || !branches->is_array()) {
            continue;
        }
        const bool oneOf = keyword[0] == 'o';
        std::size_t acceptedByValijson = 0;
        std::size_t passed = 0;
        Annotations combined;
        for (const auto &branch : *branches) {
            Annotations trial;
            if (!m_validity(branch, instance)) {
                continue;
            }
            ++acceptedByValijson;
            std::vector<Violation> violations;
            visit(branch, instance, trial, violations, depth + 1);
            if (violations.empty()) {
                ++passed;
                combined.merge(trial);
            }
        }
        // valijson judged the combinator alone; where unknown properties sink every branch it accepted,
        // the combinator fails after all.
        const bool valijsonPassed = oneOf ? acceptedByValijson == 1 : acceptedByValijson > 0;
        const bool passes = oneOf ? passed == 1 : passed > 0;
        if (valijsonPassed && !passes) {
            out.push_back({ Violation::Kind::NoAlternative, pointer(), keyword, {} });
        }
        if (passes) {
            local.merge(combined); // no branch's annotations survive a failed combinator
        }
    }
    if (const auto condition = schema.find("if"); condition != schema.end()) {
        if (tryBranch(*condition, instance, local, depth)) {
            if (const auto then = schema.find("then"); then != schema.end()) {
                visit(*then, instance, local, out, depth + 1);
            }
        } else if (const auto otherwise = schema.find("else"); otherwise != schema.end()) {
            visit(*otherwise, instance, local, out, depth + 1);
        }
    }

    if (const auto uneval = schema.find("unevaluatedProperties"); uneval != schema.end() && instance.is_object()) {
        const bool forbidden = uneval->is_boolean() && !uneval->get<bool>();
        for (auto member = instance.begin(); member != instance.end(); ++member) {
            const std::string &key = member.key();
            if (local.has(key)) {
                continue;
            }
            push(key);
            if (forbidden) {
                std::set<std::string> names;
                for (const nlohmann::json *props : local.known) {
                    for (auto it = props->begin(); it != props->end(); ++it) {
                        names.insert(it.key());
                    }
                }
                out.push_back({ Violation::Kind::UnknownProperty, pointer(), key,
                    std::vector<std::string>(names.begin(), names.end()) });
            } else if (uneval->is_object()) {
                if (!m_validity(*uneval, *member)) {
                    out.push_back({ Violation::Kind::InvalidValue, pointer(), key, {} });
                }
                descend(*uneval, *member, out, depth + 1);
            }
            pop();
            local.add(key);
        }
    }
    annotations.merge(local);
}

} // namespace tessera
