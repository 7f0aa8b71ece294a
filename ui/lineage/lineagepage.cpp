// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "lineage/lineagepage.h"

#include "catalog/catalogreader.h"
#include "common/style.h"
#include "common/widgets.h"
#include "lineage/edgelayeritem.h"
#include "lineage/lineagescene.h"
#include "lineage/lineageview.h"
#include "lineage/nodeitem.h"
#include "lineageexport.h"
#include "lineagegraphmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QSvgGenerator>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace tessera {

namespace {

QString kindText(LineageNodeKind kind)
{
    switch (kind) {
    case LineageNodeKind::Dataset:
        return LineagePage::tr("Dataset");
    case LineageNodeKind::Job:
        return LineagePage::tr("Job");
    case LineageNodeKind::Product:
        return LineagePage::tr("Data product");
    case LineageNodeKind::Domain:
        return LineagePage::tr("Domain");
    case LineageNodeKind::Column:
        return LineagePage::tr("Column");
    case LineageNodeKind::System:
        return LineagePage::tr("Source system");
    case LineageNodeKind::Bundle:
        return LineagePage::tr("More nodes");
    }
    return {};
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path); // all or nothing: a failed export leaves no half file
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    return true;
}

/** The part of the scene with nodes, plus a margin. */
QRectF drawnArea(const LineageScene *scene)
{
    QRectF area;
    for (QGraphicsItem *item : scene->items()) {
        if (item->type() == NodeItem::Type) {
            area |= item->sceneBoundingRect();
        }
    }
    return area.adjusted(-24, -24, 24, 24);
}

} // namespace

LineagePage::LineagePage(CatalogService *service, QString start, QWidget *parent)
    : QWidget(parent)
    , m_start(std::move(start))
    , m_model(new LineageGraphModel(service, this))
    , m_scene(new LineageScene(m_model, this))
    , m_view(new LineageView)
{
    setObjectName(QStringLiteral("lineagePage"));
    setAccessibleName(tr("Lineage of %1").arg(m_start));
    m_scene->setPalette(palette());
    m_view->setScene(m_scene);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("lineageStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(createSidePanel());
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setSizes({ 900, 44 * fontMetrics().averageCharWidth() });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createToolbar());
    layout->addWidget(m_splitter, 1);
    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(style::kSpacing, style::kSpacing / 2, style::kSpacing, style::kSpacing / 2);
    statusRow->addWidget(m_status, 1);
    layout->addLayout(statusRow);

    connect(m_model, &LineageGraphModel::graphReset, this, &LineagePage::onGraphReset);
    connect(m_model, &LineageGraphModel::busyChanged, this, &LineagePage::updateStatus);
    connect(m_scene, &LineageScene::built, this, [this] {
        // An empty answer (a first start, before the import made the store) keeps the wish for the graph after it.
        if (m_model->graph().nodeCount() > 0 && std::exchange(m_fitOnNextGraph, false)) {
            frameStart();
        }
        m_view->minimap()->refresh();
        // What the model knows and what is drawn must agree: every edge, every node.
        updateStatus();
    });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &LineagePage::onSelectionChanged);
    connect(m_scene, &LineageScene::expandRequested, this, [this](std::int64_t id, bool upstream) {
        const LineageNode *node = m_model->graph().node(id);
        if (!node) {
            return;
        }
        if (m_model->isExpanded(node->key, upstream)) {
            m_model->collapse(node->key, upstream);
        } else {
            m_model->expand(node->key, upstream);
        }
    });
    connect(m_scene, &LineageScene::nodeActivated, this, [this](std::int64_t id) {
        const LineageNode *node = m_model->graph().node(id);
        if (!node) {
            return;
        }
        if (node->kind == LineageNodeKind::Bundle) {
            m_model->expandBundle(node->key);
        } else if (node->kind == LineageNodeKind::Product) {
            Q_EMIT linkActivated(QUrl(QStringLiteral("tessera://product/") + urlSegment(node->product)));
        } else if (!node->product.isEmpty()) {
            Q_EMIT linkActivated(QUrl(QStringLiteral("tessera://product/") + urlSegment(node->product)));
        }
    });
    applyView();
}

LineagePage::~LineagePage()
{
    // The scene clears its items as it goes, which changes the selection: no slot of this page, half
    // destroyed by then, may hear of it.
    disconnect(m_scene, nullptr, this, nullptr);
    disconnect(m_model, nullptr, this, nullptr);
}

QUrl LineagePage::url() const
{
    return QUrl(QStringLiteral("tessera://lineage/") + urlSegment(m_start));
}

QWidget *LineagePage::createToolbar()
{
    auto *bar = new QWidget;
    bar->setObjectName(QStringLiteral("lineageToolbar"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(style::kSpacing, style::kSpacing, style::kSpacing, style::kSpacing);
    row->setSpacing(style::kSpacing);

    const auto spin = [&](const QString &label, const QString &name, int value) {
        auto *box = new QSpinBox;
        box->setObjectName(name);
        box->setRange(0, 20);
        box->setValue(value);
        box->setAccessibleName(label);
        box->setToolTip(tr("%1: how many steps to show").arg(label));
        auto *text = new QLabel(label);
        text->setBuddy(box);
        row->addWidget(text);
        row->addWidget(box);
        connect(box, &QSpinBox::valueChanged, this, &LineagePage::applyView);
        return box;
    };
    m_upstream = spin(tr("&Upstream"), QStringLiteral("upstreamDepth"), 2);
    m_downstream = spin(tr("&Downstream"), QStringLiteral("downstreamDepth"), 2);

    m_level = new QComboBox;
    m_level->setObjectName(QStringLiteral("lineageLevel"));
    m_level->setAccessibleName(tr("Level of detail"));
    m_level->setToolTip(tr("Show domains, data products or datasets"));
    m_level->addItem(tr("Domains"), int(LineageGraphModel::Level::Domain));
    m_level->addItem(tr("Products"), int(LineageGraphModel::Level::Product));
    m_level->addItem(tr("Datasets"), int(LineageGraphModel::Level::Dataset));
    m_level->setCurrentIndex(2);
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        m_fitOnNextGraph = true;
        applyView();
    });
    row->addWidget(m_level);

    m_jobs = new QCheckBox(tr("&Jobs"));
    m_jobs->setObjectName(QStringLiteral("showJobs"));
    m_jobs->setChecked(true);
    m_jobs->setToolTip(tr("Show the jobs between datasets as nodes of their own"));
    connect(m_jobs, &QCheckBox::toggled, this, &LineagePage::applyView);
    row->addWidget(m_jobs);

    // Column mode's counterpart of Jobs: dataset-wide INDIRECT edges reach every column of their output.
    m_indirect = new QCheckBox(tr("&Indirect"));
    m_indirect->setObjectName(QStringLiteral("showIndirect"));
    m_indirect->setChecked(true);
    m_indirect->setToolTip(tr("Show indirect column edges: joins, filters, groupings and sorts that affect a "
                              "column without feeding it"));
    m_indirect->hide();
    connect(m_indirect, &QCheckBox::toggled, this, [this] {
        m_fitOnNextGraph = true; // another picture: a few nodes or a great many
        applyView();
    });
    row->addWidget(m_indirect);

    m_filters = new QToolButton;
    m_filters->setObjectName(QStringLiteral("lineageFilters"));
    m_filters->setText(tr("Filters"));
    m_filters->setAccessibleName(tr("Filters"));
    m_filters->setPopupMode(QToolButton::InstantPopup);
    m_filters->setMenu(new QMenu(m_filters));
    row->addWidget(m_filters);

    m_backToDatasets = new QPushButton(tr("Back to datasets"));
    m_backToDatasets->setObjectName(QStringLiteral("backToDatasets"));
    m_backToDatasets->hide();
    connect(m_backToDatasets, &QPushButton::clicked, this, &LineagePage::showDatasets);
    row->addWidget(m_backToDatasets);

    row->addStretch(1);

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("lineageSearch"));
    m_search->setPlaceholderText(tr("Find in graph…"));
    m_search->setAccessibleName(tr("Find a node in the graph"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(22 * fontMetrics().averageCharWidth());
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_matchList = m_scene->search(text);
        m_matchIndex = 0;
        if (!m_matchList.empty()) {
            nextMatch();
        } else {
            m_matches->setText(text.trimmed().isEmpty() ? QString() : tr("no match"));
        }
    });
    connect(m_search, &QLineEdit::returnPressed, this, &LineagePage::nextMatch);
    row->addWidget(m_search);
    m_matches = new QLabel;
    m_matches->setObjectName(QStringLiteral("lineageMatches"));
    m_matches->setTextFormat(Qt::PlainText);
    row->addWidget(m_matches);

    const auto tool = [&](const QString &icon, const QString &text, const QString &name) {
        auto *button = new QToolButton;
        button->setObjectName(name);
        button->setIcon(QIcon::fromTheme(icon));
        button->setText(text);
        button->setToolTip(text);
        button->setAccessibleName(text);
        button->setAutoRaise(true);
        row->addWidget(button);
        return button;
    };
    connect(tool(QStringLiteral("zoom-fit-best"), tr("Fit the graph"), QStringLiteral("fitGraph")),
        &QToolButton::clicked, m_view, &LineageView::fitAll);
    connect(tool(QStringLiteral("zoom-fit-selection"), tr("Zoom to the selection"), QStringLiteral("fitSelection")),
        &QToolButton::clicked, m_view, &LineageView::fitSelection);
    connect(tool(QStringLiteral("document-export"), tr("Export…"), QStringLiteral("exportGraph")),
        &QToolButton::clicked, this, &LineagePage::chooseExport);
    return bar;
}

QWidget *LineagePage::createSidePanel()
{
    auto *panel = new QWidget;
    panel->setObjectName(QStringLiteral("lineageSidePanel"));
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(style::kSpacing, style::kSpacing, style::kSpacing, style::kSpacing);
    layout->setSpacing(style::kSpacing);
    auto *details = new QWidget;
    m_details = new QVBoxLayout(details);
    m_details->setContentsMargins(0, 0, 0, 0);
    m_details->setSpacing(style::kSpacing / 2);
    layout->addWidget(details);

    QLabel *impactTitle = plainLabel(tr("Downstream impact"));
    style::scaleFont(impactTitle, 1.05, true);
    layout->addWidget(impactTitle);
    m_impact = new QTreeWidget;
    m_impact->setObjectName(QStringLiteral("impactList"));
    m_impact->setAccessibleName(tr("What a change would break downstream"));
    m_impact->setHeaderLabels({ tr("Name"), tr("Steps") });
    m_impact->setRootIsDecorated(false);
    m_impact->setUniformRowHeights(true);
    // The name takes what is left once the steps fit; a long name elides (its tooltip has it, with the
    // owner and contract; the export has every field).
    m_impact->header()->setStretchLastSection(false);
    m_impact->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_impact->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_impact->setTextElideMode(Qt::ElideMiddle);
    connect(m_impact, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString product = item->data(0, Qt::UserRole).toString();
        if (!product.isEmpty()) {
            Q_EMIT linkActivated(QUrl(QStringLiteral("tessera://product/") + urlSegment(product)));
        }
    });
    layout->addWidget(m_impact, 1);
    m_exportImpact = new QPushButton(tr("Export impact…"));
    m_exportImpact->setObjectName(QStringLiteral("exportImpact"));
    m_exportImpact->setEnabled(false);
    connect(m_exportImpact, &QPushButton::clicked, this, &LineagePage::chooseImpactExport);
    layout->addWidget(m_exportImpact, 0, Qt::AlignLeft);
    showDetails(0);
    return panel;
}

void LineagePage::applyView()
{
    LineageGraphModel::View view = m_model->view();
    view.start = m_start;
    view.upstream = m_upstream->value();
    view.downstream = m_downstream->value();
    view.level = static_cast<LineageGraphModel::Level>(m_level->currentData().toInt());
    view.showJobs = m_jobs->isChecked();
    view.showIndirect = m_indirect->isChecked();
    m_jobs->setEnabled(view.level == LineageGraphModel::Level::Dataset && view.columnDataset.isEmpty());
    m_model->setView(view);
    updateStatus();
}

void LineagePage::showColumns(const QString &datasetKey, const QString &column)
{
    LineageGraphModel::View view = m_model->view();
    view.columnDataset = datasetKey;
    view.column = column;
    m_fitOnNextGraph = true;
    m_model->setView(view);
    m_backToDatasets->show();
    m_level->setEnabled(false);
    m_jobs->hide();
    m_indirect->show();
}

void LineagePage::showDatasets()
{
    LineageGraphModel::View view = m_model->view();
    view.columnDataset.clear();
    view.column.clear();
    m_fitOnNextGraph = true;
    m_model->setView(view);
    m_backToDatasets->hide();
    m_level->setEnabled(true);
    m_indirect->hide();
    m_jobs->show();
    m_jobs->setEnabled(view.level == LineageGraphModel::Level::Dataset);
}

void LineagePage::onGraphReset()
{
    rebuildFilterMenu();
    const LineageGraph &graph = m_model->graph();
    if (const LineageNode *start = graph.find(QStringLiteral("product:") + m_start)) {
        Q_EMIT titleChanged(tr("Lineage: %1").arg(start->name));
    } else if (!graph.nodes().empty()) {
        for (const LineageNode &node : graph.nodes()) {
            const auto distance = m_model->distances().find(node.id);
            if (distance != m_model->distances().end() && distance->second == 0) {
                Q_EMIT titleChanged(tr("Lineage: %1").arg(node.product.isEmpty() ? node.name : node.product));
                break;
            }
        }
    }
    if (!m_search->text().isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { m_matchList = m_scene->search(m_search->text()); }, Qt::QueuedConnection);
    }
    updateStatus();
}

void LineagePage::rebuildFilterMenu()
{
    QMenu *menu = m_filters->menu();
    menu->clear();
    const LineageGraphModel::View view = m_model->view();
    menu->addSection(tr("Domains"));
    std::set<QString> domains;
    for (const LineageNode &node : m_model->graph().nodes()) {
        if (!node.domain.isEmpty()) {
            domains.insert(node.domain);
        }
    }
    for (const QString &hidden : view.hiddenDomains) {
        domains.insert(hidden);
    }
    for (const QString &domain : domains) {
        QAction *action = menu->addAction(domain);
        action->setCheckable(true);
        action->setChecked(!view.hiddenDomains.contains(domain));
        connect(action, &QAction::toggled, this, [this, domain](bool shown) {
            LineageGraphModel::View v = m_model->view();
            if (shown) {
                v.hiddenDomains.remove(domain);
            } else {
                v.hiddenDomains.insert(domain);
            }
            m_model->setView(v);
        });
    }
    menu->addSection(tr("Nodes"));
    for (const auto &[kind, label] :
        { std::pair { LineageNodeKind::Dataset, tr("Datasets") }, std::pair { LineageNodeKind::Job, tr("Jobs") },
            std::pair { LineageNodeKind::System, tr("Source systems") } }) {
        QAction *action = menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(!view.hiddenKinds.contains(kind));
        connect(action, &QAction::toggled, this, [this, kind](bool shown) {
            LineageGraphModel::View v = m_model->view();
            if (shown) {
                v.hiddenKinds.remove(kind);
            } else {
                v.hiddenKinds.insert(kind);
            }
            m_model->setView(v);
        });
    }
    menu->addSection(tr("Runs"));
    for (const auto &[days, label] : { std::pair { 0, tr("Any time") }, std::pair { 7, tr("Last 7 days") },
             std::pair { 30, tr("Last 30 days") }, std::pair { 90, tr("Last 90 days") } }) {
        QAction *action = menu->addAction(label);
        action->setCheckable(true);
        const bool current = days == 0
            ? !view.since.isValid()
            : view.since.isValid() && std::abs(view.since.daysTo(QDateTime::currentDateTimeUtc()) - days) <= 1;
        action->setChecked(current);
        connect(action, &QAction::triggered, this, [this, days = days] {
            LineageGraphModel::View v = m_model->view();
            v.since = days == 0 ? QDateTime() : QDateTime::currentDateTimeUtc().addDays(-days);
            m_model->setView(v);
        });
    }
    const bool filtering = !view.hiddenDomains.isEmpty() || !view.hiddenKinds.isEmpty() || view.since.isValid();
    m_filters->setText(filtering ? tr("Filters (on)") : tr("Filters"));
}

void LineagePage::frameStart()
{
    m_view->fitAll();
    if (m_view->zoom() >= LineageView::kReadableZoom) {
        return;
    }
    // Too large to read whole: the start and its direct neighbours instead, at a zoom where names show
    // (the minimap has the whole), and the start selected so the side panel tells about it.
    QRectF start;
    QRectF near;
    std::vector<std::int64_t> starts;
    for (const auto &[id, distance] : m_model->distances()) {
        if (!m_scene->item(id)) {
            continue;
        }
        if (distance == 0) {
            start |= m_model->rectOf(id);
            starts.push_back(id);
        }
        if (std::abs(distance) <= 1) {
            near |= m_model->rectOf(id);
        }
    }
    if (start.isEmpty()) {
        return;
    }
    m_view->showRect(near);
    if (m_view->zoom() < LineageView::kReadableZoom) {
        m_view->setZoom(LineageView::kReadableZoom);
        m_view->centerOn(start.center());
    }
    if (starts.size() == 1 && m_scene->selectedItems().isEmpty()) {
        m_scene->item(starts.front())->setSelected(true);
    }
}

void LineagePage::onSelectionChanged()
{
    std::vector<std::int64_t> selected;
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item)) {
            selected.push_back(node->id());
        }
    }
    if (selected.size() == 2) {
        showPath(selected[0], selected[1]);
        return;
    }
    m_scene->clearHighlight();
    showDetails(selected.size() == 1 ? selected.front() : 0);
}

void LineagePage::showDetails(std::int64_t id)
{
    while (QLayoutItem *item = m_details->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_impact->clear();
    m_impactEntries.clear();
    m_exportImpact->setEnabled(false);
    const LineageNode *node = id ? m_model->graph().node(id) : nullptr;
    if (!node) {
        QLabel *hint = secondaryLabel(tr("Click a node for its details and what depends on it; Ctrl+click a second "
                                         "one for the path between them. Double-click opens a product's page; the "
                                         "± buttons at a node's sides show one more step."));
        hint->setObjectName(QStringLiteral("lineageHint"));
        m_details->addWidget(hint);
        return;
    }
    QLabel *name
        = plainLabel(node->kind == LineageNodeKind::Bundle ? tr("%n more node(s)", nullptr, node->folded) : node->name);
    name->setObjectName(QStringLiteral("lineageNodeName"));
    name->setWordWrap(true);
    style::scaleFont(name, 1.2, true);
    m_details->addWidget(name);
    QStringList facts { kindText(node->kind) };
    if (!node->domain.isEmpty()) {
        facts << tr("domain %1").arg(node->domain);
    }
    if (const auto distance = m_model->distances().find(id); distance != m_model->distances().end()) {
        if (distance->second < 0) {
            facts << tr("%n step(s) upstream", nullptr, -distance->second);
        } else if (distance->second > 0) {
            facts << tr("%n step(s) downstream", nullptr, distance->second);
        } else {
            facts << tr("the start");
        }
    }
    m_details->addWidget(secondaryLabel(facts.join(QStringLiteral(" · "))));
    if (!node->owner.isEmpty()) {
        m_details->addWidget(plainLabel(tr("Owner: %1").arg(node->owner)));
    }
    if (!node->contract.isEmpty()) {
        m_details->addWidget(plainLabel(tr("Contract: %1").arg(node->contract)));
    }
    if (!node->status.isEmpty()) {
        m_details->addWidget(plainLabel(tr("Status: %1").arg(style::statusText(node->status))));
    }
    if (node->slaBreached) {
        QLabel *breach = plainLabel(tr("An SLA of its contract is breached"));
        setTextColor(breach, style::badColor(palette()));
        m_details->addWidget(breach);
    }
    if (node->kind == LineageNodeKind::Job && !node->lastRun.isEmpty()) {
        m_details->addWidget(
            plainLabel(tr("Last run %1").arg(style::relativeTime(QDateTime::fromString(node->lastRun, Qt::ISODate)))));
    }
    auto *buttons = new QWidget;
    auto *row = new QHBoxLayout(buttons);
    row->setContentsMargins(0, style::kSpacing / 2, 0, 0);
    if (!node->product.isEmpty()) {
        auto *open = new QPushButton(tr("Open product"));
        open->setObjectName(QStringLiteral("openProduct"));
        connect(open, &QPushButton::clicked, this, [this, product = node->product] {
            Q_EMIT linkActivated(QUrl(QStringLiteral("tessera://product/") + urlSegment(product)));
        });
        row->addWidget(open);
    }
    if (node->kind == LineageNodeKind::Dataset) {
        auto *columns = new QPushButton(tr("Show columns"));
        columns->setObjectName(QStringLiteral("showColumns"));
        connect(columns, &QPushButton::clicked, this, [this, key = node->key] { showColumns(key); });
        row->addWidget(columns);
    }
    if (node->kind == LineageNodeKind::Column && node->parent) {
        auto *focus = new QPushButton(tr("Only this column's paths"));
        focus->setObjectName(QStringLiteral("focusColumn"));
        const LineageNode *dataset = m_model->graph().node(node->parent);
        connect(focus, &QPushButton::clicked, this,
            [this, datasetKey = dataset ? dataset->key : QString(), column = node->name] {
                showColumns(datasetKey, column);
            });
        row->addWidget(focus);
    }
    if (node->kind == LineageNodeKind::Bundle) {
        auto *expand = new QPushButton(tr("Show them all"));
        connect(expand, &QPushButton::clicked, this, [this, key = node->key] { m_model->expandBundle(key); });
        row->addWidget(expand);
    }
    row->addStretch(1);
    m_details->addWidget(buttons);

    // What a change to it would break.
    m_impactEntries = m_model->impactOf(id);
    m_impactOf = node->key;
    int products = 0;
    for (const auto &e : m_impactEntries) {
        products += e.kind == LineageNodeKind::Product ? 1 : 0;
        auto *item = new QTreeWidgetItem(m_impact, { e.name, QLocale().toString(e.degree) });
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setIcon(0,
            style::conceptIcon(
                e.kind == LineageNodeKind::Product ? QStringLiteral("product") : QStringLiteral("dataset")));
        item->setData(0, Qt::UserRole, e.kind == LineageNodeKind::Product ? e.key.mid(8) : e.product);
        QStringList tip { e.name };
        if (!e.owner.isEmpty()) {
            tip << tr("Owner: %1").arg(e.owner);
        }
        if (!e.contract.isEmpty()) {
            tip << tr("Contract: %1").arg(e.contract);
        }
        item->setToolTip(0, tip.join(QLatin1Char('\n')));
    }
    m_exportImpact->setEnabled(!m_impactEntries.empty());
    m_details->addWidget(secondaryLabel(m_impactEntries.empty()
            ? tr("Nothing shown here reads it.")
            : tr("A change could break %1 and %2 shown downstream.")
                  .arg(tr("%n dataset(s)", nullptr, static_cast<int>(m_impactEntries.size()) - products),
                      tr("%n product(s)", nullptr, products))));
}

void LineagePage::showPath(std::int64_t from, std::int64_t to)
{
    const std::vector<std::int64_t> path = m_model->pathBetween(from, to);
    while (QLayoutItem *item = m_details->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_impact->clear();
    m_exportImpact->setEnabled(false);
    if (path.empty()) {
        m_scene->clearHighlight();
        m_details->addWidget(plainLabel(tr("These two nodes are not connected.")));
        return;
    }
    m_scene->highlightPath(path);
    QStringList names;
    for (const std::int64_t id : path) {
        if (const LineageNode *node = m_model->graph().node(id)) {
            names << node->name;
        }
    }
    QLabel *title = plainLabel(tr("Path of %n step(s)", nullptr, static_cast<int>(path.size()) - 1));
    title->setObjectName(QStringLiteral("lineagePath"));
    style::scaleFont(title, 1.2, true);
    m_details->addWidget(title);
    QLabel *steps = plainLabel(names.join(QStringLiteral(" → ")));
    steps->setWordWrap(true);
    m_details->addWidget(steps);
}

void LineagePage::nextMatch()
{
    if (m_matchList.empty()) {
        return;
    }
    m_matchIndex %= m_matchList.size();
    if (NodeItem *item = m_scene->item(m_matchList[m_matchIndex])) {
        m_scene->clearSelection();
        item->setSelected(true);
        m_view->showRect(item->sceneBoundingRect());
    }
    m_matches->setText(tr("%1 of %2").arg(m_matchIndex + 1).arg(m_matchList.size()));
    ++m_matchIndex;
}

void LineagePage::updateStatus()
{
    // An empty canvas says why; a graph with a problem (a failed layout) says it below.
    m_view->setPlaceholderText(
        !m_model->isBusy() && m_model->graph().nodeCount() == 0 ? m_model->problem() : QString());
    if (m_model->isBusy()) {
        m_status->setText(tr("Reading and laying out the lineage…"));
        return;
    }
    if (!m_model->problem().isEmpty()) {
        m_status->setText(m_model->problem());
        return;
    }
    const LayoutResult &layout = m_model->layout();
    m_status->setText(tr("%1, %2 · laid out in %3 ms (%4) · zoom %5%")
                          .arg(tr("%n node(s)", nullptr, static_cast<int>(m_model->graph().nodeCount())),
                              tr("%n edge(s)", nullptr, static_cast<int>(m_model->graph().edgeCount())),
                              QLocale().toString(m_model->layoutMs()), layout.engine,
                              QLocale().toString(qRound(m_view->zoom() * 100))));
}

bool LineagePage::exportTo(const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const LineageGraph &graph = m_model->graph();
    if (suffix == QLatin1String("dot") || suffix == QLatin1String("gv")) {
        return writeFile(path, lineageexport::toDot(graph, &m_model->layout()), error);
    }
    if (suffix == QLatin1String("graphml")) {
        return writeFile(path, lineageexport::toGraphml(graph, &m_model->layout()), error);
    }
    const QRectF area = drawnArea(m_scene);
    m_scene->clearSelection();
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(area.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), area.size()));
        svg.setTitle(tr("Lineage of %1").arg(m_start));
        QPainter painter;
        if (!painter.begin(&svg)) {
            if (error) {
                *error = tr("Cannot write %1").arg(path);
            }
            return false;
        }
        m_scene->render(&painter, QRectF(QPointF(0, 0), area.size()), area);
        painter.end();
        return QFileInfo(path).size() > 0;
    }
    if (suffix == QLatin1String("png")) {
        // Every edge: the whole graph at a scale that fits a large image (at most 100 %).
        const qreal scale = std::min(1.0, 16000.0 / std::max(area.width(), area.height()));
        QImage image((area.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(palette().color(QPalette::Window));
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        m_scene->render(&painter, QRectF(QPointF(0, 0), area.size() * scale), area);
        painter.end();
        if (!image.save(path, "PNG")) {
            if (error) {
                *error = tr("Cannot write %1").arg(path);
            }
            return false;
        }
        return true;
    }
    if (error) {
        *error = tr("Unknown format \"%1\": use .svg, .png, .dot or .graphml").arg(suffix);
    }
    return false;
}

bool LineagePage::exportImpact(const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json")) {
        return writeFile(path, lineageexport::impactJson(m_impactOf, m_impactEntries), error);
    }
    return writeFile(path, lineageexport::impactCsv(m_impactEntries), error);
}

void LineagePage::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the lineage"), QStringLiteral("lineage.svg"),
        tr("SVG image (*.svg);;PNG image (*.png);;Graphviz DOT (*.dot);;GraphML (*.graphml)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    m_status->setText(exportTo(path, &error) ? tr("Exported to %1").arg(path) : tr("Export failed: %1").arg(error));
}

void LineagePage::chooseImpactExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the impact"), QStringLiteral("impact.csv"), tr("CSV (*.csv);;JSON (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    m_status->setText(exportImpact(path, &error) ? tr("Exported to %1").arg(path) : tr("Export failed: %1").arg(error));
}

} // namespace tessera
