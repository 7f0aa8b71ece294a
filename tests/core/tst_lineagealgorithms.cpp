// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "lineage/lineagealgorithms.h"

#include <QtTest>

using namespace tessera;

namespace {

/**
 * A graph from a small text: "a>j1>b b>c". Names starting with "j" are jobs, the rest datasets; each
 * "x>y>z" is a chain of edges. Keys are "job:<name>" and "dataset:<name>".
 */
LineageGraph build(const QString &spec)
{
    LineageGraph g;
    const auto add = [&](const QString &name) {
        LineageNode n;
        n.name = name;
        n.kind = name.startsWith(QLatin1Char('j')) ? LineageNodeKind::Job : LineageNodeKind::Dataset;
        n.key = (n.kind == LineageNodeKind::Job ? QStringLiteral("job:") : QStringLiteral("dataset:")) + name;
        return g.addNode(n);
    };
    for (const QString &chain : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList names = chain.split(QLatin1Char('>'));
        std::int64_t previous = add(names.front());
        for (qsizetype i = 1; i < names.size(); ++i) {
            const std::int64_t next = add(names[i]);
            LineageEdge e;
            e.from = previous;
            e.to = next;
            g.addEdge(e);
            previous = next;
        }
    }
    return g;
}

std::int64_t idOf(const LineageGraph &g, const QString &name)
{
    const QString key
        = (name.startsWith(QLatin1Char('j')) ? QStringLiteral("job:") : QStringLiteral("dataset:")) + name;
    const LineageNode *n = g.find(key);
    return n ? n->id : -1;
}

/** "name:distance" sorted by name, space separated. */
QString describe(const LineageGraph &g, const std::unordered_map<std::int64_t, int> &reach)
{
    QStringList out;
    for (const auto &[id, distance] : reach) {
        out << g.node(id)->name + QLatin1Char(':') + QString::number(distance);
    }
    out.sort();
    return out.join(QLatin1Char(' '));
}

QString names(const LineageGraph &g, const std::vector<std::int64_t> &path)
{
    QStringList out;
    for (std::int64_t id : path) {
        out << g.node(id)->name;
    }
    return out.join(QLatin1Char('>'));
}

std::set<QString> edgeSet(const LineageGraph &g)
{
    std::set<QString> out;
    for (const LineageEdge &e : g.edges()) {
        out.insert(g.node(e.from)->key + QStringLiteral(" > ") + g.node(e.to)->key + QStringLiteral(" [") + e.label
            + QStringLiteral("] x") + QString::number(e.weight));
    }
    return out;
}

void setOwnership(LineageGraph &g, const QString &name, const QString &product, const QString &domain,
    const QString &owner = {}, const QString &ns = {})
{
    LineageNode *n = g.mutableNode(idOf(g, name));
    n->product = product;
    n->productName = product.isEmpty() ? QString() : product.toUpper();
    n->domain = domain;
    n->owner = owner;
    n->contract = product.isEmpty() ? QString() : product + QStringLiteral("-contract");
    n->namespaceName = ns;
}

} // namespace

/** The lineage algorithms: reach with exact limits, paths, impact, roll-ups, bundles, hiding jobs. */
class TestLineageAlgorithms : public QObject
{
    Q_OBJECT

private slots:
    void reach_data();
    void reach();
    void reachIgnoresUnknownStarts();
    void shortestPath_data();
    void shortestPath();
    void impact();
    void impactOfProductNodes();
    void subgraphKeepsIdsAndKeys();
    void rollUpToProducts();
    void rollUpToDomains();
    void rollUpLabelsKeepThreeJobs();
    void bundleHubs_data();
    void bundleHubs();
    void bundleKeepsAnchors();
    void withoutJobs_data();
    void withoutJobs();
};

void TestLineageAlgorithms::reach_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QStringList>("start");
    QTest::addColumn<int>("upstream");
    QTest::addColumn<int>("downstream");
    QTest::addColumn<QString>("expected");

    const QString chain = "d0>j1>d1>j2>d2>j3>d3>j4>d4";
    QTest::addRow("chain, start only") << chain << QStringList { "d2" } << 0 << 0 << "d2:0";
    QTest::addRow("chain, one each way") << chain << QStringList { "d2" } << 1 << 1 << "d1:-1 d2:0 d3:1 j2:-1 j3:1";
    QTest::addRow("chain, two down") << chain << QStringList { "d1" } << 0 << 2 << "d1:0 d2:1 d3:2 j2:1 j3:2";
    QTest::addRow("chain, far beyond the ends")
        << chain << QStringList { "d2" } << 50 << 50 << "d0:-2 d1:-1 d2:0 d3:1 d4:2 j1:-2 j2:-1 j3:1 j4:2";
    QTest::addRow("start at a job") << chain << QStringList { "j2" } << 1 << 1 << "d1:-1 d2:1 j2:0";
    QTest::addRow("plain datasets, exact") << "a>b>c>d>e>f>g" << QStringList { "a" } << 0 << 3 << "a:0 b:1 c:2 d:3";
    QTest::addRow("diamond") << "a>b>d a>c>d d>e" << QStringList { "a" } << 0 << 2 << "a:0 b:1 c:1 d:2";
    QTest::addRow("diamond, shortest side")
        << "a>b>c>d>e a>e e>f" << QStringList { "a" } << 0 << 2 << "a:0 b:1 c:2 e:1 f:2";
    QTest::addRow("diamond of jobs") << "s>ja>x>jc>t s>jb>y>jd>t" << QStringList { "t" } << 1 << 0
                                     << "jc:-1 jd:-1 t:0 x:-1 y:-1";
    // A cycle: every node is up- and downstream; the nearer side wins, downstream on a tie.
    QTest::addRow("cycle of two") << "a>j1>b>j2>a" << QStringList { "a" } << 5 << 5 << "a:0 b:1 j1:1 j2:-1";
    QTest::addRow("cycle of three, limited") << "a>b>c>a" << QStringList { "a" } << 1 << 1 << "a:0 b:1 c:-1";
    QTest::addRow("cycle of four") << "a>b>c>d>a" << QStringList { "a" } << 9 << 9 << "a:0 b:1 c:2 d:-1";
    QTest::addRow("self loop") << "a>a>b" << QStringList { "a" } << 3 << 3 << "a:0 b:1";
    QTest::addRow("two starts") << chain << QStringList { "d0", "d4" } << 1 << 1 << "d0:0 d1:1 d3:-1 d4:0 j1:1 j4:-1";
    QTest::addRow("fan out and in") << "s>j>a s>j>b s>j>c a>k>t b>k>t" << QStringList { "s" } << 0 << 1
                                    << "a:1 b:1 c:1 j:1 s:0";
}

void TestLineageAlgorithms::reach()
{
    QFETCH(QString, graph);
    QFETCH(QStringList, start);
    QFETCH(int, upstream);
    QFETCH(int, downstream);
    QFETCH(QString, expected);
    const LineageGraph g = build(graph);
    std::vector<std::int64_t> ids;
    for (const QString &s : start) {
        ids.push_back(idOf(g, s));
    }
    QCOMPARE(describe(g, lineage::reach(g, ids, upstream, downstream)), expected);
}

void TestLineageAlgorithms::reachIgnoresUnknownStarts()
{
    const LineageGraph g = build("a>b");
    QVERIFY(lineage::reach(g, { 999 }, 3, 3).empty());
    QCOMPARE(describe(g, lineage::reach(g, { 999, idOf(g, "a") }, 3, 3)), QString("a:0 b:1"));
}

void TestLineageAlgorithms::shortestPath_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("expected");
    QTest::addRow("along") << "a>b>c>d a>d"
                           << "a"
                           << "d"
                           << "a>d";
    QTest::addRow("along, longer") << "a>j>b>k>c"
                                   << "a"
                                   << "c"
                                   << "a>j>b>k>c";
    QTest::addRow("against") << "a>b>c"
                             << "c"
                             << "a"
                             << "c>b>a";
    QTest::addRow("along before a shorter mixed way") << "a>b>c>d a>x d>x"
                                                      << "a"
                                                      << "d"
                                                      << "a>b>c>d";
    QTest::addRow("either way") << "a>b c>b"
                                << "a"
                                << "c"
                                << "a>b>c";
    QTest::addRow("itself") << "a>b"
                            << "a"
                            << "a"
                            << "a";
    QTest::addRow("apart") << "a>b c>d"
                           << "a"
                           << "d"
                           << "";
    QTest::addRow("around a cycle") << "a>b>c>a"
                                    << "b"
                                    << "a"
                                    << "b>c>a";
}

void TestLineageAlgorithms::shortestPath()
{
    QFETCH(QString, graph);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, expected);
    const LineageGraph g = build(graph);
    QCOMPARE(names(g, lineage::shortestPath(g, idOf(g, from), idOf(g, to))), expected);
    QVERIFY(lineage::shortestPath(g, idOf(g, from), 999).empty());
}

void TestLineageAlgorithms::impact()
{
    // a (P1) > j1 > b (P2) > j2 > c (P2); b > j3 > d (no product); d > j4 > e (P1); x upstream of a.
    LineageGraph g = build("x>j0>a>j1>b>j2>c b>j3>d>j4>e");
    setOwnership(g, "a", "p1", "orders", "team-a");
    setOwnership(g, "b", "p2", "finance", "team-b");
    setOwnership(g, "c", "p2", "finance", "team-b");
    setOwnership(g, "e", "p1", "orders", "team-a");
    const auto entries = lineage::impact(g, idOf(g, "a"));
    QStringList got;
    for (const auto &e : entries) {
        got << QStringLiteral("%1 %2 %3 %4 %5 %6")
                   .arg(e.kind == LineageNodeKind::Product ? QStringLiteral("product") : QStringLiteral("dataset"),
                       e.name, QString::number(e.degree), e.owner, e.contract, e.domain);
    }
    const QStringList expected { "dataset b 1 team-b p2-contract finance", "product P2 1 team-b  finance",
        "dataset c 2 team-b p2-contract finance", "dataset d 2   ", "dataset e 3 team-a p1-contract orders",
        "product P1 3 team-a  orders" };
    QCOMPARE(got, expected);
    QCOMPARE(entries[1].key, QString("product:p2"));
    QCOMPARE(entries[0].key, QString("dataset:b"));
    QCOMPARE(entries[0].product, QString("p2"));
    QVERIFY(lineage::impact(g, idOf(g, "e")).empty());
    QVERIFY(lineage::impact(g, 999).empty());

    // From several starts: the nearest one counts, and no start is listed. From a and d, e is one step away
    // (from d), b one (from a); d itself is a start.
    const auto both = lineage::impact(g, std::vector<std::int64_t> { idOf(g, "a"), idOf(g, "d"), 999 });
    QStringList fromBoth;
    for (const auto &e : both) {
        fromBoth << e.name + QLatin1Char(' ') + QString::number(e.degree);
    }
    QCOMPARE(fromBoth, (QStringList { "b 1", "e 1", "P1 1", "P2 1", "c 2" }));
    QVERIFY(lineage::impact(g, std::vector<std::int64_t> { 999 }).empty());
    QVERIFY(lineage::impact(g, std::vector<std::int64_t> {}).empty());
}

void TestLineageAlgorithms::impactOfProductNodes()
{
    // A product that consumes a dataset through an input port appears as a Product node downstream.
    LineageGraph g = build("a>b");
    LineageNode p;
    p.kind = LineageNodeKind::Product;
    p.key = "product:legacy";
    p.name = "Legacy";
    p.owner = "team-l";
    const auto pid = g.addNode(p);
    LineageEdge e;
    e.from = idOf(g, "a");
    e.to = pid;
    g.addEdge(e);
    const auto entries = lineage::impact(g, idOf(g, "a"));
    QCOMPARE(entries.size(), 2u);
    QCOMPARE(entries[1].kind, LineageNodeKind::Product);
    QCOMPARE(entries[1].key, QString("product:legacy"));
    QCOMPARE(entries[1].name, QString("Legacy"));
    QCOMPARE(entries[1].degree, 1);
    QCOMPARE(entries[1].owner, QString("team-l"));
}

void TestLineageAlgorithms::subgraphKeepsIdsAndKeys()
{
    LineageGraph g = build("a>j>b>k>c");
    LineageNode column;
    column.kind = LineageNodeKind::Column;
    column.key = "column:c#x";
    column.parent = idOf(g, "c");
    const auto cid = g.addNode(column);
    const std::set<std::int64_t> keep { idOf(g, "a"), idOf(g, "j"), idOf(g, "b"), cid };
    const LineageGraph sub = lineage::subgraph(g, keep);
    QCOMPARE(sub.nodeCount(), 4u);
    QCOMPARE(sub.edgeCount(), 2u);
    for (const LineageNode &n : sub.nodes()) {
        QCOMPARE(g.node(n.id)->key, n.key);
    }
    QCOMPARE(sub.node(cid)->parent, 0); // its dataset was left out
    QCOMPARE(lineage::subgraph(g, {}).nodeCount(), 0u);
}

void TestLineageAlgorithms::rollUpToProducts()
{
    LineageGraph g = build("a1>j1>b1 a2>j1 a1>j2>a2 x>j3>a1 b1>j4>y");
    setOwnership(g, "a1", "p1", "orders", "team-a");
    setOwnership(g, "a2", "p1", "orders", "team-a");
    setOwnership(g, "b1", "p2", "finance", "team-b");
    setOwnership(g, "x", {}, {}, {}, "postgres://db");
    setOwnership(g, "y", {}, {}, {}, "s3://lake");
    g.mutableNode(idOf(g, "a1"))->slaBreached = true;
    g.mutableNode(idOf(g, "a1"))->status = "deprecated";
    g.mutableNode(idOf(g, "a2"))->status = "deprecated";
    g.mutableNode(idOf(g, "b1"))->status = "active";
    const LineageGraph up = lineage::rollUp(g, lineage::RollUp::Product);
    QCOMPARE(up.nodeCount(), 4u);
    const LineageNode *p1 = up.find("product:p1");
    const LineageNode *p2 = up.find("product:p2");
    QVERIFY(p1 && p2);
    QCOMPARE(p1->kind, LineageNodeKind::Product);
    QCOMPARE(p1->folded, 2);
    QCOMPARE(p1->name, QString("P1"));
    QCOMPARE(p1->domain, QString("orders"));
    QCOMPARE(p1->owner, QString("team-a"));
    QVERIFY(p1->slaBreached);
    QCOMPARE(p1->status, QString("deprecated"));
    QCOMPARE(p2->folded, 1);
    QVERIFY(!p2->slaBreached);
    QCOMPARE(up.find("system:postgres://db")->kind, LineageNodeKind::System);
    QCOMPARE(up.find("system:postgres://db")->folded, 1);
    // a1 and a2 both feed b1 through j1: two member edges; a1 > a2 stays inside p1.
    const std::set<QString> expected { "product:p1 > product:p2 [j1] x2", "system:postgres://db > product:p1 [j3] x1",
        "product:p2 > system:s3://lake [j4] x1" };
    QCOMPARE(edgeSet(up), expected);
}

void TestLineageAlgorithms::rollUpToDomains()
{
    LineageGraph g = build("a>j1>b c>j2>b b>j3>d");
    setOwnership(g, "a", "p1", "orders");
    setOwnership(g, "c", "p3", "orders");
    setOwnership(g, "b", "p2", "finance");
    setOwnership(g, "d", {}, {}, {}, "kafka://bus");
    const LineageGraph up = lineage::rollUp(g, lineage::RollUp::Domain);
    QCOMPARE(up.nodeCount(), 3u);
    QCOMPARE(up.find("domain:orders")->folded, 2);
    QCOMPARE(up.find("domain:orders")->kind, LineageNodeKind::Domain);
    const std::set<QString> expected { "domain:orders > domain:finance [j1, j2] x2",
        "domain:finance > system:kafka://bus [j3] x1" };
    QCOMPARE(edgeSet(up), expected);
    // Rolling products up again gives the same domains.
    const LineageGraph twice = lineage::rollUp(lineage::rollUp(g, lineage::RollUp::Product), lineage::RollUp::Domain);
    QCOMPARE(twice.nodeCount(), 3u);
    QCOMPARE(twice.find("domain:orders")->folded, 2);
    QCOMPARE(int(twice.edgeCount()), 2);
}

void TestLineageAlgorithms::rollUpLabelsKeepThreeJobs()
{
    LineageGraph g = build("a>j1>b a>j2>b a>j3>b a>j4>b");
    setOwnership(g, "a", "p1", "x");
    setOwnership(g, "b", "p2", "y");
    const LineageGraph up = lineage::rollUp(g, lineage::RollUp::Product);
    QCOMPARE(up.edgeCount(), 1u);
    QCOMPARE(up.edges().front().label, QString("j1, j2, j3, …"));
    QCOMPARE(up.edges().front().weight, 4);
}

void TestLineageAlgorithms::bundleHubs_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("expanded");
    QTest::addColumn<QStringList>("expectedNodes");
    QTest::addColumn<int>("folded");

    const QString fan = "h>n0 h>n1 h>n2 h>n3 h>n4 h>n5 h>n6 h>n7 h>n8 h>n9";
    QTest::addRow("within the limit") << fan << 10 << QStringList {}
                                      << QStringList { "h", "n0", "n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9" }
                                      << 0;
    QTest::addRow("first three by name, seven folded")
        << fan << 3 << QStringList {} << QStringList { "+7 more", "h", "n0", "n1", "n2" } << 7;
    QTest::addRow("expanded by side") << fan << 3 << QStringList { "dataset:h:down" }
                                      << QStringList { "h", "n0", "n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9" }
                                      << 0;
    QTest::addRow("expanded by bundle key")
        << fan << 3 << QStringList { "bundle:dataset:h:down" }
        << QStringList { "h", "n0", "n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9" } << 0;
    QTest::addRow("the other side expanded")
        << fan << 3 << QStringList { "dataset:h:up" } << QStringList { "+7 more", "h", "n0", "n1", "n2" } << 7;
    QTest::addRow("reachable another way stays")
        << fan + " n0>n8" << 3 << QStringList {} << QStringList { "+6 more", "h", "n0", "n1", "n2", "n8" } << 6;
    QTest::addRow("what hangs on a folded node goes with it")
        << fan + " n9>z1>z2" << 3 << QStringList {} << QStringList { "+7 more", "h", "n0", "n1", "n2" } << 7;
    QTest::addRow("upstream hub") << "n0>h n1>h n2>h n3>h" << 2 << QStringList {}
                                  << QStringList { "+2 more", "h", "n0", "n1" } << 2;
    QTest::addRow("other parts untouched")
        << fan + " q>r" << 3 << QStringList {} << QStringList { "+7 more", "h", "n0", "n1", "n2", "q", "r" } << 7;
    QTest::addRow("no limit") << fan << 0 << QStringList {}
                              << QStringList { "h", "n0", "n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9" } << 0;
}

void TestLineageAlgorithms::bundleHubs()
{
    QFETCH(QString, graph);
    QFETCH(int, limit);
    QFETCH(QStringList, expanded);
    QFETCH(QStringList, expectedNodes);
    QFETCH(int, folded);
    const LineageGraph g = build(graph);
    const std::set<QString> open(expanded.begin(), expanded.end());
    const LineageGraph out = lineage::bundleHubs(g, limit, open);
    QStringList got;
    for (const LineageNode &n : out.nodes()) {
        got << n.name;
        if (n.kind != LineageNodeKind::Bundle) {
            QCOMPARE(n.id, idOf(g, n.name)); // ids are kept
        }
    }
    got.sort();
    QCOMPARE(got, expectedNodes);
    const LineageNode *bundle = nullptr;
    for (const LineageNode &n : out.nodes()) {
        if (n.kind == LineageNodeKind::Bundle) {
            bundle = &n;
        }
    }
    QCOMPARE(bundle != nullptr, folded > 0);
    if (bundle) {
        QCOMPARE(bundle->folded, folded);
        const bool up = bundle->key.endsWith(":up");
        QCOMPARE(bundle->key, QString("bundle:dataset:h:") + (up ? "up" : "down"));
        const auto &edges = up ? out.outgoing(bundle->id) : out.incoming(bundle->id);
        QCOMPARE(edges.size(), 1u);
        const LineageEdge &e = out.edges()[edges.front()];
        QCOMPARE(out.node(up ? e.to : e.from)->name, QString("h"));
        QCOMPARE(e.weight, folded);
    }
    // Every edge between two nodes shown is still there.
    for (const LineageEdge &e : g.edges()) {
        const LineageNode *from = out.find(g.node(e.from)->key);
        const LineageNode *to = out.find(g.node(e.to)->key);
        if (from && to) {
            bool found = false;
            for (std::size_t index : out.outgoing(from->id)) {
                found = found || out.edges()[index].to == to->id;
            }
            QVERIFY2(found, qPrintable(from->key + " > " + to->key));
        }
    }
}

void TestLineageAlgorithms::bundleKeepsAnchors()
{
    // The start (n9) feeds the hub and is folded by name, but it stays, with what hangs on it.
    const LineageGraph g = build("u>n9 n0>h n1>h n2>h n9>h n4>h");
    const LineageGraph without = lineage::bundleHubs(g, 2, {});
    QVERIFY(!without.find("dataset:n9"));
    const LineageGraph with = lineage::bundleHubs(g, 2, {}, { idOf(g, "n9") });
    QVERIFY(with.find("dataset:n9"));
    QVERIFY(with.find("dataset:u"));
    QCOMPARE(with.find("bundle:dataset:h:up")->folded, 2); // n2 and n4
}

void TestLineageAlgorithms::withoutJobs_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("one job") << "a>j1>b" << QStringList { "dataset:a > dataset:b [j1] x1" };
    QTest::addRow("fan in and out") << "a>j1>c b>j1>d"
                                    << QStringList { "dataset:a > dataset:c [j1] x1", "dataset:a > dataset:d [j1] x1",
                                           "dataset:b > dataset:c [j1] x1", "dataset:b > dataset:d [j1] x1" };
    QTest::addRow("two jobs between the same datasets")
        << "a>j1>b a>j2>b" << QStringList { "dataset:a > dataset:b [j1] x1", "dataset:a > dataset:b [j2] x1" };
    QTest::addRow("chain of jobs") << "a>j1>j2>b" << QStringList { "dataset:a > dataset:b [j1 → j2] x1" };
    QTest::addRow("direct edges stay") << "a>b>j1>c"
                                       << QStringList { "dataset:a > dataset:b [] x1",
                                              "dataset:b > dataset:c [j1] x1" };
    QTest::addRow("job cycle") << "a>j1>j2>j1>b" << QStringList { "dataset:a > dataset:b [j1] x1" };
    QTest::addRow("a job with no output") << "a>j1" << QStringList {};
}

void TestLineageAlgorithms::withoutJobs()
{
    QFETCH(QString, graph);
    QFETCH(QStringList, expected);
    const LineageGraph g = build(graph);
    const LineageGraph out = lineage::withoutJobs(g);
    for (const LineageNode &n : out.nodes()) {
        QVERIFY(n.kind != LineageNodeKind::Job);
        QCOMPARE(n.id, g.find(n.key)->id);
    }
    const std::set<QString> got = edgeSet(out);
    QCOMPARE(got, std::set<QString>(expected.begin(), expected.end()));
}

QTEST_GUILESS_MAIN(TestLineageAlgorithms)
#include "tst_lineagealgorithms.moc"
