// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
//
// The Store's read side: search with facets, show, lineage and counts.
#include "store/store.h"

#include <QRegularExpression>

#include <algorithm>
#include <deque>
#include <set>

namespace tessera {

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

/** An FTS5 query from typed text: every word must match; the last one as a prefix while typing. */
QString ftsQuery(const QString &text)
{
    const QStringList terms = searchWords(text);
    if (terms.isEmpty()) {
        return {};
    }
    const bool prefixLast = !text.back().isSpace();
    QStringList quoted;
    for (int i = 0; i < terms.size(); ++i) {
        QString q = QLatin1Char('"') + terms.at(i) + QLatin1Char('"');
        if (i == terms.size() - 1 && prefixLast) {
            q += QLatin1Char('*');
        }
        quoted << q;
    }
    return quoted.join(QLatin1Char(' '));
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

bool isColumnFacet(const QString &key)
{
    return key == QLatin1String("kind") || key == QLatin1String("domain") || key == QLatin1String("owner")
        || key == QLatin1String("status") || key == QLatin1String("source");
}

} // namespace

SearchResults Store::search(const SearchQuery &query)
{
    SearchResults results;
    const QString match = ftsQuery(query.text);

    // Typing (words, no facet counts, no filters): bounded work whatever the store's size. Count up
    // to kCountLimit; rank with bm25 when the matches are few; otherwise names that start with the
    // last word come first (an index range scan), then other matches in index order.
    if (!match.isEmpty() && !query.withFacetCounts && query.facets.empty()) {
        auto count = m_db.prepare("SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE search_fts MATCH ? LIMIT ?)");
        count.bind(1, match).bind(2, kCountLimit + 1);
        if (!count.next()) {
            return results; // a query FTS5 cannot parse finds nothing
        }
        results.total = std::min<std::int64_t>(count.integer(0), kCountLimit);
        results.totalIsLowerBound = count.integer(0) > kCountLimit;
        std::set<std::int64_t> seen;
        if (count.integer(0) <= query.rankLimit) {
            auto st = m_db.prepare(
                "SELECT d.id, d.kind, d.ref, d.title, d.domain, d.owner, d.status, f.rank FROM search_fts f "
                "JOIN search_docs d ON d.id = f.rowid WHERE search_fts MATCH ? ORDER BY f.rank LIMIT ?");
            st.bind(1, match).bind(2, query.limit);
            while (st.next()) {
                results.hits.push_back(readHit(st));
            }
            return results;
        }
        const QStringList words = searchWords(query.text);
        const qsizetype wordCount = words.size();
        const QString last = words.isEmpty() ? QString() : words.back();
        if (!last.isEmpty()) {
            // One word: a name that starts with it matches by construction (its first token does), so
            // the index range alone answers. More words: the other words must match as well.
            const std::string sqlText
                = std::string("SELECT d.id, d.kind, d.ref, d.title, d.domain, d.owner, d.status, 0.0 "
                              "FROM search_docs d WHERE d.title >= ?1 COLLATE NOCASE AND d.title < ?2 "
                              "COLLATE NOCASE")
                + (wordCount > 1 ? " AND d.id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?3)" : "")
                + " ORDER BY d.title COLLATE NOCASE LIMIT ?4";
            auto st = m_db.prepare(sqlText);
            QString upper = last;
            upper.back() = QChar(upper.back().unicode() + 1);
            st.bind(1, last).bind(2, upper).bind(4, query.limit);
            if (wordCount > 1) {
                st.bind(3, match);
            }
            while (st.next()) {
                seen.insert(st.integer(0));
                results.hits.push_back(readHit(st));
            }
        }
        if (static_cast<int>(results.hits.size()) < query.limit) {
            auto st = m_db.prepare(
                "SELECT d.id, d.kind, d.ref, d.title, d.domain, d.owner, d.status, 0.0 FROM search_fts f "
                "JOIN search_docs d ON d.id = f.rowid WHERE search_fts MATCH ? LIMIT ?");
            st.bind(1, match).bind(2, query.limit * 2);
            while (st.next() && static_cast<int>(results.hits.size()) < query.limit) {
                if (seen.insert(st.integer(0)).second) {
                    results.hits.push_back(readHit(st));
                }
            }
        }
        return results;
    }

    // Facet counts need every match, so the matches go once into a temporary table that results, the
    // total and every count then join. Results alone (what each keystroke needs) come straight from
    // FTS5 in rank order, which stops after `limit` rows.
    QString from = QStringLiteral("search_docs d");
    QString rank = QStringLiteral("0.0");
    if (!match.isEmpty() && query.withFacetCounts) {
        m_db.exec("CREATE TEMP TABLE IF NOT EXISTS hits(id INTEGER PRIMARY KEY, rank REAL); DELETE FROM temp.hits");
        auto fill = m_db.prepare(
            "INSERT INTO temp.hits(id, rank) SELECT rowid, rank FROM search_fts WHERE search_fts MATCH ?");
        fill.bind(1, match);
        if (!fill.run().ok()) {
            return results; // a query FTS5 cannot parse finds nothing
        }
        from = QStringLiteral("temp.hits h JOIN search_docs d ON d.id = h.id");
        rank = QStringLiteral("h.rank");
    } else if (!match.isEmpty()) {
        // CROSS JOIN keeps FTS5 the outer loop: otherwise a facet filter can make SQLite run the MATCH once per
        // document.
        from = QStringLiteral("search_fts f CROSS JOIN search_docs d ON d.id = f.rowid");
        rank = QStringLiteral("f.rank");
    }
    // Values of one facet are alternatives (OR); different facets narrow (AND).
    QStringList where;
    std::vector<QString> binds;
    if (!match.isEmpty() && !query.withFacetCounts) {
        where << QStringLiteral("search_fts MATCH ?");
        binds.push_back(match);
    }
    std::map<QString, QStringList> byKey;
    for (const auto &[key, value] : query.facets) {
        byKey[key] << value;
    }
    for (const auto &[key, values] : byKey) {
        QStringList alternatives;
        for (const QString &value : values) {
            if (isColumnFacet(key)) {
                alternatives << QStringLiteral("d.%1 = ?").arg(key);
            } else {
                alternatives << QStringLiteral(
                    "EXISTS (SELECT 1 FROM search_tags t WHERE t.doc_id = d.id AND t.facet = ? AND t.value = ?)");
                binds.push_back(key);
            }
            binds.push_back(value);
        }
        where << QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    const QString filter
        = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    const auto bindAll = [&](sql::Statement &st) {
        int i = 1;
        for (const QString &b : binds) {
            st.bind(i++, b);
        }
        return i;
    };

    {
        const QString sqlText
            = QStringLiteral("SELECT d.id, d.kind, d.ref, d.title, d.domain, d.owner, d.status, %1 AS r FROM "
                             "%2%3 ORDER BY r, d.title COLLATE NOCASE LIMIT ?")
                  .arg(rank, from, filter);
        auto st = m_db.prepare(sqlText.toStdString());
        const int next = bindAll(st);
        st.bind(next, query.limit);
        auto snippet = m_db.prepare("SELECT snippet(search_fts, -1, '[', ']', '…', 8) FROM search_fts WHERE search_fts "
                                    "MATCH ? AND rowid = ?");
        while (st.next()) {
            SearchHit hit = readHit(st);
            if (!match.isEmpty()) {
                snippet.bind(1, match).bind(2, st.integer(0));
                if (snippet.next()) {
                    hit.snippet = snippet.qtext(0);
                }
                snippet.reset();
            }
            results.hits.push_back(std::move(hit));
        }
    }
    // The total and every facet count in two scans of the matches, counted here rather than by one
    // GROUP BY per facet.
    std::map<QString, std::map<QString, std::int64_t>> counted;
    if (!query.withFacetCounts) {
        // FTS5 counts its matches from the index alone; facet filters need the documents.
        const QString countSql = !match.isEmpty() && byKey.empty()
            ? QStringLiteral("SELECT count(*) FROM search_fts WHERE search_fts MATCH ?")
            : QStringLiteral("SELECT count(*) FROM %1%2").arg(from, filter);
        auto st = m_db.prepare(countSql.toStdString());
        if (!match.isEmpty() && byKey.empty()) {
            st.bind(1, match);
        } else {
            bindAll(st);
        }
        if (st.next()) {
            results.total = st.integer(0);
        }
    } else {
        auto st = m_db.prepare(QStringLiteral("SELECT d.kind, d.domain, d.owner, d.status, d.source FROM %1%2")
                                   .arg(from, filter)
                                   .toStdString());
        bindAll(st);
        static const QString columnsOrder[] = { QStringLiteral("kind"), QStringLiteral("domain"),
            QStringLiteral("owner"), QStringLiteral("status"), QStringLiteral("source") };
        while (st.next()) {
            ++results.total;
            if (query.withFacetCounts) {
                for (int c = 0; c < 5; ++c) {
                    const QString value = st.qtext(c);
                    if (!value.isEmpty()) {
                        ++counted[columnsOrder[c]][value];
                    }
                }
            }
        }
    }
    if (query.withFacetCounts) {
        auto st = m_db.prepare(QStringLiteral("SELECT t.facet, t.value FROM %1 JOIN search_tags t ON t.doc_id = d.id%2")
                                   .arg(from, filter)
                                   .toStdString());
        bindAll(st);
        while (st.next()) {
            ++counted[st.qtext(0)][st.qtext(1)];
        }
        for (const QString &key : facetKeys()) {
            auto &list = results.facets[key];
            for (const auto &[value, count] : counted[key]) {
                list.emplace_back(value, count);
            }
            std::stable_sort(
                list.begin(), list.end(), [](const auto &x, const auto &y) { return x.second > y.second; });
            if (list.size() > 50) {
                list.resize(50);
            }
        }
    }
    return results;
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
                ? "SELECT e.input_dataset_id, j.name FROM lineage_edges e JOIN jobs j ON j.id = "
                  "e.job_id WHERE e.output_dataset_id = ?"
                : "SELECT e.output_dataset_id, j.name FROM lineage_edges e JOIN jobs j ON j.id = "
                  "e.job_id WHERE e.input_dataset_id = ?");
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
        // Column nodes get negative ids (-column id) so they never collide with datasets.
        auto st = m_db.prepare(
            "SELECT cl.input_column_id, ci.name, ci.dataset_id, cl.output_column_id, co.name, "
            "co.dataset_id, cl.transformation_type, cl.transformation_subtype FROM column_lineage cl JOIN "
            "columns ci ON ci.id = cl.input_column_id JOIN columns co ON co.id = cl.output_column_id WHERE "
            "ci.dataset_id = ? AND co.dataset_id = ?");
        std::set<std::int64_t> columnNodes;
        for (const auto &[from, to, label] : edges) {
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
            { QStringLiteral("lineageEdges"), "SELECT count(*) FROM lineage_edges" },
            { QStringLiteral("columnLineageEdges"), "SELECT count(*) FROM column_lineage" },
            { QStringLiteral("slaMeasurements"), "SELECT count(*) FROM sla_measurements" },
            { QStringLiteral("qualityResults"), "SELECT count(*) FROM quality_results" },
            { QStringLiteral("domains"), "SELECT count(*) FROM domains" } }) {
        out[name] = m_db.scalar(sqlText).value_or(0);
    }
    return out;
}

} // namespace tessera
