// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "catalogmodels.h"
#include "meshgenerator.h"
#include "modelroles.h"

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
    void productListReload();
    void searchResults();
    void facets();
    void domainTreeLoadsOnExpand();
    void typingSearchStaysBounded();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    int m_products = 0;
};

void TestCatalogModels::initTestCase()
{
    StoreStatus status;
    m_store = Store::open(m_dir.filePath(QStringLiteral("tessera.sqlite")), status);
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
    QTest::addColumn<int>("fetches");
    QTest::addColumn<int>("rows");
    QTest::newRow("nothing yet") << 0 << 0;
    QTest::newRow("one page") << 1 << 100;
    QTest::newRow("two pages") << 2 << 200;
    QTest::newRow("all") << 3 << 257;
    QTest::newRow("past the end") << 5 << 257;
}

void TestCatalogModels::productListPagesByKeyset()
{
    QFETCH(int, fetches);
    QFETCH(int, rows);
    ProductListModel model(m_store.get());
    for (int i = 0; i < fetches; ++i) {
        if (model.canFetchMore({})) {
            model.fetchMore({});
        }
    }
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(model.canFetchMore({}), rows < m_products);
    // Sorted by name, case-insensitively, with no row twice across pages.
    QSet<QString> ids;
    for (int r = 0; r < model.rowCount(); ++r) {
        ids.insert(model.index(r).data(EntityIdRole).toString());
        if (r > 0) {
            QVERIFY(model.index(r - 1).data().toString().compare(model.index(r).data().toString(), Qt::CaseInsensitive)
                <= 0);
        }
    }
    QCOMPARE(ids.size(), rows);
    if (rows > 0) {
        QVERIFY(!model.index(0).data(DomainRole).toString().isEmpty());
    }
    // The tester checks the model's consistency, fetching more on its own as views do.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.rowCount() >= rows);
}

void TestCatalogModels::productListReload()
{
    ProductListModel model(m_store.get());
    model.fetchMore({});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.reload();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canFetchMore({}));
}

void TestCatalogModels::searchResults()
{
    SearchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SearchQuery query;
    query.text = QStringLiteral("ord");
    query.limit = 20;
    model.setResults(m_store->search(query));
    QCOMPARE(model.rowCount(), 20);
    QVERIFY(model.results().total > 20);
    const QModelIndex first = model.index(0);
    QVERIFY(!first.data(EntityIdRole).toString().isEmpty());
    QVERIFY(QStringList({ QStringLiteral("product"), QStringLiteral("contract"), QStringLiteral("dataset") })
                .contains(first.data(KindRole).toString()));
    model.setResults({});
    QCOMPARE(model.rowCount(), 0);
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
        if (model.index(r, 0).data().toString() == QLatin1String("domain")) {
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
    DomainTreeModel model(m_store.get());
    QCOMPARE(model.rowCount(), 12);
    const QModelIndex first = model.index(0, 0);
    QVERIFY(model.hasChildren(first));
    QCOMPARE(model.rowCount(first), 0); // not loaded until expanded
    QVERIFY(model.canFetchMore(first));
    model.fetchMore(first);
    QCOMPARE(model.rowCount(first), first.data(CountRole).toInt());
    QVERIFY(!model.canFetchMore(first));
    QCOMPARE(model.index(0, 0, first).data(KindRole).toString(), QStringLiteral("product"));
    QCOMPARE(model.index(0, 0, first).parent(), first);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
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
