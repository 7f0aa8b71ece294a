// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "contract/breakingrules.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QTreeWidget;
QT_END_NAMESPACE

namespace tessera {

/**
 * What changed between two versions of a contract: each change with its verdict (breaking first), what it
 * was and what it is now, and why; above, the count of breaking changes and the version the change set
 * calls for.
 */
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    /** `against` names the other side ("the catalog's 1.2.0", "orders.odcs.yaml"). */
    CompareDialog(const QString &against, const BreakingReport &report, QWidget *parent = nullptr);

    /** Compares two documents by the breaking-change rules. */
    static BreakingReport compare(const nlohmann::json &oldDocument, const nlohmann::json &newDocument);
    /** One line on a report: "2 breaking changes · version 2.0.0 suggested (1.3.0 declared)". */
    static QString verdict(const BreakingReport &report);
    /**
     * Fills `tree` with the report's changes, breaking first: verdict, where, what it was, what it is now, and
     * why (the review queue shows them the same way).
     */
    static void fillChanges(QTreeWidget *tree, const BreakingReport &report);

    QTreeWidget *changes() const { return m_changes; }

private:
    QTreeWidget *m_changes;
};

} // namespace tessera
