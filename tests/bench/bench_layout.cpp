// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
//
// Lineage layout benchmark: bench_layout WORKDIR PEERS_SCRIPT [SIZES] [PEER_LIMIT_SECONDS]
//   Generates the scale mesh (tests/bench/meshgenerator.h), applies it to a store in WORKDIR and reads its
//   whole lineage graph back with LineageReader::mesh(), the way the app reads it. From that graph it cuts
//   graphs of SIZES nodes (default 500,2000,10000): the first nodes a breadth-first walk over the lineage
//   (both ways) meets from a dataset at the mesh's far end, with every edge between them. Each graph is laid
//   out in this process by Tessera (Graphviz dot, the layered layout, and Auto) and, on the same graph
//   written to JSON, by dagre and elkjs (PEERS_SCRIPT run with node, NODE_PATH set by run.sh), each given
//   PEER_LIMIT_SECONDS (default 60) before it counts as "did not finish". Times are of the layout alone (the
//   peers' own clock around their layout call; Tessera's around LineageLayout::run), the median of
//   TESSERA_BENCH_RUNS runs for Tessera below 10,000 nodes. Edge crossings of every engine are counted here,
//   the same way, from the positions (LineageLayout::crossings). Tessera's engines get the same time limit (dot
//   is cancelled past it). Prints "name value unit" lines.
#include "lineage/lineagealgorithms.h"
#include "lineage/lineagelayout.h"
#include "lineage/lineagereader.h"
#include "meshgenerator.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

using namespace tessera;

namespace {

/** The first `count` nodes a breadth-first walk over both directions meets from `seed`, then from later seeds. */
LineageGraph cut(const LineageGraph &mesh, std::size_t count)
{
    std::set<std::int64_t> taken;
    std::deque<std::int64_t> queue;
    // Start at the far end of the tiers: the last datasets the reader returned sit in the last products.
    for (auto it = mesh.nodes().rbegin(); it != mesh.nodes().rend() && taken.size() < count; ++it) {
        if (it->kind != LineageNodeKind::Dataset || taken.count(it->id)) {
            continue;
        }
        taken.insert(it->id);
        queue.push_back(it->id);
        while (!queue.empty() && taken.size() < count) {
            const std::int64_t u = queue.front();
            queue.pop_front();
            for (const bool up : { true, false }) {
                for (std::size_t index : up ? mesh.incoming(u) : mesh.outgoing(u)) {
                    const LineageEdge &e = mesh.edges()[index];
                    const std::int64_t v = up ? e.from : e.to;
                    if (taken.size() < count && taken.insert(v).second) {
                        queue.push_back(v);
                    }
                }
            }
        }
    }
    return lineage::subgraph(mesh, taken);
}

LayoutOptions options(LayoutOptions::Engine engine)
{
    LayoutOptions o;
    o.engine = engine;
    o.nodeSize = defaultNodeSize; // the core layout's own sizes, the same for every engine measured
    return o;
}

struct Timed
{
    double seconds = 0;
    int crossings = 0;
    QString engine;
    QString failure; ///< empty when it finished
};

/** Tessera's layout, given the same time limit as the peers (a cancel: dot's own thread is left to finish). */
Timed runTessera(const LineageGraph &g, LayoutOptions::Engine engine, int runs, int limitSeconds)
{
    std::vector<double> times;
    Timed out;
    for (int i = 0; i < runs; ++i) {
        std::atomic_bool cancel { false };
        std::mutex mutex;
        std::condition_variable finished;
        bool done = false;
        std::thread watchdog([&] {
            std::unique_lock lock(mutex);
            if (!finished.wait_for(lock, std::chrono::seconds(limitSeconds), [&] { return done; })) {
                cancel = true;
            }
        });
        QElapsedTimer timer;
        timer.start();
        const LayoutResult layout = LineageLayout::run(g, options(engine), &cancel);
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e9);
        {
            std::lock_guard lock(mutex);
            done = true;
        }
        finished.notify_all();
        watchdog.join();
        if (layout.cancelled) {
            out.failure = QStringLiteral("time-limit");
            return out;
        }
        if (!layout.error.isEmpty()) {
            out.failure = layout.error;
            return out;
        }
        out.engine = layout.engine;
        out.crossings = LineageLayout::crossings(g, layout);
    }
    std::sort(times.begin(), times.end());
    out.seconds = times[times.size() / 2];
    return out;
}

Timed runPeer(const QString &script, const QString &engine, const QString &graphFile, const QString &outFile,
    int limitSeconds, const LineageGraph &g)
{
    Timed out;
    QFile::remove(outFile);
    QProcess node;
    node.setProcessChannelMode(QProcess::SeparateChannels);
    node.start(QStringLiteral("node"), { script, engine, graphFile, outFile });
    if (!node.waitForStarted(10000)) {
        out.failure = QStringLiteral("node-not-started");
        return out;
    }
    if (!node.waitForFinished(limitSeconds * 1000)) {
        node.kill();
        node.waitForFinished(5000);
        out.failure = QStringLiteral("time-limit");
        return out;
    }
    if (node.exitStatus() != QProcess::NormalExit || node.exitCode() != 0) {
        const QString why = QString::fromUtf8(node.readAllStandardError()).trimmed().section(QLatin1Char('\n'), 0, 0);
        out.failure = why.contains(QLatin1String("call stack"), Qt::CaseInsensitive) ? QStringLiteral("stack-overflow")
                                                                                     : QStringLiteral("error");
        std::fprintf(stderr, "%s: %s\n", qPrintable(engine), qPrintable(why));
        return out;
    }
    QFile file(outFile);
    if (!file.open(QIODevice::ReadOnly)) {
        out.failure = QStringLiteral("no-output");
        return out;
    }
    const QJsonObject result = QJsonDocument::fromJson(file.readAll()).object();
    out.seconds = result.value(QStringLiteral("ms")).toDouble() / 1000;
    LayoutResult layout;
    const QJsonObject nodes = result.value(QStringLiteral("nodes")).toObject();
    for (auto it = nodes.begin(); it != nodes.end(); ++it) {
        const QJsonArray r = it.value().toArray();
        layout.nodes.insert(it.key().toLongLong(),
            QRectF(r.at(0).toDouble(), r.at(1).toDouble(), r.at(2).toDouble(), r.at(3).toDouble()));
    }
    if (std::size_t(layout.nodes.size()) != g.nodeCount()) {
        out.failure = QStringLiteral("nodes-missing");
        return out;
    }
    out.crossings = LineageLayout::crossings(g, layout);
    return out;
}

void writeGraph(const LineageGraph &g, const QString &path)
{
    const LayoutOptions o = options(LayoutOptions::Engine::Auto);
    QJsonArray nodes;
    for (const LineageNode &n : g.nodes()) {
        const QSizeF size = defaultNodeSize(n);
        nodes.append(QJsonObject { { QStringLiteral("id"), double(n.id) }, { QStringLiteral("width"), size.width() },
            { QStringLiteral("height"), size.height() } });
    }
    QJsonArray edges;
    for (std::size_t i = 0; i < g.edgeCount(); ++i) {
        edges.append(
            QJsonObject { { QStringLiteral("id"), double(i) }, { QStringLiteral("source"), double(g.edges()[i].from) },
                { QStringLiteral("target"), double(g.edges()[i].to) } });
    }
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(QJsonObject { { QStringLiteral("rankSeparation"), o.rankSeparation },
                                     { QStringLiteral("nodeSeparation"), o.nodeSeparation },
                                     { QStringLiteral("nodes"), nodes }, { QStringLiteral("edges"), edges } })
                       .toJson(QJsonDocument::Compact));
    }
}

void print(const QString &name, const Timed &t, int limitSeconds)
{
    if (!t.failure.isEmpty()) {
        std::printf("%s did-not-finish %s\n", qPrintable(name),
            qPrintable(t.failure == QLatin1String("time-limit") ? QStringLiteral("(over %1 s)").arg(limitSeconds)
                                                                : QStringLiteral("(%1)").arg(t.failure)));
        return;
    }
    std::printf("%s %.3f s\n", qPrintable(name), t.seconds);
    std::printf("%s_crossings %d crossings\n", qPrintable(name), t.crossings);
}

void ratio(const QString &name, const Timed &peer, const Timed &ours)
{
    if (!peer.failure.isEmpty() || !ours.failure.isEmpty() || ours.seconds <= 0) {
        std::printf("%s n/a x\n", qPrintable(name));
        return;
    }
    std::printf("%s %.1f x\n", qPrintable(name), peer.seconds / ours.seconds);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_layout WORKDIR PEERS_SCRIPT [SIZES] [PEER_LIMIT_SECONDS]\n");
        return 2;
    }
    const QString work = QString::fromLocal8Bit(argv[1]);
    const QString script = QString::fromLocal8Bit(argv[2]);
    std::vector<std::size_t> sizes { 500, 2000, 10000 };
    if (argc > 3) {
        sizes.clear();
        for (const QString &s : QString::fromLocal8Bit(argv[3]).split(QLatin1Char(','))) {
            sizes.push_back(s.toULong());
        }
    }
    const int limit = argc > 4 ? std::max(1, atoi(argv[4])) : 60;
    const int runs = std::max(
        1, qEnvironmentVariableIntValue("TESSERA_BENCH_RUNS") ? qEnvironmentVariableIntValue("TESSERA_BENCH_RUNS") : 3);
    QDir().mkpath(work);

    // The mesh: enough products that the largest cut is a part of it, not all of it.
    bench::MeshSize size;
    size.products = static_cast<int>(std::max<std::size_t>(400, *std::max_element(sizes.begin(), sizes.end()) / 8));
    StoreStatus status;
    const QString storePath = work + QStringLiteral("/layout.sqlite");
    QFile::remove(storePath);
    auto store = Store::open(storePath, status);
    if (!store) {
        std::fprintf(stderr, "cannot open the store: %s\n", qPrintable(status.message));
        return 2;
    }
    const auto source = store->ensureSource(QStringLiteral("bench"), QStringLiteral("mesh"), work, status);
    if (!source || !store->apply(*source, bench::generateMesh(size), status)) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(status.message));
        return 2;
    }
    QElapsedTimer read;
    read.start();
    const LineageGraph mesh = LineageReader(*store).mesh();
    std::printf("layout_mesh_products %d products\n", size.products);
    std::printf("layout_mesh_nodes %zu nodes\n", mesh.nodeCount());
    std::printf("layout_mesh_edges %zu edges\n", mesh.edgeCount());
    std::printf("layout_mesh_read %.3f s\n", static_cast<double>(read.nsecsElapsed()) / 1e9);
    std::fflush(stdout);

    for (const std::size_t n : sizes) {
        const LineageGraph g = cut(mesh, n);
        const QString prefix = QStringLiteral("layout_%1").arg(n);
        std::printf("%s_nodes %zu nodes\n", qPrintable(prefix), g.nodeCount());
        std::printf("%s_edges %zu edges\n", qPrintable(prefix), g.edgeCount());
        const int tesseraRuns = n >= 10000 ? 1 : runs;
        const Timed layered = runTessera(g, LayoutOptions::Engine::Layered, runs, limit);
        print(prefix + QStringLiteral("_tessera_layered"), layered, limit);
        const Timed dot = runTessera(g, LayoutOptions::Engine::Dot, tesseraRuns, limit);
        print(prefix + QStringLiteral("_tessera_dot"), dot, limit);
        const Timed automatic = runTessera(g, LayoutOptions::Engine::Auto, runs, limit);
        print(prefix + QStringLiteral("_tessera_auto"), automatic, limit);
        std::printf("%s_tessera_auto_engine %s engine\n", qPrintable(prefix), qPrintable(automatic.engine));
        std::fflush(stdout);

        const QString graphFile = work + QStringLiteral("/graph-%1.json").arg(n);
        writeGraph(g, graphFile);
        for (const QString &peer : { QStringLiteral("dagre"), QStringLiteral("elkjs") }) {
            const Timed t
                = runPeer(script, peer, graphFile, work + QStringLiteral("/%1-%2.json").arg(peer).arg(n), limit, g);
            print(prefix + QLatin1Char('_') + peer, t, limit);
            ratio(prefix + QStringLiteral("_ratio_") + peer + QStringLiteral("_vs_tessera_auto"), t, automatic);
            ratio(prefix + QStringLiteral("_ratio_") + peer + QStringLiteral("_vs_tessera_layered"), t, layered);
            std::fflush(stdout);
        }
    }
    store.reset();
    QFile::remove(storePath);
    return 0;
}
