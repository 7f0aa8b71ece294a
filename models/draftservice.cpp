// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "draftservice.h"

#include <QLoggingCategory>
#include <QMutexLocker>
#include <QtConcurrent/QtConcurrentRun>

namespace tessera {

Q_LOGGING_CATEGORY(lcDrafts, "tessera.models.drafts")

DraftService::DraftService(QString storePath, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // one thread for the store connection it keeps
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_firstPending.invalidate();
        (void)QtConcurrent::run(&m_pool, [this] { writePending(); });
    });
}

DraftService::~DraftService()
{
    flush();
    m_pool.waitForDone();
    // The store is closed here, on the GUI thread, after the worker finished with it.
}

void DraftService::save(const DraftRow &draft)
{
    {
        QMutexLocker lock(&m_mutex);
        m_pending.drafts[draft.key] = draft;
    }
    schedule();
}

void DraftService::saveVersion(const DraftRow &draft, const QString &kind)
{
    {
        QMutexLocker lock(&m_mutex);
        m_pending.drafts[draft.key] = draft;
        m_pending.versions.emplace_back(draft, kind.toStdString());
    }
    schedule();
}

void DraftService::publishToOutbox(const DraftRow &draft, std::int64_t sourceId)
{
    {
        QMutexLocker lock(&m_mutex);
        m_pending.drafts[draft.key] = draft;
        m_pending.versions.emplace_back(draft, "published");
        OutboxRow row;
        row.sourceId = sourceId;
        row.operation = "publishContract";
        row.payload = draft.text;
        row.draftKey = draft.key;
        m_pending.outbox.push_back(std::move(row));
    }
    schedule();
}

std::vector<OutboxRow> DraftService::outbox()
{
    std::vector<OutboxRow> out;
    readNow([&](Store &s) { out = s.outbox(); });
    return out;
}

void DraftService::close(const std::string &key)
{
    {
        QMutexLocker lock(&m_mutex);
        if (const auto it = m_pending.drafts.find(key); it != m_pending.drafts.end()) {
            it->second.open = false;
        }
        m_pending.closed.push_back(key);
    }
    schedule();
}

bool DraftService::hasPending() const
{
    QMutexLocker lock(&m_mutex);
    return !m_pending.empty();
}

void DraftService::schedule()
{
    if (!m_firstPending.isValid()) {
        m_firstPending.start();
    }
    // Quiet for kQuietMs, but no later than kMaxDelayMs after the first unsaved edit.
    const qint64 left = kMaxDelayMs - m_firstPending.elapsed();
    m_timer.start(static_cast<int>(std::clamp<qint64>(left, 0, kQuietMs)));
}

void DraftService::flush()
{
    m_timer.stop();
    m_firstPending.invalidate();
    (void)QtConcurrent::run(&m_pool, [this] { writePending(); });
    m_pool.waitForDone();
}

Store *DraftService::store(QString &message)
{
    if (!m_store) {
        StoreStatus status;
        m_store = Store::open(m_storePath, status);
        if (!m_store) {
            message = status.message;
        }
    }
    return m_store.get();
}

void DraftService::writePending()
{
    Pending work;
    {
        QMutexLocker lock(&m_mutex);
        std::swap(work, m_pending);
    }
    if (work.empty()) {
        return;
    }
    QString message;
    Store *s = store(message);
    StoreStatus status;
    Pending failedWork;
    std::vector<std::string> savedKeys;
    if (s) {
        for (auto &[key, draft] : work.drafts) {
            if (s->saveDraft(draft, status)) {
                savedKeys.push_back(key);
            } else {
                failedWork.drafts.emplace(key, draft);
            }
        }
        for (auto &version : work.versions) {
            if (!s->saveDraftVersion(version.first, version.second, status)) {
                failedWork.versions.push_back(version);
            }
        }
        for (const std::string &key : work.closed) {
            if (!s->closeDraft(key, status)) {
                failedWork.closed.push_back(key);
            }
        }
        for (const OutboxRow &row : work.outbox) {
            if (!s->queueOutbox(row, status)) {
                failedWork.outbox.push_back(row);
            }
        }
        message = status.message;
    } else {
        failedWork = std::move(work);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const std::string &key : savedKeys) {
        QMetaObject::invokeMethod(
            this, [this, key = QString::fromStdString(key), now] { Q_EMIT saved(key, now); }, Qt::QueuedConnection);
    }
    if (failedWork.empty()) {
        return;
    }
    qCWarning(lcDrafts) << "drafts not saved:" << message;
    {
        // Kept for the next try; anything noted meanwhile is newer and wins.
        QMutexLocker lock(&m_mutex);
        for (auto &[key, draft] : failedWork.drafts) {
            m_pending.drafts.try_emplace(key, std::move(draft));
        }
        m_pending.versions.insert(m_pending.versions.begin(), failedWork.versions.begin(), failedWork.versions.end());
        m_pending.closed.insert(m_pending.closed.end(), failedWork.closed.begin(), failedWork.closed.end());
        m_pending.outbox.insert(m_pending.outbox.begin(), failedWork.outbox.begin(), failedWork.outbox.end());
    }
    std::vector<QString> keys;
    for (const auto &[key, draft] : failedWork.drafts) {
        keys.push_back(QString::fromStdString(key));
    }
    QMetaObject::invokeMethod(
        this,
        [this, keys, message] {
            for (const QString &key : keys) {
                Q_EMIT failed(key, message);
            }
            m_timer.start(1000); // try again
        },
        Qt::QueuedConnection);
}

void DraftService::readNow(const std::function<void(Store &)> &read)
{
    flush(); // what was noted first, so that the read sees it
    (void)QtConcurrent::run(&m_pool, [this, &read] {
        QString message;
        if (Store *s = store(message)) {
            read(*s);
        }
    });
    m_pool.waitForDone();
}

std::vector<DraftRow> DraftService::openDrafts()
{
    std::vector<DraftRow> out;
    readNow([&](Store &s) { out = s.openDrafts(); });
    return out;
}

std::vector<DraftVersionRow> DraftService::versions(const std::string &contractId)
{
    std::vector<DraftVersionRow> out;
    readNow([&](Store &s) { out = s.draftVersions(contractId); });
    return out;
}

} // namespace tessera
