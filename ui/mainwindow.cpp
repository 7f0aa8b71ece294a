// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "mainwindow.h"

#include "contract/linter.h"
#include "contractfindingsmodel.h"
#include "importservice.h"
#include "modelroles.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace tessera {

namespace {

constexpr int kSpacing = 8; // the 8 px grid

constexpr QLatin1StringView kGeometryKey("mainWindow/geometry");
constexpr QLatin1StringView kStateKey("mainWindow/state");
constexpr QLatin1StringView kContractDirectoryKey("mainWindow/lastContractDirectory");

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

} // namespace

MainWindow::MainWindow(std::shared_ptr<const Linter> linter, QWidget *parent)
    : QMainWindow(parent)
    , m_linter(std::move(linter))
    , m_findingsModel(new FindingsModel(this))
{
    Q_ASSERT(m_linter);
    setWindowTitle(QStringLiteral("Tessera")); // the product name is not translated
    createActions();
    setCentralWidget(createEmptyState());
    createProblemsDock();
    createMenus();
    statusBar(); // created now, so the window does not grow once the first message arrives
    readSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::setImportService(ImportService *service)
{
    m_importService = service;
    m_addFolderAction->setEnabled(service != nullptr);
    if (!service) {
        return;
    }
    connect(service, &ImportService::importStarted, this, [this](const QString &source) {
        statusBar()->showMessage(source == ImportService::demoMeshLocation()
                ? tr("Importing the demo mesh…")
                : tr("Importing %1…").arg(QDir::toNativeSeparators(source)));
    });
    connect(service, &ImportService::importFinished, this, &MainWindow::showImportResult);
}

void MainWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add local folder"), m_lastContractDirectory);
    if (!folder.isEmpty() && m_importService) {
        m_importService->importFolder(folder);
    }
}

void MainWindow::showImportResult(const ImportSummary &summary)
{
    const auto count = [&](const char *key) {
        const auto it = summary.counts.find(QLatin1String(key));
        return it == summary.counts.end() ? 0 : static_cast<int>(it->second);
    };
    if (!summary.ok) {
        statusBar()->showMessage(summary.message);
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
    statusBar()->showMessage(status);
    if (summary.counts.empty()
        || summary.counts.at(QStringLiteral("products")) + summary.counts.at(QStringLiteral("contracts")) == 0) {
        return;
    }
    if (auto *title = findChild<QLabel *>(QStringLiteral("emptyStateTitle"))) {
        title->setText(tr("Your catalog is ready, offline"));
    }
    if (auto *text = findChild<QLabel *>(QStringLiteral("emptyStateText"))) {
        text->setText(
            tr("In the local store: %1, %2 and %3 in %4, with their lineage and SLA history.")
                .arg(tr("%n data product(s)", nullptr, count("products")),
                    tr("%n contract(s)", nullptr, count("contracts")), tr("%n dataset(s)", nullptr, count("datasets")),
                    tr("%n domain(s)", nullptr, count("domains")))
            + QStringLiteral("\n\n")
            + tr("Browsing them here comes next; meanwhile tessera-cli search, show and lineage read the same store. "
                 "You can also check an ODCS contract file: its problems appear in the Problems panel."));
    }
}

void MainWindow::createActions()
{
    // Menus are built after the Problems panel (whose toggle they hold); this action is needed earlier,
    // by the empty state.
    m_openContractAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open contract…"), this);
    m_openContractAction->setShortcut(QKeySequence::Open);
    m_openContractAction->setStatusTip(tr("Check an ODCS contract file and list its problems"));
    connect(m_openContractAction, &QAction::triggered, this, &MainWindow::chooseContract);

    m_addFolderAction = new QAction(QIcon::fromTheme(QStringLiteral("folder-add")), tr("&Add local folder…"), this);
    m_addFolderAction->setStatusTip(
        tr("Import a folder of contracts, products and lineage into the catalog, and watch it"));
    m_addFolderAction->setEnabled(false); // until an import service is there
    connect(m_addFolderAction, &QAction::triggered, this, &MainWindow::chooseFolder);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_openContractAction);
    fileMenu->addAction(m_addFolderAction);
    fileMenu->addSeparator();
    QAction *quitAction
        = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *problemsAction = m_problemsDock->toggleViewAction();
    problemsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    problemsAction->setStatusTip(tr("Show or hide the Problems panel"));
    viewMenu->addAction(problemsAction);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = helpMenu->addAction(
        QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Tessera"), this, &MainWindow::showAbout);
    aboutAction->setMenuRole(QAction::AboutRole);
    QAction *aboutQtAction = helpMenu->addAction(tr("About &Qt"), this, [this] { QMessageBox::aboutQt(this); });
    aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

QWidget *MainWindow::createEmptyState()
{
    auto *page = new QWidget;

    auto *icon = new QLabel;
    const int iconSize = 8 * kSpacing;
    icon->setPixmap(QApplication::windowIcon().pixmap(QSize(iconSize, iconSize), devicePixelRatio(), QIcon::Disabled));
    icon->setAlignment(Qt::AlignHCenter);

    auto *title = new QLabel(tr("No sources yet"));
    title->setObjectName(QStringLiteral("emptyStateTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignHCenter);
    title->setWordWrap(true);

    auto *text = new QLabel(tr("The catalog browser will list the data products, datasets and contracts of your "
                               "sources here once a source is added.\n\nMeanwhile you can check an ODCS contract "
                               "file: its problems appear in the Problems panel."));
    text->setObjectName(QStringLiteral("emptyStateText"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignHCenter);
    text->setForegroundRole(QPalette::PlaceholderText);

    auto *openButton = new QPushButton(m_openContractAction->icon(), tr("Open contract…"));
    openButton->setObjectName(QStringLiteral("openContractButton"));
    connect(openButton, &QPushButton::clicked, m_openContractAction, &QAction::trigger);

    // A centred column of readable measure (about 60 characters a line). The wrapped labels get no
    // alignment in the layout, or it would stop giving them the height their wrapped text needs.
    auto *column = new QWidget;
    column->setMaximumWidth(60 * text->fontMetrics().averageCharWidth());
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(kSpacing);
    columnLayout->addWidget(icon);
    columnLayout->addSpacing(kSpacing);
    columnLayout->addWidget(title);
    columnLayout->addWidget(text);
    columnLayout->addSpacing(kSpacing);
    columnLayout->addWidget(openButton, 0, Qt::AlignHCenter);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(3 * kSpacing, 3 * kSpacing, 3 * kSpacing, 3 * kSpacing);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(1);

    // Centred in a large window, scrollable in a small one (or beside a tall Problems panel).
    auto *scrollArea = new QScrollArea;
    scrollArea->setObjectName(QStringLiteral("emptyState"));
    scrollArea->setFrameShape(QFrame::NoFrame);
    scrollArea->setWidgetResizable(true);
    scrollArea->setWidget(page);
    return scrollArea;
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
        resize(QSize(1280, 800).boundedTo(available.size() * 9 / 10));
    }
    restoreState(settings.value(kStateKey).toByteArray());
    m_problemsDock->hide(); // restoreState() may have shown it, but nothing is checked yet
    m_lastContractDirectory = settings.value(kContractDirectoryKey, QDir::homePath()).toString();
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kContractDirectoryKey, m_lastContractDirectory);
}

} // namespace tessera
