// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
//
// The Store's read side: search with facets, show, lineage and counts.
#include "store/store.h"
#include "store/storeinternal.h"

#include <QRegularExpression>

#include <algorithm>
#include <deque>
#include <set>
#include <sqlite3.h>
#include <unordered_map>

namespace tessera {

namespace detail {

namespace {

/**
 * tessera_rank(search_fts, weight...): bm25 (k1 = 1.2, b = 0.75, the same column weights) without the
 * inverse document frequency. bm25 finds each phrase's document frequency by reading the phrase's whole
 * posting list once per query; in a large store with common words that alone takes longer than a
 * keystroke may (about 10 ms per word at a million documents). Every match holds every phrase, so leaving
 * it out changes only how phrases weigh against each other: a match in a heavy column and a short
 * document still rank first. Lower is better, as with bm25().
 */
void typingRank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc, sqlite3_value **argv)
{
    struct Statistics
    {
        std::vector<double> weights;
        std::vector<double> frequency; // per phrase, reused row after row
        double averageLength = 1;
    };
    constexpr double k1 = 1.2;
    constexpr double b = 0.75;
    auto *stats = static_cast<Statistics *>(api->xGetAuxdata(fts, 0));
    if (!stats) {
        auto fresh = std::make_unique<Statistics>();
        const int columns = api->xColumnCount(fts);
        fresh->weights.assign(static_cast<std::size_t>(columns), 1.0);
        for (int i = 0; i < argc && i < columns; ++i) {
            fresh->weights[static_cast<std::size_t>(i)] = sqlite3_value_double(argv[i]);
        }
        fresh->frequency.assign(static_cast<std::size_t>(std::max(0, api->xPhraseCount(fts))), 0.0);
        sqlite3_int64 rows = 0;
        sqlite3_int64 tokens = 0;
        int rc = api->xRowCount(fts, &rows);
        for (int c = 0; c < columns && rc == SQLITE_OK; ++c) {
            sqlite3_int64 size = 0;
            if (fresh->weights[static_cast<std::size_t>(c)] > 0) {
                rc = api->xColumnTotalSize(fts, c, &size);
                tokens += size;
            }
        }
        if (rc != SQLITE_OK) {
            sqlite3_result_error_code(context, rc);
            return;
        }
        fresh->averageLength = rows > 0 && tokens > 0 ? double(tokens) / double(rows) : 1.0;
        stats = fresh.get();
        rc = api->xSetAuxdata(fts, fresh.release(), [](void *p) { delete static_cast<Statistics *>(p); });
        if (rc != SQLITE_OK) {
            sqlite3_result_error_code(context, rc);
            return;
        }
    }
    std::fill(stats->frequency.begin(), stats->frequency.end(), 0.0);
    int instances = 0;
    int rc = api->xInstCount(fts, &instances);
    for (int i = 0; i < instances && rc == SQLITE_OK; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && phrase >= 0 && static_cast<std::size_t>(phrase) < stats->frequency.size()) {
            stats->frequency[static_cast<std::size_t>(phrase)] += stats->weights[static_cast<std::size_t>(column)];
        }
    }
    double length = 0;
    for (std::size_t c = 0; c < stats->weights.size() && rc == SQLITE_OK; ++c) {
        if (stats->weights[c] > 0) {
            int size = 0;
            rc = api->xColumnSize(fts, static_cast<int>(c), &size);
            length += size;
        }
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    const double norm = k1 * (1 - b + b * length / stats->averageLength);
    double score = 0;
    for (const double f : stats->frequency) {
        score += f * (k1 + 1) / (f + norm);
    }
    sqlite3_result_double(context, -score);
}

} // namespace

bool registerSearchFunctions(sql::Connection &db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db.handle(), "SELECT fts5(?1)", -1, &st, nullptr) != SQLITE_OK) {
        return false;
    }
    sqlite3_bind_pointer(st, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(st);
    sqlite3_finalize(st);
    return api && api->iVersion >= 2
        && api->xCreateFunction(api, "tessera_rank", nullptr, &typingRank, nullptr) == SQLITE_OK;
}

} // namespace detail

namespace {

/** The words of typed text, as FTS5's unicode61 tokenizer splits them. */
QStringList searchWords(const QString &text)
{
    static const QRegularExpression words(QStringLiteral("[\\p{L}\\p{N}_]+"));
    QStringList out;
    for (auto it = words.globalMatch(text); it.hasNext();) {
        out << it.next().captured(0);
    }
    return out;
}

/** True when the last typed word is still being typed (matches as a prefix). */
bool prefixLast(const QString &text)
{
    return !text.isEmpty() && !text.back().isSpace();
}

/** An FTS5 query from typed text: every word must match; the last one as a prefix while typing. */
QString ftsQuery(const QString &text)
{
    const QStringList terms = searchWords(text);
    if (terms.isEmpty()) {
        return {};
    }
    QStringList quoted;
    for (int i = 0; i < terms.size(); ++i) {
        QString q = QLatin1Char('"') + terms.at(i) + QLatin1Char('"');
        if (i == terms.size() - 1 && prefixLast(text)) {
            q += QLatin1Char('*');
        }
        quoted << q;
    }
    return quoted.join(QLatin1Char(' '));
}

/** Names that begin with the typed text: the words as one phrase at the start of the name column. */
QString namePrefixQuery(const QString &text)
{
    const QStringList terms = searchWords(text);
    if (terms.isEmpty()) {
        return {};
    }
    return QStringLiteral("name : ^\"") + terms.join(QLatin1Char(' ')) + QLatin1Char('"')
        + (prefixLast(text) ? QStringLiteral("*") : QString());
}

/** A hit from a row of "d.id, d.kind, d.ref, d.title, d.domain, d.owner, d.status, rank" (every search query). */
SearchHit readHit(const sql::Statement &st)
{
    SearchHit hit;
    hit.kind = st.qtext(1);
    hit.ref = st.qtext(2);
    hit.title = st.qtext(3);
    hit.domain = st.qtext(4);
    hit.owner = st.qtext(5);
    hit.status = st.qtext(6);
    hit.rank = st.real(7);
    return hit;
}

const std::vector<QString> &facetKeys()
{
    static const std::vector<QString> keys
        = { QStringLiteral("kind"), QStringLiteral("domain"), QStringLiteral("owner"), QStringLiteral("status"),
              QStringLiteral("source"), QStringLiteral("tag"), QStringLiteral("classification") };
    return keys;
}

/** The weights of bm25 and tessera_rank, one per column of search_fts (facets weigh nothing). */
constexpr const char *kWeights = "10.0, 1.0, 3.0, 2.0, 2.0, 2.0, 0.0";

/** Facet filters as an FTS5 expression over the facets column. */
struct FacetFilter
{
    QString expression; ///< empty: no filter
    bool matchesNothing = false; ///< a key none of whose values exists
};

FacetFilter facetFilter(sql::Connection &db, const std::multimap<QString, QString> &facets)
{
    FacetFilter filter;
    std::map<QString, QStringList> byKey;
    for (const auto &[key, value] : facets) {
        byKey[key] << value;
    }
    auto find = db.prepare("SELECT id FROM facet_values WHERE facet = ? AND value = ?");
    QStringList keys;
    for (const auto &[key, values] : byKey) {
        // Values of one key are alternatives (OR); different keys narrow (AND).
        QStringList alternatives;
        for (const QString &value : values) {
            find.bind(1, key).bind(2, value);
            if (find.next()) {
                std::string token;
                detail::appendFacetToken(token, find.integer(0));
                alternatives << QLatin1Char('"') + QString::fromStdString(token) + QLatin1Char('"');
            }
            find.reset();
        }
        if (alternatives.isEmpty()) {
            filter.matchesNothing = true;
            return filter;
        }
        keys << QStringLiteral("facets : (") + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    filter.expression = keys.join(QStringLiteral(" AND "));
    return filter;
}

/** Text and filters in one FTS5 query; empty when there is neither. */
QString combined(const QString &text, const FacetFilter &filter)
{
    if (text.isEmpty()) {
        return filter.expression;
    }
    if (filter.expression.isEmpty()) {
        return text;
    }
    return QLatin1Char('(') + text + QStringLiteral(") AND ") + filter.expression;
}

using FacetMap = std::map<QString, std::vector<std::pair<QString, std::int64_t>>>;

/** Facet counts by value id → every key with its 50 most frequent values (ties by value). */
FacetMap facetMap(sql::Connection &db, const std::unordered_map<std::int64_t, std::int64_t> &counts)
{
    std::map<QString, std::map<QString, std::int64_t>> byKey;
    auto name = db.prepare("SELECT facet, value FROM facet_values WHERE id = ?");
    for (const auto &[id, count] : counts) {
        if (count <= 0) {
            continue;
        }
        name.bind(1, id);
        if (name.next() && !name.qtext(1).isEmpty()) {
            byKey[name.qtext(0)][name.qtext(1)] += count;
        }
        name.reset();
    }
    FacetMap out;
    for (const QString &key : facetKeys()) {
        auto &list = out[key];
        for (const auto &[value, count] : byKey[key]) {
            list.emplace_back(value, count);
        }
        std::stable_sort(list.begin(), list.end(), [](const auto &x, const auto &y) { return x.second > y.second; });
        if (list.size() > 50) {
            list.resize(50);
        }
    }
    return out;
}

/** The whole catalog's facet counts, kept up to date by every import. */
FacetMap catalogFacets(sql::Connection &db)
{
    std::unordered_map<std::int64_t, std::int64_t> counts;
    auto st = db.prepare("SELECT id, docs FROM facet_values WHERE docs > 0");
    while (st.next()) {
        counts[st.integer(0)] = st.integer(1);
    }
    return facetMap(db, counts);
}

/** Every document of the catalog, from the kept counts. */
std::int64_t catalogSize(sql::Connection &db)
{
    return db.scalar("SELECT coalesce(sum(docs), 0) FROM facet_values WHERE facet = 'kind'").value_or(0);
}

/**
 * Counts the facet values of up to `limit` matches of `match` (no limit when negative). Returns the matches seen,
 * `limit` + 1 when there are more; -1 when FTS5 cannot parse it.
 */
std::int64_t countFacets(
    sql::Connection &db, const QString &match, std::int64_t limit, std::unordered_map<std::int64_t, std::int64_t> &out)
{
    // The tokens beside each document (search_docs.facets): a narrower row than the index's content.
    auto st = db.prepare("SELECT d.facets FROM search_fts f CROSS JOIN search_docs d ON d.id = f.rowid WHERE "
                         "search_fts MATCH ? LIMIT ?");
    st.bind(1, match).bind(2, limit < 0 ? std::int64_t(-1) : limit + 1);
    std::int64_t seen = 0;
    while (st.next()) {
        if (limit >= 0 && seen == limit) {
            return limit + 1;
        }
        ++seen;
        for (const std::int64_t id : detail::facetIds(st.text(0))) {
            ++out[id];
        }
    }
    return st.status().ok() ? seen : -1;
}

/** Reads the hits for `ids` (ranks beside them) from search_docs, in that order. */
void readHits(sql::Connection &db, const std::vector<std::pair<std::int64_t, double>> &ids, SearchResults &results)
{
    auto st = db.prepare("SELECT id, kind, ref, title, domain, owner, status, ? FROM search_docs WHERE id = ?");
    for (const auto &[id, rank] : ids) {
        st.bind(1, rank).bind(2, id);
        if (st.next()) {
            results.hits.push_back(readHit(st));
        }
        st.reset();
    }
}

/** The whole catalog by name, for an empty search. */
void catalogByName(sql::Connection &db, int limit, SearchResults &results)
{
    auto st = db.prepare("SELECT id, kind, ref, title, domain, owner, status, 0.0 FROM search_docs ORDER BY title "
                         "COLLATE NOCASE LIMIT ?");
    st.bind(1, limit);
    while (st.next()) {
        results.hits.push_back(readHit(st));
    }
}

/** One keystroke: bounded work whatever the store's size (see Store::search). */
SearchResults typingSearch(sql::Connection &db, const SearchQuery &query)
{
    SearchResults results;
    const int limit = std::max(0, query.limit); // SQLite reads a negative LIMIT as none
    const QString text = ftsQuery(query.text);
    const FacetFilter filter = facetFilter(db, query.facets);
    if (filter.matchesNothing) {
        return results;
    }
    const QString match = combined(text, filter);
    if (match.isEmpty()) {
        results.total = catalogSize(db);
        catalogByName(db, limit, results);
        return results;
    }
    // One pass over the first matches in stored order counts them (up to kCountLimit) and keeps the
    // first ones to fill the page with when they are too many to rank.
    std::vector<std::int64_t> first;
    std::int64_t count = 0;
    {
        auto st = db.prepare("SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT ?");
        st.bind(1, match).bind(2, Store::kCountLimit + 1);
        while (st.next()) {
            if (count < 2 * static_cast<std::int64_t>(limit)) {
                first.push_back(st.integer(0));
            }
            ++count;
        }
        if (!st.status().ok()) {
            return results; // a query FTS5 cannot parse finds nothing
        }
    }
    results.total = std::min<std::int64_t>(count, Store::kCountLimit);
    results.totalIsLowerBound = count > Store::kCountLimit;
    std::vector<std::pair<std::int64_t, double>> page;
    if (count <= query.rankLimit) {
        const std::string sqlText = text.isEmpty()
            ? std::string("SELECT f.rowid, 0.0 FROM search_fts f JOIN search_docs d ON d.id = f.rowid WHERE "
                          "search_fts MATCH ? ORDER BY d.title COLLATE NOCASE LIMIT ?")
            : std::string("SELECT rowid, tessera_rank(search_fts, ") + kWeights
                + ") AS r FROM search_fts WHERE search_fts MATCH ? ORDER BY r, rowid LIMIT ?";
        auto st = db.prepare(sqlText);
        st.bind(1, match).bind(2, limit);
        while (st.next()) {
            page.emplace_back(st.integer(0), st.real(1));
        }
    } else {
        std::set<std::int64_t> seen;
        if (!text.isEmpty()) {
            auto st = db.prepare("SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT ?");
            st.bind(1, combined(namePrefixQuery(query.text), filter)).bind(2, limit);
            while (st.next()) {
                seen.insert(st.integer(0));
                page.emplace_back(st.integer(0), 0.0);
            }
        }
        for (const std::int64_t id : first) {
            if (static_cast<int>(page.size()) >= limit) {
                break;
            }
            if (seen.insert(id).second) {
                page.emplace_back(id, 0.0);
            }
        }
    }
    readHits(db, page, results);
    return results;
}

} // namespace

SearchResults Store::search(const SearchQuery &query)
{
    if (!query.withFacetCounts) {
        return typingSearch(m_db, query);
    }
    // The exact search: every match ranked by bm25 (ties by name), the exact total and every facet count.
    SearchResults results;
    const int limit = std::max(0, query.limit); // SQLite reads a negative LIMIT as none
    const QString text = ftsQuery(query.text);
    const FacetFilter filter = facetFilter(m_db, query.facets);
    if (filter.matchesNothing) {
        for (const QString &key : facetKeys()) {
            results.facets[key];
        }
        return results;
    }
    const QString match = combined(text, filter);
    if (match.isEmpty()) {
        results.total = catalogSize(m_db);
        results.facets = catalogFacets(m_db);
        catalogByName(m_db, limit, results);
        return results;
    }
    std::unordered_map<std::int64_t, std::int64_t> counts;
    const std::int64_t total = countFacets(m_db, match, -1, counts);
    if (total < 0) {
        for (const QString &key : facetKeys()) {
            results.facets[key];
        }
        return results; // a query FTS5 cannot parse finds nothing
    }
    results.total = total;
    results.facets = facetMap(m_db, counts);
    // CROSS JOIN keeps FTS5 the outer loop.
    const std::string sqlText = text.isEmpty()
        ? std::string("SELECT d.id, d.kind, d.ref, d.title, d.domain, d.owner, d.status, 0.0 FROM search_fts f CROSS "
                      "JOIN search_docs d ON d.id = f.rowid WHERE search_fts MATCH ? ORDER BY d.title COLLATE NOCASE "
                      "LIMIT ?")
        : std::string("SELECT d.id, d.kind, d.ref, d.title, d.domain, d.owner, d.status, f.rank FROM search_fts f "
                      "CROSS JOIN search_docs d ON d.id = f.rowid WHERE search_fts MATCH ? ORDER BY f.rank, d.title "
                      "COLLATE NOCASE LIMIT ?");
    auto st = m_db.prepare(sqlText);
    st.bind(1, match).bind(2, limit);
    auto snippet = m_db.prepare("SELECT snippet(search_fts, -1, '[', ']', '…', 8) FROM search_fts WHERE search_fts "
                                "MATCH ? AND rowid = ?");
    while (st.next()) {
        SearchHit hit = readHit(st);
        if (!text.isEmpty()) {
            // The snippet of the words alone: the facet tokens are no text to show.
            snippet.bind(1, text).bind(2, st.integer(0));
            if (snippet.next()) {
                hit.snippet = snippet.qtext(0);
            }
            snippet.reset();
        }
        results.hits.push_back(std::move(hit));
    }
    return results;
}

FacetCounts Store::facetCounts(const SearchQuery &query)
{
    FacetCounts out;
    const FacetFilter filter = facetFilter(m_db, query.facets);
    const QString match = filter.matchesNothing ? QString() : combined(ftsQuery(query.text), filter);
    std::unordered_map<std::int64_t, std::int64_t> counts;
    if (filter.matchesNothing) {
        out.facets = facetMap(m_db, counts);
    } else if (match.isEmpty()) {
        out.total = catalogSize(m_db);
        out.facets = catalogFacets(m_db);
    } else {
        const std::int64_t limit = std::max(1, query.facetCountLimit);
        const std::int64_t seen = countFacets(m_db, match, limit, counts);
        out.total = std::clamp<std::int64_t>(seen, 0, limit);
        out.lowerBounds = seen > limit;
        out.facets = facetMap(m_db, counts);
    }
    return out;
}

std::optional<nlohmann::json> Store::show(const QString &id)
{
    using Json = nlohmann::json;
    const std::string key = id.toStdString();
    // A product?
    {
        auto st = m_db.prepare(
            "SELECT p.id, p.external_id, p.name, coalesce(dm.name, ''), p.status, p.description, p.owner, "
            "p.tags, p.document, s.name FROM products p LEFT JOIN domains dm ON dm.id = p.domain_id JOIN "
            "sources s ON s.id = p.source_id WHERE p.external_id = ? LIMIT 1");
        st.bind(1, std::string_view(key));
        if (st.next()) {
            Json out = { { "kind", "product" }, { "id", st.text(1) }, { "name", st.text(2) }, { "domain", st.text(3) },
                { "status", st.text(4) }, { "description", st.text(5) }, { "owner", st.text(6) },
                { "source", st.text(9) } };
            out["document"] = Json::parse(st.text(8), nullptr, false);
            const std::int64_t productId = st.integer(0);
            Json ports = Json::array();
            auto p
                = m_db.prepare("SELECT direction, name, version, contract_external_id, type FROM product_ports WHERE "
                               "product_id = ? ORDER BY direction, name");
            p.bind(1, productId);
            while (p.next()) {
                ports.push_back({ { "direction", p.text(0) }, { "name", p.text(1) }, { "version", p.text(2) },
                    { "contractId", p.text(3) }, { "type", p.text(4) } });
            }
            out["ports"] = std::move(ports);
            return out;
        }
    }
    // A contract (every version kept; the latest imported first)?
    {
        auto st = m_db.prepare(
            "SELECT c.external_id, c.version, c.name, coalesce(dm.name, ''), c.status, c.data_product, "
            "c.api_version, c.owner, c.original_text, c.format, c.valid, c.errors, c.warnings, c.present, "
            "c.file_path, s.name FROM contracts c LEFT JOIN domains dm ON dm.id = c.domain_id JOIN sources "
            "s ON s.id = c.source_id WHERE c.external_id = ?");
        st.bind(1, std::string_view(key));
        // The current version is the highest one still present; the others are listed.
        Json versions = Json::array();
        Json out;
        std::string current;
        bool currentPresent = false;
        while (st.next()) {
            const std::string version = st.text(1);
            const bool present = st.integer(13) != 0;
            versions.push_back({ { "version", version }, { "present", present }, { "status", st.text(4) } });
            if (out.is_null() || (present && !currentPresent)
                || (present == currentPresent && versionLess(current, version))) {
                current = version;
                currentPresent = present;
                out = { { "kind", "contract" }, { "id", st.text(0) }, { "version", version }, { "name", st.text(2) },
                    { "domain", st.text(3) }, { "status", st.text(4) }, { "dataProduct", st.text(5) },
                    { "apiVersion", st.text(6) }, { "owner", st.text(7) }, { "text", st.text(8) },
                    { "format", st.text(9) }, { "valid", st.integer(10) != 0 }, { "errors", st.integer(11) },
                    { "warnings", st.integer(12) }, { "file", st.text(14) }, { "source", st.text(15) } };
            }
        }
        if (!out.is_null()) {
            std::sort(versions.begin(), versions.end(), [](const Json &x, const Json &y) {
                return versionLess(y.at("version").get<std::string>(), x.at("version").get<std::string>());
            });
            out["versions"] = std::move(versions);
            Json datasets = Json::array();
            auto d = m_db.prepare(
                "SELECT id, namespace, name, schema_object, description FROM datasets WHERE "
                "contract_external_id = ? AND coalesce(contract_version, '') = ? ORDER BY schema_object");
            d.bind(1, std::string_view(key)).bind(2, current);
            while (d.next()) {
                Json columns = Json::array();
                auto c
                    = m_db.prepare("SELECT name, logical_type, physical_type, classification, description FROM columns "
                                   "WHERE dataset_id = ? ORDER BY position, name");
                c.bind(1, d.integer(0));
                while (c.next()) {
                    columns.push_back({ { "name", c.text(0) }, { "logicalType", c.text(1) },
                        { "physicalType", c.text(2) }, { "classification", c.text(3) }, { "description", c.text(4) } });
                }
                datasets.push_back({ { "namespace", d.text(1) }, { "name", d.text(2) }, { "schemaObject", d.text(3) },
                    { "description", d.text(4) }, { "columns", std::move(columns) } });
            }
            out["datasets"] = std::move(datasets);
            Json sla = Json::array();
            auto m = m_db.prepare("SELECT property, count(*), sum(met = 0), max(time) FROM sla_measurements WHERE "
                                  "contract_external_id = ? GROUP BY property ORDER BY property");
            m.bind(1, std::string_view(key));
            while (m.next()) {
                sla.push_back({ { "property", m.text(0) }, { "measurements", m.integer(1) },
                    { "breaches", m.integer(2) }, { "latest", m.text(3) } });
            }
            out["sla"] = std::move(sla);
            return out;
        }
    }
    return std::nullopt;
}

std::optional<LineageGraphData> Store::lineage(const QString &id, int upstream, int downstream, bool columns)
{
    // Start datasets: "namespace/name"? "contractId/schemaObject"? a contract (all its datasets)? a product (its
    // output contracts' datasets)?
    std::vector<std::int64_t> start;
    const std::string key = id.toStdString();
    const auto collect = [&](const char *sql, int binds) {
        auto st = m_db.prepare(sql);
        for (int i = 1; i <= binds; ++i) {
            st.bind(i, std::string_view(key));
        }
        while (st.next()) {
            start.push_back(st.integer(0));
        }
    };
    collect("SELECT id FROM datasets WHERE namespace || '/' || name = ?", 1);
    if (start.empty()) {
        collect("SELECT id FROM datasets WHERE contract_external_id || '/' || schema_object = ?", 1);
    }
    if (start.empty()) {
        collect("SELECT id FROM datasets WHERE contract_external_id = ?", 1);
    }
    if (start.empty()) {
        collect("SELECT d.id FROM datasets d JOIN product_ports pp ON pp.contract_external_id = d.contract_external_id "
                "JOIN products p ON p.id = pp.product_id WHERE p.external_id = ? AND pp.direction = 'output'",
            1);
    }
    if (start.empty()) {
        return std::nullopt;
    }

    LineageGraphData graph;
    std::map<std::int64_t, int> distance;
    for (std::int64_t s : start) {
        distance[s] = 0;
    }
    std::set<std::tuple<std::int64_t, std::int64_t, QString>> edges;
    // Breadth-first in each direction, up to the requested depth.
    for (const int direction : { -1, 1 }) {
        const int limit = direction < 0 ? upstream : downstream;
        std::deque<std::pair<std::int64_t, int>> queue;
        for (std::int64_t s : start) {
            queue.emplace_back(s, 0);
        }
        auto st = m_db.prepare(direction < 0
                ? "SELECT DISTINCT e.input_dataset_id, j.name FROM lineage_edges e JOIN jobs j ON j.id = "
                  "e.job_id WHERE e.output_dataset_id = ? AND e.input_dataset_id IS NOT NULL"
                : "SELECT DISTINCT e.output_dataset_id, j.name FROM lineage_edges e JOIN jobs j ON j.id = "
                  "e.job_id WHERE e.input_dataset_id = ? AND e.output_dataset_id IS NOT NULL");
        while (!queue.empty()) {
            const auto [node, depth] = queue.front();
            queue.pop_front();
            if (depth >= limit) {
                continue;
            }
            st.bind(1, node);
            while (st.next()) {
                const std::int64_t other = st.integer(0);
                const QString job = st.qtext(1);
                edges.emplace(direction < 0 ? other : node, direction < 0 ? node : other, job);
                if (!distance.count(other)) {
                    distance[other] = direction * (depth + 1);
                    queue.emplace_back(other, depth + 1);
                }
            }
            st.reset();
        }
    }
    auto info = m_db.prepare(
        "SELECT d.namespace, d.name, coalesce(dm.name, ''), coalesce(d.contract_external_id || '/' || "
        "d.schema_object, '') FROM datasets d LEFT JOIN domains dm ON dm.id = d.domain_id WHERE d.id = ?");
    for (const auto &[node, dist] : distance) {
        info.bind(1, node);
        if (info.next()) {
            graph.nodes.push_back(
                { node, QStringLiteral("dataset"), info.qtext(1), info.qtext(0), info.qtext(2), dist });
        }
        info.reset();
    }
    for (const auto &[from, to, label] : edges) {
        graph.edges.push_back({ from, to, label });
    }
    if (columns) {
        // Column nodes get negative ids (-column id) so they never collide with datasets. A dataset-wide column
        // edge (no output column) runs from its input column to every column of the output dataset. Every
        // (type, subtype) of a column pair is an edge; files recording the same edge give it once.
        auto st = m_db.prepare(
            "SELECT DISTINCT cl.input_column_id, ci.name, ci.dataset_id, co.id, co.name, co.dataset_id, "
            "cl.transformation_type, cl.transformation_subtype FROM column_lineage cl JOIN columns ci ON ci.id = "
            "cl.input_column_id JOIN columns co ON co.id = cl.output_column_id WHERE ci.dataset_id = ?1 AND "
            "cl.output_dataset_id = ?2 UNION SELECT cl.input_column_id, ci.name, ci.dataset_id, co.id, co.name, "
            "co.dataset_id, cl.transformation_type, cl.transformation_subtype FROM column_lineage cl JOIN columns ci "
            "ON ci.id = cl.input_column_id JOIN columns co ON co.dataset_id = cl.output_dataset_id WHERE "
            "cl.output_column_id IS NULL AND ci.dataset_id = ?1 AND cl.output_dataset_id = ?2 ORDER BY 1, 4, 7, 8");
        std::set<std::int64_t> columnNodes;
        std::set<std::pair<std::int64_t, std::int64_t>> datasetPairs; // an edge per job: columns once per pair
        for (const auto &[from, to, label] : edges) {
            if (!datasetPairs.emplace(from, to).second) {
                continue;
            }
            st.bind(1, from).bind(2, to);
            while (st.next()) {
                for (const auto &[columnId, name, datasetId] :
                    { std::tuple { st.integer(0), st.qtext(1), st.integer(2) },
                        std::tuple { st.integer(3), st.qtext(4), st.integer(5) } }) {
                    if (columnNodes.insert(columnId).second) {
                        graph.nodes.push_back({ -columnId, QStringLiteral("column"), name, QString::number(datasetId),
                            {}, distance[datasetId] });
                    }
                }
                QString transformation = st.qtext(6);
                if (!st.qtext(7).isEmpty()) {
                    transformation += QLatin1Char('/') + st.qtext(7);
                }
                graph.edges.push_back({ -st.integer(0), -st.integer(3), transformation });
            }
            st.reset();
        }
    }
    return graph;
}

std::map<QString, std::int64_t> Store::counts()
{
    std::map<QString, std::int64_t> out;
    for (const auto &[name, sqlText] :
        std::vector<std::pair<QString, const char *>> { { QStringLiteral("products"), "SELECT count(*) FROM products" },
            { QStringLiteral("contracts"), "SELECT count(DISTINCT external_id) FROM contracts WHERE present = 1" },
            { QStringLiteral("contractVersions"), "SELECT count(*) FROM contracts" },
            { QStringLiteral("datasets"), "SELECT count(*) FROM datasets" },
            { QStringLiteral("columns"), "SELECT count(*) FROM columns" },
            { QStringLiteral("lineageEdges"),
                "SELECT count(*) FROM (SELECT DISTINCT job_id, input_dataset_id, output_dataset_id FROM "
                "lineage_edges)" },
            { QStringLiteral("columnLineageEdges"),
                "SELECT count(*) FROM (SELECT DISTINCT input_column_id, output_column_id, output_dataset_id, "
                "transformation_type, transformation_subtype FROM column_lineage)" },
            { QStringLiteral("jobs"), "SELECT count(DISTINCT job_id) FROM lineage_edges" },
            { QStringLiteral("slaMeasurements"), "SELECT count(*) FROM sla_measurements" },
            { QStringLiteral("qualityResults"), "SELECT count(*) FROM quality_results" },
            { QStringLiteral("domains"), "SELECT count(*) FROM domains" } }) {
        out[name] = m_db.scalar(sqlText).value_or(0);
    }
    return out;
}

} // namespace tessera
