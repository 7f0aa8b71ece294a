// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <QDialog>
#include <QStringList>

#include <vector>

QT_BEGIN_NAMESPACE
class QLabel;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace tessera {

/**
 * A change published to a catalog endpoint met a newer version there: the three versions side by side —
 * Base (the catalog's synced contract), Mine (what was published) and Theirs (the endpoint's version) —
 * read-only, monospace, with the lines that differ from Base highlighted, and the breaking-change verdict of
 * Theirs → Mine. Both versions stay kept: the change waits in the outbox, theirs is a draft version.
 */
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(const QString &sourceName, const QString &contractId, const QString &base, const QString &mine,
        const QString &theirs, const QString &message, QWidget *parent = nullptr);

    QPlainTextEdit *basePane() const { return m_panes[0]; }
    QPlainTextEdit *minePane() const { return m_panes[1]; }
    QPlainTextEdit *theirsPane() const { return m_panes[2]; }
    QLabel *verdictLabel() const { return m_verdict; }

    /**
     * The lines of `text` that are not in a longest common subsequence with `base` (indexes into `text`'s
     * lines): what was added or changed relative to Base.
     */
    static std::vector<int> changedLines(const QStringList &base, const QStringList &text);

Q_SIGNALS:
    /** "Open mine in the designer". */
    void openMineRequested();

private:
    QPlainTextEdit *m_panes[3] = {};
    QLabel *m_verdict = nullptr;
};

} // namespace tessera
