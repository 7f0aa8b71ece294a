// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "syncservice.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <memory>

QT_BEGIN_NAMESPACE
class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QMessageBox;
class QProgressBar;
class QSplitter;
class QToolButton;
class QTreeView;
QT_END_NAMESPACE

namespace tessera {

class CatalogService;
class ConnectionsDialog;
class ContractDocument;
class ContractEditor;
class DraftService;
class DocumentArea;
class FindingsModel;
class ImportService;
struct ImportSummary;
class Linter;
struct LintResult;
class NavigationHistory;
class ProductListPanel;
class QuickOpen;
class Sidebar;
class SourceStatus;

/**
 * The main window: the catalog browser (a sidebar of sources, domains and filters; the product list
 * with search; documents in tabs), the Problems panel with the lint findings of the contract opened
 * last, and a status bar with each source's state. Everything is a keystroke away: Ctrl+F searches,
 * Ctrl+K opens anything, Alt+Left/Right (and the mouse's back and forward buttons) walk the history.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /**
     * `linter` is shared with the worker threads that lint contracts; it must not be null. `catalog`
     * reads the store for the browser; without one the browser stays empty.
     */
    explicit MainWindow(
        std::shared_ptr<const Linter> linter, CatalogService *catalog = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    /**
     * Lints the contract at `path` off the GUI thread and shows its findings in the Problems panel,
     * which opens when there are findings and hides when there are none. A contract opened while
     * another one is still being checked replaces it.
     */
    void openContract(const QString &path);

    /**
     * Opens what a tessera:// URL names: a product, contract or dataset page; a domain, team, tag or
     * source as a filter of the list. Returns false (and says so) for anything else.
     */
    bool openUrl(const QUrl &url);

    /** Shows the About box (version, description, licence). */
    void showAbout();

    /** Shows what the import service does (status bar, sources) and offers File › Add local folder. */
    void setImportService(ImportService *service);

    /**
     * Syncs the catalog endpoints through `service`: File › Sync now (F5), progress and Cancel in the status
     * bar, a summary when done, the token prompt (no keychain) and the conflicts of a push.
     */
    void setSyncService(SyncService *service);
    /** Shows the Connections dialog (non-modal; the open one when there is one). */
    ConnectionsDialog *showConnections();
    /** Syncs every endpoint now (File › Sync now). */
    void syncNow();
    /** Shows a conflict of a push: Base, Mine and Theirs side by side. */
    void showConflict(const QString &sourceName, const tessera::SyncReport::Conflict &conflict);
    /** Opens a contract text in the designer as a new draft; the open designer of `draftKey` when there is one. */
    ContractEditor *editContractText(const QByteArray &text, const QString &draftKey = {});

    void goBack();
    void goForward();
    void showQuickOpen();
    /** Shows Edit › Preferences (modal). */
    void showPreferences();

    /**
     * Autosaves the designer's drafts through `drafts` and brings back the contracts whose designer was
     * open when the app last ran (also after a crash).
     */
    void setDraftService(DraftService *drafts);
    /** Opens a new contract in the designer (a fresh id, version 0.1.0, draft). */
    ContractEditor *newContract();
    /** The built-in templates: (name, resource path). */
    static QList<std::pair<QString, QString>> contractTemplates();
    /** Opens a new contract made from a template (a fresh id, version 0.1.0, draft). */
    ContractEditor *newContractFromTemplate(const QString &resource);
    /** Opens an ODCS or DCS file in the designer; null (and says why) when it cannot be read. */
    ContractEditor *editContractFile(const QString &path);
    /**
     * Opens a contract of the store in the designer (its current version when `version` is empty); with
     * `pointer`, at that field (where a policy finding points).
     */
    void editContract(const QString &contractId, const QString &version = {}, const std::string &pointer = {});

    Sidebar *sidebar() const { return m_sidebar; }
    ProductListPanel *productList() const { return m_productList; }
    DocumentArea *documents() const { return m_documents; }
    NavigationHistory *history() const { return m_history; }
    QuickOpen *quickOpen() const { return m_quickOpen; }
    SourceStatus *sourceStatus() const { return m_sourceStatus; }

Q_SIGNALS:
    /** The findings of the contract at `path` are now shown. */
    void contractChecked(const QString &path);
    /** The sources' states were read again (after an import, or on the minute). */
    void sourcesUpdated();
    /** A sync finished and its summary is in the status bar. */
    void syncSummarized(const QString &summary);
    /** The organisation's policy file was changed in Preferences (empty: none). */
    void policyFileChanged(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    /** Contract files dropped on the window open in the designer. */
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createBrowser();
    void createProblemsDock();
    void chooseContract();
    void chooseContractToEdit();
    ContractEditor *addEditor(ContractDocument *document, const QString &origin, const QString &key = {});
    void loadCatalogChoices(ContractEditor *editor);
    /** The designer open on `origin`, shown; null when none is. */
    ContractEditor *showEditorOf(const QString &origin);
    void showLintResult(const QString &path, LintResult result);
    void showImportResult(const ImportSummary &summary);
    void chooseFolder();
    void loadDemoMesh();
    /** Reads how many contract versions wait for review (the status bar button). */
    void refreshReviews();
    void refreshSources();
    void syncFinished(const std::vector<SyncReport> &reports);
    void askForToken(const SyncService::TokenRequest &request);
    void updateConflictButton();
    void updateNavigation();
    void fitProblemColumns();
    void readSettings();
    void writeSettings() const;

    std::shared_ptr<const Linter> m_linter;
    QPointer<CatalogService> m_catalog;
    FindingsModel *m_findingsModel = nullptr;
    NavigationHistory *m_history = nullptr;
    QAction *m_openContractAction = nullptr;
    QAction *m_newContractAction = nullptr;
    QMenu *m_templateMenu = nullptr;
    QAction *m_editContractAction = nullptr;
    QPointer<DraftService> m_drafts;
    QAction *m_addFolderAction = nullptr;
    QAction *m_loadDemoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_quickOpenAction = nullptr;
    QAction *m_closeTabAction = nullptr;
    QAction *m_nextTabAction = nullptr;
    QAction *m_previousTabAction = nullptr;
    QAction *m_copyLinkAction = nullptr;
    QAction *m_sidebarAction = nullptr;
    QPointer<ImportService> m_importService;
    QPointer<SyncService> m_syncService;
    QAction *m_syncAction = nullptr;
    QAction *m_connectionsAction = nullptr;
    QPointer<ConnectionsDialog> m_connections;
    QWidget *m_syncWidget = nullptr; ///< the status bar's progress while syncing
    QLabel *m_syncLabel = nullptr;
    QProgressBar *m_syncBar = nullptr;
    QToolButton *m_conflictButton = nullptr;
    QToolButton *m_reviewButton = nullptr; ///< "2 to review", while anything waits

    QString m_syncingSource; ///< the endpoint being synced now
    bool m_userSync = false; ///< the running sync was asked for (Sync now): say so when there is nothing to sync
    QStringList m_tokenAsked; ///< sources whose token was asked for in this run (at most once each)
    QStringList m_offline; ///< endpoints the last sync found offline: a token would not help them
    std::vector<std::pair<QString, SyncReport::Conflict>> m_conflicts; ///< (source, conflict) of the last syncs
    QString m_busySource; ///< the source being imported, shown as such
    QSplitter *m_splitter = nullptr;
    Sidebar *m_sidebar = nullptr;
    ProductListPanel *m_productList = nullptr;
    DocumentArea *m_documents = nullptr;
    QuickOpen *m_quickOpen = nullptr;
    SourceStatus *m_sourceStatus = nullptr;
    QTimer m_sourceTimer; ///< keeps "cached 3 days ago" and reachability current
    QDockWidget *m_problemsDock = nullptr;
    QTreeView *m_problemsView = nullptr;
    QLabel *m_problemsFileLabel = nullptr;
    QLabel *m_problemsCountsLabel = nullptr;
    QPointer<QMessageBox> m_aboutBox;
    QString m_lastContractDirectory;
    quint64 m_lintGeneration = 0; ///< drops the result of a check that a newer openContract() replaced
    quint64 m_sourcesGeneration = 0;
    bool m_navigatingHistory = false; ///< a page shown by Back/Forward is not a new visit
};

} // namespace tessera
