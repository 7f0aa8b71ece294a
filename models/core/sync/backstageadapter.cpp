// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
//
// The Backstage software catalog (`/api/catalog`). Backstage has no change feed, but every entity carries an
// etag that covers its relations: a sync lists every entity with only its kind, name and etag (cursor paging),
// fetches in full (`POST /entities/by-refs`) only those whose etag changed, and removes those no longer listed.
//
// Mapping: Domain → domain; Component or System whose spec.type names a data product → product; Resource →
// dataset; every other Component and System is a node of the lineage graph too; spec.owner / ownedBy → owner
// (Group and User entities are listed for their etags); dependsOn / dependencyOf → lineage (the dependency
// feeds the dependent). A resource's domain is its system's domain.
#include "sync/catalogadapter.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <map>
#include <set>

namespace tessera {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::BackstageAdapter)
};

constexpr int kMaxPages = 100000;
constexpr int kFetchBatch = 200;

const std::set<std::string> &entityKinds()
{
    static const std::set<std::string> k { "domain", "system", "component", "resource", "group", "user" };
    return k;
}

bool isDataProductType(std::string type)
{
    for (char &c : type) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return type == "data-product" || type == "dataproduct" || type == "data_product" || type == "data product";
}

std::string lower(std::string s)
{
    for (char &c : s) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return s;
}

/** "kind:namespace/name" of an entity, lower-case kind; empty when it lacks kind or name. */
std::string refOf(const nlohmann::json &entity)
{
    const std::string kind = lower(jsonString(entity, "kind"));
    const auto metadata = entity.find("metadata");
    if (kind.empty() || metadata == entity.end() || !metadata->is_object()) {
        return {};
    }
    const std::string name = jsonString(*metadata, "name");
    std::string ns = jsonString(*metadata, "namespace");
    if (name.empty()) {
        return {};
    }
    return kind + ':' + (ns.empty() ? std::string("default") : ns) + '/' + name;
}

/** Completes a short reference ("resource:orders", "orders" with a default kind) to "kind:namespace/name". */
std::string fullRef(const std::string &ref, const std::string &defaultKind, const std::string &defaultNamespace)
{
    std::string kind = defaultKind;
    std::string rest = ref;
    if (const auto colon = ref.find(':'); colon != std::string::npos) {
        kind = lower(ref.substr(0, colon));
        rest = ref.substr(colon + 1);
    }
    if (rest.find('/') == std::string::npos) {
        rest = defaultNamespace + '/' + rest;
    }
    return kind + ':' + rest;
}

/** The name part of a reference: "group:default/team-orders" → "team-orders". */
std::string nameOf(const std::string &ref)
{
    std::string s = ref;
    if (const auto colon = s.find(':'); colon != std::string::npos) {
        s = s.substr(colon + 1);
    }
    if (const auto slash = s.rfind('/'); slash != std::string::npos) {
        s = s.substr(slash + 1);
    }
    return s;
}

/** The lineage graph's dataset for an entity: resources by name, other kinds as "kind:name". */
DatasetRow datasetFor(const std::string &ref)
{
    const auto colon = ref.find(':');
    const auto slash = ref.find('/', colon);
    DatasetRow d;
    const std::string kind = ref.substr(0, colon);
    const std::string ns = ref.substr(colon + 1, slash - colon - 1);
    const std::string name = ref.substr(slash + 1);
    d.namespaceName = "backstage:" + ns;
    d.name = kind == "resource" ? name : kind + ':' + name;
    return d;
}

/** An OpenLineage-style (namespace, name) for a storage location: "s3://lake/gold/x" → ("s3://lake", "gold/x"). */
std::optional<std::pair<std::string, std::string>> locationAlias(const std::string &location)
{
    const auto scheme = location.find("://");
    if (scheme == std::string::npos || scheme == 0) {
        return std::nullopt;
    }
    const auto slash = location.find('/', scheme + 3);
    if (slash == std::string::npos || slash + 1 >= location.size()) {
        return std::nullopt;
    }
    return std::pair(location.substr(0, slash), location.substr(slash + 1));
}

struct Listed
{
    std::string kind;
    std::string etag;
};

class BackstageAdapter final : public CatalogAdapter
{
public:
    bool test(SyncContext &context, QString &summary) override
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
        query.addQueryItem(QStringLiteral("fields"), QStringLiteral("kind"));
        const auto page = context.getJson(
            context.url(QStringLiteral("/api/catalog/entities/by-query"), query), Tr::tr("Reading the catalog"));
        if (!page) {
            return false;
        }
        if (!page->is_object() || !page->contains("items")) {
            context.fail(Tr::tr("%1 does not answer like a Backstage catalog.").arg(context.source().location));
            return false;
        }
        const qint64 total = jsonInteger(*page, "totalItems", -1);
        summary = total >= 0 ? Tr::tr("Backstage catalog with %n entity(s).", nullptr, static_cast<int>(total))
                             : Tr::tr("Backstage catalog reached.");
        return true;
    }

    bool pull(SyncContext &context) override
    {
        std::map<std::string, Listed> listed;
        if (!list(context, listed)) {
            return false;
        }
        const std::map<std::string, FileRow> known = context.store().files(context.source().id);
        // Systems are few and give their resources and products a domain: always read whole. When one
        // changed, its members may have a new domain, so they are read again too.
        std::vector<std::string> systems;
        std::vector<std::string> changed;
        for (const auto &[ref, item] : listed) {
            const auto it = known.find(ref);
            const bool same = it != known.end() && !item.etag.empty() && it->second.etag == item.etag;
            if (item.kind == "system" || item.kind == "domain") {
                systems.push_back(ref);
            } else if (!same) {
                changed.push_back(ref);
            }
        }

        std::vector<std::string> removed;
        for (const auto &[path, file] : known) {
            if (!listed.count(path)) {
                removed.push_back(path);
            }
        }
        context.progress(Tr::tr("Fetching changed entities"));

        // Systems and domains first: everything else needs their domains.
        std::map<std::string, std::string> domainOfSystem;
        std::vector<nlohmann::json> systemEntities;
        for (std::size_t i = 0; i < systems.size(); i += kFetchBatch) {
            const std::vector<std::string> refs(
                systems.begin() + long(i), systems.begin() + long(std::min(systems.size(), i + kFetchBatch)));
            std::vector<nlohmann::json> entities;
            if (!fetch(context, refs, entities)) {
                return false;
            }
            for (auto &e : entities) {
                if (lower(jsonString(e, "kind")) == "system") {
                    domainOfSystem[refOf(e)] = nameOf(jsonString(jsonObject(e, "spec"), "domain"));
                }
                // Written only when changed; read always, for the domains.
                const auto it = known.find(refOf(e));
                const std::string etag = jsonString(jsonObject(e, "metadata"), "etag");
                if (it == known.end() || etag.empty() || it->second.etag != etag) {
                    systemEntities.push_back(std::move(e));
                }
            }
        }
        // A changed system may have moved to another domain: its parts are read again for their domain.
        std::set<std::string> again(changed.begin(), changed.end());
        for (const nlohmann::json &system : systemEntities) {
            if (lower(jsonString(system, "kind")) != "system") {
                continue; // a domain's parts are systems, read whole anyway
            }
            if (const auto relations = system.find("relations"); relations != system.end() && relations->is_array()) {
                for (const auto &r : *relations) {
                    const std::string target = jsonString(r, "targetRef");
                    if (jsonString(r, "type") == "hasPart" && listed.count(target) && again.insert(target).second) {
                        changed.push_back(target);
                    }
                }
            }
        }
        context.progress(Tr::tr("Fetching changed entities"),
            static_cast<qint64>(systemEntities.size() + changed.size() + (removed.empty() ? 0 : 1)));
        if (!write(context, systemEntities, domainOfSystem)) {
            return false;
        }
        for (std::size_t i = 0; i < changed.size(); i += kFetchBatch) {
            const std::vector<std::string> refs(
                changed.begin() + long(i), changed.begin() + long(std::min(changed.size(), i + kFetchBatch)));
            std::vector<nlohmann::json> entities;
            if (!fetch(context, refs, entities) || !write(context, entities, domainOfSystem)) {
                return false;
            }
        }
        if (!removed.empty()) {
            ImportBatch batch;
            batch.removedFiles = removed;
            if (!context.apply(batch)) {
                return false;
            }
        }
        return true;
    }

private:
    /** Lists every entity's kind, reference and etag, page by page. */
    bool list(SyncContext &context, std::map<std::string, Listed> &listed)
    {
        const int pageSize
            = std::clamp(static_cast<int>(jsonInteger(context.source().settings, "pageSize", 500)), 1, 1000);
        QString cursor;
        std::set<QString> seenCursors;
        context.progress(Tr::tr("Listing entities"));
        for (int page = 0;; ++page) {
            if (page >= static_cast<int>(jsonInteger(context.source().settings, "maxPages", kMaxPages))) {
                context.fail(Tr::tr("The catalog kept sending pages (%1); the listing was stopped.").arg(page));
                return false;
            }
            QUrlQuery query;
            if (cursor.isEmpty()) {
                for (const auto &kind : entityKinds()) {
                    query.addQueryItem(
                        QStringLiteral("filter"), QStringLiteral("kind=") + QString::fromStdString(kind));
                }
                query.addQueryItem(QStringLiteral("orderField"), QStringLiteral("metadata.uid,asc"));
            } else {
                query.addQueryItem(QStringLiteral("cursor"), cursor);
            }
            query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
            query.addQueryItem(
                QStringLiteral("fields"), QStringLiteral("kind,metadata.namespace,metadata.name,metadata.etag"));
            const auto json = context.getJson(context.url(QStringLiteral("/api/catalog/entities/by-query"), query),
                Tr::tr("Listing page %1").arg(page + 1));
            if (!json) {
                return false;
            }
            const auto items = json->find("items");
            if (!json->is_object() || items == json->end() || !items->is_array()) {
                context.fail(Tr::tr("Listing page %1: the answer has no list of entities.").arg(page + 1));
                return false;
            }
            for (const auto &item : *items) {
                const std::string ref = refOf(item);
                if (ref.empty()) {
                    context.skipped() << Tr::tr("An entity without kind or name was left out.");
                    continue;
                }
                const std::string kind = ref.substr(0, ref.find(':'));
                if (!entityKinds().count(kind)) {
                    continue;
                }
                listed[ref] = { kind, jsonString(jsonObject(item, "metadata"), "etag") };
            }
            const auto pageInfo = json->find("pageInfo");
            QString next;
            if (pageInfo != json->end() && pageInfo->is_object()) {
                next = QString::fromStdString(jsonString(*pageInfo, "nextCursor"));
            }
            if (next.isEmpty()) {
                return true;
            }
            if (!seenCursors.insert(next).second) {
                context.fail(Tr::tr("The catalog sent the same page cursor twice; the listing was stopped."));
                return false;
            }
            cursor = next;
        }
    }

    /** Fetches whole entities by reference. An entity gone meanwhile comes back as null and is skipped. */
    bool fetch(SyncContext &context, const std::vector<std::string> &refs, std::vector<nlohmann::json> &out)
    {
        nlohmann::json body { { "entityRefs", refs } };
        const QByteArray payload = QByteArray::fromStdString(body.dump());
        JsonResponse response
            = context.http().json(context.url(QStringLiteral("/api/catalog/entities/by-refs")), "POST", payload);
        if (!response.ok()) {
            context.fail(
                Tr::tr("Fetching entities: %1").arg(response.error), response.http.outcome, response.http.status);
            return false;
        }
        const auto items = response.json.find("items");
        if (!response.json.is_object() || items == response.json.end() || !items->is_array()) {
            context.fail(Tr::tr("Fetching entities: the answer has no list of entities."));
            return false;
        }
        for (auto &item : *items) {
            if (item.is_object() && !refOf(item).empty()) {
                out.push_back(std::move(item));
            }
        }
        return true;
    }

    /** Writes fetched entities in one transaction. */
    bool write(SyncContext &context, const std::vector<nlohmann::json> &entities,
        const std::map<std::string, std::string> &domainOfSystem)
    {
        ImportBatch batch;
        std::set<std::string> done;
        for (const nlohmann::json &e : entities) {
            const std::string ref = refOf(e);
            if (!done.insert(ref).second) {
                context.skipped() << Tr::tr("%1 came twice; the first was kept.").arg(QString::fromStdString(ref));
                continue;
            }
            const std::string kind = ref.substr(0, ref.find(':'));
            const std::string ns = ref.substr(ref.find(':') + 1, ref.find('/') - ref.find(':') - 1);
            const nlohmann::json metadata = jsonObject(e, "metadata");
            const nlohmann::json spec = jsonObject(e, "spec");
            FileRow file;
            file.path = ref;
            file.kind = kind;
            file.etag = jsonString(metadata, "etag");
            batch.files.push_back(file);

            std::vector<std::string> tags;
            if (const auto t = metadata.find("tags"); t != metadata.end() && t->is_array()) {
                for (const auto &tag : *t) {
                    if (tag.is_string()) {
                        tags.push_back(tag.get<std::string>());
                    }
                }
            }
            const std::string owner = nameOf(jsonString(spec, "owner"));
            std::string domain = nameOf(jsonString(spec, "domain"));
            if (domain.empty() && !jsonString(spec, "system").empty()) {
                const auto it = domainOfSystem.find(fullRef(jsonString(spec, "system"), "system", ns));
                if (it != domainOfSystem.end()) {
                    domain = it->second;
                }
            }
            const std::string title
                = jsonString(metadata, "title").empty() ? jsonString(metadata, "name") : jsonString(metadata, "title");
            const std::string description = jsonString(metadata, "description");

            if ((kind == "component" || kind == "system") && isDataProductType(jsonString(spec, "type"))) {
                ProductRow p;
                p.externalId = ref;
                p.name = title;
                p.domain = domain;
                p.status = jsonString(spec, "lifecycle");
                p.description = description;
                p.owner = owner;
                p.tags = tags;
                p.filePath = ref;
                // The product page reads ODPS: the entity's fields in ODPS places, the entity itself kept beside.
                nlohmann::json document { { "apiVersion", "v1.0.0" }, { "kind", "DataProduct" }, { "id", ref },
                    { "name", title }, { "status", p.status }, { "domain", domain },
                    { "description", { { "purpose", description } } }, { "tags", tags },
                    { "team", { { "name", owner } } }, { "x-backstage-entity", e } };
                p.document = document.dump();
                batch.products.push_back(std::move(p));
            }
            if (kind == "resource") {
                SourceDatasetRow d;
                d.dataset = datasetFor(ref);
                d.dataset.description = description;
                d.dataset.domain = domain;
                d.filePath = ref;
                d.owner = owner;
                d.tags = tags;
                if (const auto a = metadata.find("annotations"); a != metadata.end() && a->is_object()) {
                    for (const auto &[key, value] : a->items()) {
                        if (!value.is_string()) {
                            continue;
                        }
                        if (key.size() >= 9 && key.compare(key.size() - 9, 9, "/location") == 0) {
                            if (const auto alias = locationAlias(value.get<std::string>())) {
                                d.aliases.push_back(*alias);
                            }
                        }
                    }
                    const std::string olNamespace = jsonString(*a, "openlineage.io/namespace");
                    const std::string olName = jsonString(*a, "openlineage.io/name");
                    if (!olNamespace.empty() && !olName.empty()) {
                        d.aliases.emplace_back(olNamespace, olName);
                    }
                }
                batch.datasets.push_back(std::move(d));
            }
            // dependsOn: the dependency feeds this entity. Only entities of the graph's kinds take part.
            std::set<std::string> dependencies;
            if (const auto relations = e.find("relations"); relations != e.end() && relations->is_array()) {
                for (const auto &r : *relations) {
                    if (jsonString(r, "type") == "dependsOn") {
                        dependencies.insert(fullRef(jsonString(r, "targetRef"), "component", ns));
                    }
                }
            }
            if (const auto d = spec.find("dependsOn"); d != spec.end() && d->is_array()) {
                for (const auto &r : *d) {
                    if (r.is_string()) {
                        dependencies.insert(fullRef(r.get<std::string>(), "component", ns));
                    }
                }
            }
            if (kind == "resource" || kind == "component" || kind == "system") {
                for (const std::string &dependency : dependencies) {
                    const std::string dependencyKind = dependency.substr(0, dependency.find(':'));
                    if (dependencyKind != "resource" && dependencyKind != "component" && dependencyKind != "system") {
                        continue;
                    }
                    if (dependency == ref) {
                        continue; // an entity depending on itself adds nothing to the graph
                    }
                    LineageRow l;
                    // The job is what builds this entity from its dependencies: named after the entity.
                    l.jobNamespace = "backstage:" + ns;
                    l.jobName = datasetFor(ref).name;
                    l.input = datasetFor(dependency);
                    l.output = datasetFor(ref);
                    l.filePath = ref;
                    batch.lineage.push_back(std::move(l));
                }
            }
        }
        return batch.files.empty() || context.apply(batch);
    }
};

} // namespace

std::unique_ptr<CatalogAdapter> makeBackstageAdapter()
{
    return std::make_unique<BackstageAdapter>();
}

} // namespace tessera
