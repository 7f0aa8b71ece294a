// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "syncservice.h"

#include "sync/credentials.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QPointer>
#include <QtConcurrent>

namespace tessera {

SyncService::SyncService(QString storePath, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<std::vector<SyncReport>>();
    qRegisterMetaType<TokenRequest>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { syncNow(); });
}

SyncService::~SyncService()
{
    if (m_engine) {
        m_engine->cancel();
    }
    m_running.waitForFinished();
    m_test.waitForFinished();
}

void SyncService::setIntervals(int intervalMs, int offlineRetryMs)
{
    m_intervalMs = intervalMs;
    m_offlineRetryMs = offlineRetryMs;
}

void SyncService::start()
{
    syncNow();
}

void SyncService::cancel()
{
    if (m_engine) {
        m_engine->cancel();
    }
    m_pending.clear();
    m_pendingAll = false;
}

void SyncService::syncNow(const QStringList &names)
{
    if (isBusy()) {
        if (names.isEmpty()) {
            m_pendingAll = true;
        } else {
            m_pending << names;
        }
        return;
    }
    m_timer.stop();
    auto requests = std::make_shared<std::vector<TokenRequest>>();
    auto lock = std::make_shared<QMutex>();
    // Keychain first; when it has no token and no keychain answers, remember who needs one.
    TokenLookup tokens = [requests, lock](const SourceRow &source, QString &why) -> std::optional<QByteArray> {
        const Credentials::Lookup found = Credentials::read(source);
        why = found.why;
        if (!found.token && !found.keychainAvailable) {
            QMutexLocker locker(lock.get());
            requests->push_back({ source, found.why });
        }
        return found.token;
    };
    m_tokenRequests = requests;
    m_engine = std::make_shared<SyncEngine>(m_storePath, std::move(tokens), m_options);
    QPointer<SyncService> self(this);
    m_engine->setProgress([self](const SyncProgress &p) {
        if (self) {
            QMetaObject::invokeMethod(
                self,
                [self, p] {
                    if (self) {
                        Q_EMIT self->progress(p);
                    }
                },
                Qt::QueuedConnection);
        }
    });
    QStringList endpoints = names;
    auto engine = m_engine;
    const QString storePath = m_storePath;
    m_running = QtConcurrent::run([engine, endpoints, storePath]() {
        QStringList which = endpoints;
        if (which.isEmpty()) {
            // Local folders are the ImportService's (it watches them); the endpoints are this service's.
            StoreStatus status;
            if (auto store = Store::open(storePath, status)) {
                for (const SourceRow &s : store->sources()) {
                    if (s.kind != QLatin1String("local")) {
                        which << s.name;
                    }
                }
            }
            if (which.isEmpty()) {
                return std::vector<SyncReport>();
            }
        }
        return engine->run(which);
    });
    auto *watcher = new QFutureWatcher<std::vector<SyncReport>>(this);
    connect(watcher, &QFutureWatcher<std::vector<SyncReport>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        finished();
    });
    watcher->setFuture(m_running);
    Q_EMIT syncStarted();
}

void SyncService::finished()
{
    const std::vector<SyncReport> reports = m_running.result();
    m_engine.reset();
    bool offline = false;
    for (const SyncReport &r : reports) {
        offline = offline || r.state == QLatin1String("offline");
    }
    Q_EMIT syncFinished(reports);
    if (m_tokenRequests) {
        for (const TokenRequest &request : *m_tokenRequests) {
            for (const SyncReport &r : reports) {
                if (r.source == request.source.name && r.unauthorized) {
                    Q_EMIT tokenNeeded(request);
                }
            }
        }
        m_tokenRequests.reset();
    }
    if (m_pendingAll || !m_pending.isEmpty()) {
        const QStringList names = m_pendingAll ? QStringList() : m_pending;
        m_pending.clear();
        m_pendingAll = false;
        syncNow(names);
        return;
    }
    // An offline source is tried again soon: syncing resumes by itself when the network is back.
    m_timer.start(offline ? m_offlineRetryMs : m_intervalMs);
}

void SyncService::testConnection(const SourceRow &source, const std::optional<QByteArray> &token)
{
    const HttpOptions options = m_options;
    m_test = QtConcurrent::run([source, token, options]() {
        QString message;
        const bool ok = SyncEngine::test(source, token, options, message);
        return std::pair(ok, message);
    });
    auto *watcher = new QFutureWatcher<std::pair<bool, QString>>(this);
    connect(watcher, &QFutureWatcher<std::pair<bool, QString>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const auto [ok, message] = m_test.result();
        Q_EMIT testFinished(ok, message);
    });
    watcher->setFuture(m_test);
}

} // namespace tessera
