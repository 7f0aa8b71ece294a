// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

/**
 * Value types for ODCS v3.0.x and v3.1.0 data contracts (https://bitol-io.github.io/open-data-contract-standard/).
 *
 * Every struct keeps what it does not model in `extra`: keys the standard adds later, vendor keys, and
 * modelled keys whose value has an unexpected type (a number where a string belongs). `toJson(fromJson(x))`
 * therefore gives back `x` exactly. Optional fields are `std::optional` so that "absent" and "empty" differ.
 */
namespace tessera::odcs {

using Json = nlohmann::json;
using Text = std::optional<std::string>;
using Flag = std::optional<bool>;
using Tags = std::optional<std::vector<std::string>>;

struct AuthoritativeDefinition
{
    Text id;
    Text type;
    Text url;
    Text description;
    Json extra = Json::object();
};
using AuthoritativeDefinitions = std::optional<std::vector<AuthoritativeDefinition>>;

struct CustomProperty
{
    Text id;
    Text property;
    std::optional<Json> value;
    Text description;
    Json extra = Json::object();
};
using CustomProperties = std::optional<std::vector<CustomProperty>>;

/** A data quality rule, at object or property level (library metric, SQL, text or custom engine). */
struct QualityRule
{
    Text id;
    Text name;
    Text description;
    Text type; ///< library (default), text, sql, custom
    Text dimension;
    Text method;
    Text severity;
    Text businessImpact;
    Text unit;
    Text schedule;
    Text scheduler;
    Text metric; ///< v3.1 library metric (nullValues, rowCount, ...)
    Text rule; ///< v3.0 library rule name
    std::optional<Json> arguments;
    Text query;
    Text engine;
    std::optional<Json> implementation;
    std::optional<Json> validValues;
    /** The comparison operators present (mustBe, mustBeGreaterThan, mustBeBetween, ...), in key order. */
    std::map<std::string, Json> operators;
    Tags tags;
    AuthoritativeDefinitions authoritativeDefinitions;
    CustomProperties customProperties;
    Json extra = Json::object();

    /** The operator keys defined by ODCS v3. */
    static const std::vector<std::string> &operatorKeys();
};
using QualityRules = std::optional<std::vector<QualityRule>>;

struct Relationship
{
    Text type; ///< foreignKey (default)
    std::optional<Json> from;
    std::optional<Json> to;
    CustomProperties customProperties;
    Json extra = Json::object();
};
using Relationships = std::optional<std::vector<Relationship>>;

/** A property (column, field) of a schema object; nests through `properties` and `items`. */
struct SchemaProperty
{
    Text id;
    Text name;
    Text businessName;
    Text description;
    Text logicalType;
    std::optional<Json> logicalTypeOptions;
    Text physicalType;
    Text physicalName;
    Flag required;
    Flag unique;
    Flag primaryKey;
    std::optional<std::int64_t> primaryKeyPosition;
    Flag partitioned;
    std::optional<std::int64_t> partitionKeyPosition;
    Text classification;
    Text encryptedName;
    std::optional<Json> transformSourceObjects;
    Text transformLogic;
    Text transformDescription;
    std::optional<Json> examples;
    Flag criticalDataElement;
    Tags tags;
    QualityRules quality;
    Relationships relationships;
    AuthoritativeDefinitions authoritativeDefinitions;
    CustomProperties customProperties;
    std::optional<std::vector<SchemaProperty>> properties;
    std::vector<SchemaProperty> items; ///< zero or one element: the item type of an array
    Json extra = Json::object();
};

/** A schema object: a table, view, topic or document. */
struct SchemaObject
{
    Text id;
    Text name;
    Text businessName;
    Text description;
    Text logicalType;
    Text physicalType;
    Text physicalName;
    Text dataGranularityDescription;
    Tags tags;
    std::optional<std::vector<SchemaProperty>> properties;
    QualityRules quality;
    Relationships relationships;
    AuthoritativeDefinitions authoritativeDefinitions;
    CustomProperties customProperties;
    Json extra = Json::object();
};

/** A server: where the data lives. The type-specific keys (host, account, topic, ...) are in `connection`. */
struct Server
{
    Text id;
    Text server;
    Text type;
    Text description;
    Text environment;
    std::optional<Json> roles;
    CustomProperties customProperties;
    std::map<std::string, Json> connection;
    Json extra = Json::object();
};

struct SlaProperty
{
    Text id;
    Text property;
    std::optional<Json> value;
    std::optional<Json> valueExt;
    Text unit;
    Text element;
    Text driver;
    Text description;
    Text scheduler;
    Text schedule;
    Json extra = Json::object();
};

struct TeamMember
{
    Text id;
    Text username;
    Text name;
    Text description;
    Text role;
    Text dateIn;
    Text dateOut;
    Text replacedByUsername;
    Tags tags;
    CustomProperties customProperties;
    AuthoritativeDefinitions authoritativeDefinitions;
    Json extra = Json::object();
};

/** The team: an object with members in v3.1; a bare list of members in v3.0 (`listForm`). */
struct Team
{
    bool listForm = false;
    Text id;
    Text name;
    Text description;
    std::optional<std::vector<TeamMember>> members;
    Tags tags;
    CustomProperties customProperties;
    AuthoritativeDefinitions authoritativeDefinitions;
    Json extra = Json::object();
};

struct Role
{
    Text id;
    Text role;
    Text description;
    Text access;
    Text firstLevelApprovers;
    Text secondLevelApprovers;
    CustomProperties customProperties;
    Json extra = Json::object();
};

struct SupportChannel
{
    Text id;
    Text channel;
    Text url;
    Text description;
    Text tool;
    Text scope;
    Text invitationUrl;
    CustomProperties customProperties;
    Json extra = Json::object();
};

struct Price
{
    Text id;
    std::optional<Json> priceAmount;
    Text priceCurrency;
    Text priceUnit;
    Json extra = Json::object();
};

struct Description
{
    Text purpose;
    Text limitations;
    Text usage;
    AuthoritativeDefinitions authoritativeDefinitions;
    CustomProperties customProperties;
    Json extra = Json::object();
};

/** An ODCS data contract. */
struct DataContract
{
    Text apiVersion;
    Text kind;
    Text id;
    Text name;
    Text version;
    Text status;
    Text tenant;
    Text domain;
    Text dataProduct;
    std::optional<Description> description;
    Tags tags;
    AuthoritativeDefinitions authoritativeDefinitions;
    Text contractCreatedTs;
    std::optional<std::vector<SchemaObject>> schema;
    std::optional<std::vector<SupportChannel>> support;
    std::optional<Price> price;
    std::optional<Team> team;
    std::optional<std::vector<Role>> roles;
    Text slaDefaultElement;
    std::optional<std::vector<SlaProperty>> slaProperties;
    std::optional<std::vector<Server>> servers;
    CustomProperties customProperties;
    /** Keys outside the model, and modelled keys with values of an unexpected type. */
    Json extra = Json::object();
};

/**
 * Builds the typed contract from a parsed document. Never throws: a value of the wrong type stays in
 * the `extra` of its parent. A document that is not an object gives an empty contract whose `extra`
 * holds nothing; callers check `document.is_object()` first (the linter reports it).
 */
DataContract fromJson(const Json &document);

/** The document again: `toJson(fromJson(x)) == x` for every object `x`. */
Json toJson(const DataContract &contract);

} // namespace tessera::odcs
