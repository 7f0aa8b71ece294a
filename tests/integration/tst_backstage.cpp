// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
//
// The Backstage adapter against the real Backstage catalog backend (../shared/tools/backstage-catalog), started
// by this test on a free port with token-only access: first sync, the token required, an incremental sync after
// an entity is added and one after it is removed, and the source going offline and coming back.
#include "store/store.h"
#include "sync/httpclient.h"
#include "sync/syncengine.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace tessera;

namespace {

const QString kTool = QStringLiteral(TESSERA_BACKSTAGE_TOOL);

std::int64_t scalar(Store &store, const char *sql)
{
    return store.connection().scalar(sql).value_or(-1);
}

} // namespace

class TestBackstage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_store;
    QMap<QString, QString> m_server; // BACKSTAGE_URL, _PORT, _TOKEN, ...
    QByteArray m_token = "integration-token-4d2c";

    bool startServer()
    {
        QProcess start;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BACKSTAGE_TOKEN"), QString::fromLatin1(m_token));
        env.insert(QStringLiteral("BACKSTAGE_ANONYMOUS"), QStringLiteral("false"));
        if (m_server.contains(QStringLiteral("BACKSTAGE_PORT"))) {
            env.insert(QStringLiteral("BACKSTAGE_PORT"), m_server.value(QStringLiteral("BACKSTAGE_PORT")));
        }
        start.setProcessEnvironment(env);
        start.start(kTool + QStringLiteral("/start.sh"), {});
        // The first start installs the backend from npm (about a minute); later starts take seconds.
        if (!start.waitForFinished(300000) || start.exitCode() != 0) {
            qWarning().noquote() << "start.sh failed:" << start.readAllStandardError();
            return false;
        }
        for (const QByteArray &line : start.readAllStandardOutput().split('\n')) {
            const int eq = line.indexOf('=');
            if (eq > 0) {
                m_server[QString::fromUtf8(line.left(eq))] = QString::fromUtf8(line.mid(eq + 1)).trimmed();
            }
        }
        return m_server.contains(QStringLiteral("BACKSTAGE_URL"));
    }

    void stopServer()
    {
        QProcess::execute(kTool + QStringLiteral("/stop.sh"), { m_server.value(QStringLiteral("BACKSTAGE_PORT")) });
    }

    QUrl api(const QString &path) const { return QUrl(m_server.value(QStringLiteral("BACKSTAGE_URL")) + path); }

    /** Waits until the catalog lists an entity named `name` (present) or no longer does. */
    bool waitForEntity(const QString &name, bool present)
    {
        HttpClient http;
        http.setToken(m_token);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("filter"), QStringLiteral("metadata.name=") + name);
        QUrl url = api(QStringLiteral("/api/catalog/entities/by-query"));
        url.setQuery(query);
        for (int i = 0; i < 120; ++i) {
            const JsonResponse r = http.json(url);
            if (r.ok() && r.json.contains("items") && (r.json["items"].empty() != present)) {
                return true;
            }
            QThread::msleep(500);
        }
        return false;
    }

    SyncReport sync(TokenLookup tokens)
    {
        SyncEngine engine(m_store, std::move(tokens));
        const auto reports = engine.run({ QStringLiteral("Backstage") });
        return reports.empty() ? SyncReport {} : reports.front();
    }

    TokenLookup withToken() const
    {
        const QByteArray token = m_token;
        return [token](const SourceRow &, QString &) -> std::optional<QByteArray> { return token; };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(kTool + QStringLiteral("/start.sh")), qPrintable(kTool));
        QVERIFY2(startServer(), "the Backstage catalog server did not start; see the warning above");
        m_store = m_dir.filePath(QStringLiteral("store.sqlite"));
        StoreStatus status;
        auto store = Store::open(m_store, status);
        QVERIFY(store);
        SourceRow row;
        row.kind = QStringLiteral("backstage");
        row.name = QStringLiteral("Backstage");
        row.location = m_server.value(QStringLiteral("BACKSTAGE_URL"));
        row.settings["pageSize"] = 7; // the 20 entities come in several pages
        QVERIFY(store->addSource(row, status));
    }

    void cleanupTestCase() { stopServer(); }

    void withoutTheTokenTheServerSaysWhy()
    {
        const SyncReport r = sync({});
        QCOMPARE(r.state, QStringLiteral("failed"));
        QVERIFY2(r.message.contains(QLatin1String("401")), qPrintable(r.message));
        StoreStatus status;
        auto store = Store::open(m_store, status);
        QCOMPARE(scalar(*store, "SELECT count(*) FROM files"), 0);
    }

    void firstSync()
    {
        const SyncReport r = sync(withToken());
        QVERIFY2(r.ok(), qPrintable(r.message));
        // 2 domains, 3 systems, 4 groups, 2 users, 6 resources, 3 components (the API entity is not synced).
        QCOMPARE(r.entities, qint64(20));
        StoreStatus status;
        auto store = Store::open(m_store, status);
        QCOMPARE(scalar(*store, "SELECT count(*) FROM files"), 20);
        // Data products with their domain (through their system), owner and lifecycle.
        QCOMPARE(scalar(*store, "SELECT count(*) FROM products"), 2);
        QCOMPARE(scalar(*store,
                     "SELECT count(*) FROM products p JOIN domains d ON d.id = p.domain_id WHERE "
                     "p.external_id = 'component:default/orders-data-product' AND d.name = 'commerce' AND "
                     "p.owner = 'team-orders' AND p.status = 'production'"),
            1);
        // Resources are datasets, searchable, with the domain of their system.
        QCOMPARE(scalar(*store, "SELECT count(*) FROM source_datasets"), 6);
        SearchQuery q;
        q.text = QStringLiteral("revenue");
        const SearchResults hits = store->search(q);
        QVERIFY(hits.total >= 1);
        QCOMPARE(hits.hits.front().domain, QStringLiteral("customer-insights"));
        // dependsOn is the lineage: raw-orders → orders-cleaned → revenue-daily → customer-360 → churn-model.
        const auto graph = store->lineage(QStringLiteral("backstage:default/revenue-daily"), 5, 5, false);
        QVERIFY(graph);
        QStringList names;
        for (const auto &n : graph->nodes) {
            names << n.name;
        }
        for (const char *expected : { "raw-orders", "orders-cleaned", "payments-settled", "customer-profiles",
                 "component:customer-360-data-product", "component:churn-model" }) {
            QVERIFY2(names.contains(QString::fromLatin1(expected)), expected);
        }
        // A storage location annotation links the dataset to its OpenLineage name.
        QVERIFY(scalar(*store,
                    "SELECT count(*) FROM dataset_links l JOIN datasets d ON d.id = l.other_id WHERE "
                    "d.namespace = 's3://lake' AND d.name = 'gold/revenue_daily'")
            >= 1);
        QCOMPARE(store->sources().front().syncState, QStringLiteral("ok"));
    }

    void nothingChangedWritesNothing()
    {
        const SyncReport r = sync(withToken());
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.entities, qint64(0));
    }

    void anAddedEntityComesAloneThenLeaves()
    {
        // Add a resource through a new location, as a team registering a dataset would.
        const QString file = m_dir.filePath(QStringLiteral("extra.yaml"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(
                "apiVersion: backstage.io/v1alpha1\nkind: Resource\nmetadata:\n  name: refunds\n  description: "
                "Refunds issued\nspec:\n  type: dataset\n  owner: group:team-payments\n  system: payments-platform\n"
                "  dependsOn: [resource:payments-settled]\n");
        }
        HttpClient http;
        http.setToken(m_token);
        const JsonResponse added = http.json(api(QStringLiteral("/api/catalog/locations")), "POST",
            QByteArray::fromStdString(nlohmann::json { { "type", "file" }, { "target", file.toStdString() } }.dump()));
        QVERIFY2(added.ok(), qPrintable(added.error));
        QVERIFY(waitForEntity(QStringLiteral("refunds"), true));
        // Relations are computed a moment after the entity appears; wait for the lineage to be there.
        bool related = false;
        for (int i = 0; i < 60 && !related; ++i) {
            const JsonResponse e
                = http.json(api(QStringLiteral("/api/catalog/entities/by-name/resource/default/refunds")));
            related = e.ok() && e.json.contains("relations") && !e.json["relations"].empty();
            if (!related) {
                QThread::msleep(500);
            }
        }
        QVERIFY(related);

        SyncReport r = sync(withToken());
        QVERIFY2(r.ok(), qPrintable(r.message));
        // refunds, payments-settled (a new dependencyOf relation), their system (a new part) and its other parts.
        QVERIFY2(r.entities >= 1 && r.entities <= 6, qPrintable(QString::number(r.entities)));
        StoreStatus status;
        auto store = Store::open(m_store, status);
        QCOMPARE(scalar(*store, "SELECT count(*) FROM source_datasets"), 7);
        QVERIFY(scalar(*store,
                    "SELECT count(*) FROM datasets d JOIN domains dm ON dm.id = d.domain_id WHERE d.name = "
                    "'refunds' AND dm.name = 'commerce'")
            == 1);

        // Remove it again: the location, then the entity.
        const std::string locationId
            = added.json.value("location", nlohmann::json::object()).value("id", std::string());
        QVERIFY(!locationId.empty());
        QVERIFY(http.send("DELETE", api(QStringLiteral("/api/catalog/locations/") + QString::fromStdString(locationId)))
                    .ok());
        const JsonResponse entity
            = http.json(api(QStringLiteral("/api/catalog/entities/by-name/resource/default/refunds")));
        if (entity.ok()) {
            const QString uid = QString::fromStdString(entity.json["metadata"].value("uid", std::string()));
            http.send("DELETE", api(QStringLiteral("/api/catalog/entities/by-uid/") + uid));
        }
        QVERIFY(waitForEntity(QStringLiteral("refunds"), false));
        r = sync(withToken());
        QVERIFY2(r.ok(), qPrintable(r.message));
        store = Store::open(m_store, status);
        QCOMPARE(scalar(*store, "SELECT count(*) FROM source_datasets"), 6);
        SearchQuery q;
        q.text = QStringLiteral("refunds");
        QCOMPARE(store->search(q).total, 0);
    }

    void offlineThenBack()
    {
        StoreStatus status;
        auto store = Store::open(m_store, status);
        const auto before = store->counts();
        stopServer();
        const SyncReport offline = sync(withToken());
        QCOMPARE(offline.state, QStringLiteral("offline"));
        store = Store::open(m_store, status);
        QVERIFY(store->counts() == before);
        QCOMPARE(store->sources().front().syncState, QStringLiteral("offline"));
        QVERIFY(startServer()); // the same port again
        const SyncReport back = sync(withToken());
        QVERIFY2(back.ok(), qPrintable(back.message));
        store = Store::open(m_store, status);
        QCOMPARE(store->sources().front().syncState, QStringLiteral("ok"));
        const auto after = store->counts();
        for (const auto &[key, value] : before) {
            QVERIFY2(after.at(key) == value,
                qPrintable(QStringLiteral("%1: %2 before, %3 after").arg(key).arg(value).arg(after.at(key))));
        }
    }
};

QTEST_GUILESS_MAIN(TestBackstage)
#include "tst_backstage.moc"
