// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

QT_BEGIN_NAMESPACE
class QAction;
class QDockWidget;
class QLabel;
class QMessageBox;
class QTreeView;
QT_END_NAMESPACE

namespace tessera {

class FindingsModel;
class ImportService;
struct ImportSummary;
class Linter;
struct LintResult;

/**
 * The main window shell: menus, the catalog area (an empty state until sources exist), the status bar
 * and the Problems panel, which lists the lint findings of the contract opened last.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** `linter` is shared with the worker threads that lint contracts; it must not be null. */
    explicit MainWindow(std::shared_ptr<const Linter> linter, QWidget *parent = nullptr);
    ~MainWindow() override;

    /**
     * Lints the contract at `path` off the GUI thread and shows its findings in the Problems panel,
     * which opens when there are findings and hides when there are none. A contract opened while
     * another one is still being checked replaces it.
     */
    void openContract(const QString &path);

    /** Shows the About box (version, description, licence). */
    void showAbout();

    /** Shows what the import service does (status bar, catalog summary) and offers File › Add local folder. */
    void setImportService(ImportService *service);

Q_SIGNALS:
    /** The findings of the contract at `path` are now shown. */
    void contractChecked(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    QWidget *createEmptyState();
    void createProblemsDock();
    void chooseContract();
    void showLintResult(const QString &path, LintResult result);
    void showImportResult(const ImportSummary &summary);
    void chooseFolder();
    void fitProblemColumns();
    void readSettings();
    void writeSettings() const;

    std::shared_ptr<const Linter> m_linter;
    FindingsModel *m_findingsModel = nullptr;
    QAction *m_openContractAction = nullptr;
    QAction *m_addFolderAction = nullptr;
    QPointer<ImportService> m_importService;
    QDockWidget *m_problemsDock = nullptr;
    QTreeView *m_problemsView = nullptr;
    QLabel *m_problemsFileLabel = nullptr;
    QLabel *m_problemsCountsLabel = nullptr;
    QPointer<QMessageBox> m_aboutBox;
    QString m_lastContractDirectory;
    quint64 m_lintGeneration = 0; ///< drops the result of a check that a newer openContract() replaced
};

} // namespace tessera
