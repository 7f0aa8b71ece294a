// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
//
// What fuzz_odcs_yaml and fuzz_odcs_json do with one input: read it as a contract file is read, lint it, and hold
// the core to what it documents. Nothing here may throw (SourceDocument, Linter, readContractText "never throw").
#pragma once

#include "catalog/local/localfoldersource.h"
#include "contract/breakingrules.h"
#include "contract/canonicalorder.h"
#include "contract/contractdiff.h"
#include "contract/datacontract.h"
#include "contract/dcsimport.h"
#include "contract/linter.h"
#include "contract/sourcedocument.h"
#include "fuzzsupport.h"

#include <QByteArray>

namespace tessera::fuzz {

/** The same value, where NaN (YAML's .nan) counts as equal to itself. */
inline bool sameValue(const nlohmann::json &a, const nlohmann::json &b)
{
    return a == b || a.dump() == b.dump();
}

/** A small valid contract to diff every input against, in both directions. */
inline const nlohmann::json &baseline()
{
    static const nlohmann::json base = [] {
        const SourceDocument doc = SourceDocument::fromText(QByteArrayLiteral(R"(apiVersion: v3.0.2
kind: DataContract
id: orders
version: 1.0.0
status: active
name: Orders
domain: sales
schema:
  - name: orders
    physicalType: table
    properties:
      - name: order_id
        logicalType: string
        required: true
        unique: true
        primaryKey: true
      - name: amount
        logicalType: number
        logicalTypeOptions: { minimum: 0 }
        quality:
          - { name: not_null, type: library, metric: nullValues, mustBe: 0 }
      - name: status
        logicalType: string
        logicalTypeOptions: { enum: [open, paid, shipped] }
slaProperties:
  - { property: latency, value: 4, unit: h }
servers:
  - { server: prod, type: postgres, host: db, port: 5432, database: shop, schema: public }
)"));
        check(doc.isValid(), "the baseline contract parses");
        return doc.value();
    }();
    return base;
}

inline void fuzzContract(const QByteArray &text)
{
    static const Linter linter;

    const SourceDocument doc = SourceDocument::fromText(text, QStringLiteral("fuzz.odcs.yaml"));
    const LintResult lint = linter.lintDocument(doc);
    check(doc.isValid() || !lint.isValid(), "an unreadable document does not lint clean");

    Findings problems;
    (void)readContractText(text, "fuzz.odcs.yaml", linter, problems, true);

    if (!doc.isValid()) {
        return;
    }
    const nlohmann::json &value = doc.value();
    std::vector<std::string> pointers { "", "/schema/0/properties/0", "/schema/0/name", "/servers/9", "/x~1y/~0" };
    for (const Finding &f : lint.findings) {
        pointers.push_back(f.path);
    }
    check(doc.locate(pointers).size() == pointers.size(), "locate() gives one place per pointer");

    if (!value.is_object()) {
        return;
    }
    // datacontract.h: toJson(fromJson(x)) == x for every object x.
    check(sameValue(odcs::toJson(odcs::fromJson(value)), value), "toJson(fromJson(x)) == x");

    // A document compared with itself has no changes; against another, the rules classify every change.
    const std::vector<Change> none = ContractDiff::compare(value, value);
    check(none.empty(), "a contract compared with itself has no changes");
    (void)BreakingRules::classify(none, value, value);
    for (const auto &[oldDoc, newDoc] : { std::pair(&baseline(), &value), std::pair(&value, &baseline()) }) {
        const std::vector<Change> changes = ContractDiff::compare(*oldDoc, *newDoc);
        (void)ContractDiff::summarize(changes);
        (void)BreakingRules::classify(changes, *oldDoc, *newDoc);
    }

    // canonicalorder.h / yamlwriter.h: `fmt` writes YAML that reads back as the same value, and is idempotent.
    const std::string yaml = toCanonicalYaml(value);
    if (!yaml.empty()) {
        const SourceDocument again = SourceDocument::fromText(QByteArray::fromStdString(yaml));
        check(again.isValid(), "canonical YAML parses again");
        check(sameValue(again.value(), value), "canonical YAML reads back as the same value");
        check(toCanonicalYaml(again.value()) == yaml, "fmt is idempotent");
    }
    (void)toCanonicalJson(value);

    if (DcsImport::isDcs(value)) {
        QStringList notes;
        const nlohmann::json odcs = DcsImport::toOdcs(value, &notes);
        (void)linter.lintText(QByteArray::fromStdString(odcs.dump()), QStringLiteral("fuzz.dcs.yaml"));
    }
}

} // namespace tessera::fuzz
