// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "yaml/yamlreader.h"

#include <QCoreApplication>

#include <yaml.h>

#include <charconv>
#include <cmath>
#include <limits>
#include <memory>
#include <unordered_set>
#include <vector>

namespace tessera {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::YamlReader)
};

SourceLocation toLocation(const yaml_mark_t &mark)
{
    return { static_cast<int>(mark.line) + 1, static_cast<int>(mark.column) + 1 };
}

bool isNullPlain(std::string_view s)
{
    return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL";
}

bool parseInteger(std::string_view s, nlohmann::json &out)
{
    if (s.empty()) {
        return false;
    }
    bool negative = false;
    std::string_view digits = s;
    if (digits.front() == '-' || digits.front() == '+') {
        negative = digits.front() == '-';
        digits.remove_prefix(1);
    }
    int base = 10;
    if (digits.size() > 2 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'o')) {
        if (s.front() == '-' || s.front() == '+') {
            return false; // the core schema has no signed hex or octal
        }
        base = digits[1] == 'x' ? 16 : 8;
        digits.remove_prefix(2);
    }
    if (digits.empty()) {
        return false;
    }
    for (char c : digits) {
        const bool ok = base == 16 ? std::isxdigit(static_cast<unsigned char>(c)) != 0
                                   : (c >= '0' && c < static_cast<char>('0' + base));
        if (!ok) {
            return false;
        }
    }
    std::uint64_t value = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value, base);
    if (ec == std::errc::result_out_of_range) {
        // Too large for 64 bits: keep it as a floating-point number, as JSON parsers do.
        out = std::strtod(std::string(s).c_str(), nullptr);
        return true;
    }
    if (ec != std::errc() || end != digits.data() + digits.size()) {
        return false;
    }
    if (negative) {
        if (value > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) + 1) {
            out = -static_cast<double>(value);
        } else {
            out = static_cast<std::int64_t>(0 - value);
        }
    } else if (value <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
        out = static_cast<std::int64_t>(value);
    } else {
        out = value;
    }
    return true;
}

bool parseFloat(std::string_view s, nlohmann::json &out)
{
    if (s == ".inf" || s == ".Inf" || s == ".INF" || s == "+.inf" || s == "+.Inf" || s == "+.INF") {
        out = std::numeric_limits<double>::infinity();
        return true;
    }
    if (s == "-.inf" || s == "-.Inf" || s == "-.INF") {
        out = -std::numeric_limits<double>::infinity();
        return true;
    }
    if (s == ".nan" || s == ".NaN" || s == ".NAN") {
        out = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    // [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) {
        ++i;
    }
    std::size_t intDigits = 0;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) {
        ++i;
        ++intDigits;
    }
    std::size_t fracDigits = 0;
    bool dot = false;
    if (i < s.size() && s[i] == '.') {
        dot = true;
        ++i;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) {
            ++i;
            ++fracDigits;
        }
    }
    if (intDigits == 0 && fracDigits == 0) {
        return false;
    }
    bool exponent = false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        exponent = true;
        ++i;
        if (i < s.size() && (s[i] == '-' || s[i] == '+')) {
            ++i;
        }
        std::size_t expDigits = 0;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) {
            ++i;
            ++expDigits;
        }
        if (expDigits == 0) {
            return false;
        }
    }
    if (i != s.size() || (!dot && !exponent)) {
        return false;
    }
    std::string copy(s);
    if (copy.front() == '+') {
        copy.erase(0, 1);
    }
    out = std::strtod(copy.c_str(), nullptr);
    return true;
}

/** Resolves a scalar by its tag and style, following the YAML 1.2 core schema. */
nlohmann::json resolveScalar(const yaml_event_t &event)
{
    const auto *raw = reinterpret_cast<const char *>(event.data.scalar.value);
    const std::string_view text(raw, event.data.scalar.length);
    const auto *tagPtr = reinterpret_cast<const char *>(event.data.scalar.tag);
    const std::string_view tag = tagPtr ? std::string_view(tagPtr) : std::string_view();

    nlohmann::json value;
    if (!tag.empty() && tag != "!") {
        if (tag == YAML_STR_TAG) {
            return std::string(text);
        }
        if (tag == YAML_NULL_TAG) {
            return nullptr;
        }
        if (tag == YAML_BOOL_TAG) {
            if (text == "true" || text == "True" || text == "TRUE") {
                return true;
            }
            if (text == "false" || text == "False" || text == "FALSE") {
                return false;
            }
            return std::string(text);
        }
        if (tag == YAML_INT_TAG && parseInteger(text, value)) {
            return value;
        }
        if (tag == YAML_FLOAT_TAG && (parseFloat(text, value) || parseInteger(text, value))) {
            return value.is_number() ? nlohmann::json(value.get<double>()) : value;
        }
        return std::string(text); // unknown local tags: keep the text
    }
    if (event.data.scalar.style != YAML_PLAIN_SCALAR_STYLE || tag == "!") {
        return std::string(text);
    }
    if (isNullPlain(text)) {
        return nullptr;
    }
    if (text == "true" || text == "True" || text == "TRUE") {
        return true;
    }
    if (text == "false" || text == "False" || text == "FALSE") {
        return false;
    }
    const char first = text.front();
    if ((first >= '0' && first <= '9') || first == '-' || first == '+' || first == '.') {
        if (parseInteger(text, value) || parseFloat(text, value)) {
            return value;
        }
    }
    return std::string(text);
}

std::size_t countNodes(const nlohmann::json &value)
{
    std::size_t count = 1;
    if (value.is_structured()) {
        for (const auto &child : value) {
            count += countNodes(child);
        }
    }
    return count;
}

class Parser
{
public:
    Parser(std::string_view text, const ParseLimits &limits)
        : m_limits(limits)
    {
        yaml_parser_initialize(&m_parser);
        yaml_parser_set_input_string(&m_parser, reinterpret_cast<const unsigned char *>(text.data()), text.size());
    }
    ~Parser() { yaml_parser_delete(&m_parser); }
    Parser(const Parser &) = delete;
    Parser &operator=(const Parser &) = delete;

    bool run(nlohmann::json &out, ParseError &error);

private:
    struct Frame
    {
        nlohmann::json value;
        std::string anchor;
        SourceLocation start;
        bool haveKey = false;
        std::string key;
        SourceLocation keyLocation;
    };

    bool fail(ParseError &error, QString message, SourceLocation location)
    {
        error.message = std::move(message);
        error.location = location;
        return false;
    }

    /** Adds a finished node to the container on top of the stack, or makes it the root. */
    bool attach(
        nlohmann::json &&node, const SourceLocation &location, nlohmann::json &root, bool &haveRoot, ParseError &error);

    yaml_parser_t m_parser;
    const ParseLimits &m_limits;
    std::vector<Frame> m_stack;
    std::unordered_map<std::string, std::pair<nlohmann::json, std::size_t>> m_anchors;
    std::size_t m_nodes = 0;
    std::size_t m_aliasNodes = 0;
};

bool Parser::attach(
    nlohmann::json &&node, const SourceLocation &location, nlohmann::json &root, bool &haveRoot, ParseError &error)
{
    if (m_stack.empty()) {
        root = std::move(node);
        haveRoot = true;
        return true;
    }
    Frame &top = m_stack.back();
    if (top.value.is_array()) {
        top.value.push_back(std::move(node));
        return true;
    }
    if (!top.haveKey) {
        // A mapping key. Keys must be scalars in JSON; complex keys are rejected with their location.
        if (node.is_structured()) {
            return fail(error, Tr::tr("A mapping key must be a plain value, not a list or a mapping"), location);
        }
        top.key = node.is_string() ? std::move(node.get_ref<std::string &>()) : node.dump();
        top.keyLocation = location;
        top.haveKey = true;
        return true;
    }
    // One lookup both inserts and finds a duplicate key (reported where the key stands).
    auto &object = top.value.get_ref<nlohmann::json::object_t &>();
    if (!object.try_emplace(std::move(top.key), std::move(node)).second) { // leaves the key intact on failure
        return fail(error, Tr::tr("Duplicate key \"%1\"").arg(QString::fromStdString(top.key)), top.keyLocation);
    }
    top.haveKey = false;
    return true;
}

bool Parser::run(nlohmann::json &out, ParseError &error)
{
    nlohmann::json root;
    bool haveRoot = false;
    bool inDocument = false;

    for (;;) {
        yaml_event_t event;
        if (!yaml_parser_parse(&m_parser, &event)) {
            const SourceLocation where = toLocation(m_parser.problem_mark);
            QString problem = QString::fromUtf8(m_parser.problem ? m_parser.problem : "unknown problem");
            if (m_parser.context) {
                problem = QString::fromUtf8(m_parser.context) + QStringLiteral(": ") + problem;
            }
            return fail(error, Tr::tr("Not valid YAML: %1").arg(problem), where);
        }
        std::unique_ptr<yaml_event_t, decltype(&yaml_event_delete)> guard(&event, &yaml_event_delete);
        const SourceLocation where = toLocation(event.start_mark);

        switch (event.type) {
        case YAML_STREAM_START_EVENT:
        case YAML_NO_EVENT:
            break;
        case YAML_STREAM_END_EVENT:
            if (!haveRoot) {
                return fail(error, Tr::tr("The document is empty"), where);
            }
            out = std::move(root);
            return true;
        case YAML_DOCUMENT_START_EVENT:
            if (haveRoot) {
                // Only the first document of a multi-document stream is read.
                out = std::move(root);
                return true;
            }
            inDocument = true;
            break;
        case YAML_DOCUMENT_END_EVENT:
            inDocument = false;
            break;
        case YAML_MAPPING_START_EVENT:
        case YAML_SEQUENCE_START_EVENT: {
            if (static_cast<int>(m_stack.size()) >= m_limits.maxDepth) {
                return fail(
                    error, Tr::tr("The document is nested more than %1 levels deep").arg(m_limits.maxDepth), where);
            }
            if (++m_nodes > m_limits.maxNodes) {
                return fail(error, Tr::tr("The document has more than %1 nodes").arg(m_limits.maxNodes), where);
            }
            const bool isMapping = event.type == YAML_MAPPING_START_EVENT;
            if (!m_stack.empty() && m_stack.back().value.is_object() && !m_stack.back().haveKey) {
                return fail(error, Tr::tr("A mapping key must be a plain value, not a list or a mapping"), where);
            }
            Frame frame;
            frame.value = isMapping ? nlohmann::json::object() : nlohmann::json::array();
            const auto *anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor;
            if (anchor) {
                frame.anchor = reinterpret_cast<const char *>(anchor);
            }
            frame.start = where;
            m_stack.push_back(std::move(frame));
            break;
        }
        case YAML_MAPPING_END_EVENT:
        case YAML_SEQUENCE_END_EVENT: {
            Frame frame = std::move(m_stack.back());
            m_stack.pop_back();
            if (!frame.anchor.empty()) {
                m_anchors[frame.anchor] = { frame.value, countNodes(frame.value) };
            }
            if (!attach(std::move(frame.value), frame.start, root, haveRoot, error)) {
                return false;
            }
            break;
        }
        case YAML_SCALAR_EVENT: {
            if (++m_nodes > m_limits.maxNodes) {
                return fail(error, Tr::tr("The document has more than %1 nodes").arg(m_limits.maxNodes), where);
            }
            nlohmann::json value = resolveScalar(event);
            if (event.data.scalar.anchor) {
                m_anchors[reinterpret_cast<const char *>(event.data.scalar.anchor)] = { value, 1 };
            }
            if (!attach(std::move(value), where, root, haveRoot, error)) {
                return false;
            }
            break;
        }
        case YAML_ALIAS_EVENT: {
            const std::string name = reinterpret_cast<const char *>(event.data.alias.anchor);
            const auto it = m_anchors.find(name);
            if (it == m_anchors.end()) {
                return fail(error, Tr::tr("Unknown alias \"*%1\"").arg(QString::fromStdString(name)), where);
            }
            m_nodes += it->second.second;
            m_aliasNodes += it->second.second;
            if (m_nodes > m_limits.maxNodes || m_aliasNodes > m_limits.maxAliasNodes) {
                return fail(error,
                    Tr::tr("Aliases expand to more than %1 nodes (an alias bomb?); alias \"*%2\"")
                        .arg(m_limits.maxAliasNodes)
                        .arg(QString::fromStdString(name)),
                    where);
            }
            nlohmann::json copy = it->second.first;
            if (!attach(std::move(copy), where, root, haveRoot, error)) {
                return false;
            }
            break;
        }
        }
        (void)inDocument;
    }
}

/**
 * Finds where given nodes start, in one pass over libyaml's events that builds no values: only the
 * path to the node being read is kept, and subtrees that hold no wanted node are skipped.
 */
class Locator
{
public:
    explicit Locator(std::string_view text)
    {
        yaml_parser_initialize(&m_parser);
        yaml_parser_set_input_string(&m_parser, reinterpret_cast<const unsigned char *>(text.data()), text.size());
    }
    ~Locator() { yaml_parser_delete(&m_parser); }
    Locator(const Locator &) = delete;
    Locator &operator=(const Locator &) = delete;

    /** Fills `found` for every pointer of `wanted` that names a node; `wanted` holds the parents of each. */
    void run(const std::unordered_set<std::string> &wanted, std::unordered_map<std::string, SourceLocation> &found)
    {
        struct Frame
        {
            bool mapping = false;
            bool haveKey = false;
            std::size_t index = 0; // next item of a sequence
            std::size_t pointerLength = 0; // length of the pointer of the container's parent
            SourceLocation keyLocation;
        };
        std::vector<Frame> stack;
        std::string pointer; // of the container on top of the stack
        int skipping = 0; // > 0 while inside a subtree that holds nothing wanted

        for (;;) {
            yaml_event_t event;
            if (!yaml_parser_parse(&m_parser, &event)) {
                return; // what was found before the error stands
            }
            std::unique_ptr<yaml_event_t, decltype(&yaml_event_delete)> guard(&event, &yaml_event_delete);
            const bool starts = event.type == YAML_MAPPING_START_EVENT || event.type == YAML_SEQUENCE_START_EVENT;
            const bool ends = event.type == YAML_MAPPING_END_EVENT || event.type == YAML_SEQUENCE_END_EVENT;
            if (skipping > 0) {
                skipping += starts ? 1 : ends ? -1 : 0;
                continue;
            }
            if (event.type == YAML_STREAM_END_EVENT || (event.type == YAML_DOCUMENT_END_EVENT)) {
                return; // only the first document counts, as for parse()
            }
            if (!starts && !ends && event.type != YAML_SCALAR_EVENT && event.type != YAML_ALIAS_EVENT) {
                continue;
            }
            if (ends) {
                if (stack.empty()) {
                    return;
                }
                pointer.resize(stack.back().pointerLength);
                stack.pop_back();
                continue;
            }
            const SourceLocation where = toLocation(event.start_mark);
            // A mapping key: remember it; its value is the node that follows.
            if (!stack.empty() && stack.back().mapping && !stack.back().haveKey) {
                if (event.type == YAML_SCALAR_EVENT) {
                    const nlohmann::json key = resolveScalar(event);
                    m_key = key.is_string() ? key.get<std::string>() : key.dump();
                } else {
                    m_key.clear(); // complex keys: parse() rejects the document anyway
                    if (starts) {
                        skipping = 1;
                    }
                }
                stack.back().haveKey = true;
                stack.back().keyLocation = where;
                continue;
            }
            // A value: its pointer, and where it is said to start (a member at its key).
            const std::size_t parentLength = pointer.size();
            SourceLocation at = where;
            if (!stack.empty()) {
                Frame &top = stack.back();
                pointer += '/';
                if (top.mapping) {
                    pointer += escapePointerToken(m_key);
                    at = top.keyLocation;
                    top.haveKey = false;
                } else {
                    pointer += std::to_string(top.index++);
                }
            }
            if (wanted.count(pointer) != 0) {
                found.emplace(pointer, at);
            }
            if (starts && wanted.count(pointer) != 0) {
                stack.push_back({ event.type == YAML_MAPPING_START_EVENT, false, 0, parentLength, {} });
                continue; // descend: the pointer stays that of the new container
            }
            pointer.resize(parentLength);
            if (starts) {
                skipping = 1;
            }
        }
    }

private:
    yaml_parser_t m_parser;
    std::string m_key;
};

} // namespace

std::string escapePointerToken(std::string_view token)
{
    std::string escaped;
    escaped.reserve(token.size());
    for (char c : token) {
        if (c == '~') {
            escaped += "~0";
        } else if (c == '/') {
            escaped += "~1";
        } else {
            escaped += c;
        }
    }
    return escaped;
}

YamlReader::YamlReader(ParseLimits limits)
    : m_limits(limits)
{ }

bool YamlReader::parse(std::string_view text, nlohmann::json &out, ParseError &error) const
{
    try {
        Parser parser(text, m_limits);
        return parser.run(out, error);
    } catch (const std::bad_alloc &) {
        error.message = QCoreApplication::translate("tessera::YamlReader", "Out of memory while reading the document");
        error.location = {};
        return false;
    }
}

std::vector<SourceLocation> YamlReader::locate(std::string_view text, const std::vector<std::string> &pointers) const
{
    std::unordered_set<std::string> wanted; // every pointer asked for and each of its parents
    for (const std::string &pointer : pointers) {
        for (std::string p = pointer;; p.resize(p.rfind('/'))) {
            if (!wanted.insert(p).second || p.empty()) {
                break;
            }
        }
    }
    wanted.insert({});
    std::unordered_map<std::string, SourceLocation> found;
    try {
        Locator(text).run(wanted, found);
    } catch (const std::bad_alloc &) {
        found.clear();
    }
    // A pointer that names nothing is placed at its nearest existing parent.
    std::vector<SourceLocation> out;
    out.reserve(pointers.size());
    for (const std::string &pointer : pointers) {
        SourceLocation location;
        for (std::string p = pointer;; p.resize(p.rfind('/'))) {
            if (const auto it = found.find(p); it != found.end()) {
                location = it->second;
                break;
            }
            if (p.empty()) {
                break;
            }
        }
        out.push_back(location);
    }
    return out;
}

bool YamlReader::hasComments(std::string_view text) const
{
    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char *>(text.data()), text.size());
    // Byte ranges of scalars: a '#' inside one is text, not a comment.
    std::vector<std::pair<std::size_t, std::size_t>> scalars;
    bool ok = true;
    for (bool done = false; !done;) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            ok = false;
            break;
        }
        if (event.type == YAML_SCALAR_EVENT) {
            scalars.emplace_back(event.start_mark.index, event.end_mark.index);
        }
        done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
    }
    yaml_parser_delete(&parser);
    if (!ok) {
        return false;
    }
    // libyaml counts marks in characters, not bytes; walk the text as UTF-8 characters to match.
    std::size_t next = 0;
    std::size_t character = 0;
    char previous = '\n';
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if ((byte & 0xC0) == 0x80) {
            continue; // continuation byte
        }
        while (next < scalars.size() && scalars[next].second <= character) {
            ++next;
        }
        const bool inScalar
            = next < scalars.size() && scalars[next].first <= character && character < scalars[next].second;
        if (text[i] == '#' && !inScalar
            && (previous == ' ' || previous == '\t' || previous == '\n' || previous == '\r')) {
            return true;
        }
        previous = text[i];
        ++character;
    }
    return false;
}

} // namespace tessera
