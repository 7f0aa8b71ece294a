// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "lineage/lineagegraph.h"

#include <QtTest>

#include <map>
#include <set>

using namespace tessera;

namespace {

LineageNode node(const QString &key, LineageNodeKind kind = LineageNodeKind::Dataset)
{
    LineageNode n;
    n.kind = kind;
    n.key = key;
    n.name = key.section(QLatin1Char(':'), 1);
    return n;
}

LineageEdge edge(std::int64_t from, std::int64_t to, const QString &label = {}, const QString &type = {},
    const QString &subtype = {}, int weight = 1)
{
    LineageEdge e;
    e.from = from;
    e.to = to;
    e.label = label;
    e.type = type;
    e.subtype = subtype;
    e.weight = weight;
    return e;
}

} // namespace

/** LineageGraph: nodes by key, edges without duplicates, adjacency both ways, merging. */
class TestLineageGraph : public QObject
{
    Q_OBJECT

private slots:
    void addNodeMergesByKey_data();
    void addNodeMergesByKey();
    void idsAreKeptWhenFree();
    void addEdgeKeepsOne_data();
    void addEdgeKeepsOne();
    void edgesNeedBothEnds();
    void adjacencyBothWays();
    void unknownIdsAndKeys();
    void mergeMatchesByKey();
    void mutableNodeChangesInPlace();
};

void TestLineageGraph::addNodeMergesByKey_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<int>("nodes");
    QTest::addRow("distinct") << QStringList { "dataset:a", "dataset:b", "job:x/y" } << 3;
    QTest::addRow("same key twice") << QStringList { "dataset:a", "dataset:a" } << 1;
    QTest::addRow("same name, other kind") << QStringList { "dataset:a", "product:a" } << 2;
    QTest::addRow("empty keys never merge") << QStringList { "", "", "" } << 3;
    QTest::addRow("mixed") << QStringList { "dataset:a", "", "dataset:a", "" } << 3;
}

void TestLineageGraph::addNodeMergesByKey()
{
    QFETCH(QStringList, keys);
    QFETCH(int, nodes);
    LineageGraph g;
    std::map<QString, std::int64_t> first;
    for (const QString &key : keys) {
        const std::int64_t id = g.addNode(node(key));
        QVERIFY(id > 0);
        if (!key.isEmpty()) {
            const auto [it, added] = first.emplace(key, id);
            QCOMPARE(id, it->second); // the same key gives the same id
            QCOMPARE(g.find(key)->id, id);
        }
        QCOMPARE(g.node(id)->id, id);
    }
    QCOMPARE(int(g.nodeCount()), nodes);
    std::set<std::int64_t> ids;
    for (const LineageNode &n : g.nodes()) {
        QVERIFY(ids.insert(n.id).second);
    }
}

void TestLineageGraph::idsAreKeptWhenFree()
{
    LineageGraph g;
    LineageNode a = node("dataset:a");
    a.id = 42;
    QCOMPARE(g.addNode(a), 42);
    LineageNode b = node("dataset:b");
    b.id = 42; // taken: a new one
    const std::int64_t idB = g.addNode(b);
    QVERIFY(idB != 42);
    QCOMPARE(g.addNode(node("dataset:c")) > 42, true); // new ids never reuse a kept one
    QCOMPARE(g.find("dataset:a")->id, 42);
}

void TestLineageGraph::addEdgeKeepsOne_data()
{
    QTest::addColumn<QString>("label2");
    QTest::addColumn<QString>("type2");
    QTest::addColumn<QString>("subtype2");
    QTest::addColumn<int>("weight2");
    QTest::addColumn<bool>("reverse");
    QTest::addColumn<int>("edges");
    QTest::addRow("equal") << "job"
                           << "DIRECT"
                           << "IDENTITY" << 1 << false << 1;
    QTest::addRow("other weight only") << "job"
                                       << "DIRECT"
                                       << "IDENTITY" << 5 << false << 1;
    QTest::addRow("other label") << "job2"
                                 << "DIRECT"
                                 << "IDENTITY" << 1 << false << 2;
    QTest::addRow("other type") << "job"
                                << "INDIRECT"
                                << "IDENTITY" << 1 << false << 2;
    QTest::addRow("other subtype") << "job"
                                   << "DIRECT"
                                   << "AGGREGATION" << 1 << false << 2;
    QTest::addRow("reversed") << "job"
                              << "DIRECT"
                              << "IDENTITY" << 1 << true << 2;
}

void TestLineageGraph::addEdgeKeepsOne()
{
    QFETCH(QString, label2);
    QFETCH(QString, type2);
    QFETCH(QString, subtype2);
    QFETCH(int, weight2);
    QFETCH(bool, reverse);
    QFETCH(int, edges);
    LineageGraph g;
    const auto a = g.addNode(node("dataset:a"));
    const auto b = g.addNode(node("dataset:b"));
    QVERIFY(g.addEdge(edge(a, b, "job", "DIRECT", "IDENTITY")));
    QVERIFY(g.addEdge(edge(reverse ? b : a, reverse ? a : b, label2, type2, subtype2, weight2)));
    QCOMPARE(int(g.edgeCount()), edges);
    QCOMPARE(g.edges().front().weight, 1); // the first one stays as it was
}

void TestLineageGraph::edgesNeedBothEnds()
{
    LineageGraph g;
    const auto a = g.addNode(node("dataset:a"));
    QVERIFY(!g.addEdge(edge(a, 999)));
    QVERIFY(!g.addEdge(edge(999, a)));
    QCOMPARE(g.edgeCount(), 0u);
    QVERIFY(g.outgoing(a).empty());
}

void TestLineageGraph::adjacencyBothWays()
{
    LineageGraph g;
    const auto a = g.addNode(node("dataset:a"));
    const auto j = g.addNode(node("job:ns/j", LineageNodeKind::Job));
    const auto b = g.addNode(node("dataset:b"));
    const auto c = g.addNode(node("dataset:c"));
    g.addEdge(edge(a, j));
    g.addEdge(edge(j, b));
    g.addEdge(edge(j, c));
    g.addEdge(edge(a, a)); // a loop is an edge like any other
    QCOMPARE(g.outgoing(j).size(), 2u);
    QCOMPARE(g.incoming(j).size(), 1u);
    QCOMPARE(g.outgoing(a).size(), 2u);
    QCOMPARE(g.incoming(a).size(), 1u);
    for (std::size_t index : g.outgoing(j)) {
        QCOMPARE(g.edges()[index].from, j);
    }
    for (std::size_t index : g.incoming(b)) {
        QCOMPARE(g.edges()[index].to, b);
    }
    QVERIFY(g.outgoing(b).empty());
}

void TestLineageGraph::unknownIdsAndKeys()
{
    LineageGraph g;
    g.addNode(node("dataset:a"));
    QVERIFY(!g.node(0));
    QVERIFY(!g.node(77));
    QVERIFY(!g.mutableNode(77));
    QVERIFY(!g.find("dataset:zzz"));
    QVERIFY(g.incoming(77).empty());
    QVERIFY(g.outgoing(77).empty());
}

void TestLineageGraph::mergeMatchesByKey()
{
    LineageGraph g;
    const auto a = g.addNode(node("dataset:a"));
    const auto b = g.addNode(node("dataset:b"));
    g.addEdge(edge(a, b, "j"));

    LineageGraph other;
    LineageNode b2 = node("dataset:b");
    b2.domain = "finance"; // b had none: it gains it
    b2.name = "other name"; // b had one: it keeps its own
    const auto ob = other.addNode(b2);
    const auto oc = other.addNode(node("dataset:c"));
    LineageNode column = node("column:c#x", LineageNodeKind::Column);
    column.parent = oc;
    const auto ox = other.addNode(column);
    other.addEdge(edge(ob, oc, "k"));
    other.addEdge(edge(oc, ox));
    LineageGraph copy = other;
    copy.merge(g); // ids of `g` clash with those of `other`: they must be translated
    g.merge(other);
    g.merge(other); // merging twice changes nothing

    QCOMPARE(g.nodeCount(), 4u);
    QCOMPARE(g.edgeCount(), 3u);
    QCOMPARE(g.find("dataset:b")->id, b);
    QCOMPARE(g.find("dataset:b")->domain, QString("finance"));
    QCOMPARE(g.find("dataset:b")->name, QString("b"));
    const LineageNode *c = g.find("dataset:c");
    const LineageNode *x = g.find("column:c#x");
    QVERIFY(c && x);
    QCOMPARE(x->parent, c->id);
    std::set<std::pair<QString, QString>> edges;
    for (const LineageEdge &e : g.edges()) {
        edges.emplace(g.node(e.from)->key, g.node(e.to)->key);
    }
    const std::set<std::pair<QString, QString>> expected { { "dataset:a", "dataset:b" }, { "dataset:b", "dataset:c" },
        { "dataset:c", "column:c#x" } };
    QCOMPARE(edges, expected);
    QCOMPARE(copy.nodeCount(), 4u);
    QCOMPARE(copy.edgeCount(), 3u);
    QCOMPARE(copy.find("column:c#x")->parent, copy.find("dataset:c")->id);
}

void TestLineageGraph::mutableNodeChangesInPlace()
{
    LineageGraph g;
    const auto a = g.addNode(node("dataset:a"));
    g.mutableNode(a)->slaBreached = true;
    QVERIFY(g.node(a)->slaBreached);
    QVERIFY(g.find("dataset:a")->slaBreached);
}

QTEST_GUILESS_MAIN(TestLineageGraph)
#include "tst_lineagegraph.moc"
