// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
//
// The sync engine against local servers that replay the real Marquez and OpenMetadata fixtures
// (../shared/fixtures/catalogs), and against hostile endpoints: a first full sync, incremental syncs, push with
// If-Match and conflicts, and per-source errors that leave the store unchanged for the failed page.
#include "governance/review.h"
#include "store/store.h"
#include "support/testhttpserver.h"
#include "sync/syncengine.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <atomic>
#include <set>

using namespace tessera;
using tessera::test::Request;
using tessera::test::Response;
using tessera::test::TestHttpServer;
using Json = nlohmann::json;

namespace {

const QString kFixtures = QStringLiteral(TESSERA_FIXTURES_DIR "/catalogs");

Json readJson(const QString &relative)
{
    const QByteArray text = TestHttpServer::fixture(kFixtures + QLatin1Char('/') + relative);
    return Json::parse(text.constBegin(), text.constEnd(), nullptr, false);
}

/** limit/offset paging over `items` in Marquez's envelope. */
Response marquezPage(const Request &r, const char *key, const Json &items)
{
    const int limit = r.query.queryItemValue(QStringLiteral("limit")).toInt();
    const int offset = r.query.queryItemValue(QStringLiteral("offset")).toInt();
    Json page = Json::array();
    for (int i = offset; i < int(items.size()) && i < offset + (limit > 0 ? limit : 100); ++i) {
        page.push_back(items[std::size_t(i)]);
    }
    return Response::json(QByteArray::fromStdString(Json { { key, page }, { "totalCount", items.size() } }.dump()));
}

/** A Marquez server replaying the seed namespace, datasets and jobs, and the food-delivery run events. */
struct MarquezReplay
{
    TestHttpServer server;
    Json datasets;
    Json jobs;
    Json events;
    QMutex lock;

    MarquezReplay()
    {
        datasets = readJson(QStringLiteral("marquez/seed/datasets.json"));
        jobs = readJson(QStringLiteral("marquez/seed/jobs.json"));
        for (auto &d : datasets) {
            d["id"] = { { "namespace", d["namespace"] }, { "name", d["name"] } };
            d["currentVersion"] = "v1";
        }
        for (auto &j : jobs) {
            j["id"] = { { "namespace", j["namespace"] }, { "name", j["name"] } };
            j["currentVersion"] = "v1";
        }
        QString text
            = QString::fromUtf8(TestHttpServer::fixture(kFixtures + QStringLiteral("/marquez/metadata.template.json")));
        text.replace(QStringLiteral("{{RUN_START_TIME}}"), QStringLiteral("2026-11-20T06:00:00Z"));
        static const QRegularExpression after(QStringLiteral("\\{\\{RUN_END_TIME_AFTER_(\\d+)_MINUTES\\}\\}"));
        for (auto m = after.match(text); m.hasMatch(); m = after.match(text)) {
            text.replace(m.capturedStart(), m.capturedLength(),
                QStringLiteral("2026-11-20T06:%1:00Z").arg(m.captured(1).toInt(), 2, 10, QLatin1Char('0')));
        }
        events = Json::parse(text.toStdString(), nullptr, false);
        Q_ASSERT(events.is_array());
    }

    bool start()
    {
        if (!server.startInThread()) {
            return false;
        }
        server.route("GET", "/api/v1/namespaces/food_delivery/datasets", [this](const Request &r) {
            QMutexLocker l(&lock);
            return marquezPage(r, "datasets", datasets);
        });
        server.route("GET", "/api/v1/namespaces/food_delivery/jobs", [this](const Request &r) {
            QMutexLocker l(&lock);
            return marquezPage(r, "jobs", jobs);
        });
        server.route("GET", "/api/v1/namespaces", [](const Request &r) {
            return marquezPage(r, "namespaces", readJson(QStringLiteral("marquez/seed/namespaces.json")));
        });
        server.route("GET", "/api/v1/events/lineage", [this](const Request &r) {
            QMutexLocker l(&lock);
            const std::string after = r.query.queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded).toStdString();
            Json selected = Json::array();
            for (const auto &e : events) {
                if (after.empty() || (e.is_object() && e.value("eventTime", std::string()) > after)) {
                    selected.push_back(e);
                }
            }
            return marquezPage(r, "events", selected);
        });
        // Column lineage of a dataset, from the events' column-lineage facets, as DATASET_FIELD nodes.
        server.route("GET", "/api/v1/column-lineage", [this](const Request &r) {
            QMutexLocker l(&lock);
            const QString node = r.query.queryItemValue(QStringLiteral("nodeId"), QUrl::FullyDecoded);
            Json graph = Json::array();
            for (const auto &e : events) {
                if (!e.is_object()) {
                    continue; // the odd events of oddShapesInsideAnswers()
                }
                for (const auto &o : e.value("outputs", Json::array())) {
                    const std::string id = "dataset:" + o.value("namespace", "") + ':' + o.value("name", "");
                    const auto facets = o.value("facets", Json::object());
                    if (id != node.toStdString() || !facets.contains("columnLineage")) {
                        continue;
                    }
                    for (const auto &[field, spec] : facets["columnLineage"]["fields"].items()) {
                        Json inputs = Json::array();
                        for (const auto &in : spec.value("inputFields", Json::array())) {
                            inputs.push_back({ { "namespace", in["namespace"] }, { "dataset", in["name"] },
                                { "field", in["field"] } });
                        }
                        graph.push_back({ { "id", id + ':' + field }, { "type", "DATASET_FIELD" },
                            { "data",
                                { { "namespace", o["namespace"] }, { "dataset", o["name"] }, { "field", field },
                                    { "transformationType", "IDENTITY" }, { "inputFields", inputs } } },
                            { "inEdges", Json::array() }, { "outEdges", Json::array() } });
                    }
                }
            }
            return Response::json(QByteArray::fromStdString(Json { { "graph", graph } }.dump()));
        });
        return true;
    }

    SourceRow source() const
    {
        SourceRow s;
        s.kind = QStringLiteral("marquez");
        s.name = QStringLiteral("Marquez");
        s.location = server.url().toString();
        s.settings["pageSize"] = 5; // several pages from 16 datasets
        return s;
    }
};

QString uuid(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

/** An OpenMetadata server built from the sample data: tables and lineage, contracts with ODCS and results. */
struct OpenMetadataReplay
{
    TestHttpServer server;
    Json domains = Json::array();
    Json products = Json::array();
    Json tables = Json::array();
    Json contracts = Json::array();
    Json lineage;
    std::map<std::string, Json> results; // contract id → results
    std::map<std::string, std::string> odcs; // contract id → ODCS YAML
    Json changeEvents = Json::array();
    QMutex lock;
    int pageSize = 4;
    bool oddLineage = false; // lineage answers with members of the wrong shapes
    std::vector<Request> patches; // PATCH /dataContracts/{id}, as received
    std::vector<Json> threads; // POST /feed bodies
    int patchStatus = 200; // what PATCH answers (403 refuses, 503 fails)

    OpenMetadataReplay()
    {
        lineage = readJson(QStringLiteral("openmetadata/examples/sample_data/lineage/lineage.json"));
        const Json sample
            = readJson(QStringLiteral("openmetadata/examples/sample_data/dataContracts/dataContracts.json"));
        std::map<std::string, Json> columnsOf;
        for (const auto &c : sample["dataContracts"]) {
            Json columns = Json::array();
            for (const auto &s : c.value("schema", Json::array())) {
                columns.push_back({ { "name", s["name"] }, { "dataType", s.value("dataType", "STRING") } });
            }
            columnsOf[c["tableFQN"]] = columns;
        }
        domains.push_back({ { "id", uuid(1).toStdString() }, { "name", "Commerce" }, { "description", "Orders" },
            { "domainType", "Source-aligned" }, { "fullyQualifiedName", "Commerce" }, { "version", 0.1 } });
        std::set<std::string> fqns;
        for (const auto &e : lineage) {
            for (const char *end : { "from", "to" }) {
                if (e[end]["type"] == "table") {
                    fqns.insert(e[end]["fqn"].get<std::string>());
                }
            }
        }
        int n = 100;
        for (const auto &fqn : fqns) {
            const auto dot = fqn.rfind('.');
            Json columns
                = columnsOf.count(fqn) ? columnsOf[fqn] : Json::array({ { { "name", "id" }, { "dataType", "INT" } } });
            tables.push_back({ { "id", uuid(n++).toStdString() }, { "name", fqn.substr(dot + 1) },
                { "fullyQualifiedName", fqn }, { "columns", columns }, { "version", 0.1 },
                { "updatedAt", 1763600000000 }, { "tableType", "Regular" },
                { "domains",
                    Json::array(
                        { { { "id", uuid(1).toStdString() }, { "type", "domain" }, { "name", "Commerce" } } }) } });
        }
        products.push_back({ { "id", uuid(50).toStdString() }, { "name", "customer_analytics" },
            { "displayName", "Customer analytics" }, { "description", "Customers of the shop" },
            { "fullyQualifiedName", "customer_analytics" }, { "version", 0.1 }, { "lifecycleStage", "PRODUCTION" },
            { "domains",
                Json::array({ { { "id", uuid(1).toStdString() }, { "type", "domain" }, { "name", "Commerce" } } }) },
            { "owners",
                Json::array({ { { "id", uuid(2).toStdString() }, { "type", "team" }, { "name", "analytics" } } }) } });
        // Two contracts: the sample's dim_customer one, exported as the ODCS JSON example, and one exported as
        // the customer-orders YAML example.
        const std::string customerTable = idOfTable("sample_data.ecommerce_db.shopify.dim_customer");
        contracts.push_back({ { "id", uuid(200).toStdString() }, { "name", "dim_customer_schema_contract" },
            { "fullyQualifiedName",
                "sample_data.ecommerce_db.shopify.dim_customer.dataContract_dim_customer_schema_contract" },
            { "entity", { { "id", customerTable }, { "type", "table" } } }, { "version", 0.1 },
            { "entityStatus", "Active" } });
        contracts.push_back({ { "id", uuid(201).toStdString() }, { "name", "customer_orders" },
            { "entity", { { "id", idOfTable("sample_data.ecommerce_db.shopify.fact_order") }, { "type", "table" } } },
            { "version", 0.3 } });
        odcs[uuid(200).toStdString()]
            = TestHttpServer::fixture(kFixtures + QStringLiteral("/openmetadata/examples/odcs/simple-contract.json"))
                  .toStdString();
        odcs[uuid(201).toStdString()] = TestHttpServer::fixture(
            kFixtures + QStringLiteral("/openmetadata/examples/odcs/customer-orders-contract.yaml"))
                                            .toStdString();
        const Json sampleResults
            = readJson(QStringLiteral("openmetadata/examples/sample_data/dataContracts/dataContractResults.json"));
        Json list = Json::array();
        qint64 ts = 1763625600000; // 2025-11-20
        for (auto r : sampleResults["dataContractResults"][0]["results"]) {
            r["dataContractFQN"] = sampleResults["dataContractResults"][0]["dataContractFQN"];
            r["timestamp"] = ts;
            r["id"] = uuid(int(300 + ts % 97)).toStdString();
            r["qualityValidation"] = { { "passed", 3 }, { "failed", r["contractExecutionStatus"] == "Failed" ? 1 : 0 },
                { "total", 3 }, { "qualityScore", r["contractExecutionStatus"] == "Failed" ? 66.7 : 100.0 } };
            r["slaValidation"] = { { "latencyMet", true }, { "actualLatency", 12500 } };
            list.push_back(r);
            ts += 86400000;
        }
        results[uuid(200).toStdString()] = list;
    }

    std::string idOfTable(const std::string &fqn) const
    {
        for (const auto &t : tables) {
            if (t["fullyQualifiedName"] == fqn) {
                return t["id"];
            }
        }
        return {};
    }

    Response page(const Request &r, const Json &items)
    {
        const int limit = std::min(pageSize, std::max(1, r.query.queryItemValue(QStringLiteral("limit")).toInt()));
        const int offset = r.query.queryItemValue(QStringLiteral("after")).toInt();
        Json data = Json::array();
        for (int i = offset; i < int(items.size()) && i < offset + limit; ++i) {
            data.push_back(items[std::size_t(i)]);
        }
        Json paging = { { "total", items.size() } };
        if (offset + limit < int(items.size())) {
            paging["after"] = std::to_string(offset + limit);
        }
        return Response::json(QByteArray::fromStdString(Json { { "data", data }, { "paging", paging } }.dump()));
    }

    Json *find(Json &list, const std::string &id)
    {
        for (auto &e : list) {
            if (e["id"] == id) {
                return &e;
            }
        }
        return nullptr;
    }

    bool start()
    {
        if (!server.startInThread()) {
            return false;
        }
        server.route("GET", "/api/v1/domains", [this](const Request &r) {
            QMutexLocker l(&lock);
            return page(r, domains);
        });
        server.route("GET", "/api/v1/dataProducts", [this](const Request &r) {
            QMutexLocker l(&lock);
            return page(r, products);
        });
        server.route("GET", "/api/v1/tables", [this](const Request &r) {
            QMutexLocker l(&lock);
            const QByteArray id = r.path.mid(QByteArray("/api/v1/tables/").size());
            if (r.path.startsWith("/api/v1/tables/")) {
                if (const Json *t = find(tables, id.toStdString())) {
                    return Response::json(QByteArray::fromStdString(t->dump()));
                }
                return Response::json(R"({"code":404,"message":"table not found"})", 404);
            }
            return page(r, tables);
        });
        server.route("GET", "/api/v1/lineage/table/name/", [this](const Request &r) {
            QMutexLocker l(&lock);
            if (oddLineage) {
                return Response::json(R"({"entity": [1], "nodes": "x", "upstreamEdges": [1, "x", null,
                    {"fromEntity": 5, "toEntity": {"id": 7}, "lineageDetails": "y"}], "paging": 3})");
            }
            const std::string fqn
                = QUrl::fromPercentEncoding(r.path.mid(QByteArray("/api/v1/lineage/table/name/").size())).toStdString();
            Json nodes = Json::array();
            Json edges = Json::array();
            const std::string self = idOfTable(fqn);
            for (const auto &e : lineage) {
                if (e["to"]["fqn"] != fqn || e["from"]["type"] != "table") {
                    continue;
                }
                const std::string from = idOfTable(e["from"]["fqn"]);
                nodes.push_back({ { "id", from }, { "type", "table" }, { "fullyQualifiedName", e["from"]["fqn"] } });
                Json details = { { "source", "PipelineLineage" } };
                if (e.contains("edge_meta")) {
                    details["pipeline"] = { { "id", uuid(999).toStdString() }, { "type", "pipeline" },
                        { "fullyQualifiedName", e["edge_meta"]["fqn"] } };
                }
                details["columnsLineage"]
                    = Json::array({ { { "fromColumns", Json::array({ e["from"]["fqn"].get<std::string>() + ".id" }) },
                        { "toColumn", fqn + ".id" } } });
                edges.push_back({ { "fromEntity", from }, { "toEntity", self }, { "lineageDetails", details } });
            }
            return Response::json(QByteArray::fromStdString(Json {
                { "entity", { { "id", self }, { "type", "table" }, { "fullyQualifiedName", fqn } } },
                { "nodes", nodes }, { "upstreamEdges", edges },
                { "downstreamEdges", Json::array() } }.dump()));
        });
        server.route("GET", "/api/v1/dataContracts", [this](const Request &r) {
            QMutexLocker l(&lock);
            const QList<QByteArray> parts = r.path.mid(QByteArray("/api/v1/dataContracts").size()).split('/');
            if (parts.size() <= 1) {
                return page(r, contracts);
            }
            const std::string id = parts.value(1).toStdString();
            if (parts.size() >= 4 && parts[2] == "odcs" && parts[3] == "yaml") {
                Response y = Response::json(QByteArray::fromStdString(odcs[id]));
                y.contentType = "application/yaml";
                return y;
            }
            if (parts.size() >= 3 && parts[2] == "results") {
                return page(r, results.count(id) ? results[id] : Json::array());
            }
            const Json *c = find(contracts, id);
            return c ? Response::json(QByteArray::fromStdString(c->dump()))
                     : Response::json(R"({"code":404,"message":"contract not found"})", 404);
        });
        server.route("PUT", "/api/v1/dataContracts/odcs/yaml", [this](const Request &r) {
            QMutexLocker l(&lock);
            const std::string entity = r.query.queryItemValue(QStringLiteral("entityId")).toStdString();
            for (auto &c : contracts) {
                if (c["entity"]["id"] != entity) {
                    continue;
                }
                const QByteArray version = QByteArray::fromStdString(c["version"].dump());
                if (r.headers.value("if-match") != version) {
                    return Response::json(R"({"code":412,"message":"version mismatch"})", 412);
                }
                if (!r.body.contains("kind: DataContract")) {
                    return Response::json(R"({"code":400,"message":"Invalid ODCS contract: kind is required"})", 400);
                }
                c["version"] = c["version"].get<double>() + 0.1;
                odcs[c["id"]] = r.body.toStdString();
                return Response::json(QByteArray::fromStdString(c.dump()));
            }
            return Response::json(R"({"code":404,"message":"entity not found"})", 404);
        });
        server.route("PATCH", "/api/v1/dataContracts/", [this](const Request &r) {
            QMutexLocker l(&lock);
            patches.push_back(r);
            if (patchStatus != 200) {
                return Response::json(patchStatus == 403
                        ? R"({"code":403,"message":"Principal: reviewer is not allowed to EditStatus"})"
                        : R"({"code":503,"message":"unavailable"})",
                    patchStatus);
            }
            Json *c = find(contracts, r.path.mid(QByteArray("/api/v1/dataContracts/").size()).toStdString());
            const Json patch = Json::parse(r.body.toStdString(), nullptr, false);
            if (!c || !patch.is_array() || r.headers.value("content-type") != "application/json-patch+json") {
                return Response::json(R"({"code":400,"message":"bad patch"})", 400);
            }
            for (const auto &op : patch) {
                (*c)[Json::json_pointer(op["path"].get<std::string>())] = op["value"];
            }
            (*c)["fullyQualifiedName"]
                = "sample_data.ecommerce_db.shopify.fact_order.dataContract_" + (*c)["name"].get<std::string>();
            return Response::json(QByteArray::fromStdString(c->dump()));
        });
        server.route("POST", "/api/v1/feed", [this](const Request &r) {
            QMutexLocker l(&lock);
            threads.push_back(Json::parse(r.body.toStdString(), nullptr, false));
            return Response::json(R"({"id":"00000000-0000-4000-8000-000000000777"})", 201);
        });
        server.route("GET", "/api/v1/events", [this](const Request &r) {
            QMutexLocker l(&lock);
            const qint64 since = r.query.queryItemValue(QStringLiteral("timestamp")).toLongLong();
            Json data = Json::array();
            for (const auto &e : changeEvents) {
                if (e["timestamp"].get<qint64>() > since) {
                    data.push_back(e);
                }
            }
            return Response::json(QByteArray::fromStdString(
                Json { { "data", data }, { "paging", { { "total", data.size() } } } }.dump()));
        });
        return true;
    }

    SourceRow source() const
    {
        SourceRow s;
        s.kind = QStringLiteral("openmetadata");
        s.name = QStringLiteral("OpenMetadata");
        s.location = server.url().toString();
        return s;
    }
};

OutboxRow outboxRow(std::int64_t sourceId, const std::string &payload, const std::string &draftKey)
{
    OutboxRow row;
    row.sourceId = sourceId;
    row.operation = "publishContract";
    row.payload = payload;
    row.draftKey = draftKey;
    return row;
}

/**
 * Validates `instance` against one of OpenMetadata's JSON Schemas in the fixtures (draft 7, `$ref`s across files
 * resolved by their `$id` URLs). Files the fixtures do not carry (SOURCES.md lists them) count as `{}`. Returns
 * the errors, empty when it conforms.
 */
QStringList openMetadataErrors(const Json &instance, const QString &schemaPath)
{
    static const std::string base = "https://open-metadata.org/schema/";
    const QString root = kFixtures + QStringLiteral("/openmetadata/schemas/");
    std::map<std::string, std::unique_ptr<Json>> documents;
    std::map<std::string, std::set<std::string>> pointersInto; // file → JSON Pointers other files refer to
    const auto load = [&](const std::string &uri) -> const Json * {
        std::string file = uri.substr(0, uri.find('#'));
        if (file.rfind(base, 0) == 0) {
            file = file.substr(base.size());
        }
        auto &doc = documents[file];
        if (!doc) {
            QFile f(root + QString::fromStdString(file));
            doc = std::make_unique<Json>(
                f.open(QIODevice::ReadOnly) ? Json::parse(f.readAll().toStdString(), nullptr, false) : Json::object());
            if (doc->is_discarded()) {
                *doc = Json::object();
            }
            if (!f.exists()) {
                // A file the fixtures lack: anything goes, at every place referred to.
                for (const std::string &pointer : pointersInto[file]) {
                    (*doc)[Json::json_pointer(pointer)] = Json::object();
                }
            }
            // References to other files are relative to this one: made absolute, so each resolves to its file.
            const QUrl self(QString::fromStdString(base + file));
            std::function<void(Json &)> absolute = [&](Json &node) {
                if (node.is_object()) {
                    for (auto &[key, value] : node.items()) {
                        if (key == "$ref" && value.is_string() && value.get<std::string>().rfind('#', 0) != 0) {
                            const QUrl target = self.resolved(QUrl(QString::fromStdString(value.get<std::string>())));
                            value = target.toString().toStdString();
                            if (target.hasFragment()) {
                                pointersInto[target.toString(QUrl::RemoveFragment).toStdString().substr(base.size())]
                                    .insert(target.fragment().toStdString());
                            }
                        } else {
                            absolute(value);
                        }
                    }
                } else if (node.is_array()) {
                    for (auto &item : node) {
                        absolute(item);
                    }
                }
            };
            absolute(*doc);
            doc->erase("$id"); // the file's own URL is how it was fetched
        }
        return doc.get();
    };
    const Json *schemaDocument = load(schemaPath.toStdString());
    valijson::Schema schema;
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    try {
        parser.populateSchema(
            valijson::adapters::NlohmannJsonAdapter(*schemaDocument), schema,
            [&](const std::string &uri) { return load(uri); }, [](const Json *) {});
    } catch (const std::exception &e) {
        return { QStringLiteral("schema %1: %2").arg(schemaPath, QString::fromUtf8(e.what())) };
    }
    valijson::Validator validator;
    valijson::ValidationResults results;
    QStringList errors;
    if (!validator.validate(schema, valijson::adapters::NlohmannJsonAdapter(instance), &results)) {
        valijson::ValidationResults::Error error;
        while (results.popError(error)) {
            QStringList context;
            for (const auto &c : error.context) {
                context << QString::fromStdString(c);
            }
            errors << context.join(QString()) + QStringLiteral(": ") + QString::fromStdString(error.description);
        }
    }
    return errors;
}

std::int64_t scalar(Store &store, const char *sql)
{
    return store.connection().scalar(sql).value_or(-1);
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_stores = 0;

    QString newStore() { return m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_stores)); }

    SourceRow add(const QString &path, SourceRow row)
    {
        StoreStatus status;
        auto store = Store::open(path, status);
        [&] {
            QVERIFY(store);
            QVERIFY2(store->addSource(row, status), qPrintable(status.message));
        }();
        return row;
    }

    static HttpOptions fast()
    {
        HttpOptions o;
        o.timeoutMs = 2000;
        o.totalTimeoutMs = 5000;
        o.backoffMs = 10;
        o.maxBackoffMs = 500;
        o.maxAttempts = 2;
        return o;
    }

    static SyncReport syncOne(const QString &path, const QString &name, TokenLookup tokens = {})
    {
        SyncEngine engine(path, std::move(tokens), fast());
        const auto reports = engine.run({ name });
        return reports.size() == 1 ? reports.front() : SyncReport {};
    }

private Q_SLOTS:
    void marquezFullThenIncremental()
    {
        MarquezReplay marquez;
        QVERIFY(marquez.start());
        const QString path = newStore();
        add(path, marquez.source());
        std::vector<SyncProgress> progress;
        SyncEngine engine(path, {}, fast());
        engine.setProgress([&](const SyncProgress &p) { progress.push_back(p); });
        auto reports = engine.run({});
        QCOMPARE(reports.size(), std::size_t(1));
        SyncReport first = reports.front();
        QVERIFY2(first.ok(), qPrintable(first.message));
        QCOMPARE(first.entities, qint64(16 + 13));
        QVERIFY(!progress.empty());

        StoreStatus status;
        auto store = Store::open(path, status);
        QVERIFY(store);
        // Every seed dataset is searchable with its columns; PII tags became classifications.
        SearchQuery q;
        q.text = QStringLiteral("customers");
        q.facets.emplace(QStringLiteral("source"), QStringLiteral("Marquez"));
        QVERIFY(store->search(q).total >= 1);
        QCOMPARE(scalar(*store, "SELECT count(*) FROM source_datasets"), 16);
        QVERIFY(scalar(*store,
                    "SELECT count(*) FROM columns c JOIN datasets d ON d.id = c.dataset_id WHERE d.namespace = "
                    "'food_delivery' AND c.classification = 'PII'")
            >= 1);
        // The jobs' inputs and outputs are the lineage, and the run events add column lineage and run times.
        QVERIFY(scalar(*store, "SELECT count(*) FROM lineage_edges WHERE file_path LIKE 'job:%'") >= 13);
        QVERIFY(scalar(*store, "SELECT count(*) FROM column_lineage") > 0);
        QVERIFY(scalar(*store, "SELECT count(*) FROM job_runs WHERE file_path LIKE 'run:%'") > 0);
        const auto graph = store->lineage(QStringLiteral("food_delivery/public.delivery_7_days"), 5, 5, false);
        QVERIFY(graph);
        QVERIFY(graph->nodes.size() > 3);
        QCOMPARE(store->syncCursor(store->sources().front().id, "marquez:events"), std::string("2026-11-20T06:10:00Z"));
        QCOMPARE(store->sources().front().syncState, QStringLiteral("ok"));

        // Nothing changed: nothing is written, and only events after the cursor are asked for.
        marquez.server.clearRequests();
        SyncReport second = syncOne(path, QStringLiteral("Marquez"));
        QVERIFY(second.ok());
        QCOMPARE(second.entities, qint64(0));
        bool askedAfter = false;
        for (const Request &r : marquez.server.requests()) {
            askedAfter
                = askedAfter || (r.path == "/api/v1/events/lineage" && r.query.hasQueryItem(QStringLiteral("after")));
        }
        QVERIFY(askedAfter);

        // One dataset changes: only it is written again; one goes away: it leaves the search.
        {
            QMutexLocker l(&marquez.lock);
            for (auto &d : marquez.datasets) {
                if (d["name"] == "public.customers") {
                    d["currentVersion"] = "v2";
                    d["description"] = "Customers, now described";
                }
            }
            marquez.datasets.erase(marquez.datasets.begin());
        }
        SyncReport third = syncOne(path, QStringLiteral("Marquez"));
        QVERIFY2(third.ok(), qPrintable(third.message));
        QCOMPARE(third.entities, qint64(1)); // the changed dataset (the one gone is removed, not counted)
        auto again = Store::open(path, status);
        QCOMPARE(scalar(*again, "SELECT count(*) FROM source_datasets"), 15);
        QCOMPARE(scalar(*again,
                     "SELECT count(*) FROM datasets WHERE name = 'public.customers' AND description = "
                     "'Customers, now described'"),
            1);

        // A job changes: its dataset edges are read again, and the column lineage of what it writes stays.
        const std::int64_t columnEdges = scalar(*again, "SELECT count(*) FROM column_lineage");
        QVERIFY(columnEdges > 0);
        {
            QMutexLocker l(&marquez.lock);
            for (auto &j : marquez.jobs) {
                j["currentVersion"] = "v2";
            }
        }
        const SyncReport fourth = syncOne(path, QStringLiteral("Marquez"));
        QVERIFY2(fourth.ok(), qPrintable(fourth.message));
        QCOMPARE(fourth.entities, qint64(13));
        again = Store::open(path, status);
        QCOMPARE(scalar(*again, "SELECT count(*) FROM column_lineage"), columnEdges);
    }

    void openMetadataFullIncrementalAndPush()
    {
        OpenMetadataReplay om;
        QVERIFY(om.start());
        const QString path = newStore();
        add(path, om.source());
        SyncReport first = syncOne(path, QStringLiteral("OpenMetadata"));
        QVERIFY2(first.ok(), qPrintable(first.message + QLatin1Char(' ') + first.skipped.join(QLatin1Char(';'))));
        StoreStatus status;
        auto store = Store::open(path, status);
        QVERIFY(store);
        QCOMPARE(scalar(*store, "SELECT count(*) FROM products"), 1);
        QCOMPARE(scalar(*store, "SELECT count(*) FROM source_datasets"), std::int64_t(om.tables.size()));
        QVERIFY2(scalar(*store, "SELECT count(DISTINCT external_id) FROM contracts WHERE present = 1") == 2,
            qPrintable(first.skipped.join(QLatin1Char('\n'))));
        QVERIFY(scalar(*store, "SELECT count(*) FROM lineage_edges") >= 20);
        QVERIFY(scalar(*store, "SELECT count(*) FROM column_lineage") >= 20);
        QCOMPARE(scalar(*store, "SELECT count(*) FROM quality_results WHERE contract_external_id = 'dc-json-001'"), 3);
        QVERIFY(
            scalar(*store, "SELECT count(*) FROM sla_measurements WHERE contract_external_id = 'dc-json-001'") >= 3);
        const auto product = store->show(QStringLiteral("openmetadata:customer_analytics"));
        QVERIFY(product);

        // Incremental: one table updated, one deleted, since the newest change seen.
        const qint64 later = 1900000000000;
        {
            QMutexLocker l(&om.lock);
            Json &t = om.tables[0];
            t["description"] = "Updated in OpenMetadata";
            t["version"] = 0.2;
            om.changeEvents.push_back({ { "id", uuid(900).toStdString() }, { "eventType", "entityUpdated" },
                { "entityType", "table" }, { "entityId", t["id"] }, { "timestamp", later } });
            om.changeEvents.push_back({ { "id", uuid(901).toStdString() }, { "eventType", "entityDeleted" },
                { "entityType", "table" }, { "entityId", om.tables[1]["id"] }, { "timestamp", later + 1 } });
            om.changeEvents.push_back({ { "id", uuid(904).toStdString() }, { "eventType", "entityUpdated" },
                { "entityType", "table" }, { "entityId", om.tables[2]["id"] }, { "timestamp", later + 1 } });
            om.tables.erase(om.tables.begin() + 2); // updated, then deleted before the sync asks: a 404
            om.changeEvents.push_back({ { "id", uuid(902).toStdString() }, { "eventType", "entityUpdated" },
                { "timestamp", later + 2 } }); // no entity
        }
        om.server.clearRequests();
        SyncReport second = syncOne(path, QStringLiteral("OpenMetadata"));
        QVERIFY2(second.ok(), qPrintable(second.message));
        QCOMPARE(second.skipped.size(), 1);
        for (const Request &r : om.server.requests()) {
            QVERIFY2(
                r.path != "/api/v1/tables" && r.path != "/api/v1/dataContracts", r.path.constData()); // no full listing
        }
        store = Store::open(path, status);
        QCOMPARE(
            scalar(*store, "SELECT count(*) FROM source_datasets"), std::int64_t(om.tables.size() - 1)); // 1 and 2 gone
        QCOMPARE(scalar(*store, "SELECT count(*) FROM datasets WHERE description = 'Updated in OpenMetadata'"), 1);

        // Push: the published contract goes back with If-Match; the server's version moves.
        const std::int64_t sourceId = store->sources().front().id;
        std::string published
            = "apiVersion: v3.0.0\nkind: DataContract\nid: dc-json-001\nversion: 1.1.0\nstatus: active\n"
              "name: JSON Format Contract\n";
        QVERIFY(store->queueOutbox(outboxRow(sourceId, published, std::string()), status));
        SyncReport pushed = syncOne(path, QStringLiteral("OpenMetadata"));
        QVERIFY2(pushed.ok(), qPrintable(pushed.message));
        QVERIFY2(pushed.pushed == 1, qPrintable(pushed.skipped.join(QLatin1Char('\n')) + pushed.message));
        QVERIFY(store->outbox().empty());
        QVERIFY(om.server.requests().last().headers.value("if-match") == "0.1");

        // A second publish against a version that moved since the sync: a conflict, both versions kept.
        {
            QMutexLocker l(&om.lock);
            om.find(om.contracts, uuid(200).toStdString())->operator[]("version") = 0.5;
        }
        StoreStatus st;
        QVERIFY(store->saveDraft({ "draft-1", "dc-json-001", "1.0.0", published, "store:dc-json-001", true, {} }, st));
        QVERIFY(store->queueOutbox(outboxRow(sourceId, published, std::string("draft-1")), status));
        SyncReport conflict = syncOne(path, QStringLiteral("OpenMetadata"));
        QCOMPARE(conflict.state, QStringLiteral("conflict"));
        QVERIFY(!conflict.conflicts.empty());
        QVERIFY(!conflict.conflicts.front().theirs.empty());
        QVERIFY(!store->outbox().empty()); // kept until the user resolves it
        bool keptTheirs = false;
        for (const auto &v : store->draftVersions("dc-json-001")) {
            keptTheirs = keptTheirs || v.kind == "theirs";
        }
        QVERIFY(keptTheirs);

        // The conflict waits for the user: the next sync reports it again and sends nothing.
        const auto puts = [&om] {
            int n = 0;
            for (const Request &r : om.server.requests()) {
                n += r.method == "PUT";
            }
            return n;
        };
        const int putsBefore = puts();
        SyncReport again = syncOne(path, QStringLiteral("OpenMetadata"));
        QCOMPARE(again.state, QStringLiteral("conflict"));
        QCOMPARE(again.conflicts.size(), std::size_t(1));
        QVERIFY(!again.conflicts.front().theirs.empty());
        QCOMPARE(puts(), putsBefore);

        // The user merges and publishes again once the sync brought their version: the new change replaces the
        // conflicted one and goes through.
        {
            QMutexLocker l(&om.lock);
            om.changeEvents.push_back(
                { { "id", uuid(903).toStdString() }, { "eventType", "entityUpdated" }, { "entityType", "dataContract" },
                    { "entityId", uuid(200).toStdString() }, { "timestamp", later + 3 } });
        }
        QVERIFY(syncOne(path, QStringLiteral("OpenMetadata")).state == QStringLiteral("conflict")); // pulls theirs
        QVERIFY(store->queueOutbox(outboxRow(sourceId, published, std::string("draft-1")), status));
        QCOMPARE(store->outbox().size(), std::size_t(1));
        QVERIFY(!store->outbox().front().conflict);
        SyncReport resolved = syncOne(path, QStringLiteral("OpenMetadata"));
        QVERIFY2(resolved.ok(), qPrintable(resolved.message));
        QCOMPARE(resolved.pushed, 1);
        QVERIFY(store->outbox().empty());
        QVERIFY(om.server.requests().last().headers.value("if-match") == "0.5");
    }

    /** What the OpenMetadata replay serves conforms to OpenMetadata's own schemas (from the fixtures). */
    void openMetadataReplayConformsToItsSchemas()
    {
        OpenMetadataReplay om;
        const std::vector<std::pair<const Json *, QString>> lists {
            { &om.domains, QStringLiteral("entity/domains/domain.json") },
            { &om.products, QStringLiteral("entity/domains/dataProduct.json") },
            { &om.tables, QStringLiteral("entity/data/table.json") },
            { &om.contracts, QStringLiteral("entity/data/dataContract.json") },
            { &om.results[uuid(200).toStdString()], QStringLiteral("entity/datacontract/dataContractResult.json") },
        };
        int checked = 0;
        for (const auto &[list, schema] : lists) {
            QVERIFY(!list->empty());
            for (const Json &entity : *list) {
                const QStringList errors = openMetadataErrors(entity, schema);
                QVERIFY2(
                    errors.isEmpty(), qPrintable(schema + QStringLiteral(": ") + errors.join(QStringLiteral("; "))));
                ++checked;
            }
        }
        QVERIFY(checked > 20);
        // A change event, and the paging envelope.
        const Json event = { { "id", uuid(900).toStdString() }, { "eventType", "entityUpdated" },
            { "entityType", "table" }, { "entityId", uuid(100).toStdString() }, { "timestamp", 1900000000000 } };
        QVERIFY(openMetadataErrors(event, QStringLiteral("type/changeEvent.json")).isEmpty());
        QVERIFY(openMetadataErrors(Json { { "total", 3 }, { "after", "3" } }, QStringLiteral("type/paging.json"))
                    .isEmpty());
        // And the check would notice a mistake: a table without columns, a contract without its entity.
        QVERIFY(!openMetadataErrors(
            Json { { "id", uuid(1).toStdString() }, { "name", "t" } }, QStringLiteral("entity/data/table.json"))
                     .isEmpty());
        QVERIFY(!openMetadataErrors(
            Json { { "id", uuid(1).toStdString() }, { "name", "c" } }, QStringLiteral("entity/data/dataContract.json"))
                     .isEmpty());
    }

    /**
     * A contract "In Review" in OpenMetadata waits in the review queue; a decision is kept at once and sets the
     * contract's entityStatus with the next sync (its comment goes to the feed). A refusal (403) is said and not
     * sent again; a failing server (503) keeps the decision for the next sync.
     */
    void openMetadataTakesReviewDecisions()
    {
        OpenMetadataReplay om;
        om.contracts[1]["entityStatus"] = "In Review";
        QVERIFY(om.start());
        const QString path = newStore();
        add(path, om.source());
        QVERIFY(syncOne(path, QStringLiteral("OpenMetadata")).ok());
        StoreStatus status;
        auto store = Store::open(path, status);
        const std::int64_t sourceId = store->sources().front().id;
        auto items = review::queue(store->connection());
        QCOMPARE(items.size(), std::size_t(1));
        const ReviewItem item = items.front();
        QCOMPARE(item.contractId, QStringLiteral("urn:datacontract:checkout:orders-latest"));
        QVERIFY(item.waiting());
        QVERIFY(item.sourceTakesDecisions);

        ReviewDecision decision;
        decision.contractId = item.contractId;
        decision.version = item.version;
        decision.verdict = ReviewDecision::Verdict::Approved;
        decision.comment = QStringLiteral("Checked the PII masking.");
        decision.reviewer = QStringLiteral("gov");
        QVERIFY(review::decide(*store, decision, status));
        QCOMPARE(review::pendingDecisions(store->connection(), sourceId).size(), std::size_t(1));
        QVERIFY(om.patches.empty()); // kept locally until the next sync

        SyncReport r = syncOne(path, QStringLiteral("OpenMetadata"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.decisionsSent, 1);
        QVERIFY(r.message.contains(QLatin1String("review decision")));
        {
            QMutexLocker l(&om.lock);
            QCOMPARE(om.patches.size(), std::size_t(1));
            QCOMPARE(om.patches[0].path, QByteArray("/api/v1/dataContracts/") + uuid(201).toUtf8());
            QCOMPARE(om.contracts[1]["entityStatus"].get<std::string>(), std::string("Approved"));
            QCOMPARE(om.threads.size(), std::size_t(1));
            QCOMPARE(om.threads[0]["from"].get<std::string>(), std::string("gov"));
            QVERIFY(om.threads[0]["message"].get<std::string>().find("Checked the PII masking.") != std::string::npos);
            QCOMPARE(om.threads[0]["about"].get<std::string>(),
                std::string(
                    "<#E::dataContract::sample_data.ecommerce_db.shopify.fact_order.dataContract_customer_orders>"));
        }
        QVERIFY(review::pendingDecisions(store->connection(), sourceId).empty());
        items = review::queue(store->connection());
        QCOMPARE(items.front().decision->push, ReviewDecision::Push::Sent);

        // Refused: said, kept in Tessera, not sent again.
        om.patchStatus = 403;
        decision.verdict = ReviewDecision::Verdict::ChangesRequested;
        decision.comment = QStringLiteral("Mask the email column too.");
        QVERIFY(review::decide(*store, decision, status));
        r = syncOne(path, QStringLiteral("OpenMetadata"));
        QCOMPARE(r.decisionsFailed, 1);
        QVERIFY2(r.skipped.join(QLatin1Char(' ')).contains(QLatin1String("not allowed to EditStatus")),
            qPrintable(r.skipped.join(QLatin1Char(' '))));
        items = review::queue(store->connection());
        QCOMPARE(items.front().decision->push, ReviewDecision::Push::Failed);
        QVERIFY(items.front().decision->pushMessage.contains(QLatin1String("not allowed")));
        const std::size_t patches = om.patches.size();
        QVERIFY(syncOne(path, QStringLiteral("OpenMetadata")).ok());
        QCOMPARE(om.patches.size(), patches);

        // The server fails: the decision stays pending, with why, and goes with the sync after.
        om.patchStatus = 503;
        decision.verdict = ReviewDecision::Verdict::Approved;
        decision.comment.clear();
        QVERIFY(review::decide(*store, decision, status));
        r = syncOne(path, QStringLiteral("OpenMetadata"));
        QCOMPARE(r.decisionsFailed, 1);
        auto pending = review::pendingDecisions(store->connection(), sourceId);
        QCOMPARE(pending.size(), std::size_t(1));
        QVERIFY(!pending.front().pushMessage.isEmpty());
        om.patchStatus = 200;
        const std::size_t threads = om.threads.size();
        r = syncOne(path, QStringLiteral("OpenMetadata"));
        QCOMPARE(r.decisionsSent, 1);
        QVERIFY(review::pendingDecisions(store->connection(), sourceId).empty());
        QCOMPARE(om.threads.size(), threads); // no comment, no thread
    }

    void openMetadataRejectionShowsTheServersMessage()
    {
        OpenMetadataReplay om;
        QVERIFY(om.start());
        const QString path = newStore();
        add(path, om.source());
        QVERIFY(syncOne(path, QStringLiteral("OpenMetadata")).ok());
        StoreStatus status;
        auto store = Store::open(path, status);
        const std::int64_t sourceId = store->sources().front().id;
        // Not an ODCS contract by the server's rules (no kind): 400 with a message, which the report carries.
        QVERIFY(store->queueOutbox(
            outboxRow(sourceId, "{\"id\": \"dc-json-001\", \"version\": \"2.0.0\"}", std::string()), status));
        SyncReport r = syncOne(path, QStringLiteral("OpenMetadata"));
        QCOMPARE(r.pushFailed, 1);
        QVERIFY2(r.skipped.join(QLatin1Char(' ')).contains(QLatin1String("kind is required")),
            qPrintable(r.skipped.join(QLatin1Char(' '))));
        const auto outbox = store->outbox();
        QCOMPARE(outbox.size(), std::size_t(1));
        QCOMPARE(outbox.front().attempts, 1);
        QVERIFY(QString::fromStdString(outbox.front().lastError).contains(QLatin1String("kind is required")));
    }

    void hostileEndpoints_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("failure"); // a word the message must hold
        QTest::newRow("malformed json") << "malformed"
                                        << "not valid JSON";
        QTest::newRow("wrong content type") << "html"
                                            << "text/html";
        QTest::newRow("server error") << "500"
                                      << "500";
        QTest::newRow("huge body") << "huge"
                                   << "refused";
        QTest::newRow("redirect loop") << "loop"
                                       << "redirect";
        QTest::newRow("paging never ends") << "endless"
                                           << "kept sending pages";
        QTest::newRow("cursor repeats") << "repeat"
                                        << "twice";
        QTest::newRow("not a list") << "shape"
                                    << "no list";
        QTest::newRow("unauthorized") << "401"
                                      << "Illegal token";
    }

    /**
     * A Backstage-shaped endpoint whose second listing page goes wrong: the sync fails with a clear message
     * naming the source, and the store holds exactly what it held before (listing writes nothing).
     */
    void hostileEndpoints()
    {
        QFETCH(QString, kind);
        QFETCH(QString, failure);
        TestHttpServer server;
        QVERIFY(server.startInThread());
        std::atomic<int> page { 0 };
        server.route("GET", "/api/catalog/entities/by-query", [&, kind](const Request &r) {
            const int n = ++page;
            const bool first = !r.query.hasQueryItem(QStringLiteral("cursor"));
            Json items = Json::array({ { { "kind", "Resource" },
                { "metadata",
                    { { "namespace", "default" }, { "name", "r" + std::to_string(n) }, { "etag", "e" } } } } });
            Json body = { { "items", items }, { "totalItems", 1000 },
                { "pageInfo", { { "nextCursor", "c" + std::to_string(n) } } } };
            if (first && kind != QLatin1String("endless") && kind != QLatin1String("repeat")
                && kind != QLatin1String("401")) {
                return Response::json(QByteArray::fromStdString(body.dump()));
            }
            if (kind == QLatin1String("malformed")) {
                return Response::json(R"({"items": [{"kind": )");
            }
            if (kind == QLatin1String("html")) {
                Response h = Response::json("<html><body>Sign in</body></html>");
                h.contentType = "text/html; charset=utf-8";
                return h;
            }
            if (kind == QLatin1String("500")) {
                return Response::json(R"({"error":{"message":"database is down"}})", 500);
            }
            if (kind == QLatin1String("huge")) {
                return Response::json(QByteArray(3 << 20, ' '));
            }
            if (kind == QLatin1String("loop")) {
                return Response::redirect("/api/catalog/entities/by-query?cursor=x");
            }
            if (kind == QLatin1String("repeat")) {
                body["pageInfo"]["nextCursor"] = "same";
                return Response::json(QByteArray::fromStdString(body.dump()));
            }
            if (kind == QLatin1String("shape")) {
                return Response::json(R"({"items": {"not": "a list"}})");
            }
            if (kind == QLatin1String("401")) {
                return Response::json(R"({"error":{"name":"AuthenticationError","message":"Illegal token"}})", 401);
            }
            return Response::json(QByteArray::fromStdString(body.dump())); // endless: always another cursor
        });
        const QString path = newStore();
        SourceRow row;
        row.kind = QStringLiteral("backstage");
        row.name = QStringLiteral("Hostile");
        row.location = server.url().toString();
        row.settings["maxPages"] = 20;
        add(path, row);
        StoreStatus status;
        auto store = Store::open(path, status);
        const auto before = store->counts();
        const qint64 filesBefore = scalar(*store, "SELECT count(*) FROM files");

        HttpOptions o = fast();
        o.maxBodyBytes = 1 << 20;
        SyncEngine engine(path, {}, o);
        const auto reports = engine.run({ QStringLiteral("Hostile") });
        QCOMPARE(reports.size(), std::size_t(1));
        const SyncReport &r = reports.front();
        QCOMPARE(r.state, QStringLiteral("failed"));
        QVERIFY2(r.message.contains(failure, Qt::CaseInsensitive), qPrintable(r.message));
        store = Store::open(path, status);
        QVERIFY(store->counts() == before);
        QCOMPARE(scalar(*store, "SELECT count(*) FROM files"), filesBefore);
        QCOMPARE(store->sources().front().syncState, QStringLiteral("failed"));
        QCOMPARE(store->sources().front().syncMessage, r.message);
        auto integrity = store->connection().prepare("PRAGMA integrity_check");
        QVERIFY(integrity.next());
        QCOMPARE(integrity.text(0), std::string("ok"));
    }

    /** Duplicate ids, missing fields and a lineage cycle: left out or kept once, the sync goes on. */
    void oddEntities()
    {
        TestHttpServer server;
        QVERIFY(server.startInThread());
        const Json list
            = { { "items",
                    Json::array({ { { "kind", "Resource" }, { "metadata", { { "name", "a" }, { "etag", "1" } } } },
                        { { "kind", "Resource" }, { "metadata", { { "name", "b" }, { "etag", "1" } } } },
                        { { "kind", "Resource" }, { "metadata", { { "name", "a" }, { "etag", "1" } } } },
                        { { "kind", "Resource" }, { "metadata", Json::object() } },
                        { { "metadata", { { "name", "nokind" } } } } }) },
                  { "pageInfo", Json::object() } };
        server.route("GET", "/api/catalog/entities/by-query",
            [list](const Request &) { return Response::json(QByteArray::fromStdString(list.dump())); });
        server.route("POST", "/api/catalog/entities/by-refs", [](const Request &) {
            // a depends on b and b on a: a cycle; a comes twice.
            const Json a = { { "kind", "Resource" },
                { "metadata", { { "namespace", "default" }, { "name", "a" }, { "etag", "1" } } },
                { "spec", { { "type", "dataset" }, { "dependsOn", { "resource:b" } } } } };
            const Json b = { { "kind", "Resource" },
                { "metadata", { { "namespace", "default" }, { "name", "b" }, { "etag", "1" } } },
                { "spec", { { "type", "dataset" }, { "dependsOn", { "resource:a", "resource:b" } } } } };
            return Response::json(QByteArray::fromStdString(Json { { "items", { a, b, a, nullptr } } }.dump()));
        });
        const QString path = newStore();
        SourceRow row;
        row.kind = QStringLiteral("backstage");
        row.name = QStringLiteral("Odd");
        row.location = server.url().toString();
        add(path, row);
        const SyncReport r = syncOne(path, QStringLiteral("Odd"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.entities, qint64(2));
        QVERIFY(r.skipped.size() >= 2);
        StoreStatus status;
        auto store = Store::open(path, status);
        QCOMPARE(scalar(*store, "SELECT count(*) FROM source_datasets"), 2);
        QCOMPARE(scalar(*store, "SELECT count(*) FROM lineage_edges"), 2);
        const auto graph = store->lineage(QStringLiteral("backstage:default/a"), 10, 10, false);
        QVERIFY(graph);
    }

    /**
     * Members of the wrong shape inside otherwise good answers (an event that is a number, a job that is a string,
     * lineage edges that are not objects) are skipped: the sync goes on and keeps the rest.
     */
    void oddShapesInsideAnswers()
    {
        MarquezReplay marquez;
        marquez.events.push_back(42);
        marquez.events.push_back("x");
        marquez.events.push_back({ { "eventType", "COMPLETE" }, { "eventTime", "2026-11-20T07:00:00Z" }, { "job", "j" },
            { "run", { { "runId", "r" } } } });
        QVERIFY(marquez.start());
        QString path = newStore();
        add(path, marquez.source());
        SyncReport r = syncOne(path, QStringLiteral("Marquez"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.entities, qint64(16 + 13));

        OpenMetadataReplay om;
        om.oddLineage = true;
        QVERIFY(om.start());
        path = newStore();
        add(path, om.source());
        r = syncOne(path, QStringLiteral("OpenMetadata"));
        QVERIFY2(r.ok(), qPrintable(r.message + QLatin1Char(' ') + r.skipped.join(QLatin1Char(';'))));
        StoreStatus status;
        auto store = Store::open(path, status);
        QCOMPARE(scalar(*store, "SELECT count(*) FROM source_datasets"), std::int64_t(om.tables.size()));
        QVERIFY(r.skipped.join(QLatin1Char(' ')).contains(QLatin1String("unknown entity")));
    }

    /** An unreachable source is offline, keeps its data, and syncs again once it is back. */
    void offlineKeepsTheCacheAndResumes()
    {
        MarquezReplay marquez;
        QVERIFY(marquez.start());
        const QString path = newStore();
        SourceRow row = add(path, marquez.source());
        QVERIFY(syncOne(path, QStringLiteral("Marquez")).ok());
        StoreStatus status;
        auto store = Store::open(path, status);
        const auto counts = store->counts();
        const QUrl url = marquez.server.url();
        {
            // The endpoint goes away: a closed port.
            SourceRow moved = store->sources().front();
            moved.location = QStringLiteral("http://127.0.0.1:1");
            QVERIFY(store->updateSource(moved, status));
        }
        const SyncReport offline = syncOne(path, QStringLiteral("Marquez"));
        QCOMPARE(offline.state, QStringLiteral("offline"));
        QVERIFY(offline.message.contains(QLatin1String("browsable")));
        store = Store::open(path, status);
        QVERIFY(store->counts() == counts);
        QCOMPARE(store->sources().front().syncState, QStringLiteral("offline"));
        {
            SourceRow back = store->sources().front();
            back.location = url.toString();
            QVERIFY(store->updateSource(back, status));
        }
        QVERIFY(syncOne(path, QStringLiteral("Marquez")).ok());
        store = Store::open(path, status);
        QCOMPARE(store->sources().front().syncState, QStringLiteral("ok"));
    }

    /** A failure on a later page keeps the earlier pages; the next sync goes on from there. */
    void interruptedSyncResumes()
    {
        MarquezReplay marquez;
        QVERIFY(marquez.start());
        std::atomic<bool> broken { true };
        marquez.server.route("GET", "/api/v1/namespaces/food_delivery/jobs", [&](const Request &r) {
            if (broken) {
                return Response::json(R"({"message":"gateway"})", 502);
            }
            QMutexLocker l(&marquez.lock);
            return marquezPage(r, "jobs", marquez.jobs);
        });
        const QString path = newStore();
        add(path, marquez.source());
        const SyncReport failed = syncOne(path, QStringLiteral("Marquez"));
        QCOMPARE(failed.state, QStringLiteral("failed"));
        QCOMPARE(failed.entities, qint64(16)); // the datasets' pages were written
        broken = false;
        const SyncReport resumed = syncOne(path, QStringLiteral("Marquez"));
        QVERIFY2(resumed.ok(), qPrintable(resumed.message));
        QCOMPARE(resumed.entities, qint64(13)); // only the jobs: the datasets were not written again
    }

    /** The token goes to the endpoint in a header and nowhere else: not into the store, its WAL, or a message. */
    void tokenNeverReachesTheStore()
    {
        MarquezReplay marquez;
        QVERIFY(marquez.start());
        const QString path = newStore();
        add(path, marquez.source());
        const QByteArray token = "tok-3f9a1c7e-never-stored";
        const SyncReport r = syncOne(path, QStringLiteral("Marquez"),
            [token](const SourceRow &, QString &) -> std::optional<QByteArray> { return token; });
        QVERIFY(r.ok());
        QCOMPARE(marquez.server.requests().first().headers.value("authorization"), "Bearer " + token);
        QVERIFY(!r.message.toUtf8().contains(token));
        for (const QString &file : QStringList { path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm") }) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly)) {
                QVERIFY2(!f.readAll().contains(token), qPrintable(file));
            }
        }
    }

    /** A local folder that is not there (an unmounted disk) is offline: nothing it gave is dropped. */
    void missingFolderKeepsWhatItGave()
    {
        QTemporaryDir folder;
        QFile contract(folder.filePath(QStringLiteral("orders.odcs.yaml")));
        QVERIFY(contract.open(QIODevice::WriteOnly));
        contract.write("apiVersion: v3.0.2\nkind: DataContract\nid: orders\nversion: 1.0.0\nstatus: active\n");
        contract.close();
        const QString path = newStore();
        SourceRow row;
        row.kind = QStringLiteral("local");
        row.name = QStringLiteral("Folder");
        row.location = folder.path();
        add(path, row);
        QVERIFY(syncOne(path, QStringLiteral("Folder")).ok());
        StoreStatus status;
        QCOMPARE(scalar(*Store::open(path, status), "SELECT count(*) FROM contracts WHERE present = 1"), 1);
        QVERIFY(folder.remove());
        const SyncReport gone = syncOne(path, QStringLiteral("Folder"));
        QCOMPARE(gone.state, QStringLiteral("offline"));
        QCOMPARE(scalar(*Store::open(path, status), "SELECT count(*) FROM contracts WHERE present = 1"), 1);
    }

    void removingASourceTakesWhatItBrought()
    {
        MarquezReplay marquez;
        QVERIFY(marquez.start());
        const QString path = newStore();
        add(path, marquez.source());
        QVERIFY(syncOne(path, QStringLiteral("Marquez")).ok());
        StoreStatus status;
        auto store = Store::open(path, status);
        QVERIFY(store->search({}).total > 0);
        QVERIFY(store->removeSource(store->sources().front().id, status));
        QVERIFY(store->sources().empty());
        QCOMPARE(store->search({}).total, 0);
        QCOMPARE(scalar(*store, "SELECT count(*) FROM lineage_edges"), 0);
        QCOMPARE(scalar(*store, "SELECT count(*) FROM files"), 0);
    }

    void connectionTestReadsOddPaging_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("total is a string") << QByteArray(R"({"data": [], "paging": {"total": "12"}})");
        QTest::newRow("paging is a number") << QByteArray(R"({"data": [], "paging": 5})");
        QTest::newRow("total is a fraction") << QByteArray(R"({"data": [], "paging": {"total": 1.5}})");
    }

    /**
     * The connection test of an OpenMetadata source whose "paging" is not what OpenMetadata sends: reached, with
     * no count (found by fuzz_openmetadata: SyncEngine::test() catches nothing, and nlohmann's value() threw).
     */
    void connectionTestReadsOddPaging()
    {
        QFETCH(QByteArray, body);
        TestHttpServer server;
        QVERIFY(server.startInThread());
        server.route("GET", "/api/v1/tables", [body](const Request &) { return Response::json(body); });
        SourceRow row;
        row.kind = QStringLiteral("openmetadata");
        row.name = QStringLiteral("Odd paging");
        row.location = server.url().toString();
        QString message;
        QVERIFY2(SyncEngine::test(row, std::nullopt, fast(), message), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("OpenMetadata")), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
