// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "contract/finding.h"

#include <QRegularExpression>
#include <QString>

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tessera {

class Store;
class SourceDocument;

/** A policy as evaluated: a built-in one (possibly overridden by a policy file) or a custom rule. */
struct PolicyInfo
{
    QString id; ///< stable ("product-owner", or a custom rule's id)
    Severity severity = Severity::Error;
    QString title; ///< translated for built-ins; as written for custom rules
    QString rationale;
    bool builtIn = true;
    bool enabled = true;
};

/** One policy violation, linked to the field it is about. */
struct PolicyFinding
{
    QString policyId;
    Severity severity = Severity::Error;
    QString subjectKind; ///< "product" or "contract"
    QString subjectId; ///< the product's or contract's id
    QString subjectVersion; ///< the contract's version (empty for products)
    QString subjectName;
    QString domain;
    QString productId; ///< the product the finding belongs to, when known
    std::string pointer; ///< JSON Pointer into the subject's document ("/schema/0/properties/2/classification")
    QString message; ///< translated, names the thing

    bool operator==(const PolicyFinding &) const = default;
};

/** A condition of a custom rule: `field` (dotted path) is present / equals / is in / matches. */
struct PolicyCondition
{
    enum class Kind { Present, Equals, In, Matches };
    std::string field; ///< "description.purpose"; a number indexes a list ("servers.0.type")
    Kind kind = Kind::Present;
    bool present = true; ///< Present: true = present and not empty, false = absent or empty
    nlohmann::json value; ///< Equals: the value; In: the list of values
    QString pattern; ///< Matches: the regular expression as written
    QRegularExpression regex; ///< Matches: `pattern` anchored: the whole (string) value must match

    /** Whether `object` satisfies the condition. */
    bool holds(const nlohmann::json &object) const;
};

/** A custom rule of a policy file. */
struct PolicyRule
{
    enum class Scope { Contract, Schema, Property };
    QString id;
    Severity severity = Severity::Warning;
    QString title;
    QString rationale;
    Scope on = Scope::Contract;
    std::optional<PolicyCondition> when;
    PolicyCondition require;
};

/**
 * An organisation's policy file (docs/policies.md): built-ins switched off or given another severity, and
 * custom rules on contract, schema object or property fields.
 */
struct PolicyConfig
{
    struct Override
    {
        std::optional<bool> enabled;
        std::optional<Severity> severity;
    };
    std::map<QString, Override> overrides; ///< built-in id → override
    std::vector<PolicyRule> rules;

    /**
     * Reads a policy file. Problems (unknown policy or key, bad severity, bad regex, missing require, the file
     * unreadable) go to `errors` with their line and column; the result is then not to be used.
     */
    static PolicyConfig fromDocument(const SourceDocument &document, Findings &errors);
    static PolicyConfig fromFile(const QString &path, Findings &errors);
};

/**
 * Evaluates governance policies over a store (read-only): built-in policies (ownership, SLA and support,
 * personal data, breaking changes, deprecated inputs, primary keys) and an organisation's custom rules.
 * Synchronous, no GUI; findings come ordered by subject, then policy.
 */
class PolicyEngine
{
public:
    /** The built-in policies with their default severities, titles and rationales (translated). */
    static std::vector<PolicyInfo> builtIns();

    explicit PolicyEngine(PolicyConfig config = {});

    /** Every policy as configured: the built-ins (with overrides, disabled ones included), then custom rules. */
    std::vector<PolicyInfo> policies() const;

    std::vector<PolicyFinding> evaluate(Store &store) const;

    /** Whether a property name suggests personal data (person-name patterns only, not "product_name"). */
    static bool suggestsPersonalData(const QString &propertyName);

private:
    PolicyConfig m_config;
};

/** "error", "warning", "info" → Severity; nullopt otherwise. */
std::optional<Severity> parseSeverity(const std::string &name);

/** The subject of a finding for people: "contract orders@1.2.0", "product order-management". */
QString policySubjectText(const PolicyFinding &finding);

} // namespace tessera
