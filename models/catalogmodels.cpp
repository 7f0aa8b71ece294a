// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "catalogmodels.h"

#include "modelroles.h"

#include <QLocale>

namespace tessera {

// ---- FacetModel -------------------------------------------------------------------------------------
// Internal ids: 0 for a facet row; facet index + 1 for the value rows below it.

FacetModel::FacetModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void FacetModel::setFacets(const std::map<QString, std::vector<std::pair<QString, std::int64_t>>> &facets)
{
    const auto previously = checked();
    beginResetModel();
    m_facets.clear();
    for (const auto &[key, values] : facets) {
        if (values.empty()) {
            continue;
        }
        Facet f { key, values, std::vector<bool>(values.size(), false) };
        for (std::size_t i = 0; i < values.size(); ++i) {
            const auto range = previously.equal_range(key);
            for (auto it = range.first; it != range.second; ++it) {
                if (it->second == values[i].first) {
                    f.checked[i] = true;
                }
            }
        }
        m_facets.push_back(std::move(f));
    }
    endResetModel();
}

std::multimap<QString, QString> FacetModel::checked() const
{
    std::multimap<QString, QString> out;
    for (const Facet &f : m_facets) {
        for (std::size_t i = 0; i < f.values.size(); ++i) {
            if (f.checked[i]) {
                out.emplace(f.key, f.values[i].first);
            }
        }
    }
    return out;
}

QModelIndex FacetModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    return createIndex(row, column, parent.isValid() ? static_cast<quintptr>(parent.row() + 1) : quintptr(0));
}

QModelIndex FacetModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int FacetModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return static_cast<int>(m_facets.size());
    }
    if (parent.internalId() != 0 || parent.column() != 0) {
        return 0;
    }
    return static_cast<int>(m_facets[static_cast<std::size_t>(parent.row())].values.size());
}

int FacetModel::columnCount(const QModelIndex &) const
{
    return 2; // name, count
}

QVariant FacetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (index.internalId() == 0) {
        const Facet &f = m_facets[static_cast<std::size_t>(index.row())];
        if (role == Qt::DisplayRole && index.column() == 0) {
            return f.key;
        }
        return role == SortRole ? QVariant(f.key) : QVariant();
    }
    const Facet &f = m_facets[index.internalId() - 1];
    const auto &[value, count] = f.values[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == 0 ? QVariant(value) : QVariant(QLocale().toString(count));
    case Qt::CheckStateRole:
        return index.column() == 0
            ? QVariant(f.checked[static_cast<std::size_t>(index.row())] ? Qt::Checked : Qt::Unchecked)
            : QVariant();
    case CountRole:
        return QVariant::fromValue(count);
    case SortRole:
        return index.column() == 0 ? QVariant(value) : QVariant::fromValue(count);
    default:
        return {};
    }
}

bool FacetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || index.internalId() == 0 || index.column() != 0) {
        return false;
    }
    m_facets[index.internalId() - 1].checked[static_cast<std::size_t>(index.row())] = value.toInt() == Qt::Checked;
    Q_EMIT dataChanged(index, index, { Qt::CheckStateRole });
    return true;
}

Qt::ItemFlags FacetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != 0 && index.column() == 0) {
        f |= Qt::ItemIsUserCheckable;
    }
    return f;
}

// ---- DomainTreeModel -------------------------------------------------------------------------------
// Internal ids as in FacetModel: 0 for domains, domain index + 1 for products.

DomainTreeModel::DomainTreeModel(Store *store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    reload();
}

void DomainTreeModel::reload()
{
    beginResetModel();
    m_domains.clear();
    auto st
        = m_store->connection().prepare("SELECT d.name, count(p.id) FROM domains d JOIN products p ON p.domain_id = "
                                        "d.id GROUP BY d.id ORDER BY d.name COLLATE NOCASE");
    while (st.next()) {
        m_domains.push_back({ st.qtext(0), st.integer(1), false, {} });
    }
    endResetModel();
}

QModelIndex DomainTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    return createIndex(row, column, parent.isValid() ? static_cast<quintptr>(parent.row() + 1) : quintptr(0));
}

QModelIndex DomainTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int DomainTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return static_cast<int>(m_domains.size());
    }
    if (parent.internalId() != 0 || parent.column() != 0) {
        return 0;
    }
    return static_cast<int>(m_domains[static_cast<std::size_t>(parent.row())].children.size());
}

int DomainTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool DomainTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return !m_domains.empty();
    }
    return parent.internalId() == 0 && parent.column() == 0
        && m_domains[static_cast<std::size_t>(parent.row())].products > 0;
}

bool DomainTreeModel::canFetchMore(const QModelIndex &parent) const
{
    return parent.isValid() && parent.internalId() == 0 && !m_domains[static_cast<std::size_t>(parent.row())].loaded;
}

void DomainTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    Domain &domain = m_domains[static_cast<std::size_t>(parent.row())];
    domain.loaded = true;
    std::vector<std::pair<QString, QString>> children;
    auto st = m_store->connection().prepare("SELECT p.external_id, p.name FROM products p JOIN domains d ON d.id = "
                                            "p.domain_id WHERE d.name = ? ORDER BY p.name COLLATE NOCASE");
    st.bind(1, domain.name);
    while (st.next()) {
        children.emplace_back(st.qtext(0), st.qtext(1));
    }
    if (children.empty()) {
        return;
    }
    beginInsertRows(parent, 0, static_cast<int>(children.size()) - 1);
    domain.children = std::move(children);
    endInsertRows();
}

QVariant DomainTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (index.internalId() == 0) {
        const Domain &d = m_domains[static_cast<std::size_t>(index.row())];
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
        case DomainRole:
            return d.name;
        case CountRole:
            return d.products;
        case KindRole:
            return QStringLiteral("domain");
        default:
            return {};
        }
    }
    const Domain &d = m_domains[index.internalId() - 1];
    const auto &[id, name] = d.children[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return name;
    case EntityIdRole:
        return id;
    case DomainRole:
        return d.name;
    case KindRole:
        return QStringLiteral("product");
    default:
        return {};
    }
}

} // namespace tessera
