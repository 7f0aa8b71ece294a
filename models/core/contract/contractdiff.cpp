// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "contract/contractdiff.h"

#include "yaml/yamlreader.h"

#include <algorithm>
#include <map>

namespace tessera {

namespace {

using Json = nlohmann::json;

/** The natural key of the elements of the list held under `listKey`, or nullptr for position. */
const char *naturalKey(const std::string &listKey, bool atRoot)
{
    if (listKey == "schema" || listKey == "properties" || listKey == "quality") {
        return "name";
    }
    if (listKey == "slaProperties" || listKey == "customProperties") {
        return "property";
    }
    if (listKey == "servers") {
        return "server";
    }
    if (listKey == "support") {
        return "channel";
    }
    if (listKey == "roles" && atRoot) {
        return "role";
    }
    if (listKey == "members" || (listKey == "team" && atRoot)) {
        return "username";
    }
    if (listKey == "authoritativeDefinitions") {
        return "url";
    }
    return nullptr;
}

/** Keys for the elements of a list: the natural key (or `id`) where present, else the position; repeats get "#n". */
std::vector<std::pair<std::string, std::size_t>> keysOf(const Json &list, const char *keyName)
{
    std::vector<std::pair<std::string, std::size_t>> elements;
    std::map<std::string, int> seen;
    for (std::size_t i = 0; i < list.size(); ++i) {
        std::string key;
        const Json &element = list[i];
        if (keyName && element.is_object()) {
            for (const char *candidate : { keyName, "id" }) {
                if (const auto it = element.find(candidate); it != element.end() && it->is_string()) {
                    key = it->get<std::string>();
                    break;
                }
            }
        }
        if (key.empty()) {
            key = std::to_string(i);
        }
        if (const int n = seen[key]++; n > 0) {
            key += '#' + std::to_string(n + 1);
        }
        elements.emplace_back(key, i);
    }
    return elements;
}

bool isScalarList(const Json &value)
{
    return value.is_array() && std::all_of(value.begin(), value.end(), [](const Json &v) { return v.is_primitive(); });
}

struct Path
{
    std::vector<std::string> segments;
    std::vector<bool> listElement; // per segment: was it a list element (for the shape)?
    std::string oldPointer;
    std::string newPointer;

    Path member(const std::string &key, const std::string &oldToken, const std::string &newToken, bool element) const
    {
        Path p = *this;
        p.segments.push_back(key);
        p.listElement.push_back(element);
        p.oldPointer += '/' + oldToken;
        p.newPointer += '/' + newToken;
        return p;
    }
};

std::string join(const std::vector<std::string> &segments, const std::vector<bool> *elements)
{
    std::string out;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        if (i) {
            out += '.';
        }
        out += elements && (*elements)[i] ? std::string("*") : segments[i];
    }
    return out;
}

class Differ
{
public:
    std::vector<Change> changes;

    void compare(const Json &a, const Json &b, const Path &path)
    {
        if (a.is_object() && b.is_object()) {
            compareObjects(a, b, path);
        } else if (a.is_array() && b.is_array() && !(isScalarList(a) && isScalarList(b))) {
            compareLists(a, b, path);
        } else if (a != b) {
            send(Change::Kind::Updated, path, &a, &b, false);
        }
    }

private:
    void send(Change::Kind kind, const Path &path, const Json *a, const Json *b, bool nested)
    {
        Change c;
        c.kind = kind;
        c.segments = path.segments;
        c.path = join(path.segments, nullptr);
        c.shape = join(path.segments, &path.listElement);
        if (a) {
            c.oldPointer = path.oldPointer;
            c.oldValue = *a;
        }
        if (b) {
            c.newPointer = path.newPointer;
            c.newValue = *b;
        }
        c.nested = nested;
        changes.push_back(std::move(c));
    }

    /** An added or removed value: one change for it, then one for every node inside (nested). */
    void subtree(
        Change::Kind kind, const Json &value, const Path &path, bool nested, const char *naturalKeyName = nullptr)
    {
        const bool added = kind == Change::Kind::Added;
        send(kind, path, added ? nullptr : &value, added ? &value : nullptr, nested);
        if (value.is_object()) {
            for (auto it = value.begin(); it != value.end(); ++it) {
                if (naturalKeyName && it.key() == naturalKeyName) {
                    continue; // the element's name is already its path
                }
                const std::string token = escapePointerToken(it.key());
                subtree(kind, it.value(), path.member(it.key(), token, token, false), true);
            }
        } else if (value.is_array() && !isScalarList(value)) {
            const std::string listKey = path.segments.empty() ? std::string() : path.segments.back();
            const char *keyName = naturalKey(listKey, path.segments.size() == 1);
            for (const auto &[key, index] : keysOf(value, keyName)) {
                const std::string token = std::to_string(index);
                subtree(kind, value[index], path.member(key, token, token, true), true, keyName);
            }
        }
    }

    void compareObjects(const Json &a, const Json &b, const Path &path)
    {
        // Both are sorted maps: walk them together so the changes come out in key order.
        auto ia = a.begin();
        auto ib = b.begin();
        while (ia != a.end() || ib != b.end()) {
            if (ib == b.end() || (ia != a.end() && ia.key() < ib.key())) {
                const std::string token = escapePointerToken(ia.key());
                subtree(Change::Kind::Removed, ia.value(), path.member(ia.key(), token, {}, false), false);
                ++ia;
            } else if (ia == a.end() || ib.key() < ia.key()) {
                const std::string token = escapePointerToken(ib.key());
                subtree(Change::Kind::Added, ib.value(), path.member(ib.key(), {}, token, false), false);
                ++ib;
            } else {
                const std::string token = escapePointerToken(ia.key());
                compare(ia.value(), ib.value(), path.member(ia.key(), token, token, false));
                ++ia;
                ++ib;
            }
        }
    }

    void compareLists(const Json &a, const Json &b, const Path &path)
    {
        const std::string listKey = path.segments.empty() ? std::string() : path.segments.back();
        const char *keyName = naturalKey(listKey, path.segments.size() == 1);
        std::map<std::string, std::size_t> oldKeys;
        std::map<std::string, std::size_t> newKeys;
        for (const auto &[key, index] : keysOf(a, keyName)) {
            oldKeys.emplace(key, index);
        }
        for (const auto &[key, index] : keysOf(b, keyName)) {
            newKeys.emplace(key, index);
        }
        auto ia = oldKeys.begin();
        auto ib = newKeys.begin();
        while (ia != oldKeys.end() || ib != newKeys.end()) {
            if (ib == newKeys.end() || (ia != oldKeys.end() && ia->first < ib->first)) {
                subtree(Change::Kind::Removed, a[ia->second],
                    path.member(ia->first, std::to_string(ia->second), {}, true), false, keyName);
                ++ia;
            } else if (ia == oldKeys.end() || ib->first < ia->first) {
                subtree(Change::Kind::Added, b[ib->second],
                    path.member(ib->first, {}, std::to_string(ib->second), true), false, keyName);
                ++ib;
            } else {
                compare(a[ia->second], b[ib->second],
                    path.member(ia->first, std::to_string(ia->second), std::to_string(ib->second), true));
                ++ia;
                ++ib;
            }
        }
    }
};

} // namespace

std::vector<Change> ContractDiff::compare(const nlohmann::json &oldDocument, const nlohmann::json &newDocument)
{
    Differ differ;
    differ.compare(oldDocument, newDocument, Path {});
    std::stable_sort(differ.changes.begin(), differ.changes.end(),
        [](const Change &x, const Change &y) { return x.segments < y.segments; });
    return std::move(differ.changes);
}

std::vector<ChangeSummary> ContractDiff::summarize(const std::vector<Change> &changes)
{
    // An entity is a list element (schema object, property, SLA, server, ...); outside lists, the
    // top-level field. A change rolls up to its deepest enclosing entity, or to the topmost added or
    // removed one.
    std::map<std::string, ChangeSummary> byPath;
    for (const Change &change : changes) {
        std::size_t depth = 1;
        // The deepest list element at or above the change (shape "*" marks list elements).
        const auto shape = [&] {
            std::vector<std::string> parts;
            std::string part;
            for (char ch : change.shape + '.') {
                if (ch == '.') {
                    parts.push_back(part);
                    part.clear();
                } else {
                    part += ch;
                }
            }
            return parts;
        }();
        for (std::size_t i = 0; i < shape.size() && i < change.segments.size(); ++i) {
            if (shape[i] == "*") {
                depth = i + 1;
            }
        }
        std::vector<std::string> entity(
            change.segments.begin(), change.segments.begin() + std::min(depth, change.segments.size()));
        std::string path = join(entity, nullptr);
        // Inside a subtree that was added or removed as a whole, the topmost such entity speaks for it.
        bool coveredByParent = false;
        for (const auto &[existing, summary] : byPath) {
            if (summary.kind != Change::Kind::Updated && path.size() > existing.size()
                && path.compare(0, existing.size(), existing) == 0 && path[existing.size()] == '.') {
                coveredByParent = true;
                break;
            }
        }
        if (coveredByParent) {
            continue;
        }
        const bool entityItself = entity.size() == change.segments.size();
        const Change::Kind kind = entityItself ? change.kind : Change::Kind::Updated;
        if (const auto it = byPath.find(path); it == byPath.end()) {
            byPath.emplace(path, ChangeSummary { kind, path });
        } else if (entityItself) {
            it->second.kind = kind;
        }
    }
    std::vector<ChangeSummary> result;
    for (auto &[path, summary] : byPath) {
        result.push_back(std::move(summary));
    }
    std::sort(
        result.begin(), result.end(), [](const ChangeSummary &x, const ChangeSummary &y) { return x.path < y.path; });
    return result;
}

const char *ContractDiff::kindName(Change::Kind kind)
{
    switch (kind) {
    case Change::Kind::Added:
        return "added";
    case Change::Kind::Removed:
        return "removed";
    case Change::Kind::Updated:
        return "updated";
    }
    return "updated";
}

} // namespace tessera
