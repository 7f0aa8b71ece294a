// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "catalog/local/localfoldersource.h"
#include "dashboard/dashboarddata.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace tessera;

namespace {

const QString kMeshDir = QStringLiteral(TESSERA_SOURCE_DIR "/resources/demo-mesh");

const SlaSeries *seriesOf(const ProductDashboard &board, const QString &contract, const QString &property)
{
    for (const SlaSeries &s : board.sla) {
        if (s.contractId == contract && s.property == property) {
            return &s;
        }
    }
    return nullptr;
}

} // namespace

/** The dashboards' figures over the demo mesh (90 days of SLA and quality history), checked against raw SQL. */
class TestDashboardData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void productSeriesFollowTheRange_data();
    void productSeriesFollowTheRange();
    void breachesAreMarked();
    void availabilityIsTheMeanOverTheRange();
    void latencyDistributionCountsEveryValue();
    void qualityPassRatePerDay();
    void unknownProduct();
    void contractDashboardIsTheProductsRestricted();
    void contractDashboardOwnFigures();
    void productIsTheSumOfItsContracts();
    void unknownContract();
    void targetBandHoldsTheMetValues();
    void targetBandSteps();
    void histogramBuckets();
    void meshOverviewMatchesRawRows();
    void domainSummary();
    void domainProductsAddUpToTheDomain();
    void overviewIsQuick();
    void quickWithHundredsOfProducts(); // last: adds synthetic products to the store

private:
    std::int64_t scalar(const QString &sql);

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

void TestDashboardData::initTestCase()
{
    StoreStatus status;
    m_store = Store::open(m_dir.filePath(QStringLiteral("tessera.sqlite")), status);
    QVERIFY(m_store);
    const auto source = m_store->ensureSource(QStringLiteral("local"), QStringLiteral("demo"), kMeshDir, status);
    QVERIFY(source);
    LocalScanReport report;
    QVERIFY(m_store->apply(*source, LocalFolderSource(kMeshDir).scan({}, report), status));
    QVERIFY(report.invalid.empty());
}

std::int64_t TestDashboardData::scalar(const QString &sql)
{
    const auto value = m_store->connection().scalar(sql.toStdString());
    return value.value_or(-1);
}

void TestDashboardData::productSeriesFollowTheRange_data()
{
    QTest::addColumn<int>("days");
    QTest::newRow("7 days") << 7;
    QTest::newRow("30 days") << 30;
    QTest::newRow("90 days") << 90;
}

void TestDashboardData::productSeriesFollowTheRange()
{
    QFETCH(int, days);
    const auto board = dashboard::product(*m_store, QStringLiteral("delivery-operations"), days);
    QVERIFY(board);
    QCOMPARE(board->name, QStringLiteral("Delivery Operations"));
    QCOMPARE(board->domain, QStringLiteral("delivery"));
    QCOMPARE(board->contracts, QStringList { QStringLiteral("delivery-jobs") });
    QCOMPARE(board->lastDay, QStringLiteral("2026-11-24"));
    QCOMPARE(QDate::fromString(board->firstDay, Qt::ISODate).daysTo(QDate(2026, 11, 24)), days - 1);
    // delivery-jobs measures availability, latency and retention once a day.
    QCOMPARE(board->sla.size(), std::size_t(3));
    for (const SlaSeries &s : board->sla) {
        QCOMPARE(int(s.points.size()), days);
        QVERIFY(std::is_sorted(s.points.begin(), s.points.end(),
            [](const DashboardPoint &a, const DashboardPoint &b) { return a.time < b.time; }));
        QVERIFY(s.points.front().time >= board->firstDay);
        QVERIFY(s.minimum <= s.mean && s.mean <= s.maximum);
    }
    QCOMPARE(int(board->quality.size()), days);
}

void TestDashboardData::breachesAreMarked()
{
    const auto board = dashboard::product(*m_store, QStringLiteral("delivery-operations"), 90);
    QVERIFY(board);
    const SlaSeries *latency = seriesOf(*board, QStringLiteral("delivery-jobs"), QStringLiteral("latency"));
    QVERIFY(latency);
    QCOMPARE(latency->unit, QStringLiteral("m"));
    QCOMPARE(latency->breaches, 4); // the demo mesh's latency incidents
    QCOMPARE(latency->breaches,
        int(std::count_if(latency->points.begin(), latency->points.end(), [](const auto &p) { return !p.met; })));
    QCOMPARE(std::int64_t(latency->breaches),
        scalar(QStringLiteral("SELECT count(*) FROM sla_measurements WHERE contract_external_id = 'delivery-jobs' "
                              "AND property = 'latency' AND met = 0")));
    for (const DashboardPoint &p : latency->points) {
        QVERIFY(p.target);
        QCOMPARE(p.met, p.value <= *p.target); // latency: at most the target
    }
    const SlaSeries *retention = seriesOf(*board, QStringLiteral("delivery-jobs"), QStringLiteral("retention"));
    QVERIFY(retention);
    QCOMPARE(retention->breaches, 0);
}

void TestDashboardData::availabilityIsTheMeanOverTheRange()
{
    const auto board = dashboard::product(*m_store, QStringLiteral("delivery-operations"), 30);
    QVERIFY(board && board->availability && board->availabilityTarget);
    const SlaSeries *availability = seriesOf(*board, QStringLiteral("delivery-jobs"), QStringLiteral("availability"));
    QVERIFY(availability);
    double sum = 0;
    for (const DashboardPoint &p : availability->points) {
        sum += p.value;
    }
    QVERIFY(qAbs(*board->availability - sum / availability->points.size()) < 1e-9);
    QVERIFY(*board->availability > 90 && *board->availability <= 100);
    QCOMPARE(*board->availabilityTarget, *availability->target);
}

void TestDashboardData::latencyDistributionCountsEveryValue()
{
    const auto board = dashboard::product(*m_store, QStringLiteral("delivery-operations"), 90);
    QVERIFY(board);
    QCOMPARE(board->distributions.size(), std::size_t(1));
    const Distribution &d = board->distributions.front();
    QCOMPARE(d.property, QStringLiteral("latency"));
    QCOMPARE(d.total, 90);
    int sum = 0;
    for (const HistogramBucket &b : d.buckets) {
        QVERIFY(b.from <= b.to);
        sum += b.count;
    }
    QCOMPARE(sum, 90);
    QVERIFY(d.buckets.size() > 1 && d.buckets.size() <= 10);

    // A product with time of availability has it as a second distribution, after latency.
    const auto daily = dashboard::product(*m_store, QStringLiteral("delivery-performance"), 90);
    QVERIFY(daily);
    QVERIFY(!daily->distributions.empty());
    QCOMPARE(daily->distributions.front().property, QStringLiteral("latency"));
}

void TestDashboardData::qualityPassRatePerDay()
{
    const auto board = dashboard::product(*m_store, QStringLiteral("delivery-operations"), 90);
    QVERIFY(board);
    int runs = 0, passed = 0;
    for (const DailyQuality &day : board->quality) {
        QVERIFY(day.passed <= day.runs);
        QVERIFY(day.rate() >= 0 && day.rate() <= 1);
        runs += day.runs;
        passed += day.passed;
    }
    QCOMPARE(std::int64_t(runs),
        scalar(QStringLiteral("SELECT count(*) FROM quality_results WHERE contract_external_id = 'delivery-jobs'")));
    QCOMPARE(std::int64_t(passed),
        scalar(QStringLiteral(
            "SELECT count(*) FROM quality_results WHERE contract_external_id = 'delivery-jobs' AND passed = 1")));
}

void TestDashboardData::unknownProduct()
{
    QVERIFY(!dashboard::product(*m_store, QStringLiteral("no-such-product"), 30));
    QVERIFY(!dashboard::domain(*m_store, QStringLiteral("no-such-domain")));
}

void TestDashboardData::contractDashboardIsTheProductsRestricted()
{
    // order-management publishes two contracts; each one's dashboard is the product's, restricted to it.
    const auto product = dashboard::product(*m_store, QStringLiteral("order-management"), 30);
    QVERIFY(product);
    QCOMPARE(
        product->contracts, QStringList({ QStringLiteral("order-cancellations"), QStringLiteral("placed-orders") }));
    QVERIFY(product->contract.isEmpty());
    for (const QString &id : product->contracts) {
        const auto board = dashboard::contract(*m_store, id, 30);
        QVERIFY(board);
        QCOMPARE(board->contract, id);
        QCOMPARE(board->contracts, QStringList { id });
        QCOMPARE(board->id, QStringLiteral("order-management"));
        QCOMPARE(board->name, product->name);
        QCOMPARE(board->domain, QStringLiteral("orders"));
        QCOMPARE(board->firstDay, product->firstDay);
        QCOMPARE(board->lastDay, product->lastDay);
        QCOMPARE(board->days, 30);
        // availability, latency, retention: the very series of the product's board for that contract.
        QCOMPARE(board->sla.size(), std::size_t(3));
        for (const SlaSeries &s : board->sla) {
            QCOMPARE(s.contractId, id);
            const SlaSeries *same = seriesOf(*product, id, s.property);
            QVERIFY(same);
            QCOMPARE(s.points.size(), same->points.size());
            QCOMPARE(int(s.points.size()), 30);
            QCOMPARE(s.breaches, same->breaches);
            QCOMPARE(s.mean, same->mean);
            QCOMPARE(s.points.front().time, same->points.front().time);
            QCOMPARE(s.points.back().value, same->points.back().value);
        }
        for (const Distribution &d : board->distributions) {
            QCOMPARE(d.contractId, id);
        }
        QCOMPARE(board->distributions.size(), std::size_t(1)); // latency
        QCOMPARE(board->distributions.front().total, 30);
    }
}

void TestDashboardData::contractDashboardOwnFigures()
{
    const auto board = dashboard::contract(*m_store, QStringLiteral("placed-orders"), 90);
    QVERIFY(board);
    // Named as its current version (2.0.0) is, not as the deprecated 1.3.0 kept beside it.
    auto name = m_store->connection().prepare(
        "SELECT name FROM contracts WHERE external_id = 'placed-orders' AND version = '2.0.0'");
    QVERIFY(name.next());
    QCOMPARE(board->contractName, name.qtext(0));
    QCOMPARE(board->contractName, QStringLiteral("Placed orders"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT name) FROM contracts WHERE external_id = 'placed-orders'")),
        std::int64_t(2));
    // Availability is the mean of this contract's measurements alone.
    const SlaSeries *availability = seriesOf(*board, QStringLiteral("placed-orders"), QStringLiteral("availability"));
    QVERIFY(availability && board->availability);
    QCOMPARE(int(availability->points.size()), 90);
    double sum = 0;
    for (const DashboardPoint &p : availability->points) {
        sum += p.value;
    }
    QVERIFY(qAbs(*board->availability - sum / 90) < 1e-9);
    QCOMPARE(*board->availabilityTarget, *availability->target);
    // Breaches and quality results, against the raw rows of that contract.
    int breaches = 0;
    for (const SlaSeries &s : board->sla) {
        breaches += s.breaches;
    }
    QCOMPARE(std::int64_t(breaches),
        scalar(QStringLiteral("SELECT count(*) FROM sla_measurements WHERE contract_external_id = 'placed-orders' AND "
                              "met = 0")));
    int runs = 0, passed = 0;
    for (const DailyQuality &day : board->quality) {
        runs += day.runs;
        passed += day.passed;
    }
    QCOMPARE(int(board->quality.size()), 90);
    QCOMPARE(std::int64_t(runs),
        scalar(QStringLiteral("SELECT count(*) FROM quality_results WHERE contract_external_id = 'placed-orders'")));
    QCOMPARE(std::int64_t(passed),
        scalar(QStringLiteral(
            "SELECT count(*) FROM quality_results WHERE contract_external_id = 'placed-orders' AND passed = 1")));
}

void TestDashboardData::productIsTheSumOfItsContracts()
{
    const auto product = dashboard::product(*m_store, QStringLiteral("order-management"), 90);
    const auto placed = dashboard::contract(*m_store, QStringLiteral("placed-orders"), 90);
    const auto cancellations = dashboard::contract(*m_store, QStringLiteral("order-cancellations"), 90);
    QVERIFY(product && placed && cancellations);
    QCOMPARE(product->sla.size(), placed->sla.size() + cancellations->sla.size());
    QCOMPARE(product->distributions.size(), placed->distributions.size() + cancellations->distributions.size());
    // Quality per day adds up; availability is the mean over both contracts' measurements.
    QCOMPARE(product->quality.size(), placed->quality.size());
    for (std::size_t i = 0; i < product->quality.size(); ++i) {
        QCOMPARE(product->quality[i].day, placed->quality[i].day);
        QCOMPARE(product->quality[i].runs, placed->quality[i].runs + cancellations->quality[i].runs);
        QCOMPARE(product->quality[i].passed, placed->quality[i].passed + cancellations->quality[i].passed);
    }
    QVERIFY(qAbs(*product->availability - (*placed->availability + *cancellations->availability) / 2) < 1e-9);
}

void TestDashboardData::unknownContract()
{
    QVERIFY(!dashboard::contract(*m_store, QStringLiteral("no-such-contract"), 30));
    QVERIFY(!dashboard::contract(*m_store, QString(), 30));
}

void TestDashboardData::targetBandHoldsTheMetValues()
{
    // The band shades the side of the target where values meet it: every met measurement lies in it, every breach
    // outside, as the store's verdicts say (latency and time of availability below the target, availability and
    // retention above it).
    for (const char *id : { "placed-orders", "delivery-jobs" }) {
        const auto board = dashboard::contract(*m_store, QString::fromLatin1(id), 90);
        QVERIFY(board);
        QVERIFY(!board->sla.empty());
        int breaches = 0;
        for (const SlaSeries &s : board->sla) {
            const double low = s.minimum - 10, high = s.maximum + 10;
            const std::vector<BandPoint> band = dashboard::targetBand(s, low, high);
            QCOMPARE(band.size(), s.points.size()); // one target throughout: no steps
            for (std::size_t i = 0; i < band.size(); ++i) {
                const DashboardPoint &p = s.points[i];
                QCOMPARE(band[i].time, p.time);
                QVERIFY(band[i].lower <= band[i].upper);
                if (dashboard::higherIsBetter(s.property)) {
                    QCOMPARE(band[i].lower, *p.target);
                    QCOMPARE(band[i].upper, high);
                } else {
                    QCOMPARE(band[i].lower, low);
                    QCOMPARE(band[i].upper, *p.target);
                }
                const bool inside = p.value >= band[i].lower && p.value <= band[i].upper;
                QVERIFY2(inside == p.met,
                    qPrintable(QStringLiteral("%1 %2 at %3").arg(s.property).arg(p.value).arg(p.time)));
                breaches += inside ? 0 : 1;
            }
        }
        if (QLatin1String(id) == QLatin1String("delivery-jobs")) {
            QCOMPARE(breaches, 4); // the latency incidents
        }
    }
    QVERIFY(dashboard::higherIsBetter(QStringLiteral("availability")));
    QVERIFY(!dashboard::higherIsBetter(QStringLiteral("latency")));
}

void TestDashboardData::targetBandSteps()
{
    SlaSeries latency { QStringLiteral("c"), QStringLiteral("latency"), QStringLiteral("m"), {}, 0, {}, 0, 0, 0 };
    latency.points = {
        { QStringLiteral("2026-11-01T00:00:00Z"), 10, 30.0, true },
        { QStringLiteral("2026-11-02T00:00:00Z"), 12, std::nullopt, true }, // no target: left out
        { QStringLiteral("2026-11-03T00:00:00Z"), 25, 20.0, false },
        { QStringLiteral("2026-11-04T00:00:00Z"), 15, 20.0, true },
    };
    const auto band = dashboard::targetBand(latency, 0, 50);
    QCOMPARE(band.size(), std::size_t(4)); // 30, then a step at the 3rd from 30 down to 20, then 20
    QCOMPARE(band[0].upper, 30.0);
    QCOMPARE(band[1].time, QStringLiteral("2026-11-03T00:00:00Z"));
    QCOMPARE(band[1].upper, 30.0);
    QCOMPARE(band[2].time, band[1].time);
    QCOMPARE(band[2].upper, 20.0);
    QCOMPARE(band[3].upper, 20.0);
    for (const BandPoint &b : band) {
        QCOMPARE(b.lower, 0.0);
    }
    // Clipped to the plotted range; higher is better: from the target up.
    SlaSeries availability = latency;
    availability.property = QStringLiteral("availability");
    const auto above = dashboard::targetBand(availability, 0, 25);
    QCOMPARE(above.front().lower, 25.0); // the target 30 lies above the range
    QCOMPARE(above.front().upper, 25.0);
    QCOMPARE(above.back().lower, 20.0);
    QCOMPARE(above.back().upper, 25.0);
    QVERIFY(dashboard::targetBand(SlaSeries {}, 0, 1).empty());
}

void TestDashboardData::histogramBuckets()
{
    QVERIFY(dashboard::histogram({}).empty());
    const auto one = dashboard::histogram({ 5, 5, 5 });
    QCOMPARE(one.size(), std::size_t(1));
    QCOMPARE(one.front().count, 3);
    const auto buckets = dashboard::histogram({ 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 5);
    QCOMPARE(buckets.size(), std::size_t(5));
    QCOMPARE(buckets.front().from, 0.0);
    QCOMPARE(buckets.back().to, 10.0);
    QCOMPARE(buckets.back().count, 3); // 8, 9 and the maximum
    QCOMPARE(buckets.front().count, 2);
}

void TestDashboardData::meshOverviewMatchesRawRows()
{
    const MeshOverview overview = dashboard::mesh(*m_store, 30);
    QCOMPARE(overview.complianceDays, 30);
    QCOMPARE(overview.domains.size(), std::size_t(8));
    QCOMPARE(overview.total.products, 46);
    QCOMPARE(std::int64_t(overview.total.products), scalar(QStringLiteral("SELECT count(*) FROM products")));
    int products = 0;
    for (const DomainSummary &r : overview.domains) {
        QVERIFY(!r.domain.isEmpty());
        int byStatus = 0;
        for (const auto &[status, n] : r.byStatus) {
            byStatus += n;
        }
        QCOMPARE(byStatus, r.products);
        QVERIFY(r.withContracts <= r.products);
        QVERIFY(r.withSla <= r.withContracts);
        QVERIFY(r.contractShare() >= 0 && r.contractShare() <= 1);
        QVERIFY(r.compliance());
        QVERIFY(*r.compliance() > 0 && *r.compliance() <= 1);
        products += r.products;

        // The raw measurements of the domain's output contracts over the last 30 days.
        const QString contracts = QStringLiteral(
            "SELECT DISTINCT pp.contract_external_id FROM products p JOIN domains d ON d.id = p.domain_id JOIN "
            "product_ports pp ON pp.product_id = p.id AND pp.direction = 'output' WHERE d.name = '%1'")
                                      .arg(r.domain);
        const QString window = QStringLiteral("time >= '2026-10-26' AND met IS NOT NULL");
        QCOMPARE(r.slaMeasured,
            scalar(QStringLiteral("SELECT count(*) FROM sla_measurements WHERE contract_external_id IN (%1) AND %2")
                       .arg(contracts, window)));
        QCOMPARE(r.slaMet,
            scalar(QStringLiteral(
                "SELECT count(*) FROM sla_measurements WHERE contract_external_id IN (%1) AND %2 AND met = 1")
                       .arg(contracts, window)));
        QCOMPARE(std::int64_t(r.openFindings),
            scalar(QStringLiteral("SELECT count(*) FROM policy_findings WHERE domain = '%1'").arg(r.domain)));
    }
    QCOMPARE(products, overview.total.products);
    QVERIFY(overview.total.compliance() && *overview.total.compliance() < 1); // the demo mesh has incidents
}

void TestDashboardData::domainSummary()
{
    const auto delivery = dashboard::domain(*m_store, QStringLiteral("delivery"));
    QVERIFY(delivery);
    QCOMPARE(std::int64_t(delivery->products),
        scalar(QStringLiteral(
            "SELECT count(*) FROM products p JOIN domains d ON d.id = p.domain_id WHERE d.name = 'delivery'")));
    QVERIFY(delivery->withSla > 0);
    QVERIFY(delivery->slaMeasured > delivery->slaMet);
}

void TestDashboardData::domainProductsAddUpToTheDomain()
{
    const auto delivery = dashboard::domain(*m_store, QStringLiteral("delivery"));
    QVERIFY(delivery);
    const auto rows = dashboard::domainProducts(*m_store, QStringLiteral("delivery"), 30);
    QCOMPARE(int(rows.size()), delivery->products);
    std::int64_t measured = 0, met = 0;
    for (const DomainProductRow &r : rows) {
        measured += r.slaMeasured;
        met += r.slaMet;
        QVERIFY(r.slaMet <= r.slaMeasured && r.qualityPassed <= r.qualityRuns);
    }
    QCOMPARE(measured, delivery->slaMeasured);
    QCOMPARE(met, delivery->slaMet);
    const auto operations = std::find_if(
        rows.begin(), rows.end(), [](const auto &r) { return r.id == QLatin1String("delivery-operations"); });
    QVERIFY(operations != rows.end());
    QCOMPARE(operations->slaMeasured, std::int64_t(90)); // three properties, 30 days
    QCOMPARE(operations->slaMeasured - operations->slaMet, std::int64_t(3)); // the latency incident
    QCOMPARE(operations->qualityRuns, std::int64_t(240));
    QVERIFY(dashboard::domainProducts(*m_store, QStringLiteral("no-such-domain")).empty());
}

void TestDashboardData::overviewIsQuick()
{
    QElapsedTimer timer;
    timer.start();
    dashboard::mesh(*m_store, 30);
    for (const char *id : { "delivery-operations", "delivery-performance", "order-management" }) {
        dashboard::product(*m_store, QString::fromLatin1(id), 90);
    }
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

void TestDashboardData::quickWithHundredsOfProducts()
{
    // 500 more products in a domain of their own, each with an output contract measuring three SLA properties
    // daily for 90 days (135,000 measurements) and two quality rules (90,000 results).
    sql::Connection &db = m_store->connection();
    const auto ok = [](const sql::Status &status) { return status.ok(); };
    QVERIFY(ok(db.exec("BEGIN")));
    QVERIFY(ok(db.exec(
        "INSERT INTO domains(name) VALUES ('synthetic');"
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500) "
        "INSERT INTO products(source_id, external_id, name, domain_id, status) SELECT (SELECT min(id) FROM sources), "
        "'syn-' || i, 'Synthetic ' || i, (SELECT id FROM domains WHERE name = 'synthetic'), "
        "CASE WHEN i % 10 = 0 THEN 'draft' ELSE 'active' END FROM n;"
        "INSERT INTO product_ports(product_id, direction, name, contract_external_id) SELECT id, 'output', "
        "external_id, external_id || '-contract' FROM products WHERE external_id LIKE 'syn-%';"
        "WITH RECURSIVE d(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM d WHERE k < 89), "
        "p(name, target) AS (VALUES ('availability', 99.5), ('latency', 30.0), ('timeOfAvailability', 6.0)) "
        "INSERT INTO sla_measurements(contract_external_id, property, time, value, unit, target, met) "
        "SELECT pp.contract_external_id, p.name, strftime('%Y-%m-%dT05:45:00Z', '2026-11-24', '-' || d.k || ' days'), "
        "p.target * (0.5 + ((pp.id * 7 + d.k * 13) % 100) / 180.0), '', p.target, "
        "((pp.id * 7 + d.k * 13) % 100) < 90 FROM product_ports pp JOIN products pr ON pr.id = pp.product_id "
        "AND pr.external_id LIKE 'syn-%', d, p;"
        "WITH RECURSIVE d(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM d WHERE k < 89) "
        "INSERT INTO quality_results(contract_external_id, schema_object, rule, time, value, passed) "
        "SELECT pp.contract_external_id, 'table', r.rule, strftime('%Y-%m-%dT06:30:00Z', '2026-11-24', '-' || d.k "
        "|| ' days'), 0, (d.k + pp.id) % 17 <> 0 FROM product_ports pp JOIN products pr ON pr.id = pp.product_id "
        "AND pr.external_id LIKE 'syn-%', d, (SELECT 'unique' AS rule UNION ALL SELECT 'not_null') r;")));
    QVERIFY(ok(db.exec("COMMIT")));

    QElapsedTimer timer;
    timer.start();
    const MeshOverview overview = dashboard::mesh(*m_store, 30);
    const qint64 meshMs = timer.restart();
    const auto board = dashboard::product(*m_store, QStringLiteral("syn-250"), 90);
    const qint64 productMs = timer.elapsed();
    qInfo("mesh overview over %d products: %lld ms; a product's 90 days: %lld ms", overview.total.products, meshMs,
        productMs);
    QCOMPARE(overview.total.products, 546);
    const auto synthetic = std::find_if(overview.domains.begin(), overview.domains.end(),
        [](const DomainSummary &r) { return r.domain == QLatin1String("synthetic"); });
    QVERIFY(synthetic != overview.domains.end());
    QCOMPARE(synthetic->products, 500);
    QCOMPARE(synthetic->withSla, 500);
    QCOMPARE(synthetic->slaMeasured, std::int64_t(500 * 3 * 30));
    QVERIFY(*synthetic->compliance() > 0.85 && *synthetic->compliance() < 0.95);
    QVERIFY(board);
    QCOMPARE(board->sla.size(), std::size_t(3));
    QCOMPARE(board->sla.front().points.size(), std::size_t(90));
    QCOMPARE(board->distributions.size(), std::size_t(2));
    QCOMPARE(board->quality.size(), std::size_t(90));
    QVERIFY2(meshMs < 1500, qPrintable(QString::number(meshMs)));
    QVERIFY2(productMs < 500, qPrintable(QString::number(productMs)));
}

QTEST_GUILESS_MAIN(TestDashboardData)
#include "tst_dashboarddata.moc"
