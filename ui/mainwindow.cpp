// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "mainwindow.h"

#include "browser/documentarea.h"
#include "browser/productlistpanel.h"
#include "browser/quickopen.h"
#include "browser/sidebar.h"
#include "browser/sourcestatus.h"
#include "catalogservice.h"
#include "common/style.h"
#include "connections/conflictdialog.h"
#include "connections/connectionsdialog.h"
#include "connections/tokendialog.h"
#include "contract/dcsimport.h"
#include "contract/linter.h"
#include "contract/sourcedocument.h"
#include "contractdocument.h"
#include "contractfindingsmodel.h"
#include "dashboard/governancereport.h"
#include "draftservice.h"
#include "editor/contracteditor.h"
#include "importservice.h"
#include "modelroles.h"
#include "navigationhistory.h"
#include "preferences/preferencesdialog.h"
#include "review/reviewqueuepage.h"
#include "sync/credentials.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QMouseEvent>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QUrlQuery>
#include <QUuid>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

namespace tessera {

namespace {

using style::kSpacing;

constexpr QLatin1StringView kGeometryKey("mainWindow/geometry");
constexpr QLatin1StringView kStateKey("mainWindow/state");
constexpr QLatin1StringView kSplitterKey("mainWindow/splitter");
constexpr QLatin1StringView kContractDirectoryKey("mainWindow/lastContractDirectory");
constexpr QLatin1StringView kTabsKey("browser/openPages");
constexpr QLatin1StringView kCurrentTabKey("browser/currentPage");
constexpr QLatin1StringView kCollapsedKey("browser/collapsedSections");
constexpr QLatin1StringView kOrderKey("browser/order");

// Elides in the middle, so a long JSON Pointer keeps both its section and its leaf.
class MiddleElideDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
    }
};

QString idOf(const QUrl &url)
{
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1Char('/'))) {
        path.remove(0, 1);
    }
    return path;
}

} // namespace

MainWindow::MainWindow(std::shared_ptr<const Linter> linter, CatalogService *catalog, QWidget *parent)
    : QMainWindow(parent)
    , m_linter(std::move(linter))
    , m_catalog(catalog)
    , m_findingsModel(new FindingsModel(this))
    , m_history(new NavigationHistory(this))
{
    Q_ASSERT(m_linter);
    setWindowTitle(QStringLiteral("Tessera")); // the product name is not translated
    setAcceptDrops(true); // contract files open in the designer
    createActions();
    createBrowser();
    createProblemsDock();
    createMenus();
    statusBar(); // created now, so the window does not grow once the first message arrives
    m_sourceStatus = new SourceStatus;
    // While syncing: "Backstage: Fetching entities (412/1,030)", a compact bar and Cancel.
    m_syncWidget = new QWidget;
    m_syncWidget->setObjectName(QStringLiteral("syncProgress"));
    m_syncLabel = new QLabel;
    m_syncBar = new QProgressBar;
    m_syncBar->setTextVisible(false);
    m_syncBar->setFixedWidth(15 * fontMetrics().averageCharWidth());
    m_syncBar->setMaximumHeight(fontMetrics().height() * 2 / 3);
    auto *cancelSync = new QToolButton;
    cancelSync->setObjectName(QStringLiteral("cancelSync"));
    cancelSync->setAutoRaise(true);
    cancelSync->setIcon(QIcon::fromTheme(QStringLiteral("process-stop")));
    cancelSync->setText(tr("Cancel"));
    cancelSync->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    cancelSync->setToolTip(tr("Stop syncing after the current page; what was synced stays"));
    connect(cancelSync, &QToolButton::clicked, this, [this] {
        if (m_syncService) {
            m_syncService->cancel();
            m_syncLabel->setText(tr("Cancelling…"));
        }
    });
    auto *syncLayout = new QHBoxLayout(m_syncWidget);
    syncLayout->setContentsMargins(0, 0, 0, 0);
    syncLayout->setSpacing(kSpacing);
    syncLayout->addWidget(m_syncLabel);
    syncLayout->addWidget(m_syncBar);
    syncLayout->addWidget(cancelSync);
    m_syncWidget->hide();
    m_conflictButton = new QToolButton;
    m_conflictButton->setObjectName(QStringLiteral("conflicts"));
    m_conflictButton->setAutoRaise(true);
    m_conflictButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_conflictButton->setPopupMode(QToolButton::InstantPopup);
    m_conflictButton->setIcon(QIcon::fromTheme(QStringLiteral("dialog-warning")));
    m_conflictButton->hide();
    // What waits for a governance review: shown while anything does, opens the queue.
    m_reviewButton = new QToolButton;
    m_reviewButton->setObjectName(QStringLiteral("reviewsWaiting"));
    m_reviewButton->setAutoRaise(true);
    m_reviewButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_reviewButton->setIcon(QIcon::fromTheme(QStringLiteral("view-task")));
    m_reviewButton->setToolTip(tr("Contract versions proposed for review (View › Review queue, Ctrl+Shift+R)"));
    m_reviewButton->hide();
    connect(m_reviewButton, &QToolButton::clicked, this, [this] { openUrl(ReviewQueuePage::pageUrl()); });
    statusBar()->addPermanentWidget(m_syncWidget);
    statusBar()->addPermanentWidget(m_reviewButton);
    statusBar()->addPermanentWidget(m_conflictButton);
    statusBar()->addPermanentWidget(m_sourceStatus);
    connect(m_sourceStatus, &SourceStatus::showProductsOf, this,
        [this](const QString &name) { m_sidebar->showOnly(QStringLiteral("source"), name); });
    connect(m_sourceStatus, &SourceStatus::importAgain, this, [this](const QString &location) {
        if (m_importService) {
            location == ImportService::demoMeshLocation() ? m_importService->importDemoMesh()
                                                          : m_importService->importFolder(location);
        }
    });
    connect(m_sourceStatus, &SourceStatus::syncRequested, this, [this](const QString &name) {
        if (m_syncService) {
            m_userSync = true;
            m_syncService->syncNow({ name });
        }
    });
    connect(m_sourceStatus, &SourceStatus::connectionsRequested, this, [this] { showConnections(); });
    readSettings();
    qApp->installEventFilter(this); // the mouse's back and forward buttons, wherever they are pressed

    if (m_catalog) {
        connect(m_catalog, &CatalogService::changed, this, &MainWindow::refreshSources);
        connect(m_catalog, &CatalogService::changed, this, [this] {
            for (ContractEditor *editor : m_documents->editors()) {
                loadCatalogChoices(editor); // new domains and products to pick
            }
        });
        connect(m_catalog, &CatalogService::changed, this, [this] { m_sidebar->updateCounts(m_productList->query()); });
        connect(m_catalog, &CatalogService::changed, this, &MainWindow::refreshReviews);
        refreshReviews();
        m_sourceTimer.setInterval(60'000);
        connect(&m_sourceTimer, &QTimer::timeout, this, &MainWindow::refreshSources);
        m_sourceTimer.start();
        refreshSources();
    }
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

void MainWindow::setImportService(ImportService *service)
{
    m_importService = service;
    m_addFolderAction->setEnabled(service != nullptr);
    m_loadDemoAction->setEnabled(service != nullptr);
    if (!service) {
        return;
    }
    connect(service, &ImportService::importStarted, this, [this](const QString &source) {
        m_busySource = source;
        statusBar()->showMessage(source == ImportService::demoMeshLocation()
                ? tr("Importing the demo mesh…")
                : tr("Importing %1…").arg(QDir::toNativeSeparators(source)));
        refreshSources();
    });
    connect(service, &ImportService::importFinished, this, &MainWindow::showImportResult);
}

// ---- catalog endpoints: sync, connections, tokens, conflicts -------------------------------------------

void MainWindow::setSyncService(SyncService *service)
{
    m_syncService = service;
    m_syncAction->setEnabled(service != nullptr);
    if (!service) {
        return;
    }
    connect(service, &SyncService::syncStarted, this, [this] {
        m_syncLabel->setText(tr("Syncing…"));
        m_syncBar->setRange(0, 0);
        m_syncWidget->show();
    });
    connect(service, &SyncService::progress, this, [this](const SyncProgress &p) {
        const QLocale locale;
        QString counts;
        if (p.total > 0) {
            counts = tr("%1/%2").arg(locale.toString(p.done), locale.toString(p.total));
            m_syncBar->setRange(0, 1000);
            m_syncBar->setValue(static_cast<int>(std::min<qint64>(1000, p.done * 1000 / p.total)));
        } else {
            if (p.done > 0) {
                counts = locale.toString(p.done);
            }
            m_syncBar->setRange(0, 0);
        }
        const QString phase = p.phase.isEmpty() ? tr("syncing") : p.phase;
        m_syncLabel->setText(
            counts.isEmpty() ? tr("%1: %2").arg(p.source, phase) : tr("%1: %2 (%3)").arg(p.source, phase, counts));
        if (p.source != m_syncingSource) {
            m_syncingSource = p.source;
            refreshSources();
        }
    });
    connect(service, &SyncService::syncFinished, this, &MainWindow::syncFinished);
    connect(service, &SyncService::tokenNeeded, this, &MainWindow::askForToken);
}

void MainWindow::syncNow()
{
    if (!m_syncService) {
        return;
    }
    m_userSync = true;
    m_syncService->syncNow();
}

void MainWindow::syncFinished(const std::vector<SyncReport> &reports)
{
    m_syncWidget->hide();
    m_syncingSource.clear();
    const bool asked = std::exchange(m_userSync, false);
    if (reports.empty()) {
        if (asked) {
            statusBar()->showMessage(tr("No catalog endpoints to sync — add one with File › Connections…"), 10'000);
            Q_EMIT syncSummarized(statusBar()->currentMessage());
        }
        refreshSources();
        return;
    }
    int ok = 0;
    int offline = 0;
    int failed = 0;
    int cancelled = 0;
    int conflicts = 0;
    QString firstProblem;
    m_offline.clear();
    for (const SyncReport &r : reports) {
        if (r.state == QLatin1String("offline")) {
            m_offline << r.source;
        }
        if (r.state == QLatin1String("ok")) {
            ++ok;
        } else if (r.state == QLatin1String("offline")) {
            ++offline;
        } else if (r.state == QLatin1String("cancelled")) {
            ++cancelled;
        } else if (r.state != QLatin1String("conflict")) {
            ++failed;
        }
        if (!r.ok() && r.state != QLatin1String("cancelled") && firstProblem.isEmpty()) {
            firstProblem = tr("%1: %2").arg(r.source, r.message);
        }
        for (const SyncReport::Conflict &c : r.conflicts) {
            // A conflict waits for the user and is reported by every sync: listed once.
            const auto known = std::find_if(m_conflicts.begin(), m_conflicts.end(),
                [&c](const auto &entry) { return entry.second.outboxId == c.outboxId; });
            if (known == m_conflicts.end()) {
                m_conflicts.emplace_back(r.source, c);
                ++conflicts;
            }
        }
    }
    QStringList parts;
    if (ok > 0) {
        parts << tr("Synced %n source(s)", nullptr, ok);
    }
    if (offline > 0) {
        parts << tr("%n offline", nullptr, offline);
    }
    if (failed > 0) {
        parts << tr("%n failed", nullptr, failed);
    }
    if (cancelled > 0) {
        parts << tr("%n cancelled", nullptr, cancelled);
    }
    if (conflicts > 0) {
        parts << tr("%n conflict(s) — see the status bar", nullptr, conflicts);
    }
    QString summary = parts.join(QStringLiteral(" · "));
    if (reports.size() == 1 && !firstProblem.isEmpty()) {
        summary = firstProblem; // one source: say what happened to it
    }
    statusBar()->showMessage(summary, 15'000);
    updateConflictButton();
    Q_EMIT syncSummarized(summary);
    // The browser reads the store afresh (list, counts, open pages, sources).
    if (m_catalog) {
        m_catalog->notifyChanged();
    }
}

void MainWindow::askForToken(const SyncService::TokenRequest &request)
{
    const QString name = request.source.name;
    if (m_tokenAsked.contains(name, Qt::CaseInsensitive) || m_offline.contains(name)) {
        return; // once per source and run; out of reach, a token would not help (the retry asks again)
    }
    m_tokenAsked << name;
    auto *dialog = new TokenDialog(name, request.source.location, request.why, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, source = request.source] {
        const QByteArray token = dialog->token();
        if (token.isEmpty()) {
            return;
        }
        Credentials::remember(source, token); // memory only: no keychain call
        if (m_syncService) {
            m_syncService->syncNow({ source.name });
        }
    });
    dialog->open();
}

void MainWindow::updateConflictButton()
{
    if (m_conflicts.empty()) {
        m_conflictButton->hide();
        return;
    }
    m_conflictButton->setText(tr("%n conflict(s)", nullptr, static_cast<int>(m_conflicts.size())));
    m_conflictButton->setToolTip(tr("Changes you published met a newer version on the endpoint: compare them"));
    auto *menu = new QMenu(m_conflictButton);
    for (const auto &[source, conflict] : m_conflicts) {
        const SourceDocument mine = SourceDocument::fromText(QByteArray::fromStdString(conflict.mine));
        QString id;
        if (mine.isValid() && mine.value().is_object() && mine.value().contains("id")
            && mine.value()["id"].is_string()) {
            id = QString::fromStdString(mine.value()["id"].get<std::string>());
        }
        menu->addAction(tr("%1 on %2…").arg(id.isEmpty() ? tr("A contract") : id, source), this,
            [this, source = source, conflict = conflict] { showConflict(source, conflict); });
    }
    menu->addSeparator();
    menu->addAction(tr("Dismiss (both versions stay kept)"), this, [this] {
        m_conflicts.clear();
        updateConflictButton();
    });
    delete m_conflictButton->menu();
    m_conflictButton->setMenu(menu);
    m_conflictButton->show();
}

void MainWindow::showConflict(const QString &sourceName, const SyncReport::Conflict &conflict)
{
    const QByteArray mine = QByteArray::fromStdString(conflict.mine);
    const SourceDocument document = SourceDocument::fromText(mine);
    QString id;
    if (document.isValid() && document.value().is_object() && document.value().contains("id")
        && document.value()["id"].is_string()) {
        id = QString::fromStdString(document.value()["id"].get<std::string>());
    }
    const auto open = [this, sourceName, conflict, id](const QByteArray &base) {
        auto *dialog = new ConflictDialog(sourceName, id.isEmpty() ? tr("the contract") : id, QString::fromUtf8(base),
            QString::fromStdString(conflict.mine), QString::fromStdString(conflict.theirs), conflict.message, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ConflictDialog::openMineRequested, this, [this, conflict] {
            editContractText(QByteArray::fromStdString(conflict.mine), QString::fromStdString(conflict.draftKey));
        });
        dialog->show();
    };
    if (!m_catalog || id.isEmpty()) {
        open({});
        return;
    }
    // Base: the catalog's synced version, read off the GUI thread.
    m_catalog->run(
        this, [id](CatalogReader &reader) { return reader.contractText(id); }, open);
}

ContractEditor *MainWindow::editContractText(const QByteArray &text, const QString &draftKey)
{
    if (!draftKey.isEmpty()) {
        for (ContractEditor *editor : m_documents->editors()) {
            if (editor->draftKey() == draftKey) {
                m_documents->tabs()->setCurrentWidget(editor);
                return editor;
            }
        }
    }
    const SourceDocument source = SourceDocument::fromText(text);
    if (!source.isValid() || !source.value().is_object()) {
        QApplication::clipboard()->setText(QString::fromUtf8(text));
        statusBar()->showMessage(
            tr("The contract cannot be opened in the designer; it was copied to the clipboard"), 10'000);
        return nullptr;
    }
    nlohmann::json document = source.value();
    QString origin;
    if (document.contains("id") && document["id"].is_string()) {
        origin = QStringLiteral("store:") + QString::fromStdString(document["id"].get<std::string>());
    }
    // A new draft: the published one may have changed since, and nothing of it is overwritten.
    ContractEditor *editor = addEditor(new ContractDocument(std::move(document)), origin);
    editor->saveDraftVersion();
    return editor;
}

ConnectionsDialog *MainWindow::showConnections()
{
    if (!m_catalog) {
        return nullptr;
    }
    if (!m_connections) {
        m_connections = new ConnectionsDialog(m_catalog->storePath(), m_syncService, this);
        m_connections->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_connections, &ConnectionsDialog::sourceSaved, this, [this](const SourceRow &row, bool) {
            if (row.kind == QLatin1String("local") && m_importService) {
                m_importService->importFolder(row.location);
            }
            m_catalog->notifyChanged();
        });
        connect(m_connections, &ConnectionsDialog::sourceRemoved, this, [this](const SourceRow &row) {
            if (m_importService && row.kind == QLatin1String("local")) {
                m_importService->forget(row.location); // a removed folder is no longer watched
            }
            m_catalog->notifyChanged();
        });
    }
    m_connections->show();
    m_connections->raise();
    m_connections->activateWindow();
    return m_connections;
}

void MainWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add local folder"), m_lastContractDirectory);
    if (!folder.isEmpty() && m_importService) {
        m_importService->importFolder(folder);
    }
}

void MainWindow::loadDemoMesh()
{
    if (m_importService) {
        m_importService->importDemoMesh();
    }
}

void MainWindow::showImportResult(const ImportSummary &summary)
{
    m_busySource.clear();
    const auto count = [&](const char *key) {
        const auto it = summary.counts.find(QLatin1String(key));
        return it == summary.counts.end() ? 0 : static_cast<int>(it->second);
    };
    if (!summary.ok) {
        statusBar()->showMessage(summary.message);
        refreshSources();
        QMessageBox::warning(this, tr("Catalog"), summary.message);
        return;
    }
    if (!summary.message.isEmpty()) {
        QMessageBox::information(this, tr("Catalog"), summary.message); // e.g. a damaged store kept aside
    }
    QString status
        = tr("Catalog: %1")
              .arg(QStringList { tr("%n product(s)", nullptr, count("products")),
                  tr("%n contract(s)", nullptr, count("contracts")), tr("%n dataset(s)", nullptr, count("datasets")) }
                       .join(QStringLiteral(", ")));
    if (summary.filesRead > 0) {
        status += QStringLiteral(" · ") + tr("%n file(s) imported", nullptr, summary.filesRead);
    }
    if (summary.filesLeftOut > 0) {
        status += QStringLiteral(" · ") + tr("%n file(s) left out", nullptr, summary.filesLeftOut);
    }
    statusBar()->showMessage(status, 10'000);
    // The browser reads the store afresh (list, counts, open pages, sources).
    if (m_catalog) {
        m_catalog->notifyChanged();
    }
}

void MainWindow::createActions()
{
    m_openContractAction
        = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Check contract file…"), this);
    m_openContractAction->setShortcut(QKeySequence::Open);
    m_openContractAction->setStatusTip(tr("Check an ODCS contract file and list its problems"));
    connect(m_openContractAction, &QAction::triggered, this, &MainWindow::chooseContract);

    m_newContractAction = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New contract"), this);
    m_newContractAction->setShortcut(QKeySequence::New);
    m_newContractAction->setStatusTip(tr("Design a new data contract in forms"));
    connect(m_newContractAction, &QAction::triggered, this, [this] { newContract(); });

    m_templateMenu = new QMenu(tr("New contract from &template"), this);
    m_templateMenu->setIcon(QIcon::fromTheme(QStringLiteral("document-new-from-template")));
    for (const auto &[name, resource] : contractTemplates()) {
        m_templateMenu->addAction(name, this, [this, resource = resource] { newContractFromTemplate(resource); });
    }

    m_editContractAction
        = new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit contract file…"), this);
    m_editContractAction->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    m_editContractAction->setStatusTip(tr("Open an ODCS or DCS contract file in the designer"));
    connect(m_editContractAction, &QAction::triggered, this, &MainWindow::chooseContractToEdit);

    m_addFolderAction = new QAction(QIcon::fromTheme(QStringLiteral("folder-add")), tr("&Add local folder…"), this);
    m_addFolderAction->setStatusTip(
        tr("Import a folder of contracts, products and lineage into the catalog, and watch it"));
    m_addFolderAction->setEnabled(false); // until an import service is there
    connect(m_addFolderAction, &QAction::triggered, this, &MainWindow::chooseFolder);

    m_connectionsAction = new QAction(QIcon::fromTheme(QStringLiteral("network-server")), tr("C&onnections…"), this);
    m_connectionsAction->setObjectName(QStringLiteral("connectionsAction"));
    m_connectionsAction->setStatusTip(tr("Add, edit, test and remove catalog endpoints and local folders"));
    m_connectionsAction->setEnabled(m_catalog != nullptr);
    connect(m_connectionsAction, &QAction::triggered, this, [this] { showConnections(); });

    m_syncAction = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Sync now"), this);
    m_syncAction->setObjectName(QStringLiteral("syncAction"));
    // F5 as in browsers and IDEs; Ctrl+R as well (free here: nothing else uses either).
    m_syncAction->setShortcuts({ QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R) });
    m_syncAction->setStatusTip(tr("Bring the catalog up to date with every catalog endpoint"));
    m_syncAction->setEnabled(false); // until a sync service is there
    connect(m_syncAction, &QAction::triggered, this, &MainWindow::syncNow);

    m_loadDemoAction = new QAction(tr("Load the &demo mesh"), this);
    m_loadDemoAction->setStatusTip(tr("Import FoodCo, the demo mesh built into Tessera, into the catalog"));
    m_loadDemoAction->setEnabled(false);
    connect(m_loadDemoAction, &QAction::triggered, this, &MainWindow::loadDemoMesh);

    m_findAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find products…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setStatusTip(tr("Search the catalog's products, datasets and columns"));
    connect(m_findAction, &QAction::triggered, this, [this] { m_productList->focusSearch(); });

    m_quickOpenAction = new QAction(QIcon::fromTheme(QStringLiteral("go-jump")), tr("&Quick open…"), this);
    m_quickOpenAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_quickOpenAction->setStatusTip(tr("Go to any product, dataset, contract or column"));
    connect(m_quickOpenAction, &QAction::triggered, this, &MainWindow::showQuickOpen);

    m_backAction = new QAction(QIcon::fromTheme(QStringLiteral("go-previous")), tr("&Back"), this);
    m_backAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_backAction->setStatusTip(tr("Show the page seen before"));
    connect(m_backAction, &QAction::triggered, this, &MainWindow::goBack);

    m_forwardAction = new QAction(QIcon::fromTheme(QStringLiteral("go-next")), tr("&Forward"), this);
    m_forwardAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_forwardAction->setStatusTip(tr("Show the page seen after this one"));
    connect(m_forwardAction, &QAction::triggered, this, &MainWindow::goForward);

    m_closeTabAction = new QAction(QIcon::fromTheme(QStringLiteral("tab-close")), tr("&Close page"), this);
    // Ctrl+W everywhere; the platform's own close key (Ctrl+F4 on some) as well.
    m_closeTabAction->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(QKeySequence::Close) });
    connect(m_closeTabAction, &QAction::triggered, this, [this] { m_documents->closeCurrent(); });

    m_nextTabAction = new QAction(tr("&Next page"), this);
    m_nextTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(m_nextTabAction, &QAction::triggered, this, [this] {
        QTabWidget *tabs = m_documents->tabs();
        if (tabs->count() > 1) {
            tabs->setCurrentIndex((tabs->currentIndex() + 1) % tabs->count());
        }
    });
    m_previousTabAction = new QAction(tr("&Previous page"), this);
    m_previousTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(m_previousTabAction, &QAction::triggered, this, [this] {
        QTabWidget *tabs = m_documents->tabs();
        if (tabs->count() > 1) {
            tabs->setCurrentIndex((tabs->currentIndex() + tabs->count() - 1) % tabs->count());
        }
    });

    m_copyLinkAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy &link to page"), this);
    m_copyLinkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyLinkAction->setStatusTip(tr("Copy the tessera:// link of the page shown"));
    connect(m_copyLinkAction, &QAction::triggered, this, [this] {
        if (const QUrl url = m_documents->currentUrl(); url.isValid()) {
            QApplication::clipboard()->setText(url.toString());
            statusBar()->showMessage(tr("Copied %1").arg(url.toString()), 5000);
        }
    });
}

void MainWindow::createBrowser()
{
    m_sidebar = new Sidebar(m_catalog);
    m_productList = new ProductListPanel(m_catalog);
    m_documents = new DocumentArea(m_catalog);
    m_quickOpen = new QuickOpen(m_catalog, this);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("browserSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_productList);
    m_splitter->addWidget(m_documents);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setStretchFactor(2, 1);
    const int charWidth = fontMetrics().averageCharWidth();
    m_splitter->setSizes({ 30 * charWidth, 56 * charWidth, 110 * charWidth });
    m_sidebar->setMinimumWidth(18 * charWidth);
    m_productList->setMinimumWidth(30 * charWidth);
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(kSpacing, 0, 0, 0);
    layout->addWidget(m_splitter);
    setCentralWidget(central);

    // The list follows the sidebar's filters; the sidebar counts for the list's query.
    connect(m_sidebar, &Sidebar::filtersChanged, this, [this] { m_productList->setFilters(m_sidebar->filters()); });
    connect(m_productList, &ProductListPanel::queryChanged, this, [this](const ProductQuery &query) {
        if (query.facets.empty() && !m_sidebar->filters().empty()) {
            m_sidebar->clearFilters(); // the list's "clear search and filters"
        }
        m_sidebar->updateCounts(m_productList->query());
    });
    connect(m_productList, &ProductListPanel::productActivated, this,
        [this](const QString &id) { openUrl(QUrl(QStringLiteral("tessera://product/") + urlSegment(id))); });
    connect(m_sidebar, &Sidebar::productActivated, this,
        [this](const QString &id) { openUrl(QUrl(QStringLiteral("tessera://product/") + urlSegment(id))); });
    connect(m_productList, &ProductListPanel::addFolderRequested, m_addFolderAction, &QAction::trigger);
    connect(m_productList, &ProductListPanel::loadDemoRequested, this, &MainWindow::loadDemoMesh);
    connect(m_documents, &DocumentArea::linkActivated, this, &MainWindow::openUrl);
    connect(m_quickOpen, &QuickOpen::urlChosen, this, [this](const QString &url) { openUrl(QUrl(url)); });
    connect(m_documents, &DocumentArea::currentUrlChanged, this, [this](const QUrl &url) {
        if (!m_navigatingHistory && url.isValid()) {
            m_history->visit(url.toString());
        }
        updateNavigation();
    });
    connect(m_history, &NavigationHistory::changed, this, &MainWindow::updateNavigation);
    connect(m_documents, &DocumentArea::titleChanged, this, &MainWindow::updateNavigation);
    m_sidebar->updateCounts(m_productList->query());
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_newContractAction);
    fileMenu->addMenu(m_templateMenu);
    fileMenu->addAction(m_editContractAction);
    fileMenu->addAction(m_openContractAction);
    fileMenu->addAction(m_addFolderAction);
    fileMenu->addAction(m_loadDemoAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_connectionsAction);
    fileMenu->addAction(m_syncAction);
    fileMenu->addSeparator();
    QAction *reportAction
        = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("x-office-document")), tr("Export governance &report…"),
            this, [this] { GovernanceReport::exportWithDialog(this, m_catalog, QString()); });
    reportAction->setObjectName(QStringLiteral("exportReportAction"));
    reportAction->setStatusTip(tr("Save a governance report of the whole mesh, with its charts, as HTML or PDF"));
    reportAction->setEnabled(m_catalog != nullptr);
    fileMenu->addSeparator();
    QAction *quitAction
        = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(m_findAction);
    editMenu->addAction(m_copyLinkAction);
    editMenu->addSeparator();
    QAction *preferencesAction = editMenu->addAction(
        QIcon::fromTheme(QStringLiteral("configure")), tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferencesAction->setMenuRole(QAction::PreferencesRole);
    preferencesAction->setStatusTip(tr("Language, the organisation's policy file and your name as a reviewer"));

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    m_sidebarAction = new QAction(tr("&Sidebar"), this);
    m_sidebarAction->setCheckable(true);
    m_sidebarAction->setChecked(true);
    m_sidebarAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_sidebarAction->setStatusTip(tr("Show or hide the sources, domains and filters"));
    connect(m_sidebarAction, &QAction::toggled, m_sidebar, &QWidget::setVisible);
    viewMenu->addAction(m_sidebarAction);
    QAction *problemsAction = m_problemsDock->toggleViewAction();
    problemsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    problemsAction->setStatusTip(tr("Show or hide the Problems panel"));
    viewMenu->addAction(problemsAction);
    viewMenu->addSeparator();
    QAction *overviewAction = viewMenu->addAction(QIcon::fromTheme(QStringLiteral("office-chart-bar")),
        tr("Mesh &overview"), this, [this] { openUrl(QUrl(QStringLiteral("tessera://overview/mesh"))); });
    overviewAction->setObjectName(QStringLiteral("meshOverviewAction"));
    overviewAction->setStatusTip(tr("Every domain's products, contracts, SLA compliance and policy findings"));
    QAction *reviewAction = viewMenu->addAction(QIcon::fromTheme(QStringLiteral("view-task")), tr("&Review queue"),
        this, [this] { openUrl(ReviewQueuePage::pageUrl()); });
    reviewAction->setObjectName(QStringLiteral("reviewQueueAction"));
    reviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    reviewAction->setStatusTip(tr("Contract versions proposed for review: their changes, findings and impact"));

    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    goMenu->addAction(m_backAction);
    goMenu->addAction(m_forwardAction);
    goMenu->addSeparator();
    goMenu->addAction(m_quickOpenAction);
    goMenu->addSeparator();
    goMenu->addAction(m_nextTabAction);
    goMenu->addAction(m_previousTabAction);
    goMenu->addAction(m_closeTabAction);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = helpMenu->addAction(
        QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Tessera"), this, &MainWindow::showAbout);
    aboutAction->setMenuRole(QAction::AboutRole);
    QAction *aboutQtAction = helpMenu->addAction(tr("About &Qt"), this, [this] { QMessageBox::aboutQt(this); });
    aboutQtAction->setMenuRole(QAction::AboutQtRole);

    // The way into the whole mesh, where people look for it: top right.
    auto *search = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-find")),
        tr("Search the mesh…  %1").arg(m_quickOpenAction->shortcut().toString(QKeySequence::NativeText)));
    search->setObjectName(QStringLiteral("quickOpenButton"));
    search->setFlat(true);
    search->setFocusPolicy(Qt::NoFocus); // Ctrl+K reaches it from the keyboard
    search->setToolTip(m_quickOpenAction->statusTip());
    connect(search, &QPushButton::clicked, m_quickOpenAction, &QAction::trigger);
    menuBar()->setCornerWidget(search, Qt::TopRightCorner);
    updateNavigation();
}

void MainWindow::refreshReviews()
{
    m_catalog->run(
        this, [](CatalogReader &reader) { return review::waitingCount(reader.store().connection()); },
        [this](int waiting) {
            m_reviewButton->setText(tr("%n to review", nullptr, waiting));
            m_reviewButton->setVisible(waiting > 0);
        });
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    connect(&dialog, &PreferencesDialog::policyFileChanged, this, &MainWindow::policyFileChanged);
    dialog.exec();
}

bool MainWindow::openUrl(const QUrl &url)
{
    if (url.scheme() != QLatin1String("tessera")) {
        statusBar()->showMessage(tr("Tessera cannot open %1").arg(url.toString()), 10'000);
        return false;
    }
    if (DocumentArea::isDocumentUrl(url)) {
        return m_documents->open(url);
    }
    if (url.host() == QLatin1String("edit") && !idOf(url).isEmpty()) {
        const QUrlQuery query(url);
        editContract(idOf(url), query.queryItemValue(QStringLiteral("version"), QUrl::FullyDecoded),
            query.queryItemValue(QStringLiteral("pointer"), QUrl::FullyDecoded).toStdString());
        return true;
    }
    // A domain, team, tag or source shows its products in the list.
    static const std::map<QString, QString> facets = { { QStringLiteral("domain"), QStringLiteral("domain") },
        { QStringLiteral("team"), QStringLiteral("owner") }, { QStringLiteral("tag"), QStringLiteral("tag") },
        { QStringLiteral("source"), QStringLiteral("source") } };
    const auto facet = facets.find(url.host());
    const QString value = idOf(url);
    if (facet == facets.end() || value.isEmpty()) {
        statusBar()->showMessage(tr("Tessera cannot open %1").arg(url.toString()), 10'000);
        return false;
    }
    m_sidebar->showOnly(facet->second, value);
    m_productList->listView()->setFocus();
    return true;
}

void MainWindow::goBack()
{
    const QString url = m_history->back();
    if (!url.isEmpty()) {
        m_navigatingHistory = true;
        m_documents->open(QUrl(url));
        m_navigatingHistory = false;
    }
}

void MainWindow::goForward()
{
    const QString url = m_history->forward();
    if (!url.isEmpty()) {
        m_navigatingHistory = true;
        m_documents->open(QUrl(url));
        m_navigatingHistory = false;
    }
}

void MainWindow::showQuickOpen()
{
    m_quickOpen->popUp(this);
}

void MainWindow::updateNavigation()
{
    m_backAction->setEnabled(m_history->canGoBack());
    m_forwardAction->setEnabled(m_history->canGoForward());
    const bool page = m_documents->count() > 0;
    m_closeTabAction->setEnabled(page);
    m_copyLinkAction->setEnabled(page);
    m_nextTabAction->setEnabled(m_documents->count() > 1);
    m_previousTabAction->setEnabled(m_documents->count() > 1);
    const QString title = page ? m_documents->tabs()->tabText(m_documents->tabs()->currentIndex()) : QString();
    setWindowTitle(title.isEmpty() ? QStringLiteral("Tessera") : tr("%1 — Tessera").arg(title));
}

void MainWindow::refreshSources()
{
    if (!m_catalog) {
        return;
    }
    const quint64 generation = ++m_sourcesGeneration;
    m_catalog->run(
        this, [](CatalogReader &reader) { return reader.sources(); },
        [this, generation](std::vector<SourceState> sources) {
            if (generation != m_sourcesGeneration) {
                return;
            }
            m_sourceStatus->setSources(sources, m_busySource, m_syncingSource);
            m_sidebar->setSources(sources, m_busySource);
            Q_EMIT sourcesUpdated();
        });
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget->window() == this
            && (mouse->button() == Qt::BackButton || mouse->button() == Qt::ForwardButton)) {
            mouse->button() == Qt::BackButton ? goBack() : goForward();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::createProblemsDock()
{
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setAllowedAreas(
        Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea | Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);

    auto *panel = new QWidget;
    m_problemsFileLabel = new QLabel(tr("No contract checked yet."));
    m_problemsFileLabel->setObjectName(QStringLiteral("problemsFileLabel"));
    m_problemsFileLabel->setTextFormat(Qt::PlainText);
    QFont fileFont = m_problemsFileLabel->font();
    fileFont.setWeight(QFont::DemiBold);
    m_problemsFileLabel->setFont(fileFont);
    m_problemsCountsLabel = new QLabel;
    m_problemsCountsLabel->setObjectName(QStringLiteral("problemsCountsLabel"));
    m_problemsCountsLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_findingsModel);
    proxy->setSortRole(SortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_problemsView = new QTreeView;
    m_problemsView->setObjectName(QStringLiteral("problemsView"));
    m_problemsView->setModel(proxy);
    m_problemsView->setRootIsDecorated(false);
    m_problemsView->setUniformRowHeights(true);
    m_problemsView->setAlternatingRowColors(true);
    m_problemsView->setSortingEnabled(true);
    m_problemsView->sortByColumn(FindingsModel::SeverityColumn, Qt::AscendingOrder); // errors first
    m_problemsView->setItemDelegateForColumn(FindingsModel::PathColumn, new MiddleElideDelegate(m_problemsView));
    QHeaderView *header = m_problemsView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    // The severity column fits its longest (translated) name; the others fit each contract's findings.
    const QFontMetrics metrics = m_problemsView->fontMetrics();
    int severityWidth = 0;
    for (const Severity severity : { Severity::Error, Severity::Warning, Severity::Info })
        severityWidth = std::max(severityWidth, metrics.horizontalAdvance(FindingsModel::severityText(severity)));
    const int iconWidth = m_problemsView->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_problemsView);
    header->resizeSection(FindingsModel::SeverityColumn,
        std::max(iconWidth + severityWidth + 3 * kSpacing, header->sectionSizeHint(FindingsModel::SeverityColumn)));

    auto *summary = new QHBoxLayout;
    summary->setSpacing(2 * kSpacing);
    summary->addWidget(m_problemsFileLabel);
    summary->addWidget(m_problemsCountsLabel);
    summary->addStretch(1);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(kSpacing, 0, kSpacing, kSpacing);
    layout->setSpacing(kSpacing);
    layout->addLayout(summary);
    layout->addWidget(m_problemsView);
    m_problemsDock->setWidget(panel);

    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsDock->hide(); // hidden while it has nothing to show
}

void MainWindow::chooseContract()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open contract"), m_lastContractDirectory, tr("ODCS contracts (*.yaml *.yml);;All files (*)"));
    if (path.isEmpty())
        return;
    m_lastContractDirectory = QFileInfo(path).absolutePath();
    openContract(path);
}

void MainWindow::openContract(const QString &path)
{
    const quint64 generation = ++m_lintGeneration;
    statusBar()->showMessage(tr("Checking %1…").arg(QFileInfo(path).fileName()));
    // The Linter is thread-safe; the worker holds its own reference, so closing the window while a
    // check runs is safe, and the continuation is dropped together with `this`.
    QtConcurrent::run([linter = m_linter, path] { return linter->lintFile(path); })
        .then(this,
            [this, generation, path](LintResult result) {
                // A check that finished before then() was attached runs this at once, inside openContract();
                // queue the delivery, so a newer openContract() always gets to bump the generation first.
                QMetaObject::invokeMethod(
                    this,
                    [this, generation, path, result = std::move(result)]() mutable {
                        if (generation == m_lintGeneration)
                            showLintResult(path, std::move(result));
                    },
                    Qt::QueuedConnection);
            })
        .onFailed(this, [this, generation, path] {
            // lintFile() promises not to throw; should it still, say so instead of "Checking…" forever.
            if (generation == m_lintGeneration)
                statusBar()->showMessage(tr("Could not check %1: internal error").arg(QFileInfo(path).fileName()));
        });
}

void MainWindow::showLintResult(const QString &path, LintResult result)
{
    const QFileInfo info(path);
    m_findingsModel->setFindings(std::move(result.findings));

    const int errors = m_findingsModel->count(Severity::Error);
    const int warnings = m_findingsModel->count(Severity::Warning);
    const int infos = m_findingsModel->count(Severity::Info);
    const int total = m_findingsModel->rowCount();

    m_problemsFileLabel->setText(info.fileName());
    m_problemsFileLabel->setToolTip(QDir::toNativeSeparators(info.absoluteFilePath()));
    m_problemsCountsLabel->setText(
        tr("Errors: %1 · Warnings: %2 · Info: %3")
            .arg(QLocale().toString(errors), QLocale().toString(warnings), QLocale().toString(infos)));
    m_problemsDock->setWindowTitle(total > 0 ? tr("Problems (%1)").arg(QLocale().toString(total)) : tr("Problems"));
    m_problemsDock->setVisible(total > 0);
    fitProblemColumns();

    if (!result.readable)
        statusBar()->showMessage(tr("Could not read %1").arg(info.fileName()));
    else if (total == 0)
        statusBar()->showMessage(tr("No problems found in %1").arg(info.fileName()));
    else
        statusBar()->showMessage(tr("Checked %1").arg(info.fileName()));

    Q_EMIT contractChecked(path);
}

void MainWindow::fitProblemColumns()
{
    // Locations and rule ids are short and shown whole. Paths (JSON Pointers) can be long: they get at
    // most a quarter of the window and are elided in the middle. The message column takes the rest.
    for (const int column : { FindingsModel::LocationColumn, FindingsModel::PathColumn, FindingsModel::RuleColumn })
        m_problemsView->resizeColumnToContents(column);
    QHeaderView *header = m_problemsView->header();
    header->resizeSection(
        FindingsModel::PathColumn, std::min(header->sectionSize(FindingsModel::PathColumn), width() / 4));
}

void MainWindow::showAbout()
{
    if (!m_aboutBox) {
        m_aboutBox = new QMessageBox(this);
        m_aboutBox->setObjectName(QStringLiteral("aboutBox"));
        m_aboutBox->setAttribute(Qt::WA_DeleteOnClose);
        m_aboutBox->setWindowTitle(tr("About Tessera"));
        m_aboutBox->setIconPixmap(QApplication::windowIcon().pixmap(QSize(8 * kSpacing, 8 * kSpacing)));
        m_aboutBox->setTextFormat(Qt::RichText);
        m_aboutBox->setText(QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p>")
                                .arg(tr("Tessera %1").arg(QStringLiteral(TESSERA_VERSION)),
                                    tr("A desktop tool for data meshes: browse data products, follow lineage and "
                                       "design data contracts."),
                                    tr("Licensed under the <a href=\"%1\">Apache License, version 2.0</a>.")
                                        .arg(QStringLiteral("https://www.apache.org/licenses/LICENSE-2.0"))));
        m_aboutBox->setStandardButtons(QMessageBox::Close);
    }
    m_aboutBox->open();
    m_aboutBox->raise();
    m_aboutBox->activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::readSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        const QRect available = screen()->availableGeometry();
        resize(QSize(1600, 1000).boundedTo(available.size() * 9 / 10));
    }
    restoreState(settings.value(kStateKey).toByteArray());
    m_problemsDock->hide(); // restoreState() may have shown it, but nothing is checked yet
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    m_sidebar->setCollapsedSections(settings.value(kCollapsedKey).toStringList());
    if (settings.contains(kOrderKey)) {
        m_productList->setOrder(static_cast<ProductQuery::Order>(settings.value(kOrderKey).toInt()));
    }
    m_lastContractDirectory = settings.value(kContractDirectoryKey, QDir::homePath()).toString();
    // The pages that were open come back, the current one last so it is shown.
    if (m_catalog) {
        const QStringList pages = settings.value(kTabsKey).toStringList();
        const QString current = settings.value(kCurrentTabKey).toString();
        for (const QString &page : pages) {
            if (page != current) {
                m_documents->open(QUrl(page));
            }
        }
        if (!current.isEmpty()) {
            m_documents->open(QUrl(current));
        }
    }
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kCollapsedKey, m_sidebar->collapsedSections());
    settings.setValue(kOrderKey, int(m_productList->order()));
    settings.setValue(kContractDirectoryKey, m_lastContractDirectory);
    settings.setValue(kTabsKey, m_documents->openUrls());
    settings.setValue(kCurrentTabKey, m_documents->currentUrl().toString());
}

// ---- the contract designer -----------------------------------------------------------------------------

void MainWindow::setDraftService(DraftService *drafts)
{
    m_drafts = drafts;
    if (!m_drafts) {
        return;
    }
    // The designers open when the app last ran (closed normally or not): as they were.
    for (const DraftRow &draft : m_drafts->openDrafts()) {
        const SourceDocument text = SourceDocument::fromText(QByteArray::fromStdString(draft.text));
        if (!text.isValid() || !text.value().is_object()) {
            qWarning() << "a draft could not be read back:" << text.error().message;
            continue;
        }
        ContractEditor *editor = addEditor(new ContractDocument(text.value()), QString::fromStdString(draft.origin),
            QString::fromStdString(draft.key));
        editor->setSavedAt(QDateTime::fromString(QString::fromStdString(draft.updatedAt), Qt::ISODateWithMs));
    }
}

ContractEditor *MainWindow::addEditor(ContractDocument *document, const QString &origin, const QString &key)
{
    const QString draftKey = key.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : key;
    auto *editor = new ContractEditor(document, m_drafts, m_linter, draftKey, origin);
    editor->setCatalogService(m_catalog);
    m_documents->addEditor(editor);
    loadCatalogChoices(editor);
    return editor;
}

void MainWindow::loadCatalogChoices(ContractEditor *editor)
{
    if (!m_catalog) {
        return;
    }
    const QPointer<ContractEditor> guard(editor);
    m_catalog->run(
        this, [](CatalogReader &reader) { return reader.domainAndProductNames(); },
        [guard](const std::pair<QStringList, QStringList> &names) {
            if (guard) {
                guard->setCatalogChoices(names.first, names.second);
            }
        });
}

ContractEditor *MainWindow::newContract()
{
    ContractEditor *editor = addEditor(new ContractDocument(ContractDocument::blank()), {});
    // Autosaved from the start: a new contract exists as soon as it is opened.
    editor->document()->setText("/name", {});
    editor->showSection(ContractEditor::Fundamentals);
    if (auto *name = editor->findChild<QLineEdit *>(QStringLiteral("field_name"))) {
        name->setFocus();
    }
    return editor;
}

QList<std::pair<QString, QString>> MainWindow::contractTemplates()
{
    return { { tr("Table with a key and audit columns"), QStringLiteral(":/templates/table.odcs.yaml") },
        { tr("Event stream (Kafka topic)"), QStringLiteral(":/templates/events.odcs.yaml") },
        { tr("Daily aggregate"), QStringLiteral(":/templates/aggregate.odcs.yaml") } };
}

ContractEditor *MainWindow::newContractFromTemplate(const QString &resource)
{
    const SourceDocument source = SourceDocument::fromFile(resource);
    if (!source.isValid() || !source.value().is_object()) {
        return nullptr; // built in: cannot happen unless the build is broken
    }
    nlohmann::json document = source.value();
    const nlohmann::json fresh = ContractDocument::blank();
    for (const char *key : { "id", "version", "status" }) {
        document[key] = fresh[key];
    }
    ContractEditor *editor = addEditor(new ContractDocument(std::move(document)), {});
    editor->showSection(ContractEditor::Fundamentals);
    if (auto *name = editor->findChild<QLineEdit *>(QStringLiteral("field_name"))) {
        name->setFocus();
        name->selectAll();
    }
    editor->saveDraftVersion();
    return editor;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    const bool contracts = !urls.isEmpty() && std::all_of(urls.begin(), urls.end(), [](const QUrl &url) {
        const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
        return url.isLocalFile()
            && (suffix == QLatin1String("yaml") || suffix == QLatin1String("yml") || suffix == QLatin1String("json"));
    });
    if (contracts) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            editContractFile(url.toLocalFile());
        }
    }
    event->acceptProposedAction();
}

void MainWindow::chooseContractToEdit()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Edit contract file"), QString(), tr("Data contracts (*.yaml *.yml *.json);;All files (*)"));
    if (!path.isEmpty()) {
        editContractFile(path);
    }
}

ContractEditor *MainWindow::showEditorOf(const QString &origin)
{
    for (ContractEditor *editor : m_documents->editors()) {
        if (editor->origin() == origin) {
            m_documents->tabs()->setCurrentWidget(editor);
            return editor;
        }
    }
    return nullptr;
}

ContractEditor *MainWindow::editContractFile(const QString &path)
{
    const QString origin = QStringLiteral("file:") + QFileInfo(path).absoluteFilePath();
    if (ContractEditor *open = showEditorOf(origin)) {
        return open;
    }
    const SourceDocument source = SourceDocument::fromFile(path);
    if (!source.isValid() || !source.value().is_object()) {
        const QString why = source.isValid()
            ? tr("It holds no YAML or JSON mapping.")
            : tr("Line %1: %2").arg(source.error().location.line).arg(source.error().message);
        QMessageBox::warning(this, tr("Edit contract file"),
            tr("%1 cannot be opened in the designer.").arg(QDir::toNativeSeparators(path)) + QStringLiteral("\n\n")
                + why);
        return nullptr;
    }
    nlohmann::json document = source.value();
    if (DcsImport::isDcs(document)) {
        QStringList notes;
        document = DcsImport::toOdcs(document, &notes);
        statusBar()->showMessage(
            tr("%1 was converted from the Data Contract Specification to ODCS").arg(QFileInfo(path).fileName()),
            10'000);
    }
    ContractEditor *editor = addEditor(new ContractDocument(std::move(document)), origin);
    // Saved as a draft at once: the file is in the catalog's drafts from now on.
    editor->saveDraftVersion();
    return editor;
}

void MainWindow::editContract(const QString &contractId, const QString &version, const std::string &pointer)
{
    const QString origin = QStringLiteral("store:") + contractId;
    if (ContractEditor *open = showEditorOf(origin)) {
        if (!pointer.empty()) {
            open->focusPointer(pointer);
        }
        return;
    }
    if (!m_catalog) {
        return;
    }
    m_catalog->run(
        this, [contractId, version](CatalogReader &reader) { return reader.contractText(contractId, version); },
        [this, contractId, origin, pointer](const QByteArray &text) {
            const SourceDocument source = SourceDocument::fromText(text);
            if (text.isEmpty() || !source.isValid() || !source.value().is_object()) {
                statusBar()->showMessage(tr("The catalog has no readable contract %1").arg(contractId), 10'000);
                return;
            }
            nlohmann::json document = source.value();
            if (DcsImport::isDcs(document)) {
                document = DcsImport::toOdcs(document);
            }
            ContractEditor *editor = addEditor(new ContractDocument(std::move(document)), origin);
            editor->saveDraftVersion();
            if (!pointer.empty()) {
                editor->focusPointer(pointer); // a policy finding: the field it is about
            }
        });
}

} // namespace tessera
