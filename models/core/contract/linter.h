// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "contract/finding.h"

#include <QString>

namespace tessera {

class SourceDocument;

/** What linting one file gave: the findings, and whether the file could be read at all. */
struct LintResult
{
    QString fileName;
    bool readable = true; ///< false when the file could not be read or parsed (exit code 2 in the CLI)
    QString apiVersion; ///< the contract's apiVersion, empty when unknown
    Findings findings;

    bool isValid() const { return readable && !hasErrors(findings); }
};

/**
 * Lints ODCS contracts: reads the file, validates it against the official JSON Schema picked by
 * `apiVersion` (closing valijson's gap for `unevaluatedProperties`), then runs the semantic rules.
 *
 * Thread-safe: one Linter may lint files from several threads at once (the CLI uses every core).
 */
class Linter
{
public:
    Linter();
    ~Linter();
    Linter(const Linter &) = delete;
    Linter &operator=(const Linter &) = delete;

    /** Reads and lints the file at `path`. Never throws. */
    LintResult lintFile(const QString &path) const;

    /** Lints text already in memory; `fileName` is used in messages only. Never throws. */
    LintResult lintText(const QByteArray &text, const QString &fileName) const;

    /** Lints a parsed document. */
    LintResult lintDocument(const SourceDocument &document) const;
};

} // namespace tessera
