// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
//
// Lineage view benchmark: bench_lineageview WORKDIR [NODES]
//   Lays out a NODES-node lineage graph cut from the synthetic mesh, puts it into the lineage scene,
//   then pans the view across it and renders each frame into an image (as the screen would get it),
//   at an overview zoom and at reading zoom. Prints the median and 95th percentile frame time, and how
//   long the scene took to fill. Runs offscreen.
#include "lineage/lineagealgorithms.h"
#include "lineage/lineagelayout.h"
#include "lineage/lineagereader.h"
#include "lineage/lineagescene.h"
#include "lineage/lineageview.h"
#include "lineagegraphmodel.h"
#include "meshgenerator.h"
#include "store/store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstdio>
#include <deque>
#include <set>

using namespace tessera;

namespace {

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    return values[std::min(
        values.size() - 1, static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5))];
}

/** The first `count` nodes reached breadth-first from the mesh's first dataset, ignoring direction. */
LineageGraph cut(const LineageGraph &mesh, std::size_t count)
{
    std::set<std::int64_t> chosen;
    for (const LineageNode &seed : mesh.nodes()) {
        if (chosen.size() >= count) {
            break;
        }
        if (chosen.count(seed.id)) {
            continue;
        }
        std::deque<std::int64_t> queue { seed.id };
        chosen.insert(seed.id);
        while (!queue.empty() && chosen.size() < count) {
            const std::int64_t id = queue.front();
            queue.pop_front();
            for (const auto *list : { &mesh.incoming(id), &mesh.outgoing(id) }) {
                for (const std::size_t e : *list) {
                    const LineageEdge &edge = mesh.edges()[e];
                    const std::int64_t other = edge.from == id ? edge.to : edge.from;
                    if (chosen.size() < count && chosen.insert(other).second) {
                        queue.push_back(other);
                    }
                }
            }
        }
    }
    return lineage::subgraph(mesh, chosen);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_lineageview WORKDIR [NODES]\n");
        return 2;
    }
    const int nodes = args.size() > 2 ? args.at(2).toInt() : 10000;
    const QString path = args.at(1) + QStringLiteral("/lineageview-%1.sqlite").arg(nodes);
    if (!QFileInfo::exists(path)) {
        StoreStatus status;
        auto store = Store::open(path, status);
        if (!store) {
            std::fprintf(stderr, "bench_lineageview: %s\n", qPrintable(status.message));
            return 2;
        }
        const auto source
            = store->ensureSource(QStringLiteral("bench"), QStringLiteral("bench"), QStringLiteral("bench"), status);
        bench::MeshSize size;
        size.products = std::max(100, nodes / 3); // datasets and the jobs between them make up the nodes
        size.datasetsPerContract = 2;
        size.columnsPerDataset = 2;
        for (int first = 0; first < size.products; first += 2000) {
            if (!store->apply(
                    *source, bench::generateMeshChunk(size, first, std::min(2000, size.products - first)), status)) {
                std::fprintf(stderr, "bench_lineageview: %s\n", qPrintable(status.message));
                return 2;
            }
        }
    }
    StoreStatus status;
    auto store = Store::open(path, status, Store::Mode::ReadOnly);
    if (!store) {
        std::fprintf(stderr, "bench_lineageview: %s\n", qPrintable(status.message));
        return 2;
    }
    LineageGraph graph = cut(LineageReader(*store).mesh(), static_cast<std::size_t>(nodes));

    LayoutOptions options;
    options.nodeSize = &LineageGraphModel::nodeSize;
    QElapsedTimer timer;
    timer.start();
    LayoutResult layout = LineageLayout::run(graph, options);
    const qint64 layoutMs = timer.elapsed();

    LineageGraphModel model(nullptr);
    LineageScene scene(&model);
    LineageView view;
    view.resize(1600, 1000);
    view.setScene(&scene);
    view.show();
    timer.restart();
    QEventLoop wait;
    QObject::connect(&scene, &LineageScene::built, &wait, &QEventLoop::quit);
    model.setGraph(graph, layout);
    if (scene.isBuilding()) {
        wait.exec();
    }
    const qint64 fillMs = timer.elapsed();

    std::printf("lineageview_nodes %zu nodes\n", graph.nodeCount());
    std::printf("lineageview_edges %zu edges\n", graph.edgeCount());
    std::printf("lineageview_layout %lld ms (%s)\n", static_cast<long long>(layoutMs), qPrintable(layout.engine));
    std::printf("lineageview_scene_fill %lld ms\n", static_cast<long long>(fillMs));

    // Pan across the graph, rendering every frame the way the viewport would get it.
    const QRectF all = scene.sceneRect();
    QImage frame(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    for (const auto &[name, zoom] : { std::pair { "overview", 0.1 }, std::pair { "reading", 0.8 } }) {
        view.setZoom(zoom);
        std::vector<double> times;
        constexpr int kFrames = 120;
        for (int i = 0; i < kFrames; ++i) {
            const double t = static_cast<double>(i) / (kFrames - 1);
            view.centerOn(all.left() + t * all.width(), all.top() + (0.5 + 0.4 * std::sin(t * 6.28)) * all.height());
            QElapsedTimer paint;
            paint.start();
            QPainter painter(&frame);
            view.render(&painter);
            painter.end();
            times.push_back(static_cast<double>(paint.nsecsElapsed()) / 1e6);
        }
        std::printf("lineageview_pan_%s_frame_p50 %.1f ms\n", name, percentile(times, 0.5));
        std::printf("lineageview_pan_%s_frame_p95 %.1f ms\n", name, percentile(times, 0.95));
    }
    return 0;
}
