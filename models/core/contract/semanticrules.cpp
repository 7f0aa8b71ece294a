// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "contract/semanticrules.h"

#include "yaml/yamlreader.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <map>
#include <set>

namespace tessera {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::SemanticRules)
};

using namespace odcs;

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string child(const std::string &pointer, const std::string &token)
{
    return pointer + '/' + escapePointerToken(token);
}

std::string child(const std::string &pointer, std::size_t index)
{
    return pointer + '/' + std::to_string(index);
}

/** Time units ODCS SLAs use, in their usual spellings. */
bool isTimeUnit(const std::string &unit)
{
    static const std::set<std::string> units = { "ms", "millisecond", "milliseconds", "s", "sec", "second", "seconds",
        "m", "min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour", "hours", "d", "day", "days", "w", "wk",
        "week", "weeks", "mo", "month", "months", "y", "yr", "yrs", "year", "years" };
    std::string lower = unit;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    return units.count(lower) != 0;
}

bool isPercentUnit(const std::string &unit)
{
    return unit == "%" || unit == "percent" || unit == "percentage";
}

/** SLA properties whose value is a duration with a time unit. */
bool isDurationProperty(const std::string &property)
{
    static const std::set<std::string> names = { "latency", "retention", "frequency", "timeToDetect", "timeToNotify",
        "timeToRepair", "timetodetect", "timetonotify", "timetorepair" };
    return names.count(property) != 0;
}

class Checker
{
public:
    explicit Checker(const DataContract &c)
        : m_contract(c)
    { }

    Findings run()
    {
        checkVersion();
        checkSchema();
        checkSla();
        checkTeam();
        checkServers();
        return std::move(m_findings);
    }

private:
    void add(const char *rule, Severity severity, std::string path, QString message)
    {
        m_findings.push_back({ QString::fromLatin1(rule), severity, std::move(path), std::move(message), {} });
    }

    void checkVersion()
    {
        if (!m_contract.version) {
            return;
        }
        static const QRegularExpression semver(QStringLiteral(
            "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)"
            "(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$"));
        if (!semver.match(q(*m_contract.version)).hasMatch()) {
            add("version-semver", Severity::Warning, "/version",
                Tr::tr("Version \"%1\" is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.2.0)")
                    .arg(q(*m_contract.version)));
        }
    }

    void checkSchema()
    {
        if (!m_contract.schema) {
            return;
        }
        const auto &objects = *m_contract.schema;
        std::map<std::string, std::size_t> seen;
        for (std::size_t i = 0; i < objects.size(); ++i) {
            const SchemaObject &object = objects[i];
            const std::string path = child("/schema", i);
            if (object.name) {
                if (const auto [it, inserted] = seen.emplace(*object.name, i); !inserted) {
                    add("duplicate-schema-name", Severity::Error, child(path, "name"),
                        Tr::tr("Schema object \"%1\" is defined twice (first at schema[%2])")
                            .arg(q(*object.name))
                            .arg(it->second));
                }
            }
            if (object.properties) {
                checkProperties(*object.properties, child(path, "properties"), object.name.value_or(std::string()));
            }
            checkQuality(object.quality, child(path, "quality"));
            checkRelationships(object.relationships, child(path, "relationships"), {});
        }
    }

    void checkProperties(
        const std::vector<SchemaProperty> &properties, const std::string &path, const std::string &owner)
    {
        std::map<std::string, std::size_t> names;
        std::map<std::int64_t, std::size_t> positions;
        for (std::size_t i = 0; i < properties.size(); ++i) {
            const SchemaProperty &p = properties[i];
            const std::string at = child(path, i);
            if (p.name) {
                if (const auto [it, inserted] = names.emplace(*p.name, i); !inserted) {
                    add("duplicate-property-name", Severity::Error, child(at, "name"),
                        Tr::tr("Property \"%1\" appears twice in \"%2\"").arg(q(*p.name), q(owner)));
                }
            }
            if (p.primaryKeyPosition && *p.primaryKeyPosition >= 0) {
                if (const auto [it, inserted] = positions.emplace(*p.primaryKeyPosition, i); !inserted) {
                    add("primary-key-position-duplicate", Severity::Error, child(at, "primaryKeyPosition"),
                        Tr::tr("Primary key position %1 is used twice in \"%2\"")
                            .arg(*p.primaryKeyPosition)
                            .arg(q(owner)));
                }
            }
            checkQuality(p.quality, child(at, "quality"));
            checkRelationships(p.relationships, child(at, "relationships"), p.name.value_or(std::string()));
            if (p.properties) {
                checkProperties(*p.properties, child(at, "properties"), owner + '.' + p.name.value_or("?"));
            }
            if (!p.items.empty() && p.items.front().properties) {
                checkProperties(*p.items.front().properties, child(child(at, "items"), "properties"),
                    owner + '.' + p.name.value_or("?") + "[]");
            }
        }
        // Positions of a composite key count 1, 2, 3, ... (-1 means "not part of the key").
        std::int64_t expected = 1;
        for (const auto &[position, index] : positions) {
            if (position < 1) {
                continue;
            }
            if (position != expected) {
                add("primary-key-position-gap", Severity::Warning, child(child(path, index), "primaryKeyPosition"),
                    Tr::tr("Primary key positions in \"%1\" skip from %2 to %3")
                        .arg(q(owner))
                        .arg(expected - 1)
                        .arg(position));
                break;
            }
            ++expected;
        }
    }

    void checkQuality(const QualityRules &rules, const std::string &path)
    {
        if (!rules) {
            return;
        }
        for (std::size_t i = 0; i < rules->size(); ++i) {
            const QualityRule &rule = (*rules)[i];
            const std::string type = rule.type.value_or("library");
            // Library metrics and SQL queries compare their result with exactly one operator.
            if (type != "library" && type != "sql") {
                continue;
            }
            const std::size_t count = rule.operators.size();
            if (count == 1) {
                continue;
            }
            const QString name = q(rule.name.value_or(rule.metric.value_or(rule.rule.value_or(std::to_string(i)))));
            if (count == 0) {
                add("quality-operator-count", Severity::Error, child(path, i),
                    Tr::tr("Quality rule \"%1\" has no operator (mustBe, mustBeGreaterThan, mustBeBetween, ...)")
                        .arg(name));
            } else {
                QStringList keys;
                for (const auto &[key, value] : rule.operators) {
                    keys << q(key);
                }
                add("quality-operator-count", Severity::Error, child(path, i),
                    Tr::tr("Quality rule \"%1\" has %2 operators (%3); use exactly one")
                        .arg(name)
                        .arg(count)
                        .arg(keys.join(QStringLiteral(", "))));
            }
        }
    }

    /** Resolves "object.property" against this contract: -1 unknown object, 0 missing property, 1 found. */
    int resolveShorthand(const std::string &reference) const
    {
        const auto dot = reference.find('.');
        if (dot == std::string::npos || !m_contract.schema) {
            return -1;
        }
        const std::string objectName = reference.substr(0, dot);
        const std::string propertyName = reference.substr(dot + 1);
        for (const auto &object : *m_contract.schema) {
            if (object.name == objectName) {
                if (!object.properties) {
                    return 0;
                }
                const bool found = std::any_of(object.properties->begin(), object.properties->end(),
                    [&](const SchemaProperty &p) { return p.name == propertyName; });
                return found ? 1 : 0;
            }
        }
        return -1;
    }

    void checkReference(const Json &reference, const std::string &path)
    {
        if (reference.is_array()) {
            for (std::size_t i = 0; i < reference.size(); ++i) {
                checkReference(reference[i], child(path, i));
            }
            return;
        }
        if (!reference.is_string()) {
            return;
        }
        const std::string text = reference.get<std::string>();
        if (text.find('/') != std::string::npos || text.find('#') != std::string::npos) {
            return; // fully qualified and external references are resolved by the catalog, not here
        }
        const int state = resolveShorthand(text);
        if (state == 0) {
            add("relationship-target", Severity::Error, path,
                Tr::tr("Relationship points at \"%1\", but that property does not exist").arg(q(text)));
        } else if (state < 0) {
            add("relationship-external", Severity::Info, path,
                Tr::tr("Relationship points at \"%1\", a schema object outside this contract").arg(q(text)));
        }
    }

    void checkRelationships(const Relationships &relationships, const std::string &path, const std::string &)
    {
        if (!relationships) {
            return;
        }
        for (std::size_t i = 0; i < relationships->size(); ++i) {
            const Relationship &r = (*relationships)[i];
            if (r.from) {
                checkReference(*r.from, child(child(path, i), "from"));
            }
            if (r.to) {
                checkReference(*r.to, child(child(path, i), "to"));
            }
        }
    }

    void checkSla()
    {
        if (!m_contract.slaProperties) {
            return;
        }
        for (std::size_t i = 0; i < m_contract.slaProperties->size(); ++i) {
            const SlaProperty &sla = (*m_contract.slaProperties)[i];
            const std::string path = child("/slaProperties", i);
            const std::string property = sla.property.value_or(std::string());
            const std::string unit = sla.unit.value_or(std::string());
            const bool numeric = sla.value && sla.value->is_number();
            const double value = numeric ? sla.value->get<double>() : 0.0;
            if ((property == "availability" || isPercentUnit(unit)) && numeric && (value < 0 || value > 100)) {
                add("sla-percentage", Severity::Error, child(path, "value"),
                    Tr::tr("SLA \"%1\" is %2 %, outside 0–100 %").arg(q(property)).arg(value));
            }
            if (isDurationProperty(property)) {
                if (!unit.empty() && !isTimeUnit(unit)) {
                    add("sla-unit", Severity::Error, child(path, "unit"),
                        Tr::tr("SLA \"%1\" has unit \"%2\", which is not a time unit (use d, h, m, s, ms, y, ...)")
                            .arg(q(property), q(unit)));
                }
                if (numeric && value < 0) {
                    add("sla-negative", Severity::Error, child(path, "value"),
                        Tr::tr("SLA \"%1\" is negative (%2)").arg(q(property)).arg(value));
                }
                if (sla.value && sla.value->is_string()) {
                    add("sla-value-type", Severity::Warning, child(path, "value"),
                        Tr::tr("SLA \"%1\" should be a number with a unit, not the text \"%2\"")
                            .arg(q(property), q(sla.value->get<std::string>())));
                }
            }
        }
    }

    void checkTeam()
    {
        if (!m_contract.team || !m_contract.team->members) {
            return;
        }
        const std::string base = m_contract.team->listForm ? "/team" : "/team/members";
        const auto &members = *m_contract.team->members;
        for (std::size_t i = 0; i < members.size(); ++i) {
            if (!members[i].username || members[i].username->empty()) {
                add("team-member-username", Severity::Error, child(base, i),
                    Tr::tr("Team member %1 has no username").arg(q(members[i].name.value_or(std::to_string(i + 1)))));
            }
        }
    }

    void checkServers()
    {
        if (!m_contract.servers) {
            return;
        }
        std::map<std::string, std::size_t> seen;
        for (std::size_t i = 0; i < m_contract.servers->size(); ++i) {
            const Server &server = (*m_contract.servers)[i];
            if (!server.server) {
                continue;
            }
            if (const auto [it, inserted] = seen.emplace(*server.server, i); !inserted) {
                add("duplicate-server-name", Severity::Error, child(child("/servers", i), "server"),
                    Tr::tr("Server \"%1\" is defined twice (first at servers[%2])")
                        .arg(q(*server.server))
                        .arg(it->second));
            }
        }
    }

    const DataContract &m_contract;
    Findings m_findings;
};

} // namespace

std::vector<RuleInfo> SemanticRules::rules()
{
    return {
        { "duplicate-schema-name", Severity::Error, Tr::tr("Two schema objects have the same name") },
        { "duplicate-property-name", Severity::Error, Tr::tr("Two properties of one object have the same name") },
        { "primary-key-position-duplicate", Severity::Error,
            Tr::tr("Two properties of one object have the same primaryKeyPosition") },
        { "primary-key-position-gap", Severity::Warning,
            Tr::tr("primaryKeyPosition values do not count 1, 2, 3, ...") },
        { "quality-operator-count", Severity::Error,
            Tr::tr("A library or SQL quality rule has no operator, or more than one") },
        { "sla-percentage", Severity::Error, Tr::tr("An availability or percentage SLA lies outside 0–100 %") },
        { "sla-unit", Severity::Error, Tr::tr("A duration SLA (latency, retention, frequency, ...) has no time unit") },
        { "sla-negative", Severity::Error, Tr::tr("A duration SLA is negative") },
        { "sla-value-type", Severity::Warning, Tr::tr("A duration SLA is text rather than a number") },
        { "version-semver", Severity::Warning, Tr::tr("The contract version is not a semantic version") },
        { "team-member-username", Severity::Error, Tr::tr("A team member has no username") },
        { "relationship-target", Severity::Error,
            Tr::tr("A relationship points at a property that does not exist in its schema object") },
        { "relationship-external", Severity::Info,
            Tr::tr("A relationship points at a schema object outside this contract") },
        { "duplicate-server-name", Severity::Error, Tr::tr("Two servers have the same name") },
    };
}

Findings SemanticRules::check(const odcs::DataContract &contract)
{
    return Checker(contract).run();
}

} // namespace tessera
