// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "store/store.h"
#include "sync/catalogadapter.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace tessera {

/** What one source's sync did. */
struct SyncReport
{
    QString source; ///< its name
    QString kind;
    /** ok, offline (unreachable: its cached data stays), failed, cancelled, conflict (a push met a newer version) */
    QString state;
    QString message; ///< translated: what was done, or what went wrong and where
    qint64 entities = 0; ///< entities written (new or changed)
    /** The endpoint refused the token (or its absence): 401 or 403. A token prompt is worth showing. */
    bool unauthorized = false;
    qint64 milliseconds = 0;
    int pushed = 0; ///< outbox entries sent
    int pushFailed = 0; ///< outbox entries that stay queued or were refused
    int decisionsSent = 0; ///< review decisions the endpoint took
    int decisionsFailed = 0; ///< review decisions that stay queued or were refused
    QStringList skipped; ///< entities left out, with why
    /** Outbox entries the endpoint refused because its version moved: both versions are kept for a 3-way diff. */
    struct Conflict
    {
        std::int64_t outboxId = 0;
        std::string draftKey;
        std::string mine; ///< the published contract (YAML)
        std::string theirs; ///< the endpoint's version, when it gave one
        QString message;
    };
    std::vector<Conflict> conflicts;

    bool ok() const { return state == QLatin1String("ok"); }
};

/**
 * Where a source's token comes from. Returns the token, or nullopt with `why` set when there is none (no
 * keychain entry, the variable unset): the sync then goes on without one, and the endpoint decides.
 */
using TokenLookup = std::function<std::optional<QByteArray>(const SourceRow &source, QString &why)>;

/**
 * Syncs sources into the store: pulls each endpoint through its adapter, then pushes its outbox; local folders
 * are read again (only changed files) and their outbox written to the contract files. Blocking: run it on a
 * worker thread (the GUI's SyncService does) or in the CLI. It opens its own store connection.
 */
class SyncEngine
{
public:
    SyncEngine(QString storePath, TokenLookup tokens, HttpOptions options = {});

    /** Progress of the current source, called on the syncing thread. */
    void setProgress(std::function<void(const SyncProgress &)> progress) { m_progress = std::move(progress); }
    /** Asks the running sync to stop after its current page; what was written stays. Thread-safe. */
    void cancel() { m_cancel = true; }

    /**
     * Syncs the named sources (all of them when empty). A name that matches no source gives a failed report.
     * With `storeError` set when the store cannot be opened (then no report).
     */
    std::vector<SyncReport> run(const QStringList &names, QString *storeError = nullptr);

    /** Tests a connection without writing anything: reachable, token accepted, looks like its kind. */
    static bool test(
        const SourceRow &source, const std::optional<QByteArray> &token, const HttpOptions &options, QString &message);

private:
    SyncReport syncEndpoint(Store &store, const SourceRow &source);
    SyncReport syncLocal(Store &store, const SourceRow &source);
    void pushOutbox(
        Store &store, const SourceRow &source, CatalogAdapter *adapter, SyncContext *context, SyncReport &report);
    /** Sends the source's pending review decisions (see governance/review.h). */
    void pushDecisions(
        Store &store, const SourceRow &source, CatalogAdapter *adapter, SyncContext *context, SyncReport &report);

    QString m_storePath;
    TokenLookup m_tokens;
    HttpOptions m_options;
    std::function<void(const SyncProgress &)> m_progress;
    std::atomic<bool> m_cancel { false };
};

} // namespace tessera
