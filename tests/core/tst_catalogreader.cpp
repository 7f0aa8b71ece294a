// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "catalog/catalogreader.h"
#include "catalog/local/localfoldersource.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <set>

using namespace tessera;

namespace {

const QString kMeshDir = QStringLiteral(TESSERA_SOURCE_DIR "/resources/demo-mesh");

template <class List, class Pred> bool any(const List &list, Pred pred)
{
    return std::any_of(list.begin(), list.end(), pred);
}

} // namespace

/** The browser's read side over the demo mesh: the list, facets, pages, sources and quick open. */
class TestCatalogReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void endpointDatasetsShowSourceAndLinks();
    void listsEveryProductInPages_data();
    void listsEveryProductInPages();
    void facetFiltersNarrow();
    void facetCountsAreDisjunctive();
    void searchLeadsToProducts();
    void productPage();
    void productPageOfInputs();
    void unknownIdsAreNotFound();
    void datasetPage();
    void contractBelongsToItsProduct();
    void sourcesSayWhereAndWhen();
    void quickOpenFindsColumns();
    void summariesCarrySlaAndQuality();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<CatalogReader> m_reader;
};

void TestCatalogReader::initTestCase()
{
    StoreStatus status;
    m_store = Store::open(m_dir.filePath(QStringLiteral("tessera.sqlite")), status);
    QVERIFY(m_store);
    const auto source = m_store->ensureSource(QStringLiteral("local"), QStringLiteral("demo"), kMeshDir, status);
    QVERIFY(source);
    LocalScanReport report;
    QVERIFY(m_store->apply(*source, LocalFolderSource(kMeshDir).scan({}, report), status));
    QVERIFY(report.invalid.empty());
    m_reader = std::make_unique<CatalogReader>(*m_store);
}

void TestCatalogReader::listsEveryProductInPages_data()
{
    QTest::addColumn<int>("order");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("name, pages of 10") << int(ProductQuery::Order::Name) << 10;
    QTest::newRow("domain, pages of 7") << int(ProductQuery::Order::Domain) << 7;
    QTest::newRow("status, pages of 5") << int(ProductQuery::Order::Status) << 5;
    QTest::newRow("updated, pages of 9") << int(ProductQuery::Order::Updated) << 9;
    QTest::newRow("name, one page") << int(ProductQuery::Order::Name) << 100;
}

void TestCatalogReader::listsEveryProductInPages()
{
    QFETCH(int, order);
    QFETCH(int, pageSize);
    ProductQuery query;
    query.order = static_cast<ProductQuery::Order>(order);
    std::vector<ProductSummary> all;
    QString cursor;
    int pages = 0;
    for (;;) {
        const ProductListPage page = m_reader->products(query, cursor, pageSize);
        QVERIFY(static_cast<int>(page.rows.size()) <= pageSize);
        if (pages == 0) {
            QCOMPARE(page.total, 46);
        }
        all.insert(all.end(), page.rows.begin(), page.rows.end());
        ++pages;
        if (page.atEnd) {
            break;
        }
        QVERIFY(!page.cursor.isEmpty());
        cursor = page.cursor;
        QVERIFY(pages < 100);
    }
    QCOMPARE(all.size(), 46u);
    std::set<QString> ids;
    for (const auto &row : all) {
        ids.insert(row.id);
    }
    QCOMPARE(ids.size(), 46u); // no product twice across pages
    for (std::size_t i = 1; i < all.size(); ++i) {
        const auto &a = all[i - 1];
        const auto &b = all[i];
        const int byName = QString::compare(a.name, b.name, Qt::CaseInsensitive);
        switch (query.order) {
        case ProductQuery::Order::Domain:
            QVERIFY(a.domain < b.domain || (a.domain == b.domain && byName <= 0));
            break;
        case ProductQuery::Order::Status:
            QVERIFY(a.status < b.status || (a.status == b.status && byName <= 0));
            break;
        case ProductQuery::Order::Updated:
            QVERIFY(a.updatedAt >= b.updatedAt);
            break;
        default:
            QVERIFY(byName <= 0);
        }
    }
}

void TestCatalogReader::facetFiltersNarrow()
{
    ProductQuery query;
    query.facets.emplace(QStringLiteral("domain"), QStringLiteral("delivery"));
    ProductListPage page = m_reader->products(query);
    QCOMPARE(page.total, 8);
    QVERIFY(std::all_of(page.rows.begin(), page.rows.end(), [](const auto &r) { return r.domain == "delivery"; }));

    // Two values of one facet widen; a second facet narrows.
    query.facets.emplace(QStringLiteral("domain"), QStringLiteral("orders"));
    QCOMPARE(m_reader->products(query).total, 13);
    query.facets.emplace(QStringLiteral("status"), QStringLiteral("draft"));
    page = m_reader->products(query);
    QVERIFY(page.total > 0 && page.total < 13);
    QVERIFY(std::all_of(page.rows.begin(), page.rows.end(), [](const auto &r) { return r.status == "draft"; }));

    // Tags, owners, classifications and sources filter as well.
    ProductQuery tagged;
    tagged.facets.emplace(QStringLiteral("tag"), QStringLiteral("source-aligned"));
    const auto taggedPage = m_reader->products(tagged);
    QVERIFY(taggedPage.total > 0 && taggedPage.total < 46);
    ProductQuery owned;
    owned.facets.emplace(QStringLiteral("owner"), QStringLiteral("Order Platform Data"));
    QCOMPARE(m_reader->products(owned).total, 5);
    ProductQuery classified;
    classified.facets.emplace(QStringLiteral("classification"), QStringLiteral("restricted"));
    const auto restricted = m_reader->products(classified).total;
    QVERIFY(restricted > 0 && restricted < 46);
    ProductQuery sourced;
    sourced.facets.emplace(QStringLiteral("source"), QStringLiteral("demo"));
    QCOMPARE(m_reader->products(sourced).total, 46);
    sourced.facets.emplace(QStringLiteral("no-such-facet"), QStringLiteral("x"));
    QCOMPARE(m_reader->products(sourced).total, 0);
}

void TestCatalogReader::facetCountsAreDisjunctive()
{
    // Every count is what checking that value would give (with the other facets' filters).
    for (const bool withText : { false, true }) {
        ProductQuery query;
        if (withText) {
            query.text = QStringLiteral("order");
        }
        query.facets.emplace(QStringLiteral("status"), QStringLiteral("active"));
        const ProductFacets counts = m_reader->facets(query);
        for (const QString key : { "domain", "status", "owner", "tag", "classification", "source" }) {
            QVERIFY2(counts.count(key) != 0, qPrintable(key));
            for (const auto &[value, count] : counts.at(key)) {
                ProductQuery narrowed = query;
                if (key == QLatin1String("status")) {
                    narrowed.facets.clear(); // the facet's own filter is left out of its counts
                }
                narrowed.facets.emplace(key, value);
                const auto page = m_reader->products(narrowed);
                const qint64 total = withText ? static_cast<qint64>(page.rows.size()) : page.total;
                QVERIFY2(total == count,
                    qPrintable(QStringLiteral("%1=%2: %3 counted, %4 listed (text: %5)")
                                   .arg(key, value)
                                   .arg(count)
                                   .arg(total)
                                   .arg(withText)));
            }
        }
    }
}

void TestCatalogReader::searchLeadsToProducts()
{
    // A product's own name.
    ProductQuery query;
    query.text = QStringLiteral("rider tele");
    query.order = ProductQuery::Order::Relevance;
    auto page = m_reader->products(query);
    QVERIFY(!page.rows.empty());
    QCOMPARE(page.rows.front().id, QStringLiteral("rider-telemetry"));
    QVERIFY(page.rows.front().matchedBy.isEmpty());

    // A column of one of its datasets leads to the product that publishes it.
    query.text = QStringLiteral("delivery_address_id");
    page = m_reader->products(query);
    QVERIFY(any(page.rows, [](const auto &r) { return r.id == "order-management"; }));
    const auto viaDataset
        = std::find_if(page.rows.begin(), page.rows.end(), [](const auto &r) { return r.id == "order-management"; });
    QVERIFY(viaDataset->matchedBy.startsWith(QStringLiteral("dataset\t")));

    // Facets filter a search too; each product appears once.
    query.text = QStringLiteral("order");
    query.facets.emplace(QStringLiteral("domain"), QStringLiteral("orders"));
    page = m_reader->products(query);
    QVERIFY(!page.rows.empty());
    std::set<QString> seen;
    for (const auto &row : page.rows) {
        QCOMPARE(row.domain, QStringLiteral("orders"));
        QVERIFY(seen.insert(row.id).second);
    }
    QVERIFY(page.atEnd);
    QCOMPARE(page.total, static_cast<qint64>(page.rows.size()));

    // Nothing, or text with no words, is not an error.
    query.text = QStringLiteral("zzzzqqq");
    QVERIFY(m_reader->products(query).rows.empty());
    query.text = QStringLiteral("\"*(");
    query.facets.clear();
    QCOMPARE(m_reader->products(query).total, 46); // no words: every product
}

void TestCatalogReader::productPage()
{
    const auto product = m_reader->product(QStringLiteral("order-management"));
    QVERIFY(product);
    const ProductDetails &d = *product;
    QCOMPARE(d.name, QStringLiteral("Order Management"));
    QCOMPARE(d.domain, QStringLiteral("orders"));
    QCOMPARE(d.status, QStringLiteral("active"));
    QCOMPARE(d.owner, QStringLiteral("Order Platform Data"));
    QVERIFY(d.purpose.contains(QStringLiteral("orders customers place")));
    QVERIFY(!d.limitations.isEmpty());
    QVERIFY(!d.usage.isEmpty());
    QVERIFY(d.tags.contains(QStringLiteral("source-aligned")));
    // Members: current ones and the one who left (the page hides those).
    QCOMPARE(d.members.size(), 4u);
    QVERIFY(any(d.members, [](const auto &m) { return !m.dateOut.isEmpty(); }));

    // Output ports, each with its contract's dataset and SLA state.
    QCOMPARE(d.outputPorts.size(), 3u);
    const auto placed = std::find_if(d.outputPorts.begin(), d.outputPorts.end(),
        [](const auto &p) { return p.contractId == "placed-orders" && p.version == "2.0.0"; });
    QVERIFY(placed != d.outputPorts.end());
    QVERIFY(placed->datasetRef.startsWith(QStringLiteral("placed-orders/")));
    QVERIFY(!placed->description.isEmpty());
    QVERIFY(placed->sla != SlaState::Unknown);

    // Contracts with every version, the highest current.
    const auto versions
        = std::count_if(d.contracts.begin(), d.contracts.end(), [](const auto &c) { return c.id == "placed-orders"; });
    QCOMPARE(versions, 2);
    QVERIFY(
        any(d.contracts, [](const auto &c) { return c.id == "placed-orders" && c.version == "2.0.0" && c.current; }));
    QVERIFY(
        any(d.contracts, [](const auto &c) { return c.id == "placed-orders" && c.version == "1.3.0" && !c.current; }));

    // SLA: latency, availability and retention of placed-orders, each with its last 30 values.
    for (const QString property : { "latency", "availability", "retention" }) {
        const auto sla = std::find_if(d.sla.begin(), d.sla.end(),
            [&](const auto &s) { return s.contractId == "placed-orders" && s.property == property; });
        QVERIFY2(sla != d.sla.end(), qPrintable(property));
        QCOMPARE(sla->recent.size(), 30u);
        QCOMPARE(sla->recent.back(), sla->latest);
        QVERIFY(!sla->latestTime.isEmpty());
    }
    // Quality: 8 rules of placed-orders, with pass rates.
    QCOMPARE(std::count_if(
                 d.quality.begin(), d.quality.end(), [](const auto &q) { return q.contractId == "placed-orders"; }),
        8);
    QVERIFY(std::all_of(d.quality.begin(), d.quality.end(),
        [](const auto &q) { return q.runs > 0 && q.passRate >= 0 && q.passRate <= 1; }));

    // Access: servers of the current versions, with a line to copy.
    const auto postgres
        = std::find_if(d.servers.begin(), d.servers.end(), [](const auto &s) { return s.name == "orders-db-prod"; });
    QVERIFY(postgres != d.servers.end());
    QCOMPARE(postgres->connection, QStringLiteral("postgres://orders-db.example.com:5432/orders/public"));
    const auto lake
        = std::find_if(d.servers.begin(), d.servers.end(), [](const auto &s) { return s.name == "orders-lake-prod"; });
    QVERIFY(lake != d.servers.end());
    QCOMPARE(lake->connection, QStringLiteral("s3://foodco-lake-orders/curated/"));

    // Support: the product's channels and its contracts', once each.
    QVERIFY(d.support.size() >= 3);
    std::set<std::pair<QString, QString>> channels;
    for (const auto &s : d.support) {
        QVERIFY(channels.emplace(s.channel, s.url).second);
    }
    QVERIFY(any(d.support, [](const auto &s) { return s.url.startsWith(QStringLiteral("mailto:")); }));

    // The team's other products, the source and when it arrived.
    QCOMPARE(d.teamProducts.size(), 4u);
    QVERIFY(!any(d.teamProducts, [](const auto &p) { return p.id == "order-management"; }));
    QCOMPARE(d.sourceName, QStringLiteral("demo"));
    QCOMPARE(d.sourceKind, QStringLiteral("local"));
    QVERIFY(QDateTime::fromString(d.updatedAt, Qt::ISODate).isValid());
}

void TestCatalogReader::productPageOfInputs()
{
    const auto product = m_reader->product(QStringLiteral("order-analytics"));
    QVERIFY(product);
    QVERIFY(!product->inputPorts.empty());
    const auto input = std::find_if(product->inputPorts.begin(), product->inputPorts.end(),
        [](const auto &p) { return p.contractId == "placed-orders"; });
    QVERIFY(input != product->inputPorts.end());
    QCOMPARE(input->contractProduct, QStringLiteral("order-management")); // who provides it
    // An input contract is not one of the product's own.
    QVERIFY(!any(product->contracts, [](const auto &c) { return c.id == "placed-orders"; }));
}

void TestCatalogReader::unknownIdsAreNotFound()
{
    QVERIFY(!m_reader->product(QStringLiteral("no-such-product")));
    QVERIFY(!m_reader->product(QString()));
    QVERIFY(!m_reader->dataset(QStringLiteral("no/such")));
    QVERIFY(!m_reader->dataset(QStringLiteral("nothing")));
    QVERIFY(m_reader->productOfContract(QStringLiteral("no-such-contract")).isEmpty());
}

void TestCatalogReader::datasetPage()
{
    const auto dataset = m_reader->dataset(QStringLiteral("placed-orders/orders"));
    QVERIFY(dataset);
    QCOMPARE(dataset->name, QStringLiteral("orders"));
    QCOMPARE(dataset->contractId, QStringLiteral("placed-orders"));
    QCOMPARE(dataset->contractVersion, QStringLiteral("2.0.0")); // the current version's dataset
    QCOMPARE(dataset->productId, QStringLiteral("order-management"));
    QCOMPARE(dataset->productName, QStringLiteral("Order Management"));
    QVERIFY(dataset->columns.size() > 10);
    QCOMPARE(dataset->columns.front().name, QStringLiteral("order_id")); // in the contract's order
    QCOMPARE(dataset->downstream.size(), 15u);
    QVERIFY(std::all_of(dataset->downstream.begin(), dataset->downstream.end(),
        [](const auto &n) { return !n.ref.isEmpty() && !n.job.isEmpty(); }));
    // A neighbour's ref opens its page.
    QVERIFY2(m_reader->dataset(dataset->downstream.front().ref), qPrintable(dataset->downstream.front().ref));
    // The same dataset by namespace and name.
    const auto byName = m_reader->dataset(QStringLiteral("contract:placed-orders@1.3.0/orders"));
    QVERIFY(byName);
    QCOMPARE(byName->contractVersion, QStringLiteral("1.3.0"));
}

void TestCatalogReader::contractBelongsToItsProduct()
{
    QCOMPARE(m_reader->productOfContract(QStringLiteral("placed-orders")), QStringLiteral("order-management"));
    QCOMPARE(m_reader->productOfContract(QStringLiteral("order-cancellations")), QStringLiteral("order-management"));
}

void TestCatalogReader::sourcesSayWhereAndWhen()
{
    const auto sources = m_reader->sources();
    QCOMPARE(sources.size(), 1u);
    QCOMPARE(sources.front().name, QStringLiteral("demo"));
    QCOMPARE(sources.front().products, 46);
    QCOMPARE(sources.front().contracts, 48);
    QVERIFY(sources.front().reachable);
    QVERIFY(QDateTime::fromString(sources.front().lastImport, Qt::ISODate).isValid());

    // A folder that is gone (an unmounted disk) is out of reach; its data stays.
    StoreStatus status;
    const QString gone = m_dir.filePath(QStringLiteral("unplugged-disk"));
    QVERIFY(m_store->ensureSource(QStringLiteral("local"), QStringLiteral("usb"), gone, status));
    const auto both = m_reader->sources();
    QCOMPARE(both.size(), 2u);
    QVERIFY(!both.back().reachable);
    QCOMPARE(both.back().products, 0);
    m_store->connection().exec("DELETE FROM sources WHERE name = 'usb'");
}

void TestCatalogReader::quickOpenFindsColumns()
{
    const auto items = m_reader->quickOpen(QStringLiteral("delivery_addr"));
    QVERIFY(any(items, [](const auto &i) { return i.kind == "column" && i.title == "delivery_address_id"; }));
    const auto column = std::find_if(items.begin(), items.end(), [](const auto &i) { return i.kind == "column"; });
    QVERIFY(column->url.startsWith(QStringLiteral("tessera://dataset/")));
    QVERIFY(column->url.contains(QStringLiteral("?column=")));

    const auto products = m_reader->quickOpen(QStringLiteral("order manag"));
    QVERIFY(any(products, [](const auto &i) {
        return i.kind == "product" && i.url == QStringLiteral("tessera://product/order-management");
    }));
    QVERIFY(m_reader->quickOpen(QStringLiteral("  ")).empty());
    QVERIFY(m_reader->quickOpen(QStringLiteral("\"\"'*")).empty());
    // Ids with characters a URL must escape stay one path segment.
    QCOMPARE(urlSegment(QStringLiteral("a/b c")), QStringLiteral("a%2Fb%20c"));
}

void TestCatalogReader::summariesCarrySlaAndQuality()
{
    ProductQuery query;
    const auto page = m_reader->products(query, {}, 100);
    // The demo mesh has products that meet their SLAs, some with a breach, and some with no data.
    QVERIFY(any(page.rows, [](const auto &r) { return r.sla == SlaState::Met; }));
    QVERIFY(any(page.rows, [](const auto &r) { return r.sla == SlaState::Breached && !r.breachedSla.isEmpty(); }));
    QVERIFY(any(page.rows, [](const auto &r) { return r.sla == SlaState::Unknown && r.qualityRate < 0; }));
    QVERIFY(std::all_of(page.rows.begin(), page.rows.end(),
        [](const auto &r) { return r.qualityRate == -1 || (r.qualityRate >= 0 && r.qualityRate <= 1); }));
}

void TestCatalogReader::endpointDatasetsShowSourceAndLinks()
{
    // An endpoint's table, linked to the OpenLineage name another source uses for it.
    QTemporaryDir dir;
    StoreStatus status;
    auto store = Store::open(dir.filePath(QStringLiteral("s.sqlite")), status);
    QVERIFY(store);
    SourceRow row;
    row.kind = QStringLiteral("openmetadata");
    row.name = QStringLiteral("OpenMetadata");
    row.location = QStringLiteral("https://om.example.com");
    QVERIFY(store->addSource(row, status));
    ImportBatch batch;
    SourceDatasetRow table;
    table.dataset.namespaceName = "openmetadata:warehouse";
    table.dataset.name = "shop.public.orders";
    table.dataset.columns.push_back({ "id", {}, "INT", {}, {} });
    table.filePath = "table:1";
    table.aliases.emplace_back("postgres://db:5432", "shop.public.orders");
    batch.datasets.push_back(table);
    batch.files.push_back({ "table:1", 0, 0, "table", {}, "0.1" });
    QVERIFY(store->apply(row.id, batch, status));
    CatalogReader reader(*store);
    const auto details = reader.dataset(QStringLiteral("openmetadata:warehouse/shop.public.orders"));
    QVERIFY(details);
    QCOMPARE(details->sources, QStringList { QStringLiteral("OpenMetadata") });
    QCOMPARE(details->sameAs.size(), std::size_t(1));
    QCOMPARE(details->sameAs.front().ref, QStringLiteral("postgres://db:5432/shop.public.orders"));
    QCOMPARE(details->sameAs.front().job, QStringLiteral("OpenMetadata"));
    // Both ways: the OpenLineage name leads back to the table.
    const auto other = reader.dataset(QStringLiteral("postgres://db:5432/shop.public.orders"));
    QVERIFY(other);
    QCOMPARE(other->sameAs.size(), std::size_t(1));
    QCOMPARE(other->sameAs.front().ref, QStringLiteral("openmetadata:warehouse/shop.public.orders"));
    // The table is searchable under its source; when it goes, so do its links and its search entry.
    SearchQuery q;
    q.text = QStringLiteral("orders");
    q.facets.emplace(QStringLiteral("source"), QStringLiteral("OpenMetadata"));
    QCOMPARE(store->search(q).total, 1);
    ImportBatch gone;
    gone.removedFiles.push_back("table:1");
    QVERIFY(store->apply(row.id, gone, status));
    QCOMPARE(store->search(q).total, 0);
    QVERIFY(reader.dataset(QStringLiteral("openmetadata:warehouse/shop.public.orders"))->sameAs.empty());
}

QTEST_GUILESS_MAIN(TestCatalogReader)
#include "tst_catalogreader.moc"
