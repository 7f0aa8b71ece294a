// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "dashboard/meshoverviewpage.h"

#include "catalogservice.h"
#include "common/style.h"
#include "common/widgets.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/governancereport.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QFileDialog>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QScrollArea>
#include <QTableWidget>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace tessera {

namespace {

const QStringList kStatuses
    = { QStringLiteral("active"), QStringLiteral("draft"), QStringLiteral("deprecated"), QStringLiteral("retired") };

QString percent(double share)
{
    return QLocale().toString(100.0 * share, 'f', 1) + QStringLiteral("\u202f%");
}

QTableWidgetItem *item(const QString &text, const QVariant &sortValue = {}, Qt::Alignment align = Qt::AlignRight)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setTextAlignment(align | Qt::AlignVCenter);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (sortValue.isValid()) {
        cell->setData(Qt::UserRole, sortValue);
    }
    return cell;
}

} // namespace

QUrl MeshOverviewPage::pageUrl(const QString &domain)
{
    return QUrl(domain.isEmpty() ? QStringLiteral("tessera://overview/mesh")
                                 : QStringLiteral("tessera://overview/domain/") + urlSegment(domain));
}

MeshOverviewPage::MeshOverviewPage(CatalogService *service, QString domain, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_domain(std::move(domain))
    , m_table(new QTableWidget)
    , m_scroll(new QScrollArea)
{
    setObjectName(QStringLiteral("meshOverviewPage"));
    auto *title = new QLabel(m_domain.isEmpty() ? tr("Mesh overview") : tr("Domain: %1").arg(m_domain));
    title->setTextFormat(Qt::PlainText);
    style::scaleFont(title, 1.5, true);
    QLabel *subtitle = secondaryLabel(m_domain.isEmpty()
            ? tr("Per domain: products by status, contracts and SLAs, SLA compliance over the last 30 days, open "
                 "policy findings. Choose a domain for its dashboard.")
            : tr("The domain's figures and each of its products over the last 30 days. Choose a product for its "
                 "dashboard."));

    auto *exportButton = new QToolButton;
    exportButton->setObjectName(QStringLiteral("exportOverviewButton"));
    exportButton->setText(tr("Export…"));
    exportButton->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    exportButton->setToolTip(tr("Save the overview as PNG or SVG"));
    connect(exportButton, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export overview"),
            QStringLiteral("mesh-overview.png"), tr("PNG image (*.png);;SVG image (*.svg)"));
        if (!path.isEmpty()) {
            exportPage(path);
        }
    });

    auto *reportButton = new QToolButton;
    reportButton->setObjectName(QStringLiteral("exportReportButton"));
    reportButton->setText(tr("Export report…"));
    reportButton->setIcon(QIcon::fromTheme(QStringLiteral("x-office-document")));
    reportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    reportButton->setToolTip(m_domain.isEmpty() ? tr("Save a governance report of the whole mesh as HTML or PDF")
                                                : tr("Save a governance report of this domain as HTML or PDF"));
    connect(reportButton, &QToolButton::clicked, this,
        [this] { GovernanceReport::exportWithDialog(this, m_service, m_domain); });

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(style::kSpacing / 2);
    titles->addWidget(title);
    titles->addWidget(subtitle);
    header->addLayout(titles, 1);
    header->addWidget(reportButton, 0, Qt::AlignTop);
    header->addWidget(exportButton, 0, Qt::AlignTop);

    m_table->setParent(this); // kept across reloads; shown in the content once the figures arrive
    m_table->setVisible(false);
    m_table->setObjectName(QStringLiteral("meshOverviewTable"));
    m_table->setAccessibleName(m_domain.isEmpty() ? tr("Domains") : tr("The domain"));
    m_table->setTabKeyNavigation(false); // arrows move between cells; Tab leaves the table
    m_table->setColumnCount(9);
    m_table->setHorizontalHeaderLabels(
        { tr("Domain"), tr("Products"), tr("Active"), tr("Draft"), tr("Deprecated or retired"), tr("With contracts"),
            tr("With SLAs"), tr("SLA compliance (30 days)"), tr("Open findings") });
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        const QString domain = m_table->item(row, 0) ? m_table->item(row, 0)->data(Qt::UserRole).toString() : QString();
        if (!domain.isEmpty()) {
            Q_EMIT linkActivated(
                m_domain.isEmpty() ? pageUrl(domain) : QUrl(QStringLiteral("tessera://domain/") + urlSegment(domain)));
        }
    });

    m_scroll->setWidgetResizable(true);
    m_scroll->setAccessibleName(m_domain.isEmpty() ? tr("Mesh overview") : tr("Domain: %1").arg(m_domain));
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2 * style::kSpacing, 2 * style::kSpacing, 2 * style::kSpacing, 0);
    layout->setSpacing(2 * style::kSpacing);
    layout->addLayout(header);
    layout->addWidget(m_scroll, 1);
    auto *loading = secondaryLabel(tr("Adding up the mesh…"));
    loading->setAlignment(Qt::AlignCenter);
    m_scroll->setWidget(loading);
}

void MeshOverviewPage::reload()
{
    if (!m_service) {
        return;
    }
    const quint64 generation = ++m_generation;
    m_service->run(
        this,
        [domain = m_domain](CatalogReader &reader) {
            MeshOverview mesh = dashboard::mesh(reader.store(), 30);
            std::vector<DomainProductRow> products;
            if (!domain.isEmpty()) {
                products = dashboard::domainProducts(reader.store(), domain, 30);
                std::erase_if(mesh.domains, [&domain](const DomainSummary &r) { return r.domain != domain; });
            }
            return std::make_pair(std::move(mesh), std::move(products));
        },
        [this, generation](std::pair<MeshOverview, std::vector<DomainProductRow>> data) {
            if (generation == m_generation) {
                show(std::move(data.first), std::move(data.second));
            }
        });
}

void MeshOverviewPage::show(MeshOverview data, std::vector<DomainProductRow> products)
{
    m_data = std::move(data);
    m_products = std::move(products);
    m_loaded = true;
    m_charts.clear();
    const QLocale locale;

    // The table: one row per domain, then the mesh.
    m_table->setSortingEnabled(false);
    const bool mesh = m_domain.isEmpty();
    m_table->setRowCount(int(m_data.domains.size()) + (mesh ? 1 : 0));
    const auto fill = [&](int row, const DomainSummary &r, bool total) {
        const auto status = [&r](const QString &s) {
            const auto it = r.byStatus.find(s);
            return it == r.byStatus.end() ? 0 : it->second;
        };
        auto *name
            = item(total ? tr("All domains") : (r.domain.isEmpty() ? tr("(no domain)") : r.domain), {}, Qt::AlignLeft);
        if (!total) {
            name->setIcon(style::dotIcon(style::domainColor(r.domain), style::Dot::Filled));
            name->setData(Qt::UserRole, r.domain);
            name->setToolTip(tr("Show the products of %1").arg(r.domain));
        } else {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, item(locale.toString(r.products)));
        m_table->setItem(row, 2, item(locale.toString(status(QStringLiteral("active")))));
        m_table->setItem(row, 3, item(locale.toString(status(QStringLiteral("draft")))));
        m_table->setItem(
            row, 4, item(locale.toString(status(QStringLiteral("deprecated")) + status(QStringLiteral("retired")))));
        auto *contracts = item(percent(r.contractShare()));
        contracts->setToolTip(
            tr("%1 of %2 products").arg(locale.toString(r.withContracts), locale.toString(r.products)));
        m_table->setItem(row, 5, contracts);
        auto *slas = item(percent(r.slaShare()));
        slas->setToolTip(tr("%1 of %2 products").arg(locale.toString(r.withSla), locale.toString(r.products)));
        m_table->setItem(row, 6, slas);
        const auto compliance = r.compliance();
        auto *met = item(compliance ? percent(*compliance) : tr("not measured"));
        met->setToolTip(tr("%1 of %2 measurements met their target")
                            .arg(locale.toString(r.slaMet), locale.toString(r.slaMeasured)));
        if (compliance && *compliance < 0.99) {
            met->setForeground(style::badColor(palette()));
        }
        m_table->setItem(row, 7, met);
        auto *findings = item(locale.toString(r.openFindings));
        findings->setToolTip(tr("%n errors", nullptr, r.errorFindings));
        if (r.errorFindings > 0) {
            findings->setForeground(style::badColor(palette()));
        }
        m_table->setItem(row, 8, findings);
    };
    int row = 0;
    for (const DomainSummary &r : m_data.domains) {
        fill(row++, r, false);
    }
    if (mesh) {
        fill(row, m_data.total, true);
    }
    m_table->resizeColumnsToContents();
    m_table->setFixedHeight(
        m_table->horizontalHeader()->height() + m_table->verticalHeader()->length() + 2 * m_table->frameWidth());

    // Keep the table alive across reloads: take it out of the old content first.
    m_table->setParent(this);
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("overviewContent"));
    content->setBackgroundRole(QPalette::Window);
    content->setAutoFillBackground(true);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 2 * style::kSpacing);
    column->setSpacing(2 * style::kSpacing);
    auto *tableCard = new Card(tr("Domains"));
    tableCard->body()->addWidget(m_table);
    m_table->setVisible(true);
    column->addWidget(tableCard);
    if (!mesh) {
        tableCard->titleLabel()->setText(tr("The domain"));
        // The domain's products: a table whose rows open their dashboards, and their compliance as bars.
        auto *table = new QTableWidget(int(m_products.size()), 5);
        table->setObjectName(QStringLiteral("domainProductsTable"));
        table->setAccessibleName(tr("Products of the domain"));
        table->setTabKeyNavigation(false); // arrows move between cells; Tab leaves the table
        table->setHorizontalHeaderLabels({ tr("Product"), tr("Status"), tr("SLA compliance (30 days)"),
            tr("SLA breaches"), tr("Quality pass rate") });
        table->verticalHeader()->setVisible(false);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setShowGrid(false);
        table->setAlternatingRowColors(true);
        table->horizontalHeader()->setStretchLastSection(true);
        table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        for (int r = 0; r < int(m_products.size()); ++r) {
            const DomainProductRow &p = m_products[std::size_t(r)];
            auto *name = item(p.name, {}, Qt::AlignLeft);
            name->setData(Qt::UserRole, p.id);
            name->setToolTip(tr("Open the dashboard of %1").arg(p.name));
            table->setItem(r, 0, name);
            table->setItem(r, 1, item(style::statusText(p.status), {}, Qt::AlignLeft));
            auto *met = item(p.compliance() ? percent(*p.compliance()) : tr("not measured"));
            if (p.compliance() && *p.compliance() < 0.99) {
                met->setForeground(style::badColor(palette()));
            }
            table->setItem(r, 2, met);
            table->setItem(r, 3, item(locale.toString(p.slaMeasured - p.slaMet)));
            table->setItem(r, 4, item(p.qualityRate() ? percent(*p.qualityRate()) : tr("no results")));
        }
        table->resizeColumnsToContents();
        table->setFixedHeight(
            table->horizontalHeader()->height() + table->verticalHeader()->length() + 2 * table->frameWidth());
        connect(table, &QTableWidget::cellActivated, this, [this, table](int r, int) {
            const QString id = table->item(r, 0) ? table->item(r, 0)->data(Qt::UserRole).toString() : QString();
            if (!id.isEmpty()) {
                Q_EMIT linkActivated(QUrl(QStringLiteral("tessera://dashboard/") + urlSegment(id)));
            }
        });
        m_productTable = table;
        auto *productsCard = new Card(tr("Products"));
        productsCard->body()->addWidget(table);
        column->addWidget(productsCard);
        column->addWidget(chartCard(tr("SLA compliance per product, last %n days", nullptr, m_data.complianceDays),
            tr("share of each product's SLA measurements that met their target"), productComplianceChart(),
            QStringLiteral("productComplianceChart")));
        column->addStretch(1);
        m_content = content;
        m_scroll->setWidget(content);
        Q_EMIT titleChanged(tr("Domain: %1").arg(m_domain));
        Q_EMIT loaded();
        return;
    }
    auto *grid = new QGridLayout;
    grid->setSpacing(2 * style::kSpacing);
    grid->addWidget(chartCard(tr("SLA compliance, last %n days", nullptr, m_data.complianceDays),
                        tr("share of the SLA measurements that met their target"), complianceChart(),
                        QStringLiteral("complianceChart")),
        0, 0);
    grid->addWidget(
        chartCard(tr("Products by status"), tr("per domain"), statusChart(), QStringLiteral("statusChart")), 0, 1);
    grid->addWidget(chartCard(tr("Contracts and SLAs"), tr("share of the domain's products"), sharesChart(),
                        QStringLiteral("sharesChart")),
        1, 0);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    column->addLayout(grid);
    column->addStretch(1);
    m_content = content;
    m_scroll->setWidget(content);
    Q_EMIT titleChanged(tr("Mesh overview"));
    Q_EMIT loaded();
}

QWidget *MeshOverviewPage::chartCard(const QString &title, const QString &subtitle, QChart *chart, const QString &name)
{
    auto *card = new Card(title);
    card->setObjectName(name + QStringLiteral("Card"));
    card->body()->addWidget(secondaryLabel(subtitle));
    styleDashboardChart(chart, palette());
    auto *view = new QChartView(chart);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(
        std::max(240, 40 * int(m_domain.isEmpty() ? m_data.domains.size() : m_products.size()) + 80));
    view->setFrameShape(QFrame::NoFrame);
    view->setBackgroundRole(QPalette::Base);
    view->setAccessibleName(title);
    card->body()->addWidget(view);
    m_charts.append(view);
    return card;
}

namespace {

/** Domains bottom to top in the table's order (a horizontal bar chart draws its first category at the bottom). */
QStringList domainCategories(const MeshOverview &data)
{
    QStringList names;
    for (auto it = data.domains.rbegin(); it != data.domains.rend(); ++it) {
        names << (it->domain.isEmpty() ? MeshOverviewPage::tr("(no domain)") : it->domain);
    }
    return names;
}

} // namespace

QChart *MeshOverviewPage::complianceChart() const
{
    auto *chart = new QChart;
    auto *set = new QBarSet(tr("SLA compliance"));
    set->setColor(palette().color(QPalette::Highlight));
    set->setBorderColor(palette().color(QPalette::Highlight));
    double low = 100;
    std::vector<DomainSummary> rows(m_data.domains.rbegin(), m_data.domains.rend());
    for (const DomainSummary &r : rows) {
        const double value = r.compliance() ? 100.0 * *r.compliance() : 0;
        *set << value;
        low = std::min(low, value);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    chart->legend()->setVisible(false);
    auto *y = new QBarCategoryAxis;
    y->append(domainCategories(m_data));
    auto *x = new QValueAxis;
    x->setRange(std::max(0.0, std::floor(low) - 1), 100);
    x->setLabelFormat(QStringLiteral("%g %%"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    connect(set, &QBarSet::hovered, this, [rows](bool state, int index) {
        if (!state || index < 0 || index >= int(rows.size())) {
            QToolTip::hideText();
            return;
        }
        const DomainSummary &r = rows[std::size_t(index)];
        QToolTip::showText(QCursor::pos(),
            tr("%1: %2 of %3 measurements met their target (%4)")
                .arg(r.domain, QLocale().toString(r.slaMet), QLocale().toString(r.slaMeasured),
                    r.compliance() ? percent(*r.compliance()) : tr("not measured")));
    });
    return chart;
}

QChart *MeshOverviewPage::statusChart() const
{
    auto *chart = new QChart;
    auto *series = new QHorizontalStackedBarSeries;
    std::vector<DomainSummary> rows(m_data.domains.rbegin(), m_data.domains.rend());
    QStringList statuses = kStatuses;
    for (const DomainSummary &r : rows) {
        for (const auto &[status, n] : r.byStatus) {
            if (!statuses.contains(status)) {
                statuses << status;
            }
        }
    }
    for (const QString &status : statuses) {
        auto *set = new QBarSet(status.isEmpty() ? tr("no status") : style::statusText(status));
        set->setColor(style::statusColor(status));
        set->setBorderColor(style::statusColor(status));
        for (const DomainSummary &r : rows) {
            const auto it = r.byStatus.find(status);
            *set << (it == r.byStatus.end() ? 0 : it->second);
        }
        series->append(set);
        connect(set, &QBarSet::hovered, this, [rows, label = set->label()](bool state, int index) {
            if (!state || index < 0 || index >= int(rows.size())) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(), tr("%1 · %2").arg(rows[std::size_t(index)].domain, label));
        });
    }
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(domainCategories(m_data));
    auto *x = new QValueAxis;
    int most = 1;
    for (const DomainSummary &r : rows) {
        most = std::max(most, r.products);
    }
    x->setRange(0, most);
    x->applyNiceNumbers();
    x->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

QChart *MeshOverviewPage::sharesChart() const
{
    auto *chart = new QChart;
    auto *series = new QHorizontalBarSeries;
    auto *contracts = new QBarSet(tr("With contracts"));
    auto *slas = new QBarSet(tr("With SLAs"));
    contracts->setColor(palette().color(QPalette::Highlight));
    slas->setColor(style::goodColor(palette()));
    std::vector<DomainSummary> rows(m_data.domains.rbegin(), m_data.domains.rend());
    for (const DomainSummary &r : rows) {
        *contracts << 100.0 * r.contractShare();
        *slas << 100.0 * r.slaShare();
    }
    series->append(contracts);
    series->append(slas);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(domainCategories(m_data));
    auto *x = new QValueAxis;
    x->setRange(0, 100);
    x->setLabelFormat(QStringLiteral("%g %%"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

QChart *MeshOverviewPage::productComplianceChart() const
{
    auto *chart = new QChart;
    auto *set = new QBarSet(tr("SLA compliance"));
    set->setColor(palette().color(QPalette::Highlight));
    set->setBorderColor(palette().color(QPalette::Highlight));
    std::vector<DomainProductRow> rows(m_products.rbegin(), m_products.rend());
    QStringList names;
    double low = 100;
    for (const DomainProductRow &r : rows) {
        const double value = r.compliance() ? 100.0 * *r.compliance() : 0;
        *set << value;
        names << r.name;
        if (r.compliance()) {
            low = std::min(low, value);
        }
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    chart->legend()->setVisible(false);
    auto *y = new QBarCategoryAxis;
    y->append(names);
    auto *x = new QValueAxis;
    x->setRange(std::max(0.0, std::floor(low) - 1), 100);
    x->setLabelFormat(QStringLiteral("%g %%"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

bool MeshOverviewPage::exportPage(const QString &path)
{
    return m_content && DashboardPage::exportWidget(m_content, path);
}

} // namespace tessera
