// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "governance/policies.h"

#include "contract/breakingrules.h"
#include "contract/contractdiff.h"
#include "contract/sourcedocument.h"
#include "store/store.h"
#include "yaml/yamlreader.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <set>

namespace tessera {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::Policies)
};

const char *const kProductOwner = "product-owner";
const char *const kSlaAndSupport = "contract-sla-and-support";
const char *const kPersonalData = "personal-data-classified";
const char *const kBreakingMajor = "breaking-needs-major";
const char *const kNoDeprecatedInputs = "production-no-deprecated-inputs";
const char *const kPrimaryKey = "primary-key-quality";

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string idx(std::size_t i)
{
    return std::to_string(i);
}

nlohmann::json parseJson(const std::string &text)
{
    if (text.empty()) {
        return nlohmann::json::object();
    }
    auto value = nlohmann::json::parse(text, nullptr, false);
    return value.is_discarded() ? nlohmann::json::object() : value;
}

const nlohmann::json *member(const nlohmann::json &object, const char *key)
{
    if (!object.is_object()) {
        return nullptr;
    }
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

std::string stringMember(const nlohmann::json &object, const char *key)
{
    const auto *value = member(object, key);
    return value && value->is_string() ? value->get<std::string>() : std::string();
}

bool isTrue(const nlohmann::json &object, const char *key)
{
    const auto *value = member(object, key);
    return value && value->is_boolean() && value->get<bool>();
}

bool nonEmptyList(const nlohmann::json &object, const char *key)
{
    const auto *value = member(object, key);
    return value && value->is_array() && !value->empty();
}

bool isEmptyValue(const nlohmann::json &value)
{
    return value.is_null() || (value.is_string() && value.get<std::string>().empty())
        || ((value.is_array() || value.is_object()) && value.empty());
}

/** Follows a dotted field path; sets `pointer` to the JSON Pointer of the field (whether there or not). */
const nlohmann::json *resolveField(const nlohmann::json &object, const std::string &field, std::string &pointer)
{
    const nlohmann::json *node = &object;
    std::size_t start = 0;
    while (start <= field.size()) {
        const std::size_t dot = field.find('.', start);
        const std::string part = field.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
        pointer += '/' + escapePointerToken(part);
        if (node) {
            if (node->is_object()) {
                const auto it = node->find(part);
                node = it == node->end() ? nullptr : &*it;
            } else if (node->is_array() && !part.empty()
                && std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; })) {
                const std::size_t i = std::stoul(part);
                node = i < node->size() ? &(*node)[i] : nullptr;
            } else {
                node = nullptr;
            }
        }
        if (dot == std::string::npos) {
            break;
        }
        start = dot + 1;
    }
    return node;
}

QString jsonText(const nlohmann::json &value)
{
    if (value.is_string()) {
        return qs(value.get<std::string>());
    }
    return qs(value.dump());
}

/** Lower-case word parts of a name: "customerEmail_address" → customer, email, address. */
QStringList words(const QString &name)
{
    QStringList out;
    QString current;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (!c.isLetterOrNumber()) {
            if (!current.isEmpty()) {
                out << current;
                current.clear();
            }
            continue;
        }
        if (c.isUpper() && !current.isEmpty() && i > 0 && name.at(i - 1).isLower()) {
            out << current;
            current.clear();
        }
        current += c.toLower();
    }
    if (!current.isEmpty()) {
        out << current;
    }
    return out;
}

// ---- the store, read once -------------------------------------------------------------------------

struct ContractVersion
{
    std::string id, version, name, status, dataProduct, domain;
    bool present = true;
    nlohmann::json document;
};

struct ProductEntry
{
    std::int64_t rowId = 0;
    std::string id, name, status, owner, domain;
    nlohmann::json document;
    std::vector<PortRow> ports;
};

struct Mesh
{
    std::vector<ProductEntry> products; ///< by id
    std::map<std::string, std::vector<ContractVersion>> contracts; ///< id → versions, oldest first

    /** The highest version still present, or null. */
    const ContractVersion *current(const std::string &id) const
    {
        const auto it = contracts.find(id);
        if (it == contracts.end()) {
            return nullptr;
        }
        const ContractVersion *best = nullptr;
        for (const auto &v : it->second) {
            if (v.present) {
                best = &v;
            }
        }
        return best;
    }
    const ContractVersion *version(const std::string &id, const std::string &version) const
    {
        const auto it = contracts.find(id);
        if (it == contracts.end()) {
            return nullptr;
        }
        for (const auto &v : it->second) {
            if (v.version == version) {
                return &v;
            }
        }
        return nullptr;
    }
};

Mesh readMesh(Store &store)
{
    Mesh mesh;
    auto &db = store.connection();
    {
        auto st = db.prepare("SELECT p.id, p.external_id, p.name, coalesce(p.status, ''), coalesce(p.owner, ''), "
                             "coalesce(p.document, ''), coalesce(d.name, '') FROM products p LEFT JOIN domains d "
                             "ON d.id = p.domain_id ORDER BY p.external_id, p.id");
        while (st.next()) {
            ProductEntry p;
            p.rowId = st.integer(0);
            p.id = st.text(1);
            p.name = st.text(2);
            p.status = st.text(3);
            p.owner = st.text(4);
            p.document = parseJson(st.text(5));
            p.domain = st.text(6);
            mesh.products.push_back(std::move(p));
        }
    }
    for (auto &p : mesh.products) {
        auto st = db.prepare("SELECT direction, coalesce(name, ''), coalesce(version, ''), "
                             "coalesce(contract_external_id, ''), coalesce(type, '') FROM product_ports "
                             "WHERE product_id = ? ORDER BY id");
        st.bind(1, p.rowId);
        while (st.next()) {
            p.ports.push_back({ st.text(0), st.text(1), st.text(2), st.text(3), st.text(4) });
        }
    }
    auto st = db.prepare("SELECT c.external_id, c.version, coalesce(c.name, ''), coalesce(c.status, ''), "
                         "coalesce(c.data_product, ''), coalesce(d.name, ''), c.present, coalesce(c.document, '') "
                         "FROM contracts c LEFT JOIN domains d ON d.id = c.domain_id ORDER BY c.external_id, "
                         "c.present DESC, c.id");
    while (st.next()) {
        ContractVersion c { st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.integer(6) != 0,
            parseJson(st.text(7)) };
        auto &versions = mesh.contracts[c.id];
        // The same version from two sources counts once (the present one, as ordered).
        if (std::none_of(
                versions.begin(), versions.end(), [&c](const ContractVersion &v) { return v.version == c.version; })) {
            versions.push_back(std::move(c));
        }
    }
    for (auto &[id, versions] : mesh.contracts) {
        std::stable_sort(versions.begin(), versions.end(),
            [](const ContractVersion &a, const ContractVersion &b) { return versionLess(a.version, b.version); });
    }
    return mesh;
}

// ---- evaluation -----------------------------------------------------------------------------------

class Evaluator
{
public:
    Evaluator(const std::map<QString, PolicyInfo> &policies, std::vector<PolicyFinding> &out)
        : m_policies(policies)
        , m_out(out)
    { }

    bool enabled(const QString &id) const
    {
        const auto it = m_policies.find(id);
        return it != m_policies.end() && it->second.enabled;
    }

    void product(const QString &policy, const ProductEntry &p, std::string pointer, QString message)
    {
        PolicyFinding f;
        f.policyId = policy;
        f.severity = m_policies.at(policy).severity;
        f.subjectKind = QStringLiteral("product");
        f.subjectId = qs(p.id);
        f.subjectName = qs(p.name);
        f.domain = qs(p.domain);
        f.productId = qs(p.id);
        f.pointer = std::move(pointer);
        f.message = std::move(message);
        m_out.push_back(std::move(f));
    }

    void contract(const QString &policy, const ContractVersion &c, std::string pointer, QString message)
    {
        PolicyFinding f;
        f.policyId = policy;
        f.severity = m_policies.at(policy).severity;
        f.subjectKind = QStringLiteral("contract");
        f.subjectId = qs(c.id);
        f.subjectVersion = qs(c.version);
        f.subjectName = qs(c.name);
        f.domain = qs(c.domain);
        f.productId = qs(c.dataProduct);
        f.pointer = std::move(pointer);
        f.message = std::move(message);
        m_out.push_back(std::move(f));
    }

private:
    const std::map<QString, PolicyInfo> &m_policies;
    std::vector<PolicyFinding> &m_out;
};

void checkProductOwner(Evaluator &e, const ProductEntry &p)
{
    if (!p.owner.empty()) {
        return;
    }
    const auto *team = member(p.document, "team");
    if (team && !stringMember(*team, "name").empty()) {
        return;
    }
    e.product(QLatin1String(kProductOwner), p, team ? "/team/name" : "/team",
        Tr::tr("Product \"%1\" has no owner team").arg(qs(p.name.empty() ? p.id : p.name)));
}

bool isProduction(const std::string &status)
{
    const QString s = qs(status).toLower();
    return s == QLatin1String("active") || s == QLatin1String("production");
}

bool isDeprecated(const std::string &status)
{
    const QString s = qs(status).toLower();
    return s == QLatin1String("deprecated") || s == QLatin1String("retired");
}

void checkDeprecatedInputs(Evaluator &e, const ProductEntry &p, const Mesh &mesh)
{
    if (!isProduction(p.status)) {
        return;
    }
    for (const auto &port : p.ports) {
        if (port.direction != "input" || port.contractId.empty()) {
            continue;
        }
        // A port pinned to a version in the store uses that version; otherwise the contract's current one.
        const ContractVersion *used = port.version.empty() ? nullptr : mesh.version(port.contractId, port.version);
        if (!used) {
            used = mesh.current(port.contractId);
        }
        if (!used || !isDeprecated(used->status)) {
            continue;
        }
        std::string pointer = "/inputPorts";
        if (const auto *ports = member(p.document, "inputPorts"); ports && ports->is_array()) {
            for (std::size_t i = 0; i < ports->size(); ++i) {
                const auto &item = (*ports)[i];
                if (stringMember(item, "contractId") == port.contractId
                    && (port.version.empty() || stringMember(item, "version") == port.version)) {
                    pointer += '/' + idx(i);
                    break;
                }
            }
        }
        e.product(QLatin1String(kNoDeprecatedInputs), p, pointer,
            Tr::tr("Product \"%1\" is %2 but its input port \"%3\" uses contract %4 %5, which is %6")
                .arg(qs(p.name.empty() ? p.id : p.name), qs(p.status),
                    qs(port.name.empty() ? port.contractId : port.name), qs(used->id), qs(used->version),
                    qs(used->status)));
    }
}

void checkSlaAndSupport(Evaluator &e, const ContractVersion &c)
{
    if (!nonEmptyList(c.document, "slaProperties")) {
        e.contract(QLatin1String(kSlaAndSupport), c, "/slaProperties",
            Tr::tr("Contract \"%1\" promises no SLA (no slaProperties)").arg(qs(c.id)));
    }
    if (!nonEmptyList(c.document, "support")) {
        e.contract(QLatin1String(kSlaAndSupport), c, "/support",
            Tr::tr("Contract \"%1\" names no support channel").arg(qs(c.id)));
    }
}

/** Calls `visit(property, pointer, dotted name)` for every property of every schema object, nested ones too. */
template <typename Visit>
void forEachProperty(const nlohmann::json &properties, const std::string &pointer, const QString &prefix, Visit &visit)
{
    if (!properties.is_array()) {
        return;
    }
    for (std::size_t j = 0; j < properties.size(); ++j) {
        const auto &property = properties[j];
        if (!property.is_object()) {
            continue;
        }
        const std::string here = pointer + '/' + idx(j);
        const QString name = prefix + qs(stringMember(property, "name"));
        visit(property, here, name);
        if (const auto *nested = member(property, "properties")) {
            forEachProperty(*nested, here + "/properties", name + QLatin1Char('.'), visit);
        }
        if (const auto *items = member(property, "items")) {
            if (const auto *nested = member(*items, "properties")) {
                forEachProperty(*nested, here + "/items/properties", name + QLatin1Char('.'), visit);
            }
        }
    }
}

void checkPersonalData(Evaluator &e, const ContractVersion &c)
{
    const auto *schema = member(c.document, "schema");
    if (!schema || !schema->is_array()) {
        return;
    }
    auto visit = [&](const nlohmann::json &property, const std::string &pointer, const QString &name) {
        // A yes/no flag ("email_verified") is not personal data itself.
        if (stringMember(property, "logicalType") == "boolean") {
            return;
        }
        if (!PolicyEngine::suggestsPersonalData(qs(stringMember(property, "name")))) {
            return;
        }
        const auto *classification = member(property, "classification");
        if (classification && !isEmptyValue(*classification)) {
            return;
        }
        e.contract(QLatin1String(kPersonalData), c, pointer + "/classification",
            Tr::tr("Property \"%1\" looks like personal data but has no classification").arg(name));
    };
    for (std::size_t i = 0; i < schema->size(); ++i) {
        const auto &object = (*schema)[i];
        if (const auto *properties = member(object, "properties")) {
            forEachProperty(*properties, "/schema/" + idx(i) + "/properties",
                qs(stringMember(object, "name")) + QLatin1Char('.'), visit);
        }
    }
}

bool isOneOf(const std::string &value, std::initializer_list<const char *> names)
{
    return std::any_of(names.begin(), names.end(), [&value](const char *n) { return value == n; });
}

bool isUniquenessRule(const nlohmann::json &rule)
{
    return isOneOf(stringMember(rule, "metric"), { "duplicateValues" })
        || isOneOf(stringMember(rule, "rule"), { "duplicateCount", "duplicateValues", "unique" });
}

bool isZero(const nlohmann::json &rule, const char *key)
{
    const auto *value = member(rule, key);
    return value && value->is_number() && value->get<double>() == 0;
}

bool isNotNullRule(const nlohmann::json &rule)
{
    const std::string metric = stringMember(rule, "metric");
    if (isOneOf(metric, { "nullValues", "missingValues" })) {
        return isZero(rule, "mustBe") || isZero(rule, "mustBeLessOrEqualTo");
    }
    return isOneOf(stringMember(rule, "rule"), { "nullCheck", "notNull" });
}

void checkPrimaryKeys(Evaluator &e, const ContractVersion &c)
{
    const auto *schema = member(c.document, "schema");
    if (!schema || !schema->is_array()) {
        return;
    }
    for (std::size_t i = 0; i < schema->size(); ++i) {
        const auto &object = (*schema)[i];
        const auto *properties = member(object, "properties");
        if (!properties || !properties->is_array()) {
            continue;
        }
        const QString objectName = qs(stringMember(object, "name"));
        const std::string base = "/schema/" + idx(i) + "/properties/";
        std::set<std::string> key;
        std::optional<std::size_t> first;
        bool unique = false;
        for (std::size_t j = 0; j < properties->size(); ++j) {
            const auto &property = (*properties)[j];
            if (!isTrue(property, "primaryKey")) {
                continue;
            }
            key.insert(stringMember(property, "name"));
            if (!first) {
                first = j;
            }
            // Any unique key column makes the whole key unique.
            if (isTrue(property, "unique")) {
                unique = true;
            }
            if (const auto *quality = member(property, "quality"); quality && quality->is_array()) {
                unique |= std::any_of(quality->begin(), quality->end(), isUniquenessRule);
            }
            bool notNull = isTrue(property, "required");
            if (const auto *quality = member(property, "quality"); quality && quality->is_array()) {
                notNull |= std::any_of(quality->begin(), quality->end(), isNotNullRule);
            }
            if (!notNull) {
                e.contract(QLatin1String(kPrimaryKey), c, base + idx(j) + "/required",
                    Tr::tr("Primary key column \"%1.%2\" is neither required nor checked for null values")
                        .arg(objectName, qs(stringMember(property, "name"))));
            }
        }
        if (!first || unique) {
            continue;
        }
        // A schema-level uniqueness rule covers the key when the columns it names are all key columns.
        if (const auto *quality = member(object, "quality"); quality && quality->is_array()) {
            for (const auto &rule : *quality) {
                if (!isUniquenessRule(rule)) {
                    continue;
                }
                const auto *arguments = member(rule, "arguments");
                const auto *columns = arguments ? member(*arguments, "properties") : nullptr;
                if (!columns || !columns->is_array() || columns->empty()) {
                    unique |= key.size() == 1; // a table-wide rule without columns: only clear for one column
                    continue;
                }
                unique |= std::all_of(columns->begin(), columns->end(),
                    [&key](const nlohmann::json &col) { return col.is_string() && key.count(col.get<std::string>()); });
            }
        }
        if (!unique) {
            QStringList names;
            for (const auto &k : key) {
                names << qs(k);
            }
            e.contract(QLatin1String(kPrimaryKey), c, base + idx(*first) + "/quality",
                Tr::tr("Primary key of \"%1\" (%2) has no uniqueness quality rule")
                    .arg(objectName, names.join(QStringLiteral(", "))));
        }
    }
}

void checkBreaking(Evaluator &e, const std::vector<ContractVersion> &versions)
{
    for (std::size_t i = 1; i < versions.size(); ++i) {
        const auto &before = versions[i - 1];
        const auto &after = versions[i];
        if (!before.document.is_object() || !after.document.is_object()) {
            continue;
        }
        const BreakingReport report = BreakingRules::classify(
            ContractDiff::compare(before.document, after.document), before.document, after.document);
        if (!report.isBreaking() || !report.versionTooLow) {
            continue;
        }
        e.contract(QLatin1String(kBreakingMajor), after, "/version",
            Tr::tr("Contract \"%1\" %2 makes %n breaking change(s) since %3 but is not a new major version "
                   "(expected %4)",
                nullptr, report.errors)
                .arg(qs(after.id), qs(after.version), qs(before.version), qs(report.suggestedVersion)));
    }
}

QString scopeThing(PolicyRule::Scope scope, const ContractVersion &c, const QString &name)
{
    switch (scope) {
    case PolicyRule::Scope::Contract:
        return Tr::tr("Contract \"%1\"").arg(qs(c.id));
    case PolicyRule::Scope::Schema:
        return Tr::tr("Schema object \"%1\"").arg(name);
    case PolicyRule::Scope::Property:
        return Tr::tr("Property \"%1\"").arg(name);
    }
    return {};
}

QString failureText(const PolicyCondition &require, const nlohmann::json *value)
{
    const QString field = qs(require.field);
    const QString actual = value ? jsonText(*value) : Tr::tr("missing");
    switch (require.kind) {
    case PolicyCondition::Kind::Present:
        return require.present ? Tr::tr("%1 is missing").arg(field) : Tr::tr("%1 must not be set").arg(field);
    case PolicyCondition::Kind::Equals:
        return Tr::tr("%1 must be %2 (is %3)").arg(field, jsonText(require.value), actual);
    case PolicyCondition::Kind::In: {
        QStringList options;
        for (const auto &v : require.value) {
            options << jsonText(v);
        }
        return Tr::tr("%1 must be one of %2 (is %3)").arg(field, options.join(QStringLiteral(", ")), actual);
    }
    case PolicyCondition::Kind::Matches:
        return Tr::tr("%1 must match %2 (is %3)").arg(field, require.pattern, actual);
    }
    return {};
}

void checkRule(Evaluator &e, const PolicyRule &rule, const ContractVersion &c)
{
    auto apply = [&](const nlohmann::json &object, const std::string &pointer, const QString &name) {
        if (rule.when && !rule.when->holds(object)) {
            return;
        }
        if (rule.require.holds(object)) {
            return;
        }
        std::string fieldPointer = pointer;
        const auto *value = resolveField(object, rule.require.field, fieldPointer);
        e.contract(rule.id, c, fieldPointer,
            Tr::tr("%1: %2").arg(scopeThing(rule.on, c, name), failureText(rule.require, value)));
    };
    if (rule.on == PolicyRule::Scope::Contract) {
        apply(c.document, std::string(), qs(c.id));
        return;
    }
    const auto *schema = member(c.document, "schema");
    if (!schema || !schema->is_array()) {
        return;
    }
    for (std::size_t i = 0; i < schema->size(); ++i) {
        const auto &object = (*schema)[i];
        const std::string pointer = "/schema/" + idx(i);
        const QString name = qs(stringMember(object, "name"));
        if (rule.on == PolicyRule::Scope::Schema) {
            apply(object, pointer, name);
        } else if (const auto *properties = member(object, "properties")) {
            forEachProperty(*properties, pointer + "/properties", name + QLatin1Char('.'), apply);
        }
    }
}

} // namespace

// ---- conditions -----------------------------------------------------------------------------------

bool PolicyCondition::holds(const nlohmann::json &object) const
{
    std::string pointer;
    const nlohmann::json *value = resolveField(object, field, pointer);
    switch (kind) {
    case Kind::Present:
        return present == (value && !isEmptyValue(*value));
    case Kind::Equals:
        return value && *value == this->value;
    case Kind::In:
        return value && this->value.is_array()
            && std::find(this->value.begin(), this->value.end(), *value) != this->value.end();
    case Kind::Matches:
        return value && value->is_string() && regex.match(qs(value->get<std::string>())).hasMatch();
    }
    return false;
}

// ---- the policy file ------------------------------------------------------------------------------

std::optional<Severity> parseSeverity(const std::string &name)
{
    if (name == "error") {
        return Severity::Error;
    }
    if (name == "warning") {
        return Severity::Warning;
    }
    if (name == "info") {
        return Severity::Info;
    }
    return std::nullopt;
}

namespace {

class FileReader
{
public:
    FileReader(const SourceDocument &doc, Findings &errors)
        : m_doc(doc)
        , m_errors(errors)
    { }

    void error(const std::string &pointer, const QString &message)
    {
        m_errors.push_back({ QStringLiteral("policy-file"), Severity::Error, pointer, message, m_doc.locate(pointer) });
    }

    void unknownKeys(const nlohmann::json &object, const std::string &pointer,
        std::initializer_list<const char *> known, const QString &where)
    {
        for (const auto &[key, value] : object.items()) {
            if (std::none_of(known.begin(), known.end(), [&name = key](const char *k) { return name == k; })) {
                error(pointer + '/' + escapePointerToken(key), Tr::tr("unknown key \"%1\" in %2").arg(qs(key), where));
            }
        }
    }

    std::optional<Severity> severity(const nlohmann::json &value, const std::string &pointer)
    {
        const auto parsed = value.is_string() ? parseSeverity(value.get<std::string>()) : std::nullopt;
        if (!parsed) {
            error(pointer, Tr::tr("unknown severity %1 (use error, warning or info)").arg(jsonText(value)));
        }
        return parsed;
    }

    std::optional<PolicyCondition> condition(
        const nlohmann::json &value, const std::string &pointer, const QString &where)
    {
        if (!value.is_object()) {
            error(pointer,
                Tr::tr("%1 must be a mapping with field and one of present, equals, in or matches").arg(where));
            return std::nullopt;
        }
        unknownKeys(value, pointer, { "field", "present", "equals", "in", "matches" }, where);
        PolicyCondition c;
        bool ok = true;
        if (const auto *field = member(value, "field");
            field && field->is_string() && !field->get<std::string>().empty()) {
            c.field = field->get<std::string>();
        } else {
            error(field ? pointer + "/field" : pointer,
                Tr::tr("%1 needs a field (a dotted path, e.g. description.purpose)").arg(where));
            ok = false;
        }
        int kinds = 0;
        if (const auto *present = member(value, "present")) {
            ++kinds;
            c.kind = PolicyCondition::Kind::Present;
            if (present->is_boolean()) {
                c.present = present->get<bool>();
            } else {
                error(pointer + "/present", Tr::tr("present takes true or false"));
                ok = false;
            }
        }
        if (const auto *equals = member(value, "equals")) {
            ++kinds;
            c.kind = PolicyCondition::Kind::Equals;
            if (equals->is_primitive() && !equals->is_null()) {
                c.value = *equals;
            } else {
                error(pointer + "/equals", Tr::tr("equals takes a single value (text, number or true/false)"));
                ok = false;
            }
        }
        if (const auto *in = member(value, "in")) {
            ++kinds;
            c.kind = PolicyCondition::Kind::In;
            if (in->is_array() && !in->empty()
                && std::all_of(in->begin(), in->end(), [](const nlohmann::json &v) { return v.is_primitive(); })) {
                c.value = *in;
            } else {
                error(pointer + "/in", Tr::tr("in takes a list of values"));
                ok = false;
            }
        }
        if (const auto *matches = member(value, "matches")) {
            ++kinds;
            c.kind = PolicyCondition::Kind::Matches;
            if (!matches->is_string()) {
                error(pointer + "/matches", Tr::tr("matches takes a regular expression"));
                ok = false;
            } else {
                const QRegularExpression written(qs(matches->get<std::string>()));
                if (!written.isValid()) {
                    error(pointer + "/matches",
                        Tr::tr("bad regular expression \"%1\": %2").arg(written.pattern(), written.errorString()));
                    ok = false;
                } else {
                    // The whole value must match; the message shows the pattern as written.
                    c.pattern = written.pattern();
                    c.regex = QRegularExpression(QRegularExpression::anchoredPattern(written.pattern()));
                }
            }
        }
        if (kinds != 1) {
            error(pointer,
                kinds == 0 ? Tr::tr("%1 says none of present, equals, in or matches").arg(where)
                           : Tr::tr("%1 says more than one of present, equals, in or matches").arg(where));
            ok = false;
        }
        return ok ? std::optional(c) : std::nullopt;
    }

private:
    const SourceDocument &m_doc;
    Findings &m_errors;
};

} // namespace

PolicyConfig PolicyConfig::fromFile(const QString &path, Findings &errors)
{
    return fromDocument(SourceDocument::fromFile(path), errors);
}

PolicyConfig PolicyConfig::fromDocument(const SourceDocument &doc, Findings &errors)
{
    PolicyConfig config;
    if (!doc.isValid()) {
        errors.push_back({ QStringLiteral("policy-file"), Severity::Error, std::string(), doc.error().message,
            doc.error().location });
        return config;
    }
    FileReader r(doc, errors);
    const auto &root = doc.value();
    if (root.is_null()) {
        return config; // an empty file: the built-ins as they are
    }
    if (!root.is_object()) {
        r.error(std::string(), Tr::tr("a policy file is a mapping with policies and rules"));
        return config;
    }
    r.unknownKeys(root, std::string(), { "policies", "rules" }, Tr::tr("the policy file"));
    std::set<QString> builtInIds;
    for (const auto &p : PolicyEngine::builtIns()) {
        builtInIds.insert(p.id);
    }
    if (const auto *policies = member(root, "policies"); policies && !policies->is_null()) {
        if (!policies->is_object()) {
            r.error("/policies", Tr::tr("policies is a mapping of built-in policy ids"));
        } else {
            for (const auto &[key, value] : policies->items()) {
                const std::string pointer = "/policies/" + escapePointerToken(key);
                if (!builtInIds.count(qs(key))) {
                    r.error(pointer, Tr::tr("unknown policy \"%1\"").arg(qs(key)));
                    continue;
                }
                if (!value.is_object()) {
                    r.error(pointer, Tr::tr("policy \"%1\" takes a mapping with enabled and severity").arg(qs(key)));
                    continue;
                }
                r.unknownKeys(value, pointer, { "enabled", "severity" }, Tr::tr("policy \"%1\"").arg(qs(key)));
                Override o;
                if (const auto *enabled = member(value, "enabled")) {
                    if (enabled->is_boolean()) {
                        o.enabled = enabled->get<bool>();
                    } else {
                        r.error(pointer + "/enabled", Tr::tr("enabled takes true or false"));
                    }
                }
                if (const auto *severity = member(value, "severity")) {
                    o.severity = r.severity(*severity, pointer + "/severity");
                }
                config.overrides[qs(key)] = o;
            }
        }
    }
    if (const auto *rules = member(root, "rules"); rules && !rules->is_null()) {
        if (!rules->is_array()) {
            r.error("/rules", Tr::tr("rules is a list of custom rules"));
            return config;
        }
        std::set<QString> ids;
        for (std::size_t i = 0; i < rules->size(); ++i) {
            const auto &value = (*rules)[i];
            const std::string pointer = "/rules/" + idx(i);
            if (!value.is_object()) {
                r.error(pointer, Tr::tr("a rule is a mapping with id, on and require"));
                continue;
            }
            r.unknownKeys(
                value, pointer, { "id", "severity", "title", "rationale", "on", "when", "require" }, Tr::tr("a rule"));
            PolicyRule rule;
            bool ok = true;
            const std::string id = stringMember(value, "id");
            if (id.empty()) {
                r.error(member(value, "id") ? pointer + "/id" : pointer, Tr::tr("a rule needs an id"));
                ok = false;
            } else if (builtInIds.count(qs(id)) || !ids.insert(qs(id)).second) {
                r.error(pointer + "/id", Tr::tr("rule id \"%1\" is taken").arg(qs(id)));
                ok = false;
            }
            rule.id = qs(id);
            if (const auto *severity = member(value, "severity")) {
                if (const auto s = r.severity(*severity, pointer + "/severity")) {
                    rule.severity = *s;
                } else {
                    ok = false;
                }
            }
            for (const char *key : { "title", "rationale" }) {
                if (const auto *text = member(value, key); text && !text->is_string()) {
                    r.error(pointer + '/' + key, Tr::tr("%1 takes text").arg(QLatin1String(key)));
                    ok = false;
                }
            }
            rule.title = qs(stringMember(value, "title"));
            rule.rationale = qs(stringMember(value, "rationale"));
            if (const auto *on = member(value, "on")) {
                const std::string scope = on->is_string() ? on->get<std::string>() : std::string();
                if (scope == "contract") {
                    rule.on = PolicyRule::Scope::Contract;
                } else if (scope == "schema") {
                    rule.on = PolicyRule::Scope::Schema;
                } else if (scope == "property") {
                    rule.on = PolicyRule::Scope::Property;
                } else {
                    r.error(
                        pointer + "/on", Tr::tr("on takes contract, schema or property, not %1").arg(jsonText(*on)));
                    ok = false;
                }
            }
            if (const auto *when = member(value, "when")) {
                rule.when = r.condition(*when, pointer + "/when", Tr::tr("when"));
                ok &= rule.when.has_value();
            }
            if (const auto *require = member(value, "require")) {
                if (auto c = r.condition(*require, pointer + "/require", Tr::tr("require"))) {
                    rule.require = std::move(*c);
                } else {
                    ok = false;
                }
            } else {
                r.error(pointer, Tr::tr("rule \"%1\" has no require").arg(qs(id)));
                ok = false;
            }
            if (ok) {
                config.rules.push_back(std::move(rule));
            }
        }
    }
    return config;
}

// ---- the engine -----------------------------------------------------------------------------------

std::vector<PolicyInfo> PolicyEngine::builtIns()
{
    return {
        { QLatin1String(kProductOwner), Severity::Error, Tr::tr("Every product has an owner team"),
            Tr::tr("A product nobody owns has nobody to answer questions, fix incidents or approve access.") },
        { QLatin1String(kSlaAndSupport), Severity::Error, Tr::tr("Every contract has an SLA and a support channel"),
            Tr::tr("Consumers need to know what they can rely on and where to ask when it does not hold.") },
        { QLatin1String(kPersonalData), Severity::Error, Tr::tr("Personal data is classified"),
            Tr::tr("Columns whose names suggest personal data (email, phone, a person's name, address, birth "
                   "date, IBAN, IP address) need a classification so access and retention rules apply.") },
        { QLatin1String(kBreakingMajor), Severity::Error, Tr::tr("A breaking change comes with a major version"),
            Tr::tr("Consumers pin major versions; a breaking change in a minor or patch release breaks them "
                   "without warning.") },
        { QLatin1String(kNoDeprecatedInputs), Severity::Warning,
            Tr::tr("Production products do not depend on deprecated or retired contracts"),
            Tr::tr("A deprecated input goes away: the product must move to its successor before it does.") },
        { QLatin1String(kPrimaryKey), Severity::Warning, Tr::tr("Primary keys are checked for uniqueness and nulls"),
            Tr::tr("Joins and deduplication downstream rely on keys being unique and never empty; a quality rule "
                   "makes that promise checked.") },
    };
}

PolicyEngine::PolicyEngine(PolicyConfig config)
    : m_config(std::move(config))
{ }

std::vector<PolicyInfo> PolicyEngine::policies() const
{
    std::vector<PolicyInfo> out = builtIns();
    for (auto &p : out) {
        if (const auto it = m_config.overrides.find(p.id); it != m_config.overrides.end()) {
            p.enabled = it->second.enabled.value_or(true);
            p.severity = it->second.severity.value_or(p.severity);
        }
    }
    for (const auto &rule : m_config.rules) {
        out.push_back(
            { rule.id, rule.severity, rule.title.isEmpty() ? rule.id : rule.title, rule.rationale, false, true });
    }
    return out;
}

bool PolicyEngine::suggestsPersonalData(const QString &propertyName)
{
    const QStringList w = words(propertyName);
    if (w.isEmpty()) {
        return false;
    }
    // Identifiers, counts and kinds of a thing are not the thing ("address_id", "email_type").
    static const QStringList notTheThing { QStringLiteral("id"), QStringLiteral("ids"), QStringLiteral("count"),
        QStringLiteral("type"), QStringLiteral("label") };
    if (notTheThing.contains(w.last())) {
        return false;
    }
    static const QStringList single { QStringLiteral("email"), QStringLiteral("mail"), QStringLiteral("phone"),
        QStringLiteral("mobile"), QStringLiteral("telephone"), QStringLiteral("msisdn"), QStringLiteral("surname"),
        QStringLiteral("firstname"), QStringLiteral("lastname"), QStringLiteral("fullname"), QStringLiteral("address"),
        QStringLiteral("street"), QStringLiteral("postcode"), QStringLiteral("zip"), QStringLiteral("zipcode"),
        QStringLiteral("birthday"), QStringLiteral("birthdate"), QStringLiteral("birth"), QStringLiteral("dob"),
        QStringLiteral("iban"), QStringLiteral("ip"), QStringLiteral("ipaddress"), QStringLiteral("emailaddress"),
        QStringLiteral("phonenumber") };
    for (const QString &word : w) {
        if (single.contains(word)) {
            return true;
        }
    }
    // A person's name: "<person word> name" ("first_name", "customer_name"); not "product_name" or "zone_name".
    static const QStringList person { QStringLiteral("first"), QStringLiteral("last"), QStringLiteral("full"),
        QStringLiteral("given"), QStringLiteral("family"), QStringLiteral("middle"), QStringLiteral("maiden"),
        QStringLiteral("customer"), QStringLiteral("applicant"), QStringLiteral("contact"), QStringLiteral("user"),
        QStringLiteral("person"), QStringLiteral("recipient"), QStringLiteral("rider"), QStringLiteral("driver"),
        QStringLiteral("employee"), QStringLiteral("holder"), QStringLiteral("cardholder"), QStringLiteral("member"),
        QStringLiteral("sender"), QStringLiteral("patient"), QStringLiteral("guest") };
    for (qsizetype i = 1; i < w.size(); ++i) {
        if (w.at(i) == QLatin1String("name") && person.contains(w.at(i - 1))) {
            return true;
        }
    }
    // "postal_code", "house_number"
    for (qsizetype i = 1; i < w.size(); ++i) {
        if ((w.at(i - 1) == QLatin1String("postal") && w.at(i) == QLatin1String("code"))
            || (w.at(i - 1) == QLatin1String("house") && w.at(i) == QLatin1String("number"))) {
            return true;
        }
    }
    return false;
}

std::vector<PolicyFinding> PolicyEngine::evaluate(Store &store) const
{
    std::map<QString, PolicyInfo> byId;
    for (const auto &p : policies()) {
        byId.emplace(p.id, p);
    }
    std::vector<PolicyFinding> out;
    Evaluator e(byId, out);
    const Mesh mesh = readMesh(store);

    for (const auto &p : mesh.products) {
        if (e.enabled(QLatin1String(kProductOwner))) {
            checkProductOwner(e, p);
        }
        if (e.enabled(QLatin1String(kNoDeprecatedInputs))) {
            checkDeprecatedInputs(e, p, mesh);
        }
    }
    for (const auto &[id, versions] : mesh.contracts) {
        const ContractVersion *current = mesh.current(id);
        if (current) {
            if (e.enabled(QLatin1String(kSlaAndSupport))) {
                checkSlaAndSupport(e, *current);
            }
            if (e.enabled(QLatin1String(kPersonalData))) {
                checkPersonalData(e, *current);
            }
            if (e.enabled(QLatin1String(kPrimaryKey))) {
                checkPrimaryKeys(e, *current);
            }
        }
        if (e.enabled(QLatin1String(kBreakingMajor))) {
            checkBreaking(e, versions);
        }
        if (current) {
            for (const auto &rule : m_config.rules) {
                checkRule(e, rule, *current);
            }
        }
    }
    return out;
}

QString policySubjectText(const PolicyFinding &finding)
{
    if (finding.subjectKind == QLatin1String("contract")) {
        return Tr::tr("contract %1 %2").arg(finding.subjectId, finding.subjectVersion);
    }
    return Tr::tr("product %1").arg(finding.subjectId);
}

} // namespace tessera
