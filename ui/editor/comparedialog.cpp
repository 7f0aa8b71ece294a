// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "editor/comparedialog.h"

#include "common/style.h"
#include "contractfindingsmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tessera {

namespace {

QString shortValue(const nlohmann::json &value)
{
    if (value.is_null()) {
        return {};
    }
    QString text
        = value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString::fromStdString(value.dump());
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.size() > 80 ? text.left(79) + QStringLiteral("…") : text;
}

} // namespace

BreakingReport CompareDialog::compare(const nlohmann::json &oldDocument, const nlohmann::json &newDocument)
{
    return BreakingRules::classify(ContractDiff::compare(oldDocument, newDocument), oldDocument, newDocument);
}

QString CompareDialog::verdict(const BreakingReport &report)
{
    if (report.changes.empty()) {
        return tr("No changes.");
    }
    QString text
        = report.isBreaking() ? tr("%n breaking change(s)", nullptr, report.errors) : tr("No breaking changes");
    text += QStringLiteral(" · ") + tr("%n change(s) in all", nullptr, static_cast<int>(report.changes.size()));
    if (!report.suggestedVersion.empty()) {
        text += QStringLiteral(" · ")
            + (report.versionTooLow
                    ? tr("version %1 needed (%2 declared)")
                          .arg(QString::fromStdString(report.suggestedVersion),
                              QString::fromStdString(report.newVersion))
                    : tr("version %1 or later fits").arg(QString::fromStdString(report.suggestedVersion)));
    }
    return text;
}

void CompareDialog::fillChanges(QTreeWidget *tree, const BreakingReport &report)
{
    tree->clear();
    tree->setColumnCount(5);
    tree->setHeaderLabels({ tr("Verdict"), tr("Where"), tr("Was"), tr("Now"), tr("Why") });
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setAccessibleName(tr("Changes"));
    std::vector<ClassifiedChange> changes = report.changes;
    std::stable_sort(changes.begin(), changes.end(), [](const auto &a, const auto &b) {
        return static_cast<int>(a.severity) < static_cast<int>(b.severity); // breaking (errors) first
    });
    for (const ClassifiedChange &c : changes) {
        auto *item = new QTreeWidgetItem(tree);
        const QString verdict = c.severity == Severity::Error ? tr("breaking")
            : c.severity == Severity::Warning                 ? tr("review")
                                                              : tr("harmless");
        item->setText(0, verdict);
        item->setIcon(0,
            QIcon::fromTheme(c.severity == Severity::Error ? QStringLiteral("dialog-error")
                    : c.severity == Severity::Warning      ? QStringLiteral("dialog-warning")
                                                           : QStringLiteral("dialog-information")));
        item->setText(1,
            QString::fromLatin1(ContractDiff::kindName(c.change.kind)) + QLatin1Char(' ')
                + QString::fromStdString(c.change.path));
        item->setText(2, shortValue(c.change.oldValue));
        item->setText(3, shortValue(c.change.newValue));
        item->setText(4, c.message);
        item->setToolTip(4, c.message + QStringLiteral("\n") + c.ruleId);
    }
    if (changes.empty()) {
        auto *item = new QTreeWidgetItem(tree);
        item->setText(1, tr("The two versions are the same."));
    }
    tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    tree->header()->setStretchLastSection(true);
    for (int c = 0; c < 4; ++c) {
        tree->resizeColumnToContents(c);
        tree->setColumnWidth(c, std::min(tree->columnWidth(c), 320));
    }
}

CompareDialog::CompareDialog(const QString &against, const BreakingReport &report, QWidget *parent)
    : QDialog(parent)
    , m_changes(new QTreeWidget(this))
{
    setWindowTitle(tr("Compare with %1").arg(against));
    setObjectName(QStringLiteral("compareDialog"));
    resize(980, 560);
    auto *heading = new QLabel(verdict(report));
    heading->setObjectName(QStringLiteral("compareVerdict"));
    style::scaleFont(heading, 1.15, true);
    heading->setWordWrap(true);
    if (report.versionTooLow) {
        QPalette p = heading->palette();
        p.setColor(QPalette::WindowText, style::badColor(palette()));
        heading->setPalette(p);
    }

    fillChanges(m_changes, report);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_changes, 1);
    layout->addWidget(buttons);
}

} // namespace tessera
