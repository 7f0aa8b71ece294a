// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "contract/breakingrules.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <optional>

namespace tessera {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::BreakingRules)
};

using Json = nlohmann::json;

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString shortValue(const Json &value)
{
    if (value.is_null()) {
        return QStringLiteral("–");
    }
    QString text = value.is_string() ? q(value.get<std::string>()) : q(value.dump());
    if (text.size() > 60) {
        text = text.left(57) + QStringLiteral("…");
    }
    return text;
}

bool endsWith(const std::string &s, const std::string &suffix)
{
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

/** Is this shape a (possibly nested) property, e.g. "schema.*.properties.*" or "...properties.*.items.properties.*"? */
bool isPropertyShape(const std::string &shape)
{
    return shape.rfind("schema.*.", 0) == 0 && endsWith(shape, "properties.*");
}

/** The attribute a change touches when its parent is a property or a schema object ("" otherwise). */
std::string propertyAttribute(const Change &change)
{
    if (change.segments.size() < 2) {
        return {};
    }
    const std::string parentShape = change.shape.substr(0, change.shape.rfind('.'));
    if (isPropertyShape(parentShape) || parentShape == "schema.*") {
        return change.segments.back();
    }
    return {};
}

std::optional<double> number(const Json &value)
{
    if (value.is_number()) {
        return value.get<double>();
    }
    return std::nullopt;
}

/** Seconds per unit for SLA durations; nullopt for unknown units. */
std::optional<double> unitSeconds(std::string unit)
{
    std::transform(unit.begin(), unit.end(), unit.begin(), [](unsigned char c) { return std::tolower(c); });
    if (unit == "ms" || unit == "millisecond" || unit == "milliseconds") {
        return 0.001;
    }
    if (unit == "s" || unit == "sec" || unit == "second" || unit == "seconds") {
        return 1.0;
    }
    if (unit == "m" || unit == "min" || unit == "mins" || unit == "minute" || unit == "minutes") {
        return 60.0;
    }
    if (unit == "h" || unit == "hr" || unit == "hrs" || unit == "hour" || unit == "hours") {
        return 3600.0;
    }
    if (unit == "d" || unit == "day" || unit == "days") {
        return 86400.0;
    }
    if (unit == "w" || unit == "wk" || unit == "week" || unit == "weeks") {
        return 7 * 86400.0;
    }
    if (unit == "mo" || unit == "month" || unit == "months") {
        return 30 * 86400.0;
    }
    if (unit == "y" || unit == "yr" || unit == "yrs" || unit == "year" || unit == "years") {
        return 365 * 86400.0;
    }
    return std::nullopt;
}

/** A numeric SLA value in comparable form: durations in seconds, percentages as numbers ("99.9%" too). */
std::optional<double> slaMagnitude(const Json &sla)
{
    if (!sla.is_object()) {
        return std::nullopt;
    }
    const auto value = sla.find("value");
    if (value == sla.end()) {
        return std::nullopt;
    }
    std::optional<double> v = number(*value);
    if (!v && value->is_string()) {
        static const QRegularExpression percent(QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*%\\s*$"));
        const auto match = percent.match(q(value->get<std::string>()));
        if (match.hasMatch()) {
            v = match.captured(1).toDouble();
        }
    }
    if (!v) {
        return std::nullopt;
    }
    if (const auto unit = sla.find("unit"); unit != sla.end() && unit->is_string()) {
        if (const auto seconds = unitSeconds(unit->get<std::string>())) {
            return *v * *seconds;
        }
    }
    return v;
}

/** For SLA properties: does a larger value promise more (availability) or less (latency)? */
bool largerIsStricter(const std::string &property)
{
    return property == "availability" || property == "retention" || property == "uptime" || property == "throughput"
        || property == "completeness";
}

const Json *at(const Json &document, const std::string &pointer)
{
    if (pointer.empty()) {
        return &document;
    }
    try {
        return &document.at(Json::json_pointer(pointer));
    } catch (const Json::exception &) {
        return nullptr;
    }
}

/** The pointer of the parent of `pointer`. */
std::string parentPointer(const std::string &pointer)
{
    const auto slash = pointer.rfind('/');
    return slash == std::string::npos ? std::string() : pointer.substr(0, slash);
}

void setVerdict(ClassifiedChange &change, const char *id, Severity severity, QString message)
{
    change.ruleId = QString::fromLatin1(id);
    change.severity = severity;
    change.message = std::move(message);
}

class Classifier
{
public:
    Classifier(const Json &oldDoc, const Json &newDoc)
        : m_old(oldDoc)
        , m_new(newDoc)
    { }

    ClassifiedChange classify(const Change &c) const
    {
        ClassifiedChange out { c, {}, Severity::Info, {} };
        const auto set = [&out](const char *id, Severity severity, QString message) {
            setVerdict(out, id, severity, std::move(message));
        };
        const std::string &shape = c.shape;
        const std::string attribute = propertyAttribute(c);
        const bool added = c.kind == Change::Kind::Added;
        const bool removed = c.kind == Change::Kind::Removed;

        // Schema objects, properties, servers.
        if (shape == "schema.*" || isPropertyShape(shape) || shape == "servers.*") {
            const QString what = shape == "schema.*" ? Tr::tr("Schema object")
                : shape == "servers.*"               ? Tr::tr("Server")
                                                     : Tr::tr("Property");
            if (removed) {
                set(shape == "schema.*"        ? "schema-object-removed"
                        : shape == "servers.*" ? "server-removed"
                                               : "property-removed",
                    Severity::Error, Tr::tr("%1 \"%2\" was removed").arg(what, q(c.segments.back())));
            } else if (added && isPropertyShape(shape) && c.newValue.is_object()
                && c.newValue.find("required") != c.newValue.end() && *c.newValue.find("required") == true) {
                // Compared, not read as a bool: an invalid contract's `required: "yes"` counts as not required.
                set("property-added-required", Severity::Error,
                    Tr::tr("Required property \"%1\" was added; existing data lacks it").arg(q(c.segments.back())));
            } else if (added) {
                set(shape == "schema.*"        ? "schema-object-added"
                        : shape == "servers.*" ? "server-added"
                                               : "property-added",
                    Severity::Info, Tr::tr("%1 \"%2\" was added").arg(what, q(c.segments.back())));
            } else {
                set("changed", Severity::Info, Tr::tr("%1 \"%2\" changed").arg(what, q(c.segments.back())));
            }
            return out;
        }

        if (attribute == "required" || attribute == "unique") {
            const bool was = c.oldValue.is_boolean() && c.oldValue.get<bool>();
            const bool is = c.newValue.is_boolean() && c.newValue.get<bool>();
            const std::string rule = attribute + (is && !was ? "-tightened" : "-loosened");
            if (is && !was) {
                set(attribute == "required" ? "required-tightened" : "unique-tightened", Severity::Error,
                    Tr::tr("\"%1\" became %2").arg(q(c.segments[c.segments.size() - 2]), q(attribute)));
            } else if (was && !is) {
                set(attribute == "required" ? "required-loosened" : "unique-loosened", Severity::Info,
                    Tr::tr("\"%1\" is no longer %2").arg(q(c.segments[c.segments.size() - 2]), q(attribute)));
            } else {
                set("changed", Severity::Info, Tr::tr("%1 unchanged in effect").arg(q(c.path)));
            }
            return out;
        }
        if (attribute == "logicalType" || attribute == "physicalType") {
            if (c.kind == Change::Kind::Updated || removed) {
                set("type-changed", Severity::Error,
                    Tr::tr("Type of \"%1\" changed from %2 to %3")
                        .arg(q(c.segments[c.segments.size() - 2]), shortValue(c.oldValue), shortValue(c.newValue)));
            } else {
                set("type-added", Severity::Info,
                    Tr::tr("Type of \"%1\" is now stated").arg(q(c.segments[c.segments.size() - 2])));
            }
            return out;
        }
        if (attribute == "primaryKey" || attribute == "primaryKeyPosition") {
            set("primary-key-changed", Severity::Warning,
                Tr::tr("Primary key of \"%1\" changed").arg(q(c.segments[c.segments.size() - 2])));
            return out;
        }
        if (attribute == "classification") {
            set("classification-changed", Severity::Warning,
                Tr::tr("Classification of \"%1\" changed from %2 to %3")
                    .arg(q(c.segments[c.segments.size() - 2]), shortValue(c.oldValue), shortValue(c.newValue)));
            return out;
        }

        // Bounds and enums live in logicalTypeOptions.
        if (shape.find(".logicalTypeOptions") != std::string::npos && !c.segments.empty()) {
            return classifyOption(c, std::move(out));
        }

        if (shape.find(".quality.*") != std::string::npos) {
            return classifyQuality(c, std::move(out));
        }
        if (shape.rfind("slaProperties.*", 0) == 0) {
            return classifySla(c, std::move(out));
        }
        if (shape.rfind("servers.*.", 0) == 0) {
            set("server-changed", Severity::Warning,
                Tr::tr("Server \"%1\" changed: %2").arg(q(c.segments[1]), q(c.segments.back())));
            return out;
        }

        const std::string &last = c.segments.empty() ? std::string() : c.segments.back();
        static const std::vector<std::string> documentation
            = { "description", "businessName", "tags", "authoritativeDefinitions", "customProperties", "purpose",
                  "usage", "limitations", "examples", "transformDescription", "dataGranularityDescription" };
        const bool isDoc = std::any_of(c.segments.begin(), c.segments.end(), [&](const std::string &s) {
            return std::find(documentation.begin(), documentation.end(), s) != documentation.end();
        });
        if (isDoc) {
            set("documentation", Severity::Info, Tr::tr("Documentation changed: %1").arg(q(c.path)));
        } else if (removed) {
            set("removed", Severity::Warning, Tr::tr("%1 was removed").arg(q(c.path)));
        } else {
            set(added ? "added" : "changed", Severity::Info,
                added ? Tr::tr("%1 was added").arg(q(c.path)) : Tr::tr("%1 changed").arg(q(c.path)));
        }
        (void)last;
        return out;
    }

private:
    ClassifiedChange classifyOption(const Change &c, ClassifiedChange out) const
    {
        const std::string &option = c.segments.back();
        const auto set = [&out](const char *id, Severity severity, QString message) {
            setVerdict(out, id, severity, std::move(message));
        };
        static const std::vector<std::string> lowerBounds
            = { "minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties" };
        static const std::vector<std::string> upperBounds
            = { "maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties" };
        const bool lower = std::find(lowerBounds.begin(), lowerBounds.end(), option) != lowerBounds.end();
        const bool upper = std::find(upperBounds.begin(), upperBounds.end(), option) != upperBounds.end();
        if (lower || upper) {
            const auto before = number(c.oldValue);
            const auto after = number(c.newValue);
            bool tighter = false;
            if (!before && after) {
                tighter = true; // a new bound
            } else if (before && after) {
                tighter = lower ? *after > *before : *after < *before;
            }
            if (tighter) {
                set("bound-tightened", Severity::Error,
                    Tr::tr("%1 tightened from %2 to %3")
                        .arg(q(c.path), shortValue(c.oldValue), shortValue(c.newValue)));
            } else {
                set("bound-loosened", Severity::Info,
                    Tr::tr("%1 loosened from %2 to %3").arg(q(c.path), shortValue(c.oldValue), shortValue(c.newValue)));
            }
            return out;
        }
        if (option == "enum") {
            return classifyValues(c, std::move(out));
        }
        if (option == "pattern" || option == "format") {
            set("format-changed", c.kind == Change::Kind::Removed ? Severity::Info : Severity::Warning,
                Tr::tr("%1 changed from %2 to %3").arg(q(c.path), shortValue(c.oldValue), shortValue(c.newValue)));
            return out;
        }
        set("option-changed", Severity::Warning,
            Tr::tr("%1 changed from %2 to %3").arg(q(c.path), shortValue(c.oldValue), shortValue(c.newValue)));
        return out;
    }

    /** Lists of allowed values (enum, validValues): removing a value breaks, adding one warns. */
    ClassifiedChange classifyValues(const Change &c, ClassifiedChange out) const
    {
        const Json before = c.oldValue.is_array() ? c.oldValue : Json::array();
        const Json after = c.newValue.is_array() ? c.newValue : Json::array();
        QStringList gone;
        QStringList fresh;
        for (const auto &v : before) {
            if (std::find(after.begin(), after.end(), v) == after.end()) {
                gone << shortValue(v);
            }
        }
        for (const auto &v : after) {
            if (std::find(before.begin(), before.end(), v) == before.end()) {
                fresh << shortValue(v);
            }
        }
        if (c.kind == Change::Kind::Added) {
            setVerdict(out, "enum-restricted", Severity::Error,
                Tr::tr("%1 now restricts values to %2").arg(q(c.path), fresh.join(QStringLiteral(", "))));
        } else if (c.kind == Change::Kind::Removed) {
            setVerdict(
                out, "enum-unrestricted", Severity::Info, Tr::tr("%1 no longer restricts values").arg(q(c.path)));
        } else if (!gone.isEmpty()) {
            setVerdict(out, "enum-value-removed", Severity::Error,
                Tr::tr("%1 lost the values %2").arg(q(c.path), gone.join(QStringLiteral(", "))));
        } else {
            setVerdict(out, "enum-value-added", Severity::Warning,
                Tr::tr("%1 gained the values %2").arg(q(c.path), fresh.join(QStringLiteral(", "))));
        }
        return out;
    }

    ClassifiedChange classifyQuality(const Change &c, ClassifiedChange out) const
    {
        const auto set = [&out](const char *id, Severity severity, QString message) {
            setVerdict(out, id, severity, std::move(message));
        };
        const std::string &last = c.segments.back();
        if (endsWith(c.shape, "quality.*")) {
            if (c.kind == Change::Kind::Added) {
                set("quality-added", Severity::Warning, Tr::tr("Quality rule \"%1\" was added").arg(q(last)));
            } else if (c.kind == Change::Kind::Removed) {
                set("quality-removed", Severity::Warning, Tr::tr("Quality rule \"%1\" was removed").arg(q(last)));
            } else {
                set("quality-changed", Severity::Warning, Tr::tr("Quality rule \"%1\" changed").arg(q(last)));
            }
            return out;
        }
        if (last == "validValues") {
            return classifyValues(c, std::move(out));
        }
        const auto before = number(c.oldValue);
        const auto after = number(c.newValue);
        const QString detail = Tr::tr("%1: %2 → %3").arg(q(c.path), shortValue(c.oldValue), shortValue(c.newValue));
        if ((last == "mustBeGreaterThan" || last == "mustBeGreaterOrEqualTo" || last == "mustBeGreaterThanOrEqualTo")
            && before && after) {
            set(*after > *before ? "quality-tightened" : "quality-loosened",
                *after > *before ? Severity::Error : Severity::Info, detail);
            return out;
        }
        if ((last == "mustBeLessThan" || last == "mustBeLessOrEqualTo" || last == "mustBeLessThanOrEqualTo") && before
            && after) {
            set(*after < *before ? "quality-tightened" : "quality-loosened",
                *after < *before ? Severity::Error : Severity::Info, detail);
            return out;
        }
        if (last == "mustBeBetween" && c.oldValue.is_array() && c.newValue.is_array() && c.oldValue.size() == 2
            && c.newValue.size() == 2 && c.oldValue[0].is_number() && c.newValue[0].is_number()
            && c.oldValue[1].is_number() && c.newValue[1].is_number()) {
            const bool narrower = c.newValue[0].get<double>() > c.oldValue[0].get<double>()
                || c.newValue[1].get<double>() < c.oldValue[1].get<double>();
            set(narrower ? "quality-tightened" : "quality-loosened", narrower ? Severity::Error : Severity::Info,
                detail);
            return out;
        }
        if (last == "description" || last == "businessImpact" || last == "tags" || last == "name") {
            set("documentation", Severity::Info, detail);
            return out;
        }
        set("quality-changed", Severity::Warning, detail);
        return out;
    }

    ClassifiedChange classifySla(const Change &c, ClassifiedChange out) const
    {
        const auto set = [&out](const char *id, Severity severity, QString message) {
            setVerdict(out, id, severity, std::move(message));
        };
        const std::string &property = c.segments.size() > 1 ? c.segments[1] : std::string();
        if (c.segments.size() == 2) {
            if (c.kind == Change::Kind::Added) {
                set("sla-added", Severity::Warning, Tr::tr("SLA \"%1\" was added").arg(q(property)));
            } else {
                set("sla-removed", Severity::Warning, Tr::tr("SLA \"%1\" was removed").arg(q(property)));
            }
            return out;
        }
        const std::string &last = c.segments.back();
        if (last == "description") {
            set("documentation", Severity::Info, Tr::tr("Documentation changed: %1").arg(q(c.path)));
            return out;
        }
        // Compare the whole SLA before and after, so a change of unit (1 d → 12 h) counts too.
        const Json *before = c.oldPointer.empty() ? nullptr : at(m_old, parentPointer(c.oldPointer));
        const Json *after = c.newPointer.empty() ? nullptr : at(m_new, parentPointer(c.newPointer));
        const auto a = before ? slaMagnitude(*before) : std::nullopt;
        const auto b = after ? slaMagnitude(*after) : std::nullopt;
        if ((last == "value" || last == "unit") && a && b) {
            const double was = *a;
            const double is = *b;
            const bool stricter = largerIsStricter(property) ? is > was : is < was;
            if (std::abs(is - was) < 1e-12) {
                set("sla-changed", Severity::Info,
                    Tr::tr("SLA \"%1\" is written differently, same value").arg(q(property)));
            } else if (stricter) {
                set("sla-tightened", Severity::Error,
                    Tr::tr("SLA \"%1\" tightened: %2 → %3")
                        .arg(q(property), shortValue(c.oldValue), shortValue(c.newValue)));
            } else {
                set("sla-loosened", Severity::Info,
                    Tr::tr("SLA \"%1\" loosened: %2 → %3")
                        .arg(q(property), shortValue(c.oldValue), shortValue(c.newValue)));
            }
            return out;
        }
        set("sla-changed", Severity::Warning,
            Tr::tr("SLA \"%1\" changed: %2 → %3").arg(q(property), shortValue(c.oldValue), shortValue(c.newValue)));
        return out;
    }

    const Json &m_old;
    const Json &m_new;
};

struct Semver
{
    long major = 0;
    long minor = 0;
    long patch = 0;
};

std::optional<Semver> parseSemver(const std::string &text)
{
    static const QRegularExpression re(QStringLiteral("^v?(\\d+)\\.(\\d+)\\.(\\d+)"));
    const auto m = re.match(q(text));
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    return Semver { m.captured(1).toLong(), m.captured(2).toLong(), m.captured(3).toLong() };
}

std::string versionOf(const Json &document)
{
    if (document.is_object()) {
        if (const auto v = document.find("version"); v != document.end() && v->is_string()) {
            return v->get<std::string>();
        }
    }
    return {};
}

} // namespace

std::vector<BreakingRules::RuleInfo> BreakingRules::rules()
{
    return {
        { "schema-object-removed", Severity::Error, Tr::tr("A schema object was removed") },
        { "property-removed", Severity::Error, Tr::tr("A property was removed") },
        { "server-removed", Severity::Error, Tr::tr("A server was removed") },
        { "property-added-required", Severity::Error, Tr::tr("A required property was added") },
        { "required-tightened", Severity::Error, Tr::tr("A property became required") },
        { "unique-tightened", Severity::Error, Tr::tr("A property became unique") },
        { "type-changed", Severity::Error, Tr::tr("A logical or physical type changed") },
        { "bound-tightened", Severity::Error, Tr::tr("A numeric or length bound was added or tightened") },
        { "enum-value-removed", Severity::Error, Tr::tr("An allowed value (enum, validValues) was removed") },
        { "enum-restricted", Severity::Error, Tr::tr("A list of allowed values was introduced") },
        { "quality-tightened", Severity::Error, Tr::tr("A quality threshold was tightened") },
        { "sla-tightened", Severity::Error, Tr::tr("An SLA was tightened") },
        { "quality-added", Severity::Warning, Tr::tr("A quality rule was added") },
        { "quality-removed", Severity::Warning, Tr::tr("A quality rule was removed") },
        { "quality-changed", Severity::Warning, Tr::tr("A quality rule changed otherwise") },
        { "sla-added", Severity::Warning, Tr::tr("An SLA was added") },
        { "sla-removed", Severity::Warning, Tr::tr("An SLA was removed") },
        { "sla-changed", Severity::Warning, Tr::tr("An SLA changed in a way that cannot be compared") },
        { "enum-value-added", Severity::Warning, Tr::tr("An allowed value was added") },
        { "format-changed", Severity::Warning, Tr::tr("A pattern or format changed") },
        { "option-changed", Severity::Warning, Tr::tr("Another logical type option changed") },
        { "primary-key-changed", Severity::Warning, Tr::tr("The primary key changed") },
        { "classification-changed", Severity::Warning, Tr::tr("A classification changed") },
        { "server-changed", Severity::Warning, Tr::tr("A server's connection details changed") },
        { "removed", Severity::Warning, Tr::tr("Something else was removed") },
        { "schema-object-added", Severity::Info, Tr::tr("A schema object was added") },
        { "property-added", Severity::Info, Tr::tr("An optional property was added") },
        { "server-added", Severity::Info, Tr::tr("A server was added") },
        { "required-loosened", Severity::Info, Tr::tr("A property is no longer required") },
        { "unique-loosened", Severity::Info, Tr::tr("A property is no longer unique") },
        { "bound-loosened", Severity::Info, Tr::tr("A bound was loosened or removed") },
        { "enum-unrestricted", Severity::Info, Tr::tr("A list of allowed values was removed") },
        { "quality-loosened", Severity::Info, Tr::tr("A quality threshold was loosened") },
        { "sla-loosened", Severity::Info, Tr::tr("An SLA was loosened") },
        { "type-added", Severity::Info, Tr::tr("A type was stated where there was none") },
        { "documentation", Severity::Info, Tr::tr("Descriptions, tags and other documentation") },
        { "added", Severity::Info, Tr::tr("Something else was added") },
        { "changed", Severity::Info, Tr::tr("Something else changed") },
    };
}

BreakingReport BreakingRules::classify(
    const std::vector<Change> &changes, const nlohmann::json &oldDocument, const nlohmann::json &newDocument)
{
    BreakingReport report;
    const Classifier classifier(oldDocument, newDocument);
    // An added or removed container that is not an entity (logicalTypeOptions, a quality list) says
    // little by itself: its members are classified instead, as if each had changed alone.
    std::vector<std::vector<std::string>> expanded;
    const auto isEntity = [](const Change &c) { return c.shape.size() >= 1 && c.shape.back() == '*'; };
    const auto isContainer = [](const Change &c) {
        const nlohmann::json &v = c.kind == Change::Kind::Added ? c.newValue : c.oldValue;
        return c.kind != Change::Kind::Updated
            && (v.is_object() || (v.is_array() && !v.empty() && !v.front().is_primitive()));
    };
    for (const Change &change : changes) {
        if (change.nested) {
            const std::vector<std::string> parent(change.segments.begin(), change.segments.end() - 1);
            if (std::find(expanded.begin(), expanded.end(), parent) == expanded.end()) {
                continue;
            }
        }
        if (!isEntity(change) && isContainer(change)) {
            expanded.push_back(change.segments);
            continue;
        }
        ClassifiedChange classified = classifier.classify(change);
        switch (classified.severity) {
        case Severity::Error:
            ++report.errors;
            break;
        case Severity::Warning:
            ++report.warnings;
            break;
        case Severity::Info:
            ++report.infos;
            break;
        }
        report.changes.push_back(std::move(classified));
    }

    report.oldVersion = versionOf(oldDocument);
    report.newVersion = versionOf(newDocument);
    // Changing the version alone asks for no version.
    const bool onlyVersion = std::all_of(report.changes.begin(), report.changes.end(),
        [](const ClassifiedChange &c) { return c.change.path == "version"; });
    report.bump = report.errors          ? QStringLiteral("major")
        : report.warnings                ? QStringLiteral("minor")
        : (report.infos && !onlyVersion) ? QStringLiteral("patch")
                                         : QStringLiteral("none");
    if (const auto old = parseSemver(report.oldVersion); old && report.bump != QStringLiteral("none")) {
        Semver next = *old;
        if (report.bump == QStringLiteral("major")) {
            next = { old->major + 1, 0, 0 };
        } else if (report.bump == QStringLiteral("minor")) {
            next = { old->major, old->minor + 1, 0 };
        } else {
            next = { old->major, old->minor, old->patch + 1 };
        }
        report.suggestedVersion
            = std::to_string(next.major) + '.' + std::to_string(next.minor) + '.' + std::to_string(next.patch);
        if (const auto declared = parseSemver(report.newVersion)) {
            report.versionTooLow = std::tie(declared->major, declared->minor, declared->patch)
                < std::tie(next.major, next.minor, next.patch);
        }
    }
    return report;
}

} // namespace tessera
