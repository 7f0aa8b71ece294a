// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "browser/documentarea.h"

#include "browser/datasetpage.h"
#include "browser/productpage.h"
#include "catalogservice.h"
#include "common/style.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/meshoverviewpage.h"
#include "editor/contracteditor.h"
#include "lineage/lineagepage.h"
#include "review/reviewqueuepage.h"

#include <QLabel>
#include <QMouseEvent>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace tessera {

namespace {

/** The id in tessera://kind/ID: the whole path, percent-decoded (ids may hold '/'). */
QString idOf(const QUrl &url)
{
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1Char('/'))) {
        path.remove(0, 1);
    }
    return path;
}

/** One URL per page, whatever the link looked like (a column link opens the dataset's page). */
QUrl canonical(const QUrl &url)
{
    QUrl out;
    out.setScheme(url.scheme());
    out.setHost(url.host());
    out.setPath(url.path(QUrl::FullyDecoded));
    return out;
}

} // namespace

DocumentArea::DocumentArea(CatalogService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_stack(new QStackedWidget)
    , m_tabs(new QTabWidget)
{
    setObjectName(QStringLiteral("documentArea"));
    m_tabs->setObjectName(QStringLiteral("documentTabs"));
    m_tabs->setAccessibleName(tr("Open pages"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setElideMode(Qt::ElideRight);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->tabBar()->installEventFilter(this);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &DocumentArea::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_stack->setCurrentIndex(m_tabs->count() > 0 ? 1 : 0);
        Q_EMIT currentUrlChanged(currentUrl());
    });

    auto *empty = new QLabel(tr("Open a product from the list, or press Ctrl+K to go to any product, dataset, "
                                "contract or column."));
    empty->setObjectName(QStringLiteral("documentsEmpty"));
    empty->setTextFormat(Qt::PlainText);
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    empty->setForegroundRole(QPalette::PlaceholderText);
    empty->setMargin(4 * style::kSpacing);
    m_stack->addWidget(empty);
    m_stack->addWidget(m_tabs);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    if (m_service) {
        connect(m_service, &CatalogService::changed, this, &DocumentArea::reloadAll);
    }
}

bool DocumentArea::isDocumentUrl(const QUrl &url)
{
    return url.scheme() == QLatin1String("tessera")
        && (url.host() == QLatin1String("product") || url.host() == QLatin1String("dataset")
            || url.host() == QLatin1String("contract") || url.host() == QLatin1String("lineage")
            || url.host() == QLatin1String("dashboard") || url.host() == QLatin1String("overview")
            || url.host() == QLatin1String("review"))
        && !idOf(url).isEmpty();
}

int DocumentArea::indexOf(const QUrl &url) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->property("url").toUrl() == url) {
            return i;
        }
    }
    return -1;
}

bool DocumentArea::open(const QUrl &link)
{
    if (!isDocumentUrl(link)) {
        return false;
    }
    const QString id = idOf(link);
    if (link.host() == QLatin1String("contract")) {
        // A contract belongs to its product: open that page, at the contracts.
        if (!m_service) {
            return false;
        }
        m_service->run(
            this, [id](CatalogReader &reader) { return reader.productOfContract(id); },
            [this, id](const QString &product) {
                if (product.isEmpty()) {
                    auto *page = new ProductPage(id);
                    addPage(page, id, QUrl(QStringLiteral("tessera://product/") + urlSegment(id)));
                    page->setNotFound();
                    return;
                }
                open(QUrl(QStringLiteral("tessera://product/") + urlSegment(product)));
                if (auto *page = qobject_cast<ProductPage *>(m_tabs->currentWidget())) {
                    page->setProperty("scrollTo", QStringLiteral("contracts"));
                    if (page->hasDetails()) {
                        page->scrollToSection(QStringLiteral("contracts"));
                    }
                }
            });
        return true;
    }
    const QUrl url = canonical(link);
    // tessera://review/queue?contract=ID&version=V shows that item of the queue.
    const QUrlQuery query(link);
    const auto selectReviewItem = [this, query] {
        if (auto *review = qobject_cast<ReviewQueuePage *>(m_tabs->currentWidget());
            review && query.hasQueryItem(QStringLiteral("contract"))) {
            review->select(query.queryItemValue(QStringLiteral("contract"), QUrl::FullyDecoded),
                query.queryItemValue(QStringLiteral("version"), QUrl::FullyDecoded));
        }
    };
    if (const int existing = indexOf(url); existing >= 0) {
        m_tabs->setCurrentIndex(existing);
        selectReviewItem();
        return true;
    }
    if (link.host() == QLatin1String("product")) {
        auto *page = new ProductPage(id);
        connect(page, &ProductPage::linkActivated, this, &DocumentArea::linkActivated);
        addPage(page, id, url);
    } else if (link.host() == QLatin1String("lineage")) {
        auto *page = new LineagePage(m_service, id);
        connect(page, &LineagePage::linkActivated, this, &DocumentArea::linkActivated);
        addPage(page, tr("Lineage: %1").arg(id.section(QLatin1Char('/'), -1)), url);
    } else if (link.host() == QLatin1String("dashboard")) {
        // tessera://dashboard/PRODUCT, or tessera://dashboard/contract/CONTRACT for one contract's.
        const bool ofContract = id.startsWith(QLatin1String("contract/"));
        const QString subject = ofContract ? id.mid(9) : id;
        auto *page = new DashboardPage(
            m_service, subject, ofContract ? DashboardPage::Scope::Contract : DashboardPage::Scope::Product);
        connect(page, &DashboardPage::linkActivated, this, &DocumentArea::linkActivated);
        addPage(page, ofContract ? tr("Contract dashboard: %1").arg(subject) : tr("Dashboard: %1").arg(id), url);
    } else if (link.host() == QLatin1String("review")) {
        auto *page = new ReviewQueuePage(m_service);
        connect(page, &ReviewQueuePage::linkActivated, this, &DocumentArea::linkActivated);
        addPage(page, tr("Review queue"), url);
        selectReviewItem();
    } else if (link.host() == QLatin1String("overview")) {
        const QString domain = id.startsWith(QLatin1String("domain/")) ? id.mid(7) : QString();
        auto *page = new MeshOverviewPage(m_service, domain);
        connect(page, &MeshOverviewPage::linkActivated, this, &DocumentArea::linkActivated);
        addPage(page, domain.isEmpty() ? tr("Mesh overview") : tr("Domain: %1").arg(domain), url);
    } else {
        const QString column = QUrlQuery(link).queryItemValue(QStringLiteral("column"), QUrl::FullyDecoded);
        auto *page = new DatasetPage(id, column);
        connect(page, &DatasetPage::linkActivated, this, &DocumentArea::linkActivated);
        addPage(page, id.section(QLatin1Char('/'), -1), url);
    }
    return true;
}

void DocumentArea::addPage(QWidget *page, const QString &title, const QUrl &url)
{
    page->setProperty("url", url);
    const auto retitle = [this, page](const QString &text) {
        const int index = m_tabs->indexOf(page);
        if (index >= 0) {
            m_tabs->setTabText(index, text);
            m_tabs->setTabToolTip(index, text + QLatin1Char('\n') + page->property("url").toUrl().toString());
            Q_EMIT titleChanged();
        }
    };
    if (auto *product = qobject_cast<ProductPage *>(page)) {
        connect(product, &ProductPage::titleChanged, this, retitle);
    } else if (auto *dataset = qobject_cast<DatasetPage *>(page)) {
        connect(dataset, &DatasetPage::titleChanged, this, retitle);
    } else if (auto *lineage = qobject_cast<LineagePage *>(page)) {
        connect(lineage, &LineagePage::titleChanged, this, retitle);
    } else if (auto *editor = qobject_cast<ContractEditor *>(page)) {
        connect(editor, &ContractEditor::titleChanged, this, retitle);
    } else if (auto *dashboard = qobject_cast<DashboardPage *>(page)) {
        connect(dashboard, &DashboardPage::titleChanged, this, retitle);
    } else if (auto *overview = qobject_cast<MeshOverviewPage *>(page)) {
        connect(overview, &MeshOverviewPage::titleChanged, this, retitle);
    } else if (auto *review = qobject_cast<ReviewQueuePage *>(page)) {
        connect(review, &ReviewQueuePage::titleChanged, this, retitle);
    }
    const int index = m_tabs->addTab(page, title);
    m_tabs->setTabToolTip(index, url.toString());
    m_tabs->setCurrentIndex(index);
    load(page);
}

void DocumentArea::load(QWidget *page)
{
    if (!m_service) {
        return;
    }
    const QPointer<QWidget> guard(page);
    if (auto *product = qobject_cast<ProductPage *>(page)) {
        m_service->run(
            this,
            [id = product->productId()](
                CatalogReader &reader) { return std::make_pair(reader.product(id), reader.sources()); },
            [this, guard](std::pair<std::optional<ProductDetails>, std::vector<SourceState>> answer) {
                auto *p = qobject_cast<ProductPage *>(guard.data());
                if (!p) {
                    return; // closed meanwhile
                }
                if (!answer.first) {
                    p->setNotFound();
                    return;
                }
                std::optional<SourceState> source;
                for (const SourceState &s : answer.second) {
                    if (s.name == answer.first->sourceName) {
                        source = s;
                    }
                }
                p->setDetails(*answer.first, source);
                if (const QString section = p->property("scrollTo").toString(); !section.isEmpty()) {
                    p->setProperty("scrollTo", QVariant());
                    p->scrollToSection(section);
                }
                Q_UNUSED(this)
            });
    } else if (auto *dashboard = qobject_cast<DashboardPage *>(page)) {
        dashboard->reload();
    } else if (auto *overview = qobject_cast<MeshOverviewPage *>(page)) {
        overview->reload();
    } else if (auto *dataset = qobject_cast<DatasetPage *>(page)) {
        m_service->run(
            this, [ref = dataset->ref()](CatalogReader &reader) { return reader.dataset(ref); },
            [guard](std::optional<DatasetDetails> details) {
                auto *d = qobject_cast<DatasetPage *>(guard.data());
                if (!d) {
                    return;
                }
                if (details) {
                    d->setDetails(*details);
                } else {
                    d->setNotFound();
                }
            });
    }
}

void DocumentArea::reloadAll()
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        load(m_tabs->widget(i));
    }
}

QUrl DocumentArea::currentUrl() const
{
    QWidget *page = m_tabs->currentWidget();
    return page ? page->property("url").toUrl() : QUrl();
}

QStringList DocumentArea::openUrls() const
{
    QStringList out;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (!qobject_cast<ContractEditor *>(m_tabs->widget(i))) { // drafts come back from the store
            out << m_tabs->widget(i)->property("url").toUrl().toString();
        }
    }
    return out;
}

void DocumentArea::addEditor(ContractEditor *editor)
{
    m_stack->setCurrentIndex(1);
    addPage(editor, editor->title(), QUrl(QStringLiteral("tessera://draft/") + editor->draftKey()));
    Q_EMIT currentUrlChanged(currentUrl());
}

QList<ContractEditor *> DocumentArea::editors() const
{
    QList<ContractEditor *> out;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *editor = qobject_cast<ContractEditor *>(m_tabs->widget(i))) {
            out << editor;
        }
    }
    return out;
}

int DocumentArea::count() const
{
    return m_tabs->count();
}

void DocumentArea::closeCurrent()
{
    if (m_tabs->currentIndex() >= 0) {
        closeTab(m_tabs->currentIndex());
    }
}

void DocumentArea::closeTab(int index)
{
    QWidget *page = m_tabs->widget(index);
    if (!page) {
        return;
    }
    if (auto *editor = qobject_cast<ContractEditor *>(page)) {
        editor->closeDraft(); // closed by the user: not brought back
    }
    m_tabs->removeTab(index);
    page->deleteLater();
    if (m_tabs->count() == 0) {
        m_stack->setCurrentIndex(0);
        Q_EMIT currentUrlChanged({});
    }
}

bool DocumentArea::eventFilter(QObject *watched, QEvent *event)
{
    // Middle-click closes a tab, as in browsers.
    if (watched == m_tabs->tabBar() && event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::MiddleButton) {
            const int index = m_tabs->tabBar()->tabAt(mouse->position().toPoint());
            if (index >= 0) {
                closeTab(index);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tessera
