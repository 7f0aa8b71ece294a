// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
//
// For the reliability tests: is a store sound (after a kill), and does it hold the same catalog as another
// store (compared by natural keys, not row ids or timestamps, so a sync that resumed after a kill compares equal
// to one that ran through).
#pragma once

#include "store/sqlite.h"

#include <QString>
#include <QStringList>

#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace tessera::test {

// A dataset is described by a contract or by a source's entity; it is referred to when described, or named by
// lineage or a link.
#define TESSERA_DATASET_DESCRIBED                                                                                      \
    "(x.contract_external_id IS NOT NULL OR EXISTS (SELECT 1 FROM source_datasets sd WHERE sd.dataset_id = x.id))"
#define TESSERA_DATASET_REFERENCED                                                                                     \
    "(" TESSERA_DATASET_DESCRIBED " OR EXISTS (SELECT 1 FROM lineage_edges e WHERE e.input_dataset_id = x.id OR "      \
    "e.output_dataset_id = x.id) OR EXISTS (SELECT 1 FROM dataset_links l WHERE l.dataset_id = x.id OR l.other_id = "  \
    "x.id))"

/** Every table of the catalog, row by row as text, each table's rows sorted. */
using Fingerprint = std::map<std::string, std::vector<std::string>>;

inline Fingerprint fingerprint(sql::Connection &db)
{
    // (table, query): natural keys and contents; no row ids, no timestamps of when a row was written.
    static const std::vector<std::pair<const char *, const char *>> queries = {
        { "sources", "SELECT kind, name, location, settings FROM sources" },
        { "files",
            "SELECT s.name, f.path, f.size, f.kind, f.problems, f.etag FROM files f JOIN sources s ON s.id = "
            "f.source_id" },
        { "domains", "SELECT name FROM domains" },
        { "teams", "SELECT name FROM teams" },
        { "people", "SELECT username FROM people" },
        { "team_members",
            "SELECT t.name, p.username, m.role FROM team_members m JOIN teams t ON t.id = m.team_id JOIN people p ON "
            "p.id = m.person_id" },
        { "products",
            "SELECT s.name, p.external_id, p.name, d.name, p.status, p.description, p.owner, p.tags, p.document, "
            "p.file_path FROM products p JOIN sources s ON s.id = p.source_id LEFT JOIN domains d ON d.id = "
            "p.domain_id" },
        { "product_ports",
            "SELECT p.external_id, pp.direction, pp.name, pp.version, pp.contract_external_id, pp.type FROM "
            "product_ports pp JOIN products p ON p.id = pp.product_id" },
        { "contracts",
            "SELECT s.name, c.external_id, c.version, c.name, d.name, c.status, c.data_product, c.api_version, "
            "c.owner, c.tags, c.original_text, c.format, c.document, c.file_path, c.valid, c.errors, c.warnings, "
            "c.present FROM contracts c JOIN sources s ON s.id = c.source_id LEFT JOIN domains d ON d.id = "
            "c.domain_id" },
        // Datasets something refers to, and what describes them. A dataset stays when the entity that described it
        // goes (datasets are shared by all sources), with that entity's description, unseen unless lineage still
        // names it: reported by leftDatasets(), not compared.
        { "datasets",
            "SELECT x.namespace, x.name, x.contract_external_id, x.contract_version, x.schema_object FROM datasets x "
            "WHERE " TESSERA_DATASET_REFERENCED },
        { "dataset_details",
            "SELECT x.namespace, x.name, x.description, d.name FROM datasets x LEFT JOIN domains d ON d.id = "
            "x.domain_id WHERE " TESSERA_DATASET_DESCRIBED },
        { "columns",
            "SELECT x.namespace, x.name, c.name, c.logical_type, c.physical_type, c.description, c.classification, "
            "c.position FROM columns c JOIN datasets x ON x.id = c.dataset_id" },
        // Jobs that something refers to: a job whose last lineage file went stays behind, unseen (reported as
        // orphanJobs(), not compared).
        { "jobs",
            "SELECT namespace, name FROM jobs j WHERE EXISTS (SELECT 1 FROM lineage_edges e WHERE e.job_id = j.id) "
            "OR EXISTS (SELECT 1 FROM job_runs r WHERE r.job_id = j.id)" },
        { "lineage_edges",
            "SELECT j.namespace, j.name, i.namespace, i.name, o.namespace, o.name, e.run_time, s.name, e.file_path "
            "FROM lineage_edges e JOIN jobs j ON j.id = e.job_id LEFT JOIN datasets i ON i.id = e.input_dataset_id "
            "LEFT JOIN datasets o ON o.id = e.output_dataset_id LEFT JOIN sources s ON s.id = e.source_id" },
        { "column_lineage",
            "SELECT id.namespace, id.name, ic.name, od.namespace, od.name, oc.name, l.transformation_type, "
            "l.transformation_subtype, s.name, l.file_path FROM column_lineage l JOIN columns ic ON ic.id = "
            "l.input_column_id JOIN datasets id ON id.id = ic.dataset_id LEFT JOIN columns oc ON oc.id = "
            "l.output_column_id JOIN datasets od ON od.id = l.output_dataset_id LEFT JOIN sources s ON s.id = "
            "l.source_id" },
        { "job_runs",
            "SELECT j.namespace, j.name, s.name, r.file_path, r.run_time FROM job_runs r JOIN jobs j ON j.id = "
            "r.job_id JOIN sources s ON s.id = r.source_id" },
        { "sla_measurements",
            "SELECT m.contract_external_id, m.property, m.time, m.value, m.unit, m.target, m.met, s.name, m.file_path "
            "FROM sla_measurements m LEFT JOIN sources s ON s.id = m.source_id" },
        { "quality_results",
            "SELECT q.contract_external_id, q.schema_object, q.property, q.rule, q.time, q.value, q.passed, s.name, "
            "q.file_path FROM quality_results q LEFT JOIN sources s ON s.id = q.source_id" },
        { "source_datasets",
            "SELECT s.name, sd.file_path, x.namespace, x.name FROM source_datasets sd JOIN sources s ON s.id = "
            "sd.source_id JOIN datasets x ON x.id = sd.dataset_id" },
        { "dataset_links",
            "SELECT a.namespace, a.name, b.namespace, b.name, s.name, l.file_path FROM dataset_links l JOIN datasets a "
            "ON a.id = l.dataset_id JOIN datasets b ON b.id = l.other_id JOIN sources s ON s.id = l.source_id" },
        { "search_docs", "SELECT kind, ref, title, domain, owner, status, source FROM search_docs" },
        { "search_tags",
            "SELECT d.kind, d.ref, t.facet, t.value FROM search_tags t JOIN search_docs d ON d.id = t.doc_id" },
        { "search_index",
            "SELECT d.kind, d.ref, f.name, f.description, f.tags, f.columns, f.owner, f.domain FROM search_fts f JOIN "
            "search_docs d ON d.id = f.rowid" },
        { "facet_values", "SELECT facet, value, docs FROM facet_values WHERE docs > 0" },
        { "sync_cursors",
            "SELECT s.name, c.entity, c.cursor, c.etag FROM sync_cursors c JOIN sources s ON s.id = c.source_id" },
    };
    Fingerprint out;
    for (const auto &[table, query] : queries) {
        std::vector<std::string> &rows = out[table];
        auto statement = db.prepare(query);
        if (!statement.isValid()) {
            rows.push_back(std::string("(query failed: ") + statement.status().message.toStdString() + ')');
            continue;
        }
        // The queries call no functions: their columns are the commas before FROM, plus one.
        const std::string_view select(query);
        const std::string_view list = select.substr(0, select.find(" FROM "));
        const int columns = static_cast<int>(std::count(list.begin(), list.end(), ',')) + 1;
        while (statement.next()) {
            std::string row;
            for (int c = 0; c < columns; ++c) {
                row += statement.isNull(c) ? std::string("∅") : statement.text(c);
                row += '|';
            }
            rows.push_back(std::move(row));
        }
        if (!statement.status().ok()) {
            rows.push_back(std::string("(query failed: ") + statement.status().message.toStdString() + ')');
        }
        std::sort(rows.begin(), rows.end());
    }
    return out;
}

/** Jobs with no lineage edge and no run left (a lineage file that named them was removed or changed). */
inline std::int64_t orphanJobs(sql::Connection &db)
{
    return db
        .scalar("SELECT count(*) FROM jobs j WHERE NOT EXISTS (SELECT 1 FROM lineage_edges e WHERE e.job_id = j.id) "
                "AND NOT EXISTS (SELECT 1 FROM job_runs r WHERE r.job_id = j.id)")
        .value_or(-1);
}

/**
 * Datasets left behind by entities that went: (no longer referred to at all, no longer described but still
 * carrying a description).
 */
inline std::pair<std::int64_t, std::int64_t> leftDatasets(sql::Connection &db)
{
    return { db.scalar("SELECT count(*) FROM datasets x WHERE NOT " TESSERA_DATASET_REFERENCED).value_or(-1),
        db.scalar("SELECT count(*) FROM datasets x WHERE coalesce(x.description, '') <> '' AND "
                  "NOT " TESSERA_DATASET_DESCRIBED)
            .value_or(-1) };
}

/** The catalog part of a fingerprint is empty: nothing but (possibly) the source rows. */
inline bool catalogEmpty(const Fingerprint &f)
{
    for (const auto &[table, rows] : f) {
        if (table != "sources" && table != "sync_cursors" && !rows.empty()) {
            return false;
        }
    }
    return true;
}

/** Empty when `a` and `b` hold the same rows; otherwise says which tables differ, with a few rows. */
inline QString difference(
    const Fingerprint &a, const Fingerprint &b, const char *nameA = "got", const char *nameB = "expected")
{
    QStringList out;
    for (const auto &[table, rowsA] : a) {
        const auto it = b.find(table);
        const std::vector<std::string> none;
        const std::vector<std::string> &rowsB = it == b.end() ? none : it->second;
        if (rowsA == rowsB) {
            continue;
        }
        std::vector<std::string> onlyA;
        std::vector<std::string> onlyB;
        std::set_difference(rowsA.begin(), rowsA.end(), rowsB.begin(), rowsB.end(), std::back_inserter(onlyA));
        std::set_difference(rowsB.begin(), rowsB.end(), rowsA.begin(), rowsA.end(), std::back_inserter(onlyB));
        QString line = QStringLiteral("%1: %2 rows %3, %4 rows %5; only in %3: %6, only in %5: %7")
                           .arg(QString::fromLatin1(table.c_str()))
                           .arg(rowsA.size())
                           .arg(QString::fromLatin1(nameA))
                           .arg(rowsB.size())
                           .arg(QString::fromLatin1(nameB))
                           .arg(onlyA.size())
                           .arg(onlyB.size());
        for (std::size_t i = 0; i < std::min<std::size_t>(2, onlyA.size()); ++i) {
            line += QStringLiteral("\n    - %1: %2")
                        .arg(QString::fromLatin1(nameA), QString::fromStdString(onlyA[i]).left(300));
        }
        for (std::size_t i = 0; i < std::min<std::size_t>(2, onlyB.size()); ++i) {
            line += QStringLiteral("\n    + %1: %2")
                        .arg(QString::fromLatin1(nameB), QString::fromStdString(onlyB[i]).left(300));
        }
        out << line;
    }
    return out.join(QLatin1Char('\n'));
}

/**
 * The checks a store must pass after a kill, on a connection of its own: PRAGMA integrity_check, foreign keys
 * (no orphan rows) and, when the connection may write, the full-text index's own integrity check. Empty when
 * all pass, else what failed.
 */
inline QString soundness(sql::Connection &db, bool checkFullText)
{
    QStringList problems;
    {
        auto check = db.prepare("PRAGMA integrity_check");
        QStringList lines;
        while (check.next()) {
            lines << check.qtext(0);
        }
        if (lines != QStringList { QStringLiteral("ok") }) {
            problems << QStringLiteral("integrity_check: ") + lines.mid(0, 5).join(QStringLiteral("; "));
        }
    }
    {
        auto check = db.prepare("PRAGMA foreign_key_check");
        int orphans = 0;
        QString first;
        while (check.next()) {
            if (orphans++ == 0) {
                first = QStringLiteral("%1 row %2 → %3").arg(check.qtext(0)).arg(check.integer(1)).arg(check.qtext(2));
            }
        }
        if (orphans > 0) {
            problems << QStringLiteral("foreign_key_check: %1 orphan rows, e.g. %2").arg(orphans).arg(first);
        }
    }
    if (checkFullText) {
        const sql::Status s = db.exec("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')");
        if (!s.ok()) {
            problems << QStringLiteral("search_fts integrity-check: ") + s.message;
        }
    }
    return problems.join(QStringLiteral("; "));
}

} // namespace tessera::test
