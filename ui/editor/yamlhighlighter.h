// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace tessera {

/**
 * Colours YAML a line at a time: keys, comments, quoted strings, numbers and booleans, block markers. Colours
 * come from the palette (link and placeholder roles), so light and dark themes both read well.
 */
class YamlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit YamlHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    QRegularExpression m_key;
    QRegularExpression m_scalar;
};

} // namespace tessera
