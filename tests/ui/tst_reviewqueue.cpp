// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "browser/documentarea.h"
#include "catalog/local/localfoldersource.h"
#include "catalogservice.h"
#include "contract/linter.h"
#include "governance/policies.h"
#include "governance/policystore.h"
#include "mainwindow.h"
#include "review/reviewqueuepage.h"
#include "store/store.h"

#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

using namespace tessera;

namespace {

const QString kMeshDir = QStringLiteral(TESSERA_SOURCE_DIR "/resources/demo-mesh");

QTreeWidgetItem *rowOf(QTreeWidget *list, const QString &text)
{
    for (int g = 0; g < list->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->text(0).contains(text)) {
                return group->child(i);
            }
        }
    }
    return nullptr;
}

} // namespace

/** The review queue page over the demo mesh: the queue, one item's detail, and deciding. */
class TestReviewQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void waitingOnesFirst();
    void breakingItemShowsChangesFindingsAndImpact();
    void newContractSaysSo();
    void findingAndImpactRowsOpenTheirPages();
    void requestingChangesNeedsAComment();
    void approvingKeepsTheDecision();
    void emptyQueueExplainsItself();
    void opensByUrlAtAnItem();
    void statusBarCountsWhatWaits();

private:
    /** Selects the row whose name contains `text` and waits for its detail. */
    bool selectItem(const QString &text);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<CatalogService> m_service;
    std::unique_ptr<ReviewQueuePage> m_page;
};

void TestReviewQueue::initTestCase()
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
    QVERIFY(savePolicyFindings(*store, PolicyEngine().evaluate(*store), status));
}

void TestReviewQueue::init()
{
    m_service = std::make_unique<CatalogService>(m_path);
    m_page = std::make_unique<ReviewQueuePage>(m_service.get());
    m_page->resize(1400, 1000);
    m_page->show();
    QVERIFY(QTest::qWaitFor([this] { return m_page->isLoaded() && m_page->detail().has_value(); }, 10000));
}

void TestReviewQueue::cleanup()
{
    m_page.reset();
    m_service.reset();
}

bool TestReviewQueue::selectItem(const QString &text)
{
    QTreeWidgetItem *row = rowOf(m_page->list(), text);
    if (!row) {
        return false;
    }
    if (m_page->list()->currentItem() == row) {
        return m_page->detail().has_value();
    }
    QSignalSpy loaded(m_page.get(), &ReviewQueuePage::loaded);
    m_page->list()->setCurrentItem(row);
    return (!loaded.isEmpty() || loaded.wait(10000)) && m_page->detail()
        && row->text(0).contains(m_page->detail()->item.name);
}

void TestReviewQueue::waitingOnesFirst()
{
    QTreeWidget *list = m_page->list();
    QCOMPARE(list->topLevelItemCount(), 2);
    QVERIFY(list->topLevelItem(0)->text(0).startsWith(QLatin1String("Waiting for review (2)")));
    QCOMPARE(list->topLevelItem(0)->childCount(), 2);
    QCOMPARE(list->topLevelItem(1)->childCount(), 0);
    // The first waiting item is selected and shown.
    QCOMPARE(list->currentItem(), list->topLevelItem(0)->child(0));
    QVERIFY(m_page->detail()->item.waiting());
    // payment-transactions carries its policy error in the list.
    QTreeWidgetItem *payments = rowOf(list, QStringLiteral("Payment transactions 1.1.0"));
    QVERIFY(payments);
    QCOMPARE(payments->text(1), QStringLiteral("payments"));
    QVERIFY(payments->text(2).startsWith(QLatin1String("1 error"))); // "1 error(s)" without a translation loaded
    QVERIFY(!list->accessibleName().isEmpty());
}

void TestReviewQueue::breakingItemShowsChangesFindingsAndImpact()
{
    QVERIFY(selectItem(QStringLiteral("Payment transactions")));
    auto *verdict = m_page->findChild<QLabel *>(QStringLiteral("reviewVerdict"));
    QVERIFY(verdict->text().startsWith(QLatin1String("Replaces 1.0.0")));
    QVERIFY(verdict->text().contains(QLatin1String("breaking change")));
    // Changes: breaking first.
    QTreeWidget *changes = m_page->changes();
    QVERIFY(changes->topLevelItemCount() > 3);
    QCOMPARE(changes->topLevelItem(0)->text(0), QStringLiteral("breaking"));
    QVERIFY(changes->topLevelItem(0)->text(1).contains(QLatin1String("payments-lake-prod")));
    // The policy finding.
    QCOMPARE(m_page->findings()->topLevelItemCount(), 1);
    QCOMPARE(m_page->findings()->topLevelItem(0)->text(1), QStringLiteral("breaking-needs-major"));
    // Downstream products with owners, the products first.
    QTreeWidget *impact = m_page->impact();
    QVERIFY(!impact->isHidden());
    QVERIFY(impact->topLevelItemCount() >= 2);
    QVERIFY(impact->topLevelItem(0)->text(0).startsWith(QLatin1String("Product ")));
    QVERIFY(!impact->topLevelItem(0)->text(1).isEmpty());
    for (int i = 0; i < impact->topLevelItemCount(); ++i) {
        QVERIFY(!impact->topLevelItem(i)->text(0).contains(QLatin1String("Payment Processing")));
    }
}

void TestReviewQueue::newContractSaysSo()
{
    QVERIFY(selectItem(QStringLiteral("Basket affinity")));
    auto *verdict = m_page->findChild<QLabel *>(QStringLiteral("reviewVerdict"));
    QCOMPARE(verdict->text(), QStringLiteral("A new contract: nothing depends on it yet."));
    QVERIFY(m_page->impact()->isHidden());
    QCOMPARE(m_page->findings()->topLevelItemCount(), 1); // the "nothing found" row
    QVERIFY(m_page->findings()->topLevelItem(0)->text(2).contains(QLatin1String("find nothing")));
}

void TestReviewQueue::findingAndImpactRowsOpenTheirPages()
{
    QVERIFY(selectItem(QStringLiteral("Payment transactions")));
    QSignalSpy links(m_page.get(), &ReviewQueuePage::linkActivated);
    Q_EMIT m_page->findings()->itemActivated(m_page->findings()->topLevelItem(0), 0);
    QCOMPARE(links.size(), 1);
    const QUrl designer = links.takeFirst().at(0).toUrl();
    QCOMPARE(designer.host(), QStringLiteral("edit"));
    QCOMPARE(designer.path(), QStringLiteral("/payment-transactions"));
    QCOMPARE(QUrlQuery(designer).queryItemValue(QStringLiteral("version")), QStringLiteral("1.1.0"));
    QCOMPARE(
        QUrlQuery(designer).queryItemValue(QStringLiteral("pointer"), QUrl::FullyDecoded), QStringLiteral("/version"));
    Q_EMIT m_page->impact()->itemActivated(m_page->impact()->topLevelItem(0), 0);
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.takeFirst().at(0).toUrl().host(), QStringLiteral("product"));
}

void TestReviewQueue::requestingChangesNeedsAComment()
{
    QVERIFY(selectItem(QStringLiteral("Payment transactions")));
    QSignalSpy decided(m_page.get(), &ReviewQueuePage::decided);
    m_page->comment()->clear();
    QTest::mouseClick(m_page->requestChangesButton(), Qt::LeftButton);
    auto *hint = m_page->findChild<QLabel *>(QStringLiteral("reviewCommentHint"));
    QVERIFY(hint->text().contains(QLatin1String("what should change")));
    QVERIFY(!QTest::qWaitFor([&decided] { return !decided.isEmpty(); }, 300));
    StoreStatus status;
    auto store = Store::open(m_path, status, Store::Mode::ReadOnly);
    QCOMPARE(store->connection().scalar("SELECT count(*) FROM review_decisions").value_or(-1), 0);
}

void TestReviewQueue::approvingKeepsTheDecision()
{
    QVERIFY(selectItem(QStringLiteral("Basket affinity")));
    QSignalSpy decided(m_page.get(), &ReviewQueuePage::decided);
    QTest::keyClicks(m_page->comment(), QStringLiteral("Fine for the pilot."));
    QTest::mouseClick(m_page->approveButton(), Qt::LeftButton);
    QVERIFY(decided.wait(10000));
    QCOMPARE(decided.takeFirst().at(0).toBool(), true);
    // The page reads the queue again: the item moved to the decided ones, still selected, with its decision.
    QVERIFY(QTest::qWaitFor(
        [this] {
            return m_page->detail() && m_page->detail()->item.decision
                && m_page->list()->topLevelItem(1)->childCount() == 1;
        },
        10000));
    QVERIFY(m_page->list()->topLevelItem(0)->text(0).startsWith(QLatin1String("Waiting for review (1)")));
    QCOMPARE(m_page->detail()->item.contractId, QStringLiteral("basket-affinity"));
    auto *history = m_page->findChild<QLabel *>(QStringLiteral("reviewHistory"));
    QVERIFY2(history->text().startsWith(QLatin1String("approved by")), qPrintable(history->text()));
    QVERIFY(history->text().contains(QLatin1String("kept in Tessera")));
    QVERIFY(history->text().contains(QLatin1String("Fine for the pilot.")));
    QVERIFY(m_page->comment()->toPlainText().isEmpty());
    StoreStatus status;
    auto store = Store::open(m_path, status);
    QCOMPARE(
        store->connection().scalar("SELECT count(*) FROM review_decisions WHERE verdict = 'approved'").value_or(-1), 1);
    QVERIFY(store->connection().exec("DELETE FROM review_decisions").ok()); // the next tests start from none
}

void TestReviewQueue::emptyQueueExplainsItself()
{
    CatalogService empty(m_dir.filePath(QStringLiteral("empty.sqlite")));
    {
        StoreStatus status;
        QVERIFY(Store::open(empty.storePath(), status));
    }
    ReviewQueuePage page(&empty);
    QVERIFY(QTest::qWaitFor([&page] { return page.isLoaded(); }, 10000));
    QVERIFY(page.items().empty());
    auto *text = page.findChild<QLabel *>(QStringLiteral("reviewEmpty"));
    QVERIFY(text->text().startsWith(QLatin1String("Nothing waits for review.")));
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("reviewSummary"))->text().contains(QLatin1String("proposed")));
}

void TestReviewQueue::opensByUrlAtAnItem()
{
    DocumentArea area(m_service.get());
    area.resize(1400, 900);
    QVERIFY(area.open(QUrl(QStringLiteral("tessera://review/queue?contract=payment-transactions&version=1.1.0"))));
    auto *page = qobject_cast<ReviewQueuePage *>(area.tabs()->currentWidget());
    QVERIFY(page);
    QVERIFY(QTest::qWaitFor(
        [page] { return page->detail() && page->detail()->item.contractId == QLatin1String("payment-transactions"); },
        10000));
    // The tab names what waits; the same URL shows the open page, at the item it names.
    QVERIFY(QTest::qWaitFor([&area] { return area.tabs()->tabText(0) == QLatin1String("Review queue (2)"); }, 5000));
    QVERIFY(area.open(QUrl(QStringLiteral("tessera://review/queue?contract=basket-affinity&version=0.3.0"))));
    QCOMPARE(area.count(), 1);
    QVERIFY(QTest::qWaitFor(
        [page] { return page->detail() && page->detail()->item.contractId == QLatin1String("basket-affinity"); },
        10000));
    QVERIFY(DocumentArea::isDocumentUrl(ReviewQueuePage::pageUrl()));
}

void TestReviewQueue::statusBarCountsWhatWaits()
{
    MainWindow window(std::make_shared<const Linter>(), m_service.get());
    window.show();
    auto *button = window.findChild<QToolButton *>(QStringLiteral("reviewsWaiting"));
    QVERIFY(button);
    QVERIFY(QTest::qWaitFor([button] { return button->isVisible(); }, 10000));
    QCOMPARE(button->text(), QStringLiteral("2 to review"));
    button->click();
    QVERIFY(QTest::qWaitFor(
        [&window] { return qobject_cast<ReviewQueuePage *>(window.documents()->tabs()->currentWidget()); }, 5000));
    auto *shortcut = window.findChild<QAction *>(QStringLiteral("reviewQueueAction"));
    QCOMPARE(shortcut->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
}

QTEST_MAIN(TestReviewQueue)
#include "tst_reviewqueue.moc"
