// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "store/store.h"

#include "store/storeinternal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <array>
#include <deque>
#include <set>
#include <sqlite3.h>
#include <unordered_map>

namespace tessera {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::Store)
};

// In an upsert: the later of the stored run time and the new one (ordered as TESSERA_RUN_KEY() orders them).
#define LATER_RUN_TIME                                                                                                 \
    "CASE WHEN excluded.run_time IS NOT NULL AND (run_time IS NULL OR " TESSERA_RUN_KEY(                               \
        "excluded.run_time") " > " TESSERA_RUN_KEY("run_time") ") THEN excluded.run_time ELSE run_time END"

/** Migrations, each from the version before it; index i upgrades version i to i + 1. */
const std::vector<QString> &migrations()
{
    static const std::vector<QString> list = { QStringLiteral(":/store/schema-1.sql"),
        QStringLiteral(":/store/schema-2.sql"), QStringLiteral(":/store/schema-3.sql"),
        QStringLiteral(":/store/schema-4.sql"), QStringLiteral(":/store/schema-5.sql"),
        QStringLiteral(":/store/schema-6.sql"), QStringLiteral(":/store/schema-7.sql") };
    return list;
}

bool looksLikeSqlite(const QString &path, qint64 &size)
{
    QFile file(path);
    size = file.size();
    if (size == 0) {
        return true; // SQLite makes an empty file a new database
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return true; // let SQLite report the real problem
    }
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

/** Moves a broken store (and its WAL) aside, keeping it: "<path>.corrupt-<UTC time>". */
QString moveAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n) {
        target = path + QStringLiteral(".corrupt-") + stamp + QLatin1Char('-') + QString::number(n);
    }
    if (!QFile::rename(path, target)) {
        return {};
    }
    for (const char *suffix : { "-wal", "-shm" }) {
        const QString side = path + QLatin1String(suffix);
        if (QFileInfo::exists(side)) {
            QFile::rename(side, target + QLatin1String(suffix));
        }
    }
    return target;
}

bool isCorruption(int code)
{
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
}

std::string joinTags(const std::vector<std::string> &tags)
{
    std::string out;
    for (const auto &t : tags) {
        if (!out.empty()) {
            out += ' ';
        }
        out += t;
    }
    return out;
}

} // namespace

bool versionLess(const std::string &a, const std::string &b)
{
    // MAJOR.MINOR.PATCH, numerically; a pre-release ("-rc1") sorts before its release.
    const auto parse = [](const std::string &v, std::array<long, 3> &parts, std::string &pre) {
        std::size_t i = v.size() > 0 && v[0] == 'v' ? 1 : 0;
        for (int k = 0; k < 3; ++k) {
            if (i >= v.size() || !std::isdigit(static_cast<unsigned char>(v[i]))) {
                return false;
            }
            long n = 0;
            while (i < v.size() && std::isdigit(static_cast<unsigned char>(v[i]))) {
                n = n * 10 + (v[i++] - '0');
            }
            parts[static_cast<std::size_t>(k)] = n;
            if (k < 2) {
                if (i >= v.size() || v[i] != '.') {
                    return false;
                }
                ++i;
            }
        }
        pre = i < v.size() && v[i] == '-' ? v.substr(i + 1) : std::string();
        return true;
    };
    std::array<long, 3> pa {};
    std::array<long, 3> pb {};
    std::string prea;
    std::string preb;
    const bool sa = parse(a, pa, prea);
    const bool sb = parse(b, pb, preb);
    if (sa != sb) {
        return sb; // versions sort after anything that is not one
    }
    if (!sa) {
        return a < b;
    }
    if (pa != pb) {
        return pa < pb;
    }
    if (prea.empty() != preb.empty()) {
        return !prea.empty();
    }
    return prea < preb;
}

bool hasIdentity(const DatasetRow &dataset)
{
    return !dataset.namespaceName.empty() || !dataset.name.empty() || !dataset.contractId.empty();
}

namespace {

/** What run times are ordered by: the time to the second, then the digits of the fraction (see runTimeLess()). */
std::string_view runKeyHead(std::string_view t)
{
    return t.substr(0, std::min<std::size_t>(t.size(), 19));
}

std::string_view runKeyFraction(std::string_view t)
{
    std::string_view rest = t.size() > 20 ? t.substr(20) : std::string_view();
    while (!rest.empty() && rest.back() == 'Z') {
        rest.remove_suffix(1);
    }
    return rest;
}

} // namespace

bool runTimeLess(const std::string &a, const std::string &b)
{
    // As TESSERA_RUN_KEY() in SQL: substr(t, 1, 19) || rtrim(substr(t, 21), 'Z'), compared byte for byte.
    const std::string ka = std::string(runKeyHead(a)) + std::string(runKeyFraction(a));
    const std::string kb = std::string(runKeyHead(b)) + std::string(runKeyFraction(b));
    return ka < kb;
}

std::size_t ImportBatch::entityCount() const
{
    std::size_t n = products.size() + contracts.size() + datasets.size() + lineage.size() + sla.size() + quality.size();
    for (const auto &c : contracts) {
        n += c.datasets.size();
        for (const auto &d : c.datasets) {
            n += d.columns.size();
        }
    }
    for (const auto &l : lineage) {
        n += l.columns.size();
    }
    return n;
}

QString storeErrorText(StoreError error)
{
    switch (error) {
    case StoreError::None:
        return {};
    case StoreError::CannotOpen:
        return Tr::tr("The store cannot be opened");
    case StoreError::Corrupt:
        return Tr::tr("The store is damaged");
    case StoreError::NewerSchema:
        return Tr::tr("The store was written by a newer Tessera");
    case StoreError::Locked:
        return Tr::tr("The store is in use by another program");
    case StoreError::ReadOnly:
        return Tr::tr("The store cannot be written");
    case StoreError::DiskFull:
        return Tr::tr("The disk is full");
    case StoreError::Failed:
        return Tr::tr("The store reported an error");
    }
    return {};
}

StoreStatus Store::failure(const sql::Status &status, const QString &what)
{
    StoreStatus s;
    switch (status.code) {
    case SQLITE_FULL:
        s.error = StoreError::DiskFull;
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        s.error = StoreError::Locked;
        break;
    case SQLITE_READONLY:
        s.error = StoreError::ReadOnly;
        break;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        s.error = StoreError::CannotOpen;
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        s.error = StoreError::Corrupt;
        break;
    default:
        s.error = StoreError::Failed;
        break;
    }
    s.message = Tr::tr("%1: %2 (%3)").arg(what, storeErrorText(s.error), status.message);
    if (s.error == StoreError::DiskFull) {
        s.message += QLatin1Char(' ') + Tr::tr("Nothing was changed; free some space and try again.");
    } else if (s.error == StoreError::Locked) {
        s.message += QLatin1Char(' ')
            + Tr::tr("Close the other Tessera window or stop the other tessera-cli command, then try again.");
    }
    return s;
}

QString Store::defaultPath()
{
    // Not AppDataLocation: that differs between the app and tessera-cli (it holds the program name),
    // and both must see the same catalog.
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty()) {
        base = QDir::homePath() + QStringLiteral("/.local/share");
    }
    return base + QStringLiteral("/tessera/default/tessera.sqlite");
}

std::unique_ptr<Store> Store::open(const QString &path, StoreStatus &status, Mode mode)
{
    status = {};
    const bool readOnly = mode == Mode::ReadOnly;
    const QFileInfo info(path);
    if (!readOnly && !info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
        status.error = StoreError::CannotOpen;
        status.message = Tr::tr("Cannot create the folder %1 for the store").arg(info.absolutePath());
        return nullptr;
    }
    if (readOnly && !info.exists()) {
        status.error = StoreError::CannotOpen;
        status.message = Tr::tr("There is no store at %1 yet; import a source first").arg(path);
        return nullptr;
    }

    qint64 size = 0;
    if (info.exists() && !looksLikeSqlite(path, size)) {
        if (readOnly) {
            status.error = StoreError::Corrupt;
            status.message = Tr::tr("%1 is not a Tessera store (damaged or another kind of file)").arg(path);
            return nullptr;
        }
        const QString aside = moveAside(path);
        if (aside.isEmpty()) {
            status.error = StoreError::Corrupt;
            status.message = Tr::tr("%1 is damaged and could not be moved aside; nothing was changed").arg(path);
            return nullptr;
        }
        status.error = StoreError::Corrupt;
        status.movedAsideTo = aside;
        status.message
            = Tr::tr("The store %1 was damaged. It was kept as %2 and a new, empty store was begun.").arg(path, aside);
    }

    std::unique_ptr<Store> store(new Store);
    store->m_path = path;
    sql::Status s = store->m_db.open(path, readOnly, true);
    if (!s.ok()) {
        status = failure(s, path);
        return nullptr;
    }
    if (!readOnly && sqlite3_db_readonly(store->m_db.handle(), "main") == 1) {
        // SQLite opened the file for reading only: the file or its disk does not accept writes. Say so now,
        // before anything tries to write (migrations, WAL, imports), and leave the store as it is.
        status.error = StoreError::ReadOnly;
        status.message = Tr::tr("The store %1 is on a read-only disk or in a read-only file. It was left untouched; "
                                "it can only be read (for example with tessera-cli search).")
                             .arg(path);
        return nullptr;
    }
    store->m_db.exec("PRAGMA busy_timeout = 3000");
    if (!detail::registerSearchFunctions(store->m_db)) {
        status.error = StoreError::Failed;
        status.message = Tr::tr("%1 cannot be searched: this SQLite has no full-text search (FTS5)").arg(path);
        return nullptr;
    }

    // The first read of the schema finds damaged files; page_count × page_size beyond the file's size
    // finds truncated ones.
    auto probe = store->m_db.prepare("SELECT count(*) FROM sqlite_master");
    if (readOnly && !probe.isValid() && probe.status().code == SQLITE_CANTOPEN
        && !QFileInfo::exists(path + QStringLiteral("-wal")) && !QFileInfo(info.absolutePath()).isWritable()) {
        // A WAL store is read with a shared-memory file beside it, which a read-only disk cannot hold. With
        // no WAL file left, the database file holds everything and nothing can change it there, which is
        // what SQLite's "immutable" mode assumes: read it so, without locks or the shared-memory file.
        probe = {};
        s = store->m_db.openImmutable(path);
        if (!s.ok()) {
            status = failure(s, path);
            return nullptr;
        }
        if (!detail::registerSearchFunctions(store->m_db)) {
            status.error = StoreError::Failed;
            status.message = Tr::tr("%1 cannot be searched: this SQLite has no full-text search (FTS5)").arg(path);
            return nullptr;
        }
        probe = store->m_db.prepare("SELECT count(*) FROM sqlite_master");
    }
    if (!probe.isValid() || (!probe.next() && !probe.status().ok())) {
        const sql::Status failed = probe.status();
        probe = {};
        if (isCorruption(failed.code) && !readOnly && status.movedAsideTo.isEmpty()) {
            store->m_db.close();
            const QString aside = moveAside(path);
            if (aside.isEmpty()) {
                status.error = StoreError::Corrupt;
                status.message = Tr::tr("%1 is damaged and could not be moved aside; nothing was changed").arg(path);
                return nullptr;
            }
            StoreStatus fresh;
            auto reopened = open(path, fresh, mode);
            if (!reopened) {
                status = fresh;
                return nullptr;
            }
            status.error = StoreError::Corrupt;
            status.movedAsideTo = aside;
            status.message = Tr::tr("The store %1 was damaged. It was kept as %2 and a new, empty store was begun.")
                                 .arg(path, aside);
            return reopened;
        }
        status = failure(failed, path);
        return nullptr;
    }
    probe = {};
    const auto pageCount = store->m_db.scalar("PRAGMA page_count");
    const auto pageSize = store->m_db.scalar("PRAGMA page_size");
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (pageCount && pageSize && !wal.exists() && QFileInfo(path).size() < *pageCount * *pageSize && !readOnly) {
        store->m_db.close();
        const QString aside = moveAside(path);
        StoreStatus fresh;
        auto reopened = aside.isEmpty() ? nullptr : open(path, fresh, mode);
        if (!reopened) {
            status.error = StoreError::Corrupt;
            status.message = Tr::tr("%1 is truncated and could not be replaced; nothing was changed").arg(path);
            return nullptr;
        }
        status.error = StoreError::Corrupt;
        status.movedAsideTo = aside;
        status.message = Tr::tr("The store %1 was truncated. It was kept as %2 and a new, empty store was begun.")
                             .arg(path, aside);
        return reopened;
    }

    const auto version = store->m_db.scalar("PRAGMA user_version");
    if (!version) {
        status = failure(store->m_db.lastStatus(), path);
        return nullptr;
    }
    if (*version > kSchemaVersion) {
        status.error = StoreError::NewerSchema;
        status.message = Tr::tr("%1 was written by a newer version of Tessera (store version %2, this one reads %3). "
                                "It was left untouched; update Tessera to open it.")
                             .arg(path)
                             .arg(*version)
                             .arg(kSchemaVersion);
        return nullptr;
    }
    if (readOnly) {
        if (*version < kSchemaVersion) {
            status.error = StoreError::ReadOnly;
            status.message = Tr::tr("%1 needs an upgrade, which a read-only open cannot do").arg(path);
            return nullptr;
        }
        // Readers search and page through the whole catalog: a 32 MiB page cache (SQLite's default is
        // 2 MiB) and memory-mapped reads keep the hot pages of the indexes at hand instead of copying them
        // in through a read() call per page on every keystroke.
        store->m_db.exec("PRAGMA foreign_keys = ON; PRAGMA cache_size = -32768; PRAGMA mmap_size = 268435456");
        return store;
    }
    s = store->m_db.exec("PRAGMA journal_mode = WAL");
    if (!s.ok()) {
        status = failure(s, path);
        return nullptr;
    }
    // A writer's page cache of 64 MiB (SQLite's default is 2 MiB): an import updates many indexes at
    // random places, and a small cache spills dirty pages to the WAL and reads them back again.
    store->m_db.exec("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536");
    StoreStatus migrated;
    if (!store->migrate(migrated)) {
        status = migrated;
        return nullptr;
    }
    return store;
}

Store::~Store() = default;

int Store::schemaVersion()
{
    return static_cast<int>(m_db.scalar("PRAGMA user_version").value_or(-1));
}

bool Store::migrate(StoreStatus &status)
{
    int version = schemaVersion();
    while (version < kSchemaVersion) {
        QFile file(migrations().at(static_cast<std::size_t>(version)));
        if (!file.open(QIODevice::ReadOnly)) {
            status.error = StoreError::Failed;
            status.message = Tr::tr("Migration %1 is missing from this build").arg(version + 1);
            return false;
        }
        const QByteArray sqlText = file.readAll();
        sql::Transaction tx(m_db);
        if (!tx.status().ok()) {
            status = failure(tx.status(), m_path);
            return false;
        }
        sql::Status s = m_db.exec(sqlText.toStdString());
        if (s.ok()) {
            s = m_db.exec("PRAGMA user_version = " + std::to_string(version + 1));
        }
        if (s.ok()) {
            s = tx.commit();
        }
        if (!s.ok()) {
            status = failure(s, Tr::tr("Upgrading %1 to version %2").arg(m_path).arg(version + 1));
            return false;
        }
        ++version;
    }
    return true;
}

std::optional<std::int64_t> Store::ensureSource(
    const QString &kind, const QString &name, const QString &location, StoreStatus &status)
{
    auto find = m_db.prepare("SELECT id FROM sources WHERE location = ?");
    find.bind(1, location);
    if (find.next()) {
        return find.integer(0);
    }
    auto insert = m_db.prepare("INSERT INTO sources(kind, name, location) VALUES (?, ?, ?)");
    insert.bind(1, kind).bind(2, name).bind(3, location);
    const sql::Status s = insert.run();
    if (!s.ok()) {
        status = failure(s, Tr::tr("Adding the source %1").arg(location));
        return std::nullopt;
    }
    return m_db.lastInsertId();
}

namespace {

SourceRow sourceFrom(sql::Statement &st)
{
    SourceRow row;
    row.id = st.integer(0);
    row.kind = st.qtext(1);
    row.name = st.qtext(2);
    row.location = st.qtext(3);
    row.settings = nlohmann::json::parse(st.text(4), nullptr, false);
    if (!row.settings.is_object()) {
        row.settings = nlohmann::json::object();
    }
    row.syncState = st.qtext(5);
    row.syncMessage = st.qtext(6);
    row.syncedAt = st.qtext(7);
    return row;
}

constexpr const char *kSourceColumns
    = "SELECT id, kind, name, location, settings, sync_state, sync_message, coalesce(synced_at, '') FROM sources ";

} // namespace

std::vector<SourceRow> Store::sources()
{
    std::vector<SourceRow> out;
    auto st = m_db.prepare(std::string(kSourceColumns) + "ORDER BY id");
    while (st.next()) {
        out.push_back(sourceFrom(st));
    }
    return out;
}

std::optional<SourceRow> Store::source(const QString &name)
{
    auto st = m_db.prepare(std::string(kSourceColumns) + "WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 1");
    st.bind(1, name);
    if (st.next()) {
        return sourceFrom(st);
    }
    return std::nullopt;
}

std::optional<SourceRow> Store::source(std::int64_t id)
{
    auto st = m_db.prepare(std::string(kSourceColumns) + "WHERE id = ?");
    st.bind(1, id);
    if (st.next()) {
        return sourceFrom(st);
    }
    return std::nullopt;
}

bool Store::addSource(SourceRow &row, StoreStatus &status)
{
    if (source(row.name)) {
        status = { StoreError::Failed, Tr::tr("There is a source called \"%1\" already.").arg(row.name), {} };
        return false;
    }
    auto taken = m_db.prepare("SELECT name FROM sources WHERE location = ?");
    taken.bind(1, row.location);
    if (taken.next()) {
        status = { StoreError::Failed, Tr::tr("The source \"%1\" reads %2 already.").arg(taken.qtext(0), row.location),
            {} };
        return false;
    }
    auto insert = m_db.prepare("INSERT INTO sources(kind, name, location, settings) VALUES (?, ?, ?, ?)");
    insert.bind(1, row.kind).bind(2, row.name).bind(3, row.location).bind(4, row.settings.dump());
    if (!write(insert, Tr::tr("Adding the source %1").arg(row.name), status)) {
        return false;
    }
    row.id = m_db.lastInsertId();
    return true;
}

bool Store::updateSource(const SourceRow &row, StoreStatus &status)
{
    if (const auto other = source(row.name); other && other->id != row.id) {
        status = { StoreError::Failed, Tr::tr("There is a source called \"%1\" already.").arg(row.name), {} };
        return false;
    }
    auto update = m_db.prepare("UPDATE sources SET name = ?, location = ?, settings = ? WHERE id = ?");
    update.bind(1, row.name).bind(2, row.location).bind(3, row.settings.dump()).bind(4, row.id);
    return write(update, Tr::tr("Changing the source %1").arg(row.name), status);
}

bool Store::setSyncState(
    std::int64_t sourceId, const QString &state, const QString &message, bool succeeded, StoreStatus &status)
{
    auto update = m_db.prepare(succeeded
            ? "UPDATE sources SET sync_state = ?, sync_message = ?, synced_at = strftime('%Y-%m-%dT%H:%M:%SZ', "
              "'now') WHERE id = ?"
            : "UPDATE sources SET sync_state = ?, sync_message = ? WHERE id = ?");
    update.bind(1, state).bind(2, message).bind(3, sourceId);
    return write(update, Tr::tr("Recording a sync"), status);
}

std::string Store::syncCursor(std::int64_t sourceId, const std::string &entity)
{
    auto st = m_db.prepare("SELECT coalesce(cursor, '') FROM sync_cursors WHERE source_id = ? AND entity = ?");
    st.bind(1, sourceId).bind(2, std::string_view(entity));
    return st.next() ? st.text(0) : std::string();
}

bool Store::setSyncCursor(
    std::int64_t sourceId, const std::string &entity, const std::string &cursor, StoreStatus &status)
{
    auto st = m_db.prepare("INSERT INTO sync_cursors(source_id, entity, cursor, updated_at) VALUES (?, ?, ?, "
                           "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')) ON CONFLICT(source_id, entity) DO UPDATE SET "
                           "cursor = excluded.cursor, updated_at = excluded.updated_at");
    st.bind(1, sourceId).bind(2, std::string_view(entity)).bind(3, std::string_view(cursor));
    return write(st, Tr::tr("Recording a sync"), status);
}

bool Store::removeOutbox(std::int64_t id, StoreStatus &status)
{
    auto st = m_db.prepare("DELETE FROM outbox WHERE id = ?");
    st.bind(1, id);
    return write(st, Tr::tr("Removing a sent change"), status);
}

bool Store::outboxFailed(std::int64_t id, const std::string &error, StoreStatus &status, bool conflict)
{
    auto st = m_db.prepare("UPDATE outbox SET attempts = attempts + 1, last_error = ?, state = CASE WHEN ? THEN "
                           "'conflict' ELSE state END WHERE id = ?");
    st.bind(1, std::string_view(error)).bind(2, static_cast<std::int64_t>(conflict)).bind(3, id);
    return write(st, Tr::tr("Recording a failed send"), status);
}

bool Store::write(sql::Statement &statement, const QString &what, StoreStatus &status)
{
    const sql::Status s = statement.run();
    if (!s.ok()) {
        status = failure(s, what);
        return false;
    }
    return true;
}

bool Store::saveDraft(const DraftRow &draft, StoreStatus &status)
{
    auto st = m_db.prepare(
        "INSERT INTO drafts(draft_key, contract_external_id, base_version, text, origin, open, updated_at) VALUES "
        "(?, ?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT(draft_key) DO UPDATE SET "
        "contract_external_id = excluded.contract_external_id, base_version = excluded.base_version, text = "
        "excluded.text, origin = excluded.origin, open = excluded.open, updated_at = excluded.updated_at");
    st.bind(1, std::string_view(draft.key))
        .bind(2, std::string_view(draft.contractId))
        .bind(3, std::string_view(draft.baseVersion))
        .bind(4, std::string_view(draft.text))
        .bind(5, std::string_view(draft.origin))
        .bind(6, std::int64_t(draft.open ? 1 : 0));
    return write(st, Tr::tr("Saving the draft of %1").arg(QString::fromStdString(draft.contractId)), status);
}

bool Store::closeDraft(const std::string &key, StoreStatus &status)
{
    auto st = m_db.prepare("UPDATE drafts SET open = 0 WHERE draft_key = ?");
    st.bind(1, std::string_view(key));
    return write(st, Tr::tr("Closing a draft"), status);
}

std::vector<DraftRow> Store::openDrafts()
{
    std::vector<DraftRow> out;
    auto st = m_db.prepare("SELECT draft_key, coalesce(contract_external_id, ''), coalesce(base_version, ''), text, "
                           "origin, updated_at FROM drafts WHERE open = 1 ORDER BY id");
    while (st.next()) {
        DraftRow d;
        d.key = st.text(0);
        d.contractId = st.text(1);
        d.baseVersion = st.text(2);
        d.text = st.text(3);
        d.origin = st.text(4);
        d.open = true;
        d.updatedAt = st.text(5);
        out.push_back(std::move(d));
    }
    return out;
}

bool Store::saveDraftVersion(const DraftRow &draft, const std::string &kind, StoreStatus &status)
{
    auto st = m_db.prepare(
        "INSERT INTO draft_versions(draft_key, contract_external_id, version, kind, text) VALUES (?, ?, ?, ?, ?)");
    st.bind(1, std::string_view(draft.key))
        .bind(2, std::string_view(draft.contractId))
        .bind(3, std::string_view(draft.baseVersion))
        .bind(4, std::string_view(kind))
        .bind(5, std::string_view(draft.text));
    return write(st, Tr::tr("Keeping a version of %1").arg(QString::fromStdString(draft.contractId)), status);
}

bool Store::queueOutbox(const OutboxRow &row, StoreStatus &status)
{
    sql::Transaction tx(m_db);
    if (!row.draftKey.empty()) {
        auto superseded = m_db.prepare("DELETE FROM outbox WHERE source_id = ? AND draft_id = (SELECT id FROM drafts "
                                       "WHERE draft_key = ?)");
        superseded.bind(1, row.sourceId).bind(2, std::string_view(row.draftKey));
        if (!write(superseded, Tr::tr("Queueing a change for a catalog"), status)) {
            return false;
        }
    }
    auto st = m_db.prepare(
        "INSERT INTO outbox(draft_id, source_id, operation, payload, base_etag) VALUES ((SELECT id FROM drafts WHERE "
        "draft_key = ?1), ?2, ?3, ?4, coalesce(nullif(?5, ''), (SELECT f.etag FROM drafts d JOIN contracts c ON "
        "c.external_id = d.contract_external_id AND c.source_id = ?2 JOIN files f ON f.source_id = c.source_id AND "
        "f.path = c.file_path WHERE d.draft_key = ?1 ORDER BY c.id DESC LIMIT 1)))");
    st.bind(1, std::string_view(row.draftKey))
        .bind(2, row.sourceId)
        .bind(3, std::string_view(row.operation))
        .bind(4, std::string_view(row.payload))
        .bind(5, std::string_view(row.baseEtag));
    if (!write(st, Tr::tr("Queueing a change for a catalog"), status)) {
        return false;
    }
    if (const sql::Status s = tx.commit(); !s.ok()) {
        status = failure(s, Tr::tr("Queueing a change for a catalog"));
        return false;
    }
    return true;
}

std::vector<OutboxRow> Store::outbox()
{
    std::vector<OutboxRow> out;
    auto st = m_db.prepare("SELECT o.id, coalesce(o.source_id, 0), o.operation, coalesce(o.payload, ''), "
                           "coalesce(d.draft_key, ''), o.attempts, o.created_at, coalesce(o.last_error, ''), "
                           "coalesce(o.base_etag, ''), o.state = 'conflict' FROM "
                           "outbox o LEFT JOIN drafts d ON "
                           "d.id = o.draft_id ORDER BY o.id");
    while (st.next()) {
        out.push_back({ st.integer(0), st.integer(1), st.text(2), st.text(3), st.text(4),
            static_cast<int>(st.integer(5)), st.text(6), st.text(7), st.text(8), st.integer(9) != 0 });
    }
    return out;
}

std::vector<DraftVersionRow> Store::draftVersions(const std::string &contractId)
{
    std::vector<DraftVersionRow> out;
    auto st = m_db.prepare("SELECT id, draft_key, coalesce(version, ''), kind, text, saved_at FROM draft_versions "
                           "WHERE contract_external_id = ? ORDER BY id DESC");
    st.bind(1, std::string_view(contractId));
    while (st.next()) {
        out.push_back({ st.integer(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5) });
    }
    return out;
}

std::map<std::string, FileRow> Store::files(std::int64_t sourceId)
{
    std::map<std::string, FileRow> out;
    auto st = m_db.prepare("SELECT path, size, mtime, kind, problems, etag FROM files WHERE source_id = ?");
    st.bind(1, sourceId);
    while (st.next()) {
        FileRow f { st.text(0), st.integer(1), st.integer(2), st.text(3), st.text(4), st.text(5) };
        out.emplace(f.path, std::move(f));
    }
    return out;
}

namespace {

/** Writes one batch; every method returns false on the first SQLite error (kept in `failed`). */
class Writer
{
public:
    Writer(sql::Connection &db, std::int64_t sourceId, QString sourceName)
        : m_db(db)
        , m_source(sourceId)
        , m_sourceName(std::move(sourceName))
    { }

    sql::Status failed;

    bool check(const sql::Status &s)
    {
        if (!s.ok()) {
            failed = s;
            return false;
        }
        return true;
    }

    sql::Statement &cached(const char *sql)
    {
        auto it = m_statements.find(sql);
        if (it == m_statements.end()) {
            it = m_statements.emplace(sql, m_db.prepare(sql)).first;
        }
        return it->second;
    }

    std::optional<std::int64_t> idFor(const char *table, const std::string &name)
    {
        if (name.empty()) {
            return std::nullopt;
        }
        auto &cache = m_ids[table];
        if (const auto it = cache.find(name); it != cache.end()) {
            return it->second;
        }
        const std::string insertSql
            = std::string("INSERT INTO ") + table + "(name) VALUES (?) ON CONFLICT(name) DO NOTHING";
        const std::string selectSql = std::string("SELECT id FROM ") + table + " WHERE name = ?";
        auto insert = m_db.prepare(insertSql);
        insert.bind(1, std::string_view(name));
        if (!check(insert.run())) {
            return std::nullopt;
        }
        auto select = m_db.prepare(selectSql);
        select.bind(1, std::string_view(name));
        if (!select.next()) {
            failed = select.status();
            return std::nullopt;
        }
        cache[name] = select.integer(0);
        return select.integer(0);
    }

    void bindOptionalId(sql::Statement &st, int index, const std::optional<std::int64_t> &id)
    {
        if (id) {
            st.bind(index, *id);
        } else {
            st.bindNull(index);
        }
    }

    /** Forgets what the given files contributed (they changed or went away). */
    bool removeFile(const std::string &path)
    {
        {
            auto &docs = cached("SELECT d.id FROM search_docs d JOIN products p ON d.kind = 'product' AND d.ref = "
                                "p.external_id WHERE p.source_id = ? AND p.file_path = ?");
            docs.bind(1, m_source).bind(2, std::string_view(path));
            std::vector<std::int64_t> ids;
            while (docs.next()) {
                ids.push_back(docs.integer(0));
            }
            docs.reset();
            if (!check(docs.status())) {
                return false;
            }
            for (const std::int64_t id : ids) {
                if (!deleteDoc(id)) {
                    return false;
                }
            }
        }
        {
            // Contracts of the file may have no version left: dropAbsentContracts() looks at these.
            auto &contracts = cached(
                "SELECT DISTINCT external_id FROM contracts WHERE source_id = ? AND file_path = ? AND present = 1");
            contracts.bind(1, m_source).bind(2, std::string_view(path));
            while (contracts.next()) {
                m_leftContracts.insert(contracts.text(0));
            }
            contracts.reset();
            if (!check(contracts.status())) {
                return false;
            }
        }
        if (!forgetSourceDatasets(path)) {
            return false;
        }
        for (const char *sql : { "DELETE FROM products WHERE source_id = ? AND file_path = ?",
                 "UPDATE contracts SET present = 0 WHERE source_id = ? AND file_path = ?",
                 "DELETE FROM lineage_edges WHERE source_id = ? AND file_path = ?",
                 "DELETE FROM column_lineage WHERE source_id = ? AND file_path = ?",
                 "DELETE FROM job_runs WHERE source_id = ? AND file_path = ?",
                 "DELETE FROM sla_measurements WHERE source_id = ? AND file_path = ?",
                 "DELETE FROM quality_results WHERE source_id = ? AND file_path = ?",
                 "DELETE FROM files WHERE source_id = ? AND path = ?" }) {
            auto &st = cached(sql);
            st.bind(1, m_source).bind(2, std::string_view(path));
            if (!check(st.run())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Forgets the datasets an endpoint entity described: their links, and their search documents when no
     * entity of any source describes them any more. The datasets themselves stay (lineage may name them).
     */
    bool forgetSourceDatasets(const std::string &path)
    {
        std::vector<std::int64_t> ids;
        auto &described = cached("SELECT dataset_id FROM source_datasets WHERE source_id = ? AND file_path = ?");
        described.bind(1, m_source).bind(2, std::string_view(path));
        while (described.next()) {
            ids.push_back(described.integer(0));
        }
        described.reset();
        if (!check(described.status())) {
            return false;
        }
        for (const char *sql : { "DELETE FROM source_datasets WHERE source_id = ? AND file_path = ?",
                 "DELETE FROM dataset_links WHERE source_id = ? AND file_path = ?" }) {
            auto &st = cached(sql);
            st.bind(1, m_source).bind(2, std::string_view(path));
            if (!check(st.run())) {
                return false;
            }
        }
        for (const std::int64_t id : ids) {
            auto &doc = cached("SELECT s.id FROM search_docs s JOIN datasets d ON s.kind = 'dataset' AND s.ref = "
                               "d.namespace || '/' || d.name WHERE d.id = ? AND NOT EXISTS (SELECT 1 FROM "
                               "source_datasets WHERE dataset_id = d.id)");
            doc.bind(1, id);
            std::optional<std::int64_t> docId;
            if (doc.next()) {
                docId = doc.integer(0);
            }
            doc.reset();
            if (!check(doc.status()) || (docId && !deleteDoc(*docId))) {
                return false;
            }
        }
        return true;
    }

    /** A dataset an endpoint's entity describes, with its search document and its links to other names. */
    bool sourceDataset(const SourceDatasetRow &row)
    {
        const DatasetRow &d = row.dataset;
        const auto id = dataset(d, true);
        if (!id) {
            return false;
        }
        auto &link = cached("INSERT OR IGNORE INTO source_datasets(source_id, file_path, dataset_id) VALUES (?, ?, ?)");
        link.bind(1, m_source).bind(2, std::string_view(row.filePath)).bind(3, *id);
        if (!check(link.run())) {
            return false;
        }
        for (const auto &[ns, name] : row.aliases) {
            if (ns == d.namespaceName && name == d.name) {
                continue;
            }
            DatasetRow alias;
            alias.namespaceName = ns;
            alias.name = name;
            const auto other = dataset(alias, false);
            if (!other) {
                return false;
            }
            for (const auto &[a, b] : { std::pair(*id, *other), std::pair(*other, *id) }) {
                auto &ins = cached("INSERT OR IGNORE INTO dataset_links(dataset_id, other_id, source_id, file_path) "
                                   "VALUES (?, ?, ?, ?)");
                ins.bind(1, a).bind(2, b).bind(3, m_source).bind(4, std::string_view(row.filePath));
                if (!check(ins.run())) {
                    return false;
                }
            }
        }
        std::string columns;
        std::vector<std::pair<std::string, std::string>> facets;
        for (const ColumnRow &c : d.columns) {
            columns += c.name + ' ';
            if (!c.classification.empty()) {
                facets.emplace_back("classification", c.classification);
            }
        }
        for (const auto &t : row.tags) {
            facets.emplace_back("tag", t);
        }
        return searchDoc("dataset", d.namespaceName + '/' + d.name, d.name, d.description, joinTags(row.tags), columns,
            row.owner, d.domain, {}, facets);
    }

    /** The id of a facet value, added to facet_values when new. */
    std::optional<std::int64_t> facetId(const std::string &facet, const std::string &value)
    {
        const auto key = std::pair(facet, value);
        if (const auto it = m_facetIds.find(key); it != m_facetIds.end()) {
            return it->second;
        }
        auto &find = cached("SELECT id FROM facet_values WHERE facet = ? AND value = ?");
        find.bind(1, std::string_view(facet)).bind(2, std::string_view(value));
        std::optional<std::int64_t> id;
        if (find.next()) {
            id = find.integer(0);
        }
        find.reset();
        if (!id) {
            if (!check(find.status())) {
                return std::nullopt;
            }
            auto &insert = cached("INSERT INTO facet_values(facet, value) VALUES (?, ?)");
            insert.bind(1, std::string_view(facet)).bind(2, std::string_view(value));
            if (!check(insert.run())) {
                return std::nullopt;
            }
            id = m_db.lastInsertId();
        }
        m_facetIds.emplace(key, *id);
        return id;
    }

    /**
     * Removes a search document. Its index row goes in flushSearch(); its facet values count one less.
     * Its facets are read from search_docs (stored before) or the pending row (written in this batch).
     */
    bool deleteDoc(std::int64_t id)
    {
        if (!forgetIndexRow(id)) {
            return false;
        }
        auto &del = cached("DELETE FROM search_docs WHERE id = ?");
        del.bind(1, id);
        return check(del.run());
    }

    bool forgetIndexRow(std::int64_t id)
    {
        if (const auto it = m_pendingIndex.find(id); it != m_pendingIndex.end()) {
            for (const std::int64_t facet : detail::facetIds(it->second.facets)) {
                --m_facetDeltas[facet];
            }
            m_pendingIndex.erase(it);
            return true;
        }
        auto &facets = cached("SELECT facets FROM search_docs WHERE id = ?");
        facets.bind(1, id);
        if (facets.next()) {
            for (const std::int64_t facet : detail::facetIds(facets.text(0))) {
                --m_facetDeltas[facet];
            }
        }
        facets.reset();
        if (!check(facets.status())) {
            return false;
        }
        m_indexDeletes.push_back(id);
        return true;
    }

    /**
     * Adds (or replaces) the search document of an entity. Its FTS5 row is kept until flushSearch():
     * SQLite 3.40's FTS5 flushes its pending index data whenever a later statement opens a statement
     * journal (upserts, INSERT … SELECT, INSERT OR REPLACE), and the import runs many of those, so writing
     * the index as it goes made FTS5 write a small segment per document and merge them all again.
     */
    bool searchDoc(const std::string &kind, const std::string &ref, const std::string &title,
        const std::string &description, const std::string &tags, const std::string &columns, const std::string &owner,
        const std::string &domain, const std::string &status,
        const std::vector<std::pair<std::string, std::string>> &facets)
    {
        auto &old = cached("SELECT id FROM search_docs WHERE kind = ? AND ref = ?");
        old.bind(1, std::string_view(kind)).bind(2, std::string_view(ref));
        std::optional<std::int64_t> id;
        if (old.next()) {
            id = old.integer(0);
        }
        old.reset();
        if (!check(old.status())) {
            return false;
        }
        const std::string source = m_sourceName.toStdString();
        std::vector<std::int64_t> facetIds;
        for (const auto &[facet, value] : { std::pair<const char *, const std::string &>("kind", kind),
                 std::pair<const char *, const std::string &>("domain", domain),
                 std::pair<const char *, const std::string &>("owner", owner),
                 std::pair<const char *, const std::string &>("status", status),
                 std::pair<const char *, const std::string &>("source", source) }) {
            const auto facetValue = facetId(facet, value);
            if (!facetValue) {
                return false;
            }
            facetIds.push_back(*facetValue);
        }
        for (const auto &[facet, value] : facets) {
            const auto facetValue = facetId(facet, value);
            if (!facetValue) {
                return false;
            }
            facetIds.push_back(*facetValue);
        }
        std::sort(facetIds.begin(), facetIds.end());
        facetIds.erase(std::unique(facetIds.begin(), facetIds.end()), facetIds.end());
        IndexRow row { title, description, tags, columns, owner, domain, {} };
        for (const std::int64_t facet : facetIds) {
            if (!row.facets.empty()) {
                row.facets += ' ';
            }
            detail::appendFacetToken(row.facets, facet);
        }
        if (id) {
            // The same document again: keep its id, replace its fields, tags and index row.
            auto &clearTags = cached("DELETE FROM search_tags WHERE doc_id = ?");
            clearTags.bind(1, *id);
            if (!forgetIndexRow(*id) || !check(clearTags.run())) {
                return false;
            }
            auto &update = cached("UPDATE search_docs SET title = ?, domain = ?, owner = ?, status = ?, source = ?, "
                                  "facets = ? WHERE id = ?");
            update.bind(1, std::string_view(title))
                .bind(2, std::string_view(domain))
                .bind(3, std::string_view(owner))
                .bind(4, std::string_view(status))
                .bind(5, std::string_view(source))
                .bind(6, std::string_view(row.facets))
                .bind(7, *id);
            if (!check(update.run())) {
                return false;
            }
        } else {
            auto &doc = cached("INSERT INTO search_docs(kind, ref, title, domain, owner, status, source, facets) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            doc.bind(1, std::string_view(kind))
                .bind(2, std::string_view(ref))
                .bind(3, std::string_view(title))
                .bind(4, std::string_view(domain))
                .bind(5, std::string_view(owner))
                .bind(6, std::string_view(status))
                .bind(7, std::string_view(source))
                .bind(8, std::string_view(row.facets));
            if (!check(doc.run())) {
                return false;
            }
            id = m_db.lastInsertId();
        }
        for (const auto &[facet, value] : facets) {
            auto &tag = cached("INSERT INTO search_tags(doc_id, facet, value) VALUES (?, ?, ?)");
            tag.bind(1, *id).bind(2, std::string_view(facet)).bind(3, std::string_view(value));
            if (!check(tag.run())) {
                return false;
            }
        }
        for (const std::int64_t facet : facetIds) {
            ++m_facetDeltas[facet];
        }
        m_pendingIndex[*id] = std::move(row);
        return true;
    }

    bool product(const ProductRow &p)
    {
        const auto domain = idFor("domains", p.domain);
        if (!failed.ok()) {
            return false;
        }
        auto &st = cached(
            "INSERT INTO products(source_id, external_id, name, domain_id, status, description, owner, tags, "
            "document, file_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(source_id, external_id) DO "
            "UPDATE SET name = excluded.name, domain_id = excluded.domain_id, status = excluded.status, "
            "description = excluded.description, owner = excluded.owner, tags = excluded.tags, document = "
            "excluded.document, file_path = excluded.file_path, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");
        st.bind(1, m_source).bind(2, std::string_view(p.externalId)).bind(3, std::string_view(p.name));
        bindOptionalId(st, 4, domain);
        st.bind(5, std::string_view(p.status))
            .bind(6, std::string_view(p.description))
            .bind(7, std::string_view(p.owner))
            .bind(8, joinTags(p.tags))
            .bind(9, std::string_view(p.document))
            .bind(10, std::string_view(p.filePath));
        if (!check(st.run())) {
            return false;
        }
        auto &id = cached("SELECT id FROM products WHERE source_id = ? AND external_id = ?");
        id.bind(1, m_source).bind(2, std::string_view(p.externalId));
        if (!id.next()) {
            failed = id.status();
            return false;
        }
        const std::int64_t productId = id.integer(0);
        id.reset();
        auto &clear = cached("DELETE FROM product_ports WHERE product_id = ?");
        clear.bind(1, productId);
        if (!check(clear.run())) {
            return false;
        }
        for (const PortRow &port : p.ports) {
            auto &ins = cached("INSERT INTO product_ports(product_id, direction, name, version, contract_external_id, "
                               "type) VALUES (?, ?, ?, ?, ?, ?)");
            ins.bind(1, productId)
                .bind(2, std::string_view(port.direction))
                .bind(3, std::string_view(port.name))
                .bind(4, std::string_view(port.version))
                .bind(5, std::string_view(port.contractId))
                .bind(6, std::string_view(port.type));
            if (!check(ins.run())) {
                return false;
            }
        }
        std::vector<std::pair<std::string, std::string>> facets;
        for (const auto &t : p.tags) {
            facets.emplace_back("tag", t);
        }
        return searchDoc(
            "product", p.externalId, p.name, p.description, joinTags(p.tags), {}, p.owner, p.domain, p.status, facets);
    }

    std::optional<std::int64_t> dataset(const DatasetRow &d, bool describe)
    {
        if (describe && (d.contractId.empty() || !d.contractVersion.empty())) {
            // Usually a new dataset: insert first. A conflict on (namespace, name) or (contract, version,
            // schema object) is exactly the row the lookups below would find, so they run only then.
            const auto inserted = insertDataset(d, true);
            if (!inserted || *inserted != 0) {
                return inserted;
            }
        }
        if (!d.contractId.empty()) {
            // The named version, or else the contract's current (highest) version.
            auto &byContract = cached("SELECT id, contract_version FROM datasets WHERE contract_external_id = ? AND "
                                      "schema_object = ? AND (? = '' OR contract_version = ?)");
            byContract.bind(1, d.contractId)
                .bind(2, d.schemaObject)
                .bind(3, d.contractVersion)
                .bind(4, d.contractVersion);
            std::optional<std::int64_t> best;
            std::string bestVersion;
            while (byContract.next()) {
                const std::string version = byContract.text(1);
                if (!best || versionLess(bestVersion, version)) {
                    best = byContract.integer(0);
                    bestVersion = version;
                }
            }
            byContract.reset();
            if (best) {
                if (describe && !updateDataset(*best, d)) {
                    return std::nullopt;
                }
                return best;
            }
        }
        auto &byName = cached("SELECT id FROM datasets WHERE namespace = ? AND name = ?");
        byName.bind(1, std::string_view(d.namespaceName)).bind(2, std::string_view(d.name));
        if (byName.next()) {
            const std::int64_t id = byName.integer(0);
            byName.reset();
            if ((describe || !d.contractId.empty()) && !updateDataset(id, d)) {
                return std::nullopt;
            }
            return id;
        }
        byName.reset();
        return insertDataset(d, false);
    }

    /**
     * Inserts a dataset with its columns. With `ifNew`, a dataset that exists already (by namespace and
     * name, or by contract, version and schema object) is left alone and 0 returned.
     */
    std::optional<std::int64_t> insertDataset(const DatasetRow &d, bool ifNew)
    {
        const auto domain = idFor("domains", d.domain);
        auto &ins = cached(ifNew
                ? "INSERT INTO datasets(namespace, name, contract_external_id, contract_version, schema_object, "
                  "description, domain_id) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"
                : "INSERT INTO datasets(namespace, name, contract_external_id, contract_version, schema_object, "
                  "description, domain_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
        const auto optional = [](const std::string &v) {
            return v.empty() ? std::optional<std::string>() : std::optional<std::string>(v);
        };
        ins.bind(1, std::string_view(d.namespaceName))
            .bind(2, std::string_view(d.name))
            .bind(3, optional(d.contractId))
            .bind(4, optional(d.contractVersion))
            .bind(5, optional(d.schemaObject))
            .bind(6, std::string_view(d.description));
        bindOptionalId(ins, 7, domain);
        if (!check(ins.run())) {
            return std::nullopt;
        }
        if (ifNew && m_db.changes() == 0) {
            return 0;
        }
        const std::int64_t id = m_db.lastInsertId();
        if (!columns(id, d)) {
            return std::nullopt;
        }
        return id;
    }

    bool updateDataset(std::int64_t id, const DatasetRow &d)
    {
        const auto domain = idFor("domains", d.domain);
        // A dataset's identity (namespace, name, contract version) never changes; its description and columns do.
        auto &up = cached("UPDATE datasets SET description = coalesce(nullif(?, ''), description), domain_id = "
                          "coalesce(?, domain_id) WHERE id = ?");
        up.bind(1, std::string_view(d.description));
        bindOptionalId(up, 2, domain);
        up.bind(3, id);
        return check(up.run()) && columns(id, d);
    }

    bool columns(std::int64_t datasetId, const DatasetRow &d)
    {
        int position = 0;
        for (const ColumnRow &c : d.columns) {
            auto &ins
                = cached("INSERT INTO columns(dataset_id, name, logical_type, physical_type, description, "
                         "classification, position) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(dataset_id, name) DO "
                         "UPDATE SET logical_type = coalesce(nullif(excluded.logical_type, ''), logical_type), "
                         "physical_type = coalesce(nullif(excluded.physical_type, ''), physical_type), description = "
                         "coalesce(nullif(excluded.description, ''), description), classification = "
                         "coalesce(nullif(excluded.classification, ''), classification), position = excluded.position");
            ins.bind(1, datasetId)
                .bind(2, std::string_view(c.name))
                .bind(3, std::string_view(c.logicalType))
                .bind(4, std::string_view(c.physicalType))
                .bind(5, std::string_view(c.description))
                .bind(6, std::string_view(c.classification))
                .bind(7, position++);
            if (!check(ins.run())) {
                return false;
            }
        }
        return true;
    }

    bool contract(const ContractRow &c)
    {
        const auto domain = idFor("domains", c.domain);
        if (!failed.ok()) {
            return false;
        }
        auto &st = cached(
            "INSERT INTO contracts(source_id, external_id, version, name, domain_id, status, data_product, "
            "api_version, "
            "owner, tags, original_text, format, document, file_path, valid, errors, warnings, present) VALUES (?, ?, "
            "?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT(source_id, external_id, version) DO UPDATE SET "
            "name "
            "= excluded.name, domain_id = excluded.domain_id, status = excluded.status, data_product = "
            "excluded.data_product, api_version = excluded.api_version, owner = excluded.owner, tags = excluded.tags, "
            "original_text = excluded.original_text, format = excluded.format, document = excluded.document, file_path "
            "= "
            "excluded.file_path, valid = excluded.valid, errors = excluded.errors, warnings = excluded.warnings, "
            "present "
            "= 1, imported_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");
        st.bind(1, m_source)
            .bind(2, std::string_view(c.externalId))
            .bind(3, std::string_view(c.version))
            .bind(4, std::string_view(c.name));
        bindOptionalId(st, 5, domain);
        st.bind(6, std::string_view(c.status))
            .bind(7, std::string_view(c.dataProduct))
            .bind(8, std::string_view(c.apiVersion))
            .bind(9, std::string_view(c.owner))
            .bind(10, joinTags(c.tags))
            .bind(11, std::string_view(c.originalText))
            .bind(12, std::string_view(c.format))
            .bind(13, std::string_view(c.document))
            .bind(14, std::string_view(c.filePath))
            .bind(15, c.valid ? 1 : 0)
            .bind(16, c.errorCount)
            .bind(17, c.warningCount);
        if (!check(st.run())) {
            return false;
        }
        if (!c.owner.empty()) {
            const auto team = idFor("teams", c.owner);
            for (const auto &[username, role] : c.members) {
                auto &person = cached("INSERT INTO people(username) VALUES (?) ON CONFLICT(username) DO NOTHING");
                person.bind(1, std::string_view(username));
                if (!check(person.run())) {
                    return false;
                }
                auto &member
                    = cached("INSERT INTO team_members(team_id, person_id, role) SELECT ?, id, ? FROM people "
                             "WHERE username = ? ON CONFLICT(team_id, person_id) DO UPDATE SET role = excluded.role");
                bindOptionalId(member, 1, team);
                member.bind(2, std::string_view(role)).bind(3, std::string_view(username));
                if (!check(member.run())) {
                    return false;
                }
            }
        }
        // Search shows a contract's current version: the highest one still present.
        bool current = true;
        {
            auto &versions = cached("SELECT version FROM contracts WHERE external_id = ? AND present = 1");
            versions.bind(1, c.externalId);
            while (versions.next()) {
                current = current && !versionLess(c.version, versions.text(0));
            }
            versions.reset();
        }
        std::string allColumns;
        std::vector<std::pair<std::string, std::string>> facets;
        for (const auto &t : c.tags) {
            facets.emplace_back("tag", t);
        }
        std::set<std::string> classifications;
        for (const DatasetRow &d : c.datasets) {
            const auto id = dataset(d, true);
            if (!id) {
                return false;
            }
            if (!current) {
                continue;
            }
            std::string datasetColumns;
            std::set<std::string> datasetClassifications; // this dataset's own; the contract gets all
            for (const ColumnRow &col : d.columns) {
                datasetColumns += col.name + ' ';
                if (!col.classification.empty()) {
                    datasetClassifications.insert(col.classification);
                }
            }
            allColumns += datasetColumns;
            std::vector<std::pair<std::string, std::string>> datasetFacets;
            for (const auto &cl : datasetClassifications) {
                datasetFacets.emplace_back("classification", cl);
                classifications.insert(cl);
            }
            if (!searchDoc("dataset", c.externalId + '/' + d.schemaObject, d.schemaObject, d.description,
                    joinTags(c.tags), datasetColumns, c.owner, d.domain, c.status, datasetFacets)) {
                return false;
            }
        }
        if (!current) {
            return true;
        }
        for (const auto &cl : classifications) {
            facets.emplace_back("classification", cl);
        }
        return searchDoc("contract", c.externalId, c.name.empty() ? c.externalId : c.name, c.dataProduct,
            joinTags(c.tags), allColumns, c.owner, c.domain, c.status, facets);
    }

    /**
     * A dataset named by lineage. Edges name the same datasets again and again (an output has 1–3 inputs,
     * an input feeds many outputs), so the ids found are kept for the batch: datasets are never deleted
     * while it runs, and one found (or added) stays the answer to the same identity.
     */
    std::optional<std::int64_t> lineageDataset(const DatasetRow &d)
    {
        if (!d.columns.empty()) {
            return dataset(d, true); // describes the dataset: always written
        }
        const std::string key
            = d.contractId + '\n' + d.contractVersion + '\n' + d.schemaObject + '\n' + d.namespaceName + '\n' + d.name;
        if (const auto it = m_lineageDatasets.find(key); it != m_lineageDatasets.end()) {
            return it->second;
        }
        const auto id = dataset(d, false);
        if (id) {
            m_lineageDatasets.emplace(key, *id);
        }
        return id;
    }

    /** The id of a job, added when new. */
    std::optional<std::int64_t> jobId(const std::string &jobNamespace, const std::string &name)
    {
        auto key = std::pair(jobNamespace, name);
        if (const auto it = m_jobIds.find(key); it != m_jobIds.end()) {
            return it->second;
        }
        auto &insert
            = cached("INSERT INTO jobs(namespace, name) VALUES (?, ?) ON CONFLICT(namespace, name) DO NOTHING");
        insert.bind(1, std::string_view(jobNamespace)).bind(2, std::string_view(name));
        if (!check(insert.run())) {
            return std::nullopt;
        }
        auto &select = cached("SELECT id FROM jobs WHERE namespace = ? AND name = ?");
        select.bind(1, std::string_view(jobNamespace)).bind(2, std::string_view(name));
        if (!select.next()) {
            failed = select.status();
            select.reset();
            return std::nullopt;
        }
        const std::int64_t id = select.integer(0);
        select.reset();
        m_jobIds.emplace(std::move(key), id);
        return id;
    }

    /** The id of a column named by lineage, added when new (columns named in lineage exist even when no
     *  contract describes them). Columns keep their ids while a batch runs. */
    std::optional<std::int64_t> lineageColumn(std::int64_t datasetId, const std::string &name)
    {
        auto key = std::pair(datasetId, name);
        if (const auto it = m_columnIds.find(key); it != m_columnIds.end()) {
            return it->second;
        }
        auto &ensure = cached("INSERT INTO columns(dataset_id, name) VALUES (?, ?) ON CONFLICT DO NOTHING");
        ensure.bind(1, datasetId).bind(2, std::string_view(name));
        if (!check(ensure.run())) {
            return std::nullopt;
        }
        auto &select = cached("SELECT id FROM columns WHERE dataset_id = ? AND name = ?");
        select.bind(1, datasetId).bind(2, std::string_view(name));
        if (!select.next()) {
            failed = select.status();
            select.reset();
            return std::nullopt;
        }
        const std::int64_t id = select.integer(0);
        select.reset();
        m_columnIds.emplace(std::move(key), id);
        return id;
    }

    bool lineage(const LineageRow &l, const std::string &filePath)
    {
        const bool hasInput = hasIdentity(l.input);
        const bool hasOutput = hasIdentity(l.output);
        std::optional<std::int64_t> input;
        std::optional<std::int64_t> output;
        if ((hasInput && !(input = lineageDataset(l.input))) || (hasOutput && !(output = lineageDataset(l.output)))) {
            return false;
        }
        const auto job = jobId(l.jobNamespace, l.jobName);
        if (!job) {
            return false;
        }
        if (!l.runTime.empty()) {
            std::string &latest = m_jobRuns[std::pair(*job, filePath)];
            if (latest.empty() || runTimeLess(latest, l.runTime)) {
                latest = l.runTime;
            }
        }
        if (!hasInput && !hasOutput) {
            return true; // only that the job ran
        }
        // The same edge again in this batch (a START and a COMPLETE event, runs of other days): written once,
        // again only for a later time.
        const std::string edgeKey = std::to_string(*job) + ' ' + std::to_string(input.value_or(0)) + ' '
            + std::to_string(output.value_or(0)) + ' ' + filePath;
        const auto seen = m_edgeTimes.find(edgeKey);
        if (seen == m_edgeTimes.end() || (!l.runTime.empty() && runTimeLess(seen->second, l.runTime))) {
            // A file's edge is its own row (see schema-3.sql); its time is the latest run recording it.
            auto &edge = cached(
                "INSERT INTO lineage_edges(job_id, input_dataset_id, output_dataset_id, run_time, "
                "source_id, file_path) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET run_time = " LATER_RUN_TIME);
            edge.bind(1, *job);
            bindOptionalId(edge, 2, input);
            bindOptionalId(edge, 3, output);
            edge.bind(4, l.runTime.empty() ? std::optional<std::string>() : std::optional<std::string>(l.runTime))
                .bind(5, m_source)
                .bind(6, std::string_view(filePath));
            if (!check(edge.run())) {
                return false;
            }
            m_edgeTimes[edgeKey] = l.runTime;
        }
        if (!input || !output) {
            return true; // column edges run between an input and an output
        }
        for (const auto &col : l.columns) {
            const auto from = lineageColumn(*input, col.inputColumn);
            if (!from) {
                return false;
            }
            std::optional<std::int64_t> to;
            if (!col.outputColumn.empty() && !(to = lineageColumn(*output, col.outputColumn))) {
                return false;
            }
            const std::string columnKey = std::to_string(*from) + ' ' + std::to_string(to.value_or(0)) + ' '
                + std::to_string(*output) + ' ' + col.type + '\n' + col.subtype + '\n' + filePath;
            if (!m_columnEdges.insert(columnKey).second) {
                continue;
            }
            auto &ins = cached("INSERT INTO column_lineage(input_column_id, output_column_id, output_dataset_id, "
                               "transformation_type, transformation_subtype, source_id, file_path) VALUES (?, ?, ?, ?, "
                               "?, ?, ?) ON CONFLICT DO NOTHING");
            ins.bind(1, *from);
            bindOptionalId(ins, 2, to);
            ins.bind(3, *output)
                .bind(4, std::string_view(col.type))
                .bind(5, std::string_view(col.subtype))
                .bind(6, m_source)
                .bind(7, std::string_view(filePath));
            if (!check(ins.run())) {
                return false;
            }
        }
        return true;
    }

    /** Writes the latest run of each job per file (see lineage()). */
    bool flushJobRuns()
    {
        for (const auto &[key, time] : m_jobRuns) {
            auto &run = cached("INSERT INTO job_runs(job_id, source_id, file_path, run_time) VALUES (?, ?, ?, ?) ON "
                               "CONFLICT(job_id, source_id, file_path) DO UPDATE SET run_time = " LATER_RUN_TIME);
            run.bind(1, key.first)
                .bind(2, m_source)
                .bind(3, std::string_view(key.second))
                .bind(4, std::string_view(time));
            if (!check(run.run())) {
                return false;
            }
        }
        m_jobRuns.clear();
        return true;
    }

    bool sla(const SlaPoint &p, const std::string &filePath)
    {
        auto &st = cached("INSERT OR REPLACE INTO sla_measurements(contract_external_id, property, time, value, unit, "
                          "target, met, source_id, file_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        st.bind(1, std::string_view(p.contractId))
            .bind(2, std::string_view(p.property))
            .bind(3, std::string_view(p.time))
            .bind(4, p.value)
            .bind(5, std::string_view(p.unit));
        if (p.target) {
            st.bind(6, *p.target);
        } else {
            st.bindNull(6);
        }
        st.bind(7, p.met ? 1 : 0).bind(8, m_source).bind(9, std::string_view(filePath));
        return check(st.run());
    }

    bool quality(const QualityPoint &p, const std::string &filePath)
    {
        auto &st = cached("INSERT OR REPLACE INTO quality_results(contract_external_id, schema_object, property, rule, "
                          "time, value, passed, source_id, file_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        st.bind(1, std::string_view(p.contractId))
            .bind(2, std::string_view(p.schemaObject))
            .bind(3, std::string_view(p.property))
            .bind(4, std::string_view(p.rule))
            .bind(5, std::string_view(p.time))
            .bind(6, p.value)
            .bind(7, p.passed ? 1 : 0)
            .bind(8, m_source)
            .bind(9, std::string_view(filePath));
        return check(st.run());
    }

    bool file(const FileRow &f)
    {
        auto &st = cached("INSERT OR REPLACE INTO files(source_id, path, size, mtime, kind, problems, etag) VALUES (?, "
                          "?, ?, ?, ?, ?, "
                          "?)");
        st.bind(1, m_source)
            .bind(2, std::string_view(f.path))
            .bind(3, f.size)
            .bind(4, f.mtime)
            .bind(5, std::string_view(f.kind))
            .bind(6, f.problems.empty() ? std::optional<std::string>() : std::optional<std::string>(f.problems))
            .bind(7, f.etag.empty() ? std::optional<std::string>() : std::optional<std::string>(f.etag));
        return check(st.run());
    }

    /** Contracts whose every version left: their search documents (the contract's and its datasets') go too. */
    bool dropAbsentContracts()
    {
        for (const std::string &contract : m_leftContracts) {
            auto &present = cached("SELECT 1 FROM contracts WHERE external_id = ? AND present = 1 LIMIT 1");
            present.bind(1, contract);
            const bool kept = present.next();
            present.reset();
            if (kept || !check(present.status())) {
                if (kept) {
                    continue;
                }
                return false;
            }
            // A dataset's ref is "<contract id>/<schema object>" and its title the schema object.
            auto &docs = cached("SELECT id FROM search_docs WHERE kind = 'contract' AND ref = ?1 UNION ALL SELECT id "
                                "FROM search_docs WHERE kind = 'dataset' AND ref > ?1 || '/' AND ref < ?1 || '0' AND "
                                "ref = ?1 || '/' || title");
            docs.bind(1, contract);
            std::vector<std::int64_t> ids;
            while (docs.next()) {
                ids.push_back(docs.integer(0));
            }
            docs.reset();
            if (!check(docs.status())) {
                return false;
            }
            for (const std::int64_t id : ids) {
                if (!deleteDoc(id)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Writes the facet counts and the search index rows kept by this batch (see searchDoc()). */
    bool flushSearch()
    {
        for (const auto &[facet, delta] : m_facetDeltas) {
            if (delta == 0) {
                continue;
            }
            auto &count = cached("UPDATE facet_values SET docs = docs + ? WHERE id = ?");
            count.bind(1, delta).bind(2, facet);
            if (!check(count.run())) {
                return false;
            }
        }
        m_facetDeltas.clear();
        for (const std::int64_t id : m_indexDeletes) {
            auto &del = cached("DELETE FROM search_fts WHERE rowid = ?");
            del.bind(1, id);
            if (!check(del.run())) {
                return false;
            }
        }
        m_indexDeletes.clear();
        for (const auto &[id, row] : m_pendingIndex) {
            auto &fts = cached("INSERT INTO search_fts(rowid, name, description, tags, columns, owner, domain, facets) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            fts.bind(1, id)
                .bind(2, std::string_view(row.name))
                .bind(3, std::string_view(row.description))
                .bind(4, std::string_view(row.tags))
                .bind(5, std::string_view(row.columns))
                .bind(6, std::string_view(row.owner))
                .bind(7, std::string_view(row.domain))
                .bind(8, std::string_view(row.facets));
            if (!check(fts.run())) {
                return false;
            }
        }
        m_pendingIndex.clear();
        return true;
    }

private:
    /** An FTS5 row waiting for flushSearch(). */
    struct IndexRow
    {
        std::string name;
        std::string description;
        std::string tags;
        std::string columns;
        std::string owner;
        std::string domain;
        std::string facets; ///< facet tokens, see storeinternal.h
    };

    sql::Connection &m_db;
    std::int64_t m_source;
    QString m_sourceName;
    std::map<std::string, sql::Statement> m_statements;
    std::map<std::string, std::map<std::string, std::int64_t>> m_ids;
    std::map<std::pair<std::string, std::string>, std::int64_t> m_facetIds;
    std::map<std::int64_t, std::int64_t> m_facetDeltas; ///< facet value id → change of its document count
    std::map<std::int64_t, IndexRow> m_pendingIndex; ///< search document id → its index row
    std::vector<std::int64_t> m_indexDeletes; ///< index rows of documents stored before this batch
    std::set<std::string> m_leftContracts; ///< contracts that lost a present version in this batch
    std::unordered_map<std::string, std::int64_t> m_lineageDatasets; ///< see lineageDataset()
    std::map<std::pair<std::string, std::string>, std::int64_t> m_jobIds; ///< (namespace, name) → job id
    std::map<std::pair<std::int64_t, std::string>, std::int64_t> m_columnIds; ///< (dataset, name) → column id
    std::unordered_map<std::string, std::string> m_edgeTimes; ///< edges written in this batch → their time
    std::set<std::string> m_columnEdges; ///< column edges written in this batch
    std::map<std::pair<std::int64_t, std::string>, std::string> m_jobRuns; ///< (job, file) → latest run
};

} // namespace

bool Store::removeSource(std::int64_t id, StoreStatus &status)
{
    const auto row = source(id);
    if (!row) {
        return true;
    }
    // Everything the source brought leaves as if each of its files went away: the search index stays exact.
    ImportBatch batch;
    for (auto &[path, file] : files(id)) {
        batch.removedFiles.push_back(path);
    }
    {
        auto st = m_db.prepare("SELECT DISTINCT file_path FROM products WHERE source_id = ? UNION SELECT DISTINCT "
                               "file_path FROM contracts WHERE source_id = ?");
        st.bind(1, id).bind(2, id);
        while (st.next()) {
            batch.removedFiles.push_back(st.text(0));
        }
    }
    if (!apply(id, batch, status)) {
        return false;
    }
    sql::Transaction tx(m_db);
    for (const char *sql : { "DELETE FROM outbox WHERE source_id = ?", "DELETE FROM contracts WHERE source_id = ?",
             "DELETE FROM sources WHERE id = ?" }) {
        auto st = m_db.prepare(sql);
        st.bind(1, id);
        if (!write(st, Tr::tr("Removing the source %1").arg(row->name), status)) {
            return false;
        }
    }
    const sql::Status s = tx.commit();
    if (!s.ok()) {
        status = failure(s, Tr::tr("Removing the source %1").arg(row->name));
        return false;
    }
    return true;
}

bool Store::apply(std::int64_t sourceId, const ImportBatch &batch, StoreStatus &status)
{
    QString sourceName;
    {
        auto st = m_db.prepare("SELECT name FROM sources WHERE id = ?");
        st.bind(1, sourceId);
        if (st.next()) {
            sourceName = st.qtext(0);
        }
    }
    sql::Transaction tx(m_db);
    if (!tx.status().ok()) {
        status = failure(tx.status(), Tr::tr("Importing into %1").arg(m_path));
        return false;
    }
    Writer w(m_db, sourceId, sourceName);
    bool ok = true;
    std::set<std::string> replaced(batch.removedFiles.begin(), batch.removedFiles.end());
    for (const FileRow &f : batch.files) {
        replaced.insert(f.path);
    }
    for (const std::string &path : replaced) {
        ok = ok && w.removeFile(path);
    }
    for (const ProductRow &p : batch.products) {
        ok = ok && w.product(p);
    }
    for (const ContractRow &c : batch.contracts) {
        ok = ok && w.contract(c);
    }
    for (const SourceDatasetRow &d : batch.datasets) {
        ok = ok && w.sourceDataset(d);
    }
    for (const LineageRow &l : batch.lineage) {
        ok = ok && w.lineage(l, l.filePath);
    }
    for (const SlaPoint &p : batch.sla) {
        ok = ok && w.sla(p, p.filePath);
    }
    for (const QualityPoint &p : batch.quality) {
        ok = ok && w.quality(p, p.filePath);
    }
    for (const FileRow &f : batch.files) {
        ok = ok && w.file(f);
    }
    ok = ok && w.flushJobRuns() && w.dropAbsentContracts() && w.flushSearch();
    if (ok) {
        const sql::Status s = tx.commit();
        if (!s.ok()) {
            w.failed = s;
            ok = false;
        }
    }
    if (!ok) {
        status = failure(w.failed, Tr::tr("Importing into %1").arg(m_path));
        return false;
    }
    return true;
}

} // namespace tessera
