// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "lineage/layoutengines.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <deque>
#include <limits>
#include <numeric>
#include <unordered_set>

namespace tessera::lineage::detail {

namespace {

/**
 * One layered layout. Terms follow Sugiyama and Brandes–Köpf, turned on their side: a layer is a
 * column (x), and the order within a layer runs down (y). A node's "size" is its extent along the
 * layer (its height); its "thickness" its extent across (its width).
 */
class Layered
{
public:
    Layered(const UnitGraph &graph, double rankSeparation, double nodeSeparation, const std::atomic_bool *cancel)
        : m_graph(graph)
        , m_rankSeparation(rankSeparation)
        , m_nodeSeparation(nodeSeparation)
        , m_cancel(cancel)
        , m_units(static_cast<int>(graph.sizes.size()))
    { }

    UnitLayout run()
    {
        UnitLayout out;
        if (m_units == 0) {
            return out;
        }
        // Each phase is linear or close to it; between them (and inside the longer ones) a cancel is seen.
        for (const auto phase : { &Layered::breakCycles, &Layered::assignLayers, &Layered::addDummies,
                 &Layered::initialOrder, &Layered::minimiseCrossings, &Layered::assignCoordinates }) {
            if (isCancelled(m_cancel) || !(this->*phase)()) {
                out.cancelled = true;
                return out;
            }
        }
        return result();
    }

private:
    // ---- cycles ------------------------------------------------------------------------------------------

    /** Reverses the back edges of a depth-first search that starts from the sources. */
    bool breakCycles()
    {
        const auto &edges = m_graph.edges;
        m_out.assign(static_cast<std::size_t>(m_units), {});
        std::vector<int> indegree(static_cast<std::size_t>(m_units), 0);
        for (std::size_t e = 0; e < edges.size(); ++e) {
            m_out[static_cast<std::size_t>(edges[e].first)].push_back(static_cast<int>(e));
            ++indegree[static_cast<std::size_t>(edges[e].second)];
        }
        m_reversed.assign(edges.size(), false);
        std::vector<char> state(static_cast<std::size_t>(m_units), 0); // 0 new, 1 on the stack, 2 done
        std::vector<int> roots;
        for (int v = 0; v < m_units; ++v) {
            if (indegree[static_cast<std::size_t>(v)] == 0) {
                roots.push_back(v);
            }
        }
        for (int v = 0; v < m_units; ++v) {
            roots.push_back(v); // what a cycle keeps from having a source
        }
        std::vector<std::pair<int, std::size_t>> stack;
        for (int root : roots) {
            if (state[static_cast<std::size_t>(root)] != 0) {
                continue;
            }
            state[static_cast<std::size_t>(root)] = 1;
            stack.emplace_back(root, 0);
            while (!stack.empty()) {
                auto &[v, next] = stack.back();
                const auto &out = m_out[static_cast<std::size_t>(v)];
                if (next < out.size()) {
                    const int e = out[next++];
                    const int w = edges[static_cast<std::size_t>(e)].second;
                    if (state[static_cast<std::size_t>(w)] == 0) {
                        state[static_cast<std::size_t>(w)] = 1;
                        stack.emplace_back(w, 0);
                    } else if (state[static_cast<std::size_t>(w)] == 1) {
                        m_reversed[static_cast<std::size_t>(e)] = true;
                    }
                } else {
                    state[static_cast<std::size_t>(v)] = 2;
                    stack.pop_back();
                }
            }
        }
        m_dagOut.assign(static_cast<std::size_t>(m_units), {});
        m_dagIn.assign(static_cast<std::size_t>(m_units), {});
        for (std::size_t e = 0; e < edges.size(); ++e) {
            const auto [a, b] = dagEnds(e);
            m_dagOut[static_cast<std::size_t>(a)].push_back(b);
            m_dagIn[static_cast<std::size_t>(b)].push_back(a);
        }
        return true;
    }

    std::pair<int, int> dagEnds(std::size_t e) const
    {
        const auto &edge = m_graph.edges[e];
        return m_reversed[e] ? std::pair { edge.second, edge.first } : edge;
    }

    // ---- layers ------------------------------------------------------------------------------------------

    /**
     * Longest path from the sources, then every node with more edges out than in moves right, next to its
     * nearest successor (a source feeding a deep job otherwise leaves a long edge across the drawing).
     */
    bool assignLayers()
    {
        std::vector<int> indegree(static_cast<std::size_t>(m_units), 0);
        for (int v = 0; v < m_units; ++v) {
            indegree[static_cast<std::size_t>(v)] = static_cast<int>(m_dagIn[static_cast<std::size_t>(v)].size());
        }
        std::vector<int> order;
        order.reserve(static_cast<std::size_t>(m_units));
        for (int v = 0; v < m_units; ++v) {
            if (indegree[static_cast<std::size_t>(v)] == 0) {
                order.push_back(v);
            }
        }
        m_layer.assign(static_cast<std::size_t>(m_units), 0);
        for (std::size_t i = 0; i < order.size(); ++i) {
            const int v = order[i];
            for (int w : m_dagOut[static_cast<std::size_t>(v)]) {
                auto &lw = m_layer[static_cast<std::size_t>(w)];
                lw = std::max(lw, m_layer[static_cast<std::size_t>(v)] + 1);
                if (--indegree[static_cast<std::size_t>(w)] == 0) {
                    order.push_back(w);
                }
            }
        }
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            const int v = *it;
            const auto &out = m_dagOut[static_cast<std::size_t>(v)];
            if (out.empty() || out.size() <= m_dagIn[static_cast<std::size_t>(v)].size()) {
                continue;
            }
            int nearest = std::numeric_limits<int>::max();
            for (int w : out) {
                nearest = std::min(nearest, m_layer[static_cast<std::size_t>(w)]);
            }
            m_layer[static_cast<std::size_t>(v)] = std::max(m_layer[static_cast<std::size_t>(v)], nearest - 1);
        }
        // Drop layers nothing is left in.
        int top = 0;
        for (int l : m_layer) {
            top = std::max(top, l);
        }
        std::vector<int> used(static_cast<std::size_t>(top) + 1, 0);
        for (int l : m_layer) {
            used[static_cast<std::size_t>(l)] = 1;
        }
        std::vector<int> renumber(used.size(), 0);
        int next = 0;
        for (std::size_t l = 0; l < used.size(); ++l) {
            renumber[l] = next;
            next += used[l];
        }
        for (int &l : m_layer) {
            l = renumber[static_cast<std::size_t>(l)];
        }
        m_layerCount = next;
        return true;
    }

    // ---- dummies -----------------------------------------------------------------------------------------

    /** Long edges become chains through one dummy node per layer they cross. */
    bool addDummies()
    {
        m_size.resize(static_cast<std::size_t>(m_units));
        m_thickness.resize(static_cast<std::size_t>(m_units));
        for (int v = 0; v < m_units; ++v) {
            m_size[static_cast<std::size_t>(v)] = m_graph.sizes[static_cast<std::size_t>(v)].height();
            m_thickness[static_cast<std::size_t>(v)] = m_graph.sizes[static_cast<std::size_t>(v)].width();
        }
        m_up.assign(static_cast<std::size_t>(m_units), {});
        m_down.assign(static_cast<std::size_t>(m_units), {});
        m_chains.resize(m_graph.edges.size());
        for (std::size_t e = 0; e < m_graph.edges.size(); ++e) {
            const auto [a, b] = dagEnds(e);
            auto &chain = m_chains[e];
            chain.push_back(a);
            for (int l = m_layer[static_cast<std::size_t>(a)] + 1; l < m_layer[static_cast<std::size_t>(b)]; ++l) {
                const int d = static_cast<int>(m_layer.size());
                m_layer.push_back(l);
                m_size.push_back(0);
                m_thickness.push_back(0);
                m_up.emplace_back();
                m_down.emplace_back();
                chain.push_back(d);
            }
            chain.push_back(b);
            for (std::size_t i = 0; i + 1 < chain.size(); ++i) {
                m_down[static_cast<std::size_t>(chain[i])].push_back(chain[i + 1]);
                m_up[static_cast<std::size_t>(chain[i + 1])].push_back(chain[i]);
            }
        }
        m_total = static_cast<int>(m_layer.size());
        return true;
    }

    bool isDummy(int v) const { return v >= m_units; }

    // ---- order -------------------------------------------------------------------------------------------

    /** Depth-first over both directions, so what hangs together starts together (components stay apart). */
    bool initialOrder()
    {
        m_layers.assign(static_cast<std::size_t>(m_layerCount), {});
        m_pos.assign(static_cast<std::size_t>(m_total), 0);
        std::vector<int> starts(static_cast<std::size_t>(m_units));
        std::iota(starts.begin(), starts.end(), 0);
        std::stable_sort(starts.begin(), starts.end(),
            [&](int a, int b) { return m_layer[static_cast<std::size_t>(a)] < m_layer[static_cast<std::size_t>(b)]; });
        std::vector<char> seen(static_cast<std::size_t>(m_total), 0);
        std::vector<int> stack;
        for (int s : starts) {
            if (seen[static_cast<std::size_t>(s)]) {
                continue;
            }
            seen[static_cast<std::size_t>(s)] = 1;
            stack.push_back(s);
            while (!stack.empty()) {
                const int v = stack.back();
                stack.pop_back();
                auto &layer = m_layers[static_cast<std::size_t>(m_layer[static_cast<std::size_t>(v)])];
                m_pos[static_cast<std::size_t>(v)] = static_cast<int>(layer.size());
                layer.push_back(v);
                for (const auto *list : { &m_up[static_cast<std::size_t>(v)], &m_down[static_cast<std::size_t>(v)] }) {
                    for (auto it = list->rbegin(); it != list->rend(); ++it) {
                        if (!seen[static_cast<std::size_t>(*it)]) {
                            seen[static_cast<std::size_t>(*it)] = 1;
                            stack.push_back(*it);
                        }
                    }
                }
            }
        }
        return true;
    }

    /** Crossings between layer `l` and the next (Barth, Mutzel, Jünger: inversions counted with a tree). */
    std::int64_t crossingsBelow(std::size_t l, std::vector<int> &scratch, std::vector<int> &tree) const
    {
        scratch.clear();
        for (int v : m_layers[l]) {
            const std::size_t first = scratch.size();
            for (int w : m_down[static_cast<std::size_t>(v)]) {
                scratch.push_back(m_pos[static_cast<std::size_t>(w)]);
            }
            std::sort(scratch.begin() + static_cast<std::ptrdiff_t>(first), scratch.end());
        }
        const std::size_t n = m_layers[l + 1].size();
        tree.assign(n + 1, 0);
        std::int64_t crossings = 0;
        std::int64_t seen = 0;
        for (int p : scratch) {
            // Earlier edges that end below p cross this one.
            std::int64_t atOrAbove = 0;
            for (std::size_t i = static_cast<std::size_t>(p) + 1; i > 0; i -= i & (~i + 1)) {
                atOrAbove += tree[i];
            }
            crossings += seen - atOrAbove;
            for (std::size_t i = static_cast<std::size_t>(p) + 1; i <= n; i += i & (~i + 1)) {
                ++tree[i];
            }
            ++seen;
        }
        return crossings;
    }

    std::int64_t crossings() const
    {
        std::vector<int> scratch;
        std::vector<int> tree;
        std::int64_t total = 0;
        for (std::size_t l = 0; l + 1 < m_layers.size() && !isCancelled(m_cancel); ++l) {
            total += crossingsBelow(l, scratch, tree);
        }
        return total;
    }

    /** Sorts one layer by the barycenters of its neighbours in the layer above (`up`) or below. */
    void reorder(std::size_t l, bool up)
    {
        auto &layer = m_layers[l];
        const std::size_t other = up ? l - 1 : l + 1;
        const double otherScale = std::max<std::size_t>(1, m_layers[other].size() - 1);
        const double ownScale = std::max<std::size_t>(1, layer.size() - 1);
        std::vector<std::pair<double, int>> keys;
        keys.reserve(layer.size());
        for (int v : layer) {
            const auto &nb = up ? m_up[static_cast<std::size_t>(v)] : m_down[static_cast<std::size_t>(v)];
            double key = m_pos[static_cast<std::size_t>(v)] / ownScale; // no neighbours: stay where it is
            if (!nb.empty()) {
                double sum = 0;
                for (int w : nb) {
                    sum += m_pos[static_cast<std::size_t>(w)];
                }
                key = sum / static_cast<double>(nb.size()) / otherScale;
            }
            keys.emplace_back(key, v);
        }
        std::stable_sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (std::size_t i = 0; i < keys.size(); ++i) {
            layer[i] = keys[i].second;
            m_pos[static_cast<std::size_t>(keys[i].second)] = static_cast<int>(i);
        }
    }

    /** Barycenter sweeps down and up; the order with the fewest crossings seen wins. False when cancelled. */
    bool minimiseCrossings()
    {
        // Fewer sweeps on big graphs: each one costs a pass over every edge and a sort of every layer.
        const int sweeps = m_total > 20000 ? 6 : (m_total > 5000 ? 8 : 12);
        std::int64_t best = crossings();
        auto bestLayers = m_layers;
        int sinceBest = 0;
        for (int sweep = 0; sweep < sweeps && best > 0; ++sweep) {
            if (isCancelled(m_cancel)) {
                return false;
            }
            if (sweep % 2 == 0) {
                for (std::size_t l = 1; l < m_layers.size() && !isCancelled(m_cancel); ++l) {
                    reorder(l, true);
                }
            } else {
                for (std::size_t l = m_layers.size() - 1; l-- > 0 && !isCancelled(m_cancel);) {
                    reorder(l, false);
                }
            }
            const std::int64_t now = crossings();
            if (now < best) {
                best = now;
                bestLayers = m_layers;
                sinceBest = 0;
            } else if (++sinceBest >= 4) {
                break; // two rounds without a gain: it has settled
            }
        }
        m_layers = std::move(bestLayers);
        for (const auto &layer : m_layers) {
            for (std::size_t i = 0; i < layer.size(); ++i) {
                m_pos[static_cast<std::size_t>(layer[i])] = static_cast<int>(i);
            }
        }
        return !isCancelled(m_cancel);
    }

    // ---- coordinates (Brandes–Köpf) ----------------------------------------------------------------------

    double separation(int a, int b) const
    {
        const double gap = isDummy(a) || isDummy(b) ? m_nodeSeparation / 2 : m_nodeSeparation;
        return (m_size[static_cast<std::size_t>(a)] + m_size[static_cast<std::size_t>(b)]) / 2 + gap;
    }

    static std::uint64_t pairKey(int upper, int lower)
    {
        return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(upper)) << 32)
            | static_cast<std::uint32_t>(lower);
    }

    /** Type 1 conflicts: a non-inner segment crossing an inner one (between two dummies) loses. */
    void markConflicts()
    {
        m_marked.clear();
        for (std::size_t l = 0; l + 1 < m_layers.size(); ++l) {
            const auto &upper = m_layers[l];
            const auto &lower = m_layers[l + 1];
            int k0 = 0;
            std::size_t scan = 0;
            for (std::size_t l1 = 0; l1 < lower.size(); ++l1) {
                const int v = lower[l1];
                int innerAt = -1;
                if (isDummy(v)) {
                    for (int u : m_up[static_cast<std::size_t>(v)]) {
                        if (isDummy(u)) {
                            innerAt = m_pos[static_cast<std::size_t>(u)];
                        }
                    }
                }
                if (l1 + 1 == lower.size() || innerAt >= 0) {
                    const int k1 = innerAt >= 0 ? innerAt : static_cast<int>(upper.size()) - 1;
                    for (; scan <= l1; ++scan) {
                        const int w = lower[scan];
                        for (int u : m_up[static_cast<std::size_t>(w)]) {
                            const int k = m_pos[static_cast<std::size_t>(u)];
                            if ((k < k0 || k > k1) && !(isDummy(u) && isDummy(w))) {
                                m_marked.insert(pairKey(u, w));
                            }
                        }
                    }
                    k0 = k1;
                }
            }
        }
    }

    /** One of the four Brandes–Köpf layouts: aligned towards the layer before (`down`) or after, packed to the top
     * (`left`) or bottom. */
    std::vector<double> align(bool down, bool left) const
    {
        const auto n = static_cast<std::size_t>(m_total);
        std::vector<int> root(n);
        std::vector<int> alignTo(n);
        std::iota(root.begin(), root.end(), 0);
        std::iota(alignTo.begin(), alignTo.end(), 0);
        const int layers = static_cast<int>(m_layers.size());
        std::vector<int> nb;
        for (int step = 1; step < layers; ++step) {
            if (isCancelled(m_cancel)) {
                return {}; // the caller sees the cancel too
            }
            const int l = down ? step : layers - 1 - step;
            const auto &layer = m_layers[static_cast<std::size_t>(l)];
            int r = left ? -1 : std::numeric_limits<int>::max();
            for (std::size_t i = 0; i < layer.size(); ++i) {
                const int v = layer[left ? i : layer.size() - 1 - i];
                nb = down ? m_up[static_cast<std::size_t>(v)] : m_down[static_cast<std::size_t>(v)];
                if (nb.empty()) {
                    continue;
                }
                std::sort(nb.begin(), nb.end(), [&](int a, int b) {
                    return m_pos[static_cast<std::size_t>(a)] < m_pos[static_cast<std::size_t>(b)];
                });
                const std::size_t d = nb.size();
                std::array<std::size_t, 2> medians { (d - 1) / 2, d / 2 };
                if (!left) {
                    std::swap(medians[0], medians[1]);
                }
                for (std::size_t k = 0; k < (medians[0] == medians[1] ? 1u : 2u); ++k) {
                    if (alignTo[static_cast<std::size_t>(v)] != v) {
                        break;
                    }
                    const int u = nb[medians[k]];
                    const int pu = m_pos[static_cast<std::size_t>(u)];
                    const bool conflict = m_marked.count(down ? pairKey(u, v) : pairKey(v, u)) != 0;
                    if (!conflict && (left ? r < pu : r > pu)) {
                        alignTo[static_cast<std::size_t>(u)] = v;
                        root[static_cast<std::size_t>(v)] = root[static_cast<std::size_t>(u)];
                        alignTo[static_cast<std::size_t>(v)] = root[static_cast<std::size_t>(v)];
                        r = pu;
                    }
                }
            }
        }
        // Compaction: blocks (nodes sharing a root) as far up as the blocks above them allow, a longest path
        // through the constraint graph between neighbours in a layer.
        std::vector<std::vector<std::pair<int, double>>> after(n);
        std::vector<int> indegree(n, 0);
        for (const auto &layer : m_layers) {
            for (std::size_t i = 0; i + 1 < layer.size(); ++i) {
                const int a = left ? layer[i] : layer[layer.size() - 1 - i];
                const int b = left ? layer[i + 1] : layer[layer.size() - 2 - i];
                const int ra = root[static_cast<std::size_t>(a)];
                const int rb = root[static_cast<std::size_t>(b)];
                if (ra != rb) {
                    after[static_cast<std::size_t>(ra)].emplace_back(rb, separation(a, b));
                    ++indegree[static_cast<std::size_t>(rb)];
                }
            }
        }
        std::vector<double> x(n, 0);
        std::vector<int> queue;
        for (std::size_t v = 0; v < n; ++v) {
            if (root[v] == static_cast<int>(v) && indegree[v] == 0) {
                queue.push_back(static_cast<int>(v));
            }
        }
        for (std::size_t i = 0; i < queue.size(); ++i) {
            const int a = queue[i];
            for (const auto &[b, gap] : after[static_cast<std::size_t>(a)]) {
                x[static_cast<std::size_t>(b)]
                    = std::max(x[static_cast<std::size_t>(b)], x[static_cast<std::size_t>(a)] + gap);
                if (--indegree[static_cast<std::size_t>(b)] == 0) {
                    queue.push_back(b);
                }
            }
        }
        std::vector<double> out(n);
        for (std::size_t v = 0; v < n; ++v) {
            const double value = x[static_cast<std::size_t>(root[v])];
            out[v] = left ? value : -value;
        }
        return out;
    }

    bool assignCoordinates()
    {
        markConflicts();
        if (isCancelled(m_cancel)) {
            return false;
        }
        std::array<std::vector<double>, 4> layouts;
        std::array<double, 4> low {};
        std::array<double, 4> high {};
        int narrowest = 0;
        for (int k = 0; k < 4; ++k) {
            if (isCancelled(m_cancel)) {
                return false;
            }
            layouts[static_cast<std::size_t>(k)] = align(k < 2, k % 2 == 0);
            if (isCancelled(m_cancel)) {
                return false;
            }
            double lo = std::numeric_limits<double>::max();
            double hi = std::numeric_limits<double>::lowest();
            for (int v = 0; v < m_total; ++v) {
                const double y = layouts[static_cast<std::size_t>(k)][static_cast<std::size_t>(v)];
                lo = std::min(lo, y - m_size[static_cast<std::size_t>(v)] / 2);
                hi = std::max(hi, y + m_size[static_cast<std::size_t>(v)] / 2);
            }
            low[static_cast<std::size_t>(k)] = lo;
            high[static_cast<std::size_t>(k)] = hi;
            if (hi - lo < high[static_cast<std::size_t>(narrowest)] - low[static_cast<std::size_t>(narrowest)]) {
                narrowest = k;
            }
        }
        // Align the four to the narrowest (top-packed ones by their tops, bottom-packed by their bottoms),
        // then take the mean of the two middle values per node.
        for (int k = 0; k < 4; ++k) {
            const double shift = k % 2 == 0
                ? low[static_cast<std::size_t>(narrowest)] - low[static_cast<std::size_t>(k)]
                : high[static_cast<std::size_t>(narrowest)] - high[static_cast<std::size_t>(k)];
            for (double &y : layouts[static_cast<std::size_t>(k)]) {
                y += shift;
            }
        }
        m_y.assign(static_cast<std::size_t>(m_total), 0);
        for (std::size_t v = 0; v < static_cast<std::size_t>(m_total); ++v) {
            std::array<double, 4> values { layouts[0][v], layouts[1][v], layouts[2][v], layouts[3][v] };
            std::sort(values.begin(), values.end());
            m_y[v] = (values[1] + values[2]) / 2;
        }
        // The balanced mean can bring two neighbours closer than they may be: push apart, in layer order.
        for (const auto &layer : m_layers) {
            for (std::size_t i = 1; i < layer.size(); ++i) {
                const int a = layer[i - 1];
                const int b = layer[i];
                const double least = m_y[static_cast<std::size_t>(a)] + separation(a, b);
                if (m_y[static_cast<std::size_t>(b)] < least) {
                    m_y[static_cast<std::size_t>(b)] = least;
                }
            }
        }
        return true;
    }

    // ---- result ------------------------------------------------------------------------------------------

    UnitLayout result() const
    {
        UnitLayout out;
        // Layers left to right, each as thick as its thickest node, rankSeparation apart.
        std::vector<double> centreX(m_layers.size(), 0);
        double x = 0;
        for (std::size_t l = 0; l < m_layers.size(); ++l) {
            double thickness = 0;
            for (int v : m_layers[l]) {
                thickness = std::max(thickness, m_thickness[static_cast<std::size_t>(v)]);
            }
            centreX[l] = x + thickness / 2;
            x += thickness + m_rankSeparation;
        }
        double top = std::numeric_limits<double>::max();
        for (int v = 0; v < m_total; ++v) {
            top = std::min(top, m_y[static_cast<std::size_t>(v)] - m_size[static_cast<std::size_t>(v)] / 2);
        }
        const auto point = [&](int v) {
            return QPointF(centreX[static_cast<std::size_t>(m_layer[static_cast<std::size_t>(v)])],
                m_y[static_cast<std::size_t>(v)] - top);
        };
        out.centres.reserve(static_cast<std::size_t>(m_units));
        for (int v = 0; v < m_units; ++v) {
            out.centres.push_back(point(v));
        }
        out.routes.resize(m_graph.edges.size());
        for (std::size_t e = 0; e < m_graph.edges.size(); ++e) {
            auto &route = out.routes[e];
            for (int v : m_chains[e]) {
                route.push_back(point(v));
            }
            if (m_reversed[e]) {
                std::reverse(route.begin(), route.end());
            }
            const auto [from, to] = m_graph.edges[e];
            // Leave from the side that faces the way the edge goes, arrive on the side it comes from.
            const double fromHalf = m_thickness[static_cast<std::size_t>(from)] / 2;
            const double toHalf = m_thickness[static_cast<std::size_t>(to)] / 2;
            const double direction = m_reversed[e] ? -1 : 1;
            route.front().rx() += direction * fromHalf;
            route.back().rx() -= direction * toHalf;
        }
        return out;
    }

    const UnitGraph &m_graph;
    double m_rankSeparation;
    double m_nodeSeparation;
    const std::atomic_bool *m_cancel;
    int m_units = 0; ///< real nodes: 0 .. m_units - 1; dummies after
    int m_total = 0;
    int m_layerCount = 0;
    std::vector<std::vector<int>> m_out; ///< edge indices out of each unit
    std::vector<bool> m_reversed;
    std::vector<std::vector<int>> m_dagOut, m_dagIn;
    std::vector<int> m_layer;
    std::vector<double> m_size, m_thickness;
    std::vector<std::vector<int>> m_up, m_down;
    std::vector<std::vector<int>> m_chains; ///< per edge: its nodes, first layer to last
    std::vector<std::vector<int>> m_layers;
    std::vector<int> m_pos;
    std::unordered_set<std::uint64_t> m_marked;
    std::vector<double> m_y;
};

} // namespace

UnitLayout layeredLayout(
    const UnitGraph &graph, double rankSeparation, double nodeSeparation, const std::atomic_bool *cancel)
{
    return Layered(graph, rankSeparation, nodeSeparation, cancel).run();
}

} // namespace tessera::lineage::detail
