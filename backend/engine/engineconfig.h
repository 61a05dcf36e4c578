// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace Protostar {

// Where the data lives and which answer provider to use. Built by each main from arguments,
// environment and settings; a plain value.
struct EngineConfig {
    QString databasePath;       // SQLite file; see defaultDatabasePath()
    qint64 maxFileBytes = 50ll * 1024 * 1024;
    QString provider = QStringLiteral("extractive");

    // --db FILE wins, then PROTOSTAR_DB, then AppDataLocation/protostar.db (folder created).
    static QString defaultDatabasePath();
    static QString resolveDatabasePath(const QString &fromArgument);
    // ../shared/data relative to the source tree when it exists; PROTOSTAR_SHARED_DATA overrides.
    static QString defaultSharedDataDir();
};

} // namespace Protostar
