// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "catalog/catalogreader.h"

#include "governance/policystore.h"
#include "store/store.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <unordered_map>

namespace tessera {

namespace {

using Json = nlohmann::json;

const QStringList &facetKeys()
{
    static const QStringList keys = { QStringLiteral("domain"), QStringLiteral("owner"), QStringLiteral("status"),
        QStringLiteral("tag"), QStringLiteral("classification"), QStringLiteral("source") };
    return keys;
}

QString text(const Json &object, const char *key)
{
    if (!object.is_object()) {
        return {};
    }
    const auto it = object.find(key);
    if (it == object.end()) {
        return {};
    }
    if (it->is_string()) {
        return QString::fromStdString(it->get<std::string>());
    }
    if (it->is_number() || it->is_boolean()) {
        return QString::fromStdString(it->dump());
    }
    return {};
}

Json parsed(const std::string &document)
{
    Json value = Json::parse(document, nullptr, false);
    return value.is_discarded() ? Json::object() : value;
}

/** The SQL condition and its bound values for a product query's facets, leaving out `skip`. */
struct Filter
{
    QString where; ///< " AND ..." clauses, empty when nothing filters
    QStringList binds;
};

Filter facetFilter(const std::multimap<QString, QString> &facets, const QString &skip = {})
{
    Filter filter;
    std::map<QString, QStringList> byKey;
    for (const auto &[key, value] : facets) {
        if (key != skip) {
            byKey[key] << value;
        }
    }
    for (const auto &[key, values] : byKey) {
        QStringList marks;
        for (qsizetype i = 0; i < values.size(); ++i) {
            marks << QStringLiteral("?");
        }
        const QString in = QStringLiteral(" IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
        if (key == QLatin1String("domain")) {
            filter.where += QStringLiteral(" AND coalesce(dm.name, '')") + in;
        } else if (key == QLatin1String("owner")) {
            filter.where += QStringLiteral(" AND coalesce(p.owner, '')") + in;
        } else if (key == QLatin1String("status")) {
            filter.where += QStringLiteral(" AND coalesce(p.status, '')") + in;
        } else if (key == QLatin1String("source")) {
            filter.where += QStringLiteral(" AND s.name") + in;
        } else if (key == QLatin1String("tag")) {
            // The product's own document first (an index lookup), then its few tags by document: CROSS JOIN
            // fixes the order and the unary + keeps SQLite from walking every document with the tag instead.
            filter.where += QStringLiteral(" AND EXISTS (SELECT 1 FROM search_docs sd CROSS JOIN search_tags t ON "
                                           "t.doc_id = sd.id WHERE sd.kind = 'product' AND sd.ref = p.external_id AND "
                                           "+t.facet = 'tag' AND +t.value")
                + in + QLatin1Char(')');
        } else if (key == QLatin1String("classification")) {
            filter.where += QStringLiteral(" AND EXISTS (SELECT 1 FROM product_ports pp JOIN datasets ds ON "
                                           "ds.contract_external_id = pp.contract_external_id JOIN columns c ON "
                                           "c.dataset_id = ds.id WHERE pp.product_id = p.id AND pp.direction = "
                                           "'output' AND c.classification")
                + in + QLatin1Char(')');
        } else {
            filter.where += QStringLiteral(" AND 0"); // an unknown facet matches nothing, as in search
            continue;
        }
        filter.binds << values;
    }
    return filter;
}

// Products are unique per source: the (source_id, external_id) index finds one by id when the sources are
// named, which this does for every source (there are few).
#define PRODUCT_BY_ID "p.source_id IN (SELECT id FROM sources) AND p.external_id = ?"

const char *kProductColumns = "SELECT p.external_id, p.name, coalesce(dm.name, ''), coalesce(p.owner, ''), "
                              "coalesce(p.status, ''), s.name, p.updated_at, p.id FROM products p LEFT JOIN domains dm "
                              "ON dm.id = p.domain_id JOIN sources s ON s.id = p.source_id";

ProductSummary readSummary(const sql::Statement &st)
{
    ProductSummary row;
    row.rowId = st.integer(7);
    row.id = st.qtext(0);
    row.name = st.qtext(1);
    row.domain = st.qtext(2);
    row.owner = st.qtext(3);
    row.status = st.qtext(4);
    row.source = st.qtext(5);
    row.updatedAt = st.qtext(6);
    return row;
}

/** One sort key of the product list: its SQL expression, its direction and its column in kProductColumns. */
struct SortKey
{
    QString expression;
    bool descending = false;
    int column = 0;
};

std::vector<SortKey> orderKeys(ProductQuery::Order order)
{
    const SortKey name { QStringLiteral("p.name COLLATE NOCASE"), false, 1 };
    const SortKey id { QStringLiteral("p.id"), false, 7 };
    switch (order) {
    case ProductQuery::Order::Domain:
        return { { QStringLiteral("coalesce(dm.name, '')"), false, 2 }, name, id };
    case ProductQuery::Order::Status:
        return { { QStringLiteral("coalesce(p.status, '')"), false, 4 }, name, id };
    case ProductQuery::Order::Updated:
        return { { QStringLiteral("p.updated_at"), true, 6 }, { QStringLiteral("p.id"), true, 7 } };
    case ProductQuery::Order::Relevance:
    case ProductQuery::Order::Name:
        break;
    }
    return { name, id };
}

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return text;
}

QStringList words(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("[\\p{L}\\p{N}_]+"));
    QStringList out;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        out << it.next().captured(0);
    }
    return out;
}

} // namespace

QString urlSegment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString editUrl(const QString &contractId, const QString &version, const std::string &pointer)
{
    QString url = QStringLiteral("tessera://edit/") + urlSegment(contractId) + QStringLiteral("?version=")
        + urlSegment(version);
    if (!pointer.empty()) {
        url += QStringLiteral("&pointer=") + urlSegment(QString::fromStdString(pointer));
    }
    return url;
}

/** SLA and quality verdicts per contract, each contract asked once per call. */
struct CatalogReader::Rules
{
    sql::Connection &db;
    std::unordered_map<std::string, std::pair<SlaState, QString>> sla;
    std::unordered_map<std::string, std::pair<int, int>> quality; // passed, rules

    std::pair<SlaState, QString> slaOf(const std::string &contract)
    {
        if (const auto it = sla.find(contract); it != sla.end()) {
            return it->second;
        }
        // SQLite returns the bare columns of the row that holds max(): the latest measurement per property.
        auto st = db.prepare("SELECT property, met, max(time) FROM sla_measurements WHERE contract_external_id = ? "
                             "GROUP BY property ORDER BY property");
        st.bind(1, contract);
        std::pair<SlaState, QString> verdict { SlaState::Unknown, {} };
        while (st.next()) {
            if (st.isNull(1)) {
                continue;
            }
            if (st.integer(1) == 0) {
                if (verdict.first != SlaState::Breached) {
                    verdict = { SlaState::Breached, st.qtext(0) };
                }
            } else if (verdict.first == SlaState::Unknown) {
                verdict.first = SlaState::Met;
            }
        }
        return sla[contract] = verdict;
    }

    std::pair<int, int> qualityOf(const std::string &contract)
    {
        if (const auto it = quality.find(contract); it != quality.end()) {
            return it->second;
        }
        auto st = db.prepare("SELECT passed, max(time) FROM quality_results WHERE contract_external_id = ? GROUP BY "
                             "schema_object, property, rule");
        st.bind(1, contract);
        std::pair<int, int> counts { 0, 0 };
        while (st.next()) {
            counts.first += st.integer(0) != 0 ? 1 : 0;
            ++counts.second;
        }
        return quality[contract] = counts;
    }
};

CatalogReader::CatalogReader(Store &store)
    : m_store(store)
{ }

void CatalogReader::summarize(std::vector<ProductSummary> &rows)
{
    sql::Connection &db = m_store.connection();
    Rules rules { db, {}, {} };
    auto ports
        = db.prepare("SELECT DISTINCT contract_external_id FROM product_ports WHERE product_id = ? AND direction "
                     "= 'output' AND contract_external_id IS NOT NULL ORDER BY 1");
    for (ProductSummary &row : rows) {
        if (row.summarized) {
            continue;
        }
        ports.bind(1, row.rowId);
        int passed = 0;
        int total = 0;
        while (ports.next()) {
            const std::string contract = ports.text(0);
            const auto [state, property] = rules.slaOf(contract);
            if (state == SlaState::Breached && row.sla != SlaState::Breached) {
                row.sla = SlaState::Breached;
                row.breachedSla = property;
            } else if (state == SlaState::Met && row.sla == SlaState::Unknown) {
                row.sla = SlaState::Met;
            }
            const auto [ok, rulesRun] = rules.qualityOf(contract);
            passed += ok;
            total += rulesRun;
        }
        ports.reset();
        row.qualityRate = total > 0 ? double(passed) / total : -1;
        row.summarized = true;
    }
}

ProductListPage CatalogReader::products(const ProductQuery &query, const QString &cursor, int limit)
{
    sql::Connection &db = m_store.connection();
    ProductListPage page;
    limit = std::max(1, limit);

    if (!words(query.text).isEmpty()) {
        // A search: the store's ranked full-text search over products, contracts and datasets, each hit
        // led to its product, best first. One page holds them all.
        SearchQuery search;
        search.text = query.text;
        search.limit = 2 * kSearchLimit;
        search.withFacetCounts = false;
        const SearchResults results = m_store.search(search);
        std::vector<std::pair<QString, QString>> found; // product id, matched by
        std::set<QString> seen;
        auto datasetContract = db.prepare(
            "SELECT contract_external_id FROM datasets WHERE contract_external_id = ? AND schema_object = ? LIMIT 1");
        for (const SearchHit &hit : results.hits) {
            QString product;
            QString matchedBy;
            if (hit.kind == QLatin1String("product")) {
                product = hit.ref;
            } else if (hit.kind == QLatin1String("contract")) {
                product = productOfContract(hit.ref);
                matchedBy = QStringLiteral("contract\t") + hit.title;
            } else if (hit.kind == QLatin1String("dataset")) {
                const qsizetype slash = hit.ref.indexOf(QLatin1Char('/'));
                if (slash > 0) {
                    datasetContract.bind(1, hit.ref.left(slash)).bind(2, hit.ref.mid(slash + 1));
                    if (datasetContract.next()) {
                        product = productOfContract(datasetContract.qtext(0));
                    }
                    datasetContract.reset();
                }
                matchedBy = QStringLiteral("dataset\t") + hit.title;
            }
            if (!product.isEmpty() && seen.insert(product).second) {
                found.emplace_back(product, matchedBy);
                if (static_cast<int>(found.size()) >= kSearchLimit) {
                    page.totalIsLowerBound = true;
                    break;
                }
            }
        }
        const Filter filter = facetFilter(query.facets);
        auto st = db.prepare(QString(QLatin1String(kProductColumns) + QStringLiteral(" WHERE " PRODUCT_BY_ID)
            + filter.where + QStringLiteral(" ORDER BY p.updated_at DESC LIMIT 1"))
                                 .toStdString());
        for (const auto &[id, matchedBy] : found) {
            st.bind(1, id);
            int i = 2;
            for (const QString &value : filter.binds) {
                st.bind(i++, value);
            }
            if (st.next()) {
                ProductSummary row = readSummary(st);
                row.matchedBy = matchedBy;
                page.rows.push_back(std::move(row));
            }
            st.reset();
        }
        const auto byName = [](const ProductSummary &a, const ProductSummary &b) {
            return QString::compare(a.name, b.name, Qt::CaseInsensitive) < 0;
        };
        switch (query.order) {
        case ProductQuery::Order::Relevance:
            break;
        case ProductQuery::Order::Name:
            std::stable_sort(page.rows.begin(), page.rows.end(), byName);
            break;
        case ProductQuery::Order::Domain:
            std::stable_sort(page.rows.begin(), page.rows.end(), [&](const auto &a, const auto &b) {
                return a.domain != b.domain ? a.domain < b.domain : byName(a, b);
            });
            break;
        case ProductQuery::Order::Status:
            std::stable_sort(page.rows.begin(), page.rows.end(), [&](const auto &a, const auto &b) {
                return a.status != b.status ? a.status < b.status : byName(a, b);
            });
            break;
        case ProductQuery::Order::Updated:
            std::stable_sort(page.rows.begin(), page.rows.end(),
                [](const auto &a, const auto &b) { return a.updatedAt > b.updatedAt; });
            break;
        }
        page.total = static_cast<std::int64_t>(page.rows.size());
        page.atEnd = true;
        summarizeFirst(page.rows);
        return page;
    }

    // Every product, filtered by facets, in pages: a keyset (the last row's sort keys) marks where the
    // next page starts, so a page costs the same at the end of 100,000 products as at the start.
    const Filter filter = facetFilter(query.facets);
    const auto keys = orderKeys(query.order);
    QStringList after;
    if (!cursor.isEmpty()) {
        const QJsonArray values = QJsonDocument::fromJson(cursor.toUtf8()).array();
        for (const auto &value : values) {
            after << value.toString();
        }
    }
    QString keyset;
    if (after.size() == static_cast<qsizetype>(keys.size())) {
        // (k1 > a1) OR (k1 = a1 AND k2 > a2) OR ..., with < for descending keys.
        QStringList alternatives;
        for (std::size_t i = 0; i < keys.size(); ++i) {
            QStringList parts;
            for (std::size_t j = 0; j < i; ++j) {
                parts << keys[j].expression + QStringLiteral(" = ?");
            }
            parts << keys[i].expression + (keys[i].descending ? QStringLiteral(" < ?") : QStringLiteral(" > ?"));
            alternatives << QLatin1Char('(') + parts.join(QStringLiteral(" AND ")) + QLatin1Char(')');
        }
        keyset = QStringLiteral(" AND (") + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    QStringList orderBy;
    for (const SortKey &key : keys) {
        orderBy << key.expression + (key.descending ? QStringLiteral(" DESC") : QString());
    }
    auto st = db.prepare(QString(QLatin1String(kProductColumns) + QStringLiteral(" WHERE 1") + filter.where + keyset
        + QStringLiteral(" ORDER BY ") + orderBy.join(QStringLiteral(", ")) + QStringLiteral(" LIMIT ?"))
                             .toStdString());
    int i = 1;
    for (const QString &value : filter.binds) {
        st.bind(i++, value);
    }
    if (!keyset.isEmpty()) {
        for (std::size_t k = 0; k < keys.size(); ++k) {
            for (std::size_t j = 0; j <= k; ++j) {
                if (keys[j].column == 7) {
                    st.bind(i++, static_cast<std::int64_t>(after[static_cast<qsizetype>(j)].toLongLong()));
                } else {
                    st.bind(i++, after[static_cast<qsizetype>(j)]);
                }
            }
        }
    }
    st.bind(i, limit + 1);
    QStringList lastKeys;
    while (st.next()) {
        if (static_cast<int>(page.rows.size()) == limit) {
            page.atEnd = false;
            break;
        }
        page.rows.push_back(readSummary(st));
        lastKeys.clear();
        for (const SortKey &key : keys) {
            lastKeys << (key.column == 7 ? QString::number(st.integer(7)) : st.qtext(key.column));
        }
    }
    if (!page.atEnd) {
        page.cursor
            = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(lastKeys)).toJson(QJsonDocument::Compact));
    }
    if (cursor.isEmpty()) {
        auto count
            = db.prepare(QString(QStringLiteral("SELECT count(*) FROM products p LEFT JOIN domains dm ON dm.id = "
                                                "p.domain_id JOIN sources s ON s.id = p.source_id WHERE 1")
                + filter.where)
                             .toStdString());
        int b = 1;
        for (const QString &value : filter.binds) {
            count.bind(b++, value);
        }
        if (count.next()) {
            page.total = count.integer(0);
        }
    }
    summarizeFirst(page.rows);
    return page;
}

void CatalogReader::summarizeFirst(std::vector<ProductSummary> &rows)
{
    // What a window shows at first; the model asks for the rest off the GUI thread once these are in.
    std::vector<ProductSummary> first(
        rows.begin(), rows.begin() + std::min<std::ptrdiff_t>(kSummarizedRows, std::ssize(rows)));
    summarize(first);
    std::move(first.begin(), first.end(), rows.begin());
}

ProductFacets CatalogReader::facets(const ProductQuery &query)
{
    sql::Connection &db = m_store.connection();
    ProductFacets out;
    const auto sortAndTrim = [](std::vector<std::pair<QString, std::int64_t>> &list) {
        std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        if (list.size() > 50) {
            list.resize(50);
        }
    };

    if (!words(query.text).isEmpty()) {
        // A search holds few products: count them here, per facet without that facet's own filter.
        ProductQuery unfiltered = query;
        unfiltered.facets.clear();
        const ProductListPage matches = products(unfiltered);
        std::map<QString, std::map<QString, std::set<QString>>> values; // product → key → values
        auto tags = db.prepare("SELECT t.value FROM search_docs sd JOIN search_tags t ON t.doc_id = sd.id WHERE "
                               "sd.kind = 'product' AND sd.ref = ? AND t.facet = 'tag'");
        auto classes = db.prepare("SELECT DISTINCT c.classification FROM products p JOIN product_ports pp ON "
                                  "pp.product_id = p.id AND pp.direction = 'output' JOIN datasets ds ON "
                                  "ds.contract_external_id = pp.contract_external_id JOIN columns c ON c.dataset_id = "
                                  "ds.id WHERE " PRODUCT_BY_ID " AND coalesce(c.classification, '') <> ''");
        for (const ProductSummary &row : matches.rows) {
            auto &v = values[row.id];
            v[QStringLiteral("domain")] = { row.domain };
            v[QStringLiteral("owner")] = { row.owner };
            v[QStringLiteral("status")] = { row.status };
            v[QStringLiteral("source")] = { row.source };
            tags.bind(1, row.id);
            while (tags.next()) {
                v[QStringLiteral("tag")].insert(tags.qtext(0));
            }
            tags.reset();
            classes.bind(1, row.id);
            while (classes.next()) {
                v[QStringLiteral("classification")].insert(classes.qtext(0));
            }
            classes.reset();
        }
        std::map<QString, QStringList> chosen;
        for (const auto &[key, value] : query.facets) {
            chosen[key] << value;
        }
        const auto passes = [&](const std::map<QString, std::set<QString>> &v, const QString &skip) {
            for (const auto &[key, accepted] : chosen) {
                if (key == skip) {
                    continue;
                }
                const auto it = v.find(key);
                if (it == v.end() || std::none_of(accepted.begin(), accepted.end(), [&](const QString &a) {
                        return it->second.count(a) != 0;
                    })) {
                    return false;
                }
            }
            return true;
        };
        for (const QString &key : facetKeys()) {
            std::map<QString, std::int64_t> counted;
            for (const auto &[product, v] : values) {
                if (!passes(v, key)) {
                    continue;
                }
                if (const auto it = v.find(key); it != v.end()) {
                    for (const QString &value : it->second) {
                        if (!value.isEmpty()) {
                            ++counted[value];
                        }
                    }
                }
            }
            auto &list = out[key];
            for (const auto &[value, count] : counted) {
                list.emplace_back(value, count);
            }
            sortAndTrim(list);
        }
        return out;
    }

    const QString from = QStringLiteral(
        " FROM products p LEFT JOIN domains dm ON dm.id = p.domain_id JOIN sources s ON s.id = p.source_id");
    for (const QString &key : facetKeys()) {
        const Filter filter = facetFilter(query.facets, key);
        QString sqlText;
        if (key == QLatin1String("tag")) {
            sqlText = QStringLiteral("SELECT t.value, count(DISTINCT p.id)")
                + from
                // Products first, each finding its document by (kind, ref): the other way round SQLite
                // looks each document's product up by its id, which has no index of its own.
                + QStringLiteral(" CROSS JOIN search_docs sd ON sd.kind = 'product' AND sd.ref = p.external_id CROSS "
                                 "JOIN search_tags t ON t.doc_id = sd.id AND +t.facet = 'tag' WHERE 1")
                + filter.where + QStringLiteral(" GROUP BY 1");
        } else if (key == QLatin1String("classification")) {
            sqlText = QStringLiteral("SELECT c.classification, count(DISTINCT p.id)") + from
                + QStringLiteral(" JOIN product_ports pp ON pp.product_id = p.id AND pp.direction = 'output' JOIN "
                                 "datasets ds ON ds.contract_external_id = pp.contract_external_id JOIN columns c ON "
                                 "c.dataset_id = ds.id WHERE coalesce(c.classification, '') <> ''")
                + filter.where + QStringLiteral(" GROUP BY 1");
        } else {
            const QString column = key == QLatin1String("domain") ? QStringLiteral("coalesce(dm.name, '')")
                : key == QLatin1String("owner")                   ? QStringLiteral("coalesce(p.owner, '')")
                : key == QLatin1String("status")                  ? QStringLiteral("coalesce(p.status, '')")
                                                                  : QStringLiteral("s.name");
            sqlText = QStringLiteral("SELECT %1, count(*)").arg(column) + from + QStringLiteral(" WHERE 1")
                + filter.where + QStringLiteral(" GROUP BY 1");
        }
        auto st = db.prepare(sqlText.toStdString());
        int i = 1;
        for (const QString &value : filter.binds) {
            st.bind(i++, value);
        }
        auto &list = out[key];
        while (st.next()) {
            if (!st.qtext(0).isEmpty()) {
                list.emplace_back(st.qtext(0), st.integer(1));
            }
        }
        sortAndTrim(list);
    }
    return out;
}

QByteArray CatalogReader::contractText(const QString &contractId, const QString &version)
{
    sql::Connection &db = m_store.connection();
    auto st = db.prepare("SELECT original_text, version, present FROM contracts WHERE external_id = ?1 AND (?2 = '' OR "
                         "version = ?2) ORDER BY present DESC, imported_at DESC");
    st.bind(1, contractId).bind(2, version);
    // The highest version when none is named (versions compare as semantic versions, not as text), of those
    // still present when any is.
    std::string best;
    std::string bestVersion;
    std::int64_t present = -1;
    while (st.next()) {
        if (present >= 0 && st.integer(2) < present) {
            break;
        }
        present = st.integer(2);
        const std::string v = st.text(1);
        if (best.empty() || (version.isEmpty() && versionLess(bestVersion, v))) {
            best = st.text(0);
            bestVersion = v;
        }
        if (!version.isEmpty()) {
            break;
        }
    }
    return QByteArray::fromStdString(best);
}

QString CatalogReader::contractFile(const QString &contractId)
{
    sql::Connection &db = m_store.connection();
    auto st
        = db.prepare("SELECT s.location, c.file_path, c.version FROM contracts c JOIN sources s ON s.id = c.source_id "
                     "WHERE c.external_id = ? AND c.present = 1 AND s.kind = 'local' AND coalesce(c.file_path, '') "
                     "<> '' AND substr(s.location, 1, 1) <> ':'");
    st.bind(1, contractId);
    QString best;
    std::string bestVersion;
    while (st.next()) {
        const std::string version = st.text(2);
        if (best.isEmpty() || versionLess(bestVersion, version)) {
            best = st.qtext(0) + QLatin1Char('/') + st.qtext(1);
            bestVersion = version;
        }
    }
    return best;
}

std::optional<CatalogReader::ContractSource> CatalogReader::contractSource(const QString &contractId)
{
    sql::Connection &db = m_store.connection();
    auto st = db.prepare("SELECT s.id, s.kind, s.name, s.location, c.version FROM contracts c JOIN sources s ON s.id = "
                         "c.source_id WHERE c.external_id = ? ORDER BY c.present DESC");
    st.bind(1, contractId);
    std::optional<ContractSource> best;
    std::string bestVersion;
    while (st.next()) {
        const std::string version = st.text(4);
        if (!best || versionLess(bestVersion, version)) {
            best = ContractSource { st.integer(0), st.qtext(1), st.qtext(2), st.qtext(3) };
            bestVersion = version;
        }
    }
    return best;
}

std::pair<QStringList, QStringList> CatalogReader::domainAndProductNames()
{
    sql::Connection &db = m_store.connection();
    QStringList domains;
    auto d = db.prepare("SELECT name FROM domains ORDER BY name");
    while (d.next()) {
        domains << d.qtext(0);
    }
    QStringList products;
    auto p = db.prepare("SELECT DISTINCT external_id FROM products ORDER BY external_id");
    while (p.next()) {
        products << p.qtext(0);
    }
    return { domains, products };
}

QString CatalogReader::productOfContract(const QString &contractId)
{
    sql::Connection &db = m_store.connection();
    // The contract names its data product; otherwise the product that publishes it on an output port.
    auto named = db.prepare("SELECT data_product FROM contracts WHERE external_id = ? AND coalesce(data_product, '') "
                            "<> '' ORDER BY imported_at DESC LIMIT 1");
    named.bind(1, contractId);
    if (named.next()) {
        const QString product = named.qtext(0);
        auto exists = db.prepare("SELECT 1 FROM products p WHERE " PRODUCT_BY_ID);
        exists.bind(1, product);
        if (exists.next()) {
            return product;
        }
    }
    auto port = db.prepare("SELECT p.external_id FROM product_ports pp JOIN products p ON p.id = pp.product_id WHERE "
                           "pp.contract_external_id = ? AND pp.direction = 'output' LIMIT 1");
    port.bind(1, contractId);
    return port.next() ? port.qtext(0) : QString();
}

std::optional<ProductDetails> CatalogReader::product(const QString &id)
{
    sql::Connection &db = m_store.connection();
    auto st = db.prepare("SELECT p.id, p.external_id, p.name, coalesce(dm.name, ''), coalesce(p.status, ''), "
                         "coalesce(p.owner, ''), coalesce(p.tags, ''), p.document, p.updated_at, s.name, s.kind, "
                         "s.location FROM products p LEFT JOIN domains dm ON dm.id = p.domain_id JOIN sources s ON "
                         "s.id = p.source_id WHERE " PRODUCT_BY_ID " ORDER BY p.updated_at DESC LIMIT 1");
    st.bind(1, id);
    if (!st.next()) {
        return std::nullopt;
    }
    ProductDetails d;
    const std::int64_t rowId = st.integer(0);
    d.id = st.qtext(1);
    d.name = st.qtext(2);
    d.domain = st.qtext(3);
    d.status = st.qtext(4);
    d.owner = st.qtext(5);
    d.tags = st.qtext(6).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const Json document = parsed(st.text(7));
    d.updatedAt = st.qtext(8);
    d.sourceName = st.qtext(9);
    d.sourceKind = st.qtext(10);
    d.sourceLocation = st.qtext(11);

    d.version = text(document, "version");
    d.tenant = text(document, "tenant");
    if (const auto description = document.find("description"); description != document.end()) {
        if (description->is_object()) {
            d.purpose = text(*description, "purpose");
            d.limitations = text(*description, "limitations");
            d.usage = text(*description, "usage");
        } else if (description->is_string()) {
            d.purpose = QString::fromStdString(description->get<std::string>());
        }
    }
    if (const auto team = document.find("team"); team != document.end() && team->is_object()) {
        d.teamDescription = text(*team, "description");
        if (d.owner.isEmpty()) {
            d.owner = text(*team, "name");
        }
        if (const auto members = team->find("members"); members != team->end() && members->is_array()) {
            for (const auto &m : *members) {
                d.members.push_back(
                    { text(m, "username"), text(m, "name"), text(m, "role"), text(m, "dateIn"), text(m, "dateOut") });
            }
        }
    }
    std::vector<std::pair<QString, QString>> seenSupport; // (channel, url)
    const auto addSupport = [&](const Json &list) {
        if (!list.is_array()) {
            return;
        }
        for (const auto &s : list) {
            ProductDetails::Support item { text(s, "channel"), text(s, "url"), text(s, "tool"), text(s, "scope"),
                text(s, "description") };
            const std::pair<QString, QString> key { item.channel, item.url };
            if (std::find(seenSupport.begin(), seenSupport.end(), key) == seenSupport.end()) {
                seenSupport.push_back(key);
                d.support.push_back(std::move(item));
            }
        }
    };
    if (const auto support = document.find("support"); support != document.end()) {
        addSupport(*support);
    }

    // Ports: the store's rows, with the descriptions of the document.
    const auto portDescription = [&](const char *list, const QString &name, const QString &version) {
        if (const auto ports = document.find(list); ports != document.end() && ports->is_array()) {
            for (const auto &port : *ports) {
                if (text(port, "name") == name && (version.isEmpty() || text(port, "version") == version)) {
                    return text(port, "description");
                }
            }
        }
        return QString();
    };
    auto ports = db.prepare("SELECT direction, coalesce(name, ''), coalesce(type, ''), coalesce(version, ''), "
                            "coalesce(contract_external_id, '') FROM product_ports WHERE product_id = ? ORDER BY "
                            "direction, name, version DESC");
    ports.bind(1, rowId);
    auto dataset = db.prepare("SELECT contract_external_id || '/' || schema_object FROM datasets WHERE "
                              "contract_external_id = ? ORDER BY contract_version DESC, id LIMIT 1");
    Rules rules { db, {}, {} };
    std::vector<QString> contractIds;
    while (ports.next()) {
        ProductDetails::Port port;
        port.direction = ports.qtext(0);
        port.name = ports.qtext(1);
        port.type = ports.qtext(2);
        port.version = ports.qtext(3);
        port.contractId = ports.qtext(4);
        port.description = portDescription(
            port.direction == QLatin1String("input") ? "inputPorts" : "outputPorts", port.name, port.version);
        if (!port.contractId.isEmpty()) {
            dataset.bind(1, port.contractId);
            if (dataset.next()) {
                port.datasetRef = dataset.qtext(0);
            }
            dataset.reset();
            port.contractProduct = productOfContract(port.contractId);
            port.sla = rules.slaOf(port.contractId.toStdString()).first;
            if (std::find(contractIds.begin(), contractIds.end(), port.contractId) == contractIds.end()) {
                contractIds.push_back(port.contractId);
            }
        }
        (port.direction == QLatin1String("input") ? d.inputPorts : d.outputPorts).push_back(std::move(port));
    }
    // Contracts that name this product without a port on it belong here as well.
    auto named = db.prepare("SELECT DISTINCT external_id FROM contracts WHERE data_product = ? ORDER BY 1");
    named.bind(1, d.id);
    while (named.next()) {
        if (std::find(contractIds.begin(), contractIds.end(), named.qtext(0)) == contractIds.end()) {
            contractIds.push_back(named.qtext(0));
        }
    }

    // The product's own contracts: those of its output ports and those naming it.
    std::vector<QString> own;
    for (const auto &port : d.outputPorts) {
        if (!port.contractId.isEmpty() && std::find(own.begin(), own.end(), port.contractId) == own.end()) {
            own.push_back(port.contractId);
        }
    }
    for (const QString &contract : contractIds) {
        const bool input = std::any_of(d.inputPorts.begin(), d.inputPorts.end(),
            [&](const ProductDetails::Port &p) { return p.contractId == contract; });
        if (!input && std::find(own.begin(), own.end(), contract) == own.end()) {
            own.push_back(contract);
        }
    }
    auto versions = db.prepare("SELECT external_id, coalesce(name, ''), version, coalesce(status, ''), valid, errors, "
                               "warnings, present, document FROM contracts WHERE external_id = ?");
    for (const QString &contract : own) {
        versions.bind(1, contract);
        std::vector<std::pair<ProductDetails::ContractVersion, std::string>> found;
        while (versions.next()) {
            ProductDetails::ContractVersion v { versions.qtext(0), versions.qtext(1), versions.qtext(2),
                versions.qtext(3), false, versions.integer(4) != 0, static_cast<int>(versions.integer(5)),
                static_cast<int>(versions.integer(6)) };
            if (versions.integer(7) == 0) {
                v.status = QStringLiteral("removed");
            }
            found.emplace_back(std::move(v), versions.text(8));
        }
        versions.reset();
        std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
            return versionLess(b.first.version.toStdString(), a.first.version.toStdString());
        });
        const auto current = std::find_if(
            found.begin(), found.end(), [](const auto &v) { return v.first.status != QLatin1String("removed"); });
        if (current != found.end()) {
            current->first.current = true;
            // Servers and support channels of the current version.
            const Json contractDocument = parsed(current->second);
            if (const auto servers = contractDocument.find("servers");
                servers != contractDocument.end() && servers->is_array()) {
                for (const auto &s : *servers) {
                    ProductDetails::Server server;
                    server.contractId = contract;
                    server.name = text(s, "server");
                    server.type = text(s, "type");
                    server.environment = text(s, "environment");
                    server.description = text(s, "description");
                    for (const char *key :
                        { "host", "port", "database", "schema", "catalog", "project", "dataset", "account", "warehouse",
                            "location", "path", "format", "topic", "url", "region", "delimiter" }) {
                        const QString value = text(s, key);
                        if (!value.isEmpty()) {
                            server.details.emplace_back(QString::fromLatin1(key), value);
                        }
                    }
                    // A line people paste into a client: a URL where the type has one.
                    const QString host = text(s, "host");
                    const QString port = text(s, "port");
                    const QString location = text(s, "location");
                    if (!host.isEmpty()) {
                        server.connection = server.type + QStringLiteral("://") + host
                            + (port.isEmpty() ? QString() : QLatin1Char(':') + port);
                        for (const char *key : { "database", "schema" }) {
                            if (!text(s, key).isEmpty()) {
                                server.connection += QLatin1Char('/') + text(s, key);
                            }
                        }
                    } else if (!location.isEmpty()) {
                        server.connection = location;
                    } else {
                        QStringList parts;
                        for (const auto &[key, value] : server.details) {
                            if (key != QLatin1String("format")) {
                                parts << value;
                            }
                        }
                        server.connection = parts.join(QLatin1Char('.'));
                    }
                    d.servers.push_back(std::move(server));
                }
            }
            if (const auto support = contractDocument.find("support"); support != contractDocument.end()) {
                addSupport(*support);
            }
        }
        for (auto &[v, text] : found) {
            d.contracts.push_back(std::move(v));
        }
    }

    // SLA: per property of each own contract, the latest measurement and the last 30 values.
    auto latest = db.prepare("SELECT property, value, coalesce(unit, ''), target, met, max(time) FROM "
                             "sla_measurements WHERE contract_external_id = ? GROUP BY property ORDER BY property");
    auto recent = db.prepare("SELECT value FROM (SELECT value, time FROM sla_measurements WHERE contract_external_id "
                             "= ? AND property = ? ORDER BY time DESC LIMIT 30) ORDER BY time");
    for (const QString &contract : own) {
        latest.bind(1, contract);
        while (latest.next()) {
            ProductDetails::Sla sla;
            sla.contractId = contract;
            sla.property = latest.qtext(0);
            sla.latest = latest.real(1);
            sla.unit = latest.qtext(2);
            if (!latest.isNull(3)) {
                sla.target = latest.real(3);
            }
            sla.met = latest.isNull(4) || latest.integer(4) != 0;
            sla.latestTime = latest.qtext(5);
            recent.bind(1, contract).bind(2, sla.property);
            while (recent.next()) {
                sla.recent.push_back(recent.real(0));
            }
            recent.reset();
            d.sla.push_back(std::move(sla));
        }
        latest.reset();
    }

    // Quality: per rule, the latest result and the share of runs that passed.
    auto quality = db.prepare("SELECT schema_object, property, rule, count(*), sum(passed), max(time), passed FROM "
                              "quality_results WHERE contract_external_id = ? GROUP BY schema_object, property, rule "
                              "ORDER BY schema_object, property, rule");
    for (const QString &contract : own) {
        quality.bind(1, contract);
        while (quality.next()) {
            ProductDetails::Quality q;
            q.contractId = contract;
            q.object = quality.qtext(0);
            q.property = quality.qtext(1);
            q.rule = quality.qtext(2);
            q.runs = static_cast<int>(quality.integer(3));
            q.passRate = q.runs > 0 ? quality.real(4) / q.runs : 1;
            q.lastTime = quality.qtext(5);
            q.lastPassed = quality.integer(6) != 0;
            d.quality.push_back(std::move(q));
        }
        quality.reset();
    }

    if (!d.owner.isEmpty()) {
        auto team = db.prepare("SELECT external_id, name FROM products WHERE owner = ? AND external_id <> ? ORDER BY "
                               "name COLLATE NOCASE LIMIT 50");
        team.bind(1, d.owner).bind(2, d.id);
        while (team.next()) {
            d.teamProducts.push_back({ team.qtext(0), team.qtext(1) });
        }
    }
    d.findings = productPolicyFindings(db, d.id);
    return d;
}

std::optional<DatasetDetails> CatalogReader::dataset(const QString &ref)
{
    sql::Connection &db = m_store.connection();
    std::int64_t id = 0;
    // "contract/object" (the current version's dataset), else "namespace/name".
    if (const qsizetype slash = ref.indexOf(QLatin1Char('/')); slash > 0) {
        auto st = db.prepare("SELECT id, coalesce(contract_version, '') FROM datasets WHERE contract_external_id = ? "
                             "AND schema_object = ?");
        st.bind(1, ref.left(slash)).bind(2, ref.mid(slash + 1));
        std::string best;
        while (st.next()) {
            if (id == 0 || versionLess(best, st.text(1))) {
                id = st.integer(0);
                best = st.text(1);
            }
        }
    }
    if (id == 0) {
        if (const qsizetype slash = ref.lastIndexOf(QLatin1Char('/')); slash > 0) {
            auto st = db.prepare("SELECT id FROM datasets WHERE namespace = ? AND name = ?");
            st.bind(1, ref.left(slash)).bind(2, ref.mid(slash + 1));
            if (st.next()) {
                id = st.integer(0);
            }
        }
    }
    if (id == 0) {
        return std::nullopt;
    }
    const auto refOf
        = [](const QString &ns, const QString &name, const QString &contract, const QString &object) -> QString {
        return contract.isEmpty() || object.isEmpty() ? ns + QLatin1Char('/') + name
                                                      : contract + QLatin1Char('/') + object;
    };
    auto st
        = db.prepare("SELECT d.namespace, d.name, coalesce(d.contract_external_id, ''), "
                     "coalesce(d.contract_version, ''), coalesce(d.schema_object, ''), coalesce(d.description, ''), "
                     "coalesce(dm.name, '') FROM datasets d LEFT JOIN domains dm ON dm.id = d.domain_id WHERE d.id "
                     "= ?");
    st.bind(1, id);
    if (!st.next()) {
        return std::nullopt;
    }
    DatasetDetails d;
    d.namespaceName = st.qtext(0);
    d.name = st.qtext(1);
    d.contractId = st.qtext(2);
    d.contractVersion = st.qtext(3);
    d.schemaObject = st.qtext(4);
    d.description = st.qtext(5);
    d.domain = st.qtext(6);
    d.ref = refOf(d.namespaceName, d.name, d.contractId, d.schemaObject);
    if (!d.contractId.isEmpty()) {
        d.productId = productOfContract(d.contractId);
        auto name = db.prepare("SELECT name FROM products p WHERE " PRODUCT_BY_ID " LIMIT 1");
        name.bind(1, d.productId);
        if (name.next()) {
            d.productName = name.qtext(0);
        }
    }
    auto columns = db.prepare("SELECT name, coalesce(logical_type, ''), coalesce(physical_type, ''), "
                              "coalesce(classification, ''), coalesce(description, '') FROM columns WHERE dataset_id "
                              "= ? ORDER BY position, id");
    columns.bind(1, id);
    while (columns.next()) {
        d.columns.push_back(
            { columns.qtext(0), columns.qtext(1), columns.qtext(2), columns.qtext(3), columns.qtext(4) });
    }
    for (const bool up : { true, false }) {
        auto edges = db.prepare(up ? "SELECT DISTINCT n.namespace, n.name, coalesce(n.contract_external_id, ''), "
                                     "coalesce(n.schema_object, ''), j.name FROM lineage_edges e JOIN datasets n ON "
                                     "n.id = e.input_dataset_id JOIN jobs j ON j.id = e.job_id WHERE "
                                     "e.output_dataset_id = ? ORDER BY n.name LIMIT 200"
                                   : "SELECT DISTINCT n.namespace, n.name, coalesce(n.contract_external_id, ''), "
                                     "coalesce(n.schema_object, ''), j.name FROM lineage_edges e JOIN datasets n ON "
                                     "n.id = e.output_dataset_id JOIN jobs j ON j.id = e.job_id WHERE "
                                     "e.input_dataset_id = ? ORDER BY n.name LIMIT 200");
        edges.bind(1, id);
        while (edges.next()) {
            (up ? d.upstream : d.downstream)
                .push_back({ refOf(edges.qtext(0), edges.qtext(1), edges.qtext(2), edges.qtext(3)), edges.qtext(1),
                    edges.qtext(4) });
        }
    }
    auto sources = db.prepare("SELECT DISTINCT s.name FROM source_datasets sd JOIN sources s ON s.id = sd.source_id "
                              "WHERE sd.dataset_id = ? ORDER BY s.name");
    sources.bind(1, id);
    while (sources.next()) {
        d.sources << sources.qtext(0);
    }
    auto links = db.prepare("SELECT DISTINCT n.namespace, n.name, coalesce(n.contract_external_id, ''), "
                            "coalesce(n.schema_object, ''), s.name FROM dataset_links l JOIN datasets n ON n.id = "
                            "l.other_id JOIN sources s ON s.id = l.source_id WHERE l.dataset_id = ? ORDER BY "
                            "n.namespace, n.name LIMIT 50");
    links.bind(1, id);
    while (links.next()) {
        const QString ref = refOf(links.qtext(0), links.qtext(1), links.qtext(2), links.qtext(3));
        d.sameAs.push_back({ ref, links.qtext(0) + QLatin1Char('/') + links.qtext(1), links.qtext(4) });
    }
    return d;
}

std::vector<SourceState> CatalogReader::sources()
{
    sql::Connection &db = m_store.connection();
    std::vector<SourceState> out;
    auto st = db.prepare(
        "SELECT s.id, s.name, s.kind, s.location, (SELECT count(*) FROM products WHERE source_id = "
        "s.id), (SELECT count(DISTINCT external_id) FROM contracts WHERE source_id = s.id AND present "
        "= 1), coalesce((SELECT updated_at FROM sync_cursors WHERE source_id = s.id AND entity = 'import'), "
        "(SELECT max(updated_at) FROM products WHERE source_id = s.id), ''), s.sync_state, s.sync_message, "
        "coalesce(s.synced_at, '') FROM sources s ORDER BY s.id");
    while (st.next()) {
        SourceState s;
        s.id = st.integer(0);
        s.name = st.qtext(1);
        s.kind = st.qtext(2);
        s.location = st.qtext(3);
        s.products = st.integer(4);
        s.contracts = st.integer(5);
        s.lastImport = st.qtext(6);
        s.syncState = st.qtext(7);
        s.syncMessage = st.qtext(8);
        s.syncedAt = st.qtext(9);
        if (s.isEndpoint() && !s.syncedAt.isEmpty()) {
            s.lastImport = s.syncedAt; // what "cached 3 days ago" means for an endpoint
        }
        // Embedded sources are always there; a local folder may sit on a disk that is not mounted, an endpoint
        // may be out of reach (its cached data stays browsable).
        if (s.location.startsWith(QLatin1String(":/"))) {
            s.reachable = true;
        } else if (s.isEndpoint()) {
            s.reachable = s.syncState != QLatin1String("offline");
        } else {
            s.reachable = QFileInfo(s.location).isDir();
        }
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<std::pair<QString, std::int64_t>> CatalogReader::domains()
{
    std::vector<std::pair<QString, std::int64_t>> out;
    auto st = m_store.connection().prepare("SELECT d.name, count(p.id) FROM domains d JOIN products p ON p.domain_id = "
                                           "d.id GROUP BY d.id ORDER BY d.name COLLATE NOCASE");
    while (st.next()) {
        out.emplace_back(st.qtext(0), st.integer(1));
    }
    return out;
}

std::vector<QuickOpenItem> CatalogReader::quickOpen(const QString &text, int limit)
{
    std::vector<QuickOpenItem> out;
    const QStringList terms = words(text);
    if (terms.isEmpty()) {
        return out;
    }
    sql::Connection &db = m_store.connection();
    SearchQuery search;
    search.text = text;
    search.limit = limit;
    search.withFacetCounts = false;
    const SearchResults results = m_store.search(search);
    const auto detail = [](const QString &domain, const QString &owner) {
        QStringList parts;
        for (const QString &p : { domain, owner }) {
            if (!p.isEmpty()) {
                parts << p;
            }
        }
        return parts.join(QStringLiteral(" · "));
    };
    for (const SearchHit &hit : results.hits) {
        out.push_back({ hit.kind, hit.title, detail(hit.domain, hit.owner),
            QStringLiteral("tessera://%1/%2").arg(hit.kind, urlSegment(hit.ref)) });
    }
    // Columns: datasets whose column names match the last word, then the columns themselves.
    const QString last = terms.back();
    auto datasets = db.prepare("SELECT d.ref, d.title, d.domain FROM search_fts f JOIN search_docs d ON d.id = f.rowid "
                               "WHERE search_fts MATCH ? AND d.kind = 'dataset' LIMIT ?");
    QString match = QStringLiteral("columns : \"") + QString(last).replace(QLatin1Char('"'), QStringLiteral("\"\""))
        + QStringLiteral("\"*");
    datasets.bind(1, match).bind(2, limit);
    auto columns = db.prepare("SELECT c.name FROM columns c JOIN datasets ds ON ds.id = c.dataset_id WHERE "
                              "ds.contract_external_id = ? AND ds.schema_object = ? AND c.name LIKE ? ESCAPE '\\' "
                              "GROUP BY c.name ORDER BY c.name LIMIT 10");
    int added = 0;
    while (datasets.next() && added < limit) {
        const QString ref = datasets.qtext(0);
        const qsizetype slash = ref.indexOf(QLatin1Char('/'));
        if (slash <= 0) {
            continue;
        }
        columns.bind(1, ref.left(slash)).bind(2, ref.mid(slash + 1)).bind(3, escapeLike(last) + QLatin1Char('%'));
        while (columns.next() && added < limit) {
            out.push_back({ QStringLiteral("column"), columns.qtext(0),
                datasets.qtext(1) + QStringLiteral(" · ") + datasets.qtext(2),
                QStringLiteral("tessera://dataset/%1?column=%2").arg(urlSegment(ref), urlSegment(columns.qtext(0))) });
            ++added;
        }
        columns.reset();
    }
    return out;
}

} // namespace tessera
