// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <QString>

#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <vector>

namespace tessera {

/**
 * A JSON Schema (draft 2019-09 as the ODCS schemas use it) validated with valijson.
 *
 * valijson 1.0 speaks draft 7, so the schema is adapted on load: `$ref` with sibling keywords is
 * wrapped in `allOf` (2019-09 applies both), `format` is an annotation only (the 2019-09 default,
 * as ajv with validateFormats off), and `unevaluatedProperties` is checked by a second pass
 * (UnevaluatedProperties). Verdicts come from the same schema compiled by CompiledSchema, which is
 * several times faster; valijson runs only to explain a rejection. Thread-safe once constructed.
 */
class SchemaValidator
{
public:
    struct Error
    {
        std::string instancePointer; ///< JSON Pointer of the failing value ("" = the document)
        QString message;
        QString ruleId; ///< "schema" or "schema-unknown-property"
    };

    /** Loads a schema document; `errorString()` says why when `isValid()` is false. */
    explicit SchemaValidator(const nlohmann::json &schema);
    ~SchemaValidator();
    SchemaValidator(const SchemaValidator &) = delete;
    SchemaValidator &operator=(const SchemaValidator &) = delete;

    /** Loads one of the bundled ODCS schemas from the resources, e.g. ":/schemas/odcs-json-schema-v3.1.0.json". */
    static std::unique_ptr<SchemaValidator> fromResource(const QString &path);

    bool isValid() const;
    QString errorString() const;

    /** True when `instance` is valid. Fast path: the compiled schema, no error collection. */
    bool accepts(const nlohmann::json &instance) const;

    /**
     * The verdict of valijson plus the unevaluatedProperties pass: the path validate() takes for its
     * messages, and the reference the compiled schema is tested against.
     */
    bool acceptsByValijsonAndPass(const nlohmann::json &instance) const;

    /** Its two halves, for benchmarks: valijson alone, and the unevaluatedProperties pass alone. */
    bool acceptsByValijson(const nlohmann::json &instance) const;
    bool acceptsByUnevaluatedPass(const nlohmann::json &instance) const;

    /** The compiled schema's verdict alone (false when the schema could not be compiled completely). */
    bool acceptsByCompiledSchema(const nlohmann::json &instance) const;
    /** True when accepts() uses the compiled schema (CompiledSchema); false when it falls back to valijson. */
    bool usesCompiledSchema() const;

    /** All errors of `instance`, most specific first where valijson reports a cascade. */
    std::vector<Error> validate(const nlohmann::json &instance) const;

    /** The schema as adapted for valijson (for tests). */
    const nlohmann::json &adaptedSchema() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tessera
