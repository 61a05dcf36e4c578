// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace Protostar {

class SqliteStatement;

// RAII over one sqlite3 connection. Owned by one thread.
class SqliteDatabase
{
public:
    // ReadOnly opens with SQLITE_OPEN_READONLY, so a write fails with "read-only" rather than changing the file
    // (a check on permissions alone would not stop root or a writable copy on a read-only share).
    enum class Access { ReadWrite, ReadOnly };

    SqliteDatabase() = default;
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    Result<void> open(const QString &path, Access access = Access::ReadWrite);
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    Result<void> exec(const QString &sql);
    Result<SqliteStatement> prepare(const QString &sql);
    // Runs `body` in one write transaction: committed when it succeeds, rolled back when it or the commit fails.
    Result<void> transaction(const std::function<Result<void>()> &body);
    qint64 lastInsertId() const;
    int changes() const;
    Error lastError(const QString &what) const;
    sqlite3 *handle() const { return m_db; }
    // What a refused write on a read-only file says (also said by stores that refuse writes without trying them).
    static QString readOnlyMessage();

private:
    // What the user can do about the last failure when SQLite names it (busy, disk full, damaged or foreign file,
    // read-only): exec() and lastError() say the same; none for any other.
    std::optional<QString> knownFailure() const;
    // A read-only open reads once; a WAL file in a read-only folder (no -shm can be made) is reopened immutable.
    Result<void> readableInPlace();
    // Only sound when no -wal file holds changes; readableInPlace() checks that first.
    Result<void> reopenImmutable();

    sqlite3 *m_db = nullptr;
    Access m_access = Access::ReadWrite;
    QString m_path;
};

// RAII over one prepared statement; binds positional values, steps rows.
class SqliteStatement
{
public:
    SqliteStatement(SqliteDatabase *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) { }
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&) = delete;
    SqliteStatement(const SqliteStatement &) = delete;
    ~SqliteStatement();

    SqliteStatement &bind(int index, const QVariant &value); // 1-based, as SQLite
    SqliteStatement &bindAll(std::initializer_list<QVariant> values);
    Result<bool> step(); // true while a row is available
    Result<void> run();  // step to completion
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    SqliteDatabase *m_db;
    sqlite3_stmt *m_stmt;
};

} // namespace Protostar
