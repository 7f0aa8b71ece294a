// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "store/sqlite.h"

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tessera {

/** Why the store could not be opened or written, for messages and exit codes. */
enum class StoreError {
    None,
    CannotOpen, ///< the folder does not exist or cannot be written (read-only disk, permissions)
    Corrupt, ///< not an SQLite file, truncated or damaged: moved aside (kept) and a new store begun
    NewerSchema, ///< written by a newer Tessera: left untouched
    Locked, ///< another program holds the store
    ReadOnly, ///< the file or its disk does not accept writes
    DiskFull, ///< the disk (or the store's size limit) is full: the write was rolled back
    Failed, ///< anything else SQLite reports
};

struct StoreStatus
{
    StoreError error = StoreError::None;
    QString message; ///< translated, says what happened and what was kept
    QString movedAsideTo; ///< where a corrupt store was moved (Corrupt only)

    bool ok() const { return error == StoreError::None; }
};

/** The designer's working copy of a contract (see schema-4.sql). */
struct DraftRow
{
    std::string key; ///< the editor's UUID for the draft
    std::string contractId;
    std::string baseVersion; ///< the contract's version as edited
    std::string text; ///< the contract as YAML
    std::string origin; ///< "file:/path", "store:contract-id" or empty (new)
    bool open = true; ///< the editor is open: brought back on the next start
    std::string updatedAt; ///< read only: UTC ISO 8601
};

/** A draft kept on purpose (Save draft, Publish). */
struct DraftVersionRow
{
    std::int64_t id = 0;
    std::string key;
    std::string version;
    std::string kind; ///< "draft" or "published"
    std::string text;
    std::string savedAt;
};

/** A change waiting to be sent to a catalog endpoint (the sync engine sends it). */
struct OutboxRow
{
    std::int64_t id = 0;
    std::int64_t sourceId = 0;
    std::string operation; ///< "publishContract"
    std::string payload; ///< the contract as YAML
    std::string draftKey; ///< the draft it came from, or empty
    int attempts = 0;
    std::string createdAt;
    std::string lastError; ///< why the last attempt failed (the server's message), or empty
    /**
     * The endpoint's version (etag) of the contract when the change was queued; queueOutbox() fills it from the
     * synced contract of the draft when empty.
     */
    std::string baseEtag;
    bool conflict = false; ///< the endpoint's version moved: waits for the user, not sent again by itself
};

/** A column of a dataset (from a contract's schema object or an OpenLineage schema facet). */
struct ColumnRow
{
    std::string name;
    std::string logicalType;
    std::string physicalType;
    std::string description;
    std::string classification;
};

/** A dataset: a table, topic or file. `contractId` + `schemaObject` link it to its contract. */
struct DatasetRow
{
    std::string namespaceName; ///< OpenLineage namespace ("postgres://db:5432"), or "contract:<id>"
    std::string name;
    std::string contractId;
    std::string contractVersion; ///< empty: the contract's current version
    std::string schemaObject;
    std::string description;
    std::string domain;
    std::vector<ColumnRow> columns;
};

/** Orders semantic versions ("1.10.0" after "1.9.2"); other strings compare as text, after any version. */
bool versionLess(const std::string &a, const std::string &b);

struct PortRow
{
    std::string direction; ///< "input" or "output"
    std::string name;
    std::string version;
    std::string contractId;
    std::string type;
};

/** An ODPS data product. */
struct ProductRow
{
    std::string externalId;
    std::string name;
    std::string domain;
    std::string status;
    std::string description;
    std::string owner;
    std::vector<std::string> tags;
    std::vector<PortRow> ports;
    std::string document; ///< the ODPS document as JSON
    std::string filePath;
};

/** One version of an ODCS contract: the original text plus parsed fields for search. */
struct ContractRow
{
    std::string externalId;
    std::string version;
    std::string name;
    std::string domain;
    std::string status;
    std::string dataProduct;
    std::string apiVersion;
    std::string owner; ///< the team name
    std::vector<std::string> tags;
    std::vector<std::pair<std::string, std::string>> members; ///< (username, role)
    std::string originalText;
    std::string format; ///< "yaml" or "json"
    std::string document;
    std::string filePath;
    bool valid = true;
    int errorCount = 0;
    int warningCount = 0;
    std::vector<DatasetRow> datasets;
};

/**
 * A dataset-level lineage edge through a job, with its column-level edges, as one run recorded it.
 *
 * Either end may be missing (a DatasetRow without namespace, name and contract id, see hasIdentity()): with
 * no input it is the edge job → output (a run that wrote with no input recorded), with no output the edge
 * input → job (a run that only read). With neither it records only that the job ran (at `runTime`).
 */
struct LineageRow
{
    std::string jobNamespace;
    std::string jobName;
    DatasetRow input; ///< identity fields only (namespace/name or contractId/schemaObject); may be missing
    DatasetRow output; ///< may be missing
    /**
     * (input column, output column, transformation type, subtype). Every transformation of a column pair is
     * an edge of its own. An empty `outputColumn` is a dataset-wide edge (the column-lineage facet's `dataset`
     * list: a join, filter, grouping or sort on the input column affects every column of the output).
     */
    struct ColumnEdge
    {
        std::string inputColumn;
        std::string outputColumn;
        std::string type;
        std::string subtype;
    };
    std::vector<ColumnEdge> columns;
    std::string filePath;
    /**
     * When the run happened (its event's eventTime), as UTC ISO 8601: "2026-11-24T06:15:00Z", or with the
     * fraction of a second the event gave, digit for digit ("2026-06-01T21:13:29.598581Z"). Empty: unknown.
     * Edges and jobs keep the latest time recorded (compared by runTimeLess()).
     */
    std::string runTime;
};

/** Whether a dataset of a LineageRow is there: it has a namespace, a name or a contract id. */
bool hasIdentity(const DatasetRow &dataset);

/**
 * Orders run times as LineageRow::runTime spells them (UTC, "yyyy-MM-ddTHH:mm:ss", then an optional fraction,
 * then "Z"): by time, a fraction of any length compared as the decimal it is. The store orders them alike.
 */
bool runTimeLess(const std::string &a, const std::string &b);

struct SlaPoint
{
    std::string contractId;
    std::string property;
    std::string time;
    double value = 0;
    std::string unit;
    std::optional<double> target;
    bool met = true;
    std::string filePath;
};

struct QualityPoint
{
    std::string contractId;
    std::string schemaObject;
    std::string property;
    std::string rule;
    std::string time;
    double value = 0;
    bool passed = true;
    std::string filePath;
};

/**
 * A file of a local source as last imported: unchanged files are skipped on re-import. For a catalog endpoint
 * each row is one entity of the endpoint: `path` is its key ("resource:default/orders-cleaned") and `etag` the
 * version the endpoint gave, so an unchanged entity is not fetched again.
 */
struct FileRow
{
    std::string path; ///< relative to the source root, or an endpoint entity's key
    std::int64_t size = 0;
    std::int64_t mtime = 0;
    std::string kind; ///< contract, product, lineage, measurements, other; an endpoint's entity kind
    std::string problems; ///< JSON array of findings when the file was left out
    std::string etag; ///< an endpoint entity's version (empty for files)
};

/** A connection to a catalog: a local folder or an endpoint (see schema-5.sql). Never holds a token. */
struct SourceRow
{
    std::int64_t id = 0;
    QString kind; ///< local, backstage, openmetadata, marquez
    QString name;
    QString location; ///< a folder, ":/demo-mesh" or the endpoint's base URL
    nlohmann::json settings = nlohmann::json::object(); ///< trustedCertificate (SHA-256 hex), pageSize
    QString syncState; ///< "", ok, offline, failed, cancelled
    QString syncMessage; ///< translated: what the last sync did or why it failed
    QString syncedAt; ///< UTC ISO 8601 of the last successful sync, empty when never
};

/**
 * A dataset an endpoint's entity describes (an OpenMetadata table, a Marquez dataset, a Backstage resource).
 * Datasets are shared by all sources; `aliases` name the same dataset as other sources see it (an OpenLineage
 * namespace and name for an OpenMetadata table, say), and are linked to it.
 */
struct SourceDatasetRow
{
    DatasetRow dataset;
    std::string filePath; ///< the entity's key (see FileRow)
    std::string owner;
    std::vector<std::string> tags;
    std::vector<std::pair<std::string, std::string>> aliases; ///< (namespace, name)
};

/** Everything one import writes, applied in one transaction. */
struct ImportBatch
{
    std::vector<ProductRow> products;
    std::vector<ContractRow> contracts;
    std::vector<LineageRow> lineage;
    std::vector<SlaPoint> sla;
    std::vector<QualityPoint> quality;
    std::vector<SourceDatasetRow> datasets;
    std::vector<FileRow> files;
    std::vector<std::string> removedFiles; ///< paths gone since the last import: their entities go too

    std::size_t entityCount() const;
};

struct SearchQuery
{
    QString text; ///< words; the last one matches as a prefix
    std::multimap<QString, QString> facets; ///< key (domain, owner, status, tag, classification, source, kind) → value
    int limit = 50;
    /**
     * True: the exact search (every match ranked by bm25, exact total, every facet counted). False: the
     * bounded search for a keystroke (see Store::search); its facet counts come from Store::facetCounts.
     */
    bool withFacetCounts = true;
    /** While typing: up to this many matches are ranked (Store::kRankLimit unless a test says otherwise). */
    int rankLimit = 5000;
    /** Store::facetCounts counts up to this many matches (Store::kFacetCountLimit unless a test says otherwise). */
    int facetCountLimit = 10000;
};

struct SearchHit
{
    QString kind; ///< product, contract, dataset
    QString ref; ///< the entity's id ("orders.placed-orders", a contract id, "namespace/name")
    QString title;
    QString domain;
    QString owner;
    QString status;
    QString snippet;
    double rank = 0;
};

struct SearchResults
{
    std::vector<SearchHit> hits;
    std::int64_t total = 0; ///< matches before the limit
    bool totalIsLowerBound = false; ///< while typing, counting stops at Store::kCountLimit (shown as "10,000+")
    /** facet key → (value, count), by count descending */
    std::map<QString, std::vector<std::pair<QString, std::int64_t>>> facets;
};

/** The facet counts of a search's matches (Store::facetCounts). */
struct FacetCounts
{
    std::int64_t total = 0; ///< the matches counted
    /**
     * The matches were more than the query's facetCountLimit (Store::kFacetCountLimit): only that many were
     * counted, so `total` and every count are lower bounds (shown as "10,000+").
     */
    bool lowerBounds = false;
    /** facet key → (value, count), by count descending; every key is present */
    std::map<QString, std::vector<std::pair<QString, std::int64_t>>> facets;
};

/** A lineage graph around one dataset: nodes are datasets (and jobs), edges go upstream → downstream. */
struct LineageGraphData
{
    struct Node
    {
        std::int64_t id = 0;
        QString kind; ///< dataset, job, column
        QString name;
        QString namespaceName;
        QString domain;
        int distance = 0; ///< negative upstream, positive downstream
    };
    struct Edge
    {
        std::int64_t from = 0;
        std::int64_t to = 0;
        QString label; ///< the job, or the column transformation
    };
    std::vector<Node> nodes;
    std::vector<Edge> edges;
};

/**
 * The offline store: one SQLite file per profile (WAL, foreign keys, versioned migrations). The single
 * source of truth for everything the UI shows. One connection per Store object: the writer (importer,
 * sync) has its own on its worker thread, readers have theirs and never wait on it (WAL).
 */
class Store
{
public:
    static constexpr int kSchemaVersion = 7;
    /** While typing (no facet counts), matches are counted up to this many. */
    static constexpr int kCountLimit = 10000;
    /** While typing, up to this many matches are ranked; beyond, names that start with the text come first. */
    static constexpr int kRankLimit = 5000;
    /** facetCounts() counts up to this many matches exactly; beyond, its counts are lower bounds. */
    static constexpr int kFacetCountLimit = 10000;

    enum class Mode { ReadWrite, ReadOnly };

    /** The GUI's and the CLI's default store, the same for both: <GenericDataLocation>/tessera/default/tessera.sqlite.
     */
    static QString defaultPath();

    /**
     * Opens (and creates or migrates) the store at `path`. Returns null with `status` set when it
     * cannot be used. A corrupt file is moved aside (never deleted), a new store is begun, and
     * `status` says so while the store is returned.
     */
    static std::unique_ptr<Store> open(const QString &path, StoreStatus &status, Mode mode = Mode::ReadWrite);

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    const QString &path() const { return m_path; }
    int schemaVersion();

    /** The id of the source at `location`, creating it when new. */
    std::optional<std::int64_t> ensureSource(
        const QString &kind, const QString &name, const QString &location, StoreStatus &status);

    /** Writes the draft (inserted or replaced by its key). */
    bool saveDraft(const DraftRow &draft, StoreStatus &status);
    /** Marks the draft closed: the next start does not bring it back. Its text stays. */
    bool closeDraft(const std::string &key, StoreStatus &status);
    /** Drafts whose editor was open when the app last ran, oldest first. */
    std::vector<DraftRow> openDrafts();
    /** Keeps `draft` as a version of its contract (`kind`: "draft" or "published"). */
    bool saveDraftVersion(const DraftRow &draft, const std::string &kind, StoreStatus &status);
    /**
     * Queues a change for the source's endpoint: the sync engine sends it and removes it. A change queued from a
     * draft replaces what that draft queued for the same source before and was not sent yet (conflicts too).
     */
    bool queueOutbox(const OutboxRow &row, StoreStatus &status);
    /** What waits to be sent, oldest first. */
    std::vector<OutboxRow> outbox();
    /** The versions kept of a contract, newest first. */
    std::vector<DraftVersionRow> draftVersions(const std::string &contractId);

    /** Every source, local folders and endpoints, in the order they were added. */
    std::vector<SourceRow> sources();
    /** The source called `name` (names are compared case-insensitively), or nullopt. */
    std::optional<SourceRow> source(const QString &name);
    std::optional<SourceRow> source(std::int64_t id);
    /** Adds a source; fails with a message when its name or location is taken. Sets `row.id`. */
    bool addSource(SourceRow &row, StoreStatus &status);
    /** Changes a source's name, location and settings. */
    bool updateSource(const SourceRow &row, StoreStatus &status);
    /**
     * Removes a source with everything it brought (products, contracts, lineage, search entries) and what
     * waits in its outbox. Drafts and their kept versions stay. Two transactions: what it brought, then the
     * source itself; when the second fails, the source is still listed (empty) and removing it again finishes.
     */
    bool removeSource(std::int64_t id, StoreStatus &status);
    /** Records the outcome of a sync; `succeeded` also sets synced_at to now. */
    bool setSyncState(
        std::int64_t sourceId, const QString &state, const QString &message, bool succeeded, StoreStatus &status);
    /** A sync cursor of a source (an incremental position, an event time), or empty. */
    std::string syncCursor(std::int64_t sourceId, const std::string &entity);
    bool setSyncCursor(
        std::int64_t sourceId, const std::string &entity, const std::string &cursor, StoreStatus &status);
    /** Removes a sent change from the outbox. */
    bool removeOutbox(std::int64_t id, StoreStatus &status);
    /** Counts a failed attempt to send a change, with why; `conflict` marks it as waiting for the user. */
    bool outboxFailed(std::int64_t id, const std::string &error, StoreStatus &status, bool conflict = false);

    /** Files of a source as last imported, keyed by relative path. */
    std::map<std::string, FileRow> files(std::int64_t sourceId);

    /** Applies an import in one transaction: all of it or, on error, nothing. */
    bool apply(std::int64_t sourceId, const ImportBatch &batch, StoreStatus &status);

    /**
     * Searches names, descriptions, tags, column names, owners and domains; facet values of one key are
     * alternatives, different keys narrow. Every hit matches every word (the last one as a prefix unless the
     * text ends in a space) and every facet key.
     *
     * With `withFacetCounts` (the exact search): every match is ranked by bm25, `total` is exact, and every
     * facet is counted. Its time grows with the number of matches.
     *
     * Without (one keystroke): bounded work whatever the store's size. Matches are counted up to kCountLimit
     * (`totalIsLowerBound` beyond). Up to `rankLimit` matches are ranked by bm25 without its inverse document
     * frequency (which alone reads every matching term's whole posting list); beyond, names that begin with
     * the typed text come first, then other matches in the order they were stored. `facets` stays empty: ask
     * facetCounts() once the hits are shown.
     */
    SearchResults search(const SearchQuery &query);

    /**
     * The facet counts for `query` (its text and facets; limit and withFacetCounts are ignored), every
     * facet key with up to 50 values, by count descending. With no text and no facets the counts of the
     * whole catalog are kept up to date by every import and read at once. Otherwise up to
     * `query.facetCountLimit` matches are counted; beyond, the counts are lower bounds (`lowerBounds`).
     */
    FacetCounts facetCounts(const SearchQuery &query);

    /** A product, contract or dataset by its id, as JSON for show; nullopt when unknown. */
    std::optional<nlohmann::json> show(const QString &id);

    /** Datasets around `datasetId` ("namespace/name", a contract id or contractId/schemaObject). */
    std::optional<LineageGraphData> lineage(const QString &id, int upstream, int downstream, bool columns);

    /**
     * Entity counts for status lines: products, contracts, datasets, columns, lineage edges (distinct job
     * edges, with one end or two; "lineageEdges"), column lineage edges (distinct, a dataset-wide one counted
     * once; "columnLineageEdges"), jobs with a dataset edge ("jobs"), measurements and domains.
     */
    std::map<QString, std::int64_t> counts();

    sql::Connection &connection() { return m_db; }

    /** Maps an SQLite failure to a StoreStatus with a translated message. */
    static StoreStatus failure(const sql::Status &status, const QString &what);
    /** Runs a write; when it fails, `status` says so, naming `what` was being done. */
    static bool write(sql::Statement &statement, const QString &what, StoreStatus &status);

private:
    Store() = default;
    bool migrate(StoreStatus &status);

    QString m_path;
    sql::Connection m_db;
};

/** The translated one-line description of a store error kind. */
QString storeErrorText(StoreError error);

} // namespace tessera
