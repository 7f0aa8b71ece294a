// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "browser/datasetpage.h"

#include "common/markdownview.h"
#include "common/style.h"
#include "common/widgets.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera {

namespace {

QString datasetUrl(const QString &ref)
{
    return QStringLiteral("tessera://dataset/") + urlSegment(ref);
}

} // namespace

DatasetPage::DatasetPage(QString ref, QString column, QWidget *parent)
    : QWidget(parent)
    , m_ref(std::move(ref))
    , m_column(std::move(column))
{
    setObjectName(QStringLiteral("datasetPage"));
    setAccessibleName(tr("Dataset %1").arg(m_ref));
    m_scroll = new QScrollArea;
    m_scroll->setAccessibleName(tr("Page of %1").arg(m_ref));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *loading = plainLabel(tr("Loading %1…").arg(m_ref));
    loading->setAlignment(Qt::AlignCenter);
    m_scroll->setWidget(loading);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
}

QUrl DatasetPage::url() const
{
    return QUrl(datasetUrl(m_ref));
}

void DatasetPage::setNotFound()
{
    m_details.reset();
    QLabel *label = plainLabel(tr("The dataset \"%1\" is not in the catalog.").arg(m_ref));
    label->setObjectName(QStringLiteral("datasetNotFound"));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    m_scroll->setWidget(label);
    Q_EMIT titleChanged(m_ref.section(QLatin1Char('/'), -1));
}

void DatasetPage::setDetails(const DatasetDetails &d)
{
    m_details = d;
    const auto follow = [this](const QString &link) { Q_EMIT linkActivated(QUrl(link)); };

    // A centred column of readable width, as on product pages.
    auto *content = new QWidget;
    auto *centred = new QHBoxLayout(content);
    centred->setContentsMargins(3 * style::kSpacing, 3 * style::kSpacing, 3 * style::kSpacing, 3 * style::kSpacing);
    auto *holder = new QWidget;
    holder->setMaximumWidth(1200);
    centred->addWidget(holder, 1);
    auto *column = new QVBoxLayout(holder);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2 * style::kSpacing);

    QLabel *name = plainLabel(d.name);
    name->setObjectName(QStringLiteral("datasetName"));
    style::scaleFont(name, 1.6, true);
    column->addWidget(name);
    QStringList where;
    where << d.namespaceName;
    if (!d.domain.isEmpty()) {
        where << tr("domain %1").arg(d.domain);
    }
    if (!d.sources.isEmpty()) {
        where << tr("from %1").arg(d.sources.join(QStringLiteral(", ")));
    }
    column->addWidget(secondaryLabel(where.join(QStringLiteral(" · "))));
    if (!d.sameAs.empty()) {
        // The same dataset as other sources name it: one dataset, seen twice.
        auto *line = new QHBoxLayout;
        line->addWidget(plainLabel(tr("Also known as")));
        for (const auto &other : d.sameAs) {
            QLabel *link = linkLabel(other.name, datasetUrl(other.ref));
            link->setObjectName(QStringLiteral("sameAsLink"));
            link->setToolTip(tr("Linked by %1").arg(other.job));
            connect(link, &QLabel::linkActivated, this, follow);
            line->addWidget(link);
        }
        line->addStretch(1);
        column->addLayout(line);
    }
    auto *lineage = new QPushButton(style::conceptIcon(QStringLiteral("job")), tr("Show lineage"));
    lineage->setObjectName(QStringLiteral("showLineageButton"));
    lineage->setToolTip(tr("Where this dataset's data comes from and where it goes, down to columns"));
    connect(lineage, &QPushButton::clicked, this,
        [this, ref = d.ref] { Q_EMIT linkActivated(QUrl(QStringLiteral("tessera://lineage/") + urlSegment(ref))); });
    column->addWidget(lineage, 0, Qt::AlignLeft);
    if (!d.productId.isEmpty()) {
        auto *line = new QHBoxLayout;
        line->addWidget(plainLabel(tr("Part of")));
        QLabel *product = linkLabel(d.productName.isEmpty() ? d.productId : d.productName,
            QStringLiteral("tessera://product/") + urlSegment(d.productId));
        product->setObjectName(QStringLiteral("datasetProduct"));
        connect(product, &QLabel::linkActivated, this, follow);
        line->addWidget(product);
        if (!d.contractId.isEmpty()) {
            QLabel *contract = secondaryLabel(tr("contract %1, version %2").arg(d.contractId, d.contractVersion));
            contract->setWordWrap(false);
            line->addSpacing(style::kSpacing);
            line->addWidget(contract);
        }
        line->addStretch(1);
        column->addLayout(line);
    }
    if (!d.description.isEmpty()) {
        auto *view = new MarkdownView;
        view->setMaximumWidth(90 * fontMetrics().averageCharWidth());
        view->setMarkdownText(d.description);
        connect(view, &MarkdownView::internalLinkActivated, this, &DatasetPage::linkActivated);
        column->addWidget(view);
    }

    auto *columnsCard = new Card(tr("Columns (%1)").arg(d.columns.size()));
    columnsCard->setObjectName(QStringLiteral("columnsCard"));
    if (d.columns.empty()) {
        // A dataset known only by name (a catalog entry without a schema, or a lineage end): say so, no empty table.
        columnsCard->body()->addWidget(secondaryLabel(tr("No columns are known for this dataset.")));
    } else {
        auto *table = new QTableWidget(static_cast<int>(d.columns.size()), 5);
        table->setObjectName(QStringLiteral("columnsTable"));
        table->setAccessibleName(tr("Columns"));
        table->setTabKeyNavigation(false); // arrows move between cells; Tab leaves the table
        table->setHorizontalHeaderLabels(
            { tr("Column"), tr("Logical type"), tr("Physical type"), tr("Classification"), tr("Description") });
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setWordWrap(false);
        table->horizontalHeader()->setStretchLastSection(true);
        int highlighted = -1;
        for (int r = 0; r < static_cast<int>(d.columns.size()); ++r) {
            const auto &c = d.columns[static_cast<std::size_t>(r)];
            const QStringList cells = { c.name, c.logicalType, c.physicalType, c.classification, c.description };
            for (int k = 0; k < cells.size(); ++k) {
                auto *item = new QTableWidgetItem(cells.at(k));
                item->setToolTip(cells.at(k));
                table->setItem(r, k, item);
            }
            if (c.name == m_column) {
                highlighted = r;
            }
        }
        table->resizeColumnsToContents();
        // As tall as its rows (up to a screenful): the page scrolls, not the table.
        const int rows = std::min<int>(static_cast<int>(d.columns.size()), 30);
        table->setMinimumHeight(table->horizontalHeader()->height()
            + rows * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth());
        if (highlighted >= 0) {
            table->selectRow(highlighted);
            table->scrollToItem(table->item(highlighted, 0));
        }
        columnsCard->body()->addWidget(table);
    }
    column->addWidget(columnsCard);

    for (const bool up : { true, false }) {
        const auto &list = up ? d.upstream : d.downstream;
        auto *card = new Card(up ? tr("Upstream (%1)").arg(list.size()) : tr("Downstream (%1)").arg(list.size()));
        card->setObjectName(up ? QStringLiteral("upstreamCard") : QStringLiteral("downstreamCard"));
        if (list.empty()) {
            card->body()->addWidget(secondaryLabel(
                up ? tr("No recorded lineage feeds this dataset.") : tr("No recorded lineage reads this dataset.")));
        }
        auto *grid = new QGridLayout;
        grid->setHorizontalSpacing(2 * style::kSpacing);
        int r = 0;
        for (const auto &n : list) {
            QLabel *link = linkLabel(n.name, datasetUrl(n.ref));
            link->setToolTip(n.ref);
            connect(link, &QLabel::linkActivated, this, follow);
            grid->addWidget(link, r, 0);
            QLabel *via = secondaryLabel(tr("via %1").arg(n.job));
            via->setWordWrap(false);
            grid->addWidget(via, r, 1);
            ++r;
        }
        grid->setColumnStretch(2, 1);
        card->body()->addLayout(grid);
        column->addWidget(card);
    }
    column->addStretch(1);
    m_scroll->setWidget(content);
    Q_EMIT titleChanged(d.name);
}

} // namespace tessera
