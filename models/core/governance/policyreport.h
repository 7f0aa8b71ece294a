// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "governance/policies.h"
#include "report/reportwriter.h"

#include <QByteArray>

#include <vector>

namespace tessera {

/**
 * Renders policy findings like ReportWriter renders lint results: text for people (translated, grouped by
 * domain and subject, with a summary line), JSON for scripts and JUnit XML (one test case per policy) for CI.
 * JSON and JUnit keep stable English keys.
 */
QByteArray policyReport(
    const std::vector<PolicyInfo> &policies, const std::vector<PolicyFinding> &findings, ReportWriter::Format format);

} // namespace tessera
