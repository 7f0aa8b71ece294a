// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
//
// ODCS contracts as JSON text (SourceDocument's depth-limited JSON reader and its locations), then as
// fuzz_odcs_yaml. Inputs that would be read as YAML are left to that target. Seeds: corpus/fuzz_odcs_json.
#include "odcsfuzz.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    tessera::fuzz::initApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QByteArray start = text.trimmed();
    if (!start.startsWith('{') && !start.startsWith('[') && !start.startsWith("\xEF\xBB\xBF")) {
        return -1; // YAML: not kept in this corpus
    }
    tessera::fuzz::fuzzContract(text);
    return 0;
}
