// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "contract/canonicalorder.h"

#include "yaml/yamlwriter.h"

#include <algorithm>
#include <vector>

namespace tessera {

namespace {

using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;
using KeyList = std::vector<const char *>;

enum class Context {
    Other,
    Root,
    Description,
    SchemaObject,
    Property,
    Quality,
    Relationship,
    Server,
    Team,
    TeamMember,
    Role,
    Support,
    Sla,
    Price,
    CustomProperty,
    AuthoritativeDefinition,
};

const KeyList &keysOf(Context context)
{
    static const KeyList none;
    static const KeyList root = { "apiVersion", "kind", "id", "name", "version", "status", "tenant", "domain",
        "dataProduct", "description", "tags", "authoritativeDefinitions", "schema", "support", "price", "team", "roles",
        "slaDefaultElement", "slaProperties", "servers", "customProperties", "contractCreatedTs" };
    static const KeyList description
        = { "purpose", "limitations", "usage", "authoritativeDefinitions", "customProperties" };
    static const KeyList schemaObject = { "id", "name", "physicalName", "physicalType", "businessName", "description",
        "logicalType", "dataGranularityDescription", "tags", "authoritativeDefinitions", "properties", "relationships",
        "quality", "customProperties" };
    static const KeyList property = { "id", "name", "physicalName", "physicalType", "businessName", "description",
        "logicalType", "logicalTypeOptions", "required", "unique", "primaryKey", "primaryKeyPosition", "partitioned",
        "partitionKeyPosition", "classification", "encryptedName", "criticalDataElement", "transformSourceObjects",
        "transformLogic", "transformDescription", "examples", "tags", "authoritativeDefinitions", "properties", "items",
        "relationships", "quality", "customProperties" };
    static const KeyList quality = { "id", "name", "description", "type", "dimension", "metric", "rule", "arguments",
        "query", "engine", "implementation", "validValues", "mustBe", "mustNotBe", "mustBeGreaterThan",
        "mustBeGreaterOrEqualTo", "mustBeGreaterThanOrEqualTo", "mustBeLessThan", "mustBeLessOrEqualTo",
        "mustBeLessThanOrEqualTo", "mustBeBetween", "mustNotBeBetween", "unit", "method", "severity", "businessImpact",
        "schedule", "scheduler", "tags", "authoritativeDefinitions", "customProperties" };
    static const KeyList relationship = { "type", "from", "to", "customProperties" };
    static const KeyList server
        = { "id", "server", "type", "description", "environment", "format", "project", "dataset", "account", "host",
              "port", "database", "catalog", "schema", "serviceName", "location", "path", "topic", "stream", "region",
              "regionName", "warehouse", "endpointUrl", "delimiter", "roles", "customProperties" };
    static const KeyList team
        = { "id", "name", "description", "members", "tags", "authoritativeDefinitions", "customProperties" };
    static const KeyList member = { "id", "username", "name", "description", "role", "dateIn", "dateOut",
        "replacedByUsername", "tags", "authoritativeDefinitions", "customProperties" };
    static const KeyList role
        = { "id", "role", "description", "access", "firstLevelApprovers", "secondLevelApprovers", "customProperties" };
    static const KeyList support
        = { "id", "channel", "url", "description", "tool", "scope", "invitationUrl", "customProperties" };
    static const KeyList sla = { "id", "property", "value", "valueExt", "unit", "element", "driver", "description",
        "scheduler", "schedule" };
    static const KeyList price = { "id", "priceAmount", "priceCurrency", "priceUnit" };
    static const KeyList customProperty = { "id", "property", "value", "description" };
    static const KeyList authoritativeDefinition = { "id", "type", "url", "description" };

    switch (context) {
    case Context::Root:
        return root;
    case Context::Description:
        return description;
    case Context::SchemaObject:
        return schemaObject;
    case Context::Property:
        return property;
    case Context::Quality:
        return quality;
    case Context::Relationship:
        return relationship;
    case Context::Server:
        return server;
    case Context::Team:
        return team;
    case Context::TeamMember:
        return member;
    case Context::Role:
        return role;
    case Context::Support:
        return support;
    case Context::Sla:
        return sla;
    case Context::Price:
        return price;
    case Context::CustomProperty:
        return customProperty;
    case Context::AuthoritativeDefinition:
        return authoritativeDefinition;
    case Context::Other:
        return none;
    }
    return none;
}

/** The context of the value under `key` inside an object of context `parent`. */
Context childContext(Context parent, const std::string &key)
{
    if (parent == Context::Other) {
        return Context::Other;
    }
    if (key == "customProperties") {
        return Context::CustomProperty;
    }
    if (key == "authoritativeDefinitions") {
        return Context::AuthoritativeDefinition;
    }
    if (key == "quality" && (parent == Context::SchemaObject || parent == Context::Property)) {
        return Context::Quality;
    }
    if (key == "relationships" && (parent == Context::SchemaObject || parent == Context::Property)) {
        return Context::Relationship;
    }
    if ((key == "properties" || key == "items") && (parent == Context::SchemaObject || parent == Context::Property)) {
        return Context::Property;
    }
    if (parent == Context::Root) {
        if (key == "description") {
            return Context::Description;
        }
        if (key == "schema") {
            return Context::SchemaObject;
        }
        if (key == "servers") {
            return Context::Server;
        }
        if (key == "team") {
            return Context::Team;
        }
        if (key == "roles") {
            return Context::Role;
        }
        if (key == "support") {
            return Context::Support;
        }
        if (key == "slaProperties") {
            return Context::Sla;
        }
        if (key == "price") {
            return Context::Price;
        }
    }
    if (parent == Context::Team && key == "members") {
        return Context::TeamMember;
    }
    return Context::Other;
}

OrderedJson order(const Json &value, Context context)
{
    if (value.is_array()) {
        // A v3.0 team is a list of members.
        const Context elementContext = context == Context::Team ? Context::TeamMember : context;
        OrderedJson list = OrderedJson::array();
        for (const auto &element : value) {
            list.push_back(order(element, elementContext));
        }
        return list;
    }
    if (!value.is_object()) {
        return OrderedJson(value);
    }
    OrderedJson object = OrderedJson::object();
    const KeyList &known = keysOf(context);
    for (const char *key : known) {
        if (const auto it = value.find(key); it != value.end()) {
            object[key] = order(*it, childContext(context, key));
        }
    }
    // Json keeps keys sorted, so what the standard does not name follows alphabetically.
    for (auto it = value.begin(); it != value.end(); ++it) {
        const bool isKnown = std::any_of(known.begin(), known.end(), [&](const char *k) { return it.key() == k; });
        if (!isKnown) {
            object[it.key()] = order(it.value(), childContext(context, it.key()));
        }
    }
    return object;
}

} // namespace

nlohmann::ordered_json canonicalOrder(const nlohmann::json &document)
{
    return order(document, Context::Root);
}

std::string toCanonicalYaml(const nlohmann::json &document)
{
    return YamlWriter::write(canonicalOrder(document));
}

std::string toCanonicalJson(const nlohmann::json &document)
{
    return canonicalOrder(document).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + '\n';
}

} // namespace tessera
