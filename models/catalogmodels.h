// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include "store/store.h"

#include <QAbstractItemModel>
#include <QAbstractListModel>

#include <memory>
#include <vector>

namespace tessera {

/** The facets of the last search as a two-level tree: facet key → (value, count). Checkable values. */
class FacetModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit FacetModel(QObject *parent = nullptr);

    void setFacets(const std::map<QString, std::vector<std::pair<QString, std::int64_t>>> &facets);
    /** The checked values as a query's facet filters. */
    std::multimap<QString, QString> checked() const;

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

/** Domains with their products: a tree whose children load when a domain is expanded. */
class DomainTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit DomainTreeModel(Store *store, QObject *parent = nullptr);

    void reload();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Domain
    {
        QString name;
        qint64 products = 0;
        bool loaded = false;
        std::vector<std::pair<QString, QString>> children; ///< (product id, name)
    };
    Store *m_store;
    std::vector<Domain> m_domains;
};

} // namespace tessera
