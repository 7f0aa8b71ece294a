// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace tessera {

class Store;

/** One SLA measurement as a dashboard plots it. */
struct DashboardPoint
{
    QString time; ///< UTC ISO 8601, as the store holds it
    double value = 0;
    std::optional<double> target;
    bool met = true; ///< false: a breach (a measurement without a verdict counts as met)
};

/** One SLA property of one contract over the range, oldest first. */
struct SlaSeries
{
    QString contractId, property, unit;
    std::vector<DashboardPoint> points;
    int breaches = 0; ///< points not met
    std::optional<double> target; ///< the latest point's target
    double minimum = 0, maximum = 0, mean = 0; ///< of the values (0 when there are none)
};

/** A bucket of a distribution: values in [from, to) (the last bucket includes `to`). */
struct HistogramBucket
{
    double from = 0, to = 0;
    int count = 0;
};

/** How the values of an SLA property (latency, time of availability) spread over the range. */
struct Distribution
{
    QString contractId, property, unit;
    std::optional<double> target;
    std::vector<HistogramBucket> buckets;
    int total = 0;
};

/** Quality-rule results of one day: how many ran and how many passed. */
struct DailyQuality
{
    QString day; ///< yyyy-MM-dd (UTC)
    int runs = 0, passed = 0;
    double rate() const { return runs > 0 ? double(passed) / runs : 1.0; }
};

/** A point of an SLA target's band: at `time`, the values that meet the target lie in [lower, upper]. */
struct BandPoint
{
    QString time; ///< UTC ISO 8601, as the store holds it
    double lower = 0, upper = 0;
};

/**
 * What a dashboard shows for a time range: a product's (the SLA and quality of its output ports' contracts) or one
 * contract's (`contract` set, `contracts` holding just it).
 */
struct ProductDashboard
{
    QString id, name, domain; ///< the product; for a contract's dashboard, the product publishing it (may be empty)
    QString contract, contractName; ///< a contract's dashboard: the contract shown; empty for a product's
    int days = 0; ///< the range asked for
    QString firstDay, lastDay; ///< yyyy-MM-dd: the range, ending with the day of the newest measurement
    QStringList contracts; ///< the contracts shown: a product's output ports' contracts, or the one contract
    std::vector<SlaSeries> sla; ///< by contract, then property
    /** Mean of the "availability" measurements over the range, in percent; empty when none. */
    std::optional<double> availability;
    std::optional<double> availabilityTarget;
    std::vector<Distribution> distributions; ///< latency, then time of availability (freshness), per contract
    std::vector<DailyQuality> quality; ///< one row per day with results, oldest first
};

/** A domain's governance figures, or the whole mesh's (domain empty). */
struct DomainSummary
{
    QString domain;
    int products = 0;
    std::map<QString, int> byStatus; ///< status (active, draft, ...; "" when unset) → products
    int withContracts = 0; ///< products with at least one output port that has a contract
    int withSla = 0; ///< products whose output contracts promise SLA properties or have measurements
    std::int64_t slaMeasured = 0, slaMet = 0; ///< measurements with a verdict over the compliance window
    int openFindings = 0, errorFindings = 0; ///< policy findings in the domain (all severities, errors)

    double contractShare() const { return products > 0 ? double(withContracts) / products : 0; }
    double slaShare() const { return products > 0 ? double(withSla) / products : 0; }
    /** met / measured, 0..1; empty when nothing was measured. */
    std::optional<double> compliance() const
    {
        return slaMeasured > 0 ? std::optional<double>(double(slaMet) / double(slaMeasured)) : std::nullopt;
    }
};

/** The mesh overview: one row per domain (by name), and the totals. */
struct MeshOverview
{
    std::vector<DomainSummary> domains;
    DomainSummary total;
    int complianceDays = 30;
    QString lastDay; ///< yyyy-MM-dd of the newest measurement
};

/** One product of a domain's dashboard: its service levels and quality over the window. */
struct DomainProductRow
{
    QString id, name, status;
    std::int64_t slaMeasured = 0, slaMet = 0; ///< measurements of its output contracts with a verdict
    std::int64_t qualityRuns = 0, qualityPassed = 0;

    std::optional<double> compliance() const
    {
        return slaMeasured > 0 ? std::optional<double>(double(slaMet) / double(slaMeasured)) : std::nullopt;
    }
    std::optional<double> qualityRate() const
    {
        return qualityRuns > 0 ? std::optional<double>(double(qualityPassed) / double(qualityRuns)) : std::nullopt;
    }
};

/**
 * The dashboards' figures, aggregated in the store (pure reads; run it off the GUI thread on a reader's
 * connection). Ranges count whole UTC days back from the day of the newest measurement in the store, so every
 * product's dashboard covers the same days.
 */
namespace dashboard {

/** The dashboard of product `id` over the last `days` days; empty when the store has no such product. */
std::optional<ProductDashboard> product(Store &store, const QString &id, int days);

/**
 * The dashboard of contract `id` alone over the last `days` days: the same figures as a product's, restricted to
 * that contract. Empty when the store knows no such contract (no document, port, measurement or result names it).
 */
std::optional<ProductDashboard> contract(Store &store, const QString &id, int days);

/** Whether higher values meet an SLA property's target (availability, retention); lower ones do for the others. */
bool higherIsBetter(const QString &property);

/**
 * The band of values that meet `series`' target, clipped to [low, high] (the plotted range): from the target up to
 * `high` where higher is better, from `low` up to the target otherwise. One point per measurement with a target,
 * and a change of target is a step (two points at the time of the change).
 */
std::vector<BandPoint> targetBand(const SlaSeries &series, double low, double high);

/** Every domain's figures, SLA compliance over the last `complianceDays` days. */
MeshOverview mesh(Store &store, int complianceDays = 30);

/** One domain's figures (a row of mesh()); empty when no product is in it. */
std::optional<DomainSummary> domain(Store &store, const QString &name, int complianceDays = 30);

/** The products of domain `name` (by name) with their SLA compliance and quality over the last `days` days. */
std::vector<DomainProductRow> domainProducts(Store &store, const QString &name, int days = 30);

/** Spreads `values` over at most `maxBuckets` equal buckets between their minimum and maximum. */
std::vector<HistogramBucket> histogram(const std::vector<double> &values, int maxBuckets = 10);

/** Whether an SLA property is plotted as a distribution (latency and freshness, by their ODCS names). */
bool isDistributionProperty(const QString &property);

} // namespace dashboard
} // namespace tessera
