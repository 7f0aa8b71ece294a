// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
// The Connections dialog, the conflict dialog and the source buttons of catalog endpoints.
#include "browser/sourcestatus.h"
#include "connections/conflictdialog.h"
#include "connections/connectionsdialog.h"
#include "store/store.h"
#include "support/testhttpserver.h"
#include "sync/credentials.h"
#include "syncservice.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace tessera;
using tessera::test::Request;
using tessera::test::Response;
using tessera::test::TestHttpServer;

class TestConnections : public QObject
{
    Q_OBJECT

private:
    QString storePath() const { return m_dir->filePath("store.sqlite"); }
    std::unique_ptr<Store> store()
    {
        StoreStatus status;
        return Store::open(storePath(), status);
    }
    std::unique_ptr<SyncService> syncService()
    {
        auto sync = std::make_unique<SyncService>(storePath());
        HttpOptions options;
        options.timeoutMs = 3000;
        options.totalTimeoutMs = 5000;
        options.maxAttempts = 1;
        sync->setHttpOptions(options);
        return sync;
    }
    static void fill(ConnectionForm *form, const QString &name, const QString &kind, const QString &url)
    {
        form->nameField()->clear();
        QTest::keyClicks(form->nameField(), name);
        form->typeField()->setCurrentIndex(form->typeField()->findData(kind));
        form->locationField()->clear();
        QTest::keyClicks(form->locationField(), url);
    }
    /**
     * Gives the sync a token from memory, so it never asks the keychain: CI has none, and a keychain job run on
     * a pooled thread can leave events behind there (see the report on Credentials::runJob).
     */
    static void rememberToken(const QString &kind, const QString &location)
    {
        SourceRow row;
        row.kind = kind;
        row.location = location;
        Credentials::remember(row, "test-token");
    }
    static QPushButton *okButton(ConnectionForm *form) { return form->findChild<QPushButton *>("ok"); }

    std::unique_ptr<QTemporaryDir> m_dir;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>(); // a store of its own for each test
        QVERIFY(m_dir->isValid());
        QVERIFY(store());
    }

    void emptyStateWhenThereAreNoConnections()
    {
        auto sync = syncService();
        ConnectionsDialog dialog(storePath(), sync.get());
        QSignalSpy loaded(&dialog, &ConnectionsDialog::loaded);
        dialog.reload(); // the constructor's read may have been delivered already
        QVERIFY(loaded.wait());
        auto *empty = dialog.findChild<QLabel *>("emptyState");
        QVERIFY(empty);
        QVERIFY(empty->text().contains("No connections yet"));
    }

    void addConnectionThroughTheForm()
    {
        auto sync = syncService();
        ConnectionsDialog dialog(storePath(), sync.get());
        dialog.show();
        QSignalSpy loaded(&dialog, &ConnectionsDialog::loaded);
        dialog.reload(); // the constructor's read may have been delivered already
        QVERIFY(loaded.wait());
        QPointer<ConnectionForm> form = dialog.addConnection();
        QVERIFY(form && form->isVisible());
        QSignalSpy saved(&dialog, &ConnectionsDialog::sourceSaved);
        QSignalSpy synced(sync.get(), &SyncService::syncFinished);
        rememberToken("marquez", "http://127.0.0.1:1");
        fill(form, "Lineage", "marquez", "http://127.0.0.1:1/");
        QTest::mouseClick(okButton(form), Qt::LeftButton);
        QTRY_VERIFY(saved.count() == 1);
        QTRY_VERIFY(!form); // closed (and deleted) once saved
        const auto row = store()->source(QStringLiteral("Lineage"));
        QVERIFY(row);
        QCOMPARE(row->kind, QStringLiteral("marquez"));
        QCOMPARE(row->location, QStringLiteral("http://127.0.0.1:1"));
        // Adding an endpoint syncs it: nobody listens there, so it is offline.
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 15000);
        const auto reports = synced.first().first().value<std::vector<SyncReport>>();
        QCOMPARE(reports.size(), std::size_t(1));
        QCOMPARE(reports.front().source, QStringLiteral("Lineage"));
        QTRY_COMPARE(dialog.list()->topLevelItemCount(), 1);
        QCOMPARE(dialog.list()->topLevelItem(0)->text(0), QStringLiteral("Lineage"));
    }

    void invalidInputShowsAnErrorAndKeepsTheForm()
    {
        {
            SourceRow taken;
            taken.kind = "backstage";
            taken.name = "Backstage";
            taken.location = "https://backstage.example.com";
            StoreStatus status;
            QVERIFY(store()->addSource(taken, status));
        }
        auto sync = syncService();
        ConnectionsDialog dialog(storePath(), sync.get());
        dialog.show();
        QSignalSpy loaded(&dialog, &ConnectionsDialog::loaded);
        dialog.reload(); // the constructor's read may have been delivered already
        QVERIFY(loaded.wait());
        QPointer<ConnectionForm> form = dialog.addConnection();
        const struct
        {
            const char *name, *url, *error;
        } cases[] = {
            { "Catalog", "ftp://catalog.example.com", "http or https" },
            { "Catalog", "not a url", "http or https" },
            { "Catalog", "https://", "http or https" },
            { "Catalog", "https://me:secret@catalog.example.com", "user name or password" },
            { "backstage", "https://other.example.com", "already a connection" },
            { "", "https://catalog.example.com", "name" },
        };
        for (const auto &c : cases) {
            fill(form, c.name, "backstage", c.url);
            QTest::mouseClick(okButton(form), Qt::LeftButton);
            QVERIFY2(form->errorLabel()->isVisible(), c.url);
            QVERIFY2(form->errorLabel()->text().contains(c.error), qPrintable(form->errorLabel()->text()));
            QVERIFY(form && form->isVisible());
        }
        QCOMPARE(store()->sources().size(), std::size_t(1));
        // A certificate must be a fingerprint.
        fill(form, "Catalog", "openmetadata", "https://catalog.example.com");
        form->certificateField()->setText("not-a-fingerprint");
        QTest::mouseClick(okButton(form), Qt::LeftButton);
        QVERIFY(form->errorLabel()->text().contains("SHA-256"));
        form->reject();
    }

    void removeAsksAndRemoves()
    {
        {
            // A folder: removing an endpoint would also remove its token from the keychain, which CI lacks.
            SourceRow row;
            row.kind = "local";
            row.name = "Contracts";
            row.location = m_dir->path();
            StoreStatus status;
            QVERIFY(store()->addSource(row, status));
        }
        auto sync = syncService();
        ConnectionsDialog dialog(storePath(), sync.get());
        dialog.show();
        QSignalSpy loaded(&dialog, &ConnectionsDialog::loaded);
        dialog.reload(); // the constructor's read may have been delivered already
        QVERIFY(loaded.wait());
        dialog.select("Contracts");
        QSignalSpy removed(&dialog, &ConnectionsDialog::sourceRemoved);
        QTest::mouseClick(dialog.findChild<QPushButton *>("remove"), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = dialog.findChild<QMessageBox *>("removeConfirmation")));
        QVERIFY(box->text().contains("Contracts"));
        QVERIFY2(box->informativeText().contains("product"), qPrintable(box->informativeText()));
        QVERIFY(box->informativeText().contains("lineage"));
        QVERIFY(store()->source(QStringLiteral("Contracts"))); // nothing gone before the answer
        QTest::mouseClick(box->findChild<QPushButton *>("confirmRemove"), Qt::LeftButton);
        QTRY_COMPARE(removed.count(), 1);
        QVERIFY(!store()->source(QStringLiteral("Contracts")));
        QTRY_COMPARE(dialog.list()->topLevelItemCount(), 0);
    }

    void testButtonShowsTheResult()
    {
        TestHttpServer server;
        server.route("GET", "/api/catalog/entities/by-query",
            [](const Request &) { return Response::json(R"({"items":[{"kind":"Component"}],"totalItems":7})"); });
        QVERIFY(server.startInThread());
        auto sync = syncService();
        ConnectionsDialog dialog(storePath(), sync.get());
        dialog.show();
        QSignalSpy loaded(&dialog, &ConnectionsDialog::loaded);
        dialog.reload(); // the constructor's read may have been delivered already
        QVERIFY(loaded.wait());
        QPointer<ConnectionForm> form = dialog.addConnection();
        fill(form, "Backstage", "backstage", server.url().toString());
        QTest::mouseClick(form->testButton(), Qt::LeftButton);
        QVERIFY(form->isTesting());
        QTRY_VERIFY_WITH_TIMEOUT(!form->isTesting(), 15000);
        QVERIFY2(form->testResult()->text().contains("7"), qPrintable(form->testResult()->text()));
        QVERIFY(form->testResult()->text().startsWith("Connected"));
        QVERIFY(!form->trustButton()->isVisible());
        // Not found: the result says so, in the form.
        fill(form, "Backstage", "backstage", server.url().toString() + "/nothing-here");
        QTest::mouseClick(form->testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!form->isTesting(), 15000);
        QVERIFY(!form->testResult()->text().startsWith("Connected"));
        QVERIFY(!form->testResult()->text().isEmpty());
        form->reject();
    }

    void tlsFailureOffersToTrustTheCertificate()
    {
        TestHttpServer server;
        server.route("GET", "/api/catalog/entities/by-query",
            [](const Request &) { return Response::json(R"({"items":[],"totalItems":0})"); });
        QVERIFY(server.startInThread(
            true, TESSERA_TEST_DATA_DIR "/tls/test-cert.pem", TESSERA_TEST_DATA_DIR "/tls/test-key.pem"));
        auto sync = syncService();
        ConnectionsDialog dialog(storePath(), sync.get());
        dialog.show();
        QSignalSpy loaded(&dialog, &ConnectionsDialog::loaded);
        dialog.reload(); // the constructor's read may have been delivered already
        QVERIFY(loaded.wait());
        QPointer<ConnectionForm> form = dialog.addConnection();
        rememberToken("backstage", server.url().toString());
        fill(form, "Secure", "backstage", server.url().toString());
        QVERIFY(!form->certificateField()->isVisible()); // no trust switch before a test failed
        QVERIFY(!form->trustButton()->isVisible());
        QTest::mouseClick(form->testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!form->isTesting(), 15000);
        const QString fingerprint = ConnectionForm::fingerprintIn(form->testResult()->text());
        QVERIFY2(!fingerprint.isEmpty(), qPrintable(form->testResult()->text()));
        QVERIFY(form->trustButton()->isVisible());
        QVERIFY(form->certificateField()->isVisible());
        QTest::mouseClick(form->trustButton(), Qt::LeftButton);
        QCOMPARE(form->certificateField()->text(), fingerprint);
        // Trusted for this connection: the test passes now.
        QTest::mouseClick(form->testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!form->isTesting(), 15000);
        QVERIFY2(form->testResult()->text().startsWith("Connected"), qPrintable(form->testResult()->text()));
        // Saved with the connection, for it only.
        QTest::mouseClick(okButton(form), Qt::LeftButton);
        QTRY_VERIFY(!form);
        const auto row = store()->source(QStringLiteral("Secure"));
        QVERIFY(row);
        QCOMPARE(QString::fromStdString(row->settings.value("trustedCertificate", std::string())), fingerprint);
        sync->cancel();
    }

    void conflictDialogShowsThreePanes()
    {
        const QString base = "id: orders\nversion: 1.0.0\nstatus: active\nname: Orders\n";
        const QString mine
            = "id: orders\nversion: 1.1.0\nstatus: active\nname: Orders\ndescription:\n  purpose: mine\n";
        const QString theirs = "id: orders\nversion: 2.0.0\nstatus: deprecated\nname: Orders\n";
        ConflictDialog dialog("Backstage", "orders", base, mine, theirs, "412 Precondition Failed");
        dialog.show();
        QCOMPARE(dialog.basePane()->toPlainText(), base);
        QCOMPARE(dialog.minePane()->toPlainText(), mine);
        QCOMPARE(dialog.theirsPane()->toPlainText(), theirs);
        for (QPlainTextEdit *pane : { dialog.basePane(), dialog.minePane(), dialog.theirsPane() }) {
            QVERIFY(pane->isReadOnly());
            QVERIFY(pane->isVisible());
        }
        // Changed lines are highlighted: mine changed the version and added two lines; theirs two lines.
        QCOMPARE(dialog.minePane()->extraSelections().size(), 3);
        QCOMPARE(dialog.theirsPane()->extraSelections().size(), 2);
        QVERIFY(!dialog.verdictLabel()->text().isEmpty());
        QVERIFY(dialog.findChild<QPushButton *>("openMine")->isEnabled());
        QSignalSpy open(&dialog, &ConflictDialog::openMineRequested);
        QTest::mouseClick(dialog.findChild<QPushButton *>("openMine"), Qt::LeftButton);
        QCOMPARE(open.count(), 1);
    }

    void lineDiff()
    {
        const QStringList base { "a", "b", "c", "d" };
        QCOMPARE(ConflictDialog::changedLines(base, base), std::vector<int>());
        QCOMPARE(ConflictDialog::changedLines(base, { "a", "x", "c", "d" }), std::vector<int>({ 1 }));
        QCOMPARE(ConflictDialog::changedLines(base, { "a", "b", "c", "d", "e" }), std::vector<int>({ 4 }));
        QCOMPARE(ConflictDialog::changedLines(base, { "b", "c" }), std::vector<int>());
        QCOMPARE(ConflictDialog::changedLines({}, { "x", "y" }), std::vector<int>({ 0, 1 }));
    }

    void sourceButtonsShowTheSyncState()
    {
        SourceState offline;
        offline.name = "OpenMetadata";
        offline.kind = "openmetadata";
        offline.location = "https://om.example.com";
        offline.syncState = "offline";
        offline.reachable = false;
        offline.syncedAt = offline.lastImport = QDateTime::currentDateTimeUtc().addDays(-3).toString(Qt::ISODate);
        SourceState failed = offline;
        failed.name = "Backstage";
        failed.kind = "backstage";
        failed.syncState = "failed";
        failed.syncMessage = "401 Unauthorized";
        failed.reachable = true;
        SourceState ok = failed;
        ok.name = "Marquez";
        ok.kind = "marquez";
        ok.syncState = "ok";
        SourceStatus status;
        QSignalSpy syncRequested(&status, &SourceStatus::syncRequested);
        status.setSources({ offline, failed, ok }, {}, "Marquez");
        QCOMPARE(status.texts(),
            QStringList(
                { "OpenMetadata · offline, cached 3 day(s) ago", "Backstage · sync failed", "Marquez · syncing…" }));
        const auto buttons = status.findChildren<QToolButton *>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(buttons[0]->toolTip().contains("cached data stays browsable"));
        QVERIFY(buttons[1]->toolTip().contains("401 Unauthorized"));
        QAction *sync = buttons[1]->menu()->findChild<QAction *>("syncNow");
        QVERIFY(sync && sync->isEnabled());
        sync->trigger();
        QCOMPARE(syncRequested.count(), 1);
        QCOMPARE(syncRequested.first().first().toString(), QStringLiteral("Backstage"));
        QVERIFY(!buttons[2]->menu()->findChild<QAction *>("syncNow")->isEnabled());
    }
};

QTEST_MAIN(TestConnections)
#include "tst_connections.moc"
