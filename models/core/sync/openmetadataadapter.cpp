// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
//
// OpenMetadata (`/api/v1`). The first sync reads domains, data products, tables and data contracts whole (cursor
// paging with `after`); entities whose version did not change are not written again. A changed table brings its
// upstream lineage (`/lineage/table/name/{fqn}`); a changed contract its ODCS export (`/odcs/yaml`, read as a
// contract file is) and its result history (`/results`: SLA and quality). Later syncs ask `/events` for what was
// created, updated or deleted since the newest change seen, and fetch only those entities.
//
// Push: a contract published in the designer goes back through the ODCS import (`PUT /dataContracts/odcs/yaml`)
// with If-Match naming the version synced; a 412, or a version that moved meanwhile, is a conflict. A reviewer's
// decision sets the contract's entityStatus (PATCH); a contract "In Review" waits in the review queue.
#include "catalog/local/localfoldersource.h"
#include "contract/linter.h"
#include "contract/sourcedocument.h"
#include "governance/review.h"
#include "sync/catalogadapter.h"

#include <QCoreApplication>
#include <QDateTime>

#include <map>
#include <set>

namespace tessera {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::OpenMetadataAdapter)
};

constexpr int kMaxPages = 100000;
constexpr const char *kEventsCursor = "openmetadata:events";

/** An entity's version ("0.3"): numbers as OpenMetadata writes them. */
std::string versionOf(const nlohmann::json &j)
{
    const auto it = j.find("version");
    if (it == j.end()) {
        return {};
    }
    return it->is_string() ? it->get<std::string>() : it->dump();
}

/** The first reference's name of a list (owners, domains), or of a single reference. */
std::string firstName(const nlohmann::json &j, const char *listKey, const char *singleKey)
{
    for (const auto &ref : jsonArray(j, listKey)) {
        const std::string name
            = jsonString(ref, "displayName").empty() ? jsonString(ref, "name") : jsonString(ref, "displayName");
        if (!name.empty()) {
            return name;
        }
    }
    const auto single = j.find(singleKey);
    if (single != j.end() && single->is_object()) {
        return jsonString(*single, "displayName").empty() ? jsonString(*single, "name")
                                                          : jsonString(*single, "displayName");
    }
    return {};
}

std::vector<std::string> tagsOf(const nlohmann::json &j)
{
    std::vector<std::string> out;
    for (const auto &t : jsonArray(j, "tags")) {
        if (!jsonString(t, "tagFQN").empty()) {
            out.push_back(jsonString(t, "tagFQN"));
        }
    }
    return out;
}

/** Splits a fully qualified name at dots outside quotes ("svc.db.schema.\"dim.product\""). */
std::vector<std::string> fqnParts(const std::string &fqn)
{
    std::vector<std::string> parts(1);
    bool quoted = false;
    for (const char c : fqn) {
        if (c == '"') {
            quoted = !quoted;
        } else if (c == '.' && !quoted) {
            parts.emplace_back();
        } else {
            parts.back() += c;
        }
    }
    return parts;
}

/** A table's dataset: namespace "openmetadata:<service>", name the rest of its FQN ("db.schema.table"). */
DatasetRow tableDataset(const std::string &fqn)
{
    DatasetRow d;
    const auto dot = fqn.find('.');
    d.namespaceName = "openmetadata:" + (dot == std::string::npos ? std::string() : fqn.substr(0, dot));
    d.name = dot == std::string::npos ? fqn : fqn.substr(dot + 1);
    return d;
}

std::string columnName(const std::string &columnFqn)
{
    const auto parts = fqnParts(columnFqn);
    return parts.back();
}

std::string isoFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate).toStdString();
}

class OpenMetadataAdapter final : public CatalogAdapter
{
public:
    bool test(SyncContext &context, QString &summary) override
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
        const auto json
            = context.getJson(context.url(QStringLiteral("/api/v1/tables"), query), Tr::tr("Reading the tables"));
        if (!json) {
            return false;
        }
        if (!json->is_object() || !json->contains("data")) {
            context.fail(Tr::tr("%1 does not answer like OpenMetadata.").arg(context.source().location));
            return false;
        }
        // Read with the type checks: SyncEngine::test() does not catch, an odd "paging" must not end the app.
        const auto paging = json->find("paging");
        const qint64 total = paging != json->end() ? jsonInteger(*paging, "total", -1) : -1;
        summary = Tr::tr("OpenMetadata with %n table(s).", nullptr, static_cast<int>(std::max<qint64>(0, total)));
        return true;
    }

    bool pull(SyncContext &context) override
    {
        m_known = context.store().files(context.source().id);
        m_started = QDateTime::currentMSecsSinceEpoch();
        const std::string cursor = context.store().syncCursor(context.source().id, kEventsCursor);
        m_newest = cursor.empty() ? 0 : std::stoll(cursor);
        const bool ok = cursor.empty() ? full(context) : incremental(context, cursor);
        if (!ok) {
            return false;
        }
        if (m_newest == 0) {
            // No entity said when it changed: the next sync asks for the changes since this one began.
            m_newest = m_started;
        }
        StoreStatus status;
        if (m_newest > 0
            && !context.store().setSyncCursor(context.source().id, kEventsCursor, std::to_string(m_newest), status)) {
            context.fail(status.message);
            return false;
        }
        return true;
    }

    bool canPush() const override { return true; }

    PushResult push(SyncContext &context, const OutboxRow &row) override
    {
        const SourceDocument document = SourceDocument::fromText(QByteArray::fromStdString(row.payload));
        const std::string odcsId = document.isValid() ? jsonString(document.value(), "id") : std::string();
        // The OpenMetadata contract this ODCS contract came from, and the version of it synced last.
        const std::string path = contractPath(context, odcsId);
        const auto known = m_known.empty() ? context.store().files(context.source().id) : m_known;
        const auto file = known.find(path);
        if (path.rfind("dataContract:", 0) != 0 || file == known.end()) {
            return { PushResult::Outcome::Rejected,
                Tr::tr("%1 has no contract \"%2\" to update; create it in OpenMetadata first.")
                    .arg(context.source().name, QString::fromStdString(odcsId)),
                {} };
        }
        const std::string id = path.substr(std::string("dataContract:").size());
        // The version the change was made against: queued with it, else the one synced last.
        const std::string base = row.baseEtag.empty() ? file->second.etag : row.baseEtag;
        const auto current
            = context.getJson(context.url(QStringLiteral("/api/v1/dataContracts/") + QString::fromStdString(id)),
                Tr::tr("Reading the contract"));
        if (!current) {
            return { PushResult::Outcome::Failed, context.error(), {} };
        }
        const nlohmann::json &entity = jsonObject(*current, "entity");
        if (versionOf(*current) != base) {
            return { PushResult::Outcome::Conflict,
                Tr::tr("The contract changed in %1 since it was synced (version %2, synced %3).")
                    .arg(context.source().name, QString::fromStdString(versionOf(*current)),
                        QString::fromStdString(base)),
                theirs(context, id) };
        }
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("entityId"), QString::fromStdString(jsonString(entity, "id")));
        query.addQueryItem(QStringLiteral("entityType"),
            QString::fromStdString(
                jsonString(entity, "type").empty() ? std::string("table") : jsonString(entity, "type")));
        const HttpResponse response
            = context.http().send("PUT", context.url(QStringLiteral("/api/v1/dataContracts/odcs/yaml"), query),
                QByteArray::fromStdString(row.payload),
                { { "Content-Type", "application/yaml" }, { "If-Match", QByteArray::fromStdString(base) } });
        if (response.ok()) {
            return { PushResult::Outcome::Sent, {}, {} };
        }
        if (response.outcome == HttpResponse::Outcome::Ok && response.status == 412) {
            return { PushResult::Outcome::Conflict,
                Tr::tr("%1 refused the contract: it changed since it was synced.").arg(context.source().name),
                theirs(context, id) };
        }
        if (response.outcome == HttpResponse::Outcome::Ok && response.status >= 400 && response.status < 500) {
            return { PushResult::Outcome::Rejected,
                Tr::tr("%1 refused the contract: %2").arg(context.source().name, HttpClient::serverMessage(response)),
                {} };
        }
        return { PushResult::Outcome::Failed, response.error, {} };
    }

    bool canPushDecisions() const override { return true; }

    /**
     * A review decision sets the contract's `entityStatus` (a JSON Patch): "Approved", or "Rejected" when changes
     * were requested. A comment goes to the contract's activity feed as a conversation, so the owner reads it
     * where the status changed; when the feed refuses it, the status still counts and the message says so.
     */
    PushResult pushDecision(SyncContext &context, const ReviewDecision &decision) override
    {
        const std::string path
            = contractPath(context, decision.contractId.toStdString(), decision.version.toStdString());
        if (path.rfind("dataContract:", 0) != 0) {
            return { PushResult::Outcome::Rejected,
                Tr::tr("%1 has no contract \"%2\" any more; the decision stays in Tessera.")
                    .arg(context.source().name, decision.contractId),
                {} };
        }
        const QString id = QString::fromStdString(path.substr(std::string("dataContract:").size()));
        const char *status = decision.verdict == ReviewDecision::Verdict::Approved ? "Approved" : "Rejected";
        const nlohmann::json patch
            = nlohmann::json::array({ { { "op", "add" }, { "path", "/entityStatus" }, { "value", status } } });
        const HttpResponse response
            = context.http().send("PATCH", context.url(QStringLiteral("/api/v1/dataContracts/") + id),
                QByteArray::fromStdString(patch.dump()), { { "Content-Type", "application/json-patch+json" } });
        if (response.outcome == HttpResponse::Outcome::Ok && response.status >= 400 && response.status < 500) {
            return { PushResult::Outcome::Rejected,
                Tr::tr("%1 refused the review decision on %2: %3")
                    .arg(context.source().name, decision.contractId, HttpClient::serverMessage(response)),
                {} };
        }
        if (!response.ok()) {
            return { PushResult::Outcome::Failed, response.error, {} };
        }
        if (decision.comment.trimmed().isEmpty()) {
            return { PushResult::Outcome::Sent, {}, {} };
        }
        const auto contract = nlohmann::json::parse(response.body.toStdString(), nullptr, false);
        const std::string fqn = contract.is_object() ? jsonString(contract, "fullyQualifiedName") : std::string();
        const nlohmann::json thread = { { "from", decision.reviewer.toStdString() },
            { "message",
                (decision.verdict == ReviewDecision::Verdict::Approved ? Tr::tr("Approved version %1: %2")
                                                                       : Tr::tr("Changes requested on version %1: %2"))
                    .arg(decision.version, decision.comment)
                    .toStdString() },
            { "about", "<#E::dataContract::" + (fqn.empty() ? id.toStdString() : fqn) + ">" } };
        const HttpResponse feed = context.http().send("POST", context.url(QStringLiteral("/api/v1/feed")),
            QByteArray::fromStdString(thread.dump()), { { "Content-Type", "application/json" } });
        if (!feed.ok()) {
            return { PushResult::Outcome::Sent,
                Tr::tr("The status was set; the comment could not be posted: %1")
                    .arg(feed.outcome == HttpResponse::Outcome::Ok ? HttpClient::serverMessage(feed) : feed.error),
                {} };
        }
        return { PushResult::Outcome::Sent, {}, {} };
    }

private:
    /**
     * Where the store has an ODCS contract of this source from: "dataContract:<OpenMetadata id>" (`version`'s row
     * when there is one, else the newest), or empty.
     */
    static std::string contractPath(
        SyncContext &context, const std::string &externalId, const std::string &version = {})
    {
        auto st = context.store().connection().prepare("SELECT file_path FROM contracts WHERE source_id = ? AND "
                                                       "external_id = ? ORDER BY version = ? DESC, id DESC LIMIT 1");
        st.bind(1, context.source().id).bind(2, std::string_view(externalId)).bind(3, std::string_view(version));
        return st.next() ? st.text(0) : std::string();
    }

    std::string theirs(SyncContext &context, const std::string &id)
    {
        const HttpResponse r = context.http().send("GET",
            context.url(QStringLiteral("/api/v1/dataContracts/%1/odcs/yaml").arg(QString::fromStdString(id))), {},
            { { "Accept", "application/yaml" } });
        return r.ok() ? r.body.toStdString() : std::string();
    }

    bool full(SyncContext &context)
    {
        context.progress(Tr::tr("Reading domains"));
        if (!pages(context, QStringLiteral("/api/v1/domains"), {}, Tr::tr("Reading the domains"),
                [&](const nlohmann::json &items) { return write(context, "domain", items); })) {
            return false;
        }
        context.progress(Tr::tr("Reading data products"));
        if (!pages(context, QStringLiteral("/api/v1/dataProducts"), QStringLiteral("domains,owners,tags"),
                Tr::tr("Reading the data products"),
                [&](const nlohmann::json &items) { return write(context, "dataProduct", items); })) {
            return false;
        }
        context.progress(Tr::tr("Reading tables"));
        if (!pages(context, QStringLiteral("/api/v1/tables"), QStringLiteral("columns,tags,owners,domains"),
                Tr::tr("Reading the tables"),
                [&](const nlohmann::json &items) { return write(context, "table", items); })) {
            return false;
        }
        context.progress(Tr::tr("Reading data contracts"));
        if (!pages(context, QStringLiteral("/api/v1/dataContracts"), QStringLiteral("owners"),
                Tr::tr("Reading the data contracts"),
                [&](const nlohmann::json &items) { return write(context, "dataContract", items); })) {
            return false;
        }
        ImportBatch removed;
        for (const auto &[path, file] : m_known) {
            if (!m_listed.count(path)) {
                removed.removedFiles.push_back(path);
            }
        }
        return removed.removedFiles.empty() || context.apply(removed);
    }

    bool incremental(SyncContext &context, const std::string &cursor)
    {
        context.progress(Tr::tr("Reading changes"));
        QUrlQuery query;
        const QString types = QStringLiteral("domain,dataProduct,table,dataContract");
        query.addQueryItem(QStringLiteral("entityCreated"), types);
        query.addQueryItem(QStringLiteral("entityUpdated"), types);
        query.addQueryItem(QStringLiteral("entityRestored"), types);
        query.addQueryItem(QStringLiteral("entityDeleted"), types);
        query.addQueryItem(QStringLiteral("timestamp"), QString::fromStdString(cursor));
        const auto json
            = context.getJson(context.url(QStringLiteral("/api/v1/events"), query), Tr::tr("Reading the changes"));
        if (!json) {
            return false;
        }
        // The newest change of each entity decides; deletions remove it.
        std::map<std::pair<std::string, std::string>, std::string> latest; // (type, id) → event type
        for (const auto &e : jsonArray(*json, "data")) {
            const std::string type = jsonString(e, "entityType");
            const std::string id = jsonString(e, "entityId");
            const auto ts = e.find("timestamp");
            if (ts != e.end() && ts->is_number_integer()) {
                m_newest = std::max(m_newest, ts->get<qint64>());
            }
            if (type.empty() || id.empty()) {
                context.skipped() << Tr::tr("A change event without entity type or id was left out.");
                continue;
            }
            latest[{ type, id }] = jsonString(e, "eventType");
        }
        ImportBatch removed;
        context.progress(Tr::tr("Fetching changed entities"), static_cast<qint64>(latest.size()));
        for (const auto &[key, eventType] : latest) {
            const auto &[type, id] = key;
            const std::string path = type + ':' + id;
            if (eventType == "entityDeleted" || eventType == "entitySoftDeleted") {
                removed.removedFiles.push_back(path);
                continue;
            }
            const QString collection = type == "dataProduct" ? QStringLiteral("dataProducts")
                : type == "dataContract"                     ? QStringLiteral("dataContracts")
                : type == "domain"                           ? QStringLiteral("domains")
                                                             : QStringLiteral("tables");
            QUrlQuery fields;
            if (type == "table") {
                fields.addQueryItem(QStringLiteral("fields"), QStringLiteral("columns,tags,owners,domains"));
            } else if (type == "dataProduct") {
                fields.addQueryItem(QStringLiteral("fields"), QStringLiteral("domains,owners,tags"));
            }
            JsonResponse entity = context.http().json(
                context.url(QStringLiteral("/api/v1/%1/%2").arg(collection, QString::fromStdString(id)), fields));
            if (entity.http.outcome == HttpResponse::Outcome::Ok && entity.http.status == 404) {
                removed.removedFiles.push_back(path); // deleted since the event: as good as a deletion event
                continue;
            }
            if (!entity.ok()) {
                context.fail(Tr::tr("Fetching %1 %2: %3")
                                 .arg(QString::fromStdString(type), QString::fromStdString(id), entity.error),
                    entity.http.outcome, entity.http.status);
                return false;
            }
            if (!write(context, type, nlohmann::json::array({ entity.json }))) {
                return false;
            }
        }
        return removed.removedFiles.empty() || context.apply(removed);
    }

    bool pages(SyncContext &context, const QString &path, const QString &fields, const QString &what,
        const std::function<bool(const nlohmann::json &)> &handle)
    {
        const int limit
            = std::clamp(static_cast<int>(jsonInteger(context.source().settings, "pageSize", 100)), 1, 1000);
        std::set<std::string> seen;
        std::string after;
        for (int page = 0;; ++page) {
            if (page >= static_cast<int>(jsonInteger(context.source().settings, "maxPages", kMaxPages))) {
                context.fail(Tr::tr("%1: the endpoint kept sending pages; reading was stopped.").arg(what));
                return false;
            }
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
            if (!fields.isEmpty()) {
                query.addQueryItem(QStringLiteral("fields"), fields);
            }
            if (!after.empty()) {
                query.addQueryItem(QStringLiteral("after"), QString::fromStdString(after));
            }
            const auto json = context.getJson(context.url(path, query), what);
            if (!json) {
                return false;
            }
            const auto data = json->is_object() ? json->find("data") : json->end();
            if (!json->is_object() || data == json->end() || !data->is_array()) {
                context.fail(Tr::tr("%1: the answer has no list \"data\".").arg(what));
                return false;
            }
            if (!handle(*data)) {
                return false;
            }
            after = jsonString(jsonObject(*json, "paging"), "after");
            if (after.empty() || data->empty()) {
                return true;
            }
            if (!seen.insert(after).second) {
                context.fail(
                    Tr::tr("%1: the endpoint sent the same page cursor twice; reading was stopped.").arg(what));
                return false;
            }
        }
    }

    /** Writes entities of one type in one transaction; unchanged versions are skipped. */
    bool write(SyncContext &context, const std::string &type, const nlohmann::json &items)
    {
        ImportBatch batch;
        std::set<std::string> seen;
        for (const auto &e : items) {
            const std::string id = jsonString(e, "id");
            const std::string name = jsonString(e, "name");
            if (id.empty() || name.empty()) {
                context.skipped() << Tr::tr("A %1 without id or name was left out.").arg(QString::fromStdString(type));
                continue;
            }
            const std::string path = type + ':' + id;
            if (!seen.insert(path).second) {
                context.skipped() << Tr::tr("%1 came twice; the first was kept.").arg(QString::fromStdString(path));
                continue;
            }
            m_listed.insert(path);
            m_newest = std::max(m_newest, jsonInteger(e, "updatedAt", 0));
            const std::string version = versionOf(e);
            if (const auto it = m_known.find(path);
                it != m_known.end() && !version.empty() && it->second.etag == version) {
                continue;
            }
            const std::string fqn
                = jsonString(e, "fullyQualifiedName").empty() ? name : jsonString(e, "fullyQualifiedName");
            const std::string description = jsonString(e, "description");
            if (type == "dataProduct") {
                ProductRow p;
                p.externalId = "openmetadata:" + fqn;
                p.name = jsonString(e, "displayName").empty() ? name : jsonString(e, "displayName");
                p.domain = firstName(e, "domains", "domain");
                p.status = jsonString(e, "lifecycleStage");
                p.description = description;
                p.owner = firstName(e, "owners", "owner");
                p.tags = tagsOf(e);
                p.document = e.dump();
                p.filePath = path;
                batch.products.push_back(std::move(p));
            } else if (type == "table") {
                SourceDatasetRow d;
                d.dataset = tableDataset(fqn);
                d.dataset.description = description;
                d.dataset.domain = firstName(e, "domains", "domain");
                d.owner = firstName(e, "owners", "owner");
                d.tags = tagsOf(e);
                d.filePath = path;
                for (const auto &c : jsonArray(e, "columns")) {
                    if (jsonString(c, "name").empty()) {
                        continue;
                    }
                    ColumnRow col;
                    col.name = jsonString(c, "name");
                    col.physicalType = jsonString(c, "dataTypeDisplay").empty() ? jsonString(c, "dataType")
                                                                                : jsonString(c, "dataTypeDisplay");
                    col.description = jsonString(c, "description");
                    const auto tags = tagsOf(c);
                    if (!tags.empty()) {
                        col.classification = tags.front();
                    }
                    d.dataset.columns.push_back(std::move(col));
                }
                // The same table as OpenLineage names it, when OpenMetadata knows its origin.
                const std::string sourceUrl = jsonString(e, "sourceUrl");
                if (const auto scheme = sourceUrl.find("://"); scheme != std::string::npos) {
                    const auto slash = sourceUrl.find('/', scheme + 3);
                    d.aliases.emplace_back(sourceUrl.substr(0, slash), d.dataset.name);
                }
                batch.datasets.push_back(std::move(d));
                if (!lineage(context, fqn, path, batch)) {
                    return false;
                }
            } else if (type == "dataContract") {
                if (!contract(context, id, path, jsonString(e, "entityStatus"), batch)) {
                    return false;
                }
            }
            batch.files.push_back({ path, 0, 0, type, {}, version });
        }
        return batch.files.empty() || context.apply(batch);
    }

    /** A table's upstream edges, recorded with the table. */
    bool lineage(SyncContext &context, const std::string &fqn, const std::string &path, ImportBatch &batch)
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("upstreamDepth"), QStringLiteral("1"));
        query.addQueryItem(QStringLiteral("downstreamDepth"), QStringLiteral("0"));
        const auto json
            = context.getJson(context.url(QStringLiteral("/api/v1/lineage/table/name/")
                                      + QString::fromUtf8(QUrl::toPercentEncoding(QString::fromStdString(fqn))),
                                  query),
                Tr::tr("Reading the lineage of %1").arg(QString::fromStdString(fqn)));
        if (!json) {
            if (context.error().contains(QLatin1String("404"))) {
                return true; // no lineage recorded; not a failure
            }
            return false;
        }
        std::map<std::string, std::string> fqnOf; // id → FQN of every node
        const auto remember = [&](const nlohmann::json &ref) {
            if (!jsonString(ref, "id").empty() && !jsonString(ref, "fullyQualifiedName").empty()) {
                fqnOf[jsonString(ref, "id")] = jsonString(ref, "fullyQualifiedName");
            }
        };
        remember(jsonObject(*json, "entity"));
        for (const auto &n : jsonArray(*json, "nodes")) {
            remember(n);
        }
        for (const auto &edge : jsonArray(*json, "upstreamEdges")) {
            const auto idOf
                = [](const nlohmann::json &v) { return v.is_string() ? v.get<std::string>() : jsonString(v, "id"); };
            const auto from = fqnOf.find(idOf(jsonMember(edge, "fromEntity")));
            const auto to = fqnOf.find(idOf(jsonMember(edge, "toEntity")));
            if (from == fqnOf.end() || to == fqnOf.end()) {
                context.skipped()
                    << Tr::tr("A lineage edge of %1 names an unknown entity.").arg(QString::fromStdString(fqn));
                continue;
            }
            const nlohmann::json details = jsonObject(edge, "lineageDetails");
            LineageRow l;
            const nlohmann::json pipeline = jsonObject(details, "pipeline");
            l.jobNamespace = "openmetadata";
            l.jobName = jsonString(pipeline, "fullyQualifiedName").empty() ? "lineage:" + to->second
                                                                           : jsonString(pipeline, "fullyQualifiedName");
            l.input = tableDataset(from->second);
            l.output = tableDataset(to->second);
            l.filePath = path;
            for (const auto &c : jsonArray(details, "columnsLineage")) {
                const std::string toColumn = columnName(jsonString(c, "toColumn"));
                for (const auto &f : jsonArray(c, "fromColumns")) {
                    if (f.is_string() && !toColumn.empty()) {
                        // OpenMetadata names the function applied, if any: a transformation in OpenLineage's terms.
                        l.columns.push_back({ columnName(f.get<std::string>()), toColumn, "DIRECT",
                            jsonString(c, "function").empty() ? "IDENTITY" : "TRANSFORMATION" });
                    }
                }
            }
            batch.lineage.push_back(std::move(l));
        }
        return true;
    }

    /** A contract's ODCS export and its results. */
    bool contract(SyncContext &context, const std::string &id, const std::string &path, const std::string &entityStatus,
        ImportBatch &batch)
    {
        const HttpResponse odcs = context.http().send("GET",
            context.url(QStringLiteral("/api/v1/dataContracts/%1/odcs/yaml").arg(QString::fromStdString(id))), {},
            { { "Accept", "application/yaml" } });
        if (!odcs.ok()) {
            context.fail(
                Tr::tr("Reading the contract %1: %2").arg(QString::fromStdString(id), odcs.error), odcs.outcome);
            return false;
        }
        Findings problems;
        auto row = readContractText(odcs.body, path, m_linter, problems, true);
        if (row && !row->valid) {
            context.skipped() << Tr::tr("The contract %1 has %n error(s), such as: %2", nullptr, row->errorCount)
                                     .arg(QString::fromStdString(row->externalId),
                                         problems.empty() ? QString() : problems.front().message);
        }
        if (!row) {
            context.skipped() << Tr::tr("The contract %1 was left out: %2")
                                     .arg(QString::fromStdString(id),
                                         problems.empty() ? QString() : problems.front().message);
            return true;
        }
        if (entityStatus == "In Review") {
            row->status = "proposed"; // waits in the review queue, whatever status the ODCS export names
        }
        const std::string contractId = row->externalId;
        batch.contracts.push_back(std::move(*row));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
        const auto results = context.getJson(
            context.url(QStringLiteral("/api/v1/dataContracts/%1/results").arg(QString::fromStdString(id)), query),
            Tr::tr("Reading the results of %1").arg(QString::fromStdString(id)));
        if (!results) {
            return false;
        }
        for (const auto &r : jsonArray(*results, "data")) {
            const qint64 ts = jsonInteger(r, "timestamp", 0);
            if (ts <= 0) {
                continue;
            }
            const std::string time = isoFromMs(ts);
            if (const auto sla = r.find("slaValidation"); sla != r.end() && sla->is_object()) {
                for (const auto &[key, property] :
                    { std::pair("latencyMet", "latency"), std::pair("refreshFrequencyMet", "frequency"),
                        std::pair("availabilityMet", "availability") }) {
                    if (const auto met = sla->find(key); met != sla->end() && met->is_boolean()) {
                        SlaPoint p;
                        p.contractId = contractId;
                        p.property = property;
                        p.time = time;
                        p.met = met->get<bool>();
                        // OpenMetadata measures latency in milliseconds; the other properties are met or not.
                        const bool latency = std::string(property) == "latency";
                        p.value = latency ? jsonNumber(*sla, "actualLatency", 0.0) : (p.met ? 1 : 0);
                        p.unit = latency ? "ms" : "";
                        p.filePath = path;
                        batch.sla.push_back(std::move(p));
                    }
                }
            }
            if (const auto q = r.find("qualityValidation"); q != r.end() && q->is_object()) {
                QualityPoint p;
                p.contractId = contractId;
                p.schemaObject = "";
                p.rule = "qualityScore";
                p.time = time;
                p.value = jsonNumber(*q, "qualityScore", 0.0);
                p.passed = jsonInteger(*q, "failed", 0) == 0;
                p.filePath = path;
                batch.quality.push_back(std::move(p));
            }
        }
        return true;
    }

    std::map<std::string, FileRow> m_known;
    std::set<std::string> m_listed;
    qint64 m_newest = 0; ///< the newest change seen (epoch ms): the next sync's events start after it
    qint64 m_started = 0;
    Linter m_linter;
};

} // namespace

std::unique_ptr<CatalogAdapter> makeOpenMetadataAdapter()
{
    return std::make_unique<OpenMetadataAdapter>();
}

} // namespace tessera
