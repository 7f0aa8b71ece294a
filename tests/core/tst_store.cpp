// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "catalog/local/localfoldersource.h"
#include "contract/sourcedocument.h"
#include "store/store.h"
#include "store/storeinternal.h"
#include "testutils.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cerrno>
#include <cstring>
#include <sqlite3.h>
#ifdef Q_OS_LINUX
#include <sched.h>
#include <sys/mount.h>
#endif

using namespace tessera;

namespace {

/** A small mesh in a temporary folder: two contracts, one product, lineage between them, measurements. */
void writeMesh(const QString &root)
{
    QDir().mkpath(root + QStringLiteral("/contracts"));
    const auto write = [&](const QString &name, const QByteArray &text) {
        QFile f(root + QLatin1Char('/') + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    write(QStringLiteral("contracts/orders.yaml"),
        "apiVersion: v3.1.0\nkind: DataContract\nid: orders-placed\nname: Placed orders\nversion: 1.0.0\nstatus: "
        "active\n"
        "domain: orders\ntags: [orders, checkout]\nteam:\n  name: team-checkout\n  members:\n    - username: ada\n     "
        " role: owner\n"
        "schema:\n  - name: orders\n    description: Every order a customer placed\n    properties:\n"
        "      - name: order_id\n        logicalType: string\n      - name: customer_email\n        logicalType: "
        "string\n"
        "        classification: restricted\n      - name: total_amount\n        logicalType: number\n");
    write(QStringLiteral("contracts/revenue.yaml"),
        "apiVersion: v3.1.0\nkind: DataContract\nid: finance-revenue\nname: Daily revenue\nversion: 2.1.0\nstatus: "
        "draft\n"
        "domain: finance\nschema:\n  - name: revenue_daily\n    properties:\n      - name: day\n        logicalType: "
        "date\n"
        "      - name: revenue\n        logicalType: number\n");
    write(QStringLiteral("orders.odps.yaml"),
        "apiVersion: v1.0.0\nkind: DataProduct\nid: orders-placed-product\nname: Placed orders product\nstatus: "
        "active\n"
        "domain: orders\ndescription:\n  purpose: Orders as they are placed\ntags: [orders]\noutputPorts:\n"
        "  - name: placed\n    version: 1.0.0\n    contractId: orders-placed\n");
    write(QStringLiteral("lineage.ndjson"),
        R"({"eventType":"COMPLETE","eventTime":"2026-11-01T00:00:00Z","run":{"runId":"3f5e83fa-3480-44ff-99c5-ff943904e5e8"},"job":{"namespace":"finance","name":"daily_revenue"},"inputs":[{"namespace":"pg","name":"orders","facets":{"tessera":{"contractId":"orders-placed","schemaObject":"orders"}}}],"outputs":[{"namespace":"sf","name":"revenue","facets":{"tessera":{"contractId":"finance-revenue","schemaObject":"revenue_daily"},"columnLineage":{"fields":{"revenue":{"inputFields":[{"namespace":"pg","name":"orders","field":"total_amount","transformations":[{"type":"DIRECT","subtype":"AGGREGATION"}]}]}}}}}],"producer":"test","schemaURL":"https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent"})"
        "\n");
    write(QStringLiteral("sla.ndjson"),
        R"({"contractId":"orders-placed","property":"latency","time":"2026-11-01T06:00:00Z","value":3,"unit":"h","target":4,"met":true})"
        "\n"
        R"({"contractId":"orders-placed","property":"latency","time":"2026-11-02T06:00:00Z","value":5,"unit":"h","target":4,"met":false})"
        "\n");
    write(
        QStringLiteral("contracts/broken.yaml"), "apiVersion: v3.1.0\nkind: DataContract\nid: broken\n  version: [\n");
}

std::unique_ptr<Store> importMesh(const QString &storePath, const QString &root, LocalScanReport &report)
{
    StoreStatus status;
    auto store = Store::open(storePath, status);
    if (!store) {
        return nullptr;
    }
    const auto source = store->ensureSource(QStringLiteral("local"), QStringLiteral("mesh"), root, status);
    const ImportBatch batch = LocalFolderSource(root).scan(store->files(*source), report);
    if (!store->apply(*source, batch, status)) {
        qWarning("%s", qPrintable(status.message));
        return nullptr;
    }
    return store;
}

/** Facet counts computed the slow, obvious way from search_docs and search_tags, for comparison. */
std::map<QString, std::map<QString, std::int64_t>> recountFacets(sql::Connection &db)
{
    std::map<QString, std::map<QString, std::int64_t>> out;
    for (const char *column : { "kind", "domain", "owner", "status", "source" }) {
        auto st = db.prepare(std::string("SELECT ") + column + ", count(*) FROM search_docs GROUP BY 1");
        while (st.next()) {
            if (!st.qtext(0).isEmpty()) {
                out[QLatin1String(column)][st.qtext(0)] = st.integer(1);
            }
        }
    }
    auto tags = db.prepare("SELECT facet, value, count(DISTINCT doc_id) FROM search_tags GROUP BY 1, 2");
    while (tags.next()) {
        out[tags.qtext(0)][tags.qtext(1)] = tags.integer(2);
    }
    return out;
}

std::map<QString, std::map<QString, std::int64_t>> asMap(
    const std::map<QString, std::vector<std::pair<QString, std::int64_t>>> &facets)
{
    std::map<QString, std::map<QString, std::int64_t>> out;
    for (const auto &[key, values] : facets) {
        for (const auto &[value, count] : values) {
            out[key][value] = count;
        }
    }
    return out;
}

#ifdef Q_OS_LINUX
/**
 * Makes a folder read-only the way a read-only disk is: a read-only bind mount of it onto itself. Root
 * ignores file permissions, so nothing less stops its writes. The mount lives in a mount namespace of this
 * test's own (unshare), so it disappears with the process whatever happens; the destructor unmounts it.
 */
class ReadOnlyMount
{
public:
    explicit ReadOnlyMount(const QString &folder)
        : m_folder(QFile::encodeName(folder))
    {
        const auto fail = [this](const char *what) {
            m_reason = QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromLocal8Bit(std::strerror(errno)));
        };
        if (unshare(CLONE_NEWNS) != 0) {
            fail("unshare(CLONE_NEWNS)");
            return;
        }
        if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
            fail("making / private");
            return;
        }
        if (mount(m_folder.constData(), m_folder.constData(), nullptr, MS_BIND, nullptr) != 0) {
            fail("bind mount");
            return;
        }
        if (mount(nullptr, m_folder.constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) != 0) {
            fail("read-only remount");
            umount2(m_folder.constData(), MNT_DETACH);
            return;
        }
        m_mounted = true;
    }
    ~ReadOnlyMount()
    {
        if (m_mounted) {
            umount2(m_folder.constData(), MNT_DETACH);
        }
    }
    ReadOnlyMount(const ReadOnlyMount &) = delete;
    ReadOnlyMount &operator=(const ReadOnlyMount &) = delete;

    bool ok() const { return m_mounted; }
    const QString &reason() const { return m_reason; }

private:
    QByteArray m_folder;
    QString m_reason;
    bool m_mounted = false;
};
#endif

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void preparedStatementsAreKept();
    void createsWalWithForeignKeys();
    void migratesFromVersionZero();
    void migratesFromVersionOne();
    void migratesFromVersionTwo();
    void migratesFromVersionThree();
    void migratesFromVersionFour();
    void drafts();
    void lineageRowsOfEveryShape();
    void importAndSearch();
    void searchFacets();
    void facetCountsFollowTheStore();
    void facetCountsOfManyMatchesAreLowerBounds();
    void typingSearchWithFacetFilter();
    void facetTokensOfLargeIds();
    void typingRankFollowsBm25Weights();
    void reimportReadsOnlyChangedFiles();
    void removedFileTakesItsEntities();
    void showAndLineage();
    void corruptStoreIsMovedAside();
    void truncatedStoreIsMovedAside();
    void newerSchemaIsLeftAlone();
    void lockedStoreSaysSo();
    void readOnlyLocation();
    void existingStoreOnReadOnlyDisk();
    void fullDiskRollsBack();
    void draftsSurviveAFailedImport();
    void writeBackKeepsUntouchedSections();
    void defaultPathIsTheSameForAppAndCli();
    void dcsFileWithNumbersImports();

private:
    QTemporaryDir m_dir;
    QString m_store;
    QString m_mesh;
};

void TestStore::init()
{
    QVERIFY(m_dir.isValid());
    static int n = 0;
    ++n;
    m_store = m_dir.filePath(QStringLiteral("store-%1/tessera.sqlite").arg(n));
    m_mesh = m_dir.filePath(QStringLiteral("mesh-%1").arg(n));
    writeMesh(m_mesh);
}

void TestStore::createsWalWithForeignKeys()
{
    StoreStatus status;
    auto store = Store::open(m_store, status);
    QVERIFY2(store, qPrintable(status.message));
    QVERIFY(status.ok());
    QCOMPARE(store->schemaVersion(), Store::kSchemaVersion);
    auto mode = store->connection().prepare("PRAGMA journal_mode");
    QVERIFY(mode.next());
    QCOMPARE(mode.qtext(0), QStringLiteral("wal"));
    QCOMPARE(store->connection().scalar("PRAGMA foreign_keys").value_or(0), 1);
}

void TestStore::preparedStatementsAreKept()
{
    sql::Connection db;
    QDir().mkpath(QFileInfo(m_store).absolutePath());
    QVERIFY(db.open(m_store, false, true).ok());
    QVERIFY(db.exec("CREATE TABLE t(x); INSERT INTO t VALUES (1), (2), (3)").ok());
    constexpr std::string_view query = "SELECT count(*) FROM t WHERE x >= ?";
    sqlite3_stmt *kept = nullptr;
    {
        auto outer = db.prepare(query);
        outer.bind(1, 2);
        QVERIFY(outer.next());
        QCOMPARE(outer.integer(0), 2);
        // The same text while the first is still in use (a nested lookup): a statement of its own.
        auto inner = db.prepare(query);
        inner.bind(1, 1);
        QVERIFY(inner.next());
        QCOMPARE(inner.integer(0), 3);
        QCOMPARE(outer.integer(0), 2);
    }
    {
        // Given back, taken again: reset and without the old bindings (NULL matches nothing).
        auto again = db.prepare(query);
        QVERIFY(again.next());
        QCOMPARE(again.integer(0), 0);
        kept = sqlite3_next_stmt(db.handle(), nullptr);
        QVERIFY(kept);
    }
    {
        auto third = db.prepare(query);
        QCOMPARE(sqlite3_next_stmt(db.handle(), nullptr), kept); // the very same statement, not compiled anew
        // A kept statement sees later schema changes (SQLite prepares it again on its own).
        QVERIFY(db.exec("ALTER TABLE t ADD COLUMN y").ok());
        third.bind(1, 3);
        QVERIFY(third.next());
        QCOMPARE(third.integer(0), 1);
    }
    // Faulty SQL is not kept, and says what is wrong.
    auto bad = db.prepare("SELECT missing FROM nowhere");
    QVERIFY(!bad.isValid());
    QVERIFY2(bad.status().message.contains(QStringLiteral("nowhere")), qPrintable(bad.status().message));
    // A statement outliving its connection's close() is finalized, not given back to a cache that is gone.
    auto held = db.prepare(query);
    db.close();
    held = {};
}

void TestStore::migratesFromVersionZero()
{
    // Version 0 is a blank SQLite file (as an interrupted first start leaves it); migration 1 builds the schema.
    {
        sql::Connection db;
        QDir().mkpath(QFileInfo(m_store).absolutePath());
        QVERIFY(db.open(m_store, false, true).ok());
        QVERIFY(db.exec("CREATE TABLE unrelated(x); PRAGMA user_version = 0").ok());
    }
    StoreStatus status;
    auto store = Store::open(m_store, status);
    QVERIFY2(store, qPrintable(status.message));
    QCOMPARE(store->schemaVersion(), Store::kSchemaVersion);
    QVERIFY(store->connection().scalar("SELECT count(*) FROM search_docs").has_value());
    QVERIFY(store->connection().scalar("SELECT count(*) FROM facet_values").has_value());
    QVERIFY(store->connection().scalar("SELECT count(*) FROM unrelated").has_value()); // nothing else touched
}

void TestStore::migratesFromVersionOne()
{
    // A version 1 store with search documents as version 1 wrote them: facets in search_docs and search_tags.
    {
        sql::Connection db;
        QDir().mkpath(QFileInfo(m_store).absolutePath());
        QVERIFY(db.open(m_store, false, true).ok());
        QFile schema(QStringLiteral(":/store/schema-1.sql"));
        QVERIFY(schema.open(QIODevice::ReadOnly));
        QVERIFY(db.exec(schema.readAll().toStdString()).ok());
        QVERIFY(db.exec(R"(
            INSERT INTO search_docs(id, kind, ref, title, domain, owner, status, source) VALUES
                (1, 'product', 'orders-placed-product', 'Placed orders product', 'orders', 'team-checkout', 'active', 'mesh'),
                (2, 'contract', 'orders-placed', 'Placed orders', 'orders', 'team-checkout', 'active', 'mesh'),
                (3, 'dataset', 'orders-placed/orders', 'orders', 'orders', 'team-checkout', 'active', 'mesh'),
                (4, 'contract', 'finance-revenue', 'Daily revenue', 'finance', '', 'draft', 'mesh');
            INSERT INTO search_fts(rowid, name, description, tags, columns, owner, domain) VALUES
                (1, 'Placed orders product', 'Orders as they are placed', 'orders', '', 'team-checkout', 'orders'),
                (2, 'Placed orders', 'orders-placed-product', 'orders checkout', 'order_id customer_email', 'team-checkout', 'orders'),
                (3, 'orders', 'Every order a customer placed', 'orders checkout', 'order_id customer_email', 'team-checkout', 'orders'),
                (4, 'Daily revenue', '', '', 'day revenue', '', 'finance');
            INSERT INTO search_tags(doc_id, facet, value) VALUES (1, 'tag', 'orders'), (2, 'tag', 'orders'),
                (2, 'tag', 'checkout'), (2, 'classification', 'restricted'), (3, 'classification', 'restricted');
            PRAGMA user_version = 1;)")
                    .ok());
    }
    StoreStatus status;
    auto store = Store::open(m_store, status);
    QVERIFY2(store, qPrintable(status.message));
    QCOMPARE(store->schemaVersion(), Store::kSchemaVersion);
    auto &db = store->connection();
    QVERIFY(db.exec("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')").ok());
    QCOMPARE(db.scalar("SELECT count(*) FROM search_fts").value_or(0), 4);
    QCOMPARE(db.scalar("SELECT count(*) FROM search_tags").value_or(0), 5); // kept for the catalog reader

    // The counts kept for the whole catalog start right, and equal what the exact search counts.
    const auto whole = store->facetCounts({});
    QCOMPARE(whole.total, 4);
    QVERIFY(!whole.lowerBounds);
    QCOMPARE(asMap(whole.facets), recountFacets(db));
    QCOMPARE(asMap(whole.facets).at(QStringLiteral("domain")).at(QStringLiteral("orders")), 3);
    QCOMPARE(asMap(store->search({}).facets), recountFacets(db));

    // Words, filters and both, over the migrated index.
    SearchQuery q;
    q.text = QStringLiteral("ord");
    QCOMPARE(store->search(q).total, 3);
    q.facets.emplace(QStringLiteral("tag"), QStringLiteral("checkout"));
    const auto tagged = store->search(q);
    QCOMPARE(tagged.total, 1);
    QCOMPARE(tagged.hits.front().ref, QStringLiteral("orders-placed"));
    q.text.clear();
    q.facets = { { QStringLiteral("classification"), QStringLiteral("restricted") } };
    QCOMPARE(store->search(q).total, 2);
    q.withFacetCounts = false;
    QCOMPARE(store->search(q).total, 2);
    q.facets = { { QStringLiteral("domain"), QStringLiteral("finance") } };
    q.text = QStringLiteral("revenue");
    QCOMPARE(store->search(q).hits.size(), 1u);

    // Importing the same entities again replaces their documents; the kept counts follow.
    const auto source = store->ensureSource(QStringLiteral("local"), QStringLiteral("mesh"), m_mesh, status);
    LocalScanReport report;
    QVERIFY(store->apply(*source, LocalFolderSource(m_mesh).scan(store->files(*source), report), status));
    QVERIFY(db.exec("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')").ok());
    QCOMPARE(asMap(store->facetCounts({}).facets), recountFacets(db));
}

void TestStore::importAndSearch()
{
    LocalScanReport report;
    auto store = importMesh(m_store, m_mesh, report);
    QVERIFY(store);
    QCOMPARE(report.files, 6);
    QCOMPARE(report.invalid.size(), 1u); // broken.yaml, listed, not fatal
    QVERIFY(report.invalid.front().first.endsWith(QStringLiteral("broken.yaml")));
    const auto counts = store->counts();
    QCOMPARE(counts.at(QStringLiteral("products")), 1);
    QCOMPARE(counts.at(QStringLiteral("contracts")), 2);
    QCOMPARE(counts.at(QStringLiteral("lineageEdges")), 1);
    QCOMPARE(counts.at(QStringLiteral("columnLineageEdges")), 1);
    QCOMPARE(counts.at(QStringLiteral("slaMeasurements")), 2);

    SearchQuery q;
    q.text = QStringLiteral("ord"); // prefix, as typed
    const auto results = store->search(q);
    QVERIFY(results.total >= 3);
    QCOMPARE(results.hits.front().title.left(6), QStringLiteral("Placed")); // names rank first
    q.text = QStringLiteral("customer_email");
    QCOMPARE(store->search(q).hits.front().ref, QStringLiteral("orders-placed")); // column names are searchable
    q.text = QStringLiteral("team-checkout");
    QVERIFY(store->search(q).total >= 1); // owners too
    q.text = QStringLiteral("nothing-like-this");
    QCOMPARE(store->search(q).total, 0);
    q.text = QStringLiteral("\"unbalanced ( quotes");
    QCOMPARE(store->search(q).total, 0); // typed punctuation never breaks the query
}

void TestStore::searchFacets()
{
    LocalScanReport report;
    auto store = importMesh(m_store, m_mesh, report);
    QVERIFY(store);
    SearchQuery q;
    const auto all = store->search(q);
    const auto &domains = all.facets.at(QStringLiteral("domain"));
    QVERIFY(std::find(domains.begin(), domains.end(), std::pair { QStringLiteral("orders"), std::int64_t(3) })
        != domains.end());
    const auto &classification = all.facets.at(QStringLiteral("classification"));
    QCOMPARE(classification.size(), 1u);
    QCOMPARE(classification.front().first, QStringLiteral("restricted"));

    q.facets.emplace(QStringLiteral("domain"), QStringLiteral("finance"));
    const auto finance = store->search(q);
    QCOMPARE(finance.total, 2); // the contract and its dataset
    for (const auto &hit : finance.hits) {
        QCOMPARE(hit.domain, QStringLiteral("finance"));
    }
    q.facets.emplace(QStringLiteral("kind"), QStringLiteral("contract"));
    QCOMPARE(store->search(q).total, 1);
    SearchQuery tagged;
    tagged.facets.emplace(QStringLiteral("tag"), QStringLiteral("checkout"));
    QCOMPARE(store->search(tagged).total, 1);
}

void TestStore::facetCountsFollowTheStore()
{
    LocalScanReport report;
    auto store = importMesh(m_store, m_mesh, report);
    QVERIFY(store);
    auto &db = store->connection();
    // The whole catalog's counts are kept by the import; they equal a recount and the exact search.
    QCOMPARE(asMap(store->facetCounts({}).facets), recountFacets(db));
    QCOMPARE(store->facetCounts({}).total, store->search({}).total);
    // A dataset carries its own classifications, not those of the contract's other datasets.
    SearchQuery restricted;
    restricted.facets.emplace(QStringLiteral("classification"), QStringLiteral("restricted"));
    QCOMPARE(store->search(restricted).total, 2); // orders-placed and its orders dataset

    // With words or filters, facetCounts() counts what the exact search counts.
    for (const auto &[text, key, value] : { std::tuple { QStringLiteral("ord"), QString(), QString() },
             std::tuple { QStringLiteral("revenue"), QString(), QString() },
             std::tuple { QString(), QStringLiteral("domain"), QStringLiteral("orders") },
             std::tuple { QStringLiteral("ord"), QStringLiteral("kind"), QStringLiteral("dataset") },
             std::tuple { QStringLiteral("nothing-like-this"), QString(), QString() },
             std::tuple { QStringLiteral("ord"), QStringLiteral("owner"), QStringLiteral("nobody") } }) {
        SearchQuery q;
        q.text = text;
        if (!key.isEmpty()) {
            q.facets.emplace(key, value);
        }
        const FacetCounts counts = store->facetCounts(q);
        const SearchResults exact = store->search(q);
        QCOMPARE(counts.total, exact.total);
        QVERIFY(!counts.lowerBounds);
        QCOMPARE(counts.facets, exact.facets);
        QCOMPARE(counts.facets.size(), 7u); // every key, even without values
    }

    // Re-import with a changed contract, then a removed file: the kept counts follow every change.
    QFile f(m_mesh + QStringLiteral("/contracts/revenue.yaml"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray text
        = f.readAll().replace("status: draft", "status: active").replace("domain: finance", "domain: sales");
    f.close();
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
    f.close();
    store.reset();
    store = importMesh(m_store, m_mesh, report);
    QVERIFY(store);
    QCOMPARE(asMap(store->facetCounts({}).facets), recountFacets(store->connection()));
    QCOMPARE(asMap(store->facetCounts({}).facets).at(QStringLiteral("domain")).count(QStringLiteral("finance")), 0u);
    QVERIFY(QFile::remove(m_mesh + QStringLiteral("/contracts/orders.yaml")));
    QVERIFY(QFile::remove(m_mesh + QStringLiteral("/orders.odps.yaml")));
    store.reset();
    store = importMesh(m_store, m_mesh, report);
    QVERIFY(store);
    QCOMPARE(asMap(store->facetCounts({}).facets), recountFacets(store->connection()));
    QCOMPARE(store->facetCounts({}).total, 2); // finance-revenue and its dataset are left
    QVERIFY(store->connection().exec("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')").ok());
    SearchQuery ord;
    ord.text = QStringLiteral("ord");
    QCOMPARE(store->search(ord).total, 0);
}

void TestStore::facetCountsOfManyMatchesAreLowerBounds()
{
    LocalScanReport report;
    auto store = importMesh(m_store, m_mesh, report);
    QVERIFY(store);
    SearchQuery q;
    q.text = QStringLiteral("ord");
    const auto exact = store->search(q);
    QCOMPARE(exact.total, 3);
    q.facetCountLimit = 2; // what kFacetCountLimit is to a large store
    const FacetCounts counts = store->facetCounts(q);
    QVERIFY(counts.lowerBounds);
    QCOMPARE(counts.total, 2);
    // Each count is at most the exact one, and the counted matches add up.
    std::int64_t kinds = 0;
    for (const auto &[value, count] : counts.facets.at(QStringLiteral("kind"))) {
        kinds += count;
        QVERIFY(count <= asMap(exact.facets).at(QStringLiteral("kind")).at(value));
    }
    QCOMPARE(kinds, 2);
    q.facetCountLimit = 3;
    QVERIFY(!store->facetCounts(q).lowerBounds);
    QCOMPARE(store->facetCounts(q).facets, exact.facets);
}

void TestStore::typingSearchWithFacetFilter()
{
    LocalScanReport report;
    auto store = importMesh(m_store, m_mesh, report);
    QVERIFY(store);
    SearchQuery q;
    q.withFacetCounts = false;
    q.text = QStringLiteral("ord");
    const auto all = store->search(q);
    QCOMPARE(all.total, 3);
    QVERIFY(!all.totalIsLowerBound);
    QVERIFY(all.facets.empty()); // facetCounts() gives them
    // Ranked: a match in the name comes before a match elsewhere only.
    QVERIFY(all.hits.front().title.contains(QStringLiteral("orders"), Qt::CaseInsensitive));
    QVERIFY(all.hits.front().rank <= all.hits.back().rank);
    q.text = QStringLiteral("customer");
    const auto column = store->search(q);
    QVERIFY(!column.hits.empty());
    for (std::size_t i = 1; i < column.hits.size(); ++i) {
        QVERIFY(column.hits[i - 1].rank <= column.hits[i].rank);
    }

    // A facet filter narrows inside the index: every hit has the value.
    q.text = QStringLiteral("ord");
    q.facets.emplace(QStringLiteral("kind"), QStringLiteral("dataset"));
    const auto datasets = store->search(q);
    QCOMPARE(datasets.total, 1);
    QCOMPARE(datasets.hits.front().kind, QStringLiteral("dataset"));
    q.facets.emplace(QStringLiteral("kind"), QStringLiteral("product")); // values of one key: either
    QCOMPARE(store->search(q).total, 2);
    q.facets.emplace(QStringLiteral("tag"), QStringLiteral("orders")); // another key: both
    QCOMPARE(store->search(q).total, 1);
    q.facets = { { QStringLiteral("owner"), QStringLiteral("nobody") } };
    QCOMPARE(store->search(q).total, 0); // an unknown value matches nothing
    q.facets = { { QStringLiteral("colour"), QStringLiteral("blue") } };
    QCOMPARE(store->search(q).total, 0); // so does an unknown key

    // More matches than rankLimit: names that begin with the typed text come first.
    q.facets.clear();
    q.text = QStringLiteral("placed ord");
    q.rankLimit = 1;
    const auto unranked = store->search(q);
    QVERIFY(unranked.total >= 2);
    QVERIFY(unranked.hits.front().title.startsWith(QStringLiteral("Placed orders")));
    // No words, a filter: the filtered documents by name.
    q.text.clear();
    q.rankLimit = Store::kRankLimit;
    q.facets = { { QStringLiteral("domain"), QStringLiteral("orders") } };
    const auto byName = store->search(q);
    QCOMPARE(byName.total, 3);
    for (std::size_t i = 1; i < byName.hits.size(); ++i) {
        QVERIFY(byName.hits[i - 1].title.compare(byName.hits[i].title, Qt::CaseInsensitive) <= 0);
    }
    // Nothing at all: the whole catalog, counted from the kept counts.
    q.facets.clear();
    QCOMPARE(store->search(q).total, store->counts().at(QStringLiteral("products")) + 2 + 2);
    // Typed punctuation never breaks the query.
    q.text = QStringLiteral("\"unbalanced ( quotes");
    QCOMPARE(store->search(q).total, 0);
    // A limit below one asks for no hits (SQLite would read a negative LIMIT as none), not for all.
    q.text = QStringLiteral("ord");
    q.limit = -1;
    QVERIFY(store->search(q).hits.empty());
    QCOMPARE(store->search(q).total, 3);
    q.withFacetCounts = true;
    QVERIFY(store->search(q).hits.empty());
}

void TestStore::facetTokensOfLargeIds()
{
    for (const std::int64_t id : { std::int64_t(0), std::int64_t(1), std::int64_t(6399), std::int64_t(6400),
             std::int64_t(123456), std::int64_t(40959999), std::int64_t(40960000), std::int64_t(5000000000) }) {
        std::string token;
        detail::appendFacetToken(token, id);
        QCOMPARE(detail::facetIds(token + " " + token), (std::vector<std::int64_t> { id, id }));
    }
    QVERIFY(detail::facetIds("plain words, not tokens").empty());
    // A value whose id needs two characters is still one token to FTS5: filters and counts find it.
    LocalScanReport report;
    StoreStatus status;
    auto store = Store::open(m_store, status);
    QVERIFY(store);
    QVERIFY(
        store->connection().exec("INSERT INTO facet_values(id, facet, value) VALUES (70000, 'tag', 'checkout')").ok());
    store.reset();
    store = importMesh(m_store, m_mesh, report);
    QVERIFY(store);
    SearchQuery q;
    q.facets.emplace(QStringLiteral("tag"), QStringLiteral("checkout"));
    QCOMPARE(store->connection().scalar("SELECT id FROM facet_values WHERE value = 'checkout'").value_or(0), 70000);
    const auto tagged = store->search(q);
    QCOMPARE(tagged.total, 1); // the contract orders-placed
    QCOMPARE(tagged.hits.front().ref, QStringLiteral("orders-placed"));
    q.withFacetCounts = false;
    QCOMPARE(store->search(q).total, 1);
    q.facets.clear();
    q.text = QStringLiteral("placed");
    const auto tags = store->facetCounts(q).facets.at(QStringLiteral("tag"));
    QVERIFY(
        std::find(tags.begin(), tags.end(), std::pair { QStringLiteral("checkout"), std::int64_t(1) }) != tags.end());
}

void TestStore::typingRankFollowsBm25Weights()
{
    // The typing rank leaves out bm25's inverse document frequency, not its column weights or lengths:
    // a word in the name beats the same word in a description, and a short name beats a long one.
    StoreStatus status;
    auto store = Store::open(m_store, status);
    QVERIFY(store);
    const auto source
        = store->ensureSource(QStringLiteral("test"), QStringLiteral("test"), QStringLiteral("t"), status);
    ImportBatch batch;
    const auto product = [&](const std::string &id, const std::string &name, const std::string &description) {
        ProductRow p;
        p.externalId = id;
        p.name = name;
        p.description = description;
        p.domain = "finance";
        batch.products.push_back(p);
    };
    product("costs", "Costs per day", "Where the revenue goes, and the costs of making it");
    product("revenue-daily", "Revenue daily by shop and hour", "Takings");
    product("revenue", "Revenue", "Takings");
    product("churn", "Churn", "Customers who left");
    QVERIFY(store->apply(*source, batch, status));
    SearchQuery q;
    q.text = QStringLiteral("revenue");
    q.withFacetCounts = false;
    const auto typing = store->search(q);
    QCOMPARE(typing.total, 3);
    QStringList order;
    for (const auto &hit : typing.hits) {
        order << hit.ref;
    }
    QCOMPARE(
        order, QStringList({ QStringLiteral("revenue"), QStringLiteral("revenue-daily"), QStringLiteral("costs") }));
    // The exact search (bm25) agrees here.
    q.withFacetCounts = true;
    QStringList exact;
    for (const auto &hit : store->search(q).hits) {
        exact << hit.ref;
    }
    QCOMPARE(exact, order);
}

void TestStore::reimportReadsOnlyChangedFiles()
{
    LocalScanReport first;
    QVERIFY(importMesh(m_store, m_mesh, first));
    LocalScanReport second;
    QVERIFY(importMesh(m_store, m_mesh, second));
    QCOMPARE(second.changed, 0);
    QCOMPARE(second.unchanged, 6);
    // A new version of one contract: only that file is read, and both versions are kept.
    QFile f(m_mesh + QStringLiteral("/contracts/revenue.yaml"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray text = f.readAll().replace("version: 2.1.0", "version: 2.2.0");
    f.close();
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
    f.close();
    LocalScanReport third;
    auto store = importMesh(m_store, m_mesh, third);
    QCOMPARE(third.changed, 1);
    const auto shown = store->show(QStringLiteral("finance-revenue"));
    QVERIFY(shown);
    QCOMPARE(QString::fromStdString(shown->at("version").get<std::string>()), QStringLiteral("2.2.0"));
    QCOMPARE(shown->at("versions").size(), 2u);
}

void TestStore::removedFileTakesItsEntities()
{
    LocalScanReport report;
    QVERIFY(importMesh(m_store, m_mesh, report));
    QVERIFY(QFile::remove(m_mesh + QStringLiteral("/orders.odps.yaml")));
    QVERIFY(QFile::remove(m_mesh + QStringLiteral("/lineage.ndjson")));
    LocalScanReport again;
    auto store = importMesh(m_store, m_mesh, again);
    QCOMPARE(again.removed, 2);
    QCOMPARE(store->counts().at(QStringLiteral("products")), 0);
    QCOMPARE(store->counts().at(QStringLiteral("lineageEdges")), 0);
    SearchQuery q;
    q.facets.emplace(QStringLiteral("kind"), QStringLiteral("product"));
    QCOMPARE(store->search(q).total, 0);
}

void TestStore::showAndLineage()
{
    LocalScanReport report;
    auto store = importMesh(m_store, m_mesh, report);
    const auto product = store->show(QStringLiteral("orders-placed-product"));
    QVERIFY(product);
    QCOMPARE(product->at("ports").size(), 1u);
    const auto contract = store->show(QStringLiteral("orders-placed"));
    QVERIFY(contract);
    QCOMPARE(contract->at("datasets").at(0).at("columns").size(), 3u);
    QCOMPARE(contract->at("sla").at(0).at("breaches").get<int>(), 1);
    QVERIFY(!store->show(QStringLiteral("no-such-thing")));

    const auto down = store->lineage(QStringLiteral("orders-placed/orders"), 0, 3, true);
    QVERIFY(down);
    QCOMPARE(std::count_if(down->nodes.begin(), down->nodes.end(),
                 [](const auto &n) { return n.kind == QLatin1String("dataset"); }),
        2);
    QCOMPARE(std::count_if(down->edges.begin(), down->edges.end(),
                 [](const auto &e) { return e.label == QStringLiteral("daily_revenue"); }),
        1);
    QVERIFY(std::any_of(down->edges.begin(), down->edges.end(),
        [](const auto &e) { return e.label == QStringLiteral("DIRECT/AGGREGATION"); }));
    const auto up = store->lineage(QStringLiteral("finance-revenue"), 3, 0, false);
    QVERIFY(up);
    QVERIFY(std::any_of(up->nodes.begin(), up->nodes.end(), [](const auto &n) { return n.distance == -1; }));
    const auto viaProduct = store->lineage(QStringLiteral("orders-placed-product"), 0, 1, false);
    QVERIFY(viaProduct && viaProduct->edges.size() == 1);
    QVERIFY(!store->lineage(QStringLiteral("unknown"), 1, 1, false));
}

void TestStore::corruptStoreIsMovedAside()
{
    QDir().mkpath(QFileInfo(m_store).absolutePath());
    QFile f(m_store);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a database, but it must not be deleted either\n");
    f.close();
    StoreStatus status;
    auto store = Store::open(m_store, status);
    QVERIFY(store); // a fresh store to work with
    QCOMPARE(status.error, StoreError::Corrupt);
    QVERIFY(status.message.contains(status.movedAsideTo));
    QFile kept(status.movedAsideTo);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QVERIFY(kept.readAll().startsWith("this is not a database"));
    // Read-only opens never move anything.
    QFile again(m_store + QStringLiteral(".other"));
    QVERIFY(again.open(QIODevice::WriteOnly));
    again.write("garbage");
    again.close();
    StoreStatus ro;
    QVERIFY(!Store::open(m_store + QStringLiteral(".other"), ro, Store::Mode::ReadOnly));
    QCOMPARE(ro.error, StoreError::Corrupt);
    QVERIFY(QFileInfo::exists(m_store + QStringLiteral(".other")));
}

void TestStore::truncatedStoreIsMovedAside()
{
    LocalScanReport report;
    {
        auto store = importMesh(m_store, m_mesh, report);
        QVERIFY(store);
        QVERIFY(store->connection().exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
    }
    QFile::remove(m_store + QStringLiteral("-wal"));
    QFile::remove(m_store + QStringLiteral("-shm"));
    QFile f(m_store);
    const qint64 size = f.size();
    QVERIFY(size > 8192);
    QVERIFY(f.resize(size / 2));
    StoreStatus status;
    auto store = Store::open(m_store, status);
    QVERIFY(store);
    QCOMPARE(status.error, StoreError::Corrupt);
    QVERIFY(QFileInfo(status.movedAsideTo).size() == size / 2);
    QCOMPARE(store->counts().at(QStringLiteral("contracts")), 0);
}

void TestStore::newerSchemaIsLeftAlone()
{
    {
        StoreStatus status;
        auto store = Store::open(m_store, status);
        QVERIFY(store->connection().exec("PRAGMA user_version = 99").ok());
    }
    const QByteArray before = test::readAll(m_store);
    StoreStatus status;
    QVERIFY(!Store::open(m_store, status));
    QCOMPARE(status.error, StoreError::NewerSchema);
    QVERIFY(status.message.contains(QStringLiteral("99")));
    QCOMPARE(test::readAll(m_store), before);
}

void TestStore::lockedStoreSaysSo()
{
    StoreStatus status;
    auto store = Store::open(m_store, status);
    QVERIFY(store);
    // Another program holds the write lock.
    sql::Connection other;
    QVERIFY(other.open(m_store, false, false).ok());
    QVERIFY(other.exec("BEGIN EXCLUSIVE").ok());
    store->connection().exec("PRAGMA busy_timeout = 100");
    const auto source = store->ensureSource(QStringLiteral("local"), QStringLiteral("x"), QStringLiteral("/x"), status);
    QVERIFY(!source);
    QCOMPARE(status.error, StoreError::Locked);
    QVERIFY(status.message.contains(QStringLiteral("another")));
    QVERIFY(other.exec("ROLLBACK").ok());
}

void TestStore::readOnlyLocation()
{
    // /proc accepts no new files, for root neither: the store says so instead of failing later.
    StoreStatus status;
    QVERIFY(!Store::open(QStringLiteral("/proc/tessera-test/tessera.sqlite"), status));
    QCOMPARE(status.error, StoreError::CannotOpen);
    QVERIFY(!status.message.isEmpty());
    StoreStatus missing;
    QVERIFY(!Store::open(m_dir.filePath(QStringLiteral("none/tessera.sqlite")), missing, Store::Mode::ReadOnly));
    QCOMPARE(missing.error, StoreError::CannotOpen);
}

void TestStore::existingStoreOnReadOnlyDisk()
{
#ifdef Q_OS_LINUX
    LocalScanReport report;
    QVERIFY(importMesh(m_store, m_mesh, report)); // closed again: the WAL is folded in and removed
    const QString folder = QFileInfo(m_store).absolutePath();
    const QStringList filesBefore = QDir(folder).entryList(QDir::Files);
    const QByteArray before = test::readAll(m_store);
    ReadOnlyMount readOnly(folder);
    if (!readOnly.ok()) {
        QSKIP(qPrintable(QStringLiteral("cannot make a read-only mount here (%1)").arg(readOnly.reason())));
    }
    QVERIFY(!QFile(folder + QStringLiteral("/probe")).open(QIODevice::WriteOnly)); // really read-only, for root too

    StoreStatus status;
    QVERIFY(!Store::open(m_store, status));
    QCOMPARE(status.error, StoreError::ReadOnly);
    QVERIFY2(status.message.contains(m_store), qPrintable(status.message));
    QVERIFY2(status.message.contains(QStringLiteral("read-only")), qPrintable(status.message));
    QVERIFY(status.movedAsideTo.isEmpty());
    // Reading needs no write: the catalog can still be searched.
    StoreStatus readStatus;
    auto reader = Store::open(m_store, readStatus, Store::Mode::ReadOnly);
    QVERIFY2(reader, qPrintable(readStatus.message));
    SearchQuery q;
    q.text = QStringLiteral("ord");
    QCOMPARE(reader->search(q).total, 3);
    reader.reset();

    QCOMPARE(QDir(folder).entryList(QDir::Files), filesBefore);
    QCOMPARE(test::readAll(m_store), before);
#else
    QSKIP("read-only mounts are made with Linux mount namespaces");
#endif
}

void TestStore::fullDiskRollsBack()
{
    LocalScanReport report;
    auto store = importMesh(m_store, m_mesh, report);
    QVERIFY(store);
    const auto before = store->counts();
    // The disk fills up: SQLite reports SQLITE_FULL once the page limit is reached.
    const auto pages = store->connection().scalar("PRAGMA page_count");
    QVERIFY(store->connection().exec("PRAGMA max_page_count = " + std::to_string(*pages)).ok());
    ImportBatch big;
    for (int i = 0; i < 2000; ++i) {
        ContractRow c;
        c.externalId = "bulk-" + std::to_string(i);
        c.version = "1.0.0";
        c.originalText = std::string(2000, 'x');
        c.format = "yaml";
        big.contracts.push_back(c);
    }
    StoreStatus status;
    QVERIFY(!store->apply(1, big, status));
    QCOMPARE(status.error, StoreError::DiskFull);
    QVERIFY(status.message.contains(QStringLiteral("Nothing was changed")));
    QCOMPARE(store->counts(), before); // rolled back as a whole
}

void TestStore::draftsSurviveAFailedImport()
{
    LocalScanReport report;
    auto store = importMesh(m_store, m_mesh, report);
    QVERIFY(store->connection()
                .exec("INSERT INTO drafts(contract_external_id, base_version, text) VALUES "
                      "('orders-placed', '1.0.0', 'draft text'); INSERT INTO outbox(draft_id, operation) "
                      "VALUES (1, 'publish')")
                .ok());
    QVERIFY(store->connection()
                .exec("PRAGMA max_page_count = " + std::to_string(*store->connection().scalar("PRAGMA page_count")))
                .ok());
    ImportBatch big;
    for (int i = 0; i < 2000; ++i) {
        big.sla.push_back(
            { "orders-placed", "latency", "t" + std::to_string(i), 1.0, "h", 4.0, true, "x" + std::string(500, 'y') });
    }
    StoreStatus status;
    QVERIFY(!store->apply(1, big, status));
    QCOMPARE(store->connection().scalar("SELECT count(*) FROM drafts").value_or(0), 1);
    QCOMPARE(store->connection().scalar("SELECT count(*) FROM outbox").value_or(0), 1);
}

void TestStore::writeBackKeepsUntouchedSections()
{
    const QString path = m_mesh + QStringLiteral("/contracts/commented.yaml");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("# Orders contract, hand-written\napiVersion: v3.1.0   # the standard\nkind: DataContract\nid: c\n"
            "version: 1.0.0\nstatus: draft\nschema:\n  # the one table\n  - name: t\n    properties:\n      - {name: "
            "a, logicalType: string}\n");
    f.close();
    auto doc = SourceDocument::fromFile(path).value();
    doc["status"] = "active";
    QString error;
    QVERIFY2(LocalFolderSource::writeContract(path, doc, error), qPrintable(error));
    const QString text = QString::fromUtf8(test::readAll(path));
    QVERIFY2(text.contains(QStringLiteral("# Orders contract, hand-written")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("# the one table")));
    QVERIFY(text.contains(QStringLiteral("{name: a, logicalType: string}")));
    QVERIFY(text.contains(QStringLiteral("status: active")));
    QCOMPARE(SourceDocument::fromFile(path).value(), doc);
    // A folder in the way of the file: the write fails and says so.
    const QString blocked = m_mesh + QStringLiteral("/contracts/blocked.yaml");
    QVERIFY(QDir().mkpath(blocked));
    QVERIFY(!LocalFolderSource::writeContract(blocked, doc, error));
    QVERIFY(!error.isEmpty());
}

void TestStore::defaultPathIsTheSameForAppAndCli()
{
    const QString before = QCoreApplication::applicationName();
    QCoreApplication::setApplicationName(QStringLiteral("Tessera"));
    const QString app = Store::defaultPath();
    QCoreApplication::setApplicationName(QStringLiteral("tessera-cli"));
    const QString cli = Store::defaultPath();
    QCoreApplication::setApplicationName(before);
    QCOMPARE(app, cli);
    QVERIFY(app.endsWith(QStringLiteral("/tessera/default/tessera.sqlite")));
}

void TestStore::migratesFromVersionFour()
{
    // A version 4 store with a local source, one of its files and a queued change: schema 5 adds the endpoints'
    // settings and sync state, entity etags and the datasets a source describes, and keeps all of it.
    {
        sql::Connection db;
        QDir().mkpath(QFileInfo(m_store).absolutePath());
        QVERIFY(db.open(m_store, false, true).ok());
        for (const char *name :
            { ":/store/schema-1.sql", ":/store/schema-2.sql", ":/store/schema-3.sql", ":/store/schema-4.sql" }) {
            QFile schema(QString::fromLatin1(name));
            QVERIFY(schema.open(QIODevice::ReadOnly));
            QVERIFY(db.exec(schema.readAll().toStdString()).ok());
        }
        QVERIFY(db.exec("INSERT INTO sources(id, kind, name, location) VALUES (1, 'local', 'mesh', '/mesh'); "
                        "INSERT INTO files(source_id, path, size, mtime, kind) VALUES (1, 'a.yaml', 10, 20, 'contract'); "
                        "INSERT INTO outbox(source_id, operation, payload) VALUES (1, 'publishContract', 'id: x'); "
                        "PRAGMA user_version = 4;")
                    .ok());
    }
    StoreStatus status;
    auto store = Store::open(m_store, status);
    QVERIFY2(store, qPrintable(status.message));
    QCOMPARE(store->schemaVersion(), Store::kSchemaVersion);
    const auto sources = store->sources();
    QCOMPARE(sources.size(), std::size_t(1));
    QCOMPARE(sources.front().name, QStringLiteral("mesh"));
    QVERIFY(sources.front().syncState.isEmpty());
    QVERIFY(sources.front().settings.is_object() && sources.front().settings.empty());
    const auto files = store->files(1);
    QCOMPARE(files.at("a.yaml").size, 10);
    QVERIFY(files.at("a.yaml").etag.empty());
    const auto outbox = store->outbox();
    QCOMPARE(outbox.size(), std::size_t(1));
    QCOMPARE(outbox.front().payload, std::string("id: x"));
    QVERIFY(outbox.front().baseEtag.empty());
    // The new source API: names are unique, state is recorded, removal takes everything.
    SourceRow endpoint;
    endpoint.kind = QStringLiteral("marquez");
    endpoint.name = QStringLiteral("MESH"); // taken, whatever the case
    endpoint.location = QStringLiteral("http://example.invalid");
    QVERIFY(!store->addSource(endpoint, status));
    QVERIFY(status.message.contains(QLatin1String("MESH")));
    endpoint.name = QStringLiteral("Lineage");
    status = {};
    QVERIFY(store->addSource(endpoint, status));
    QVERIFY(store->setSyncState(endpoint.id, QStringLiteral("offline"), QStringLiteral("gone"), false, status));
    QCOMPARE(store->source(QStringLiteral("lineage"))->syncState, QStringLiteral("offline"));
    QVERIFY(store->source(QStringLiteral("lineage"))->syncedAt.isEmpty());
    QVERIFY(store->setSyncState(endpoint.id, QStringLiteral("ok"), QString(), true, status));
    QVERIFY(!store->source(endpoint.id)->syncedAt.isEmpty());
    QVERIFY(store->removeSource(1, status));
    QVERIFY(store->outbox().empty());
    QCOMPARE(store->sources().size(), std::size_t(1));
}

void TestStore::migratesFromVersionThree()
{
    // A version 3 store with a draft as version 1 to 3 kept them (no key, no open flag).
    {
        sql::Connection db;
        QDir().mkpath(QFileInfo(m_store).absolutePath());
        QVERIFY(db.open(m_store, false, true).ok());
        for (const char *name : { ":/store/schema-1.sql", ":/store/schema-2.sql", ":/store/schema-3.sql" }) {
            QFile schema(QString::fromLatin1(name));
            QVERIFY(schema.open(QIODevice::ReadOnly));
            QVERIFY(db.exec(schema.readAll().toStdString()).ok());
        }
        QVERIFY(db.exec("INSERT INTO drafts(id, contract_external_id, base_version, text) VALUES (3, 'orders', "
                        "'1.0.0', 'name: orders'); PRAGMA user_version = 3;")
                    .ok());
    }
    StoreStatus status;
    auto store = Store::open(m_store, status);
    QVERIFY2(store, qPrintable(status.message));
    QCOMPARE(store->schemaVersion(), Store::kSchemaVersion);
    // The old draft is kept, closed, with a key of its own; new drafts save beside it.
    QVERIFY(store->openDrafts().empty());
    auto old = store->connection().prepare("SELECT draft_key, text, open FROM drafts WHERE id = 3");
    QVERIFY(old.next());
    QCOMPARE(old.text(0), std::string("legacy-3"));
    QCOMPARE(old.text(1), std::string("name: orders"));
    QCOMPARE(old.integer(2), 0);
    old.reset();
    DraftRow d { "k1", "orders", "1.1.0", "name: orders v2", "store:orders", true, {} };
    QVERIFY(store->saveDraft(d, status));
    QCOMPARE(store->openDrafts().size(), std::size_t(1));
}

void TestStore::drafts()
{
    StoreStatus status;
    auto store = Store::open(m_store, status);
    QVERIFY(store);
    DraftRow a { "a", "orders", "1.0.0", "id: orders\n", "file:/x/orders.yaml", true, {} };
    DraftRow b { "b", "", "0.1.0", "id: new\n", "", true, {} };
    QVERIFY(store->saveDraft(a, status));
    QVERIFY(store->saveDraft(b, status));
    // A later save of the same draft replaces its text.
    a.text = "id: orders\nname: Orders\n";
    QVERIFY(store->saveDraft(a, status));
    auto open = store->openDrafts();
    QCOMPARE(open.size(), std::size_t(2));
    QCOMPARE(open[0].key, std::string("a"));
    QCOMPARE(open[0].text, a.text);
    QCOMPARE(open[0].origin, a.origin);
    QVERIFY(!open[0].updatedAt.empty());
    QCOMPARE(open[1].contractId, std::string());
    // Closed drafts are not brought back; their text stays.
    QVERIFY(store->closeDraft("b", status));
    open = store->openDrafts();
    QCOMPARE(open.size(), std::size_t(1));
    QCOMPARE(open[0].key, std::string("a"));
    // Versions kept on purpose, newest first, per contract.
    QVERIFY(store->saveDraftVersion(a, "draft", status));
    a.baseVersion = "1.1.0";
    a.text += "version: 1.1.0\n";
    QVERIFY(store->saveDraftVersion(a, "published", status));
    const auto versions = store->draftVersions("orders");
    QCOMPARE(versions.size(), std::size_t(2));
    QCOMPARE(versions[0].version, std::string("1.1.0"));
    QCOMPARE(versions[0].kind, std::string("published"));
    QCOMPARE(versions[1].kind, std::string("draft"));
    QVERIFY(store->draftVersions("other").empty());
}

void TestStore::migratesFromVersionTwo()
{
    // A version 2 store holding lineage as version 2 wrote it: an edge with both ends, one transformation per
    // column pair (one of them without a type), and the mesh's files as last imported.
    std::map<QString, QString> kinds { { QStringLiteral("contracts/orders.yaml"), QStringLiteral("contract") },
        { QStringLiteral("contracts/revenue.yaml"), QStringLiteral("contract") },
        { QStringLiteral("contracts/broken.yaml"), QStringLiteral("unreadable") },
        { QStringLiteral("orders.odps.yaml"), QStringLiteral("product") },
        { QStringLiteral("lineage.ndjson"), QStringLiteral("lineage") },
        { QStringLiteral("sla.ndjson"), QStringLiteral("measurements") } };
    {
        sql::Connection db;
        QDir().mkpath(QFileInfo(m_store).absolutePath());
        QVERIFY(db.open(m_store, false, true).ok());
        QVERIFY(db.exec("PRAGMA foreign_keys = ON").ok());
        for (const char *name : { ":/store/schema-1.sql", ":/store/schema-2.sql" }) {
            QFile schema(QString::fromLatin1(name));
            QVERIFY(schema.open(QIODevice::ReadOnly));
            QVERIFY(db.exec(schema.readAll().toStdString()).ok());
        }
        auto source = db.prepare("INSERT INTO sources(id, kind, name, location) VALUES (1, 'local', 'mesh', ?)");
        source.bind(1, m_mesh);
        QVERIFY(source.run().ok());
        QVERIFY(db.exec(R"(
            INSERT INTO datasets(id, namespace, name) VALUES (1, 'pg', 'orders'), (2, 'sf', 'revenue');
            INSERT INTO columns(id, dataset_id, name) VALUES (10, 1, 'total_amount'), (11, 2, 'revenue'),
                (12, 1, 'order_id');
            INSERT INTO jobs(id, namespace, name) VALUES (5, 'finance', 'daily_revenue');
            INSERT INTO lineage_edges(id, job_id, input_dataset_id, output_dataset_id, source_id, file_path)
                VALUES (7, 5, 1, 2, 1, 'lineage.ndjson');
            INSERT INTO column_lineage(id, input_column_id, output_column_id, transformation_type,
                transformation_subtype, source_id, file_path) VALUES
                (9, 10, 11, 'DIRECT', 'AGGREGATION', 1, 'lineage.ndjson'),
                (8, 12, 11, NULL, NULL, 1, 'lineage.ndjson');
            PRAGMA user_version = 2;)")
                    .ok());
        for (const auto &[path, kind] : kinds) {
            const QFileInfo info(m_mesh + QLatin1Char('/') + path);
            auto file = db.prepare("INSERT INTO files(source_id, path, size, mtime, kind) VALUES (1, ?, ?, ?, ?)");
            file.bind(1, path)
                .bind(2, static_cast<std::int64_t>(info.size()))
                .bind(3, static_cast<std::int64_t>(info.lastModified().toMSecsSinceEpoch()))
                .bind(4, kind);
            QVERIFY(file.run().ok());
        }
    }
    StoreStatus status;
    auto store = Store::open(m_store, status);
    QVERIFY2(store, qPrintable(status.message));
    QCOMPARE(store->schemaVersion(), Store::kSchemaVersion);
    auto &db = store->connection();
    QCOMPARE(db.scalar("SELECT count(*) FROM pragma_foreign_key_check").value_or(-1), 0);
    {
        auto check = db.prepare("PRAGMA integrity_check");
        QVERIFY(check.next());
        QCOMPARE(check.qtext(0), QStringLiteral("ok"));
    }
    // Everything kept, with the same ids; version 2 knew no run times.
    auto edge = db.prepare("SELECT job_id, input_dataset_id, output_dataset_id, run_time IS NULL, source_id, "
                           "file_path FROM lineage_edges");
    QVERIFY(edge.next());
    QCOMPARE(edge.integer(0), 5);
    QCOMPARE(edge.integer(1), 1);
    QCOMPARE(edge.integer(2), 2);
    QCOMPARE(edge.integer(3), 1);
    QCOMPARE(edge.integer(4), 1);
    QCOMPARE(edge.qtext(5), QStringLiteral("lineage.ndjson"));
    QVERIFY(!edge.next());
    auto columns = db.prepare("SELECT id, input_column_id, output_column_id, output_dataset_id, transformation_type, "
                              "transformation_subtype, file_path FROM column_lineage ORDER BY id");
    QVERIFY(columns.next());
    QCOMPARE(columns.integer(0), 8);
    QCOMPARE(columns.integer(3), 2);
    QCOMPARE(columns.qtext(4), QString()); // no type: empty, not NULL
    QVERIFY(columns.next());
    QCOMPARE(columns.integer(0), 9);
    QCOMPARE(columns.integer(1), 10);
    QCOMPARE(columns.integer(2), 11);
    QCOMPARE(columns.integer(3), 2);
    QCOMPARE(columns.qtext(4), QStringLiteral("DIRECT"));
    QCOMPARE(columns.qtext(5), QStringLiteral("AGGREGATION"));
    QCOMPARE(columns.qtext(6), QStringLiteral("lineage.ndjson"));
    QVERIFY(!columns.next());
    QCOMPARE(db.scalar("SELECT count(*) FROM job_runs").value_or(-1), 0);
    const auto counts = store->counts();
    QCOMPARE(counts.at(QStringLiteral("lineageEdges")), 1);
    QCOMPARE(counts.at(QStringLiteral("columnLineageEdges")), 2);
    QCOMPARE(counts.at(QStringLiteral("jobs")), 1);
    // Event and measurement files are read again by the next import; the others stay as they were.
    const auto files = store->files(1);
    QCOMPARE(files.size(), kinds.size());
    for (const auto &[path, kind] : kinds) {
        const bool again = kind == QLatin1String("lineage") || kind == QLatin1String("measurements");
        QCOMPARE(files.at(path.toStdString()).size == -1, again);
    }
    LocalScanReport report;
    QVERIFY(store->apply(1, LocalFolderSource(m_mesh).scan(store->files(1), report), status));
    QCOMPARE(report.changed, 2);
    QCOMPARE(report.unchanged, 4);
    QCOMPARE(db.scalar("SELECT count(*) FROM lineage_edges WHERE run_time = '2026-11-01T00:00:00Z'").value_or(-1), 1);
    QCOMPARE(db.scalar("SELECT count(*) FROM lineage_edges").value_or(-1), 1);
    auto run = db.prepare("SELECT j.name, r.run_time FROM job_runs r JOIN jobs j ON j.id = r.job_id");
    QVERIFY(run.next());
    QCOMPARE(run.qtext(0), QStringLiteral("daily_revenue"));
    QCOMPARE(run.qtext(1), QStringLiteral("2026-11-01T00:00:00Z"));
    QCOMPARE(db.scalar("SELECT count(*) FROM sla_measurements").value_or(-1), 2);
}

void TestStore::lineageRowsOfEveryShape()
{
    QVERIFY(runTimeLess("2026-01-01T00:00:00Z", "2026-01-01T00:00:00.5Z"));
    QVERIFY(runTimeLess("2026-01-01T00:00:00.5Z", "2026-01-01T00:00:00.50001Z"));
    QVERIFY(runTimeLess("2026-01-01T00:00:00.999999999Z", "2026-01-01T00:00:01Z"));
    QVERIFY(runTimeLess("2025-12-31T23:59:59.9Z", "2026-01-01T00:00:00Z"));
    QVERIFY(!runTimeLess("2026-01-01T00:00:00.5Z", "2026-01-01T00:00:00.5Z"));
    QVERIFY(!runTimeLess("2026-01-01T00:00:00.5Z", "2026-01-01T00:00:00Z"));

    StoreStatus status;
    auto store = Store::open(m_store, status);
    QVERIFY(store);
    const auto source = store->ensureSource(QStringLiteral("test"), QStringLiteral("test"), m_mesh, status);
    QVERIFY(source);
    const auto dataset = [](const char *name) {
        DatasetRow d;
        d.namespaceName = "ns";
        d.name = name;
        return d;
    };
    const auto row = [](const char *job, DatasetRow input, DatasetRow output, const char *time, const char *file) {
        LineageRow l;
        l.jobNamespace = "jobs";
        l.jobName = job;
        l.input = std::move(input);
        l.output = std::move(output);
        l.runTime = time;
        l.filePath = file;
        return l;
    };
    ImportBatch batch;
    batch.lineage.push_back(row("j", dataset("a"), {}, "2026-01-01T00:00:00Z", "one")); // only read
    batch.lineage.push_back(row("j", {}, dataset("b"), "2026-01-01T00:00:00.5Z", "one")); // only wrote
    batch.lineage.push_back(row("j", {}, {}, "2026-01-01T00:00:00.75Z", "one")); // named no dataset
    batch.lineage.push_back(row("j", {}, {}, "2026-01-01T00:00:00.7Z", "one"));
    LineageRow both = row("k", dataset("a"), dataset("b"), "2026-01-01T00:00:00Z", "one");
    both.columns
        = { { "x", "y", "DIRECT", "IDENTITY" }, { "x", "y", "INDIRECT", "FILTER" }, { "x", {}, "INDIRECT", "JOIN" } };
    batch.lineage.push_back(both);
    both.runTime = "2025-12-31T00:00:00Z"; // an earlier run of the same edge: the time stays
    batch.lineage.push_back(both);
    both.runTime = {};
    batch.lineage.push_back(both); // no time: the time stays
    both.filePath = "two"; // the same edge in another file: a row of its own
    both.runTime = "2026-02-01T00:00:00Z";
    batch.lineage.push_back(both);
    QVERIFY2(store->apply(*source, batch, status), qPrintable(status.message));
    auto &db = store->connection();
    const auto texts = [&](const char *sql) {
        // Columns are counted from the select list's commas outside parentheses: enough for these queries.
        int columnCount = 1;
        int depth = 0;
        for (const char *c = sql; *c && std::strncmp(c, " FROM ", 6) != 0; ++c) {
            depth += *c == '(' ? 1 : *c == ')' ? -1 : 0;
            columnCount += *c == ',' && depth == 0 ? 1 : 0;
        }
        QStringList out;
        auto st = db.prepare(sql);
        while (st.next()) {
            QStringList row;
            for (int i = 0; i < columnCount; ++i) {
                row << (st.isNull(i) ? QStringLiteral("-") : st.qtext(i));
            }
            out << row.join(QLatin1Char(' '));
        }
        return out;
    };
    QCOMPARE(texts("SELECT j.name, coalesce(i.name, '-'), coalesce(o.name, '-'), e.run_time, e.file_path FROM "
                   "lineage_edges e JOIN jobs j ON j.id = e.job_id LEFT JOIN datasets i ON i.id = e.input_dataset_id "
                   "LEFT JOIN datasets o ON o.id = e.output_dataset_id ORDER BY 1, 2, 3, 5"),
        (QStringList { QStringLiteral("j - b 2026-01-01T00:00:00.5Z one"),
            QStringLiteral("j a - 2026-01-01T00:00:00Z one"), QStringLiteral("k a b 2026-01-01T00:00:00Z one"),
            QStringLiteral("k a b 2026-02-01T00:00:00Z two") }));
    QCOMPARE(
        texts("SELECT j.name, r.file_path, r.run_time FROM job_runs r JOIN jobs j ON j.id = r.job_id ORDER BY 1, 2"),
        (QStringList { QStringLiteral("j one 2026-01-01T00:00:00.75Z"), QStringLiteral("k one 2026-01-01T00:00:00Z"),
            QStringLiteral("k two 2026-02-01T00:00:00Z") }));
    QCOMPARE(
        texts("SELECT ci.name, coalesce(co.name, '*'), cl.transformation_type, cl.transformation_subtype, "
              "cl.file_path FROM column_lineage cl JOIN columns ci ON ci.id = cl.input_column_id LEFT JOIN columns "
              "co ON co.id = cl.output_column_id ORDER BY 5, 2, 4"),
        (QStringList { QStringLiteral("x * INDIRECT JOIN one"), QStringLiteral("x y INDIRECT FILTER one"),
            QStringLiteral("x y DIRECT IDENTITY one"), QStringLiteral("x * INDIRECT JOIN two"),
            QStringLiteral("x y INDIRECT FILTER two"), QStringLiteral("x y DIRECT IDENTITY two") }));
    auto counts = store->counts();
    QCOMPARE(counts.at(QStringLiteral("lineageEdges")), 3);
    QCOMPARE(counts.at(QStringLiteral("columnLineageEdges")), 3);
    QCOMPARE(counts.at(QStringLiteral("jobs")), 2);
    // tessera-cli lineage: a → b through k (not j, whose runs named only one end each), the column edges once.
    const auto graph = store->lineage(QStringLiteral("ns/a"), 0, 2, true);
    QVERIFY(graph);
    QStringList edges;
    for (const auto &e : graph->edges) {
        edges << QStringLiteral("%1>%2 %3")
                     .arg(e.from < 0 ? QStringLiteral("c") : QStringLiteral("d"),
                         e.to < 0 ? QStringLiteral("c") : QStringLiteral("d"), e.label);
    }
    edges.sort();
    QCOMPARE(edges,
        (QStringList { QStringLiteral("c>c DIRECT/IDENTITY"), QStringLiteral("c>c INDIRECT/FILTER"),
            QStringLiteral("c>c INDIRECT/JOIN"), QStringLiteral("d>d k") }));

    // File "one" again with only a later run of k: its rows are replaced, file "two" keeps its own.
    ImportBatch again;
    FileRow one;
    one.path = "one";
    one.kind = "lineage";
    again.files.push_back(one);
    LineageRow later = row("k", dataset("a"), dataset("b"), "2026-03-01T00:00:00Z", "one");
    again.lineage.push_back(later);
    QVERIFY(store->apply(*source, again, status));
    QCOMPARE(texts("SELECT j.name, e.run_time, e.file_path FROM lineage_edges e JOIN jobs j ON j.id = e.job_id "
                   "ORDER BY 3"),
        (QStringList { QStringLiteral("k 2026-03-01T00:00:00Z one"), QStringLiteral("k 2026-02-01T00:00:00Z two") }));
    QCOMPARE(texts("SELECT r.file_path FROM job_runs r ORDER BY 1"),
        (QStringList { QStringLiteral("one"), QStringLiteral("two") }));
    QCOMPARE(db.scalar("SELECT count(*) FROM column_lineage").value_or(-1), 3); // file two's
    counts = store->counts();
    QCOMPARE(counts.at(QStringLiteral("lineageEdges")), 1);
    QCOMPARE(counts.at(QStringLiteral("jobs")), 1);
}

/**
 * A DCS contract whose version reads as a number ("version: 1.0"), and one with odd values where DCS has text:
 * the import goes on (found by fuzz_odcs_yaml: DcsImport threw, and the exception ended the scan's worker).
 */
void TestStore::dcsFileWithNumbersImports()
{
    const auto write = [&](const QString &name, const QByteArray &text) {
        QFile f(m_mesh + QLatin1Char('/') + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    write(QStringLiteral("contracts/legacy.dcs.yaml"),
        "dataContractSpecification: 1.1.0\nid: legacy-orders\ninfo:\n  title: Legacy orders\n  version: 1.0\n"
        "models:\n  orders:\n    type: table\n    fields:\n      order_id:\n        type: string\n");
    write(QStringLiteral("contracts/odd.dcs.yaml"),
        "dataContractSpecification: 1.1.0\nid: 42\ninfo:\n  version: [1]\n  status: 3\n  contact: {name: 7, email: 8}\n"
        "models: {t: {fields: {a: {type: int}}}}\nquality: {type: 5, specification: x}\n"
        "servicelevels:\n  latency: {threshold: ..h}\n  freshness: {threshold: 1"
            + QByteArray(400, '9') + "d}\n");
    write(QStringLiteral("contracts/info.dcs.yaml"),
        "dataContractSpecification: 1.1.0\nid: info-text\ninfo: just text\n");
    LocalScanReport report;
    auto store = importMesh(m_store, m_mesh, report);
    QVERIFY(store);
    const auto shown = store->show(QStringLiteral("legacy-orders"));
    QVERIFY(shown);
    QCOMPARE(QString::fromStdString(shown->at("version").get<std::string>()), QStringLiteral("1.0"));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
