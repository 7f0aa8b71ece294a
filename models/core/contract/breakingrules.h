// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "contract/contractdiff.h"
#include "contract/finding.h"

#include <QString>

#include <string>
#include <vector>

namespace tessera {

/** A change with its verdict: which rule matched, how severe, and why. */
struct ClassifiedChange
{
    Change change;
    QString ruleId;
    Severity severity = Severity::Info; ///< Error = breaking, Warning = consumers should look, Info = harmless
    QString message; ///< translated
};

/** The verdict on a whole change set. */
struct BreakingReport
{
    std::vector<ClassifiedChange> changes; ///< topmost changes only (nested ones are covered by their parent)
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    std::string oldVersion;
    std::string newVersion;
    std::string suggestedVersion; ///< the smallest version the change set calls for; empty without changes
    QString bump; ///< "major", "minor", "patch" or "none"
    bool versionTooLow = false; ///< the new document declares a version below the suggestion

    bool isBreaking() const { return errors > 0; }
};

/**
 * Classifies contract changes by documented rules (docs/breaking-rules.md).
 *
 * Breaking (error): removing a schema object, property or server; adding a required property;
 * tightening `required` or `unique`; changing a logical or physical type; tightening numeric or
 * length bounds; removing enum or validValues values; tightening a quality threshold or an SLA.
 * Warning: removing or adding quality rules and SLAs, adding enum values, changing a pattern, format,
 * classification or primary key. Info: additions of optional things, loosening, descriptions, tags.
 */
class BreakingRules
{
public:
    struct RuleInfo
    {
        const char *id;
        Severity severity;
        QString summary;
    };
    static std::vector<RuleInfo> rules();

    static BreakingReport classify(
        const std::vector<Change> &changes, const nlohmann::json &oldDocument, const nlohmann::json &newDocument);
};

} // namespace tessera
