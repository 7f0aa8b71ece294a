// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "sync/syncengine.h"

#include <QFuture>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace tessera {

/**
 * Keeps the store fresh from the catalog endpoints, off the GUI thread: syncs on request (Sync now, a new
 * connection), every few minutes, and sooner while a source is offline, so syncing resumes by itself once the
 * network is back. One sync at a time, on a worker with its own store connection; the GUI hears the signals.
 */
class SyncService : public QObject
{
    Q_OBJECT

public:
    /** A source that failed for want of a token while no keychain could give one: the GUI asks the user once. */
    struct TokenRequest
    {
        SourceRow source;
        QString why;
    };

    explicit SyncService(QString storePath, QObject *parent = nullptr);
    ~SyncService() override;

    /** Syncs every endpoint (local folders stay with the ImportService), or the named ones. */
    void syncNow(const QStringList &names = {});
    void cancel();
    bool isBusy() const { return m_running.isRunning(); }

    /** Periodic sync: every `intervalMs` while all is well, every `offlineRetryMs` while a source is offline. */
    void setIntervals(int intervalMs, int offlineRetryMs);
    void start();

    /** Tests a connection off the GUI thread; testFinished() tells. */
    void testConnection(const SourceRow &source, const std::optional<QByteArray> &token);

    /** HTTP limits for every sync (tests shorten them). */
    void setHttpOptions(const HttpOptions &options) { m_options = options; }

Q_SIGNALS:
    void syncStarted();
    void progress(const tessera::SyncProgress &progress);
    void syncFinished(const std::vector<tessera::SyncReport> &reports);
    void testFinished(bool ok, const QString &message);
    /** A source answered 401 while no token could be read: ask for one (Credentials::remember) and sync again. */
    void tokenNeeded(const tessera::SyncService::TokenRequest &request);

private:
    void finished();

    QString m_storePath;
    HttpOptions m_options;
    QFuture<std::vector<SyncReport>> m_running;
    std::shared_ptr<SyncEngine> m_engine;
    QTimer m_timer;
    int m_intervalMs = 15 * 60 * 1000;
    int m_offlineRetryMs = 30 * 1000;
    QStringList m_pending; ///< a sync asked for while one runs: runs next
    bool m_pendingAll = false;
    std::shared_ptr<std::vector<TokenRequest>> m_tokenRequests;
    QFuture<std::pair<bool, QString>> m_test;
};

} // namespace tessera

Q_DECLARE_METATYPE(tessera::SyncProgress)
Q_DECLARE_METATYPE(tessera::SyncService::TokenRequest)
