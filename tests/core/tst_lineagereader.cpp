// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "catalog/local/localfoldersource.h"
#include "lineage/lineagealgorithms.h"
#include "lineage/lineagereader.h"
#include "store/store.h"
#include "testutils.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace tessera;

namespace {

const QString kMeshDir = QStringLiteral(TESSERA_SOURCE_DIR "/resources/demo-mesh");

std::unique_ptr<Store> importFolder(const QString &storePath, const QString &folder, LocalScanReport &report)
{
    StoreStatus status;
    auto store = Store::open(storePath, status);
    if (!store) {
        return nullptr;
    }
    const auto source = store->ensureSource(QStringLiteral("local"), QStringLiteral("test"), folder, status);
    if (!source || !store->apply(*source, LocalFolderSource(folder).scan({}, report), status)) {
        return nullptr;
    }
    return store;
}

std::int64_t scalar(Store &store, const char *sql)
{
    return store.connection().scalar(sql).value_or(-1);
}

std::set<QString> keysOf(const LineageGraph &g)
{
    std::set<QString> out;
    for (const LineageNode &n : g.nodes()) {
        out.insert(n.key);
    }
    return out;
}

std::set<QString> edgesOf(const LineageGraph &g)
{
    std::set<QString> out;
    for (const LineageEdge &e : g.edges()) {
        out.insert(g.node(e.from)->key + QStringLiteral(" > ") + g.node(e.to)->key + QStringLiteral(" [") + e.label
            + QLatin1Char(']'));
    }
    return out;
}

/** What an OpenLineage file says, read straight from its JSON (not through the importer). */
struct Expected
{
    std::set<QString> datasets; ///< "dataset:<namespace>/<name>"
    std::set<QString> jobs; ///< "job:<namespace>/<name>"
    std::set<QString> edges; ///< "dataset:… > job:…" and "job:… > dataset:…"
    std::set<QString> columnEdges; ///< "column:<ref>#<field> > column:<ref>#<field> TYPE SUBTYPE"
    std::set<QString> indirect; ///< the facet's dataset-wide INDIRECT entries, as column edges to every field
};

QString datasetKey(const QJsonObject &d)
{
    return QStringLiteral("dataset:") + d.value(QStringLiteral("namespace")).toString() + QLatin1Char('/')
        + d.value(QStringLiteral("name")).toString();
}

/**
 * The spec's model: a run event's job reads every input and writes every output; a column-lineage
 * input field names an input column (and its dataset, an input even when the event does not list it).
 * The store keeps dataset edges for (input, output) pairs, so an event without inputs or outputs adds
 * no edge. A field's transformation is its first one, else the field's transformationType.
 */
Expected expectedOf(const QJsonArray &events)
{
    Expected out;
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        const QJsonObject job = event.value(QStringLiteral("job")).toObject();
        if (job.isEmpty() || !event.contains(QStringLiteral("eventType"))) {
            continue;
        }
        const QString jobKey = QStringLiteral("job:") + job.value(QStringLiteral("namespace")).toString()
            + QLatin1Char('/') + job.value(QStringLiteral("name")).toString();
        const QJsonArray inputs = event.value(QStringLiteral("inputs")).toArray();
        for (const QJsonValue &o : event.value(QStringLiteral("outputs")).toArray()) {
            const QJsonObject output = o.toObject();
            const QString outputKey = datasetKey(output);
            std::set<QString> readers;
            for (const QJsonValue &i : inputs) {
                readers.insert(datasetKey(i.toObject()));
            }
            const QJsonObject facet
                = output.value(QStringLiteral("facets")).toObject().value(QStringLiteral("columnLineage")).toObject();
            const QJsonObject fields = facet.value(QStringLiteral("fields")).toObject();
            for (auto f = fields.begin(); f != fields.end(); ++f) {
                for (const QJsonValue &in : f.value().toObject().value(QStringLiteral("inputFields")).toArray()) {
                    const QJsonObject field = in.toObject();
                    readers.insert(datasetKey(field));
                    QString type = f.value().toObject().value(QStringLiteral("transformationType")).toString();
                    QString subtype;
                    const QJsonArray transformations = field.value(QStringLiteral("transformations")).toArray();
                    if (!transformations.isEmpty()) {
                        type = transformations.first().toObject().value(QStringLiteral("type")).toString();
                        subtype = transformations.first().toObject().value(QStringLiteral("subtype")).toString();
                    }
                    out.columnEdges.insert(QStringLiteral("column:") + datasetKey(field).mid(8) + QLatin1Char('#')
                        + field.value(QStringLiteral("field")).toString() + QStringLiteral(" > column:")
                        + outputKey.mid(8) + QLatin1Char('#') + f.key() + QLatin1Char(' ') + type + QLatin1Char(' ')
                        + subtype);
                }
            }
            for (const QJsonValue &in : facet.value(QStringLiteral("dataset")).toArray()) {
                const QJsonObject field = in.toObject();
                for (auto f = fields.begin(); f != fields.end(); ++f) {
                    for (const QJsonValue &t : field.value(QStringLiteral("transformations")).toArray()) {
                        out.indirect.insert(QStringLiteral("column:") + datasetKey(field).mid(8) + QLatin1Char('#')
                            + field.value(QStringLiteral("field")).toString() + QStringLiteral(" > column:")
                            + outputKey.mid(8) + QLatin1Char('#') + f.key() + QLatin1Char(' ')
                            + t.toObject().value(QStringLiteral("type")).toString() + QLatin1Char(' ')
                            + t.toObject().value(QStringLiteral("subtype")).toString());
                    }
                }
            }
            for (const QString &reader : readers) {
                out.datasets.insert(reader);
                out.datasets.insert(outputKey);
                out.jobs.insert(jobKey);
                out.edges.insert(reader + QStringLiteral(" > ") + jobKey + QStringLiteral(" []"));
                out.edges.insert(jobKey + QStringLiteral(" > ") + outputKey + QStringLiteral(" []"));
            }
        }
    }
    return out;
}

/** Every column edge the reader gives, over every dataset of the mesh. */
std::set<QString> columnEdgesOf(LineageReader &reader, const LineageGraph &mesh)
{
    std::set<QString> out;
    for (const LineageNode &n : mesh.nodes()) {
        if (n.kind != LineageNodeKind::Dataset) {
            continue;
        }
        const LineageGraph columns = reader.columns(n.key);
        for (const LineageEdge &e : columns.edges()) {
            out.insert(columns.node(e.from)->key + QStringLiteral(" > ") + columns.node(e.to)->key + QLatin1Char(' ')
                + e.type + QLatin1Char(' ') + e.subtype);
        }
    }
    return out;
}

} // namespace

/** LineageReader over the demo mesh and over real OpenLineage events. */
class TestLineageReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void meshHoldsTheWholeStore();
    void aroundIsTheMeshCutByReach_data();
    void aroundIsTheMeshCutByReach();
    void depthLimitsAreExact();
    void resolve_data();
    void resolve();
    void nodesCarryTheCatalog();
    void catalogRelationsReachRetiredConsumers();
    void neighboursAreOneStep();
    void columns_data();
    void columns();
    void unknownIds();
    void openLineageEvents_data();
    void openLineageEvents();
    void indirectColumnLineage();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    LineageGraph m_mesh;
};

void TestLineageReader::initTestCase()
{
    LocalScanReport report;
    m_store = importFolder(m_dir.filePath(QStringLiteral("demo.sqlite")), kMeshDir, report);
    QVERIFY(m_store);
    QVERIFY(report.invalid.empty());
    m_mesh = LineageReader(*m_store).mesh();
}

void TestLineageReader::meshHoldsTheWholeStore()
{
    std::map<LineageNodeKind, std::int64_t> kinds;
    for (const LineageNode &n : m_mesh.nodes()) {
        ++kinds[n.kind];
    }
    QCOMPARE(kinds[LineageNodeKind::Dataset], scalar(*m_store, "SELECT count(*) FROM datasets"));
    QCOMPARE(kinds[LineageNodeKind::Dataset], 78);
    QCOMPARE(kinds[LineageNodeKind::Job], scalar(*m_store, "SELECT count(DISTINCT job_id) FROM lineage_edges"));
    // One Product node: legacy-gmv-reporting reads placed-orders 1.3.0 on an input port, with no run recorded.
    QCOMPARE(kinds[LineageNodeKind::Product], 1);
    QVERIFY(m_mesh.find("product:legacy-gmv-reporting"));
    const std::int64_t jobEdges
        = scalar(*m_store, "SELECT count(DISTINCT input_dataset_id || '>' || job_id) FROM lineage_edges")
        + scalar(*m_store, "SELECT count(DISTINCT job_id || '>' || output_dataset_id) FROM lineage_edges");
    const std::int64_t relationEdges = scalar(*m_store,
        "SELECT count(*) FROM datasets WHERE contract_external_id = 'placed-orders' AND contract_version = '1.3.0'");
    QCOMPARE(std::int64_t(m_mesh.edgeCount()), jobEdges + relationEdges);
    // Every key names one node.
    QCOMPARE(keysOf(m_mesh).size(), m_mesh.nodeCount());
}

void TestLineageReader::aroundIsTheMeshCutByReach_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("upstream");
    QTest::addColumn<int>("downstream");
    for (const char *id : { "placed-orders/orders", "placed-orders", "order-management", "executive-kpis/kpi_monthly",
             "contract:placed-orders@1.3.0/orders", "dataset:revenue-ledger/revenue_daily", "customer-profiles",
             "legacy-gmv-reporting" }) {
        for (const auto &[up, down] :
            std::vector<std::pair<int, int>> { { 0, 0 }, { 1, 1 }, { 2, 0 }, { 0, 3 }, { 5, 5 }, { 50, 50 } }) {
            QTest::addRow("%s %d/%d", id, up, down) << QString::fromUtf8(id) << up << down;
        }
    }
}

void TestLineageReader::aroundIsTheMeshCutByReach()
{
    QFETCH(QString, id);
    QFETCH(int, upstream);
    QFETCH(int, downstream);
    LineageReader reader(*m_store);
    const auto starts = reader.around(id, 0, 0);
    QVERIFY(starts && starts->nodeCount() > 0);
    std::vector<std::int64_t> startIds;
    for (const LineageNode &n : starts->nodes()) {
        QVERIFY(m_mesh.find(n.key));
        startIds.push_back(m_mesh.find(n.key)->id);
    }
    const auto around = reader.around(id, upstream, downstream);
    QVERIFY(around);
    const auto reach = lineage::reach(m_mesh, startIds, upstream, downstream);
    std::set<std::int64_t> ids;
    for (const auto &[node, distance] : reach) {
        ids.insert(node);
    }
    const LineageGraph cut = lineage::subgraph(m_mesh, ids);
    QCOMPARE(keysOf(*around), keysOf(cut));
    QCOMPARE(edgesOf(*around), edgesOf(cut));
}

void TestLineageReader::depthLimitsAreExact()
{
    // Distances from placed-orders/orders, found here with plain queries: a job reading a dataset leads to
    // every dataset it writes, one step.
    sql::Connection &db = m_store->connection();
    auto next = db.prepare("SELECT DISTINCT o.output_dataset_id FROM lineage_edges i JOIN lineage_edges o ON "
                           "o.job_id = i.job_id WHERE i.input_dataset_id = ?");
    auto start = db.prepare("SELECT id FROM datasets WHERE contract_external_id = 'placed-orders' AND "
                            "schema_object = 'orders' AND contract_version = '2.0.0'");
    QVERIFY(start.next());
    std::map<std::int64_t, int> distance { { start.integer(0), 0 } };
    std::vector<std::int64_t> frontier { start.integer(0) };
    for (int step = 1; !frontier.empty(); ++step) {
        std::vector<std::int64_t> reached;
        for (std::int64_t d : frontier) {
            next.bind(1, d);
            while (next.next()) {
                if (distance.emplace(next.integer(0), step).second) {
                    reached.push_back(next.integer(0));
                }
            }
            next.reset();
        }
        frontier = reached;
    }
    int deepest = 0;
    for (const auto &[id, d] : distance) {
        deepest = std::max(deepest, d);
    }
    QVERIFY(deepest >= 3);
    LineageReader reader(*m_store);
    const QString key = QStringLiteral("dataset:placed-orders/orders");
    for (int limit = 0; limit <= deepest + 1; ++limit) {
        const auto graph = reader.around(key, 0, limit);
        QVERIFY(graph);
        int datasets = 0;
        for (const LineageNode &n : graph->nodes()) {
            datasets += n.kind == LineageNodeKind::Dataset ? 1 : 0;
        }
        int expected = 0;
        for (const auto &[id, d] : distance) {
            expected += d <= limit ? 1 : 0;
        }
        QCOMPARE(datasets, expected);
        const auto reach = lineage::reach(*graph, { graph->find(key)->id }, 0, limit);
        QCOMPARE(reach.size(), graph->nodeCount());
        for (const auto &[id, d] : reach) {
            QVERIFY(d >= 0 && d <= limit);
        }
    }
}

void TestLineageReader::resolve_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");
    QTest::addRow("contract/object") << "placed-orders/orders"
                                     << "dataset:placed-orders/orders";
    QTest::addRow("dataset key") << "dataset:placed-orders/order_items"
                                 << "dataset:placed-orders/order_items";
    QTest::addRow("contract: its first dataset") << "placed-orders"
                                                 << "dataset:placed-orders/orders";
    QTest::addRow("older version by namespace") << "contract:placed-orders@1.3.0/orders"
                                                << "dataset:contract:placed-orders@1.3.0/orders";
    QTest::addRow("current version by namespace") << "contract:placed-orders@2.0.0/orders"
                                                  << "dataset:placed-orders/orders";
    QTest::addRow("product: its first output port's dataset") << "order-management"
                                                              << "dataset:order-cancellations/cancellations";
    QTest::addRow("product key") << "product:order-management"
                                 << "dataset:order-cancellations/cancellations";
    QTest::addRow("job key") << "job:foodco.orders/order-analytics.orders_daily_by_city"
                             << "job:foodco.orders/order-analytics.orders_daily_by_city";
    QTest::addRow("unknown") << "no-such-thing"
                             << "";
    QTest::addRow("unknown dataset key") << "dataset:no/such"
                                         << "";
    QTest::addRow("unknown product key") << "product:no-such"
                                         << "";
    QTest::addRow("unknown job key") << "job:no/such"
                                     << "";
    QTest::addRow("empty") << ""
                           << "";
}

void TestLineageReader::resolve()
{
    QFETCH(QString, id);
    QFETCH(QString, expected);
    QCOMPARE(LineageReader(*m_store).resolve(id), expected);
    if (!expected.isEmpty()) {
        QVERIFY(m_mesh.find(expected));
    }
}

void TestLineageReader::nodesCarryTheCatalog()
{
    const LineageNode *orders = m_mesh.find(QStringLiteral("dataset:placed-orders/orders"));
    QVERIFY(orders);
    QCOMPARE(orders->kind, LineageNodeKind::Dataset);
    QCOMPARE(orders->name, QString("orders"));
    QCOMPARE(orders->contract, QString("placed-orders"));
    QCOMPARE(orders->product, QString("order-management"));
    QCOMPARE(orders->domain, QString("orders"));
    QCOMPARE(orders->status, QString("active"));
    QCOMPARE(orders->namespaceName, QString("contract:placed-orders@2.0.0"));
    QVERIFY(!orders->productName.isEmpty());
    {
        auto st
            = m_store->connection().prepare("SELECT owner, name FROM products WHERE external_id = 'order-management'");
        QVERIFY(st.next());
        QCOMPARE(orders->owner, st.qtext(0));
        QCOMPARE(orders->productName, st.qtext(1));
    }
    const LineageNode *old = m_mesh.find(QStringLiteral("dataset:contract:placed-orders@1.3.0/orders"));
    QVERIFY(old);
    QCOMPARE(old->status, QString("deprecated"));
    QCOMPARE(old->contract, QString("placed-orders"));
    // SLA state: breached exactly when the latest measurement of some property is not met.
    for (const LineageNode &n : m_mesh.nodes()) {
        if (n.kind != LineageNodeKind::Dataset || n.contract.isEmpty()) {
            continue;
        }
        auto st = m_store->connection().prepare(
            "SELECT count(*) FROM (SELECT met, max(time) FROM sla_measurements WHERE contract_external_id = ? GROUP BY "
            "property) WHERE met = 0");
        st.bind(1, n.contract);
        QVERIFY(st.next());
        QCOMPARE(n.slaBreached, st.integer(0) > 0);
    }
    const LineageNode *job = m_mesh.find(QStringLiteral("job:foodco.orders/order-analytics.orders_daily_by_city"));
    QVERIFY(job);
    QCOMPARE(job->kind, LineageNodeKind::Job);
    QCOMPARE(job->namespaceName, QString("foodco.orders"));
    QCOMPARE(job->name, QString("order-analytics.orders_daily_by_city"));
}

void TestLineageReader::catalogRelationsReachRetiredConsumers()
{
    // "placed-orders 1.3.0 still feeds payment-method-mix and, before it was retired, legacy-gmv-report".
    LineageReader reader(*m_store);
    const auto graph = reader.around(QStringLiteral("contract:placed-orders@1.3.0/orders"), 0, 10);
    QVERIFY(graph);
    const LineageNode *start = graph->find(QStringLiteral("dataset:contract:placed-orders@1.3.0/orders"));
    QVERIFY(start);
    const auto entries = lineage::impact(*graph, start->id);
    bool legacy = false;
    bool mix = false;
    for (const auto &e : entries) {
        legacy = legacy || (e.kind == LineageNodeKind::Product && e.key == "product:legacy-gmv-reporting");
        mix = mix || (e.kind == LineageNodeKind::Dataset && e.contract == "payment-method-mix");
        QVERIFY(e.degree >= 1);
    }
    QVERIFY(legacy);
    QVERIFY(mix);
    const LineageNode *product = graph->find(QStringLiteral("product:legacy-gmv-reporting"));
    QCOMPARE(product->status, QString("retired"));
    QCOMPARE(graph->incoming(product->id).size(), 1u);
    QCOMPARE(graph->edges()[graph->incoming(product->id).front()].label, QString("placed-orders"));
    const auto entry = std::find_if(entries.begin(), entries.end(),
        [](const lineage::ImpactEntry &e) { return e.key == "product:legacy-gmv-reporting"; });
    QCOMPARE(entry->degree, 1); // it reads the old version directly
}

void TestLineageReader::neighboursAreOneStep()
{
    LineageReader reader(*m_store);
    for (const LineageNode &n : m_mesh.nodes()) {
        for (const bool up : { true, false }) {
            const LineageGraph one = reader.neighbours(n.key, up);
            const auto around = reader.around(n.key, up ? 1 : 0, up ? 0 : 1);
            QVERIFY(around);
            QCOMPARE(keysOf(one), keysOf(*around));
            QCOMPARE(edgesOf(one), edgesOf(*around));
            QVERIFY(one.find(n.key));
        }
    }
    QCOMPARE(reader.neighbours(QStringLiteral("dataset:no/such"), true).nodeCount(), 0u);
}

void TestLineageReader::columns_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("depth");
    for (const char *key : { "dataset:revenue-ledger/revenue_daily", "dataset:placed-orders/orders",
             "dataset:executive-kpis/kpi_monthly" }) {
        for (int depth : { 1, 2, 4 }) {
            QTest::addRow("%s depth %d", key, depth) << QString::fromUtf8(key) << QString() << depth;
        }
    }
    QTest::addRow("one column") << "dataset:revenue-ledger/revenue_daily"
                                << "net_revenue_amount" << 3;
}

void TestLineageReader::columns()
{
    QFETCH(QString, key);
    QFETCH(QString, column);
    QFETCH(int, depth);
    LineageReader reader(*m_store);
    const LineageGraph g = reader.columns(key, column, depth);
    QVERIFY(g.nodeCount() > 0);
    const LineageNode *dataset = g.find(key);
    QVERIFY(dataset);
    // The store's column graph, read here with plain queries: every column id with its dataset's ref.
    sql::Connection &db = m_store->connection();
    const std::int64_t datasetId = [&] {
        auto st = db.prepare("SELECT id FROM datasets WHERE contract_external_id || '/' || schema_object = ? ORDER BY "
                             "contract_version DESC LIMIT 1");
        st.bind(1, key.mid(8));
        return st.next() ? st.integer(0) : -1;
    }();
    QVERIFY(datasetId > 0);
    std::map<std::int64_t, QString> columnKey;
    const auto keyOf = [&](std::int64_t columnId) {
        if (const auto it = columnKey.find(columnId); it != columnKey.end()) {
            return it->second;
        }
        auto st = db.prepare("SELECT c.name, d.namespace, d.name, coalesce(d.contract_external_id, ''), "
                             "coalesce(d.schema_object, '') FROM columns c JOIN datasets d ON d.id = c.dataset_id "
                             "WHERE c.id = ?");
        st.bind(1, columnId);
        if (!st.next()) {
            return QString();
        }
        const QString ref = LineageReader(*m_store).resolve(st.qtext(1) + QLatin1Char('/') + st.qtext(2)).mid(8);
        return columnKey[columnId] = QStringLiteral("column:") + ref + QLatin1Char('#') + st.qtext(0);
    };
    std::set<std::int64_t> reached;
    {
        auto st = db.prepare("SELECT id, name FROM columns WHERE dataset_id = ?");
        st.bind(1, datasetId);
        while (st.next()) {
            if (column.isEmpty() || st.qtext(1) == column) {
                reached.insert(st.integer(0));
            }
        }
    }
    const std::set<std::int64_t> start = reached;
    for (const bool down : { true, false }) {
        std::set<std::int64_t> frontier = start;
        for (int step = 0; step < depth; ++step) {
            std::set<std::int64_t> next;
            for (std::int64_t c : frontier) {
                auto st = db.prepare(down ? "SELECT output_column_id FROM column_lineage WHERE input_column_id = ?"
                                          : "SELECT input_column_id FROM column_lineage WHERE output_column_id = ?");
                st.bind(1, c);
                while (st.next()) {
                    if (reached.insert(st.integer(0)).second) {
                        next.insert(st.integer(0));
                    }
                }
            }
            frontier = next;
        }
    }
    std::set<QString> expectedColumns;
    std::set<QString> expectedEdges;
    for (std::int64_t c : reached) {
        expectedColumns.insert(keyOf(c));
        auto st = db.prepare("SELECT output_column_id, coalesce(transformation_type, ''), "
                             "coalesce(transformation_subtype, '') FROM column_lineage WHERE input_column_id = ?");
        st.bind(1, c);
        while (st.next()) {
            if (reached.count(st.integer(0))) {
                expectedEdges.insert(keyOf(c) + " > " + keyOf(st.integer(0)) + ' ' + st.qtext(1) + ' ' + st.qtext(2));
            }
        }
    }
    std::set<QString> gotColumns;
    for (const LineageNode &n : g.nodes()) {
        if (n.kind == LineageNodeKind::Column) {
            gotColumns.insert(n.key);
            const LineageNode *parent = g.node(n.parent);
            QVERIFY(parent);
            QCOMPARE(parent->kind, LineageNodeKind::Dataset);
            QVERIFY(n.key.startsWith(QStringLiteral("column:") + parent->key.mid(8) + QLatin1Char('#')));
        } else {
            QCOMPARE(n.kind, LineageNodeKind::Dataset);
            QVERIFY(g.incoming(n.id).empty() && g.outgoing(n.id).empty());
        }
    }
    std::set<QString> gotEdges;
    for (const LineageEdge &e : g.edges()) {
        gotEdges.insert(g.node(e.from)->key + " > " + g.node(e.to)->key + ' ' + e.type + ' ' + e.subtype);
        QVERIFY(!e.type.isEmpty());
    }
    QCOMPARE(gotColumns, expectedColumns);
    QCOMPARE(gotEdges, expectedEdges);
    QVERIFY(!gotEdges.empty());
}

void TestLineageReader::unknownIds()
{
    LineageReader reader(*m_store);
    QVERIFY(!reader.around(QStringLiteral("no-such-thing"), 2, 2));
    QVERIFY(!reader.around(QString(), 2, 2));
    QCOMPARE(reader.columns(QStringLiteral("dataset:no/such")).nodeCount(), 0u);
    QCOMPARE(
        reader.columns(QStringLiteral("dataset:placed-orders/orders"), QStringLiteral("no_such_column")).nodeCount(),
        0u);
}

void TestLineageReader::openLineageEvents_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &folder : { QStringLiteral("catalogs/openlineage/events"),
             QStringLiteral("catalogs/marquez/open_lineage"), QStringLiteral("catalogs/marquez/apples") }) {
        for (const QString &path : test::fixtures(folder, QStringLiteral("*.json"))) {
            QTest::addRow("%s", qPrintable(path.mid(path.indexOf(QStringLiteral("catalogs/"))))) << path;
        }
    }
    QTest::addRow("catalogs/marquez/metadata.template.json")
        << test::fixture(QStringLiteral("catalogs/marquez/metadata.template.json"));
}

void TestLineageReader::openLineageEvents()
{
    QFETCH(QString, file);
    const QJsonDocument doc = QJsonDocument::fromJson(test::readAll(file));
    QVERIFY(!doc.isNull());
    const QJsonArray events = doc.isArray() ? doc.array() : QJsonArray { doc.object() };
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("events"));
    QVERIFY(QDir().mkpath(folder));
    if (doc.isArray()) {
        // A JSON array of events is not a form the importer reads (it skips the file); the same events as
        // OpenLineage's newline-delimited form are. TODO(#5): the importer should read arrays too.
        QFile out(folder + QStringLiteral("/events.ndjson"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        for (const QJsonValue &e : events) {
            out.write(QJsonDocument(e.toObject()).toJson(QJsonDocument::Compact) + '\n');
        }
    } else {
        QVERIFY(QFile::copy(file, folder + QStringLiteral("/event.json")));
    }
    LocalScanReport report;
    auto store = importFolder(dir.filePath(QStringLiteral("s.sqlite")), folder, report);
    QVERIFY(store);
    QVERIFY(report.invalid.empty());

    const Expected expected = expectedOf(events);
    LineageReader reader(*store);
    const LineageGraph mesh = reader.mesh();
    std::set<QString> datasets;
    std::set<QString> jobs;
    for (const LineageNode &n : mesh.nodes()) {
        (n.kind == LineageNodeKind::Job ? jobs : datasets).insert(n.key);
        QVERIFY(n.kind == LineageNodeKind::Job || n.kind == LineageNodeKind::Dataset);
    }
    QCOMPARE(datasets, expected.datasets);
    QCOMPARE(jobs, expected.jobs);
    QCOMPARE(edgesOf(mesh), expected.edges);
    QCOMPARE(columnEdgesOf(reader, mesh), expected.columnEdges);
    // Every dataset and job resolves to itself.
    for (const QString &key : datasets) {
        QCOMPARE(reader.resolve(key), key);
    }
    for (const QString &key : jobs) {
        QCOMPARE(reader.resolve(key), key);
    }
}

void TestLineageReader::indirectColumnLineage()
{
    // OpenLineage's column-lineage facet also names dataset-wide INDIRECT inputs (joins, filters, sorts,
    // groupings). The importer keeps only the per-field inputs and one transformation per column pair.
    for (const char *name : { "cllMultiInsertsComplete.json", "cllComplexQueryCTEJoinsComplete.json" }) {
        const QString file = test::fixture(QStringLiteral("catalogs/openlineage/events/") + QString::fromUtf8(name));
        const QJsonArray events { QJsonDocument::fromJson(test::readAll(file)).object() };
        const Expected expected = expectedOf(events);
        QVERIFY(!expected.indirect.empty());
        QTemporaryDir dir;
        QVERIFY(QFile::copy(file, dir.filePath(QStringLiteral("event.json"))));
        LocalScanReport report;
        auto store = importFolder(dir.filePath(QStringLiteral("s.sqlite")), dir.path(), report);
        QVERIFY(store);
        LineageReader reader(*store);
        const std::set<QString> got = columnEdgesOf(reader, reader.mesh());
        std::set<QString> missing;
        std::set_difference(expected.indirect.begin(), expected.indirect.end(), got.begin(), got.end(),
            std::inserter(missing, missing.end()));
        QEXPECT_FAIL("", "TODO(#5): the importer drops the facet's dataset-wide INDIRECT column lineage", Continue);
        QCOMPARE(missing.size(), 0u);
    }
}

QTEST_GUILESS_MAIN(TestLineageReader)
#include "tst_lineagereader.moc"
