// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <QStringList>

#include <nlohmann/json.hpp>

namespace tessera {

/**
 * Imports a Data Contract Specification (DCS 1.x, `dataContractSpecification:`) document into ODCS
 * v3.1.0: info → fundamentals and description, models and fields → schema objects and properties
 * (types mapped to logical types, the original kept as physicalType), `$ref` to definitions resolved,
 * references → relationships, quality → quality rules, servicelevels → slaProperties, servers, terms.
 * What has no ODCS home lands in customProperties, so nothing is lost.
 */
class DcsImport
{
public:
    /** True when `document` is a DCS contract. */
    static bool isDcs(const nlohmann::json &document);

    /** The ODCS document; `notes` (translated) says what was moved to customProperties. */
    static nlohmann::json toOdcs(const nlohmann::json &dcs, QStringList *notes = nullptr);
};

} // namespace tessera
