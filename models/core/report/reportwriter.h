// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "contract/breakingrules.h"
#include "contract/contractdiff.h"
#include "contract/linter.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace tessera {

/**
 * Renders lint results, changelogs and breaking-change reports for people (text), scripts (JSON)
 * and CI systems (JUnit XML). Text is translated; JSON and JUnit keep stable English keys.
 */
class ReportWriter
{
public:
    enum class Format { Text, Json, JUnit };

    /** "text", "json", "junit" → Format; false for anything else. */
    static bool parseFormat(const QString &name, Format &format);

    /** A severity for people, translated: "error", "warning", "info". */
    static QString severityText(Severity severity);

    static QByteArray lint(const std::vector<LintResult> &results, Format format);
    static QByteArray changelog(
        const std::vector<Change> &changes, const QString &oldFile, const QString &newFile, Format format);
    static QByteArray breaking(
        const BreakingReport &report, const QString &oldFile, const QString &newFile, Format format);
};

} // namespace tessera
