// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "catalog/catalogreader.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <type_traits>

namespace tessera {

/**
 * Runs the catalog browser's reads off the GUI thread: one worker thread with its own read-only
 * connection to the store (connections are never shared between threads; WAL lets it read while an
 * import writes). Jobs run one after the other, in the order they were asked for.
 *
 * Callers attach continuations with a context object, and drop stale answers themselves (a
 * generation counter), as the models here do:
 *
 *     m_service->run([query](CatalogReader &r) { return r.products(query); })
 *         .then(this, [this, generation](ProductListPage page) { ... });
 */
class CatalogService : public QObject
{
    Q_OBJECT

public:
    explicit CatalogService(QString storePath, QObject *parent = nullptr);
    ~CatalogService() override;

    const QString &storePath() const { return m_storePath; }

    /**
     * Runs `job` with the worker's reader. While the store cannot be read (not created yet, damaged)
     * the job is not run and its result is a default value ("nothing"), never an error.
     */
    template <class Job> auto run(Job job) -> QFuture<std::invoke_result_t<Job, CatalogReader &>>
    {
        using Result = std::invoke_result_t<Job, CatalogReader &>;
        return QtConcurrent::run(&m_pool, [path = m_storePath, generation = m_generation.load(), job = std::move(job)] {
            if (CatalogReader *r = reader(path, generation)) {
                return job(*r);
            }
            return Result {};
        });
    }

    /** The store changed (an import or sync finished): later jobs read it afresh, and models reload. */
    void notifyChanged();

Q_SIGNALS:
    void changed();

private:
    /** The worker thread's reader for `path`, reopened when the store changed underneath; null while unreadable. */
    static CatalogReader *reader(const QString &path, quint64 generation);

    QString m_storePath;
    std::atomic<quint64> m_generation { 0 };
    QThreadPool m_pool;
};

} // namespace tessera
