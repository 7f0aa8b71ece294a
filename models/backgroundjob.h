// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

#include <exception>
#include <type_traits>

namespace tessera {

/**
 * Runs `work()` on the global thread pool, then `done(result)` on the GUI thread, unless `context`
 * was destroyed meanwhile. The answer travels through the application object, which outlives every
 * job, so a context that dies while the work runs is never touched (QFuture::then with a context
 * asserts on that in Qt 6.4). An exception in `work` yields a default-constructed result.
 */
template <class Work, class Done> void runInBackground(QObject *context, Work work, Done done)
{
    using Result = std::invoke_result_t<Work>;
    QThreadPool::globalInstance()->start(
        [guard = QPointer<QObject>(context), work = std::move(work), done = std::move(done)]() mutable {
            Result result {};
            try {
                result = work();
            } catch (const std::exception &) {
                result = Result {};
            }
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [guard, done = std::move(done), result = std::move(result)]() mutable {
                    if (guard) {
                        done(std::move(result));
                    }
                },
                Qt::QueuedConnection);
        });
}

} // namespace tessera
