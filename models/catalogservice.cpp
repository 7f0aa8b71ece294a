// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "catalogservice.h"

#include "store/sqlite.h"
#include "store/store.h"

#include <QFileInfo>
#include <QLoggingCategory>

#include <map>
#include <memory>

namespace tessera {

Q_LOGGING_CATEGORY(lcCatalog, "tessera.models.catalog")

CatalogService::CatalogService(QString storePath, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
{
    // One thread that never expires: its connection lives as long as the service.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

CatalogService::~CatalogService()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void CatalogService::notifyChanged()
{
    ++m_generation;
    Q_EMIT changed();
}

CatalogReader *CatalogService::reader(const QString &path, quint64 generation, QString &problem)
{
    struct Open
    {
        quint64 generation = 0;
        std::unique_ptr<Store> store;
        std::unique_ptr<CatalogReader> reader;
    };
    // Per worker thread. After a change the store is opened again: it may have been created, or a
    // damaged one moved aside and a new one begun.
    thread_local std::map<QString, Open> open;
    Open &entry = open[path];
    if (!entry.reader || entry.generation != generation) {
        entry.reader.reset();
        entry.store.reset();
        StoreStatus status;
        entry.store = Store::open(path, status, Store::Mode::ReadOnly);
        entry.generation = generation;
        if (!entry.store) {
            qCDebug(lcCatalog) << "store not readable:" << status.message;
            if (QFileInfo::exists(path)) {
                problem = status.message;
            }
            return nullptr;
        }
        entry.reader = std::make_unique<CatalogReader>(*entry.store);
    }
    return entry.reader.get();
}

void CatalogService::inSnapshot(CatalogReader &reader, const std::function<void()> &read)
{
    // Deferred: takes no lock until the first read. Read-only, so ending it by rollback loses nothing.
    sql::Transaction snapshot(reader.store().connection(), false);
    read();
}

} // namespace tessera
