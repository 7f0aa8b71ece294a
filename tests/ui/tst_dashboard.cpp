// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "browser/documentarea.h"
#include "browser/productpage.h"
#include "catalog/local/localfoldersource.h"
#include "catalogservice.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/meshoverviewpage.h"
#include "store/store.h"

#include <QAbstractButton>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolTip>
#include <QXYSeries>
#include <QtTest>

using namespace tessera;

namespace {

const QString kMeshDir = QStringLiteral(TESSERA_SOURCE_DIR "/resources/demo-mesh");

QXYSeries *xySeries(QChartView *view, int index)
{
    return qobject_cast<QXYSeries *>(view->chart()->series().value(index));
}

} // namespace

/** The product dashboard over the demo mesh: charts, series and point counts, the range picker, export. */
class TestDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensFromTheProductPage();
    void chartsAndSeries();
    void rangeChangesThePoints();
    void exportWritesPngAndSvg();
    void unknownProduct();
    void hoverShowsTheExactValue();
    void meshOverview();
    void domainDashboard();

private:
    DashboardPage *openDashboard(const QString &id);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<CatalogService> m_service;
    std::unique_ptr<DocumentArea> m_area;
};

void TestDashboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_path = m_dir.filePath(QStringLiteral("tessera.sqlite"));
    StoreStatus status;
    auto store = Store::open(m_path, status);
    QVERIFY(store);
    const auto source = store->ensureSource(QStringLiteral("local"), QStringLiteral("Demo mesh"), kMeshDir, status);
    QVERIFY(source);
    LocalScanReport report;
    QVERIFY(store->apply(*source, LocalFolderSource(kMeshDir).scan({}, report), status));
}

void TestDashboard::init()
{
    m_service = std::make_unique<CatalogService>(m_path);
    m_area = std::make_unique<DocumentArea>(m_service.get());
    m_area->resize(1400, 1000);
    m_area->show();
}

void TestDashboard::cleanup()
{
    m_area.reset();
    m_service.reset();
}

DashboardPage *TestDashboard::openDashboard(const QString &id)
{
    if (!m_area->open(QUrl(QStringLiteral("tessera://dashboard/") + id))) {
        return nullptr;
    }
    auto *page = qobject_cast<DashboardPage *>(m_area->tabs()->currentWidget());
    if (page && !page->isLoaded()) {
        QSignalSpy loaded(page, &DashboardPage::loaded);
        loaded.wait(10000);
    }
    return page;
}

void TestDashboard::opensFromTheProductPage()
{
    QVERIFY(m_area->open(QUrl(QStringLiteral("tessera://product/delivery-operations"))));
    auto *product = qobject_cast<ProductPage *>(m_area->tabs()->currentWidget());
    QVERIFY(product);
    QTRY_VERIFY_WITH_TIMEOUT(product->findChild<QPushButton *>(QStringLiteral("showDashboardButton")), 10000);
    QSignalSpy followed(m_area.get(), &DocumentArea::linkActivated);
    product->findChild<QPushButton *>(QStringLiteral("showDashboardButton"))->click();
    QCOMPARE(followed.count(), 1);
    const QUrl url = followed.first().first().toUrl();
    QCOMPARE(url, QUrl(QStringLiteral("tessera://dashboard/delivery-operations")));
    QVERIFY(DocumentArea::isDocumentUrl(url));
    QVERIFY(m_area->open(url));
    QCOMPARE(m_area->currentUrl(), url);
    auto *page = qobject_cast<DashboardPage *>(m_area->tabs()->currentWidget());
    QVERIFY(page);
    QTRY_COMPARE_WITH_TIMEOUT(m_area->tabs()->tabText(m_area->tabs()->currentIndex()),
        QStringLiteral("Dashboard: Delivery Operations"), 10000);
    // The same dashboard twice shows the open tab.
    const int tabs = m_area->count();
    QVERIFY(m_area->open(url));
    QCOMPARE(m_area->count(), tabs);
}

void TestDashboard::chartsAndSeries()
{
    DashboardPage *page = openDashboard(QStringLiteral("delivery-operations"));
    QVERIFY(page);
    QVERIFY(page->isLoaded() && page->data());
    QCOMPARE(page->days(), 30);
    // Three SLA properties (availability, latency, retention), the latency distribution, the quality pass rate.
    const QList<QChartView *> charts = page->chartViews();
    QCOMPARE(charts.size(), 5);
    QChartView *latency = page->findChild<QChartView *>(QStringLiteral("slaChart_delivery-jobs_latency"));
    QVERIFY(latency);
    // Values, target, breaches.
    QCOMPARE(latency->chart()->series().size(), 3);
    QCOMPARE(xySeries(latency, 0)->count(), 30);
    QCOMPARE(xySeries(latency, 1)->count(), 30);
    auto *breaches = qobject_cast<QScatterSeries *>(latency->chart()->series().at(2));
    QVERIFY(breaches);
    int expected = 0;
    for (const SlaSeries &s : page->data()->sla) {
        if (s.property == QLatin1String("latency")) {
            expected = s.breaches;
        }
    }
    QCOMPARE(breaches->count(), expected);
    for (const QPointF &p : breaches->points()) {
        QVERIFY(p.y() > xySeries(latency, 1)->points().first().y()); // a breach lies above the latency target
    }

    QChartView *distribution = page->findChild<QChartView *>(QStringLiteral("distributionChart_delivery-jobs_latency"));
    QVERIFY(distribution);
    auto *bars = qobject_cast<QBarSeries *>(distribution->chart()->series().value(0));
    QVERIFY(bars && bars->count() == 1);
    qreal sum = 0;
    for (int i = 0; i < bars->barSets().first()->count(); ++i) {
        sum += bars->barSets().first()->at(i);
    }
    QCOMPARE(int(sum), 30);

    QChartView *quality = page->findChild<QChartView *>(QStringLiteral("qualityChart"));
    QVERIFY(quality);
    QCOMPARE(xySeries(quality, 0)->count(), 30);
    for (const QPointF &p : xySeries(quality, 0)->points()) {
        QVERIFY(p.y() >= 0 && p.y() <= 100);
    }
    QVERIFY(page->findChild<QWidget *>(QStringLiteral("availabilityStat")));
}

void TestDashboard::rangeChangesThePoints()
{
    DashboardPage *page = openDashboard(QStringLiteral("delivery-operations"));
    QVERIFY(page);
    for (const int days : { 7, 90, 30 }) {
        QSignalSpy loaded(page, &DashboardPage::loaded);
        auto *button = page->findChild<QAbstractButton *>(QStringLiteral("range%1").arg(days));
        QVERIFY(button);
        button->click();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page->days(), days);
        QVERIFY(button->isChecked());
        QChartView *latency = page->findChild<QChartView *>(QStringLiteral("slaChart_delivery-jobs_latency"));
        QVERIFY(latency);
        QCOMPARE(xySeries(latency, 0)->count(), days);
        QCOMPARE(xySeries(page->findChild<QChartView *>(QStringLiteral("qualityChart")), 0)->count(), days);
        QCOMPARE(page->chartViews().size(), 5);
    }
}

void TestDashboard::exportWritesPngAndSvg()
{
    DashboardPage *page = openDashboard(QStringLiteral("delivery-operations"));
    QVERIFY(page);
    QTemporaryDir out;
    const QString png = out.filePath(QStringLiteral("page.png"));
    const QString svg = out.filePath(QStringLiteral("page.svg"));
    QVERIFY(page->exportPage(png));
    QVERIFY(page->exportPage(svg));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 400 && image.height() > 400);
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.size() > 10000);

    // One chart's card on its own.
    QWidget *card = page->chartViews().first()->parentWidget();
    QVERIFY(card);
    const QString chartPng = out.filePath(QStringLiteral("chart.png"));
    const QString chartSvg = out.filePath(QStringLiteral("chart.svg"));
    QVERIFY(DashboardPage::exportWidget(card, chartPng));
    QVERIFY(DashboardPage::exportWidget(card, chartSvg));
    QVERIFY(QFileInfo(chartPng).size() > 0);
    QVERIFY(QFileInfo(chartSvg).size() > 0);
}

void TestDashboard::unknownProduct()
{
    DashboardPage *page = openDashboard(QStringLiteral("no-such-product"));
    QVERIFY(page);
    QVERIFY(page->isLoaded());
    QVERIFY(!page->data());
    QVERIFY(page->chartViews().isEmpty());
}

void TestDashboard::hoverShowsTheExactValue()
{
    DashboardPage *page = openDashboard(QStringLiteral("delivery-operations"));
    QVERIFY(page);
    QChartView *latency = page->findChild<QChartView *>(QStringLiteral("slaChart_delivery-jobs_latency"));
    QVERIFY(latency);
    QVERIFY(QTest::qWaitForWindowExposed(page->window()));
    latency->ensureVisible(0, 0, 1, 1);
    auto *breaches = qobject_cast<QScatterSeries *>(latency->chart()->series().at(2));
    QVERIFY(breaches && breaches->count() > 0);
    const QPointF point = breaches->at(0);
    const QPoint at = latency->mapFromScene(latency->chart()->mapToPosition(point, breaches));
    QTest::mouseMove(latency->viewport(), at + QPoint(3, 3));
    QTest::mouseMove(latency->viewport(), at);
    QTRY_VERIFY_WITH_TIMEOUT(QToolTip::isVisible(), 3000);
    QVERIFY2(QToolTip::text().contains(QStringLiteral("breached")), qPrintable(QToolTip::text()));
    QVERIFY2(QToolTip::text().contains(QLocale().toString(point.y())), qPrintable(QToolTip::text()));
}

void TestDashboard::meshOverview()
{
    QVERIFY(m_area->open(MeshOverviewPage::pageUrl()));
    auto *page = qobject_cast<MeshOverviewPage *>(m_area->tabs()->currentWidget());
    QVERIFY(page);
    QSignalSpy loaded(page, &MeshOverviewPage::loaded);
    QVERIFY(page->isLoaded() || loaded.wait(10000));
    QCOMPARE(page->data().domains.size(), std::size_t(8));
    QCOMPARE(page->data().total.products, 46);
    QCOMPARE(page->table()->rowCount(), 9); // eight domains and the mesh
    QCOMPARE(page->table()->item(8, 1)->text(), QStringLiteral("46"));
    QCOMPARE(page->chartViews().size(), 3);
    auto *compliance = page->findChild<QChartView *>(QStringLiteral("complianceChart"));
    QVERIFY(compliance);
    auto *bars = qobject_cast<QAbstractBarSeries *>(compliance->chart()->series().value(0));
    QVERIFY(bars);
    QCOMPARE(bars->barSets().first()->count(), 8);
    for (int i = 0; i < 8; ++i) {
        QVERIFY(bars->barSets().first()->at(i) > 0 && bars->barSets().first()->at(i) <= 100);
    }
    // Choosing a domain opens its dashboard.
    QSignalSpy followed(m_area.get(), &DocumentArea::linkActivated);
    Q_EMIT page->table()->cellActivated(2, 0);
    QCOMPARE(followed.count(), 1);
    QCOMPARE(followed.first().first().toUrl(), MeshOverviewPage::pageUrl(QStringLiteral("delivery")));
    QTemporaryDir out;
    QVERIFY(page->exportPage(out.filePath(QStringLiteral("overview.png"))));
    QVERIFY(page->exportPage(out.filePath(QStringLiteral("overview.svg"))));
    QVERIFY(QFileInfo(out.filePath(QStringLiteral("overview.svg"))).size() > 0);
}

void TestDashboard::domainDashboard()
{
    QVERIFY(m_area->open(MeshOverviewPage::pageUrl(QStringLiteral("delivery"))));
    auto *page = qobject_cast<MeshOverviewPage *>(m_area->tabs()->currentWidget());
    QVERIFY(page);
    QCOMPARE(page->domain(), QStringLiteral("delivery"));
    QSignalSpy loaded(page, &MeshOverviewPage::loaded);
    QVERIFY(page->isLoaded() || loaded.wait(10000));
    QCOMPARE(page->data().domains.size(), std::size_t(1));
    QCOMPARE(page->table()->rowCount(), 1);
    QCOMPARE(int(page->products().size()), page->data().domains.front().products);
    QVERIFY(page->productTable());
    QCOMPARE(page->productTable()->rowCount(), int(page->products().size()));
    QCOMPARE(page->chartViews().size(), 1);
    auto *bars = qobject_cast<QAbstractBarSeries *>(page->chartViews().first()->chart()->series().value(0));
    QVERIFY(bars);
    QCOMPARE(bars->barSets().first()->count(), int(page->products().size()));
    QCOMPARE(m_area->tabs()->tabText(m_area->tabs()->currentIndex()), QStringLiteral("Domain: delivery"));
    // A product's row opens its dashboard.
    QSignalSpy followed(m_area.get(), &DocumentArea::linkActivated);
    Q_EMIT page->productTable()->cellActivated(0, 0);
    QCOMPARE(followed.count(), 1);
    QCOMPARE(followed.first().first().toUrl().host(), QStringLiteral("dashboard"));
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
