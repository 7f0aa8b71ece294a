// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "contract/dcsimport.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace tessera {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::DcsImport)
};

using Json = nlohmann::json;

/** DCS field type → ODCS logical type. */
std::string logicalType(const std::string &dcsType)
{
    std::string t = dcsType;
    std::transform(t.begin(), t.end(), t.begin(), [](unsigned char c) { return std::tolower(c); });
    if (t == "string" || t == "text" || t == "varchar" || t == "bytes" || t == "uuid") {
        return "string";
    }
    if (t == "integer" || t == "int" || t == "long" || t == "bigint") {
        return "integer";
    }
    if (t == "number" || t == "decimal" || t == "numeric" || t == "float" || t == "double") {
        return "number";
    }
    if (t == "boolean") {
        return "boolean";
    }
    if (t == "date") {
        return "date";
    }
    if (t.rfind("timestamp", 0) == 0) {
        return "timestamp";
    }
    if (t == "time") {
        return "time";
    }
    if (t == "object" || t == "record" || t == "struct" || t == "map") {
        return "object";
    }
    if (t == "array") {
        return "array";
    }
    return {};
}

/**
 * A text field of a DCS object: a string as it is, a number as written ("version: 1.0" reads as a number), else
 * `fallback` (also when `object` is no object). DCS files are the user's: nothing in them may make the import throw.
 */
std::string text(const Json &object, const char *key, const std::string &fallback)
{
    const auto it = object.is_object() ? object.find(key) : object.end();
    if (it == object.end()) {
        return fallback;
    }
    if (it->is_string()) {
        return it->get<std::string>();
    }
    return it->is_number() ? it->dump() : fallback;
}

class Importer
{
public:
    Importer(const Json &dcs, QStringList *notes)
        : m_dcs(dcs)
        , m_notes(notes)
    { }

    Json run()
    {
        Json odcs = Json::object();
        Json custom = Json::array();
        odcs["apiVersion"] = "v3.1.0";
        odcs["kind"] = "DataContract";
        odcs["id"] = text(m_dcs, "id", "imported-contract");
        Json info = m_dcs.value("info", Json::object());
        if (!info.is_object()) {
            keep(custom, "info", info);
            info = Json::object();
        }
        if (info.contains("title")) {
            odcs["name"] = info["title"];
        }
        odcs["version"] = text(info, "version", "0.0.0");
        odcs["status"] = text(info, "status", "active");
        Json description = Json::object();
        if (info.contains("description") && info["description"].is_string()) {
            description["purpose"] = info["description"];
        }
        for (auto it = info.begin(); it != info.end(); ++it) {
            if (it.key() != "title" && it.key() != "version" && it.key() != "status" && it.key() != "description"
                && it.key() != "contact" && it.key() != "owner") {
                keep(custom, "info." + it.key(), it.value());
            }
        }
        if (info.contains("owner") && info["owner"].is_string()) {
            odcs["team"] = { { "name", info["owner"] } };
        }
        if (const auto contact = info.find("contact"); contact != info.end() && contact->is_object()) {
            Json channel = { { "channel", text(*contact, "name", "contact") } };
            if (contact->contains("url")) {
                channel["url"] = (*contact)["url"];
            } else if (contact->contains("email")) {
                channel["url"] = "mailto:" + text(*contact, "email", {});
            }
            odcs["support"] = Json::array({ channel });
        }
        if (const auto terms = m_dcs.find("terms"); terms != m_dcs.end() && terms->is_object()) {
            if (terms->contains("usage")) {
                description["usage"] = (*terms)["usage"];
            }
            if (terms->contains("limitations")) {
                description["limitations"] = (*terms)["limitations"];
            }
            for (auto it = terms->begin(); it != terms->end(); ++it) {
                if (it.key() != "usage" && it.key() != "limitations") {
                    keep(custom, "terms." + it.key(), it.value());
                }
            }
        }
        if (!description.empty()) {
            odcs["description"] = description;
        }
        if (const auto models = m_dcs.find("models"); models != m_dcs.end() && models->is_object()) {
            Json schema = Json::array();
            for (auto it = models->begin(); it != models->end(); ++it) {
                schema.push_back(model(it.key(), it.value()));
            }
            odcs["schema"] = std::move(schema);
        }
        if (const auto quality = m_dcs.find("quality");
            quality != m_dcs.end() && quality->is_object() && odcs.contains("schema") && !odcs["schema"].empty()) {
            // Contract-level quality (a SodaCL or Great Expectations specification) applies to the first model.
            Json rule = { { "type", "custom" }, { "engine", text(*quality, "type", "custom") } };
            if (quality->contains("specification")) {
                rule["implementation"] = (*quality)["specification"];
            }
            odcs["schema"][0]["quality"] = Json::array({ rule });
        }
        if (const auto levels = m_dcs.find("servicelevels"); levels != m_dcs.end() && levels->is_object()) {
            odcs["slaProperties"] = serviceLevels(*levels);
        }
        if (const auto servers = m_dcs.find("servers"); servers != m_dcs.end() && servers->is_object()) {
            Json list = Json::array();
            for (auto it = servers->begin(); it != servers->end(); ++it) {
                Json server = it.value().is_object() ? it.value() : Json::object();
                server["server"] = it.key();
                if (!server.contains("type")) {
                    server["type"] = "custom";
                }
                list.push_back(std::move(server));
            }
            odcs["servers"] = std::move(list);
        }
        for (auto it = m_dcs.begin(); it != m_dcs.end(); ++it) {
            static const std::set<std::string> handled = { "dataContractSpecification", "id", "info", "models",
                "quality", "servicelevels", "servers", "terms", "definitions" };
            if (handled.count(it.key()) == 0) {
                keep(custom, it.key(), it.value());
            }
        }
        if (!custom.empty()) {
            odcs["customProperties"] = std::move(custom);
        }
        return odcs;
    }

private:
    void keep(Json &custom, const std::string &key, const Json &value)
    {
        custom.push_back({ { "property", key }, { "value", value } });
        if (m_notes) {
            *m_notes << Tr::tr("\"%1\" has no ODCS field; kept in customProperties").arg(QString::fromStdString(key));
        }
    }

    /** A field with its `$ref` to definitions merged in (the field's own keys win). */
    Json resolve(const Json &field) const
    {
        if (!field.is_object()) {
            return Json::object();
        }
        const auto ref = field.find("$ref");
        if (ref == field.end() || !ref->is_string()) {
            return field;
        }
        const std::string target = ref->get<std::string>();
        const std::string prefix = "#/definitions/";
        Json merged = Json::object();
        if (target.rfind(prefix, 0) == 0) {
            const auto definitions = m_dcs.value("definitions", Json::object());
            if (const auto def = definitions.find(target.substr(prefix.size()));
                def != definitions.end() && def->is_object()) {
                merged = *def;
                merged.erase("name");
                merged.erase("domain");
            }
        }
        for (auto it = field.begin(); it != field.end(); ++it) {
            if (it.key() != "$ref") {
                merged[it.key()] = it.value();
            }
        }
        return merged;
    }

    Json model(const std::string &name, const Json &value)
    {
        Json object = { { "name", name } };
        if (!value.is_object()) {
            return object;
        }
        if (value.contains("type") && value["type"].is_string()) {
            const std::string type = value["type"].get<std::string>();
            object["physicalType"] = type;
            object["logicalType"] = "object";
        }
        if (value.contains("description")) {
            object["description"] = value["description"];
        }
        if (value.contains("title")) {
            object["businessName"] = value["title"];
        }
        if (value.contains("fields") && value["fields"].is_object()) {
            object["properties"] = fields(value["fields"], name);
        }
        Json custom = Json::array();
        for (auto it = value.begin(); it != value.end(); ++it) {
            static const std::set<std::string> handled = { "type", "description", "title", "fields" };
            if (handled.count(it.key()) == 0) {
                keep(custom, it.key(), it.value());
            }
        }
        if (!custom.empty()) {
            object["customProperties"] = std::move(custom);
        }
        return object;
    }

    Json fields(const Json &map, const std::string &owner)
    {
        Json list = Json::array();
        for (auto it = map.begin(); it != map.end(); ++it) {
            list.push_back(property(it.key(), resolve(it.value()), owner));
        }
        return list;
    }

    Json property(const std::string &name, const Json &f, const std::string &owner)
    {
        Json p = { { "name", name } };
        Json options = Json::object();
        Json custom = Json::array();
        for (auto it = f.begin(); it != f.end(); ++it) {
            const std::string &key = it.key();
            const Json &v = it.value();
            if (key == "type" && v.is_string()) {
                const std::string logical = logicalType(v.get<std::string>());
                if (!logical.empty()) {
                    p["logicalType"] = logical;
                }
                p["physicalType"] = v;
            } else if (key == "description" || key == "required" || key == "unique" || key == "primaryKey"
                || key == "classification" || key == "tags") {
                p[key] = v;
            } else if (key == "title") {
                p["businessName"] = v;
            } else if (key == "example") {
                p["examples"] = Json::array({ v });
            } else if (key == "examples") {
                p["examples"] = v;
            } else if (key == "format" || key == "pattern" || key == "minLength" || key == "maxLength"
                || key == "minimum" || key == "maximum" || key == "exclusiveMinimum" || key == "exclusiveMaximum"
                || key == "enum") {
                options[key] = v;
            } else if (key == "references" && v.is_string()) {
                p["relationships"] = Json::array({ { { "to", v } } });
            } else if (key == "fields" && v.is_object()) {
                p["properties"] = fields(v, owner + '.' + name);
                if (!p.contains("logicalType")) {
                    p["logicalType"] = "object";
                }
            } else if (key == "items" && v.is_object()) {
                p["items"] = property("items", resolve(v), owner + '.' + name);
                p["items"].erase("name");
            } else {
                keep(custom, key, v); // pii, config, lineage, links, vendor keys
            }
        }
        if (!options.empty()) {
            p["logicalTypeOptions"] = std::move(options);
        }
        if (!custom.empty()) {
            p["customProperties"] = std::move(custom);
        }
        return p;
    }

    Json serviceLevels(const Json &levels)
    {
        Json sla = Json::array();
        if (const auto a = levels.find("availability");
            a != levels.end() && a->is_object() && a->contains("percentage")) {
            Json value = (*a)["percentage"];
            if (value.is_string()) {
                std::string text = value.get<std::string>();
                text.erase(std::remove(text.begin(), text.end(), '%'), text.end());
                try {
                    value = std::stod(text);
                } catch (const std::exception &) { }
            }
            sla.push_back({ { "property", "availability" }, { "value", value }, { "unit", "percent" } });
        }
        const auto duration = [&](const char *dcsKey, const char *field, const char *property) {
            if (const auto it = levels.find(dcsKey); it != levels.end() && it->is_object() && it->contains(field)) {
                const Json &raw = (*it)[field];
                Json entry = { { "property", property } };
                // "30d", "1h", "P1D": split a leading number and a unit where possible.
                if (raw.is_string()) {
                    const std::string text = raw.get<std::string>();
                    std::size_t digits = 0;
                    while (digits < text.size()
                        && (std::isdigit(static_cast<unsigned char>(text[digits])) || text[digits] == '.')) {
                        ++digits;
                    }
                    entry["value"] = raw;
                    if (digits > 0 && digits < text.size()) {
                        try { // "..h" or 400 digits are no number: the value stays as written
                            entry["value"] = std::stod(text.substr(0, digits));
                            entry["unit"] = text.substr(digits);
                        } catch (const std::exception &) { }
                    }
                } else {
                    entry["value"] = raw;
                }
                sla.push_back(std::move(entry));
            }
        };
        duration("retention", "period", "retention");
        duration("latency", "threshold", "latency");
        duration("freshness", "threshold", "latency");
        duration("frequency", "interval", "frequency");
        return sla;
    }

    const Json &m_dcs;
    QStringList *m_notes;
};

} // namespace

bool DcsImport::isDcs(const nlohmann::json &document)
{
    return document.is_object() && document.contains("dataContractSpecification");
}

nlohmann::json DcsImport::toOdcs(const nlohmann::json &dcs, QStringList *notes)
{
    if (!isDcs(dcs)) {
        return dcs;
    }
    return Importer(dcs, notes).run();
}

} // namespace tessera
