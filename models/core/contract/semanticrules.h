// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "contract/datacontract.h"
#include "contract/finding.h"

#include <QString>

#include <vector>

namespace tessera {

/** A documented semantic rule: what the JSON Schema cannot express. Listed in docs/lint-rules.md. */
struct RuleInfo
{
    const char *id;
    Severity severity;
    QString summary; ///< translated one-line description
};

/**
 * Checks an ODCS contract for problems the JSON Schema cannot see: duplicates, primary key positions,
 * quality operators, SLA values and units, semantic versions, team usernames, relationship targets,
 * server names. Findings carry JSON Pointers; the linter adds line and column.
 */
class SemanticRules
{
public:
    /** Every rule, in the order they are documented. */
    static std::vector<RuleInfo> rules();

    static Findings check(const odcs::DataContract &contract);
};

} // namespace tessera
