// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "lineage/layoutengines.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLineF>
#include <QLoggingCategory>

#include <chrono>
#include <condition_variable>
#include <gvc.h>
#include <memory>
#include <mutex>
#include <thread>

namespace tessera::lineage::detail {

Q_LOGGING_CATEGORY(lcGraphviz, "tessera.core.lineage.graphviz")

namespace {

constexpr double kPointsPerInch = 72;
constexpr auto kPoll = std::chrono::milliseconds(10);

/**
 * Graphviz keeps global state (its error handler, its context and the layout plugins' statics) and is
 * not thread-safe: every use of it holds this lock. Never destroyed, so a layout still running on its
 * own thread while the process exits never finds it gone.
 */
std::timed_mutex &graphvizLock()
{
    static auto *lock = new std::timed_mutex;
    return *lock;
}

/** Graphviz's messages for the layout in progress (under the lock). */
QByteArray &graphvizMessages()
{
    static auto *messages = new QByteArray;
    return *messages;
}

int collectMessage(char *message)
{
    graphvizMessages().append(message);
    return 0;
}

/** The process's Graphviz context: made once (it reads the plugin configuration), under the lock, never freed. */
GVC_t *context()
{
    static GVC_t *gvc = gvContext();
    return gvc;
}

/** A dot layout shared by the caller and the thread that runs it; whoever leaves last frees it. */
struct Job
{
    UnitGraph graph;
    double rankSeparation = 0;
    double nodeSeparation = 0;

    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    bool abandoned = false; ///< the caller was cancelled and left: skip what is left
    UnitLayout result;
};

void set(void *object, const char *name, const QByteArray &value)
{
    agsafeset(object, const_cast<char *>(name), const_cast<char *>(value.constData()), const_cast<char *>(""));
}

QByteArray inches(double points)
{
    return QByteArray::number(points / kPointsPerInch, 'f', 4);
}

bool abandoned(Job &job)
{
    std::lock_guard guard(job.mutex);
    return job.abandoned;
}

/** Runs dot on the job's graph: called with the Graphviz lock held. */
void runDot(Job &job)
{
    UnitLayout &out = job.result;
    GVC_t *gvc = context();
    if (!gvc) {
        out.error = QCoreApplication::translate("tessera::LineageLayout", "Graphviz could not be started.");
        return;
    }
    graphvizMessages().clear();
    agseterrf(collectMessage);
    Agraph_t *g = agopen(const_cast<char *>("lineage"), Agdirected, nullptr);
    set(g, "rankdir", "LR");
    set(g, "ranksep", inches(job.rankSeparation));
    set(g, "nodesep", inches(job.nodeSeparation));
    set(g, "splines", "spline");
    // Declared once: setting a default per object would make cgraph copy strings for each.
    agattr(g, AGNODE, const_cast<char *>("shape"), const_cast<char *>("box"));
    agattr(g, AGNODE, const_cast<char *>("fixedsize"), const_cast<char *>("true"));
    agattr(g, AGNODE, const_cast<char *>("label"), const_cast<char *>(""));
    agattr(g, AGNODE, const_cast<char *>("margin"), const_cast<char *>("0"));
    Agsym_t *width = agattr(g, AGNODE, const_cast<char *>("width"), const_cast<char *>("0.75"));
    Agsym_t *height = agattr(g, AGNODE, const_cast<char *>("height"), const_cast<char *>("0.5"));
    agattr(g, AGEDGE, const_cast<char *>("arrowhead"), const_cast<char *>("none"));

    const std::size_t units = job.graph.sizes.size();
    std::vector<Agnode_t *> nodes(units);
    for (std::size_t i = 0; i < units; ++i) {
        const QByteArray name = "u" + QByteArray::number(static_cast<qulonglong>(i));
        nodes[i] = agnode(g, const_cast<char *>(name.constData()), 1);
        QByteArray w = inches(job.graph.sizes[i].width());
        QByteArray h = inches(job.graph.sizes[i].height());
        agxset(nodes[i], width, w.data());
        agxset(nodes[i], height, h.data());
    }
    std::vector<Agedge_t *> edges(job.graph.edges.size());
    for (std::size_t e = 0; e < edges.size(); ++e) {
        const auto [from, to] = job.graph.edges[e];
        const QByteArray name = "e" + QByteArray::number(static_cast<qulonglong>(e));
        edges[e] = agedge(g, nodes[static_cast<std::size_t>(from)], nodes[static_cast<std::size_t>(to)],
            const_cast<char *>(name.constData()), 1);
    }

    if (gvLayout(gvc, g, "dot") != 0) {
        out.error = QCoreApplication::translate("tessera::LineageLayout", "Graphviz dot failed: %1")
                        .arg(QString::fromUtf8(graphvizMessages().trimmed()));
        agclose(g);
        return;
    }
    if (!abandoned(job)) {
        // Graphviz's y grows upwards; the scene's grows downwards.
        const boxf box = GD_bb(g);
        const auto scene = [&](pointf p) { return QPointF(p.x - box.LL.x, box.UR.y - p.y); };
        out.centres.reserve(units);
        for (Agnode_t *n : nodes) {
            out.centres.push_back(scene(ND_coord(n)));
        }
        out.routes.resize(edges.size());
        out.splines = true;
        for (std::size_t e = 0; e < edges.size(); ++e) {
            const splines *spl = ED_spl(edges[e]);
            auto &route = out.routes[e];
            for (int b = 0; spl && b < spl->size; ++b) {
                const bezier &bz = spl->list[b];
                for (int p = 0; p < bz.size; ++p) {
                    route.push_back(scene(bz.list[p]));
                }
            }
            if (route.size() < 4) {
                continue; // no spline (dot leaves none for some flat edges): the caller draws a line
            }
            // Routes run from the edge's first unit to its second whatever way dot drew them.
            const auto [from, to] = job.graph.edges[e];
            const QPointF a = out.centres[static_cast<std::size_t>(from)];
            const QPointF b = out.centres[static_cast<std::size_t>(to)];
            const auto distance = [](QPointF p, QPointF q) { return QLineF(p, q).length(); };
            if (distance(route.front(), a) + distance(route.back(), b)
                > distance(route.front(), b) + distance(route.back(), a)) {
                std::reverse(route.begin(), route.end());
            }
        }
    }
    gvFreeLayout(gvc, g);
    agclose(g);
    if (!graphvizMessages().isEmpty()) {
        qCDebug(lcGraphviz) << graphvizMessages().trimmed();
    }
}

} // namespace

UnitLayout dotLayout(
    const UnitGraph &graph, double rankSeparation, double nodeSeparation, const std::atomic_bool *cancel)
{
    auto job = std::make_shared<Job>();
    job->graph = graph;
    job->rankSeparation = rankSeparation;
    job->nodeSeparation = nodeSeparation;

    // The layout runs on a thread of its own, which takes the Graphviz lock itself: a caller cancelled while
    // it waits for the lock or while dot runs returns at once.
    std::thread([job] {
        std::unique_lock lock(graphvizLock(), std::defer_lock);
        while (!lock.try_lock_for(kPoll)) {
            if (abandoned(*job)) {
                break;
            }
        }
        if (lock.owns_lock() && !abandoned(*job)) {
            try {
                runDot(*job);
            } catch (...) { // bad_alloc: nothing may escape a thread
                job->result = {};
                job->result.error
                    = QCoreApplication::translate("tessera::LineageLayout", "Graphviz dot ran out of memory.");
            }
        }
        if (lock.owns_lock()) {
            lock.unlock();
        }
        std::lock_guard guard(job->mutex);
        job->finished = true;
        job->done.notify_all();
    }).detach();

    std::unique_lock wait(job->mutex);
    while (!job->finished) {
        if (isCancelled(cancel)) {
            job->abandoned = true;
            UnitLayout out;
            out.cancelled = true;
            return out;
        }
        job->done.wait_for(wait, kPoll);
    }
    return std::move(job->result);
}

} // namespace tessera::lineage::detail
