// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "catalogmodels.h"

#include "catalogservice.h"
#include "modelroles.h"

#include <QLocale>

#include <algorithm>

namespace tessera {

// ---- FacetModel -------------------------------------------------------------------------------------
// Internal ids: 0 for a facet row; facet index + 1 for the value rows below it.

FacetModel::FacetModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

QString FacetModel::title(const QString &key)
{
    if (key == QLatin1String("domain")) {
        return tr("Domain");
    }
    if (key == QLatin1String("owner")) {
        return tr("Owner");
    }
    if (key == QLatin1String("status")) {
        return tr("Status");
    }
    if (key == QLatin1String("tag")) {
        return tr("Tag");
    }
    if (key == QLatin1String("classification")) {
        return tr("Classification");
    }
    if (key == QLatin1String("source")) {
        return tr("Source");
    }
    if (key == QLatin1String("kind")) {
        return tr("Kind");
    }
    return key;
}

void FacetModel::setFacets(const std::map<QString, std::vector<std::pair<QString, std::int64_t>>> &facets)
{
    const auto previously = checked();
    // A checked value keeps its row (with a count of 0) when the new counts lack it: it still filters,
    // so it must stay visible to be unchecked.
    auto merged = facets;
    for (const auto &[key, value] : previously) {
        auto &values = merged[key];
        if (std::none_of(values.begin(), values.end(), [&](const auto &v) { return v.first == value; })) {
            values.emplace_back(value, 0);
        }
    }
    // Facets in the order people narrow a catalog: where, what state, whose, then the rest.
    static const QStringList order = { QStringLiteral("kind"), QStringLiteral("domain"), QStringLiteral("status"),
        QStringLiteral("owner"), QStringLiteral("tag"), QStringLiteral("classification"), QStringLiteral("source") };
    std::vector<std::pair<QString, std::vector<std::pair<QString, std::int64_t>>>> ordered(
        merged.begin(), merged.end());
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) {
        const auto rank = [](const QString &key) {
            const qsizetype i = order.indexOf(key);
            return i < 0 ? order.size() : i;
        };
        return rank(a.first) < rank(b.first);
    });
    beginResetModel();
    m_facets.clear();
    for (const auto &[key, values] : ordered) {
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

void FacetModel::clearChecked()
{
    for (std::size_t f = 0; f < m_facets.size(); ++f) {
        auto &checked = m_facets[f].checked;
        for (std::size_t i = 0; i < checked.size(); ++i) {
            if (checked[i]) {
                checked[i] = false;
                const QModelIndex value = index(static_cast<int>(i), 0, index(static_cast<int>(f), 0));
                Q_EMIT dataChanged(value, value, { Qt::CheckStateRole });
            }
        }
    }
}

void FacetModel::setChecked(const QString &key, const QString &value, bool checked)
{
    for (std::size_t f = 0; f < m_facets.size(); ++f) {
        if (m_facets[f].key != key) {
            continue;
        }
        for (std::size_t i = 0; i < m_facets[f].values.size(); ++i) {
            if (m_facets[f].values[i].first == value) {
                m_facets[f].checked[i] = checked;
                const QModelIndex at = index(static_cast<int>(i), 0, index(static_cast<int>(f), 0));
                Q_EMIT dataChanged(at, at, { Qt::CheckStateRole });
                return;
            }
        }
        if (!checked) {
            return;
        }
        // Not counted yet: add it, checked, so it shows and can be unchecked.
        const QModelIndex parent = index(static_cast<int>(f), 0);
        const int row = static_cast<int>(m_facets[f].values.size());
        beginInsertRows(parent, row, row);
        m_facets[f].values.emplace_back(value, 0);
        m_facets[f].checked.push_back(true);
        endInsertRows();
        return;
    }
    if (!checked) {
        return;
    }
    const int row = static_cast<int>(m_facets.size());
    beginInsertRows({}, row, row);
    m_facets.push_back({ key, { { value, 0 } }, { true } });
    endInsertRows();
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
            return title(f.key);
        }
        if (role == KindRole) {
            return f.key; // the facet's key, for filters
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

DomainTreeModel::DomainTreeModel(CatalogService *service, QObject *parent)
    : QAbstractItemModel(parent)
    , m_service(service)
{
    if (m_service) {
        connect(m_service, &CatalogService::changed, this, &DomainTreeModel::reload);
    }
    reload();
}

void DomainTreeModel::reload()
{
    if (!m_service) {
        return;
    }
    const quint64 generation = ++m_generation;
    m_service->run(
        this, [](CatalogReader &reader) { return reader.domains(); },
        [this, generation](std::vector<std::pair<QString, std::int64_t>> domains) {
            if (generation != m_generation) {
                return;
            }
            beginResetModel();
            m_domains.clear();
            for (auto &[name, count] : domains) {
                m_domains.push_back({ std::move(name), count, false, {} });
            }
            endResetModel();
            Q_EMIT loaded();
        });
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
    return parent.isValid() && parent.internalId() == 0 && !m_domains[static_cast<std::size_t>(parent.row())].requested;
}

void DomainTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || !m_service) {
        return;
    }
    Domain &domain = m_domains[static_cast<std::size_t>(parent.row())];
    domain.requested = true;
    ProductQuery query;
    query.facets.emplace(QStringLiteral("domain"), domain.name);
    const quint64 generation = m_generation;
    const QString name = domain.name;
    m_service->run(
        this,
        [query](CatalogReader &reader) {
            std::vector<std::pair<QString, QString>> children;
            for (const ProductSummary &p : reader.products(query, {}, kChildLimit).rows) {
                children.emplace_back(p.id, p.name);
            }
            return children;
        },
        [this, generation, name](std::vector<std::pair<QString, QString>> children) {
            if (generation != m_generation || children.empty()) {
                return;
            }
            const auto it
                = std::find_if(m_domains.begin(), m_domains.end(), [&](const Domain &d) { return d.name == name; });
            if (it == m_domains.end() || !it->children.empty()) {
                return;
            }
            const QModelIndex parent = index(static_cast<int>(it - m_domains.begin()), 0);
            beginInsertRows(parent, 0, static_cast<int>(children.size()) - 1);
            it->children = std::move(children);
            endInsertRows();
        });
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
            return tr("%1 (%2)").arg(d.name, QLocale().toString(d.products));
        case Qt::AccessibleTextRole:
            return tr("Domain %1, %n product(s)", nullptr, static_cast<int>(d.products)).arg(d.name);
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
