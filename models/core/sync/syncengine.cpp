// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "sync/syncengine.h"

#include "catalog/local/localfoldersource.h"
#include "governance/review.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

namespace tessera {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::SyncEngine)
};

QString stateOf(HttpResponse::Outcome outcome)
{
    switch (outcome) {
    case HttpResponse::Outcome::Offline:
    case HttpResponse::Outcome::Timeout: // no answer in time, after the retries: as good as unreachable
        return QStringLiteral("offline");
    case HttpResponse::Outcome::Cancelled:
        return QStringLiteral("cancelled");
    default:
        return QStringLiteral("failed");
    }
}

/** An answer no adapter check foresaw (a type nlohmann refuses): said with the source's name. */
QString unreadable(const SourceRow &source, const std::exception &e)
{
    return Tr::tr("%1 sent an answer Tessera cannot read (%2).").arg(source.name, QString::fromUtf8(e.what()));
}

/** Runs one push; an exception is a failure of that push (tried again later), not of the app. */
template <class Push> PushResult guardedPush(const SourceRow &source, Push push)
{
    try {
        return push();
    } catch (const std::exception &e) {
        return { PushResult::Outcome::Failed, unreadable(source, e), {} };
    }
}

QByteArray trustedCertificateOf(const SourceRow &source)
{
    const auto it = source.settings.find("trustedCertificate");
    return it != source.settings.end() && it->is_string() ? QByteArray::fromStdString(it->get<std::string>())
                                                          : QByteArray();
}

} // namespace

SyncEngine::SyncEngine(QString storePath, TokenLookup tokens, HttpOptions options)
    : m_storePath(std::move(storePath))
    , m_tokens(std::move(tokens))
    , m_options(std::move(options))
{ }

std::vector<SyncReport> SyncEngine::run(const QStringList &names, QString *storeError)
{
    std::vector<SyncReport> reports;
    StoreStatus status;
    auto store = Store::open(m_storePath, status);
    if (!store) {
        if (storeError) {
            *storeError = status.message;
        }
        return reports;
    }
    std::vector<SourceRow> sources;
    if (names.isEmpty()) {
        sources = store->sources();
    } else {
        for (const QString &name : names) {
            if (auto s = store->source(name)) {
                sources.push_back(std::move(*s));
            } else {
                SyncReport r;
                r.source = name;
                r.state = QStringLiteral("failed");
                r.message = Tr::tr("There is no source called \"%1\".").arg(name);
                reports.push_back(std::move(r));
            }
        }
    }
    for (const SourceRow &source : sources) {
        if (m_cancel) {
            break;
        }
        QElapsedTimer timer;
        timer.start();
        SyncReport report
            = source.kind == QLatin1String("local") ? syncLocal(*store, source) : syncEndpoint(*store, source);
        report.milliseconds = timer.elapsed();
        StoreStatus recorded;
        store->setSyncState(source.id, report.state, report.message, report.ok(), recorded);
        reports.push_back(std::move(report));
    }
    return reports;
}

SyncReport SyncEngine::syncLocal(Store &store, const SourceRow &source)
{
    SyncReport report;
    report.source = source.name;
    report.kind = source.kind;
    if (m_progress) {
        m_progress({ source.name, Tr::tr("Reading the folder"), 0, -1 });
    }
    if (!source.location.startsWith(QLatin1String(":/")) && !QFileInfo(source.location).isDir()) {
        // An unmounted disk or a moved checkout: reading it now would drop everything it gave. Keep it all.
        report.state = QStringLiteral("offline");
        report.message = Tr::tr("%1 is not there; what was read from it before stays browsable.").arg(source.location);
        return report;
    }
    LocalFolderSource folder(source.location);
    LocalScanReport scan;
    const ImportBatch batch = folder.scan(store.files(source.id), scan);
    StoreStatus status;
    if (!store.apply(source.id, batch, status)) {
        report.state = QStringLiteral("failed");
        report.message = status.message;
        return report;
    }
    report.state = QStringLiteral("ok");
    report.entities = static_cast<qint64>(batch.entityCount());
    report.message = scan.changed == 0 && scan.removed == 0 ? Tr::tr("Up to date")
                                                            : Tr::tr("%n file(s) read again", nullptr, scan.changed);
    for (const auto &[path, findings] : scan.invalid) {
        report.skipped << Tr::tr("%1: %n problem(s)", nullptr, static_cast<int>(findings.size())).arg(path);
    }
    return report;
}

SyncReport SyncEngine::syncEndpoint(Store &store, const SourceRow &source)
{
    SyncReport report;
    report.source = source.name;
    report.kind = source.kind;
    auto adapter = CatalogAdapter::create(source.kind);
    if (!adapter) {
        report.state = QStringLiteral("failed");
        report.message = Tr::tr("Tessera cannot read sources of the kind \"%1\".").arg(source.kind);
        return report;
    }
    HttpOptions options = m_options;
    options.trustedCertificate = trustedCertificateOf(source);
    HttpClient http(options, [this] { return m_cancel.load(); });
    QString why;
    if (m_tokens) {
        if (const auto token = m_tokens(source, why)) {
            http.setToken(*token);
        }
    }
    SyncContext context(&store, source, http, m_progress, [this] { return m_cancel.load(); });
    bool pulled = false;
    try {
        pulled = adapter->pull(context);
    } catch (const std::exception &e) {
        // An answer no adapter check foresaw (a type nlohmann refuses): the source failed, the app goes on.
        context.fail(unreadable(source, e));
    }
    report.entities = context.written();
    report.skipped = context.skipped();
    if (!pulled) {
        report.state = stateOf(context.outcome());
        report.unauthorized = context.failedStatus() == 401 || context.failedStatus() == 403;
        if (report.state == QLatin1String("offline")) {
            report.message = Tr::tr("%1 What was synced before stays browsable.").arg(context.error());
        } else if (report.state == QLatin1String("cancelled")) {
            report.message
                = Tr::tr("Cancelled; %n changed entity(s) kept.", nullptr, static_cast<int>(report.entities));
        } else {
            report.message = context.error();
        }
        if (!why.isEmpty() && report.unauthorized) {
            report.message += QLatin1Char(' ') + why; // no token was sent, and why
        }
        return report;
    }
    pushOutbox(store, source, adapter.get(), &context, report);
    pushDecisions(store, source, adapter.get(), &context, report);
    if (report.state.isEmpty()) {
        report.state = QStringLiteral("ok");
    }
    QString message = report.entities == 0
        ? Tr::tr("Up to date")
        : Tr::tr("%n entity(s) new or changed", nullptr, static_cast<int>(report.entities));
    if (report.pushed > 0) {
        message += Tr::tr(", %n contract(s) sent", nullptr, report.pushed);
    }
    if (!report.conflicts.empty()) {
        message += Tr::tr(", %n conflict(s) to resolve", nullptr, static_cast<int>(report.conflicts.size()));
    }
    if (report.pushFailed > 0) {
        message += Tr::tr(", %n contract(s) not sent", nullptr, report.pushFailed);
    }
    if (report.decisionsSent > 0) {
        message += Tr::tr(", %n review decision(s) sent", nullptr, report.decisionsSent);
    }
    if (report.decisionsFailed > 0) {
        message += Tr::tr(", %n review decision(s) not sent", nullptr, report.decisionsFailed);
    }
    if (!report.skipped.isEmpty()) {
        message += Tr::tr(", %n problem(s) noted", nullptr, static_cast<int>(report.skipped.size()));
    }
    report.message = message;
    return report;
}

void SyncEngine::pushOutbox(
    Store &store, const SourceRow &source, CatalogAdapter *adapter, SyncContext *context, SyncReport &report)
{
    for (const OutboxRow &row : store.outbox()) {
        if (row.sourceId != source.id || m_cancel) {
            continue;
        }
        StoreStatus status;
        if (row.conflict) {
            // Waits for the user (a new publish of its draft replaces it): reported again, never sent by itself.
            std::string theirs;
            auto kept = store.connection().prepare(
                "SELECT text FROM draft_versions WHERE draft_key = ? AND kind = 'theirs' ORDER BY id DESC LIMIT 1");
            kept.bind(1, std::string_view(row.draftKey));
            if (kept.next()) {
                theirs = kept.text(0);
            }
            report.conflicts.push_back(
                { row.id, row.draftKey, row.payload, theirs, QString::fromStdString(row.lastError) });
            report.state = QStringLiteral("conflict");
            ++report.pushFailed;
            continue;
        }
        if (!adapter->canPush()) {
            ++report.pushFailed;
            store.outboxFailed(row.id, Tr::tr("%1 does not accept contracts.").arg(source.name).toStdString(), status);
            continue;
        }
        const PushResult result = guardedPush(source, [&] { return adapter->push(*context, row); });
        switch (result.outcome) {
        case PushResult::Outcome::Sent:
            ++report.pushed;
            store.removeOutbox(row.id, status);
            break;
        case PushResult::Outcome::Conflict: {
            ++report.pushFailed;
            store.outboxFailed(row.id, result.message.toStdString(), status, true);
            if (!result.theirs.empty() && !row.draftKey.empty()) {
                DraftRow theirs;
                theirs.key = row.draftKey;
                theirs.text = result.theirs;
                auto contract = store.connection().prepare(
                    "SELECT coalesce(contract_external_id, '') FROM drafts WHERE draft_key = ?");
                contract.bind(1, std::string_view(row.draftKey));
                if (contract.next()) {
                    theirs.contractId = contract.text(0);
                }
                store.saveDraftVersion(theirs, "theirs", status);
            }
            report.conflicts.push_back({ row.id, row.draftKey, row.payload, result.theirs, result.message });
            report.state = QStringLiteral("conflict");
            break;
        }
        case PushResult::Outcome::Rejected:
        case PushResult::Outcome::Failed:
            ++report.pushFailed;
            store.outboxFailed(row.id, result.message.toStdString(), status);
            report.skipped << result.message;
            break;
        }
    }
}

void SyncEngine::pushDecisions(
    Store &store, const SourceRow &source, CatalogAdapter *adapter, SyncContext *context, SyncReport &report)
{
    for (const ReviewDecision &decision : review::pendingDecisions(store.connection(), source.id)) {
        if (m_cancel) {
            return;
        }
        StoreStatus status;
        if (!adapter->canPushDecisions()) { // the source's kind changed since: the decision stays here
            review::markDecision(store, decision.id, ReviewDecision::Push::Local, {}, status);
            continue;
        }
        const PushResult result = guardedPush(source, [&] { return adapter->pushDecision(*context, decision); });
        switch (result.outcome) {
        case PushResult::Outcome::Sent:
            ++report.decisionsSent;
            review::markDecision(store, decision.id, ReviewDecision::Push::Sent, result.message, status);
            break;
        case PushResult::Outcome::Conflict:
        case PushResult::Outcome::Rejected:
            // Refused for good (the contract is gone, the token may not decide): said, not sent again.
            ++report.decisionsFailed;
            review::markDecision(store, decision.id, ReviewDecision::Push::Failed, result.message, status);
            report.skipped << result.message;
            break;
        case PushResult::Outcome::Failed:
            // The network or the server: stays pending for the next sync.
            ++report.decisionsFailed;
            review::markDecision(store, decision.id, ReviewDecision::Push::Pending, result.message, status);
            report.skipped << result.message;
            break;
        }
    }
}

bool SyncEngine::test(
    const SourceRow &source, const std::optional<QByteArray> &token, const HttpOptions &options, QString &message)
{
    auto adapter = CatalogAdapter::create(source.kind);
    if (!adapter) {
        message = Tr::tr("Tessera cannot read sources of the kind \"%1\".").arg(source.kind);
        return false;
    }
    HttpOptions o = options;
    o.trustedCertificate = trustedCertificateOf(source);
    o.maxAttempts = 1;
    HttpClient http(o);
    if (token) {
        http.setToken(*token);
    }
    SyncContext context(nullptr, source, http, {}, {}); // a test writes nothing
    if (!adapter->test(context, message)) {
        message = context.error();
        return false;
    }
    return true;
}

} // namespace tessera
