// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
//
// ODCS contracts as YAML text: the YAML reader, source locations, the linter (JSON Schema + semantic rules), the
// typed model, the diff and breaking-change rules, and `fmt`'s canonical YAML. Seeds: corpus/fuzz_odcs_yaml.
#include "odcsfuzz.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    tessera::fuzz::initApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    tessera::fuzz::fuzzContract(QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    return 0;
}
