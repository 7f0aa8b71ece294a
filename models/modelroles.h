// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <Qt>

namespace tessera {

/**
 * Item data roles shared by Tessera's models, so views, proxies and delegates can ask any model the same
 * way. A model answers only the roles that make sense for it and returns an invalid QVariant otherwise.
 */
enum ModelRole {
    /** The raw value to sort by (a number, a plain string), never a translated or formatted text. */
    SortRole = Qt::UserRole + 1,
    /** A finding's severity as an int holding a tessera::Severity. */
    SeverityRole,
    /** A source line, counting from 1; 0 when unknown. */
    LineRole,
    /** A source column, counting from 1; 0 when unknown. */
    ColumnRole,
    /** A JSON Pointer into the document ("/schema/0/name"); empty for the whole document. */
    JsonPointerRole,
    /** A stable rule id ("odcs-schema", ...). */
    RuleIdRole,
    /** A catalog entity's id (product, contract or dataset id) as a QString. */
    EntityIdRole,
    /** The kind of a catalog entity: "product", "contract", "dataset", "domain". */
    KindRole,
    /** The domain an entity belongs to. */
    DomainRole,
    /** The lifecycle status: active, draft, deprecated, retired. */
    StatusRole,
    /** The owning team. */
    OwnerRole,
    /** A count (products in a domain, results for a facet value). */
    CountRole,
    /** Whether a product's SLAs hold: an int holding a tessera::SlaState. */
    SlaStateRole,
    /** The first SLA property a product breaches, empty when none. */
    BreachedSlaRole,
    /** The share of quality rules whose latest run passed, 0..1, as a double; -1 when none ran. */
    QualityRateRole,
    /** When the store last received an entity, as a QDateTime (UTC). */
    UpdatedAtRole,
    /** What made a search find an entity when it was not the entity itself ("dataset\torders"). */
    MatchedByRole,
    /** The name of the source an entity comes from. */
    SourceRole,
    /** A tessera:// URL that opens the entity. */
    UrlRole,
};

} // namespace tessera
