// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "browser/datasetpage.h"
#include "browser/documentarea.h"
#include "browser/productlistpanel.h"
#include "browser/productpage.h"
#include "browser/quickopen.h"
#include "browser/sidebar.h"
#include "browser/sourcestatus.h"
#include "catalog/local/localfoldersource.h"
#include "catalogmodels.h"
#include "catalogservice.h"
#include "common/markdownview.h"
#include "contract/linter.h"
#include "mainwindow.h"
#include "modelroles.h"
#include "navigationhistory.h"
#include "productlistmodel.h"
#include "store/store.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace tessera;

namespace {

const QString kMeshDir = QStringLiteral(TESSERA_SOURCE_DIR "/resources/demo-mesh");

/** Receives the URLs QDesktopServices would hand to the system (no browser starts in a test). */
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

QStringList rowNames(const QAbstractItemModel *model)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r) {
        out << model->index(r, 0).data().toString();
    }
    return out;
}

} // namespace

/** The catalog browser on the demo mesh, driven as a user would: type, filter, open, follow, go back. */
class TestBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsTheCatalog();
    void searchAsYouType();
    void searchFindsColumns();
    void facetsFilterTheList();
    void nothingMatchesOffersAWayBack();
    void keyboardFirst();
    void productPageShowsWhatItPromises();
    void linksLeadOn();
    void backAndForward();
    void quickOpen();
    void urlsOpenPages_data();
    void urlsOpenPages();
    void pagesComeBackAfterRestart();
    void sourcesInStatusBar();
    void offlineSourceSaysCached();
    void markdownIsRenderedSafely();
    void damagedStoreSaysSo();
    void everyInteractiveWidgetHasAName();

private:
    MainWindow *makeWindow();

    QTemporaryDir m_dir;
    QString m_path;
    std::shared_ptr<const Linter> m_linter;
    std::unique_ptr<CatalogService> m_service;
    std::unique_ptr<MainWindow> m_window;
};

void TestBrowser::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TesseraTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_browser"));
    m_path = m_dir.filePath(QStringLiteral("tessera.sqlite"));
    StoreStatus status;
    auto store = Store::open(m_path, status);
    QVERIFY(store);
    const auto source = store->ensureSource(QStringLiteral("local"), QStringLiteral("Demo mesh"), kMeshDir, status);
    LocalScanReport report;
    QVERIFY(store->apply(*source, LocalFolderSource(kMeshDir).scan({}, report), status));
    m_linter = std::make_shared<const Linter>();
}

void TestBrowser::init()
{
    QSettings().clear();
    m_service = std::make_unique<CatalogService>(m_path);
}

void TestBrowser::cleanup()
{
    m_window.reset();
    m_service.reset();
}

MainWindow *TestBrowser::makeWindow()
{
    m_window = std::make_unique<MainWindow>(m_linter, m_service.get());
    m_window->resize(1400, 900);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get())) {
        return nullptr;
    }
    return m_window.get();
}

void TestBrowser::listsTheCatalog()
{
    MainWindow *window = makeWindow();
    QVERIFY(window);
    ProductListModel *model = window->productList()->model();
    QTRY_COMPARE(model->rowCount(), 46);
    auto *count = window->findChild<QLabel *>(QStringLiteral("productCount"));
    QTRY_COMPARE(count->text(), QStringLiteral("46 product(s)")); // the C locale shows the source text
    // The sidebar: domains with counts, and filters with counts.
    auto *domains = window->findChild<QTreeView *>(QStringLiteral("domainView"));
    QTRY_COMPARE(domains->model()->rowCount(), 8);
    QVERIFY(rowNames(domains->model()).contains(QStringLiteral("delivery (8)")));
    FacetModel *facets = window->sidebar()->facetModel();
    QTRY_VERIFY(facets->rowCount() >= 5);
    QCOMPARE(facets->index(0, 0).data(KindRole).toString(), QStringLiteral("domain"));
    // The list is in name order at first, with every row's status and domain.
    const QStringList names = rowNames(model);
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(),
        [](const QString &a, const QString &b) { return QString::compare(a, b, Qt::CaseInsensitive) < 0; });
    QCOMPARE(names, sorted);
    QVERIFY(!model->index(0, 0).data(StatusRole).toString().isEmpty());
}

void TestBrowser::searchAsYouType()
{
    MainWindow *window = makeWindow();
    QVERIFY(window);
    ProductListModel *model = window->productList()->model();
    QTRY_COMPARE(model->rowCount(), 46);
    QLineEdit *search = window->productList()->searchField();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("rider"));
    // Debounced: one search for the five keystrokes, off the GUI thread.
    QTRY_VERIFY(model->query().text == QStringLiteral("rider") && !model->isLoading());
    QTRY_VERIFY(model->rowCount() > 0 && model->rowCount() < 46);
    QVERIFY(rowNames(model).contains(QStringLiteral("Rider Telemetry")));
    // Best match first: the product named after the words.
    QTest::keyClicks(search, QStringLiteral(" tele"));
    QTRY_COMPARE(model->query().text, QStringLiteral("rider tele"));
    QTRY_COMPARE(model->index(0, 0).data().toString(), QStringLiteral("Rider Telemetry"));
    // Sorting a search by name.
    auto *sort = window->findChild<QComboBox *>(QStringLiteral("sortOrder"));
    window->productList()->setOrder(ProductQuery::Order::Name);
    QTRY_COMPARE(model->query().order, ProductQuery::Order::Name);
    QVERIFY(sort);
    // Escape clears the search: the whole catalog again.
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QTRY_COMPARE(model->rowCount(), 46);
}

void TestBrowser::searchFindsColumns()
{
    MainWindow *window = makeWindow();
    QVERIFY(window);
    ProductListModel *model = window->productList()->model();
    window->productList()->setSearchText(QStringLiteral("delivery_address_id"));
    QTRY_VERIFY(model->rowCount() > 0 && !model->isLoading());
    const int row = model->rowOf(QStringLiteral("order-management"));
    QVERIFY(row >= 0);
    QVERIFY(model->index(row, 0).data(MatchedByRole).toString().startsWith(QStringLiteral("dataset")));
}

void TestBrowser::facetsFilterTheList()
{
    MainWindow *window = makeWindow();
    QVERIFY(window);
    ProductListModel *model = window->productList()->model();
    QTRY_COMPARE(model->rowCount(), 46);
    FacetModel *facets = window->sidebar()->facetModel();
    QTRY_VERIFY(facets->rowCount() > 0);
    // Check "delivery" in the domain facet, as a click would.
    QModelIndex delivery;
    for (int f = 0; f < facets->rowCount(); ++f) {
        const QModelIndex facet = facets->index(f, 0);
        if (facet.data(KindRole).toString() != QLatin1String("domain")) {
            continue;
        }
        for (int v = 0; v < facets->rowCount(facet); ++v) {
            if (facets->index(v, 0, facet).data().toString() == QLatin1String("delivery")) {
                delivery = facets->index(v, 0, facet);
            }
        }
    }
    QVERIFY(delivery.isValid());
    QCOMPARE(facets->index(delivery.row(), 1, delivery.parent()).data(CountRole).toInt(), 8);
    QVERIFY(facets->setData(delivery, Qt::Checked, Qt::CheckStateRole));
    QTRY_COMPARE(model->rowCount(), 8);
    for (int r = 0; r < model->rowCount(); ++r) {
        QCOMPARE(model->index(r, 0).data(DomainRole).toString(), QStringLiteral("delivery"));
    }
    // The counts follow: the status facet now counts delivery's products only.
    QTRY_VERIFY([&] {
        for (int f = 0; f < facets->rowCount(); ++f) {
            const QModelIndex facet = facets->index(f, 0);
            if (facet.data(KindRole).toString() == QLatin1String("status")) {
                qint64 sum = 0;
                for (int v = 0; v < facets->rowCount(facet); ++v) {
                    sum += facets->index(v, 1, facet).data(CountRole).toLongLong();
                }
                return sum == 8;
            }
        }
        return false;
    }());
    // A domain in the tree shows only that domain; Clear filters shows everything again.
    auto *domains = window->findChild<QTreeView *>(QStringLiteral("domainView"));
    const QModelIndex orders = domains->model()->index(5, 0);
    QCOMPARE(orders.data(DomainRole).toString(), QStringLiteral("orders"));
    domains->scrollTo(orders);
    QTest::mouseClick(domains->viewport(), Qt::LeftButton, {}, domains->visualRect(orders).center());
    QTRY_COMPARE(model->rowCount(), 5);
    auto *clear = window->findChild<QPushButton *>(QStringLiteral("clearFiltersButton"));
    QVERIFY(clear->isEnabled());
    clear->click();
    QTRY_COMPARE(model->rowCount(), 46);
    QVERIFY(window->sidebar()->filters().empty());
}

void TestBrowser::nothingMatchesOffersAWayBack()
{
    MainWindow *window = makeWindow();
    QVERIFY(window);
    window->productList()->setSearchText(QStringLiteral("zzzznothing"));
    auto *title = window->findChild<QLabel *>(QStringLiteral("emptyTitle"));
    QTRY_VERIFY(title->isVisible());
    QCOMPARE(title->text(), QStringLiteral("No product matches \"zzzznothing\""));
    auto *action = window->findChild<QPushButton *>(QStringLiteral("emptyAction"));
    QCOMPARE(action->text(), QStringLiteral("Clear search and filters"));
    action->click();
    QTRY_COMPARE(window->productList()->model()->rowCount(), 46);
    QVERIFY(window->productList()->searchField()->text().isEmpty());
    QTRY_VERIFY(!title->isVisible());
}

void TestBrowser::keyboardFirst()
{
    MainWindow *window = makeWindow();
    QVERIFY(window);
    ProductListModel *model = window->productList()->model();
    QTRY_COMPARE(model->rowCount(), 46);
    // Ctrl+F focuses the search; typing filters; Down enters the list; Down moves; Enter opens.
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(window->productList()->searchField()->hasFocus());
    QTest::keyClicks(window->productList()->searchField(), QStringLiteral("order"));
    QTRY_VERIFY(model->query().text == QStringLiteral("order") && !model->isLoading() && model->rowCount() > 1);
    QTest::keyClick(window->productList()->searchField(), Qt::Key_Down);
    QListView *list = window->productList()->listView();
    QTRY_VERIFY(list->hasFocus());
    QCOMPARE(list->currentIndex().row(), 0);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentIndex().row(), 1);
    const QString expected = list->currentIndex().data(EntityIdRole).toString();
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_COMPARE(window->documents()->count(), 1);
    QCOMPARE(window->documents()->currentUrl().toString(), QStringLiteral("tessera://product/") + expected);
    // Ctrl+W closes the page.
    QTest::keyClick(window, Qt::Key_W, Qt::ControlModifier);
    QTRY_COMPARE(window->documents()->count(), 0);
}

void TestBrowser::productPageShowsWhatItPromises()
{
    MainWindow *window = makeWindow();
    QVERIFY(window);
    QVERIFY(window->openUrl(QUrl(QStringLiteral("tessera://product/order-management"))));
    auto *page = qobject_cast<ProductPage *>(window->documents()->tabs()->currentWidget());
    QVERIFY(page);
    QTRY_VERIFY(page->hasDetails());
    QCOMPARE(window->documents()->tabs()->tabText(0), QStringLiteral("Order Management"));
    QCOMPARE(window->windowTitle(), QStringLiteral("Order Management — Tessera"));
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("productName"))->text(), QStringLiteral("Order Management"));
    QVERIFY(page->findChild<QWidget *>(QStringLiteral("productStatus")));
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("productOwner"))->accessibleName(),
        QStringLiteral("Order Platform Data"));
    QVERIFY(
        page->findChild<QLabel *>(QStringLiteral("productProvenance"))->text().contains(QStringLiteral("Demo mesh")));
    // The cards people look for.
    for (const char *card : { "aboutCard", "outputsCard", "contractsCard", "slaCard", "qualityCard", "accessCard",
             "teamCard", "tagsCard", "teamProductsCard", "sourceCard" }) {
        QVERIFY2(page->findChild<QWidget *>(QLatin1String(card)), card);
    }
    // About: the purpose as rendered text.
    auto *purpose = page->findChild<MarkdownView *>(QStringLiteral("aboutPurpose"));
    QVERIFY(purpose);
    QVERIFY(purpose->toPlainText().contains(QStringLiteral("orders customers place")));
    // SLA: each property with its latest value and state; a sparkline per property.
    auto *sla = page->findChild<QWidget *>(QStringLiteral("slaCard"));
    QStringList slaTexts;
    for (auto *label : sla->findChildren<QLabel *>()) {
        slaTexts << label->text();
    }
    QVERIFY(slaTexts.contains(QStringLiteral("latency")));
    QVERIFY(slaTexts.contains(QStringLiteral("availability")));
    QVERIFY(slaTexts.contains(QStringLiteral("met")) || slaTexts.contains(QStringLiteral("breached")));
    // Access: a connection line per server, each with a copy button that copies it.
    auto *access = page->findChild<QWidget *>(QStringLiteral("accessCard"));
    const auto lines = access->findChildren<QLineEdit *>();
    QVERIFY(!lines.isEmpty());
    QStringList connections;
    for (auto *line : lines) {
        connections << line->text();
    }
    QVERIFY(connections.contains(QStringLiteral("postgres://orders-db.example.com:5432/orders/public")));
    auto *copy = access->findChildren<QToolButton *>().constFirst();
    copy->click();
    QCOMPARE(QApplication::clipboard()->text(), lines.constFirst()->text());
    // Support channels are links (opened only on a click).
    auto *team = page->findChild<QWidget *>(QStringLiteral("teamCard"));
    QStringList teamTexts;
    for (auto *label : team->findChildren<QLabel *>()) {
        teamTexts << label->text();
    }
    QVERIFY(teamTexts.join(QLatin1Char('\n')).contains(QStringLiteral("mailto:data-orders@example.com")));
    QVERIFY(!teamTexts.join(QLatin1Char('\n')).contains(QStringLiteral("Jonas Becker"))); // left the team
    // Opening it again shows the same tab.
    window->openUrl(QUrl(QStringLiteral("tessera://product/order-management")));
    QCOMPARE(window->documents()->count(), 1);
}

void TestBrowser::linksLeadOn()
{
    MainWindow *window = makeWindow();
    QVERIFY(window);
    ProductListModel *model = window->productList()->model();
    QTRY_COMPARE(model->rowCount(), 46);
    window->openUrl(QUrl(QStringLiteral("tessera://product/order-management")));
    auto *page = qobject_cast<ProductPage *>(window->documents()->tabs()->currentWidget());
    QTRY_VERIFY(page->hasDetails());

    // Owner → the team's products in the list.
    Q_EMIT page->findChild<QLabel *>(QStringLiteral("productOwner"))
        ->linkActivated(QStringLiteral("tessera://team/Order%20Platform%20Data"));
    QTRY_COMPARE(model->rowCount(), 5);
    QVERIFY(window->sidebar()->filters()
        == (std::multimap<QString, QString> { { QStringLiteral("owner"), QStringLiteral("Order Platform Data") } }));

    // Port → its dataset's page, with the columns.
    QLabel *datasetLink = nullptr;
    for (auto *label : page->findChild<QWidget *>(QStringLiteral("outputsCard"))->findChildren<QLabel *>()) {
        if (label->text().contains(QStringLiteral("tessera://dataset/placed-orders"))) {
            datasetLink = label;
        }
    }
    QVERIFY(datasetLink);
    const QString href = datasetLink->text().section(QLatin1Char('"'), 1, 1);
    Q_EMIT datasetLink->linkActivated(href);
    QTRY_COMPARE(window->documents()->count(), 2);
    auto *dataset = qobject_cast<DatasetPage *>(window->documents()->tabs()->currentWidget());
    QVERIFY(dataset);
    QTRY_VERIFY(dataset->details().has_value());
    auto *columns = dataset->findChild<QTableWidget *>(QStringLiteral("columnsTable"));
    QVERIFY(columns);
    QVERIFY(columns->rowCount() > 5);
    // Dataset → its product (back to the open tab).
    auto *product = dataset->findChild<QLabel *>(QStringLiteral("datasetProduct"));
    QVERIFY(product);
    Q_EMIT product->linkActivated(QStringLiteral("tessera://product/order-management"));
    QCOMPARE(window->documents()->count(), 2);
    QCOMPARE(window->documents()->currentUrl().toString(), QStringLiteral("tessera://product/order-management"));

    // Contract → its product, at the contracts.
    window->openUrl(QUrl(QStringLiteral("tessera://contract/orders-daily-summary")));
    QTRY_COMPARE(window->documents()->count(), 3);
    QTRY_COMPARE(window->documents()->currentUrl().toString(), QStringLiteral("tessera://product/order-analytics"));
}

void TestBrowser::backAndForward()
{
    MainWindow *window = makeWindow();
    QVERIFY(window);
    for (const char *id : { "order-management", "rider-telemetry", "order-analytics" }) {
        window->openUrl(QUrl(QStringLiteral("tessera://product/") + QLatin1String(id)));
    }
    QTRY_COMPARE(window->documents()->count(), 3);
    const auto current = [&] { return window->documents()->currentUrl().toString(); };
    QCOMPARE(current(), QStringLiteral("tessera://product/order-analytics"));
    // Alt+Left, twice.
    QTest::keyClick(window, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(current(), QStringLiteral("tessera://product/rider-telemetry"));
    QTest::keyClick(window, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(current(), QStringLiteral("tessera://product/order-management"));
    QVERIFY(!window->history()->canGoBack());
    // Alt+Right.
    QTest::keyClick(window, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(current(), QStringLiteral("tessera://product/rider-telemetry"));
    // The mouse's back and forward buttons, over any part of the window.
    QTest::mousePress(window->productList()->listView()->viewport(), Qt::BackButton);
    QCOMPARE(current(), QStringLiteral("tessera://product/order-management"));
    QTest::mousePress(window->productList()->listView()->viewport(), Qt::ForwardButton);
    QCOMPARE(current(), QStringLiteral("tessera://product/rider-telemetry"));
    // Visiting a page from the middle drops the pages ahead.
    window->openUrl(QUrl(QStringLiteral("tessera://product/menu-catalog")));
    QTRY_VERIFY(!window->history()->canGoForward());
    // A closed page opens again when the history returns to it.
    window->documents()->closeTab(0); // order-management
    window->goBack();
    window->goBack();
    QCOMPARE(current(), QStringLiteral("tessera://product/order-management"));
}

void TestBrowser::quickOpen()
{
    MainWindow *window = makeWindow();
    QVERIFY(window);
    QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier);
    QuickOpen *palette = window->quickOpen();
    QTRY_VERIFY(palette->isVisible());
    QVERIFY(palette->input()->hasFocus());
    QTest::keyClicks(palette->input(), QStringLiteral("delivery_addr"));
    QTRY_VERIFY(palette->results()->count() > 0);
    QStringList urls;
    for (int i = 0; i < palette->results()->count(); ++i) {
        urls << palette->results()->item(i)->data(Qt::UserRole).toString();
    }
    QVERIFY2(urls.join(QLatin1Char(' ')).contains(QStringLiteral("?column=delivery_address_id")),
        qPrintable(urls.join(QLatin1Char(' '))));
    // Arrows move, Enter opens the chosen one and closes the palette.
    const int row = static_cast<int>(urls.indexOf(QRegularExpression(QStringLiteral(".*column=delivery_address_id"))));
    for (int i = 0; i < row; ++i) {
        QTest::keyClick(palette->input(), Qt::Key_Down);
    }
    QTest::keyClick(palette->input(), Qt::Key_Return);
    QTRY_VERIFY(!palette->isVisible());
    QTRY_COMPARE(window->documents()->count(), 1);
    auto *dataset = qobject_cast<DatasetPage *>(window->documents()->tabs()->currentWidget());
    QVERIFY(dataset);
    QTRY_VERIFY(dataset->details().has_value());
    auto *columns = dataset->findChild<QTableWidget *>(QStringLiteral("columnsTable"));
    QCOMPARE(columns->item(columns->currentRow(), 0)->text(), QStringLiteral("delivery_address_id"));
    // Escape closes it.
    window->showQuickOpen();
    QTRY_VERIFY(palette->isVisible());
    QTest::keyClick(palette->input(), Qt::Key_Escape);
    QTRY_VERIFY(!palette->isVisible());
}

void TestBrowser::urlsOpenPages_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("opens");
    QTest::addColumn<QString>("page");
    QTest::newRow("product") << "tessera://product/rider-telemetry" << true << "tessera://product/rider-telemetry";
    QTest::newRow("contract") << "tessera://contract/placed-orders" << true << "tessera://product/order-management";
    QTest::newRow("dataset") << "tessera://dataset/placed-orders%2Forders" << true
                             << "tessera://dataset/placed-orders/orders";
    QTest::newRow("unknown product") << "tessera://product/nope" << true << "tessera://product/nope";
    QTest::newRow("not ours") << "https://example.com/x" << false << "";
    QTest::newRow("unknown kind") << "tessera://spaceship/1" << false << "";
    QTest::newRow("no id") << "tessera://product/" << false << "";
}

void TestBrowser::urlsOpenPages()
{
    QFETCH(QString, url);
    QFETCH(bool, opens);
    QFETCH(QString, page);
    MainWindow *window = makeWindow();
    QVERIFY(window);
    QCOMPARE(window->openUrl(QUrl(url)), opens);
    if (!opens) {
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("cannot open")));
        QCOMPARE(window->documents()->count(), 0);
        return;
    }
    QTRY_COMPARE(window->documents()->currentUrl().toString(QUrl::FullyDecoded), page);
    if (url.endsWith(QLatin1String("nope"))) {
        auto *product = qobject_cast<ProductPage *>(window->documents()->tabs()->currentWidget());
        QTRY_VERIFY(product->findChild<QLabel *>(QStringLiteral("productNotFound")));
    }
}

void TestBrowser::pagesComeBackAfterRestart()
{
    {
        MainWindow *window = makeWindow();
        QVERIFY(window);
        window->openUrl(QUrl(QStringLiteral("tessera://product/order-management")));
        window->openUrl(QUrl(QStringLiteral("tessera://dataset/placed-orders%2Forders")));
        window->openUrl(QUrl(QStringLiteral("tessera://product/rider-telemetry")));
        QTRY_COMPARE(window->documents()->count(), 3);
        window->documents()->tabs()->setCurrentIndex(1);
        window->close();
        m_window.reset();
    }
    MainWindow *window = makeWindow();
    QVERIFY(window);
    QCOMPARE(window->documents()->count(), 3);
    QCOMPARE(window->documents()->currentUrl().toString(QUrl::FullyDecoded),
        QStringLiteral("tessera://dataset/placed-orders/orders"));
}

void TestBrowser::sourcesInStatusBar()
{
    MainWindow *window = makeWindow();
    QVERIFY(window);
    QSignalSpy updated(window, &MainWindow::sourcesUpdated);
    QTRY_VERIFY(!window->sourceStatus()->texts().isEmpty());
    QCOMPARE(window->sourceStatus()->texts(), QStringList { QStringLiteral("Demo mesh · 46 product(s)") });
    auto *sources = window->sidebar()->sourceList();
    QCOMPARE(sources->count(), 1);
    QVERIFY(sources->item(0)->text().startsWith(QStringLiteral("Demo mesh")));
    // A click on a source shows its products.
    QTest::mouseClick(sources->viewport(), Qt::LeftButton, {}, sources->visualItemRect(sources->item(0)).center());
    QCOMPARE(window->sidebar()->filters().count(QStringLiteral("source")), 1u);
}

void TestBrowser::offlineSourceSaysCached()
{
    ProductPage page(QStringLiteral("p"));
    ProductDetails details;
    details.id = QStringLiteral("p");
    details.name = QStringLiteral("Parcels");
    details.sourceName = QStringLiteral("USB disk");
    SourceState source;
    source.name = QStringLiteral("USB disk");
    source.location = QStringLiteral("/media/usb/contracts");
    source.reachable = false;
    source.lastImport = QDateTime::currentDateTimeUtc().addDays(-3).toString(Qt::ISODate);
    page.setDetails(details, source);
    auto *notice = page.findChild<QLabel *>(QStringLiteral("offlineNotice"));
    QVERIFY(notice);
    QVERIFY2(notice->text().contains(QStringLiteral("cached 3 day(s) ago")), qPrintable(notice->text()));
    QVERIFY(notice->text().contains(QStringLiteral("/media/usb/contracts")));
    // Reachable: no notice.
    source.reachable = true;
    page.setDetails(details, source);
    QVERIFY(!page.findChild<QLabel *>(QStringLiteral("offlineNotice")));
    // The status bar says it too.
    SourceStatus status;
    source.reachable = false;
    status.setSources({ source }, {});
    QCOMPARE(status.texts(), QStringList { QStringLiteral("USB disk · offline, cached 3 day(s) ago") });
}

void TestBrowser::markdownIsRenderedSafely()
{
    UrlCatcher catcher;
    for (const char *scheme : { "http", "https", "mailto", "file", "javascript", "ftp" }) {
        QDesktopServices::setUrlHandler(QLatin1String(scheme), &catcher, "open");
    }
    MarkdownView view;
    view.setMarkdownText(QStringLiteral("# Title\n\n**bold** [site](https://example.com) [mail](mailto:a@b.c) "
                                        "[local](file:///etc/passwd) [js](javascript:alert(1))\n\n"
                                        "![tracker](https://evil.example/pixel.png)\n\n"
                                        "<img src=\"https://evil.example/x.png\"><script>alert(1)</script>"));
    // Raw HTML is text, never markup.
    QVERIFY(view.toPlainText().contains(QStringLiteral("<script>alert(1)</script>")));
    QVERIFY(!view.document()->toHtml().contains(QStringLiteral("<script")));
    // Nothing is fetched, from anywhere.
    QVERIFY(!view.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("https://evil.example/pixel.png")))
                 .isValid());
    QVERIFY(!view.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("file:///etc/passwd"))).isValid());
    // Links do nothing until clicked; then only http(s) and mailto leave the app.
    QVERIFY(catcher.urls.isEmpty());
    QSignalSpy opened(&view, &MarkdownView::externalLinkOpened);
    for (const char *link : { "https://example.com", "mailto:a@b.c", "file:///etc/passwd", "javascript:alert(1)" }) {
        Q_EMIT view.anchorClicked(QUrl(QLatin1String(link)));
    }
    QCOMPARE(opened.count(), 2);
    QCOMPARE(catcher.urls,
        (QList<QUrl> { QUrl(QStringLiteral("https://example.com")), QUrl(QStringLiteral("mailto:a@b.c")) }));
    // tessera:// links stay inside.
    QSignalSpy internal(&view, &MarkdownView::internalLinkActivated);
    Q_EMIT view.anchorClicked(QUrl(QStringLiteral("tessera://product/x")));
    QCOMPARE(internal.count(), 1);
    for (const char *scheme : { "http", "https", "mailto", "file", "javascript", "ftp" }) {
        QDesktopServices::unsetUrlHandler(QLatin1String(scheme));
    }
}

void TestBrowser::damagedStoreSaysSo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tessera.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x')); // not an SQLite file
    file.close();
    CatalogService service(path);
    ProductListPanel panel(&service);
    panel.show();
    auto *title = panel.findChild<QLabel *>(QStringLiteral("emptyTitle"));
    QTRY_COMPARE(title->text(), QStringLiteral("The catalog cannot be read"));
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("emptyText"))->text().contains(path));
    auto *retry = panel.findChild<QPushButton *>(QStringLiteral("emptyAction"));
    QCOMPARE(retry->text(), QStringLiteral("Try again"));
    // Repaired meanwhile (here: replaced by a good store): Try again shows the catalog.
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::copy(m_path, path));
    retry->click();
    QTRY_COMPARE(panel.model()->rowCount(), 46);
    QTRY_VERIFY(!title->isVisible());
}

void TestBrowser::everyInteractiveWidgetHasAName()
{
    MainWindow *window = makeWindow();
    QVERIFY(window);
    window->openUrl(QUrl(QStringLiteral("tessera://product/order-management")));
    auto *page = qobject_cast<ProductPage *>(window->documents()->tabs()->currentWidget());
    QTRY_VERIFY(page->hasDetails());
    QTRY_VERIFY(!window->sourceStatus()->texts().isEmpty());
    QStringList unnamed;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window) || !(widget->focusPolicy() & Qt::TabFocus)) {
            continue;
        }
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty()) {
            unnamed << QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ') + widget->objectName();
        }
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    // The tab order starts where work starts: the search field, then the list.
    QWidget *w = window->productList()->searchField();
    QStringList chain;
    for (int i = 0; i < 6; ++i) {
        w = w->nextInFocusChain();
        chain << QString::fromLatin1(w->metaObject()->className());
    }
    QVERIFY2(chain.contains(QStringLiteral("QListView")), qPrintable(chain.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestBrowser)
#include "tst_browser.moc"
