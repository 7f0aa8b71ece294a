// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "store/store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace tessera {

/**
 * Autosaves the designer's drafts into the store, off the GUI thread, within a second of each edit.
 *
 * save() only notes the draft; a short timer (at most kMaxDelayMs after the first unsaved edit, also
 * while the user keeps typing) hands everything noted to one worker with its own store connection. A
 * newer save of a draft replaces an older one that has not been written yet. A write that fails (the
 * disk is full, an import holds the store) is kept and tried again; failed() says why, saved() when it
 * worked. The destructor writes what is pending and waits, so quitting loses nothing.
 */
class DraftService : public QObject
{
    Q_OBJECT

public:
    static constexpr int kQuietMs = 250; ///< written this long after the last edit...
    static constexpr int kMaxDelayMs = 800; ///< ...and never later than this after the first unsaved one

    explicit DraftService(QString storePath, QObject *parent = nullptr);
    ~DraftService() override;

    /** Notes the draft for writing soon. */
    void save(const DraftRow &draft);
    /** Keeps the draft as a version ("draft" or "published"), with the working copy. */
    void saveVersion(const DraftRow &draft, const QString &kind);
    /**
     * Publishes the draft to a catalog endpoint: keeps it as a published version and queues it in the outbox
     * of the source, which the sync engine sends.
     */
    void publishToOutbox(const DraftRow &draft, std::int64_t sourceId);
    /** What waits in the outbox (a small synchronous read). */
    std::vector<OutboxRow> outbox();
    /** The draft's editor closed: not brought back on the next start (after what is pending is written). */
    void close(const std::string &key);
    /** Writes everything pending now and waits for it. */
    void flush();
    /** Whether anything noted is not written yet. */
    bool hasPending() const;

    /** Drafts whose editor was open at the last run (a small synchronous read). */
    std::vector<DraftRow> openDrafts();
    /** Versions kept of a contract, newest first (a small synchronous read). */
    std::vector<DraftVersionRow> versions(const std::string &contractId);

Q_SIGNALS:
    void saved(const QString &key, const QDateTime &when);
    void failed(const QString &key, const QString &message);

private:
    struct Pending
    {
        std::map<std::string, DraftRow> drafts; ///< by key: the latest text of each
        std::vector<std::pair<DraftRow, std::string>> versions; ///< (draft, kind), in order
        std::vector<std::string> closed;
        std::vector<OutboxRow> outbox;
        bool empty() const { return drafts.empty() && versions.empty() && closed.empty() && outbox.empty(); }
    };

    void schedule();
    void writePending();
    /** Writes what is pending, then runs `read` on the worker's store and waits for it (small reads only). */
    void readNow(const std::function<void(Store &)> &read);
    /** The worker's store, opened on first use; null with `message` when it cannot be. */
    Store *store(QString &message);

    const QString m_storePath;
    mutable QMutex m_mutex;
    Pending m_pending; ///< guarded by m_mutex
    std::unique_ptr<Store> m_store; ///< used on the worker only (one job at a time)
    QThreadPool m_pool; ///< one thread: writes in order
    QTimer m_timer;
    QElapsedTimer m_firstPending;
};

} // namespace tessera
