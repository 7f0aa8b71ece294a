// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "browser/documentarea.h"
#include "browser/productlistpanel.h"
#include "catalog/local/localfoldersource.h"
#include "catalogservice.h"
#include "contract/linter.h"
#include "editor/contracteditor.h"
#include "governance/policies.h"
#include "governance/policystore.h"
#include "mainwindow.h"
#include "preferences/preferencesdialog.h"
#include "review/reviewqueuepage.h"
#include "store/store.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTreeWidget>
#include <QtTest>

using namespace tessera;

namespace {

const QString kMeshDir = QStringLiteral(TESSERA_SOURCE_DIR "/resources/demo-mesh");

/** What assistive technology reads for `widget`: its accessible name as Qt computes it (texts, buddies). */
QString spokenName(QWidget *widget)
{
    QAccessibleInterface *a = QAccessible::queryAccessibleInterface(widget);
    return a ? a->text(QAccessible::Name).trimmed() : QString();
}

/** The first widget of `page` a Tab press would stop at: where a keyboard user starts. */
QWidget *firstTabStop(QWidget *page)
{
    if (!page) {
        return nullptr;
    }
    if (page->focusProxy()) {
        return page->focusProxy();
    }
    for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled() && page->isAncestorOf(w)) {
            return w;
        }
    }
    return nullptr;
}

QString describe(QWidget *w)
{
    return QStringLiteral("%1 \"%2\" in %3")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
            w->parentWidget() ? QString::fromLatin1(w->parentWidget()->metaObject()->className()) : QString());
}

/**
 * Walks the focus chain from `start` with the Tab key, as a keyboard user does, until it comes back to where it
 * began. Text editors that take Tab for indentation are left with Ctrl+Tab, as Qt documents. Fails the test when
 * the chain traps the focus, loses it, or runs longer than `limit` steps.
 */
QList<QWidget *> walkFocusChain(QWidget *start, int limit = 300)
{
    QList<QWidget *> chain;
    start->activateWindow();
    start->setFocus(Qt::TabFocusReason);
    if (!QTest::qWaitFor([start] { return QApplication::focusWidget() == start; }, 3000)) {
        qWarning() << "cannot focus" << describe(start);
        return chain;
    }
    chain << start;
    int inside = 0;
    for (int i = 0; i < limit; ++i) {
        QWidget *current = QApplication::focusWidget();
        const auto *plain = qobject_cast<QPlainTextEdit *>(current);
        const auto *rich = qobject_cast<QTextEdit *>(current);
        // An editor takes Tab to indent; a read-only viewer (links) passes it on after its last link.
        const bool takesTab = (plain && !plain->tabChangesFocus() && !plain->isReadOnly())
            || (rich && !rich->tabChangesFocus() && !rich->isReadOnly());
        QTest::keyClick(current, Qt::Key_Tab, takesTab ? Qt::ControlModifier : Qt::NoModifier);
        QWidget *next = QApplication::focusWidget();
        if (!next) {
            qWarning() << "the focus was lost after" << describe(current);
            return {};
        }
        if (next == current) {
            // Tab moved inside the widget (between the links of a label): go on, but not for ever.
            if (++inside > 50) {
                qWarning() << "the focus is trapped in" << describe(current);
                return {};
            }
            continue;
        }
        inside = 0;
        if (next == start || chain.contains(next)) {
            return chain;
        }
        chain << next;
    }
    qWarning() << "the focus chain did not come back within" << limit << "steps";
    return {};
}

/** Every widget of the chain has a name a screen reader can say. */
QStringList unnamed(const QList<QWidget *> &chain)
{
    QStringList out;
    for (QWidget *w : chain) {
        if (spokenName(w).isEmpty()) {
            out << describe(w);
        }
    }
    return out;
}

} // namespace

/**
 * Keyboard and accessibility: the focus chain of each main view, walked with Tab, reaches its controls, comes
 * back and names every stop; every menu action has a text, and the main ones a shortcut.
 */
class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void browserFocusChain();
    void productPageFocusChain();
    void reviewQueueFocusChain();
    void designerFocusChain();
    void lineageFocusChain();
    void dashboardFocusChain();
    void meshOverviewFocusChain();
    void preferencesFocusChain();
    void everyActionIsInAMenuWithText();
    void buttonsOffTheChainHaveAShortcut();

private:
    /** Opens `url` in a fresh main window and waits until `ready` holds for its page. */
    QWidget *openPage(const QUrl &url);
    void checkChain(QWidget *start, const QStringList &mustReach, int minimum);

    QTemporaryDir m_dir;
    QString m_path;
    std::shared_ptr<const Linter> m_linter;
    std::unique_ptr<CatalogService> m_service;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TesseraTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
    m_path = m_dir.filePath(QStringLiteral("tessera.sqlite"));
    StoreStatus status;
    auto store = Store::open(m_path, status);
    QVERIFY(store);
    const auto source = store->ensureSource(QStringLiteral("local"), QStringLiteral("Demo mesh"), kMeshDir, status);
    LocalScanReport report;
    QVERIFY(store->apply(*source, LocalFolderSource(kMeshDir).scan({}, report), status));
    QVERIFY(savePolicyFindings(*store, PolicyEngine().evaluate(*store), status));
    m_linter = std::make_shared<const Linter>();
}

void TestAccessibility::init()
{
    QSettings().clear();
    m_service = std::make_unique<CatalogService>(m_path);
    m_window = std::make_unique<MainWindow>(m_linter, m_service.get());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAccessibility::cleanup()
{
    m_window.reset();
    m_service.reset();
}

QWidget *TestAccessibility::openPage(const QUrl &url)
{
    if (!m_window->openUrl(url)) {
        return nullptr;
    }
    QWidget *page = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            page = m_window->documents()->tabs()->currentWidget();
            return page && page->property("url").toUrl().host() == url.host();
        },
        5000);
    QTest::qWait(800); // the page's content arrives from the worker
    return shown ? page : nullptr;
}

void TestAccessibility::checkChain(QWidget *start, const QStringList &mustReach, int minimum)
{
    QVERIFY(start);
    const QList<QWidget *> chain = walkFocusChain(start);
    if (chain.size() < minimum) {
        for (QWidget *w : chain) {
            qWarning() << "stop:" << describe(w);
        }
    }
    QVERIFY2(chain.size() >= minimum, qPrintable(QStringLiteral("%1 stops").arg(chain.size())));
    const QStringList missing = unnamed(chain);
    QVERIFY2(
        missing.isEmpty(), qPrintable(QStringLiteral("no accessible name: ") + missing.join(QStringLiteral("; "))));
    QStringList names;
    for (QWidget *w : chain) {
        names << w->objectName();
    }
    for (const QString &name : mustReach) {
        QVERIFY2(names.contains(name), qPrintable(name + QStringLiteral(" not reached; chain: ") + names.join(u',')));
    }
}

void TestAccessibility::browserFocusChain()
{
    QTest::qWait(500);
    checkChain(m_window->productList()->findChild<QLineEdit *>(QStringLiteral("searchField")),
        { QStringLiteral("searchField"), QStringLiteral("sortOrder") }, 3);
}

void TestAccessibility::productPageFocusChain()
{
    QWidget *page = openPage(QUrl(QStringLiteral("tessera://product/payment-processing")));
    QVERIFY(page);
    checkChain(firstTabStop(page), {}, 3);
}

void TestAccessibility::reviewQueueFocusChain()
{
    QWidget *page = openPage(ReviewQueuePage::pageUrl());
    auto *review = qobject_cast<ReviewQueuePage *>(page);
    QVERIFY(review);
    QVERIFY(QTest::qWaitFor([review] { return review->detail().has_value(); }, 5000));
    checkChain(review->list(),
        { QStringLiteral("reviewList"), QStringLiteral("reviewComment"), QStringLiteral("approveButton"),
            QStringLiteral("requestChangesButton"), QStringLiteral("reviewChanges"), QStringLiteral("reviewFindings") },
        6);
}

void TestAccessibility::designerFocusChain()
{
    QWidget *editor = m_window->newContract();
    QVERIFY(editor);
    QTest::qWait(500);
    checkChain(firstTabStop(editor), {}, 8);
}

void TestAccessibility::lineageFocusChain()
{
    QWidget *page = openPage(QUrl(QStringLiteral("tessera://lineage/payment-transactions")));
    QVERIFY(page);
    checkChain(firstTabStop(page), {}, 3);
}

void TestAccessibility::dashboardFocusChain()
{
    QWidget *page = openPage(QUrl(QStringLiteral("tessera://dashboard/delivery-operations")));
    QVERIFY(page);
    checkChain(firstTabStop(page), {}, 3);
}

void TestAccessibility::meshOverviewFocusChain()
{
    QWidget *page = openPage(QUrl(QStringLiteral("tessera://overview/mesh")));
    QVERIFY(page);
    checkChain(firstTabStop(page), {}, 2);
}

void TestAccessibility::preferencesFocusChain()
{
    PreferencesDialog dialog(m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    checkChain(dialog.languageBox(),
        { QStringLiteral("languageBox"), QStringLiteral("policyFileEdit"), QStringLiteral("browsePolicyFile"),
            QStringLiteral("reviewerEdit") },
        5);
}

void TestAccessibility::everyActionIsInAMenuWithText()
{
    int actions = 0;
    for (QAction *menuAction : m_window->menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        QVERIFY(menu);
        QVERIFY2(menuAction->text().contains(u'&'), qPrintable(menuAction->text())); // Alt opens it
        for (QAction *a : menu->actions()) {
            if (a->isSeparator()) {
                continue;
            }
            ++actions;
            QVERIFY2(!a->text().isEmpty(), qPrintable(menu->title()));
            QVERIFY2(a->text().contains(u'&') || !a->shortcut().isEmpty() || a->menu(),
                qPrintable(
                    QStringLiteral("%1 › %2 has neither a mnemonic nor a shortcut").arg(menu->title(), a->text())));
        }
    }
    QVERIFY(actions >= 20);
    // The main views have shortcuts of their own.
    for (const char *name : { "reviewQueueAction", "preferencesAction" }) {
        auto *a = m_window->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(a && !a->shortcut().isEmpty(), name);
    }
}

void TestAccessibility::buttonsOffTheChainHaveAShortcut()
{
    // A button the Tab key skips must be reachable another way: a shortcut, or an action in a menu.
    QList<QAction *> menuActions;
    for (QAction *menuAction : m_window->menuBar()->actions()) {
        menuActions += menuAction->menu()->actions();
    }
    for (QAbstractButton *b : m_window->findChildren<QAbstractButton *>()) {
        if (!b->isVisibleTo(m_window.get()) || (b->focusPolicy() & Qt::TabFocus)) {
            continue;
        }
        if (qobject_cast<QTabBar *>(b->parentWidget()) || qobject_cast<QLineEdit *>(b->parentWidget())) {
            continue; // a tab's close button (Ctrl+W), a line edit's clear button (Ctrl+A, Delete)
        }
        const bool viaShortcut = !b->shortcut().isEmpty();
        bool viaMenu = false;
        for (QAction *a : menuActions) {
            viaMenu = viaMenu
                || (!a->text().isEmpty() && b->toolTip().contains(a->statusTip()) && !a->statusTip().isEmpty());
        }
        const bool searchButton = b->objectName() == QLatin1String("quickOpenButton"); // Ctrl+K, in Go
        QVERIFY2(viaShortcut || viaMenu || searchButton, qPrintable(describe(b) + QStringLiteral(" ") + b->text()));
    }
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
