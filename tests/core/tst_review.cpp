// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "catalog/local/localfoldersource.h"
#include "governance/policies.h"
#include "governance/policystore.h"
#include "governance/review.h"
#include "store/store.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace tessera;

namespace {

const QString kMeshDir = QStringLiteral(TESSERA_SOURCE_DIR "/resources/demo-mesh");

const ReviewItem *findItem(const std::vector<ReviewItem> &items, const QString &id)
{
    const auto it = std::find_if(items.begin(), items.end(), [&id](const ReviewItem &i) { return i.contractId == id; });
    return it == items.end() ? nullptr : &*it;
}

} // namespace

/** The review queue over the demo mesh: what waits, each item's diff, findings and impact, and decisions. */
class TestReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void queueHasTheProposedVersions();
    void breakingChangeShowsDiffFindingsAndImpact();
    void newContractHasNoBaseAndNoImpact();
    void approveMovesItOutOfTheWaitingOnes();
    void requestChangesNeedsNoEndpointAndWaitsAgainWhenRevised();
    void decisionOnUnknownVersionFails();
    void decisionsSurviveReopeningAndMigrationKeepsThem();
    void emptyStoreHasAnEmptyQueue();

private:
    /** The demo mesh, copied so it can be changed, imported with its policy findings kept. */
    void importMesh();

    QTemporaryDir m_dir;
    QString m_mesh;
    std::unique_ptr<Store> m_store;
    std::optional<std::int64_t> m_source;
};

void TestReview::init()
{
    m_store.reset();
    QDir(m_dir.path()).removeRecursively();
    QVERIFY(QDir().mkpath(m_dir.path()));
    m_mesh = m_dir.filePath(QStringLiteral("mesh"));
    // A copy of the mesh's contracts and products (lineage too: impact follows it).
    for (const QString &sub : { QStringLiteral("contracts"), QStringLiteral("products"), QStringLiteral("lineage") }) {
        QDir from(kMeshDir + QLatin1Char('/') + sub);
        QDirIterator it(from.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QString to = m_mesh + QLatin1Char('/') + sub + QLatin1Char('/') + from.relativeFilePath(file);
            QVERIFY(QDir().mkpath(QFileInfo(to).path()));
            QVERIFY(QFile::copy(file, to));
        }
    }
    importMesh();
}

void TestReview::importMesh()
{
    StoreStatus status;
    if (!m_store) {
        m_store = Store::open(m_dir.filePath(QStringLiteral("store.sqlite")), status);
        QVERIFY2(m_store, qPrintable(status.message));
        m_source = m_store->ensureSource(QStringLiteral("local"), QStringLiteral("Demo mesh"), m_mesh, status);
        QVERIFY(m_source);
    }
    LocalScanReport report;
    QVERIFY2(m_store->apply(*m_source, LocalFolderSource(m_mesh).scan(m_store->files(*m_source), report), status),
        qPrintable(status.message));
    QVERIFY(savePolicyFindings(*m_store, PolicyEngine().evaluate(*m_store), status));
}

void TestReview::queueHasTheProposedVersions()
{
    const auto items = review::queue(m_store->connection());
    QCOMPARE(items.size(), 2u);
    QCOMPARE(review::waitingCount(m_store->connection()), 2);
    for (const ReviewItem &item : items) {
        QVERIFY(item.waiting());
        QCOMPARE(item.status, QStringLiteral("proposed"));
        QCOMPARE(item.sourceName, QStringLiteral("Demo mesh"));
        QVERIFY(!item.sourceTakesDecisions); // a folder: decisions stay in Tessera
        QVERIFY(!item.decision);
        QVERIFY(!item.owner.isEmpty());
    }
    const ReviewItem *payments = findItem(items, QStringLiteral("payment-transactions"));
    QVERIFY(payments);
    QCOMPARE(payments->version, QStringLiteral("1.1.0"));
    QCOMPARE(payments->domain, QStringLiteral("payments"));
    QCOMPARE(payments->productId, QStringLiteral("payment-processing"));
    QCOMPARE(payments->policyErrors, 1); // breaking-needs-major
    const ReviewItem *basket = findItem(items, QStringLiteral("basket-affinity"));
    QVERIFY(basket);
    QCOMPARE(basket->version, QStringLiteral("0.3.0"));
    QCOMPARE(basket->policyErrors, 0);
    // The active 1.0.0 of payment-transactions is not in the queue.
    QCOMPARE(std::count_if(items.begin(), items.end(),
                 [](const ReviewItem &i) { return i.contractId == QLatin1String("payment-transactions"); }),
        1);
}

void TestReview::breakingChangeShowsDiffFindingsAndImpact()
{
    const auto d = review::detail(*m_store, QStringLiteral("payment-transactions"), QStringLiteral("1.1.0"));
    QVERIFY(d);
    QCOMPARE(d->baseVersion, QStringLiteral("1.0.0"));
    QVERIFY(d->base.is_object());
    QCOMPARE(d->proposed.value("version", std::string()), std::string("1.1.0"));
    QVERIFY(d->changes.isBreaking());
    QVERIFY(d->changes.versionTooLow);
    QCOMPARE(d->changes.suggestedVersion, std::string("2.0.0"));
    // The server dropped is among the breaking changes; the added columns are harmless.
    bool serverRemoved = false;
    bool columnAdded = false;
    for (const ClassifiedChange &c : d->changes.changes) {
        serverRemoved
            = serverRemoved || (c.severity == Severity::Error && c.change.path == "servers.payments-lake-prod");
        columnAdded = columnAdded
            || (c.severity == Severity::Info
                && c.change.path == "schema.payment_transactions.properties.wallet_provider");
    }
    QVERIFY(serverRemoved);
    QVERIFY(columnAdded);
    // Its policy finding, pointing at the version.
    QCOMPARE(d->findings.size(), 1u);
    QCOMPARE(d->findings[0].policyId, QStringLiteral("breaking-needs-major"));
    QCOMPARE(d->findings[0].pointer, std::string("/version"));
    // Downstream: products of other teams that read payment transactions, with their owners; not its own product.
    QVERIFY(!d->impact.empty());
    int products = 0;
    for (const lineage::ImpactEntry &e : d->impact) {
        QVERIFY(e.degree >= 1);
        if (e.kind == LineageNodeKind::Product) {
            ++products;
            QVERIFY2(e.product != QLatin1String("payment-processing"), qPrintable(e.key));
            QVERIFY2(!e.owner.isEmpty(), qPrintable(e.key));
        } else {
            QVERIFY(e.contract != QLatin1String("payment-transactions"));
        }
    }
    QVERIFY(products >= 2);
    // Products come first, nearest first.
    QCOMPARE(d->impact.front().kind, LineageNodeKind::Product);
    for (std::size_t i = 1; i < d->impact.size(); ++i) {
        if (d->impact[i].kind == d->impact[i - 1].kind) {
            QVERIFY(d->impact[i - 1].degree <= d->impact[i].degree);
        }
    }
    QVERIFY(d->history.empty());
}

void TestReview::newContractHasNoBaseAndNoImpact()
{
    const auto d = review::detail(*m_store, QStringLiteral("basket-affinity"), QStringLiteral("0.3.0"));
    QVERIFY(d);
    QVERIFY(d->baseVersion.isEmpty());
    QVERIFY(d->base.is_null());
    QVERIFY(!d->changes.isBreaking());
    QVERIFY(!d->changes.changes.empty()); // everything in it is new
    QVERIFY(d->impact.empty());
    QVERIFY(d->findings.empty());
    QVERIFY(!review::detail(*m_store, QStringLiteral("basket-affinity"), QStringLiteral("9.9.9")));
}

void TestReview::approveMovesItOutOfTheWaitingOnes()
{
    StoreStatus status;
    ReviewDecision decision;
    decision.contractId = QStringLiteral("basket-affinity");
    decision.version = QStringLiteral("0.3.0");
    decision.verdict = ReviewDecision::Verdict::Approved;
    decision.comment = QStringLiteral("Fine for the pilot.");
    decision.reviewer = QStringLiteral("governance-bot");
    QVERIFY2(review::decide(*m_store, decision, status), qPrintable(status.message));

    const auto items = review::queue(m_store->connection());
    QCOMPARE(items.size(), 2u);
    QCOMPARE(review::waitingCount(m_store->connection()), 1);
    // Waiting ones first, then the decided.
    QCOMPARE(items[0].contractId, QStringLiteral("payment-transactions"));
    QCOMPARE(items[1].contractId, QStringLiteral("basket-affinity"));
    const ReviewItem &basket = items[1];
    QVERIFY(!basket.waiting());
    QVERIFY(basket.decision);
    QCOMPARE(basket.decision->verdict, ReviewDecision::Verdict::Approved);
    QCOMPARE(basket.decision->comment, QStringLiteral("Fine for the pilot."));
    QCOMPARE(basket.decision->reviewer, QStringLiteral("governance-bot"));
    QCOMPARE(basket.decision->push, ReviewDecision::Push::Local); // a folder takes no decisions
    QCOMPARE(basket.decision->sourceId, *m_source);
    QVERIFY(!basket.decision->decidedAt.isEmpty());
    QVERIFY(!basket.revised);
    // Nothing waits to be sent to a folder.
    QVERIFY(review::pendingDecisions(m_store->connection(), *m_source).empty());
    const auto d = review::detail(*m_store, QStringLiteral("basket-affinity"), QStringLiteral("0.3.0"));
    QCOMPARE(d->history.size(), 1u);
}

void TestReview::requestChangesNeedsNoEndpointAndWaitsAgainWhenRevised()
{
    StoreStatus status;
    ReviewDecision decision;
    decision.contractId = QStringLiteral("payment-transactions");
    decision.version = QStringLiteral("1.1.0");
    decision.verdict = ReviewDecision::Verdict::ChangesRequested;
    decision.comment = QStringLiteral("Dropping payments-lake-prod breaks finance: make it 2.0.0.");
    QVERIFY(review::decide(*m_store, decision, status));
    auto items = review::queue(m_store->connection());
    const ReviewItem *payments = findItem(items, QStringLiteral("payment-transactions"));
    QVERIFY(!payments->waiting());
    QCOMPARE(payments->decision->verdict, ReviewDecision::Verdict::ChangesRequested);

    // The owner revises the same version (a clearer description): it waits again, marked as revised.
    const QString file = m_mesh + QStringLiteral("/contracts/payments/payment-transactions.v1.1.0.odcs.yaml");
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray text = f.readAll();
    f.close();
    QVERIFY(text.contains("Proposed for review"));
    text.replace("Proposed for review", "Proposed again for review");
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
    f.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime); // seen as changed
    f.close();
    importMesh();
    items = review::queue(m_store->connection());
    payments = findItem(items, QStringLiteral("payment-transactions"));
    QVERIFY(payments);
    QVERIFY(payments->revised);
    QVERIFY(payments->waiting());
    QCOMPARE(review::waitingCount(m_store->connection()), 2);
}

void TestReview::decisionOnUnknownVersionFails()
{
    StoreStatus status;
    ReviewDecision decision;
    decision.contractId = QStringLiteral("payment-transactions");
    decision.version = QStringLiteral("7.0.0");
    QVERIFY(!review::decide(*m_store, decision, status));
    QVERIFY(status.message.contains(QStringLiteral("7.0.0")));
    QCOMPARE(m_store->connection().scalar("SELECT count(*) FROM review_decisions").value_or(-1), 0);
}

void TestReview::decisionsSurviveReopeningAndMigrationKeepsThem()
{
    StoreStatus status;
    ReviewDecision decision;
    decision.contractId = QStringLiteral("payment-transactions");
    decision.version = QStringLiteral("1.1.0");
    decision.verdict = ReviewDecision::Verdict::Approved;
    QVERIFY(review::decide(*m_store, decision, status));
    m_store.reset();
    m_store = Store::open(m_dir.filePath(QStringLiteral("store.sqlite")), status);
    QVERIFY(m_store);
    QCOMPARE(m_store->schemaVersion(), 7);
    const auto items = review::queue(m_store->connection());
    const ReviewItem *payments = findItem(items, QStringLiteral("payment-transactions"));
    QVERIFY(payments && payments->decision);
    QCOMPARE(payments->decision->verdict, ReviewDecision::Verdict::Approved);
    // The verdict column takes only the two verdicts.
    QVERIFY(
        !m_store->connection()
             .exec("INSERT INTO review_decisions(contract_external_id, version, verdict) VALUES ('a', '1', 'maybe')")
             .ok());
    // Marking the outcome of a push.
    QVERIFY(review::markDecision(
        *m_store, payments->decision->id, ReviewDecision::Push::Failed, QStringLiteral("refused"), status));
    const auto again = review::queue(m_store->connection());
    QCOMPARE(findItem(again, QStringLiteral("payment-transactions"))->decision->push, ReviewDecision::Push::Failed);
    QCOMPARE(findItem(again, QStringLiteral("payment-transactions"))->decision->pushMessage, QStringLiteral("refused"));
}

void TestReview::emptyStoreHasAnEmptyQueue()
{
    StoreStatus status;
    auto empty = Store::open(m_dir.filePath(QStringLiteral("empty.sqlite")), status);
    QVERIFY(empty);
    QVERIFY(review::queue(empty->connection()).empty());
    QCOMPARE(review::waitingCount(empty->connection()), 0);
    QVERIFY(!review::detail(*empty, QStringLiteral("x"), QStringLiteral("1")));
}

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
