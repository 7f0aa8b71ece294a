// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <QStringList>

class QTextStream;

namespace tessera::cli {

/** Exit codes shared by every command. */
enum ExitCode {
    Ok = 0,
    Failed = 1, ///< lint errors, a breaking change, a file fmt --check would change
    BadInput = 2, ///< unreadable input or wrong usage
};

/**
 * Runs one tessera-cli invocation. `arguments` excludes the program name; output goes to `out`,
 * messages to `err`. Returns the process exit code. Never throws.
 */
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace tessera::cli
