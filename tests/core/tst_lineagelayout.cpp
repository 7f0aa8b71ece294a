// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "lineage/lineagealgorithms.h"
#include "lineage/lineagelayout.h"

#include <QElapsedTimer>
#include <QtTest>

#include <random>
#include <thread>

using namespace tessera;

Q_DECLARE_METATYPE(LayoutOptions::Engine)

namespace {

std::int64_t addNode(LineageGraph &g, const QString &name, LineageNodeKind kind = LineageNodeKind::Dataset)
{
    LineageNode n;
    n.kind = kind;
    n.name = name;
    n.key = QStringLiteral("node:") + name;
    return g.addNode(n);
}

void addEdge(LineageGraph &g, std::int64_t from, std::int64_t to)
{
    LineageEdge e;
    e.from = from;
    e.to = to;
    g.addEdge(e);
}

/** "a>b>c d>e": chains of edges between nodes named as written; names starting with "j" are jobs. */
LineageGraph build(const QString &spec)
{
    LineageGraph g;
    for (const QString &chain : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        std::int64_t previous = 0;
        for (const QString &name : chain.split(QLatin1Char('>'))) {
            const std::int64_t id
                = addNode(g, name, name.startsWith(QLatin1Char('j')) ? LineageNodeKind::Job : LineageNodeKind::Dataset);
            if (previous != 0) {
                addEdge(g, previous, id);
            }
            previous = id;
        }
    }
    return g;
}

/**
 * A random layered DAG like a lineage mesh: `layers` layers of datasets with a job in front of each
 * dataset after the first layer, reading 1–3 datasets of earlier layers (mostly the one just before).
 */
LineageGraph randomLineage(int datasets, int layers, std::uint32_t seed)
{
    std::mt19937 random(seed);
    LineageGraph g;
    std::vector<std::vector<std::int64_t>> byLayer(static_cast<std::size_t>(layers));
    for (int i = 0; i < datasets; ++i) {
        const int layer = i % layers;
        const std::int64_t d = addNode(g, QStringLiteral("d%1").arg(i));
        if (layer > 0) {
            const std::int64_t job = addNode(g, QStringLiteral("j%1").arg(i), LineageNodeKind::Job);
            addEdge(g, job, d);
            const int inputs = 1 + static_cast<int>(random() % 3);
            for (int k = 0; k < inputs; ++k) {
                const int from
                    = random() % 4 == 0 ? static_cast<int>(random() % static_cast<unsigned>(layer)) : layer - 1;
                const auto &pool = byLayer[static_cast<std::size_t>(from)];
                if (!pool.empty()) {
                    addEdge(g, pool[random() % pool.size()], job);
                }
            }
        }
        byLayer[static_cast<std::size_t>(layer)].push_back(d);
    }
    return g;
}

/** A dataset graph in column mode: three datasets with columns, column edges between them. */
LineageGraph columnGraph()
{
    LineageGraph g;
    std::vector<std::int64_t> datasets;
    std::vector<std::vector<std::int64_t>> columns(3);
    for (int d = 0; d < 3; ++d) {
        datasets.push_back(addNode(g, QStringLiteral("ds%1").arg(d)));
        for (int c = 0; c < 4; ++c) {
            LineageNode n;
            n.kind = LineageNodeKind::Column;
            n.name = QStringLiteral("c%1").arg(c);
            n.key = QStringLiteral("column:ds%1#c%2").arg(d).arg(c);
            n.parent = datasets.back();
            columns[static_cast<std::size_t>(d)].push_back(g.addNode(n));
        }
    }
    addEdge(g, columns[0][0], columns[1][3]);
    addEdge(g, columns[0][1], columns[1][2]);
    addEdge(g, columns[0][3], columns[1][0]);
    addEdge(g, columns[1][0], columns[2][1]);
    addEdge(g, columns[1][2], columns[2][2]);
    addEdge(g, columns[0][2], columns[2][0]);
    return g;
}

bool isAcyclic(const LineageGraph &g)
{
    std::unordered_map<std::int64_t, int> indegree;
    for (const LineageEdge &e : g.edges()) {
        ++indegree[e.to];
    }
    std::vector<std::int64_t> queue;
    for (const LineageNode &n : g.nodes()) {
        if (indegree[n.id] == 0) {
            queue.push_back(n.id);
        }
    }
    std::size_t seen = 0;
    while (!queue.empty()) {
        const std::int64_t v = queue.back();
        queue.pop_back();
        ++seen;
        for (std::size_t index : g.outgoing(v)) {
            if (--indegree[g.edges()[index].to] == 0) {
                queue.push_back(g.edges()[index].to);
            }
        }
    }
    return seen == g.nodeCount();
}

/** Pairs of cards that overlap (columns are checked against each other, not against their own card). */
QStringList overlaps(const LineageGraph &g, const LayoutResult &layout)
{
    std::vector<std::pair<QRectF, const LineageNode *>> cards;
    for (const LineageNode &n : g.nodes()) {
        cards.emplace_back(layout.nodes.value(n.id), &n);
    }
    std::sort(cards.begin(), cards.end(), [](const auto &a, const auto &b) { return a.first.left() < b.first.left(); });
    QStringList out;
    for (std::size_t i = 0; i < cards.size(); ++i) {
        for (std::size_t k = i + 1; k < cards.size() && cards[k].first.left() < cards[i].first.right(); ++k) {
            const LineageNode *a = cards[i].second;
            const LineageNode *b = cards[k].second;
            if (a->id == b->parent || b->id == a->parent) {
                continue;
            }
            if (cards[i].first.intersected(cards[k].first).isValid()
                && !cards[i].first.intersected(cards[k].first).isEmpty()) {
                out << a->key + QStringLiteral(" / ") + b->key;
            }
        }
    }
    return out;
}

LayoutOptions optionsFor(LayoutOptions::Engine engine)
{
    LayoutOptions options;
    options.engine = engine;
    return options;
}

} // namespace

/** LineageLayout with both engines: every node placed, no overlaps, left to right, cancellable, stable. */
class TestLineageLayout : public QObject
{
    Q_OBJECT

private slots:
    void layout_data();
    void layout();
    void autoPicksAnEngine();
    void columnsStackInTheirCard_data();
    void columnsStackInTheirCard();
    void cancelledBeforeStart_data();
    void cancelledBeforeStart();
    void cancellationReturnsPromptly_data();
    void cancellationReturnsPromptly();
    void dotLayoutsRunOneAtATime();
    void keepPlaces_data();
    void keepPlaces();
    void crossings_data();
    void crossings();
    void treesHaveNoCrossings_data();
    void treesHaveNoCrossings();
    void layeredCrossesLittle();
};

void TestLineageLayout::layout_data()
{
    QTest::addColumn<LayoutOptions::Engine>("engine");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("randomDatasets");
    const std::vector<std::pair<const char *, QString>> graphs { { "single node", "a" },
        { "chain", "a>j1>b>j2>c>j3>d" }, { "diamond", "a>b>d a>c>d d>e" }, { "long edge", "a>b>c>d>e a>e" },
        { "fan", "h>a h>b h>c h>d h>e h>f h>g" }, { "cycle", "a>b>c>a c>d" }, { "self loop", "a>a>b" },
        { "two-cycle", "a>b>a" }, { "disconnected", "a>b c>d e f" }, { "parallel", "a>b a>b" } };
    for (const auto engine : { LayoutOptions::Engine::Dot, LayoutOptions::Engine::Layered }) {
        const char *name = engine == LayoutOptions::Engine::Dot ? "dot" : "layered";
        for (const auto &[title, spec] : graphs) {
            QTest::addRow("%s, %s", name, title) << engine << spec << 0;
        }
        QTest::addRow("%s, random lineage of 300", name) << engine << QString() << 300;
    }
    QTest::addRow("layered, random lineage of 3000") << LayoutOptions::Engine::Layered << QString() << 3000;
}

void TestLineageLayout::layout()
{
    QFETCH(LayoutOptions::Engine, engine);
    QFETCH(QString, spec);
    QFETCH(int, randomDatasets);
    const LineageGraph g = randomDatasets > 0 ? randomLineage(randomDatasets, 8, 7) : build(spec);
    const LayoutResult layout = LineageLayout::run(g, optionsFor(engine));
    QVERIFY2(layout.error.isEmpty(), qPrintable(layout.error));
    QVERIFY(!layout.cancelled);
    QCOMPARE(layout.engine, QString(engine == LayoutOptions::Engine::Dot ? "dot" : "layered"));
    QCOMPARE(layout.splines, engine == LayoutOptions::Engine::Dot);
    // Every node placed, at its size.
    QCOMPARE(std::size_t(layout.nodes.size()), g.nodeCount());
    for (const LineageNode &n : g.nodes()) {
        QVERIFY(layout.nodes.contains(n.id));
        const QRectF r = layout.nodes.value(n.id);
        QVERIFY(r.width() > 0 && r.height() > 0);
        QVERIFY(std::isfinite(r.x()) && std::isfinite(r.y()));
    }
    // No two cards overlap.
    const QStringList overlapping = overlaps(g, layout);
    QVERIFY2(overlapping.isEmpty(), qPrintable(overlapping.mid(0, 5).join(", ")));
    // Every edge has a route, from its source's card to its target's.
    QCOMPARE(layout.edges.size(), g.edgeCount());
    for (std::size_t i = 0; i < g.edgeCount(); ++i) {
        const auto &route = layout.edges[i];
        QVERIFY(route.size() >= 2);
        if (layout.splines) {
            QCOMPARE((route.size() - 1) % 3, 0u);
        }
        const LineageEdge &e = g.edges()[i];
        const auto near = [](QPointF p, const QRectF &r) { return r.adjusted(-2, -2, 2, 2).contains(p); };
        QVERIFY2(near(route.front(), layout.nodes.value(e.from)), qPrintable(QString::number(i)));
        QVERIFY2(near(route.back(), layout.nodes.value(e.to)), qPrintable(QString::number(i)));
    }
    // Upstream left of downstream, when there is no cycle to break.
    if (isAcyclic(g)) {
        for (const LineageEdge &e : g.edges()) {
            QVERIFY(layout.nodes.value(e.from).right() < layout.nodes.value(e.to).left());
        }
    }
}

void TestLineageLayout::autoPicksAnEngine()
{
    const LineageGraph g = randomLineage(40, 4, 3);
    LayoutOptions options;
    options.dotLimit = int(g.nodeCount());
    QCOMPARE(LineageLayout::run(g, options).engine, QString("dot"));
    options.dotLimit = int(g.nodeCount()) - 1;
    QCOMPARE(LineageLayout::run(g, options).engine, QString("layered"));
}

void TestLineageLayout::columnsStackInTheirCard_data()
{
    QTest::addColumn<LayoutOptions::Engine>("engine");
    QTest::addRow("dot") << LayoutOptions::Engine::Dot;
    QTest::addRow("layered") << LayoutOptions::Engine::Layered;
}

void TestLineageLayout::columnsStackInTheirCard()
{
    QFETCH(LayoutOptions::Engine, engine);
    const LineageGraph g = columnGraph();
    LayoutOptions options = optionsFor(engine);
    options.nodeSize
        = [](const LineageNode &n) { return n.kind == LineageNodeKind::Column ? QSizeF(170, 30) : QSizeF(210, 56); };
    const LayoutResult layout = LineageLayout::run(g, options);
    QVERIFY(layout.error.isEmpty());
    QCOMPARE(std::size_t(layout.nodes.size()), g.nodeCount());
    QVERIFY(overlaps(g, layout).isEmpty());
    for (const LineageNode &n : g.nodes()) {
        const QRectF r = layout.nodes.value(n.id);
        if (n.kind == LineageNodeKind::Column) {
            const QRectF card = layout.nodes.value(n.parent);
            QVERIFY(card.contains(r));
            QCOMPARE(r.size(), QSizeF(170, 30));
            QVERIFY(r.top() >= card.top() + 56); // below the card's header
        }
    }
    // Left to right by dataset: ds0's columns feed ds1's and ds2's.
    const auto card = [&](const char *key) { return layout.nodes.value(g.find(QString::fromUtf8(key))->id); };
    QVERIFY(card("node:ds0").right() < card("node:ds1").left());
    QVERIFY(card("node:ds1").right() < card("node:ds2").left());
    for (std::size_t i = 0; i < g.edgeCount(); ++i) {
        QVERIFY(layout.edges[i].size() >= 2);
    }
}

void TestLineageLayout::cancelledBeforeStart_data()
{
    columnsStackInTheirCard_data();
}

void TestLineageLayout::cancelledBeforeStart()
{
    QFETCH(LayoutOptions::Engine, engine);
    const std::atomic_bool cancel { true };
    const LayoutResult layout = LineageLayout::run(randomLineage(200, 5, 1), optionsFor(engine), &cancel);
    QVERIFY(layout.cancelled);
    QVERIFY(layout.nodes.isEmpty());
}

void TestLineageLayout::cancellationReturnsPromptly_data()
{
    QTest::addColumn<LayoutOptions::Engine>("engine");
    QTest::addColumn<int>("datasets");
    // Big enough that either layout takes well over the 30 ms before the cancel.
    QTest::addRow("dot") << LayoutOptions::Engine::Dot << 1500;
    QTest::addRow("layered") << LayoutOptions::Engine::Layered << 30000;
}

void TestLineageLayout::cancellationReturnsPromptly()
{
    QFETCH(LayoutOptions::Engine, engine);
    QFETCH(int, datasets);
    const LineageGraph g = randomLineage(datasets, 12, 5);
    std::atomic_bool cancel { false };
    QElapsedTimer sinceCancel;
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
        sinceCancel.start();
        cancel = true;
    });
    const LayoutResult layout = LineageLayout::run(g, optionsFor(engine), &cancel);
    const qint64 late = sinceCancel.isValid() ? sinceCancel.elapsed() : -1;
    canceller.join();
    QVERIFY2(layout.cancelled, "the layout finished within 30 ms: make the graph bigger");
    QVERIFY(layout.nodes.isEmpty());
    // Promptly: `cancelled` already says it stopped before the end; the time is a loose upper bound only, as
    // this machine may be running other builds and tests at once (a 400 ms bound failed under such load).
    QVERIFY2(late >= 0 && late < 1500, qPrintable(QString::number(late)));
}

void TestLineageLayout::dotLayoutsRunOneAtATime()
{
    // Four threads lay out with dot at once: Graphviz is not thread-safe, so they must queue, and each
    // must still get a whole layout.
    const LineageGraph g = randomLineage(120, 6, 9);
    std::vector<LayoutResult> results(4);
    std::vector<std::thread> threads;
    for (auto &result : results) {
        threads.emplace_back([&] { result = LineageLayout::run(g, optionsFor(LayoutOptions::Engine::Dot)); });
    }
    for (auto &t : threads) {
        t.join();
    }
    for (const auto &result : results) {
        QVERIFY(result.error.isEmpty());
        QCOMPARE(std::size_t(result.nodes.size()), g.nodeCount());
        QCOMPARE(result.nodes, results.front().nodes); // dot is deterministic
    }
}

void TestLineageLayout::keepPlaces_data()
{
    columnsStackInTheirCard_data();
}

void TestLineageLayout::keepPlaces()
{
    QFETCH(LayoutOptions::Engine, engine);
    // What is on screen: a chain. Then a node is expanded: b gets new neighbours on both sides.
    const LineageGraph before = build("a>j1>b>j2>c>j3>d");
    const LayoutResult first = LineageLayout::run(before, optionsFor(engine));
    QHash<QString, QRectF> previous;
    for (const LineageNode &n : before.nodes()) {
        // As the view shows it: moved somewhere on the screen.
        previous.insert(n.key, first.nodes.value(n.id).translated(500, -300));
    }
    LineageGraph after = before;
    after.merge(build("x>jx>b b>jy>y b>jz>z w"));
    LayoutResult next = LineageLayout::run(after, optionsFor(engine));
    LineageLayout::keepPlaces(next, after, previous);
    QCOMPARE(std::size_t(next.nodes.size()), after.nodeCount());
    for (const LineageNode &n : before.nodes()) {
        const QRectF now = next.nodes.value(after.find(n.key)->id);
        QCOMPARE(now.center(), previous.value(n.key).center());
    }
    QVERIFY(overlaps(after, next).isEmpty());
    // New neighbours appear beside b, not across the screen.
    const QRectF b = next.nodes.value(after.find("node:b")->id);
    for (const char *key : { "node:jy", "node:jx" }) {
        const QRectF r = next.nodes.value(after.find(QString::fromUtf8(key))->id);
        QVERIFY2(QLineF(r.center(), b.center()).length() < 1500, key);
    }
    // Routes still join their ends.
    for (std::size_t i = 0; i < after.edgeCount(); ++i) {
        const LineageEdge &e = after.edges()[i];
        const auto &route = next.edges[i];
        QVERIFY(next.nodes.value(e.from).adjusted(-2, -2, 2, 2).contains(route.front()));
        QVERIFY(next.nodes.value(e.to).adjusted(-2, -2, 2, 2).contains(route.back()));
    }
    // Nothing left of the old view: the new layout stands.
    LayoutResult untouched = LineageLayout::run(after, optionsFor(engine));
    const auto copy = untouched.nodes;
    LineageLayout::keepPlaces(untouched, after, { { "node:gone", QRectF(0, 0, 10, 10) } });
    QCOMPARE(untouched.nodes, copy);
}

void TestLineageLayout::crossings_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QStringList>("places"); // "name x y" per node, cards of 10 × 10 centred there
    QTest::addColumn<int>("expected");
    QTest::addRow("parallel") << "a>c b>d" << QStringList { "a 0 0", "b 0 100", "c 200 0", "d 200 100" } << 0;
    QTest::addRow("one crossing") << "a>d b>c" << QStringList { "a 0 0", "b 0 100", "c 200 0", "d 200 100" } << 1;
    QTest::addRow("shared node") << "a>c a>d" << QStringList { "a 0 0", "c 200 0", "d 200 100" } << 0;
    QTest::addRow("K2,2") << "a>c a>d b>c b>d" << QStringList { "a 0 0", "b 0 100", "c 200 0", "d 200 100" } << 1;
    QTest::addRow("K3,3") << "a>x a>y a>z b>x b>y b>z c>x c>y c>z"
                          << QStringList { "a 0 0", "b 0 100", "c 0 200", "x 300 0", "y 300 100", "z 300 200" } << 9;
    QTest::addRow("touching only") << "a>b c>d" << QStringList { "a 0 0", "b 200 0", "c 100 0", "d 100 100" } << 0;
    QTest::addRow("collinear overlap") << "a>b c>d" << QStringList { "a 0 0", "b 200 0", "c 100 0", "d 300 0" } << 0;
    QTest::addRow("far apart") << "a>b c>d" << QStringList { "a 0 0", "b 10 10", "c 500 500", "d 600 400" } << 0;
    QTest::addRow("loop ignored") << "a>a b>c" << QStringList { "a 100 50", "b 0 0", "c 200 100" } << 0;
    QTest::addRow("three lines through a point")
        << "a>b c>d e>f" << QStringList { "a 0 0", "b 200 200", "c 0 200", "d 200 0", "e 0 100", "f 200 100" } << 3;
}

void TestLineageLayout::crossings()
{
    QFETCH(QString, spec);
    QFETCH(QStringList, places);
    QFETCH(int, expected);
    const LineageGraph g = build(spec);
    LayoutResult layout;
    for (const QString &place : places) {
        const QStringList parts = place.split(QLatin1Char(' '));
        const LineageNode *n = g.find(QStringLiteral("node:") + parts[0]);
        QVERIFY(n);
        layout.nodes.insert(n->id, QRectF(parts[1].toDouble() - 5, parts[2].toDouble() - 5, 10, 10));
    }
    QCOMPARE(LineageLayout::crossings(g, layout), expected);
}

void TestLineageLayout::treesHaveNoCrossings_data()
{
    columnsStackInTheirCard_data();
}

void TestLineageLayout::treesHaveNoCrossings()
{
    QFETCH(LayoutOptions::Engine, engine);
    const LineageGraph g = build("r>a>a1 r>b>b1 a>a2>a21 b>b2 r>c>c1 c>c2 a2>a22 b>b3");
    const LayoutResult layout = LineageLayout::run(g, optionsFor(engine));
    QCOMPARE(LineageLayout::crossings(g, layout), 0);
}

void TestLineageLayout::layeredCrossesLittle()
{
    // The layered layout trades crossings for speed: on the same graph it must stay near dot's count.
    const LineageGraph g = randomLineage(400, 6, 11);
    const LayoutResult layered = LineageLayout::run(g, optionsFor(LayoutOptions::Engine::Layered));
    const LayoutResult dot = LineageLayout::run(g, optionsFor(LayoutOptions::Engine::Dot));
    const int ours = LineageLayout::crossings(g, layered);
    const int theirs = LineageLayout::crossings(g, dot);
    qInfo("crossings on %zu nodes: layered %d, dot %d", g.nodeCount(), ours, theirs);
    // Within a small factor of dot's, which spends far longer on them.
    QVERIFY2(ours <= 3 * theirs + 50, qPrintable(QStringLiteral("%1 vs %2").arg(ours).arg(theirs)));
}

QTEST_GUILESS_MAIN(TestLineageLayout)
#include "tst_lineagelayout.moc"
