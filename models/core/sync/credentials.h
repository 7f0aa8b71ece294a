// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "store/store.h"
#include "sync/syncengine.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tessera {

/**
 * Tokens of catalog endpoints (bearer tokens, personal access tokens, JWTs). They live in the OS keychain
 * (QtKeychain: Secret Service, KWallet, macOS Keychain, Windows Credential Store) under the service "Tessera",
 * one entry per source location. Never in the store, the settings, a log or the command line.
 *
 * Where there is no keychain, a token given in this run is kept in memory only, for as long as the process
 * lives: the app asks once per start and says why.
 */
class Credentials
{
public:
    struct Lookup
    {
        std::optional<QByteArray> token;
        bool keychainAvailable = true; ///< false: no keychain service answered (then `why` says so)
        QString why; ///< translated: why there is no token
    };

    /** Reads the token of `source`: from memory (this run), else the keychain. Blocking, at most a few seconds. */
    static Lookup read(const SourceRow &source);
    /** Stores the token in the keychain; without one, in memory for this run (returns false, `why` says so). */
    static bool write(const SourceRow &source, const QByteArray &token, QString &why);
    /** Removes the token from the keychain and from memory. */
    static void remove(const SourceRow &source);
    /** Keeps a token for this run only (no keychain). */
    static void remember(const SourceRow &source, const QByteArray &token);

    /**
     * The sync engine's token lookup: the environment variable `envVar` when given (tessera-cli --token-env),
     * else read().
     */
    static TokenLookup lookup(const QString &envVar = {});

    /** The keychain entry's key of a source. */
    static QString keyOf(const SourceRow &source);
};

} // namespace tessera
