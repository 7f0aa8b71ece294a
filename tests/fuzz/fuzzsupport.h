// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
//
// Shared by the libFuzzer targets: the Qt application they need (translations, resources, QtConcurrent), and
// the check that turns a broken promise of the code under test into a crash libFuzzer keeps.
#pragma once

#include <QCoreApplication>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace tessera::fuzz {

/** One QCoreApplication for the whole run, made in LLVMFuzzerInitialize. */
inline void initApplication(int *argc, char ***argv)
{
    static QCoreApplication *app = nullptr;
    if (!app) {
        // QT_QPA_PLATFORM does not matter (no GUI); keep Qt's own warnings out of the fuzzer's output.
        qputenv("QT_LOGGING_RULES", "*.debug=false;qt.*=false");
        app = new QCoreApplication(*argc, *argv);
    }
}

/** Aborts (libFuzzer records the input) when `condition` does not hold: a documented promise was broken. */
inline void check(bool condition, const char *promise)
{
    if (!condition) {
        std::fprintf(stderr, "tessera fuzz: broken promise: %s\n", promise);
        std::abort();
    }
}

} // namespace tessera::fuzz
