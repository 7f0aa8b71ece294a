// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "lineage/lineagereader.h"

#include "store/store.h"

#include <algorithm>
#include <deque>
#include <limits>
#include <map>
#include <set>
#include <unordered_set>

namespace tessera {

namespace {

// Products are found through the (source_id, external_id) index: external_id alone has none.
#define PRODUCT_BY_ID "p.source_id IN (SELECT id FROM sources) AND p.external_id = ?"

const QString kDatasetPrefix = QStringLiteral("dataset:");
const QString kProductPrefix = QStringLiteral("product:");
const QString kJobPrefix = QStringLiteral("job:");

/**
 * A node of the store's lineage while it is walked: a dataset, a job or a product (a product appears
 * only where it consumes a contract on an input port and no recorded lineage shows it). Packed in one
 * integer: the row id times four plus the kind.
 */
enum RefKind : std::int64_t { DatasetRef = 0, JobRef = 1, ProductRef = 2 };

std::int64_t pack(RefKind kind, std::int64_t id)
{
    return id * 4 + kind;
}

RefKind kindOf(std::int64_t ref)
{
    return static_cast<RefKind>(ref % 4);
}

std::int64_t idOf(std::int64_t ref)
{
    return ref / 4;
}

/** Every '/' of `text`, from the last to the first: where a "namespace/name" ref may split. */
std::vector<qsizetype> slashes(const QString &text)
{
    std::vector<qsizetype> out;
    for (qsizetype i = text.size() - 1; i >= 0; --i) {
        if (text.at(i) == QLatin1Char('/')) {
            out.push_back(i);
        }
    }
    return out;
}

/**
 * One call's reads. What was looked up (datasets, contracts, products, SLA verdicts) is kept for the
 * call, so a walk asks the store about each row once; nothing is kept across calls, so every call sees
 * the store as it is.
 */
class LineageReads
{
public:
    explicit LineageReads(sql::Connection &db)
        : m_db(db)
    { }

    struct Dataset
    {
        QString namespaceName, name, contract, version, object, domain, ref;
    };
    struct Contract
    {
        QString status, owner, product, productName, productOwner;
        bool breached = false;
    };
    struct Product
    {
        QString externalId, name, domain, owner, status;
    };
    struct Port
    {
        QString product; ///< the consuming product's external id
        QString contract;
        QString version;
        QString name;
    };

    sql::Statement &query(const char *text)
    {
        auto it = m_statements.find(text);
        if (it == m_statements.end()) {
            it = m_statements.emplace(text, m_db.prepare(text)).first;
        } else {
            it->second.reset();
        }
        return it->second;
    }

    const Dataset *dataset(std::int64_t id)
    {
        if (const auto it = m_datasets.find(id); it != m_datasets.end()) {
            return &it->second;
        }
        auto &st = query("SELECT d.namespace, d.name, coalesce(d.contract_external_id, ''), "
                         "coalesce(d.contract_version, ''), coalesce(d.schema_object, ''), coalesce(dm.name, '') "
                         "FROM datasets d LEFT JOIN domains dm ON dm.id = d.domain_id WHERE d.id = ?");
        st.bind(1, id);
        if (!st.next()) {
            return nullptr;
        }
        Dataset d { st.qtext(0), st.qtext(1), st.qtext(2), st.qtext(3), st.qtext(4), st.qtext(5), {} };
        d.ref = refOf(d);
        return &m_datasets.emplace(id, std::move(d)).first->second;
    }

    /**
     * The ref of a dataset: "contract/object" for the current (highest) version of a contract's
     * dataset, as the catalog browser names it, else "namespace/name" (which names an older version's
     * dataset exactly: its namespace is "contract:<id>@<version>").
     */
    QString refOf(const Dataset &d)
    {
        if (!d.contract.isEmpty() && !d.object.isEmpty() && currentVersion(d.contract, d.object) == d.version) {
            return d.contract + QLatin1Char('/') + d.object;
        }
        return d.namespaceName + QLatin1Char('/') + d.name;
    }

    QString currentVersion(const QString &contract, const QString &object)
    {
        const QString key = contract + QLatin1Char('\n') + object;
        if (const auto it = m_current.find(key); it != m_current.end()) {
            return it->second;
        }
        auto &st = query("SELECT coalesce(contract_version, '') FROM datasets WHERE contract_external_id = ? AND "
                         "schema_object = ?");
        st.bind(1, contract).bind(2, object);
        std::string best;
        bool found = false;
        while (st.next()) {
            const std::string version = st.text(0);
            if (!found || versionLess(best, version)) {
                best = version;
                found = true;
            }
        }
        return m_current[key] = QString::fromStdString(best);
    }

    /** The dataset a ref names: "contract/object" (its current version) first, then "namespace/name". */
    std::optional<std::int64_t> datasetOfRef(const QString &ref)
    {
        if (const qsizetype slash = ref.indexOf(QLatin1Char('/')); slash > 0) {
            const QString contract = ref.left(slash);
            const QString object = ref.mid(slash + 1);
            const QString version = currentVersion(contract, object);
            auto &st = query("SELECT id FROM datasets WHERE contract_external_id = ? AND schema_object = ? AND "
                             "coalesce(contract_version, '') = ? ORDER BY id LIMIT 1");
            st.bind(1, contract).bind(2, object).bind(3, version);
            if (st.next()) {
                return st.integer(0);
            }
        }
        for (const qsizetype slash : slashes(ref)) {
            auto &st = query("SELECT id FROM datasets WHERE namespace = ? AND name = ?");
            st.bind(1, ref.left(slash)).bind(2, ref.mid(slash + 1));
            if (st.next()) {
                return st.integer(0);
            }
        }
        return std::nullopt;
    }

    /** The datasets of a contract: of `version` when it has any, else of its current version. */
    std::vector<std::int64_t> contractDatasets(const QString &contract, const QString &version = {})
    {
        std::vector<std::pair<std::string, std::int64_t>> rows;
        auto &st = query("SELECT coalesce(contract_version, ''), id FROM datasets WHERE contract_external_id = ? "
                         "ORDER BY id");
        st.bind(1, contract);
        while (st.next()) {
            rows.emplace_back(st.text(0), st.integer(1));
        }
        std::string pick = version.toStdString();
        if (std::none_of(rows.begin(), rows.end(), [&](const auto &r) { return r.first == pick; })) {
            pick.clear();
            bool found = false;
            for (const auto &r : rows) {
                if (!found || versionLess(pick, r.first)) {
                    pick = r.first;
                    found = true;
                }
            }
        }
        std::vector<std::int64_t> out;
        for (const auto &r : rows) {
            if (r.first == pick) {
                out.push_back(r.second);
            }
        }
        return out;
    }

    /** Every version's datasets of a contract. */
    std::vector<std::int64_t> allContractDatasets(const QString &contract)
    {
        std::vector<std::int64_t> out;
        auto &st = query("SELECT id FROM datasets WHERE contract_external_id = ? ORDER BY id");
        st.bind(1, contract);
        while (st.next()) {
            out.push_back(st.integer(0));
        }
        return out;
    }

    const Product *product(const QString &externalId)
    {
        if (externalId.isEmpty()) {
            return nullptr;
        }
        if (const auto it = m_products.find(externalId); it != m_products.end()) {
            return it->second ? &*it->second : nullptr;
        }
        auto &st = query("SELECT p.name, coalesce(dm.name, ''), coalesce(p.owner, ''), coalesce(p.status, '') FROM "
                         "products p LEFT JOIN domains dm ON dm.id = p.domain_id WHERE " PRODUCT_BY_ID
                         " ORDER BY p.updated_at DESC LIMIT 1");
        st.bind(1, externalId);
        std::optional<Product> found;
        if (st.next()) {
            found = Product { externalId, st.qtext(0), st.qtext(1), st.qtext(2), st.qtext(3) };
        }
        auto &slot = m_products[externalId] = std::move(found);
        return slot ? &*slot : nullptr;
    }

    /** The product that owns a contract: the one it names, if known, else the one with an output port on it. */
    QString productOfContract(const QString &contract)
    {
        if (const auto it = m_productOfContract.find(contract); it != m_productOfContract.end()) {
            return it->second;
        }
        QString out;
        auto &named = query("SELECT data_product FROM contracts WHERE external_id = ? AND coalesce(data_product, '') "
                            "<> '' ORDER BY imported_at DESC LIMIT 1");
        named.bind(1, contract);
        if (named.next()) {
            const QString candidate = named.qtext(0);
            if (product(candidate)) {
                out = candidate;
            }
        }
        if (out.isEmpty()) {
            auto &port = query("SELECT p.external_id FROM product_ports pp JOIN products p ON p.id = pp.product_id "
                               "WHERE pp.contract_external_id = ? AND pp.direction = 'output' ORDER BY p.id LIMIT 1");
            port.bind(1, contract);
            if (port.next()) {
                out = port.qtext(0);
            }
        }
        return m_productOfContract[contract] = out;
    }

    const Contract &contract(const QString &id, const QString &version)
    {
        const QString key = id + QLatin1Char('@') + version;
        if (const auto it = m_contracts.find(key); it != m_contracts.end()) {
            return it->second;
        }
        Contract c;
        auto &st = query("SELECT coalesce(status, ''), coalesce(owner, '') FROM contracts WHERE external_id = ? AND "
                         "(? = '' OR version = ?) ORDER BY present DESC, imported_at DESC");
        st.bind(1, id).bind(2, version).bind(3, version);
        if (st.next()) {
            c.status = st.qtext(0);
            c.owner = st.qtext(1);
        }
        c.product = productOfContract(id);
        if (const Product *p = product(c.product)) {
            c.productName = p->name;
            c.productOwner = p->owner;
        }
        // Breached when the latest measurement of any SLA property is not met (as the catalog browser says).
        auto &sla = query("SELECT met, max(time) FROM sla_measurements WHERE contract_external_id = ? GROUP BY "
                          "property");
        sla.bind(1, id);
        while (sla.next()) {
            c.breached = c.breached || (!sla.isNull(0) && sla.integer(0) == 0);
        }
        return m_contracts.emplace(key, std::move(c)).first->second;
    }

    LineageNode datasetNode(std::int64_t id)
    {
        LineageNode n;
        const Dataset *d = dataset(id);
        if (!d) {
            return n;
        }
        n.kind = LineageNodeKind::Dataset;
        n.key = kDatasetPrefix + d->ref;
        n.name = d->name;
        n.namespaceName = d->namespaceName;
        n.domain = d->domain;
        n.contract = d->contract;
        if (!d->contract.isEmpty()) {
            const Contract &c = contract(d->contract, d->version);
            n.product = c.product;
            n.productName = c.productName;
            n.owner = c.productOwner.isEmpty() ? c.owner : c.productOwner;
            n.status = c.status;
            n.slaBreached = c.breached;
        }
        return n;
    }

    struct Job
    {
        QString namespaceName, name, lastRun;
    };

    const Job *job(std::int64_t id)
    {
        if (const auto it = m_jobs.find(id); it != m_jobs.end()) {
            return &it->second;
        }
        auto &st = query("SELECT namespace, name FROM jobs WHERE id = ?");
        st.bind(1, id);
        if (!st.next()) {
            return nullptr;
        }
        Job j { st.qtext(0), st.qtext(1), {} };
        // The latest run: each file that recorded runs of the job keeps its latest one.
        auto &runs = query("SELECT run_time FROM job_runs WHERE job_id = ?");
        runs.bind(1, id);
        std::string latest;
        while (runs.next()) {
            const std::string time = runs.text(0);
            if (latest.empty() || runTimeLess(latest, time)) {
                latest = time;
            }
        }
        j.lastRun = QString::fromStdString(latest);
        return &m_jobs.emplace(id, std::move(j)).first->second;
    }

    LineageNode jobNode(std::int64_t id)
    {
        LineageNode n;
        const Job *j = job(id);
        if (!j) {
            return n;
        }
        n.kind = LineageNodeKind::Job;
        n.key = kJobPrefix + j->namespaceName + QLatin1Char('/') + j->name;
        n.name = j->name;
        n.namespaceName = j->namespaceName;
        n.lastRun = j->lastRun;
        return n;
    }

    LineageNode productNode(const QString &externalId)
    {
        LineageNode n;
        n.kind = LineageNodeKind::Product;
        n.key = kProductPrefix + externalId;
        n.product = externalId;
        n.name = externalId;
        if (const Product *p = product(externalId)) {
            n.name = p->name;
            n.domain = p->domain;
            n.owner = p->owner;
            n.status = p->status;
        }
        n.productName = n.name;
        return n;
    }

    /** Distinct ids from a one-column query bound to `id`. */
    std::vector<std::int64_t> ids(const char *text, std::int64_t id)
    {
        std::vector<std::int64_t> out;
        auto &st = query(text);
        st.bind(1, id);
        while (st.next()) {
            out.push_back(st.integer(0));
        }
        return out;
    }

    std::vector<std::int64_t> jobsReading(std::int64_t dataset)
    {
        return ids("SELECT DISTINCT job_id FROM lineage_edges WHERE input_dataset_id = ?", dataset);
    }
    std::vector<std::int64_t> jobsWriting(std::int64_t dataset)
    {
        return ids("SELECT DISTINCT job_id FROM lineage_edges WHERE output_dataset_id = ?", dataset);
    }
    std::vector<std::int64_t> jobInputs(std::int64_t job)
    {
        return ids("SELECT DISTINCT input_dataset_id FROM lineage_edges WHERE job_id = ? AND input_dataset_id IS NOT "
                   "NULL",
            job);
    }
    std::vector<std::int64_t> jobOutputs(std::int64_t job)
    {
        return ids("SELECT DISTINCT output_dataset_id FROM lineage_edges WHERE job_id = ? AND output_dataset_id IS "
                   "NOT NULL",
            job);
    }

    /**
     * Whether recorded lineage already shows `product` reading `contract`: an edge from one of the
     * contract's datasets into a dataset of a contract on one of the product's output ports.
     */
    bool covered(const QString &product, const QString &contract)
    {
        auto &st = query("SELECT 1 FROM datasets i JOIN lineage_edges e ON e.input_dataset_id = i.id JOIN datasets o "
                         "ON o.id = e.output_dataset_id JOIN product_ports op ON op.contract_external_id = "
                         "o.contract_external_id AND op.direction = 'output' WHERE i.contract_external_id = ? AND "
                         "op.product_id IN (SELECT p.id FROM products p WHERE " PRODUCT_BY_ID ") LIMIT 1");
        st.bind(1, contract).bind(2, product);
        return st.next();
    }

    /** A product's input ports that recorded lineage does not show (catalog relations). */
    std::vector<Port> uncoveredInputsOf(const QString &product)
    {
        std::vector<Port> ports;
        auto &st = query("SELECT coalesce(pp.contract_external_id, ''), coalesce(pp.version, ''), coalesce(pp.name, "
                         "'') FROM product_ports pp JOIN products p ON p.id = pp.product_id WHERE " PRODUCT_BY_ID
                         " AND pp.direction = 'input' ORDER BY pp.id");
        st.bind(1, product);
        while (st.next()) {
            ports.push_back({ product, st.qtext(0), st.qtext(1), st.qtext(2) });
        }
        std::vector<Port> out;
        for (Port &port : ports) {
            if (!port.contract.isEmpty() && !covered(product, port.contract)) {
                out.push_back(std::move(port));
            }
        }
        return out;
    }

    /** Products that consume a dataset's contract on an input port that recorded lineage does not show. */
    std::vector<Port> uncoveredConsumersOf(std::int64_t datasetId)
    {
        const Dataset *d = dataset(datasetId);
        if (!d || d->contract.isEmpty()) {
            return {};
        }
        std::vector<Port> ports;
        auto &st = query("SELECT DISTINCT p.external_id, coalesce(pp.version, ''), coalesce(pp.name, '') FROM "
                         "product_ports pp JOIN products p ON p.id = pp.product_id WHERE pp.contract_external_id = ? "
                         "AND pp.direction = 'input' ORDER BY p.external_id");
        st.bind(1, d->contract);
        while (st.next()) {
            ports.push_back({ st.qtext(0), d->contract, st.qtext(1), st.qtext(2) });
        }
        std::vector<Port> out;
        for (Port &port : ports) {
            const auto datasets = contractDatasets(port.contract, port.version);
            if (std::find(datasets.begin(), datasets.end(), datasetId) != datasets.end()
                && !covered(port.product, port.contract)) {
                out.push_back(std::move(port));
            }
        }
        return out;
    }

    /** A product's row id for packing, and back. */
    std::int64_t productRef(const QString &externalId)
    {
        const auto it = m_productIndex.find(externalId);
        if (it != m_productIndex.end()) {
            return pack(ProductRef, it->second);
        }
        const auto index = static_cast<std::int64_t>(m_productIds.size());
        m_productIds.push_back(externalId);
        m_productIndex.emplace(externalId, index);
        return pack(ProductRef, index);
    }
    const QString &productAt(std::int64_t ref) const { return m_productIds[static_cast<std::size_t>(idOf(ref))]; }

    /** The neighbours of a packed node one way. */
    std::vector<std::int64_t> neighbours(std::int64_t ref, bool down)
    {
        std::vector<std::int64_t> out;
        const std::int64_t id = idOf(ref);
        switch (kindOf(ref)) {
        case DatasetRef:
            for (std::int64_t job : down ? jobsReading(id) : jobsWriting(id)) {
                out.push_back(pack(JobRef, job));
            }
            if (down) {
                for (const Port &port : uncoveredConsumersOf(id)) {
                    out.push_back(productRef(port.product));
                }
            }
            break;
        case JobRef:
            for (std::int64_t dataset : down ? jobOutputs(id) : jobInputs(id)) {
                out.push_back(pack(DatasetRef, dataset));
            }
            break;
        case ProductRef:
            if (!down) {
                for (const Port &port : uncoveredInputsOf(productAt(ref))) {
                    for (std::int64_t dataset : contractDatasets(port.contract, port.version)) {
                        out.push_back(pack(DatasetRef, dataset));
                    }
                }
            }
            break;
        }
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }

    /**
     * Walks the store from `start` as lineage::reach() walks a graph (a job between two datasets is no
     * step of its own), so the graph read equals the whole mesh's graph cut to the same reach.
     */
    std::unordered_set<std::int64_t> walk(const std::vector<std::int64_t> &start, int upstream, int downstream)
    {
        std::unordered_set<std::int64_t> reached(start.begin(), start.end());
        const std::unordered_set<std::int64_t> starts(start.begin(), start.end());
        for (const bool down : { true, false }) {
            const int limit = down ? downstream : upstream;
            if (limit <= 0) {
                continue;
            }
            std::unordered_map<std::int64_t, int> dist;
            std::deque<std::pair<std::int64_t, int>> queue;
            for (std::int64_t s : starts) {
                dist.emplace(s, 0);
                queue.emplace_back(s, 0);
            }
            while (!queue.empty()) {
                const auto [u, d] = queue.front();
                queue.pop_front();
                if (d > dist[u]) {
                    continue;
                }
                const bool leavingJob = kindOf(u) == JobRef && starts.count(u) == 0;
                for (std::int64_t v : neighbours(u, down)) {
                    const int cost = leavingJob && kindOf(v) != JobRef ? 0 : 1;
                    const int next = d + cost;
                    if (next > limit) {
                        continue;
                    }
                    const auto it = dist.find(v);
                    if (it == dist.end() || next < it->second) {
                        dist[v] = next;
                        if (cost == 0) {
                            queue.emplace_front(v, next);
                        } else {
                            queue.emplace_back(v, next);
                        }
                    }
                }
            }
            for (const auto &[ref, d] : dist) {
                reached.insert(ref);
            }
        }
        return reached;
    }

    /** The graph on `reached`: its nodes and every edge between two of them. */
    LineageGraph graphOf(const std::unordered_set<std::int64_t> &reached)
    {
        std::vector<std::int64_t> order(reached.begin(), reached.end());
        std::sort(order.begin(), order.end()); // datasets, jobs and products in row order: a stable graph
        LineageGraph graph;
        std::unordered_map<std::int64_t, std::int64_t> nodeOf;
        for (std::int64_t ref : order) {
            LineageNode n;
            switch (kindOf(ref)) {
            case DatasetRef:
                n = datasetNode(idOf(ref));
                break;
            case JobRef:
                n = jobNode(idOf(ref));
                break;
            case ProductRef:
                n = productNode(productAt(ref));
                break;
            }
            if (!n.key.isEmpty()) {
                nodeOf.emplace(ref, graph.addNode(std::move(n)));
            }
        }
        const auto link = [&](std::int64_t from, std::int64_t to, const QString &label = {}) {
            const auto a = nodeOf.find(from);
            const auto b = nodeOf.find(to);
            if (a != nodeOf.end() && b != nodeOf.end()) {
                LineageEdge e;
                e.from = a->second;
                e.to = b->second;
                e.label = label;
                graph.addEdge(std::move(e));
            }
        };
        for (std::int64_t ref : order) {
            if (kindOf(ref) == JobRef) {
                for (std::int64_t input : jobInputs(idOf(ref))) {
                    link(pack(DatasetRef, input), ref);
                }
                for (std::int64_t output : jobOutputs(idOf(ref))) {
                    link(ref, pack(DatasetRef, output));
                }
            } else if (kindOf(ref) == ProductRef) {
                for (const Port &port : uncoveredInputsOf(productAt(ref))) {
                    for (std::int64_t dataset : contractDatasets(port.contract, port.version)) {
                        link(pack(DatasetRef, dataset), ref, port.name);
                    }
                }
            }
        }
        return graph;
    }

    /** The datasets an id starts from (see LineageReader::around()). */
    std::vector<std::int64_t> starts(const QString &id)
    {
        if (id.startsWith(kDatasetPrefix)) {
            if (const auto d = datasetOfRef(id.mid(kDatasetPrefix.size()))) {
                return { pack(DatasetRef, *d) };
            }
            return {};
        }
        if (id.startsWith(kProductPrefix)) {
            return productStarts(id.mid(kProductPrefix.size()));
        }
        if (id.startsWith(kJobPrefix)) {
            if (const auto j = jobOfKey(id)) {
                return { pack(JobRef, *j) };
            }
            return {};
        }
        if (const auto d = datasetOfRef(id)) {
            return { pack(DatasetRef, *d) };
        }
        std::vector<std::int64_t> out;
        for (std::int64_t d : allContractDatasets(id)) {
            out.push_back(pack(DatasetRef, d));
        }
        if (out.empty()) {
            out = productStarts(id);
        }
        return out;
    }

    /** Every dataset of every contract on a product's output ports (every version kept). */
    std::vector<std::int64_t> productStarts(const QString &externalId)
    {
        std::vector<std::int64_t> out;
        for (const QString &contract : outputContracts(externalId)) {
            for (std::int64_t d : allContractDatasets(contract)) {
                out.push_back(pack(DatasetRef, d));
            }
        }
        // Its own node too, where the mesh has one (it reads a contract no recorded run shows it reading),
        // or when it has no datasets: the product itself.
        if (product(externalId) && (out.empty() || !uncoveredInputsOf(externalId).empty())) {
            out.push_back(productRef(externalId));
        }
        return out;
    }

    std::vector<QString> outputContracts(const QString &externalId)
    {
        std::vector<QString> out;
        auto &st = query("SELECT DISTINCT pp.contract_external_id FROM product_ports pp JOIN products p ON p.id = "
                         "pp.product_id WHERE " PRODUCT_BY_ID " AND pp.direction = 'output' AND "
                         "coalesce(pp.contract_external_id, '') <> '' ORDER BY pp.name, pp.version DESC");
        st.bind(1, externalId);
        while (st.next()) {
            out.push_back(st.qtext(0));
        }
        return out;
    }

    std::optional<std::int64_t> jobOfKey(const QString &key)
    {
        const QString rest = key.mid(kJobPrefix.size());
        for (const qsizetype slash : slashes(rest)) {
            auto &st = query("SELECT id FROM jobs WHERE namespace = ? AND name = ?");
            st.bind(1, rest.left(slash)).bind(2, rest.mid(slash + 1));
            if (st.next()) {
                return st.integer(0);
            }
        }
        return std::nullopt;
    }

private:
    sql::Connection &m_db;
    std::unordered_map<const char *, sql::Statement> m_statements;
    std::unordered_map<std::int64_t, Dataset> m_datasets;
    std::unordered_map<std::int64_t, Job> m_jobs;
    std::unordered_map<QString, QString> m_current;
    std::unordered_map<QString, std::optional<Product>> m_products;
    std::unordered_map<QString, QString> m_productOfContract;
    std::unordered_map<QString, Contract> m_contracts;
    std::vector<QString> m_productIds;
    std::unordered_map<QString, std::int64_t> m_productIndex;
};

} // namespace

LineageReader::LineageReader(Store &store)
    : m_store(store)
{ }

QString LineageReader::resolve(const QString &id)
{
    LineageReads reads(m_store.connection());
    if (id.startsWith(kJobPrefix)) {
        const auto job = reads.jobOfKey(id);
        return job ? reads.jobNode(*job).key : QString();
    }
    if (id.startsWith(kProductPrefix) && !reads.product(id.mid(kProductPrefix.size()))) {
        return {};
    }
    if (!id.startsWith(kProductPrefix)) {
        const QString ref = id.startsWith(kDatasetPrefix) ? id.mid(kDatasetPrefix.size()) : id;
        if (const auto d = reads.datasetOfRef(ref)) {
            return reads.datasetNode(*d).key;
        }
        if (id.startsWith(kDatasetPrefix)) {
            return {};
        }
        // A contract: its current version's first dataset.
        if (const auto datasets = reads.contractDatasets(id); !datasets.empty()) {
            return reads.datasetNode(datasets.front()).key;
        }
    }
    // A product: its first output port's contract's first dataset (or itself, when it has none).
    const QString product = id.startsWith(kProductPrefix) ? id.mid(kProductPrefix.size()) : id;
    for (const QString &contract : reads.outputContracts(product)) {
        if (const auto datasets = reads.contractDatasets(contract); !datasets.empty()) {
            return reads.datasetNode(datasets.front()).key;
        }
    }
    return reads.product(product) ? kProductPrefix + product : QString();
}

std::optional<LineageGraph> LineageReader::around(const QString &id, int upstream, int downstream)
{
    LineageReads reads(m_store.connection());
    const std::vector<std::int64_t> start = reads.starts(id);
    if (start.empty()) {
        return std::nullopt;
    }
    return reads.graphOf(reads.walk(start, upstream, downstream));
}

LineageGraph LineageReader::neighbours(const QString &key, bool upstream)
{
    LineageReads reads(m_store.connection());
    const std::vector<std::int64_t> start = reads.starts(key);
    if (start.empty()) {
        return {};
    }
    return reads.graphOf(reads.walk(start, upstream ? 1 : 0, upstream ? 0 : 1));
}

LineageGraph LineageReader::columns(const QString &key, const QString &column, int depth)
{
    LineageReads reads(m_store.connection());
    const QString ref = key.startsWith(kDatasetPrefix) ? key.mid(kDatasetPrefix.size()) : key;
    std::optional<std::int64_t> dataset = reads.datasetOfRef(ref);
    if (!dataset) {
        const QString resolved = resolve(key);
        if (resolved.startsWith(kDatasetPrefix)) {
            dataset = reads.datasetOfRef(resolved.mid(kDatasetPrefix.size()));
        }
    }
    if (!dataset) {
        return {};
    }
    struct Column
    {
        std::int64_t dataset = 0;
        QString name;
    };
    std::unordered_map<std::int64_t, Column> columns; // column id → its dataset and name
    std::vector<std::int64_t> start;
    {
        auto &st = reads.query("SELECT id, name FROM columns WHERE dataset_id = ? ORDER BY position, id");
        st.bind(1, *dataset);
        while (st.next()) {
            if (column.isEmpty() || st.qtext(1) == column) {
                start.push_back(st.integer(0));
                columns.emplace(st.integer(0), Column { *dataset, st.qtext(1) });
            }
        }
    }
    if (start.empty()) {
        return {};
    }
    // Breadth-first along column edges, `depth` edges each way.
    std::set<std::int64_t> reached(start.begin(), start.end());
    for (const bool down : { true, false }) {
        std::vector<std::int64_t> frontier = start;
        std::unordered_set<std::int64_t> seen(start.begin(), start.end());
        for (int step = 0; step < depth && !frontier.empty(); ++step) {
            std::vector<std::int64_t> next;
            for (std::int64_t c : frontier) {
                // A dataset-wide edge (no output column) leads from its input column to every column of its
                // output dataset, and into every such column from its input column.
                auto &st = reads.query(down
                        ? "SELECT c.id, c.dataset_id, c.name FROM column_lineage cl JOIN columns c ON c.id = "
                          "cl.output_column_id WHERE cl.input_column_id = ?1 UNION SELECT c.id, c.dataset_id, c.name "
                          "FROM column_lineage cl JOIN columns c ON c.dataset_id = cl.output_dataset_id WHERE "
                          "cl.input_column_id = ?1 AND cl.output_column_id IS NULL"
                        : "SELECT c.id, c.dataset_id, c.name FROM column_lineage cl JOIN columns c ON c.id = "
                          "cl.input_column_id WHERE cl.output_column_id = ?1 UNION SELECT c.id, c.dataset_id, c.name "
                          "FROM column_lineage cl JOIN columns c ON c.id = cl.input_column_id WHERE "
                          "cl.output_column_id IS NULL AND cl.output_dataset_id = ?2");
                st.bind(1, c);
                if (!down) {
                    st.bind(2, columns.at(c).dataset);
                }
                while (st.next()) {
                    const std::int64_t other = st.integer(0);
                    columns.try_emplace(other, Column { st.integer(1), st.qtext(2) });
                    if (seen.insert(other).second) {
                        next.push_back(other);
                        reached.insert(other);
                    }
                }
            }
            frontier = std::move(next);
        }
    }
    LineageGraph graph;
    std::unordered_map<std::int64_t, std::int64_t> datasetNodes; // dataset row → node id
    std::unordered_map<std::int64_t, std::int64_t> columnNodes; // column row → node id
    // Datasets first (the start's first), then their columns in the dataset's order.
    std::vector<std::int64_t> order(reached.begin(), reached.end());
    std::stable_sort(order.begin(), order.end(), [&](std::int64_t a, std::int64_t b) {
        const std::int64_t da = columns[a].dataset;
        const std::int64_t db = columns[b].dataset;
        if ((da == *dataset) != (db == *dataset)) {
            return da == *dataset;
        }
        return da != db ? da < db : a < b;
    });
    for (std::int64_t c : order) {
        const Column &col = columns[c];
        auto it = datasetNodes.find(col.dataset);
        if (it == datasetNodes.end()) {
            it = datasetNodes.emplace(col.dataset, graph.addNode(reads.datasetNode(col.dataset))).first;
        }
        const LineageNode *parent = graph.node(it->second);
        LineageNode n;
        n.kind = LineageNodeKind::Column;
        n.key = QStringLiteral("column:") + parent->key.mid(kDatasetPrefix.size()) + QLatin1Char('#') + col.name;
        n.name = col.name;
        n.parent = parent->id;
        n.domain = parent->domain;
        n.product = parent->product;
        n.productName = parent->productName;
        n.contract = parent->contract;
        n.owner = parent->owner;
        n.status = parent->status;
        n.slaBreached = parent->slaBreached;
        n.namespaceName = parent->namespaceName;
        columnNodes.emplace(c, graph.addNode(std::move(n)));
    }
    for (std::int64_t c : order) {
        // Every (type, subtype) of a pair is an edge of its own; a dataset-wide edge is one to each column of
        // its output dataset. Files recording the same edge give it once.
        auto &st = reads.query("SELECT output_column_id, transformation_type, transformation_subtype FROM "
                               "column_lineage WHERE input_column_id = ?1 AND output_column_id IS NOT NULL UNION "
                               "SELECT c.id, cl.transformation_type, cl.transformation_subtype FROM column_lineage cl "
                               "JOIN columns c ON c.dataset_id = cl.output_dataset_id WHERE cl.input_column_id = ?1 "
                               "AND cl.output_column_id IS NULL ORDER BY 1, 2, 3");
        st.bind(1, c);
        while (st.next()) {
            const auto to = columnNodes.find(st.integer(0));
            if (to == columnNodes.end()) {
                continue;
            }
            LineageEdge e;
            e.from = columnNodes.at(c);
            e.to = to->second;
            e.type = st.qtext(1);
            e.subtype = st.qtext(2);
            e.label = e.subtype.isEmpty() ? e.type : e.type + QLatin1Char('/') + e.subtype;
            graph.addEdge(std::move(e));
        }
    }
    return graph;
}

LineageGraph LineageReader::mesh()
{
    LineageReads reads(m_store.connection());
    std::unordered_set<std::int64_t> all;
    {
        auto &st = reads.query("SELECT id FROM datasets");
        while (st.next()) {
            all.insert(pack(DatasetRef, st.integer(0)));
        }
    }
    {
        auto &st = reads.query("SELECT DISTINCT job_id FROM lineage_edges");
        while (st.next()) {
            all.insert(pack(JobRef, st.integer(0)));
        }
    }
    std::vector<std::pair<QString, QString>> ports;
    {
        auto &st = reads.query("SELECT DISTINCT p.external_id, pp.contract_external_id FROM product_ports pp JOIN "
                               "products p ON p.id = pp.product_id WHERE pp.direction = 'input' AND "
                               "coalesce(pp.contract_external_id, '') <> ''");
        while (st.next()) {
            ports.emplace_back(st.qtext(0), st.qtext(1));
        }
    }
    for (const auto &[product, contract] : ports) {
        if (!reads.covered(product, contract)) {
            all.insert(reads.productRef(product));
        }
    }
    return reads.graphOf(all);
}

} // namespace tessera
