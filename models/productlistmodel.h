// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "catalog/catalogreader.h"

#include <QAbstractListModel>
#include <QPointer>

#include <atomic>
#include <memory>
#include <vector>

namespace tessera {

class CatalogService;

/**
 * The browser's product list: the products matching a query (words and facet filters), read off the
 * GUI thread through a CatalogService. The first page replaces the rows in one reset when it arrives
 * (the old rows stay until then, so typing does not flicker); later pages load as the view scrolls
 * (fetchMore), keyset-paged, so 100,000 products cost no more than a page at a time. An answer to a
 * query that was replaced meanwhile is dropped.
 */
class ProductListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 200;

    explicit ProductListModel(CatalogService *service, QObject *parent = nullptr);
    ~ProductListModel() override;

    /** Shows the products of `query`; loading starts at once (debouncing is the caller's). */
    void setQuery(const ProductQuery &query);
    const ProductQuery &query() const { return m_query; }
    /** Reads the current query again (the store changed). */
    void reload();

    bool isLoading() const { return m_loading; }
    /** Products matching, -1 until the first page arrived. */
    qint64 total() const { return m_total; }
    bool totalIsLowerBound() const { return m_totalIsLowerBound; }
    /** True once a page for the current query has arrived. */
    bool hasResults() const { return m_loaded; }

    /** The row of the product `id`, or -1. */
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    /** The first page of the current query arrived (total() is known). */
    void loaded();

private:
    void setLoading(bool loading);
    /** Asks for the SLA and quality state of the rows that lack it, off the GUI thread. */
    void summarizeRest();

    QPointer<CatalogService> m_service;
    ProductQuery m_query;
    std::vector<ProductSummary> m_rows;
    QString m_cursor;
    bool m_atEnd = true;
    bool m_fetching = false;
    bool m_loading = false;
    bool m_loaded = false;
    qint64 m_total = -1;
    bool m_totalIsLowerBound = false;
    quint64 m_generation = 0; ///< answers to an older query are dropped
    /// The generation asked for last, as the worker sees it: jobs for an older query are skipped
    /// (typing queues a search per keystroke; only the latest is worth running).
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
};

} // namespace tessera
