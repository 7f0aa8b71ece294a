// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <QString>

#include <string>
#include <vector>

namespace tessera {

/** A place in a source text; line and column count from 1, 0 means unknown. */
struct SourceLocation
{
    int line = 0;
    int column = 0;

    bool isValid() const { return line > 0; }
    bool operator==(const SourceLocation &) const = default;
};

enum class Severity { Error, Warning, Info };

/** Stable lower-case name of a severity ("error", "warning", "info"), used in every output format. */
const char *severityName(Severity severity);

/**
 * One problem found in a contract: by the JSON Schema, by a semantic rule, or while reading the file.
 *
 * `ruleId` is stable and documented (docs/lint-rules.md); `path` is a JSON Pointer into the document
 * ("/schema/0/properties/2/logicalType", empty for the whole document); `message` is translated.
 */
struct Finding
{
    QString ruleId;
    Severity severity = Severity::Error;
    std::string path;
    QString message;
    SourceLocation location;

    bool operator==(const Finding &) const = default;
};

using Findings = std::vector<Finding>;

/** True when any finding is an error. */
bool hasErrors(const Findings &findings);

} // namespace tessera
