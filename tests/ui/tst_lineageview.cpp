// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "browser/documentarea.h"
#include "browser/productpage.h"
#include "catalog/local/localfoldersource.h"
#include "catalogservice.h"
#include "contract/linter.h"
#include "lineage/edgelayeritem.h"
#include "lineage/lineagealgorithms.h"
#include "lineage/lineagepage.h"
#include "lineage/lineagereader.h"
#include "lineage/lineagescene.h"
#include "lineage/lineageview.h"
#include "lineage/nodeitem.h"
#include "lineagegraphmodel.h"
#include "mainwindow.h"
#include "store/store.h"
#include "testutils.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <set>

using namespace tessera;

namespace {

constexpr int kUnreached = std::numeric_limits<int>::min();

/** A node's distance from the start, or kUnreached when it has none. */
int distanceOf(LineagePage *page, std::int64_t id)
{
    const auto &distances = page->model()->distances();
    const auto it = distances.find(id);
    return it == distances.end() ? kUnreached : it->second;
}

const QString kMeshDir = QStringLiteral(TESSERA_SOURCE_DIR "/resources/demo-mesh");

/** Waits until the page's graph is read, laid out and every node is in the scene. */
bool settled(LineagePage *page)
{
    return !page->model()->isBusy() && !page->scene()->isBuilding()
        && page->scene()->edgeLayer()->edges().size() == page->model()->graph().edgeCount();
}

int sceneNodes(LineageScene *scene)
{
    int n = 0;
    for (QGraphicsItem *item : scene->items()) {
        n += item->type() == NodeItem::Type ? 1 : 0;
    }
    return n;
}

/** What the model holds and what the scene draws are the same nodes and the same edges. */
void compareModelAndScene(LineagePage *page)
{
    const LineageGraph &graph = page->model()->graph();
    QCOMPARE(sceneNodes(page->scene()), static_cast<int>(graph.nodeCount()));
    std::multiset<std::pair<std::int64_t, std::int64_t>> modelEdges;
    for (const LineageEdge &e : graph.edges()) {
        modelEdges.emplace(e.from, e.to);
    }
    std::multiset<std::pair<std::int64_t, std::int64_t>> drawn;
    for (const auto &e : page->scene()->edgeLayer()->edges()) {
        drawn.emplace(e.from, e.to);
        QVERIFY(!e.path.isEmpty());
        // Each edge is drawn between its nodes' cards.
        QVERIFY(page->scene()->item(e.from));
        QVERIFY(page->scene()->item(e.to));
    }
    QVERIFY(modelEdges == drawn);
}

} // namespace

/** The lineage view on the demo mesh: what it shows is what the store holds, exactly. */
class TestLineageView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensFromTheProductPage();
    void depthLimitsAreExact_data();
    void depthLimitsAreExact();
    void expandAndCollapse();
    void levelsRollUp();
    void jobsAndFilters();
    void searchAndPath();
    void doubleClickOpensTheProduct();
    void columnMode();
    void exports();
    void zoomIsClamped();
    void emptyGraphSaysWhy();
    void readsAgainWhenTheStoreChanges();
    void realEventsDisplay();

private:
    LineagePage *openLineage(const QString &start);
    /** How many steps downstream the farthest dataset from `start` is, in the whole mesh. */
    int farthestDownstream(const QString &start);
    /** Whether expanding `key` downstream brings datasets that `graph` lacks. */
    bool hasMoreDownstream(const QString &key, const LineageGraph &graph);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<CatalogService> m_service;
    std::unique_ptr<MainWindow> m_window;
};

void TestLineageView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TesseraTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_lineageview"));
    m_path = m_dir.filePath(QStringLiteral("tessera.sqlite"));
    StoreStatus status;
    auto store = Store::open(m_path, status);
    QVERIFY(store);
    const auto source = store->ensureSource(QStringLiteral("local"), QStringLiteral("Demo mesh"), kMeshDir, status);
    LocalScanReport report;
    QVERIFY(store->apply(*source, LocalFolderSource(kMeshDir).scan({}, report), status));
}

void TestLineageView::init()
{
    QSettings().clear();
    m_service = std::make_unique<CatalogService>(m_path);
    m_window = std::make_unique<MainWindow>(std::make_shared<const Linter>(), m_service.get());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestLineageView::cleanup()
{
    m_window.reset();
    m_service.reset();
}

LineagePage *TestLineageView::openLineage(const QString &start)
{
    if (!m_window->openUrl(QUrl(QStringLiteral("tessera://lineage/") + urlSegment(start)))) {
        return nullptr;
    }
    auto *page = qobject_cast<LineagePage *>(m_window->documents()->tabs()->currentWidget());
    if (!page || !QTest::qWaitFor([&] { return settled(page) && page->model()->graph().nodeCount() > 0; }, 30'000)) {
        return nullptr;
    }
    return page;
}

int TestLineageView::farthestDownstream(const QString &start)
{
    StoreStatus status;
    auto store = Store::open(m_path, status, Store::Mode::ReadOnly);
    if (!store) {
        return -1;
    }
    LineageReader reader(*store);
    const auto whole = reader.around(start, 0, 1000);
    const LineageNode *from = whole ? whole->find(reader.resolve(start)) : nullptr;
    if (!from) {
        return -1;
    }
    int farthest = 0;
    for (const auto &[id, distance] : lineage::reach(*whole, { from->id }, 0, 1000)) {
        if (whole->node(id)->kind == LineageNodeKind::Dataset) {
            farthest = std::max(farthest, distance);
        }
    }
    return farthest;
}

bool TestLineageView::hasMoreDownstream(const QString &key, const LineageGraph &graph)
{
    StoreStatus status;
    auto store = Store::open(m_path, status, Store::Mode::ReadOnly);
    if (!store) {
        return false;
    }
    const LineageGraph next = LineageReader(*store).neighbours(key, false);
    return std::any_of(next.nodes().begin(), next.nodes().end(),
        [&](const LineageNode &node) { return node.kind == LineageNodeKind::Dataset && !graph.find(node.key); });
}

void TestLineageView::opensFromTheProductPage()
{
    m_window->openUrl(QUrl(QStringLiteral("tessera://product/order-management")));
    auto *product = qobject_cast<ProductPage *>(m_window->documents()->tabs()->currentWidget());
    QTRY_VERIFY(product->hasDetails());
    auto *show = product->findChild<QPushButton *>(QStringLiteral("showLineageButton"));
    QVERIFY(show);
    show->click();
    QTRY_COMPARE(m_window->documents()->count(), 2);
    auto *page = qobject_cast<LineagePage *>(m_window->documents()->tabs()->currentWidget());
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(settled(page) && page->model()->graph().nodeCount() > 0, 30'000);
    compareModelAndScene(page);
    // The product's own datasets are there, at distance 0.
    const LineageNode *orders = page->model()->graph().find(QStringLiteral("dataset:placed-orders/orders"));
    QVERIFY(orders);
    QCOMPARE(distanceOf(page, orders->id), 0);
    QTRY_VERIFY(m_window->documents()->tabs()->tabText(1).startsWith(QStringLiteral("Lineage")));
}

void TestLineageView::depthLimitsAreExact_data()
{
    QTest::addColumn<int>("upstream");
    QTest::addColumn<int>("downstream");
    QTest::newRow("0 up, 1 down") << 0 << 1;
    QTest::newRow("1 up, 0 down") << 1 << 0;
    QTest::newRow("2 up, 2 down") << 2 << 2;
    QTest::newRow("0 up, 3 down") << 0 << 3;
}

void TestLineageView::depthLimitsAreExact()
{
    QFETCH(int, upstream);
    QFETCH(int, downstream);
    LineagePage *page = openLineage(QStringLiteral("placed-orders/orders"));
    QVERIFY(page);
    page->findChild<QSpinBox *>(QStringLiteral("upstreamDepth"))->setValue(upstream);
    page->findChild<QSpinBox *>(QStringLiteral("downstreamDepth"))->setValue(downstream);
    QTRY_VERIFY_WITH_TIMEOUT(
        settled(page) && page->model()->view().upstream == upstream && page->model()->view().downstream == downstream,
        30'000);
    QTRY_VERIFY_WITH_TIMEOUT(settled(page), 30'000);
    int farthestUp = 0;
    int farthestDown = 0;
    for (const LineageNode &node : page->model()->graph().nodes()) {
        if (node.kind != LineageNodeKind::Dataset) {
            continue;
        }
        const int d = distanceOf(page, node.id);
        QVERIFY2(d != kUnreached, qPrintable(node.key + QStringLiteral(" has no distance")));
        QVERIFY2(d >= -upstream && d <= downstream, qPrintable(node.key + QStringLiteral(" at ") + QString::number(d)));
        farthestUp = std::min(farthestUp, d);
        farthestDown = std::max(farthestDown, d);
    }
    // The limit is reached where the mesh goes that far, not undershot.
    const int farthest = farthestDownstream(QStringLiteral("placed-orders/orders"));
    QVERIFY(farthest >= 2);
    QCOMPARE(farthestDown, std::min(downstream, farthest));
    QCOMPARE(farthestUp, 0); // orders is a source-aligned table: nothing feeds it
    compareModelAndScene(page);
}

void TestLineageView::expandAndCollapse()
{
    LineagePage *page = openLineage(QStringLiteral("placed-orders/orders"));
    QVERIFY(page);
    page->findChild<QSpinBox *>(QStringLiteral("downstreamDepth"))->setValue(1);
    QTRY_VERIFY_WITH_TIMEOUT(settled(page) && page->model()->view().downstream == 1, 30'000);
    QTRY_VERIFY_WITH_TIMEOUT(settled(page), 30'000);
    // A dataset at the edge of what is shown: expanding it downstream shows its readers.
    const LineageNode *edge = nullptr;
    for (const LineageNode &node : page->model()->graph().nodes()) {
        if (node.kind == LineageNodeKind::Dataset && distanceOf(page, node.id) == 1
            && page->model()->graph().outgoing(node.id).empty()
            && hasMoreDownstream(node.key, page->model()->graph())) {
            edge = &node;
            break;
        }
    }
    QVERIFY(edge);
    const QString key = edge->key;
    const QRectF before = page->model()->rectOf(edge->id);
    const std::size_t nodes = page->model()->graph().nodeCount();
    Q_EMIT page->scene()->expandRequested(edge->id, false);
    QTRY_VERIFY_WITH_TIMEOUT(settled(page) && page->model()->graph().nodeCount() > nodes, 30'000);
    QTRY_VERIFY_WITH_TIMEOUT(settled(page), 30'000);
    QVERIFY(page->model()->isExpanded(key, false));
    // Stable on expansion: the node did not jump.
    const LineageNode *again = page->model()->graph().find(key);
    QVERIFY(again);
    QCOMPARE(page->model()->rectOf(again->id).topLeft(), before.topLeft());
    compareModelAndScene(page);
    // Collapse: back to what it was.
    Q_EMIT page->scene()->expandRequested(again->id, false);
    QTRY_VERIFY_WITH_TIMEOUT(settled(page) && page->model()->graph().nodeCount() == nodes, 30'000);
}

void TestLineageView::levelsRollUp()
{
    LineagePage *page = openLineage(QStringLiteral("order-management"));
    QVERIFY(page);
    auto *level = page->findChild<QComboBox *>(QStringLiteral("lineageLevel"));
    for (const auto &[index, kinds] : { std::pair { 1, std::set { LineageNodeKind::Product, LineageNodeKind::System } },
             std::pair { 0, std::set { LineageNodeKind::Domain, LineageNodeKind::System } } }) {
        level->setCurrentIndex(index);
        QTRY_VERIFY_WITH_TIMEOUT(
            settled(page) && int(page->model()->view().level) == level->currentData().toInt(), 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(settled(page), 30'000);
        QVERIFY(page->model()->graph().nodeCount() > 0);
        for (const LineageNode &node : page->model()->graph().nodes()) {
            QVERIFY2(kinds.count(node.kind) || node.kind == LineageNodeKind::Bundle, qPrintable(node.key));
        }
        compareModelAndScene(page);
    }
    // Products: order management feeds order analytics.
    level->setCurrentIndex(1);
    QTRY_VERIFY_WITH_TIMEOUT(settled(page) && page->model()->view().level == LineageGraphModel::Level::Product, 30'000);
    QTRY_VERIFY_WITH_TIMEOUT(settled(page), 30'000);
    const LineageNode *from = page->model()->graph().find(QStringLiteral("product:order-management"));
    const LineageNode *to = page->model()->graph().find(QStringLiteral("product:order-analytics"));
    QVERIFY(from && to);
    QVERIFY(!page->model()->pathBetween(from->id, to->id).empty());
    // The start, folded into its product, is still the start; what it feeds is one step on.
    QCOMPARE(distanceOf(page, from->id), 0);
    QCOMPARE(distanceOf(page, to->id), 1);
}

void TestLineageView::jobsAndFilters()
{
    LineagePage *page = openLineage(QStringLiteral("placed-orders/orders"));
    QVERIFY(page);
    const auto count = [&](LineageNodeKind kind) {
        return std::count_if(page->model()->graph().nodes().begin(), page->model()->graph().nodes().end(),
            [&](const LineageNode &n) { return n.kind == kind; });
    };
    QVERIFY(count(LineageNodeKind::Job) > 0);
    page->findChild<QCheckBox *>(QStringLiteral("showJobs"))->setChecked(false);
    QTRY_VERIFY_WITH_TIMEOUT(settled(page) && !page->model()->view().showJobs, 30'000);
    QTRY_VERIFY_WITH_TIMEOUT(settled(page) && count(LineageNodeKind::Job) == 0, 30'000);
    QVERIFY(page->model()->graph().edgeCount() > 0);
    compareModelAndScene(page);
    // Hide a domain: none of its nodes stays.
    LineageGraphModel::View view = page->model()->view();
    view.hiddenDomains.insert(QStringLiteral("finance"));
    page->model()->setView(view);
    QTRY_VERIFY_WITH_TIMEOUT(
        settled(page) && page->model()->view().hiddenDomains.contains(QStringLiteral("finance")), 30'000);
    QTRY_VERIFY_WITH_TIMEOUT(settled(page), 30'000);
    for (const LineageNode &node : page->model()->graph().nodes()) {
        QVERIFY(node.domain != QLatin1String("finance"));
    }
}

void TestLineageView::searchAndPath()
{
    LineagePage *page = openLineage(QStringLiteral("placed-orders/orders"));
    QVERIFY(page);
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("lineageSearch"));
    search->setText(QStringLiteral("daily"));
    const auto matched = [&] {
        std::vector<NodeItem *> out;
        for (QGraphicsItem *item : page->scene()->items()) {
            if (auto *node = qgraphicsitem_cast<NodeItem *>(item); node && node->isMatched()) {
                out.push_back(node);
            }
        }
        return out;
    };
    QVERIFY(!matched().empty());
    for (NodeItem *node : matched()) {
        QVERIFY(node->node().name.contains(QStringLiteral("daily"), Qt::CaseInsensitive));
    }
    QCOMPARE(page->scene()->selectedItems().size(), 1); // the first match is selected and shown
    // Two nodes selected: the path between them lights up, the rest dims.
    const LineageNode *start = page->model()->graph().find(QStringLiteral("dataset:placed-orders/orders"));
    NodeItem *far = nullptr;
    for (QGraphicsItem *item : page->scene()->items()) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item);
            node && node->node().kind == LineageNodeKind::Dataset && distanceOf(page, node->id()) == 2) {
            far = node;
            break;
        }
    }
    QVERIFY(start && far);
    page->scene()->clearSelection();
    page->scene()->item(start->id)->setSelected(true);
    far->setSelected(true);
    QCOMPARE(page->scene()->item(start->id)->emphasis(), NodeItem::Emphasis::Highlighted);
    QCOMPARE(far->emphasis(), NodeItem::Emphasis::Highlighted);
    int dimmed = 0;
    for (QGraphicsItem *item : page->scene()->items()) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item)) {
            dimmed += node->emphasis() == NodeItem::Emphasis::Dimmed ? 1 : 0;
        }
    }
    QVERIFY(dimmed > 0);
}

void TestLineageView::doubleClickOpensTheProduct()
{
    LineagePage *page = openLineage(QStringLiteral("placed-orders/orders"));
    QVERIFY(page);
    const LineageNode *node = page->model()->graph().find(QStringLiteral("dataset:placed-orders/orders"));
    QVERIFY(node);
    Q_EMIT page->scene()->nodeActivated(node->id);
    QTRY_COMPARE(m_window->documents()->currentUrl().toString(), QStringLiteral("tessera://product/order-management"));
}

void TestLineageView::columnMode()
{
    LineagePage *page = openLineage(QStringLiteral("placed-orders/orders"));
    QVERIFY(page);
    page->showColumns(QStringLiteral("dataset:placed-orders/orders"));
    QTRY_VERIFY_WITH_TIMEOUT(settled(page) && !page->model()->view().columnDataset.isEmpty(), 30'000);
    QTRY_VERIFY_WITH_TIMEOUT(settled(page) && page->model()->graph().nodeCount() > 0, 30'000);
    int columns = 0;
    int columnEdges = 0;
    for (const LineageNode &node : page->model()->graph().nodes()) {
        columns += node.kind == LineageNodeKind::Column ? 1 : 0;
    }
    for (const LineageEdge &edge : page->model()->graph().edges()) {
        if (!edge.type.isEmpty()) {
            ++columnEdges;
            QVERIFY(edge.type == QLatin1String("DIRECT") || edge.type == QLatin1String("INDIRECT"));
        }
    }
    QVERIFY(columns > 0);
    QVERIFY(columnEdges > 0);
    compareModelAndScene(page);

    // Without indirect edges: exactly the DIRECT ones stay, every column node too; and back.
    auto *indirect = page->findChild<QCheckBox *>(QStringLiteral("showIndirect"));
    QVERIFY(indirect && indirect->isVisible() && indirect->isChecked());
    QVERIFY(!page->findChild<QCheckBox *>(QStringLiteral("showJobs"))->isVisible());
    std::multiset<std::pair<QString, QString>> direct;
    int indirectEdges = 0;
    for (const LineageEdge &edge : page->model()->graph().edges()) {
        if (edge.type == QLatin1String("INDIRECT")) {
            ++indirectEdges;
        } else {
            direct.emplace(page->model()->graph().node(edge.from)->key, page->model()->graph().node(edge.to)->key);
        }
    }
    QVERIFY(indirectEdges > 0); // the demo mesh records joins and filters
    const std::size_t allNodes = page->model()->graph().nodeCount();
    indirect->setChecked(false);
    QTRY_VERIFY_WITH_TIMEOUT(settled(page) && !page->model()->view().showIndirect, 30'000);
    QTRY_VERIFY_WITH_TIMEOUT(settled(page) && page->model()->graph().edgeCount() == direct.size(), 30'000);
    std::multiset<std::pair<QString, QString>> shown;
    for (const LineageEdge &edge : page->model()->graph().edges()) {
        QVERIFY(edge.type != QLatin1String("INDIRECT"));
        shown.emplace(page->model()->graph().node(edge.from)->key, page->model()->graph().node(edge.to)->key);
    }
    QVERIFY(shown == direct);
    // Columns only indirect edges reached go; the dataset's own columns stay.
    const LineageGraph &directOnly = page->model()->graph();
    const LineageNode *start = directOnly.find(QStringLiteral("dataset:placed-orders/orders"));
    QVERIFY(start);
    QVERIFY(directOnly.nodeCount() < allNodes);
    for (const LineageNode &node : directOnly.nodes()) {
        if (node.kind == LineageNodeKind::Column && node.parent != start->id) {
            QVERIFY2(!directOnly.incoming(node.id).empty() || !directOnly.outgoing(node.id).empty(),
                qPrintable(node.key + QStringLiteral(" has no direct edge")));
        }
    }
    compareModelAndScene(page);
    indirect->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(settled(page) && page->model()->view().showIndirect, 30'000);
    QTRY_VERIFY_WITH_TIMEOUT(
        settled(page) && page->model()->graph().edgeCount() == direct.size() + std::size_t(indirectEdges), 30'000);
    QCOMPARE(page->model()->graph().nodeCount(), allNodes);

    // The dataset's impact in column mode comes through its columns: the datasets that read them.
    const LineageGraph &graph = page->model()->graph();
    const LineageNode *orders = graph.find(QStringLiteral("dataset:placed-orders/orders"));
    QVERIFY(orders);
    const auto impact = page->model()->impactOf(orders->id);
    QVERIFY(!impact.empty());
    QVERIFY(std::none_of(impact.begin(), impact.end(), [&](const auto &e) { return e.key == orders->key; }));
    QVERIFY(std::all_of(impact.begin(), impact.end(),
        [](const auto &e) { return e.kind == LineageNodeKind::Dataset || e.kind == LineageNodeKind::Product; }));

    // Focused on one column that is read downstream: only that column's paths remain.
    QString column;
    for (const LineageNode &node : graph.nodes()) {
        if (node.kind == LineageNodeKind::Column && node.parent == orders->id && !graph.outgoing(node.id).empty()) {
            column = node.name;
            break;
        }
    }
    QVERIFY(!column.isEmpty());
    page->showColumns(QStringLiteral("dataset:placed-orders/orders"), column);
    QTRY_VERIFY_WITH_TIMEOUT(settled(page) && page->model()->view().column == column, 30'000);
    QTRY_VERIFY_WITH_TIMEOUT(settled(page), 30'000);
    const LineageGraph &focused = page->model()->graph();
    const LineageNode *focus = focused.find(QStringLiteral("column:placed-orders/orders#") + column);
    QVERIFY(focus);
    const auto onPath = lineage::reach(focused, { focus->id }, 1 << 20, 1 << 20);
    int focusedColumns = 0;
    for (const LineageNode &node : focused.nodes()) {
        if (node.kind == LineageNodeKind::Column) {
            ++focusedColumns;
            QVERIFY2(onPath.count(node.id), qPrintable(node.key + QStringLiteral(" is off the column's path")));
        }
    }
    QVERIFY(focusedColumns > 1 && focusedColumns < columns);
    compareModelAndScene(page);

    // The column's direct paths only: every column shown is reached from it by DIRECT edges.
    indirect->setChecked(false);
    QTRY_VERIFY_WITH_TIMEOUT(settled(page) && !page->model()->view().showIndirect, 30'000);
    QTRY_VERIFY_WITH_TIMEOUT(settled(page), 30'000);
    {
        const LineageGraph &direct = page->model()->graph();
        const LineageNode *from = direct.find(QStringLiteral("column:placed-orders/orders#") + column);
        QVERIFY(from);
        const auto reached = lineage::reach(direct, { from->id }, 1 << 20, 1 << 20);
        for (const LineageNode &node : direct.nodes()) {
            QVERIFY(node.kind != LineageNodeKind::Column || reached.count(node.id));
        }
        for (const LineageEdge &edge : direct.edges()) {
            QVERIFY(edge.type != QLatin1String("INDIRECT"));
        }
        compareModelAndScene(page);
    }
    indirect->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(settled(page) && page->model()->view().showIndirect, 30'000);

    // Back to the datasets.
    page->showDatasets();
    QTRY_VERIFY_WITH_TIMEOUT(settled(page) && page->model()->view().columnDataset.isEmpty(), 30'000);
    QVERIFY(!indirect->isVisible());
    QVERIFY(page->findChild<QCheckBox *>(QStringLiteral("showJobs"))->isVisible());
}

void TestLineageView::exports()
{
    LineagePage *page = openLineage(QStringLiteral("placed-orders/orders"));
    QVERIFY(page);
    QTemporaryDir dir;
    QString error;
    const LineageGraph &graph = page->model()->graph();

    QVERIFY2(page->exportTo(dir.filePath(QStringLiteral("g.svg")), &error), qPrintable(error));
    QFile svg(dir.filePath(QStringLiteral("g.svg")));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QDomDocument svgDoc;
    QVERIFY(svgDoc.setContent(&svg));
    QCOMPARE(svgDoc.documentElement().tagName(), QStringLiteral("svg"));

    QVERIFY2(page->exportTo(dir.filePath(QStringLiteral("g.png")), &error), qPrintable(error));
    const QImage png(dir.filePath(QStringLiteral("g.png")));
    QVERIFY(!png.isNull());
    QVERIFY(png.width() > 200 && png.height() > 50);

    QVERIFY2(page->exportTo(dir.filePath(QStringLiteral("g.graphml")), &error), qPrintable(error));
    QFile graphml(dir.filePath(QStringLiteral("g.graphml")));
    QVERIFY(graphml.open(QIODevice::ReadOnly));
    QDomDocument xml;
    QVERIFY(xml.setContent(&graphml));
    QCOMPARE(xml.elementsByTagName(QStringLiteral("node")).size(), static_cast<int>(graph.nodeCount()));
    QCOMPARE(xml.elementsByTagName(QStringLiteral("edge")).size(), static_cast<int>(graph.edgeCount()));

    QVERIFY2(page->exportTo(dir.filePath(QStringLiteral("g.dot")), &error), qPrintable(error));
    QFile dot(dir.filePath(QStringLiteral("g.dot")));
    QVERIFY(dot.open(QIODevice::ReadOnly));
    const QByteArray dotText = dot.readAll();
    QVERIFY(dotText.startsWith("digraph lineage {"));
    QCOMPARE(dotText.count("->"), static_cast<int>(graph.edgeCount()));
    // Graphviz itself reads it, where it is installed.
    if (!QStandardPaths::findExecutable(QStringLiteral("dot")).isEmpty()) {
        QProcess process;
        process.start(QStringLiteral("dot"), { QStringLiteral("-Tplain"), dir.filePath(QStringLiteral("g.dot")) });
        QVERIFY(process.waitForFinished(30'000));
        QCOMPARE(process.exitCode(), 0);
    }
    QVERIFY(!page->exportTo(dir.filePath(QStringLiteral("g.bmpx")), &error));
    QVERIFY(error.contains(QStringLiteral("bmpx")));

    // Impact of the orders table: everything downstream, as CSV and JSON.
    const LineageNode *orders = graph.find(QStringLiteral("dataset:placed-orders/orders"));
    page->scene()->clearSelection();
    page->scene()->item(orders->id)->setSelected(true);
    auto *impact = page->findChild<QTreeWidget *>(QStringLiteral("impactList"));
    QVERIFY(impact->topLevelItemCount() > 0);
    QVERIFY2(page->exportImpact(dir.filePath(QStringLiteral("impact.json")), &error), qPrintable(error));
    QFile json(dir.filePath(QStringLiteral("impact.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("changed")).toString(), QStringLiteral("dataset:placed-orders/orders"));
    QCOMPARE(root.value(QStringLiteral("impact")).toArray().size(), impact->topLevelItemCount());
    QVERIFY2(page->exportImpact(dir.filePath(QStringLiteral("impact.csv")), &error), qPrintable(error));
    QFile csv(dir.filePath(QStringLiteral("impact.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().count("\r\n"), impact->topLevelItemCount() + 1);
}

void TestLineageView::emptyGraphSaysWhy()
{
    QVERIFY(m_window->openUrl(QUrl(QStringLiteral("tessera://lineage/no-such-thing"))));
    auto *page = qobject_cast<LineagePage *>(m_window->documents()->tabs()->currentWidget());
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(settled(page) && !page->view()->placeholderText().isEmpty(), 30'000);
    QVERIFY2(page->view()->placeholderText().contains(QStringLiteral("no-such-thing")),
        qPrintable(page->view()->placeholderText()));
    QCOMPARE(page->model()->graph().nodeCount(), std::size_t(0));
    // A graph again: the message goes.
    auto *other = openLineage(QStringLiteral("placed-orders/orders"));
    QVERIFY(other);
    QVERIFY(other->view()->placeholderText().isEmpty());
}

void TestLineageView::readsAgainWhenTheStoreChanges()
{
    // A first start: the view asks before the first import has made the store.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tessera.sqlite"));
    CatalogService service(path);
    LineageGraphModel model(&service);
    LineageGraphModel::View view;
    view.start = QStringLiteral("order-management");
    model.setView(view);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isBusy(), 30'000);
    QCOMPARE(model.graph().nodeCount(), std::size_t(0));
    QVERIFY(!model.problem().isEmpty());

    // The import finishes: the same view is read again, without being asked.
    QVERIFY(QFile::copy(m_path, path));
    service.notifyChanged();
    QTRY_VERIFY_WITH_TIMEOUT(!model.isBusy() && model.graph().nodeCount() > 0, 30'000);
    QVERIFY2(model.problem().isEmpty(), qPrintable(model.problem()));
    QCOMPARE(model.view().start, view.start);
}

void TestLineageView::realEventsDisplay()
{
    // Real OpenLineage events (the spec's examples with column lineage, Marquez's sample pipeline): every
    // dataset's lineage and column lineage is drawn edge for edge.
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("events"));
    QVERIFY(QDir().mkpath(folder));
    for (const QString &fixtures :
        { QStringLiteral("catalogs/openlineage/events"), QStringLiteral("catalogs/marquez/apples") }) {
        for (const QString &file : test::fixtures(fixtures, QStringLiteral("*.json"))) {
            QVERIFY(QFile::copy(file, folder + QLatin1Char('/') + QFileInfo(file).fileName()));
        }
    }
    const QString path = dir.filePath(QStringLiteral("tessera.sqlite"));
    std::vector<QString> datasets;
    std::set<QString> withColumns;
    {
        StoreStatus status;
        auto store = Store::open(path, status);
        QVERIFY(store);
        const auto source = store->ensureSource(QStringLiteral("local"), QStringLiteral("Events"), folder, status);
        LocalScanReport report;
        QVERIFY(store->apply(*source, LocalFolderSource(folder).scan({}, report), status));
        QVERIFY(report.invalid.empty());
        LineageReader reader(*store);
        const LineageGraph mesh = reader.mesh();
        for (const LineageNode &node : mesh.nodes()) {
            if (node.kind == LineageNodeKind::Dataset) {
                datasets.push_back(node.key);
                if (reader.columns(node.key).edgeCount() > 0) {
                    withColumns.insert(node.key);
                }
            }
        }
    }
    QVERIFY(datasets.size() >= 10);
    QVERIFY(withColumns.size() >= 4);

    CatalogService service(path);
    for (const QString &key : datasets) {
        LineagePage page(&service, key);
        page.resize(1200, 800);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(settled(&page) && page.model()->graph().nodeCount() > 0, 30'000);
        QVERIFY2(page.model()->graph().find(key), qPrintable(key));
        QVERIFY2(page.model()->problem().isEmpty(), qPrintable(page.model()->problem()));
        compareModelAndScene(&page);
        if (withColumns.count(key)) {
            page.showColumns(key);
            QTRY_VERIFY_WITH_TIMEOUT(
                settled(&page) && page.model()->view().columnDataset == key && page.model()->graph().edgeCount() > 0,
                30'000);
            compareModelAndScene(&page);
        }
    }
}

void TestLineageView::zoomIsClamped()
{
    LineagePage *page = openLineage(QStringLiteral("placed-orders/orders"));
    QVERIFY(page);
    page->view()->setZoom(100);
    QCOMPARE(page->view()->zoom(), LineageView::kMaxZoom);
    page->view()->setZoom(0.0001);
    QCOMPARE(page->view()->zoom(), LineageView::kMinZoom);
    // Every level of detail paints.
    for (const qreal zoom : { 0.05, 0.3, 1.0, 3.0 }) {
        page->view()->setZoom(zoom);
        QImage image(page->view()->viewport()->size(), QImage::Format_ARGB32);
        QPainter painter(&image);
        page->view()->render(&painter);
    }
    page->view()->fitAll();
    QVERIFY(page->view()->zoom() <= 1.0);
}

QTEST_MAIN(TestLineageView)
#include "tst_lineageview.moc"
