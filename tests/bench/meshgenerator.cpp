// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "meshgenerator.h"

#include <random>

namespace tessera::bench {

namespace {

const std::vector<std::string> kDomains = { "orders", "delivery", "restaurants", "customers", "payments", "marketing",
    "finance", "logistics", "support", "partners", "pricing", "fraud" };

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
    std::mt19937 rng(seed);
    const auto &words = meshVocabulary();
    const auto pick = [&](const auto &list) -> const auto &
    {
        return list[rng() % list.size()];
    };
    ImportBatch batch;
    batch.products.reserve(static_cast<std::size_t>(size.products));
    batch.contracts.reserve(static_cast<std::size_t>(size.products));
    constexpr int kTiers = 4;
    std::vector<std::vector<std::pair<std::string, std::string>>> tiers(kTiers); // (contract id, schema object)

    for (int p = 0; p < size.products; ++p) {
        const std::string domain = kDomains[static_cast<std::size_t>(p) % kDomains.size()];
        const std::string topic = pick(words) + '-' + pick(words);
        const std::string id = domain + '.' + topic + '-' + std::to_string(p);
        const int tier = p % kTiers;
        ContractRow c;
        c.externalId = id + "-contract";
        c.version = "1." + std::to_string(p % 7) + ".0";
        c.name = topic + " contract";
        c.domain = domain;
        c.status = p % 10 == 0 ? "draft" : (p % 37 == 0 ? "deprecated" : "active");
        c.dataProduct = id;
        c.apiVersion = "v3.1.0";
        c.owner = "team-" + domain + '-' + std::to_string(p % 25);
        c.tags = { domain, pick(words) };
        c.originalText = "apiVersion: v3.1.0\nkind: DataContract\nid: " + c.externalId + "\n";
        c.format = "yaml";
        c.filePath = "contracts/" + c.externalId + ".yaml";
        for (int d = 0; d < size.datasetsPerContract; ++d) {
            DatasetRow ds;
            ds.contractId = c.externalId;
            ds.contractVersion = c.version;
            ds.schemaObject = pick(words) + '_' + pick(words) + '_' + std::to_string(d);
            ds.namespaceName = "contract:" + c.externalId + '@' + c.version;
            ds.name = ds.schemaObject;
            ds.description = "The " + pick(words) + " " + pick(words) + " of the " + domain + " domain";
            ds.domain = domain;
            for (int k = 0; k < size.columnsPerDataset; ++k) {
                ds.columns.push_back({ pick(words) + '_' + pick(words) + '_' + std::to_string(k),
                    k == 0 ? "string" : "number", {}, {}, k == 1 && p % 5 == 0 ? "restricted" : "" });
            }
            tiers[static_cast<std::size_t>(tier)].emplace_back(c.externalId, ds.schemaObject);
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
    // Lineage: every dataset of tier t > 0 reads 1–3 datasets of tier t - 1.
    for (int t = 1; t < kTiers; ++t) {
        const auto &inputs = tiers[static_cast<std::size_t>(t - 1)];
        if (inputs.empty()) {
            continue;
        }
        for (const auto &[contract, object] : tiers[static_cast<std::size_t>(t)]) {
            const int fanIn = 1 + static_cast<int>(rng() % 3);
            for (int i = 0; i < fanIn; ++i) {
                const auto &[inContract, inObject] = inputs[rng() % inputs.size()];
                LineageRow l;
                l.jobNamespace = "tier" + std::to_string(t);
                l.jobName = "build_" + object;
                l.input.contractId = inContract;
                l.input.schemaObject = inObject;
                l.input.namespaceName = {};
                l.input.name = inObject;
                l.output.contractId = contract;
                l.output.schemaObject = object;
                l.output.namespaceName = {};
                l.output.name = object;
                l.filePath = "lineage/tier" + std::to_string(t) + ".ndjson";
                batch.lineage.push_back(std::move(l));
            }
        }
    }
    return batch;
}

} // namespace tessera::bench
