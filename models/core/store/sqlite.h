// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#pragma once

#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace tessera::sql {

/** An SQLite result code with its message, e.g. SQLITE_FULL "database or disk is full". */
struct Status
{
    int code = 0; ///< SQLITE_OK
    QString message;

    bool ok() const { return code == 0 || code == 100 || code == 101; } // OK, ROW, DONE
};

class Statement;
struct StatementCache;

/**
 * One SQLite connection (RAII). Not shared between threads: each thread opens its own.
 *
 * Prepared statements are kept: a statement given back (destroyed) is reset and kept for the next
 * prepare() of the same SQL text, so a query asked per row or per keystroke is compiled once.
 */
class Connection
{
public:
    Connection() = default;
    ~Connection();
    Connection(Connection &&other) noexcept;
    Connection &operator=(Connection &&other) noexcept;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    /** Opens `path`; `readOnly` opens without write access, `create` allows creating the file. */
    Status open(const QString &path, bool readOnly, bool create);
    /**
     * Opens `path` for reading as an immutable database (SQLite's "immutable" URI parameter): no locks, no
     * WAL or shared-memory file. Only for a file nothing can change, such as one on a read-only disk.
     */
    Status openImmutable(const QString &path);
    void close();
    bool isOpen() const { return m_db != nullptr; }

    /** Runs one or more statements without results. */
    Status exec(std::string_view sql);
    /**
     * Prepares one statement, or takes the one kept from an earlier prepare() of the same text (reset,
     * without bindings); check `Statement::isValid()` and `status()`.
     */
    Statement prepare(std::string_view sql);

    Status lastStatus() const;
    std::int64_t lastInsertId() const;
    int changes() const;

    /** A single integer from a query ("PRAGMA user_version"), or nullopt on error. */
    std::optional<std::int64_t> scalar(std::string_view sql);

    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
    std::shared_ptr<StatementCache> m_cache; ///< statements given back, by SQL text; gone once closed
};

/** A prepared statement (RAII). Bind from 1; columns from 0. */
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *stmt, Status status);
    /** A statement that, once destroyed, goes back to `cache` under `sql` while the connection is open. */
    Statement(sqlite3 *db, sqlite3_stmt *stmt, Status status, std::weak_ptr<StatementCache> cache, std::string sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    const Status &status() const { return m_status; }

    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, std::string_view text);
    Statement &bind(int index, const std::string &text) { return bind(index, std::string_view(text)); }
    Statement &bind(int index, const char *text) { return bind(index, std::string_view(text)); }
    Statement &bind(int index, const QString &text);
    Statement &bindNull(int index);
    /** Binds text, or NULL when the optional is empty. */
    Statement &bind(int index, const std::optional<std::string> &text);

    /** Steps once: true while a row is available; false at the end or on error (see status()). */
    bool next();
    /** Runs to completion (INSERT/UPDATE/DELETE); returns the final status. */
    Status run();
    void reset();

    std::int64_t integer(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    QString qtext(int column) const;
    bool isNull(int column) const;

private:
    void release();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    Status m_status;
    std::weak_ptr<StatementCache> m_cache;
    std::string m_sql;
};

/** A transaction that rolls back unless committed (RAII). */
class Transaction
{
public:
    explicit Transaction(Connection &connection, bool immediate = true);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &status() const { return m_status; }
    Status commit();

private:
    Connection &m_connection;
    Status m_status;
    bool m_open = false;
};

} // namespace tessera::sql
