// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "lineage/lineagealgorithms.h"

#include <QCoreApplication>

#include <algorithm>
#include <deque>
#include <map>
#include <numeric>
#include <unordered_set>

namespace tessera::lineage {

namespace {

bool isJob(const LineageNode *node)
{
    return node && node->kind == LineageNodeKind::Job;
}

/**
 * Distances one way from `start`, 0-1 breadth-first: arriving anywhere costs a step, except leaving a job
 * (that is not a start) for a node that is not a job, so input → job → output is one step and the job
 * sits at its outputs' distance. Nodes farther than `limit` are not visited.
 */
std::unordered_map<std::int64_t, int> distances(
    const LineageGraph &graph, const std::unordered_set<std::int64_t> &start, bool down, int limit)
{
    std::unordered_map<std::int64_t, int> dist;
    std::deque<std::pair<std::int64_t, int>> queue;
    for (std::int64_t s : start) {
        dist.emplace(s, 0);
        queue.emplace_back(s, 0);
    }
    while (!queue.empty()) {
        const auto [u, d] = queue.front();
        queue.pop_front();
        if (d > dist[u]) {
            continue; // a shorter way was found after this entry was queued
        }
        const LineageNode *from = graph.node(u);
        const bool leavingJob = isJob(from) && start.count(u) == 0;
        for (std::size_t index : down ? graph.outgoing(u) : graph.incoming(u)) {
            const LineageEdge &e = graph.edges()[index];
            const std::int64_t v = down ? e.to : e.from;
            const int cost = leavingJob && !isJob(graph.node(v)) ? 0 : 1;
            const int next = d + cost;
            if (next > limit) {
                continue;
            }
            const auto it = dist.find(v);
            if (it == dist.end() || next < it->second) {
                dist[v] = next;
                if (cost == 0) {
                    queue.emplace_front(v, next);
                } else {
                    queue.emplace_back(v, next);
                }
            }
        }
    }
    return dist;
}

bool byName(const LineageNode *a, const LineageNode *b)
{
    const int c = QString::compare(a->name, b->name, Qt::CaseInsensitive);
    if (c != 0) {
        return c < 0;
    }
    return a->key != b->key ? a->key < b->key : a->id < b->id;
}

/** "a, b, c" or "a, b, c, …": job names kept on a folded edge. */
QString joinNames(const std::set<QString> &names)
{
    QStringList out;
    for (const QString &n : names) {
        if (out.size() == 3) {
            out << QStringLiteral("…");
            break;
        }
        out << n;
    }
    return out.join(QStringLiteral(", "));
}

/** Each non-job node's paths through jobs to the next non-job nodes: (from, to, job names on the way). */
struct JobHop
{
    std::int64_t from = 0;
    std::int64_t to = 0;
    QString jobs;
};

std::vector<JobHop> hopsThroughJobs(const LineageGraph &graph)
{
    std::vector<JobHop> out;
    for (const LineageNode &n : graph.nodes()) {
        if (n.kind == LineageNodeKind::Job) {
            continue;
        }
        // Depth-first through chains of jobs (one job between two datasets is the usual case).
        std::vector<std::pair<std::int64_t, QStringList>> stack;
        std::unordered_set<std::int64_t> seen;
        for (std::size_t index : graph.outgoing(n.id)) {
            const LineageEdge &e = graph.edges()[index];
            if (isJob(graph.node(e.to))) {
                if (seen.insert(e.to).second) {
                    stack.emplace_back(e.to, QStringList { graph.node(e.to)->name });
                }
            }
        }
        while (!stack.empty()) {
            auto [job, names] = std::move(stack.back());
            stack.pop_back();
            for (std::size_t index : graph.outgoing(job)) {
                const LineageEdge &e = graph.edges()[index];
                const LineageNode *next = graph.node(e.to);
                if (isJob(next)) {
                    if (seen.insert(e.to).second) {
                        stack.emplace_back(e.to, names + QStringList { next->name });
                    }
                } else {
                    out.push_back({ n.id, e.to, names.join(QStringLiteral(" → ")) });
                }
            }
        }
    }
    return out;
}

} // namespace

std::unordered_map<std::int64_t, int> reach(
    const LineageGraph &graph, const std::vector<std::int64_t> &start, int upstream, int downstream)
{
    std::unordered_set<std::int64_t> starts;
    for (std::int64_t s : start) {
        if (graph.node(s)) {
            starts.insert(s);
        }
    }
    std::unordered_map<std::int64_t, int> out;
    for (std::int64_t s : starts) {
        out.emplace(s, 0);
    }
    for (const bool down : { true, false }) {
        const int limit = down ? downstream : upstream;
        if (limit <= 0) {
            continue;
        }
        for (const auto &[id, d] : distances(graph, starts, down, limit)) {
            if (d == 0 && starts.count(id)) {
                continue;
            }
            const int signedDistance = down ? d : -d;
            // On a cycle a node is both up- and downstream: the nearer side wins, downstream on a tie.
            const auto it = out.find(id);
            if (it == out.end()) {
                out.emplace(id, signedDistance);
            } else if (std::abs(signedDistance) < std::abs(it->second)) {
                it->second = signedDistance;
            }
        }
    }
    return out;
}

LineageGraph subgraph(const LineageGraph &graph, const std::set<std::int64_t> &nodes)
{
    LineageGraph out;
    for (const LineageNode &n : graph.nodes()) {
        if (nodes.count(n.id)) {
            LineageNode copy = n;
            if (copy.parent != 0 && nodes.count(copy.parent) == 0) {
                copy.parent = 0;
            }
            out.addNode(std::move(copy));
        }
    }
    for (const LineageEdge &e : graph.edges()) {
        if (nodes.count(e.from) && nodes.count(e.to)) {
            out.addEdge(e);
        }
    }
    return out;
}

std::vector<std::int64_t> shortestPath(const LineageGraph &graph, std::int64_t from, std::int64_t to)
{
    if (!graph.node(from) || !graph.node(to)) {
        return {};
    }
    if (from == to) {
        return { from };
    }
    enum class Way { Along, Against, Either };
    for (const Way way : { Way::Along, Way::Against, Way::Either }) {
        std::unordered_map<std::int64_t, std::int64_t> previous { { from, from } };
        std::deque<std::int64_t> queue { from };
        bool found = false;
        while (!queue.empty() && !found) {
            const std::int64_t u = queue.front();
            queue.pop_front();
            const auto visit = [&](std::int64_t v) {
                if (previous.emplace(v, u).second) {
                    found = found || v == to;
                    queue.push_back(v);
                }
            };
            if (way != Way::Against) {
                for (std::size_t index : graph.outgoing(u)) {
                    visit(graph.edges()[index].to);
                }
            }
            if (way != Way::Along) {
                for (std::size_t index : graph.incoming(u)) {
                    visit(graph.edges()[index].from);
                }
            }
        }
        if (found) {
            std::vector<std::int64_t> path { to };
            while (path.back() != from) {
                path.push_back(previous.at(path.back()));
            }
            std::reverse(path.begin(), path.end());
            return path;
        }
    }
    return {};
}

std::vector<ImpactEntry> impact(const LineageGraph &graph, std::int64_t start)
{
    return impact(graph, std::vector<std::int64_t> { start });
}

std::vector<ImpactEntry> impact(const LineageGraph &graph, const std::vector<std::int64_t> &starts)
{
    std::unordered_set<std::int64_t> known;
    for (std::int64_t id : starts) {
        if (graph.node(id)) {
            known.insert(id);
        }
    }
    if (known.empty()) {
        return {};
    }
    const auto dist = distances(graph, known, true, std::numeric_limits<int>::max() - 1);
    std::vector<ImpactEntry> out;
    std::map<QString, ImpactEntry> products; // product id → its entry, at its nearest dataset's degree
    for (const auto &[id, degree] : dist) {
        const LineageNode *n = graph.node(id);
        if (known.count(id)) {
            continue;
        }
        if (n->kind == LineageNodeKind::Dataset) {
            out.push_back(
                { LineageNodeKind::Dataset, n->key, n->name, degree, n->product, n->owner, n->contract, n->domain });
            if (!n->product.isEmpty()) {
                auto [it, added] = products.try_emplace(n->product,
                    ImpactEntry { LineageNodeKind::Product, QStringLiteral("product:") + n->product,
                        n->productName.isEmpty() ? n->product : n->productName, degree, n->product, n->owner, {},
                        n->domain });
                if (!added && degree < it->second.degree) {
                    it->second.degree = degree;
                }
            }
        } else if (n->kind == LineageNodeKind::Product) {
            const QString product = n->product.isEmpty() ? n->key.mid(8) : n->product;
            auto [it, added] = products.try_emplace(product,
                ImpactEntry { LineageNodeKind::Product, n->key, n->name, degree, product, n->owner, {}, n->domain });
            if (!added) {
                it->second.degree = std::min(it->second.degree, degree);
                it->second.key = n->key;
                it->second.name = n->name;
            }
        }
    }
    // A start's own product is listed only when another of its datasets lies downstream of a start.
    for (auto &[id, entry] : products) {
        out.push_back(std::move(entry));
    }
    std::sort(out.begin(), out.end(), [](const ImpactEntry &a, const ImpactEntry &b) {
        if (a.degree != b.degree) {
            return a.degree < b.degree;
        }
        if (a.kind != b.kind) {
            return a.kind == LineageNodeKind::Dataset;
        }
        const int c = QString::compare(a.name, b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.key < b.key;
    });
    return out;
}

LineageGraph rollUp(const LineageGraph &graph, RollUp level)
{
    LineageGraph out;
    std::unordered_map<std::int64_t, std::int64_t> group; // node → folded node in `out`
    std::unordered_map<std::int64_t, std::set<QString>> statuses; // folded node → its members' statuses
    for (const LineageNode &n : graph.nodes()) {
        LineageNode folded;
        switch (n.kind) {
        case LineageNodeKind::Job:
        case LineageNodeKind::Column:
        case LineageNodeKind::Bundle:
            continue; // jobs become edge labels; columns and bundles have no place one level up
        case LineageNodeKind::Domain:
        case LineageNodeKind::System:
            folded = n;
            folded.id = 0;
            folded.folded = 0;
            break;
        case LineageNodeKind::Dataset:
        case LineageNodeKind::Product: {
            const QString product
                = n.kind == LineageNodeKind::Product && n.product.isEmpty() ? n.key.mid(8) : n.product;
            if (level == RollUp::Domain && !n.domain.isEmpty()) {
                folded.kind = LineageNodeKind::Domain;
                folded.key = QStringLiteral("domain:") + n.domain;
                folded.name = n.domain;
                folded.domain = n.domain;
            } else if (!product.isEmpty()) {
                folded.kind = LineageNodeKind::Product;
                folded.key = QStringLiteral("product:") + product;
                folded.name
                    = n.productName.isEmpty() ? (n.kind == LineageNodeKind::Product ? n.name : product) : n.productName;
                folded.domain = n.domain;
                folded.product = product;
                folded.productName = folded.name;
                folded.owner = n.owner;
            } else {
                folded.kind = LineageNodeKind::System;
                folded.key = QStringLiteral("system:") + n.namespaceName;
                folded.name = n.namespaceName;
                folded.namespaceName = n.namespaceName;
                folded.domain = level == RollUp::Domain ? QString() : n.domain;
            }
            break;
        }
        }
        const std::int64_t id = out.addNode(folded);
        LineageNode *target = out.mutableNode(id);
        if (target->key != n.key) {
            if (n.kind == LineageNodeKind::Dataset) {
                ++target->folded;
            } else {
                target->folded += std::max(0, n.folded);
            }
            target->slaBreached = target->slaBreached || n.slaBreached;
            if (target->owner.isEmpty()) {
                target->owner = n.owner;
            }
            statuses[id].insert(n.status);
        }
        group.emplace(n.id, id);
    }
    // A folded node shows its members' status when they all share one (a retired product's datasets).
    for (const auto &[id, set] : statuses) {
        if (set.size() == 1) {
            out.mutableNode(id)->status = *set.begin();
        }
    }

    // Every member edge, once: direct edges and input → job(s) → output paths, each with its jobs.
    struct Folded
    {
        int weight = 0;
        std::set<QString> jobs;
    };
    std::map<std::pair<std::int64_t, std::int64_t>, Folded> folded;
    std::set<std::tuple<std::int64_t, std::int64_t, QString>> seen;
    const auto add = [&](std::int64_t from, std::int64_t to, const QString &job, int weight) {
        const auto a = group.find(from);
        const auto b = group.find(to);
        if (a == group.end() || b == group.end() || a->second == b->second) {
            return; // within one folded node, or an end that has no place here
        }
        if (!seen.emplace(from, to, job).second) {
            return;
        }
        Folded &f = folded[{ a->second, b->second }];
        f.weight += weight;
        if (!job.isEmpty()) {
            f.jobs.insert(job);
        }
    };
    for (const LineageEdge &e : graph.edges()) {
        if (!isJob(graph.node(e.from)) && !isJob(graph.node(e.to))) {
            add(e.from, e.to, e.label, std::max(1, e.weight));
        }
    }
    for (const JobHop &hop : hopsThroughJobs(graph)) {
        add(hop.from, hop.to, hop.jobs, 1);
    }
    for (const auto &[ends, f] : folded) {
        LineageEdge edge;
        edge.from = ends.first;
        edge.to = ends.second;
        edge.label = joinNames(f.jobs);
        edge.weight = f.weight;
        out.addEdge(std::move(edge));
    }
    return out;
}

LineageGraph bundleHubs(
    const LineageGraph &graph, int limit, const std::set<QString> &expanded, const std::set<std::int64_t> &anchors)
{
    if (limit < 1) {
        return graph;
    }
    struct Fold
    {
        std::int64_t hub = 0;
        bool down = true;
        std::vector<std::int64_t> members;
    };
    std::vector<Fold> folds;
    std::unordered_set<std::size_t> foldedEdges;
    for (const LineageNode &hub : graph.nodes()) {
        for (const bool down : { true, false }) {
            const QString side = hub.key + (down ? QStringLiteral(":down") : QStringLiteral(":up"));
            if (expanded.count(side) || expanded.count(QStringLiteral("bundle:") + side)) {
                continue;
            }
            const auto &edges = down ? graph.outgoing(hub.id) : graph.incoming(hub.id);
            if (static_cast<int>(edges.size()) <= limit) {
                continue; // fewer edges than the limit: fewer neighbours too
            }
            std::vector<const LineageNode *> neighbours;
            std::unordered_set<std::int64_t> distinct;
            for (std::size_t index : edges) {
                const LineageEdge &e = graph.edges()[index];
                const std::int64_t other = down ? e.to : e.from;
                if (other != hub.id && distinct.insert(other).second) {
                    neighbours.push_back(graph.node(other));
                }
            }
            if (static_cast<int>(neighbours.size()) <= limit) {
                continue;
            }
            std::sort(neighbours.begin(), neighbours.end(), byName);
            Fold fold { hub.id, down, {} };
            std::unordered_set<std::int64_t> members;
            for (std::size_t i = static_cast<std::size_t>(limit); i < neighbours.size(); ++i) {
                fold.members.push_back(neighbours[i]->id);
                members.insert(neighbours[i]->id);
            }
            for (std::size_t index : edges) {
                const LineageEdge &e = graph.edges()[index];
                if (members.count(down ? e.to : e.from)) {
                    foldedEdges.insert(index);
                }
            }
            folds.push_back(std::move(fold));
        }
    }
    if (folds.empty()) {
        return graph;
    }

    // Without the folded edges, what still hangs together with a hub stays; what only hung on a hub through
    // a folded edge goes (with whatever lies beyond it). Parts of the graph without hubs are not touched.
    std::unordered_map<std::int64_t, std::int64_t> component;
    {
        std::vector<std::int64_t> parent;
        std::unordered_map<std::int64_t, std::size_t> index;
        for (const LineageNode &n : graph.nodes()) {
            index.emplace(n.id, parent.size());
            parent.push_back(static_cast<std::int64_t>(parent.size()));
        }
        const auto root = [&](std::size_t i) {
            while (parent[i] != static_cast<std::int64_t>(i)) {
                parent[i] = parent[static_cast<std::size_t>(parent[i])];
                i = static_cast<std::size_t>(parent[i]);
            }
            return i;
        };
        for (const LineageEdge &e : graph.edges()) {
            parent[root(index[e.from])] = static_cast<std::int64_t>(root(index[e.to]));
        }
        for (const LineageNode &n : graph.nodes()) {
            component.emplace(n.id, static_cast<std::int64_t>(root(index[n.id])));
        }
    }
    std::unordered_set<std::int64_t> hubComponents;
    std::unordered_set<std::int64_t> alive;
    std::deque<std::int64_t> queue;
    for (const Fold &f : folds) {
        hubComponents.insert(component[f.hub]);
        if (alive.insert(f.hub).second) {
            queue.push_back(f.hub);
        }
    }
    for (std::int64_t a : anchors) {
        if (graph.node(a) && alive.insert(a).second) {
            queue.push_back(a);
        }
    }
    while (!queue.empty()) {
        const std::int64_t u = queue.front();
        queue.pop_front();
        for (const bool down : { true, false }) {
            for (std::size_t index : down ? graph.outgoing(u) : graph.incoming(u)) {
                if (foldedEdges.count(index)) {
                    continue;
                }
                const LineageEdge &e = graph.edges()[index];
                const std::int64_t v = down ? e.to : e.from;
                if (alive.insert(v).second) {
                    queue.push_back(v);
                }
            }
        }
    }
    std::set<std::int64_t> keep;
    for (const LineageNode &n : graph.nodes()) {
        if (alive.count(n.id) || hubComponents.count(component[n.id]) == 0) {
            keep.insert(n.id);
        }
    }
    LineageGraph out = subgraph(graph, keep);
    for (const Fold &f : folds) {
        if (!keep.count(f.hub)) {
            continue; // the hub itself is folded into another hub's bundle
        }
        int hidden = 0;
        for (std::int64_t m : f.members) {
            hidden += keep.count(m) ? 0 : 1;
        }
        if (hidden == 0) {
            continue; // every member is reachable another way: nothing to bundle
        }
        int edges = 0;
        for (std::size_t index : f.down ? graph.outgoing(f.hub) : graph.incoming(f.hub)) {
            const LineageEdge &e = graph.edges()[index];
            edges += foldedEdges.count(index) && !keep.count(f.down ? e.to : e.from) ? 1 : 0;
        }
        const LineageNode *hub = graph.node(f.hub);
        LineageNode bundle;
        bundle.kind = LineageNodeKind::Bundle;
        bundle.key = QStringLiteral("bundle:") + hub->key + (f.down ? QStringLiteral(":down") : QStringLiteral(":up"));
        bundle.name = QCoreApplication::translate("tessera::lineage", "+%n more", nullptr, hidden);
        bundle.folded = hidden;
        const std::int64_t id = out.addNode(std::move(bundle));
        LineageEdge edge;
        edge.from = f.down ? f.hub : id;
        edge.to = f.down ? id : f.hub;
        edge.weight = edges;
        out.addEdge(std::move(edge));
    }
    return out;
}

LineageGraph withoutJobs(const LineageGraph &graph)
{
    std::set<std::int64_t> keep;
    for (const LineageNode &n : graph.nodes()) {
        if (n.kind != LineageNodeKind::Job) {
            keep.insert(n.id);
        }
    }
    LineageGraph out = subgraph(graph, keep);
    for (const JobHop &hop : hopsThroughJobs(graph)) {
        LineageEdge edge;
        edge.from = hop.from;
        edge.to = hop.to;
        edge.label = hop.jobs;
        out.addEdge(std::move(edge));
    }
    return out;
}

} // namespace tessera::lineage
