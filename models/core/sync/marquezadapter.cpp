// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
//
// Marquez (`/api/v1`), the OpenLineage reference backend. A sync reads every namespace's datasets and jobs (limit
// and offset paging): a dataset or job whose currentVersion (or updatedAt) is unchanged is not written again; a
// job's inputs and outputs are its lineage. For each changed dataset some job writes, `/column-lineage` gives its
// column edges. Then `/events/lineage?after=` brings the run events since the last sync (their run times and
// column-lineage facets), read as the local folder reads OpenLineage events; the newest event time is the
// cursor of the next sync.
#include "catalog/local/localfoldersource.h"
#include "sync/catalogadapter.h"

#include <QCoreApplication>

#include <map>
#include <set>

namespace tessera {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::MarquezAdapter)
};

constexpr int kMaxPages = 100000;
constexpr const char *kEventsCursor = "marquez:events";

/** A dataset's or job's version: currentVersion, else updatedAt (a string or Jackson's epoch number). */
std::string versionOf(const nlohmann::json &j)
{
    std::string v = jsonString(j, "currentVersion");
    if (v.empty()) {
        const auto it = j.find("updatedAt");
        if (it != j.end()) {
            v = it->is_string() ? it->get<std::string>() : it->dump();
        }
    }
    return v;
}

QString encode(const std::string &s)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(QString::fromStdString(s)));
}

class MarquezAdapter final : public CatalogAdapter
{
public:
    bool test(SyncContext &context, QString &summary) override
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
        const auto json = context.getJson(
            context.url(QStringLiteral("/api/v1/namespaces"), query), Tr::tr("Reading the namespaces"));
        if (!json) {
            return false;
        }
        if (!json->is_object() || !json->contains("namespaces")) {
            context.fail(Tr::tr("%1 does not answer like Marquez.").arg(context.source().location));
            return false;
        }
        summary
            = Tr::tr("Marquez with %n namespace(s).", nullptr, static_cast<int>(jsonArray(*json, "namespaces").size()));
        return true;
    }

    bool pull(SyncContext &context) override
    {
        m_known = context.store().files(context.source().id);
        m_listed.clear();
        std::vector<std::string> namespaces;
        context.progress(Tr::tr("Reading namespaces"));
        if (!pages(context, QStringLiteral("/api/v1/namespaces"), "namespaces", Tr::tr("Reading the namespaces"),
                [&](const nlohmann::json &items) {
                    for (const auto &n : items) {
                        if (!jsonString(n, "name").empty()) {
                            namespaces.push_back(jsonString(n, "name"));
                        }
                    }
                    return true;
                })) {
            return false;
        }
        std::map<std::string, std::string> writerOf; // dataset "ns/name" → the job writing it
        std::vector<std::pair<std::string, std::string>> changedDatasets;
        for (const std::string &ns : namespaces) {
            context.progress(Tr::tr("Reading datasets of %1").arg(QString::fromStdString(ns)));
            if (!pages(context, QStringLiteral("/api/v1/namespaces/%1/datasets").arg(encode(ns)), "datasets",
                    Tr::tr("Reading the datasets of %1").arg(QString::fromStdString(ns)),
                    [&](const nlohmann::json &items) { return writeDatasets(context, ns, items, changedDatasets); })) {
                return false;
            }
            context.progress(Tr::tr("Reading jobs of %1").arg(QString::fromStdString(ns)));
            if (!pages(context, QStringLiteral("/api/v1/namespaces/%1/jobs").arg(encode(ns)), "jobs",
                    Tr::tr("Reading the jobs of %1").arg(QString::fromStdString(ns)),
                    [&](const nlohmann::json &items) { return writeJobs(context, ns, items, writerOf); })) {
                return false;
            }
        }
        context.progress(Tr::tr("Reading column lineage"));
        for (const auto &[ns, name] : changedDatasets) {
            const auto writer = writerOf.find(ns + '/' + name);
            if (writer != writerOf.end() && !columnLineage(context, ns, name, writer->second)) {
                return false;
            }
        }
        // Entities no longer listed by a namespace that was read whole went away.
        ImportBatch removed;
        for (const auto &[path, file] : m_known) {
            const bool gone = (file.kind == "dataset" || file.kind == "job") && !m_listed.count(path);
            const bool orphan = file.kind == "columns" && !m_listed.count("dataset:" + path.substr(8));
            if (gone || orphan) {
                removed.removedFiles.push_back(path);
            }
        }
        if (!removed.removedFiles.empty() && !context.apply(removed)) {
            return false;
        }
        return events(context);
    }

private:
    /** Reads a list with limit and offset until a short page, the total, or a page that repeats the last. */
    bool pages(SyncContext &context, const QString &path, const char *key, const QString &what,
        const std::function<bool(const nlohmann::json &)> &handle, const QUrlQuery &extra = {})
    {
        const int limit
            = std::clamp(static_cast<int>(jsonInteger(context.source().settings, "pageSize", 100)), 1, 1000);
        std::string previousFirst;
        for (int page = 0, offset = 0;; ++page) {
            if (page >= static_cast<int>(jsonInteger(context.source().settings, "maxPages", kMaxPages))) {
                context.fail(Tr::tr("%1: the endpoint kept sending pages; reading was stopped.").arg(what));
                return false;
            }
            QUrlQuery query = extra;
            query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
            query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
            const auto json = context.getJson(context.url(path, query), what);
            if (!json) {
                return false;
            }
            const auto items = json->is_object() ? json->find(key) : json->end();
            if (!json->is_object() || items == json->end() || !items->is_array()) {
                context.fail(Tr::tr("%1: the answer has no list \"%2\".").arg(what, QString::fromLatin1(key)));
                return false;
            }
            if (items->empty()) {
                return true;
            }
            const std::string first = items->front().dump();
            if (page > 0 && first == previousFirst) {
                context.fail(Tr::tr("%1: the endpoint sent the same page twice; reading was stopped.").arg(what));
                return false;
            }
            previousFirst = first;
            if (!handle(*items)) {
                return false;
            }
            offset += static_cast<int>(items->size());
            const qint64 total = jsonInteger(*json, "totalCount", -1);
            if (static_cast<int>(items->size()) < limit || (total >= 0 && offset >= total)) {
                return true;
            }
        }
    }

    bool unchanged(const std::string &path, const std::string &version)
    {
        m_listed.insert(path);
        const auto it = m_known.find(path);
        return it != m_known.end() && !version.empty() && it->second.etag == version;
    }

    bool writeDatasets(SyncContext &context, const std::string &ns, const nlohmann::json &items,
        std::vector<std::pair<std::string, std::string>> &changed)
    {
        ImportBatch batch;
        std::set<std::string> seen;
        for (const auto &d : items) {
            const std::string name = jsonString(d, "name");
            const std::string dsNamespace = jsonString(d, "namespace").empty() ? ns : jsonString(d, "namespace");
            if (name.empty()) {
                context.skipped()
                    << Tr::tr("A dataset without a name in %1 was left out.").arg(QString::fromStdString(ns));
                continue;
            }
            const std::string path = "dataset:" + dsNamespace + '/' + name;
            if (!seen.insert(path).second || unchanged(path, versionOf(d))) {
                continue;
            }
            SourceDatasetRow row;
            row.dataset.namespaceName = dsNamespace;
            row.dataset.name = name;
            row.dataset.description = jsonString(d, "description");
            row.filePath = path;
            for (const auto &t : jsonArray(d, "tags")) {
                if (t.is_string()) {
                    row.tags.push_back(t.get<std::string>());
                }
            }
            for (const auto &f : jsonArray(d, "fields")) {
                if (jsonString(f, "name").empty()) {
                    continue;
                }
                ColumnRow c;
                c.name = jsonString(f, "name");
                c.physicalType = jsonString(f, "type");
                c.description = jsonString(f, "description");
                for (const auto &t : jsonArray(f, "tags")) {
                    if (t.is_string() && c.classification.empty()) {
                        c.classification = t.get<std::string>();
                    }
                }
                row.dataset.columns.push_back(std::move(c));
            }
            batch.datasets.push_back(std::move(row));
            batch.files.push_back({ path, 0, 0, "dataset", {}, versionOf(d) });
            changed.emplace_back(dsNamespace, name);
        }
        return batch.files.empty() || context.apply(batch);
    }

    bool writeJobs(SyncContext &context, const std::string &ns, const nlohmann::json &items,
        std::map<std::string, std::string> &writerOf)
    {
        ImportBatch batch;
        std::set<std::string> seen;
        for (const auto &j : items) {
            const std::string name = jsonString(j, "name");
            const std::string jobNamespace = jsonString(j, "namespace").empty() ? ns : jsonString(j, "namespace");
            if (name.empty()) {
                context.skipped() << Tr::tr("A job without a name in %1 was left out.").arg(QString::fromStdString(ns));
                continue;
            }
            const std::string path = "job:" + jobNamespace + '/' + name;
            for (const auto &o : jsonArray(j, "outputs")) {
                writerOf[jsonString(o, "namespace") + '/' + jsonString(o, "name")] = path;
            }
            if (!seen.insert(path).second || unchanged(path, versionOf(j))) {
                continue;
            }
            std::string runTime;
            if (const auto run = j.find("latestRun"); run != j.end() && run->is_object()) {
                runTime
                    = jsonString(*run, "endedAt").empty() ? jsonString(*run, "updatedAt") : jsonString(*run, "endedAt");
            }
            const auto datasetOf = [](const nlohmann::json &ref) {
                DatasetRow d;
                d.namespaceName = jsonString(ref, "namespace");
                d.name = jsonString(ref, "name");
                return d;
            };
            std::vector<DatasetRow> inputs, outputs;
            for (const auto &i : jsonArray(j, "inputs")) {
                if (!jsonString(i, "name").empty()) {
                    inputs.push_back(datasetOf(i));
                }
            }
            for (const auto &o : jsonArray(j, "outputs")) {
                if (!jsonString(o, "name").empty()) {
                    outputs.push_back(datasetOf(o));
                }
            }
            const auto edge = [&](const DatasetRow *in, const DatasetRow *out) {
                LineageRow l;
                l.jobNamespace = jobNamespace;
                l.jobName = name;
                if (in) {
                    l.input = *in;
                }
                if (out) {
                    l.output = *out;
                }
                l.filePath = path;
                l.runTime = runTime;
                batch.lineage.push_back(std::move(l));
            };
            for (const auto &in : inputs) {
                for (const auto &out : outputs) {
                    edge(&in, &out);
                }
                if (outputs.empty()) {
                    edge(&in, nullptr);
                }
            }
            if (inputs.empty()) {
                for (const auto &out : outputs) {
                    edge(nullptr, &out);
                }
            }
            batch.files.push_back({ path, 0, 0, "job", {}, versionOf(j) });
        }
        return batch.files.empty() || context.apply(batch);
    }

    /** The column edges into a dataset, recorded with the job that writes it. */
    bool columnLineage(SyncContext &context, const std::string &ns, const std::string &name, const std::string &jobPath)
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("nodeId"), QString::fromStdString("dataset:" + ns + ':' + name));
        query.addQueryItem(QStringLiteral("depth"), QStringLiteral("1"));
        const auto json = context.getJson(context.url(QStringLiteral("/api/v1/column-lineage"), query),
            Tr::tr("Reading the column lineage of %1").arg(QString::fromStdString(name)));
        if (!json) {
            return false;
        }
        const std::string jobNs = jobPath.substr(4, jobPath.find('/', 4) - 4);
        const std::string jobName = jobPath.substr(jobPath.find('/', 4) + 1);
        // One row per input dataset, holding the column edges from it into this dataset.
        std::map<std::pair<std::string, std::string>, LineageRow> rows;
        for (const auto &node : jsonArray(*json, "graph")) {
            const auto data = node.find("data");
            if (data == node.end() || !data->is_object() || jsonString(*data, "dataset") != name
                || jsonString(*data, "namespace") != ns) {
                continue;
            }
            const std::string field = jsonString(*data, "field");
            for (const auto &in : jsonArray(*data, "inputFields")) {
                const auto key = std::pair(jsonString(in, "namespace"), jsonString(in, "dataset"));
                if (key.second.empty() || jsonString(in, "field").empty() || field.empty()) {
                    continue;
                }
                LineageRow &row = rows[key];
                if (row.jobName.empty()) {
                    row.jobNamespace = jobNs;
                    row.jobName = jobName;
                    row.input.namespaceName = key.first;
                    row.input.name = key.second;
                    row.output.namespaceName = ns;
                    row.output.name = name;
                    row.filePath = jobPath;
                }
                std::string type = jsonString(in, "transformationType");
                if (type.empty()) {
                    type = jsonString(*data, "transformationType");
                }
                row.columns.push_back(
                    { jsonString(in, "field"), field, type, jsonString(in, "transformationDescription") });
            }
        }
        // Kept under the dataset, apart from its job's rows: read again only when the dataset changes, and
        // replaced then.
        ImportBatch batch;
        const std::string path = "columns:" + ns + '/' + name;
        for (auto &[key, row] : rows) {
            row.filePath = path;
            batch.lineage.push_back(std::move(row));
        }
        batch.files.push_back({ path, 0, 0, "columns", {}, {} });
        return context.apply(batch, false);
    }

    /** Run events since the cursor, oldest first; each adds to its job's lineage. */
    bool events(SyncContext &context)
    {
        const std::string after = context.store().syncCursor(context.source().id, kEventsCursor);
        std::string newest = after;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sortDirection"), QStringLiteral("asc"));
        if (!after.empty()) {
            query.addQueryItem(QStringLiteral("after"), QString::fromStdString(after));
        }
        context.progress(Tr::tr("Reading run events"));
        bool ok = pages(
            context, QStringLiteral("/api/v1/events/lineage"), "events", Tr::tr("Reading the run events"),
            [&](const nlohmann::json &items) {
                ImportBatch batch;
                for (const auto &e : items) {
                    const std::string time = jsonString(e, "eventTime");
                    if (!after.empty() && !time.empty() && !runTimeLess(after, time)) {
                        continue; // seen by the last sync (the endpoint may ignore `after`)
                    }
                    const nlohmann::json job = jsonObject(e, "job");
                    // Kept apart from the job's own rows ("job:…"), which a changed job replaces.
                    const std::string path = "run:" + jsonString(job, "namespace") + '/' + jsonString(job, "name");
                    for (const QString &problem : readOpenLineageEvent(e, path, batch.lineage)) {
                        context.skipped() << Tr::tr("A run event of %1: %2").arg(QString::fromStdString(path), problem);
                    }
                    if (!time.empty() && (newest.empty() || runTimeLess(newest, time))) {
                        newest = time;
                    }
                }
                return batch.lineage.empty() || context.apply(batch);
            },
            query);
        if (!ok) {
            return false;
        }
        StoreStatus status;
        if (newest != after && !context.store().setSyncCursor(context.source().id, kEventsCursor, newest, status)) {
            context.fail(status.message);
            return false;
        }
        return true;
    }

    std::map<std::string, FileRow> m_known;
    std::set<std::string> m_listed;
};

} // namespace

std::unique_ptr<CatalogAdapter> makeMarquezAdapter()
{
    return std::make_unique<MarquezAdapter>();
}

} // namespace tessera
