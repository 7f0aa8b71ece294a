// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "contract/breakingrules.h"
#include "governance/policies.h"
#include "lineage/lineagealgorithms.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tessera {

class Store;
struct StoreStatus;

namespace sql {
class Connection;
}

/** A reviewer's decision on one version of a contract (see schema-7.sql). */
struct ReviewDecision
{
    enum class Verdict { Approved, ChangesRequested };
    /** Whether the endpoint the contract came from has heard of the decision. */
    enum class Push {
        Local, ///< the source takes no decisions: kept in the store only
        Pending, ///< sent with the next sync of the source
        Sent,
        Failed, ///< the endpoint refused it; `pushMessage` says why
    };

    std::int64_t id = 0;
    QString contractId;
    QString version;
    Verdict verdict = Verdict::Approved;
    QString comment;
    QString reviewer;
    std::string textHash; ///< of the contract text decided on
    std::int64_t sourceId = 0; ///< where the contract came from (0: unknown)
    Push push = Push::Local;
    QString pushMessage;
    QString decidedAt; ///< UTC ISO 8601

    static const char *verdictName(Verdict verdict);
    static std::optional<Verdict> parseVerdict(const std::string &name);
    static const char *pushName(Push push);
};

/** One contract version in the review queue. */
struct ReviewItem
{
    QString contractId;
    QString version;
    QString name;
    QString domain;
    QString owner;
    QString productId;
    QString status; ///< the contract's status ("proposed" while it waits)
    std::int64_t sourceId = 0;
    QString sourceName;
    QString sourceKind;
    bool sourceTakesDecisions = false; ///< decisions are sent to the source (CatalogAdapter::canPushDecisions())
    QString submittedAt; ///< when the store got this version (UTC ISO 8601)
    std::string textHash;
    int lintErrors = 0;
    int policyErrors = 0; ///< error findings of the policies on this version
    int policyWarnings = 0;
    std::optional<ReviewDecision> decision; ///< the latest decision on this version
    /** Changes were requested, then the text changed: it waits again. */
    bool revised = false;

    /** Waits for a reviewer: proposed, and no decision yet (or revised after changes were requested). */
    bool waiting() const;
};

/** Everything a reviewer looks at for one item. */
struct ReviewDetail
{
    ReviewItem item;
    QString baseVersion; ///< the version it replaces (the highest one below it); empty for a new contract
    nlohmann::json base; ///< that version's document (null for a new contract)
    nlohmann::json proposed;
    QByteArray proposedText;
    QByteArray baseText;
    BreakingReport changes; ///< against `base` (every change an addition for a new contract)
    std::vector<PolicyFinding> findings;
    /**
     * What the breaking changes reach downstream: every dataset and product that reads the contract's datasets,
     * directly or further down, with owners (empty without a breaking change). The contract's own product is
     * left out.
     */
    std::vector<lineage::ImpactEntry> impact;
    /** The decisions on this contract's versions, newest first. */
    std::vector<ReviewDecision> history;
};

/**
 * The review queue: contract versions proposed for review (status "proposed"), each with the diff against the
 * version it replaces, its policy findings and the downstream impact of its breaking changes; and the
 * reviewers' decisions, kept in the store and sent to the endpoint the contract came from where it takes them
 * (OpenMetadata's contract status). Synchronous; models/ runs it on a worker.
 */
namespace review {

/**
 * Every contract version that is proposed or was decided on while it was, waiting ones first (oldest
 * submission first), then decided ones (latest decision first).
 */
std::vector<ReviewItem> queue(sql::Connection &db);

/** How many versions wait for a reviewer. */
int waitingCount(sql::Connection &db);

/** The detail of one item; nullopt when the store has no such contract version. */
std::optional<ReviewDetail> detail(Store &store, const QString &contractId, const QString &version);

/**
 * Records a decision on the version as the store has it now (its text hash and source are filled in). It is
 * Pending when the source's adapter takes decisions (CatalogAdapter::canPushDecisions()), else Local. Returns false
 * with `status` set when the version is unknown or the store cannot be written.
 */
bool decide(Store &store, ReviewDecision decision, StoreStatus &status);

/** Decisions waiting to be sent to `sourceId`, oldest first. */
std::vector<ReviewDecision> pendingDecisions(sql::Connection &db, std::int64_t sourceId);

/** Notes the outcome of sending a decision. */
bool markDecision(
    Store &store, std::int64_t id, ReviewDecision::Push push, const QString &message, StoreStatus &status);

/** The status a contract version waits with ("proposed"), also for OpenMetadata's "In Review". */
bool isProposedStatus(const QString &status);

} // namespace review

} // namespace tessera
