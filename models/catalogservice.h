// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "catalog/catalogreader.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <atomic>
#include <exception>
#include <functional>
#include <type_traits>

namespace tessera {

/**
 * Runs the catalog browser's reads off the GUI thread: one worker thread with its own read-only
 * connection to the store (connections are never shared between threads; WAL lets it read while an
 * import writes). Jobs run one after the other, in the order they were asked for.
 *
 * Callers drop stale answers themselves (a generation counter), as the models here do:
 *
 *     m_service->run(this, [query](CatalogReader &r) { return r.products(query); },
 *         [this, generation](ProductListPage page) { ... });
 */
class CatalogService : public QObject
{
    Q_OBJECT

public:
    explicit CatalogService(QString storePath, QObject *parent = nullptr);
    ~CatalogService() override;

    const QString &storePath() const { return m_storePath; }

    /**
     * Runs `job(reader)` on the worker, then `done(result)` on the GUI thread, unless `context` was
     * destroyed meanwhile (a closed page, a window shut). While the store cannot be read (not
     * created yet, damaged) the job is not run and the result is a default value ("nothing").
     */
    template <class Job, class Done> void run(QObject *context, Job job, Done done)
    {
        using Result = std::invoke_result_t<Job, CatalogReader &>;
        m_pool.start([this, path = m_storePath, generation = m_generation.load(), guard = QPointer<QObject>(context),
                         job = std::move(job), done = std::move(done)]() mutable {
            Result result {};
            QString problem;
            try {
                if (CatalogReader *r = reader(path, generation, problem)) {
                    inSnapshot(*r, [&] { result = job(*r); });
                }
            } catch (const std::exception &) {
                result = Result {}; // out of memory in a query: show nothing rather than end the app
            }
            if (!problem.isEmpty()) {
                QMetaObject::invokeMethod(
                    this, [this, problem] { Q_EMIT unavailable(problem); }, Qt::QueuedConnection);
            }
            // Delivered through the service, which outlives every job (its destructor waits for them);
            // the guard is read on the GUI thread, where the context lives and dies.
            QMetaObject::invokeMethod(
                this,
                [guard, done = std::move(done), result = std::move(result)]() mutable {
                    if (guard) {
                        done(std::move(result));
                    }
                },
                Qt::QueuedConnection);
        });
    }

    /** The store changed (an import or sync finished): later jobs read it afresh, and models reload. */
    void notifyChanged();

Q_SIGNALS:
    void changed();
    /**
     * The store exists but cannot be read (damaged, locked, from a newer Tessera): `message` says why.
     * Jobs meanwhile answer "nothing"; notifyChanged() tries again.
     */
    void unavailable(const QString &message);

private:
    /**
     * The worker thread's reader for `path`, reopened when the store changed underneath; null while
     * unreadable, with `problem` saying why when the store is there (a store not created yet is no problem).
     */
    static CatalogReader *reader(const QString &path, quint64 generation, QString &problem);
    /**
     * Runs `read` in one read transaction: a job's queries see one state of the store (an import may
     * commit meanwhile), and the store's locks are taken once per job instead of once per query.
     */
    static void inSnapshot(CatalogReader &reader, const std::function<void()> &read);

    QString m_storePath;
    std::atomic<quint64> m_generation { 0 };
    QThreadPool m_pool;
};

} // namespace tessera
