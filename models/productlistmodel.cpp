// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "productlistmodel.h"

#include "catalogservice.h"
#include "modelroles.h"

#include <QDateTime>

#include <unordered_map>

namespace tessera {

ProductListModel::ProductListModel(CatalogService *service, QObject *parent)
    : QAbstractListModel(parent)
    , m_service(service)
{
    if (m_service) {
        connect(m_service, &CatalogService::changed, this, &ProductListModel::reload);
    }
}

ProductListModel::~ProductListModel() = default;

void ProductListModel::setQuery(const ProductQuery &query)
{
    m_query = query;
    reload();
}

void ProductListModel::reload()
{
    if (!m_service) {
        // No catalog at all: an empty list, known to be empty.
        m_loaded = true;
        m_total = 0;
        Q_EMIT loaded();
        return;
    }
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    m_fetching = false;
    setLoading(true);
    m_service->run(
        this,
        [query = m_query, latest = m_latest, generation](CatalogReader &reader) {
            if (latest->load() != generation) {
                return ProductListPage {}; // typed over: the next query is queued behind this one
            }
            return reader.products(query, {}, kPageSize);
        },
        [this, generation](ProductListPage page) {
            if (generation != m_generation) {
                return; // a newer query is on its way
            }
            beginResetModel();
            m_rows = std::move(page.rows);
            m_cursor = page.cursor;
            m_atEnd = page.atEnd;
            m_total = page.total;
            m_totalIsLowerBound = page.totalIsLowerBound;
            m_loaded = true;
            endResetModel();
            setLoading(false);
            Q_EMIT loaded();
            summarizeRest();
        });
}

void ProductListModel::setLoading(bool loading)
{
    if (m_loading != loading) {
        m_loading = loading;
        Q_EMIT loadingChanged(loading);
    }
}

int ProductListModel::rowOf(const QString &id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int ProductListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ProductListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ProductSummary &row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return row.name;
    case SortRole:
        return row.name.toLower();
    case EntityIdRole:
        return row.id;
    case KindRole:
        return QStringLiteral("product");
    case DomainRole:
        return row.domain;
    case StatusRole:
        return row.status;
    case OwnerRole:
        return row.owner;
    case SourceRole:
        return row.source;
    case SlaStateRole: // invalid until the row is summarized (it follows the page, off the GUI thread)
        return row.summarized ? QVariant(static_cast<int>(row.sla)) : QVariant();
    case BreachedSlaRole:
        return row.breachedSla;
    case QualityRateRole:
        return row.summarized ? QVariant(row.qualityRate) : QVariant();
    case UpdatedAtRole:
        return QDateTime::fromString(row.updatedAt, Qt::ISODate);
    case MatchedByRole:
        return row.matchedBy;
    case UrlRole:
        return QString(QStringLiteral("tessera://product/") + urlSegment(row.id));
    default:
        return {};
    }
}

bool ProductListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching && m_loaded && !m_loading;
}

void ProductListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || !m_service) {
        return;
    }
    m_fetching = true;
    const quint64 generation = m_generation;
    m_service->run(
        this,
        [query = m_query, cursor = m_cursor, latest = m_latest, generation](CatalogReader &reader) {
            return latest->load() == generation ? reader.products(query, cursor, kPageSize) : ProductListPage {};
        },
        [this, generation](ProductListPage page) {
            if (generation != m_generation) {
                return;
            }
            m_fetching = false;
            m_cursor = page.cursor;
            m_atEnd = page.atEnd;
            if (page.rows.empty()) {
                return;
            }
            const int first = static_cast<int>(m_rows.size());
            beginInsertRows({}, first, first + static_cast<int>(page.rows.size()) - 1);
            std::move(page.rows.begin(), page.rows.end(), std::back_inserter(m_rows));
            endInsertRows();
            summarizeRest();
        });
}

void ProductListModel::summarizeRest()
{
    std::vector<ProductSummary> missing;
    for (const ProductSummary &row : m_rows) {
        if (!row.summarized) {
            missing.push_back(row);
        }
    }
    if (missing.empty() || !m_service) {
        return;
    }
    const quint64 generation = m_generation;
    m_service->run(
        this,
        [missing = std::move(missing), latest = m_latest, generation](CatalogReader &reader) mutable {
            // A few rows at a time, stopping once another query was asked for: its search waits for
            // this job, and the rows summarized here would be dropped anyway.
            constexpr std::size_t kChunk = 16;
            for (std::size_t i = 0; i < missing.size(); i += kChunk) {
                if (latest->load() != generation) {
                    return std::vector<ProductSummary> {};
                }
                std::vector<ProductSummary> chunk(missing.begin() + static_cast<std::ptrdiff_t>(i),
                    missing.begin() + static_cast<std::ptrdiff_t>(std::min(missing.size(), i + kChunk)));
                reader.summarize(chunk);
                std::move(chunk.begin(), chunk.end(), missing.begin() + static_cast<std::ptrdiff_t>(i));
            }
            return missing;
        },
        [this, generation](std::vector<ProductSummary> summarized) {
            if (generation != m_generation) {
                return;
            }
            std::unordered_map<std::int64_t, const ProductSummary *> byRow;
            for (const ProductSummary &row : summarized) {
                byRow.emplace(row.rowId, &row);
            }
            int first = -1;
            int last = -1;
            for (std::size_t i = 0; i < m_rows.size(); ++i) {
                const auto it = byRow.find(m_rows[i].rowId);
                if (it != byRow.end() && !m_rows[i].summarized) {
                    m_rows[i].sla = it->second->sla;
                    m_rows[i].breachedSla = it->second->breachedSla;
                    m_rows[i].qualityRate = it->second->qualityRate;
                    m_rows[i].summarized = true;
                    first = first < 0 ? static_cast<int>(i) : first;
                    last = static_cast<int>(i);
                }
            }
            if (first >= 0) {
                Q_EMIT dataChanged(index(first), index(last), { SlaStateRole, BreachedSlaRole, QualityRateRole });
            }
        });
}

} // namespace tessera
