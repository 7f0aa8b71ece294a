// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "contract/schemavalidator.h"

#include "contract/compiledschema.h"
#include "contract/quickverdict.h"
#include "contract/unevaluatedproperties.h"

#include <QCoreApplication>
#include <QFile>

#define VALIJSON_USE_EXCEPTIONS 1
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <set>
#include <shared_mutex>
#include <unordered_map>
#include <unordered_set>

namespace tessera {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::SchemaValidator)
};

// Absolute, so valijson takes it as a remote document (and never runs its URN regex on it).
constexpr const char *kRootUri = "tessera://schema/root.json";

/** Rewrites 2019-09 idioms valijson's draft 7 parser would read differently. */
void adapt(nlohmann::json &node)
{
    if (node.is_array()) {
        for (auto &element : node) {
            adapt(element);
        }
        return;
    }
    if (!node.is_object()) {
        return;
    }
    for (auto it = node.begin(); it != node.end(); ++it) {
        // Keyword values that hold schemas; "properties", "$defs" etc. hold maps of schemas, handled alike.
        if (it.key() != "const" && it.key() != "enum" && it.key() != "examples" && it.key() != "default") {
            adapt(it.value());
        }
    }
    // Counts written as 2.0 are integers to JSON Schema; valijson wants them as such.
    for (const char *count : { "minItems", "maxItems", "minLength", "maxLength", "minProperties", "maxProperties" }) {
        if (const auto it = node.find(count); it != node.end() && it->is_number_float()) {
            const double value = it->get<double>();
            if (value >= 0 && value == std::floor(value)) {
                *it = static_cast<std::uint64_t>(value);
            }
        }
    }
    // `format` is an annotation in 2019-09 unless a vocabulary asks otherwise.
    if (const auto format = node.find("format"); format != node.end() && format->is_string()) {
        node.erase(format);
    }
    // In draft 7 `$ref` hides its siblings; in 2019-09 both apply. allOf keeps the 2019-09 meaning.
    if (const auto ref = node.find("$ref"); ref != node.end() && node.size() > 1) {
        nlohmann::json wrapped = nlohmann::json::object();
        wrapped["$ref"] = *ref;
        node.erase("$ref");
        if (const auto all = node.find("allOf"); all != node.end() && all->is_array()) {
            all->push_back(std::move(wrapped));
        } else {
            node["allOf"] = nlohmann::json::array({ std::move(wrapped) });
        }
    }
}

/** True when a float with an integral value (1.0) occurs: JSON Schema counts it as an integer, valijson does not. */
bool hasIntegralFloat(const nlohmann::json &value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::number_float: {
        const double d = value.get<double>();
        return std::isfinite(d) && d == std::floor(d) && std::abs(d) < 9e15;
    }
    case nlohmann::json::value_t::object:
    case nlohmann::json::value_t::array:
        return std::any_of(value.begin(), value.end(), [](const nlohmann::json &v) { return hasIntegralFloat(v); });
    default:
        return false;
    }
}

void integralFloatsToIntegers(nlohmann::json &value)
{
    if (value.is_number_float()) {
        const double d = value.get<double>();
        if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 9e15) {
            value = static_cast<std::int64_t>(d);
        }
    } else if (value.is_structured()) {
        for (auto &child : value) {
            integralFloatsToIntegers(child);
        }
    }
}

/** The instance as JSON Schema sees its numbers; copies only where a float needs to become an integer. */
const nlohmann::json &normalized(const nlohmann::json &instance, nlohmann::json &storage)
{
    if (!hasIntegralFloat(instance)) {
        return instance;
    }
    storage = instance;
    integralFloatsToIntegers(storage);
    return storage;
}

/** Every property name the schema defines anywhere: the vocabulary for "did you mean". */
void collectVocabulary(const nlohmann::json &node, std::set<std::string> &out)
{
    if (node.is_object()) {
        if (const auto props = node.find("properties"); props != node.end() && props->is_object()) {
            for (auto it = props->begin(); it != props->end(); ++it) {
                out.insert(it.key());
            }
        }
        for (const auto &child : node) {
            collectVocabulary(child, out);
        }
    } else if (node.is_array()) {
        for (const auto &child : node) {
            collectVocabulary(child, out);
        }
    }
}

/** "<root>", "[schema]", "[0]" → "/schema/0" */
std::string pointerFromContext(const std::vector<std::string> &context)
{
    std::string pointer;
    for (const auto &part : context) {
        if (part.size() >= 2 && part.front() == '[' && part.back() == ']') {
            std::string token = part.substr(1, part.size() - 2);
            if (token.size() >= 2 && token.front() == '"' && token.back() == '"') {
                token = token.substr(1, token.size() - 2);
            }
            pointer += '/';
            for (char c : token) {
                pointer += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
            }
        }
    }
    return pointer;
}

std::string escapeToken(const std::string &token)
{
    std::string out;
    for (char c : token) {
        out += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
    }
    return out;
}

/** Edit distance, for "did you mean" on misspelt keys. */
int distance(const std::string &a, const std::string &b)
{
    std::vector<int> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) {
        row[j] = static_cast<int>(j);
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        int previous = row[0];
        row[0] = static_cast<int>(i);
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const int current = row[j];
            const int cost = std::tolower(static_cast<unsigned char>(a[i - 1]))
                    == std::tolower(static_cast<unsigned char>(b[j - 1]))
                ? 0
                : 1;
            row[j] = std::min({ row[j] + 1, row[j - 1] + 1, previous + cost });
            previous = current;
        }
    }
    return row[b.size()];
}

/** A short description of a value for messages: `the number 1.2`, `the text "abc"`, `a list`. */
QString describeValue(const nlohmann::json *value)
{
    if (!value) {
        return Tr::tr("a value");
    }
    const auto excerpt = [](std::string text) {
        if (text.size() > 40) {
            text = text.substr(0, 37) + "...";
        }
        return QString::fromStdString(text);
    };
    switch (value->type()) {
    case nlohmann::json::value_t::string:
        return Tr::tr("the text \"%1\"").arg(excerpt(value->get<std::string>()));
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float:
        return Tr::tr("the number %1").arg(excerpt(value->dump()));
    case nlohmann::json::value_t::boolean:
        return Tr::tr("the value %1").arg(excerpt(value->dump()));
    case nlohmann::json::value_t::null:
        return Tr::tr("an empty value (null)");
    case nlohmann::json::value_t::object:
        return Tr::tr("a mapping");
    case nlohmann::json::value_t::array:
        return Tr::tr("a list");
    default:
        return Tr::tr("a value");
    }
}

/** "Unknown property", with a "did you mean" from the names allowed here, else from the whole standard. */
QString unknownPropertyMessage(
    const std::string &property, const std::vector<std::string> &known, const std::set<std::string> &vocabulary)
{
    QString message
        = Tr::tr("Unknown property \"%1\": the standard does not define it here").arg(QString::fromStdString(property));
    // Prefer names allowed at this very place; else any name the standard uses.
    std::string best;
    int bestDistance = 3;
    for (const auto *candidates : { &known, static_cast<const std::vector<std::string> *>(nullptr) }) {
        if (candidates) {
            for (const auto &candidate : *candidates) {
                if (const int dist = distance(property, candidate); dist < bestDistance) {
                    bestDistance = dist;
                    best = candidate;
                }
            }
        } else if (best.empty()) {
            for (const auto &candidate : vocabulary) {
                if (const int dist = distance(property, candidate); dist < bestDistance) {
                    bestDistance = dist;
                    best = candidate;
                }
            }
        }
    }
    if (best == property) {
        message += QLatin1Char(' ') + Tr::tr("(the standard uses it elsewhere, not at this place)");
    } else if (!best.empty()) {
        message += QLatin1Char(' ') + Tr::tr("(did you mean \"%1\"?)").arg(QString::fromStdString(best));
    } else {
        message += QLatin1Char(' ') + Tr::tr("(custom fields belong in customProperties)");
    }
    return message;
}

/** valijson's English messages, as translatable sentences that name the value; others pass through. */
QString friendlyMessage(const std::string &text, const nlohmann::json *value)
{
    static const std::string missing = "Missing required property '";
    if (text.rfind(missing, 0) == 0 && text.size() > missing.size() + 2) {
        return Tr::tr("Missing required property \"%1\"")
            .arg(QString::fromStdString(text.substr(missing.size(), text.size() - missing.size() - 2)));
    }
    if (text == "Value type not permitted by 'type' constraint.") {
        return Tr::tr("Wrong type: found %1").arg(describeValue(value));
    }
    if (text == "Failed to match against any enum values.") {
        return Tr::tr("%1 is not one of the allowed values").arg(describeValue(value));
    }
    if (text == "Failed to match expected value set by 'const' constraint.") {
        return Tr::tr("%1 is not the value required here").arg(describeValue(value));
    }
    if (text == "Failed to match regex specified by 'pattern' constraint.") {
        return Tr::tr("%1 does not have the required form").arg(describeValue(value));
    }
    return QString::fromStdString(text);
}

const nlohmann::json *valueAt(const nlohmann::json &document, const std::string &pointer)
{
    try {
        return &document.at(nlohmann::json::json_pointer(pointer));
    } catch (const nlohmann::json::exception &) {
        return nullptr;
    }
}

/** A text for a value of the schema ("text", 5, ["a", "b"]), short enough for a message. */
QString schemaText(const nlohmann::json &value)
{
    std::string text = value.is_string() ? value.get<std::string>() : value.dump();
    if (text.size() > 80) {
        text = text.substr(0, 77) + "...";
    }
    return QString::fromStdString(text);
}

QString joined(const std::vector<std::string> &names)
{
    QStringList out;
    for (const auto &name : names) {
        out << QString::fromStdString(name);
    }
    return out.join(QStringLiteral(", "));
}

/** The compiled schema's reason, as a translated sentence that names the value. */
SchemaValidator::Error explain(
    const CompiledSchema::Error &e, const nlohmann::json &document, const std::set<std::string> &vocabulary)
{
    const nlohmann::json *value = valueAt(document, e.instancePointer);
    const QString property = QString::fromStdString(e.property);
    const QString bound = e.schemaValue ? schemaText(*e.schemaValue) : QString();
    const auto make = [&](QString message) {
        if (!message.isEmpty()) {
            message[0] = message[0].toUpper(); // "the text ..." opens a sentence
        }
        return SchemaValidator::Error { e.instancePointer, std::move(message), QStringLiteral("schema") };
    };
    const std::string &k = e.keyword;
    if (k == "unevaluatedProperties" || k == "additionalProperties") {
        return { e.instancePointer, unknownPropertyMessage(e.property, e.names, vocabulary),
            QStringLiteral("schema-unknown-property") };
    }
    if (k == "required") {
        return make(Tr::tr("Missing required property \"%1\"").arg(property));
    }
    if ((k == "anyOf" || k == "oneOf") && !e.names.empty()) {
        return make(Tr::tr("Needs one of: %1").arg(joined(e.names)));
    }
    if (k == "type") {
        return make(Tr::tr("Wrong type: found %1, expected %2").arg(describeValue(value), joined(e.names)));
    }
    if (k == "enum") {
        const bool listable = e.schemaValue && e.schemaValue->is_array() && e.schemaValue->size() <= 12;
        if (listable) {
            QStringList allowed;
            for (const auto &v : *e.schemaValue) {
                allowed << schemaText(v);
            }
            return make(Tr::tr("%1 is not one of the allowed values: %2")
                            .arg(describeValue(value), allowed.join(QStringLiteral(", "))));
        }
        return make(Tr::tr("%1 is not one of the allowed values").arg(describeValue(value)));
    }
    if (k == "const") {
        return make(Tr::tr("%1 is not the value required here (%2)").arg(describeValue(value), bound));
    }
    if (k == "pattern") {
        return make(Tr::tr("%1 does not have the required form").arg(describeValue(value)));
    }
    if (k == "minimum") {
        return make(Tr::tr("%1 is below the minimum of %2").arg(describeValue(value), bound));
    }
    if (k == "maximum") {
        return make(Tr::tr("%1 is above the maximum of %2").arg(describeValue(value), bound));
    }
    if (k == "exclusiveMinimum") {
        return make(Tr::tr("%1 must be greater than %2").arg(describeValue(value), bound));
    }
    if (k == "exclusiveMaximum") {
        return make(Tr::tr("%1 must be less than %2").arg(describeValue(value), bound));
    }
    if (k == "multipleOf") {
        return make(Tr::tr("%1 is not a multiple of %2").arg(describeValue(value), bound));
    }
    if (k == "minLength") {
        return make(Tr::tr("%1 is too short").arg(describeValue(value)));
    }
    if (k == "maxLength") {
        return make(Tr::tr("%1 is too long").arg(describeValue(value)));
    }
    if (k == "minItems") {
        return make(Tr::tr("The list has too few items"));
    }
    if (k == "maxItems") {
        return make(Tr::tr("The list has too many items"));
    }
    if (k == "uniqueItems") {
        return make(Tr::tr("The list has the same item more than once"));
    }
    if (k == "contains") {
        return make(Tr::tr("The list has no item of the kind required here"));
    }
    if (k == "minProperties") {
        return make(Tr::tr("The mapping has too few entries"));
    }
    if (k == "maxProperties") {
        return make(Tr::tr("The mapping has too many entries"));
    }
    if (k == "dependentRequired") {
        return make(Tr::tr("Property \"%1\" is required when \"%2\" is present").arg(property, joined(e.names)));
    }
    if (k == "propertyNames") {
        return make(Tr::tr("The property name \"%1\" is not allowed").arg(property));
    }
    if (k == "false") {
        return property.isEmpty() ? make(Tr::tr("%1 is not allowed here").arg(describeValue(value)))
                                  : make(Tr::tr("Property \"%1\" is not allowed here").arg(property));
    }
    if (k == "not") {
        return make(Tr::tr("%1 is not allowed here").arg(describeValue(value)));
    }
    if (k == "oneOf-many") {
        return make(
            Tr::tr("%1 fits more than one of the alternatives, where exactly one must fit").arg(describeValue(value)));
    }
    if (k == "$ref") {
        return make(Tr::tr("The schema refers to itself without end here"));
    }
    return make(Tr::tr("Does not match the standard's \"%1\" rule here").arg(QString::fromStdString(k)));
}

/** JSON Pointer of every object node of a schema, keyed by the node's address. */
void indexPointers(const nlohmann::json &node, const std::string &pointer,
    std::unordered_map<const nlohmann::json *, std::string> &out)
{
    if (node.is_object()) {
        out.emplace(&node, pointer);
        for (auto it = node.begin(); it != node.end(); ++it) {
            indexPointers(it.value(), pointer + '/' + escapeToken(it.key()), out);
        }
    } else if (node.is_array()) {
        for (std::size_t i = 0; i < node.size(); ++i) {
            indexPointers(node[i], pointer + '/' + std::to_string(i), out);
        }
    }
}

} // namespace

struct SchemaValidator::Private
{
    nlohmann::json schema;
    std::set<std::string> vocabulary;
    std::unordered_map<const nlohmann::json *, std::string> pointers; // subschema → its JSON Pointer
    std::unordered_set<const nlohmann::json *> quick; // subschemas quickVerdict() decides without valijson
    valijson::Schema root;
    bool valid = false;
    QString error;

    mutable std::shared_mutex branchMutex;
    mutable std::unordered_map<const nlohmann::json *, std::unique_ptr<valijson::Schema>> branches;

    /** The valijson schema of a subschema of the root, parsed on first use and then shared by all threads. */
    const valijson::Schema *branch(const nlohmann::json &subschema) const
    {
        {
            std::shared_lock lock(branchMutex);
            if (const auto it = branches.find(&subschema); it != branches.end()) {
                return it->second.get();
            }
        }
        std::unique_lock lock(branchMutex);
        auto &slot = branches[&subschema];
        if (!slot) {
            const auto where = pointers.find(&subschema);
            if (where == pointers.end()) {
                return nullptr;
            }
            auto parsed = std::make_unique<valijson::Schema>();
            // A one-line schema that points into the root document, so every `#/$defs/...` inside the
            // branch still resolves against the root.
            const nlohmann::json entry = { { "$ref", std::string(kRootUri) + "#" + where->second } };
            valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
            try {
                parser.populateSchema(
                    valijson::adapters::NlohmannJsonAdapter(entry), *parsed,
                    [this](const std::string &uri) -> const nlohmann::json * {
                        return uri == kRootUri ? &schema : nullptr;
                    },
                    [](const nlohmann::json *) {});
            } catch (const std::exception &) {
                return nullptr;
            }
            slot = std::move(parsed);
        }
        return slot.get();
    }

    bool branchAccepts(const nlohmann::json &subschema, const nlohmann::json &instance) const
    {
        if (subschema.is_boolean()) {
            return subschema.get<bool>();
        }
        if (quick.count(&subschema) != 0) {
            return *quickVerdict(subschema, instance);
        }
        const valijson::Schema *s = branch(subschema);
        if (!s) {
            return false;
        }
        valijson::Validator validator(valijson::Validator::kStrongTypes);
        return validator.validate(*s, valijson::adapters::NlohmannJsonAdapter(instance), nullptr);
    }

    /** valijson's schema and the unevaluatedProperties pass, built on first use; false when valijson refuses the
     * schema. */
    bool loadValijson() const
    {
        std::call_once(valijsonOnce, [this] {
            auto *self = const_cast<Private *>(this);
            indexPointers(schema, {}, self->pointers);
            for (const auto &[node, pointer] : pointers) {
                if (hasQuickVerdict(*node)) {
                    self->quick.insert(node);
                }
            }
            self->pass = std::make_unique<UnevaluatedProperties>(
                schema, [self](const nlohmann::json &subschema, const nlohmann::json &value) {
                    return self->branchAccepts(subschema, value);
                });
            try {
                valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
                parser.populateSchema(valijson::adapters::NlohmannJsonAdapter(schema), self->root);
                self->valijsonLoaded = true;
            } catch (const std::exception &e) {
                self->valijsonError = Tr::tr("The JSON Schema cannot be used: %1").arg(QString::fromUtf8(e.what()));
            }
        });
        return valijsonLoaded;
    }
    mutable std::once_flag valijsonOnce;
    bool valijsonLoaded = false;
    QString valijsonError;

    std::unique_ptr<UnevaluatedProperties> pass; // compiled once; shared by every thread
    std::unique_ptr<CompiledSchema> compiled; // the fast verdict; null when the schema uses what it lacks

    std::vector<UnevaluatedProperties::Violation> unevaluated(const nlohmann::json &instance) const
    {
        return pass ? pass->check(instance) : std::vector<UnevaluatedProperties::Violation> {};
    }
};

SchemaValidator::SchemaValidator(const nlohmann::json &schema)
    : d(std::make_unique<Private>())
{
    d->schema = schema;
    adapt(d->schema);
    collectVocabulary(d->schema, d->vocabulary);
    auto compiled = std::make_unique<CompiledSchema>(d->schema);
    if (compiled->isComplete()) {
        // valijson is loaded only if a reference verdict is asked for (tests, benchmarks).
        d->compiled = std::move(compiled);
        d->valid = true;
        return;
    }
    d->valid = d->loadValijson();
    if (!d->valid) {
        d->error = d->valijsonError;
    }
}

SchemaValidator::~SchemaValidator() = default;

std::unique_ptr<SchemaValidator> SchemaValidator::fromResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return nullptr;
    }
    const QByteArray bytes = file.readAll();
    const auto schema = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (schema.is_discarded()) {
        return nullptr;
    }
    return std::make_unique<SchemaValidator>(schema);
}

bool SchemaValidator::isValid() const
{
    return d->valid;
}

QString SchemaValidator::errorString() const
{
    return d->error;
}

const nlohmann::json &SchemaValidator::adaptedSchema() const
{
    return d->schema;
}

bool SchemaValidator::accepts(const nlohmann::json &original) const
{
    if (!d->valid) {
        return false;
    }
    if (d->compiled) {
        return d->compiled->accepts(original);
    }
    return acceptsByValijsonAndPass(original);
}

bool SchemaValidator::acceptsByCompiledSchema(const nlohmann::json &instance) const
{
    return d->valid && d->compiled && d->compiled->accepts(instance);
}

bool SchemaValidator::usesCompiledSchema() const
{
    return d->compiled != nullptr;
}

bool SchemaValidator::acceptsByValijsonAndPass(const nlohmann::json &original) const
{
    if (!d->loadValijson()) {
        return false;
    }
    nlohmann::json storage;
    const nlohmann::json &instance = normalized(original, storage);
    valijson::Validator validator(valijson::Validator::kStrongTypes);
    if (!validator.validate(d->root, valijson::adapters::NlohmannJsonAdapter(instance), nullptr)) {
        return false;
    }
    return d->unevaluated(instance).empty();
}

bool SchemaValidator::acceptsByValijson(const nlohmann::json &original) const
{
    nlohmann::json storage;
    valijson::Validator validator(valijson::Validator::kStrongTypes);
    return d->loadValijson()
        && validator.validate(d->root, valijson::adapters::NlohmannJsonAdapter(normalized(original, storage)), nullptr);
}

bool SchemaValidator::acceptsByUnevaluatedPass(const nlohmann::json &original) const
{
    nlohmann::json storage;
    return d->loadValijson() && d->unevaluated(normalized(original, storage)).empty();
}

std::vector<SchemaValidator::Error> SchemaValidator::validate(const nlohmann::json &original) const
{
    std::vector<Error> errors;
    if (!d->valid) {
        errors.push_back({ {}, d->error, QStringLiteral("schema") });
        return errors;
    }
    if (d->compiled) {
        for (const CompiledSchema::Error &error : d->compiled->errors(original)) {
            errors.push_back(explain(error, original, d->vocabulary));
        }
        return errors;
    }
    nlohmann::json storage;
    const nlohmann::json &instance = normalized(original, storage);
    const auto unknownProperty = [this](const std::string &property, const std::vector<std::string> &known) {
        return unknownPropertyMessage(property, known, d->vocabulary);
    };
    static const std::string kAdditional
        = "Object contains a property that could not be validated using 'properties' or 'additionalProperties' "
          "constraints: '";
    valijson::Validator validator(valijson::Validator::kStrongTypes);
    const valijson::adapters::NlohmannJsonAdapter target(instance);
    if (!validator.validate(d->root, target, nullptr)) {
        valijson::ValidationResults results;
        validator.validate(d->root, target, &results);
        // valijson reports a failing branch and then every enclosing combinator ("Failed to validate
        // against child schema #2"). Keep the specific messages; keep a summary only where nothing
        // more specific was said at or below its path.
        std::vector<std::pair<std::string, std::string>> raw;
        valijson::ValidationResults::Error e;
        while (results.popError(e)) {
            raw.emplace_back(pointerFromContext(e.context), e.description);
        }
        const auto isSummary = [](const std::string &text) {
            return text.rfind("Failed to validate against", 0) == 0 || text.rfind("Failed to validate item", 0) == 0
                || text.rfind("Failed to validate value for property", 0) == 0;
        };
        std::vector<std::pair<std::string, std::string>> kept;
        for (const auto &[pointer, text] : raw) {
            if (isSummary(text)) {
                // (clang before 16 cannot capture a structured binding: the pointer goes in by name)
                const bool deeper = std::any_of(raw.begin(), raw.end(), [&, &at = pointer](const auto &other) {
                    return !isSummary(other.second) && other.first.rfind(at, 0) == 0;
                });
                if (deeper) {
                    continue;
                }
            }
            if (std::find(kept.begin(), kept.end(), std::make_pair(pointer, text)) == kept.end()) {
                kept.emplace_back(pointer, text);
            }
        }
        // Where anyOf/oneOf failed, the alternatives' "Missing required property" lines are one fact:
        // none of the alternatives is present.
        std::vector<std::string> combinatorFailures;
        for (const auto &[pointer, text] : raw) {
            if (text.rfind("Failed to validate against any ", 0) == 0
                || text.rfind("Failed to validate against exactly one", 0) == 0) {
                combinatorFailures.push_back(pointer);
            }
        }
        static const std::string kMissing = "Missing required property '";
        std::map<std::string, QStringList> alternatives;
        for (const auto &[pointer, text] : kept) {
            if (text.rfind(kMissing, 0) == 0
                && std::find(combinatorFailures.begin(), combinatorFailures.end(), pointer)
                    != combinatorFailures.end()) {
                alternatives[pointer] << QString::fromStdString(
                    text.substr(kMissing.size(), text.size() - kMissing.size() - 2));
            }
        }
        std::vector<std::string> saidAlternatives;
        for (const auto &[pointer, text] : kept) {
            // additionalProperties: false names the property in its text; point at it, as for unevaluatedProperties.
            if (text.rfind(kAdditional, 0) == 0 && text.size() > kAdditional.size() + 2) {
                const std::string property = text.substr(kAdditional.size(), text.size() - kAdditional.size() - 2);
                errors.push_back({ pointer + '/' + escapeToken(property), unknownProperty(property, {}),
                    QStringLiteral("schema-unknown-property") });
                continue;
            }
            if (const auto alt = alternatives.find(pointer);
                alt != alternatives.end() && alt->second.size() > 1 && text.rfind(kMissing, 0) == 0) {
                if (std::find(saidAlternatives.begin(), saidAlternatives.end(), pointer) == saidAlternatives.end()) {
                    errors.push_back({ pointer, Tr::tr("Needs one of: %1").arg(alt->second.join(QStringLiteral(", "))),
                        QStringLiteral("schema") });
                    saidAlternatives.push_back(pointer);
                }
                continue;
            }
            errors.push_back({ pointer, friendlyMessage(text, valueAt(instance, pointer)), QStringLiteral("schema") });
        }
    }
    for (const auto &violation : d->unevaluated(instance)) {
        using Kind = UnevaluatedProperties::Violation::Kind;
        switch (violation.kind) {
        case Kind::UnknownProperty:
            errors.push_back({ violation.instancePointer, unknownProperty(violation.property, violation.known),
                QStringLiteral("schema-unknown-property") });
            break;
        case Kind::InvalidValue:
            errors.push_back({ violation.instancePointer,
                Tr::tr("Property \"%1\" is not allowed here").arg(QString::fromStdString(violation.property)),
                QStringLiteral("schema") });
            break;
        case Kind::NoAlternative:
            errors.push_back({ violation.instancePointer,
                Tr::tr("No alternative of \"%1\" fits: each has properties it does not define")
                    .arg(QString::fromStdString(violation.property)),
                QStringLiteral("schema") });
            break;
        }
    }
    return errors;
}

} // namespace tessera
