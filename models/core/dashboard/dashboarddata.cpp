// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "dashboard/dashboarddata.h"

#include "catalog/catalogreader.h"
#include "store/store.h"

#include <algorithm>
#include <cmath>

namespace tessera::dashboard {

namespace {

/** The day of the newest SLA measurement or quality result, yyyy-MM-dd; empty when there are none. */
QString lastDay(sql::Connection &db)
{
    auto st = db.prepare("SELECT max(day) FROM (SELECT date(max(time)) AS day FROM sla_measurements UNION ALL "
                         "SELECT date(max(time)) FROM quality_results)");
    return st.next() && !st.isNull(0) ? st.qtext(0) : QString();
}

/** The first day of a range of `days` days ending with `last`. */
QString firstDay(sql::Connection &db, const QString &last, int days)
{
    auto st = db.prepare("SELECT date(?1, ?2)");
    st.bind(1, last).bind(2, QStringLiteral("-%1 days").arg(std::max(days, 1) - 1));
    return st.next() ? st.qtext(0) : last;
}

/**
 * Reads the figures of `board.contracts` over the last `days` days into `board`: the range, each contract's SLA
 * series (by contract, then property), availability, the distributions and the quality pass rate per day. Shared by
 * the product's and the contract's dashboards.
 */
void readMeasurements(sql::Connection &db, ProductDashboard &board, int days)
{
    board.days = days;
    board.lastDay = lastDay(db);
    if (board.lastDay.isEmpty()) {
        return;
    }
    board.firstDay = firstDay(db, board.lastDay, days);

    // The series: the primary key (contract, property, time) gives them in order.
    auto sla = db.prepare("SELECT property, time, value, coalesce(unit, ''), target, met FROM sla_measurements WHERE "
                          "contract_external_id = ?1 AND time >= ?2 AND value IS NOT NULL ORDER BY property, time");
    double availabilitySum = 0;
    int availabilityCount = 0;
    for (const QString &contract : std::as_const(board.contracts)) {
        sla.bind(1, contract).bind(2, board.firstDay);
        SlaSeries *series = nullptr;
        while (sla.next()) {
            const QString property = sla.qtext(0);
            if (!series || series->property != property) {
                board.sla.push_back(SlaSeries { contract, property, sla.qtext(3), {}, 0, {}, 0, 0, 0 });
                series = &board.sla.back();
            }
            DashboardPoint point;
            point.time = sla.qtext(1);
            point.value = sla.real(2);
            if (!sla.isNull(4)) {
                point.target = sla.real(4);
            }
            point.met = sla.isNull(5) || sla.integer(5) != 0;
            series->breaches += point.met ? 0 : 1;
            series->points.push_back(std::move(point));
        }
        sla.reset();
    }
    for (SlaSeries &series : board.sla) {
        std::vector<double> values;
        values.reserve(series.points.size());
        for (const DashboardPoint &p : series.points) {
            values.push_back(p.value);
        }
        if (!values.empty()) {
            const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
            series.minimum = *lo;
            series.maximum = *hi;
            double sum = 0;
            for (const double v : values) {
                sum += v;
            }
            series.mean = sum / double(values.size());
            series.target = series.points.back().target;
        }
        if (series.property == QLatin1String("availability")) {
            for (const double v : values) {
                availabilitySum += v;
            }
            availabilityCount += int(values.size());
            if (series.target && (!board.availabilityTarget || *series.target > *board.availabilityTarget)) {
                board.availabilityTarget = series.target;
            }
        }
        if (isDistributionProperty(series.property)) {
            board.distributions.push_back(Distribution { series.contractId, series.property, series.unit, series.target,
                histogram(values), int(values.size()) });
        }
    }
    if (availabilityCount > 0) {
        board.availability = availabilitySum / availabilityCount;
    }
    // Latency before freshness, then by contract.
    std::stable_sort(
        board.distributions.begin(), board.distributions.end(), [](const Distribution &a, const Distribution &b) {
            return (a.property == QLatin1String("latency")) > (b.property == QLatin1String("latency"));
        });

    // Quality: runs and passes per day, over all of its contracts.
    auto quality = db.prepare("SELECT date(time), count(*), sum(coalesce(passed, 0) <> 0) FROM quality_results "
                              "WHERE contract_external_id = ?1 AND time >= ?2 GROUP BY 1");
    std::map<QString, DailyQuality> perDay;
    for (const QString &contract : std::as_const(board.contracts)) {
        quality.bind(1, contract).bind(2, board.firstDay);
        while (quality.next()) {
            DailyQuality &day = perDay[quality.qtext(0)];
            day.day = quality.qtext(0);
            day.runs += int(quality.integer(1));
            day.passed += int(quality.integer(2));
        }
        quality.reset();
    }
    for (auto &[day, row] : perDay) {
        board.quality.push_back(row);
    }
}

} // namespace

bool isDistributionProperty(const QString &property)
{
    return property == QLatin1String("latency") || property == QLatin1String("timeOfAvailability")
        || property == QLatin1String("freshness");
}

std::vector<HistogramBucket> histogram(const std::vector<double> &values, int maxBuckets)
{
    if (values.empty()) {
        return {};
    }
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    const double low = *lo, high = *hi;
    if (high <= low || maxBuckets <= 1) {
        return { HistogramBucket { low, high, int(values.size()) } };
    }
    const int count = std::min<int>(maxBuckets, int(values.size()));
    const double width = (high - low) / count;
    std::vector<HistogramBucket> buckets(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        buckets[std::size_t(i)].from = low + i * width;
        buckets[std::size_t(i)].to = i + 1 == count ? high : low + (i + 1) * width;
    }
    for (const double v : values) {
        const int index = std::clamp(int(std::floor((v - low) / width)), 0, count - 1);
        ++buckets[std::size_t(index)].count;
    }
    return buckets;
}

std::optional<ProductDashboard> product(Store &store, const QString &id, int days)
{
    sql::Connection &db = store.connection();
    auto head = db.prepare("SELECT p.id, p.external_id, p.name, coalesce(d.name, '') FROM products p LEFT JOIN "
                           "domains d ON d.id = p.domain_id WHERE p.external_id = ? ORDER BY p.id LIMIT 1");
    head.bind(1, id);
    if (!head.next()) {
        return std::nullopt;
    }
    ProductDashboard board;
    const std::int64_t rowId = head.integer(0);
    board.id = head.qtext(1);
    board.name = head.qtext(2);
    board.domain = head.qtext(3);
    auto ports = db.prepare("SELECT DISTINCT contract_external_id FROM product_ports WHERE product_id = ? AND "
                            "direction = 'output' AND coalesce(contract_external_id, '') <> '' ORDER BY 1");
    ports.bind(1, rowId);
    while (ports.next()) {
        board.contracts << ports.qtext(0);
    }
    readMeasurements(db, board, days);
    return board;
}

std::optional<ProductDashboard> contract(Store &store, const QString &id, int days)
{
    sql::Connection &db = store.connection();
    auto known = db.prepare(
        "SELECT EXISTS (SELECT 1 FROM contracts WHERE external_id = ?1) OR EXISTS (SELECT 1 FROM product_ports WHERE "
        "contract_external_id = ?1) OR EXISTS (SELECT 1 FROM sla_measurements WHERE contract_external_id = ?1) OR "
        "EXISTS (SELECT 1 FROM quality_results WHERE contract_external_id = ?1)");
    known.bind(1, id);
    if (id.isEmpty() || !known.next() || known.integer(0) == 0) {
        return std::nullopt;
    }
    ProductDashboard board;
    board.contract = id;
    board.contracts << id;
    // Its name and domain from its current version (the highest one still present, as the product page has it); the
    // product that publishes it as the catalog reader finds it.
    auto versions = db.prepare("SELECT coalesce(c.name, ''), coalesce(d.name, ''), c.version, c.present FROM "
                               "contracts c LEFT JOIN domains d ON d.id = c.domain_id WHERE c.external_id = ?");
    versions.bind(1, id);
    std::string current;
    bool currentPresent = false;
    while (versions.next()) {
        const std::string version = versions.text(2);
        const bool present = versions.integer(3) != 0;
        if (current.empty() || (present && !currentPresent)
            || (present == currentPresent && versionLess(current, version))) {
            current = version;
            currentPresent = present;
            board.contractName = versions.qtext(0);
            board.domain = versions.qtext(1);
        }
    }
    board.id = CatalogReader(store).productOfContract(id);
    if (!board.id.isEmpty()) {
        auto head = db.prepare("SELECT p.name, coalesce(d.name, '') FROM products p LEFT JOIN domains d ON d.id = "
                               "p.domain_id WHERE p.external_id = ? ORDER BY p.id LIMIT 1");
        head.bind(1, board.id);
        if (head.next()) {
            board.name = head.qtext(0);
            if (!head.qtext(1).isEmpty()) {
                board.domain = head.qtext(1);
            }
        }
    }
    readMeasurements(db, board, days);
    return board;
}

bool higherIsBetter(const QString &property)
{
    return property == QLatin1String("availability") || property == QLatin1String("retention");
}

std::vector<BandPoint> targetBand(const SlaSeries &series, double low, double high)
{
    std::vector<BandPoint> band;
    const bool higher = higherIsBetter(series.property);
    const auto at = [&](const QString &time, double target) {
        const double edge = std::clamp(target, std::min(low, high), std::max(low, high));
        band.push_back(higher ? BandPoint { time, edge, high } : BandPoint { time, low, edge });
    };
    std::optional<double> previous;
    for (const DashboardPoint &point : series.points) {
        if (!point.target) {
            continue;
        }
        if (previous && *previous != *point.target) {
            at(point.time, *previous); // a step: the old target up to the time of the change
        }
        at(point.time, *point.target);
        previous = point.target;
    }
    return band;
}

MeshOverview mesh(Store &store, int complianceDays)
{
    sql::Connection &db = store.connection();
    MeshOverview overview;
    overview.complianceDays = complianceDays;
    overview.lastDay = lastDay(db);
    std::map<QString, DomainSummary> rows;
    const auto row = [&rows](const QString &domain) -> DomainSummary & {
        DomainSummary &r = rows[domain];
        r.domain = domain;
        return r;
    };

    auto status = db.prepare("SELECT coalesce(d.name, ''), coalesce(p.status, ''), count(*) FROM products p LEFT "
                             "JOIN domains d ON d.id = p.domain_id GROUP BY 1, 2");
    while (status.next()) {
        DomainSummary &r = row(status.qtext(0));
        const int n = int(status.integer(2));
        r.byStatus[status.qtext(1)] += n;
        r.products += n;
    }

    // Products with contracts, and of those the ones whose contracts promise or measure service levels.
    auto shares = db.prepare(
        "SELECT coalesce(d.name, ''), count(*), sum(EXISTS (SELECT 1 FROM product_ports pp JOIN contracts c ON "
        "c.external_id = pp.contract_external_id WHERE pp.product_id = p.id AND pp.direction = 'output' AND "
        "c.present AND json_valid(c.document) AND json_array_length(c.document, '$.slaProperties') > 0) OR EXISTS "
        "(SELECT 1 FROM product_ports pp JOIN sla_measurements m ON m.contract_external_id = "
        "pp.contract_external_id WHERE pp.product_id = p.id AND pp.direction = 'output')) FROM products p LEFT JOIN "
        "domains d ON d.id = p.domain_id WHERE EXISTS (SELECT 1 FROM product_ports pp WHERE pp.product_id = p.id "
        "AND pp.direction = 'output' AND coalesce(pp.contract_external_id, '') <> '') GROUP BY 1");
    while (shares.next()) {
        DomainSummary &r = row(shares.qtext(0));
        r.withContracts = int(shares.integer(1));
        r.withSla = int(shares.integer(2));
    }

    // SLA compliance over the window: the measurements of each product's output contracts.
    if (!overview.lastDay.isEmpty()) {
        const QString since = firstDay(db, overview.lastDay, complianceDays);
        auto compliance = db.prepare(
            "SELECT o.domain, count(*), sum(m.met <> 0) FROM (SELECT DISTINCT p.id, coalesce(d.name, '') AS "
            "domain, pp.contract_external_id AS contract FROM products p LEFT JOIN domains d ON d.id = p.domain_id "
            "JOIN product_ports pp ON pp.product_id = p.id AND pp.direction = 'output' AND "
            "coalesce(pp.contract_external_id, '') <> '') o JOIN sla_measurements m ON m.contract_external_id = "
            "o.contract AND m.time >= ?1 AND m.met IS NOT NULL GROUP BY 1");
        compliance.bind(1, since);
        while (compliance.next()) {
            DomainSummary &r = row(compliance.qtext(0));
            r.slaMeasured = compliance.integer(1);
            r.slaMet = compliance.integer(2);
        }
    }

    auto findings = db.prepare("SELECT domain, count(*), sum(severity = 'error') FROM policy_findings GROUP BY 1");
    while (findings.next()) {
        DomainSummary &r = row(findings.qtext(0));
        r.openFindings = int(findings.integer(1));
        r.errorFindings = int(findings.integer(2));
    }

    for (auto &[name, r] : rows) {
        DomainSummary &t = overview.total;
        t.products += r.products;
        for (const auto &[s, n] : r.byStatus) {
            t.byStatus[s] += n;
        }
        t.withContracts += r.withContracts;
        t.withSla += r.withSla;
        t.slaMeasured += r.slaMeasured;
        t.slaMet += r.slaMet;
        t.openFindings += r.openFindings;
        t.errorFindings += r.errorFindings;
        overview.domains.push_back(r);
    }
    return overview;
}

std::optional<DomainSummary> domain(Store &store, const QString &name, int complianceDays)
{
    MeshOverview overview = mesh(store, complianceDays);
    for (DomainSummary &r : overview.domains) {
        if (r.domain == name && r.products > 0) {
            return std::move(r);
        }
    }
    return std::nullopt;
}

std::vector<DomainProductRow> domainProducts(Store &store, const QString &name, int days)
{
    sql::Connection &db = store.connection();
    std::vector<DomainProductRow> rows;
    const QString last = lastDay(db);
    const QString since = last.isEmpty() ? QString() : firstDay(db, last, days);
    // One aggregate per table over the products' output contracts (each contract counted once per product).
    auto products = db.prepare(
        "SELECT p.external_id, p.name, coalesce(p.status, ''), (SELECT count(*) FROM sla_measurements m WHERE "
        "m.contract_external_id IN (SELECT contract_external_id FROM product_ports WHERE product_id = p.id AND "
        "direction = 'output') AND m.time >= ?2 AND m.met IS NOT NULL), (SELECT count(*) FROM sla_measurements m "
        "WHERE m.contract_external_id IN (SELECT contract_external_id FROM product_ports WHERE product_id = p.id AND "
        "direction = 'output') AND m.time >= ?2 AND m.met <> 0), (SELECT count(*) FROM quality_results q WHERE "
        "q.contract_external_id IN (SELECT contract_external_id FROM product_ports WHERE product_id = p.id AND "
        "direction = 'output') AND q.time >= ?2), (SELECT count(*) FROM quality_results q WHERE "
        "q.contract_external_id IN (SELECT contract_external_id FROM product_ports WHERE product_id = p.id AND "
        "direction = 'output') AND q.time >= ?2 AND q.passed <> 0) FROM products p JOIN domains d ON d.id = "
        "p.domain_id WHERE d.name = ?1 ORDER BY p.name COLLATE NOCASE, p.id");
    products.bind(1, name).bind(2, since);
    while (products.next()) {
        DomainProductRow row;
        row.id = products.qtext(0);
        row.name = products.qtext(1);
        row.status = products.qtext(2);
        row.slaMeasured = products.integer(3);
        row.slaMet = products.integer(4);
        row.qualityRuns = products.integer(5);
        row.qualityPassed = products.integer(6);
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace tessera::dashboard
