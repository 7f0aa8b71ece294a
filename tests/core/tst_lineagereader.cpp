// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "catalog/local/localfoldersource.h"
#include "contract/sourcedocument.h"
#include "lineage/lineagealgorithms.h"
#include "lineage/lineagereader.h"
#include "store/store.h"
#include "testutils.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
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
    std::set<QString> jobs; ///< "job:<namespace>/<name>", of jobs whose runs name a dataset
    std::set<QString> edges; ///< "dataset:… > job:…" and "job:… > dataset:…"
    std::set<QString> columnEdges; ///< "column:<ref>#<field> > column:<ref>#<field> TYPE SUBTYPE"
    std::set<QString> indirect; ///< the facet's dataset-wide INDIRECT entries, as column edges to every field
    std::map<QString, QString> lastRun; ///< job key → latest eventTime, UTC, the fraction as the event gave it
};

QString datasetKey(const QJsonObject &d)
{
    return QStringLiteral("dataset:") + d.value(QStringLiteral("namespace")).toString() + QLatin1Char('/')
        + d.value(QStringLiteral("name")).toString();
}

QString columnKey(const QString &datasetKey, const QString &column)
{
    return QStringLiteral("column:") + datasetKey.mid(8) + QLatin1Char('#') + column;
}

/**
 * An eventTime in UTC read with Qt's own ISO 8601 parser, the fraction of a second kept as written; empty
 * when Qt reads no date and time.
 */
QString utcOf(const QString &eventTime)
{
    const QDateTime time = QDateTime::fromString(eventTime, Qt::ISODate);
    if (!time.isValid()) {
        return {};
    }
    const QRegularExpressionMatch fraction = QRegularExpression(QStringLiteral(R"(:\d\d[.,](\d+))")).match(eventTime);
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
        + (fraction.hasMatch() ? QLatin1Char('.') + fraction.captured(1) : QString()) + QLatin1Char('Z');
}

/** Orders two such times: by the instant Qt reads (to the millisecond), then by the fraction's digits. */
bool earlier(const QString &a, const QString &b)
{
    const QDateTime ta = QDateTime::fromString(a, Qt::ISODate);
    const QDateTime tb = QDateTime::fromString(b, Qt::ISODate);
    if (ta != tb) {
        return ta < tb;
    }
    return a < b;
}

/**
 * The spec's model: a run event's job reads every input and writes every output (also when it names only
 * inputs or only outputs); a column-lineage input field names an input column (and its dataset, an input
 * even when the event does not list it). Every transformation of an input field is a column edge (none: the
 * field's transformationType). A dataset-wide entry of the facet is an edge from its column to every column
 * of the output dataset: every column any event names for it (schema facet, column-lineage fields, input
 * fields). A job whose runs name no dataset has no edge and is no node of the mesh.
 */
Expected expectedOf(const QJsonArray &events)
{
    Expected out;
    std::map<QString, std::set<QString>> columnsOf; // dataset key → its columns
    std::vector<std::tuple<QString, QString, QString, QString>> datasetWide; // input column, output, type, subtype
    const auto schemaColumns = [&](const QJsonObject &dataset) {
        const QJsonObject facets = dataset.value(QStringLiteral("facets")).toObject();
        for (const QJsonValue &f :
            facets.value(QStringLiteral("schema")).toObject().value(QStringLiteral("fields")).toArray()) {
            if (!f.toObject().value(QStringLiteral("name")).toString().isEmpty()) {
                columnsOf[datasetKey(dataset)].insert(f.toObject().value(QStringLiteral("name")).toString());
            }
        }
    };
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        const QJsonObject job = event.value(QStringLiteral("job")).toObject();
        if (job.value(QStringLiteral("name")).toString().isEmpty() || !event.contains(QStringLiteral("eventType"))) {
            continue;
        }
        const QString jobKey = QStringLiteral("job:") + job.value(QStringLiteral("namespace")).toString()
            + QLatin1Char('/') + job.value(QStringLiteral("name")).toString();
        std::set<QString> readers;
        std::set<QString> writers;
        for (const QJsonValue &i : event.value(QStringLiteral("inputs")).toArray()) {
            readers.insert(datasetKey(i.toObject()));
            schemaColumns(i.toObject());
        }
        for (const QJsonValue &o : event.value(QStringLiteral("outputs")).toArray()) {
            const QJsonObject output = o.toObject();
            const QString outputKey = datasetKey(output);
            writers.insert(outputKey);
            schemaColumns(output);
            const QJsonObject facet
                = output.value(QStringLiteral("facets")).toObject().value(QStringLiteral("columnLineage")).toObject();
            const QJsonObject fields = facet.value(QStringLiteral("fields")).toObject();
            for (auto f = fields.begin(); f != fields.end(); ++f) {
                columnsOf[outputKey].insert(f.key());
                for (const QJsonValue &in : f.value().toObject().value(QStringLiteral("inputFields")).toArray()) {
                    const QJsonObject field = in.toObject();
                    const QString from = columnKey(datasetKey(field), field.value(QStringLiteral("field")).toString());
                    readers.insert(datasetKey(field));
                    columnsOf[datasetKey(field)].insert(field.value(QStringLiteral("field")).toString());
                    const QJsonArray transformations = field.value(QStringLiteral("transformations")).toArray();
                    if (transformations.isEmpty()) {
                        out.columnEdges.insert(from + QStringLiteral(" > ") + columnKey(outputKey, f.key())
                            + QLatin1Char(' ')
                            + f.value().toObject().value(QStringLiteral("transformationType")).toString()
                            + QLatin1Char(' '));
                    }
                    for (const QJsonValue &t : transformations) {
                        out.columnEdges.insert(from + QStringLiteral(" > ") + columnKey(outputKey, f.key())
                            + QLatin1Char(' ') + t.toObject().value(QStringLiteral("type")).toString()
                            + QLatin1Char(' ') + t.toObject().value(QStringLiteral("subtype")).toString());
                    }
                }
            }
            for (const QJsonValue &in : facet.value(QStringLiteral("dataset")).toArray()) {
                const QJsonObject field = in.toObject();
                const QString from = columnKey(datasetKey(field), field.value(QStringLiteral("field")).toString());
                readers.insert(datasetKey(field));
                columnsOf[datasetKey(field)].insert(field.value(QStringLiteral("field")).toString());
                for (const QJsonValue &t : field.value(QStringLiteral("transformations")).toArray()) {
                    const QString type = t.toObject().value(QStringLiteral("type")).toString();
                    const QString subtype = t.toObject().value(QStringLiteral("subtype")).toString();
                    datasetWide.emplace_back(from, outputKey, type, subtype);
                    for (auto f = fields.begin(); f != fields.end(); ++f) {
                        out.indirect.insert(from + QStringLiteral(" > ") + columnKey(outputKey, f.key())
                            + QLatin1Char(' ') + type + QLatin1Char(' ') + subtype);
                    }
                }
            }
        }
        for (const QString &reader : readers) {
            out.edges.insert(reader + QStringLiteral(" > ") + jobKey + QStringLiteral(" []"));
        }
        for (const QString &writer : writers) {
            out.edges.insert(jobKey + QStringLiteral(" > ") + writer + QStringLiteral(" []"));
        }
        out.datasets.insert(readers.begin(), readers.end());
        out.datasets.insert(writers.begin(), writers.end());
        if (!readers.empty() || !writers.empty()) {
            out.jobs.insert(jobKey);
        }
        const QString time = utcOf(event.value(QStringLiteral("eventTime")).toString());
        if (!time.isEmpty() && (!out.lastRun.count(jobKey) || earlier(out.lastRun[jobKey], time))) {
            out.lastRun[jobKey] = time;
        }
    }
    for (const auto &[from, output, type, subtype] : datasetWide) {
        for (const QString &column : columnsOf[output]) {
            out.columnEdges.insert(from + QStringLiteral(" > ") + columnKey(output, column) + QLatin1Char(' ') + type
                + QLatin1Char(' ') + subtype);
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

/** Writes `files` (name → text) into a new folder of `dir` and imports it into a new store there. */
std::unique_ptr<Store> importFiles(
    const QTemporaryDir &dir, const std::map<QString, QByteArray> &files, LocalScanReport &report)
{
    const QString folder = dir.filePath(QStringLiteral("events"));
    QDir().mkpath(folder);
    for (const auto &[name, text] : files) {
        QFile f(folder + QLatin1Char('/') + name);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size()) {
            return nullptr;
        }
    }
    return importFolder(dir.filePath(QStringLiteral("s.sqlite")), folder, report);
}

/** A run event of `job` reading `inputs` and writing `outputs` (dataset names in namespace "ns"). */
QByteArray runEvent(const QString &job, const QStringList &inputs, const QStringList &outputs,
    const QString &eventTime = QStringLiteral("2026-11-01T06:00:00Z"))
{
    QJsonObject e {
        { QStringLiteral("eventType"), QStringLiteral("COMPLETE") }, { QStringLiteral("eventTime"), eventTime },
        { QStringLiteral("run"), QJsonObject { { QStringLiteral("runId"), QStringLiteral("r") } } },
        { QStringLiteral("job"),
            QJsonObject { { QStringLiteral("namespace"), QStringLiteral("jobs") }, { QStringLiteral("name"), job } } }
    };
    for (const auto &[key, names] : { std::pair { "inputs", inputs }, std::pair { "outputs", outputs } }) {
        QJsonArray list;
        for (const QString &name : names) {
            list.append(QJsonObject {
                { QStringLiteral("namespace"), QStringLiteral("ns") }, { QStringLiteral("name"), name } });
        }
        e.insert(QLatin1String(key), list);
    }
    return QJsonDocument(e).toJson(QJsonDocument::Compact);
}

/** "file:line:column rule" of every finding of a scan. */
std::set<QString> findingsOf(const LocalScanReport &report)
{
    std::set<QString> out;
    for (const auto &[file, findings] : report.invalid) {
        for (const Finding &f : findings) {
            out.insert(
                QStringLiteral("%1:%2:%3 %4").arg(file).arg(f.location.line).arg(f.location.column).arg(f.ruleId));
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
    void demoMeshRunsAreWhole();
    void eventTimes_data();
    void eventTimes();
    void halfRecordedRuns();
    void everyTransformationIsAnEdge();
    void malformedElementsAreLeftOutAlone();
    void hostileValues();

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
    QCOMPARE(kinds[LineageNodeKind::Job], 58); // as the demo mesh's README counts them
    QCOMPARE(m_store->counts().at(QStringLiteral("jobs")), 58);
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
                           "o.job_id = i.job_id WHERE i.input_dataset_id = ? AND o.output_dataset_id IS NOT NULL");
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
                // A dataset-wide edge (no output column) reaches every column of its output dataset.
                auto st = db.prepare(down ? "SELECT output_column_id FROM column_lineage WHERE input_column_id = ?1 "
                                            "AND output_column_id IS NOT NULL UNION SELECT c.id FROM column_lineage "
                                            "cl JOIN columns c ON c.dataset_id = cl.output_dataset_id WHERE "
                                            "cl.input_column_id = ?1 AND cl.output_column_id IS NULL"
                                          : "SELECT input_column_id FROM column_lineage WHERE output_column_id = ?1 "
                                            "UNION SELECT input_column_id FROM column_lineage WHERE "
                                            "output_column_id IS NULL AND output_dataset_id = (SELECT dataset_id "
                                            "FROM columns WHERE id = ?1)");
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
        auto st = db.prepare("SELECT output_column_id, transformation_type, transformation_subtype FROM "
                             "column_lineage WHERE input_column_id = ?1 AND output_column_id IS NOT NULL UNION SELECT "
                             "c.id, cl.transformation_type, cl.transformation_subtype FROM column_lineage cl JOIN "
                             "columns c ON c.dataset_id = cl.output_dataset_id WHERE cl.input_column_id = ?1 AND "
                             "cl.output_column_id IS NULL");
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
    // As it is: one event, or a JSON array of events.
    QVERIFY(QFile::copy(file, folder + QStringLiteral("/events.json")));
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
        if (n.kind == LineageNodeKind::Job) {
            const auto time = expected.lastRun.find(n.key);
            QCOMPARE(n.lastRun, time == expected.lastRun.end() ? QString() : time->second);
        }
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
    // The same events again, newline-delimited, in a second file of the source: each file records its own
    // edges, and the graph, column edges and run times stay as they are. Reading everything again, too.
    {
        QFile ndjson(folder + QStringLiteral("/again.ndjson"));
        QVERIFY(ndjson.open(QIODevice::WriteOnly));
        for (const QJsonValue &e : events) {
            if (e.toObject().contains(QStringLiteral("eventType"))) { // run events only: a line must be one
                ndjson.write(QJsonDocument(e.toObject()).toJson(QJsonDocument::Compact) + '\n');
            }
        }
    }
    for (const bool everything : { false, true }) {
        StoreStatus status;
        const auto source = store->ensureSource(QStringLiteral("local"), QStringLiteral("test"), folder, status);
        QVERIFY(source);
        LocalScanReport again;
        QVERIFY(store->apply(*source,
            LocalFolderSource(folder).scan(
                everything ? std::map<std::string, FileRow>() : store->files(*source), again),
            status));
        QVERIFY(again.invalid.empty());
        const LineageGraph twice = reader.mesh();
        QCOMPARE(keysOf(twice), keysOf(mesh));
        QCOMPARE(edgesOf(twice), edgesOf(mesh));
        QCOMPARE(columnEdgesOf(reader, twice), expected.columnEdges);
        for (const LineageNode &n : twice.nodes()) {
            QCOMPARE(n.lastRun, mesh.find(n.key)->lastRun);
        }
    }
    // Without the first file, the second still records everything.
    QVERIFY(QFile::remove(folder + QStringLiteral("/events.json")));
    StoreStatus status;
    const auto source = store->ensureSource(QStringLiteral("local"), QStringLiteral("test"), folder, status);
    LocalScanReport removed;
    QVERIFY(store->apply(*source, LocalFolderSource(folder).scan(store->files(*source), removed), status));
    QCOMPARE(removed.removed, 1);
    QCOMPARE(edgesOf(reader.mesh()), expected.edges);
    QCOMPARE(columnEdgesOf(reader, reader.mesh()), expected.columnEdges);
}

void TestLineageReader::indirectColumnLineage()
{
    // OpenLineage's column-lineage facet also names dataset-wide INDIRECT inputs (joins, filters, sorts,
    // groupings): each appears as edges from its column to every column of the output.
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
        QCOMPARE(missing, std::set<QString>());
    }
}

void TestLineageReader::demoMeshRunsAreWhole()
{
    // The demo mesh's events read straight from its files. Every dataset is a contract's schema object (the
    // tessera facet), which the graph names as resolve() names "contract:<id>@<version>/<object>"; a
    // dataset-wide column edge reaches every column of the output: the contract's properties and every
    // column lineage names on it.
    std::map<QString, std::set<QString>> columnsOf; // "contract:<id>@<version>/<object>" → its columns
    QDirIterator contracts(kMeshDir + QStringLiteral("/contracts"), { QStringLiteral("*.yaml") }, QDir::Files,
        QDirIterator::Subdirectories);
    while (contracts.hasNext()) {
        const SourceDocument doc = SourceDocument::fromFile(contracts.next());
        QVERIFY(doc.isValid());
        const nlohmann::json &c = doc.value();
        for (const auto &object : c.at("schema")) {
            auto &columns = columnsOf[QString::fromStdString("contract:" + c.at("id").get<std::string>() + '@'
                + c.at("version").get<std::string>() + '/' + object.at("name").get<std::string>())];
            for (const auto &p : object.value("properties", nlohmann::json::array())) {
                columns.insert(QString::fromStdString(p.at("name").get<std::string>()));
            }
        }
    }
    LineageReader reader(*m_store);
    const auto refOf = [](const QJsonObject &d) -> QString {
        const QJsonObject t = d.value(QStringLiteral("facets")).toObject().value(QStringLiteral("tessera")).toObject();
        return QStringLiteral("contract:") + t.value(QStringLiteral("contractId")).toString() + QLatin1Char('@')
            + t.value(QStringLiteral("contractVersion")).toString() + QLatin1Char('/')
            + t.value(QStringLiteral("schemaObject")).toString();
    };
    // Lineage datasets by namespace/name → contract ref (column lineage names datasets by namespace and name).
    std::map<QString, QString> refByName;
    std::set<QString> jobs;
    std::set<std::pair<QString, QString>> edges; // (ref or job, ref or job)
    std::map<QString, QString> lastRun;
    std::set<std::tuple<QString, QString, QString, QString, QString>> direct; // in ref, in col, out ref, out col, t
    std::set<std::tuple<QString, QString, QString, QString>> datasetWide; // in ref, in col, out ref, t
    int events = 0;
    std::vector<QJsonObject> all;
    for (const QString &name : QDir(kMeshDir + QStringLiteral("/lineage")).entryList({ QStringLiteral("*.ndjson") })) {
        const QByteArray text = test::readAll(kMeshDir + QStringLiteral("/lineage/") + name);
        for (const QByteArray &line : text.split('\n')) {
            if (!line.trimmed().isEmpty()) {
                all.push_back(QJsonDocument::fromJson(line).object());
                ++events;
            }
        }
    }
    QCOMPARE(events, 296); // as the README counts them
    for (const QJsonObject &e : all) {
        for (const char *list : { "inputs", "outputs" }) {
            for (const QJsonValue &d : e.value(QLatin1String(list)).toArray()) {
                refByName[datasetKey(d.toObject())] = refOf(d.toObject());
            }
        }
    }
    for (const QJsonObject &e : all) {
        const QJsonObject job = e.value(QStringLiteral("job")).toObject();
        const QString jobKey = QStringLiteral("job:") + job.value(QStringLiteral("namespace")).toString()
            + QLatin1Char('/') + job.value(QStringLiteral("name")).toString();
        jobs.insert(jobKey);
        const QString time = utcOf(e.value(QStringLiteral("eventTime")).toString());
        QVERIFY(!time.isEmpty());
        if (!lastRun.count(jobKey) || earlier(lastRun[jobKey], time)) {
            lastRun[jobKey] = time;
        }
        for (const QJsonValue &i : e.value(QStringLiteral("inputs")).toArray()) {
            edges.emplace(refOf(i.toObject()), jobKey);
        }
        for (const QJsonValue &o : e.value(QStringLiteral("outputs")).toArray()) {
            const QString out = refOf(o.toObject());
            edges.emplace(jobKey, out);
            const QJsonObject facets = o.toObject().value(QStringLiteral("facets")).toObject();
            for (const QJsonValue &f :
                facets.value(QStringLiteral("schema")).toObject().value(QStringLiteral("fields")).toArray()) {
                columnsOf[out].insert(f.toObject().value(QStringLiteral("name")).toString());
            }
            const QJsonObject facet = facets.value(QStringLiteral("columnLineage")).toObject();
            const QJsonObject fields = facet.value(QStringLiteral("fields")).toObject();
            for (auto f = fields.begin(); f != fields.end(); ++f) {
                columnsOf[out].insert(f.key());
                for (const QJsonValue &in : f.value().toObject().value(QStringLiteral("inputFields")).toArray()) {
                    const QJsonObject field = in.toObject();
                    const QString from = refByName.at(datasetKey(field));
                    columnsOf[from].insert(field.value(QStringLiteral("field")).toString());
                    for (const QJsonValue &t : field.value(QStringLiteral("transformations")).toArray()) {
                        direct.emplace(from, field.value(QStringLiteral("field")).toString(), out, f.key(),
                            t.toObject().value(QStringLiteral("type")).toString() + QLatin1Char(' ')
                                + t.toObject().value(QStringLiteral("subtype")).toString());
                    }
                }
            }
            for (const QJsonValue &in : facet.value(QStringLiteral("dataset")).toArray()) {
                const QJsonObject field = in.toObject();
                const QString from = refByName.at(datasetKey(field));
                columnsOf[from].insert(field.value(QStringLiteral("field")).toString());
                for (const QJsonValue &t : field.value(QStringLiteral("transformations")).toArray()) {
                    datasetWide.emplace(from, field.value(QStringLiteral("field")).toString(), out,
                        t.toObject().value(QStringLiteral("type")).toString() + QLatin1Char(' ')
                            + t.toObject().value(QStringLiteral("subtype")).toString());
                }
            }
        }
    }
    QCOMPARE(jobs.size(), 58u); // as the README counts them
    QCOMPARE(direct.size(), 461u); // column-level edges, as the README counts them
    QVERIFY(!datasetWide.empty());
    const auto keyOf = [&](const QString &refOrJob) -> QString {
        return refOrJob.startsWith(QStringLiteral("job:")) ? refOrJob : reader.resolve(refOrJob);
    };
    std::set<QString> expectedEdges;
    for (const auto &[from, to] : edges) {
        QVERIFY2(!keyOf(from).isEmpty() && !keyOf(to).isEmpty(), qPrintable(from + QStringLiteral(" > ") + to));
        expectedEdges.insert(keyOf(from) + QStringLiteral(" > ") + keyOf(to) + QStringLiteral(" []"));
    }
    std::set<QString> expectedColumns;
    const auto column = [&](const QString &ref, const QString &name) -> QString {
        return QStringLiteral("column:") + keyOf(ref).mid(8) + QLatin1Char('#') + name;
    };
    for (const auto &[from, fromColumn, to, toColumn, type] : direct) {
        expectedColumns.insert(
            column(from, fromColumn) + QStringLiteral(" > ") + column(to, toColumn) + QLatin1Char(' ') + type);
    }
    for (const auto &[from, fromColumn, to, type] : datasetWide) {
        for (const QString &toColumn : columnsOf.at(to)) {
            expectedColumns.insert(
                column(from, fromColumn) + QStringLiteral(" > ") + column(to, toColumn) + QLatin1Char(' ') + type);
        }
    }

    std::set<QString> gotJobs;
    std::set<QString> gotEdges;
    for (const LineageNode &n : m_mesh.nodes()) {
        if (n.kind == LineageNodeKind::Job) {
            gotJobs.insert(n.key);
            QCOMPARE(n.lastRun, lastRun.at(n.key));
        }
    }
    for (const LineageEdge &e : m_mesh.edges()) {
        if (m_mesh.node(e.from)->kind == LineageNodeKind::Job || m_mesh.node(e.to)->kind == LineageNodeKind::Job) {
            gotEdges.insert(m_mesh.node(e.from)->key + QStringLiteral(" > ") + m_mesh.node(e.to)->key
                + QStringLiteral(" [") + e.label + QLatin1Char(']'));
        }
    }
    QCOMPARE(gotJobs, jobs);
    QCOMPARE(gotEdges, expectedEdges);
    QCOMPARE(columnEdgesOf(reader, m_mesh), expectedColumns);
}

void TestLineageReader::eventTimes_data()
{
    QTest::addColumn<QByteArray>("json"); ///< the eventTime member's value as JSON; empty: no eventTime
    QTest::addColumn<QString>("expected");
    QTest::addRow("UTC") << QByteArray(R"("2020-12-28T19:51:01.641Z")") << "2020-12-28T19:51:01.641Z";
    QTest::addRow("offset") << QByteArray(R"("2020-12-28T19:52:00.001+10:00")") << "2020-12-28T09:52:00.001Z";
    QTest::addRow("microseconds") << QByteArray(R"("2026-06-01T21:13:29.598581Z")") << "2026-06-01T21:13:29.598581Z";
    QTest::addRow("trailing zeros kept") << QByteArray(R"("2026-06-01T21:13:20.000000Z")")
                                         << "2026-06-01T21:13:20.000000Z";
    QTest::addRow("negative offset across a year")
        << QByteArray(R"("2019-12-31T23:30:00-01:30")") << "2020-01-01T01:00:00Z";
    QTest::addRow("offset without colon") << QByteArray(R"("2020-06-01T12:00:00+0200")") << "2020-06-01T10:00:00Z";
    QTest::addRow("beyond nanoseconds") << QByteArray(R"("2020-12-31T23:59:59.123456789123Z")")
                                        << "2020-12-31T23:59:59.123456789Z";
    QTest::addRow("no offset is UTC") << QByteArray(R"("2020-12-28T19:52:00")") << "2020-12-28T19:52:00Z";
    QTest::addRow("space, lower-case z") << QByteArray(R"("2020-12-28 19:52:00z")") << "2020-12-28T19:52:00Z";
    QTest::addRow("no seconds") << QByteArray(R"("2020-12-28T19:52Z")") << "2020-12-28T19:52:00Z";
    QTest::addRow("end of the day") << QByteArray(R"("2020-12-31T24:00:00Z")") << "2021-01-01T00:00:00Z";
    QTest::addRow("past the end of the day") << QByteArray(R"("2020-12-31T24:00:00.5Z")") << "";
    QTest::addRow("no such day") << QByteArray(R"("2021-02-29T00:00:00Z")") << "";
    QTest::addRow("leap second") << QByteArray(R"("2016-12-31T23:59:60Z")") << "";
    QTest::addRow("offset out of range") << QByteArray(R"("2020-12-28T19:52:00+25:00")") << "";
    QTest::addRow("placeholder") << QByteArray(R"("{{RUN_START_TIME}}")") << "";
    QTest::addRow("date only") << QByteArray(R"("2020-12-28")") << "";
    QTest::addRow("a number") << QByteArray("1609185120") << "";
    QTest::addRow("null") << QByteArray("null") << "";
    QTest::addRow("missing") << QByteArray() << "";
    QTest::addRow("huge") << '"' + QByteArray(100000, '9') + '"' << "";
}

void TestLineageReader::eventTimes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const QByteArray text = R"({"eventType":"COMPLETE",)"
        + (json.isEmpty() ? QByteArray() : R"("eventTime":)" + json + ',')
        + R"("run":{"runId":"r"},"job":{"namespace":"jobs","name":"j"},)"
          R"("inputs":[{"namespace":"ns","name":"a"}],"outputs":[{"namespace":"ns","name":"b"}]})";
    QTemporaryDir dir;
    LocalScanReport report;
    auto store = importFiles(dir, { { QStringLiteral("event.json"), text } }, report);
    QVERIFY(store);
    QVERIFY(report.invalid.empty()); // a run without a readable time is kept, without a time
    LineageReader reader(*store);
    const LineageGraph mesh = reader.mesh();
    const LineageNode *job = mesh.find(QStringLiteral("job:jobs/j"));
    QVERIFY(job);
    QCOMPARE(job->lastRun, expected);
    QCOMPARE(edgesOf(mesh).size(), 2u);
    auto st = store->connection().prepare("SELECT coalesce(run_time, '') FROM lineage_edges");
    QVERIFY(st.next());
    QCOMPARE(st.qtext(0), expected);
    if (!expected.isEmpty()) {
        // What the view's time filter reads: the same instant, to the millisecond, as Qt reads the event's.
        const QDateTime stored = QDateTime::fromString(job->lastRun, Qt::ISODate);
        QVERIFY(stored.isValid());
        QCOMPARE(stored.timeSpec(), Qt::UTC);
        QDateTime original = QDateTime::fromString(QString::fromUtf8(json.mid(1, json.size() - 2)), Qt::ISODate);
        if (original.isValid()) {
            if (original.timeSpec() == Qt::LocalTime) {
                original.setTimeSpec(Qt::UTC); // Tessera reads a time without an offset as UTC
            }
            QCOMPARE(stored.toMSecsSinceEpoch(), original.toMSecsSinceEpoch());
        }
    }
}

void TestLineageReader::halfRecordedRuns()
{
    // A publisher that only writes, its COMPLETE without datasets, a reader that only reads, and a job that
    // names no dataset at all; times in and out of order, two within one second.
    const QByteArray runs
        = runEvent(QStringLiteral("publish"), {}, { QStringLiteral("t") }, QStringLiteral("2026-11-01T10:00:00Z"))
        + '\n' + runEvent(QStringLiteral("publish"), {}, {}, QStringLiteral("2026-11-01T10:05:00.5Z")) + '\n'
        + runEvent(QStringLiteral("reader"), { QStringLiteral("t") }, {}, QStringLiteral("2026-11-01T09:00:00Z")) + '\n'
        + runEvent(QStringLiteral("orphan"), {}, {}, QStringLiteral("2026-11-01T08:00:00Z")) + '\n'
        + runEvent(QStringLiteral("reader"), { QStringLiteral("t") }, {}, QStringLiteral("2026-11-01T09:00:00.25Z"))
        + '\n'
        + runEvent(QStringLiteral("reader"), { QStringLiteral("t") }, {}, QStringLiteral("2026-11-01T08:59:59.999999Z"))
        + '\n';
    QTemporaryDir dir;
    LocalScanReport report;
    auto store = importFiles(dir, { { QStringLiteral("runs.ndjson"), runs } }, report);
    QVERIFY(store);
    QVERIFY(report.invalid.empty());
    LineageReader reader(*store);
    const LineageGraph mesh = reader.mesh();
    QCOMPARE(keysOf(mesh),
        (std::set<QString> {
            QStringLiteral("dataset:ns/t"), QStringLiteral("job:jobs/publish"), QStringLiteral("job:jobs/reader") }));
    QCOMPARE(edgesOf(mesh),
        (std::set<QString> { QStringLiteral("job:jobs/publish > dataset:ns/t []"),
            QStringLiteral("dataset:ns/t > job:jobs/reader []") }));
    QCOMPARE(mesh.find(QStringLiteral("job:jobs/publish"))->lastRun, QStringLiteral("2026-11-01T10:05:00.5Z"));
    QCOMPARE(mesh.find(QStringLiteral("job:jobs/reader"))->lastRun, QStringLiteral("2026-11-01T09:00:00.25Z"));
    QCOMPARE(store->counts().at(QStringLiteral("jobs")), 2);
    QCOMPARE(store->counts().at(QStringLiteral("lineageEdges")), 2);
    // Up and down from the dataset, one step each.
    QCOMPARE(keysOf(reader.neighbours(QStringLiteral("dataset:ns/t"), true)),
        (std::set<QString> { QStringLiteral("dataset:ns/t"), QStringLiteral("job:jobs/publish") }));
    QCOMPARE(keysOf(reader.neighbours(QStringLiteral("dataset:ns/t"), false)),
        (std::set<QString> { QStringLiteral("dataset:ns/t"), QStringLiteral("job:jobs/reader") }));
    // The job without datasets has no node in the mesh, but its key still names it.
    QCOMPARE(reader.resolve(QStringLiteral("job:jobs/orphan")), QStringLiteral("job:jobs/orphan"));
    const auto orphan = reader.around(QStringLiteral("job:jobs/orphan"), 2, 2);
    QVERIFY(orphan && orphan->nodeCount() == 1);
    QCOMPARE(orphan->nodes().front().lastRun, QStringLiteral("2026-11-01T08:00:00Z"));

    // The file again, with only an earlier run of the publisher: what the file records now is what counts.
    QFile f(dir.filePath(QStringLiteral("events/runs.ndjson")));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(runEvent(QStringLiteral("publish"), {}, { QStringLiteral("t") }, QStringLiteral("2026-10-31T10:00:00Z"))
        + "\n\n");
    f.close();
    StoreStatus status;
    const auto source = store->ensureSource(
        QStringLiteral("local"), QStringLiteral("test"), dir.filePath(QStringLiteral("events")), status);
    LocalScanReport again;
    QVERIFY(store->apply(
        *source, LocalFolderSource(dir.filePath(QStringLiteral("events"))).scan(store->files(*source), again), status));
    QCOMPARE(again.changed, 1);
    const LineageGraph after = reader.mesh();
    QCOMPARE(edgesOf(after), (std::set<QString> { QStringLiteral("job:jobs/publish > dataset:ns/t []") }));
    QCOMPARE(after.find(QStringLiteral("job:jobs/publish"))->lastRun, QStringLiteral("2026-10-31T10:00:00Z"));
    QCOMPARE(store->connection().scalar("SELECT count(*) FROM job_runs").value_or(-1), 1);
}

void TestLineageReader::everyTransformationIsAnEdge()
{
    // One column pair with two transformations, one field with only the deprecated transformationType, and
    // dataset-wide entries (one with two transformations) into an output with a schema of three columns.
    const QByteArray text = R"({"eventType":"COMPLETE","eventTime":"2026-11-01T06:00:00Z","run":{"runId":"r"},
        "job":{"namespace":"jobs","name":"j"},
        "inputs":[{"namespace":"ns","name":"a"},{"namespace":"ns","name":"b"}],
        "outputs":[{"namespace":"ns","name":"out","facets":{
            "schema":{"fields":[{"name":"x"},{"name":"y"},{"name":"z"}]},
            "columnLineage":{"fields":{
                "x":{"inputFields":[{"namespace":"ns","name":"a","field":"k","transformations":[
                    {"type":"DIRECT","subtype":"IDENTITY"},{"type":"INDIRECT","subtype":"FILTER"}]}]},
                "y":{"inputFields":[{"namespace":"ns","name":"b","field":"v"}],"transformationType":"IDENTITY"}},
              "dataset":[
                {"namespace":"ns","name":"a","field":"k","transformations":[{"type":"INDIRECT","subtype":"JOIN"},
                    {"type":"INDIRECT","subtype":"SORT"}]},
                {"namespace":"ns","name":"c","field":"day","transformations":[{"type":"INDIRECT","subtype":"GROUP_BY"}]}]}}}]})";
    QTemporaryDir dir;
    LocalScanReport report;
    auto store = importFiles(dir, { { QStringLiteral("event.json"), text } }, report);
    QVERIFY(store);
    QVERIFY(report.invalid.empty());
    LineageReader reader(*store);
    const LineageGraph mesh = reader.mesh();
    const Expected expected = expectedOf({ QJsonDocument::fromJson(text).object() });
    QCOMPARE(edgesOf(mesh), expected.edges);
    QVERIFY(mesh.find(QStringLiteral("dataset:ns/c"))); // named only by a dataset-wide entry: still an input
    const std::set<QString> got = columnEdgesOf(reader, mesh);
    QCOMPARE(got, expected.columnEdges);
    for (const char *edge :
        { "column:ns/a#k > column:ns/out#x DIRECT IDENTITY", "column:ns/a#k > column:ns/out#x INDIRECT FILTER",
            "column:ns/b#v > column:ns/out#y IDENTITY ", "column:ns/a#k > column:ns/out#x INDIRECT JOIN",
            "column:ns/a#k > column:ns/out#z INDIRECT SORT", "column:ns/c#day > column:ns/out#y INDIRECT GROUP_BY" }) {
        QVERIFY2(got.count(QString::fromUtf8(edge)), edge);
    }
    QCOMPARE(got.size(), 2u + 1u + 3u * 3u);
    QCOMPARE(store->counts().at(QStringLiteral("columnLineageEdges")), 6); // a dataset-wide entry counts once
    // One column's own paths: z is fed by the dataset-wide entries alone.
    const LineageGraph z = reader.columns(QStringLiteral("dataset:ns/out"), QStringLiteral("z"), 1);
    std::set<QString> labels;
    for (const LineageEdge &e : z.edges()) {
        labels.insert(z.node(e.from)->key + QLatin1Char(' ') + e.label);
        QCOMPARE(z.node(e.to)->key, QStringLiteral("column:ns/out#z"));
    }
    QCOMPARE(labels,
        (std::set<QString> { QStringLiteral("column:ns/a#k INDIRECT/JOIN"),
            QStringLiteral("column:ns/a#k INDIRECT/SORT"), QStringLiteral("column:ns/c#day INDIRECT/GROUP_BY") }));
    // Downstream of the joined column: every output column.
    const LineageGraph k = reader.columns(QStringLiteral("dataset:ns/a"), QStringLiteral("k"), 1);
    QCOMPARE(k.edgeCount(), 2u + 3u * 2u);
    // The store's own lineage (tessera-cli lineage --columns) draws them alike.
    const auto cli = store->lineage(QStringLiteral("ns/out"), 1, 0, true);
    QVERIFY(cli);
    std::set<std::tuple<std::int64_t, std::int64_t, QString>> cliEdges;
    for (const auto &e : cli->edges) {
        if (e.from < 0) {
            QVERIFY(cliEdges.emplace(e.from, e.to, e.label).second); // each once
        }
    }
    QCOMPARE(cliEdges.size(), 2u + 1u + 3u * 2u + 3u); // c is an input too, through the column lineage
}

void TestLineageReader::malformedElementsAreLeftOutAlone()
{
    const auto good = [](const char *job, const char *in, const char *out) {
        return runEvent(QString::fromUtf8(job), { QString::fromUtf8(in) }, { QString::fromUtf8(out) });
    };
    // One element per line, so each finding's line names its element.
    const QByteArray array = "[\n" + good("a", "a-in", "a-out") + ",\n42,\n{\"foo\": 1},\n"
        + R"({"eventType": "START", "job": {"namespace": "jobs"}},)" + '\n'
        + R"({"eventType": "START", "job": {"namespace": "jobs", "name": "bad-inputs"}, "inputs": {"name": "x"}},)"
        + '\n'
        + R"({"eventType": "START", "job": {"namespace": "jobs", "name": "partial"}, "inputs": [{"namespace": "ns"}, )"
          R"({"namespace": "ns", "name": "p-in"}], "outputs": [{"namespace": "ns", "name": "p-out", "facets": )"
          R"({"columnLineage": {"fields": {"c": {"inputFields": [{"namespace": "ns", "name": "p-in"}, )"
          R"({"namespace": "ns", "name": "p-in", "field": "f"}]}, "d": 5}, "dataset": {}}}}]},)"
        + '\n' + good("b", "b-in", "b-out") + "\n]\n";
    const QByteArray lines = good("c", "c-in", "c-out") + "\n{\"eventType\": \"START\", \"job\": {\n[1, 2]\n"
        + R"({"contractId": "x", "property": "latency", "value": "fast", "met": "no"})" + '\n'
        + R"({"eventType": "START", "job": {"namespace": "jobs", "name": 12}, "inputs": [{"namespace": "ns", "name": "q"}]})"
        + '\n' + good("e", "e-in", "e-out") + '\n';
    QTemporaryDir dir;
    LocalScanReport report;
    auto store = importFiles(
        dir, { { QStringLiteral("events.json"), array }, { QStringLiteral("lines.ndjson"), lines } }, report);
    QVERIFY(store);
    std::set<QString> found;
    for (const QString &f : findingsOf(report)) {
        found.insert(f.section(QLatin1Char(':'), 0, 1) + QLatin1Char(' ') + f.section(QLatin1Char(' '), 1));
    }
    QCOMPARE(found,
        (std::set<QString> { QStringLiteral("events.json:3 parse"), QStringLiteral("events.json:4 unknown-record"),
            QStringLiteral("events.json:5 openlineage-job"), QStringLiteral("events.json:6 openlineage-shape"),
            QStringLiteral("events.json:7 openlineage-dataset"), QStringLiteral("events.json:7 openlineage-column"),
            QStringLiteral("lines.ndjson:2 parse"), QStringLiteral("lines.ndjson:3 parse"),
            QStringLiteral("lines.ndjson:5 openlineage-job") }));
    std::size_t partialProblems = 0;
    for (const auto &[file, findings] : report.invalid) {
        for (const Finding &f : findings) {
            QVERIFY(!f.message.isEmpty());
            QVERIFY(f.location.column >= 1);
            if (f.location.line == 7 && file == QStringLiteral("events.json")) {
                ++partialProblems;
                QVERIFY2(f.location.column > 1, f.path.c_str()); // the part of the event, not its start
            }
            if (f.ruleId == QStringLiteral("openlineage-shape")) {
                QCOMPARE(f.path, std::string("/4/inputs"));
            }
        }
    }
    QCOMPARE(partialProblems, 4u); // a dataset without a name, an input field without one, "d", "dataset"
    // Everything else is there.
    LineageReader reader(*store);
    const LineageGraph mesh = reader.mesh();
    std::set<QString> jobs;
    for (const LineageNode &n : mesh.nodes()) {
        if (n.kind == LineageNodeKind::Job) {
            jobs.insert(n.key);
        }
    }
    QCOMPARE(jobs,
        (std::set<QString> { QStringLiteral("job:jobs/a"), QStringLiteral("job:jobs/b"), QStringLiteral("job:jobs/c"),
            QStringLiteral("job:jobs/e"), QStringLiteral("job:jobs/partial") }));
    QVERIFY(edgesOf(mesh).count(QStringLiteral("dataset:ns/p-in > job:jobs/partial []")));
    QVERIFY(edgesOf(mesh).count(QStringLiteral("job:jobs/partial > dataset:ns/p-out []")));
    QCOMPARE(
        columnEdgesOf(reader, mesh), (std::set<QString> { QStringLiteral("column:ns/p-in#f > column:ns/p-out#c  ") }));
    QCOMPARE(store->counts().at(QStringLiteral("slaMeasurements")), 1); // its odd values read as none
    // Read again unchanged: the same findings, from what was recorded.
    StoreStatus status;
    const auto source = store->ensureSource(
        QStringLiteral("local"), QStringLiteral("test"), dir.filePath(QStringLiteral("events")), status);
    LocalScanReport again;
    QVERIFY(store->apply(
        *source, LocalFolderSource(dir.filePath(QStringLiteral("events"))).scan(store->files(*source), again), status));
    QCOMPARE(again.unchanged, 2);
    QCOMPARE(findingsOf(again), findingsOf(report));
    QCOMPARE(keysOf(reader.mesh()), keysOf(mesh));
}

void TestLineageReader::hostileValues()
{
    // Nested far too deep, as one file and as one line.
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    // 300 inputs and 300 outputs: 90,000 pairs; column lineage from one input into one output.
    QStringList inputs;
    QStringList outputs;
    for (int i = 0; i < 300; ++i) {
        inputs << QStringLiteral("in%1").arg(i);
        outputs << QStringLiteral("out%1").arg(i);
    }
    QJsonObject wide = QJsonDocument::fromJson(runEvent(QStringLiteral("wide"), inputs, outputs)).object();
    QJsonArray outs = wide.value(QStringLiteral("outputs")).toArray();
    QJsonObject first = outs.at(0).toObject();
    first.insert(QStringLiteral("facets"),
        QJsonObject { { QStringLiteral("columnLineage"),
            QJsonObject { { QStringLiteral("fields"),
                QJsonObject { { QStringLiteral("c"),
                    QJsonObject { { QStringLiteral("inputFields"),
                        QJsonArray { QJsonObject { { QStringLiteral("namespace"), QStringLiteral("ns") },
                            { QStringLiteral("name"), QStringLiteral("in7") },
                            { QStringLiteral("field"), QStringLiteral("k") } } } } } } } } } } });
    outs.replace(0, first);
    wide.insert(QStringLiteral("outputs"), outs);
    // Names longer than what is read: the job's (the event goes), a dataset's (the dataset goes).
    const QString longName(5000, QLatin1Char('n'));
    const QByteArray longNames = "[\n" + runEvent(longName, { QStringLiteral("x") }, { QStringLiteral("y") }) + ",\n"
        + runEvent(QStringLiteral("keeps"), { longName, QStringLiteral("kept-in") }, { QStringLiteral("kept-out") })
        + "\n]";
    QTemporaryDir dir;
    LocalScanReport report;
    auto store = importFiles(dir,
        { { QStringLiteral("deep.json"), deep }, { QStringLiteral("deep.ndjson"), deep + '\n' },
            { QStringLiteral("wide.json"), QJsonDocument(wide).toJson() }, { QStringLiteral("long.json"), longNames } },
        report);
    QVERIFY(store);
    std::set<QString> files;
    for (const auto &[file, findings] : report.invalid) {
        files.insert(file);
        for (const Finding &f : findings) {
            QVERIFY(!f.message.isEmpty());
        }
    }
    QCOMPARE(files,
        (std::set<QString> {
            QStringLiteral("deep.json"), QStringLiteral("deep.ndjson"), QStringLiteral("long.json") }));
    std::set<QString> longRules;
    for (const auto &[file, findings] : report.invalid) {
        if (file == QStringLiteral("long.json")) {
            for (const Finding &f : findings) {
                longRules.insert(QStringLiteral("%1 %2").arg(f.location.line).arg(f.ruleId));
            }
        }
    }
    QCOMPARE(longRules,
        (std::set<QString> { QStringLiteral("2 openlineage-limit"), QStringLiteral("3 openlineage-limit") }));
    LineageReader reader(*store);
    const LineageGraph mesh = reader.mesh();
    // The wide event: every input read and every output written by its job, nothing else.
    const LineageNode *job = mesh.find(QStringLiteral("job:jobs/wide"));
    QVERIFY(job);
    QCOMPARE(mesh.incoming(job->id).size(), 300u);
    QCOMPARE(mesh.outgoing(job->id).size(), 300u);
    QCOMPARE(columnEdgesOf(reader, mesh).count(QStringLiteral("column:ns/in7#k > column:ns/out0#c  ")), 1u);
    // The event with one over-long dataset keeps the others.
    QVERIFY(edgesOf(mesh).count(QStringLiteral("dataset:ns/kept-in > job:jobs/keeps []")));
    QVERIFY(edgesOf(mesh).count(QStringLiteral("job:jobs/keeps > dataset:ns/kept-out []")));
    QCOMPARE(mesh.nodeCount(), 600u + 1u + 3u);
}

QTEST_GUILESS_MAIN(TestLineageReader)
#include "tst_lineagereader.moc"
