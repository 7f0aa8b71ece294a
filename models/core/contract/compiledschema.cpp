// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "contract/compiledschema.h"

#include "yaml/yamlreader.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <regex>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tessera {

namespace {

using Json = nlohmann::json;

// Schema recursion that consumes no instance ("$ref": "#" at the root) would never end; the reader
// bounds instance depth at 512, and a few frames per level are plenty. AddressSanitizer's redzones more than
// double each frame (eval + evalInPlace: 1.7 KiB unoptimised, 3.7 KiB with ASan), and 4096 of those overflow
// the 8 MiB main stack before the verdict: under ASan the bound is lower.
#if defined(__SANITIZE_ADDRESS__)
constexpr int kMaxFrames = 1024;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr int kMaxFrames = 1024;
#else
constexpr int kMaxFrames = 4096;
#endif
#else
constexpr int kMaxFrames = 4096;
#endif

enum TypeBit : std::uint8_t {
    kNull = 1,
    kBoolean = 2,
    kObject = 4,
    kArray = 8,
    kNumber = 16,
    kInteger = 32,
    kString = 64,
};

std::uint8_t typeBit(std::string_view name)
{
    if (name == "null") {
        return kNull;
    }
    if (name == "boolean") {
        return kBoolean;
    }
    if (name == "object") {
        return kObject;
    }
    if (name == "array") {
        return kArray;
    }
    if (name == "number") {
        return kNumber;
    }
    if (name == "integer") {
        return kInteger;
    }
    if (name == "string") {
        return kString;
    }
    return 0;
}

std::vector<std::string> typeNames(std::uint8_t types)
{
    std::vector<std::string> out;
    for (const char *name : { "null", "boolean", "object", "array", "number", "integer", "string" }) {
        if (types & typeBit(name)) {
            out.emplace_back(name);
        }
    }
    return out;
}

bool isIntegral(const Json &value)
{
    if (value.is_number_integer()) {
        return true;
    }
    if (!value.is_number_float()) {
        return false;
    }
    const double d = value.get<double>();
    return std::isfinite(d) && d == std::floor(d); // JSON Schema counts 1.0 as an integer
}

bool typeMatches(std::uint8_t types, const Json &value)
{
    switch (value.type()) {
    case Json::value_t::null:
        return types & kNull;
    case Json::value_t::boolean:
        return types & kBoolean;
    case Json::value_t::object:
        return types & kObject;
    case Json::value_t::array:
        return types & kArray;
    case Json::value_t::string:
        return types & kString;
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
        return types & (kNumber | kInteger);
    case Json::value_t::number_float:
        return (types & kNumber) || ((types & kInteger) && isIntegral(value));
    default:
        return false;
    }
}

/** -1, 0 or 1 as `a` is below, at or above `b`; both numbers. Exact for integers of either sign. */
int compareNumbers(const Json &a, const Json &b)
{
    if (a.is_number_integer() && b.is_number_integer()) {
        const bool aNeg = a.is_number_unsigned() ? false : a.get<std::int64_t>() < 0;
        const bool bNeg = b.is_number_unsigned() ? false : b.get<std::int64_t>() < 0;
        if (aNeg != bNeg) {
            return aNeg ? -1 : 1;
        }
        if (aNeg) {
            const auto x = a.get<std::int64_t>();
            const auto y = b.get<std::int64_t>();
            return x < y ? -1 : x > y ? 1 : 0;
        }
        const auto x = a.get<std::uint64_t>();
        const auto y = b.get<std::uint64_t>();
        return x < y ? -1 : x > y ? 1 : 0;
    }
    const double x = a.get<double>();
    const double y = b.get<double>();
    return x < y ? -1 : x > y ? 1 : 0;
}

bool isMultipleOf(const Json &value, const Json &divisor)
{
    if (value.is_number_integer() && divisor.is_number_integer() && !divisor.is_number_unsigned()
        && !value.is_number_unsigned()) {
        const auto d = divisor.get<std::int64_t>();
        return d == -1 || (d != 0 && value.get<std::int64_t>() % d == 0);
    }
    const double q = value.get<double>() / divisor.get<double>();
    if (!std::isfinite(q)) {
        return false;
    }
    return std::abs(q - std::round(q)) <= 1e-9 * std::max(1.0, std::abs(q));
}

/** Length in code points, as JSON Schema counts it. */
std::size_t codePoints(const std::string &text)
{
    std::size_t n = 0;
    for (const char c : text) {
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }
    return n;
}

std::optional<std::size_t> count(const Json &value)
{
    if (value.is_number_unsigned() || (value.is_number_integer() && value.get<std::int64_t>() >= 0)) {
        return value.get<std::uint64_t>();
    }
    if (value.is_number_float() && value.get<double>() >= 0 && isIntegral(value)) {
        return static_cast<std::size_t>(value.get<double>());
    }
    return std::nullopt;
}

std::string percentDecoded(std::string_view text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size()) {
            const auto hex = [](char c) {
                return c >= '0' && c <= '9' ? c - '0'
                    : c >= 'a' && c <= 'f'  ? c - 'a' + 10
                    : c >= 'A' && c <= 'F'  ? c - 'A' + 10
                                            : -1;
            };
            const int hi = hex(text[i + 1]);
            const int lo = hex(text[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out += static_cast<char>(hi * 16 + lo);
                i += 2;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

} // namespace

/** One subschema with its keywords looked up once and its references resolved. */
struct CompiledSchema::Node
{
    using Named = std::pair<std::string, const Node *>;
    using Pattern = std::pair<std::regex, const Node *>;

    bool alwaysFalse = false; ///< the schema `false`
    bool trivial = true; ///< no assertion at all: `true`, `{}` or annotations only
    bool collects = false; ///< can produce property annotations for `unevaluatedProperties` above it
    bool objectKeywords = false; ///< hasObjectKeywords(), computed once
    bool walksMembers = false; ///< patternProperties or additionalProperties: every member must be visited

    std::uint8_t types = 0; ///< 0: any type
    const Json *constValue = nullptr;
    std::vector<const Json *> enumValues;
    const Json *enumJson = nullptr; ///< the list, for messages
    bool hasEnum = false;

    const Json *minimum = nullptr;
    const Json *maximum = nullptr;
    const Json *exclusiveMinimum = nullptr;
    const Json *exclusiveMaximum = nullptr;
    const Json *multipleOf = nullptr;

    std::optional<std::size_t> minLength, maxLength;
    std::vector<std::regex> patterns;

    const Node *items = nullptr;
    std::vector<const Node *> itemList;
    const Node *additionalItems = nullptr;
    std::optional<std::size_t> minItems, maxItems;
    bool uniqueItems = false;
    const Node *contains = nullptr;
    std::optional<std::size_t> minContains, maxContains;

    std::vector<Named> properties; ///< sorted by name, as the instance's members are
    std::vector<Pattern> patternProperties;
    const Node *additionalProperties = nullptr;
    std::vector<std::string> required;
    std::vector<std::pair<std::string, std::vector<std::string>>> dependentRequired;
    std::vector<Named> dependentSchemas;
    const Node *propertyNames = nullptr;
    std::optional<std::size_t> minProperties, maxProperties;
    const Node *unevaluatedProperties = nullptr;

    const Node *ref = nullptr;
    std::vector<const Node *> allOf, anyOf, oneOf;
    const Node *notNode = nullptr;
    const Node *ifNode = nullptr;
    const Node *thenNode = nullptr;
    const Node *elseNode = nullptr;

    bool hasObjectKeywords() const
    {
        return !properties.empty() || !patternProperties.empty() || additionalProperties || !required.empty()
            || !dependentRequired.empty() || propertyNames || minProperties || maxProperties;
    }
};

struct CompiledSchema::Private
{
    Json schema;
    std::unordered_map<const Json *, std::unique_ptr<Node>> nodes;
    const Node *root = nullptr;
    std::string unsupported;

    const Json *resolve(const std::string &ref)
    {
        if (ref.empty() || ref.front() != '#') {
            return nullptr; // remote, or relative to an $id
        }
        if (ref.size() == 1) {
            return &schema;
        }
        if (ref[1] != '/') {
            return nullptr; // an $anchor
        }
        try {
            return &schema.at(Json::json_pointer(percentDecoded(std::string_view(ref).substr(1))));
        } catch (const Json::exception &) {
            return nullptr;
        }
    }

    void markUnsupported(std::string what)
    {
        if (unsupported.empty()) {
            unsupported = std::move(what);
        }
    }

    const Node *compile(const Json &s, bool isRoot = false);
    void settleCollects();
};

const CompiledSchema::Node *CompiledSchema::Private::compile(const Json &s, bool isRoot)
{
    if (const auto it = nodes.find(&s); it != nodes.end()) {
        return it->second.get();
    }
    Node *node = (nodes[&s] = std::make_unique<Node>()).get();
    if (s.is_boolean()) {
        node->alwaysFalse = !s.get<bool>();
        node->trivial = s.get<bool>();
        return node;
    }
    if (!s.is_object()) {
        markUnsupported("a schema that is neither an object nor a boolean");
        return node;
    }
    const auto sub = [&](const Json &value) { return compile(value); };
    const auto subList = [&](const Json &value, std::vector<const Node *> &out) {
        if (!value.is_array()) {
            markUnsupported("a keyword that expects a list of schemas");
            return;
        }
        for (const auto &element : value) {
            out.push_back(sub(element));
        }
    };
    const auto counted = [&](const Json &value, const char *keyword) {
        auto n = count(value);
        if (!n) {
            markUnsupported(std::string(keyword) + " with a value that is not a count");
        }
        return n;
    };

    for (auto it = s.begin(); it != s.end(); ++it) {
        const std::string &key = it.key();
        const Json &value = it.value();
        if (key == "type") {
            if (value.is_string()) {
                node->types |= typeBit(value.get_ref<const std::string &>());
            } else if (value.is_array()) {
                for (const auto &t : value) {
                    if (t.is_string()) {
                        node->types |= typeBit(t.get_ref<const std::string &>());
                    }
                }
            }
            if (node->types == 0) {
                node->alwaysFalse = true; // no known type name: nothing matches
            }
        } else if (key == "const") {
            node->constValue = &value;
        } else if (key == "enum") {
            node->hasEnum = true;
            node->enumJson = &value;
            if (value.is_array()) {
                for (const auto &v : value) {
                    node->enumValues.push_back(&v);
                }
            }
        } else if (key == "minimum" || key == "maximum" || key == "exclusiveMinimum" || key == "exclusiveMaximum"
            || key == "multipleOf") {
            if (!value.is_number()) {
                markUnsupported(key + " that is not a number");
                continue;
            }
            (key == "minimum"                   ? node->minimum
                    : key == "maximum"          ? node->maximum
                    : key == "exclusiveMinimum" ? node->exclusiveMinimum
                    : key == "exclusiveMaximum" ? node->exclusiveMaximum
                                                : node->multipleOf)
                = &value;
        } else if (key == "minLength") {
            node->minLength = counted(value, "minLength");
        } else if (key == "maxLength") {
            node->maxLength = counted(value, "maxLength");
        } else if (key == "pattern") {
            if (!value.is_string()) {
                markUnsupported("pattern that is not text");
                continue;
            }
            try {
                node->patterns.emplace_back(value.get<std::string>(), std::regex::ECMAScript | std::regex::optimize);
            } catch (const std::regex_error &) {
                markUnsupported("pattern \"" + value.get<std::string>() + "\"");
            }
        } else if (key == "items") {
            if (value.is_array()) {
                subList(value, node->itemList);
            } else {
                node->items = sub(value);
            }
        } else if (key == "additionalItems") {
            node->additionalItems = sub(value);
        } else if (key == "minItems") {
            node->minItems = counted(value, "minItems");
        } else if (key == "maxItems") {
            node->maxItems = counted(value, "maxItems");
        } else if (key == "uniqueItems") {
            node->uniqueItems = value.is_boolean() && value.get<bool>();
        } else if (key == "contains") {
            node->contains = sub(value);
        } else if (key == "minContains") {
            node->minContains = counted(value, "minContains");
        } else if (key == "maxContains") {
            node->maxContains = counted(value, "maxContains");
        } else if (key == "properties" || key == "patternProperties" || key == "dependentSchemas") {
            if (!value.is_object()) {
                markUnsupported(key + " that is not a mapping");
                continue;
            }
            for (auto p = value.begin(); p != value.end(); ++p) {
                if (key == "patternProperties") {
                    try {
                        node->patternProperties.emplace_back(
                            std::regex(p.key(), std::regex::ECMAScript | std::regex::optimize), sub(p.value()));
                    } catch (const std::regex_error &) {
                        markUnsupported("patternProperties \"" + p.key() + "\"");
                    }
                } else {
                    (key == "properties" ? node->properties : node->dependentSchemas)
                        .emplace_back(p.key(), sub(p.value()));
                }
            }
        } else if (key == "additionalProperties") {
            node->additionalProperties = sub(value);
        } else if (key == "unevaluatedProperties") {
            node->unevaluatedProperties = sub(value);
        } else if (key == "propertyNames") {
            node->propertyNames = sub(value);
        } else if (key == "required") {
            if (value.is_array()) {
                for (const auto &name : value) {
                    if (name.is_string()) {
                        node->required.push_back(name.get<std::string>());
                    }
                }
            }
        } else if (key == "dependentRequired") {
            if (value.is_object()) {
                for (auto p = value.begin(); p != value.end(); ++p) {
                    std::vector<std::string> names;
                    for (const auto &name : p.value()) {
                        if (name.is_string()) {
                            names.push_back(name.get<std::string>());
                        }
                    }
                    node->dependentRequired.emplace_back(p.key(), std::move(names));
                }
            }
        } else if (key == "minProperties") {
            node->minProperties = counted(value, "minProperties");
        } else if (key == "maxProperties") {
            node->maxProperties = counted(value, "maxProperties");
        } else if (key == "$ref") {
            if (!value.is_string()) {
                markUnsupported("$ref that is not text");
                continue;
            }
            if (const Json *target = resolve(value.get<std::string>())) {
                node->ref = sub(*target);
            } else {
                markUnsupported("$ref \"" + value.get<std::string>() + "\"");
            }
        } else if (key == "allOf") {
            subList(value, node->allOf);
        } else if (key == "anyOf") {
            subList(value, node->anyOf);
        } else if (key == "oneOf") {
            subList(value, node->oneOf);
        } else if (key == "not") {
            node->notNode = sub(value);
        } else if (key == "if") {
            node->ifNode = sub(value);
        } else if (key == "then") {
            node->thenNode = sub(value);
        } else if (key == "else") {
            node->elseNode = sub(value);
        } else if (key == "$id") {
            if (!isRoot) {
                markUnsupported("$id below the root");
            }
        } else if (key == "$recursiveRef" || key == "unevaluatedItems"
            || (key == "$recursiveAnchor" && value.is_boolean() && value.get<bool>())) {
            markUnsupported(key);
        }
        // Everything else is an annotation ("title", "format", "examples", ...) or a container of
        // subschemas that only matter when referenced ("$defs", "definitions").
    }
    if (!node->ifNode) {
        node->thenNode = nullptr; // then/else without if do nothing
        node->elseNode = nullptr;
    }
    std::sort(node->required.begin(), node->required.end());
    node->required.erase(std::unique(node->required.begin(), node->required.end()), node->required.end());
    // nlohmann keeps both maps sorted with std::less; the walk over members relies on it.
    std::sort(node->properties.begin(), node->properties.end(),
        [](const Node::Named &a, const Node::Named &b) { return a.first < b.first; });

    node->trivial = !node->alwaysFalse && node->types == 0 && !node->constValue && !node->hasEnum && !node->minimum
        && !node->maximum && !node->exclusiveMinimum && !node->exclusiveMaximum && !node->multipleOf && !node->minLength
        && !node->maxLength && node->patterns.empty() && !node->items && node->itemList.empty() && !node->minItems
        && !node->maxItems && !node->uniqueItems && !node->contains && !node->hasObjectKeywords()
        && node->dependentSchemas.empty() && !node->unevaluatedProperties && !node->ref && node->allOf.empty()
        && node->anyOf.empty() && node->oneOf.empty() && !node->notNode && !node->ifNode;
    node->objectKeywords = node->hasObjectKeywords();
    node->walksMembers = !node->patternProperties.empty() || node->additionalProperties;
    return node;
}

void CompiledSchema::Private::settleCollects()
{
    // References make the graph cyclic: a fixed point.
    for (auto &[schema, node] : nodes) {
        node->collects = !node->properties.empty() || !node->patternProperties.empty() || node->additionalProperties
            || node->unevaluatedProperties;
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (auto &[schema, node] : nodes) {
            if (node->collects) {
                continue;
            }
            const auto any = [](const std::vector<const Node *> &list) {
                return std::any_of(list.begin(), list.end(), [](const Node *n) { return n->collects; });
            };
            const bool collects = (node->ref && node->ref->collects) || any(node->allOf) || any(node->anyOf)
                || any(node->oneOf) || (node->ifNode && node->ifNode->collects)
                || (node->thenNode && node->thenNode->collects) || (node->elseNode && node->elseNode->collects)
                || std::any_of(node->dependentSchemas.begin(), node->dependentSchemas.end(),
                    [](const Node::Named &n) { return n.second->collects; });
            if (collects) {
                node->collects = true;
                changed = true;
            }
        }
    }
}

namespace {

using Node = CompiledSchema::Node;
using Error = CompiledSchema::Error;
using Object = Json::object_t;
using Array = Json::array_t;

/**
 * The members of one instance object that some subschema evaluated, by the address of their key
 * (stable for the whole evaluation). The first 16 need no allocation. While errors are collected it
 * also keeps the `properties` lists seen at the object, for "did you mean" on unknown keys.
 */
class Evaluated
{
public:
    void add(const std::string *key)
    {
        if (m_count < m_inline.size()) {
            m_inline[m_count++] = key;
        } else {
            m_more.push_back(key);
        }
    }
    void addAll() { m_all = true; }
    bool has(const std::string *key) const
    {
        if (m_all) {
            return true;
        }
        for (std::size_t i = 0; i < m_count; ++i) {
            if (m_inline[i] == key) {
                return true;
            }
        }
        return std::find(m_more.begin(), m_more.end(), key) != m_more.end();
    }
    void merge(const Evaluated &other)
    {
        m_all = m_all || other.m_all;
        for (std::size_t i = 0; i < other.m_count; ++i) {
            add(other.m_inline[i]);
        }
        for (const std::string *key : other.m_more) {
            add(key);
        }
        known.insert(known.end(), other.known.begin(), other.known.end());
    }

    std::vector<const std::vector<Node::Named> *> known;

private:
    bool m_all = false;
    std::size_t m_count = 0;
    // Left uninitialised: m_count says how much is in use, and one of these lives in every eval() frame.
    std::array<const std::string *, 16> m_inline; // NOLINT(cppcoreguidelines-pro-type-member-init)
    std::vector<const std::string *> m_more;
};

/**
 * The state of one evaluation. Verdicts only (the fast path) keep nothing but the recursion guard;
 * a failure report or error collection also keeps the instance path.
 */
struct Context
{
    CompiledSchema::Failure *failure = nullptr;
    std::vector<Error> *errors = nullptr; // collect every error, not just the verdict
    std::vector<std::string> path; // tokens of the value being visited, while tracking
    int trial = 0; // > 0 inside a branch whose failure does not decide the verdict (anyOf, not, if, ...)
    int frames = 0;

    bool tracking() const { return failure || errors; }
    bool collecting() const { return errors && trial == 0; }

    std::string pointer() const
    {
        std::string out;
        for (const auto &token : path) {
            out += '/';
            out += escapePointerToken(token);
        }
        return out;
    }

    /**
     * A keyword failed at the current value. Returns true when evaluation goes on (errors are being
     * collected), false when the verdict is settled.
     */
    bool fail(const char *keyword, const Json *schemaValue = nullptr, std::string property = {},
        std::vector<std::string> names = {})
    {
        if (trial > 0) {
            return false;
        }
        if (failure && failure->keyword.empty()) {
            failure->instancePointer = pointer();
            failure->keyword = keyword;
        }
        if (errors) {
            errors->push_back({ pointer(), keyword, schemaValue, std::move(property), std::move(names) });
            return true;
        }
        return false;
    }
};

/** Pushes a path token for the lifetime of the step, when the path is kept. */
class Step
{
public:
    Step(Context &ctx, const std::string &token)
        : m_ctx(ctx)
        , m_pushed(ctx.tracking())
    {
        if (m_pushed) {
            m_ctx.path.push_back(token);
        }
    }
    Step(Context &ctx, std::size_t index)
        : m_ctx(ctx)
        , m_pushed(ctx.tracking())
    {
        if (m_pushed) {
            m_ctx.path.push_back(std::to_string(index));
        }
    }
    ~Step()
    {
        if (m_pushed) {
            m_ctx.path.pop_back();
        }
    }
    Step(const Step &) = delete;
    Step &operator=(const Step &) = delete;

private:
    Context &m_ctx;
    bool m_pushed;
};

/** Marks a branch whose failure alone decides nothing (anyOf, oneOf, not, if, contains). */
class Trial
{
public:
    explicit Trial(Context &ctx)
        : m_ctx(ctx)
    {
        ++m_ctx.trial;
    }
    ~Trial() { --m_ctx.trial; }
    Trial(const Trial &) = delete;
    Trial &operator=(const Trial &) = delete;

private:
    Context &m_ctx;
};

bool eval(const Node *node, const Json &value, Evaluated *evaluated, Context &ctx);

bool uniqueItems(const Array &array)
{
    const std::size_t n = array.size();
    if (n < 2) {
        return true;
    }
    if (n <= 32) {
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t j = i + 1; j < n; ++j) {
                if (array[i] == array[j]) {
                    return false;
                }
            }
        }
        return true;
    }
    // nlohmann orders numbers by value across integer and float, so equal items end up side by side.
    std::vector<const Json *> sorted;
    sorted.reserve(n);
    for (const auto &item : array) {
        sorted.push_back(&item);
    }
    std::sort(sorted.begin(), sorted.end(), [](const Json *a, const Json *b) { return *a < *b; });
    for (std::size_t i = 1; i < n; ++i) {
        if (*sorted[i - 1] == *sorted[i]) {
            return false;
        }
    }
    return true;
}

std::vector<std::string> names(const std::vector<Node::Named> &properties)
{
    std::vector<std::string> out;
    out.reserve(properties.size());
    for (const auto &property : properties) {
        out.push_back(property.first);
    }
    return out;
}

/** One member against its subschema; false (with errors recorded) when it fails. */
bool evalMember(const Node *sub, const Object::value_type &member, Context &ctx)
{
    const Step step(ctx, member.first);
    if (sub->alwaysFalse) {
        // A property the schema forbids: say which, rather than "false".
        return ctx.fail("false", nullptr, member.first) && false;
    }
    return eval(sub, member.second, nullptr, ctx);
}

bool evalObject(const Node *node, const Object &object, Evaluated *local, Context &ctx)
{
    bool ok = true;
    const std::size_t size = object.size();
    if (node->minProperties && size < *node->minProperties) {
        if (!ctx.fail("minProperties")) {
            return false;
        }
        ok = false;
    }
    if (node->maxProperties && size > *node->maxProperties) {
        if (!ctx.fail("maxProperties")) {
            return false;
        }
        ok = false;
    }
    for (const std::string &name : node->required) {
        if (object.find(name) == object.end()) {
            if (!ctx.fail("required", nullptr, name)) {
                return false;
            }
            ok = false;
        }
    }
    for (const auto &[name, required] : node->dependentRequired) {
        if (object.count(name) != 0) {
            for (const std::string &other : required) {
                if (object.count(other) == 0) {
                    if (!ctx.fail("dependentRequired", nullptr, other, { name })) {
                        return false;
                    }
                    ok = false;
                }
            }
        }
    }
    if (node->propertyNames) {
        for (const auto &member : object) {
            bool passed = false;
            {
                const Trial trial(ctx);
                passed = eval(node->propertyNames, Json(member.first), nullptr, ctx);
            }
            if (!passed) {
                const Step step(ctx, member.first);
                if (!ctx.fail("propertyNames", nullptr, member.first)) {
                    return false;
                }
                ok = false;
            }
        }
    }
    if (local && ctx.errors) {
        local->known.push_back(&node->properties);
    }
    if (!node->walksMembers) {
        // Only named properties: look each up (a handful of comparisons), or walk members and names
        // together when there are many; both lists are sorted the same way.
        if (node->properties.size() <= 4) {
            for (const auto &[name, sub] : node->properties) {
                const auto member = object.find(name);
                if (member == object.end()) {
                    continue;
                }
                if (!evalMember(sub, *member, ctx)) {
                    if (!ctx.collecting()) {
                        return false;
                    }
                    ok = false;
                }
                if (local) {
                    local->add(&member->first);
                }
            }
            return ok;
        }
        auto property = node->properties.begin();
        const auto end = node->properties.end();
        for (auto member = object.begin(); member != object.end() && property != end; ++member) {
            int order = property->first.compare(member->first);
            while (order < 0 && ++property != end) {
                order = property->first.compare(member->first);
            }
            if (property == end) {
                break;
            }
            if (order == 0) {
                if (!evalMember(property->second, *member, ctx)) {
                    if (!ctx.collecting()) {
                        return false;
                    }
                    ok = false;
                }
                if (local) {
                    local->add(&member->first);
                }
                ++property;
            }
        }
        return ok;
    }
    // patternProperties or additionalProperties: every member is visited.
    auto property = node->properties.begin();
    const auto end = node->properties.end();
    for (const auto &member : object) {
        const std::string &key = member.first;
        bool matched = false;
        while (property != end && property->first < key) {
            ++property;
        }
        if (property != end && property->first == key) {
            matched = true;
            if (!evalMember(property->second, member, ctx)) {
                if (!ctx.collecting()) {
                    return false;
                }
                ok = false;
            }
        }
        for (const auto &[pattern, sub] : node->patternProperties) {
            if (std::regex_search(key, pattern)) {
                matched = true;
                if (!evalMember(sub, member, ctx)) {
                    if (!ctx.collecting()) {
                        return false;
                    }
                    ok = false;
                }
            }
        }
        if (!matched && node->additionalProperties) {
            matched = true;
            const Step step(ctx, key);
            const bool passed = node->additionalProperties->alwaysFalse
                ? ctx.fail("additionalProperties", nullptr, key, names(node->properties)) && false
                : eval(node->additionalProperties, member.second, nullptr, ctx);
            if (!passed) {
                if (!ctx.collecting()) {
                    return false;
                }
                ok = false;
            }
        }
        if (matched && local) {
            local->add(&key);
        }
    }
    return ok;
}

bool evalArray(const Node *node, const Array &array, Context &ctx)
{
    bool ok = true;
    const std::size_t size = array.size();
    const auto failed = [&](const char *keyword, const Json *schemaValue = nullptr) {
        ok = false;
        return !ctx.fail(keyword, schemaValue);
    };
    if (node->minItems && size < *node->minItems && failed("minItems")) {
        return false;
    }
    if (node->maxItems && size > *node->maxItems && failed("maxItems")) {
        return false;
    }
    if (node->uniqueItems && !uniqueItems(array) && failed("uniqueItems")) {
        return false;
    }
    // True when item `i` fails and the verdict is settled.
    const auto itemSettles = [&](const Node *sub, std::size_t i) {
        const Step step(ctx, i);
        if (!eval(sub, array[i], nullptr, ctx)) {
            ok = false;
            return !ctx.collecting();
        }
        return false;
    };
    if (node->items && !node->items->trivial) {
        for (std::size_t i = 0; i < size; ++i) {
            if (itemSettles(node->items, i)) {
                return false;
            }
        }
    } else if (!node->itemList.empty()) {
        for (std::size_t i = 0; i < size; ++i) {
            const Node *sub = i < node->itemList.size() ? node->itemList[i] : node->additionalItems;
            if (!sub) {
                break;
            }
            if (itemSettles(sub, i)) {
                return false;
            }
        }
    }
    if (node->contains) {
        std::size_t matches = 0;
        {
            const Trial trial(ctx);
            for (const auto &element : array) {
                matches += eval(node->contains, element, nullptr, ctx);
            }
        }
        const std::size_t least = node->minContains.value_or(1);
        if ((matches < least || (node->maxContains && matches > *node->maxContains)) && failed("contains")) {
            return false;
        }
    }
    return ok;
}

bool evalScalar(const Node *node, const Json &value, Context &ctx)
{
    bool ok = true;
    const auto failed = [&](const char *keyword, const Json *schemaValue) {
        ok = false;
        return !ctx.fail(keyword, schemaValue);
    };
    if (value.is_number()) {
        if (node->minimum && compareNumbers(value, *node->minimum) < 0 && failed("minimum", node->minimum)) {
            return false;
        }
        if (node->maximum && compareNumbers(value, *node->maximum) > 0 && failed("maximum", node->maximum)) {
            return false;
        }
        if (node->exclusiveMinimum && compareNumbers(value, *node->exclusiveMinimum) <= 0
            && failed("exclusiveMinimum", node->exclusiveMinimum)) {
            return false;
        }
        if (node->exclusiveMaximum && compareNumbers(value, *node->exclusiveMaximum) >= 0
            && failed("exclusiveMaximum", node->exclusiveMaximum)) {
            return false;
        }
        if (node->multipleOf && !isMultipleOf(value, *node->multipleOf) && failed("multipleOf", node->multipleOf)) {
            return false;
        }
    } else if (value.is_string()) {
        const auto &text = value.get_ref<const std::string &>();
        if (node->minLength || node->maxLength) {
            const std::size_t length = codePoints(text);
            if (node->minLength && length < *node->minLength && failed("minLength", nullptr)) {
                return false;
            }
            if (node->maxLength && length > *node->maxLength && failed("maxLength", nullptr)) {
                return false;
            }
        }
        for (const auto &pattern : node->patterns) {
            if (!std::regex_search(text, pattern) && failed("pattern", nullptr)) {
                return false;
            }
        }
    }
    return ok;
}

/** Where anyOf or oneOf found no alternative, while collecting errors: explain with the likeliest one. */
void explainAlternatives(
    const char *keyword, const std::vector<const Node *> &branches, const Json &value, Evaluated *local, Context &ctx)
{
    struct Attempt
    {
        std::vector<Error> errors;
        Evaluated evaluated;
    };
    std::vector<Attempt> attempts(branches.size());
    std::vector<Error> *const saved = ctx.errors;
    CompiledSchema::Failure *const failure = ctx.failure;
    ctx.failure = nullptr;
    for (std::size_t i = 0; i < branches.size(); ++i) {
        ctx.errors = &attempts[i].errors;
        eval(branches[i], value, local ? &attempts[i].evaluated : nullptr, ctx);
    }
    ctx.errors = saved;
    ctx.failure = failure;

    // Each alternative only lacks a property: one fact, "needs one of".
    const std::string here = ctx.pointer();
    std::vector<std::string> missing;
    const bool onlyRequired = std::all_of(attempts.begin(), attempts.end(), [&](const Attempt &a) {
        return !a.errors.empty() && std::all_of(a.errors.begin(), a.errors.end(), [&](const Error &e) {
            return e.keyword == "required" && e.instancePointer == here;
        });
    });
    if (onlyRequired) {
        for (const Attempt &a : attempts) {
            for (const Error &e : a.errors) {
                if (std::find(missing.begin(), missing.end(), e.property) == missing.end()) {
                    missing.push_back(e.property);
                }
            }
        }
        ctx.fail(keyword, nullptr, {}, std::move(missing));
        return;
    }
    // Otherwise the alternative that fits best: the right type here, then the fewest errors.
    const auto cost = [&](const Attempt &a) {
        const bool wrongType = std::any_of(a.errors.begin(), a.errors.end(),
            [&](const Error &e) { return e.keyword == "type" && e.instancePointer == here; });
        return std::make_pair(wrongType ? 1 : 0, a.errors.size());
    };
    const auto best = std::min_element(
        attempts.begin(), attempts.end(), [&](const Attempt &a, const Attempt &b) { return cost(a) < cost(b); });
    if (best == attempts.end() || best->errors.empty()) {
        ctx.fail(keyword);
        return;
    }
    ctx.errors->insert(
        ctx.errors->end(), std::make_move_iterator(best->errors.begin()), std::make_move_iterator(best->errors.end()));
    if (local) {
        local->merge(best->evaluated); // its members are explained; they are not also unknown
    }
}

/** The in-place applicators, whose annotations (into `local`) count only where they succeed. */
bool evalInPlace(const Node *node, const Json &value, Evaluated *local, Context &ctx)
{
    bool ok = true;
    // Annotations matter only for objects and only for subschemas that can produce them.
    const auto into = [&](const Node *sub) { return local && sub->collects ? local : nullptr; };
    const auto failed = [&]() {
        ok = false;
        return !ctx.collecting();
    };

    if (node->ref && !eval(node->ref, value, into(node->ref), ctx) && failed()) {
        return false;
    }
    for (const Node *sub : node->allOf) {
        if (!eval(sub, value, into(sub), ctx) && failed()) {
            return false;
        }
    }
    if (!node->anyOf.empty()) {
        bool any = false;
        {
            const Trial trial(ctx);
            for (const Node *sub : node->anyOf) {
                if (Evaluated *target = into(sub)) {
                    // Every passing branch adds its annotations, so all are tried.
                    Evaluated branch;
                    if (eval(sub, value, &branch, ctx)) {
                        target->merge(branch);
                        any = true;
                    }
                } else if (!any && eval(sub, value, nullptr, ctx)) {
                    any = true;
                    if (!local) {
                        break;
                    }
                }
            }
        }
        if (!any) {
            if (ctx.collecting()) {
                explainAlternatives("anyOf", node->anyOf, value, local, ctx);
            } else if (!ctx.fail("anyOf")) {
                return false;
            }
            ok = false;
        }
    }
    if (!node->oneOf.empty()) {
        std::size_t passed = 0;
        Evaluated chosen;
        {
            const Trial trial(ctx);
            for (const Node *sub : node->oneOf) {
                Evaluated branch;
                if (eval(sub, value, into(sub) ? &branch : nullptr, ctx)) {
                    if (++passed > 1) {
                        break;
                    }
                    chosen = std::move(branch);
                }
            }
        }
        if (passed == 1) {
            if (local) {
                local->merge(chosen);
            }
        } else {
            if (passed == 0 && ctx.collecting()) {
                explainAlternatives("oneOf", node->oneOf, value, local, ctx);
            } else if (!ctx.fail(passed == 0 ? "oneOf" : "oneOf-many")) {
                return false;
            }
            ok = false;
        }
    }
    if (node->notNode) {
        bool passed = false;
        {
            const Trial trial(ctx);
            passed = eval(node->notNode, value, nullptr, ctx);
        }
        if (passed) {
            ok = false;
            if (!ctx.fail("not")) {
                return false;
            }
        }
    }
    if (node->ifNode) {
        Evaluated condition;
        bool holds = false;
        {
            const Trial trial(ctx);
            holds = eval(node->ifNode, value, into(node->ifNode) ? &condition : nullptr, ctx);
        }
        if (holds) {
            if (local) {
                local->merge(condition);
            }
            if (node->thenNode && !eval(node->thenNode, value, into(node->thenNode), ctx) && failed()) {
                return false;
            }
        } else if (node->elseNode && !eval(node->elseNode, value, into(node->elseNode), ctx) && failed()) {
            return false;
        }
    }
    if (value.is_object()) {
        const auto &object = value.get_ref<const Object &>();
        for (const auto &[name, sub] : node->dependentSchemas) {
            if (object.count(name) != 0 && !eval(sub, value, into(sub), ctx) && failed()) {
                return false;
            }
        }
    }
    return ok;
}

bool eval(const Node *node, const Json &value, Evaluated *evaluated, Context &ctx)
{
    if (node->trivial) {
        return true;
    }
    if (node->alwaysFalse) {
        return ctx.fail("false") && false;
    }
    if (ctx.frames >= kMaxFrames) {
        return ctx.fail("$ref") && false; // endless schema recursion
    }
    ++ctx.frames;
    struct Leave
    {
        int &frames;
        ~Leave() { --frames; }
    } leave { ctx.frames };

    // A value of the wrong type fails here and nothing else is said of it.
    if (node->types && !typeMatches(node->types, value)) {
        return ctx.fail("type", nullptr, {}, typeNames(node->types)) && false;
    }
    bool ok = true;
    if (node->constValue && value != *node->constValue) {
        if (!ctx.fail("const", node->constValue)) {
            return false;
        }
        ok = false;
    }
    if (node->hasEnum
        && std::none_of(node->enumValues.begin(), node->enumValues.end(), [&](const Json *v) { return *v == value; })) {
        if (!ctx.fail("enum", node->enumJson)) {
            return false;
        }
        ok = false;
    }

    const bool isObject = value.is_object();
    // Annotations are gathered here when this node judges unevaluated properties itself, or when the
    // caller needs them for its own.
    Evaluated own;
    Evaluated *local = nullptr;
    if (isObject && (node->unevaluatedProperties || (evaluated && node->collects))) {
        local = node->unevaluatedProperties ? &own : evaluated;
    }

    bool structural = true;
    if (isObject) {
        structural = !node->objectKeywords || evalObject(node, value.get_ref<const Object &>(), local, ctx);
    } else if (value.is_array()) {
        structural = evalArray(node, value.get_ref<const Array &>(), ctx);
    } else {
        structural = evalScalar(node, value, ctx);
    }
    if (!structural) {
        if (!ctx.collecting()) {
            return false;
        }
        ok = false;
    }
    if (!evalInPlace(node, value, local, ctx)) {
        if (!ctx.collecting()) {
            return false;
        }
        ok = false;
    }

    if (isObject && node->unevaluatedProperties) {
        const Node *rest = node->unevaluatedProperties;
        for (const auto &member : value.get_ref<const Object &>()) {
            if (own.has(&member.first)) {
                continue;
            }
            const Step step(ctx, member.first);
            bool passed = false;
            if (rest->alwaysFalse) {
                std::vector<std::string> known;
                if (ctx.errors) {
                    for (const auto *properties : own.known) {
                        for (const auto &property : *properties) {
                            known.push_back(property.first);
                        }
                    }
                }
                passed = ctx.fail("unevaluatedProperties", nullptr, member.first, std::move(known)) && false;
            } else {
                passed = eval(rest, member.second, nullptr, ctx);
            }
            if (!passed) {
                if (!ctx.collecting()) {
                    return false;
                }
                ok = false;
            }
        }
        if (evaluated) {
            evaluated->addAll(); // every member is now evaluated, by one keyword or by this one
        }
    }
    return ok;
}

} // namespace

CompiledSchema::CompiledSchema(const nlohmann::json &schema)
    : d(std::make_unique<Private>())
{
    d->schema = schema;
    d->root = d->compile(d->schema, true);
    d->settleCollects();
}

CompiledSchema::~CompiledSchema() = default;

bool CompiledSchema::isComplete() const
{
    return d->unsupported.empty();
}

const std::string &CompiledSchema::unsupported() const
{
    return d->unsupported;
}

bool CompiledSchema::accepts(const nlohmann::json &instance) const
{
    Context ctx;
    return eval(d->root, instance, nullptr, ctx);
}

std::vector<CompiledSchema::Error> CompiledSchema::errors(const nlohmann::json &instance) const
{
    std::vector<Error> out;
    Context ctx;
    ctx.errors = &out;
    eval(d->root, instance, nullptr, ctx);
    return out;
}

bool CompiledSchema::accepts(const nlohmann::json &instance, Failure *failure) const
{
    Context ctx;
    ctx.failure = failure;
    if (failure) {
        *failure = {};
    }
    return eval(d->root, instance, nullptr, ctx);
}

} // namespace tessera
