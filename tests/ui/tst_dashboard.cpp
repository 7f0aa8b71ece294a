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
#include <QAreaSeries>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolTip>
#include <QValueAxis>
#include <QXYSeries>
#include <QtTest>

using namespace tessera;

namespace {

const QString kMeshDir = QStringLiteral(TESSERA_SOURCE_DIR "/resources/demo-mesh");

QXYSeries *xySeries(QChartView *view, int index)
{
    return qobject_cast<QXYSeries *>(view->chart()->series().value(index));
}

/** A chart's series by its object name ("values", "target", "targetBand", "breaches"). */
template <typename Series = QXYSeries> Series *seriesNamed(QChartView *view, const QString &name)
{
    for (QAbstractSeries *series : view->chart()->series()) {
        if (series->objectName() == name) {
            return qobject_cast<Series *>(series);
        }
    }
    return nullptr;
}

/** Moves the pointer over `view` to `at` (a nudge first, so a move arrives) and returns the tooltip shown, if any. */
QString hoverText(QChartView *view, const QPoint &at)
{
    // On screen first (the page scrolls), and no earlier tooltip left.
    for (QWidget *w = view->parentWidget(); w; w = w->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(w); scroll && scroll->widget()) {
            const QPoint top = view->mapTo(scroll->widget(), QPoint(0, 0));
            scroll->ensureVisible(top.x(), top.y() + view->height() / 2, 0, view->height() / 2 + 8);
            QCoreApplication::processEvents();
        }
    }
    QToolTip::hideText();
    if (!QTest::qWaitFor([] { return !QToolTip::isVisible(); }, 3000)) {
        return {};
    }
    QTest::mouseMove(view->viewport(), at + QPoint(3, 3));
    QTest::mouseMove(view->viewport(), at);
    if (!QTest::qWaitFor([] { return QToolTip::isVisible(); }, 3000)) {
        return {};
    }
    return QToolTip::text();
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
    void everyChartHasTooltips();
    void targetBand();
    void contractDashboard();
    void productDashboardLinksItsContracts();
    void productPageLinksTheContractDashboard();
    void unknownContract();
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
    // The target's band beneath, the target line, the values, the breaches.
    QCOMPARE(latency->chart()->series().size(), 4);
    QVERIFY(qobject_cast<QAreaSeries *>(latency->chart()->series().at(0)));
    QCOMPARE(seriesNamed(latency, QStringLiteral("values"))->count(), 30);
    QXYSeries *target = seriesNamed(latency, QStringLiteral("target"));
    QVERIFY(target);
    QCOMPARE(target->count(), 32); // each measurement's target, and the band's ends
    auto *breaches = seriesNamed<QScatterSeries>(latency, QStringLiteral("breaches"));
    QVERIFY(breaches);
    int expected = 0;
    for (const SlaSeries &s : page->data()->sla) {
        if (s.property == QLatin1String("latency")) {
            expected = s.breaches;
        }
    }
    QCOMPARE(breaches->count(), expected);
    for (const QPointF &p : breaches->points()) {
        QVERIFY(p.y() > target->points().first().y()); // a breach lies above the latency target
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
        QCOMPARE(seriesNamed(latency, QStringLiteral("values"))->count(), days);
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
    auto *breaches = seriesNamed<QScatterSeries>(latency, QStringLiteral("breaches"));
    QVERIFY(breaches && breaches->count() > 0);
    const QPointF point = breaches->at(0);
    const QPoint at = latency->mapFromScene(latency->chart()->mapToPosition(point, breaches));
    QTest::mouseMove(latency->viewport(), at + QPoint(3, 3));
    QTest::mouseMove(latency->viewport(), at);
    QTRY_VERIFY_WITH_TIMEOUT(QToolTip::isVisible(), 3000);
    QVERIFY2(QToolTip::text().contains(QStringLiteral("breached")), qPrintable(QToolTip::text()));
    QVERIFY2(QToolTip::text().contains(QLocale().toString(point.y())), qPrintable(QToolTip::text()));
}

void TestDashboard::everyChartHasTooltips()
{
    // Hovering any chart of a product's dashboard shows the exact figures under the pointer: each SLA property
    // (availability included), the latency distribution, the quality pass rate.
    DashboardPage *page = openDashboard(QStringLiteral("delivery-operations"));
    QVERIFY(page);
    QVERIFY(QTest::qWaitForWindowExposed(page->window()));
    const QLocale locale;
    QCOMPARE(page->chartViews().size(), 5);
    for (QChartView *view : page->chartViews()) {
        const QString name = view->objectName();
        if (name.startsWith(QLatin1String("slaChart_"))) {
            QXYSeries *values = seriesNamed(view, QStringLiteral("values"));
            QVERIFY(values && values->count() == 30);
            const QPointF point = values->at(values->count() / 2);
            const QString text = hoverText(view, view->mapFromScene(view->chart()->mapToPosition(point, values)));
            QVERIFY2(!text.isEmpty(), qPrintable(name));
            // The value as the locale writes it (up to two decimals), the target and the verdict.
            QString value = locale.toString(point.y(), 'f', 2);
            while (value.contains(locale.decimalPoint())
                && (value.endsWith(QLatin1Char('0')) || value.endsWith(locale.decimalPoint()))) {
                value.chop(1);
            }
            QVERIFY2(text.contains(value), qPrintable(name + QLatin1Char(' ') + value + QLatin1Char(' ') + text));
            QVERIFY2(text.contains(QLatin1String("target")), qPrintable(text));
            QVERIFY2(text.contains(QLatin1String("met")) || text.contains(QLatin1String("breached")), qPrintable(text));
        } else if (name.startsWith(QLatin1String("distributionChart_"))) {
            auto *bars = qobject_cast<QBarSeries *>(view->chart()->series().value(0));
            QVERIFY(bars);
            QBarSet *set = bars->barSets().first();
            int tallest = 0;
            for (int i = 1; i < set->count(); ++i) {
                tallest = set->at(i) > set->at(tallest) ? i : tallest;
            }
            const QPoint at
                = view->mapFromScene(view->chart()->mapToPosition(QPointF(tallest, set->at(tallest) / 2), bars));
            const QString text = hoverText(view, at);
            QVERIFY2(text.contains(QStringLiteral("%1 measurements").arg(locale.toString(int(set->at(tallest))))),
                qPrintable(name + QLatin1Char(' ') + text));
            QVERIFY2(text.contains(QLatin1String(" to ")), qPrintable(text));
        } else {
            QCOMPARE(name, QStringLiteral("qualityChart"));
            const DailyQuality &day = page->data()->quality.back();
            QXYSeries *rate = xySeries(view, 0);
            const QPoint at = view->mapFromScene(view->chart()->mapToPosition(rate->at(rate->count() - 1), rate));
            const QString text = hoverText(view, at + QPoint(-2, 0));
            QVERIFY2(text.contains(QStringLiteral("%1 of %2 rule runs passed")
                                       .arg(locale.toString(day.passed), locale.toString(day.runs))),
                qPrintable(text));
            QVERIFY2(text.contains(locale.toString(QDate::fromString(day.day, Qt::ISODate), QLocale::LongFormat)),
                qPrintable(text));
        }
    }
    // Leaving the plot hides it.
    QChartView *first = page->chartViews().first();
    QTest::mouseMove(first->viewport(), QPoint(1, 1));
    QTRY_VERIFY_WITH_TIMEOUT(!QToolTip::isVisible(), 3000);
}

void TestDashboard::targetBand()
{
    DashboardPage *page = openDashboard(QStringLiteral("delivery-operations"));
    QVERIFY(page);
    for (const char *property : { "latency", "availability" }) {
        QChartView *view
            = page->findChild<QChartView *>(QStringLiteral("slaChart_delivery-jobs_%1").arg(QLatin1String(property)));
        QVERIFY(view);
        auto *band = seriesNamed<QAreaSeries>(view, QStringLiteral("targetBand"));
        QVERIFY(band && band->upperSeries() && band->lowerSeries());
        QCOMPARE(view->chart()->series().indexOf(band), 0); // beneath the line and the markers
        QVERIFY(band->brush().color().alpha() > 0 && band->brush().color().alpha() < 100); // faint
        QXYSeries *target = seriesNamed(view, QStringLiteral("target"));
        const auto *y = qobject_cast<QValueAxis *>(view->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(target && y);
        QCOMPARE(band->upperSeries()->count(), 32);
        QCOMPARE(band->lowerSeries()->count(), 32);
        const bool higher = QLatin1String(property) == QLatin1String("availability");
        for (int i = 0; i < 32; ++i) {
            // From the target to the plot's edge, on the side that meets it.
            const QPointF upper = band->upperSeries()->at(i), lower = band->lowerSeries()->at(i);
            QCOMPARE(upper.x(), lower.x());
            QCOMPARE(upper.x(), target->at(i).x());
            QCOMPARE(higher ? lower.y() : upper.y(), target->at(i).y());
            QCOMPARE(higher ? upper.y() : lower.y(), higher ? y->max() : y->min());
        }
        // The band spans the whole time axis; the legend shows the band, not the line.
        const auto *x = qobject_cast<QDateTimeAxis *>(view->chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(x);
        QCOMPARE(qint64(band->upperSeries()->at(0).x()), x->min().toMSecsSinceEpoch());
        QCOMPARE(qint64(band->upperSeries()->at(31).x()), x->max().toMSecsSinceEpoch());
        QVERIFY(view->chart()->legend()->markers(band).value(0)->isVisible());
        QVERIFY(!view->chart()->legend()->markers(target).value(0)->isVisible());
        // Every breach lies outside the band, every met value inside it.
        const auto *breaches = seriesNamed<QScatterSeries>(view, QStringLiteral("breaches"));
        QXYSeries *values = seriesNamed(view, QStringLiteral("values"));
        QVERIFY(breaches && values);
        int outside = 0;
        for (int i = 0; i < values->count(); ++i) {
            const QPointF v = values->at(i);
            const double edge = target->at(i + 1).y(); // the band's first point is its left end
            outside += (higher ? v.y() < edge : v.y() > edge) ? 1 : 0;
        }
        QCOMPARE(outside, breaches->count());
    }
}

void TestDashboard::contractDashboard()
{
    const QUrl url(QStringLiteral("tessera://dashboard/contract/placed-orders"));
    QVERIFY(DocumentArea::isDocumentUrl(url));
    DashboardPage *page = openDashboard(QStringLiteral("contract/placed-orders"));
    QVERIFY(page);
    QCOMPARE(page->scope(), DashboardPage::Scope::Contract);
    QCOMPARE(page->id(), QStringLiteral("placed-orders"));
    QCOMPARE(page->url(), url);
    QCOMPARE(m_area->currentUrl(), url);
    QVERIFY(page->isLoaded() && page->data());
    QCOMPARE(page->data()->contract, QStringLiteral("placed-orders"));
    QCOMPARE(page->data()->contracts, QStringList { QStringLiteral("placed-orders") });
    // The same charts, of that contract alone: three SLA properties, the latency distribution, quality.
    QCOMPARE(page->chartViews().size(), 5);
    for (QChartView *view : page->chartViews()) {
        QVERIFY2(view->objectName() == QLatin1String("qualityChart")
                || view->objectName().contains(QLatin1String("_placed-orders_")),
            qPrintable(view->objectName()));
    }
    QChartView *latency = page->findChild<QChartView *>(QStringLiteral("slaChart_placed-orders_latency"));
    QVERIFY(latency);
    QCOMPARE(seriesNamed(latency, QStringLiteral("values"))->count(), 30);
    QVERIFY(seriesNamed<QAreaSeries>(latency, QStringLiteral("targetBand")));
    QVERIFY(!page->findChild<QChartView *>(QStringLiteral("slaChart_order-cancellations_latency")));
    const QString name = page->data()->contractName;
    QVERIFY(!name.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_area->tabs()->tabText(m_area->tabs()->currentIndex()),
        QStringLiteral("Contract dashboard: %1").arg(name), 10000);
    // Its product: the button opens its page, the subtitle links to its dashboard.
    auto *product = page->findChild<QAbstractButton *>(QStringLiteral("openProductButton"));
    QVERIFY(product && product->isEnabled());
    QSignalSpy followed(m_area.get(), &DocumentArea::linkActivated);
    product->click();
    QCOMPARE(followed.count(), 1);
    QCOMPARE(followed.takeFirst().first().toUrl(), QUrl(QStringLiteral("tessera://product/order-management")));
    auto *subtitle = page->findChild<QLabel *>(QStringLiteral("dashboardRange"));
    QVERIFY(subtitle);
    QVERIFY2(subtitle->text().contains(QLatin1String("href=\"tessera://dashboard/order-management\"")),
        qPrintable(subtitle->text()));
    Q_EMIT subtitle->linkActivated(QStringLiteral("tessera://dashboard/order-management"));
    QCOMPARE(followed.count(), 1);
    QCOMPARE(followed.first().first().toUrl(), DashboardPage::pageUrl(QStringLiteral("order-management")));
    // The contract's own cards do not link to themselves.
    auto *cardSubtitle = page->findChild<QLabel *>(QStringLiteral("slaChart_placed-orders_latencySubtitle"));
    QVERIFY(cardSubtitle);
    QVERIFY(!cardSubtitle->text().contains(QLatin1String("<a ")));
    // The product's dashboard and the contract's are separate tabs; opening the contract's again shows its tab.
    const int tabs = m_area->count();
    QVERIFY(m_area->open(DashboardPage::pageUrl(QStringLiteral("placed-orders"), DashboardPage::Scope::Contract)));
    QCOMPARE(m_area->count(), tabs);
    QVERIFY(m_area->open(DashboardPage::pageUrl(QStringLiteral("order-management"))));
    QCOMPARE(m_area->count(), tabs + 1);
}

void TestDashboard::productDashboardLinksItsContracts()
{
    DashboardPage *page = openDashboard(QStringLiteral("order-management"));
    QVERIFY(page);
    QCOMPARE(page->scope(), DashboardPage::Scope::Product);
    QCOMPARE(page->data()->contracts.size(), 2);
    // The header names both contracts, each a link to its dashboard.
    auto *subtitle = page->findChild<QLabel *>(QStringLiteral("dashboardRange"));
    QVERIFY(subtitle);
    for (const QString &contract : page->data()->contracts) {
        const QString href = DashboardPage::pageUrl(contract, DashboardPage::Scope::Contract).toString();
        QVERIFY2(subtitle->text().contains(QStringLiteral("href=\"%1\"").arg(href)), qPrintable(subtitle->text()));
    }
    // Every SLA and distribution card names its contract in its subtitle, linked to the contract's dashboard.
    QCOMPARE(page->chartViews().size(), 2 * 3 + 2 + 1);
    QSignalSpy followed(m_area.get(), &DocumentArea::linkActivated);
    for (QChartView *view : page->chartViews()) {
        if (view->objectName() == QLatin1String("qualityChart")) {
            continue;
        }
        const QString contract = view->objectName().section(QLatin1Char('_'), 1, 1);
        QVERIFY(page->data()->contracts.contains(contract));
        auto *label = page->findChild<QLabel *>(view->objectName() + QStringLiteral("Subtitle"));
        QVERIFY(label);
        const QString href = DashboardPage::pageUrl(contract, DashboardPage::Scope::Contract).toString();
        QVERIFY2(label->text().startsWith(QStringLiteral("<a href=\"%1\">%2</a>").arg(href, contract)),
            qPrintable(label->text()));
        Q_EMIT label->linkActivated(href);
        QCOMPARE(
            followed.takeFirst().first().toUrl(), DashboardPage::pageUrl(contract, DashboardPage::Scope::Contract));
    }
    // Following one opens that contract's dashboard.
    QVERIFY(
        m_area->open(DashboardPage::pageUrl(QStringLiteral("order-cancellations"), DashboardPage::Scope::Contract)));
    auto *contract = qobject_cast<DashboardPage *>(m_area->tabs()->currentWidget());
    QVERIFY(contract && contract != page);
    QCOMPARE(contract->scope(), DashboardPage::Scope::Contract);
    QCOMPARE(contract->id(), QStringLiteral("order-cancellations"));
}

void TestDashboard::productPageLinksTheContractDashboard()
{
    QVERIFY(m_area->open(QUrl(QStringLiteral("tessera://product/order-management"))));
    auto *product = qobject_cast<ProductPage *>(m_area->tabs()->currentWidget());
    QVERIFY(product);
    QTRY_VERIFY_WITH_TIMEOUT(product->findChild<QLabel *>(QStringLiteral("contractDashboardLink")), 10000);
    // One link per contract, in its current version's row.
    const QList<QLabel *> links = product->findChildren<QLabel *>(QStringLiteral("contractDashboardLink"));
    QStringList hrefs;
    for (QLabel *link : links) {
        hrefs << link->text().section(QLatin1Char('"'), 1, 1);
    }
    hrefs.sort();
    QCOMPARE(hrefs,
        QStringList({ QStringLiteral("tessera://dashboard/contract/order-cancellations"),
            QStringLiteral("tessera://dashboard/contract/placed-orders") }));
    QSignalSpy followed(m_area.get(), &DocumentArea::linkActivated);
    Q_EMIT links.first()->linkActivated(links.first()->text().section(QLatin1Char('"'), 1, 1));
    QCOMPARE(followed.count(), 1);
    const QUrl url = followed.first().first().toUrl();
    QCOMPARE(url.host(), QStringLiteral("dashboard"));
    QVERIFY(url.path().startsWith(QLatin1String("/contract/")));
    QVERIFY(m_area->open(url));
    auto *page = qobject_cast<DashboardPage *>(m_area->tabs()->currentWidget());
    QVERIFY(page);
    QCOMPARE(page->scope(), DashboardPage::Scope::Contract);
}

void TestDashboard::unknownContract()
{
    DashboardPage *page = openDashboard(QStringLiteral("contract/no-such-contract"));
    QVERIFY(page);
    QVERIFY(page->isLoaded());
    QVERIFY(!page->data());
    QVERIFY(page->chartViews().isEmpty());
    auto *product = page->findChild<QAbstractButton *>(QStringLiteral("openProductButton"));
    QVERIFY(product && !product->isEnabled());
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
