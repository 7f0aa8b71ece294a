// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "contract/finding.h"
#include "yaml/yamlreader.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace tessera {

enum class TextFormat { Yaml, Json };

/**
 * A contract file as read: its text, the parsed value, and a lazily built map from JSON Pointer to
 * line and column. Reading never throws; a file that cannot be read has `isValid() == false` and an
 * `error()` with its location.
 */
class SourceDocument
{
public:
    /** Files larger than this are refused before parsing (no contract comes near it). */
    static constexpr qint64 kMaxBytes = 32LL * 1024 * 1024;

    SourceDocument() = default;

    /** Reads the file at `path`. */
    static SourceDocument fromFile(const QString &path);
    /** Parses `text`; the format is detected from the content (JSON starts with `{` or `[`). */
    static SourceDocument fromText(QByteArray text, const QString &fileName = {});

    bool isValid() const { return m_valid; }
    const ParseError &error() const { return m_error; }
    const QString &fileName() const { return m_fileName; }
    TextFormat format() const { return m_format; }
    const QByteArray &text() const { return m_text; }
    const nlohmann::json &value() const { return m_value; }

    /** Where the node at `pointer` starts; for a pointer that names nothing, its nearest existing parent. */
    SourceLocation locate(const std::string &pointer) const;

private:
    QString m_fileName;
    QByteArray m_text;
    TextFormat m_format = TextFormat::Yaml;
    nlohmann::json m_value;
    bool m_valid = false;
    ParseError m_error;

    struct LocationCache
    {
        std::once_flag once;
        std::unordered_map<std::string, SourceLocation> map;
    };
    std::shared_ptr<LocationCache> m_locations = std::make_shared<LocationCache>();
};

} // namespace tessera
