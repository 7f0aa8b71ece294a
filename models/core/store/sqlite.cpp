// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "store/sqlite.h"

#include <QFileInfo>

#include <sqlite3.h>
#include <unordered_map>
#include <utility>

namespace tessera::sql {

/** A connection's idle prepared statements. Dynamic SQL (filters, keysets) is bounded by kLimit. */
struct StatementCache
{
    static constexpr std::size_t kLimit = 64;
    std::unordered_map<std::string, sqlite3_stmt *> idle;

    ~StatementCache()
    {
        for (const auto &[sql, stmt] : idle) {
            sqlite3_finalize(stmt);
        }
    }
};

namespace {

Status statusOf(sqlite3 *db, int code)
{
    Status s;
    s.code = code;
    if (code != SQLITE_OK && code != SQLITE_ROW && code != SQLITE_DONE) {
        s.message = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(code));
    }
    return s;
}

} // namespace

Connection::~Connection()
{
    close();
}

Connection::Connection(Connection &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_cache(std::move(other.m_cache))
{ }

Connection &Connection::operator=(Connection &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_cache = std::move(other.m_cache);
    }
    return *this;
}

Status Connection::open(const QString &path, bool readOnly, bool create)
{
    close();
    int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (create && !readOnly) {
        flags |= SQLITE_OPEN_CREATE;
    }
    flags |= SQLITE_OPEN_NOMUTEX; // one connection per thread
    const QByteArray file = path.toUtf8();
    const int rc = sqlite3_open_v2(file.constData(), &m_db, flags, nullptr);
    Status s = statusOf(m_db, rc);
    if (rc != SQLITE_OK) {
        if (m_db) {
            sqlite3_close(m_db);
            m_db = nullptr;
        }
        return s;
    }
    sqlite3_extended_result_codes(m_db, 0);
    m_cache = std::make_shared<StatementCache>();
    return s;
}

Status Connection::openImmutable(const QString &path)
{
    close();
    // file: URI with the path percent-encoded (RFC 3986 path characters stay).
    const QByteArray uri
        = "file:" + QFileInfo(path).absoluteFilePath().toUtf8().toPercentEncoding("/") + "?immutable=1";
    const int rc = sqlite3_open_v2(
        uri.constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nullptr);
    Status s = statusOf(m_db, rc);
    if (rc != SQLITE_OK) {
        if (m_db) {
            sqlite3_close(m_db);
            m_db = nullptr;
        }
        return s;
    }
    sqlite3_extended_result_codes(m_db, 0);
    m_cache = std::make_shared<StatementCache>();
    return s;
}

void Connection::close()
{
    // Idle statements are finalized now; statements still held finalize themselves when destroyed
    // (sqlite3_close_v2 keeps the connection until the last is gone).
    m_cache.reset();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Status Connection::exec(std::string_view sql)
{
    const std::string text(sql);
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &error);
    Status s;
    s.code = rc;
    if (rc != SQLITE_OK) {
        s.message = QString::fromUtf8(error ? error : sqlite3_errstr(rc));
    }
    sqlite3_free(error);
    return s;
}

Statement Connection::prepare(std::string_view sql)
{
    std::string key(sql);
    if (m_cache) {
        if (const auto it = m_cache->idle.find(key); it != m_cache->idle.end()) {
            sqlite3_stmt *stmt = it->second;
            m_cache->idle.erase(it);
            return Statement(m_db, stmt, {}, m_cache, std::move(key));
        }
    }
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return Statement(m_db, nullptr, statusOf(m_db, rc));
    }
    return Statement(m_db, stmt, statusOf(m_db, rc), m_cache, std::move(key));
}

Status Connection::lastStatus() const
{
    return statusOf(m_db, sqlite3_errcode(m_db));
}

std::int64_t Connection::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Connection::changes() const
{
    return sqlite3_changes(m_db);
}

std::optional<std::int64_t> Connection::scalar(std::string_view sql)
{
    Statement st = prepare(sql);
    if (!st.isValid() || !st.next()) {
        return std::nullopt;
    }
    return st.integer(0);
}

Statement::Statement(sqlite3 *db, sqlite3_stmt *stmt, Status status)
    : m_db(db)
    , m_stmt(stmt)
    , m_status(std::move(status))
{ }

Statement::Statement(
    sqlite3 *db, sqlite3_stmt *stmt, Status status, std::weak_ptr<StatementCache> cache, std::string sql)
    : m_db(db)
    , m_stmt(stmt)
    , m_status(std::move(status))
    , m_cache(std::move(cache))
    , m_sql(std::move(sql))
{ }

Statement::~Statement()
{
    release();
}

void Statement::release()
{
    if (!m_stmt) {
        return;
    }
    const auto cache = m_cache.lock();
    if (cache && cache->idle.size() < StatementCache::kLimit) {
        // Reset releases the statement's read of the database at once, as finalizing would.
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        if (cache->idle.emplace(std::move(m_sql), m_stmt).second) {
            m_stmt = nullptr;
            return;
        }
    }
    sqlite3_finalize(std::exchange(m_stmt, nullptr));
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_status(std::move(other.m_status))
    , m_cache(std::move(other.m_cache))
    , m_sql(std::move(other.m_sql))
{ }

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        release();
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_status = std::move(other.m_status);
        m_cache = std::move(other.m_cache);
        m_sql = std::move(other.m_sql);
    }
    return *this;
}

Statement &Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, std::string_view text)
{
    sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bind(int index, const std::optional<std::string> &text)
{
    return text ? bind(index, std::string_view(*text)) : bindNull(index);
}

bool Statement::next()
{
    const int rc = sqlite3_step(m_stmt);
    m_status = statusOf(m_db, rc);
    return rc == SQLITE_ROW;
}

Status Statement::run()
{
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW) {
        rc = sqlite3_step(m_stmt);
    }
    m_status = statusOf(m_db, rc);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return m_status;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::int64_t Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::string Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))) : std::string();
}

QString Statement::qtext(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Transaction::Transaction(Connection &connection, bool immediate)
    : m_connection(connection)
{
    m_status = m_connection.exec(immediate ? "BEGIN IMMEDIATE" : "BEGIN");
    m_open = m_status.code == SQLITE_OK;
}

Transaction::~Transaction()
{
    if (m_open) {
        m_connection.exec("ROLLBACK");
    }
}

Status Transaction::commit()
{
    if (!m_open) {
        return m_status;
    }
    m_status = m_connection.exec("COMMIT");
    if (m_status.code == SQLITE_OK) {
        m_open = false;
    }
    return m_status;
}

} // namespace tessera::sql
