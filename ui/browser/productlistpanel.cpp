// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "browser/productlistpanel.h"

#include "browser/productdelegate.h"
#include "catalogservice.h"
#include "common/style.h"
#include "modelroles.h"
#include "productlistmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <climits>

namespace tessera {

namespace {

/** Down from the search field moves into the list, as in a combo box's popup. */
class SearchField : public QLineEdit
{
public:
    SearchField(QListView *list, QWidget *parent = nullptr)
        : QLineEdit(parent)
        , m_list(list)
    { }

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Down || event->key() == Qt::Key_PageDown) && m_list->model()
            && m_list->model()->rowCount() > 0) {
            m_list->setFocus();
            if (!m_list->currentIndex().isValid()) {
                m_list->setCurrentIndex(m_list->model()->index(0, 0));
            }
            return;
        }
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            // Enter in the field opens the first match.
            if (m_list->model() && m_list->model()->rowCount() > 0) {
                const QModelIndex index
                    = m_list->currentIndex().isValid() ? m_list->currentIndex() : m_list->model()->index(0, 0);
                Q_EMIT m_list->activated(index);
                return;
            }
        }
        if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
            clear();
            return;
        }
        QLineEdit::keyPressEvent(event);
    }

private:
    QListView *m_list;
};

} // namespace

ProductListPanel::ProductListPanel(CatalogService *service, QWidget *parent)
    : QWidget(parent)
    , m_model(new ProductListModel(service, this))
    , m_count(new QLabel)
    , m_sort(new QComboBox)
    , m_view(new QListView)
    , m_stack(new QStackedWidget)
    , m_emptyTitle(new QLabel)
    , m_emptyText(new QLabel)
    , m_emptyAction(new QPushButton)
    , m_emptySecondary(new QPushButton)
    , m_service(service)
{
    setObjectName(QStringLiteral("productListPanel"));
    m_search = new SearchField(m_view);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search products, datasets, columns…"));
    m_search->setAccessibleName(tr("Search the catalog"));
    m_search->setToolTip(tr("Words match names, descriptions, tags, columns, owners and domains; the last one "
                            "as you type it (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);

    m_count->setObjectName(QStringLiteral("productCount"));
    m_count->setTextFormat(Qt::PlainText);
    m_count->setAccessibleName(tr("Number of products"));

    m_sort->setObjectName(QStringLiteral("sortOrder"));
    m_sort->setAccessibleName(tr("Sort the products by"));
    m_sort->setToolTip(m_sort->accessibleName());
    m_sort->addItem(tr("Best match"), int(ProductQuery::Order::Relevance));
    m_sort->addItem(tr("Name"), int(ProductQuery::Order::Name));
    m_sort->addItem(tr("Domain"), int(ProductQuery::Order::Domain));
    m_sort->addItem(tr("Status"), int(ProductQuery::Order::Status));
    m_sort->addItem(tr("Recently updated"), int(ProductQuery::Order::Updated));
    m_sort->setCurrentIndex(0);

    m_view->setObjectName(QStringLiteral("productList"));
    m_view->setAccessibleName(tr("Products"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ProductDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMouseTracking(true);
    connect(m_view, &QListView::activated, this,
        [this](const QModelIndex &index) { Q_EMIT productActivated(index.data(EntityIdRole).toString()); });
    connect(m_view, &QListView::clicked, this,
        [this](const QModelIndex &index) { Q_EMIT productActivated(index.data(EntityIdRole).toString()); });

    // The empty state: what is missing, and the next step.
    auto *empty = new QWidget;
    empty->setObjectName(QStringLiteral("productListEmpty"));
    m_emptyTitle->setObjectName(QStringLiteral("emptyTitle"));
    m_emptyTitle->setTextFormat(Qt::PlainText);
    m_emptyTitle->setWordWrap(true);
    m_emptyTitle->setAlignment(Qt::AlignHCenter);
    style::scaleFont(m_emptyTitle, 1.2, true);
    m_emptyText->setObjectName(QStringLiteral("emptyText"));
    m_emptyText->setTextFormat(Qt::PlainText);
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignHCenter);
    m_emptyText->setForegroundRole(QPalette::PlaceholderText);
    m_emptyAction->setObjectName(QStringLiteral("emptyAction"));
    m_emptySecondary->setObjectName(QStringLiteral("emptySecondaryAction"));
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->setContentsMargins(2 * style::kSpacing, 4 * style::kSpacing, 2 * style::kSpacing, 0);
    emptyLayout->setSpacing(style::kSpacing);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addSpacing(style::kSpacing);
    emptyLayout->addWidget(m_emptyAction, 0, Qt::AlignHCenter);
    emptyLayout->addWidget(m_emptySecondary, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(1);
    connect(m_emptyAction, &QPushButton::clicked, this, [this] {
        const QString action = m_emptyAction->property("action").toString();
        if (action == QLatin1String("retry")) {
            m_unavailable.clear();
            if (m_service) {
                m_service->notifyChanged(); // every view reads again
            }
        } else if (action == QLatin1String("clear")) {
            m_search->clear();
            setFilters({});
            Q_EMIT queryChanged(query()); // the sidebar clears its filters when it hears an empty query
        } else {
            Q_EMIT addFolderRequested();
        }
    });
    connect(m_emptySecondary, &QPushButton::clicked, this, &ProductListPanel::loadDemoRequested);

    m_stack->addWidget(m_view);
    m_stack->addWidget(empty);

    auto *top = new QHBoxLayout;
    top->setSpacing(style::kSpacing);
    top->addWidget(m_count, 1);
    top->addWidget(m_sort);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, style::kSpacing, 0, 0);
    layout->setSpacing(style::kSpacing);
    layout->addWidget(m_search);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ProductListPanel::apply);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_sort, &QComboBox::currentIndexChanged, this, &ProductListPanel::apply);
    connect(m_model, &ProductListModel::loaded, this, &ProductListPanel::updateState);
    connect(m_model, &ProductListModel::loadingChanged, this, &ProductListPanel::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ProductListPanel::updateState);
    if (m_service) {
        connect(m_service, &CatalogService::unavailable, this, &ProductListPanel::showUnavailable);
        // The store changed: read it again; it says so again if it still cannot be read.
        connect(m_service, &CatalogService::changed, this, [this] { m_unavailable.clear(); });
    }
    updateState();
    apply();
}

void ProductListPanel::showUnavailable(const QString &message)
{
    m_unavailable = message;
    updateState();
}

ProductQuery ProductListPanel::query() const
{
    ProductQuery q;
    q.text = m_search->text();
    q.facets = m_filters;
    q.order = order();
    if (q.order == ProductQuery::Order::Relevance && q.text.trimmed().isEmpty()) {
        q.order = ProductQuery::Order::Name; // nothing to rank by
    }
    return q;
}

ProductQuery::Order ProductListPanel::order() const
{
    return static_cast<ProductQuery::Order>(m_sort->currentData().toInt());
}

void ProductListPanel::setOrder(ProductQuery::Order order)
{
    const int index = m_sort->findData(int(order));
    if (index >= 0) {
        m_sort->setCurrentIndex(index);
    }
}

void ProductListPanel::setFilters(const std::multimap<QString, QString> &filters)
{
    if (filters == m_filters) {
        return;
    }
    m_filters = filters;
    apply();
}

void ProductListPanel::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_debounce.stop();
    apply();
}

void ProductListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ProductListPanel::apply()
{
    m_debounce.stop();
    const ProductQuery q = query();
    if (m_model->hasResults() && q == m_model->query()) {
        return;
    }
    m_model->setQuery(q);
    Q_EMIT queryChanged(q);
}

void ProductListPanel::updateState()
{
    const ProductQuery &q = m_model->query();
    const bool searching = !q.text.trimmed().isEmpty() || !q.facets.empty();
    if (!m_model->hasResults()) {
        m_count->setText(tr("Loading…"));
        return;
    }
    const qint64 total = m_model->total() < 0 ? m_model->rowCount() : m_model->total();
    const QString count = tr("%n product(s)", nullptr, static_cast<int>(std::min<qint64>(total, INT_MAX)));
    if (m_model->isLoading()) {
        m_count->setText(tr("%1 · searching…").arg(count));
    } else if (m_model->totalIsLowerBound()) {
        m_count->setText(tr("%1+ products, best first").arg(QLocale().toString(total)));
    } else {
        m_count->setText(count);
    }
    if (!m_unavailable.isEmpty() && m_model->rowCount() == 0) {
        // A failed load: say what happened and offer to try again.
        m_stack->setCurrentIndex(1);
        m_count->setText(tr("Catalog unavailable"));
        m_emptyTitle->setText(tr("The catalog cannot be read"));
        m_emptyText->setText(m_unavailable);
        m_emptyAction->setText(tr("Try again"));
        m_emptyAction->setProperty("action", QStringLiteral("retry"));
        m_emptySecondary->hide();
        return;
    }
    if (m_model->rowCount() > 0) {
        m_stack->setCurrentIndex(0);
        return;
    }
    if (m_model->isLoading()) {
        return; // the old rows stay until the answer arrives
    }
    m_stack->setCurrentIndex(1);
    if (searching) {
        m_emptyTitle->setText(q.text.trimmed().isEmpty() ? tr("No product matches these filters")
                                                         : tr("No product matches \"%1\"").arg(q.text.trimmed()));
        m_emptyText->setText(tr("Try fewer words or filters. Words match names, descriptions, tags, column names, "
                                "owners and domains; the last word matches as a prefix."));
        m_emptyAction->setText(tr("Clear search and filters"));
        m_emptyAction->setProperty("action", QStringLiteral("clear"));
        m_emptySecondary->hide();
    } else {
        m_emptyTitle->setText(tr("No products yet"));
        m_emptyText->setText(tr("Add a folder of data contracts and products, or load the demo mesh to look around."));
        m_emptyAction->setText(tr("Add local folder…"));
        m_emptyAction->setProperty("action", QStringLiteral("add"));
        m_emptySecondary->setText(tr("Load the demo mesh"));
        m_emptySecondary->show();
    }
}

} // namespace tessera
