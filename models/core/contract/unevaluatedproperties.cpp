// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "contract/unevaluatedproperties.h"

#include "yaml/yamlreader.h"

#include <algorithm>
#include <regex>
#include <set>

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

/** One subschema with its keywords looked up once and its references resolved. */
struct UnevaluatedProperties::Node
{
    using Child = std::pair<const std::string *, const Node *>;

    const nlohmann::json *schema = nullptr;
    const Node *ref = nullptr;
    const nlohmann::json *propertyMap = nullptr; ///< for "did you mean" suggestions
    std::vector<Child> properties; ///< sorted by name, as nlohmann keeps them
    std::vector<Child> patterns;
    const Node *additional = nullptr;
    std::vector<Child> dependent;
    const Node *items = nullptr;
    std::vector<const Node *> itemList;
    const Node *additionalItems = nullptr;
    std::vector<const Node *> allOf;
    std::vector<const Node *> anyOf;
    std::vector<const Node *> oneOf;
    const Node *condition = nullptr;
    const Node *then = nullptr;
    const Node *otherwise = nullptr;
    bool forbidsUnevaluated = false;
    bool allowsUnevaluated = false; ///< `unevaluatedProperties: true`: every key counts as evaluated
    const Node *unevaluated = nullptr;
    /** Can a walk from here meet `unevaluatedProperties` (through any keyword or reference)? */
    bool reachesUnevaluated = false;
};

/** The state of one check(): the instance path and the output. */
struct UnevaluatedProperties::Walk
{
    const UnevaluatedProperties &self;
    std::vector<const std::string *> path; // keys and indices of the value being visited
    std::vector<std::string> indices; // storage for array indices on the path

    struct Annotations
    {
        std::vector<const std::string *> evaluated; ///< keys of the instance object
        std::vector<const nlohmann::json *> known; ///< `properties` maps seen

        bool has(const std::string &key) const
        {
            return std::any_of(evaluated.begin(), evaluated.end(), [&](const std::string *k) { return *k == key; });
        }
        void add(const std::string &key)
        {
            if (!has(key)) {
                evaluated.push_back(&key);
            }
        }
        void merge(const Annotations &other)
        {
            for (const std::string *key : other.evaluated) {
                add(*key);
            }
            known.insert(known.end(), other.known.begin(), other.known.end());
        }
    };

    std::string pointer() const
    {
        std::string p;
        for (const std::string *token : path) {
            p += '/';
            p += escapePointerToken(*token);
        }
        return p;
    }

    void descend(const Node *node, const nlohmann::json &instance, std::vector<Violation> &out, int depth)
    {
        if (!node->reachesUnevaluated) {
            return; // nothing below can report anything
        }
        Annotations annotations;
        visit(node, instance, annotations, out, depth);
    }

    bool valid(const Node *node, const nlohmann::json &instance) const
    {
        return self.m_validity(*node->schema, instance);
    }

    /** Walks a branch on trial: true, with its annotations merged, when it succeeds. */
    bool tryBranch(const Node *node, const nlohmann::json &instance, Annotations &annotations, int depth)
    {
        // valijson first: it settles most branches (a server's `if: {type: {const: postgres}}`) at once.
        if (!valid(node, instance)) {
            return false;
        }
        Annotations trial;
        std::vector<Violation> violations;
        visit(node, instance, trial, violations, depth + 1);
        if (!violations.empty()) {
            return false;
        }
        annotations.merge(trial);
        return true;
    }

    void visit(const Node *node, const nlohmann::json &instance, Annotations &annotations, std::vector<Violation> &out,
        int depth)
    {
        if (depth > kMaxDepth) {
            return;
        }
        Annotations local;
        if (node->ref) {
            visit(node->ref, instance, local, out, depth + 1);
        }

        if (instance.is_object()) {
            if (node->propertyMap) {
                local.known.push_back(node->propertyMap);
            }
            if (!node->properties.empty() || !node->patterns.empty() || node->additional) {
                // Instance members and schema properties are both sorted by name: walk them together.
                auto schemaProperty = node->properties.begin();
                for (auto member = instance.begin(); member != instance.end(); ++member) {
                    const std::string &key = member.key();
                    bool matched = false;
                    while (schemaProperty != node->properties.end() && *schemaProperty->first < key) {
                        ++schemaProperty;
                    }
                    path.push_back(&key);
                    if (schemaProperty != node->properties.end() && *schemaProperty->first == key) {
                        matched = true;
                        local.add(key);
                        descend(schemaProperty->second, *member, out, depth + 1);
                    }
                    for (const auto &[pattern, patternNode] : node->patterns) {
                        if (matchesPattern(*pattern, key)) {
                            matched = true;
                            local.add(key);
                            descend(patternNode, *member, out, depth + 1);
                        }
                    }
                    if (!matched && node->additional) {
                        local.add(key);
                        descend(node->additional, *member, out, depth + 1);
                    }
                    path.pop_back();
                }
            }
            for (const auto &[key, dependentNode] : node->dependent) {
                if (instance.contains(*key)) {
                    visit(dependentNode, instance, local, out, depth + 1);
                }
            }
        } else if (instance.is_array() && (node->items || !node->itemList.empty())) {
            for (std::size_t i = 0; i < instance.size(); ++i) {
                const Node *itemNode = node->items;
                if (!itemNode) {
                    itemNode = i < node->itemList.size() ? node->itemList[i] : node->additionalItems;
                }
                if (itemNode && itemNode->reachesUnevaluated) {
                    indices.push_back(std::to_string(i));
                    path.push_back(&indices.back());
                    descend(itemNode, instance[i], out, depth + 1);
                    path.pop_back();
                    indices.pop_back();
                }
            }
        }

        // In-place applicators: their annotations count only where the branch itself succeeds.
        for (const Node *branch : node->allOf) {
            visit(branch, instance, local, out, depth + 1);
        }
        for (const auto *branches : { &node->anyOf, &node->oneOf }) {
            if (branches->empty()) {
                continue;
            }
            const bool oneOf = branches == &node->oneOf;
            std::size_t acceptedByValijson = 0;
            std::size_t passed = 0;
            Annotations combined;
            for (const Node *branch : *branches) {
                if (!valid(branch, instance)) {
                    continue;
                }
                ++acceptedByValijson;
                Annotations trial;
                std::vector<Violation> violations;
                visit(branch, instance, trial, violations, depth + 1);
                if (violations.empty()) {
                    ++passed;
                    combined.merge(trial);
                }
            }
            // valijson judged the combinator alone; where unknown properties sink every branch it
            // accepted, the combinator fails after all.
            const bool valijsonPassed = oneOf ? acceptedByValijson == 1 : acceptedByValijson > 0;
            const bool passes = oneOf ? passed == 1 : passed > 0;
            if (valijsonPassed && !passes) {
                out.push_back({ Violation::Kind::NoAlternative, pointer(), oneOf ? "oneOf" : "anyOf", {} });
            }
            if (passes) {
                local.merge(combined); // no branch's annotations survive a failed combinator
            }
        }
        if (node->condition) {
            if (tryBranch(node->condition, instance, local, depth)) {
                if (node->then) {
                    visit(node->then, instance, local, out, depth + 1);
                }
            } else if (node->otherwise) {
                visit(node->otherwise, instance, local, out, depth + 1);
            }
        }

        if (node->allowsUnevaluated && instance.is_object()) {
            for (auto member = instance.begin(); member != instance.end(); ++member) {
                local.add(member.key());
            }
        }
        if ((node->forbidsUnevaluated || node->unevaluated) && instance.is_object()) {
            for (auto member = instance.begin(); member != instance.end(); ++member) {
                const std::string &key = member.key();
                if (local.has(key)) {
                    continue;
                }
                path.push_back(&key);
                if (node->forbidsUnevaluated) {
                    std::set<std::string> names;
                    for (const nlohmann::json *props : local.known) {
                        for (auto it = props->begin(); it != props->end(); ++it) {
                            names.insert(it.key());
                        }
                    }
                    out.push_back({ Violation::Kind::UnknownProperty, pointer(), key,
                        std::vector<std::string>(names.begin(), names.end()) });
                } else {
                    if (!valid(node->unevaluated, *member)) {
                        out.push_back({ Violation::Kind::InvalidValue, pointer(), key, {} });
                    }
                    descend(node->unevaluated, *member, out, depth + 1);
                }
                path.pop_back();
                local.add(key);
            }
        }
        annotations.merge(local);
    }
};

UnevaluatedProperties::UnevaluatedProperties(const nlohmann::json &rootSchema, BranchValidity validity)
    : m_root(rootSchema)
    , m_validity(std::move(validity))
{
    m_start = compile(m_root);
    // reachesUnevaluated: a fixed point over the graph, which references make cyclic.
    for (bool changed = true; changed;) {
        changed = false;
        for (auto &[schema, node] : m_nodes) {
            if (node->reachesUnevaluated) {
                continue;
            }
            bool reaches = node->forbidsUnevaluated || node->allowsUnevaluated || node->unevaluated;
            const auto any = [&](const Node *n) { return n && n->reachesUnevaluated; };
            reaches = reaches || any(node->ref) || any(node->additional) || any(node->items)
                || any(node->additionalItems) || any(node->condition) || any(node->then) || any(node->otherwise);
            for (const auto *list : { &node->allOf, &node->anyOf, &node->oneOf, &node->itemList }) {
                reaches = reaches || std::any_of(list->begin(), list->end(), any);
            }
            for (const auto *list : { &node->properties, &node->patterns, &node->dependent }) {
                reaches = reaches
                    || std::any_of(list->begin(), list->end(), [&](const Node::Child &c) { return any(c.second); });
            }
            if (reaches) {
                node->reachesUnevaluated = true;
                changed = true;
            }
        }
    }
}

UnevaluatedProperties::~UnevaluatedProperties() = default;

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

const UnevaluatedProperties::Node *UnevaluatedProperties::compile(const nlohmann::json &schema)
{
    if (const auto it = m_nodes.find(&schema); it != m_nodes.end()) {
        return it->second.get();
    }
    Node *node = (m_nodes[&schema] = std::make_unique<Node>()).get();
    node->schema = &schema;
    if (!schema.is_object()) {
        return node; // boolean schemas evaluate nothing and hold no keywords
    }
    const auto child = [&](const char *keyword) -> const Node * {
        const auto it = schema.find(keyword);
        return it != schema.end() && (it->is_object() || it->is_boolean()) ? compile(*it) : nullptr;
    };
    const auto list = [&](const char *keyword, std::vector<const Node *> &out) {
        if (const auto it = schema.find(keyword); it != schema.end() && it->is_array()) {
            for (const auto &element : *it) {
                out.push_back(compile(element));
            }
        }
    };
    const auto map = [&](const char *keyword, std::vector<Node::Child> &out) -> const nlohmann::json * {
        const auto it = schema.find(keyword);
        if (it == schema.end() || !it->is_object()) {
            return nullptr;
        }
        for (auto entry = it->begin(); entry != it->end(); ++entry) {
            out.emplace_back(&entry.key(), compile(entry.value()));
        }
        return &*it;
    };
    if (const auto ref = schema.find("$ref"); ref != schema.end() && ref->is_string()) {
        if (const nlohmann::json *target = resolve(ref->get<std::string>())) {
            node->ref = compile(*target);
        }
    }
    node->propertyMap = map("properties", node->properties);
    map("patternProperties", node->patterns);
    map("dependentSchemas", node->dependent);
    node->additional = child("additionalProperties");
    if (const auto items = schema.find("items"); items != schema.end() && items->is_array()) {
        list("items", node->itemList);
        node->additionalItems = child("additionalItems");
    } else {
        node->items = child("items");
    }
    list("allOf", node->allOf);
    list("anyOf", node->anyOf);
    list("oneOf", node->oneOf);
    node->condition = child("if");
    if (node->condition) {
        node->then = child("then");
        node->otherwise = child("else");
    }
    if (const auto uneval = schema.find("unevaluatedProperties"); uneval != schema.end()) {
        if (uneval->is_boolean()) {
            node->forbidsUnevaluated = !uneval->get<bool>();
            node->allowsUnevaluated = uneval->get<bool>();
        } else if (uneval->is_object()) {
            node->unevaluated = compile(*uneval);
        }
    }
    return node;
}

std::vector<UnevaluatedProperties::Violation> UnevaluatedProperties::check(const nlohmann::json &instance) const
{
    std::vector<Violation> out;
    Walk walk { *this, {}, {} };
    walk.indices.reserve(kMaxDepth + 1); // path holds pointers into it: it must never reallocate
    walk.descend(m_start, instance, out, 0);
    return out;
}

} // namespace tessera
