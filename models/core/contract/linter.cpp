// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "contract/linter.h"

#include "contract/datacontract.h"
#include "contract/dcsimport.h"
#include "contract/schemavalidator.h"
#include "contract/semanticrules.h"
#include "contract/sourcedocument.h"

#include <QCoreApplication>

#include <algorithm>
#include <memory>
#include <mutex>

namespace tessera {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::Linter)
};

/** The bundled schemas, each loaded on first use and then shared by every Linter and thread. */
const SchemaValidator *bundledSchema(bool v302)
{
    if (v302) {
        static const std::unique_ptr<SchemaValidator> schema302
            = SchemaValidator::fromResource(QStringLiteral(":/schemas/odcs-json-schema-v3.0.2.json"));
        return schema302.get();
    }
    static const std::unique_ptr<SchemaValidator> schema310
        = SchemaValidator::fromResource(QStringLiteral(":/schemas/odcs-json-schema-v3.1.0.json"));
    return schema310.get();
}

} // namespace

const char *severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Info:
        return "info";
    }
    return "error";
}

bool hasErrors(const Findings &findings)
{
    return std::any_of(
        findings.begin(), findings.end(), [](const Finding &f) { return f.severity == Severity::Error; });
}

Linter::Linter() = default;

Linter::~Linter() = default;

LintResult Linter::lintFile(const QString &path) const
{
    return lintDocument(SourceDocument::fromFile(path));
}

LintResult Linter::lintText(const QByteArray &text, const QString &fileName) const
{
    return lintDocument(SourceDocument::fromText(text, fileName));
}

LintResult Linter::lintDocument(const SourceDocument &document) const
{
    LintResult result;
    result.fileName = document.fileName();
    if (!document.isValid()) {
        result.readable = false;
        result.findings.push_back(
            { QStringLiteral("parse"), Severity::Error, {}, document.error().message, document.error().location });
        return result;
    }
    const nlohmann::json &value = document.value();
    if (!value.is_object()) {
        result.readable = false;
        result.findings.push_back({ QStringLiteral("not-a-contract"), Severity::Error, {},
            Tr::tr("Expected a data contract (a mapping of keys such as apiVersion, kind, schema), found a %1")
                .arg(QString::fromUtf8(value.type_name())),
            document.locate(std::string()) });
        return result;
    }

    if (DcsImport::isDcs(value)) {
        result.findings.push_back({ QStringLiteral("dcs-contract"), Severity::Error, "/dataContractSpecification",
            Tr::tr("This is a Data Contract Specification (DCS) file, not ODCS; import it with \"tessera-cli convert "
                   "FILE --to yaml\""),
            document.locate("/dataContractSpecification") });
        return result;
    }
    bool v302 = false;
    if (const auto api = value.find("apiVersion"); api != value.end() && api->is_string()) {
        const std::string version = api->get<std::string>();
        result.apiVersion = QString::fromStdString(version);
        if (version.rfind("v3.0.", 0) == 0) {
            v302 = true;
        } else if (version.rfind("v3.1.", 0) != 0) {
            result.findings.push_back({ QStringLiteral("api-version"), Severity::Warning, "/apiVersion",
                Tr::tr("apiVersion \"%1\" is not one Tessera knows (v3.0.x, v3.1.0); checked against v3.1.0")
                    .arg(result.apiVersion),
                {} });
        }
    }
    const SchemaValidator *validator = bundledSchema(v302);
    if (!validator) {
        result.findings.push_back({ QStringLiteral("schema"), Severity::Error, {},
            Tr::tr("The bundled ODCS JSON Schema could not be loaded"), {} });
    } else if (!validator->accepts(value)) {
        // ODCS v3.1.0 is a backward-compatible release, and much published v3.0.x material already
        // uses its additions (a team object, library metrics). Such a file is valid, with a hint.
        const SchemaValidator *newer = v302 ? bundledSchema(false) : nullptr;
        if (newer && newer->accepts(value)) {
            result.findings.push_back({ QStringLiteral("api-version-features"), Severity::Warning, "/apiVersion",
                Tr::tr("Valid only under ODCS v3.1.0 rules, but apiVersion says %1; set apiVersion: v3.1.0")
                    .arg(result.apiVersion),
                {} });
        } else {
            for (auto &error : validator->validate(value)) {
                result.findings.push_back(
                    { error.ruleId, Severity::Error, std::move(error.instancePointer), std::move(error.message), {} });
            }
        }
    }

    Findings semantic = SemanticRules::check(odcs::fromJson(value));
    std::move(semantic.begin(), semantic.end(), std::back_inserter(result.findings));

    std::vector<std::string> unplaced;
    for (const Finding &finding : result.findings) {
        if (!finding.location.isValid()) {
            unplaced.push_back(finding.path);
        }
    }
    if (!unplaced.empty()) {
        const std::vector<SourceLocation> locations = document.locate(unplaced);
        auto next = locations.begin();
        for (Finding &finding : result.findings) {
            if (!finding.location.isValid()) {
                finding.location = *next++;
            }
        }
    }
    std::stable_sort(result.findings.begin(), result.findings.end(), [](const Finding &a, const Finding &b) {
        return std::tie(a.location.line, a.location.column) < std::tie(b.location.line, b.location.column);
    });
    return result;
}

} // namespace tessera
