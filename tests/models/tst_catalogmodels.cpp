// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "catalogmodels.h"
#include "catalogservice.h"
#include "meshgenerator.h"
#include "modelroles.h"
#include "productlistmodel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QtTest>

using namespace tessera;

class TestCatalogModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void productListPagesByKeyset_data();
    void productListPagesByKeyset();
    void productListSearchAndFilters();
    void productListDropsStaleAnswers();
    void facets();
    void domainTreeLoadsOnExpand();
    void typingSearchStaysBounded();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
    int m_products = 0;
};

void TestCatalogModels::initTestCase()
{
    StoreStatus status;
    m_path = m_dir.filePath(QStringLiteral("tessera.sqlite"));
    m_store = Store::open(m_path, status);
    QVERIFY(m_store);
    bench::MeshSize size;
    size.products = 257; // pages of 100: two full and a partial one
    size.datasetsPerContract = 2;
    size.columnsPerDataset = 2;
    const auto source
        = m_store->ensureSource(QStringLiteral("test"), QStringLiteral("test"), QStringLiteral("test"), status);
    QVERIFY(m_store->apply(*source, bench::generateMesh(size), status));
    m_products = size.products;
}

void TestCatalogModels::productListPagesByKeyset_data()
{
    QTest::addColumn<int>("order");
    QTest::newRow("name") << int(ProductQuery::Order::Name);
    QTest::newRow("domain") << int(ProductQuery::Order::Domain);
    QTest::newRow("status") << int(ProductQuery::Order::Status);
    QTest::newRow("recently updated") << int(ProductQuery::Order::Updated);
}

void TestCatalogModels::productListPagesByKeyset()
{
    QFETCH(int, order);
    CatalogService service(m_path);
    ProductListModel model(&service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ProductListModel::loaded);
    ProductQuery query;
    query.order = static_cast<ProductQuery::Order>(order);
    model.setQuery(query);
    QVERIFY(model.isLoading());
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(model.total(), m_products);
    // The first page; the tester, like a view, may already have asked for the next.
    QVERIFY(model.rowCount() == ProductListModel::kPageSize || model.rowCount() == m_products);
    if (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QTRY_COMPARE(model.rowCount(), m_products);
    // Every row's SLA and quality state follows, off the GUI thread.
    QTRY_VERIFY(model.index(m_products - 1).data(SlaStateRole).isValid());
    QVERIFY(!model.canFetchMore({}));
    // In order across the page boundary, and no product twice.
    QSet<QString> ids;
    for (int r = 0; r < model.rowCount(); ++r) {
        ids.insert(model.index(r).data(EntityIdRole).toString());
        if (r == 0) {
            continue;
        }
        const QModelIndex a = model.index(r - 1);
        const QModelIndex b = model.index(r);
        switch (query.order) {
        case ProductQuery::Order::Domain:
            QVERIFY(a.data(DomainRole).toString() <= b.data(DomainRole).toString());
            break;
        case ProductQuery::Order::Status:
            QVERIFY(a.data(StatusRole).toString() <= b.data(StatusRole).toString());
            break;
        case ProductQuery::Order::Updated:
            QVERIFY(a.data(UpdatedAtRole).toDateTime() >= b.data(UpdatedAtRole).toDateTime());
            break;
        default:
            QVERIFY(a.data().toString().compare(b.data().toString(), Qt::CaseInsensitive) <= 0);
        }
    }
    QCOMPARE(ids.size(), m_products);
    QVERIFY(!model.index(0).data(DomainRole).toString().isEmpty());
    QVERIFY(model.index(0).data(UrlRole).toString().startsWith(QStringLiteral("tessera://product/")));
}

void TestCatalogModels::productListSearchAndFilters()
{
    CatalogService service(m_path);
    ProductListModel model(&service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ProductListModel::loaded);

    // A search finds products through their own names and through their contracts and datasets.
    ProductQuery query;
    query.text = QStringLiteral("ord");
    query.order = ProductQuery::Order::Relevance;
    model.setQuery(query);
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.total(), model.rowCount());
    QVERIFY(!model.canFetchMore({}));

    // A domain filter: every row in it, and as many as the facet count promised.
    CatalogReader reader(*m_store);
    const ProductFacets counts = reader.facets({});
    QVERIFY(!counts.at(QStringLiteral("domain")).empty());
    const auto [domain, count] = counts.at(QStringLiteral("domain")).front();
    query = {};
    query.facets.emplace(QStringLiteral("domain"), domain);
    model.setQuery(query);
    QTRY_COMPARE(loaded.count(), 2);
    QCOMPARE(model.total(), count);
    for (int r = 0; r < model.rowCount(); ++r) {
        QCOMPARE(model.index(r).data(DomainRole).toString(), domain);
    }

    // Nothing matches: an empty list, loaded.
    query.text = QStringLiteral("zzzznothing");
    model.setQuery(query);
    QTRY_COMPARE(loaded.count(), 3);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.hasResults());
}

void TestCatalogModels::productListDropsStaleAnswers()
{
    CatalogService service(m_path);
    ProductListModel model(&service);
    QSignalSpy loaded(&model, &ProductListModel::loaded);
    ProductQuery first;
    first.text = QStringLiteral("ord");
    ProductQuery second;
    second.text = QStringLiteral("zzzznothing");
    model.setQuery(first);
    model.setQuery(second); // replaces the first before its answer arrives
    QTRY_COMPARE(loaded.count(), 1);
    QTest::qWait(50); // the first answer, had it not been dropped, would arrive now
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.query(), second);
}

void TestCatalogModels::facets()
{
    FacetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto results = m_store->search({});
    model.setFacets(results.facets);
    QVERIFY(model.rowCount() >= 4);
    // Find the domain facet and check one value: it becomes a query filter and survives new counts.
    QModelIndex domain;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(KindRole).toString() == QLatin1String("domain")) {
            domain = model.index(r, 0);
        }
    }
    QVERIFY(domain.isValid());
    QCOMPARE(model.rowCount(domain), 12);
    const QModelIndex orders = model.index(0, 0, domain);
    QVERIFY(model.flags(orders) & Qt::ItemIsUserCheckable);
    QVERIFY(model.setData(orders, Qt::Checked, Qt::CheckStateRole));
    const auto checked = model.checked();
    QCOMPARE(checked.size(), 1u);
    SearchQuery narrowed;
    narrowed.facets = checked;
    const auto filtered = m_store->search(narrowed);
    QCOMPARE(filtered.total, orders.siblingAtColumn(0).data(CountRole).toLongLong());
    model.setFacets(filtered.facets);
    QCOMPARE(model.checked(), checked);
}

void TestCatalogModels::domainTreeLoadsOnExpand()
{
    CatalogService service(m_path);
    DomainTreeModel model(&service);
    QTRY_COMPARE(model.rowCount(), 12);
    const QModelIndex first = model.index(0, 0);
    QVERIFY(model.hasChildren(first));
    QCOMPARE(model.rowCount(first), 0); // not loaded until expanded
    QVERIFY(model.canFetchMore(first));
    model.fetchMore(first);
    QVERIFY(!model.canFetchMore(first));
    QTRY_COMPARE(model.rowCount(first), first.data(CountRole).toInt());
    QCOMPARE(model.index(0, 0, first).data(KindRole).toString(), QStringLiteral("product"));
    QCOMPARE(model.index(0, 0, first).parent(), first);
    {
        // The tester expands (fetches) every domain itself, as a view would.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(model.index(1, 0)), model.index(1, 0).data(CountRole).toInt());
    }
    // The store changed: the tree is read again.
    service.notifyChanged();
    QTRY_COMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(model.rowCount(), 12);
}

void TestCatalogModels::typingSearchStaysBounded()
{
    // While typing, many matches are not all ranked: names starting with the text come first, then others.
    SearchQuery query;
    query.withFacetCounts = false;
    query.limit = 20;
    query.rankLimit = 10; // what kRankLimit is to a large store
    query.text = QStringLiteral("ord");
    const auto typing = m_store->search(query);
    QCOMPARE(typing.hits.size(), 20u);
    QVERIFY(typing.total > 10);
    QVERIFY(typing.hits.front().title.startsWith(QStringLiteral("ord"), Qt::CaseInsensitive));
    QSet<QString> refs;
    for (const auto &hit : typing.hits) {
        refs.insert(hit.kind + hit.ref);
    }
    QCOMPARE(refs.size(), 20); // nothing twice
    // Two words: every hit also matches by the exact (ranked, full) path.
    query.text = QStringLiteral("order ri");
    SearchQuery exactQuery = query;
    exactQuery.withFacetCounts = true;
    exactQuery.limit = 100000;
    QSet<QString> exactRefs;
    for (const auto &hit : m_store->search(exactQuery).hits) {
        exactRefs.insert(hit.kind + hit.ref);
    }
    const auto twoWords = m_store->search(query);
    QVERIFY(!twoWords.hits.empty());
    for (const auto &hit : twoWords.hits) {
        QVERIFY2(exactRefs.contains(hit.kind + hit.ref), qPrintable(hit.title));
    }
    // The count stops at the limit and says so.
    query.text = QStringLiteral("o");
    query.rankLimit = Store::kRankLimit;
    const auto many = m_store->search(query);
    QVERIFY(!many.totalIsLowerBound); // this small store has fewer than kCountLimit matches
    QVERIFY(many.total > 0);
    // With facet counts the full, exact path runs.
    query.withFacetCounts = true;
    const auto exact = m_store->search(query);
    QCOMPARE(exact.total, many.total);
    QVERIFY(!exact.facets.at(QStringLiteral("domain")).empty());
}

QTEST_GUILESS_MAIN(TestCatalogModels)
#include "tst_catalogmodels.moc"
