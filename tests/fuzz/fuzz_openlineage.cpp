// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
//
// OpenLineage run events as a local folder holds them: the input is written as `events.ndjson` (one event per
// line) and as `events.json` (one event, or an array of them) into a scratch folder, and LocalFolderSource::scan()
// reads both, as an import does: lines, events, datasets, column-lineage facets, and findings with their places.
// Seeds: corpus/fuzz_openlineage.
#include "catalog/local/localfoldersource.h"
#include "fuzzsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace {

std::unique_ptr<QTemporaryDir> scratch; // removed at exit (libFuzzer ends with exit())

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    tessera::fuzz::initApplication(argc, argv);
    const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    scratch = std::make_unique<QTemporaryDir>(base + QStringLiteral("/tessera-fuzz-openlineage-XXXXXX"));
    tessera::fuzz::check(scratch->isValid(), "a scratch folder can be made");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace tessera;
    const QByteArray text(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    for (const QString &name : { QStringLiteral("events.ndjson"), QStringLiteral("events.json") }) {
        QFile file(scratch->filePath(name));
        fuzz::check(file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size(),
            "the scratch file can be written");
    }
    LocalScanReport report;
    const ImportBatch batch = LocalFolderSource(scratch->path()).scan({}, report);
    fuzz::check(report.files == 2, "both files are looked at");
    for (const LineageRow &row : batch.lineage) {
        fuzz::check(!row.filePath.empty(), "every lineage row names its file");
    }
    return 0;
}
