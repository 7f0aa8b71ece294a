// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "contract/finding.h"

#include <QAbstractTableModel>

namespace tessera {

/**
 * A table of lint findings (one row per finding) for the Problems panel.
 *
 * Columns: severity (with a theme icon), message, location ("line:column"), JSON Pointer path and rule id.
 * Every column answers SortRole with a raw value, so a QSortFilterProxyModel can order rows by severity
 * (errors first) or by position in the file. The findings are replaced as a whole with setFindings().
 */
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, MessageColumn, LocationColumn, PathColumn, RuleColumn, ColumnCount };
    Q_ENUM(Column)

    explicit FindingsModel(QObject *parent = nullptr);
    ~FindingsModel() override;

    /** Replaces all rows with `findings` (a model reset). */
    void setFindings(Findings findings);
    const Findings &findings() const { return m_findings; }

    /** How many findings have `severity`. */
    int count(Severity severity) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The user-visible, translated name of a severity ("Error", "Warning", "Info"). */
    static QString severityText(Severity severity);

    /** "line:column", "line" when the column is unknown, empty when the line is unknown. */
    static QString locationText(const SourceLocation &location);

private:
    Findings m_findings;
};

} // namespace tessera
