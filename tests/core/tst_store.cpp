// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "catalog/local/localfoldersource.h"
#include "contract/sourcedocument.h"
#include "store/store.h"
#include "testutils.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

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

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createsWalWithForeignKeys();
    void migratesFromVersionZero();
    void importAndSearch();
    void searchFacets();
    void reimportReadsOnlyChangedFiles();
    void removedFileTakesItsEntities();
    void showAndLineage();
    void corruptStoreIsMovedAside();
    void truncatedStoreIsMovedAside();
    void newerSchemaIsLeftAlone();
    void lockedStoreSaysSo();
    void readOnlyLocation();
    void fullDiskRollsBack();
    void draftsSurviveAFailedImport();
    void writeBackKeepsUntouchedSections();
    void defaultPathIsTheSameForAppAndCli();

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
    QCOMPARE(store->schemaVersion(), 1);
    QVERIFY(store->connection().scalar("SELECT count(*) FROM search_docs").has_value());
    QVERIFY(store->connection().scalar("SELECT count(*) FROM unrelated").has_value()); // nothing else touched
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

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
