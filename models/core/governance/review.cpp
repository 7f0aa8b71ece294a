// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "governance/review.h"

#include "contract/sourcedocument.h"
#include "governance/policystore.h"
#include "lineage/lineagereader.h"
#include "store/store.h"
#include "sync/catalogadapter.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>
#include <map>

namespace tessera {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::Review)
};

/** How far downstream the impact of a breaking change is followed. */
constexpr int kImpactDepth = 64;

std::string hashOf(const std::string &text)
{
    return QCryptographicHash::hash(QByteArray::fromStdString(text), QCryptographicHash::Sha256).toHex().toStdString();
}

// One contract version with what the queue shows of it. The same version from two sources counts once: the
// first source (lowest id) wins.
constexpr const char *kItemColumns
    = "SELECT c.external_id, c.version, coalesce(c.name, ''), coalesce(d.name, ''), "
      "coalesce(nullif(c.owner, ''), (SELECT p.owner FROM products p WHERE p.external_id = c.data_product AND "
      "p.owner IS NOT NULL ORDER BY p.id LIMIT 1), ''), coalesce(c.data_product, ''), coalesce(c.status, ''), "
      "c.source_id, s.name, s.kind, c.imported_at, c.original_text, c.errors "
      "FROM contracts c JOIN sources s ON s.id = c.source_id LEFT JOIN domains d ON d.id = c.domain_id ";

ReviewItem itemFrom(sql::Statement &st)
{
    ReviewItem item;
    item.contractId = st.qtext(0);
    item.version = st.qtext(1);
    item.name = st.qtext(2);
    item.domain = st.qtext(3);
    item.owner = st.qtext(4);
    item.productId = st.qtext(5);
    item.status = st.qtext(6);
    item.sourceId = st.integer(7);
    item.sourceName = st.qtext(8);
    item.sourceKind = st.qtext(9);
    const auto adapter = CatalogAdapter::create(item.sourceKind); // null for local folders
    item.sourceTakesDecisions = adapter && adapter->canPushDecisions();
    item.submittedAt = st.qtext(10);
    item.textHash = hashOf(st.text(11));
    item.lintErrors = static_cast<int>(st.integer(12));
    return item;
}

constexpr const char *kDecisionColumns
    = "SELECT id, contract_external_id, version, verdict, comment, reviewer, text_hash, coalesce(source_id, 0), "
      "push_state, push_message, decided_at FROM review_decisions ";

std::vector<ReviewDecision> decisionsFrom(sql::Statement &st)
{
    std::vector<ReviewDecision> out;
    while (st.next()) {
        ReviewDecision d;
        d.id = st.integer(0);
        d.contractId = st.qtext(1);
        d.version = st.qtext(2);
        d.verdict = ReviewDecision::parseVerdict(st.text(3)).value_or(ReviewDecision::Verdict::ChangesRequested);
        d.comment = st.qtext(4);
        d.reviewer = st.qtext(5);
        d.textHash = st.text(6);
        d.sourceId = st.integer(7);
        const std::string push = st.text(8);
        d.push = push == "pending" ? ReviewDecision::Push::Pending
            : push == "sent"       ? ReviewDecision::Push::Sent
            : push == "failed"     ? ReviewDecision::Push::Failed
                                   : ReviewDecision::Push::Local;
        d.pushMessage = st.qtext(9);
        d.decidedAt = st.qtext(10);
        out.push_back(std::move(d));
    }
    return out;
}

/** The items of a query over kItemColumns, one per contract version, with their decisions and finding counts. */
std::vector<ReviewItem> itemsFrom(sql::Connection &db, sql::Statement &st)
{
    std::vector<ReviewItem> items;
    std::map<std::pair<QString, QString>, std::size_t> seen;
    while (st.next()) {
        ReviewItem item = itemFrom(st);
        if (seen.try_emplace({ item.contractId, item.version }, items.size()).second) {
            items.push_back(std::move(item));
        }
    }
    if (items.empty()) {
        return items;
    }
    auto decisions = db.prepare(std::string(kDecisionColumns) + "ORDER BY id");
    for (ReviewDecision &d : decisionsFrom(decisions)) {
        if (const auto it = seen.find({ d.contractId, d.version }); it != seen.end()) {
            items[it->second].decision = std::move(d); // the latest wins
        }
    }
    auto findings = db.prepare("SELECT subject_id, subject_version, severity, count(*) FROM policy_findings WHERE "
                               "subject_kind = 'contract' GROUP BY 1, 2, 3");
    while (findings.next()) {
        if (const auto it = seen.find({ findings.qtext(0), findings.qtext(1) }); it != seen.end()) {
            const std::string severity = findings.text(2);
            const int count = static_cast<int>(findings.integer(3));
            if (severity == "error") {
                items[it->second].policyErrors += count;
            } else if (severity == "warning") {
                items[it->second].policyWarnings += count;
            }
        }
    }
    for (ReviewItem &item : items) {
        item.revised = item.decision && item.decision->textHash != item.textHash;
    }
    return items;
}

} // namespace

const char *ReviewDecision::verdictName(Verdict verdict)
{
    return verdict == Verdict::Approved ? "approved" : "changes-requested";
}

std::optional<ReviewDecision::Verdict> ReviewDecision::parseVerdict(const std::string &name)
{
    if (name == "approved") {
        return Verdict::Approved;
    }
    if (name == "changes-requested") {
        return Verdict::ChangesRequested;
    }
    return std::nullopt;
}

const char *ReviewDecision::pushName(Push push)
{
    switch (push) {
    case Push::Pending:
        return "pending";
    case Push::Sent:
        return "sent";
    case Push::Failed:
        return "failed";
    case Push::Local:
        break;
    }
    return "local";
}

bool ReviewItem::waiting() const
{
    return review::isProposedStatus(status) && (!decision || revised);
}

namespace review {

bool isProposedStatus(const QString &status)
{
    return status.compare(QLatin1String("proposed"), Qt::CaseInsensitive) == 0
        || status.compare(QLatin1String("in review"), Qt::CaseInsensitive) == 0;
}

std::vector<ReviewItem> queue(sql::Connection &db)
{
    auto st = db.prepare(std::string(kItemColumns)
        + "WHERE c.present = 1 AND (lower(c.status) IN ('proposed', 'in review') OR EXISTS (SELECT 1 FROM "
          "review_decisions r WHERE r.contract_external_id = c.external_id AND r.version = c.version)) "
          "ORDER BY c.source_id, c.id");
    std::vector<ReviewItem> items = itemsFrom(db, st);
    std::stable_sort(items.begin(), items.end(), [](const ReviewItem &a, const ReviewItem &b) {
        if (a.waiting() != b.waiting()) {
            return a.waiting();
        }
        if (a.waiting()) {
            return a.submittedAt != b.submittedAt ? a.submittedAt < b.submittedAt
                                                  : a.contractId + a.version < b.contractId + b.version;
        }
        return a.decision->id > b.decision->id; // latest decision first
    });
    return items;
}

int waitingCount(sql::Connection &db)
{
    const std::vector<ReviewItem> items = queue(db);
    return static_cast<int>(std::count_if(items.begin(), items.end(), [](const ReviewItem &i) { return i.waiting(); }));
}

std::optional<ReviewDetail> detail(Store &store, const QString &contractId, const QString &version)
{
    sql::Connection &db = store.connection();
    auto st = db.prepare(
        std::string(kItemColumns) + "WHERE c.external_id = ? AND c.version = ? ORDER BY c.present DESC, c.source_id");
    st.bind(1, contractId).bind(2, version);
    std::vector<ReviewItem> items = itemsFrom(db, st);
    if (items.empty()) {
        return std::nullopt;
    }
    ReviewDetail out;
    out.item = std::move(items.front());

    // The proposed text and the version it replaces: the highest one below it.
    auto versions = db.prepare("SELECT version, original_text FROM contracts WHERE external_id = ? ORDER BY "
                               "present DESC, source_id, id");
    versions.bind(1, contractId);
    while (versions.next()) {
        const std::string v = versions.text(0);
        if (v == version.toStdString()) {
            if (out.proposedText.isEmpty()) {
                out.proposedText = QByteArray::fromStdString(versions.text(1));
            }
        } else if (versionLess(v, version.toStdString())
            && (out.baseVersion.isEmpty() || versionLess(out.baseVersion.toStdString(), v))) {
            out.baseVersion = QString::fromStdString(v);
            out.baseText = QByteArray::fromStdString(versions.text(1));
        }
    }
    const SourceDocument proposed = SourceDocument::fromText(out.proposedText);
    out.proposed = proposed.isValid() ? proposed.value() : nlohmann::json::object();
    if (!out.baseVersion.isEmpty()) {
        const SourceDocument base = SourceDocument::fromText(out.baseText);
        out.base = base.isValid() ? base.value() : nlohmann::json::object();
    }
    const nlohmann::json &old = out.base.is_object() ? out.base : nlohmann::json::object();
    out.changes = BreakingRules::classify(ContractDiff::compare(old, out.proposed), old, out.proposed);

    out.findings = contractPolicyFindings(db, contractId, version);

    if (out.changes.isBreaking()) {
        // Consumers read the datasets of the versions out there: every dataset of the contract is a start.
        LineageReader reader(store);
        if (const auto graph = reader.around(contractId, 0, kImpactDepth)) {
            std::vector<std::int64_t> starts;
            for (const LineageNode &n : graph->nodes()) {
                if (n.kind == LineageNodeKind::Dataset && n.contract == contractId) {
                    starts.push_back(n.id);
                }
            }
            for (lineage::ImpactEntry &e : lineage::impact(*graph, starts)) {
                const bool own
                    = e.kind == LineageNodeKind::Dataset ? e.contract == contractId : e.product == out.item.productId;
                if (!own) {
                    out.impact.push_back(std::move(e));
                }
            }
            std::sort(out.impact.begin(), out.impact.end(), [](const auto &a, const auto &b) {
                if (a.kind != b.kind) {
                    return a.kind == LineageNodeKind::Product; // the products (and owners) to tell come first
                }
                if (a.degree != b.degree) {
                    return a.degree < b.degree;
                }
                const int c = QString::compare(a.name, b.name, Qt::CaseInsensitive);
                return c != 0 ? c < 0 : a.key < b.key;
            });
        }
    }

    auto history = db.prepare(std::string(kDecisionColumns) + "WHERE contract_external_id = ? ORDER BY id DESC");
    history.bind(1, contractId);
    out.history = decisionsFrom(history);
    return out;
}

bool decide(Store &store, ReviewDecision decision, StoreStatus &status)
{
    sql::Connection &db = store.connection();
    const QString what = Tr::tr("Keeping the review decision on %1 %2").arg(decision.contractId, decision.version);
    auto st = db.prepare(
        std::string(kItemColumns) + "WHERE c.external_id = ? AND c.version = ? ORDER BY c.present DESC, c.source_id");
    st.bind(1, decision.contractId).bind(2, decision.version);
    if (!st.next()) {
        status.error = StoreError::Failed;
        status.message
            = Tr::tr("%1: the store has no version %2 of this contract any more.").arg(what, decision.version);
        return false;
    }
    const ReviewItem item = itemFrom(st);
    decision.textHash = item.textHash;
    decision.sourceId = item.sourceId;
    const auto adapter = CatalogAdapter::create(item.sourceKind); // null for local folders
    decision.push
        = adapter && adapter->canPushDecisions() ? ReviewDecision::Push::Pending : ReviewDecision::Push::Local;
    auto insert = db.prepare("INSERT INTO review_decisions(contract_external_id, version, verdict, comment, reviewer, "
                             "text_hash, source_id, push_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, decision.contractId)
        .bind(2, decision.version)
        .bind(3, std::string_view(ReviewDecision::verdictName(decision.verdict)))
        .bind(4, decision.comment)
        .bind(5, decision.reviewer)
        .bind(6, std::string_view(decision.textHash))
        .bind(7, decision.sourceId)
        .bind(8, std::string_view(ReviewDecision::pushName(decision.push)));
    return Store::write(insert, what, status);
}

std::vector<ReviewDecision> pendingDecisions(sql::Connection &db, std::int64_t sourceId)
{
    auto st = db.prepare(std::string(kDecisionColumns) + "WHERE push_state = 'pending' AND source_id = ? ORDER BY id");
    st.bind(1, sourceId);
    return decisionsFrom(st);
}

bool markDecision(Store &store, std::int64_t id, ReviewDecision::Push push, const QString &message, StoreStatus &status)
{
    auto st = store.connection().prepare("UPDATE review_decisions SET push_state = ?, push_message = ? WHERE id = ?");
    st.bind(1, std::string_view(ReviewDecision::pushName(push))).bind(2, message).bind(3, id);
    return Store::write(st, Tr::tr("Noting where the review decision went"), status);
}

} // namespace review

} // namespace tessera
