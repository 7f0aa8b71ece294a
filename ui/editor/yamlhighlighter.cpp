// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "editor/yamlhighlighter.h"

#include "common/style.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTextDocument>

namespace tessera {

YamlHighlighter::YamlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_key(QStringLiteral(R"(^(\s*(?:-\s+)?)([^\s#'"][^:#]*?|"[^"]*"|'[^']*')\s*:(?=\s|$))"))
    , m_scalar(QStringLiteral(R"(:\s+(-?\d[\d_.eE+-]*|true|false|null|~)\s*(#.*)?$)"))
{ }

void YamlHighlighter::highlightBlock(const QString &text)
{
    const QPalette palette = QGuiApplication::palette();
    QTextCharFormat key;
    key.setForeground(palette.color(QPalette::Link));
    QTextCharFormat comment;
    comment.setForeground(palette.color(QPalette::PlaceholderText));
    comment.setFontItalic(true);
    QTextCharFormat value;
    value.setForeground(style::goodColor(palette));
    QTextCharFormat marker;
    marker.setForeground(palette.color(QPalette::PlaceholderText));

    // A comment: a # at the start or after a space, outside quotes.
    int commentAt = -1;
    QChar quote;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            }
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('#') && (i == 0 || text.at(i - 1).isSpace())) {
            commentAt = i;
            break;
        }
    }
    const QString code = commentAt >= 0 ? text.left(commentAt) : text;
    if (const auto m = m_key.match(code); m.hasMatch()) {
        setFormat(static_cast<int>(m.capturedStart(2)), static_cast<int>(m.capturedLength(2)), key);
    }
    const int dash = static_cast<int>(code.indexOf(QRegularExpression(QStringLiteral(R"(^\s*-\s)"))));
    if (dash == 0) {
        setFormat(static_cast<int>(code.indexOf(QLatin1Char('-'))), 1, marker);
    }
    if (const auto m = m_scalar.match(code); m.hasMatch()) {
        setFormat(static_cast<int>(m.capturedStart(1)), static_cast<int>(m.capturedLength(1)), value);
    }
    if (commentAt >= 0) {
        setFormat(commentAt, static_cast<int>(text.size()) - commentAt, comment);
    }
}

} // namespace tessera
