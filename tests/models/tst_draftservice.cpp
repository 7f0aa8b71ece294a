// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "draftservice.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;

/** Autosave of drafts: written within a second, off the GUI thread, nothing lost on quit or failure. */
class TestDraftService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savesWithinASecond();
    void typingKeepsSaving();
    void quittingWritesWhatIsPending();
    void closedDraftsStayClosed();
    void versions();
    void aStoreThatCannotBeWrittenSaysSo();

private:
    static std::vector<DraftRow> openDraftsOf(const QString &path)
    {
        StoreStatus status;
        auto store = Store::open(path, status, Store::Mode::ReadOnly);
        return store ? store->openDrafts() : std::vector<DraftRow> {};
    }
    static DraftRow draft(const std::string &key, const std::string &text)
    {
        return { key, "orders", "1.0.0", text, {}, true, {} };
    }
};

void TestDraftService::savesWithinASecond()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tessera.sqlite"));
    DraftService drafts(path);
    QSignalSpy saved(&drafts, &DraftService::saved);
    QElapsedTimer clock;
    clock.start();
    drafts.save(draft("a", "name: one\n"));
    QVERIFY(drafts.hasPending());
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 5000);
    // The budget is a second; the test only checks it was not far off (machines here are noisy).
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(saved.at(0).at(0).toString(), QStringLiteral("a"));
    const auto open = openDraftsOf(path);
    QCOMPARE(open.size(), std::size_t(1));
    QCOMPARE(open[0].text, std::string("name: one\n"));
    QVERIFY(!drafts.hasPending());
}

void TestDraftService::typingKeepsSaving()
{
    // Edits every 100 ms for two seconds: saves still happen along the way, not only at the end.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tessera.sqlite"));
    DraftService drafts(path);
    QSignalSpy saved(&drafts, &DraftService::saved);
    std::string text = "name: ";
    for (int i = 0; i < 20; ++i) {
        text += 'x';
        drafts.save(draft("a", text));
        QTest::qWait(100);
    }
    QVERIFY2(saved.count() >= 2, qPrintable(QString::number(saved.count())));
    QTRY_VERIFY_WITH_TIMEOUT(!drafts.hasPending(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(openDraftsOf(path).at(0).text, text, 5000);
}

void TestDraftService::quittingWritesWhatIsPending()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tessera.sqlite"));
    {
        DraftService drafts(path);
        drafts.save(draft("a", "name: first\n"));
        drafts.save(draft("a", "name: last\n"));
        drafts.save(draft("b", "name: other\n"));
    } // gone before its timer fired
    const auto open = openDraftsOf(path);
    QCOMPARE(open.size(), std::size_t(2));
    QCOMPARE(open[0].text, std::string("name: last\n"));
}

void TestDraftService::closedDraftsStayClosed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tessera.sqlite"));
    DraftService drafts(path);
    drafts.save(draft("a", "name: a\n"));
    drafts.save(draft("b", "name: b\n"));
    drafts.close("a"); // before "a" was even written
    const auto open = drafts.openDrafts();
    QCOMPARE(open.size(), std::size_t(1));
    QCOMPARE(open[0].key, std::string("b"));
}

void TestDraftService::versions()
{
    QTemporaryDir dir;
    DraftService drafts(dir.filePath(QStringLiteral("tessera.sqlite")));
    DraftRow d = draft("a", "version: 1.0.0\n");
    drafts.saveVersion(d, QStringLiteral("draft"));
    d.baseVersion = "2.0.0";
    d.text = "version: 2.0.0\n";
    drafts.saveVersion(d, QStringLiteral("published"));
    const auto versions = drafts.versions("orders");
    QCOMPARE(versions.size(), std::size_t(2));
    QCOMPARE(versions[0].text, std::string("version: 2.0.0\n"));
    QCOMPARE(drafts.openDrafts().at(0).text, std::string("version: 2.0.0\n")); // the working copy too
}

void TestDraftService::aStoreThatCannotBeWrittenSaysSo()
{
    // The store's folder is a file: nothing can be written. The draft is kept, failed() says why.
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("blocked")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    DraftService drafts(dir.filePath(QStringLiteral("blocked/tessera.sqlite")));
    QSignalSpy failed(&drafts, &DraftService::failed);
    drafts.save(draft("a", "name: kept\n"));
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 1, 5000);
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("a"));
    QVERIFY(!failed.at(0).at(1).toString().isEmpty());
    QVERIFY(drafts.hasPending());
}

QTEST_GUILESS_MAIN(TestDraftService)
#include "tst_draftservice.moc"
