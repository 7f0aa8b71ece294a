// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "browser/sidebar.h"

#include "catalogmodels.h"
#include "catalogservice.h"
#include "common/style.h"
#include "modelroles.h"

#include <QHeaderView>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace tessera {

namespace {

/** Domains get a dot of their colour, as everywhere else. */
class DomainDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(KindRole).toString() != QLatin1String("domain")) {
            return;
        }
        const int size = option->fontMetrics.height() * 2 / 3;
        const qreal ratio = option->widget ? option->widget->devicePixelRatioF() : 1.0;
        QPixmap pixmap(QSize(size, size) * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(style::domainColor(index.data(DomainRole).toString()));
        painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1));
        option->icon = QIcon(pixmap);
        option->decorationSize = QSize(size, size);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
};

} // namespace

Sidebar::Sidebar(CatalogService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_facets(new FacetModel(this))
    , m_facetView(new QTreeView)
    , m_domains(new DomainTreeModel(service, this))
    , m_domainView(new QTreeView)
    , m_sources(new QListWidget)
    , m_clear(new QPushButton(tr("Clear filters")))
{
    setObjectName(QStringLiteral("sidebar"));
    setAccessibleName(tr("Sidebar"));

    m_sources->setObjectName(QStringLiteral("sourceList"));
    m_sources->setAccessibleName(tr("Sources"));
    m_sources->setFrameShape(QFrame::NoFrame);
    m_sources->setUniformItemSizes(true);
    m_sources->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_sources->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sources->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sources->setTextElideMode(Qt::ElideRight);
    connect(m_sources, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { showOnly(QStringLiteral("source"), item->data(Qt::UserRole).toString()); });
    connect(m_sources, &QListWidget::itemClicked, this,
        [this](QListWidgetItem *item) { showOnly(QStringLiteral("source"), item->data(Qt::UserRole).toString()); });

    m_domainView->setObjectName(QStringLiteral("domainView"));
    m_domainView->setAccessibleName(tr("Domains"));
    m_domainView->setModel(m_domains);
    m_domainView->setHeaderHidden(true);
    m_domainView->setFrameShape(QFrame::NoFrame);
    m_domainView->setUniformRowHeights(true);
    m_domainView->setItemDelegate(new DomainDelegate(m_domainView));
    m_domainView->setExpandsOnDoubleClick(false);
    // A domain shows its products in the list; a product opens.
    const auto activate = [this](const QModelIndex &index) {
        if (index.data(KindRole).toString() == QLatin1String("product")) {
            Q_EMIT productActivated(index.data(EntityIdRole).toString());
        } else {
            showOnly(QStringLiteral("domain"), index.data(DomainRole).toString());
        }
    };
    connect(m_domainView, &QTreeView::clicked, this, activate);
    connect(m_domainView, &QTreeView::activated, this, activate);

    m_facetView->setObjectName(QStringLiteral("facetView"));
    m_facetView->setAccessibleName(tr("Filters"));
    m_facetView->setModel(m_facets);
    m_facetView->setHeaderHidden(true);
    m_facetView->setFrameShape(QFrame::NoFrame);
    m_facetView->setUniformRowHeights(true);
    m_facetView->setExpandsOnDoubleClick(true);
    m_facetView->header()->setStretchLastSection(false);
    m_facetView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_facetView->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    // A click on a value toggles it (not only a click on its box); Space does the same.
    connect(m_facetView, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (index.parent().isValid()) {
            const QModelIndex value = index.siblingAtColumn(0);
            const bool checked = value.data(Qt::CheckStateRole).toInt() == Qt::Checked;
            m_facets->setData(value, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
        }
    });
    connect(m_facets, &QAbstractItemModel::dataChanged, this, [this](const auto &, const auto &, const auto &roles) {
        if (roles.contains(Qt::CheckStateRole) && !m_applying) {
            m_clear->setEnabled(!m_facets->checked().empty());
            Q_EMIT filtersChanged();
        }
    });
    // New counts reset the model: keep the facets the user had open.
    connect(m_facets, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (m_facets->rowCount() == 0) {
            return; // the first counts: the defaults below apply
        }
        QStringList open;
        for (int r = 0; r < m_facets->rowCount(); ++r) {
            const QModelIndex facet = m_facets->index(r, 0);
            if (m_facetView->isExpanded(facet)) {
                open << facet.data(KindRole).toString();
            }
        }
        m_facetView->setProperty("openFacets", open);
    });
    connect(m_facets, &QAbstractItemModel::modelReset, this, [this] {
        const QVariant saved = m_facetView->property("openFacets");
        const QStringList open = saved.isValid() ? saved.toStringList()
                                                 : QStringList { QStringLiteral("domain"), QStringLiteral("status") };
        for (int r = 0; r < m_facets->rowCount(); ++r) {
            const QModelIndex facet = m_facets->index(r, 0);
            m_facetView->setFirstColumnSpanned(r, {}, false);
            if (open.contains(facet.data(KindRole).toString())) {
                m_facetView->expand(facet);
            }
        }
    });

    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clear->setEnabled(false);
    connect(m_clear, &QPushButton::clicked, this, &Sidebar::clearFilters);
    auto *filters = new QWidget;
    auto *filtersLayout = new QVBoxLayout(filters);
    filtersLayout->setContentsMargins(0, 0, 0, 0);
    filtersLayout->addWidget(m_facetView, 1);
    filtersLayout->addWidget(m_clear, 0, Qt::AlignLeft);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, style::kSpacing, 0, 0);
    layout->setSpacing(style::kSpacing);
    layout->addWidget(section(QStringLiteral("sources"), tr("Sources"), m_sources));
    QWidget *domains = section(QStringLiteral("domains"), tr("Domains"), m_domainView);
    domains->setProperty("stretch", 1);
    layout->addWidget(domains, 1);
    QWidget *filterSection = section(QStringLiteral("filters"), tr("Filters"), filters);
    filterSection->setProperty("stretch", 2);
    layout->addWidget(filterSection, 2);
}

QWidget *Sidebar::section(const QString &name, const QString &title, QWidget *content)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(style::kSpacing / 2);
    auto *header = new QToolButton;
    header->setObjectName(name + QStringLiteral("SectionButton"));
    header->setText(title.toUpper());
    header->setAccessibleName(tr("%1 section").arg(title));
    header->setAutoRaise(true);
    header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    header->setArrowType(Qt::DownArrow);
    header->setProperty("open", true);
    QFont font = header->font();
    font.setWeight(QFont::DemiBold);
    font.setPointSizeF(font.pointSizeF() * 0.9);
    header->setFont(font);
    connect(header, &QToolButton::clicked, this, [this, header, content, box] {
        const bool open = !header->property("open").toBool();
        header->setProperty("open", open);
        header->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        header->setAccessibleDescription(open ? tr("expanded") : tr("collapsed"));
        content->setVisible(open);
        // A closed section takes no more room than its header.
        if (auto *parentLayout = qobject_cast<QVBoxLayout *>(this->layout())) {
            parentLayout->setStretchFactor(box, open ? box->property("stretch").toInt() : 0);
        }
    });
    m_sectionButtons[name] = header;
    layout->addWidget(header);
    layout->addWidget(content, 1);
    return box;
}

QStringList Sidebar::collapsedSections() const
{
    QStringList out;
    for (const auto &[name, button] : m_sectionButtons) {
        if (!button->property("open").toBool()) {
            out << name;
        }
    }
    return out;
}

void Sidebar::setCollapsedSections(const QStringList &sections)
{
    for (const auto &[name, button] : m_sectionButtons) {
        if (button->property("open").toBool() == sections.contains(name)) {
            button->click(); // toggles it
        }
    }
}

std::multimap<QString, QString> Sidebar::filters() const
{
    return m_facets->checked();
}

void Sidebar::showOnly(const QString &key, const QString &value)
{
    m_applying = true;
    for (const auto &[k, v] : m_facets->checked()) {
        if (k == key && v != value) {
            m_facets->setChecked(k, v, false);
        }
    }
    m_facets->setChecked(key, value, true);
    m_applying = false;
    for (int r = 0; r < m_facets->rowCount(); ++r) {
        if (m_facets->index(r, 0).data(KindRole).toString() == key) {
            m_facetView->expand(m_facets->index(r, 0));
        }
    }
    m_clear->setEnabled(true);
    Q_EMIT filtersChanged();
}

void Sidebar::clearFilters()
{
    if (m_facets->checked().empty()) {
        return;
    }
    m_applying = true;
    m_facets->clearChecked();
    m_applying = false;
    m_clear->setEnabled(false);
    Q_EMIT filtersChanged();
}

void Sidebar::updateCounts(const ProductQuery &query)
{
    if (!m_service) {
        return;
    }
    const quint64 generation = ++m_generation;
    m_service->run(
        this, [query](CatalogReader &reader) { return reader.facets(query); },
        [this, generation](ProductFacets counts) {
            if (generation == m_generation) {
                m_facets->setFacets(counts);
            }
        });
}

void Sidebar::setSources(const std::vector<SourceState> &sources, const QString &busySource)
{
    const int current = m_sources->currentRow();
    m_sources->clear();
    const QPalette palette = this->palette();
    for (const SourceState &s : sources) {
        const bool busy = !busySource.isEmpty() && s.location == busySource;
        QString state;
        QIcon icon;
        if (busy) {
            state = tr("importing…");
            icon = style::dotIcon(palette.color(QPalette::Highlight), style::Dot::Half);
        } else if (!s.reachable) {
            state = tr("offline, cached %1").arg(style::relativeTime(QDateTime::fromString(s.lastImport, Qt::ISODate)));
            icon = style::dotIcon(style::secondaryText(palette), style::Dot::Hollow);
        } else {
            state = tr("%n product(s)", nullptr, static_cast<int>(s.products));
            icon = style::dotIcon(style::goodColor(palette), style::Dot::Filled);
        }
        auto *item = new QListWidgetItem(icon, tr("%1 · %2").arg(s.name, state));
        item->setData(Qt::UserRole, s.name);
        item->setToolTip(
            tr("%1\n%2\nLast read %3")
                .arg(s.name, s.location.startsWith(QLatin1String(":/")) ? tr("built into Tessera") : s.location,
                    style::exactTime(QDateTime::fromString(s.lastImport, Qt::ISODate))));
        m_sources->addItem(item);
    }
    if (sources.empty()) {
        auto *item = new QListWidgetItem(tr("No sources yet"));
        item->setFlags(Qt::NoItemFlags);
        m_sources->addItem(item);
    }
    m_sources->setCurrentRow(std::min(current, m_sources->count() - 1));
    m_sources->setFixedHeight(m_sources->sizeHintForRow(0) * m_sources->count() + 2 * m_sources->frameWidth() + 2);
}

} // namespace tessera
