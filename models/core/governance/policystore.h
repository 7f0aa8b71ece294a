// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "governance/policies.h"
#include "store/store.h"

#include <vector>

namespace tessera {

/** Replaces the findings kept in the store (schema-6.sql) with `findings`, in one transaction. */
bool savePolicyFindings(Store &store, const std::vector<PolicyFinding> &findings, StoreStatus &status);

/**
 * The kept findings about a product: its own, and those of the contracts it publishes (its output ports) or that
 * name it as their data product. Errors first, then warnings, then by subject.
 */
std::vector<PolicyFinding> productPolicyFindings(sql::Connection &db, const QString &productId);

/** The kept findings about one version of a contract: errors first. */
std::vector<PolicyFinding> contractPolicyFindings(
    sql::Connection &db, const QString &contractId, const QString &version);

/** The kept findings of a domain (all of them for an empty `domain`): errors first, then by domain and product. */
std::vector<PolicyFinding> domainPolicyFindings(sql::Connection &db, const QString &domain);

} // namespace tessera
