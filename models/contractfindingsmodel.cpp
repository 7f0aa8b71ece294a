// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "contractfindingsmodel.h"

#include "modelroles.h"

#include <QIcon>

#include <algorithm>

namespace tessera {

namespace {

QIcon severityIcon(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QIcon::fromTheme(QStringLiteral("dialog-error"));
    case Severity::Warning:
        return QIcon::fromTheme(QStringLiteral("dialog-warning"));
    case Severity::Info:
        return QIcon::fromTheme(QStringLiteral("dialog-information"));
    }
    return {};
}

// Lines and columns fit in an int; packing both into one number sorts by line, then column.
qint64 locationSortKey(const SourceLocation &location)
{
    return (qint64(location.line) << 32) | quint32(location.column);
}

} // namespace

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

FindingsModel::~FindingsModel() = default;

void FindingsModel::setFindings(Findings findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

int FindingsModel::count(Severity severity) const
{
    return int(std::count_if(m_findings.cbegin(), m_findings.cend(),
        [severity](const Finding &finding) { return finding.severity == severity; }));
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Finding &finding = m_findings[std::size_t(index.row())];

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityText(finding.severity);
        case MessageColumn:
            return finding.message;
        case LocationColumn:
            return locationText(finding.location);
        case PathColumn:
            return QString::fromStdString(finding.path);
        case RuleColumn:
            return finding.ruleId;
        }
        break;
    case Qt::ToolTipRole:
        // Messages are often longer than their column; the tooltip shows them whole.
        if (index.column() == MessageColumn)
            return finding.message;
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return severityIcon(finding.severity);
        break;
    case SortRole:
        switch (index.column()) {
        case SeverityColumn:
            return int(finding.severity);
        case MessageColumn:
            return finding.message;
        case LocationColumn:
            return locationSortKey(finding.location);
        case PathColumn:
            return QString::fromStdString(finding.path);
        case RuleColumn:
            return finding.ruleId;
        }
        break;
    case SeverityRole:
        return int(finding.severity);
    case LineRole:
        return finding.location.line;
    case ColumnRole:
        return finding.location.column;
    case JsonPointerRole:
        return QString::fromStdString(finding.path);
    case RuleIdRole:
        return finding.ruleId;
    default:
        break;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case MessageColumn:
        return tr("Message");
    case LocationColumn:
        return tr("Location");
    case PathColumn:
        return tr("Path");
    case RuleColumn:
        return tr("Rule");
    }
    return {};
}

QString FindingsModel::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("Error");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Info:
        return tr("Info");
    }
    return {};
}

QString FindingsModel::locationText(const SourceLocation &location)
{
    if (!location.isValid())
        return {};
    if (location.column <= 0)
        return QString::number(location.line);
    return QStringLiteral("%1:%2").arg(location.line).arg(location.column);
}

} // namespace tessera
