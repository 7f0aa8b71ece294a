// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
//
// Durability: the app and the CLI are killed with SIGKILL again and again while they write the store, at random
// moments, on the same store. After every kill the store must be sound (PRAGMA integrity_check, foreign keys, the
// full-text index's own check) and hold everything the process had accepted:
//
//  appAutosave  the designer (reliabilitytyper: the app's window with its DraftService) types into a contract;
//               every word the autosave had acknowledged before the kill comes back on the next start, and so
//               does every word typed more than TESSERA_DURABILITY_GRACE_MS (3000) before it. Every third
//               round a `tessera-cli import` writes the same store meanwhile and is killed too.
//  cliImport    `tessera-cli import` of the demo mesh (alternating between two versions of the folder) is killed
//               mid-import: the store holds the catalog before or after that import, never a part of it, and
//               the next import completes to exactly what a clean import gives.
//  cliSync      `tessera-cli sync` from a slow Backstage-like server (1,000 entities that change between rounds) is
//               killed mid-sync: every entity in the store is whole (its etag and its data of the same version),
//               and the next sync completes to exactly what a clean sync gives.
//
// Environment: TESSERA_DURABILITY_ROUNDS (kills per scenario; defaults 20/30/30), TESSERA_DURABILITY_SEED.
#include "contract/sourcedocument.h"
#include "store/store.h"
#include "storecheck.h"
#include "support/testhttpserver.h"
#include "testutils.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <mutex>
#include <random>

using namespace tessera;
using tessera::test::Fingerprint;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

int rounds(int fallback)
{
    return std::max(1, envInt("TESSERA_DURABILITY_ROUNDS", fallback));
}

QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

/** Runs the CLI to the end; its exit code (-2 when it crashed, -1 when it hung, -3 when it did not start). */
int cli(const QStringList &arguments, QString *output = nullptr)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(TESSERA_CLI), arguments);
    if (!process.waitForStarted(30000)) {
        qWarning().noquote() << "cannot start" << TESSERA_CLI << process.errorString();
        return -3;
    }
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (output) {
        *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

/** SIGKILL, then waits; true when the process was still running (a real kill, not an exit). */
bool killNow(QProcess &process)
{
    if (process.state() == QProcess::NotRunning) {
        return false;
    }
    ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
    process.waitForFinished(10000);
    return process.exitStatus() == QProcess::CrashExit;
}

/**
 * What a kill left: empty when the store is sound (or does not exist yet), else what is wrong. Read-only first, as
 * the brief asks; then the full-text check, which needs a connection that may write (nothing else uses the store).
 */
QString checkAfterKill(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        return {};
    }
    StoreStatus status;
    auto store = Store::open(path, status, Store::Mode::ReadOnly);
    if (!store) {
        return QStringLiteral("cannot open read-only: ") + status.message;
    }
    QString problems = test::soundness(store->connection(), false);
    store.reset();
    sql::Connection db;
    if (const sql::Status s = db.open(path, false, false); !s.ok()) {
        return problems + QStringLiteral("; cannot open: ") + s.message;
    }
    const QString fullText = test::soundness(db, true);
    return fullText.isEmpty() ? problems : fullText;
}

Fingerprint fingerprintOf(const QString &path)
{
    StoreStatus status;
    auto store = Store::open(path, status, Store::Mode::ReadOnly);
    return store ? test::fingerprint(store->connection()) : Fingerprint {};
}

/** The numbers of the words "w1 w2 ..." in `text`, in order. */
QList<int> words(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("w(\\d+)"));
    QList<int> out;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        out << it.next().captured(1).toInt();
    }
    return out;
}

void copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(file);
        QDir().mkpath(QFileInfo(target).path());
        QFile::copy(file, target);
    }
}

/** Gives every file under `dir` the modification time base + `stamp` seconds: the next import reads them all. */
void touchAll(const QString &dir, int stamp)
{
    const QDateTime when = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(stamp);
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadWrite)) {
            f.setFileTime(when, QFileDevice::FileModificationTime);
        }
    }
}

} // namespace

class TestDurability : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::mt19937 m_random { static_cast<std::uint32_t>(envInt("TESSERA_DURABILITY_SEED", 4711)) };

    int uniform(int from, int to) { return std::uniform_int_distribution<int>(from, to)(m_random); }

private Q_SLOTS:
    void appAutosave();
    void cliImport();
    void cliSync();
};

void TestDurability::appAutosave()
{
    const int kRounds = rounds(20);
    const int graceMs = envInt("TESSERA_DURABILITY_GRACE_MS", 3000);
    const QString store = m_dir.filePath(QStringLiteral("app/tessera.sqlite"));
    QDir().mkpath(QFileInfo(store).path());
    // The import that writes the same store now and then.
    const QString mesh = m_dir.filePath(QStringLiteral("app-mesh"));
    copyTree(QStringLiteral(TESSERA_SOURCE_DIR "/resources/demo-mesh"), mesh);

    int kills = 0;
    int importKills = 0;
    int acknowledged = 0; // words the autosave acknowledged, over all rounds (each counted once)
    int typedTotal = 0;
    int lostAcknowledged = 0;
    int lostLate = 0;
    int lastKnown = 0; // the words the store held after the previous kill
    QStringList failures;
    for (int round = 1; round <= kRounds; ++round) {
        const bool withImport = round % 3 == 0;
        QProcess typer;
        typer.setProcessEnvironment(environment());
        typer.start(QStringLiteral(TESSERA_TYPER), { store, QString::number(round) });
        QVERIFY(typer.waitForStarted());
        QProcess import;
        if (withImport) {
            touchAll(mesh, round);
            import.setProcessEnvironment(environment());
            import.start(
                QStringLiteral(TESSERA_CLI), { QStringLiteral("import"), QStringLiteral("--store"), store, mesh });
        }

        QElapsedTimer clock;
        clock.start();
        qint64 readyAt = -1;
        qint64 killAt = -1;
        const qint64 importKillAt = uniform(100, 2500);
        QString lastSaved;
        std::map<int, qint64> typedAt; // word → when the test read its "typed" line
        auto readLines = [&](qint64 now) {
            while (typer.canReadLine()) {
                const QString line = QString::fromUtf8(typer.readLine()).trimmed();
                if (line.startsWith(QLatin1String("ready "))) {
                    readyAt = now;
                    killAt = readyAt + uniform(150, 4500);
                } else if (line.startsWith(QLatin1String("typed "))) {
                    typedAt.emplace(line.section(QLatin1Char(' '), 1, 1).toInt(), now);
                } else if (line.startsWith(QLatin1String("saved "))) {
                    lastSaved = line.mid(6);
                }
            }
        };
        while (killAt < 0 || clock.elapsed() < killAt) {
            if (typer.state() == QProcess::NotRunning) {
                QFAIL(qPrintable(QStringLiteral("round %1: the typer ended by itself").arg(round)));
            }
            if (clock.elapsed() > 60000) {
                QFAIL(qPrintable(QStringLiteral("round %1: the typer did not get ready").arg(round)));
            }
            if (withImport && clock.elapsed() >= importKillAt && import.state() != QProcess::NotRunning) {
                importKills += killNow(import) ? 1 : 0;
            }
            typer.waitForReadyRead(20);
            readLines(clock.elapsed());
        }
        const qint64 killedAt = clock.elapsed();
        QVERIFY2(killNow(typer), "the typer was not running when killed");
        ++kills;
        if (withImport) {
            importKills += killNow(import) ? 1 : 0;
        }
        readLines(killedAt); // lines written before the kill, still in the pipe
        for (const QByteArray &line : typer.readAllStandardError().split('\n')) {
            // What the app said (the autosave's warnings among it), without the offscreen platform's chatter.
            if (!line.isEmpty() && !line.contains("propagateSizeHints") && !line.contains("XDG_RUNTIME_DIR")) {
                qInfo("round %d, the app said: %s", round, line.constData());
            }
        }

        // The store is sound, and the draft comes back with every accepted word.
        const QString problems = checkAfterKill(store);
        if (!problems.isEmpty()) {
            failures << QStringLiteral("round %1: %2").arg(round).arg(problems);
            continue;
        }
        StoreStatus status;
        auto db = Store::open(store, status, Store::Mode::ReadOnly);
        QVERIFY2(db, qPrintable(status.message));
        const auto drafts = db->openDrafts();
        if (drafts.size() > 1) {
            failures << QStringLiteral("round %1: %2 open drafts, expected one").arg(round).arg(drafts.size());
        }
        QString restored;
        if (!drafts.empty()) {
            const SourceDocument doc = SourceDocument::fromText(QByteArray::fromStdString(drafts.front().text));
            QVERIFY2(doc.isValid(), drafts.front().text.c_str());
            restored = QString::fromStdString(doc.value().value("name", std::string()));
        }
        const QList<int> have = words(restored);
        for (int i = 0; i < have.size(); ++i) {
            if (have[i] != i + 1) {
                failures
                    << QStringLiteral("round %1: the words came back out of order: \"%2\"").arg(round).arg(restored);
                break;
            }
        }
        const int restoredWords = static_cast<int>(have.size());
        const int saved = words(lastSaved).isEmpty() ? 0 : words(lastSaved).constLast();
        int late = 0;
        for (const auto &[word, at] : typedAt) {
            if (killedAt - at >= graceMs) {
                late = std::max(late, word);
            }
        }
        typedTotal += typedAt.empty() ? 0 : typedAt.rbegin()->first - typedAt.begin()->first + 1;
        acknowledged += std::max(0, saved - lastKnown);
        if (saved > restoredWords || !restored.startsWith(lastSaved.trimmed())) {
            lostAcknowledged += std::max(1, saved - restoredWords);
            failures << QStringLiteral("round %1: the autosave had acknowledged \"%2\", the store gave back \"%3\"")
                            .arg(round)
                            .arg(lastSaved, restored);
        }
        if (late > restoredWords && !withImport) {
            lostLate += late - restoredWords;
            failures << QStringLiteral("round %1: word %2 was typed %3 ms or more before the kill but is not back "
                                       "(\"%4\")")
                            .arg(round)
                            .arg(late)
                            .arg(graceMs)
                            .arg(restored);
        }
        lastKnown = restoredWords;
    }
    qInfo().noquote() << QStringLiteral("DURABILITY app autosave: %1 kills of the app (%2 of an import writing the "
                                        "same store meanwhile), %3 words typed, %4 acknowledged by the autosave; "
                                        "acknowledged words lost: %5, words older than %6 ms lost: %7")
                             .arg(kills)
                             .arg(importKills)
                             .arg(typedTotal)
                             .arg(acknowledged)
                             .arg(lostAcknowledged)
                             .arg(graceMs)
                             .arg(lostLate);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QVERIFY2(acknowledged > 0, "the autosave never acknowledged a word");
}

void TestDurability::cliImport()
{
    const int kRounds = rounds(30);
    // Two versions of the demo mesh in one folder: A as shipped; B with a third of the files changed (a comment
    // appended: a new original text) and two files gone (a product and a lineage file: their rows must go).
    const QString original = QStringLiteral(TESSERA_SOURCE_DIR "/resources/demo-mesh");
    const QString mesh = m_dir.filePath(QStringLiteral("mesh"));
    QStringList files;
    QDirIterator it(original, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << QDir(original).relativeFilePath(it.next());
    }
    files.sort();
    QStringList removedInB;
    for (const char *folder : { "products/", "lineage/" }) {
        removedInB << *std::find_if(
            files.begin(), files.end(), [&](const QString &f) { return f.startsWith(QLatin1String(folder)); });
    }
    QCOMPARE(removedInB.size(), 2);
    auto materialize = [&](bool b, int stamp) {
        for (int i = 0; i < files.size(); ++i) {
            const QString target = mesh + QLatin1Char('/') + files[i];
            QFile::remove(target);
            if (b && removedInB.contains(files[i])) {
                continue;
            }
            QDir().mkpath(QFileInfo(target).path());
            QByteArray bytes = test::readAll(original + QLatin1Char('/') + files[i]);
            if (b && i % 3 == 0
                && (files[i].endsWith(QLatin1String(".yaml")) || files[i].endsWith(QLatin1String(".yml")))) {
                bytes += "\n# version B of this file\n";
            }
            QFile out(target);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
        }
        touchAll(mesh, stamp);
    };

    // The catalog each version gives when imported cleanly, and how long that takes.
    Fingerprint reference[2];
    qint64 cleanMs = 0;
    for (int b = 0; b < 2; ++b) {
        materialize(b == 1, b);
        const QString path = m_dir.filePath(QStringLiteral("import-reference-%1.sqlite").arg(b));
        QElapsedTimer t;
        t.start();
        QString out;
        QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("--store"), path, mesh }, &out), 0);
        cleanMs = std::max(cleanMs, t.elapsed());
        reference[b] = fingerprintOf(path);
        QVERIFY(!test::catalogEmpty(reference[b]));
    }
    QVERIFY(!test::difference(reference[0], reference[1]).isEmpty());

    const QString store = m_dir.filePath(QStringLiteral("import.sqlite"));
    int kills = 0;
    int completed = 0;
    int before = 0; // kills that left the catalog as it was before the import
    int after = 0; // ... as it is after it (killed while committing, or after)
    int state = -1; // which version the store holds: -1 none yet
    QStringList failures;
    for (int round = 1; round <= kRounds && failures.size() < 5; ++round) {
        const int target = uniform(0, 1);
        materialize(target == 1, 10 + round); // new times: every file is read again
        QProcess import;
        import.setProcessEnvironment(environment());
        import.start(QStringLiteral(TESSERA_CLI), { QStringLiteral("import"), QStringLiteral("--store"), store, mesh });
        QVERIFY(import.waitForStarted());
        // Mostly while it runs; now and then just as it ends.
        QTest::qSleep(uniform(10, static_cast<int>(cleanMs * 115 / 100)));
        if (killNow(import)) {
            ++kills;
        } else {
            import.waitForFinished();
            ++completed;
            if (import.exitCode() != 0) {
                failures << QStringLiteral("round %1: the import failed: %2")
                                .arg(round)
                                .arg(QString::fromUtf8(import.readAllStandardError()));
            }
        }
        const QString problems = checkAfterKill(store);
        if (!problems.isEmpty()) {
            failures << QStringLiteral("round %1: %2").arg(round).arg(problems);
            continue;
        }
        // All or nothing: the catalog before this import, or after it.
        const Fingerprint now = fingerprintOf(store);
        if (test::difference(now, reference[target]).isEmpty()) {
            ++after;
            state = target;
        } else if (state < 0 ? test::catalogEmpty(now) : test::difference(now, reference[state]).isEmpty()) {
            ++before;
        } else {
            failures << QStringLiteral("round %1: a part of an import is in the store:\n%2")
                            .arg(round)
                            .arg(test::difference(now, reference[target], "store", "after"));
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));

    // The next import completes, to exactly the catalog of a clean import.
    const int last = uniform(0, 1);
    materialize(last == 1, 10 + kRounds + 1);
    QString out;
    QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("--store"), store, mesh }, &out), 0);
    const QString diff = test::difference(fingerprintOf(store), reference[last], "resumed", "clean");
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(checkAfterKill(store), QString());
    StoreStatus status;
    auto db = Store::open(store, status, Store::Mode::ReadOnly);
    QVERIFY(db);
    qInfo().noquote() << QStringLiteral("DURABILITY cli import: %1 kills mid-import (%2 left the catalog as before the "
                                        "import, %3 as after it), %4 imports ran through; partial imports seen: 0; "
                                        "the next import equals a clean one (clean import %5 ms); jobs left without "
                                        "lineage: %6")
                             .arg(kills)
                             .arg(before)
                             .arg(after - completed)
                             .arg(completed)
                             .arg(cleanMs)
                             .arg(test::orphanJobs(db->connection()));
    QVERIFY(kills > kRounds / 2);
}

void TestDurability::cliSync()
{
    const int kRounds = rounds(30);
    using tessera::test::Request;
    using tessera::test::Response;
    // A Backstage-like catalog of 1,000 resources; each has a generation (its etag and its description say it),
    // a resource depends on the one before it. Fetches are slow, so a sync takes a second or two.
    constexpr int kEntities = 1000;
    struct Catalog
    {
        std::mutex mutex;
        std::vector<int> generation = std::vector<int>(kEntities, 1);
        std::vector<bool> present = std::vector<bool>(kEntities, true);
        std::mt19937 random { 99 };
        int minDelay = 150;
        int maxDelay = 450;
    } catalog;
    auto entity = [&catalog](int i, bool full) {
        QJsonObject metadata { { "namespace", "default" }, { "name", QStringLiteral("r%1").arg(i) },
            { "etag", QStringLiteral("g%1").arg(catalog.generation[std::size_t(i)]) } };
        QJsonObject e { { "kind", "Resource" }, { "metadata", metadata } };
        if (full) {
            metadata.insert("description", QStringLiteral("generation %1").arg(catalog.generation[std::size_t(i)]));
            e.insert("metadata", metadata);
            QJsonObject spec { { "type", "dataset" }, { "owner", QStringLiteral("group:team-%1").arg(i % 7) } };
            if (i % 10 != 0) {
                spec.insert("dependsOn", QJsonArray { QStringLiteral("resource:r%1").arg(i - 1) });
            }
            e.insert("spec", spec);
        }
        return e;
    };
    tessera::test::TestHttpServer server;
    QVERIFY(server.startInThread());
    server.route("GET", "/api/catalog/entities/by-query", [&](const Request &) {
        std::lock_guard lock(catalog.mutex);
        QJsonArray items;
        for (int i = 0; i < kEntities; ++i) {
            if (catalog.present[std::size_t(i)]) {
                items.append(entity(i, false));
            }
        }
        return Response::json(
            QJsonDocument(QJsonObject { { "items", items }, { "pageInfo", QJsonObject() } }).toJson());
    });
    server.route("POST", "/api/catalog/entities/by-refs", [&](const Request &r) {
        std::lock_guard lock(catalog.mutex);
        QJsonArray items;
        for (const auto ref : QJsonDocument::fromJson(r.body).object()["entityRefs"].toArray()) {
            const int i = ref.toString().section(QLatin1Char('/'), 1).mid(1).toInt();
            items.append(i >= 0 && i < kEntities && catalog.present[std::size_t(i)] ? QJsonValue(entity(i, true))
                                                                                    : QJsonValue());
        }
        Response out = Response::json(QJsonDocument(QJsonObject { { "items", items } }).toJson());
        out.delayMs = std::uniform_int_distribution<int>(catalog.minDelay, catalog.maxDelay)(catalog.random);
        return out;
    });
    auto change = [&] {
        std::lock_guard lock(catalog.mutex);
        for (int i = 0; i < kEntities; ++i) {
            const int roll = std::uniform_int_distribution<int>(0, 99)(catalog.random);
            if (roll < 30) {
                ++catalog.generation[std::size_t(i)];
            } else if (roll < 32) {
                catalog.present[std::size_t(i)] = !catalog.present[std::size_t(i)];
            }
        }
    };

    const QString store = m_dir.filePath(QStringLiteral("sync.sqlite"));
    const QString url = server.url().toString();
    QCOMPARE(cli({ "sources", "add", "slow", "--type", "backstage", "--url", url, "--store", store }), 0);

    int kills = 0;
    int completed = 0;
    int entitiesSeen = 0;
    QStringList failures;
    for (int round = 1; round <= kRounds && failures.size() < 5; ++round) {
        if (round > 1) {
            change();
        }
        QProcess sync;
        sync.setProcessEnvironment(environment());
        sync.start(QStringLiteral(TESSERA_CLI), { QStringLiteral("sync"), QStringLiteral("--store"), store });
        QVERIFY(sync.waitForStarted());
        QTest::qSleep(uniform(40, 1100));
        if (qEnvironmentVariableIsSet("TESSERA_DURABILITY_NO_KILL")) { // to tell kills from plain differences
            sync.waitForFinished(120000);
        }
        if (killNow(sync)) {
            ++kills;
        } else {
            sync.waitForFinished();
            ++completed;
        }
        const QString problems = checkAfterKill(store);
        if (!problems.isEmpty()) {
            failures << QStringLiteral("round %1: %2").arg(round).arg(problems);
            continue;
        }
        // Every entity in the store is whole: its etag and its data are of the same generation, and its lineage
        // is there.
        StoreStatus status;
        auto db = Store::open(store, status, Store::Mode::ReadOnly);
        QVERIFY2(db, qPrintable(status.message));
        auto rows = db->connection().prepare(
            "SELECT f.path, f.etag, x.description, (SELECT count(*) FROM lineage_edges e WHERE e.source_id = "
            "f.source_id AND e.file_path = f.path) FROM files f LEFT JOIN source_datasets sd ON sd.source_id = "
            "f.source_id AND sd.file_path = f.path LEFT JOIN datasets x ON x.id = sd.dataset_id");
        int whole = 0;
        while (rows.next()) {
            const QString path = rows.qtext(0);
            const QString etag = rows.qtext(1);
            const QString description = rows.isNull(2) ? QStringLiteral("(no dataset)") : rows.qtext(2);
            const int index = path.section(QLatin1Char('/'), 1).mid(1).toInt();
            const int lineage = static_cast<int>(rows.integer(3));
            if (description != QStringLiteral("generation ") + etag.mid(1) || lineage != (index % 10 != 0 ? 1 : 0)) {
                failures << QStringLiteral("round %1: %2 has etag %3 but \"%4\" and %5 lineage edges")
                                .arg(round)
                                .arg(path, etag, description)
                                .arg(lineage);
                break;
            }
            ++whole;
        }
        entitiesSeen = std::max(entitiesSeen, whole);
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));

    // The next sync resumes and completes, to exactly what a clean sync of the same catalog gives.
    catalog.minDelay = catalog.maxDelay = 0;
    QString out;
    QCOMPARE(cli({ QStringLiteral("sync"), QStringLiteral("--store"), store }, &out), 0);
    const QString clean = m_dir.filePath(QStringLiteral("sync-clean.sqlite"));
    QCOMPARE(cli({ "sources", "add", "slow", "--type", "backstage", "--url", url, "--store", clean }), 0);
    QCOMPARE(cli({ QStringLiteral("sync"), QStringLiteral("--store"), clean }, &out), 0);
    const QString diff = test::difference(fingerprintOf(store), fingerprintOf(clean), "resumed", "clean");
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    StoreStatus status;
    auto db = Store::open(store, status, Store::Mode::ReadOnly);
    QVERIFY(db);
    const auto [unreferenced, staleDescriptions] = test::leftDatasets(db->connection());
    qInfo().noquote() << QStringLiteral("DURABILITY cli sync: %1 kills mid-sync, %2 syncs ran through, up to %3 "
                                        "entities in the store checked whole after each; torn entities: 0; the next "
                                        "sync equals a clean one; datasets of removed entities left behind: %4 "
                                        "unreferenced, %5 still with the removed entity's description")
                             .arg(kills)
                             .arg(completed)
                             .arg(entitiesSeen)
                             .arg(unreferenced)
                             .arg(staleDescriptions);
    QVERIFY(kills > kRounds / 2);
}

int main(int argc, char **argv)
{
    // Longer runs (the environment variables above) outlast QtTest's 5 minutes per function; ctest's TIMEOUT is
    // the limit that counts.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT")) {
        qputenv("QTEST_FUNCTION_TIMEOUT", "7200000");
    }
    QCoreApplication app(argc, argv);
    TestDurability test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_durability.moc"
