// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "contract/datacontract.h"

#include <algorithm>

namespace tessera::odcs {

namespace {

class In;
class Out;

// Each struct lists its fields once; the same list drives reading (In) and writing (Out).
template <class V, class D> void fields(V &v, D &d);

/** Reads modelled keys out of a copy of the object; what is left over becomes `extra`. */
class In
{
public:
    explicit In(const Json &object)
        : m_object(object)
    {
        m_taken.reserve(object.size());
    }

    void operator()(const char *key, Text &out)
    {
        take(key, [&](const Json &j) {
            if (!j.is_string()) {
                return false;
            }
            out = j.get<std::string>();
            return true;
        });
    }
    void operator()(const char *key, Flag &out)
    {
        take(key, [&](const Json &j) {
            if (!j.is_boolean()) {
                return false;
            }
            out = j.get<bool>();
            return true;
        });
    }
    void operator()(const char *key, std::optional<std::int64_t> &out)
    {
        take(key, [&](const Json &j) {
            if (!j.is_number_integer()) {
                return false;
            }
            out = j.get<std::int64_t>();
            return true;
        });
    }
    void operator()(const char *key, std::optional<Json> &out)
    {
        take(key, [&](const Json &j) {
            out = j;
            return true;
        });
    }
    void operator()(const char *key, Tags &out)
    {
        take(key, [&](const Json &j) {
            if (!j.is_array()) {
                return false;
            }
            std::vector<std::string> tags;
            for (const auto &t : j) {
                if (!t.is_string()) {
                    return false;
                }
                tags.push_back(t.get<std::string>());
            }
            out = std::move(tags);
            return true;
        });
    }
    template <class T> void operator()(const char *key, std::optional<std::vector<T>> &out)
    {
        take(key, [&](const Json &j) {
            if (!j.is_array()) {
                return false;
            }
            std::vector<T> list;
            list.reserve(j.size());
            for (const auto &element : j) {
                if (!element.is_object()) {
                    return false;
                }
                list.push_back(read<T>(element));
            }
            out = std::move(list);
            return true;
        });
    }
    template <class T> void operator()(const char *key, std::optional<T> &out)
    {
        take(key, [&](const Json &j) {
            if (!j.is_object()) {
                return false;
            }
            out = read<T>(j);
            return true;
        });
    }
    /** `items`: a single nested property, kept as a vector of zero or one so the struct can be recursive. */
    void operator()(const char *key, std::vector<SchemaProperty> &out)
    {
        take(key, [&](const Json &j) {
            if (!j.is_object()) {
                return false;
            }
            out.push_back(read<SchemaProperty>(j));
            return true;
        });
    }
    /** Moves the named keys that are present into `out`, whatever their type. */
    void operator()(const std::vector<std::string> &keys, std::map<std::string, Json> &out)
    {
        for (const auto &key : keys) {
            take(key.c_str(), [&](const Json &j) {
                out.emplace(key, j);
                return true;
            });
        }
    }
    /** Moves every key still left into `out`. */
    void rest(std::map<std::string, Json> &out)
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!taken(it.key())) {
                out.emplace(it.key(), it.value());
                m_taken.push_back(&it.key());
            }
        }
    }

    /** The keys nobody took, with their values. */
    Json extra() const
    {
        Json rest = Json::object();
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!taken(it.key())) {
                rest[it.key()] = it.value();
            }
        }
        return rest;
    }

    template <class T> static T read(const Json &object)
    {
        T value;
        In in(object);
        fields(in, value);
        finish(in, value);
        return value;
    }

private:
    template <class F> void take(const char *key, F &&accept)
    {
        const auto it = m_object.find(key);
        if (it != m_object.end() && accept(*it)) {
            m_taken.push_back(&it.key());
        }
    }

    bool taken(const std::string &key) const
    {
        return std::any_of(m_taken.begin(), m_taken.end(), [&](const std::string *k) { return k == &key; });
    }

    template <class T> static void finish(In &in, T &value)
    {
        if constexpr (std::is_same_v<T, Server>) {
            in.rest(value.connection);
        }
        value.extra = in.extra();
    }

    const Json &m_object;
    std::vector<const std::string *> m_taken; // keys of m_object already modelled
};

/** Writes the modelled keys that are set, then merges `extra` back in. */
class Out
{
public:
    void operator()(const char *key, const Text &v) { set(key, v); }
    void operator()(const char *key, const Flag &v) { set(key, v); }
    void operator()(const char *key, const std::optional<std::int64_t> &v) { set(key, v); }
    void operator()(const char *key, const std::optional<Json> &v) { set(key, v); }
    void operator()(const char *key, const Tags &v) { set(key, v); }
    template <class T> void operator()(const char *key, const std::optional<std::vector<T>> &v)
    {
        if (v) {
            Json list = Json::array();
            for (const auto &element : *v) {
                list.push_back(write(element));
            }
            m_object[key] = std::move(list);
        }
    }
    template <class T> void operator()(const char *key, const std::optional<T> &v)
    {
        if (v) {
            m_object[key] = write(*v);
        }
    }
    void operator()(const char *key, const std::vector<SchemaProperty> &v)
    {
        if (!v.empty()) {
            m_object[key] = write(v.front());
        }
    }
    void operator()(const std::vector<std::string> &, const std::map<std::string, Json> &values)
    {
        for (const auto &[key, value] : values) {
            m_object[key] = value;
        }
    }

    template <class T> static Json write(const T &value)
    {
        Out out;
        fields(out, value);
        if constexpr (std::is_same_v<T, Server>) {
            for (const auto &[key, v] : value.connection) {
                out.m_object[key] = v;
            }
        }
        for (auto it = value.extra.begin(); it != value.extra.end(); ++it) {
            out.m_object[it.key()] = it.value();
        }
        return std::move(out.m_object);
    }

private:
    template <class T> void set(const char *key, const std::optional<T> &v)
    {
        if (v) {
            m_object[key] = *v;
        }
    }

    Json m_object = Json::object();
};

template <class V, class D> void fields(V &v, D &d)
{
    using T = std::remove_const_t<D>;
    if constexpr (std::is_same_v<T, AuthoritativeDefinition>) {
        v("id", d.id);
        v("type", d.type);
        v("url", d.url);
        v("description", d.description);
    } else if constexpr (std::is_same_v<T, CustomProperty>) {
        v("id", d.id);
        v("property", d.property);
        v("value", d.value);
        v("description", d.description);
    } else if constexpr (std::is_same_v<T, QualityRule>) {
        v("id", d.id);
        v("name", d.name);
        v("description", d.description);
        v("type", d.type);
        v("dimension", d.dimension);
        v("method", d.method);
        v("severity", d.severity);
        v("businessImpact", d.businessImpact);
        v("unit", d.unit);
        v("schedule", d.schedule);
        v("scheduler", d.scheduler);
        v("metric", d.metric);
        v("rule", d.rule);
        v("arguments", d.arguments);
        v("query", d.query);
        v("engine", d.engine);
        v("implementation", d.implementation);
        v("validValues", d.validValues);
        v(QualityRule::operatorKeys(), d.operators);
        v("tags", d.tags);
        v("authoritativeDefinitions", d.authoritativeDefinitions);
        v("customProperties", d.customProperties);
    } else if constexpr (std::is_same_v<T, Relationship>) {
        v("type", d.type);
        v("from", d.from);
        v("to", d.to);
        v("customProperties", d.customProperties);
    } else if constexpr (std::is_same_v<T, SchemaProperty>) {
        v("id", d.id);
        v("name", d.name);
        v("businessName", d.businessName);
        v("description", d.description);
        v("logicalType", d.logicalType);
        v("logicalTypeOptions", d.logicalTypeOptions);
        v("physicalType", d.physicalType);
        v("physicalName", d.physicalName);
        v("required", d.required);
        v("unique", d.unique);
        v("primaryKey", d.primaryKey);
        v("primaryKeyPosition", d.primaryKeyPosition);
        v("partitioned", d.partitioned);
        v("partitionKeyPosition", d.partitionKeyPosition);
        v("classification", d.classification);
        v("encryptedName", d.encryptedName);
        v("transformSourceObjects", d.transformSourceObjects);
        v("transformLogic", d.transformLogic);
        v("transformDescription", d.transformDescription);
        v("examples", d.examples);
        v("criticalDataElement", d.criticalDataElement);
        v("tags", d.tags);
        v("quality", d.quality);
        v("relationships", d.relationships);
        v("authoritativeDefinitions", d.authoritativeDefinitions);
        v("customProperties", d.customProperties);
        v("properties", d.properties);
        v("items", d.items);
    } else if constexpr (std::is_same_v<T, SchemaObject>) {
        v("id", d.id);
        v("name", d.name);
        v("businessName", d.businessName);
        v("description", d.description);
        v("logicalType", d.logicalType);
        v("physicalType", d.physicalType);
        v("physicalName", d.physicalName);
        v("dataGranularityDescription", d.dataGranularityDescription);
        v("tags", d.tags);
        v("properties", d.properties);
        v("quality", d.quality);
        v("relationships", d.relationships);
        v("authoritativeDefinitions", d.authoritativeDefinitions);
        v("customProperties", d.customProperties);
    } else if constexpr (std::is_same_v<T, Server>) {
        v("id", d.id);
        v("server", d.server);
        v("type", d.type);
        v("description", d.description);
        v("environment", d.environment);
        v("roles", d.roles);
        v("customProperties", d.customProperties);
    } else if constexpr (std::is_same_v<T, SlaProperty>) {
        v("id", d.id);
        v("property", d.property);
        v("value", d.value);
        v("valueExt", d.valueExt);
        v("unit", d.unit);
        v("element", d.element);
        v("driver", d.driver);
        v("description", d.description);
        v("scheduler", d.scheduler);
        v("schedule", d.schedule);
    } else if constexpr (std::is_same_v<T, TeamMember>) {
        v("id", d.id);
        v("username", d.username);
        v("name", d.name);
        v("description", d.description);
        v("role", d.role);
        v("dateIn", d.dateIn);
        v("dateOut", d.dateOut);
        v("replacedByUsername", d.replacedByUsername);
        v("tags", d.tags);
        v("customProperties", d.customProperties);
        v("authoritativeDefinitions", d.authoritativeDefinitions);
    } else if constexpr (std::is_same_v<T, Team>) {
        v("id", d.id);
        v("name", d.name);
        v("description", d.description);
        v("members", d.members);
        v("tags", d.tags);
        v("customProperties", d.customProperties);
        v("authoritativeDefinitions", d.authoritativeDefinitions);
    } else if constexpr (std::is_same_v<T, Role>) {
        v("id", d.id);
        v("role", d.role);
        v("description", d.description);
        v("access", d.access);
        v("firstLevelApprovers", d.firstLevelApprovers);
        v("secondLevelApprovers", d.secondLevelApprovers);
        v("customProperties", d.customProperties);
    } else if constexpr (std::is_same_v<T, SupportChannel>) {
        v("id", d.id);
        v("channel", d.channel);
        v("url", d.url);
        v("description", d.description);
        v("tool", d.tool);
        v("scope", d.scope);
        v("invitationUrl", d.invitationUrl);
        v("customProperties", d.customProperties);
    } else if constexpr (std::is_same_v<T, Price>) {
        v("id", d.id);
        v("priceAmount", d.priceAmount);
        v("priceCurrency", d.priceCurrency);
        v("priceUnit", d.priceUnit);
    } else if constexpr (std::is_same_v<T, Description>) {
        v("purpose", d.purpose);
        v("limitations", d.limitations);
        v("usage", d.usage);
        v("authoritativeDefinitions", d.authoritativeDefinitions);
        v("customProperties", d.customProperties);
    } else if constexpr (std::is_same_v<T, DataContract>) {
        v("apiVersion", d.apiVersion);
        v("kind", d.kind);
        v("id", d.id);
        v("name", d.name);
        v("version", d.version);
        v("status", d.status);
        v("tenant", d.tenant);
        v("domain", d.domain);
        v("dataProduct", d.dataProduct);
        v("description", d.description);
        v("tags", d.tags);
        v("authoritativeDefinitions", d.authoritativeDefinitions);
        v("contractCreatedTs", d.contractCreatedTs);
        v("schema", d.schema);
        v("support", d.support);
        v("price", d.price);
        v("roles", d.roles);
        v("slaDefaultElement", d.slaDefaultElement);
        v("slaProperties", d.slaProperties);
        v("servers", d.servers);
        v("customProperties", d.customProperties);
    } else {
        static_assert(sizeof(T) == 0, "fields() does not know this type");
    }
}

} // namespace

const std::vector<std::string> &QualityRule::operatorKeys()
{
    static const std::vector<std::string> keys
        = { "mustBe", "mustNotBe", "mustBeGreaterThan", "mustBeGreaterOrEqualTo", "mustBeGreaterThanOrEqualTo",
              "mustBeLessThan", "mustBeLessOrEqualTo", "mustBeLessThanOrEqualTo", "mustBeBetween", "mustNotBeBetween" };
    return keys;
}

DataContract fromJson(const Json &document)
{
    if (!document.is_object()) {
        return {};
    }
    DataContract contract = In::read<DataContract>(document);
    // The team is an object (v3.1) or a bare list of members (v3.0); both read into Team.
    if (const auto it = contract.extra.find("team"); it != contract.extra.end()) {
        if (it->is_object()) {
            contract.team = In::read<Team>(*it);
            contract.extra.erase(it);
        } else if (it->is_array() && std::all_of(it->begin(), it->end(), [](const Json &m) { return m.is_object(); })) {
            Team team;
            team.listForm = true;
            std::vector<TeamMember> members;
            for (const auto &m : *it) {
                members.push_back(In::read<TeamMember>(m));
            }
            team.members = std::move(members);
            contract.team = std::move(team);
            contract.extra.erase(it);
        }
    }
    return contract;
}

Json toJson(const DataContract &contract)
{
    Json document = Out::write(contract);
    if (contract.team) {
        if (contract.team->listForm) {
            Json members = Json::array();
            for (const auto &m : contract.team->members.value_or(std::vector<TeamMember> {})) {
                members.push_back(Out::write(m));
            }
            document["team"] = std::move(members);
        } else {
            document["team"] = Out::write(*contract.team);
        }
    }
    return document;
}

} // namespace tessera::odcs
