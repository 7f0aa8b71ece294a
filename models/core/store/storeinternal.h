// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
//
// Shared by the Store's write side (store.cpp) and read side (storequeries.cpp); not part of its API.
#pragma once

#include "store/sqlite.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

/**
 * The SQL expression run times are ordered by (schema version 3): the time to the second, then the digits of
 * the fraction, compared as text. `t` is the SQL text of a run time ("run_time", "excluded.run_time").
 * runTimeLess() in store.h orders the same way.
 */
#define TESSERA_RUN_KEY(t) "(substr(" t ", 1, 19) || rtrim(substr(" t ", 21), 'Z'))"

namespace tessera::detail {

/**
 * Facet tokens (schema version 2): a facet value's id in base 6400, one character of U+E000..U+F8FF per
 * digit, most significant first. unicode61 keeps private-use characters as token characters, and typed
 * words never contain them, so no typed word matches a facet token.
 */
constexpr char32_t kFacetTokenBase = 0xE000;
constexpr std::int64_t kFacetTokenRadix = 6400;

inline void appendFacetToken(std::string &out, std::int64_t id)
{
    char32_t digits[8];
    int n = 0;
    do {
        digits[n++] = kFacetTokenBase + static_cast<char32_t>(id % kFacetTokenRadix);
        id /= kFacetTokenRadix;
    } while (id > 0 && n < 8);
    while (n > 0) {
        const char32_t c = digits[--n];
        // U+E000..U+F8FF: always three bytes of UTF-8.
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

/** The facet value ids in the text of a "facets" column (tokens separated by spaces); others are skipped. */
inline std::vector<std::int64_t> facetIds(std::string_view text)
{
    std::vector<std::int64_t> ids;
    std::int64_t id = 0;
    bool inToken = false;
    for (std::size_t i = 0; i <= text.size();) {
        if (i == text.size() || text[i] == ' ') {
            if (inToken) {
                ids.push_back(id);
            }
            id = 0;
            inToken = false;
            ++i;
            continue;
        }
        const auto b0 = static_cast<unsigned char>(text[i]);
        if ((b0 & 0xF0) != 0xE0 || i + 2 >= text.size()) {
            ++i; // not a three-byte character: not written by the store
            continue;
        }
        const auto b1 = static_cast<unsigned char>(text[i + 1]);
        const auto b2 = static_cast<unsigned char>(text[i + 2]);
        const char32_t c = (char32_t(b0 & 0x0F) << 12) | (char32_t(b1 & 0x3F) << 6) | char32_t(b2 & 0x3F);
        if (c >= kFacetTokenBase && c < kFacetTokenBase + kFacetTokenRadix) {
            id = id * kFacetTokenRadix + static_cast<std::int64_t>(c - kFacetTokenBase);
            inToken = true;
        }
        i += 3;
    }
    return ids;
}

/** Registers tessera_rank() (see storequeries.cpp) on a connection; false when FTS5 is missing. */
bool registerSearchFunctions(sql::Connection &db);

} // namespace tessera::detail
