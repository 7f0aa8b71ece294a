// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "meshgenerator.h"

#include <algorithm>

namespace tessera::bench {

namespace {

const std::vector<std::string> kDomains = { "orders", "delivery", "restaurants", "customers", "payments", "marketing",
    "finance", "logistics", "support", "partners", "pricing", "fraud" };

constexpr int kTiers = 4;

/**
 * splitmix64: one small, independent stream per (product, dataset, purpose), so any product's names can be
 * drawn again on their own (lineage names earlier datasets without keeping them in memory).
 */
class Stream
{
public:
    Stream(std::uint32_t seed, int product, int dataset, std::uint64_t purpose)
        : m_state(seed * 0x9E3779B97F4A7C15ULL ^ (static_cast<std::uint64_t>(product) << 20)
            ^ static_cast<std::uint64_t>(dataset + 1) ^ (purpose << 56))
    { }

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    template <typename List> const auto &pick(const List &list) { return list[next() % list.size()]; }

private:
    std::uint64_t m_state;
};

enum Purpose : std::uint64_t { ProductNames = 1, DatasetNames = 2, Lineage = 3 };

std::string contractId(std::uint32_t seed, int p)
{
    Stream r(seed, p, -1, ProductNames);
    const auto &words = meshVocabulary();
    const std::string topic = r.pick(words) + '-' + r.pick(words);
    return kDomains[static_cast<std::size_t>(p) % kDomains.size()] + '.' + topic + '-' + std::to_string(p)
        + "-contract";
}

std::string schemaObject(std::uint32_t seed, int p, int d)
{
    Stream r(seed, p, d, DatasetNames);
    const auto &words = meshVocabulary();
    return r.pick(words) + '_' + r.pick(words) + '_' + std::to_string(d);
}

} // namespace

const std::vector<std::string> &meshVocabulary()
{
    static const std::vector<std::string> words
        = { "order", "rider", "menu", "item", "price", "customer", "payment", "refund", "voucher", "courier", "zone",
              "shift", "rating", "review", "invoice", "ledger", "campaign", "click", "session", "address", "basket",
              "discount", "tip", "eta", "kitchen", "cuisine", "fleet", "vehicle", "route", "ticket", "chargeback",
              "settlement", "payout", "margin", "forecast", "cohort", "churn", "loyalty", "signup", "partner" };
    return words;
}

ImportBatch generateMesh(const MeshSize &size, std::uint32_t seed)
{
    return generateMeshChunk(size, 0, size.products, seed);
}

ImportBatch generateMeshChunk(const MeshSize &size, int first, int count, std::uint32_t seed)
{
    const auto &words = meshVocabulary();
    const int end = std::min(size.products, first + count);
    ImportBatch batch;
    batch.products.reserve(static_cast<std::size_t>(std::max(0, end - first)));
    batch.contracts.reserve(batch.products.capacity());

    for (int p = first; p < end; ++p) {
        Stream r(seed, p, -1, ProductNames);
        const std::string domain = kDomains[static_cast<std::size_t>(p) % kDomains.size()];
        const std::string topic = r.pick(words) + '-' + r.pick(words);
        const std::string id = domain + '.' + topic + '-' + std::to_string(p);
        ContractRow c;
        c.externalId = id + "-contract";
        c.version = "1." + std::to_string(p % 7) + ".0";
        c.name = topic + " contract";
        c.domain = domain;
        c.status = p % 10 == 0 ? "draft" : (p % 37 == 0 ? "deprecated" : "active");
        c.dataProduct = id;
        c.apiVersion = "v3.1.0";
        c.owner = "team-" + domain + '-' + std::to_string(p % 25);
        c.tags = { domain, r.pick(words) };
        c.originalText = "apiVersion: v3.1.0\nkind: DataContract\nid: " + c.externalId + "\n";
        c.format = "yaml";
        c.filePath = "contracts/" + c.externalId + ".yaml";
        for (int d = 0; d < size.datasetsPerContract; ++d) {
            Stream dr(seed, p, d, DatasetNames);
            DatasetRow ds;
            ds.contractId = c.externalId;
            ds.contractVersion = c.version;
            ds.schemaObject = dr.pick(words) + '_' + dr.pick(words) + '_' + std::to_string(d);
            ds.namespaceName = "contract:" + c.externalId + '@' + c.version;
            ds.name = ds.schemaObject;
            ds.description = "The " + dr.pick(words) + " " + dr.pick(words) + " of the " + domain + " domain";
            ds.domain = domain;
            for (int k = 0; k < size.columnsPerDataset; ++k) {
                ds.columns.push_back({ dr.pick(words) + '_' + dr.pick(words) + '_' + std::to_string(k),
                    k == 0 ? "string" : "number", {}, {}, k == 1 && p % 5 == 0 ? "restricted" : "" });
            }
            c.datasets.push_back(std::move(ds));
        }
        ProductRow pr;
        pr.externalId = id;
        pr.name = topic + " (" + domain + ")";
        pr.domain = domain;
        pr.status = c.status;
        pr.description = "Data product about " + topic + " for the " + domain + " domain";
        pr.owner = c.owner;
        pr.tags = c.tags;
        pr.ports.push_back({ "output", topic, c.version, c.externalId, "tables" });
        pr.filePath = "products/" + id + ".yaml";
        batch.products.push_back(std::move(pr));
        batch.contracts.push_back(std::move(c));
    }
    // Lineage: every dataset of tier t > 0 reads 1–3 datasets of tier t - 1 from products up to its own
    // (p = 4m + t reads products 4k + t - 1 with k ≤ m), so its inputs are already in the store.
    for (int p = first; p < end; ++p) {
        const int tier = p % kTiers;
        if (tier == 0) {
            continue;
        }
        const std::string output = contractId(seed, p);
        for (int d = 0; d < size.datasetsPerContract; ++d) {
            Stream r(seed, p, d, Lineage);
            const std::string object = schemaObject(seed, p, d);
            const int fanIn = 1 + static_cast<int>(r.next() % 3);
            for (int i = 0; i < fanIn; ++i) {
                const int q
                    = static_cast<int>(r.next() % static_cast<std::uint64_t>(p / kTiers + 1)) * kTiers + tier - 1;
                const int inputDataset
                    = static_cast<int>(r.next() % static_cast<std::uint64_t>(size.datasetsPerContract));
                LineageRow l;
                l.jobNamespace = "tier" + std::to_string(tier);
                l.jobName = "build_" + object;
                l.input.contractId = contractId(seed, q);
                l.input.schemaObject = schemaObject(seed, q, inputDataset);
                l.input.name = l.input.schemaObject;
                l.output.contractId = output;
                l.output.schemaObject = object;
                l.output.name = object;
                l.filePath = "lineage/tier" + std::to_string(tier) + ".ndjson";
                batch.lineage.push_back(std::move(l));
            }
        }
    }
    return batch;
}

} // namespace tessera::bench
