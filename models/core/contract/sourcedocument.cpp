// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "contract/sourcedocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace tessera {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::SourceDocument)
};

/** nlohmann's DOM builder with a depth limit, so a 10,000-level JSON document is an error, not a stack overflow. */
class BoundedSax : public nlohmann::detail::json_sax_dom_parser<nlohmann::json>
{
public:
    BoundedSax(nlohmann::json &root, int maxDepth)
        : json_sax_dom_parser(root, false)
        , m_maxDepth(maxDepth)
    { }

    bool start_object(std::size_t elements)
    {
        return ++m_depth <= m_maxDepth && json_sax_dom_parser::start_object(elements);
    }
    bool end_object()
    {
        --m_depth;
        return json_sax_dom_parser::end_object();
    }
    bool start_array(std::size_t elements)
    {
        return ++m_depth <= m_maxDepth && json_sax_dom_parser::start_array(elements);
    }
    bool end_array()
    {
        --m_depth;
        return json_sax_dom_parser::end_array();
    }
    bool parse_error(std::size_t position, const std::string &token, const nlohmann::detail::exception &ex)
    {
        m_errorPosition = position;
        m_errorMessage = ex.what();
        (void)token;
        return false;
    }

    bool tooDeep() const { return m_depth > m_maxDepth; }
    std::size_t errorPosition() const { return m_errorPosition; }
    const std::string &errorMessage() const { return m_errorMessage; }

private:
    int m_depth = 0;
    int m_maxDepth;
    std::size_t m_errorPosition = 0;
    std::string m_errorMessage;
};

/** Line and column (from 1) of a byte offset. */
SourceLocation locationOfOffset(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return { line, static_cast<int>(offset - lineStart) + 1 };
}

/** A NUL byte or invalid UTF-8 means this is not a text file; returns the offset of the first bad byte or -1. */
qsizetype firstBinaryByte(const QByteArray &text)
{
    const auto *p = reinterpret_cast<const unsigned char *>(text.constData());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        // Eight plain ASCII bytes at a time (no high bit, no NUL): contracts are mostly that.
        constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
        constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
        while (i + 8 <= n) {
            std::uint64_t word;
            std::memcpy(&word, p + i, sizeof word);
            if ((word & kHigh) != 0 || ((word - kOnes) & ~word & kHigh) != 0) {
                break;
            }
            i += 8;
        }
        if (i >= n) {
            break;
        }
        const unsigned char c = p[i];
        if (c == 0) {
            return i;
        }
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        if ((c & 0xE0) == 0xC0 && c >= 0xC2) {
            extra = 1;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
        } else if ((c & 0xF8) == 0xF0 && c <= 0xF4) {
            extra = 3;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80) {
                return i;
            }
        }
        i += extra + 1;
    }
    return -1;
}

} // namespace

SourceDocument SourceDocument::fromFile(const QString &path)
{
    SourceDocument doc;
    doc.m_fileName = path;
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir()) {
        doc.m_error.message = Tr::tr("Is a folder, not a file");
        return doc;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        doc.m_error.message = Tr::tr("Cannot open the file: %1").arg(file.errorString());
        return doc;
    }
    if (file.size() > kMaxBytes) {
        doc.m_error.message = Tr::tr("The file is too large (%1 MB; contracts are limited to %2 MB)")
                                  .arg(QString::number(double(file.size()) / (1024 * 1024), 'f', 1))
                                  .arg(kMaxBytes / (1024 * 1024));
        return doc;
    }
    QByteArray text = file.read(kMaxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        doc.m_error.message = Tr::tr("Cannot read the file: %1").arg(file.errorString());
        return doc;
    }
    return fromText(std::move(text), path);
}

SourceDocument SourceDocument::fromText(QByteArray text, const QString &fileName)
{
    SourceDocument doc;
    doc.m_fileName = fileName;
    doc.m_text = std::move(text);
    const QByteArray &t = doc.m_text;

    if (t.size() > kMaxBytes) {
        doc.m_error.message = Tr::tr("The text is too large (%1 MB; contracts are limited to %2 MB)")
                                  .arg(QString::number(double(t.size()) / (1024 * 1024), 'f', 1))
                                  .arg(kMaxBytes / (1024 * 1024));
        return doc;
    }
    if (const qsizetype bad = firstBinaryByte(t); bad >= 0) {
        doc.m_error.message = Tr::tr("This is a binary file, not YAML or JSON text (byte 0x%1 at offset %2)")
                                  .arg(static_cast<unsigned char>(t.at(bad)), 2, 16, QLatin1Char('0'))
                                  .arg(bad);
        doc.m_error.location = locationOfOffset(t, bad);
        return doc;
    }
    qsizetype start = 0;
    if (t.startsWith("\xEF\xBB\xBF")) {
        start = 3; // UTF-8 byte order mark
    }
    while (
        start < t.size() && (t.at(start) == ' ' || t.at(start) == '\n' || t.at(start) == '\r' || t.at(start) == '\t')) {
        ++start;
    }
    if (start == t.size()) {
        doc.m_error.message = Tr::tr("The file is empty");
        doc.m_error.location = { 1, 1 };
        return doc;
    }
    const ParseLimits limits;
    if (t.at(start) == '{' || t.at(start) == '[') {
        doc.m_format = TextFormat::Json;
        try {
            BoundedSax sax(doc.m_value, limits.maxDepth);
            const char *begin = t.constData() + start;
            const bool ok = nlohmann::json::sax_parse(begin, t.constData() + t.size(), &sax);
            if (!ok || sax.tooDeep()) {
                doc.m_value = nullptr;
                if (sax.tooDeep()) {
                    doc.m_error.message
                        = Tr::tr("The document is nested more than %1 levels deep").arg(limits.maxDepth);
                    doc.m_error.location = {};
                } else {
                    QString detail = QString::fromStdString(sax.errorMessage());
                    // nlohmann's text starts with "[json.exception.parse_error.101] parse error at line 1, column 2: "
                    if (const auto colon = detail.indexOf(QStringLiteral(": ")); colon >= 0) {
                        detail = detail.mid(colon + 2);
                    }
                    doc.m_error.message = Tr::tr("Not valid JSON: %1").arg(detail);
                    doc.m_error.location = locationOfOffset(t, start + static_cast<qsizetype>(sax.errorPosition()) - 1);
                }
                return doc;
            }
        } catch (const std::exception &e) {
            doc.m_value = nullptr;
            doc.m_error.message = Tr::tr("Not valid JSON: %1").arg(QString::fromUtf8(e.what()));
            return doc;
        }
        doc.m_valid = true;
        return doc;
    }
    doc.m_format = TextFormat::Yaml;
    const YamlReader reader(limits);
    doc.m_valid
        = reader.parse(std::string_view(t.constData(), static_cast<std::size_t>(t.size())), doc.m_value, doc.m_error);
    if (!doc.m_valid) {
        doc.m_value = nullptr;
    }
    return doc;
}

SourceLocation SourceDocument::locate(const std::string &pointer) const
{
    return locate(std::vector<std::string> { pointer }).front();
}

std::vector<SourceLocation> SourceDocument::locate(const std::vector<std::string> &pointers) const
{
    if (!m_valid) {
        return std::vector<SourceLocation>(pointers.size());
    }
    // JSON is YAML's flow style, so libyaml can place nodes of both.
    return YamlReader().locate(std::string_view(m_text.constData(), m_text.size()), pointers);
}

} // namespace tessera
