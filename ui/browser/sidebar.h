// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "catalog/catalogreader.h"

#include <QPointer>
#include <QWidget>

#include <map>

QT_BEGIN_NAMESPACE
class QListWidget;
class QPushButton;
class QToolButton;
class QTreeView;
class QVBoxLayout;
QT_END_NAMESPACE

namespace tessera {

class CatalogService;
class DomainTreeModel;
class FacetModel;

/**
 * The browser's navigation (never content): the sources with their state, the domains with their
 * product counts, and the facet filters (domain, owner, status, tag, classification, source) with
 * counts. Sections collapse. Counts are read off the GUI thread for the list's current query.
 */
class Sidebar : public QWidget
{
    Q_OBJECT

public:
    Sidebar(CatalogService *service, QWidget *parent = nullptr);

    /** The checked facet values. */
    std::multimap<QString, QString> filters() const;
    /** Checks exactly `value` of `key` (a click on a domain, an owner link, ...), clearing that key's others. */
    void showOnly(const QString &key, const QString &value);
    void clearFilters();

    /** Counts for the list's current words and filters (facets() of that query), read off the GUI thread. */
    void updateCounts(const ProductQuery &query);
    /** The sources and their states, for the Sources section. */
    void setSources(const std::vector<SourceState> &sources, const QString &busySource);

    FacetModel *facetModel() const { return m_facets; }
    QTreeView *facetView() const { return m_facetView; }
    QTreeView *domainView() const { return m_domainView; }
    QListWidget *sourceList() const { return m_sources; }

    /** Collapsed sections, for the settings. */
    QStringList collapsedSections() const;
    void setCollapsedSections(const QStringList &sections);

Q_SIGNALS:
    void filtersChanged();
    /** A product was chosen in the domain tree. */
    void productActivated(const QString &id);

private:
    QWidget *section(const QString &name, const QString &title, QWidget *content);

    QPointer<CatalogService> m_service;
    FacetModel *m_facets;
    QTreeView *m_facetView;
    DomainTreeModel *m_domains;
    QTreeView *m_domainView;
    QListWidget *m_sources;
    QPushButton *m_clear;
    std::map<QString, QToolButton *> m_sectionButtons;
    quint64 m_generation = 0;
    bool m_applying = false; ///< filters set by code, not clicks: one filtersChanged at the end
};

} // namespace tessera
