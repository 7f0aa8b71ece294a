// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "contract/linter.h"
#include "contractfindingsmodel.h"
#include "mainwindow.h"
#include "modelroles.h"

#include <QAction>
#include <QDockWidget>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QThreadPool>
#include <QTreeView>

using namespace tessera;

namespace {

// An ODCS fixture, by its path under standards/odcs/.
QString fixture(const char *name)
{
    return QStringLiteral(TESSERA_FIXTURES_DIR "/standards/odcs/") + QLatin1StringView(name);
}

// Valid against the ODCS v3.1.0 schema (fixtures/standards/odcs/SOURCES.md) and free of lint findings.
const char *const kCleanContract = "examples/table-column.odcs.yaml";

QStringList actionTexts(const QList<QAction *> &actions)
{
    QStringList texts;
    for (const QAction *action : actions) {
        if (!action->isSeparator())
            texts.append(action->text());
    }
    return texts;
}

QMenu *menuTitled(QMenuBar *menuBar, const QString &title)
{
    for (QAction *action : menuBar->actions()) {
        if (action->text() == title)
            return action->menu();
    }
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void showsShell();
    void emptyState();
    void contractWithErrorsShowsProblems();
    void validContractHidesProblems();
    void unreadableContract();
    void newerContractReplacesOlder();
    void viewMenuTogglesProblems();
    void aboutBox();
    void geometryIsRestored();

private:
    std::shared_ptr<const Linter> m_linter;
};

void TestMainWindow::initTestCase()
{
    // Settings go to a test location, never to the user's Tessera configuration.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TesseraTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    // Breeze is what the Debian package depends on; the offscreen platform knows no icon theme of its own.
    QIcon::setThemeSearchPaths(QIcon::themeSearchPaths()
        + QStandardPaths::locateAll(
            QStandardPaths::GenericDataLocation, QStringLiteral("icons"), QStandardPaths::LocateDirectory));
    QIcon::setThemeName(QStringLiteral("breeze"));
    m_linter = std::make_shared<const Linter>();
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::showsShell()
{
    MainWindow window(m_linter);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QCOMPARE(window.windowTitle(), QStringLiteral("Tessera"));
    QCOMPARE(actionTexts(window.menuBar()->actions()),
        (QStringList { QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"), QStringLiteral("&Go"),
            QStringLiteral("&Help") }));

    QMenu *file = menuTitled(window.menuBar(), QStringLiteral("&File"));
    QVERIFY(file);
    QCOMPARE(actionTexts(file->actions()),
        (QStringList { QStringLiteral("&New contract"), QStringLiteral("New contract from &template"),
            QStringLiteral("&Edit contract file…"), QStringLiteral("&Check contract file…"),
            QStringLiteral("&Add local folder…"), QStringLiteral("Load the &demo mesh"),
            QStringLiteral("C&onnections…"), QStringLiteral("&Sync now"), QStringLiteral("Export governance &report…"),
            QStringLiteral("&Quit") }));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("syncAction"))->shortcuts(),
        (QList<QKeySequence> { QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R) }));
    QCOMPARE(file->actions().at(0)->shortcut(), QKeySequence(QKeySequence::New));
    QCOMPARE(file->actions().at(1)->menu()->actions().size(), MainWindow::contractTemplates().size());
    QCOMPARE(file->actions().at(2)->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+O")));
    QCOMPARE(file->actions().at(3)->shortcut(), QKeySequence(QKeySequence::Open));
    QMenu *go = menuTitled(window.menuBar(), QStringLiteral("&Go"));
    QVERIFY(go);
    QCOMPARE(actionTexts(go->actions()).mid(0, 3),
        (QStringList { QStringLiteral("&Back"), QStringLiteral("&Forward"), QStringLiteral("&Quick open…") }));
    QCOMPARE(go->actions().constFirst()->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Left));

    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("problemsDock"));
    QVERIFY(dock);
    QMenu *view = menuTitled(window.menuBar(), QStringLiteral("&View"));
    QVERIFY(view);
    QVERIFY(view->actions().contains(dock->toggleViewAction()));

    QMenu *help = menuTitled(window.menuBar(), QStringLiteral("&Help"));
    QVERIFY(help);
    QCOMPARE(
        actionTexts(help->actions()), (QStringList { QStringLiteral("&About Tessera"), QStringLiteral("About &Qt") }));
    QVERIFY(window.statusBar()->isVisible());
}

void TestMainWindow::emptyState()
{
    MainWindow window(m_linter);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // No catalog: the list says so and offers the next steps.
    auto *title = window.findChild<QLabel *>(QStringLiteral("emptyTitle"));
    QVERIFY(title);
    QTRY_VERIFY(title->isVisible());
    QCOMPARE(title->text(), QStringLiteral("No products yet"));
    auto *add = window.findChild<QPushButton *>(QStringLiteral("emptyAction"));
    QVERIFY(add);
    QVERIFY(add->isVisible());
    QCOMPARE(add->text(), QStringLiteral("Add local folder…"));
    auto *demo = window.findChild<QPushButton *>(QStringLiteral("emptySecondaryAction"));
    QVERIFY(demo);
    QVERIFY(demo->isVisible());
    auto *documents = window.findChild<QLabel *>(QStringLiteral("documentsEmpty"));
    QVERIFY(documents);
    QVERIFY(documents->isVisible());
    QVERIFY(documents->text().contains(QStringLiteral("Ctrl+K")));

    // Nothing checked yet: the Problems panel stays out of the way.
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("problemsDock"));
    QVERIFY(dock);
    QVERIFY(!dock->isVisible());
}

void TestMainWindow::contractWithErrorsShowsProblems()
{
    MainWindow window(m_linter);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("problemsDock"));
    auto *view = window.findChild<QTreeView *>(QStringLiteral("problemsView"));
    QVERIFY(dock);
    QVERIFY(view);

    QSignalSpy checked(&window, &MainWindow::contractChecked);
    const QString path = fixture("datacontract-cli/lint/invalid_multiple_errors.odcs.yaml");
    window.openContract(path);
    QTRY_COMPARE_WITH_TIMEOUT(
        checked.count(), 1, 30000); // a debug build on a busy machine needs time for the first schema load
    QCOMPARE(checked.constFirst().constFirst().toString(), path);

    QVERIFY(dock->isVisible());
    QAbstractItemModel *model = view->model();
    const int rows = model->rowCount();
    QVERIFY2(rows >= 2, "version and status are both missing");
    QCOMPARE(dock->windowTitle(), QStringLiteral("Problems (%1)").arg(rows));

    // Errors are listed first, each with its message and rule.
    const QModelIndex first = model->index(0, FindingsModel::SeverityColumn);
    QCOMPARE(first.data(SeverityRole).toInt(), int(Severity::Error));
    QCOMPARE(first.data().toString(), QStringLiteral("Error"));
    QVERIFY(!model->index(0, FindingsModel::MessageColumn).data().toString().isEmpty());
    QVERIFY(!model->index(0, FindingsModel::RuleColumn).data().toString().isEmpty());
    QString allMessages;
    int errors = 0;
    for (int row = 0; row < rows; ++row) {
        allMessages += model->index(row, FindingsModel::MessageColumn).data().toString() + u'\n';
        if (model->index(row, 0).data(SeverityRole).toInt() == int(Severity::Error))
            ++errors;
    }
    QVERIFY2(allMessages.contains(QStringLiteral("status")), qPrintable(allMessages));
    QVERIFY2(allMessages.contains(QStringLiteral("version")), qPrintable(allMessages));

    auto *fileLabel = window.findChild<QLabel *>(QStringLiteral("problemsFileLabel"));
    auto *countsLabel = window.findChild<QLabel *>(QStringLiteral("problemsCountsLabel"));
    QVERIFY(fileLabel);
    QVERIFY(countsLabel);
    QCOMPARE(fileLabel->text(), QStringLiteral("invalid_multiple_errors.odcs.yaml"));
    QVERIFY2(
        countsLabel->text().startsWith(QStringLiteral("Errors: %1 ").arg(errors)), qPrintable(countsLabel->text()));
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Checked invalid_multiple_errors.odcs.yaml"));
}

void TestMainWindow::validContractHidesProblems()
{
    MainWindow window(m_linter);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("problemsDock"));
    auto *view = window.findChild<QTreeView *>(QStringLiteral("problemsView"));
    QSignalSpy checked(&window, &MainWindow::contractChecked);

    window.openContract(fixture("datacontract-cli/lint/invalid.odcs.yaml"));
    QTRY_COMPARE_WITH_TIMEOUT(
        checked.count(), 1, 30000); // a debug build on a busy machine needs time for the first schema load
    QVERIFY(dock->isVisible());
    QVERIFY(view->model()->rowCount() > 0);

    window.openContract(fixture(kCleanContract));
    QTRY_COMPARE_WITH_TIMEOUT(
        checked.count(), 2, 30000); // a debug build on a busy machine needs time for the first schema load
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(!dock->isVisible());
    QCOMPARE(dock->windowTitle(), QStringLiteral("Problems"));
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("No problems found in table-column.odcs.yaml"));
}

void TestMainWindow::unreadableContract()
{
    MainWindow window(m_linter);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy checked(&window, &MainWindow::contractChecked);

    window.openContract(QStringLiteral(TESSERA_FIXTURES_DIR "/no-such-contract.odcs.yaml"));
    QTRY_COMPARE_WITH_TIMEOUT(
        checked.count(), 1, 30000); // a debug build on a busy machine needs time for the first schema load
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Could not read no-such-contract.odcs.yaml"));
}

void TestMainWindow::newerContractReplacesOlder()
{
    MainWindow window(m_linter);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *view = window.findChild<QTreeView *>(QStringLiteral("problemsView"));
    QSignalSpy checked(&window, &MainWindow::contractChecked);

    window.openContract(fixture("datacontract-cli/lint/invalid_multiple_errors.odcs.yaml"));
    window.openContract(fixture(kCleanContract));
    // Let both checks finish and deliver; only the newer one may be shown.
    QVERIFY(QThreadPool::globalInstance()->waitForDone(60'000));
    QTRY_COMPARE_WITH_TIMEOUT(
        checked.count(), 1, 30000); // a debug build on a busy machine needs time for the first schema load
    QCoreApplication::processEvents();
    QCOMPARE(checked.count(), 1);
    QCOMPARE(checked.constFirst().constFirst().toString(), fixture(kCleanContract));
    QCOMPARE(view->model()->rowCount(), 0);
}

void TestMainWindow::viewMenuTogglesProblems()
{
    MainWindow window(m_linter);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("problemsDock"));
    QVERIFY(!dock->isVisible());
    dock->toggleViewAction()->trigger();
    QVERIFY(dock->isVisible());
    dock->toggleViewAction()->trigger();
    QVERIFY(!dock->isVisible());
}

void TestMainWindow::aboutBox()
{
    MainWindow window(m_linter);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    window.showAbout();
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("aboutBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->windowTitle(), QStringLiteral("About Tessera"));
    QVERIFY2(box->text().contains(QStringLiteral("Tessera " TESSERA_VERSION)), qPrintable(box->text()));
    QVERIFY(box->text().contains(QStringLiteral("Apache License, version 2.0")));
    QVERIFY(box->text().contains(QStringLiteral("data contracts")));

    // A second request raises the same box instead of stacking another one.
    window.showAbout();
    QCOMPARE(window.findChildren<QMessageBox *>().size(), 1);
    box->close();
}

void TestMainWindow::geometryIsRestored()
{
    const QSize size(900, 640);
    {
        MainWindow window(m_linter);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(size);
        QTRY_COMPARE(window.size(), size);
        window.close();
    }
    MainWindow restored(m_linter);
    QCOMPARE(restored.size(), size);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
