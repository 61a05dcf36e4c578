// SPDX-License-Identifier: MIT
#include "store/sqlitedatabase.h"

#include "core/tr.h"

#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

namespace Protostar {

SqliteDatabase::~SqliteDatabase()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

Result<void> SqliteDatabase::open(const QString &path, Access access)
{
    const QByteArray file = path.toUtf8();
    const int flags = access == Access::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(file.constData(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        Error e = makeError(ErrorCode::Database,
                            access == Access::ReadOnly
                                ? Tr::tr("Cannot open the database file %1. Check that it exists and that you may read it.").arg(path)
                                : Tr::tr("Cannot open the database file %1. Check that its folder exists and is writable.").arg(path),
                            m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc)));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        return e;
    }
    m_access = access;
    m_path = path;
    // Another process (the CLI beside the GUI, a worker) may hold a write lock briefly.
    sqlite3_busy_timeout(m_db, 5000);
    if (access == Access::ReadOnly)
        return readableInPlace();
    return {};
}

Result<void> SqliteDatabase::readableInPlace()
{
    // The first read is where SQLite needs the WAL index (-shm); in a folder the user cannot write to it cannot
    // create one and says "unable to open" (or READONLY_CANTINIT) for a file that is perfectly readable.
    const int rc = sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
    const int code = sqlite3_extended_errcode(m_db);
    const bool noIndex = rc != SQLITE_OK
        && ((code & 0xff) == SQLITE_CANTOPEN || code == SQLITE_READONLY_CANTINIT || code == SQLITE_READONLY_RECOVERY
            || code == SQLITE_READONLY_DIRECTORY);
    if (!noIndex)
        return {}; // readable, or a failure (damaged, foreign file) the schema check reports in its own words
    const QFileInfo wal(m_path + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0)
        return makeError(ErrorCode::Database,
                         Tr::tr("The database file %1 has changes that are not yet written into it (its -wal file), and "
                                "its folder is read-only. Open it once with write permission on the folder, or copy the "
                                "file together with its -wal file to a folder you can write to and open the copy.")
                             .arg(m_path),
                         QString::fromUtf8(sqlite3_errmsg(m_db)));
    // No pending changes: nothing is lost by reading the file as it is, without a WAL index.
    return reopenImmutable();
}

Result<void> SqliteDatabase::reopenImmutable()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
    // The URI form is the only way to ask for immutable; QUrl escapes '?', '#' and '%' in the name.
    const QByteArray uri = QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath()).toEncoded() + "?immutable=1";
    const int rc = sqlite3_open_v2(uri.constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        Error e = makeError(ErrorCode::Database,
                            Tr::tr("Cannot open the database file %1. Check that it exists and that you may read it.").arg(m_path),
                            m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc)));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        return e;
    }
    m_access = Access::ReadOnly;
    return {};
}

Result<void> SqliteDatabase::exec(const QString &sql)
{
    char *message = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString detail = QString::fromUtf8(message ? message : "");
        sqlite3_free(message);
        // A damaged, foreign, busy or read-only file says so: "could not carry out a change" gave the
        // recruiter who opened a file that is not a database nothing to act on.
        const std::optional<QString> known = knownFailure();
        return makeError(ErrorCode::Database, known.value_or(Tr::tr("The database could not carry out a change.")), detail);
    }
    return {};
}

Result<SqliteStatement> SqliteDatabase::prepare(const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK)
        return lastError(sql);
    return SqliteStatement(this, stmt);
}

Result<void> SqliteDatabase::transaction(const std::function<Result<void>()> &body)
{
    if (auto r = exec(QStringLiteral("BEGIN IMMEDIATE")); !r)
        return r;
    Result<void> r = body();
    if (!r) {
        (void)exec(QStringLiteral("ROLLBACK"));
        return r;
    }
    if (auto c = exec(QStringLiteral("COMMIT")); !c) {
        (void)exec(QStringLiteral("ROLLBACK"));
        return c;
    }
    return {};
}

qint64 SqliteDatabase::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

QString SqliteDatabase::readOnlyMessage()
{
    return Tr::tr("The database file is read-only, so nothing was changed. To import, delete or record a conversation, "
                  "ask for write permission on the file and its folder, or copy the file to a folder you can write to "
                  "and open the copy.");
}

std::optional<QString> SqliteDatabase::knownFailure() const
{
    switch (sqlite3_errcode(m_db)) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Tr::tr("The database is busy in another program. Try again in a moment.");
    case SQLITE_FULL:
        return Tr::tr("The disk is full. Free some space and try again.");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Tr::tr("The database file is damaged or is not a Protostar database.");
    case SQLITE_READONLY:
        // Asking, listing and searching still work on such a file; only the change did not happen.
        return readOnlyMessage();
    default:
        return std::nullopt;
    }
}

Error SqliteDatabase::lastError(const QString &what) const
{
    return makeError(ErrorCode::Database, knownFailure().value_or(Tr::tr("The database reported an error.")),
                     QString::fromUtf8(sqlite3_errmsg(m_db)) + QStringLiteral(": ") + what);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept : m_db(other.m_db), m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

SqliteStatement::~SqliteStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

SqliteStatement &SqliteStatement::bind(int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        sqlite3_bind_null(m_stmt, index);
        break;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        sqlite3_bind_int64(m_stmt, index, value.toLongLong());
        break;
    case QMetaType::Double:
        sqlite3_bind_double(m_stmt, index, value.toDouble());
        break;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob64(m_stmt, index, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
        break;
    }
    default: {
        if (value.isNull() && value.typeId() != QMetaType::QString) {
            sqlite3_bind_null(m_stmt, index);
            break;
        }
        const QByteArray utf8 = value.toString().toUtf8();
        sqlite3_bind_text64(m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    }
    return *this;
}

SqliteStatement &SqliteStatement::bindAll(std::initializer_list<QVariant> values)
{
    int i = 1;
    for (const QVariant &v : values)
        bind(i++, v);
    return *this;
}

Result<bool> SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return m_db->lastError(QString::fromUtf8(sqlite3_sql(m_stmt)));
}

Result<void> SqliteStatement::run()
{
    for (;;) {
        auto more = step();
        if (!more)
            return more.error();
        if (!*more)
            return {};
    }
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 SqliteStatement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
double SqliteStatement::real(int column) const { return sqlite3_column_double(m_stmt, column); }
bool SqliteStatement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

QString SqliteStatement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

QByteArray SqliteStatement::blob(int column) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(p, sqlite3_column_bytes(m_stmt, column));
}

} // namespace Protostar
