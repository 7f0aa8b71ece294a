// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <QPointer>
#include <QUrl>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QStackedWidget;
class QTabWidget;
QT_END_NAMESPACE

namespace tessera {

class CatalogService;
class ContractEditor;

/**
 * The documents, in tabs: product and dataset pages, opened by tessera:// URL. Opening a page that
 * is open already shows its tab. Middle-click or Ctrl+W closes a tab. Pages read their data off the
 * GUI thread and follow the store when it changes (keeping the reader's place).
 */
class DocumentArea : public QWidget
{
    Q_OBJECT

public:
    DocumentArea(CatalogService *service, QWidget *parent = nullptr);

    /**
     * Opens (or shows) the page of `url`: tessera://product/ID, tessera://contract/ID (its product's
     * page, at its contracts), tessera://dataset/REF (optionally ?column=NAME), tessera://lineage/ID,
     * tessera://dashboard/ID (a product's dashboard), tessera://dashboard/contract/ID (a contract's),
     * tessera://overview (the mesh overview, or overview/domain/NAME), tessera://review/queue (the review
     * queue). Returns false for a URL that names no page.
     */
    bool open(const QUrl &url);

    /** The URL of the page shown, or an empty URL. */
    QUrl currentUrl() const;
    /** Every open page's URL, in tab order (for the settings). */
    QStringList openUrls() const;
    int count() const;

    void closeCurrent();
    void closeTab(int index);
    QTabWidget *tabs() const { return m_tabs; }

    /**
     * Shows a contract designer in a tab of its own (tessera://draft/KEY). Closing the tab closes the draft
     * for good; quitting the app does not (the next start brings it back).
     */
    void addEditor(ContractEditor *editor);
    /** The open designers, in tab order. */
    QList<ContractEditor *> editors() const;

    /** Whether `url` names a page this area can show. */
    static bool isDocumentUrl(const QUrl &url);

Q_SIGNALS:
    /** The page shown changed (a tab was opened, chosen or closed). */
    void currentUrlChanged(const QUrl &url);
    /** A link inside a page was followed. */
    void linkActivated(const QUrl &url);
    /** A page's title changed (its data arrived). */
    void titleChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int indexOf(const QUrl &url) const;
    void load(QWidget *page);
    void reloadAll();
    void addPage(QWidget *page, const QString &title, const QUrl &url);

    QPointer<CatalogService> m_service;
    QStackedWidget *m_stack;
    QTabWidget *m_tabs;
};

} // namespace tessera
