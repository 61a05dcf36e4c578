// SPDX-License-Identifier: MIT
#pragma once

#include "store/sqlitedatabase.h"

#include <QString>
#include <QStringList>

namespace Protostar {

// Where the data lives and which answer provider to use. Built by each main from arguments,
// environment and settings; a plain value.
struct EngineConfig {
    QString databasePath;       // SQLite file; see defaultDatabasePath()
    qint64 maxFileBytes = 50ll * 1024 * 1024;
    QString provider = QStringLiteral("extractive");
    // --read-only: every connection opens the file read-only, also one the user may write, so that SQLite itself
    // (a WAL checkpoint on close, a schema upgrade) cannot change it either.
    bool readOnly = false;

    // How connections open databasePath: read-only when asked or when the user may not write it (SqliteStore::accessFor).
    SqliteDatabase::Access access() const;

    // --db FILE wins, then PROTOSTAR_DB, then AppDataLocation/protostar.db (folder created).
    static QString defaultDatabasePath();
    static QString resolveDatabasePath(const QString &fromArgument);
    // ../shared/data relative to the source tree when it exists; PROTOSTAR_SHARED_DATA overrides.
    static QString defaultSharedDataDir();
};

} // namespace Protostar
