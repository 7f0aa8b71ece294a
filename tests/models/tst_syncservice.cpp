// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
//
// SyncService: syncs off the GUI thread with progress, resumes by itself once an offline source is back, asks for
// a token when the endpoint refuses and no keychain has one, and cancels.
#include "support/testhttpserver.h"
#include "sync/credentials.h"
#include "syncservice.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>

using namespace tessera;
using tessera::test::Request;
using tessera::test::Response;
using tessera::test::TestHttpServer;

namespace {

/** A Backstage-shaped endpoint with one resource; with `token` set, other requests get 401. */
void serve(TestHttpServer &server, const QByteArray &token = {}, int delayMs = 0)
{
    const auto refused = [token](const Request &r) {
        return !token.isEmpty() && r.headers.value("authorization") != "Bearer " + token;
    };
    server.route("GET", "/api/catalog/entities/by-query", [refused, delayMs](const Request &r) {
        Response out = refused(r)
            ? Response::json(R"({"error":{"name":"AuthenticationError","message":"Illegal token"}})", 401)
            : Response::json(R"({"items":[{"kind":"Resource","metadata":{"namespace":"default","name":"orders",)"
                             R"("etag":"1"}}],"pageInfo":{}})");
        out.delayMs = delayMs;
        return out;
    });
    server.route("POST", "/api/catalog/entities/by-refs", [refused](const Request &r) {
        if (refused(r)) {
            return Response::json(R"({"error":{"message":"Illegal token"}})", 401);
        }
        return Response::json(R"({"items":[{"kind":"Resource","metadata":{"namespace":"default","name":"orders",)"
                              R"("etag":"1"},"spec":{"type":"dataset"}}]})");
    });
}

HttpOptions fast()
{
    HttpOptions o;
    o.timeoutMs = 2000;
    o.totalTimeoutMs = 5000;
    o.backoffMs = 10;
    o.maxAttempts = 1;
    return o;
}

} // namespace

class TestSyncService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString store(const QString &location, const QString &name = QStringLiteral("Catalog"))
    {
        const QString path = m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_n));
        StoreStatus status;
        auto s = Store::open(path, status);
        SourceRow row;
        row.kind = QStringLiteral("backstage");
        row.name = name;
        row.location = location;
        [&] { QVERIFY(s && s->addSource(row, status)); }();
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // No keychain in this test: tokens come from memory only.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    }

    void syncsWithProgress()
    {
        TestHttpServer server;
        QVERIFY(server.startInThread());
        serve(server);
        SyncService service(store(server.url().toString()));
        service.setHttpOptions(fast());
        QSignalSpy started(&service, &SyncService::syncStarted);
        QSignalSpy progress(&service, &SyncService::progress);
        QSignalSpy finished(&service, &SyncService::syncFinished);
        service.syncNow();
        QVERIFY(service.isBusy());
        QCOMPARE(started.size(), 1);
        QVERIFY(finished.wait(10000));
        QVERIFY(progress.size() >= 1);
        const auto reports = finished.first().first().value<std::vector<SyncReport>>();
        QCOMPARE(reports.size(), std::size_t(1));
        QVERIFY2(reports.front().ok(), qPrintable(reports.front().message));
        QCOMPARE(reports.front().entities, qint64(1));
    }

    /** An offline source is tried again by itself, and syncs once the endpoint answers. */
    void resumesWhenTheSourceIsBack()
    {
        TestHttpServer server;
        QVERIFY(server.startInThread());
        std::atomic<bool> down { true };
        server.setFallback([&](const Request &) {
            Response r;
            r.closeWithoutResponse = true; // as a network that drops the connection
            return r;
        });
        serve(server);
        server.route("GET", "/api/catalog/entities/by-query", [&](const Request &) {
            if (down) {
                Response r;
                r.closeWithoutResponse = true;
                return r;
            }
            return Response::json(R"({"items":[],"pageInfo":{}})");
        });
        SyncService service(store(server.url().toString()));
        service.setHttpOptions(fast());
        service.setIntervals(60 * 60 * 1000, 300);
        QSignalSpy finished(&service, &SyncService::syncFinished);
        service.start();
        QVERIFY(finished.wait(10000));
        auto reports = finished.last().first().value<std::vector<SyncReport>>();
        QCOMPARE(reports.front().state, QStringLiteral("offline")); // dropped before any answer
        // Retried soon, by itself.
        down = false;
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 2, 10000);
        reports = finished.last().first().value<std::vector<SyncReport>>();
        QVERIFY2(reports.front().ok(), qPrintable(reports.front().message));
    }

    void offlineIsRetriedSoon()
    {
        SyncService service(store(QStringLiteral("http://127.0.0.1:1")));
        service.setHttpOptions(fast());
        service.setIntervals(60 * 60 * 1000, 200);
        QSignalSpy finished(&service, &SyncService::syncFinished);
        service.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().first().value<std::vector<SyncReport>>().front().state, QStringLiteral("offline"));
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 3, 10000); // tried again, and again, without being asked
    }

    void asksForATokenWhenThereIsNoKeychain()
    {
        TestHttpServer server;
        QVERIFY(server.startInThread());
        serve(server, "memory-token");
        SyncService service(store(server.url().toString(), QStringLiteral("Guarded")));
        service.setHttpOptions(fast());
        QSignalSpy finished(&service, &SyncService::syncFinished);
        QSignalSpy needed(&service, &SyncService::tokenNeeded);
        service.syncNow();
        QVERIFY(finished.wait(15000));
        if (needed.isEmpty()) {
            QSKIP("a keychain answered on this machine; the prompt is only for machines without one");
        }
        const auto request = needed.first().first().value<SyncService::TokenRequest>();
        QCOMPARE(request.source.name, QStringLiteral("Guarded"));
        QVERIFY(!request.why.isEmpty());
        // The user types the token: kept in memory for this run, and the sync goes through.
        Credentials::remember(request.source, "memory-token");
        service.syncNow({ QStringLiteral("Guarded") });
        QVERIFY(finished.wait(15000));
        const auto reports = finished.last().first().value<std::vector<SyncReport>>();
        QVERIFY2(reports.front().ok(), qPrintable(reports.front().message));
        Credentials::remove(request.source);
    }

    void cancelStopsASlowSync()
    {
        TestHttpServer server;
        QVERIFY(server.startInThread());
        serve(server, {}, 8000);
        SyncService service(store(server.url().toString()));
        service.setHttpOptions(fast());
        QSignalSpy finished(&service, &SyncService::syncFinished);
        service.syncNow();
        QTest::qWait(200);
        QElapsedTimer timer;
        timer.start();
        service.cancel();
        QVERIFY(finished.wait(10000));
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(finished.first().first().value<std::vector<SyncReport>>().front().state, QStringLiteral("cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestSyncService)
#include "tst_syncservice.moc"
