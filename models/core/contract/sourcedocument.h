// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "contract/finding.h"
#include "yaml/yamlreader.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace tessera {

enum class TextFormat { Yaml, Json };

/**
 * A contract file as read: its text, the parsed value, and where each node stands (line and
 * column, looked up when a finding needs them). Reading never throws; a file that cannot be read has `isValid() ==
 * false` and an `error()` with its location.
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
    /** As locate(), for many pointers in one pass over the text (in their order). */
    std::vector<SourceLocation> locate(const std::vector<std::string> &pointers) const;

private:
    QString m_fileName;
    QByteArray m_text;
    TextFormat m_format = TextFormat::Yaml;
    nlohmann::json m_value;
    bool m_valid = false;
    ParseError m_error;
};

} // namespace tessera
