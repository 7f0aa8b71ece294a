// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "governance/policies.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace tessera {

class Store;

/** What the product list shows: products matching words and facet filters, in an order. */
struct ProductQuery
{
    enum class Order { Relevance, Name, Domain, Status, Updated };

    QString text; ///< words; the last one matches as a prefix. Empty: every product
    /** Facet key (domain, owner, status, tag, classification, source) → value; values of one key are alternatives. */
    std::multimap<QString, QString> facets;
    Order order = Order::Name; ///< Relevance applies to text searches; without text it means Name

    bool operator==(const ProductQuery &other) const
    {
        return text == other.text && facets == other.facets && order == other.order;
    }
};

/** Whether a product's promises currently hold: its contracts' latest SLA measurements. */
enum class SlaState { Unknown, Met, Breached };

/** One row of the product list. */
struct ProductSummary
{
    std::int64_t rowId = 0; ///< the store's row id (for follow-up queries; not stable across imports)
    QString id; ///< the product's id in its source ("order-management")
    QString name;
    QString domain;
    QString owner; ///< the owning team
    QString status; ///< active, draft, deprecated, retired, ...
    QString source; ///< the source's name
    QString updatedAt; ///< ISO 8601 UTC, when the store last received it
    SlaState sla = SlaState::Unknown;
    QString breachedSla; ///< the first SLA property not met (when Breached)
    double qualityRate = -1; ///< share of quality rules whose latest run passed, 0..1; -1 when none ran
    QString matchedBy; ///< for searches: what matched when it was not the product itself ("dataset orders")
    /** Whether sla, breachedSla and qualityRate are filled in (CatalogReader::summarize()). */
    bool summarized = false;
};

/** A page of the product list; `cursor` asks for the next one. */
struct ProductListPage
{
    std::vector<ProductSummary> rows;
    bool atEnd = true;
    QString cursor; ///< opaque; pass to CatalogReader::products() for the rows after these
    std::int64_t total = -1; ///< products matching, when known (-1: not counted)
    bool totalIsLowerBound = false; ///< searches stop collecting at CatalogReader::kSearchLimit products
};

/** Facet key → (value, count of matching products), by count descending. */
using ProductFacets = std::map<QString, std::vector<std::pair<QString, std::int64_t>>>;

/** Everything the product page shows about one data product. */
struct ProductDetails
{
    struct Member
    {
        QString username, name, role, dateIn, dateOut;
    };
    struct Port
    {
        QString direction; ///< input or output
        QString name, type, version, description;
        QString contractId; ///< empty when the port has no contract
        QString contractProduct; ///< the product that owns the contract (input ports: the upstream product)
        QString datasetRef; ///< the first dataset of the contract ("contract/object"), empty when none
        SlaState sla = SlaState::Unknown;
    };
    struct ContractVersion
    {
        QString id, name, version, status;
        bool current = false; ///< the highest version still present in its source
        bool valid = true;
        int errors = 0, warnings = 0;
    };
    struct Sla
    {
        QString contractId, property, unit;
        std::optional<double> target; ///< from the latest measurement
        double latest = 0;
        QString latestTime; ///< ISO 8601
        bool met = true;
        std::vector<double> recent; ///< up to the last 30 values, oldest first (for a sparkline)
    };
    struct Quality
    {
        QString contractId, object, property, rule;
        bool lastPassed = true;
        QString lastTime;
        double passRate = 1; ///< over the recorded runs
        int runs = 0;
    };
    struct Server
    {
        QString contractId, name, type, environment, description;
        std::vector<std::pair<QString, QString>> details; ///< host, port, database, ... as the standard names them
        QString connection; ///< one line to copy ("postgres://db.internal:5432/mesh/public")
    };
    struct Support
    {
        QString channel, url, tool, scope, description;
    };
    struct Link
    {
        QString id, name;
    };

    QString id, name, domain, status, version, tenant;
    QString owner; ///< the team name
    QString teamDescription;
    std::vector<Member> members;
    QString purpose, limitations, usage; ///< Markdown, from an untrusted source
    QStringList tags;
    std::vector<Port> inputPorts, outputPorts;
    std::vector<ContractVersion> contracts;
    std::vector<Sla> sla;
    std::vector<Quality> quality;
    /** The governance policies' findings about the product and its contracts, as last evaluated. */
    std::vector<PolicyFinding> findings;
    std::vector<Server> servers;
    std::vector<Support> support;
    std::vector<Link> teamProducts; ///< the owner's other products
    QString sourceName, sourceKind, sourceLocation;
    QString updatedAt; ///< when the store last received the product (ISO 8601)
};

/** A dataset (a table, topic or file) with its columns and its neighbours in the lineage. */
struct DatasetDetails
{
    struct Column
    {
        QString name, logicalType, physicalType, classification, description;
    };
    struct Neighbour
    {
        QString ref, name, job;
    };
    QString ref; ///< "contract/object" for contract datasets, else "namespace/name"
    QString name, namespaceName, description, domain;
    QString contractId, contractVersion, schemaObject;
    QString productId, productName;
    std::vector<Column> columns;
    std::vector<Neighbour> upstream, downstream;
    QStringList sources; ///< the sources whose entities describe it (an endpoint's table, a Backstage resource)
    /** The same dataset under other names, linked by a source (`job` holds the source that linked them). */
    std::vector<Neighbour> sameAs;
};

/** A source as the status bar shows it. */
struct SourceState
{
    std::int64_t id = 0;
    QString name, kind, location;
    bool reachable = true; ///< a local folder that is gone (an unmounted disk) and an offline endpoint are not
    QString lastImport; ///< ISO 8601, empty when never (an endpoint's last successful sync)
    std::int64_t products = 0;
    std::int64_t contracts = 0;
    QString syncState; ///< an endpoint's last sync: "" (never), ok, offline, failed, cancelled, conflict
    QString syncMessage; ///< translated: what the last sync did or why it failed
    QString syncedAt; ///< UTC ISO 8601 of the last successful sync, empty when never

    bool isEndpoint() const { return kind != QLatin1String("local"); }
};

/** One entry of the quick-open palette. */
struct QuickOpenItem
{
    QString kind; ///< product, contract, dataset, column
    QString title;
    QString detail; ///< domain · product, or the dataset of a column
    QString url; ///< tessera://product/ID, tessera://dataset/REF, ...
};

/**
 * The catalog browser's read side over a Store: the product list with facets, product and dataset
 * pages, sources and quick open. Synchronous (models/ runs it on a worker) and read-only; one
 * CatalogReader per store connection.
 */
class CatalogReader
{
public:
    /** Searches collect at most this many products, best first; more is shown as "200+". */
    static constexpr int kSearchLimit = 200;
    /** products() fills in the SLA and quality state of this many rows; summarize() does the rest. */
    static constexpr int kSummarizedRows = 60;

    explicit CatalogReader(Store &store);

    /** The store it reads, for other readers on the same connection (LineageReader). */
    Store &store() { return m_store; }

    /** Products matching `query`, `limit` at a time; `cursor` is the previous page's cursor (empty: the first). */
    ProductListPage products(const ProductQuery &query, const QString &cursor = {}, int limit = 200);

    /**
     * How many products each facet value would give: for every facet, counted with the other facets'
     * filters applied (choosing a second value of the same facet widens the list, so it is counted so).
     */
    ProductFacets facets(const ProductQuery &query);

    std::optional<ProductDetails> product(const QString &id);
    std::optional<DatasetDetails> dataset(const QString &ref);

    /** The product that owns a contract (its data product, or the product with an output port on it). */
    QString productOfContract(const QString &contractId);
    /**
     * The text of a contract as its source holds it (YAML or JSON): of `version`, or of the highest version
     * still present when empty. Empty when the store has no such contract.
     */
    QByteArray contractText(const QString &contractId, const QString &version = {});
    /**
     * The file a contract's current version was imported from, when its source is a local folder that can be
     * written (not the built-in demo mesh); empty otherwise.
     */
    QString contractFile(const QString &contractId);
    /** The source of a contract's current version: id, kind ("local", an endpoint's kind) and name. */
    struct ContractSource
    {
        std::int64_t id = 0;
        QString kind;
        QString name;
        QString location;
    };
    std::optional<ContractSource> contractSource(const QString &contractId);
    /** Names of the domains and ids of the data products, sorted (the designer's pickers). */
    std::pair<QStringList, QStringList> domainAndProductNames();

    std::vector<SourceState> sources();

    /** Every domain with its number of products, by name. */
    std::vector<std::pair<QString, std::int64_t>> domains();

    /** Products, contracts, datasets and columns for the quick-open palette, best first. */
    std::vector<QuickOpenItem> quickOpen(const QString &text, int limit = 30);

    /** Fills in the SLA and quality state of `rows` (a few queries per product). */
    void summarize(std::vector<ProductSummary> &rows);

private:
    struct Rules; // per-contract SLA and quality verdicts, cached for one call
    void summarizeFirst(std::vector<ProductSummary> &rows);

    Store &m_store;
};

/** Percent-encodes an id for a tessera:// URL path segment (ids may hold '/' and spaces). */
QString urlSegment(const QString &id);

/**
 * tessera://edit/ID?version=V, the link that opens a contract version in the designer; with `pointer` (a JSON
 * Pointer, where a policy finding points) also &pointer=P, at that field.
 */
QString editUrl(const QString &contractId, const QString &version, const std::string &pointer = {});

} // namespace tessera
