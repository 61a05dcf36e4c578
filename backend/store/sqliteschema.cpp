// SPDX-License-Identifier: MIT
#include "store/sqliteschema.h"

#include "store/sqlitedatabase.h"

#include "core/logging.h"
#include "core/tr.h"

#include <algorithm>
#include <iterator>

namespace Protostar {

namespace {

// Schema history (PRAGMA user_version):
//  1 — candidates, documents (with full text), chunks, sessions, turns, summaries, kv settings.
//  2 — turns.related (a refusal's related passages, JSON like citations) and turns.unverified (JSON array
//      of the sentences the figure guard removed), so a reopened session shows them; old turns get '[]'.
const char *const kMigrations[] = {
    R"SQL(
CREATE TABLE candidates (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_ms INTEGER NOT NULL
);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    file_name TEXT NOT NULL,
    format TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    page_count INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL,
    imported_ms INTEGER NOT NULL,
    UNIQUE (candidate_id, path)
);
CREATE INDEX documents_sha ON documents(candidate_id, sha256);
CREATE TABLE chunks (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    heading_path TEXT NOT NULL,
    text TEXT NOT NULL,
    page INTEGER NOT NULL DEFAULT 0,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL
);
CREATE INDEX chunks_document ON chunks(document_id, ordinal);
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL
);
CREATE TABLE turns (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    found INTEGER NOT NULL,
    citations TEXT NOT NULL DEFAULT '[]',
    created_ms INTEGER NOT NULL
);
CREATE INDEX turns_session ON turns(session_id, ordinal);
CREATE TABLE summaries (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    turn_id INTEGER REFERENCES turns(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    created_ms INTEGER NOT NULL
);
CREATE INDEX summaries_session ON summaries(session_id, id);
CREATE TABLE kv (key TEXT PRIMARY KEY, value TEXT NOT NULL);
)SQL",
    R"SQL(
ALTER TABLE turns ADD COLUMN related TEXT NOT NULL DEFAULT '[]';
ALTER TABLE turns ADD COLUMN unverified TEXT NOT NULL DEFAULT '[]';
)SQL",
};

} // namespace

int SqliteSchema::version()
{
    return int(std::size(kMigrations));
}

Result<void> SqliteSchema::migrate(SqliteDatabase &db, int target)
{
    auto q = db.prepare(QStringLiteral("PRAGMA user_version"));
    if (!q)
        return q.error();
    auto row = q->step();
    if (!row) {
        // sqlite3 says "file is not a database" only on the first read.
        return row.error();
    }
    const int current = int(q->int64(0));
    if (current > version())
        return makeError(ErrorCode::SchemaTooNew,
                         Tr::tr("This database was written by a newer Protostar (schema %1, this build knows %2). Update Protostar to open it.")
                             .arg(current).arg(version()));
    const int last = target > 0 ? std::min(target, version()) : version();
    // A current schema needs no write, so a read-only file opens; an older one cannot be brought up to date.
    if (db.isReadOnly() && current < last) {
        if (current == 0)
            return makeError(ErrorCode::Database,
                             Tr::tr("This database file is empty and read-only, so Protostar cannot set it up. Open a file you "
                                    "can write to, or ask for write permission on this one."));
        return makeError(ErrorCode::Database,
                         Tr::tr("This database was written by an older Protostar (schema %1) and must be upgraded to %2 "
                                "once, but the file is read-only. Ask for write permission on the file and its folder, or "
                                "copy it to a folder you can write to and open the copy.")
                             .arg(current).arg(last));
    }
    for (int v = current; v < last; ++v) {
        auto r = db.transaction([&]() -> Result<void> {
            if (auto e = db.exec(QString::fromUtf8(kMigrations[v])); !e)
                return e;
            return db.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1));
        });
        if (!r)
            return r;
        qCDebug(lcStore) << "migrated schema to version" << v + 1;
    }
    return {};
}

} // namespace Protostar
