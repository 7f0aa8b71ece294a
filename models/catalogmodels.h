// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "store/store.h"

#include <QAbstractItemModel>
#include <QAbstractListModel>
#include <QPointer>

#include <memory>
#include <vector>

namespace tessera {

class CatalogService;

/** The facets of the last search as a two-level tree: facet key → (value, count). Checkable values. */
class FacetModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit FacetModel(QObject *parent = nullptr);

    /** A facet key as people read it ("domain" → "Domain"), translated. */
    static QString title(const QString &key);

    void setFacets(const std::map<QString, std::vector<std::pair<QString, std::int64_t>>> &facets);
    /** The checked values as a query's facet filters. */
    std::multimap<QString, QString> checked() const;
    /** Unchecks every value. */
    void clearChecked();
    /** Checks or unchecks one value, adding it (with a count of 0) when it is not listed yet. */
    void setChecked(const QString &key, const QString &value, bool checked);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Facet
    {
        QString key;
        std::vector<std::pair<QString, std::int64_t>> values;
        std::vector<bool> checked;
    };
    std::vector<Facet> m_facets;
};

/**
 * Domains with their products: a tree whose children load when a domain is expanded. Everything is
 * read off the GUI thread through a CatalogService; the tree follows the store when it changes.
 */
class DomainTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    /** A domain lists at most this many products; the product list shows them all. */
    static constexpr int kChildLimit = 500;

    explicit DomainTreeModel(CatalogService *service, QObject *parent = nullptr);

    void reload();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /** The domains arrived (after construction or reload()). */
    void loaded();

private:
    struct Domain
    {
        QString name;
        qint64 products = 0;
        bool requested = false;
        std::vector<std::pair<QString, QString>> children; ///< (product id, name)
    };
    QPointer<CatalogService> m_service;
    std::vector<Domain> m_domains;
    quint64 m_generation = 0;
};

} // namespace tessera
