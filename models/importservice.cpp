// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "importservice.h"

#include "catalog/local/localfoldersource.h"
#include "store/store.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QtConcurrent>

namespace tessera {

namespace {

/** One import, on a worker thread, with its own connection (connections are never shared). */
ImportSummary runImport(const QString &storePath, const QString &location, bool onlyIfEmpty)
{
    ImportSummary summary;
    summary.source = location;
    QElapsedTimer timer;
    timer.start();
    StoreStatus status;
    auto store = Store::open(storePath, status);
    if (!store) {
        summary.ok = false;
        summary.message = status.message;
        return summary;
    }
    // A damaged store was moved aside and a new one begun: say so whatever happens next.
    summary.message = status.message;
    if (onlyIfEmpty && store->connection().scalar("SELECT count(*) FROM sources").value_or(0) > 0) {
        summary.counts = store->counts();
        return summary;
    }
    const bool demo = location == ImportService::demoMeshLocation();
    const QString name
        = demo ? QCoreApplication::translate("tessera::ImportService", "Demo mesh") : QFileInfo(location).fileName();
    status = {};
    const auto source = store->ensureSource(QStringLiteral("local"), name, location, status);
    if (!source) {
        summary.ok = false;
        summary.message = status.message;
        return summary;
    }
    LocalScanReport report;
    const ImportBatch batch = LocalFolderSource(location).scan(store->files(*source), report);
    if (!store->apply(*source, batch, status)) {
        summary.ok = false;
        summary.message = status.message;
        return summary;
    }
    // When the source was last read, for "cached 3 days ago" while it is out of reach.
    auto mark = store->connection().prepare(
        "INSERT INTO sync_cursors(source_id, entity, updated_at) VALUES (?, 'import', strftime('%Y-%m-%dT%H:%M:%SZ', "
        "'now')) ON CONFLICT(source_id, entity) DO UPDATE SET updated_at = excluded.updated_at");
    mark.bind(1, *source).run();
    summary.filesRead = report.changed;
    summary.filesLeftOut = static_cast<int>(report.invalid.size());
    summary.milliseconds = timer.elapsed();
    summary.counts = store->counts();
    return summary;
}

} // namespace

QString ImportService::demoMeshLocation()
{
    return QStringLiteral(":/demo-mesh");
}

ImportService::ImportService(QString storePath, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
{
    qRegisterMetaType<ImportSummary>();
    // A save in an editor touches a file several times: import once, shortly after the last change.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(500);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        for (const QString &folder : std::as_const(m_changed)) {
            schedule(folder);
        }
        m_changed.clear();
    });
    const auto changed = [this](const QString &path) {
        // A change anywhere below a watched source re-imports that source.
        for (const QString &root : std::as_const(m_roots)) {
            if (path.startsWith(root) && !m_changed.contains(root)) {
                m_changed << root;
            }
        }
        m_debounce.start();
    };
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, changed);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, changed);
}

ImportService::~ImportService()
{
    m_queue.clear();
    m_running.waitForFinished(); // the worker holds no pointer to us, only values
}

void ImportService::start()
{
    m_queue << QStringLiteral("first-start");
    runNext();
}

void ImportService::importFolder(const QString &path)
{
    watch(path);
    schedule(path);
}

void ImportService::importDemoMesh()
{
    schedule(demoMeshLocation());
}

void ImportService::schedule(const QString &source)
{
    if (!m_queue.contains(source)) {
        m_queue << source;
    }
    runNext();
}

void ImportService::watch(const QString &path)
{
    if (!m_roots.contains(path)) {
        m_roots << path;
    }
    // QFileSystemWatcher watches one level: add the folder and every folder below it.
    QStringList folders { path };
    QDirIterator it(path, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        folders << it.next();
    }
    for (const QString &folder : folders) {
        if (!m_watcher.directories().contains(folder)) {
            m_watcher.addPath(folder);
        }
    }
}

void ImportService::forget(const QString &path)
{
    m_roots.removeAll(path);
    m_queue.removeAll(path);
    m_changed.removeAll(path);
    QStringList gone;
    const QString below = path.endsWith(QLatin1Char('/')) ? path : path + QLatin1Char('/');
    for (const QString &folder : m_watcher.directories()) {
        if (folder == path || folder.startsWith(below)) {
            gone << folder;
        }
    }
    if (!gone.isEmpty()) {
        m_watcher.removePaths(gone);
    }
}

void ImportService::runNext()
{
    if (m_running.isRunning() || m_queue.isEmpty()) {
        return;
    }
    const QString next = m_queue.takeFirst();
    const bool firstStart = next == QLatin1String("first-start");
    const QString location = firstStart ? demoMeshLocation() : next;
    Q_EMIT importStarted(location);
    const QString storePath = m_storePath;
    m_running
        = QtConcurrent::run([storePath, location, firstStart] { return runImport(storePath, location, firstStart); });
    m_running.then(this, [this, firstStart](const ImportSummary &summary) {
        Q_EMIT importFinished(summary);
        if (firstStart && summary.ok) {
            // Every local folder the store knows is imported again (changed files only) and watched.
            StoreStatus status;
            if (auto store = Store::open(m_storePath, status, Store::Mode::ReadOnly)) {
                auto st = store->connection().prepare("SELECT location FROM sources WHERE kind = 'local'");
                while (st.next()) {
                    const QString location = st.qtext(0);
                    if (location != demoMeshLocation() && QFileInfo(location).isDir()) {
                        watch(location);
                        m_queue << location;
                    }
                }
            }
        }
        runNext();
    });
}

} // namespace tessera
