// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
//
// A compressed soak of the sync engine against the real Backstage catalog (../shared/tools/backstage-catalog,
// started here as tst_backstage starts it), through a proxy that injects faults: dropped connections (before and
// in the middle of an answer), 500s, 503s, slow answers, trickles and stalls. Thousands of sync cycles in one
// process, small pages, short timeouts and fast backoff; between cycles the store drifts from the catalog (stale
// etags, entities the catalog no longer has) so that cycles have work to do.
//
// After every cycle: the store is sound, nothing of the catalog it held is gone, and a cycle that reports "ok"
// holds exactly the catalog a clean sync gives. At the end, a sync without faults gives that catalog too. RSS,
// open files and threads are sampled every 100 cycles and must stay flat after the warm-up.
//
// Environment: TESSERA_SOAK_CYCLES (default 1000, about 3 minutes), TESSERA_SOAK_SEED (default 20260611),
// TESSERA_SOAK_RSS_GROWTH_KB (allowed RSS growth over the second half, default 3072).
#include "store/store.h"
#include "storecheck.h"
#include "support/faultproxy.h"
#include "sync/syncengine.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

#include <random>
#include <unistd.h>

using namespace tessera;
using tessera::test::Fault;
using tessera::test::FaultPlan;
using tessera::test::FaultProxy;
using tessera::test::Fingerprint;

namespace {

const QString kTool = QStringLiteral(TESSERA_BACKSTAGE_TOOL);
const QString kSource = QStringLiteral("Backstage");

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

struct Sample
{
    int cycle = 0;
    qint64 rssKb = 0;
    int files = 0; ///< open file descriptors
    int threads = 0;
};

qint64 rssKb()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * (sysconf(_SC_PAGESIZE) / 1024) : -1;
}

/** A line of /proc/self/status ("VmHWM", "Threads") as a number. */
qint64 procStatus(const QByteArray &key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(key + ':'))) {
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

Sample sample(int cycle)
{
    return { cycle, rssKb(), static_cast<int>(QDir(QStringLiteral("/proc/self/fd")).count()) - 2,
        static_cast<int>(procStatus("Threads")) };
}

/** Whether every row of `part` is in `whole`, table by table (files compared by path only). */
QString missing(const Fingerprint &whole, const Fingerprint &part)
{
    QStringList out;
    for (const auto &[table, rows] : part) {
        if (table == "files" || table == "sync_cursors" || table == "facet_values" || table == "sources") {
            continue; // etags drift on purpose; cursors and counts follow the rows compared elsewhere
        }
        const auto it = whole.find(table);
        std::vector<std::string> gone;
        if (it != whole.end()) {
            std::set_difference(
                rows.begin(), rows.end(), it->second.begin(), it->second.end(), std::back_inserter(gone));
        } else {
            gone = rows;
        }
        if (!gone.empty()) {
            out << QStringLiteral("%1: %2 rows gone, e.g. %3")
                       .arg(QString::fromLatin1(table.c_str()))
                       .arg(gone.size())
                       .arg(QString::fromStdString(gone.front()).left(200));
        }
    }
    return out.join(QStringLiteral("; "));
}

std::vector<std::string> filePaths(const Fingerprint &f)
{
    std::vector<std::string> out;
    for (const std::string &row : f.at("files")) {
        out.push_back(row.substr(0, row.find('|', row.find('|') + 1)));
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QMap<QString, QString> m_server;
    QByteArray m_token = "soak-token-7f3a9";
    std::unique_ptr<FaultProxy> m_proxy;
    HttpOptions m_options;

    bool startServer()
    {
        QProcess start;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BACKSTAGE_TOKEN"), QString::fromLatin1(m_token));
        env.insert(QStringLiteral("BACKSTAGE_ANONYMOUS"), QStringLiteral("false"));
        env.insert(QStringLiteral("LOG_LEVEL"), QStringLiteral("warn")); // thousands of requests: keep the log small
        start.setProcessEnvironment(env);
        start.start(kTool + QStringLiteral("/start.sh"), {});
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
        return m_server.contains(QStringLiteral("BACKSTAGE_PORT"));
    }

    QString makeStore(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        StoreStatus status;
        auto store = Store::open(path, status);
        if (!store) {
            return {};
        }
        SourceRow row;
        row.kind = QStringLiteral("backstage");
        row.name = kSource;
        row.location = QStringLiteral("http://127.0.0.1:%1").arg(m_proxy->port());
        row.settings["pageSize"] = 3; // the 20 entities in 7 pages: more requests, more faults per cycle
        return store->addSource(row, status) ? path : QString();
    }

    /** One sync of the source, on a pool thread as the app's SyncService runs it. */
    SyncReport sync(const QString &store)
    {
        const QByteArray token = m_token;
        const HttpOptions options = m_options;
        const auto reports = QtConcurrent::run([store, token, options] {
            SyncEngine engine(
                store, [token](const SourceRow &, QString &) -> std::optional<QByteArray> { return token; }, options);
            return engine.run({ kSource });
        }).result();
        return reports.size() == 1 ? reports.front() : SyncReport {};
    }

    static Fingerprint fingerprintOf(const QString &path)
    {
        StoreStatus status;
        auto store = Store::open(path, status, Store::Mode::ReadOnly);
        return store ? test::fingerprint(store->connection()) : Fingerprint {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(kTool + QStringLiteral("/start.sh")), qPrintable(kTool));
        QVERIFY2(startServer(), "the Backstage catalog server did not start; see the warning above");
        m_proxy = std::make_unique<FaultProxy>(
            static_cast<std::uint16_t>(m_server.value(QStringLiteral("BACKSTAGE_PORT")).toUInt()),
            static_cast<std::uint32_t>(envInt("TESSERA_SOAK_SEED", 20260611)));
        QVERIFY(m_proxy->start());
        // Compressed: a stall is given up after 400 ms, retries come after milliseconds, not seconds.
        m_options.timeoutMs = 400;
        m_options.totalTimeoutMs = 3000;
        m_options.maxAttempts = 3;
        m_options.backoffMs = 2;
        m_options.maxBackoffMs = 20;
    }

    void cleanupTestCase()
    {
        if (m_proxy) {
            m_proxy->stop();
        }
        if (m_server.contains(QStringLiteral("BACKSTAGE_PORT"))) {
            QProcess::execute(kTool + QStringLiteral("/stop.sh"), { m_server.value(QStringLiteral("BACKSTAGE_PORT")) });
        }
    }

    void syncCyclesWithFaults()
    {
        const int cycles = std::max(200, envInt("TESSERA_SOAK_CYCLES", 1000));
        const qint64 allowedGrowthKb = envInt("TESSERA_SOAK_RSS_GROWTH_KB", 3072);
        std::mt19937 random(static_cast<std::uint32_t>(envInt("TESSERA_SOAK_SEED", 20260611)));

        // The reference: a clean sync through the proxy with no faults (the same URL as the soak's store).
        m_proxy->setPlan(FaultPlan::none());
        const QString referencePath = makeStore(QStringLiteral("reference.sqlite"));
        QVERIFY(!referencePath.isEmpty());
        const SyncReport first = sync(referencePath);
        QVERIFY2(first.ok(), qPrintable(first.message));
        QCOMPARE(first.entities, qint64(20));
        const Fingerprint reference = fingerprintOf(referencePath);
        const std::vector<std::string> referencePaths = filePaths(reference);
        QCOMPARE(static_cast<int>(referencePaths.size()), 20);

        FaultPlan plan;
        plan.dropBeforeResponse = 5;
        plan.dropMidResponse = 6;
        plan.serverError = 6;
        plan.unavailable = 3;
        plan.slow = 8;
        plan.trickle = 4;
        plan.stall = 1;
        plan.slowMinMs = 5;
        plan.slowMaxMs = 120;
        plan.trickleDelayMs = 3;
        plan.stallMs = 700;
        plan.retryAfterSeconds = 0; // the app waits what a 503 asks (up to 30 s); compressed, it asks for nothing
        m_proxy->setPlan(plan);

        const QString path = makeStore(QStringLiteral("soak.sqlite"));
        QVERIFY(!path.isEmpty());
        StoreStatus status;
        auto store = Store::open(path, status); // the test's own connection: drift, checks
        QVERIFY(store);
        const std::int64_t sourceId = store->sources().front().id;

        std::map<QString, int> states;
        std::map<QString, int> reasons; // why cycles failed, digits as #
        std::vector<Sample> samples;
        QStringList violations;
        int staled = 0;
        int ghosts = 0;
        bool haveCatalog = false;
        QElapsedTimer clock;
        clock.start();
        for (int cycle = 1; cycle <= cycles && violations.size() < 5; ++cycle) {
            // Drift: entities the store has at an older version, and entities the catalog no longer has.
            const int drift = std::uniform_int_distribution<int>(0, 9)(random);
            if (drift < 3) {
                const int n = std::uniform_int_distribution<int>(1, 6)(random);
                const auto s = store->connection().exec(
                    QStringLiteral("UPDATE files SET etag = 'stale' WHERE source_id = %1 AND path IN (SELECT path FROM "
                                   "files WHERE source_id = %1 ORDER BY random() LIMIT %2)")
                        .arg(sourceId)
                        .arg(n)
                        .toStdString());
                QVERIFY2(s.ok(), qPrintable(s.message));
                staled += store->connection().changes();
            } else if (drift < 5) {
                const auto s = store->connection().exec(
                    QStringLiteral("INSERT INTO files(source_id, path, size, mtime, kind, problems, etag) VALUES (%1, "
                                   "'resource:default/ghost-%2', 0, 0, 'resource', '', 'g')")
                        .arg(sourceId)
                        .arg(cycle)
                        .toStdString());
                QVERIFY2(s.ok(), qPrintable(s.message));
                ++ghosts;
            }

            const SyncReport r = sync(path);
            ++states[r.state.isEmpty() ? QStringLiteral("(no report)") : r.state];
            if (!r.ok()) {
                static const QRegularExpression digits(QStringLiteral("\\d+"));
                ++reasons[QString(r.message).replace(digits, QStringLiteral("#")).left(110)];
            }

            // Sound after every cycle (the full-text check and foreign keys every 50th: they read everything).
            if (cycle % 50 == 0) {
                const QString problems = test::soundness(store->connection(), true);
                if (!problems.isEmpty()) {
                    violations << QStringLiteral("cycle %1: %2").arg(cycle).arg(problems);
                }
            } else {
                auto quick = store->connection().prepare("PRAGMA quick_check");
                if (!quick.next() || quick.text(0) != "ok") {
                    violations << QStringLiteral("cycle %1: quick_check %2").arg(cycle).arg(quick.qtext(0));
                }
            }
            const Fingerprint now = test::fingerprint(store->connection());
            if (r.ok()) {
                haveCatalog = true;
                const QString diff = test::difference(now, reference, "soak", "reference");
                if (!diff.isEmpty()) {
                    violations << QStringLiteral("cycle %1 said ok (%2) but its catalog differs:\n%3")
                                      .arg(cycle)
                                      .arg(r.message, diff);
                }
            }
            if (haveCatalog) {
                // Nothing the store had is lost by a failed cycle.
                const QString gone = missing(now, reference);
                std::vector<std::string> paths = filePaths(now);
                std::vector<std::string> lost;
                std::set_difference(
                    referencePaths.begin(), referencePaths.end(), paths.begin(), paths.end(), std::back_inserter(lost));
                if (!gone.isEmpty() || !lost.empty()) {
                    violations << QStringLiteral("cycle %1 (%2: %3) lost data: %4 %5 entities gone")
                                      .arg(cycle)
                                      .arg(r.state, r.message, gone)
                                      .arg(lost.size());
                }
            }
            if (cycle % 100 == 0 || cycle == 1) {
                samples.push_back(sample(cycle));
                const Sample &s = samples.back();
                qInfo("cycle %5d  %6.1f s  RSS %6lld kB  fds %3d  threads %2d  faults %llu", cycle,
                    double(clock.elapsed()) / 1000.0, s.rssKb, s.files, s.threads,
                    static_cast<unsigned long long>(m_proxy->stats().injected()));
            }
        }
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));

        // A clean sync ends it: the catalog, whole, nothing lost, nothing twice.
        m_proxy->setPlan(FaultPlan::none());
        const SyncReport last = sync(path);
        QVERIFY2(last.ok(), qPrintable(last.message));
        const QString diff = test::difference(fingerprintOf(path), reference, "soak", "reference");
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        const QString problems = test::soundness(store->connection(), true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        // The catalog itself did not move meanwhile: a fresh clean sync gives the reference again.
        const QString again = makeStore(QStringLiteral("reference-after.sqlite"));
        QVERIFY(sync(again).ok());
        QVERIFY(test::difference(fingerprintOf(again), reference).isEmpty());

        // The figures.
        const FaultProxy::Stats stats = m_proxy->stats();
        QStringList faultText;
        for (int f = 0; f < static_cast<int>(Fault::Count); ++f) {
            faultText << QStringLiteral("%1 %2")
                             .arg(QString::fromLatin1(FaultProxy::faultName(Fault(f))))
                             .arg(stats.faults[static_cast<std::size_t>(f)]);
        }
        QStringList stateText;
        for (const auto &[state, count] : states) {
            stateText << QStringLiteral("%1 %2").arg(state).arg(count);
        }
        const Sample warm
            = *std::find_if(samples.begin(), samples.end(), [&](const Sample &s) { return s.cycle >= cycles / 4; });
        const Sample mid
            = *std::find_if(samples.begin(), samples.end(), [&](const Sample &s) { return s.cycle >= cycles / 2; });
        const Sample end = samples.back();
        qint64 maxSecondHalf = 0;
        int maxFiles = 0;
        int maxThreads = 0;
        for (const Sample &s : samples) {
            if (s.cycle >= mid.cycle) {
                maxSecondHalf = std::max(maxSecondHalf, s.rssKb);
                maxFiles = std::max(maxFiles, s.files);
                maxThreads = std::max(maxThreads, s.threads);
            }
        }
        qInfo().noquote() << QStringLiteral("SOAK: %1 sync cycles in %2 s (%3)")
                                 .arg(cycles)
                                 .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1)
                                 .arg(stateText.join(QStringLiteral(", ")));
        qInfo().noquote() << QStringLiteral("SOAK: %1 requests through the proxy, %2 faults injected (%3)")
                                 .arg(stats.requests)
                                 .arg(stats.injected())
                                 .arg(faultText.join(QStringLiteral(", ")));
        qInfo().noquote()
            << QStringLiteral("SOAK: drift: %1 stale etags, %2 ghost entities; data lost: 0").arg(staled).arg(ghosts);
        qInfo().noquote() << QStringLiteral("SOAK: RSS %1 kB at cycle %2, %3 kB at %4, %5 kB at %6 (max in the second "
                                            "half %7 kB); peak RSS (VmHWM) %8 kB; fds %9→%10; threads %11→%12")
                                 .arg(warm.rssKb)
                                 .arg(warm.cycle)
                                 .arg(mid.rssKb)
                                 .arg(mid.cycle)
                                 .arg(end.rssKb)
                                 .arg(end.cycle)
                                 .arg(maxSecondHalf)
                                 .arg(procStatus("VmHWM"))
                                 .arg(mid.files)
                                 .arg(end.files)
                                 .arg(mid.threads)
                                 .arg(end.threads);
        std::vector<std::pair<int, QString>> byCount;
        for (const auto &[reason, count] : reasons) {
            byCount.emplace_back(count, reason);
        }
        std::sort(byCount.rbegin(), byCount.rend());
        for (std::size_t i = 0; i < std::min<std::size_t>(8, byCount.size()); ++i) {
            qInfo().noquote() << QStringLiteral("SOAK: failed %1× — %2").arg(byCount[i].first).arg(byCount[i].second);
        }
        QVERIFY2(stats.injected() > 0 && states[QStringLiteral("ok")] > 0, "the soak did not exercise anything");
        QVERIFY2(maxSecondHalf - mid.rssKb <= allowedGrowthKb,
            qPrintable(QStringLiteral("RSS grew by %1 kB over the second half (allowed %2 kB)")
                           .arg(maxSecondHalf - mid.rssKb)
                           .arg(allowedGrowthKb)));
        QVERIFY2(maxFiles <= mid.files + 4,
            qPrintable(QStringLiteral("open files grew: %1 → %2").arg(mid.files).arg(maxFiles)));
        QVERIFY2(maxThreads <= mid.threads + 4,
            qPrintable(QStringLiteral("threads grew: %1 → %2").arg(mid.threads).arg(maxThreads)));
        QCOMPARE(m_proxy->activeConnections(), 0);
    }
};

int main(int argc, char **argv)
{
    // Longer runs (the environment variables above) outlast QtTest's 5 minutes per function; ctest's TIMEOUT is
    // the limit that counts.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT")) {
        qputenv("QTEST_FUNCTION_TIMEOUT", "7200000");
    }
    QCoreApplication app(argc, argv);
    TestSoak test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_soak.moc"
