// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "connections/conflictdialog.h"

#include "common/style.h"
#include "common/widgets.h"
#include "contract/sourcedocument.h"
#include "editor/comparedialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace tessera {

namespace {

using style::kSpacing;

// A longest common subsequence needs n·m cells: beyond this the middle part counts as changed as a whole.
constexpr qint64 kMaxCells = 4'000'000;

QStringList linesOf(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty()) {
        lines.removeLast();
    }
    return lines;
}

void highlight(QPlainTextEdit *pane, const std::vector<int> &lines, const QColor &color)
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const int line : lines) {
        const QTextBlock block = pane->document()->findBlockByNumber(line);
        if (!block.isValid()) {
            continue;
        }
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        selection.format.setBackground(color);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections << selection;
    }
    pane->setExtraSelections(selections);
}

} // namespace

std::vector<int> ConflictDialog::changedLines(const QStringList &base, const QStringList &text)
{
    // The common start and end first: most conflicts change a few lines in the middle.
    qsizetype prefix = 0;
    while (prefix < base.size() && prefix < text.size() && base[prefix] == text[prefix]) {
        ++prefix;
    }
    qsizetype suffix = 0;
    while (suffix < base.size() - prefix && suffix < text.size() - prefix
        && base[base.size() - 1 - suffix] == text[text.size() - 1 - suffix]) {
        ++suffix;
    }
    const qsizetype n = base.size() - prefix - suffix;
    const qsizetype m = text.size() - prefix - suffix;
    std::vector<int> out;
    if (n == 0 || m == 0 || n * m > kMaxCells) {
        for (qsizetype j = 0; j < m; ++j) {
            out.push_back(static_cast<int>(prefix + j));
        }
        return out;
    }
    // lcs[i][j]: the length of the longest common subsequence of base[i..] and text[j..] (of the middle parts).
    std::vector<int> lcs(static_cast<std::size_t>((n + 1) * (m + 1)), 0);
    const auto at = [m](qsizetype i, qsizetype j) { return static_cast<std::size_t>(i * (m + 1) + j); };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            lcs[at(i, j)] = base[prefix + i] == text[prefix + j] ? lcs[at(i + 1, j + 1)] + 1
                                                                 : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
        }
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (j < m) {
        if (i < n && base[prefix + i] == text[prefix + j]) {
            ++i;
            ++j;
        } else if (i < n && lcs[at(i + 1, j)] >= lcs[at(i, j + 1)]) {
            ++i; // a line of base that is gone
        } else {
            out.push_back(static_cast<int>(prefix + j)); // a line that is new or changed
            ++j;
        }
    }
    return out;
}

ConflictDialog::ConflictDialog(const QString &sourceName, const QString &contractId, const QString &base,
    const QString &mine, const QString &theirs, const QString &message, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Conflict: %1 on %2").arg(contractId, sourceName));

    auto *intro = plainLabel(
        tr("Your published version of %1 was not sent: %2 has a newer version. Both are kept — your change waits "
           "in the outbox and their version is saved as a draft version. Lines that differ from Base are "
           "highlighted.")
            .arg(contractId, sourceName));
    intro->setWordWrap(true);

    QString verdict;
    const SourceDocument mineDoc = SourceDocument::fromText(mine.toUtf8());
    const SourceDocument theirsDoc = SourceDocument::fromText(theirs.toUtf8());
    if (theirs.isEmpty()) {
        verdict = tr("%1 did not send its version.").arg(sourceName);
    } else if (mineDoc.isValid() && theirsDoc.isValid() && mineDoc.value().is_object()
        && theirsDoc.value().is_object()) {
        verdict = tr("Theirs → mine: %1")
                      .arg(CompareDialog::verdict(CompareDialog::compare(theirsDoc.value(), mineDoc.value())));
    } else {
        verdict = tr("The versions cannot be compared: one of them is not a contract.");
    }
    m_verdict = plainLabel(verdict);
    m_verdict->setObjectName(QStringLiteral("conflictVerdict"));
    m_verdict->setWordWrap(true);
    style::scaleFont(m_verdict, 1.0, true);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QString texts[3] = { base, mine, theirs };
    const QString titles[3] = { tr("Base — the catalog's synced version"), tr("Mine — what you published"),
        tr("Theirs — %1's version").arg(sourceName) };
    const QString empty[3] = { tr("The catalog has no synced version of this contract."), tr("(empty)"),
        tr("%1 did not send its version.").arg(sourceName) };
    const char *names[3] = { "basePane", "minePane", "theirsPane" };
    auto *panes = new QGridLayout;
    panes->setHorizontalSpacing(kSpacing);
    panes->setVerticalSpacing(kSpacing / 2);
    QLabel *counts[3] = {};
    for (int i = 0; i < 3; ++i) {
        auto *title = plainLabel(titles[i]);
        style::scaleFont(title, 1.0, true);
        counts[i] = secondaryLabel(QString());
        auto *pane = new QPlainTextEdit;
        pane->setObjectName(QLatin1String(names[i]));
        pane->setReadOnly(true);
        pane->setFont(mono);
        pane->setLineWrapMode(QPlainTextEdit::NoWrap);
        pane->setPlainText(texts[i]);
        pane->setPlaceholderText(empty[i]);
        pane->setAccessibleName(titles[i]);
        m_panes[i] = pane;
        panes->addWidget(title, 0, i);
        panes->addWidget(counts[i], 1, i);
        panes->addWidget(pane, 2, i);
        panes->setColumnStretch(i, 1);
    }
    panes->setRowStretch(2, 1);

    // Changed lines, relative to Base; without a Base, Mine and Theirs against each other.
    QColor tint = palette().color(QPalette::Highlight);
    tint.setAlpha(70);
    const QStringList baseLines = linesOf(base);
    const QStringList mineLines = linesOf(mine);
    const QStringList theirsLines = linesOf(theirs);
    const bool noBase = base.trimmed().isEmpty();
    const std::vector<int> mineChanged = changedLines(noBase ? theirsLines : baseLines, mineLines);
    const std::vector<int> theirsChanged = changedLines(noBase ? mineLines : baseLines, theirsLines);
    std::set<int> baseChanged;
    if (!noBase) {
        for (const QStringList *other : { &mineLines, &theirsLines }) {
            for (const int line : changedLines(*other, baseLines)) {
                baseChanged.insert(line);
            }
        }
    }
    highlight(m_panes[0], std::vector<int>(baseChanged.begin(), baseChanged.end()), tint);
    highlight(m_panes[1], mineChanged, tint);
    highlight(m_panes[2], theirsChanged, tint);
    const QString against = noBase ? tr("from Theirs") : tr("from Base");
    counts[0]->setText(noBase ? tr("nothing synced yet")
                              : tr("%n line(s) changed since", nullptr, static_cast<int>(baseChanged.size())));
    counts[1]->setText(
        tr("%n line(s) differ", nullptr, static_cast<int>(mineChanged.size())) + QLatin1Char(' ') + against);
    counts[2]->setText(tr("%n line(s) differ", nullptr, static_cast<int>(theirsChanged.size())) + QLatin1Char(' ')
        + (noBase ? tr("from Mine") : tr("from Base")));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *open = buttons->addButton(tr("Open mine in the designer"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("openMine"));
    open->setIcon(QIcon::fromTheme(QStringLiteral("document-edit")));
    open->setEnabled(!mine.isEmpty());
    connect(open, &QPushButton::clicked, this, &ConflictDialog::openMineRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2 * kSpacing, 2 * kSpacing, 2 * kSpacing, 2 * kSpacing);
    layout->setSpacing(kSpacing);
    layout->addWidget(intro);
    if (!message.isEmpty()) {
        auto *why = secondaryLabel(message);
        why->setWordWrap(true);
        why->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(why);
    }
    layout->addWidget(m_verdict);
    layout->addLayout(panes, 1);
    layout->addWidget(buttons);

    const int charWidth = fontMetrics().averageCharWidth();
    resize(150 * charWidth, 40 * fontMetrics().height());
}

} // namespace tessera
