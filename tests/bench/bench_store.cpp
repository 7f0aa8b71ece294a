// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
//
// Store benchmarks: bench_store WORKDIR [PRODUCTS] [DATASETS_PER_CONTRACT] [TYPED_QUERIES] [PHASES]
//   import rate through Store::apply against raw SQLite inserts of the same rows (same schema, FTS5 included),
//   search latency per keystroke (p50, p95), store size and peak memory. Prints "name value unit" lines.
//   The mesh is generated and applied in chunks of kChunk products, one transaction each, so memory stays
//   flat whatever the mesh's size. PHASES (default "import,raw,search") picks phases, e.g. for a profile.
#include "meshgenerator.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>
#include <string_view>
#include <sys/resource.h>

using namespace tessera;

namespace {

/** Products per chunk: one ImportBatch, one transaction. */
constexpr int kChunk = 2000;

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

/** Generates the mesh chunk by chunk and hands each chunk to `apply`; returns the seconds `apply` took. */
double forEachChunk(const bench::MeshSize &size, const std::function<bool(const ImportBatch &)> &apply,
    double &entities, std::size_t &datasets)
{
    double seconds = 0;
    entities = 0;
    datasets = 0;
    for (int first = 0; first < size.products; first += kChunk) {
        const ImportBatch batch = bench::generateMeshChunk(size, first, kChunk);
        entities += static_cast<double>(batch.entityCount());
        for (const auto &c : batch.contracts) {
            datasets += c.datasets.size();
        }
        QElapsedTimer timer;
        timer.start();
        if (!apply(batch)) {
            return -1;
        }
        seconds += timer.nsecsElapsed() / 1e9;
    }
    return seconds;
}

/** The store's schema, every migration in order, as a new store gets it. */
void createSchema(sql::Connection &db)
{
    for (int version = 1; version <= Store::kSchemaVersion; ++version) {
        QFile schema(QStringLiteral(":/store/schema-%1.sql").arg(version));
        schema.open(QIODevice::ReadOnly);
        db.exec(schema.readAll().toStdString());
    }
}

/** The same rows with plain INSERTs, one transaction per chunk: the floor a store can approach. */
double rawInsertSeconds(const QString &path, const bench::MeshSize &size)
{
    for (const char *suffix : { "", "-wal", "-shm" }) {
        QFile::remove(path + QLatin1String(suffix));
    }
    sql::Connection db;
    db.open(path, false, true);
    // The connection settings of a store's writer (Store::open), so the ratio measures what the store does.
    db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536");
    createSchema(db);
    auto product = db.prepare(
        "INSERT INTO products(source_id, external_id, name, status, description, owner) VALUES (1, ?, ?, ?, ?, ?)");
    auto contract = db.prepare("INSERT INTO contracts(source_id, external_id, version, name, status, original_text, "
                               "format) VALUES (1, ?, ?, ?, ?, ?, ?)");
    auto dataset = db.prepare("INSERT INTO datasets(namespace, name, contract_external_id, schema_object, description) "
                              "VALUES (?, ?, ?, ?, ?)");
    auto column = db.prepare("INSERT INTO columns(dataset_id, name, logical_type) VALUES (?, ?, ?)");
    auto doc = db.prepare("INSERT INTO search_docs(kind, ref, title, domain, owner, status) VALUES (?, ?, ?, ?, ?, ?)");
    auto fts = db.prepare(
        "INSERT INTO search_fts(rowid, name, description, tags, columns, owner, domain) VALUES (?, ?, ?, ?, ?, ?, ?)");
    db.exec("INSERT INTO sources(id, kind, name, location) VALUES (1, 'bench', 'bench', 'bench')");
    const auto index
        = [&](const std::string &kind, const std::string &ref, const std::string &title, const std::string &description,
              const std::string &columns, const std::string &owner, const std::string &domain) {
              doc.bind(1, kind)
                  .bind(2, ref)
                  .bind(3, title)
                  .bind(4, domain)
                  .bind(5, owner)
                  .bind(6, std::string("active"))
                  .run();
              fts.bind(1, db.lastInsertId())
                  .bind(2, title)
                  .bind(3, description)
                  .bind(4, std::string())
                  .bind(5, columns)
                  .bind(6, owner)
                  .bind(7, domain)
                  .run();
          };
    double entities = 0;
    std::size_t datasets = 0;
    return forEachChunk(
        size,
        [&](const ImportBatch &batch) {
            db.exec("BEGIN");
            for (const auto &p : batch.products) {
                product.bind(1, p.externalId)
                    .bind(2, p.name)
                    .bind(3, p.status)
                    .bind(4, p.description)
                    .bind(5, p.owner)
                    .run();
                index("product", p.externalId, p.name, p.description, {}, p.owner, p.domain);
            }
            for (const auto &c : batch.contracts) {
                contract.bind(1, c.externalId)
                    .bind(2, c.version)
                    .bind(3, c.name)
                    .bind(4, c.status)
                    .bind(5, c.originalText)
                    .bind(6, c.format)
                    .run();
                index("contract", c.externalId, c.name, c.dataProduct, {}, c.owner, c.domain);
                for (const auto &d : c.datasets) {
                    dataset.bind(1, d.namespaceName)
                        .bind(2, d.name)
                        .bind(3, d.contractId)
                        .bind(4, d.schemaObject)
                        .bind(5, d.description)
                        .run();
                    const auto id = db.lastInsertId();
                    std::string names;
                    for (const auto &col : d.columns) {
                        column.bind(1, id).bind(2, col.name).bind(3, col.logicalType).run();
                        names += col.name + ' ';
                    }
                    index("dataset", c.externalId + '/' + d.schemaObject, d.schemaObject, d.description, names, c.owner,
                        d.domain);
                }
            }
            return db.exec("COMMIT").ok();
        },
        entities, datasets);
}

long peakMemoryKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr,
            "usage: bench_store WORKDIR [PRODUCTS] [DATASETS_PER_CONTRACT] [TYPED_QUERIES] [PHASES]\n"
            "  PHASES: a comma-separated subset of import,raw,search (default: all; search needs an import)\n");
        return 2;
    }
    const QString work = args.at(1);
    QDir().mkpath(work);
    bench::MeshSize size;
    size.products = args.size() > 2 ? args.at(2).toInt() : 100000;
    size.datasetsPerContract = args.size() > 3 ? args.at(3).toInt() : 10;
    size.columnsPerDataset = 4;
    const int typedQueries = args.size() > 4 ? args.at(4).toInt() : 60;
    const QStringList phases
        = (args.size() > 5 ? args.at(5) : QStringLiteral("import,raw,search")).split(QLatin1Char(','));

    const QString path = work + QStringLiteral("/bench.sqlite");
    std::printf("store_mesh_products %d products\n", size.products);
    double importSeconds = 0;
    double entities = 0;
    if (phases.contains(QStringLiteral("import"))) {
        for (const char *suffix : { "", "-wal", "-shm" }) {
            QFile::remove(path + QLatin1String(suffix));
        }
        StoreStatus status;
        auto store = Store::open(path, status);
        if (!store) {
            std::fprintf(stderr, "cannot open the store: %s\n", qPrintable(status.message));
            return 1;
        }
        const auto source
            = store->ensureSource(QStringLiteral("bench"), QStringLiteral("bench"), QStringLiteral("bench"), status);
        std::size_t datasets = 0;
        importSeconds = forEachChunk(
            size, [&](const ImportBatch &batch) { return store->apply(*source, batch, status); }, entities, datasets);
        if (importSeconds < 0) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(status.message));
            return 1;
        }
        store->connection().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        std::printf("store_mesh_datasets %zu datasets\n", datasets);
        std::printf("store_mesh_entities %.0f entities\n", entities);
        std::printf("store_import_rate %.0f entities/s\n", entities / importSeconds);
        std::printf("store_import_peak_memory %.0f MB\n", double(peakMemoryKb()) / 1024);
        std::printf("store_size_on_disk %.1f MB\n", double(QFileInfo(path).size()) / (1024 * 1024));
    }
    if (phases.contains(QStringLiteral("raw"))) {
        const double rawSeconds = rawInsertSeconds(work + QStringLiteral("/raw.sqlite"), size);
        double rawEntities = 0;
        std::size_t datasets = 0;
        // The entity count of the same mesh, for the rate (generation is not timed).
        forEachChunk(
            size, [](const ImportBatch &) { return true; }, rawEntities, datasets);
        std::printf("store_import_raw_sqlite3_rate %.0f entities/s\n", rawEntities / rawSeconds);
        if (importSeconds > 0) {
            std::printf("store_import_ratio_vs_raw_sqlite3 %.2f x\n", importSeconds / rawSeconds);
        }
    }
    if (!phases.contains(QStringLiteral("search")) || typedQueries <= 0) {
        std::printf("store_peak_memory %.0f MB\n", double(peakMemoryKb()) / 1024);
        return 0;
    }

    // Read-write: a store from an older schema is migrated first, as the app does.
    StoreStatus status;
    auto store = Store::open(path, status);
    if (!store) {
        std::fprintf(stderr, "cannot open the store: %s\n", qPrintable(status.message));
        return 1;
    }
    // Typing: each word of a query arrives letter by letter; every keystroke is one search. Scopes: the
    // results alone (what each keystroke waits for), with a facet filter, the facet counts the UI asks for
    // once the results are shown, and the exact search (every match ranked and counted).
    // The first scope runs twice and is measured the second time: typing finds the store in the page cache,
    // a first search after the import (or in a fresh process) may not.
    enum class Call { Results, FacetCounts, Exact };
    const auto &words = bench::meshVocabulary();
    for (const auto &[scope, productsOnly, call] :
        { std::tuple { "warm_up", false, Call::Results }, std::tuple { "all", false, Call::Results },
            std::tuple { "products", true, Call::Results }, std::tuple { "facet_counts", false, Call::FacetCounts },
            std::tuple { "all_with_facets", false, Call::Exact } }) {
        std::mt19937 rng(7); // the same keystrokes in every scope
        std::vector<double> latencies;
        for (int q = 0; q < typedQueries; ++q) {
            QString typed;
            const int wordCount = 1 + static_cast<int>(rng() % 2);
            for (int w = 0; w < wordCount; ++w) {
                const QString word = QString::fromStdString(words[rng() % words.size()]);
                if (w > 0) {
                    typed += QLatin1Char(' ');
                }
                for (const QChar ch : word) {
                    typed += ch;
                    SearchQuery query;
                    query.text = typed;
                    query.limit = 50;
                    query.withFacetCounts = call == Call::Exact;
                    if (productsOnly) {
                        query.facets.emplace(QStringLiteral("kind"), QStringLiteral("product"));
                    }
                    QElapsedTimer t;
                    t.start();
                    if (call == Call::FacetCounts) {
                        const auto counts = store->facetCounts(query);
                        (void)counts;
                    } else {
                        const auto results = store->search(query);
                        (void)results;
                    }
                    latencies.push_back(t.nsecsElapsed() / 1e6);
                }
            }
        }
        if (std::string_view(scope) == "warm_up") {
            continue;
        }
        std::printf("store_search_%s_keystroke_p50 %.1f ms\n", scope, percentile(latencies, 0.50));
        std::printf("store_search_%s_keystroke_p95 %.1f ms\n", scope, percentile(latencies, 0.95));
    }
    std::printf("store_peak_memory %.0f MB\n", double(peakMemoryKb()) / 1024);
    return 0;
}
