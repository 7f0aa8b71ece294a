// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "lineage/lineagegraph.h"

#include <QLoggingCategory>

namespace tessera {

Q_LOGGING_CATEGORY(lcLineageGraph, "tessera.core.lineage")

namespace {

std::uint64_t endsHash(std::int64_t from, std::int64_t to)
{
    // Ids are small and positive; mixing keeps (a, b) and (b, a) apart.
    return static_cast<std::uint64_t>(from) * 0x9E3779B97F4A7C15ULL ^ static_cast<std::uint64_t>(to);
}

const std::vector<std::size_t> &noEdges()
{
    static const std::vector<std::size_t> empty;
    return empty;
}

bool sameEdge(const LineageEdge &a, const LineageEdge &b)
{
    return a.from == b.from && a.to == b.to && a.label == b.label && a.type == b.type && a.subtype == b.subtype;
}

/** Fills the empty text fields of `into` from `from` (a node seen again with more to say). */
void complete(LineageNode &into, const LineageNode &from)
{
    for (auto field : { &LineageNode::name, &LineageNode::domain, &LineageNode::product, &LineageNode::contract,
             &LineageNode::owner, &LineageNode::status, &LineageNode::productName, &LineageNode::namespaceName }) {
        if ((into.*field).isEmpty()) {
            into.*field = from.*field;
        }
    }
    into.slaBreached = into.slaBreached || from.slaBreached;
    // ISO 8601 times of one format compare as text.
    if (from.lastRun > into.lastRun) {
        into.lastRun = from.lastRun;
    }
}

} // namespace

std::int64_t LineageGraph::addNode(LineageNode node)
{
    if (!node.key.isEmpty()) {
        if (const auto it = m_byKey.find(node.key); it != m_byKey.end()) {
            return it->second;
        }
    }
    if (node.id <= 0 || m_byId.count(node.id) != 0) {
        node.id = m_nextId;
    }
    m_nextId = std::max(m_nextId, node.id + 1);
    const std::int64_t id = node.id;
    m_byId.emplace(id, m_nodes.size());
    if (!node.key.isEmpty()) {
        m_byKey.emplace(node.key, id);
    }
    m_nodes.push_back(std::move(node));
    return id;
}

bool LineageGraph::addEdge(LineageEdge edge)
{
    if (m_byId.count(edge.from) == 0 || m_byId.count(edge.to) == 0) {
        qCWarning(lcLineageGraph) << "edge between unknown nodes" << edge.from << edge.to;
        return false;
    }
    const std::uint64_t hash = endsHash(edge.from, edge.to);
    const auto [first, last] = m_edgeIndex.equal_range(hash);
    for (auto it = first; it != last; ++it) {
        if (sameEdge(m_edges[it->second], edge)) {
            return true;
        }
    }
    const std::size_t index = m_edges.size();
    m_edgeIndex.emplace(hash, index);
    m_out[edge.from].push_back(index);
    m_in[edge.to].push_back(index);
    m_edges.push_back(std::move(edge));
    return true;
}

const LineageNode *LineageGraph::node(std::int64_t id) const
{
    const auto it = m_byId.find(id);
    return it == m_byId.end() ? nullptr : &m_nodes[it->second];
}

const LineageNode *LineageGraph::find(const QString &key) const
{
    const auto it = m_byKey.find(key);
    return it == m_byKey.end() ? nullptr : node(it->second);
}

LineageNode *LineageGraph::mutableNode(std::int64_t id)
{
    const auto it = m_byId.find(id);
    return it == m_byId.end() ? nullptr : &m_nodes[it->second];
}

const std::vector<std::size_t> &LineageGraph::incoming(std::int64_t id) const
{
    const auto it = m_in.find(id);
    return it == m_in.end() ? noEdges() : it->second;
}

const std::vector<std::size_t> &LineageGraph::outgoing(std::int64_t id) const
{
    const auto it = m_out.find(id);
    return it == m_out.end() ? noEdges() : it->second;
}

void LineageGraph::merge(const LineageGraph &other)
{
    std::unordered_map<std::int64_t, std::int64_t> ids; // other's id → this graph's id
    ids.reserve(other.nodeCount());
    for (const LineageNode &n : other.nodes()) {
        if (!n.key.isEmpty()) {
            if (const auto it = m_byKey.find(n.key); it != m_byKey.end()) {
                complete(*mutableNode(it->second), n);
                ids.emplace(n.id, it->second);
                continue;
            }
        }
        LineageNode copy = n;
        copy.id = 0; // other's ids mean nothing here, parents included: translated below
        copy.parent = 0;
        ids.emplace(n.id, addNode(std::move(copy)));
    }
    // Parents are ids: translate them once every node has its id here.
    for (const LineageNode &n : other.nodes()) {
        if (n.parent != 0) {
            LineageNode *mine = mutableNode(ids.at(n.id));
            const auto parent = ids.find(n.parent);
            if (mine->parent == 0 && parent != ids.end()) {
                mine->parent = parent->second;
            }
        }
    }
    for (const LineageEdge &e : other.edges()) {
        LineageEdge copy = e;
        copy.from = ids.at(e.from);
        copy.to = ids.at(e.to);
        addEdge(std::move(copy));
    }
}

} // namespace tessera
