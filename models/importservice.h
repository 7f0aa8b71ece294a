// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <QFileSystemWatcher>
#include <QFuture>
#include <QObject>
#include <QTimer>

#include <cstdint>
#include <map>

namespace tessera {

/** What one import did, for the status bar and the Activity panel. */
struct ImportSummary
{
    QString source; ///< the folder (":/demo-mesh" for the embedded demo mesh)
    bool ok = true;
    QString message; ///< translated; on failure what went wrong and what was kept
    int filesRead = 0;
    int filesLeftOut = 0;
    qint64 milliseconds = 0;
    std::map<QString, std::int64_t> counts; ///< the store's entity counts afterwards
};

/**
 * Keeps the store filled from the local folder sources, off the GUI thread: on start it imports the
 * embedded demo mesh into an empty store, re-imports every local folder (only changed files are
 * read), then watches the folders and imports again shortly after they change. Imports run one at a
 * time on a worker with their own store connection; the GUI only hears the signals.
 */
class ImportService : public QObject
{
    Q_OBJECT

public:
    /** The embedded demo mesh, as a source location. */
    static QString demoMeshLocation();

    explicit ImportService(QString storePath, QObject *parent = nullptr);
    ~ImportService() override;

    const QString &storePath() const { return m_storePath; }

    /** Starts the first import (the demo mesh when the store is empty) and the watching. */
    void start();

    /** Imports the folder now and keeps watching it. */
    void importFolder(const QString &path);
    /** Stops watching a folder (its source was removed); an import of it still queued is dropped. */
    void forget(const QString &path);
    /** Imports the embedded demo mesh (again): only what changed is written. */
    void importDemoMesh();

    bool isBusy() const { return m_running.isRunning(); }

Q_SIGNALS:
    void importStarted(const QString &source);
    void importFinished(const tessera::ImportSummary &summary);

private:
    void schedule(const QString &source);
    void runNext();
    void watch(const QString &path);

    QString m_storePath;
    QStringList m_queue;
    QFuture<ImportSummary> m_running;
    QFileSystemWatcher m_watcher;
    QStringList m_roots; ///< the watched source folders (the watcher also holds their subfolders)
    QTimer m_debounce;
    QStringList m_changed;
};

} // namespace tessera

Q_DECLARE_METATYPE(tessera::ImportSummary)
