// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "store/store.h"
#include "sync/httpclient.h"

#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace tessera {

/** A string of a JSON object, or empty when it is missing, not a string, or the value is no object. */
std::string jsonString(const nlohmann::json &object, const char *key);
/** An array of a JSON object, or an empty array when it is missing or not an array. */
const nlohmann::json &jsonArray(const nlohmann::json &object, const char *key);
/** An object of a JSON object, or an empty object when it is missing or not an object (or `object` is none). */
const nlohmann::json &jsonObject(const nlohmann::json &object, const char *key);
/** A member of a JSON object of any type, or null when it is missing (or `object` is not an object). */
const nlohmann::json &jsonMember(const nlohmann::json &object, const char *key);
/** A number of a JSON object, or `fallback` when it is missing or not a number (endpoints are not trusted). */
double jsonNumber(const nlohmann::json &object, const char *key, double fallback);
/** An integer of a JSON object (a whole number), or `fallback`. */
qint64 jsonInteger(const nlohmann::json &object, const char *key, qint64 fallback);

struct ReviewDecision;

/** How far a sync of one source got, for progress bars. */
struct SyncProgress
{
    QString source; ///< the source's name
    QString phase; ///< translated: "Listing entities", "Fetching tables", ...
    qint64 done = 0; ///< entities written so far
    qint64 total = -1; ///< entities expected, -1 when not known yet
};

/**
 * What an adapter works with while it syncs one source: the store (its own connection, on the worker), the
 * source, an HTTP client carrying the source's token, and the ways to report progress and notice a cancel.
 */
class SyncContext
{
public:
    /** `store` may be null for a connection test, which writes nothing. */
    SyncContext(Store *store, SourceRow source, HttpClient &http, std::function<void(const SyncProgress &)> progress,
        std::function<bool()> cancelled);

    Store &store() { return *m_store; }
    const SourceRow &source() const { return m_source; }
    HttpClient &http() { return m_http; }
    bool cancelled() const { return m_cancelled && m_cancelled(); }

    /** The endpoint's base URL with `path` appended (the base may end in a slash or not). */
    QUrl url(const QString &path, const QUrlQuery &query = {}) const;

    /** GETs JSON; on failure records why (fail()) and returns nullopt. `what` names it for messages. */
    std::optional<nlohmann::json> getJson(const QUrl &url, const QString &what);

    /**
     * Writes one page in one transaction; on failure records why and returns false. Its files count as entities
     * written unless `counted` is false (rows that only complete an entity, such as its column lineage).
     */
    bool apply(const ImportBatch &batch, bool counted = true);

    void progress(const QString &phase, qint64 total = -1);

    /** Records the first failure: `outcome` decides the source's state (offline or failed). */
    void fail(const QString &message, HttpResponse::Outcome outcome = HttpResponse::Outcome::Failed, int status = 0);
    /** The HTTP status of the failure (401 when the token was refused), 0 when none came. */
    int failedStatus() const { return m_failedStatus; }
    const QString &error() const { return m_error; }
    HttpResponse::Outcome outcome() const { return m_outcome; }
    bool failed() const { return !m_error.isEmpty(); }

    qint64 written() const { return m_written; }
    /** Problems that left single entities out (missing fields, duplicates); the sync goes on. */
    QStringList &skipped() { return m_skipped; }

private:
    Store *m_store;
    SourceRow m_source;
    HttpClient &m_http;
    std::function<void(const SyncProgress &)> m_progress;
    std::function<bool()> m_cancelled;
    QString m_error;
    HttpResponse::Outcome m_outcome = HttpResponse::Outcome::Ok;
    int m_failedStatus = 0;
    qint64 m_written = 0;
    QString m_phase;
    qint64 m_total = -1;
    QStringList m_skipped;
};

/** The result of sending one outbox entry. */
struct PushResult
{
    enum class Outcome {
        Sent,
        Conflict, ///< the endpoint's version moved (412, or a newer version than the draft's base)
        Rejected, ///< any other 4xx: `message` carries the server's words
        Failed, ///< the network or the server (5xx) failed: tried again later
    };
    Outcome outcome = Outcome::Failed;
    QString message;
    std::string theirs; ///< on Conflict: the endpoint's current version of the contract (YAML), when it gave one
};

/**
 * One kind of catalog endpoint. pull() brings the store up to date with the endpoint: a first sync lists and
 * fetches everything page by page, later ones only what changed (events, etags, cursors). Each page is
 * written in one transaction, so an interrupted sync keeps every finished page and goes on from there.
 */
class CatalogAdapter
{
public:
    virtual ~CatalogAdapter() = default;

    /** Returns false with SyncContext::fail() called when the sync could not finish. */
    virtual bool pull(SyncContext &context) = 0;
    /** Checks the URL and the token with one cheap request; `summary` says what was found (translated). */
    virtual bool test(SyncContext &context, QString &summary) = 0;
    /** Whether push() can send published contracts to this endpoint. */
    virtual bool canPush() const { return false; }
    virtual PushResult push(SyncContext &context, const OutboxRow &row);
    /** Whether pushDecision() can send review decisions (approved, changes requested) to this endpoint. */
    virtual bool canPushDecisions() const { return false; }
    /** Sends a reviewer's decision on a contract version; Sent, Rejected (4xx) or Failed. */
    virtual PushResult pushDecision(SyncContext &context, const ReviewDecision &decision);

    /** The adapter for a source kind (backstage, openmetadata, marquez), or null for an unknown kind. */
    static std::unique_ptr<CatalogAdapter> create(const QString &kind);
    /** The endpoint kinds there are adapters for. */
    static QStringList kinds();
    /** A kind's name for people ("Backstage catalog"), translated. */
    static QString kindName(const QString &kind);
};

/** Builds the adapters (one file each). */
std::unique_ptr<CatalogAdapter> makeBackstageAdapter();
std::unique_ptr<CatalogAdapter> makeMarquezAdapter();
std::unique_ptr<CatalogAdapter> makeOpenMetadataAdapter();

} // namespace tessera
