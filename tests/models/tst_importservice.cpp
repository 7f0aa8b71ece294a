// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "importservice.h"
#include "store/store.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tessera;

class TestImportService : public QObject
{
    Q_OBJECT

private slots:
    void firstStartLoadsTheDemoMesh();
    void secondStartKeepsTheStore();
    void watchedFolderIsImportedAgain();
    void damagedStoreIsReported();

private:
    QTemporaryDir m_dir;
};

void TestImportService::firstStartLoadsTheDemoMesh()
{
    const QString path = m_dir.filePath(QStringLiteral("first/tessera.sqlite"));
    ImportService service(path);
    QSignalSpy finished(&service, &ImportService::importFinished);
    service.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const auto summary = finished.at(0).at(0).value<ImportSummary>();
    QVERIFY2(summary.ok, qPrintable(summary.message));
    QCOMPARE(summary.source, ImportService::demoMeshLocation());
    QCOMPARE(summary.filesLeftOut, 0);
    QVERIFY(summary.counts.at(QStringLiteral("products")) >= 40);
    QVERIFY(summary.counts.at(QStringLiteral("contracts")) >= 40);
    QVERIFY(summary.counts.at(QStringLiteral("lineageEdges")) > 40);
    QVERIFY(summary.counts.at(QStringLiteral("slaMeasurements")) > 1000);
}

void TestImportService::secondStartKeepsTheStore()
{
    const QString path = m_dir.filePath(QStringLiteral("second/tessera.sqlite"));
    {
        ImportService service(path);
        QSignalSpy finished(&service, &ImportService::importFinished);
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    }
    ImportService again(path);
    QSignalSpy finished(&again, &ImportService::importFinished);
    again.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const auto summary = finished.at(0).at(0).value<ImportSummary>();
    QCOMPARE(summary.filesRead, 0); // nothing imported again: the store already has its sources
    QVERIFY(summary.counts.at(QStringLiteral("products")) >= 40);
}

void TestImportService::watchedFolderIsImportedAgain()
{
    const QString folder = m_dir.filePath(QStringLiteral("watched"));
    QDir().mkpath(folder);
    const auto write = [&](const QString &name, const QByteArray &id) {
        QFile f(folder + QLatin1Char('/') + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("apiVersion: v3.1.0\nkind: DataContract\nid: " + id + "\nversion: 1.0.0\nstatus: active\n");
    };
    write(QStringLiteral("a.yaml"), "watched-a");
    ImportService service(m_dir.filePath(QStringLiteral("watch/tessera.sqlite")));
    QSignalSpy finished(&service, &ImportService::importFinished);
    service.importFolder(folder);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const auto first = finished.at(0).at(0).value<ImportSummary>();
    QVERIFY(first.ok);
    QCOMPARE(first.filesRead, 1);
    // A new file appears while the app runs: the folder is imported again by itself.
    write(QStringLiteral("b.yaml"), "watched-b");
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
    const auto second = finished.at(1).at(0).value<ImportSummary>();
    QCOMPARE(second.filesRead, 1); // only the new file
    QCOMPARE(second.counts.at(QStringLiteral("contracts")), 2);
}

void TestImportService::damagedStoreIsReported()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged/tessera.sqlite"));
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a database");
    f.close();
    ImportService service(path);
    QSignalSpy finished(&service, &ImportService::importFinished);
    service.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const auto summary = finished.at(0).at(0).value<ImportSummary>();
    // The damaged file is kept aside, the message says where, and the demo mesh fills the new store.
    QVERIFY2(summary.message.contains(QStringLiteral(".corrupt-")), qPrintable(summary.message));
    QVERIFY(summary.counts.at(QStringLiteral("products")) >= 40);
}

QTEST_GUILESS_MAIN(TestImportService)
#include "tst_importservice.moc"
