// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "contract/finding.h"
#include "store/store.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tessera {

/** What one scan of a folder found. */
struct LocalScanReport
{
    int files = 0; ///< files looked at
    int changed = 0; ///< new or changed since the last import (read again)
    int unchanged = 0; ///< skipped: same size and time as last imported
    int removed = 0; ///< imported before, gone now
    /**
     * Files with problems, with why (a file with errors never aborts the import): a contract or product file
     * with errors is left out whole; in an event or measurement file only the elements (lines, array elements,
     * parts of an event) the findings name are left out, and the rest of the file is imported.
     */
    std::vector<std::pair<QString, Findings>> invalid;
};

class Linter;

/**
 * Reads an ODCS contract's text (YAML or JSON) as LocalFolderSource reads a contract file, recorded under
 * `filePath`. Returns nullopt with `problems` set when it does not parse, is no ODCS contract, or lacks an id or a
 * version. A contract with lint errors is left out too, unless `keepInvalid`: then it is returned marked invalid
 * (ContractRow::valid, its error count) with the errors in `problems`. Catalog endpoints that export ODCS
 * (OpenMetadata) keep such contracts: they are the endpoint's, and shown with their errors rather than hidden.
 */
std::optional<ContractRow> readContractText(const QByteArray &text, const std::string &filePath, const Linter &linter,
    Findings &problems, bool keepInvalid = false);

/**
 * Reads one OpenLineage run event as LocalFolderSource does (see there) into lineage rows recorded under
 * `filePath`. Returns the problems of the parts left out ("/inputs/2: …"), or of the whole event when it is no
 * run event; empty when everything was read. Catalog endpoints that serve run events (Marquez) use it too.
 */
QStringList readOpenLineageEvent(
    const nlohmann::json &event, const std::string &filePath, std::vector<LineageRow> &out);

/**
 * A directory tree of contract files: ODCS contracts (`kind: DataContract`), ODPS products
 * (`kind: DataProduct`), DCS contracts (imported into ODCS), OpenLineage run events and SLA/quality
 * measurements (`.ndjson` lines with `contractId`). Files are read on all cores; only files that changed
 * since the last import are read again. Synchronous: run it off the GUI thread.
 *
 * OpenLineage run events come one per line (`.ndjson`, `.jsonl`), one per `.json` file, or as a JSON array
 * in a `.json` file (an array with at least one run event; each element is read on its own). Each run is
 * recorded whole: the job reads every input and writes every output, also when it names only inputs or only
 * outputs; every transformation of the column-lineage facet is kept, and its dataset-wide `dataset` entries
 * (see LineageRow::ColumnEdge). The event's eventTime becomes LineageRow::runTime (UTC; a time without an
 * offset is read as UTC); a missing or unreadable eventTime leaves the run without a time, which is no
 * problem of the file. A malformed element (not an object, not a run event, no job name, inputs or outputs
 * that are not arrays, a dataset or column-lineage entry without a name, names longer than 4 KiB) is left
 * out with a finding at its line and column; the rest of the file is imported.
 */
class LocalFolderSource
{
public:
    explicit LocalFolderSource(QString root);

    const QString &root() const { return m_root; }

    /** Reads what changed compared with `known` (the store's file list; empty reads everything). */
    ImportBatch scan(const std::map<std::string, FileRow> &known, LocalScanReport &report) const;

    /**
     * Writes `document` back to the contract file at `path` atomically (temporary file + rename).
     * Top-level sections whose value did not change keep their original text, comments included;
     * changed sections are written in canonical form. Returns false with `error` set on failure,
     * leaving the file as it was.
     */
    static bool writeContract(const QString &path, const nlohmann::json &document, QString &error);

private:
    QString m_root;
};

} // namespace tessera
